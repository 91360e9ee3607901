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

describe('showBadge', () => {
  it('sets text, colour and title for the tab, and never throws when the action API fails', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { showBadge } = await import('../../src/background/badge');
    fakeBrowser.reset();
    await showBadge(5, report('high', true));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('HIGH');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toMatch(/high risk/);
    const original = fakeBrowser.action.setBadgeText;
    fakeBrowser.action.setBadgeText = (() => {
      throw new Error('No tab with id: 5');
    }) as typeof original;
    try {
      await expect(showBadge(5, null)).resolves.toBeUndefined();
    } finally {
      fakeBrowser.action.setBadgeText = original;
    }
  });
});
