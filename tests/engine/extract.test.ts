import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessPassages, assessText, extractPassages } from '../../src/engine/index';

const AD = [
  'Stem cell therapy for knee pain.',
  'Our clinic offers umbilical cord MSCs: 100% safe, no side effects.',
  'Over 90% of our patients improve. Packages from $5,000. Call (555) 123-4567 to book your free consultation.',
].join('\n');

describe('extractPassages', () => {
  it('returns early without topic', () => {
    const r = extractPassages('This ham is cured for 100 days. 100% safe download. STEM education camp.');
    expect(r).toEqual({ passages: [], topic: false, truncated: false });
  });

  it('keeps the sentences with hits, with offsets into the full text', () => {
    const text = `Unrelated intro about the weather today.\n${AD}\nAnother unrelated line about the weather.`;
    const r = extractPassages(text);
    expect(r.topic).toBe(true);
    expect(r.passages.length).toBeGreaterThan(0);
    for (const p of r.passages) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(r.passages.some((p) => p.text.includes('weather'))).toBe(false);
  });

  it('caps passages and passage length and says so', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Stem cell line ${i} is 100% safe.`).join('\n');
    const r = extractPassages(text, { maxPassages: 10 });
    expect(r.passages.length).toBe(10);
    expect(r.truncated).toBe(true);
    const long = `stem cells ${'word '.repeat(2000)} 100% safe ${'word '.repeat(2000)}`;
    const r2 = extractPassages(long, { maxPassageChars: 200 });
    for (const p of r2.passages) expect(p.text.length).toBeLessThanOrEqual(200);
    expect(r2.passages.some((p) => p.text.includes('100% safe'))).toBe(true);
  });

  it('assessText equals assessPassages(extractPassages) on generated pages', () => {
    const pieces = [
      AD, '干细胞回输绝对安全，无副作用。', '幹細胞包治百病，咨询热线 400-123-4567。', 'Beware of clinics that claim "100% safe".',
      'NCT 0123 4567 is a trial.', 'The weather is nice.', '监管部门提醒：警惕虚假宣传。', '__proto__ constructor',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom('\n', ' ', '。'), (parts, sep) => {
        const text = parts.join(sep);
        expect(assessPassages(extractPassages(text).passages)).toEqual(assessText(text));
      }),
      { numRuns: 60 },
    );
  });

  it('is fast on a large page', () => {
    const text = `Stem cell clinic. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20_000)}`; // ~1.1 MB
    extractPassages(text.slice(0, 10_000)); // warm-up
    const t0 = performance.now();
    extractPassages(text);
    expect(performance.now() - t0).toBeLessThan(1500);
  });

  it('off-topic pages are cheap', () => {
    const text = 'Cured ham, 100% safe, no side effects. '.repeat(100_000); // ~3.9 MB
    const t0 = performance.now();
    const r = extractPassages(text);
    expect(r.topic).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
