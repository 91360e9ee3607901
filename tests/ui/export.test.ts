import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine';
import { toJsonLine } from '../../src/cli/format';
import { exportFileName, exportJsonText, reportAsText, toExportJson } from '../../src/ui/export';
import { i18nFor } from '../../src/ui/i18n';
import { ctgovSearchUrl, safeRegistryHref } from '../../src/ui/registries';
import { finding, makeReport } from './fixtures';

const PAGE = `Stem cell therapy at our clinic is 100% safe with no side effects. We cure autism, Parkinson's,
multiple sclerosis and diabetes with a 96% success rate. See trial NCT01234567 and ChiCTR2000029308.
Packages from $15,000. Book your consultation today!`;

describe('JSON export', () => {
  it('equals the CLI --json line for the same text (keys and order included)', () => {
    const a = assessText(PAGE);
    expect(a.findings.length).toBeGreaterThan(0);
    const url = 'https://clinic.example/stem-cells';
    const report = makeReport({ url });
    (report as { assessment: unknown }).assessment = a;
    (report.frames[0] as { assessment: unknown }).assessment = a;
    const ours = exportJsonText(report);
    expect(ours).toBe(`${JSON.stringify(toJsonLine(url, a))}\n`);
    const parsed = JSON.parse(ours) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['file', 'risk', 'score', 'findings', 'trialIds']);
    expect(Object.keys((parsed.findings as object[])[0] as object)).toEqual(['rule', 'family', 'severity', 'quote', 'mention']);
    expect(Object.keys((parsed.trialIds as object[])[0] as object)).toEqual(['id', 'registry', 'url']);
  });

  it('one frame: that frame’s assessment (as the CLI reads one document); several frames: the combined verdict', () => {
    const report = makeReport({ findings: [finding({ quote: 'combined' })] });
    const frame = report.frames[0] as { assessment: { findings: unknown[]; score: number } };
    frame.assessment = { ...frame.assessment, findings: [finding({ quote: 'frame' }), finding({ quote: 'frame', start: 40 })], score: 50 };
    expect(toExportJson(report).findings.map((f) => f.quote)).toEqual(['frame', 'frame']);
    report.frames.push({ ...report.frames[0], frameId: 3 } as (typeof report.frames)[number]);
    expect(toExportJson(report).findings.map((f) => f.quote)).toEqual(['combined']);
    expect(toExportJson(report).score).toBe(82);
  });

  it('drops the extension-only fields (offsets, frames, lang)', () => {
    const json = toExportJson(makeReport({ findings: [finding({ quote: 'q', start: 3, end: 9 })] }));
    expect(json.findings[0]).toEqual({ rule: 'safety-no-side-effects-en', family: 'absolute-safety', severity: 'high', quote: 'q', mention: false });
    expect(JSON.stringify(json)).not.toMatch(/"start"|"frames"|"lang"/);
  });

  it('names the file after the site', () => {
    expect(exportFileName('https://clinic.example/x?y')).toBe('stemcheck-report-clinic.example.json');
    expect(exportFileName('not a url')).toBe('stemcheck-report-page.json');
  });

  it('the text report has the verdict, quotes, explanations, questions, in the chosen language', () => {
    const report = makeReport({ findings: [finding({ quote: 'There are no side effects.' })] });
    const en = reportAsText(report, i18nFor('en'));
    expect(en).toContain('High risk: this page makes 1 claim');
    expect(en).toContain('“There are no side effects.”');
    expect(en).toContain('Why it is a red flag:');
    expect(en).toContain('5. What is the follow-up plan');
    const zh = reportAsText(report, i18nFor('zh_CN'));
    expect(zh).toContain('高风险');
    expect(zh).toContain('向机构提出的五个问题');
  });
});

describe('links', () => {
  it('accepts only URLs on the constant registry bases', () => {
    expect(safeRegistryHref('https://clinicaltrials.gov/study/NCT01234567')).toBe('https://clinicaltrials.gov/study/NCT01234567');
    expect(safeRegistryHref('https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI%2F2020%2F01%2F022853')).toBeTruthy();
    for (const bad of [
      'javascript:alert(1)',
      'http://clinicaltrials.gov/study/NCT01234567',
      'https://clinicaltrials.gov.evil.example/study/NCT01234567',
      'https://evil.example/?https://clinicaltrials.gov/study/',
      'https://clinicaltrials.gov/study/NCT0123 4567',
      'https://clinicaltrials.gov/study/"><img src=x>',
      'https://clinicaltrials.gov/study/\\\\evil.example',
      'data:text/html,<script>alert(1)</script>',
      42,
      null,
    ]) {
      expect(safeRegistryHref(bad), String(bad)).toBeNull();
    }
  });

  it('builds ClinicalTrials.gov searches with URLSearchParams from constants', () => {
    expect(ctgovSearchUrl('parkinsons')).toBe('https://clinicaltrials.gov/search?cond=Parkinson%20Disease&term=stem%20cell');
    expect(ctgovSearchUrl()).toBe('https://clinicaltrials.gov/search?term=stem%20cell');
    expect(ctgovSearchUrl('__proto__')).toBe('https://clinicaltrials.gov/search?term=stem%20cell');
  });

  it('every trial ID the engine extracts links to an accepted registry base', () => {
    const a = assessText(`${PAGE} ISRCTN12345678 ACTRN12612345678901 MR-33-24-030536 jRCTa031234567 UMIN000012345`);
    expect(a.trialIds.length).toBeGreaterThanOrEqual(5);
    for (const t of a.trialIds) expect(safeRegistryHref(t.url), `${t.registry} ${t.url}`).not.toBeNull();
  });
});

describe('keys from a report are only dictionary keys', () => {
  it('__proto__ and constructor are unknown conditions, signals and sources', async () => {
    const { lookup } = await import('../../src/ui/i18n');
    const { en } = await import('../../src/ui/i18n/en');
    for (const k of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(lookup(en.conditionName, k)).toBeUndefined();
      expect(lookup(en.signalText, k)).toBeUndefined();
      expect(lookup(en.sourceName, k)).toBeUndefined();
    }
    expect(lookup(en.conditionName, 'autism')).toBe('autism');
  });
});
