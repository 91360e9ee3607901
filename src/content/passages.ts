/**
 * Candidate passages: the engine's fast prefilter (extractPassages) plus what only the content script can
 * do. Hidden text that the markup-only walk could not see (display:none from a stylesheet) is blanked out
 * of the passages, checking computed visibility on just the few elements that hold candidates instead of on
 * every element of the page. And text on a page already known to be about stem cells keeps its passages
 * even when that piece never names the topic itself (an infinite-scroll item "Book your free consultation"
 * under a stem cell clinic's feed, or the second half of a long page cut into slices).
 */
import { extractPassages } from '../engine/extract';
import type { Passage } from '../engine/types';
import { LIMITS } from '../shared/limits';
import type { VisibleText } from '../text/visible-text';
import { isRendered, parentOf } from './dom';
import { segmentsIn } from './text-model';

/**
 * A topic line put in front of a piece when the page's topic is already established, so the engine's
 * per-call topic gate lets the piece's own candidates through. It ends in a newline (a sentence boundary);
 * whatever of a passage falls inside it is cut off.
 */
const TOPIC_PRIMER = 'stem cell\n';

/** Passages of `text` (offsets relative to it); `primed` skips the engine's topic gate. */
export function passagesIn(text: string, primed: boolean, maxPassages: number): { passages: Passage[]; truncated: boolean } {
  const opts = { maxPassages: Math.max(1, maxPassages), maxPassageChars: LIMITS.maxPassageChars };
  if (!primed) {
    const r = extractPassages(text, opts);
    return { passages: r.passages, truncated: r.truncated };
  }
  const shift = TOPIC_PRIMER.length;
  const r = extractPassages(TOPIC_PRIMER + text, { ...opts, maxPassages: opts.maxPassages + 1 });
  const passages: Passage[] = [];
  for (const p of r.passages) {
    const end = p.start + p.text.length;
    if (end <= shift) continue;
    const cut = Math.max(0, shift - p.start);
    const textPart = p.text.slice(cut);
    if (textPart.trim().length === 0) continue;
    passages.push({ start: p.start + cut - shift, text: textPart });
  }
  return { passages: passages.slice(0, opts.maxPassages), truncated: r.truncated || passages.length > opts.maxPassages };
}

/**
 * Splits `text` into pieces of about `size` characters, cut just after a newline (a block boundary, which
 * no sentence crosses) when there is one in the second half of the piece.
 */
export function nextPieceEnd(text: string, from: number, size: number): number {
  const hard = Math.min(text.length, from + Math.max(1, size));
  if (hard >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', hard - 1);
  return nl >= from + size / 2 ? nl + 1 : hard;
}

/** Drops passages that are only hidden text, and blanks hidden characters inside the others. */
export function maskHidden(vt: VisibleText, passages: Passage[], isVisible: (el: Element) => boolean = isRendered): Passage[] {
  const cache = new Map<Element, boolean>();
  const visible = (el: Element): boolean => {
    let v = cache.get(el);
    if (v === undefined) {
      v = isVisible(el);
      cache.set(el, v);
    }
    return v;
  };
  const out: Passage[] = [];
  for (const p of passages) {
    const masked = maskOne(vt, p, visible);
    if (masked.text.trim().length > 0) out.push(masked);
  }
  return out;
}

function maskOne(vt: VisibleText, p: Passage, visible: (el: Element) => boolean): Passage {
  const end = p.start + p.text.length;
  let units: string[] | null = null;
  for (const seg of segmentsIn(vt, p.start, end)) {
    const el = elementOf(seg.node);
    if (!el || visible(el)) continue;
    // UTF-16 units, not code points, so offsets stay exact.
    units ??= p.text.split('');
    const from = Math.max(seg.start, p.start) - p.start;
    const to = Math.min(seg.start + seg.node.data.length, end) - p.start;
    for (let i = from; i < to; i++) units[i] = ' ';
  }
  return units ? { start: p.start, text: units.join('') } : p;
}

function elementOf(node: Node): Element | null {
  const parent = parentOf(node);
  if (parent instanceof Element) return parent;
  // A text node directly in a shadow root: its host decides.
  if (parent && 'host' in parent && (parent as ShadowRoot).host instanceof Element) return (parent as ShadowRoot).host;
  return null;
}
