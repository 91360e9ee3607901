/**
 * The page report in a real browser: the popup opened as a page (`popup.html?tab=ID`) on fixture pages.
 * Level, quotes, sources, trial links, questions; "show on page"; pause/resume; JSON export = CLI.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, ROOT, hasBrowser, openPopup, storedReport, type ExtensionBrowser, type FixtureServer } from './harness';
import { useBrowserSession } from './session';
import { highlightCount, patchSettings, reportFor, settled } from './popup-helpers';

const hasClaims = (r: { assessment: { findings: unknown[] } }) => r.assessment.findings.length > 0;

describe.skipIf(!hasBrowser)('popup page report', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  useBrowserSession((s) => ({ server, ext } = s));

  it('a high-risk page: level in words, quotes grouped by family, why, sources, the trial link and the questions', async () => {
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?case=1`, hasClaims);
    expect(await popup.getByTestId('popup').getAttribute('data-state')).toBe('flagged');
    const h1 = popup.getByTestId('risk-level');
    expect(await h1.getAttribute('data-risk')).toBe('high');
    expect(await h1.innerText()).toMatch(/High risk: this page makes \d+ claims that reputable programs don’t make/);
    expect(await popup.getByTestId('score').innerText()).toMatch(/Score \d+ out of 100/);

    const quotes = await popup.getByTestId('quote').allInnerTexts();
    expect(quotes.join('\n')).toContain('100% safe with no side effects');
    expect(quotes.join('\n')).toContain('Over 92% of our patients improve');
    const families = await popup.getByTestId('family').evaluateAll((els) => els.map((e) => e.getAttribute('data-family')));
    expect(families).toContain('absolute-safety');
    expect(families).toContain('success-rate');
    expect(new Set(families).size).toBe(families.length);
    expect((await popup.getByTestId('why').allInnerTexts()).every((w) => w.length > 20)).toBe(true);
    const sources = (await popup.getByTestId('source').allInnerTexts()).join('\n');
    expect(sources).toMatch(/ISSCR/);

    const link = popup.getByTestId('trial-link');
    expect(await link.getAttribute('href')).toBe('https://clinicaltrials.gov/study/NCT01234567');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await popup.getByTestId('trial-ids').innerText()).toMatch(/sponsor[\s\S]*condition[\s\S]*status[\s\S]*fee/i);
    expect(await popup.locator('[data-testid="questions"] li').count()).toBe(5);
    expect(await popup.getByTestId('where-to-report').innerText()).toMatch(/FDA[\s\S]*FTC|Federal Trade[\s\S]*TGA[\s\S]*12315/);
    await popup.close();
    await page.close();
    expect(ext.outsideRequests).toEqual([]);
  });

  it('a Chinese clinic page in Chinese: level, Chinese explanations, search links by advertised condition', async () => {
    await patchSettings(ext, { language: 'zh_CN' });
    try {
      const { page, popup } = await reportFor(ext, `${server.origin}/popup-zh.html?case=2`, hasClaims);
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await popup.getByTestId('risk-level').innerText()).toMatch(/高风险：此网页有 \d+ 处正规项目不会做出的宣传说法/);
      expect((await popup.getByTestId('quote').allInnerTexts()).join('')).toContain('绝对安全');
      expect((await popup.getByTestId('why').allInnerTexts()).join('')).toMatch(/[\u4e00-\u9fff]{10}/);
      const searches = await popup.getByTestId('search-ctgov').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(searches).toContain('https://clinicaltrials.gov/search?cond=Parkinson%20Disease&term=stem%20cell');
      expect(await popup.getByTestId('search-chictr').getAttribute('href')).toBe('https://www.chictr.org.cn/searchprojEN.html');
      expect(await popup.getByTestId('search-ictrp').getAttribute('href')).toBe('https://trialsearch.who.int/');
      expect(await popup.locator('[data-testid="questions"] li').first().innerText()).toContain('注册编号');
      await popup.close();
      await page.close();
    } finally {
      await patchSettings(ext, { language: 'auto' });
    }
  });

  it('clean, off-topic and warning pages get their own states; mentions are not claims', async () => {
    const clean = await reportFor(ext, `${server.origin}/popup-clean.html?case=3`);
    expect(await clean.popup.getByTestId('popup').getAttribute('data-state')).toBe('clean');
    expect(await clean.popup.getByTestId('risk-level').innerText()).toContain('No red flags found');
    await clean.popup.close();
    await clean.page.close();

    const off = await reportFor(ext, `${server.origin}/popup-notopic.html?case=4`);
    expect(await off.popup.getByTestId('popup').getAttribute('data-state')).toBe('no-topic');
    expect(await off.popup.getByTestId('risk-level').innerText()).toContain('Nothing about stem cell treatment here');
    await off.popup.close();
    await off.page.close();

    const warn = await reportFor(ext, `${server.origin}/popup-warning.html?case=5`, hasClaims);
    expect(await warn.popup.getByTestId('popup').getAttribute('data-state')).toBe('clean');
    expect(await warn.popup.getByTestId('warnings').count()).toBe(0);
    expect(await warn.popup.getByTestId('mentions').innerText()).toMatch(/quoted in a warning or news context/);
    await warn.popup.close();
    await warn.page.close();
  });

  it('a hostile quote renders as literal text', async () => {
    const dialogs: string[] = [];
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-hostile.html?case=6`, hasClaims);
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const quotes = (await popup.getByTestId('quote').allInnerTexts()).join('\n');
    expect(quotes).toContain('<img src=x onerror=alert(1)>');
    expect(quotes).toContain('{"type":"img","props":{"src":"x","onerror":"alert(1)"},"__k":null}');
    expect(await popup.locator('main img').count()).toBe(0);
    await popup.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('restricted pages and pages never scanned say so', async () => {
    const page = await ext.context.newPage();
    await page.goto('data:text/html,<p>stem cells 100% safe</p>');
    const worker = ext.worker;
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.startsWith('data:'))?.id ?? -1);
    const popup = await openPopup(ext, tabId);
    expect(await settled(popup)).toBe('restricted');
    expect(await popup.getByTestId('risk-level').innerText()).toContain('can’t read this page');
    await popup.close();
    await page.close();
  });

  it('"show on page" scrolls the tab to the claim', async () => {
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?case=show`, hasClaims);
    try {
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const item = popup.getByTestId('finding').filter({ hasText: '100% safe' }).first();
      await item.getByTestId('show-on-page').click();
      await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5000 }).toBeGreaterThan(500);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('pause removes the highlights and resume restores them', async () => {
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?case=8`, hasClaims);
    try {
      await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBeGreaterThan(0);
      await popup.getByTestId('pause').click();
      await expect.poll(() => popup.getByTestId('popup').getAttribute('data-state')).toBe('paused');
      expect(await popup.getByTestId('risk-level').innerText()).toContain('Paused on this site');
      await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
      await popup.getByTestId('resume').click();
      await expect.poll(() => highlightCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => popup.getByTestId('popup').getAttribute('data-state'), { timeout: 10_000 }).toBe('flagged');
    } finally {
      await patchSettings(ext, { pausedSites: [] });
      await popup.close();
      await page.close();
    }
  });

  it('"download as JSON" gives the line the CLI prints for the same page', async () => {
    const url = `${server.origin}/popup-high.html?case=export`;
    const { page, popup, tabId } = await reportFor(ext, url, hasClaims);
    // Capture what the button hands to the browser's download (blob + file name).
    await popup.evaluate(() => {
      const w = window as unknown as { exported: Promise<{ name: string; body: string }> };
      w.exported = new Promise((resolve) => {
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => {
          const url = create(blob);
          const click = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
            HTMLAnchorElement.prototype.click = click;
            void blob.text().then((body) => resolve({ name: this.download, body }));
          };
          return url;
        };
      });
    });
    await popup.getByTestId('download-json').click();
    const { name, body: exported } = await popup.evaluate(() => (window as unknown as { exported: Promise<{ name: string; body: string }> }).exported);
    expect(name).toBe('stemcheck-report-127.0.0.1.json');
    const ours = JSON.parse(exported) as Record<string, unknown>;
    expect(Object.keys(ours)).toEqual(['file', 'risk', 'score', 'findings', 'trialIds']);
    expect(ours.file).toBe(url);

    // The stored report, serialised by the CLI's own formatter.
    const { toJsonLine } = await import('../../src/cli/format');
    const stored = (await storedReport(ext, tabId)) as { url: string; frames: { assessment: Parameters<typeof toJsonLine>[1] }[] };
    expect(stored.frames).toHaveLength(1);
    expect(exported).toBe(`${JSON.stringify(toJsonLine(stored.url, stored.frames[0]!.assessment))}\n`);

    // The CLI on the same HTML file: identical except `file` (a path there, the URL here).
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const cli = execFileSync(tsx, ['src/cli/scan.ts', '--json', path.join(FIXTURES_DIR, 'popup-high.html')], { cwd: ROOT, encoding: 'utf8' });
    const line = JSON.parse(cli.trim().split('\n').at(-1) as string) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(Object.keys(ours));
    expect(ours.risk).toBe(line.risk);
    expect(ours.score).toBe(line.score);
    expect(ours.trialIds).toEqual(line.trialIds);
    expect(ours.findings).toEqual(line.findings);
    await popup.close();
    await page.close();
  });

  it('copy the report as text, and print view hides the buttons', async () => {
    const { page, popup } = await reportFor(ext, `${server.origin}/popup-high.html?case=9`, hasClaims);
    // Extension origins are opaque to the permission API here: capture what the page writes instead.
    await popup.evaluate(() => {
      const w = window as unknown as { copiedText: string };
      w.copiedText = '';
      navigator.clipboard.writeText = async (value: string) => {
        w.copiedText = value;
      };
    });
    await popup.getByTestId('copy-report').click();
    await expect.poll(() => popup.getByTestId('action-status').innerText()).toBe('Copied.');
    const text = await popup.evaluate(() => (window as unknown as { copiedText: string }).copiedText);
    expect(text).toMatch(/^StemCheck report\nPage: http:\/\/127\.0\.0\.1:\d+\/popup-high\.html/);
    expect(text).toContain('100% safe with no side effects');
    expect(text).toContain('Five questions to ask the provider');
    await popup.emulateMedia({ media: 'print' });
    expect(await popup.getByTestId('actions').isVisible()).toBe(false);
    expect(await popup.getByTestId('warnings').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });
});
