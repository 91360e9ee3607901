/** Tab close, navigation (URL change, back/forward), replacement, pausing a site; and the wiring in index.ts. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../src/background/handlers';
import { riskFor } from '../../src/engine';
import { navigate, onSettingsChanged, onTabRemoved, onTabReplaced, onTabUpdated } from '../../src/background/lifecycle';
import { readArchive, readReport } from '../../src/background/report-store';
import { startBackground } from '../../src/background';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { TabReport } from '../../src/shared/report';
import { AD_TEXT, CLINIC_TEXT, PLAIN_TEXT, contentSender, pageSender, scanOf, testContext, type TestContext } from './helpers';

let ctx: TestContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = testContext();
});

const A = 'https://clinic.example/a';
const B = 'https://clinic.example/b';
async function scanAt(tabId: number, url: string, text: string, doc: string, seq = 1) {
  await handleMessage(scanOf(text, seq), contentSender(tabId, 0, { url, documentId: doc, tab: { id: tabId, url } }), ctx);
}

describe('navigate (pure)', () => {
  const report = (url: string) => ({ url, frames: [{ frameId: 0, url, seq: 3 }] }) as unknown as TabReport;
  it('archives the current report on a URL change and restores the archive when going back', () => {
    const a = report(A);
    const toB = navigate({ report: a, archive: null }, B);
    expect(toB).toEqual({ report: null, archive: a });
    const back = navigate(toB, A);
    expect(back.report?.url).toBe(A);
    expect(back.report?.frames[0]?.seq).toBe(0);
    expect(back.archive).toBeNull();
  });
  it('changes nothing when the top frame already reported for the new URL (SPA rescan beat the event)', () => {
    const state = { report: report(B), archive: null };
    expect(navigate(state, B)).toBe(state);
  });
  it('an anchor jump (only the fragment changes) is not a new page', () => {
    const state = { report: report(A), archive: null };
    expect(navigate(state, `${A}#prices`)).toBe(state);
  });
  it('keeps the archive across a page that never reported (e.g. a restricted page)', () => {
    const a = report(A);
    const atChrome = navigate({ report: a, archive: null }, 'chrome://version/');
    expect(navigate(atChrome, 'chrome://settings/')).toEqual({ report: null, archive: a });
  });
});

describe('lifecycle handlers', () => {
  it('tab closed → its report, archive and index entry are deleted', async () => {
    await scanAt(1, A, CLINIC_TEXT, 'a');
    await onTabUpdated(1, { url: B, status: 'loading' });
    await scanAt(1, B, AD_TEXT, 'b');
    await onTabRemoved(1);
    expect(await readReport(1)).toBeNull();
    expect(await readArchive(1)).toBeNull();
    expect((await fakeBrowser.storage.session.get('report-index'))['report-index']).toEqual([]);
  });

  it('URL change resets the report and the badge; back restores the previous page at once', async () => {
    await scanAt(2, A, CLINIC_TEXT, 'a');
    const reportA = await readReport(2);
    await onTabUpdated(2, { status: 'loading', url: B });
    expect(await readReport(2)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    await scanAt(2, B, PLAIN_TEXT, 'b');
    await onTabUpdated(2, { status: 'loading', url: A });
    const restored = await readReport(2);
    expect(restored?.assessment).toEqual(reportA?.assessment);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toMatch(/MED|HIGH/);
    // The restored page rescans (bfcache pageshow): same document, its seq restarts → replaces.
    await scanAt(2, A, CLINIC_TEXT, 'a', 1);
    expect((await readReport(2))?.frames[0]?.seq).toBe(1);
    // Forward again: B's report comes back from the archive.
    await onTabUpdated(2, { url: B });
    expect((await readReport(2))?.assessment.topic).toBe(false);
  });

  it('an SPA rescan that arrives before the URL-change event is kept (sender.url is stale, tab.url is not)', async () => {
    await scanAt(13, A, CLINIC_TEXT, 'a');
    await handleMessage({ type: 'reset' }, contentSender(13, 0, { url: A, documentId: 'a', tab: { id: 13, url: B } }), ctx);
    await handleMessage(scanOf(PLAIN_TEXT, 2), contentSender(13, 0, { url: A, documentId: 'a', tab: { id: 13, url: B } }), ctx);
    await onTabUpdated(13, { status: 'loading', url: B });
    const report = await readReport(13);
    expect(report?.url).toBe(B);
    expect(report?.assessment.topic).toBe(false);
  });

  it('status loading without a URL (iframe load, reload) keeps the report; a reload is detected by its new document', async () => {
    await scanAt(3, A, CLINIC_TEXT, 'a1');
    await onTabUpdated(3, { status: 'loading' });
    expect(await readReport(3)).not.toBeNull();
    await scanAt(3, A, PLAIN_TEXT, 'a2');
    expect((await readReport(3))?.frames[0]?.documentId).toBe('a2');
  });

  it('status complete re-applies the badge (Chrome can reset it when a navigation commits)', async () => {
    await scanAt(4, A, CLINIC_TEXT, 'a');
    await fakeBrowser.action.setBadgeText({ tabId: 4, text: '' });
    await onTabUpdated(4, { status: 'complete' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toMatch(/MED|HIGH/);
  });

  it('tab replaced → the report moves only if it describes the new tab’s page', async () => {
    await scanAt(5, A, CLINIC_TEXT, 'a');
    await onTabReplaced(6, 5, A);
    expect(await readReport(5)).toBeNull();
    expect((await readReport(6))?.tabId).toBe(6);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toMatch(/MED|HIGH/);

    await scanAt(7, A, CLINIC_TEXT, 'a');
    await onTabReplaced(8, 7, B); // a prerendered page for another URL swapped in
    expect(await readReport(7)).toBeNull();
    expect(await readReport(8)).toBeNull();
  });

  it('tab replaced → the new tab keeps its own report', async () => {
    await scanAt(9, A, CLINIC_TEXT, 'a');
    await scanAt(10, A, PLAIN_TEXT, 'p');
    await onTabReplaced(10, 9, A);
    expect((await readReport(10))?.assessment.topic).toBe(false);
  });

  it('pausing a site deletes the reports of its tabs', async () => {
    await scanAt(11, A, CLINIC_TEXT, 'a');
    await scanAt(12, 'https://other.example/', CLINIC_TEXT, 'o');
    await onSettingsChanged({ ...DEFAULT_SETTINGS, pausedSites: ['clinic.example'] }, 5);
    expect(await readReport(11)).toBeNull();
    expect(await readReport(12)).not.toBeNull();
  });
});

describe('sensitivity', () => {
  it('re-combines stored reports with the new thresholds and updates the badge', async () => {
    await scanAt(14, A, AD_TEXT, 'a');
    const normal = (await readReport(14)) as TabReport;
    for (const sensitivity of ['low', 'high', 'normal'] as const) {
      await onSettingsChanged({ ...DEFAULT_SETTINGS, sensitivity }, 7);
      const r = (await readReport(14)) as TabReport;
      expect(r.assessment.score).toBe(normal.assessment.score);
      expect(r.assessment.risk).toBe(riskFor(normal.assessment.score, true, sensitivity));
    }
  });
});

describe('startBackground', () => {
  it('registers its listeners synchronously and answers through sendResponse', async () => {
    const replaced = { addListener: (_l: unknown) => undefined };
    Object.assign(fakeBrowser.tabs, { onReplaced: replaced });
    startBackground();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onRemoved.hasListeners()).toBe(true);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true);

    const sendResponse = (r: unknown) => replies.push(r);
    const replies: unknown[] = [];
    const sender = contentSender(0, 0, { id: fakeBrowser.runtime.id });
    const results = await fakeBrowser.runtime.onMessage.trigger(scanOf(CLINIC_TEXT), sender as never, sendResponse);
    expect(results).toContain(true); // kept the channel open for the async reply
    await expect.poll(() => replies.length).toBe(1);
    expect((replies[0] as { findings: unknown[] }).findings.length).toBeGreaterThan(0);

    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-report', tabId: 0 }, pageSender() as never, sendResponse);
    await expect.poll(() => replies.length).toBe(2);
    expect(replies[1]).toMatchObject({ status: 'ok' });

    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-report', tabId: 0 }, {}, sendResponse);
    await expect.poll(() => replies.length).toBe(3);
    expect(replies[2]).toEqual({ error: 'forbidden' });

    // tabs.onRemoved deletes the report (the fake's default tab has id 0).
    await fakeBrowser.tabs.remove(0);
    await expect.poll(() => readReport(0)).toBeNull();
  });
});
