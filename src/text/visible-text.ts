/**
 * The one visible-text model shared by the content script (real Chromium DOM, hot path) and the CLI
 * (linkedom, no layout). It turns a DOM subtree into one string plus a list of segments that map every
 * character back to the text node it came from, so engine offsets can become DOM ranges.
 *
 * Decisions (keep the content script and the CLI in agreement by changing them only here):
 *
 * - Skipped subtrees (`SKIP_TAGS`): script, style, noscript, template, head (and title/meta/link/base if met
 *   outside head), iframe/frame/frameset/object/embed (frames are scanned by their own content script),
 *   canvas, audio/video (fallback text), svg and math (their `<title>`/`<desc>` are tooltips and metadata, and
 *   infographic text is not prose; we skip the whole subtree).
 * - Form fields (`isFormField`) are NEVER read: input (all types, incl. password and hidden), textarea, select,
 *   option, optgroup, datalist, and any `[contenteditable]` subtree unless contenteditable="false". Text the user
 *   types is not the page's claim, and passwords must not leave the field. `<button>` and `<label>` text IS read:
 *   it is visible page copy ("Book your free consultation").
 * - Hidden elements: `isHidden(el)` decides; the default `staticIsHidden` uses only markup, no layout:
 *   the `hidden` attribute (incl. hidden="until-found"), aria-hidden="true", inline style with display:none or
 *   visibility:hidden/collapse, a closed `<dialog>`, and element children of a closed `<details>` other than
 *   its `<summary>` (bare text directly inside a closed details is still read — rare and harmless). Stylesheet
 *   rules are not evaluated; the content script may pass a computed-style `isHidden` if it wants.
 * - Block boundaries (`BLOCK_TAGS`, incl. br, td/th, li…) insert one "\n" into `text` on entering and on leaving
 *   the element, never twice in a row and never at the very start. Separators belong to no segment.
 * - Open shadow roots (`includeShadowRoots`, default true) are read when their host is entered: the shadow tree
 *   first, then the host's light-DOM children (a simplification of slot distribution: slotted text is read,
 *   but after the shadow tree's own text rather than at its slot's position). Closed shadow roots are invisible.
 * - Text is kept verbatim (no whitespace collapsing) so offsets map 1:1 onto node data.
 * - `maxChars` (default 2,000,000) caps `text`; the node that crosses the cap is cut and `truncated` is set.
 *
 * Traversal: a manual iterative depth-first walk with an explicit stack (no recursion, so deep pages cannot
 * blow the stack). Subtrees are rejected before any of their descendants are visited. linkedom's TreeWalker
 * has no filter and no firstChild()/nextSibling(), which is why the walk is manual rather than a TreeWalker.
 *
 * DOM clobbering: named form controls shadow properties of their `<form>` (`<input name=localName>`,
 * `<input name=lastChild>`, `<img name=getAttribute>`) and named elements shadow properties of `document`
 * (`<form name=body>`). When the root belongs to the global DOM (browser, happy-dom), every property used by
 * the walk (lastChild, previousSibling, nodeType, data, localName, shadowRoot, getAttribute, matches) is read
 * through the original prototype getter/method captured at module load, which named properties cannot
 * shadow. We never read `document.body` or other document named-property-prone members: the caller passes the
 * root. For foreign DOMs (linkedom in the CLI, which has no named-property access) plain property reads are
 * used.
 */

export interface TextSegment {
  node: Text;
  /** Start offset of the node's data within `VisibleText.text`. */
  start: number;
}

export interface VisibleText {
  text: string;
  segments: TextSegment[];
  truncated: boolean;
}

