/**
 * A giant page (5 MB of HTML, ~4 M characters of text): the scan is capped and says so with the "partial"
 * flag, claims are still highlighted, and the work was split into slices (the content script reports its
 * longest uninterrupted run in the extract-end mark; timings themselves are for `npm run bench`, not tests).
 * The marks exist only in the bench's own build (the production build has none), so this file runs that one.
 */
import { describe, expect, it } from 'vitest';
import { ensureBenchBuild } from '../bench/instrumented-build';
import { generatePage } from '../bench/pages';
import {
  hasBrowser,
  highlightedRanges,
  launchWithExtension,
  tabIdOf,
  waitForReport,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { useBrowserSession } from './session';

describe.skipIf(!hasBrowser)('content script: giant pages', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s), {
    fixtures: () => ({
      'content-giant.html': generatePage({ bytes: 5 * 1024 * 1024, ads: true }).html,
      'content-giant-off.html': generatePage({ bytes: 5 * 1024 * 1024, ads: false, seed: 7 }).html,
    }),
    // The bench build: the same extension with performance marks, which this test reads.
    launch: () => launchWithExtension({ extensionDir: ensureBenchBuild() }),
  });

  it('caps the scanned text with a partial flag, highlights claims, and works in slices', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-giant.html`, { timeout: 60_000 });
    const tabId = await tabIdOf(ext, page);
    const report = await waitForReport<{ partial: boolean; assessment: { findings: unknown[] } }>(ext, tabId, (r) => r.assessment.findings.length > 0, 60_000);
    expect(report.partial).toBe(true);
    await expect.poll(() => highlightedRanges(page), { timeout: 20_000 }).toBeGreaterThan(0);
    const detail = await page.evaluate(() => (performance.getEntriesByName('stemcheck:extract-end', 'mark')[0] as PerformanceMark).detail as { pieces: number; busyMs: number });
    // Many engine calls, not one: the work was sliced.
    expect(detail.pieces).toBeGreaterThan(10);
    await page.close();
  });

  it('an off-topic giant page takes the fast path: no walk, nothing sent but the verdict', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/content-giant-off.html`, { timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('stemcheck:scan-end', 'mark').length), { timeout: 30_000 }).toBe(1);
    const detail = await page.evaluate(() => (performance.getEntriesByName('stemcheck:extract-end', 'mark')[0] as PerformanceMark).detail as { walkMs: number; gateMs: number });
    expect(detail.walkMs).toBe(0);
    expect(detail.gateMs).toBeGreaterThan(0);
    expect(await highlightedRanges(page)).toBe(0);
    await page.close();
  });
});
