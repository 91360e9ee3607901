/**
 * Fallback painter where the CSS Custom Highlight API is missing: translucent boxes drawn over each claim's
 * line boxes (Range.getClientRects), in our closed shadow-root layer. The page's own text is never wrapped
 * or moved; boxes ignore the pointer. Positions are in document coordinates, so scrolling needs no work;
 * they are recomputed after each paint and on resize (once per frame at most).
 */
import type { DomRangeParts } from '../text/visible-text';
import type { PaintItem, Painter } from './highlighter';
import { createElementIn } from './dom';
import type { UiLayer } from './ui-layer';

/** Boxes per paint: a page full of claims must not become a page full of our elements. */
export const MAX_BOXES = 500;

export class OverlayPainter implements Painter {
  private items: readonly PaintItem[] = [];
  private flashed: DomRangeParts | null = null;
  private boxes: HTMLElement[] = [];
  private pending = false;
  restores = 0;

  constructor(
    private readonly doc: Document,
    private readonly layer: UiLayer,
  ) {
    doc.defaultView?.addEventListener('resize', () => this.schedule(), { passive: true });
  }

  paint(items: readonly PaintItem[]): void {
    this.items = items;
    this.draw();
  }

  clear(): void {
    this.items = [];
    this.flashed = null;
    this.draw();
  }

  flash(parts: DomRangeParts): void {
    this.flashed = parts;
    this.draw();
    setTimeout(() => {
      this.flashed = null;
      this.draw();
    }, 1_800);
  }

  guard(): void {
    // Our boxes live in a closed shadow root; if the page removed the host, put it back (bounded by paints).
    if (this.items.length > 0 && this.boxes.length > 0 && !this.boxes[0]?.isConnected) {
      this.restores++;
      this.draw();
    }
  }

  private schedule(): void {
    if (this.pending || this.items.length === 0) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.draw();
    });
  }

  private draw(): void {
    for (const b of this.boxes) b.remove();
    this.boxes = [];
    if (this.items.length === 0 && !this.flashed) return;
    const root = this.layer.root();
    if (!root) return;
    const view = this.doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const all: { cls: string; parts: DomRangeParts }[] = this.items.map((i) => ({ cls: i.severity, parts: i.parts }));
    if (this.flashed) all.push({ cls: 'flash', parts: this.flashed });
    for (const { cls, parts } of all) {
      // `new Range()`, not document.createRange(): a page can clobber the latter with <img name=createRange>.
      const range = new Range();
      try {
        range.setStart(parts.startNode, parts.startOffset);
        range.setEnd(parts.endNode, parts.endOffset);
      } catch {
        continue; // the page changed those nodes since
      }
      for (const r of Array.from(range.getClientRects())) {
        if (this.boxes.length >= MAX_BOXES) return;
        if (r.width === 0 || r.height === 0) continue;
        const box = createElementIn(this.doc, 'div') as HTMLElement;
        box.className = `box ${cls}`;
        box.style.left = `${r.left + sx}px`;
        box.style.top = `${r.top + sy}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        root.appendChild(box);
        this.boxes.push(box);
      }
    }
  }
}
