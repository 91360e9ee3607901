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
const gIsConnected = nodeProto ? getter<boolean>(nodeProto, 'isConnected') : null;
const gParentNode = nodeProto ? getter<Node | null>(nodeProto, 'parentNode') : null;
const mContains = nodeProto ? method<(this: Node, other: Node | null) => boolean>(nodeProto, 'contains') : null;
const mGetRootNode = nodeProto ? method<(this: Node) => Node>(nodeProto, 'getRootNode') : null;
const mAppendChild = nodeProto ? method<(this: Node, child: Node) => Node>(nodeProto, 'appendChild') : null;
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
