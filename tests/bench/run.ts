/**
 * `npm run bench`: the content script's cost on large generated pages, next to mark.js and a bare TreeWalker
 * floor, measured in the same run in headless Chromium. Prints a table, then (last line) one JSON object for
 * the 5 MB page: {"pageMB","oursMs","markjsMs","floorMs","longTasks","offTopicMs"}.
 *
 * What each figure is (all "script time + next frame", median of fresh loads):
 *  - ours: from the content script's own performance marks, read from the page timeline:
 *      extract-end.detail.busyMs + (painted − paint-start)
 *    i.e. our script time reading the page and picking passages (summed over the time slices; the wall time
 *    from scan-start to extract-end, which also holds the page's own work during our yields, is printed as
 *    extractWallMs) plus mapping findings to ranges, registering highlights and the next frame. The background round trip (extract-end →
 *    paint-start: message, scoring in the worker, reply) is NOT included; it is reported separately.
 *  - mark.js markRegExp with the engine's combined prefilter pattern, and (reference, one load) mark.js
 *    keyword mode with the rule phrase list; both measured from the call to `done` plus the next frame, in a
 *    browser without the extension.
 *  - floor: a bare TreeWalker(SHOW_TEXT) reading every text node's data, plus the next frame, same browser.
 *  - long tasks: PerformanceObserver('longtask') entries (> 50 ms) overlapping our scan window, worst run
 *    (any cause: the browser's own rendering and GC count too), and, exact, our own: the content script
 *    reports its longest uninterrupted run (detail.longestSliceMs) and the paint step is one task.
 *  - off-topic: ours on a page of the same size with no stem cell topic.
 *
 * Runs its own build of the extension, with the content script's performance marks compiled in
 * (.output/bench-chrome-mv3, rebuilt when older than the sources; see instrumented-build.ts): the production
 * build has no marks. BENCH_EXTENSION_DIR=<dir> measures another build that has them (an A/B comparison).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { prefilterRegexes } from '../../src/engine/compiled';
import { RULES } from '../../src/engine';
import { ROOT, chromiumPath, launchWithExtension, setSettings, type ExtensionBrowser } from '../e2e/harness';
import { ensureBenchBuild } from './instrumented-build';
import { generatePage } from './pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
const r1 = (x: number): number => Math.round(x * 10) / 10;

// Page-side scripts are strings: evaluated in the page, free of any bundler helpers.
const FRAME_JS = `new Promise((res) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => res(performance.now()); c.port2.postMessage(0); }))`;

const FLOOR_JS = `(async () => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (w.nextNode()) n += w.currentNode.data.length;
  const t1 = await ${FRAME_JS};
  return { ms: t1 - t0, chars: n };
})()`;

const markRegExpJs = (source: string, flags: string): string => `(async () => {
  const re = new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)});
  const t0 = performance.now();
  const count = await new Promise((res) => new Mark(document.body).markRegExp(re, { done: res }));
  const t1 = await ${FRAME_JS};
  return { ms: t1 - t0, count };
})()`;

const markKeywordsJs = (phrases: string[]): string => `(async () => {
  const t0 = performance.now();
  const count = await new Promise((res) => new Mark(document.body).mark(${JSON.stringify(phrases)}, { separateWordSearch: false, diacritics: false, done: res }));
  const t1 = await ${FRAME_JS};
  return { ms: t1 - t0, count };
})()`;

interface OursRun {
  ms: number;
  extractMs: number;
  extractWallMs: number;
  gateMs: number;
  walkMs: number;
  topicMs: number;
  warmMs: number;
  passagesMs: number;
  maskMs: number;
  maxPieceMs: number;
  pieces: number;
  paintMs: number;
  roundTripMs: number;
  longTasks: number;
  longestSliceMs: number;
  paintTaskMs: number;
  ranges: number;
}

const OURS_JS = `(() => {
  const one = (n) => { const e = performance.getEntriesByName(n, 'mark'); return e.length ? e[0].startTime : null; };
  const s = one('stemcheck:scan-start'), x = one('stemcheck:extract-end'), p = one('stemcheck:paint-start'), d = one('stemcheck:painted');
  if (s === null || x === null || p === null || d === null) return null;
  let ranges = 0; CSS.highlights.forEach((h) => { ranges += h.size; });
  const longTasks = (window.__longTasks || []).filter(([t, dur]) => t < d && t + dur > s).length;
  const det = performance.getEntriesByName('stemcheck:extract-end', 'mark')[0].detail || {};
  const longestSliceMs = det.longestSliceMs ?? 0;
  const busy = det.busyMs ?? (x - s);
  return { ms: busy + (d - p), extractMs: busy, extractWallMs: x - s, gateMs: det.gateMs ?? 0, walkMs: det.walkMs ?? 0, topicMs: det.topicMs ?? 0, warmMs: det.warmMs ?? 0, passagesMs: det.passagesMs ?? 0, maskMs: det.maskMs ?? 0, maxPieceMs: det.maxPieceMs ?? 0, pieces: det.pieces ?? 0, paintMs: d - p, roundTripMs: p - x, longTasks, longestSliceMs, paintTaskMs: performance.getEntriesByName('stemcheck:scan-end', 'mark')[0].startTime - p, ranges };
})()`;

async function oursOnce(ext: ExtensionBrowser, url: string): Promise<OursRun> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const deadline = Date.now() + 300_000;
  for (;;) {
    const r = (await page.evaluate(OURS_JS)) as OursRun | null;
    if (r) {
      await page.close();
      return r;
    }
    if (Date.now() > deadline) throw new Error(`no scan marks on ${url}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/**
 * The floor again, but in our content script's isolated world (the site paused, so our scan stays out of the
 * way and no DOM wrapper is warm): DOM access from an isolated world costs more than from the page's own
 * world, so this is the floor our code actually runs against. Reported for context; floorMs stays the
 * page-world figure.
 */