export interface VisibleTextOptions {
  /** Decides whether an element (and its subtree) is hidden. Default: `staticIsHidden`. */
  isHidden?: (el: Element) => boolean;
  /** Maximum length of `text` (default 2,000,000); the walk stops there and sets `truncated`. */
  maxChars?: number;
  /** Read open shadow roots (default true). */
  includeShadowRoots?: boolean;
  /** Called with each open shadow root the walk enters (the content script watches them for changes). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export interface DomRangeParts {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

/** Elements whose whole subtree is never read (lower-case local names). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'svg',
  'math',
]);

/** Form controls whose content is never read (plus `[contenteditable]` subtrees). */
export const FORM_FIELD_TAGS: ReadonlySet<string> = new Set([
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
]);

/** Elements that start and end a block of text: a "\n" separates them from their neighbours. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// ---------------------------------------------------------------------------------------------------------
// Clobber-safe accessors.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

type Getter<T> = (this: unknown) => T;

function protoGetter<T>(proto: object | undefined, name: string): Getter<T> | undefined {
  if (!proto) return undefined;
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return typeof d?.get === 'function' ? (d.get as Getter<T>) : undefined;
}

function protoMethod<F>(proto: object | undefined, name: string): F | undefined {
  if (!proto) return undefined;
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return typeof d?.value === 'function' ? (d.value as F) : undefined;
}

interface DomAccess {
  nodeType(n: Node): number;
  lastChild(n: Node): Node | null;
  previousSibling(n: Node): Node | null;
  parentNode(n: Node): Node | null;
  data(t: Text): string;
  localName(el: Element): string;
  shadowRoot(el: Element): ShadowRoot | null;
  getAttribute(el: Element, name: string): string | null;
  matches(el: Element, selector: string): boolean;
  hasAttributes(el: Element): boolean;
}

/** Plain property reads: for DOMs without named-property clobbering (linkedom) or unusual environments. */
const plainAccess: DomAccess = {
  nodeType: (n) => n.nodeType,
  lastChild: (n) => n.lastChild,
  previousSibling: (n) => n.previousSibling,
  parentNode: (n) => n.parentNode,
  data: (t) => t.data,
  localName: (el) => el.localName ?? String(el.tagName ?? '').toLowerCase(),
  shadowRoot: (el) => el.shadowRoot ?? null,
  getAttribute: (el, name) => el.getAttribute(name),
  matches: (el, selector) => el.matches(selector),
  hasAttributes: (el) => (typeof el.hasAttributes === 'function' ? el.hasAttributes() : true),
};

function buildNativeAccess(): { access: DomAccess; NodeCtor: typeof Node } | null {
  const g = globalThis as { Node?: typeof Node; Element?: typeof Element; CharacterData?: typeof CharacterData };
  const NodeCtor = g.Node;
  const ElementCtor = g.Element;
  if (typeof NodeCtor !== 'function' || typeof ElementCtor !== 'function') return null;
  const nodeProto = NodeCtor.prototype;
  const elProto = ElementCtor.prototype;
  const cdProto = typeof g.CharacterData === 'function' ? g.CharacterData.prototype : undefined;
  const gNodeType = protoGetter<number>(nodeProto, 'nodeType');
  const gLastChild = protoGetter<Node | null>(nodeProto, 'lastChild');
  const gPrev = protoGetter<Node | null>(nodeProto, 'previousSibling');
  const gParent = protoGetter<Node | null>(nodeProto, 'parentNode');
  const gData = protoGetter<string>(cdProto, 'data');
  const gLocalName = protoGetter<string>(elProto, 'localName');
  const gShadowRoot = protoGetter<ShadowRoot | null>(elProto, 'shadowRoot');
  const mGetAttribute = protoMethod<(this: Element, n: string) => string | null>(elProto, 'getAttribute');
  const mMatches = protoMethod<(this: Element, s: string) => boolean>(elProto, 'matches');
  const mHasAttributes = protoMethod<(this: Element) => boolean>(elProto, 'hasAttributes');
  if (!gNodeType || !gLastChild || !gPrev || !gParent || !gData || !gLocalName || !mGetAttribute || !mMatches) return null;
  const access: DomAccess = {
    nodeType: (n) => gNodeType.call(n),
    lastChild: (n) => gLastChild.call(n),
    previousSibling: (n) => gPrev.call(n),
    parentNode: (n) => gParent.call(n),
    data: (t) => gData.call(t),
    localName: (el) => gLocalName.call(el),
    shadowRoot: gShadowRoot ? (el) => gShadowRoot.call(el) : () => null,
    getAttribute: (el, name) => mGetAttribute.call(el, name),
    matches: (el, selector) => mMatches.call(el, selector),
    hasAttributes: mHasAttributes ? (el) => mHasAttributes.call(el) : () => true,
  };
  return { access, NodeCtor };
}

// Captured once at module load, before page scripts could tamper with anything we later rely on.
const native = buildNativeAccess();

function accessFor(node: Node): DomAccess {
  // `instanceof` walks the prototype chain; it is not affected by named-property clobbering.
  if (native && node instanceof native.NodeCtor) return native.access;
  return plainAccess;
}

// ---------------------------------------------------------------------------------------------------------
// Element predicates.

/** True for form controls and editable regions, whose content must never be read. */
export function isFormField(el: Element): boolean {
  const a = accessFor(el);
  if (FORM_FIELD_TAGS.has(a.localName(el))) return true;
  const ce = a.getAttribute(el, 'contenteditable');
  return ce !== null && ce.trim().toLowerCase() !== 'false';
}

const STYLE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!\s*important\s*)?(?:;|$)/i;

