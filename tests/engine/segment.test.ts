import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceAround } from '../../src/engine/segment';

/** The boundary rule as first written (a Set of one-character strings): the char-code switch must agree. */
const END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '\r']);
function referenceBoundary(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (END.has(c)) return true;
  if (c === '.') {
    const next = text.charAt(i + 1);
    return next === '' || next === ' ' || next === '\t' || next === '\n' || next === '"' || next === '”';
  }
  return false;
}
const CLOSING = new Set(['”', '」', '』', '"']);
const FINAL = new Set(['.', '。', '！', '？', '!', '?']);
function referenceAround(text: string, pos: number, reach: number): [number, number] {
  let s = pos;
  const minS = Math.max(0, pos - reach);
  while (s > minS && !referenceBoundary(text, s - 1)) s--;
  if (s > 0 && FINAL.has(text.charAt(s - 1))) while (s < pos && CLOSING.has(text.charAt(s))) s++;
  let e = pos;
  const maxE = Math.min(text.length, pos + reach);
  while (e < maxE && !referenceBoundary(text, e)) e++;
  if (e < text.length && referenceBoundary(text, e)) e++;
  while (e < text.length && e < maxE + 2 && CLOSING.has(text.charAt(e))) e++;
  return [s, e];
}

describe('sentenceAround', () => {
  it('cuts at sentence marks, newlines and a period before a space, a quote or the end', () => {
    const t = 'It works. 100% safe! Version 2.5 is out.';
    expect(t.slice(...sentenceAround(t, t.indexOf('100%')))).toBe(' 100% safe!');
    expect(t.slice(...sentenceAround(t, t.indexOf('2.5')))).toBe(' Version 2.5 is out.');
    const z = '她说：“很安全。”我们的干细胞治疗无副作用；请预约';
    expect(z.slice(...sentenceAround(z, z.indexOf('干细胞')))).toBe('我们的干细胞治疗无副作用；');
    expect(z.slice(...sentenceAround(z, z.indexOf('很安全')))).toBe('她说：“很安全。”');
  });

  it('agrees with the Set-based rule it replaced, on random texts of boundary characters', () => {
    const unit = fc.constantFrom('a', ' ', '.', '\t', '\n', '\r', '"', '”', '」', '。', '！', '？', '!', '?', '；', ';', '，', '干');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 60 }), fc.nat(), fc.integer({ min: 1, max: 30 }), (units, at, reach) => {
        const text = units.join('');
        const pos = at % (text.length + 1);
        expect(sentenceAround(text, pos, reach)).toEqual(referenceAround(text, pos, reach));
      }),
      { numRuns: 2_000 },
    );
  });
});
