/**
 * Browser-test harness: Debian's Chromium driven by playwright-core with the built MV3 extension loaded,
 * and fixture pages served from 127.0.0.1. Nothing reaches the network: every host but 127.0.0.1 resolves
 * to nothing, and Chromium's background services are off.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

export async function launchWithExtension(options: { bfcache?: boolean; extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  if (!chromiumPath) throw new Error('no Chromium');
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first (npm test does).`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    // Playwright disables the back/forward cache by default; some tests need it.
    ignoreDefaultArgs: options.bfcache ? ['--disable-back-forward-cache'] : [],
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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

/** Writes the extension's settings as the options page would (storage.local `settings`). */
export async function setSettings(ext: ExtensionBrowser, settings: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(ext);
  await worker.evaluate(async (s) => {
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

// ── Background-worker helpers (service-worker stops, privileged requests) ──────────────────────────────

/**
 * A private copy of the built extension, for tests that restart the service worker: a restarted worker
 * reads background.js again, and a concurrent `npm run build` must not swap it mid-test.
 */
export function privateExtensionCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stemcheck-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

/** launchWithExtension on a private copy of the build (see privateExtensionCopy). */
export function launchPrivateCopy(options: { bfcache?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return launchWithExtension(options);
  return launchWithExtension({ ...options, extensionDir: privateExtensionCopy() });
}

/** Sends a message to the background from an extension page (as the popup does) and returns the reply. */
export async function askBackground(extensionPage: Page, message: unknown): Promise<unknown> {
  return extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

type WorkerVersion = { scriptURL: string; runningStatus: string };

/** The extension's service-worker running status as DevTools reports it ('running', 'stopped', …). */
async function workerStatus(ext: ExtensionBrowser, page: Page, until?: (status: string) => boolean, timeout = 10_000): Promise<string> {
  const cdp = await ext.context.newCDPSession(page);
  let status = 'unknown';
  const seen = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
      for (const v of e.versions) if (v.scriptURL.includes(ext.extensionId)) status = v.runningStatus;
      if (!until || until(status)) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await Promise.race([seen, new Promise((r) => setTimeout(r, timeout))]);
  await cdp.detach().catch(() => undefined);
  return status;
}

export async function workerRunning(ext: ExtensionBrowser, page: Page): Promise<boolean> {
  return (await workerStatus(ext, page, undefined, 2_000)) === 'running';
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (DevTools protocol
 * ServiceWorker.stopAllWorkers) and waits until DevTools reports it stopped. `page` is any open page.
 */
export async function stopServiceWorker(ext: ExtensionBrowser, page: Page): Promise<void> {
  const old = ext.context.serviceWorkers().find((w) => w.url().includes(ext.extensionId));
  const closed = old ? new Promise<void>((resolve) => old.once('close', () => resolve())) : Promise.resolve();
  const cdp = await ext.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
      if (e.versions.some((v) => v.scriptURL.includes(ext.extensionId) && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('service worker did not stop')), 15_000))]);
  await cdp.detach().catch(() => undefined);
  // Playwright forgets the old worker a little later; currentWorker() must not hand it out.
  await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
}
