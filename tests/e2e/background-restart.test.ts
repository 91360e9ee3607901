/**
 * The report survives the MV3 service worker being stopped: scan a page, stop the worker (DevTools
 * protocol, ServiceWorker.stopAllWorkers, as Chrome does after ~30 s idle), open the popup → the
 * identical report, rendered, and the badge still right.
 */
import { describe, expect, it } from 'vitest';
import { askBackground, badgeText, hasBrowser, launchPrivateCopy, openPopup, stopServiceWorker, tabIdOf, waitForReport, workerRunning, type ExtensionBrowser, type FixtureServer } from './harness';
import { useBrowserSession } from './session';


describe.skipIf(!hasBrowser)('background: reports survive a service-worker stop', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s), { launch: () => launchPrivateCopy() });

  it('scan, stop the worker, open the popup: identical report', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/bg-clinic.html`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport(ext, tabId, (r) => r.assessment.findings.length > 0);
    const first = await openPopup(ext, tabId);
    const before = await askBackground(first, { type: 'get-report', tabId });
    expect(before).toMatchObject({ status: 'ok', report: { tabId, assessment: { risk: 'high', topic: true } } });
    await first.close();

    await stopServiceWorker(ext, page);
    expect(await workerRunning(ext, page)).toBe(false);

    const popup = await openPopup(ext, tabId); // its get-report wakes the worker
    const after = await askBackground(popup, { type: 'get-report', tabId });
    expect(after).toEqual(before);
    await expect.poll(() => popup.getByTestId('risk-level').getAttribute('data-risk')).toBe('high');
    expect(await badgeText(ext, tabId)).toBe('HIGH');
    await popup.close();
    await page.close();
    expect(ext.outsideRequests).toEqual([]);
  });
});
