/**
 * Wires the content script of one frame: settings (live), the scanner, change watching, SPA navigation,
 * back/forward cache, hover and focus explanations, and "show on page" requests from the background.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPaused, readSettings, settingsItem, type Settings } from '../shared/settings';
import { ContentController } from './controller';
import { documentElementOf } from './dom';
import { HighlightPainter, HighlightStyles, highlightApiAvailable, type Painter } from './highlighter';
import { HOVER_MS, hitAt } from './hover';
import { Lifetime, watchLocation } from './lifetime';
import { OverlayPainter } from './overlay';
import { scrollToNode, showFindingMessage } from './show-finding';
import { Tooltip, type Lang } from './tooltip';
import { UiLayer } from './ui-layer';
import { ChangeWatcher } from './watch';

/** How often we check that the page has not removed our highlights (a Map lookup; restores are capped). */
const GUARD_MS = 2_000;

/** Resolves once the page has loaded and the main thread is idle (or after 2 s): scanning never competes
 * with the page's own first rendering. */
function pageSettled(life: Lifetime): Promise<void> {
  return new Promise((resolve) => {
    const idle = (): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2_000 });
      else setTimeout(resolve, 0);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true, signal: life.signal });
  });
}

export function startContent(ctx: ContentScriptContext): void {
  const doc = document;
  // Runs at document_start: the highlight stylesheet is adopted now, while it costs nothing (see HighlightStyles).
  const styles = highlightApiAvailable() ? new HighlightStyles(doc) : null;
  const life = new Lifetime(ctx);
  const layer = new UiLayer(doc);
  const tooltip = new Tooltip(doc, layer);
  let settings: Settings | null = null;
  let paused = true;

  const controller = new ContentController(doc, {
    send: (message) => browser.runtime.sendMessage(message),
    painter: (): Painter => (styles ? new HighlightPainter(styles) : new OverlayPainter(doc, layer)),
    alive: () => life.alive,
    onPainted: () => tooltip.hide(),
    onShadowRoot: (root) => {
      watcher.watchShadowRoot(root);
      styles?.adoptInto(root);
    },
  });

  const html = documentElementOf(doc);
  const watcher = new ChangeWatcher(
    html ?? doc,
    (batch) => {
      if (paused) return;
      if (batch.overflow) controller.requestFull();
      else controller.requestRoots(batch.roots, batch.removed);
    },
    (node) => layer.owns(node),
  );

  const lang = (): Lang => {
    const pref = settings?.language ?? 'auto';
    if (pref === 'zh_CN') return 'zh';
    if (pref === 'en') return 'en';
    return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  };

  const apply = (next: Settings, first: boolean): void => {
    const prev = settings;
    settings = next;
    const nowPaused = isPaused(next, location.href);
    controller.setHighlight(next.autoHighlight && !nowPaused);
    if (nowPaused && !paused) {
      paused = true;
      watcher.stop();
      tooltip.hide();
      void controller.reset(false);
    } else if (!nowPaused && (paused || first)) {
      paused = false;
      watcher.start();
      controller.requestFull();
    } else if (prev && prev.sensitivity !== next.sensitivity) {
      controller.requestResend();
    }
  };

  const begin = async (): Promise<void> => {
    const initial = await readSettings();
    await pageSettled(life);
    apply(initial, true);
    const unwatch = settingsItem.watch(() => {
      void readSettings().then((s) => apply(s, false));
    });
    life.onEnd(unwatch);
  };

  // Prerendered documents wait until they are shown, so a page the user never sees is never scanned.
  const prerendering = (doc as Document & { prerendering?: boolean }).prerendering === true;
  if (prerendering) {
    doc.addEventListener('prerenderingchange', () => void begin(), { once: true, signal: life.signal });
  } else {
    void begin();
  }

  // SPA navigation: the old route's findings no longer describe the page.
  watchLocation(life, () => {
    if (!paused) void controller.reset(true);
  });

  // Back/forward cache: the document is restored as it was, but the background may have dropped its report.
  window.addEventListener(
    'pageshow',
    (e) => {
      if (e.persisted && !paused) controller.requestFull();
    },
    { signal: life.signal },
  );

  // Hover: at most one hit test per HOVER_MS, only while something is painted.
  let hoverTimer: ReturnType<typeof setTimeout> | null = null;
  let lastMove: { x: number; y: number } | null = null;
  const hoverCheck = (): void => {
    hoverTimer = null;
    if (!lastMove || controller.index.size === 0) return;
    const hit = hitAt(doc, controller.index, lastMove.x, lastMove.y);
    if (hit) tooltip.show(hit.item, hit.item.finding, lang(), hit.rect);
    else tooltip.hide();
  };
  window.addEventListener(
    'mousemove',
    (e) => {
      if (controller.index.size === 0) return;
      lastMove = { x: e.clientX, y: e.clientY };
      hoverTimer ??= setTimeout(hoverCheck, HOVER_MS);
    },
    { passive: true, capture: true, signal: life.signal },
  );
  window.addEventListener('scroll', () => tooltip.hide(), { passive: true, capture: true, signal: life.signal });
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') tooltip.hide();
    },
    { capture: true, signal: life.signal },
  );

  // Focus: a focused link or button holding a claim explains it too.
  doc.addEventListener(
    'focusin',
    (e) => {
      const target = e.target;
      if (!(target instanceof Element) || controller.index.size === 0) return;
      const item = controller.index.inside(target);
      if (item) tooltip.show(item, item.finding, lang(), target.getBoundingClientRect());
    },
    { capture: true, signal: life.signal },
  );
  doc.addEventListener('focusout', () => tooltip.hide(), { capture: true, signal: life.signal });

  // A page may strip our highlights (CSS.highlights.clear()); restore within a fixed budget.
  life.setInterval(() => controller.ensurePainterIfAny()?.guard(), GUARD_MS);

  // "Show on page" from the popup, relayed by the background to this frame.
  const onMessage = (message: unknown): Promise<{ ok: boolean }> | undefined => {
    const parsed = showFindingMessage.safeParse(message);
    if (!parsed.success) return undefined;
    const item = controller.locate(parsed.data.start, parsed.data.end);
    if (!item) return Promise.resolve({ ok: false });
    scrollToNode(item.parts.startNode);
    controller.ensurePainter().flash(item.parts);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onEnd(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    watcher.stop();
    tooltip.hide();
    // An orphaned copy (extension reloaded or removed) leaves nothing behind; a new copy paints afresh.
    controller.teardown();
    const painter = controller.ensurePainterIfAny();
    if (painter instanceof HighlightPainter) painter.unregister();
    styles?.remove();
    layer.destroy();
  });
}
