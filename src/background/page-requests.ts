/** Privileged requests from the extension's own pages (popup, options, full-report tab). */
import type { ClearDataReply, GetReportMessage, RescanMessage, RescanReply, ShowFindingMessage, ShowFindingReply } from '../shared/messages';
import type { ReportReply } from '../shared/report';
import { isPaused, readSettings } from '../shared/settings';
import { clearBadge } from './badge';
import type { HandlerContext } from './context';
import { clearAll, readReport } from './report-store';
import { isRestrictedUrl } from './restricted';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export async function handleGetReport(msg: GetReportMessage, ctx: HandlerContext): Promise<ReportReply> {
  const tab = await ctx.tabInfo(msg.tabId);
  if (tab?.url) {
    if (isRestrictedUrl(tab.url)) return { status: 'restricted' };
    if (isPaused(await readSettings(), tab.url)) return { status: 'paused', host: hostOf(tab.url) };
  }
  const report = await readReport(msg.tabId);
  if (report) return { status: 'ok', report };
  return tab?.status === 'loading' ? { status: 'scanning' } : { status: 'none' };
}

/**
 * Relays "show this finding" to the frame that found it, and only for a finding that frame reported: the
 * message goes to that frame's document (Chrome's documentId), never to a page that replaced it.
 */
export async function handleShowFinding(msg: ShowFindingMessage, ctx: HandlerContext): Promise<ShowFindingReply> {
  const report = await readReport(msg.tabId);
  const frame = report?.frames.find((f) => f.frameId === msg.frameId);
  if (!frame || !frame.assessment.findings.some((f) => f.start === msg.start && f.end === msg.end)) return { ok: false };
  try {
    const reply = await ctx.sendToTab(
      msg.tabId,
      { type: 'show-finding', start: msg.start, end: msg.end },
      frame.documentId !== undefined ? { frameId: msg.frameId, documentId: frame.documentId } : { frameId: msg.frameId },
    );
    return { ok: (reply as { ok?: unknown } | undefined)?.ok === true };
  } catch {
    // "Receiving end does not exist": the frame navigated or its content script is gone.
    return { ok: false };
  }
}

export async function handleClearData(): Promise<ClearDataReply> {
  const tabs = await clearAll();
  await Promise.all(tabs.map((id) => clearBadge(id)));
  return { ok: true, cleared: tabs.length };
}

/**
 * Whether a content script listens in the tab's top frame. Only "no receiving end" means no: a listener
 * that does not answer the ping (an older content script) still rejects with "port closed" in Chrome.
 */
async function contentScriptAnswers(tabId: number, ctx: HandlerContext): Promise<boolean> {
  try {
    await ctx.sendToTab(tabId, { type: 'ping' }, { frameId: 0 });
    return true;
  } catch (error) {
    return !/receiving end does not exist|could not establish connection/i.test(String(error));
  }
}

/**
 * For a tab with no report: is a content script there? If not (the tab was open before install or update),
 * inject it where the browser allows, else tell the popup to ask for a reload.
 */
export async function handleRescan(msg: RescanMessage, ctx: HandlerContext): Promise<RescanReply> {
  const tab = await ctx.tabInfo(msg.tabId);
  if (!tab) return { status: 'no-tab' };
  if (!tab.url || isRestrictedUrl(tab.url)) return { status: 'restricted' };
  if (isPaused(await readSettings(), tab.url)) return { status: 'paused' };
  if (await contentScriptAnswers(msg.tabId, ctx)) return { status: 'running' };
  try {
    await ctx.injectContentScript(msg.tabId);
    return { status: 'injected' };
  } catch {
    return { status: 'reload-needed' };
  }
}
