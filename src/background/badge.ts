/** The toolbar badge: a short text and a colour per risk level, and a title that says it in words. */
import { browser } from 'wxt/browser';
import type { Risk } from '../shared/report';

const BADGE: Record<Risk, { text: string; color: string; title: string }> = {
  none: { text: '', color: '#5f6368', title: 'StemCheck: nothing about stem cell treatment here' },
  low: { text: 'LOW', color: '#1e7b34', title: 'StemCheck: low risk — no strong red flags on this page' },
  moderate: { text: 'MED', color: '#b35c00', title: 'StemCheck: moderate risk — red flags on this page' },
  high: { text: 'HIGH', color: '#b3261e', title: 'StemCheck: high risk — many red flags on this page' },
};

export async function setBadge(tabId: number, risk: Risk, topic: boolean): Promise<void> {
  const shown = topic ? BADGE[risk] : BADGE.none;
  // A tab can close between the scan and this call; that is not an error worth reporting.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: shown.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: shown.color }),
    browser.action.setTitle({ tabId, title: shown.title }),
  ]).catch(() => undefined);
}

export async function clearBadge(tabId: number): Promise<void> {
  await setBadge(tabId, 'none', false);
}
