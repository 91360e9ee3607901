/**
 * Which tab the popup reports on, and fetching that tab's report from the background. Opened from the
 * toolbar, the popup reports on the active tab; opened as a page (`popup.html?tab=ID`, the "full report"
 * link and the browser tests), on the tab named in the URL.
 */
import { browser } from 'wxt/browser';
import type { ReportReply } from '../../shared/report';

export function tabFromLocation(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  return Number(value);
}

export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = tabFromLocation(search);
  if (fromUrl !== null) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function loadReport(tabId: number): Promise<ReportReply> {
  const reply = (await browser.runtime.sendMessage({ type: 'get-report', tabId })) as ReportReply | { error: string };
  if ('error' in reply) throw new Error(reply.error);
  return reply;
}
