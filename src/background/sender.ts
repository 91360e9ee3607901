/**
 * Who sent a message, decided from `sender` only (never from the payload). Content scripts speak for one
 * frame of one tab; the extension's own pages (popup, options, full-report tab) may ask privileged things.
 *
 * A content script's sender has our extension id, a tab, a frame id and the web page's URL. An extension
 * page's sender has our extension id and a URL on our own origin (and a tab too when it is opened as a
 * page, e.g. popup.html?tab=ID). Messages from other extensions never reach runtime.onMessage (that would be
 * onMessageExternal, which StemCheck does not listen to), but the id is checked anyway.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** Chrome ≥ 106: unique per document. */
  documentId?: string;
  /** Chrome ≥ 106: 'prerender' | 'active' | 'cached' | 'pending_deletion'. */
  documentLifecycle?: string;
}

export interface FrameIdentity {
  tabId: number;
  frameId: number;
  /** The URL of the frame's document (sender.url). */
  url: string;
  /** The URL of the tab's top-level page, when the browser says (sender.tab.url). */
  tabUrl: string | null;
  documentId: string | null;
  /** 'active' unless Chrome says otherwise. */
  lifecycle: 'active' | 'prerender' | 'inactive';
}

const MAX_TAB_ID = 2 ** 31 - 1;

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TAB_ID;
}

/** The extension's own origin with its trailing slash: `chrome-extension://<id>/`, so `…<id>.evil/` fails. */
function onOrigin(url: unknown, extensionOrigin: string): boolean {
  return typeof url === 'string' && extensionOrigin.endsWith('/') && url.startsWith(extensionOrigin);
}

export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return typeof sender.id === 'string' && sender.id === extensionId && onOrigin(sender.url, extensionOrigin);
}

/** The frame a content-script message speaks for, or null when the sender is not a content script. */
export function frameIdentity(sender: SenderLike, extensionId: string, extensionOrigin: string): FrameIdentity | null {
  if (typeof sender.id !== 'string' || sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  const url = sender.url;
  if (!isId(tabId) || !isId(frameId)) return null;
  // Content scripts run on web pages only (http/https matches); our own pages are not frames of a scan.
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || onOrigin(url, extensionOrigin)) return null;
  const documentId = typeof sender.documentId === 'string' && sender.documentId.length <= 64 ? sender.documentId : null;
  const lc = sender.documentLifecycle;
  const lifecycle = lc === 'prerender' ? 'prerender' : lc === 'cached' || lc === 'pending_deletion' ? 'inactive' : 'active';
  const tabUrl = typeof sender.tab?.url === 'string' ? sender.tab.url : null;
  return { tabId, frameId, url, tabUrl, documentId, lifecycle };
}
