import { describe, expect, it } from 'vitest';
import { JSON_FINDING_KEYS, JSON_LINE_KEYS, JSON_TRIAL_KEYS, formatHuman, formatJsonLine } from '../../src/cli/format';
import { fakeAssess } from './fake-engine';

describe('formatJsonLine', () => {
  it('emits exactly the contract keys in order, and nothing else', () => {
    const a = fakeAssess('Our stem cell therapy is 100% safe. Study NCT01234567.');
    // Extra engine fields must not leak.
    (a.findings[0] as unknown as Record<string, unknown>).extra = 'x';
    const line = formatJsonLine('dir/a.html', a);
    expect(line).not.toContain('\n');
    const obj = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(obj)).toEqual([...JSON_LINE_KEYS]);
    expect(obj.file).toBe('dir/a.html');
    const findings = obj.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(1);
    expect(Object.keys(findings[0] as object)).toEqual([...JSON_FINDING_KEYS]);
    const trials = obj.trialIds as Record<string, unknown>[];
    expect(Object.keys(trials[0] as object)).toEqual([...JSON_TRIAL_KEYS]);
    expect(trials[0]).toEqual({ id: 'NCT01234567', registry: 'ClinicalTrials.gov', url: 'https://clinicaltrials.gov/study/NCT01234567' });
  });
  it('keeps newlines in quotes escaped', () => {
    const a = fakeAssess('x\n100% safe\nstem cell');
    expect(formatJsonLine('f', a).split('\n')).toHaveLength(1);
  });
});

describe('formatHuman', () => {
  it('shows risk, findings with family/severity/quote, mention tags, trial IDs and signals', () => {
    const out = formatHuman('a.txt', fakeAssess('Stem cell 100% safe! NCT01234567'), { explain: () => 'Nothing is 100% safe.' });
    expect(out).toContain('== a.txt');
    expect(out).toMatch(/risk: MODERATE {2}score: 30\/100/);
    expect(out).toContain('HIGH safety / absolute-safety');
    expect(out).toContain('why: Nothing is 100% safe.');
    expect(out).toContain('NCT01234567 (ClinicalTrials.gov) https://clinicaltrials.gov/study/NCT01234567');
    expect(out).toContain('commercial-intent +5: price');
    const m = formatHuman('b.txt', fakeAssess('Beware of clinics that say 100% safe about stem cells'));
    expect(m).toContain('[mention: warning-frame]');
    expect(formatHuman('c.txt', fakeAssess('nothing here'))).toContain('no red-flag findings');
  });
});
