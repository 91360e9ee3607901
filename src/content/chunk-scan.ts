/**
 * Reads one subtree and picks its candidate passages, in time slices. Three steps, each cheap to abandon:
 * the walk (resumable), the topic gate (a raw-text prescreen, then the engine's exact test, piece by piece),
 * and the engine's passage prefilter (piece by piece, piece size adapted to the measured speed so that each
 * call fits in a slice whatever the engine's cost per character).
 */
import type { Passage } from '../engine';
import { VisibleTextWalker, type VisibleText } from '../text/visible-text';
import { maskHidden, nextPieceEnd, passagesIn } from './passages';
import { SLICE_MS, type Slice } from './slicing';
import { hasTopic } from './topic-gate';

export interface ChunkResult {
  vt: VisibleText;
  passages: Passage[];
  topic: boolean;
  partial: boolean;
  /** Script time per step (ms), for the performance marks. */
  timing: { walkMs: number; topicMs: number; passagesMs: number };
}

export interface ChunkScanOptions {
  maxChars: number;
  maxPassages: number;
  /** The page is already known to be about stem cells: skip the gate, keep every candidate. */
  pageTopic: boolean;
  slice: Slice;
  /** Stop early (a newer scan replaced this one). */
  cancelled?: () => boolean;
  isVisible?: (el: Element) => boolean;
}

const FIRST_PIECE = 16_384;
const MIN_PIECE = 1_024;
const MAX_PIECE = 1_048_576;

export class Cancelled extends Error {}

export async function scanChunk(root: Node, opts: ChunkScanOptions): Promise<ChunkResult> {
  const { slice } = opts;
  const check = async (): Promise<void> => {
    await slice.maybeYield();
    if (opts.cancelled?.()) throw new Cancelled();
  };

  const timing = { walkMs: 0, topicMs: 0, passagesMs: 0 };
  let mark = slice.busyMs;
  const lap = (): number => {
    const now = slice.busyMs;
    const d = now - mark;
    mark = now;
    return d;
  };

  // 1. Walk.
  const walker = new VisibleTextWalker(root, { maxChars: opts.maxChars });
  while (!walker.run(slice.over)) await check();
  const vt = walker.result();
  const text = vt.text;
  timing.walkMs = lap();

  // 2. Topic gate.
  let topic = false;
  if (!opts.pageTopic) {
    let size = FIRST_PIECE * 8;
    for (let at = 0; at < text.length && !topic; ) {
      const end = nextPieceEnd(text, at, size);
      const t0 = performance.now();
      topic = hasTopic(text.slice(at, end));
      size = adapt(size, end - at, performance.now() - t0);
      at = end;
      await check();
    }
    timing.topicMs = lap();
    if (!topic) return { vt, passages: [], topic: false, partial: vt.truncated, timing };
  }

  // 3. Passages, piece by piece; offsets shifted back to the chunk's text.
  const passages: Passage[] = [];
  let partial = vt.truncated;
  let size = FIRST_PIECE;
  for (let at = 0; at < text.length; ) {
    const room = opts.maxPassages - passages.length;
    if (room <= 0) {
      partial = true;
      break;
    }
    const end = nextPieceEnd(text, at, size);
    const t0 = performance.now();
    const r = passagesIn(text.slice(at, end), true, room);
    size = adapt(size, end - at, performance.now() - t0);
    for (const p of r.passages) passages.push({ start: p.start + at, text: p.text });
    if (r.truncated) partial = true;
    at = end;
    await check();
  }
  const masked = maskHidden(vt, passages, opts.isVisible);
  timing.passagesMs = lap();
  return { vt, passages: masked, topic: topic || opts.pageTopic, partial, timing };
}

/** Next piece size so that one call takes about half a slice at the speed just measured. */
function adapt(size: number, chars: number, ms: number): number {
  if (chars < size / 2) return size; // a short tail piece says little about speed
  const perChar = Math.max(ms, 0.05) / Math.max(1, chars);
  return Math.round(Math.min(MAX_PIECE, Math.max(MIN_PIECE, (SLICE_MS / 2) / perChar)));
}
