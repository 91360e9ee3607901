// Page-level quality floors of the real engine on the development corpus (tests/corpus) and the shared seeds.
// Floors are the measured numbers minus a margin; raise them as the engine improves, never lower them quietly.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { evaluateDir } from '../../src/cli/run-eval';

// Vitest runs from the repository root (import.meta.url is not a file: URL under happy-dom).
const CORPUS = resolve(process.cwd(), 'tests/corpus');
const SEEDS = resolve(process.cwd(), '../shared/seeds');

const evaluate = (dir: string) => {
  const r = evaluateDir(dir, 'normal', (text, opts) => assessText(text, opts));
  if (!r.ok) throw new Error(r.error);
  return r.summary;
};

describe('development corpus (tests/corpus)', () => {
  const s = evaluate(CORPUS);

  it('reads every labelled page', () => {
    expect(s.errors).toEqual([]);
    expect(s.skipped).toEqual([]);
    expect(s.pages.length).toBeGreaterThanOrEqual(130);
    // About half the pages are Chinese.
    expect(s.byLang.zh.n).toBeGreaterThanOrEqual(20);
  });

  it('meets the precision and recall floors overall and per language', () => {
    // Measured when first written: overall P 0.92 R 0.92; en P 0.90 R 0.82; zh P 0.93 R 1.00.
    // Measured at 100 pages (first-party offers): P 1.00 R 1.00 overall and per language; floors leave room for
    // about one miss per language. Measured at 119 pages (storage services, camps, transplant programmes, news and
    // forum threads with their ad counterparts): still P 1.00 R 1.00 overall and per language. At 125 pages (a zh
    // newspaper investigation, a listed company's results, a free hospital trial and a paid 'double-blind study'):
    // still P 1.00 R 1.00. At 130 pages (a zh HSCT department's cost section, a Phase I trial citing an ethics number,
    // a parent blog narrating a quote, a WeChat story ending in a consultant's WeChat, a podcast sponsor read): still
    // P 1.00 R 1.00.
    expect(s.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.byLang.en.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.byLang.en.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.byLang.zh.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.byLang.zh.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never flags off-topic trap pages, patient warning guides or patient forum threads', () => {
    const bad = s.pages.filter(
      (p) => (p.label === 'off-topic' || p.label === 'warning' || p.label === 'forum') && p.outcome === 'FP',
    );
    expect(bad.map((p) => p.file)).toEqual([]);
  });
});

describe.skipIf(!existsSync(SEEDS))('shared seeds', () => {
  const s = evaluate(SEEDS);
  it('001 is moderate or high; the other seeds are none or low', () => {
    expect(s.errors).toEqual([]);
    const byPrefix = (p: string) => s.pages.find((x) => x.file.startsWith(p));
    expect(['moderate', 'high']).toContain(byPrefix('001_')?.risk);
    for (const p of ['000_', '002_', '003_', '004_']) expect(['none', 'low']).toContain(byPrefix(p)?.risk);
  });
});
