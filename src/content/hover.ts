/**
 * Which painted claim is under the pointer or inside the focused element. Painted highlights are not
 * elements, so there is no hover event to listen to: on mousemove (at most once per HOVER_MS) we ask the
 * browser for the caret position under the pointer and look it up in an index from text node to claims;
 * only on a hit do we measure the claim's line boxes to confirm the pointer is really over its text.
 */
import type { StoredFinding } from '../shared/report';
import type { DomRangeParts } from '../text/visible-text';
import { caretAt, containsNode } from './dom';

export const HOVER_MS = 80;

export interface PaintedFinding {
  finding: StoredFinding;
  parts: DomRangeParts;
  /** Every text node the claim touches, first to last. */
  nodes: Text[];
}

export class HitIndex {
  private byNode = new Map<Node, PaintedFinding[]>();
  private items: PaintedFinding[] = [];

  set(items: PaintedFinding[]): void {
    this.items = items;
    this.byNode = new Map();
    for (const item of items) {
      for (const n of item.nodes) {
        const list = this.byNode.get(n);
        if (list) list.push(item);
        else this.byNode.set(n, [item]);
      }
    }
  }

  get size(): number {
    return this.items.length;
  }

  all(): readonly PaintedFinding[] {
    return this.items;
  }

  /** Claims covering caret position (node, offset); highest severity first. */
  at(node: Node, offset: number): PaintedFinding[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    const hits = list.filter((it) => {
      if (node === it.parts.startNode && offset < it.parts.startOffset) return false;
      if (node === it.parts.endNode && offset > it.parts.endOffset) return false;
      return true;
    });
    const rank = { high: 0, medium: 1, low: 2 } as const;
    return hits.sort((a, b) => rank[a.finding.severity] - rank[b.finding.severity]);
  }

  /** The first claim whose text lies inside `el` (a focused link or button), or null. */
  inside(el: Node): PaintedFinding | null {
    for (const it of this.items) if (containsNode(el, it.parts.startNode)) return it;
    return null;
  }

  find(start: number, end: number): PaintedFinding | null {
    return this.items.find((it) => it.finding.start === start && it.finding.end === end) ?? null;
  }
}

/** The claim's line box under (x, y), if any. */
export function rectUnder(parts: DomRangeParts, x: number, y: number): DOMRect | null {
  const range = new Range();
  try {
    range.setStart(parts.startNode, parts.startOffset);
    range.setEnd(parts.endNode, parts.endOffset);
  } catch {
    return null;
  }
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  }
  return null;
}

/** The claim under the pointer at viewport point (x, y). */
export function hitAt(doc: Document, index: HitIndex, x: number, y: number): { item: PaintedFinding; rect: DOMRect } | null {
  if (index.size === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const item of index.at(caret.node, caret.offset)) {
    const rect = rectUnder(item.parts, x, y);
    if (rect) return { item, rect };
  }
  return null;
}