/**
 * Markup-only hidden test (no layout): `hidden` attribute, aria-hidden="true", inline display:none or
 * visibility:hidden|collapse, a closed `<dialog>`, or an element child of a closed `<details>` other than its
 * `<summary>`.
 */
export function staticIsHidden(el: Element): boolean {
  const a = accessFor(el);
  if (a.getAttribute(el, 'hidden') !== null) return true;
  const aria = a.getAttribute(el, 'aria-hidden');
  if (aria !== null && aria.trim().toLowerCase() === 'true') return true;
  const style = a.getAttribute(el, 'style');
  if (style !== null && STYLE_HIDDEN.test(style)) return true;
  const name = a.localName(el);
  if (name === 'dialog' && a.getAttribute(el, 'open') === null) return true;
  if (name !== 'summary') {
    const parent = a.parentNode(el);
    if (parent && a.nodeType(parent) === ELEMENT_NODE && a.localName(parent as Element) === 'details' && a.getAttribute(parent as Element, 'open') === null) return true;
  }
  return false;
}

/**
 * A cheap pre-filter for the default rules, deciding whether the precise (slower) checks are needed at all.
 * It must accept a superset of what isFormField/staticIsHidden accept. Tag names are checked in JS (the
 * walk has read localName anyway); only elements that have attributes pay for one native `matches` call, and
 * closed `<details>` are handled when their children are pushed. A `matches` call on every element was the
 * single largest cost of the walk on large pages (measured ~2× a bare TreeWalker pass).
 */
const DEFAULT_PREFILTER = [
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'datalist',
  '[contenteditable]',
  '[hidden]',
  '[aria-hidden]',
  '[style]',
  'dialog',
  'details > *',
].join(',');
const ATTRIBUTE_PREFILTER = '[contenteditable],[hidden],[aria-hidden],[style]';

// ---------------------------------------------------------------------------------------------------------
// Extraction.

/** Marker pushed on the stack: when popped, we are leaving a block element. */
const LEAVE_BLOCK = {} as Node;

/** Extracts the visible text under `root` (a Document, Element, ShadowRoot/DocumentFragment or Text). */
export function extractVisibleText(root: Node, opts: VisibleTextOptions = {}): VisibleText {
  const walker = new VisibleTextWalker(root, opts);
  walker.run();
  return walker.result();
}

/**
 * The same extraction, resumable: `run(shouldStop)` walks until done or until `shouldStop()` says the time
 * slice is over (checked every few hundred nodes), so the content script can yield to the page between
 * slices and never block it for a long task. The result is identical to one uninterrupted walk of the DOM as
 * it was when each node was visited.
 */
