/** The badge: text and colour by risk level, nothing without a stem cell topic, a title in words. */
import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../src/background/badge';
import type { TabReport } from '../../src/shared/report';

const report = (risk: TabReport['assessment']['risk'], topic: boolean, claims = 2): TabReport =>
  ({
    assessment: { risk, topic, score: 42, findings: Array.from({ length: claims }, () => ({ mention: false })) },
  }) as unknown as TabReport;

describe('badgeFor', () => {
  it.each([
    ['high', 'HIGH', '#b3261e'],
    ['moderate', 'MED', '#b35c00'],
    ['low', 'LOW', '#1e7b34'],
  ] as const)('%s risk → %s', (risk, text, color) => {
    const b = badgeFor(report(risk, true));
    expect(b).toMatchObject({ text, color });
    expect(b.title).toContain(`${risk} risk`);
    expect(b.title).toContain('score 42 of 100, 2 claims');
  });
  it('nothing on pages without stem cell content, whatever the score', () => {
    expect(badgeFor(report('high', false)).text).toBe('');
    expect(badgeFor(null)).toEqual({ text: '', color: '#5f6368', title: 'StemCheck: nothing about stem cell treatment on this page' });
  });
  it('says "claim" for one', () => {
    expect(badgeFor(report('low', true, 1)).title).toContain('1 claim)');
  });
});
