/**
 * The frame's text as the content script knows it: a list of chunks, each the visible text of one subtree
 * (the whole body after a full scan; an added or changed subtree after a mutation), with the candidate
 * passages the engine picked from it. Each chunk owns a fixed window of a virtual offset space (`base`), so
 * offsets in messages and findings stay stable while the page grows: new chunks take fresh offsets and never
 * shift older ones. A text node belongs to the newest chunk that read it; a passage whose nodes were re-read
 * by a newer chunk, or left the document, is no longer sent.
 */
import type { Passage } from '../engine/types';
import { domRangeFor, type DomRangeParts, type TextSegment, type VisibleText } from '../text/visible-text';
import { isConnected } from './dom';

export interface Chunk {
  id: number;
  root: Node;
  /** Virtual offset of the chunk's first character. */
  base: number;
  vt: VisibleText;
  /** Passages with chunk-local offsets. */
  passages: Passage[];
  topic: boolean;
  /** The walk or the passage list was cut short. */
  partial: boolean;
  /** Characters this chunk stands for (its text, or the raw length the off-topic fast path read). */
  chars: number;
}

/** The id of a model's first chunk, whose nodes the owner map leaves out. */
const FIRST_CHUNK = 1;

/** Offsets in messages are bounded (see shared/messages.ts); past this the scanner starts afresh. */
export const MAX_VIRTUAL_OFFSET = 500_000_000;

export interface ModelSnapshot {
  passages: Passage[];
  topic: boolean;
  textLength: number;
  partial: boolean;
}

export class TextModel {
  private chunks: Chunk[] = [];
  private nextBase = 0;
  private nextId = 1;
  /**
   * The newest chunk that read each text node, for the nodes of every chunk but the first: a node not in the
   * map belongs to chunk 1 (the full scan's, whose 3,000 to 30,000 nodes are then never entered one by one).
   */
  private owner = new WeakMap<Text, number>();

  get size(): number {
    return this.chunks.length;
  }

  get exhausted(): boolean {
    return this.nextBase > MAX_VIRTUAL_OFFSET;
  }

  /** Some chunk names the topic. */
  get topic(): boolean {
    return this.chunks.some((c) => c.topic);
  }

  /** Characters read by the live chunks. */
  get textLength(): number {
    let n = 0;
    for (const c of this.chunks) n += c.chars;
    return n;
  }

  add(root: Node, vt: VisibleText, passages: Passage[], topic: boolean, partial: boolean, chars = vt.text.length): Chunk {
    const chunk: Chunk = { id: this.nextId++, root, base: this.nextBase, vt, passages, topic, partial, chars };
    // One unused offset between chunks, so a finding can never span two of them.
    this.nextBase += vt.text.length + 1;
    if (chunk.id !== FIRST_CHUNK) for (const s of vt.segments) this.owner.set(s.node, chunk.id);
    this.chunks.push(chunk);
    return chunk;
  }

  /**
   * Forgets chunks whose root left the document or whose every passage went stale (their nodes were re-read
   * by a newer chunk or removed). Returns true when a dropped chunk had passages, i.e. the report changes.
   */
  prune(): boolean {
    let dropped = false;
    const kept: Chunk[] = [];
    for (const c of this.chunks) {
      const live = isConnected(c.root) && (c.passages.length === 0 || c.passages.some((p) => this.passageValid(c, p)));
      if (live) kept.push(c);
      else if (c.passages.length > 0) dropped = true;
    }
    this.chunks = kept;
    return dropped;
  }

  /** What the next scan message carries: valid passages (virtual offsets), up to `maxPassages`. */
  snapshot(maxPassages: number): ModelSnapshot {
    const passages: Passage[] = [];
    let topic = false;
    let partial = false;
    for (const c of this.chunks) {
      topic ||= c.topic;
      partial ||= c.partial;
      for (const p of c.passages) {
        if (!this.passageValid(c, p)) continue;
        if (passages.length >= maxPassages) {
          partial = true;
          break;
        }
        passages.push({ start: c.base + p.start, text: p.text });
      }
    }
    return { passages, topic, textLength: this.textLength, partial };
  }

  /** The chunk holding virtual offset `at`, or null. */
  chunkAt(at: number): Chunk | null {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.chunks[mid] as Chunk;
      if (at < c.base) hi = mid - 1;
      else if (at > c.base + c.vt.text.length) lo = mid + 1;
      else return c;
    }
    return null;
  }

  /** DOM positions of the virtual range [start, end), if it lies in one chunk whose nodes are still ours. */
  rangeFor(start: number, end: number): { parts: DomRangeParts; nodes: Text[] } | null {
    const c = this.chunkAt(start);
    if (!c || end > c.base + c.vt.text.length) return null;
    const parts = domRangeFor(c.vt, start - c.base, end - c.base);
    if (!parts) return null;
    const nodes = segmentsIn(c.vt, start - c.base, end - c.base).map((s) => s.node);
    if (nodes.some((n) => !this.owns(c, n) || !isConnected(n))) return null;
    return { parts, nodes };
  }

  private passageValid(c: Chunk, p: Passage): boolean {
    for (const s of segmentsIn(c.vt, p.start, p.start + p.text.length)) {
      if (!this.owns(c, s.node) || !isConnected(s.node)) return false;
    }
    return true;
  }

  /** The node was last read by chunk `c` (see owner). */
  private owns(c: Chunk, node: Text): boolean {
    return (this.owner.get(node) ?? FIRST_CHUNK) === c.id;
  }
}

/** Segments overlapping the local range [start, end), in order. */
export function segmentsIn(vt: VisibleText, start: number, end: number): TextSegment[] {
  const segs = vt.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let first = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((segs[mid] as TextSegment).start <= start) {
      first = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const out: TextSegment[] = [];
  for (let i = first; i < segs.length; i++) {
    const s = segs[i] as TextSegment;
    if (s.start >= end) break;
    const next = segs[i + 1];
    const segEnd = Math.min(s.start + s.node.data.length, next ? next.start : Infinity);
    if (segEnd > start) out.push(s);
  }
  return out;
}
