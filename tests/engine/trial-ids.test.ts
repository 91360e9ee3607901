import { describe, expect, it } from 'vitest';
import { assess } from './helpers';
import { findTrialIds } from '../../src/engine/index';

const CASES: [string, string, string][] = [
  ['see NCT01234567.', 'ClinicalTrials.gov', 'NCT01234567'],
  ['see NCT 0123 4567.', 'ClinicalTrials.gov', 'NCT01234567'],
  ['see NCT-01234567.', 'ClinicalTrials.gov', 'NCT01234567'],
  ['ChiCTR2000029308', 'ChiCTR', 'ChiCTR2000029308'],
  ['ChiCTR-TRC-12002345', 'ChiCTR', 'ChiCTR-TRC-12002345'],
  ['ISRCTN12345678', 'ISRCTN', 'ISRCTN12345678'],
  ['2023-501234-12-00', 'EU CTIS', '2023-501234-12-00'],
  ['EudraCT 2015-001234-56', 'EudraCT', '2015-001234-56'],
  ['ACTRN12619000123456', 'ANZCTR', 'ACTRN12619000123456'],
  ['CTRI/2020/05/012345', 'CTRI', 'CTRI/2020/05/012345'],
  ['jRCTb030190012', 'jRCT', 'jRCTb030190012'],
  ['UMIN000012345', 'UMIN-CTR', 'UMIN000012345'],
  ['KCT0001234', 'CRIS (KCT)', 'KCT0001234'],
  ['DRKS00012345', 'DRKS', 'DRKS00012345'],
  ['IRCT20190101012345N1', 'IRCT', 'IRCT20190101012345N1'],
  ['PACTR202001123456789', 'PACTR', 'PACTR202001123456789'],
  ['备案号 MR-33-24-030536', 'NHC filing (China)', 'MR-33-24-030536'],
];

describe('trial and filing IDs', () => {
  it.each(CASES)('%s → %s %s', (text, registry, id) => {
    const hits = findTrialIds(text);
    expect(hits.map((h) => [h.registry, h.id])).toContainEqual([registry, id]);
    const hit = hits.find((h) => h.registry === registry)!;
    expect(hit.url.startsWith('https://')).toBe(true);
  });

  it('builds ClinicalTrials.gov links from a constant base', () => {
    expect(findTrialIds('NCT 0123-4567')[0]?.url).toBe('https://clinicaltrials.gov/study/NCT01234567');
  });

  it('ignores bare EudraCT-shaped numbers and short NCT numbers', () => {
    expect(findTrialIds('call 2015-001234-56 now, NCT1234567')).toEqual([]);
  });

  it('survive extraction and never lower the score', () => {
    const base = 'We offer stem cell therapy for autism: 100% safe, packages from $9,000. Call us.';
    const withId = assess(`${base} See NCT01234567.`);
    const without = assess(base);
    expect(withId.trialIds.map((t) => t.id)).toEqual(['NCT01234567']);
    expect(withId.score).toBeGreaterThanOrEqual(without.score);
  });
});
