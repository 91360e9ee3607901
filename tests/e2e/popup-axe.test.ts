/**
 * Accessibility: axe-core reports no violations (WCAG 2.1 A/AA + best practices) on the popup in each state
 * and on the options page, in English and in Chinese; the report works with the keyboard alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, openPopup, type ExtensionBrowser, type FixtureServer } from './harness';
import { useBrowserSession } from './session';
import { axeViolations, patchSettings, reportFor, settled, type AxeViolation } from './popup-helpers';

const hasClaims = (r: { assessment: { findings: unknown[] } }) => r.assessment.findings.length > 0;

function summary(violations: AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe.skipIf(!hasBrowser)('accessibility of the popup and options', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  const slow = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title></head><body><p>Stem cell therapy is 100% safe.</p><img src="never.png" alt=""></body></html>';
  useBrowserSession((s) => ({ server, ext } = s), { fixtures: { 'slow-en.html': slow, 'slow-zh_CN.html': slow } });

  it('the axe check is live: a planted low-contrast, unlabelled control is reported', async () => {
    const options = await ext.context.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'faint';
        p.style.color = '#eeeeee';
        const input = document.createElement('input');
        document.querySelector('main')?.append(p, input);
      });
      const ids = (await axeViolations(options)).map((v) => v.id);
      expect(ids).toContain('color-contrast');
      expect(ids).toContain('label');
    } finally {
      await options.close();
    }
  });

  for (const language of ['en', 'zh_CN'] as const) {
    describe(`in ${language}`, () => {
      beforeAll(() => patchSettings(ext, { language, pausedSites: [] }));

      const pages: [string, string, string, boolean][] = [
        ['high risk', 'popup-high.html', 'flagged', true],
        ['Chinese clinic', 'popup-zh.html', 'flagged', true],
        ['hostile quotes', 'popup-hostile.html', 'flagged', true],
        ['no red flags', 'popup-clean.html', 'clean', false],
        ['warning article (mentions only)', 'popup-warning.html', 'clean', true],
        ['nothing about stem cells', 'popup-notopic.html', 'no-topic', false],
      ];
      for (const [name, file, state, claims] of pages) {
        it(`${name}: 0 violations`, async () => {
          const { page, popup } = await reportFor(ext, `${server.origin}/${file}?axe=${language}`, claims ? hasClaims : undefined);
          try {
            expect(await popup.getByTestId('popup').getAttribute('data-state')).toBe(state);
            expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language === 'en' ? 'en' : 'zh-CN');
            // Collapsed sections are checked open too.
            await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
            expect(summary(await axeViolations(popup))).toEqual([]);
          } finally {
            await popup.close();
            await page.close();
          }
        });
      }

      it('scanning (the page is still loading): 0 violations', async () => {
        // An image that never arrives keeps the tab loading, so its scan has not run yet.
        await ext.context.route('**/never.png', () => new Promise<void>(() => undefined));
        const page = await ext.context.newPage();
        const url = `${server.origin}/slow-${language}.html`;
        await page.goto(url, { waitUntil: 'commit' }).catch(() => undefined);
        const { tabIdOf } = await import('./harness');
        await expect.poll(() => tabIdOf(ext, page).catch(() => -1)).toBeGreaterThan(-1);
        const popup = await openPopup(ext, await tabIdOf(ext, page));
        try {
          await expect.poll(() => popup.getByTestId('popup').getAttribute('data-state')).toBe('scanning');
          expect(await popup.getByTestId('risk-level').innerText()).toMatch(language === 'en' ? /Checking this page/ : /正在检查此网页/);
          expect(summary(await axeViolations(popup))).toEqual([]);
        } finally {
          await popup.close();
          await page.close();
          await ext.context.unroute('**/never.png');
        }
      });

      it('restricted page: 0 violations', async () => {
        const page = await ext.context.newPage();
        await page.goto(`data:text/html,<p>restricted ${language}</p>`);
        const tabId = await ext.worker.evaluate(
          async (l) => (await chrome.tabs.query({})).find((t) => t.url?.includes(`restricted%20${l}`) || t.url?.includes(`restricted ${l}`))?.id ?? -1,
          language,
        );
        const popup = await openPopup(ext, tabId);
        try {
          expect(await settled(popup)).toBe('restricted');
          expect(summary(await axeViolations(popup))).toEqual([]);
        } finally {
          await popup.close();
          await page.close();
        }
      });

      it('paused on this site: 0 violations, and resume is offered', async () => {
        const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?axe-paused=${language}`, hasClaims);
        try {
          await popup.getByTestId('pause').click();
          await expect.poll(() => popup.getByTestId('popup').getAttribute('data-state')).toBe('paused');
          expect(await popup.getByTestId('resume').isVisible()).toBe(true);
          expect(summary(await axeViolations(popup))).toEqual([]);
        } finally {
          await patchSettings(ext, { pausedSites: [] });
          await popup.close();
          await page.close();
        }
      });

      it('options page: 0 violations', async () => {
        await patchSettings(ext, { pausedSites: ['clinic.example', 'stemcells.example.cn'] });
        const options = await ext.context.newPage();
        try {
          await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
          await expect.poll(() => options.getByTestId('options').getAttribute('data-loaded')).toBe('yes');
          expect(await options.locator('[data-testid="paused-site"]').count()).toBe(2);
          expect(await options.evaluate(() => document.documentElement.lang)).toBe(language === 'en' ? 'en' : 'zh-CN');
          expect(summary(await axeViolations(options))).toEqual([]);
        } finally {
          await patchSettings(ext, { pausedSites: [] });
          await options.close();
        }
      });
    });
  }

  it('a page never scanned (reports cleared): "not checked yet" with reload, 0 violations in both languages', async () => {
    await patchSettings(ext, { language: 'en' });
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/popup-high.html?axe=never`);
    const { tabIdOf, waitForReport } = await import('./harness');
    const tabId = await tabIdOf(ext, page);
    await waitForReport(ext, tabId, hasClaims);
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByTestId('clear-data').click();
    await expect.poll(() => options.getByTestId('clear-status').innerText()).toBe('Stored reports cleared.');
    await options.close();
    const popup = await openPopup(ext, tabId);
    try {
      expect(await settled(popup)).toBe('not-running');
      expect(await popup.getByTestId('reload-page').isVisible()).toBe(true);
      expect(summary(await axeViolations(popup))).toEqual([]);
      await patchSettings(ext, { language: 'zh_CN' });
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(summary(await axeViolations(popup))).toEqual([]);
    } finally {
      await patchSettings(ext, { language: 'auto' });
      await popup.close();
      await page.close();
    }
  });

  it('keyboard only: Tab reaches "show on page" with a visible focus ring, Enter scrolls the page', async () => {
    await patchSettings(ext, { language: 'en' });
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?axe=keyboard`, hasClaims);
    try {
      await page.evaluate(() => window.scrollTo(0, 0));
      let found = false;
      for (let i = 0; i < 60 && !found; i++) {
        await popup.keyboard.press('Tab');
        found = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'show-on-page');
      }
      expect(found).toBe(true);
      const outline = await popup.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await popup.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(0);
    } finally {
      await patchSettings(ext, { language: 'auto' });
      await popup.close();
      await page.close();
    }
  });
});
