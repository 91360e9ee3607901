import { describe, expect, it } from 'vitest';
import { extractVisibleText } from '../../src/text/visible-text';
import { TextModel, segmentsIn } from '../../src/content/text-model';

function fill(html: string): HTMLElement {
  const root = document.createElement('div');
  const src = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  root.replaceChildren(...Array.from(src.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(root);
  return root;
}

describe('TextModel', () => {
  it('gives each chunk its own offset window and maps virtual offsets back to DOM ranges', () => {
    const root = fill('<p>Alpha <b>beta</b> gamma</p>');
    const m = new TextModel();
    const vt = extractVisibleText(root);
    const c1 = m.add(root, vt, [{ start: 0, text: vt.text }], true, false);
    expect(c1.base).toBe(0);
    const extra = document.createElement('p');
    extra.textContent = 'Delta epsilon';
    root.appendChild(extra);
    const vt2 = extractVisibleText(extra);
    const c2 = m.add(extra, vt2, [{ start: 6, text: 'epsilon' }], false, false);
    expect(c2.base).toBe(vt.text.length + 1);
    const snap = m.snapshot(10);
    expect(snap.passages).toEqual([
      { start: 0, text: 'Alpha beta gamma' },
      { start: c2.base + 6, text: 'epsilon' },
    ]);
    expect(snap.topic).toBe(true);
    expect(snap.textLength).toBe(vt.text.length + vt2.text.length);

    // "beta gamma" spans two text nodes.
    const r = m.rangeFor(6, 16);
    expect(r?.parts.startNode.data).toBe('beta');
    expect(r?.parts.endNode.data).toBe(' gamma');
    expect(r?.nodes.length).toBe(2);
    expect(m.rangeFor(c2.base + 6, c2.base + 13)?.parts.startOffset).toBe(6);
    // Offsets between chunks or past the end map to nothing.
    expect(m.rangeFor(c2.base + 100, c2.base + 110)).toBeNull();
  });

  it('drops passages whose nodes were re-read by a newer chunk or removed', () => {
    const root = fill('<p id="a">First claim here.</p><p id="b">Second claim here.</p>');
    const m = new TextModel();
    const vt = extractVisibleText(root);
    m.add(root, vt, [
      { start: 0, text: 'First claim here.' },
      { start: 18, text: 'Second claim here.' },
    ], true, false);
    // #b's text is edited: a newer chunk reads #b, so the old passage over #b is stale.
    const b = root.querySelector('#b') as HTMLElement;
    const vtB = extractVisibleText(b);
    m.add(b, vtB, [{ start: 0, text: vtB.text }], false, false);
    expect(m.snapshot(10).passages.map((p) => p.text)).toEqual(['First claim here.', 'Second claim here.']);
    expect(m.snapshot(10).passages[1]?.start).toBeGreaterThan(vt.text.length);
    // #a is removed: its passage is no longer sent, and prune reports the change.
    root.querySelector('#a')?.remove();
    expect(m.snapshot(10).passages.map((p) => p.text)).toEqual(['Second claim here.']);
    expect(m.prune()).toBe(true);
    expect(m.size).toBe(1);
  });

  it('caps passages and says so', () => {
    const root = fill('<p>a b c d e f</p>');
    const m = new TextModel();
    const vt = extractVisibleText(root);
    m.add(root, vt, [0, 2, 4, 6].map((s) => ({ start: s, text: vt.text.slice(s, s + 1) })), true, false);
    const snap = m.snapshot(2);
    expect(snap.passages.length).toBe(2);
    expect(snap.partial).toBe(true);
  });

  it('segmentsIn finds every segment overlapping a range', () => {
    const root = fill('<p>one <i>two</i> three</p><p>four</p>');
    const vt = extractVisibleText(root);
    expect(vt.text).toBe('one two three\nfour');
    expect(segmentsIn(vt, 2, 6).map((s) => s.node.data)).toEqual(['one ', 'two']);
    expect(segmentsIn(vt, 13, 18).map((s) => s.node.data)).toEqual(['four']);
  });
});

describe('visible text walk (content-script rules)', () => {
  it('reads the summary of a closed details but not its body, even when the walk starts inside it', () => {
    const root = fill('<details><summary>Stem cell FAQ</summary><p>Hidden answer</p>bare</details><p>after</p>');
    expect(extractVisibleText(root).text).toBe('Stem cell FAQ\nbare\nafter');
    const inner = root.querySelector('details > p') as Element;
    expect(extractVisibleText(inner).text).toBe('');
  });

  it('skips attribute-hidden elements found by the attribute prefilter', () => {
    const root = fill('<p hidden>a</p><p aria-hidden="true">b</p><p style="display:none">c</p><div contenteditable>d</div><p class="x">e</p>');
    expect(extractVisibleText(root).text).toBe('e');
  });
});
