/**
 * Tab lifecycle in a real browser: tab close deletes the report; reload and SPA (pushState) navigation
 * reset it; back/forward with the back/forward cache enabled shows the right page's report; restricted
 * pages (PDF viewer, chrome://) say "not available"; "show on page" reaches the frame; rescan finds the
 * running content script.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  askBackground,
  badgeText,
  hasBrowser,
  launchPrivateCopy,
  openPopup,
  storedReport,
  tabIdOf,
  waitForReport,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { useBrowserSession } from './session';

interface Report {
  url: string;
  frames: { frameId: number; documentId?: string; url: string }[];
  assessment: { risk: string; topic: boolean; findings: { start: number; end: number; frameId?: number; mention: boolean }[] };
}
type Reply = { status: string; report?: Report };

async function reportReply(ext: ExtensionBrowser, tabId: number): Promise<Reply> {
  const popup = await openPopup(ext, tabId);
  try {
    return (await askBackground(popup, { type: 'get-report', tabId })) as Reply;
  } finally {
    await popup.close();
  }
}

async function scannedPage(ext: ExtensionBrowser, url: string, ready: (r: Report) => boolean = (r) => r.assessment.findings.length > 0) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  const report = await waitForReport<Report>(ext, tabId, ready);
  return { page, tabId, report };
}

describe.skipIf(!hasBrowser)('background lifecycle', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s), { launch: () => launchPrivateCopy() });

  it('closing the tab deletes its report', async () => {
    const { page, tabId } = await scannedPage(ext, `${server.origin}/bg-clinic.html`);
    await page.close();
    await expect.poll(() => storedReport(ext, tabId), { timeout: 10_000 }).toBeNull();
    expect((await reportReply(ext, tabId)).status).toBe('none');
  });

  it('a reload is a new document: its report replaces the old one', async () => {
    const { page, tabId, report } = await scannedPage(ext, `${server.origin}/bg-clinic.html`);
    const firstDoc = report.frames[0]?.documentId;
    expect(firstDoc).toBeTruthy();
    await page.reload();
    const next = await waitForReport<Report>(ext, tabId, (r) => r.frames[0]?.documentId !== firstDoc && r.assessment.findings.length > 0);
    expect(next.frames).toHaveLength(1);
    expect(next.assessment.risk).toBe('high');
    await page.close();
  });

  it('SPA pushState navigation resets the report and the new route is scanned', async () => {
    const { page, tabId, report } = await scannedPage(ext, `${server.origin}/bg-spa.html`);
    expect(report.assessment.topic).toBe(true);
    await page.click('#go');
    await expect.poll(() => page.url()).toMatch(/\/bg-spa-garden$/);
    const after = await waitForReport<Report>(ext, tabId, (r) => r.url.endsWith('/bg-spa-garden'));
    expect(after.assessment.topic).toBe(false);
    expect(after.assessment.findings).toEqual([]);
    expect(await badgeText(ext, tabId)).toBe('');
    const reply = await reportReply(ext, tabId);
    expect(reply).toMatchObject({ status: 'ok', report: { url: `${server.origin}/bg-spa-garden`, assessment: { topic: false } } });
    await page.close();
  });

  it('a PDF opens in the browser viewer: the popup says StemCheck is not available', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/bg-leaflet.pdf`).catch(() => undefined); // the viewer may abort the navigation event
    await expect.poll(() => page.url()).toContain('bg-leaflet.pdf');
    const tabId = await tabIdOf(ext, page);
    expect(await reportReply(ext, tabId)).toEqual({ status: 'restricted' });
    const popup = await openPopup(ext, tabId);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/not available|can.t read this page/i);
    await popup.close();
    await page.close();
  });

  it('chrome:// pages are restricted too', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version/').catch(() => undefined);
    const tabId = await tabIdOf(ext, page);
    expect(await reportReply(ext, tabId)).toEqual({ status: 'restricted' });
    const rescan = await (async () => {
      const popup = await openPopup(ext, tabId);
      const r = await askBackground(popup, { type: 'rescan', tabId });
      await popup.close();
      return r;
    })();
    expect(rescan).toEqual({ status: 'restricted' });
    await page.close();
  });

  it('show-finding is relayed to the frame that found it; rescan sees the running content script', async () => {
    const { page, tabId, report } = await scannedPage(ext, `${server.origin}/bg-clinic.html`);
    const finding = report.assessment.findings.find((f) => !f.mention);
    if (!finding) throw new Error('no claim');
    const popup = await openPopup(ext, tabId);
    const shown = await askBackground(popup, { type: 'show-finding', tabId, frameId: finding.frameId ?? 0, start: finding.start, end: finding.end });
    expect(shown).toEqual({ ok: true });
    expect(await askBackground(popup, { type: 'show-finding', tabId, frameId: 0, start: 999_999, end: 1_000_000 })).toEqual({ ok: false });
    expect(await askBackground(popup, { type: 'rescan', tabId })).toEqual({ status: 'running' });
    // What rescan would inject where no content script runs (src/background/context.ts CONTENT_SCRIPT_FILE).
    expect(existsSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'))).toBe(true);
    // A web page cannot ask for another tab's report, even with a forged message.
    const forged = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(forged).not.toBe('function');
    await popup.close();
    await page.close();
  });
});

describe.skipIf(!hasBrowser)('background lifecycle with the back/forward cache', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s), { launch: () => launchPrivateCopy({ bfcache: true }) });

  async function restored(page: Page): Promise<boolean> {
    return page.evaluate(() => document.documentElement.dataset.restored === 'yes');
  }

  it('back and forward show the report of the page shown', async () => {
    const { page, tabId } = await scannedPage(ext, `${server.origin}/bg-clinic.html`);
    const clinicUrl = page.url();
    await page.goto(`${server.origin}/bg-plain.html`);
    await waitForReport<Report>(ext, tabId, (r) => r.url.endsWith('/bg-plain.html'));
    expect((await reportReply(ext, tabId)).report?.assessment.topic).toBe(false);

    await page.goBack({ waitUntil: 'commit' });
    expect(page.url()).toBe(clinicUrl);
    expect(await restored(page)).toBe(true); // it really came from the back/forward cache
    const back = await waitForReport<Report>(ext, tabId, (r) => r.url === clinicUrl);
    expect(back.assessment.risk).toBe('high');
    await expect.poll(async () => (await reportReply(ext, tabId)).report?.url).toBe(clinicUrl);
    await expect.poll(() => badgeText(ext, tabId)).toBe('HIGH');

    await page.goForward({ waitUntil: 'commit' });
    const forward = await waitForReport<Report>(ext, tabId, (r) => r.url.endsWith('/bg-plain.html'));
    expect(forward.assessment.topic).toBe(false);
    await expect.poll(() => badgeText(ext, tabId)).toBe('');
    await page.close();
  });
});