export class VisibleTextWalker {
  private readonly a: DomAccess;
  private readonly maxChars: number;
  private readonly includeShadow: boolean;
  private readonly customHidden: ((el: Element) => boolean) | undefined;
  private readonly onShadowRoot: ((root: ShadowRoot) => void) | undefined;
  private readonly usePrefilter: boolean;
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private readonly stack: Node[];
  /** Checked in full even with the prefilter: its parent (e.g. a closed <details>) was never walked. */
  private readonly root: Node;
  private length = 0;
  // Separators are emitted lazily, just before the next text, so there is never one at the start, at the end
  // or twice in a row.
  private pendingSep = false;
  private truncated = false;
  /** Parts already handed out by takeText. */
  private taken = 0;

  constructor(root: Node, opts: VisibleTextOptions = {}) {
    this.maxChars = Math.max(0, opts.maxChars ?? DEFAULT_MAX_CHARS);
    this.includeShadow = opts.includeShadowRoots ?? true;
    this.customHidden = opts.isHidden;
    this.onShadowRoot = opts.onShadowRoot;
    this.a = accessFor(root);
    let usePrefilter = this.customHidden === undefined;
    if (usePrefilter) {
      // Some DOM shims may not support every selector: fall back to the precise checks on every element.
      try {
        const probe = root.ownerDocument ?? (root as Document);
        if (typeof probe.createElement === 'function') this.a.matches(probe.createElement('div'), DEFAULT_PREFILTER);
      } catch {
        usePrefilter = false;
      }
    }
    this.usePrefilter = usePrefilter;
    this.root = root;
    this.stack = [root];
  }

  get done(): boolean {
    return this.stack.length === 0 || this.truncated;
  }

  /** Characters read so far. */
  get textLength(): number {
    return this.length;
  }

  result(): VisibleText {
    return { text: this.parts.join(''), segments: this.segments, truncated: this.truncated };
  }

  /** The text read since the previous call (for a consumer that works through the text as it is read). */
  takeText(): string {
    const fresh = this.parts.slice(this.taken).join('');
    this.taken = this.parts.length;
    return fresh;
  }

  /** Walks until done, or until `shouldStop()` returns true (asked every 256 nodes). Returns `done`. */
  run(shouldStop?: () => boolean): boolean {
    const a = this.a;
    const stack = this.stack;
    const parts = this.parts;
    const segments = this.segments;
    const maxChars = this.maxChars;
    const customHidden = this.customHidden;
    let budget = 256;

    while (stack.length > 0 && !this.truncated) {
      if (shouldStop && --budget === 0) {
        if (shouldStop()) return false;
        budget = 256;
      }
      const node = stack.pop() as Node;
      if (node === LEAVE_BLOCK) {
        this.pendingSep = this.length > 0;
        continue;
      }
      const type = a.nodeType(node);
      if (type === TEXT_NODE) {
        const data = a.data(node as Text);
        if (data.length === 0) continue;
        if (this.pendingSep) {
          this.pendingSep = false;
          if (this.length + 1 > maxChars) {
            this.truncated = true;
            break;
          }
          parts.push('\n');
          this.length += 1;
        }
        const room = maxChars - this.length;
        if (data.length > room) {
          if (room > 0) {
            segments.push({ node: node as Text, start: this.length });
            parts.push(data.slice(0, room));
          }
          this.truncated = true;
          break;
        }
        segments.push({ node: node as Text, start: this.length });
        parts.push(data);
        this.length += data.length;
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const name = a.localName(el);
        if (SKIP_TAGS.has(name)) continue;
        if (customHidden) {
          if (isFormField(el) || customHidden(el)) continue;
        } else if (
          !this.usePrefilter ||
          el === this.root ||
          FORM_FIELD_TAGS.has(name) ||
          name === 'dialog' ||
          (a.hasAttributes(el) && a.matches(el, ATTRIBUTE_PREFILTER))
        ) {
          if (isFormField(el) || staticIsHidden(el)) continue;
        }
        if (BLOCK_TAGS.has(name)) {
          this.pendingSep = this.length > 0;
          stack.push(LEAVE_BLOCK);
        }
        // A closed <details> shows only its <summary> (and bare text): with the prefilter on, its other element
        // children are dropped here rather than tested one by one (staticIsHidden's rule).
        if (this.usePrefilter && name === 'details' && a.getAttribute(el, 'open') === null) this.pushClosedDetails(el);
        else this.pushChildren(el);
        if (this.includeShadow) {
          const sr = a.shadowRoot(el);
          // Pushed last so it is read first; the light DOM follows (see the slot note above).
          if (sr) {
            this.onShadowRoot?.(sr);
            this.pushChildren(sr);
          }
        }
      } else if (type === DOCUMENT_NODE || type === DOCUMENT_FRAGMENT_NODE) {
        this.pushChildren(node);
      }
      // Comments, processing instructions, doctypes, CDATA: ignored.
    }
    return true;
  }

