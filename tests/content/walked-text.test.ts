// The walk on demand: pieces cut from the text as it is read are the pieces the whole text gives, and a scan
// that has all the passages it may send stops reading, with the same passages as a scan of the whole text.
import { describe, expect, it } from 'vitest';
import { scanChunk } from '../../src/content/chunk-scan';
import { nextPieceEnd } from '../../src/content/passages';
import { Slice } from '../../src/content/slicing';
import { WalkedText } from '../../src/content/walked-text';
import { VisibleTextWalker, extractVisibleText } from '../../src/text/visible-text';

function page(paragraphs: number): HTMLElement {
  const root = document.createElement('div');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    const claim = i % 7 === 3 ? ' Our stem cell therapy is 100% safe with no side effects.' : '';
    const b = document.createElement('b');
    b.textContent = 'garden';
    p.append(`Paragraph ${i} about the `, b, ` committee and the library.${claim} More words ${'x'.repeat(i % 40)}.`);
    root.appendChild(p);
  }
  // Attached: passages are checked for visibility, and a detached element is not rendered.
  document.body.appendChild(root);
  return root;
}

describe('WalkedText', () => {
  it('cuts the same pieces as nextPieceEnd on the whole text, whatever the piece size', async () => {
    const root = page(300);
    const whole = extractVisibleText(root).text;
    for (const size of [7, 64, 500, 4096, 100_000]) {
      const text = new WalkedText(new VisibleTextWalker(root), new Slice(), async () => undefined);
      for (let at = 0; at < whole.length; ) {
        expect(await text.has(at)).toBe(true);
        const piece = await text.piece(at, size);
        const end = nextPieceEnd(whole, at, size);
        expect(piece.end).toBe(end);
        expect(piece.text).toBe(whole.slice(at, end));
        at = end;
      }
      expect(await text.has(whole.length)).toBe(false);
    }
  });

  it('a scan with no room left stops reading, with the passages a scan of the whole text starts with', async () => {
    const root = page(600);
    const wholeLength = extractVisibleText(root).text.length;
    const opts = { maxChars: 2_000_000, pageTopic: false, slice: new Slice() };
    const all = await scanChunk(root, { ...opts, maxPassages: 400 });
    const few = await scanChunk(root, { ...opts, maxPassages: 5 });
    expect(all.passages.length).toBeGreaterThan(5);
    expect(all.vt.text.length).toBe(wholeLength);
    expect(few.passages).toEqual(all.passages.slice(0, 5));
    expect(few.partial).toBe(true);
    expect(few.vt.text.length).toBeLessThan(wholeLength / 2);
  });
});
