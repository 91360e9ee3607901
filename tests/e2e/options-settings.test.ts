/** The options page: every setting is saved at once and applies to open tabs and pages without reload. */
import { describe, expect, it } from 'vitest';
import { currentWorker, hasBrowser, tabIdOf, waitForReport, type ExtensionBrowser, type FixtureServer } from './harness';
import { useBrowserSession } from './session';
import { highlightCount, patchSettings } from './popup-helpers';

async function storedSettings(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  const worker = await currentWorker(ext);
  return worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

describe.skipIf(!hasBrowser)('options page', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s));

  it('automatic highlighting off removes the highlights of an open tab; on restores them', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/popup-high.html?opt=hl`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport(ext, tabId, (r) => r.assessment.findings.length > 0);
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBeGreaterThan(0);
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await expect.poll(() => options.getByTestId('options').getAttribute('data-loaded')).toBe('yes');
      const box = options.getByLabel('Highlight red flags on pages automatically');
      expect(await box.isChecked()).toBe(true);
      await box.uncheck();
      await expect.poll(async () => (await storedSettings(ext)).autoHighlight).toBe(false);
      await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
      await box.check();
      await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await options.close();
      await page.close();
    }
  });

  it('sensitivity and language are saved; the page switches to Chinese and back without reload', async () => {
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await expect.poll(() => options.getByTestId('options').getAttribute('data-loaded')).toBe('yes');
      await options.getByLabel('Sensitivity').selectOption('high');
      await expect.poll(async () => (await storedSettings(ext)).sensitivity).toBe('high');
      await options.getByTestId('language').selectOption('zh_CN');
      await expect.poll(() => options.locator('h1').innerText()).toBe('StemCheck 设置');
      expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await options.title()).toBe('StemCheck 设置');
      expect((await storedSettings(ext)).language).toBe('zh_CN');
      await options.getByTestId('language').selectOption('auto');
      await expect.poll(() => options.locator('h1').innerText()).toBe('StemCheck settings');
    } finally {
      await patchSettings(ext, { language: 'auto', sensitivity: 'normal' });
      await options.close();
    }
  });

  it('lists paused sites and removes one, live', async () => {
    await patchSettings(ext, { pausedSites: ['a.example', 'b.example'] });
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await expect.poll(() => options.locator('[data-testid="paused-site"]').count()).toBe(2);
      await options.getByRole('button', { name: 'Remove a.example from paused sites' }).click();
      await expect.poll(async () => (await storedSettings(ext)).pausedSites).toEqual(['b.example']);
      expect(await options.locator('[data-testid="paused-site"]').allInnerTexts()).toEqual([expect.stringContaining('b.example')]);
      // A site paused elsewhere (the popup) appears without reloading the options page.
      await patchSettings(ext, { pausedSites: ['b.example', 'c.example'] });
      await expect.poll(() => options.locator('[data-testid="paused-site"]').count()).toBe(2);
    } finally {
      await patchSettings(ext, { pausedSites: [] });
      await options.close();
    }
  });

  it('clear stored data deletes the reports', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/popup-high.html?opt=clear`);
    const tabId = await tabIdOf(ext, page);
    await waitForReport(ext, tabId, (r) => r.assessment.findings.length > 0);
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.getByRole('button', { name: 'Clear stored reports' }).click();
      await expect.poll(() => options.getByTestId('clear-status').innerText()).toBe('Stored reports cleared.');
      const worker = await currentWorker(ext);
      const keys = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('report:')));
      expect(keys).toEqual([]);
    } finally {
      await options.close();
      await page.close();
    }
  });
});
