/**
 * The content script's performance marks, for `npm run bench` and the tests that read its timings. A mark
 * lands in the page's own performance timeline, where any page script can read it: a `stemcheck:` mark
 * would tell every page that the extension is installed. So the marks exist only in the copy the bench
 * builds for itself (STEMCHECK_BENCH_MARKS=1, see wxt.config.ts, output in .output/bench-chrome-mv3): in
 * the production build the flag is the constant false, `benchMark` is empty and the names are not in the
 * bundle (tests/e2e/build-artifacts.test.ts checks).
 *
 *   stemcheck:scan-start … stemcheck:extract-end   reading the page and picking passages (time-sliced;
 *                                                  detail.busyMs is our script time within that window,
 *                                                  detail.longestSliceMs our longest run without yielding)
 *   stemcheck:paint-start … stemcheck:scan-end     mapping findings to ranges and registering highlights
 *   stemcheck:painted                              the next frame after painting has been produced
 * The background round trip lies between extract-end and paint-start and is not our page-side cost.
 */

declare global {
  interface ImportMetaEnv {
    /** Replaced at build time (wxt.config.ts): true only in the bench's own build. */
    readonly STEMCHECK_BENCH_MARKS?: boolean;
  }
}

/** Marks are compiled in (the bench's build). A build-time constant: false removes every use. */
export const BENCH_MARKS: boolean = import.meta.env.STEMCHECK_BENCH_MARKS === true;

export type BenchMark = 'scan-start' | 'extract-end' | 'paint-start' | 'scan-end' | 'painted';

export function benchMark(name: BenchMark, detail?: Record<string, unknown>): void {
  if (BENCH_MARKS) performance.mark(`stemcheck:${name}`, detail ? { detail } : undefined);
}