async function isolatedFloorOnce(ext: ExtensionBrowser, url: string): Promise<number> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate(FRAME_JS);
  const iso = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://')).at(-1);
  if (!iso) throw new Error('no isolated world found');
  const r = (await cdp.send('Runtime.evaluate', { expression: FLOOR_JS, contextId: iso.id, awaitPromise: true, returnByValue: true })) as { result: { value: { ms: number } } };
  await page.close();
  return r.result.value.ms;
}

async function plainOnce<T>(browser: Browser, url: string, script: string, markjs: string | null): Promise<T> {
  const page: Page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (markjs) await page.addScriptTag({ content: markjs });
  // Let the page settle like the content script's document_idle would.
  await page.evaluate(FRAME_JS);
  const r = (await page.evaluate(script)) as T;
  await page.close();
  return r;
}

async function main(): Promise<void> {
  if (!chromiumPath) throw new Error('No Chromium found (set CHROME_PATH)');
  // BENCH_EXTENSION_DIR: measure another build with the marks instead (e.g. an older commit's, for an A/B run
  // on a machine whose load changes between runs).
  const other = process.env.BENCH_EXTENSION_DIR;
  if (!other) console.log('Bench build (.output/bench-chrome-mv3, with performance marks): building if stale…');
  const extensionDir = other ? path.resolve(other) : ensureBenchBuild();
  const markjs = readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const combined = prefilterRegexes().map((re) => `(?:${re.source})`).join('|');
  const phrases = [...new Set(RULES.flatMap((r) => r.patterns).filter((p): p is string => typeof p === 'string'))];

  const pages: Record<string, { html: string; bytes: number; textNodes: number }> = {
    'ad-1mb.html': generatePage({ bytes: 1 * MB, ads: true }),
    'ad-5mb.html': generatePage({ bytes: 5 * MB, ads: true }),
    'off-5mb.html': generatePage({ bytes: 5 * MB, ads: false, seed: 7 }),
  };
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    const p = pages[name];
    if (!p) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(p.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ext = await launchWithExtension({ extensionDir });
  const plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  const results: Record<string, Record<string, number>> = {};
  try {
    const only = process.env.BENCH_PAGES?.split(',');
    for (const [name, p] of Object.entries(pages)) {
      if (only && !only.includes(name)) continue;
      const url = `${origin}/${name}`;
      const row: Record<string, number> = { MB: r1(p.bytes / MB), textNodes: p.textNodes };
      const ours: OursRun[] = [];
      for (let i = 0; i < RUNS; i++) ours.push(await oursOnce(ext, url));
      if (process.env.BENCH_VERBOSE === '1') for (const o of ours) console.log('  ours run', JSON.stringify(o));
      row.oursMs = median(ours.map((o) => o.ms));
      row.extractMs = median(ours.map((o) => o.extractMs));
      row.extractWallMs = median(ours.map((o) => o.extractWallMs));
      row.gateMs = median(ours.map((o) => o.gateMs));
      row.walkMs = median(ours.map((o) => o.walkMs));
      row.topicMs = median(ours.map((o) => o.topicMs));
      row.warmMs = median(ours.map((o) => o.warmMs));
      row.passagesMs = median(ours.map((o) => o.passagesMs));
      row.maskMs = median(ours.map((o) => o.maskMs));
      row.paintMs = median(ours.map((o) => o.paintMs));
      row.roundTripMs = median(ours.map((o) => o.roundTripMs));
      row.longTasks = Math.max(...ours.map((o) => o.longTasks));
      // Our own long tasks, exactly: scans whose longest uninterrupted run (a walk/engine slice, or the paint
      // step) went over 50 ms.
      row.ourLongTasks = ours.filter((o) => Math.max(o.longestSliceMs, o.paintTaskMs) > 50).length;
      row.longestSliceMs = Math.max(...ours.map((o) => Math.max(o.longestSliceMs, o.paintTaskMs)));
      row.ranges = median(ours.map((o) => o.ranges));
      await setSettings(ext, { autoHighlight: true, sensitivity: 'normal', pausedSites: ['127.0.0.1'], language: 'auto' });
      const iso: number[] = [];
      for (let i = 0; i < RUNS; i++) iso.push(await isolatedFloorOnce(ext, url));
      row.floorIsolatedMs = median(iso);
      await setSettings(ext, { autoHighlight: true, sensitivity: 'normal', pausedSites: [], language: 'auto' });
      const floor: number[] = [];
      for (let i = 0; i < RUNS; i++) floor.push((await plainOnce<{ ms: number }>(plain, url, FLOOR_JS, null)).ms);
      row.floorMs = median(floor);
      if (name.startsWith('ad-')) {
        const mj: number[] = [];
        for (let i = 0; i < RUNS; i++) mj.push((await plainOnce<{ ms: number }>(plain, url, markRegExpJs(combined, 'gi'), markjs)).ms);
        row.markjsMs = median(mj);
        // Keyword mode runs one pass per phrase (~1 min per MB here): by default on the 1 MB page only.
        if (process.env.BENCH_SKIP_KEYWORDS !== '1' && (name === 'ad-1mb.html' || process.env.BENCH_KEYWORDS_ALL === '1')) {
          row.markjsKeywordsMs = (await plainOnce<{ ms: number }>(plain, url, markKeywordsJs(phrases), markjs)).ms;
        }
      }
      for (const k of Object.keys(row)) row[k] = r1(row[k] as number);
      results[name] = row;
      console.log(name, JSON.stringify(row));
    }
  } finally {
    await ext.close();
    await plain.close();
    server.close();
  }

  if (!results['ad-5mb.html'] || !results['off-5mb.html']) return;
  const big = results['ad-5mb.html'] as Record<string, number>;
  const off = results['off-5mb.html'] as Record<string, number>;
  console.log('');
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine inflates every figure)`);
  console.log(`runs per figure: ${RUNS} (median); background round trip excluded from oursMs (5 MB: ${big.roundTripMs} ms, reported separately)`);
  console.log(`5 MB: ours ${big.oursMs} ms = extract ${big.extractMs} + paint/frame ${big.paintMs}; ${big.ranges} ranges painted`);
  console.log(`      mark.js markRegExp ${big.markjsMs} ms → ours is ${r1((big.markjsMs as number) / (big.oursMs as number))}× faster (target ≥ 10×)`);
  const kw = big.markjsKeywordsMs ?? results['ad-1mb.html']?.markjsKeywordsMs;
  if (kw !== undefined) {
    const on = big.markjsKeywordsMs !== undefined ? '5 MB' : '1 MB page';
    console.log(`      mark.js keyword mode (${phrases.length} phrases, one load, ${on}) ${kw} ms`);
  }
  console.log(`      floor ${big.floorMs} ms → ours is ${r1((big.oursMs as number) / (big.floorMs as number))}× the floor (target ≤ 2.5×)`);
  console.log(`      floor in our isolated world ${big.floorIsolatedMs} ms → ours is ${r1((big.oursMs as number) / (big.floorIsolatedMs as number))}× that`);
  console.log(`      long tasks in our scan window: ${big.longTasks} (any cause, worst run); scans with a run of OUR code over 50 ms: ${big.ourLongTasks} of ${RUNS} (longest ${big.longestSliceMs} ms; target 0)`);
  console.log(`      off-topic ${off.oursMs} ms → ${r1((off.oursMs as number) / (off.floorMs as number))}× its floor ${off.floorMs} ms (target ≤ 1.3×)`);
  console.log(
    JSON.stringify({
      pageMB: big.MB,
      oursMs: big.oursMs,
      markjsMs: big.markjsMs,
      floorMs: big.floorMs,
      longTasks: big.longTasks,
      offTopicMs: off.oursMs,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
