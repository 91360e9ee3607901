/**
 * Wires the background worker. Every listener is registered synchronously when the worker starts: MV3
 * stops the worker after ~30 s idle and wakes it only for events whose listeners were registered during
 * its first turn. No state lives in memory between events (reports are in storage.session) and there are
 * no timers, so a stop at any moment loses nothing.
 *
 * Tabs open before install or update have no live content script. StemCheck does not inject into them on
 * runtime.onInstalled: scripting.executeScript needs host access, and StemCheck asks for none (its content
 * script's match patterns do not grant it). Instead the popup sends `rescan` for its tab: opening the popup
 * grants activeTab for that tab, so the background can inject there; elsewhere it answers "reload-needed".
 */
import { browser } from 'wxt/browser';
import { repairSettings, settingsItem } from '../shared/settings';
import { browserContext } from './context';
import { handleMessage } from './handlers';
import { onSettingsChanged, onTabRemoved, onTabReplaced, onTabUpdated } from './lifecycle';
import type { SenderLike } from './sender';

const logged = (what: string) => (error: unknown) => console.warn(`StemCheck: ${what} failed`, error);

export function startBackground(): void {
  const ctx = browserContext();

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // sendResponse + `return true` works in Chrome and Firefox alike (and in the fake browser).
    handleMessage(message, sender as SenderLike, ctx).then(sendResponse, () => sendResponse({ error: 'internal error' }));
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    onTabRemoved(tabId).catch(logged('tab close'));
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    onTabUpdated(tabId, change).catch(logged('tab update'));
  });

  // Absent in some test doubles; present in Chrome and Firefox.
  browser.tabs.onReplaced?.addListener((addedTabId, removedTabId) => {
    ctx
      .tabInfo(addedTabId)
      .then((tab) => onTabReplaced(addedTabId, removedTabId, tab?.url ?? null))
      .catch(logged('tab replace'));
  });

  settingsItem.watch((value) => {
    onSettingsChanged(repairSettings(value), ctx.now()).catch(logged('settings change'));
  });
}
