/**
 * One frame's scanner: keeps the text model, runs full and incremental scans one at a time, talks to the
 * background, and keeps the highlights and the hover index in step with the latest findings.
 *
 * Division of labour: we send only candidate passages (short, capped) and sizes, never the page; the
 * background scores them and replies with the claims to paint (mentions already removed).
 *
 * Performance marks for the bench (compiled into its own build only, never into the production one): see
 * bench-marks.ts.
 */
import { LIMITS } from '../shared/limits';
import type { ScanMessage } from '../shared/messages';
import { findingSchema, type StoredFinding } from '../shared/report';
import { FORM_FIELD_TAGS, SKIP_TAGS, isFormField, staticIsHidden } from '../text/visible-text';
import { BENCH_MARKS, benchMark } from './bench-marks';
import { Cancelled, scanChunk, type ChunkResult } from './chunk-scan';
import { isConnected, parentOf, scanRoot } from './dom';
import { quickTopicGate } from './quick-gate';
import type { PaintItem, Painter } from './highlighter';
import { HitIndex, type PaintedFinding } from './hover';
import { Slice, nextFrame } from './slicing';
import { TextModel } from './text-model';

/** Minimum quiet time between two scans of the same frame, whatever the page does. */
export const MIN_SCAN_GAP_MS = 500;
/** Chunks kept before an incremental scan turns into a full one (a feed scrolled for hours). */
const MAX_CHUNKS = 2_000;

