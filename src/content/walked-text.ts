/**
 * A subtree's visible text, read only as far as its consumer needs: the walk advances, in time slices, until
 * the text is long enough for the next piece (or the subtree ends). A scan that has all the passages it may
 * send stops reading there, instead of walking the rest of a huge page for text it would never use.
 */
import type { VisibleTextWalker } from '../text/visible-text';
import { nextPieceEnd } from './passages';
import type { Slice } from './slicing';

export class WalkedText {
  /** The text read so far, as the walker handed it out (joining it all on every read would be quadratic). */
  private readonly chunks: string[] = [];
  private readonly starts: number[] = [];
  private total = 0;
  /** Our script time spent walking (ms). */
  walkMs = 0;

  constructor(
    private readonly walker: VisibleTextWalker,
    private readonly slice: Slice,
    private readonly check: () => Promise<void>,
  ) {}

  get length(): number {
    return this.total;
  }

  /** Walks until the text is longer than `n` characters or the subtree is done. */
  async readPast(n: number): Promise<void> {
    while (this.total <= n && !this.walker.done) {
      const t0 = this.slice.busyMs;
      this.walker.run(() => this.slice.over() || this.walker.textLength > n);
      const fresh = this.walker.takeText();
      if (fresh.length > 0) {
        this.chunks.push(fresh);
        this.starts.push(this.total);
        this.total += fresh.length;
      }
      this.walkMs += this.slice.busyMs - t0;
      await this.check();
    }
  }

  /**
   * The next piece from `from`: its end and text, cut exactly where nextPieceEnd would cut the whole text (it
   * looks at no character past from + size, and reading goes one further so "the text ends here" is known).
   */
  async piece(from: number, size: number): Promise<{ end: number; text: string }> {
    await this.readPast(from + size);
    const win = this.text(from, Math.min(this.total, from + size + 1));
    const end = from + nextPieceEnd(win, 0, size);
    return { end, text: win.slice(0, end - from) };
  }

  /** True when there is text at or after `at` (reading on if needed). */
  async has(at: number): Promise<boolean> {
    await this.readPast(at);
    return at < this.total;
  }

  private text(from: number, to: number): string {
    // Last chunk starting at or before `from`.
    let lo = 0;
    let hi = this.starts.length - 1;
    let i = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] as number) <= from) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const out: string[] = [];
    for (; i < this.chunks.length && (this.starts[i] as number) < to; i++) {
      const s = this.starts[i] as number;
      out.push((this.chunks[i] as string).slice(Math.max(0, from - s), to - s));
    }
    return out.join('');
  }
}
