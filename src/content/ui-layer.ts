/**
 * The one element we add to the page: a host at the end of <html> with a closed shadow root, holding the
 * tooltip and (where the Highlight API is missing) the overlay boxes. Closed, so page scripts cannot reach
 * into it; every style inside is a constant; the host's inline `!important` styles beat page CSS that would
 * hide, move or restyle it. It is created lazily (most pages never need it) and re-attached if removed.
 */
import { appendTo, createElementIn, documentElementOf, isConnected } from './dom';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: absolute',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'pointer-events: none',
]
  .map((d) => `${d} !important`)
  .join('; ');

export const LAYER_CSS = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; border-radius: 2px; }
.box.low { background: rgb(255 214 0 / 0.45); border-bottom: 2px dotted rgb(180 140 0); }
.box.medium { background: rgb(255 140 0 / 0.5); border-bottom: 2px solid rgb(200 90 0); }
.box.high { background: rgb(255 60 60 / 0.5); border-bottom: 2px solid rgb(200 0 0); }
.box.flash { outline: 3px solid rgb(0 90 255); outline-offset: 1px; }
.tip {
  position: fixed; max-width: 340px; box-sizing: border-box; padding: 10px 12px; border-radius: 8px;
  background: #1f2328; color: #f6f8fa; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.35); pointer-events: none; white-space: normal; text-align: left;
  border-left: 4px solid var(--sev, #d1242f);
}
.tip[hidden] { display: none; }
.tip .t { font-weight: 600; margin: 0 0 4px; }
.tip .l { font-weight: 600; margin: 6px 0 0; color: #c9d1d9; }
.tip p { margin: 0; }
.tip .s { margin-top: 6px; color: #8b949e; font-size: 12px; }
`;

export class UiLayer {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;

  constructor(private readonly doc: Document) {}

  /** The host element (for our MutationObserver to ignore), or null if not created yet. */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** The shadow root, attached to the page (re-attached if the page removed the host). */
  root(): ShadowRoot | null {
    if (!this.host) {
      const host = createElementIn(this.doc, 'div') as HTMLElement;
      host.setAttribute('style', HOST_STYLE);
      this.shadow = host.attachShadow({ mode: 'closed' });
      const style = createElementIn(this.doc, 'style');
      style.textContent = LAYER_CSS;
      this.shadow.appendChild(style);
      this.host = host;
    }
    if (!isConnected(this.host)) {
      const html = documentElementOf(this.doc);
      if (!html) return null;
      appendTo(html, this.host);
    }
    return this.shadow;
  }

  owns(node: Node): boolean {
    return node === this.host;
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.shadow = null;
  }
}
