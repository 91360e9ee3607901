/** Shared fixtures for background unit tests: crafted senders, a handler context on the fake browser, texts. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { extractPassages } from '../../src/engine';
import { browserContext, type HandlerContext } from '../../src/background/context';
import type { SenderLike } from '../../src/background/sender';
import type { ScanMessage } from '../../src/shared/messages';

export const EXT_ID = fakeBrowser.runtime.id;
export const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;

export const CLINIC_TEXT =
  'Stem Cell Therapy at RenewCell Institute. Our mesenchymal stem cell therapy is 100% safe with no side effects, ' +
  'because we use your own cells. We treat autism, cerebral palsy, multiple sclerosis, Parkinson\'s disease, diabetes ' +
  'and ageing. Over 92% of our patients improve after one treatment. Results are guaranteed. Treatment packages start ' +
  'from $15,000. Book your free consultation today.';
export const AD_TEXT =
  'Stem cell injections: a miracle breakthrough, world-leading clinic. Reverse ageing and look 20 years younger. ' +
  'Limited spots, book now for $5,000.';
export const PLAIN_TEXT = 'A recipe for cured ham. Let the ham rest for two weeks. This download is 100% safe.';

export function scanOf(text: string, seq = 1, extra: Partial<ScanMessage> = {}): ScanMessage {
  const { passages, topic, truncated } = extractPassages(text);
  return { type: 'scan', seq, passages, textLength: text.length, partial: truncated, topic, ...extra };
}

/** A content script in `frameId` of `tabId`, as Chrome describes it. */
export function contentSender(tabId: number, frameId = 0, extra: Partial<SenderLike> = {}): SenderLike {
  const url = extra.url ?? `https://clinic.example/page-${tabId}`;
  return {
    id: EXT_ID,
    url,
    origin: new URL(url).origin,
    tab: { id: tabId, url: frameId === 0 ? url : `https://clinic.example/page-${tabId}` },
    frameId,
    documentId: `doc-${tabId}-${frameId}`,
    documentLifecycle: 'active',
    ...extra,
  };
}

/** The popup opened as a page (it has a tab too) or from the toolbar (no tab). */
export function pageSender(path = 'popup.html', withTab = false): SenderLike {
  return { id: EXT_ID, url: `${EXT_ORIGIN}${path}`, ...(withTab ? { tab: { id: 999, url: `${EXT_ORIGIN}${path}` }, frameId: 0 } : {}) };
}

export interface TestContext extends HandlerContext {
  sendToTab: ReturnType<typeof vi.fn> & HandlerContext['sendToTab'];
  injectContentScript: ReturnType<typeof vi.fn> & HandlerContext['injectContentScript'];
}

/** The real context on the fake browser, with the calls it lacks (tabs.sendMessage, scripting) as mocks. */
export function testContext(now = () => 1_700_000_000_000): TestContext {
  const ctx = browserContext();
  return {
    ...ctx,
    now,
    sendToTab: vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
    injectContentScript: vi.fn(async () => {
      throw new Error('Cannot access contents of the page.');
    }),
  } as TestContext;
}

/** Everything in storage (session and local) and every badge: "no state changed" compares these. */
export async function snapshotState(tabIds: number[] = []): Promise<string> {
  const session = await fakeBrowser.storage.session.get(null);
  const local = await fakeBrowser.storage.local.get(null);
  const badges = await Promise.all(
    tabIds.map(async (tabId) => [
      await fakeBrowser.action.getBadgeText({ tabId }),
      await fakeBrowser.action.getTitle({ tabId }),
    ]),
  );
  return JSON.stringify({ session, local, badges });
}

/** A tab in the fake browser at `url` (returns its id). */
export async function openTab(url: string, status: 'loading' | 'complete' = 'complete'): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  await fakeBrowser.tabs.update(tab.id as number, { status } as never);
  return tab.id as number;
}
