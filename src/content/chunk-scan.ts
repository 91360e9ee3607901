/**
 * Reads one subtree and picks its candidate passages, in time slices. Three steps, each cheap to abandon:
 * the walk (resumable, and only as far as the other two need: see WalkedText), the topic gate (a raw-text
 * prescreen, then the engine's exact test, piece by piece), and the engine's passage prefilter (piece by
 * piece, piece size adapted to the measured speed so that each call fits in a slice whatever the engine's
 * cost per character).
 */
import { normalize } from '../engine/normalize';
import type { Passage } from '../engine/types';
import { prefilterScanner, providePrefilterTrie } from '../engine/compiled';
import { VisibleTextWalker, type VisibleText } from '../text/visible-text';
import { maskHidden, passagesIn } from './passages';
import { precomputedPrefilterTrie } from './prefilter-index';
import { SLICE_MS, type Slice } from './slicing';
import { hasTopic } from './topic-gate';
import { WalkedText } from './walked-text';

export interface ChunkResult {
  vt: VisibleText;
  passages: Passage[];
  topic: boolean;
  partial: boolean;
  /** Script time per step (ms), for the performance marks. */
  timing: { walkMs: number; topicMs: number; warmMs: number; passagesMs: number; maskMs: number; maxPieceMs: number; pieces: number };
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
  /** Open shadow roots met by the walk. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const FIRST_PIECE = 4_096;
const MIN_PIECE = 1_024;
/**
 * Engine cost per character is uneven (dense claims cost more than neutral prose), so pieces stay small and
 * grow slowly: measured on a 5 MB page, a 60k-character piece once took 43 ms where the average predicted 4.
 */
const MAX_PIECE = 32_768;

export class Cancelled extends Error {}

// Written by a one-shot build from the sources this script was bundled from, or absent (see prefilter-index.ts).
providePrefilterTrie(precomputedPrefilterTrie, { sameBuild: true });

export async function scanChunk(root: Node, opts: ChunkScanOptions): Promise<ChunkResult> {
  const { slice } = opts;
  const check = async (): Promise<void> => {
    await slice.maybeYield();
    if (opts.cancelled?.()) throw new Cancelled();
  };

  const timing = { walkMs: 0, topicMs: 0, warmMs: 0, passagesMs: 0, maskMs: 0, maxPieceMs: 0, pieces: 0 };
  let mark = slice.busyMs;
  const lap = (): number => {
    const now = slice.busyMs;
    const d = now - mark;
    mark = now;
    return d;
  };

  // The walk runs only as far as the steps below ask (see WalkedText); its time is counted apart.
  const walker = new VisibleTextWalker(root, { maxChars: opts.maxChars, onShadowRoot: opts.onShadowRoot });
  const text = new WalkedText(walker, slice, check);
  let walked = 0;
  const stepMs = (): number => {
    const w = text.walkMs - walked;
    walked = text.walkMs;
    return lap() - w;
  };

  // 1. Topic gate, on the text as it is read: an off-topic subtree is read to its end.
  let topic = false;
  if (!opts.pageTopic) {
    let size = FIRST_PIECE * 4;
    for (let at = 0; !topic && (await text.has(at)); ) {
      const piece = await text.piece(at, size);
      const t0 = performance.now();
      topic = hasTopic(piece.text);
      size = adapt(size, piece.end - at, performance.now() - t0);
      at = piece.end;
      await check();
    }
    timing.topicMs = stepMs();
    if (!topic) {
      const vt = walker.result();
      timing.walkMs = text.walkMs;
      return { vt, passages: [], topic: false, partial: vt.truncated, timing };
    }
  }

  // 2. Passages, piece by piece; offsets shifted back to the chunk's text. Reading stops once no room is left.
  await warmEngine(slice, check, () => opts.cancelled?.() === true);
  timing.warmMs = stepMs();
  const passages: Passage[] = [];
  let partial = false;
  let size = FIRST_PIECE;
  for (let at = 0; await text.has(at); ) {
    const room = opts.maxPassages - passages.length;
    if (room <= 0) {
      partial = true;
      break;
    }
    const piece = await text.piece(at, size);
    const t0 = performance.now();
    const r = passagesIn(piece.text, true, room);
    const took = performance.now() - t0;
    size = adapt(size, piece.end - at, took);
    timing.pieces++;
    if (took > timing.maxPieceMs) timing.maxPieceMs = took;
    for (const p of r.passages) passages.push({ start: p.start + at, text: p.text });
    if (r.truncated) partial = true;
    at = piece.end;
    await check();
  }
  timing.passagesMs = stepMs();
  timing.walkMs = text.walkMs;
  const vt = walker.result();
  if (vt.truncated) partial = true;
  await check();
  const masked = maskHidden(vt, passages, opts.isVisible);
  timing.maskMs = lap();
  return { vt, passages: masked, topic: topic || opts.pageTopic, partial, timing };
}

let warmed = false;

/** Short on purpose: each pattern it touches compiles its regex (a phrase with a separator run, a Chinese literal). */
const WARM_SAMPLE = 'stem cell 干细胞';

/**
 * The engine's prefilter is an anchored scanner: a prefix trie, precomputed by the build (see
 * prefilter-index.ts) and only unpacked here, or analysed from the patterns when run from source. Either way
 * it is prepared in its own slices before the first piece, so that work never lands in a piece's slice.
 * (Each pattern's small regex is compiled when a page first needs it, inside the pieces.)
 */
async function warmEngine(slice: Slice, check: () => Promise<void>, cancelled: () => boolean): Promise<void> {
  if (warmed) return;
  const scanner = prefilterScanner();
  // Half slices: preparing ends in one longer step (hydrating the trie), which must not land on a used slice.
  while (!scanner.prepare(slice.halfOver)) {
    await slice.yieldNow();
    if (cancelled()) throw new Cancelled();
  }
  // One short scan with the kinds of hit (a literal, a regex, a separator run, Chinese) before the first
  // piece: the scan loop then has complete type feedback when the engine optimises it, instead of being
  // deoptimised the first time a page takes a path the loop had not seen.
  await slice.yieldNow();
  if (cancelled()) throw new Cancelled();
  scanner.hits(normalize(WARM_SAMPLE), 100);
  await check();
  warmed = true;
}

/** Next piece size so that one call takes about a third of a slice at the speed just measured (growing at most 2×). */
function adapt(size: number, chars: number, ms: number): number {
  if (chars < size / 2) return size; // a short tail piece says little about speed
  const perChar = Math.max(ms, 0.05) / Math.max(1, chars);
  const target = SLICE_MS / 3 / perChar;
  return Math.round(Math.min(MAX_PIECE, size * 2, Math.max(MIN_PIECE, target)));
}
