/**
 * The bench's own build of the extension: the content script with its performance marks compiled in
 * (STEMCHECK_BENCH_MARKS=1, output in .output/bench-chrome-mv3). The production build has no marks (a page
 * could read them and learn the extension is installed; see src/content/bench-marks.ts), so the bench, and
 * the few browser tests that read the content script's timings, run this copy instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BENCH_EXTENSION_DIR = path.join(ROOT, '.output/bench-chrome-mv3');

/** What the build is made from: a change to any of them makes the copy stale. */
const INPUTS = ['src', 'entrypoints', 'locales', 'public', 'wxt.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file changes its directory's mtime
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Builds the instrumented copy if it is missing or older than its sources; returns its directory. */
export function ensureBenchBuild(): string {
  const manifest = path.join(BENCH_EXTENSION_DIR, 'manifest.json');
  const inputs = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (existsSync(manifest) && statSync(manifest).mtimeMs > inputs) return BENCH_EXTENSION_DIR;
  const res = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: ROOT,
    env: { ...process.env, STEMCHECK_BENCH_MARKS: '1' },
    encoding: 'utf8',
  });
  if (res.status !== 0 || !existsSync(manifest)) throw new Error(`bench build failed:\n${res.stdout}\n${res.stderr}`);
  return BENCH_EXTENSION_DIR;
}
