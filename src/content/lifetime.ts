/**
 * How long this content script lives, decided by us rather than by a page event. WXT invalidates a content
 * script's context when a document event named after the extension says a newer copy started; a page that
 * knows our extension ID can dispatch that event itself. So we treat an invalidation as real only when the
 * extension context is really gone (`browser.runtime.id` undefined: the extension was updated, reloaded or
 * removed), and otherwise keep running on our own AbortController.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export class Lifetime {
  private readonly controller = new AbortController();

  constructor(ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      if (!extensionAlive()) this.end();
      // else: a forged "newer script started" event. Ignore it; our listeners use our own signal.
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get alive(): boolean {
    if (!this.controller.signal.aborted && !extensionAlive()) this.end();
    return !this.controller.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  onEnd(cb: () => void): void {
    this.controller.signal.addEventListener('abort', cb, { once: true });
  }

  setInterval(cb: () => void, ms: number): void {
    const id = setInterval(() => {
      if (this.alive) cb();
    }, ms);
    this.onEnd(() => clearInterval(id));
  }
}

export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/**
 * Calls `onChange(newUrl)` when this document's URL changes without a new document (SPA navigation):
 * the Navigation API's `navigate` event where available, and a 1 s poll as a backstop (history APIs used
 * before the listener existed, browsers without the Navigation API). Fragment-only changes are ignored unless
 * they look like hash routes (`#/…`, `#!…`), since in-page anchors are not new content.
 */
export function watchLocation(life: Lifetime, onChange: (url: string) => void): void {
  let last = location.href;
  const check = (): void => {
    const now = location.href;
    if (now === last) return;
    const before = new URL(last);
    const after = new URL(now);
    last = now;
    before.hash = '';
    after.hash = '';
    const hashRoute = /^#[/!]/.test(new URL(now).hash);
    if (before.href === after.href && !hashRoute) return;
    onChange(now);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // `navigate` fires before the URL changes: look right after.
    nav.addEventListener('navigate', () => setTimeout(check, 0), { signal: life.signal });
  }
  window.addEventListener('popstate', check, { signal: life.signal });
  life.setInterval(check, 1_000);
}
