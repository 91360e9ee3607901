/**
 * What the handlers need from the browser beyond storage, behind one interface: unit tests pass fakes for
 * the parts the fake browser lacks (tabs.sendMessage, scripting), the worker passes the real thing.
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContentMessage } from '../shared/messages';

export interface TabInfo {
  url: string | null;
  /** 'loading' | 'complete' | 'unloaded' … as the browser says. */
  status: string | null;
}

export interface HandlerContext {
  extensionId: string;
  /** `chrome-extension://<id>/` (with the trailing slash). */
  extensionOrigin: string;
  /** The tab's URL and loading status; null when there is no such tab. */
  tabInfo(tabId: number): Promise<TabInfo | null>;
  /** tabs.sendMessage to one frame (and, in Chrome, one document); rejects when nothing listens. */
  sendToTab(tabId: number, message: BackgroundToContentMessage, target: { frameId: number; documentId?: string }): Promise<unknown>;
  /** Injects the content script into every frame of the tab; rejects when the browser does not allow it. */
  injectContentScript(tabId: number): Promise<void>;
  now(): number;
}

/** Where WXT puts the built content script (entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

export function browserContext(): HandlerContext {
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    async tabInfo(tabId) {
      try {
        const tab = await browser.tabs.get(tabId);
        if (!tab) return null;
        return { url: tab.url ?? tab.pendingUrl ?? null, status: tab.status ?? null };
      } catch {
        return null;
      }
    },
    sendToTab(tabId, message, target) {
      // documentId is Chrome-only; Firefox rejects unknown options, so it is passed only when known.
      const options: { frameId: number; documentId?: string } = { frameId: target.frameId };
      if (target.documentId !== undefined) options.documentId = target.documentId;
      return browser.tabs.sendMessage(tabId, message, options);
    },
    async injectContentScript(tabId) {
      // `scripting` is declared for this; the browser allows it where StemCheck has host access to the tab
      // (activeTab after the user opened the popup on it).
      if (!browser.scripting?.executeScript) throw new Error('scripting unavailable');
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    },
    now: () => Date.now(),
  };
}
