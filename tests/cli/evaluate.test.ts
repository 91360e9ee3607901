import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLang, expectedOf, metricsOf, outcomeOf, parseLabels } from '../../src/cli/evaluate';
import { evaluateDir, runEval } from '../../src/cli/run-eval';
import { fakeAssess } from './fake-engine';

describe('expectedOf', () => {
  it('reads expect first, then the label', () => {
    expect(expectedOf({ file: 'a', label: 'legitimate', expect: 'low risk' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'promotional', expect: 'moderate or high risk' })).toBe('positive');
    expect(expectedOf({ file: 'a', label: 'legitimate', expect: 'none' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'clinic-ad' })).toBe('positive');
    expect(expectedOf({ file: 'a', label: 'concierge' })).toBe('positive');
    expect(expectedOf({ file: 'a', label: 'advertising' })).toBe('positive');
    expect(expectedOf({ file: 'a', label: 'warning' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'off-topic' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'regulator' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'news' })).toBe('negative');
    expect(expectedOf({ file: 'a', label: 'academic' })).toBe('negative');
    // Ambiguous expect falls back to the label.
    expect(expectedOf({ file: 'a', label: 'promotional', expect: 'low or moderate' })).toBe('positive');
    expect(expectedOf({ file: 'a', label: 'whatever' })).toBeNull();
  });
});

describe('detectLang', () => {
  it('uses the share of CJK characters', () => {
    expect(detectLang('Stem cell therapy')).toBe('en');
    expect(detectLang('干细胞回输 抗衰老 (stem cell)')).toBe('zh');
    expect(detectLang('幹細胞療程')).toBe('zh');
    expect(detectLang(`An English article quoting 包治百病 once. ${'word '.repeat(50)}`)).toBe('en');
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1', () => {
    const pages = ['TP', 'TP', 'TP', 'FP', 'TN', 'FN'].map((o) => ({ outcome: o as 'TP' }));
    const m = metricsOf(pages);
    expect(m).toMatchObject({ tp: 3, fp: 1, tn: 1, fn: 1, n: 6 });
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.75);
    expect(m.f1).toBeCloseTo(0.75);
    expect(metricsOf([]).precision).toBeNull();
    expect(outcomeOf('negative', true)).toBe('FP');
  });
  it('validates labels.json', () => {
    expect(parseLabels({}).ok).toBe(false);
    expect(parseLabels([{ label: 'x' }]).ok).toBe(false);
    expect(parseLabels([{ file: 'a', label: 'x', expect: 3 }]).ok).toBe(false);
    expect(parseLabels([{ file: 'a', label: 'x' }]).ok).toBe(true);
  });
});

describe('evaluateDir / runEval', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stemcheck-eval-'));
    mkdirSync(join(dir, 'zh'));
    writeFileSync(join(dir, 'ad.html'), '<p>Stem cell shots, 100% safe, 100% safe, book now</p>');
    writeFileSync(join(dir, 'zh', 'ad.txt'), '干细胞治愈，治愈率高，治愈');
    writeFileSync(join(dir, 'warn.txt'), 'Beware: clinics say 100% safe stem cells');
    writeFileSync(join(dir, 'quiet-ad.txt'), 'Stem cell clinic, call now');
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify([
        { file: 'ad.html', label: 'promotional', expect: 'moderate or high risk' },
        { file: 'zh/ad.txt', label: 'clinic-ad' },
        { file: 'warn.txt', label: 'warning', expect: 'low risk' },
        { file: 'quiet-ad.txt', label: 'promotional' },
        { file: 'gone.txt', label: 'news' },
        { file: 'odd.txt', label: 'mystery' },
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('classifies pages and computes per-language metrics', () => {
    const r = evaluateDir(dir, 'normal', fakeAssess);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.summary;
    expect(s.pages.map((p) => [p.file, p.outcome, p.lang])).toEqual([
      ['ad.html', 'TP', 'en'],
      ['zh/ad.txt', 'TP', 'zh'],
      ['warn.txt', 'TN', 'en'],
      ['quiet-ad.txt', 'FN', 'en'],
    ]);
    expect(s.overall.precision).toBe(1);
    expect(s.overall.recall).toBeCloseTo(2 / 3);
    expect(s.byLang.zh.tp).toBe(1);
    expect(s.worstFalseNegatives[0]?.file).toBe('quiet-ad.txt');
    expect(s.errors).toEqual([{ file: 'gone.txt', error: 'no such file or directory' }]);
    expect(s.skipped.map((k) => k.file)).toEqual(['odd.txt']);
  });

  it('prints the report or one JSON summary; exit 1 when a labelled file is missing, 2 on bad input', () => {
    let out = '';
    let err = '';
    const deps = { assess: fakeAssess, out: (s: string) => (out += s), err: (s: string) => (err += s) };
    expect(runEval([dir], deps)).toBe(1);
    expect(out).toContain('confusion matrix');
    expect(out).toMatch(/overall +n= {2}4 {2}TP=2 FP=0 TN=1 FN=1/);
    expect(out).toContain('worst misses');
    expect(err).toContain('gone.txt');
    out = '';
    runEval([dir, '--json'], deps);
    const obj = JSON.parse(out) as { overall: { tp: number } };
    expect(obj.overall.tp).toBe(2);
    expect(runEval([join(dir, 'zh')], deps)).toBe(2);
    writeFileSync(join(dir, 'zh', 'labels.json'), '{not json');
    expect(runEval([join(dir, 'zh')], deps)).toBe(2);
  });
});
