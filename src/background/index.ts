/**
 * Wires the background worker. Listeners are registered synchronously when the worker starts: MV3 stops the
 * worker after ~30 s idle and only listeners registered at top level wake it up again.
 */
import { browser } from 'wxt/browser';
import { clearBadge } from './badge';
import { handleMessage, type HandlerContext } from './handlers';
import { deleteReport } from './report-store';

export function startBackground(): void {
  const ctx: HandlerContext = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    tabUrl: async (tabId) => {
      try {
        return (await browser.tabs.get(tabId)).url ?? null;
      } catch {
        return null;
      }
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // sendResponse + `return true` works in Chrome and Firefox alike (and in the fake browser).
    handleMessage(message, sender, ctx).then(sendResponse, () => sendResponse({ error: 'internal error' }));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void deleteReport(tabId);
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: the old report no longer describes it.
    if (change.status === 'loading' && change.url !== undefined) {
      void deleteReport(tabId).then(() => clearBadge(tabId));
    }
  });
}
