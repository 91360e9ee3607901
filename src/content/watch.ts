/**
 * Watches the page for changes worth a rescan: added subtrees (infinite scroll, SPA rendering), edited text
 * and removals. Debounced and bounded: records are reduced to a set of changed roots at most MAX_ROOTS
 * large (beyond that, one full rescan is cheaper than many small ones), delivered at most once per DEBOUNCE_MS
 * of quiet and at least every MAX_WAIT_MS while the page keeps changing. Our own layer host is ignored, and
 * the highlights themselves are not DOM changes, so our work never retriggers a scan.
 */
export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 1_500;
export const MAX_ROOTS = 300;
/** Open shadow roots watched besides the document (web-component-heavy pages have hundreds). */
export const MAX_SHADOW_ROOTS = 200;

export interface ChangeBatch {
  roots: Node[];
  removed: boolean;
  /** Too many changes to track one by one: rescan everything. */
  overflow: boolean;
}

export class ChangeWatcher {
  private observer: MutationObserver | null = null;
  private roots = new Set<Node>();
  private removed = false;
  private overflow = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstAt = 0;
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly target: Node,
    private readonly onBatch: (batch: ChangeBatch) => void,
    private readonly ignore: (node: Node) => boolean,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(this.target, { childList: true, subtree: true, characterData: true });
  }

  /** Also watch an open shadow root (a document-level observer does not see changes inside it). */
  watchShadowRoot(root: ShadowRoot): void {
    if (!this.observer || this.shadowRoots.has(root) || this.shadowRoots.size >= MAX_SHADOW_ROOTS) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.roots.clear();
    this.removed = false;
    this.overflow = false;
  }

  /** Exposed for tests: feed records as the observer would. */
  take(records: readonly MutationRecord[]): void {
    let relevant = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode && !this.ignore(r.target)) {
          this.add(r.target.parentNode);
          relevant = true;
        }
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (this.ignore(n)) continue;
        this.add(n);
        relevant = true;
      }
      for (const n of Array.from(r.removedNodes)) {
        if (this.ignore(n)) continue;
        this.removed = true;
        relevant = true;
      }
    }
    if (relevant) this.schedule();
  }

  private add(node: Node): void {
    if (this.overflow) return;
    if (this.roots.size >= MAX_ROOTS) {
      this.overflow = true;
      this.roots.clear();
      return;
    }
    this.roots.add(node);
  }

  private schedule(): void {
    const now = performance.now();
    if (this.timer === null) this.firstAt = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    const batch: ChangeBatch = { roots: [...this.roots], removed: this.removed, overflow: this.overflow };
    this.roots.clear();
    this.removed = false;
    this.overflow = false;
    this.onBatch(batch);
  }
}