  private pushClosedDetails(details: Element): void {
    const a = this.a;
    for (let c = a.lastChild(details); c !== null; c = a.previousSibling(c)) {
      if (a.nodeType(c) === ELEMENT_NODE && a.localName(c as Element) !== 'summary') continue;
      this.stack.push(c);
    }
  }

  private pushChildren(parent: Node): void {
    const a = this.a;
    // Push in reverse so that the first child is popped first.
    for (let c = a.lastChild(parent); c !== null; c = a.previousSibling(c)) this.stack.push(c);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Offsets -> DOM positions.

/** Index of the last segment whose start is <= offset, or -1. */
function segmentAtOrBefore(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as TextSegment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** End offset (exclusive) in `text` of segment i: its node's data, clipped to the next segment and the text. */
function segmentEnd(vt: VisibleText, i: number): number {
  const seg = vt.segments[i] as TextSegment;
  let end = seg.start + nodeLength(seg.node);
  const next = vt.segments[i + 1];
  if (next && next.start < end) end = next.start;
  if (vt.text.length < end) end = vt.text.length;
  return end;
}

function nodeLength(t: Text): number {
  return accessFor(t).data(t).length;
}

/**
 * Maps the half-open text range [start, end) back to DOM positions. Separators at the edges are trimmed away;
 * returns null when the range is empty, out of bounds or covers only separators. Offsets are clamped to the
 * nodes' current lengths, so a node that shrank since extraction still yields a valid (if shorter) range.
 */
export function domRangeFor(vt: VisibleText, start: number, end: number): DomRangeParts | null {
  const segs = vt.segments;
  if (segs.length === 0 || !(start < end) || start < 0 || end > vt.text.length) return null;

  // Start: the segment containing `start`, or the next one if `start` sits in a separator.
  let si = segmentAtOrBefore(segs, start);
  let startAt = start;
  if (si < 0 || start >= segmentEnd(vt, si)) {
    si += 1;
    if (si >= segs.length) return null;
    startAt = (segs[si] as TextSegment).start;
  }
  // End: the segment containing the last character (end - 1), or the previous one if that is a separator.
  const ei = segmentAtOrBefore(segs, end - 1);
  let endAt = end;
  if (ei < 0) return null;
  const eEnd = segmentEnd(vt, ei);
  if (end - 1 >= eEnd) endAt = eEnd;
  if (ei < si || startAt >= endAt) return null;

  const sSeg = segs[si] as TextSegment;
  const eSeg = segs[ei] as TextSegment;
  const clamp = (v: number, t: Text): number => Math.max(0, Math.min(v, nodeLength(t)));
  return {
    startNode: sSeg.node,
    startOffset: clamp(startAt - sSeg.start, sSeg.node),
    endNode: eSeg.node,
    endOffset: clamp(endAt - eSeg.start, eSeg.node),
  };
}
