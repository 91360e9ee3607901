/**
 * Paints findings with the CSS Custom Highlight API: no element is wrapped or inserted, so pages that own
 * their DOM (React, Vue) keep working, and painting 200 ranges costs one style pass, not 200 DOM edits.
 *
 * - Names are random per page load (`h` + 12 hex digits), so the registry does not name the extension.
 * - Each Highlight is registered once; later paints only swap its ranges. The stylesheet is adopted at
 *   document_start (see HighlightStyles).
 * - The registry is shared with the page: a page may delete our entries or call CSS.highlights.clear(),
 *   even in a loop. We notice only when we look (on paint, hover, and a slow check), and restore at most
 *   MAX_RESTORES times, at least RESTORE_GAP_MS apart. A hostile loop therefore costs us a bounded number of
 *   cheap re-registrations and never a rescan.
 */
import type { StoredFinding } from '../shared/report';
import type { DomRangeParts } from '../text/visible-text';

export type Severity = StoredFinding['severity'];
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];

// Readable on light and dark pages: a translucent fill tints whatever the background is, and the three fills
// differ in lightness as well as hue (yellow, orange, red), so severity does not rest on hue alone; the
// tooltip and the popup also say it in words. No text-decoration on the severities: in Chromium, a
// registered highlight with any text-decoration (underline of any style or thickness) made the next frame
// cost in proportion to the whole document (measured on the 5 MB bench page: 30–60 ms with an underline,
// 6–10 ms with the fill alone, for the same 185 ranges; 1 MB: about 15 vs 7 ms). The flash ("show on page",
// one range, on request) keeps its underline.
const STYLE: Record<Severity | 'flash', string> = {
  low: 'background-color: rgb(255 214 0 / 0.45);',
  medium: 'background-color: rgb(255 140 0 / 0.5);',
  high: 'background-color: rgb(255 60 60 / 0.5);',
  flash: 'background-color: rgb(0 120 255 / 0.55); color: #fff; text-decoration: underline solid rgb(0 60 200); text-decoration-thickness: 3px;',
};

export const MAX_RESTORES = 10;
export const RESTORE_GAP_MS = 2_000;
const FLASH_MS = 1_800;

export interface PaintItem {
  severity: Severity;
  parts: DomRangeParts;
}

/** What the content script needs from a painter (Highlight API or the overlay fallback). */
export interface Painter {
  paint(items: readonly PaintItem[]): void;
  clear(): void;
  /** Briefly emphasises one range ("show on page"). */
  flash(parts: DomRangeParts): void;
  /** Re-checks that our paint is still there (cheap); restores it within the budget. */
  guard(): void;
  /** How many times paint was restored after the page removed it. */
  readonly restores: number;
}

export function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return 'h' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

export function staticRange(p: DomRangeParts): StaticRange {
  return new StaticRange({ startContainer: p.startNode, startOffset: p.startOffset, endContainer: p.endNode, endOffset: p.endOffset });
}

/**
 * The highlight names and their stylesheet. Created at document_start, while the document is still empty:
 * adopting a stylesheet into a finished page makes Chromium recalculate the style of every element (measured
 * 0.2–1 s on a 5 MB page), whereas at document_start it costs nothing.
 */
export class HighlightStyles {
  readonly names = new Map<Severity | 'flash', string>();
  private readonly sheet: CSSStyleSheet;
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(private readonly doc: Document) {
    for (const s of [...SEVERITIES, 'flash'] as const) this.names.set(s, randomName());
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync([...this.names].map(([s, name]) => `::highlight(${name}) { ${STYLE[s]} }`).join('\n'));
    this.adopt();
  }

  /** Adds our sheet if it is not (or no longer: a page may reassign adoptedStyleSheets) adopted. */
  adopt(): boolean {
    const current = this.doc.adoptedStyleSheets;
    if (current.includes(this.sheet)) return false;
    this.doc.adoptedStyleSheets = [...current, this.sheet];
    return true;
  }

  /**
   * Highlights inside a shadow tree are styled by that tree's stylesheets, not the document's: an open shadow
   * root holding text gets our sheet too (a style recalculation of that small tree only).
   */
  adoptInto(root: ShadowRoot): void {
    try {
      if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.shadowRoots.add(root);
    } catch {
      // A foreign or exotic root: its highlights stay unstyled, the report is unaffected.
    }
  }

  /** Removes our sheet (the script is going away). */
  remove(): void {
    const current = this.doc.adoptedStyleSheets;
    if (current.includes(this.sheet)) this.doc.adoptedStyleSheets = current.filter((x) => x !== this.sheet);
    for (const root of this.shadowRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== this.sheet);
    this.shadowRoots.clear();
  }

  get adopted(): boolean {
    return this.doc.adoptedStyleSheets.includes(this.sheet);
  }
}

export class HighlightPainter implements Painter {
  private readonly names: Map<Severity | 'flash', string>;
  private readonly highlights = new Map<Severity | 'flash', Highlight>();
  private registered = false;
  private painted = 0;
  private lastRestore = -Infinity;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  restores = 0;

  constructor(private readonly styles: HighlightStyles) {
    this.names = styles.names;
    for (const s of [...SEVERITIES, 'flash'] as const) {
      const h = new Highlight();
      // Higher severities paint over lower ones where claims overlap; the flash over everything.
      h.priority = s === 'flash' ? 10 : SEVERITIES.indexOf(s as Severity);
      this.highlights.set(s, h);
    }
  }

  paint(items: readonly PaintItem[]): void {
    for (const s of SEVERITIES) this.highlights.get(s)?.clear();
    for (const item of items) this.highlights.get(item.severity)?.add(staticRange(item.parts));
    this.painted = items.length;
    if (!this.registered) {
      for (const s of SEVERITIES) CSS.highlights.set(this.names.get(s) as string, this.highlights.get(s) as Highlight);
      this.registered = true;
    } else {
      this.guard();
    }
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.painted = 0;
  }

  /** Unregisters our highlights (the script is going away). */
  unregister(): void {
    for (const name of this.names.values()) CSS.highlights.delete(name);
    this.registered = false;
  }

  flash(parts: DomRangeParts): void {
    const name = this.names.get('flash') as string;
    const h = this.highlights.get('flash') as Highlight;
    h.clear();
    h.add(staticRange(parts));
    CSS.highlights.set(name, h);
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      CSS.highlights.delete(name);
      h.clear();
      this.flashTimer = null;
    }, FLASH_MS);
  }

  guard(): void {
    if (!this.registered || this.painted === 0) return;
    const missing = SEVERITIES.filter((s) => CSS.highlights.get(this.names.get(s) as string) !== this.highlights.get(s));
    const sheetGone = !this.styles.adopted;
    if (missing.length === 0 && !sheetGone) return;
    const now = performance.now();
    if (this.restores >= MAX_RESTORES || now - this.lastRestore < RESTORE_GAP_MS) return;
    this.restores++;
    this.lastRestore = now;
    for (const s of missing) CSS.highlights.set(this.names.get(s) as string, this.highlights.get(s) as Highlight);
    if (sheetGone) this.styles.adopt();
  }
}
