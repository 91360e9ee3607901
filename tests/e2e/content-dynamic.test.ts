/**
 * The content script keeps up with pages that change: infinite scroll, SPA navigation, pages that wipe the
 * highlight registry in a loop, pages that forge WXT's "newer content script started" event, plus frames
 * (same-origin and cross-origin iframes) and open shadow roots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasBrowser,
  highlightedRanges,
  serveFixtures,
  storedReport,
  tabIdOf,
  waitForReport,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { useBrowserSession } from './session';

type Report = { url: string; frames: { frameId: number; seq: number }[]; assessment: { findings: { quote: string; mention: boolean }[] } };
const quotes = (r: Report) => r.assessment.findings.map((f) => f.quote).join('\n');

describe.skipIf(!hasBrowser)('content script: changing pages, frames, hostile pages', () => {
  let server: FixtureServer;
  let other: FixtureServer;
  let ext: ExtensionBrowser;

  // A second server first: another port on 127.0.0.1 is another origin, for the cross-origin frame.
  beforeAll(async () => {
    other = await serveFixtures();
  });
  afterAll(async () => {
    await other?.close();
  });
  // The page embeds a same-origin ad and a cross-origin one.
  useBrowserSession((s) => ({ server, ext } = s), {
    fixtures: () => ({
      'content-frames.html':
        '<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body>' +
        '<p>Local news: the library reopens on Monday.</p>' +
        '<iframe id="same" src="/content-iframe-ad.html" width="400" height="120"></iframe>' +
        `<iframe id="cross" src="${other.origin}/content-shadow.html" width="400" height="120"></iframe>` +
        '</body></html>',
    }),
  });

  it('scans content added after load (infinite scroll)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-scroll.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport<Report>(ext, tabId, (r) => /no side effects/i.test(quotes(r)));
    const before = await highlightedRanges(page);
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => (window as unknown as { addMore(): void }).addMore());
    await waitForReport<Report>(ext, tabId, (r) => /autism/i.test(quotes(r)));
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(before);
    await page.close();
  });

  it('sees content added later inside an open shadow root', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-shadow.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport<Report>(ext, tabId, (r) => /no side effects/i.test(quotes(r)));
    await page.evaluate(() => (window as unknown as { addToShadow(): void }).addToShadow());
    await waitForReport<Report>(ext, tabId, (r) => /autism/i.test(quotes(r)));
    await page.close();
  });

  it('resets and rescans on a pushState navigation', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-spa.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport<Report>(ext, tabId, (r) => /no side effects/i.test(quotes(r)));
    await page.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/clinic/prices'));
    const after = await waitForReport<Report>(ext, tabId, (r) => /15,000|92%/.test(quotes(r)) && !/no side effects/i.test(quotes(r)));
    expect(quotes(after)).not.toMatch(/no side effects/i);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('finds the ad in a same-origin and in a cross-origin iframe, and reads open shadow roots', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-frames.html`);
    const tabId = await tabIdOf(ext, page);
    const report = await waitForReport<Report>(ext, tabId, (r) => /autism/i.test(quotes(r)) && /no side effects/i.test(quotes(r)), 20_000);
    expect(report.frames.length).toBeGreaterThanOrEqual(2);
    const same = page.frames().find((f) => f.url().endsWith('/content-iframe-ad.html'));
    const cross = page.frames().find((f) => f.url().startsWith(other.origin));
    expect(same && cross).toBeTruthy();
    await expect.poll(() => highlightedRanges(same!)).toBeGreaterThan(0);
    // The cross-origin frame's only claim is inside an open shadow root.
    await expect.poll(() => highlightedRanges(cross!)).toBeGreaterThan(0);
    expect(await highlightedRanges(page)).toBe(0);
    await page.close();
  });

  it('a page that calls CSS.highlights.clear() in a loop causes bounded work, no rescan loop', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-clear-loop.html`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    // Scans sent so far: each scan message carries the next sequence number, which the report keeps.
    const tabId = await tabIdOf(ext, page);
    const sentScans = async (): Promise<number> => ((await storedReport(ext, tabId)) as Report).frames[0]?.seq ?? -1;
    const scansBefore = await sentScans();
    await page.evaluate(() => (window as unknown as { startClearing(): void }).startClearing());
    // Watch for 5 s how often our highlights come back.
    const seen = await page.evaluate(
      () =>
        new Promise<{ reappeared: number; clears: number }>((resolve) => {
          let reappeared = 0;
          let present = false;
          const t0 = performance.now();
          const tick = (): void => {
            const now = CSS.highlights.size > 0;
            if (now && !present) reappeared++;
            present = now;
            if (performance.now() - t0 < 5000) setTimeout(tick, 1);
            else resolve({ reappeared, clears: (window as unknown as { clears: number }).clears });
          };
          tick();
        }),
    );
    expect(seen.clears).toBeGreaterThan(100);
    // Restores are rate-limited (one per 2 s at most) and capped; scans are not triggered at all.
    expect(seen.reappeared).toBeLessThanOrEqual(4);
    expect(await sentScans()).toBe(scansBefore);
    await page.close();
  });

  it("a page forging WXT's content-script-started event does not stop the scan, and learns nothing from message events", async () => {
    const page = await ext.context.newPage();
    const eventName = `${ext.extensionId}:content:wxt:content-script-started`;
    await page.addInitScript((name) => {
      const w = window as unknown as { heard: unknown[] };
      w.heard = [];
      window.addEventListener('message', (e) => w.heard.push(e.data));
      const forge = (): void => {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      };
      // Before, during and after the content script starts.
      const id = setInterval(forge, 20);
      setTimeout(() => clearInterval(id), 4000);
    }, eventName);
    await page.goto(`${server.origin}/content-scroll.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport<Report>(ext, tabId, (r) => /no side effects/i.test(quotes(r)));
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    // Still alive after the forgeries: content added now is scanned.
    await page.evaluate(() => (window as unknown as { addMore(): void }).addMore());
    await waitForReport<Report>(ext, tabId, (r) => /autism/i.test(quotes(r)));
    expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
    await page.close();
  });
});
