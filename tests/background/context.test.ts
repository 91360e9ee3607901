/** The browser side of the handler context: tab info, relaying to one frame, injecting the content script. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, browserContext } from '../../src/background/context';

beforeEach(() => fakeBrowser.reset());

describe('browserContext', () => {
  it('knows the extension id and origin (with the trailing slash)', () => {
    const ctx = browserContext();
    expect(ctx.extensionId).toBe(fakeBrowser.runtime.id);
    expect(ctx.extensionOrigin).toBe(`chrome-extension://${fakeBrowser.runtime.id}/`);
  });

  it('tabInfo gives url and status, null for a missing tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    const ctx = browserContext();
    expect(await ctx.tabInfo(tab.id as number)).toEqual({ url: 'https://a.example/', status: null });
    expect(await ctx.tabInfo(123456)).toBeNull();
  });

  it('sendToTab targets one frame, and one document only when Chrome gave its id', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    Object.assign(fakeBrowser.tabs, { sendMessage: send });
    const ctx = browserContext();
    await ctx.sendToTab(3, { type: 'ping' }, { frameId: 0 });
    await ctx.sendToTab(3, { type: 'show-finding', start: 1, end: 2 }, { frameId: 4, documentId: 'D' });
    expect(send).toHaveBeenNthCalledWith(1, 3, { type: 'ping' }, { frameId: 0 });
    expect(send).toHaveBeenNthCalledWith(2, 3, { type: 'show-finding', start: 1, end: 2 }, { frameId: 4, documentId: 'D' });
    // Firefox rejects unknown options: no `documentId: undefined` key.
    expect(Object.keys((send.mock.calls[0] as unknown[])[2] as object)).toEqual(['frameId']);
  });

  it('injectContentScript injects the built content script into every frame', async () => {
    const executeScript = vi.fn(async () => []);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    await browserContext().injectContentScript(9);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 9, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
    expect(CONTENT_SCRIPT_FILE).toBe('/content-scripts/content.js');
  });

  it('injectContentScript rejects when the browser refuses', async () => {
    Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))) } });
    await expect(browserContext().injectContentScript(9)).rejects.toThrow(/Cannot access/);
  });
});
