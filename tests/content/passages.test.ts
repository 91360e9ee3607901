import { describe, expect, it } from 'vitest';
import { extractPassages } from '../../src/engine';
import { maskHidden, nextPieceEnd, passagesIn } from '../../src/content/passages';
import { extractVisibleText } from '../../src/text/visible-text';

describe('passagesIn', () => {
  it('unprimed, it is exactly the engine prefilter', () => {
    const t = 'Our stem cell therapy is 100% safe with no side effects.\nBook your free consultation.';
    expect(passagesIn(t, false, 400).passages).toEqual(extractPassages(t, { maxPassages: 400, maxPassageChars: 600 }).passages);
  });

  it('primed, it keeps candidates of a piece that never names the topic, with offsets in the piece', () => {
    const t = 'New post.\nOur treatment is 100% safe with no side effects.';
    expect(passagesIn(t, false, 400).passages).toEqual([]);
    const primed = passagesIn(t, true, 400).passages;
    expect(primed.length).toBeGreaterThan(0);
    for (const p of primed) expect(t.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(primed.map((p) => p.text).join(' ')).toMatch(/no side effects/);
  });
});

describe('nextPieceEnd', () => {
  it('cuts after a newline in the second half of the piece, else at the size', () => {
    const t = 'aaaa\nbbbbbbbb\ncc';
    expect(nextPieceEnd(t, 0, 8)).toBe(5);
    expect(nextPieceEnd(t, 0, 100)).toBe(t.length);
    expect(nextPieceEnd('x'.repeat(50), 0, 10)).toBe(10);
  });
});

describe('maskHidden', () => {
  it('blanks text of hidden elements (same length) and drops passages that were only hidden text', () => {
    const root = document.createElement('div');
    const a = document.createElement('p');
    a.textContent = 'Visible 100% safe.';
    const b = document.createElement('p');
    b.className = 'hid';
    b.textContent = 'Hidden cures autism.';
    const c = document.createElement('span');
    c.className = 'hid';
    c.textContent = ' secret';
    a.appendChild(c);
    root.append(a, b);
    const vt = extractVisibleText(root);
    const isVisible = (el: Element): boolean => !el.classList.contains('hid');
    const passages = [
      { start: 0, text: vt.text.slice(0, a.textContent.length) },
      { start: vt.text.indexOf('Hidden'), text: 'Hidden cures autism.' },
    ];
    const out = maskHidden(vt, passages, isVisible);
    expect(out.length).toBe(1);
    expect(out[0]?.text).toBe('Visible 100% safe.' + ' '.repeat(' secret'.length));
  });
});
