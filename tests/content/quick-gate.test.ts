import { describe, expect, it } from 'vitest';
import { quickTopicGate } from '../../src/content/quick-gate';
import { Slice } from '../../src/content/slicing';

function page(html: string): HTMLElement {
  const src = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  document.body.replaceChildren(...Array.from(src.childNodes).map((n) => document.importNode(n, true)));
  return document.body;
}

const gate = (root: Node, max = 2_000_000) => quickTopicGate(root, new Slice(), max, () => false);

describe('quickTopicGate (off-topic fast path)', () => {
  it('says "no topic" for an off-topic page and counts what it read', async () => {
    const sections = Array.from({ length: 400 }, (_, i) => `<section><h2>News ${i}</h2><p>The library reopens on <b>Monday</b> with an excellent new hall.</p></section>`).join('');
    const r = await gate(page(`<main>${sections}</main>`));
    expect(r.maybeTopic).toBe(false);
    expect(r.chars).toBeGreaterThan(20_000);
  });

  it('says "maybe" when a topic word is split across inline elements and pieces', async () => {
    const filler = Array.from({ length: 300 }, () => '<p>Plain words here.</p>').join('');
    expect((await gate(page(`<main>${filler}<p><b>st</b><i>em cell</i> clinic</p>${filler}</main>`))).maybeTopic).toBe(true);
    expect((await gate(page(`<main>${filler}<p>干</p><p>细胞治疗</p></main>`))).maybeTopic).toBe(true);
  });

  it('answers from the probe of the first text when the topic is named early, and reads on when it is not', async () => {
    const filler = Array.from({ length: 3_000 }, (_, i) => `<p>Plain words number ${i} here.</p>`).join('');
    // Early: the probe's few thousand characters hold it (chars: what was read, far less than the page).
    const early = await gate(page(`<h1>Stem cell clinic</h1><main>${filler}</main>`));
    expect(early.maybeTopic).toBe(true);
    expect(early.chars).toBeLessThan(10_000);
    // Late: past the probe, the pieces still find it.
    const late = await gate(page(`<main>${filler}</main><footer>干细胞治疗</footer>`));
    expect(late.maybeTopic).toBe(true);
    expect(late.chars).toBeGreaterThan(50_000);
  });

  it('reads hidden text too (a superset of the visible text), and is not fooled by clobbering', async () => {
    expect((await gate(page('<form name="body"><input name="textContent"><input name="childNodes"></form><div hidden>Stem cells</div>'))).maybeTopic).toBe(true);
  });
});
