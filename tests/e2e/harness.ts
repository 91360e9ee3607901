/**
 * Browser-test harness: Debian's Chromium driven by playwright-core with the built MV3 extension loaded,
 * and fixture pages served from 127.0.0.1. Nothing reaches the network: every host but 127.0.0.1 resolves
 * to nothing, and Chromium's background services are off.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => typeof p === 'string' && p.length > 0,
);

export const chromiumPath: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;
const required = process.env.STEMCHECK_REQUIRE_BROWSER === '1';

if (!chromiumPath) {
  const message = `No Chromium found (looked at ${CANDIDATES.join(', ')}; set CHROME_PATH).`;
  if (required) throw new Error(`${message} STEMCHECK_REQUIRE_BROWSER=1, so browser tests fail.`);
  console.warn(`\n[stemcheck] ${message} Browser tests are SKIPPED.\n`);
}

/** `describe.skipIf(!hasBrowser)` in every browser test file. */
export const hasBrowser = chromiumPath !== null;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves tests/e2e/fixtures (and `extra` in-memory pages) on 127.0.0.1 at a free port. */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (name in extra) {
      res.writeHead(200, { 'content-type': TYPES['.html'] as string });
      res.end(extra[name]);
      return;
    }
    const file = path.join(FIXTURES_DIR, name);
    if (!file.startsWith(FIXTURES_DIR) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that left 127.0.0.1 and the extension itself; tests assert it stays empty. */
  outsideRequests: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(options: { bfcache?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!chromiumPath) throw new Error('no Chromium');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    // Playwright disables the back/forward cache by default; some tests need it.
    ignoreDefaultArgs: options.bfcache ? ['--disable-back-forward-cache'] : [],
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(?:http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|about:|blob:)/.test(url)) outsideRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, outsideRequests, close: () => context.close() };
}

/** The current background worker (it may have been stopped and restarted since launch). */
export async function currentWorker(ext: ExtensionBrowser): Promise<Worker> {
  const live = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId));
  return live ?? ext.context.waitForEvent('serviceworker');
}

export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const worker = await currentWorker(ext);
  const url = page.url();
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

export async function storedReport(ext: ExtensionBrowser, tabId: number): Promise<unknown> {
  const worker = await currentWorker(ext);
  return worker.evaluate(async (id) => {
    const key = `report:${id}`;
    return (await chrome.storage.session.get(key))[key] ?? null;
  }, tabId);
}

/** Polls until the tab has a stored report matching `ready`, or fails after `timeout` ms. */
export async function waitForReport<T = { assessment: { risk: string; score: number; findings: { quote: string; mention: boolean; rule: string }[] } }>(
  ext: ExtensionBrowser,
  tabId: number,
  ready: (report: T) => boolean = () => true,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const report = (await storedReport(ext, tabId)) as T | null;
    if (report && ready(report)) return report;
    if (Date.now() > deadline) throw new Error(`no report for tab ${tabId} within ${timeout} ms: ${JSON.stringify(report)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = await currentWorker(ext);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function openPopup(ext: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${query}`);
  return page;
}

/** Ranges in all highlights registered in a page or frame (the registry is shared by page and extension). */
export async function highlightedRanges(target: Page | import('playwright-core').Frame): Promise<number> {
  return target.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => {
      n += h.size;
    });
    return n;
  });
}

/** How many performance marks named `name` the page's timeline holds (the content script's marks show there). */
export async function markCount(target: Page | import('playwright-core').Frame, name: string): Promise<number> {
  return target.evaluate((n) => performance.getEntriesByName(n, 'mark').length, name);
}

/** Writes the extension's settings as the options page would (storage.local `settings`). */
export async function setSettings(ext: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(ext);
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}
