/**
 * Clobber-safe access to the few document members the content script needs. A page can shadow `document`
 * properties with named elements (`<form name=body>`, `<img name=querySelector>`): `document.body` would then
 * be the form, and `document.querySelector` an image. Reading through the original prototype getters and
 * methods, captured once at module load, is immune to that (named properties live on the instance).
 */

type AnyFn = (...args: never[]) => unknown;

function getter<T>(proto: object, name: string): ((this: unknown) => T) | null {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return typeof d?.get === 'function' ? (d.get as (this: unknown) => T) : null;
}

function method<F extends AnyFn>(proto: object, name: string): F | null {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  return typeof d?.value === 'function' ? (d.value as F) : null;
}

function methodInChain<F extends AnyFn>(proto: object, name: string): F | null {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const m = method<F>(p, name);
    if (m) return m;
  }
  return null;
}

const docProto = typeof Document === 'function' ? Document.prototype : null;
const nodeProto = typeof Node === 'function' ? Node.prototype : null;
const elProto = typeof Element === 'function' ? Element.prototype : null;

const gBody = docProto ? getter<HTMLElement | null>(docProto, 'body') : null;
const gDocEl = docProto ? getter<Element | null>(docProto, 'documentElement') : null;
const gVisibility = docProto ? getter<string>(docProto, 'visibilityState') : null;
const mCaretPosition = docProto
  ? method<(this: Document, x: number, y: number, o?: unknown) => CaretPosition | null>(docProto, 'caretPositionFromPoint')
  : null;
const mCaretRange = docProto
  ? method<(this: Document, x: number, y: number) => Range | null>(docProto, 'caretRangeFromPoint')
  : null;
const mCreateElement = docProto ? method<(this: Document, tag: string) => Element>(docProto, 'createElement') : null;
// Looked up along the prototype chain: some DOMs (happy-dom in the unit tests) define it on a base class.
const mCreateTreeWalker = docProto ? methodInChain<(this: Document, root: Node, whatToShow?: number) => TreeWalker>(docProto, 'createTreeWalker') : null;
const gIsConnected = nodeProto ? getter<boolean>(nodeProto, 'isConnected') : null;
const gParentNode = nodeProto ? getter<Node | null>(nodeProto, 'parentNode') : null;
const gOwnerDocument = nodeProto ? getter<Document | null>(nodeProto, 'ownerDocument') : null;
const mContains = nodeProto ? method<(this: Node, other: Node | null) => boolean>(nodeProto, 'contains') : null;
const mGetRootNode = nodeProto ? method<(this: Node) => Node>(nodeProto, 'getRootNode') : null;
const mAppendChild = nodeProto ? method<(this: Node, child: Node) => Node>(nodeProto, 'appendChild') : null;
const gNodeType = nodeProto ? getter<number>(nodeProto, 'nodeType') : null;
const gFirstChild = nodeProto ? getter<Node | null>(nodeProto, 'firstChild') : null;
const gNextSibling = nodeProto ? getter<Node | null>(nodeProto, 'nextSibling') : null;
const mCheckVisibility = elProto
  ? method<(this: Element, o?: Record<string, boolean>) => boolean>(elProto, 'checkVisibility')
  : null;

/** The `<body>` (or the root element for frameset/SVG documents), never a clobbering named element. */
export function scanRoot(doc: Document): Element | null {
  const body = gBody ? gBody.call(doc) : doc.body;
  if (body && body instanceof Element) return body;
  return documentElementOf(doc);
}

export function documentElementOf(doc: Document): Element | null {
  const el = gDocEl ? gDocEl.call(doc) : doc.documentElement;
  return el instanceof Element ? el : null;
}

export function isDocumentVisible(doc: Document): boolean {
  return (gVisibility ? gVisibility.call(doc) : doc.visibilityState) !== 'hidden';
}

export function createElementIn(doc: Document, tag: string): Element {
  return mCreateElement ? mCreateElement.call(doc, tag) : doc.createElement(tag);
}

/** A native walker over the text nodes under `root` (a TreeWalker's own methods cannot be clobbered). */
export function textNodeWalker(root: Node): TreeWalker | null {
  const doc = gOwnerDocument ? gOwnerDocument.call(root) : root.ownerDocument;
  if (!doc || !mCreateTreeWalker) return null;
  return mCreateTreeWalker.call(doc, root, 4 /* NodeFilter.SHOW_TEXT */);
}

export function appendTo(parent: Node, child: Node): void {
  if (mAppendChild) mAppendChild.call(parent, child);
  else parent.appendChild(child);
}

export function isConnected(node: Node): boolean {
  return gIsConnected ? gIsConnected.call(node) : node.isConnected;
}

export function parentOf(node: Node): Node | null {
  return gParentNode ? gParentNode.call(node) : node.parentNode;
}

export function containsNode(parent: Node, child: Node): boolean {
  return mContains ? mContains.call(parent, child) : parent.contains(child);
}

export function rootNodeOf(node: Node): Node {
  return mGetRootNode ? mGetRootNode.call(node) : node.getRootNode();
}

const textContentGetters = new WeakMap<object, ((this: unknown) => string | null) | null>();

/**
 * The node's textContent through the getter found on its prototype chain (named properties live on the
 * instance, so a `<input name=textContent>` inside a form cannot answer instead). Cached per prototype.
 */
export function textContentOf(node: Node): string {
  const proto = Object.getPrototypeOf(node) as object | null;
  if (!proto) return node.textContent ?? '';
  let g = textContentGetters.get(proto);
  if (g === undefined) {
    g = null;
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, 'textContent');
      if (typeof d?.get === 'function') {
        g = d.get as (this: unknown) => string | null;
        break;
      }
    }
    textContentGetters.set(proto, g);
  }
  return (g ? g.call(node) : node.textContent) ?? '';
}

export function nodeTypeOf(node: Node): number {
  return gNodeType ? gNodeType.call(node) : node.nodeType;
}

/** Child nodes, in order (a form's `childNodes` can be shadowed by a control named "childNodes"). */
export function childNodesOf(node: Node): Node[] {
  const out: Node[] = [];
  if (gFirstChild && gNextSibling) {
    for (let c = gFirstChild.call(node); c; c = gNextSibling.call(c)) out.push(c);
  } else {
    for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  }
  return out;
}

/**
 * Is this element rendered and not visibility:hidden? Used lazily, only on the few elements that hold
 * candidate passages, because a computed-style test on every element of a 50k-node page is what makes naive
 * scanners slow. Where checkVisibility is missing (older engines) we assume visible: static hidden markup was
 * already skipped by the walk.
 */
export function isRendered(el: Element): boolean {
  if (!mCheckVisibility) return true;
  return mCheckVisibility.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
}

/** The text position under a viewport point, through open shadow roots where supported. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (mCaretPosition) {
    const p = mCaretPosition.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (mCaretRange) {
    const r = mCaretRange.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
