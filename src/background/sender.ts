/**
 * Who sent a message, decided from `sender` only (never from the payload). Content scripts speak for one
 * frame of one tab; the extension's own pages (popup, options, full report tab) may ask privileged things.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

export interface FrameIdentity {
  tabId: number;
  frameId: number;
  /** tab + frame + document, so a navigated frame never mixes with its predecessor. */
  key: string;
  url: string;
}

export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export function frameIdentity(sender: SenderLike, extensionId: string, extensionOrigin: string): FrameIdentity | null {
  if (sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  const url = sender.url;
  if (!Number.isInteger(tabId) || (tabId as number) < 0) return null;
  if (!Number.isInteger(frameId) || (frameId as number) < 0) return null;
  if (typeof url !== 'string' || url.startsWith(extensionOrigin)) return null;
  const doc = typeof sender.documentId === 'string' ? sender.documentId.slice(0, 64) : url.slice(0, 120);
  return { tabId: tabId as number, frameId: frameId as number, key: `${tabId}:${frameId}:${doc}`, url };
}
