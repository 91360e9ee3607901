/**
 * The toolbar badge of one tab: a short text and a colour per risk level, and a title that says the same in
 * words (screen readers read the title; colour is never the only signal). Nothing is shown on pages that
 * are not about stem cell treatment.
 */
import { browser } from 'wxt/browser';
import type { Risk, TabReport } from '../shared/report';
import { shownRisk } from './build-report';

const BADGE: Record<Risk, { text: string; color: string; words: string }> = {
  none: { text: '', color: '#5f6368', words: 'nothing about stem cell treatment on this page' },
  low: { text: 'LOW', color: '#1e7b34', words: 'low risk, no strong red flags on this page' },
  moderate: { text: 'MED', color: '#b35c00', words: 'moderate risk, red flags on this page' },
  high: { text: 'HIGH', color: '#b3261e', words: 'high risk, many red flags on this page' },
};

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** What the badge shows for a report (pure, for tests). */
export function badgeFor(report: TabReport | null): BadgeState {
  const { risk, topic, score, claims } = shownRisk(report);
  const shown = topic ? risk : 'none';
  const b = BADGE[shown];
  const detail = shown === 'none' ? '' : ` (score ${score} of 100, ${claims} ${claims === 1 ? 'claim' : 'claims'})`;
  return { text: b.text, color: b.color, title: `StemCheck: ${b.words}${detail}` };
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const b = badgeFor(report);
  // A tab can close between the scan and this call; that is not an error worth reporting. The async
  // wrapper also turns a synchronous throw (an API missing in some browser) into an ignored rejection.
  await (async () => {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: b.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: b.color }),
      browser.action.setTitle({ tabId, title: b.title }),
    ]);
  })().catch(() => undefined);
}

export function clearBadge(tabId: number): Promise<void> {
  return showBadge(tabId, null);
}
