/** Every message handler, through handleMessage, with crafted senders on the fake browser. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../src/background/handlers';
import { readReport } from '../../src/background/report-store';
import type { ScanReply } from '../../src/shared/messages';
import type { ReportReply, TabReport } from '../../src/shared/report';
import { settingsItem, DEFAULT_SETTINGS } from '../../src/shared/settings';
import { AD_TEXT, CLINIC_TEXT, EXT_ID, EXT_ORIGIN, PLAIN_TEXT, contentSender, openTab, pageSender, scanOf, snapshotState, testContext, type TestContext } from './helpers';

let ctx: TestContext;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = testContext();
});

async function scanned(tabId: number, text = CLINIC_TEXT, frameId = 0, seq = 1) {
  return (await handleMessage(scanOf(text, seq), contentSender(tabId, frameId), ctx)) as ScanReply;
}

describe('scan', () => {
  it('scores the passages, stores the report with everything the popup needs, and sets the badge', async () => {
    const reply = await scanned(7);
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(reply.findings.every((f) => !f.mention)).toBe(true);
    const report = (await readReport(7)) as TabReport;
    expect(report).toMatchObject({ version: 2, tabId: 7, url: 'https://clinic.example/page-7', partial: false, droppedFrames: 0 });
    expect(report.updatedAt).toBe(ctx.now());
    expect(report.assessment.topic).toBe(true);
    expect(['moderate', 'high']).toContain(report.assessment.risk);
    expect(report.assessment.score).toBeGreaterThan(0);
    expect(report.assessment.findings.length).toBeGreaterThan(0);
    expect(report.assessment.signals.length).toBeGreaterThan(0);
    expect(Array.isArray(report.assessment.trialIds)).toBe(true);
    expect(report.assessment.findings.every((f) => f.frameId === 0)).toBe(true);
    expect(report.frames[0]).toMatchObject({ frameId: 0, documentId: 'doc-7-0', seq: 1 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/^(MED|HIGH)$/);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(/^StemCheck: (moderate|high) risk.*score \d+ of 100/);
  });

  it('stores and serves reports of tabs and frames with Chromium’s large ids', async () => {
    const big = 2 ** 31 - 2;
    await handleMessage(scanOf(CLINIC_TEXT), contentSender(big, 0), ctx);
    await handleMessage(scanOf(AD_TEXT), contentSender(big, big), ctx);
    const reply = (await handleMessage({ type: 'get-report', tabId: big }, pageSender(), ctx)) as ReportReply;
    expect(reply.status).toBe('ok');
    if (reply.status === 'ok') expect(reply.report.frames.map((f) => f.frameId)).toEqual([0, big]);
  });

  it('records the partial flag and carries it to the report', async () => {
    await handleMessage(scanOf(CLINIC_TEXT, 1, { partial: true }), contentSender(3), ctx);
    expect((await readReport(3))?.partial).toBe(true);
  });

  it('a page without stem cell content gets a report with topic false and no badge', async () => {
    await scanned(4, PLAIN_TEXT);
    const report = await readReport(4);
    expect(report?.assessment.topic).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toMatch(/nothing about stem cell/);
  });

  it('combines frames; a second frame adds its findings, marked with its frame id', async () => {
    await scanned(5, CLINIC_TEXT, 0);
    const before = (await readReport(5)) as TabReport;
    await scanned(5, AD_TEXT, 3);
    const after = (await readReport(5)) as TabReport;
    expect(after.frames.map((f) => f.frameId)).toEqual([0, 3]);
    expect(after.assessment.findings.some((f) => f.frameId === 3)).toBe(true);
    expect(after.assessment.score).toBeGreaterThanOrEqual(before.assessment.score);
  });

  it('ignores prerendered and cached documents: the visible page keeps its report', async () => {
    await scanned(6);
    const before = await snapshotState([6]);
    const pre = (await handleMessage(scanOf(AD_TEXT), contentSender(6, 0, { documentId: 'other', documentLifecycle: 'prerender' }), ctx)) as ScanReply;
    expect(pre).toEqual({ findings: [], ignored: 'prerender' });
    const cached = (await handleMessage(scanOf(AD_TEXT), contentSender(6, 0, { documentId: 'old', documentLifecycle: 'cached' }), ctx)) as ScanReply;
    expect(cached).toEqual({ findings: [], ignored: 'inactive' });
    expect(await snapshotState([6])).toBe(before);
  });

  it('ignores scans on a paused site', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedSites: ['clinic.example'] });
    const reply = (await handleMessage(scanOf(CLINIC_TEXT), contentSender(8), ctx)) as ScanReply;
    expect(reply).toEqual({ findings: [], ignored: 'paused' });
    expect(await readReport(8)).toBeNull();
  });

  it('takes identity from the sender, never the payload', async () => {
    const forged = { ...scanOf(CLINIC_TEXT), tabId: 1 };
    expect(await handleMessage(forged, contentSender(2), ctx)).toEqual({ error: 'invalid message' });
    await scanned(2);
    expect(await readReport(1)).toBeNull();
    expect((await readReport(2))?.tabId).toBe(2);
  });

  it.each([
    ['no tab', { id: EXT_ID, url: 'https://a.example/', frameId: 0 }],
    ['another extension', { ...contentSender(1), id: 'evil-extension' }],
    ['no id', { ...contentSender(1), id: undefined }],
    ['an extension page', { id: EXT_ID, url: `${EXT_ORIGIN}popup.html`, tab: { id: 1 }, frameId: 0 }],
    ['a non-web URL', { ...contentSender(1), url: 'file:///etc/passwd' }],
    ['a negative tab id', { ...contentSender(1), tab: { id: -1 } }],
    ['a fractional frame id', { ...contentSender(1), frameId: 0.5 }],
    ['the fake browser default', {}],
  ])('refuses a scan from %s', async (_name, sender) => {
    const before = await snapshotState([1]);
    expect(await handleMessage(scanOf(CLINIC_TEXT), sender, ctx)).toEqual({ error: 'forbidden' });
    expect(await snapshotState([1])).toBe(before);
  });
});

describe('reset', () => {
  it('forgets the sender frame only, and the report goes when its last frame does', async () => {
    await scanned(9, CLINIC_TEXT, 0);
    await scanned(9, AD_TEXT, 2);
    expect(await handleMessage({ type: 'reset' }, contentSender(9, 2), ctx)).toEqual({ ok: true });
    expect((await readReport(9))?.frames.map((f) => f.frameId)).toEqual([0]);
    await handleMessage({ type: 'reset' }, contentSender(9, 0), ctx);
    expect(await readReport(9)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });

  it('then a new scan of the same document is accepted (SPA navigation)', async () => {
    await scanned(10, CLINIC_TEXT, 0, 1);
    await handleMessage({ type: 'reset' }, contentSender(10), ctx);
    await handleMessage(scanOf(PLAIN_TEXT, 2), contentSender(10, 0, { url: 'https://clinic.example/about' }), ctx);
    const report = await readReport(10);
    expect(report?.url).toBe('https://clinic.example/about');
    expect(report?.assessment.topic).toBe(false);
  });

  it('is refused from an extension page and ignored for inactive documents', async () => {
    await scanned(11);
    expect(await handleMessage({ type: 'reset' }, pageSender(), ctx)).toEqual({ error: 'forbidden' });
    await handleMessage({ type: 'reset' }, contentSender(11, 0, { documentLifecycle: 'cached' }), ctx);
    expect(await readReport(11)).not.toBeNull();
  });
});

describe('get-report', () => {
  it('returns the report to the popup, whether opened from the toolbar or as a page', async () => {
    const tabId = await openTab('https://clinic.example/page');
    await handleMessage(scanOf(CLINIC_TEXT), contentSender(tabId, 0, { url: 'https://clinic.example/page' }), ctx);
    const fromToolbar = (await handleMessage({ type: 'get-report', tabId }, pageSender(), ctx)) as ReportReply;
    const asPage = (await handleMessage({ type: 'get-report', tabId }, pageSender('popup.html?tab=1', true), ctx)) as ReportReply;
    expect(fromToolbar.status).toBe('ok');
    expect(asPage).toEqual(fromToolbar);
    if (fromToolbar.status === 'ok') expect(fromToolbar.report).toEqual(await readReport(tabId));
  });

  it('says restricted for browser pages, stores and PDFs', async () => {
    for (const url of ['chrome://version/', 'https://chromewebstore.google.com/detail/x', 'https://a.example/leaflet.pdf', 'about:blank']) {
      const tabId = await openTab(url);
      expect(await handleMessage({ type: 'get-report', tabId }, pageSender(), ctx)).toEqual({ status: 'restricted' });
    }
  });

  it('says paused (with the host) on a paused site', async () => {
    const tabId = await openTab('https://paused.example/x');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedSites: ['paused.example'] });
    expect(await handleMessage({ type: 'get-report', tabId }, pageSender(), ctx)).toEqual({ status: 'paused', host: 'paused.example' });
  });

  it('says scanning while the tab loads, none when nothing is coming', async () => {
    const loading = await openTab('https://a.example/', 'loading');
    const done = await openTab('https://b.example/');
    expect(await handleMessage({ type: 'get-report', tabId: loading }, pageSender(), ctx)).toEqual({ status: 'scanning' });
    expect(await handleMessage({ type: 'get-report', tabId: done }, pageSender(), ctx)).toEqual({ status: 'none' });
    expect(await handleMessage({ type: 'get-report', tabId: 4242 }, pageSender(), ctx)).toEqual({ status: 'none' });
  });

  it.each([
    ['a content script', contentSender(1)],
    ['a page pretending with a look-alike origin', { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil.example/popup.html` }],
    ['a web page URL with our id', { id: EXT_ID, url: 'https://evil.example/popup.html' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['nobody', {}],
  ])('is refused from %s', async (_name, sender) => {
    expect(await handleMessage({ type: 'get-report', tabId: 1 }, sender, ctx)).toEqual({ error: 'forbidden' });
  });
});

describe('show-finding', () => {
  it('relays to the frame and document that reported the finding', async () => {
    await scanned(12, CLINIC_TEXT, 0);
    await scanned(12, AD_TEXT, 4);
    const report = (await readReport(12)) as TabReport;
    const finding = report.assessment.findings.find((f) => f.frameId === 4);
    if (!finding) throw new Error('no finding from frame 4');
    ctx.sendToTab.mockResolvedValueOnce({ ok: true });
    const reply = await handleMessage({ type: 'show-finding', tabId: 12, frameId: 4, start: finding.start, end: finding.end }, pageSender(), ctx);
    expect(reply).toEqual({ ok: true });
    expect(ctx.sendToTab).toHaveBeenCalledWith(12, { type: 'show-finding', start: finding.start, end: finding.end }, { frameId: 4, documentId: 'doc-12-4' });
  });

  it('answers ok:false when the frame has no content script any more, or the content script says no', async () => {
    await scanned(13);
    const f = ((await readReport(13)) as TabReport).assessment.findings[0];
    if (!f) throw new Error('no finding');
    const msg = { type: 'show-finding', tabId: 13, frameId: 0, start: f.start, end: f.end };
    expect(await handleMessage(msg, pageSender(), ctx)).toEqual({ ok: false });
    ctx.sendToTab.mockResolvedValueOnce(undefined);
    expect(await handleMessage(msg, pageSender(), ctx)).toEqual({ ok: false });
  });

  it('relays nothing for offsets the frame never reported, or a frame it does not know', async () => {
    await scanned(14);
    expect(await handleMessage({ type: 'show-finding', tabId: 14, frameId: 0, start: 999_999, end: 1_000_000 }, pageSender(), ctx)).toEqual({ ok: false });
    expect(await handleMessage({ type: 'show-finding', tabId: 14, frameId: 9, start: 0, end: 1 }, pageSender(), ctx)).toEqual({ ok: false });
    expect(ctx.sendToTab).not.toHaveBeenCalled();
  });

  it('is refused from a content script and rejects end < start', async () => {
    expect(await handleMessage({ type: 'show-finding', tabId: 1, frameId: 0, start: 0, end: 1 }, contentSender(1), ctx)).toEqual({ error: 'forbidden' });
    expect(await handleMessage({ type: 'show-finding', tabId: 1, frameId: 0, start: 5, end: 1 }, pageSender(), ctx)).toEqual({ error: 'invalid message' });
  });
});

describe('clear-data', () => {
  it('deletes every report and archive and clears the badges; settings stay', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, sensitivity: 'high' });
    await scanned(20);
    await scanned(21, AD_TEXT);
    // An orphan key the index lost track of goes too.
    await fakeBrowser.storage.session.set({ 'report:22': { junk: true } });
    const reply = await handleMessage({ type: 'clear-data' }, pageSender('options.html'), ctx);
    expect(reply).toEqual({ ok: true, cleared: 3 });
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session).filter((k) => /^(?:report|archive):/.test(k))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 20 })).toBe('');
    expect((await settingsItem.getValue()).sensitivity).toBe('high');
  });

  it('is refused from a content script', async () => {
    await scanned(23);
    expect(await handleMessage({ type: 'clear-data' }, contentSender(23), ctx)).toEqual({ error: 'forbidden' });
    expect(await readReport(23)).not.toBeNull();
  });
});

describe('rescan', () => {
  it('running when a content script answers the ping', async () => {
    const tabId = await openTab('https://a.example/');
    ctx.sendToTab.mockResolvedValueOnce(undefined);
    expect(await handleMessage({ type: 'rescan', tabId }, pageSender(), ctx)).toEqual({ status: 'running' });
    expect(ctx.sendToTab).toHaveBeenCalledWith(tabId, { type: 'ping' }, { frameId: 0 });
    expect(ctx.injectContentScript).not.toHaveBeenCalled();
  });

  it('running when a content script listens but does not answer the ping', async () => {
    const tabId = await openTab('https://a.example/');
    ctx.sendToTab.mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    expect(await handleMessage({ type: 'rescan', tabId }, pageSender(), ctx)).toEqual({ status: 'running' });
  });

  it('injects the content script into a tab opened before install', async () => {
    const tabId = await openTab('https://a.example/');
    ctx.injectContentScript.mockResolvedValueOnce(undefined);
    expect(await handleMessage({ type: 'rescan', tabId }, pageSender(), ctx)).toEqual({ status: 'injected' });
    expect(ctx.injectContentScript).toHaveBeenCalledWith(tabId);
  });

  it('reload-needed when the browser refuses injection', async () => {
    const tabId = await openTab('https://a.example/');
    expect(await handleMessage({ type: 'rescan', tabId }, pageSender(), ctx)).toEqual({ status: 'reload-needed' });
  });

  it('restricted, paused and no-tab without touching the tab', async () => {
    const chrome = await openTab('chrome://settings/');
    const paused = await openTab('https://paused.example/');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedSites: ['paused.example'] });
    expect(await handleMessage({ type: 'rescan', tabId: chrome }, pageSender(), ctx)).toEqual({ status: 'restricted' });
    expect(await handleMessage({ type: 'rescan', tabId: paused }, pageSender(), ctx)).toEqual({ status: 'paused' });
    expect(await handleMessage({ type: 'rescan', tabId: 5555 }, pageSender(), ctx)).toEqual({ status: 'no-tab' });
    expect(ctx.sendToTab).not.toHaveBeenCalled();
    expect(ctx.injectContentScript).not.toHaveBeenCalled();
  });

  it('is refused from a content script', async () => {
    expect(await handleMessage({ type: 'rescan', tabId: 1 }, contentSender(1), ctx)).toEqual({ error: 'forbidden' });
  });
});

describe('errors', () => {
  it('a storage failure becomes { error: internal error }, not a throw', async () => {
    const original = fakeBrowser.storage.session.get;
    fakeBrowser.storage.session.get = (() => Promise.reject(new Error('boom'))) as typeof original;
    try {
      expect(await handleMessage({ type: 'get-report', tabId: 1 }, pageSender(), ctx)).toEqual({ error: 'internal error' });
    } finally {
      fakeBrowser.storage.session.get = original;
    }
  });
});
