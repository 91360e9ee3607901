/**
 * The whole path in a real browser: fixture page → content script → background (scores, stores, badges)
 * → popup opened as a page for that tab.
 */
import { describe, expect, it } from 'vitest';
import {
  badgeText,
  hasBrowser,
  openPopup,
  tabIdOf,
  waitForReport,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { useBrowserSession } from './session';

describe.skipIf(!hasBrowser)('content → background → badge → popup', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s));

  it('scans a clinic ad, stores the report, sets the badge and shows it in the popup', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/clinic-ad.html`);
    const tabId = await tabIdOf(ext, page);

    const report = await waitForReport(ext, tabId, (r) => r.assessment.findings.length > 0);
    expect(report.assessment.risk).toBe('high');
    const quotes = report.assessment.findings.map((f) => f.quote).join('\n');
    expect(quotes).toMatch(/no side effects/i);
    // Neither hidden text nor form fields nor scripts are read.
    expect(quotes).not.toMatch(/miracle cure for cancer/);
    expect(JSON.stringify(report)).not.toMatch(/cure everything|cure autism/);

    expect(await badgeText(ext, tabId)).toBe('HIGH');

    const popup = await openPopup(ext, tabId);
    await expect.poll(() => popup.getByTestId('risk-level').getAttribute('data-risk')).toBe('high');
    const shownQuotes = await popup.getByTestId('quote').allInnerTexts();
    expect(shownQuotes.join('\n')).toMatch(/no side effects/i);
    await popup.close();
    await page.close();
    expect(ext.outsideRequests).toEqual([]);
  });
});
