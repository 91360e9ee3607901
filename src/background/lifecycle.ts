/**
 * Tab lifecycle: what happens to a tab's report when the tab closes, navigates, is replaced, or the user
 * pauses its site. The decisions are pure functions (tested directly); the listeners in index.ts call the
 * async wrappers.
 *
 * Navigation. tabs.onUpdated is not a reliable "new document" signal: `status: 'loading'` also fires
 * when an iframe loads, and a reload carries no `url`. So:
 * - a new top-level document is recognised when its content script scans (a new sender.documentId or
 *   timeOrigin: see build-report.ts), which covers reloads;
 * - a URL change (`change.url`: cross-document navigation, SPA pushState, back/forward) moves the report to
 *   the tab's archive slot, and restores the archived report if it is for the URL being returned to — the
 *   right report at once after a back/forward-cache restore, replaced when that page rescans. If the top
 *   frame already reported for the new URL (an SPA rescan that beat this event), nothing changes.
 */
import type { TabReport } from '../shared/report';
import { isPaused, type Settings } from '../shared/settings';
import { clearBadge, showBadge } from './badge';
import { rebuild } from './build-report';
import { deleteReport, listTabs, readReport, updateReport, updateTab, type TabState } from './report-store';

/** Seq 0 lets any scan of the restored page (a new content-script instance starts at 1) replace it. */
function asRestored(report: TabReport): TabReport {
  return { ...report, frames: report.frames.map((f) => ({ ...f, seq: 0 })) };
}

/** The URL without its fragment: jumping to an anchor is not a new page. */
function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** The tab's state after its top-level URL became `url`. */
export function navigate(state: TabState, url: string): TabState {
  const main = state.report?.frames.find((f) => f.frameId === 0);
  if (main && withoutHash(main.url) === withoutHash(url)) return state;
  const back = state.archive !== null && state.archive.url === url;
  return {
    report: back && state.archive ? asRestored(state.archive) : null,
    archive: state.report ?? (back ? null : state.archive),
  };
}

export async function onTabRemoved(tabId: number): Promise<void> {
  await deleteReport(tabId);
}

export async function onTabUpdated(tabId: number, change: { url?: string; status?: string }): Promise<void> {
  if (typeof change.url === 'string') {
    const url = change.url;
    const state = await updateTab(tabId, (s) => navigate(s, url));
    await showBadge(tabId, state.report);
  } else if (change.status === 'complete') {
    // Chrome may reset a tab's badge when a navigation commits; show the stored report's badge again.
    await showBadge(tabId, await readReport(tabId));
  }
}

/**
 * A tab was replaced by another (Chrome swaps in a discarded or pre-rendered tab under a new id). The old
 * id's report moves to the new id only when it describes the page the new tab shows; otherwise it is
 * dropped and the new tab keeps its own.
 */
export async function onTabReplaced(addedTabId: number, removedTabId: number, addedUrl: string | null): Promise<void> {
  let moved: TabReport | null = null;
  await updateTab(removedTabId, (s) => {
    moved = s.report;
    return { report: null, archive: null };
  });
  await deleteReport(removedTabId);
  const candidate = moved as TabReport | null;
  const state = await updateTab(addedTabId, (s) => {
    if (s.report || !candidate || addedUrl === null || candidate.url !== addedUrl) return s;
    return { ...s, report: { ...candidate, tabId: addedTabId } };
  });
  await showBadge(addedTabId, state.report);
}

/**
 * Settings changed. Paused sites: their tabs' reports (quotes from those pages) are deleted. Sensitivity:
 * it shifts the risk thresholds only, so each report is re-combined from its stored frames and its badge
 * updated (the content scripts also rescan, which refreshes the frames themselves).
 */
export async function onSettingsChanged(settings: Settings, now: number): Promise<void> {
  for (const tabId of await listTabs()) {
    const current = await readReport(tabId);
    if (!current) continue;
    if (isPaused(settings, current.url)) {
      await deleteReport(tabId);
      await clearBadge(tabId);
      continue;
    }
    const report = await updateReport(tabId, (r) => {
      if (!r) return r;
      const next = rebuild(r.tabId, r.frames, r.droppedFrames, r.url, now, settings.sensitivity);
      return next.assessment.risk === r.assessment.risk ? r : next;
    });
    await showBadge(tabId, report);
  }
}
