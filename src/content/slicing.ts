/**
 * Time slicing: long work is cut into slices of a few milliseconds, and between slices the page gets the
 * main thread back (input, rendering, its own scripts), so our scan never shows up as a long task.
 */

/**
 * Milliseconds of work per slice: far below the 50 ms long-task threshold, leaving room for one slow step
 * (a garbage collection of the megabytes of strings a big page produces, or a busy machine stretching us).
 */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the main thread back: scheduler.yield where available (keeps our place in line), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    // MessageChannel runs as a task without setTimeout's 4 ms clamp.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * A slice deadline: `over()` is true once SLICE_MS have passed since the slice started. It also adds up the
 * time spent inside slices (`busyMs`): our script time, as opposed to wall time, which includes whatever
 * the page and the browser did while we yielded.
 */
export class Slice {
  private t0 = performance.now();
  private busy = 0;
  private longest = 0;
  start(): void {
    this.t0 = performance.now();
  }
  over = (): boolean => performance.now() - this.t0 > SLICE_MS;
  /** Yields if the slice is used up, and starts a new one. */
  async maybeYield(): Promise<void> {
    if (this.over()) await this.yieldNow();
  }

  /** Yields and starts a new slice now: before a step known to be long, so it does not add to a used slice. */
  async yieldNow(): Promise<void> {
    const d = performance.now() - this.t0;
    this.busy += d;
    if (d > this.longest) this.longest = d;
    await yieldToPage();
    this.start();
  }

  /** More than half of the slice is used. */
  halfOver = (): boolean => performance.now() - this.t0 > SLICE_MS / 2;
  /** The longest uninterrupted run so far, including the current slice (a long task if over 50 ms). */
  get longestMs(): number {
    return Math.max(this.longest, performance.now() - this.t0);
  }

  /** Script time so far, including the current slice. */
  get busyMs(): number {
    return this.busy + (performance.now() - this.t0);
  }
}

/** Resolves after the next frame has been produced (rAF, then a task after it). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  });
}
