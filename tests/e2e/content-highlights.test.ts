/**
 * The content script in a real browser: claims are highlighted where they stand, mentions are not, form
 * fields are never read, DOM clobbering changes nothing, highlighting follows the settings live, and
 * "show on page" scrolls to and flashes a claim.
 */
import { describe, expect, it } from 'vitest';
import {
  currentWorker,
  hasBrowser,
  highlightedRanges,
  setSettings,
  tabIdOf,
  waitForReport,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { useBrowserSession } from './session';

type Report = { assessment: { topic: boolean; findings: { quote: string; rule: string; mention: boolean; start: number; end: number }[] } };

const DEFAULTS = { autoHighlight: true, sensitivity: 'normal', pausedSites: [], language: 'auto' };

describe.skipIf(!hasBrowser)('content script: highlights', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s));

  it('highlights the claims of an ad, with names that do not reveal the extension, and leaves nothing in the page timeline', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-ad.html`);
    const tabId = await tabIdOf(ext, page);
    const report = await waitForReport<Report>(ext, tabId, (r) => r.assessment.findings.length > 0);
    expect(report.assessment.findings.map((f) => f.quote).join('\n')).toMatch(/no side effects/i);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(2);
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    for (const n of names) expect(n).toMatch(/^h[0-9a-f]{12}$/);
    // Performance marks are the page's to read: the production build makes none (the bench's build does).
    expect(await page.evaluate(() => performance.getEntries().filter((e) => /stemcheck/i.test(e.name)).map((e) => e.name))).toEqual([]);
    await page.close();
  });

  it('does not highlight a warning article that quotes the same phrases', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-warning.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport<Report>(ext, tabId, (r) => r.assessment.topic);
    // The reply that would paint follows the stored report within milliseconds: a claim painted by mistake
    // shows by then (the production build has no marks to say the scan ended).
    await page.waitForTimeout(500);
    const report = await waitForReport<Report>(ext, tabId);
    expect(report.assessment.findings.filter((f) => !f.mention)).toEqual([]);
    expect(await highlightedRanges(page)).toBe(0);
    await page.close();
  });

  it('never reads textarea, password, text inputs or contenteditable', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-forms.html`);
    const tabId = await tabIdOf(ext, page);
    const report = await waitForReport<Report>(ext, tabId, (r) => r.assessment.findings.length > 0);
    const json = JSON.stringify(report);
    expect(json).toMatch(/no side effects/i);
    expect(json).not.toMatch(/autism|Parkinson|cerebral palsy|multiple sclerosis|diabetes/i);
    await page.close();
  });

  it('scans a DOM-clobbering page exactly like the clean page', async () => {
    const key = (r: Report) => r.assessment.findings.map((f) => `${f.rule}|${f.quote}`).sort();
    const clean = await ext.context.newPage();
    await clean.goto(`${server.origin}/content-ad.html`);
    const cleanReport = await waitForReport<Report>(ext, await tabIdOf(ext, clean), (r) => r.assessment.findings.length > 0);
    const cleanRanges = await highlightedRanges(clean);
    const hostile = await ext.context.newPage();
    await hostile.goto(`${server.origin}/content-clobber.html`);
    const hostileReport = await waitForReport<Report>(ext, await tabIdOf(ext, hostile), (r) => r.assessment.findings.length > 0);
    expect(key(hostileReport)).toEqual(key(cleanReport));
    await expect.poll(() => highlightedRanges(hostile)).toBe(cleanRanges);
    await clean.close();
    await hostile.close();
  });

  it('removes highlights when auto-highlight is turned off, and restores them when turned on', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-ad.html`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await setSettings(ext, { ...DEFAULTS, autoHighlight: false });
    await expect.poll(() => highlightedRanges(page)).toBe(0);
    await setSettings(ext, DEFAULTS);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    // Pausing the site removes them too.
    await setSettings(ext, { ...DEFAULTS, pausedSites: ['127.0.0.1'] });
    await expect.poll(() => highlightedRanges(page)).toBe(0);
    await setSettings(ext, DEFAULTS);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('"show on page" scrolls to a claim and flashes it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-ad.html`);
    const tabId = await tabIdOf(ext, page);
    const report = await waitForReport<Report>(ext, tabId, (r) => r.assessment.findings.some((f) => /multiple sclerosis/i.test(f.quote)));
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    const far = report.assessment.findings.find((f) => /multiple sclerosis/i.test(f.quote) && !f.mention);
    expect(far).toBeDefined();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const worker = await currentWorker(ext);
    const reply = await worker.evaluate(
      ([id, start, end]) => chrome.tabs.sendMessage(id, { type: 'show-finding', start, end }, { frameId: 0 }),
      [tabId, far?.start ?? 0, far?.end ?? 0] as const,
    );
    expect(reply).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    // The flash is one more highlight for a moment.
    const before = await page.evaluate(() => CSS.highlights.size);
    expect(before).toBeGreaterThanOrEqual(4);
    const bad = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'show-finding', start: 1, end: 2 }, { frameId: 0 }), tabId);
    expect(bad).toEqual({ ok: false });
    await page.close();
  });

  it('explains a claim on hover in a tooltip (closed shadow root, found through the accessibility tree)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-ad.html`);
    await expect.poll(() => highlightedRanges(page)).toBeGreaterThan(0);
    // Hover the middle of the first highlighted range.
    const point = await page.evaluate(() => {
      const found: { x: number; y: number }[] = [];
      CSS.highlights.forEach((h) => {
        for (const r of h) {
          if (found.length > 0) break;
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getClientRects()[0];
          if (rect && rect.top >= 0 && rect.bottom < innerHeight) found.push({ x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 });
        }
      });
      return found[0] ?? null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const cdp = await page.context().newCDPSession(page);
    const tooltipText = async (): Promise<string> => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
      return nodes
        .filter((n) => n.role?.value === 'StaticText')
        .map((n) => n.name?.value ?? '')
        .join('\n');
    };
    await expect.poll(tooltipText, { timeout: 5000 }).toMatch(/Why it matters/);
    expect(await tooltipText()).toMatch(/What to verify/);
    await page.close();
  });
});
