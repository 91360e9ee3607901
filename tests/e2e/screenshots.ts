/**
 * `npm run screenshots`: the popup on a high-risk page and on a clean page, in English and Chinese, saved to
 * docs/popup-{high,clean}-{en,zh}.png for the README. Needs the built extension (`npx wxt build -b chrome`)
 * and Chromium; fixture pages are served from 127.0.0.1 and nothing reaches the network.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, hasBrowser, launchWithExtension, openPopup, serveFixtures, tabIdOf, waitForReport } from './harness';
import { patchSettings, settled } from './popup-helpers';

const SHOTS = [
  { file: 'popup-high-en.png', page: 'popup-high.html', language: 'en', claims: true },
  { file: 'popup-clean-en.png', page: 'popup-clean.html', language: 'en', claims: false },
  { file: 'popup-high-zh.png', page: 'popup-zh.html', language: 'zh_CN', claims: true },
  { file: 'popup-clean-zh.png', page: 'popup-clean.html', language: 'zh_CN', claims: false },
] as const;

async function main(): Promise<void> {
  if (!hasBrowser) throw new Error('No Chromium: set CHROME_PATH.');
  const outDir = path.join(ROOT, 'docs');
  mkdirSync(outDir, { recursive: true });
  const server = await serveFixtures();
  const ext = await launchWithExtension();
  try {
    for (const shot of SHOTS) {
      await patchSettings(ext, { language: shot.language, pausedSites: [] });
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/${shot.page}?shot=${shot.file}`);
      const tabId = await tabIdOf(ext, page);
      await waitForReport(ext, tabId, (r) => !shot.claims || r.assessment.findings.length > 0);
      // The toolbar popup's size: 400 px wide (the page's own layout), 600 px tall.
      const popup = await openPopup(ext, tabId, '&view=popup');
      await popup.setViewportSize({ width: 400, height: 600 });
      await settled(popup);
      await popup.evaluate(() => document.fonts.ready);
      const target = path.join(outDir, shot.file);
      await popup.screenshot({ path: target });
      console.log(`saved ${path.relative(ROOT, target)}`);
      await popup.close();
      await page.close();
    }
  } finally {
    await patchSettings(ext, { language: 'auto' }).catch(() => undefined);
    await ext.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