export interface ControllerDeps {
  send(message: ScanMessage | { type: 'reset' }): Promise<unknown>;
  painter(): Painter;
  /** True while this content script may still talk to the extension. */
  alive(): boolean;
  /** Hook for the owner (e.g. to reposition the tooltip) after each paint. */
  onPainted?(): void;
  isVisible?: (el: Element) => boolean;
  /** Chars a frame may read (tests lower it). */
  maxChars?: number;
  /** Open shadow roots met while reading (their changes are not seen by a document-level observer). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export class ContentController {
  private model = new TextModel();
  private seq = 0;
  private generation = 0;
  private findings: StoredFinding[] = [];
  readonly index = new HitIndex();
  private highlight = true;
  private painter: Painter | null = null;

  private pendingFull = false;
  private pendingRoots = new Set<Node>();
  private pendingResend = false;
  private pump: Promise<void> | null = null;
  private lastRunEnd = -Infinity;
  /** Completed scans (full and incremental), for tests and diagnostics. */
  scans = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: ControllerDeps,
  ) {}

  setHighlight(on: boolean): void {
    this.highlight = on;
    this.repaint();
  }

  /** Forget everything (SPA navigation, pause) and tell the background; `rescan` schedules a fresh scan. */
  async reset(rescan: boolean): Promise<void> {
    this.generation++;
    this.model = new TextModel();
    this.findings = [];
    this.pendingRoots.clear();
    this.pendingResend = false;
    this.repaint();
    if (this.deps.alive()) await this.deps.send({ type: 'reset' }).catch(() => undefined);
    if (rescan) this.requestFull();
  }

  requestFull(): void {
    this.pendingFull = true;
    this.kick();
  }

  requestRoots(roots: readonly Node[], removed: boolean): void {
    for (const r of roots) this.pendingRoots.add(r);
    if (removed) this.pendingResend = true;
    this.kick();
  }

  /** Send the current passages again (e.g. the sensitivity changed: the background rescores). */
  requestResend(): void {
    this.pendingResend = true;
    this.kick();
  }

  /** Resolves when no scan is running or pending (tests). */
  async idle(): Promise<void> {
    while (this.pump) await this.pump;
  }

  /** The painted claim at [start, end) or, with highlights off, where it would be. */
  locate(start: number, end: number): PaintedFinding | null {
    const painted = this.index.find(start, end);
    if (painted) return painted;
    const f = this.findings.find((x) => x.start === start && x.end === end);
    const at = this.model.rangeFor(start, end);
    return f && at ? { finding: f, parts: at.parts, nodes: at.nodes } : null;
  }

  /** Stops for good (the extension was reloaded or removed): nothing of ours stays painted. */
  teardown(): void {
    this.generation++;
    this.pendingFull = false;
    this.pendingRoots.clear();
    this.pendingResend = false;
    this.findings = [];
    this.index.set([]);
    this.painter?.clear();
  }

  /** The painter if one was ever needed (the guard must not create one). */
  ensurePainterIfAny(): Painter | null {
    return this.painter;
  }

  ensurePainter(): Painter {
    this.painter ??= this.deps.painter();
    return this.painter;
  }

  private kick(): void {
    if (this.pump) return;
    this.pump = this.drain().finally(() => {
      this.pump = null;
    });
  }

  private async drain(): Promise<void> {
    while (this.pendingFull || this.pendingRoots.size > 0 || this.pendingResend) {
      if (!this.deps.alive()) return;
      // Bounded work on pages that never stop changing: at most one scan per MIN_SCAN_GAP_MS.
      const wait = this.lastRunEnd + MIN_SCAN_GAP_MS - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        if (this.pendingFull || this.model.exhausted || this.model.size > MAX_CHUNKS) {
          this.pendingFull = false;
          this.pendingRoots.clear();
          this.pendingResend = false;
          await this.runFull();
        } else {
          const roots = [...this.pendingRoots];
          const resend = this.pendingResend;
          this.pendingRoots.clear();
          this.pendingResend = false;
          await this.runIncremental(roots, resend);
        }
      } catch (error) {
        if (!(error instanceof Cancelled)) console.debug('StemCheck: scan failed', error);
      }
      this.lastRunEnd = performance.now();
    }
  }

  private get maxChars(): number {
    return this.deps.maxChars ?? LIMITS.maxScanChars;
  }

  private async runFull(): Promise<void> {
    const gen = ++this.generation;
    const root = scanRoot(this.doc);
    if (!root) return;
    benchMark('scan-start');
    const slice = new Slice();
    const cancelled = (): boolean => gen !== this.generation;
    // Off-topic fast path: most pages never need the full walk (see quick-gate.ts).
    const gate = await quickTopicGate(root, slice, this.maxChars, cancelled);
    if (cancelled()) return;
    const gateMs = slice.busyMs;
    const model = new TextModel();
    let timing: ChunkResult['timing'] & { gateMs: number };
    if (!gate.maybeTopic) {
      const chars = Math.min(gate.chars, this.maxChars);
      model.add(root, { text: '', segments: [], truncated: false }, [], false, gate.chars > this.maxChars, chars);
      timing = { walkMs: 0, topicMs: 0, warmMs: 0, passagesMs: 0, maskMs: 0, maxPieceMs: 0, pieces: 0, gateMs };
    } else {
      const chunk = await scanChunk(root, {
        maxChars: this.maxChars,
        maxPassages: LIMITS.maxPassages,
        pageTopic: false,
        slice,
        cancelled,
        isVisible: this.deps.isVisible,
        onShadowRoot: this.deps.onShadowRoot,
      });
      if (cancelled()) return;
      model.add(root, chunk.vt, chunk.passages, chunk.topic, chunk.partial);
      timing = { ...chunk.timing, gateMs };
    }
    this.model = model;
    await this.sendAndPaint(gen, slice, timing);
  }

  private async runIncremental(roots: Node[], resend: boolean): Promise<void> {
    const gen = this.generation;
    const fresh = this.usableRoots(roots);
    if (fresh.length === 0 && !resend) return;
    benchMark('scan-start');
    const slice = new Slice();
    let changed = resend;
    for (const root of fresh) {
      const room = this.maxChars - this.model.textLength;
      if (room <= 0) break;
      const pageTopic = this.model.topic;
      const chunk = await scanChunk(root, {
        maxChars: room,
        maxPassages: LIMITS.maxPassages,
        pageTopic,
        slice,
        cancelled: () => gen !== this.generation,
        isVisible: this.deps.isVisible,
        onShadowRoot: this.deps.onShadowRoot,
      });
      if (gen !== this.generation) return;
      this.model.add(root, chunk.vt, chunk.passages, chunk.topic, chunk.partial);
      // New passages, or a first topic hit, change what the background would say.
      if (chunk.passages.length > 0 || (chunk.topic && !pageTopic)) changed = true;
    }
    if (this.model.prune()) changed = true;
    if (!changed) {
      benchMark('extract-end', { busyMs: slice.busyMs });
      benchMark('scan-end');
      this.scans++;
      return;
    }
    await this.sendAndPaint(gen, slice);
  }

  /** Changed roots worth reading: connected, not ours, not inside skipped or hidden markup, not nested. */
  private usableRoots(roots: Node[]): Node[] {
    const out: Node[] = [];
    const set = new Set(roots);
    for (const r of roots) {
      if (!isConnected(r) || this.insideSkipped(r)) continue;
      // Nested in another changed root: that one's walk reads it.
      let nested = false;
      for (let p = parentOf(r); p; p = parentOf(p)) {
        if (set.has(p)) {
          nested = true;
          break;
        }
      }
      if (!nested) out.push(r);
    }
    return out;
  }

  private insideSkipped(node: Node): boolean {
    let p: Node | null = parentOf(node);
    while (p) {
      if (p instanceof Element) {
        const name = p.localName;
        if (SKIP_TAGS.has(name) || FORM_FIELD_TAGS.has(name) || isFormField(p) || staticIsHidden(p)) return true;
      }
      const up = parentOf(p);
      // Cross from a shadow root to its host.
      p = up ?? (p instanceof ShadowRoot ? p.host : null);
    }
    return false;
  }

  private async sendAndPaint(gen: number, slice: Slice, timing?: Record<string, number>): Promise<void> {
    const snap = this.model.snapshot(LIMITS.maxPassages);
    const message: ScanMessage = {
      type: 'scan',
      seq: ++this.seq,
      passages: snap.passages,
      textLength: snap.textLength,
      partial: snap.partial,
      topic: snap.topic,
    };
    const seq = message.seq;
    // detail.busyMs: our script time for reading and extraction (the wall time between the marks also holds
    // the page's own work during our yields).
    benchMark('extract-end', { busyMs: slice.busyMs, longestSliceMs: slice.longestMs, ...timing });
    if (!this.deps.alive()) return;
    const reply = await this.deps.send(message);
    // A newer scan or a reset happened meanwhile: its reply is the one to paint.
    if (seq !== this.seq || gen !== this.generation) return;
    benchMark('paint-start');
    this.findings = parseFindings(reply);
    this.repaint();
    benchMark('scan-end');
    this.scans++;
    // When the frame after this scan has been produced (what the user waits for); never blocks anything.
    // Waiting for it serves only the mark.
    if (BENCH_MARKS) void nextFrame().then(() => benchMark('painted'));
  }

  /** Maps the findings to ranges and paints them (or clears, with highlighting off). */
  repaint(): void {
    if (!this.highlight || this.findings.length === 0) {
      this.index.set([]);
      this.painter?.clear();
      this.deps.onPainted?.();
      return;
    }
    const painted: PaintedFinding[] = [];
    for (const f of this.findings) {
      const at = this.model.rangeFor(f.start, f.end);
      if (at) painted.push({ finding: f, parts: at.parts, nodes: at.nodes });
    }
    this.index.set(painted);
    const items: PaintItem[] = painted.map((p) => ({ severity: p.finding.severity, parts: p.parts }));
    this.ensurePainter().paint(items);
    this.deps.onPainted?.();
  }
}

/** The reply's findings, each checked: the background is trusted, but a broken reply must not break the page. */
export function parseFindings(reply: unknown): StoredFinding[] {
  const list = (reply as { findings?: unknown } | null | undefined)?.findings;
  if (!Array.isArray(list)) return [];
  const out: StoredFinding[] = [];
  for (const f of list.slice(0, LIMITS.maxFindingsPerFrame)) {
    const parsed = findingSchema.safeParse(f);
    if (parsed.success && !parsed.data.mention) out.push(parsed.data);
  }
  return out;
}
