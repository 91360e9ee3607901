/**
 * The popup container and the options page on the fake browser: replies from a fake background, settings
 * written to storage, live updates without reload.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, settingsItem } from '../../src/shared/settings';
import { Options } from '../../src/ui/options/Options';
import { Popup } from '../../src/ui/popup/Popup';
import { finding, makeReport } from './fixtures';

let root: HTMLElement;
const sent: unknown[] = [];
let reply: (message: { type: string }) => unknown = () => ({ status: 'none' });

async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; DOM: ${root.textContent?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
const state = () => root.querySelector('[data-testid="popup"]')?.getAttribute('data-state');
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  reply = () => ({ status: 'none' });
  // The fake browser answers with sendResponse + `return true`, like the real background.
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    sent.push(message);
    sendResponse(reply(message as { type: string }));
    return true;
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  vi.restoreAllMocks();
  render(null, root);
  root.remove();
  history.replaceState(null, '', '/');
});

describe('popup container', () => {
  async function openOn(url: string) {
    const tab = await fakeBrowser.tabs.create({ url });
    await fakeBrowser.tabs.update(tab.id, { status: 'complete' } as never).catch(() => undefined);
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    render(<Popup />, root);
    return tab.id as number;
  }

  it('asks the background for the tab named in the URL and shows its report', async () => {
    const report = makeReport({ url: 'https://clinic.example/x', findings: [finding({ quote: 'There are no side effects.' })] });
    reply = (m) => (m.type === 'get-report' ? { status: 'ok', report } : { ok: true });
    const tabId = await openOn('https://clinic.example/x');
    await until(() => state() === 'flagged');
    expect(sent).toContainEqual({ type: 'get-report', tabId });
    expect(byTestId('quote')?.textContent).toBe('There are no side effects.');
    // Opened as a page (?tab=), there is no "open the full report" button.
    expect(byTestId('open-full')).toBeNull();
  });

  it('pause writes the site to settings and shows the paused state; resume removes it', async () => {
    const report = makeReport({ url: 'https://clinic.example/x', findings: [finding({ quote: 'no side effects' })] });
    reply = (m) => (m.type === 'get-report' ? { status: 'ok', report } : { ok: true });
    await openOn('https://clinic.example/x');
    await until(() => state() === 'flagged');
    byTestId<HTMLButtonElement>('pause')?.click();
    await until(() => state() === 'paused');
    expect((await readSettings()).pausedSites).toEqual(['clinic.example']);
    expect(byTestId('resume')?.textContent).toContain('clinic.example');
    byTestId<HTMLButtonElement>('resume')?.click();
    await until(() => state() === 'flagged');
    expect((await readSettings()).pausedSites).toEqual([]);
  });

  it('switches language live when the setting changes', async () => {
    reply = (m) => (m.type === 'get-report' ? { status: 'restricted' } : { ok: true });
    await openOn('https://clinic.example/x');
    await until(() => state() === 'restricted');
    expect(document.documentElement.lang).toBe('en');
    await settingsItem.setValue({ ...(await readSettings()), language: 'zh_CN' });
    await until(() => document.documentElement.lang === 'zh-CN');
    expect(root.querySelector('h1')?.textContent).toContain('StemCheck 无法读取此网页');
    await settingsItem.setValue({ ...(await readSettings()), language: 'auto' });
  });

  it('no report and none coming: asks once for a rescan, then offers a reload', async () => {
    const tabId = await openOn('https://old-tab.example/');
    await until(() => state() === 'not-running', 5000);
    expect(sent.filter((m) => (m as { type: string }).type === 'rescan')).toEqual([{ type: 'rescan', tabId }]);
    expect(byTestId('reload-page')).not.toBeNull();
  });

  it('from the toolbar: reports on the active tab and opens the full report in a tab', async () => {
    const report = makeReport({ url: 'https://clinic.example/x', findings: [finding({ quote: 'no side effects' })] });
    reply = (m) => (m.type === 'get-report' ? { status: 'ok', report } : { ok: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://clinic.example/x', active: true });
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementationOnce((async () => [tab]) as never);
    history.replaceState(null, '', '/popup.html');
    render(<Popup />, root);
    await until(() => state() === 'flagged');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toContainEqual({ type: 'get-report', tabId: tab.id });
    expect(root.querySelector('main')?.className).toBe('mode-popup');
    byTestId<HTMLButtonElement>('open-full')?.click();
    await until(() => true);
    await new Promise((r) => setTimeout(r, 50));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL(`/popup.html?tab=${tab.id}`));
  });

  it('a background error shows the error state, not a crash', async () => {
    reply = () => ({ error: 'forbidden' });
    await openOn('https://clinic.example/x');
    await until(() => state() === 'error');
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });
});

describe('options page', () => {
  it('saves each setting at once and follows changes made elsewhere', async () => {
    await settingsItem.setValue({ autoHighlight: true, sensitivity: 'normal', pausedSites: ['a.example', 'b.example'], language: 'auto' });
    render(<Options />, root);
    await until(() => byTestId('options')?.getAttribute('data-loaded') === 'yes' && root.querySelectorAll('[data-testid="paused-site"]').length === 2);

    byTestId<HTMLInputElement>('auto-highlight')?.click();
    await until(() => byTestId('save-status')?.textContent === 'Saved.');
    expect((await readSettings()).autoHighlight).toBe(false);

    const sensitivity = byTestId<HTMLSelectElement>('sensitivity') as HTMLSelectElement;
    sensitivity.value = 'high';
    sensitivity.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => true);
    await new Promise((r) => setTimeout(r, 50));
    expect((await readSettings()).sensitivity).toBe('high');

    root.querySelector<HTMLButtonElement>('[aria-label="Remove a.example from paused sites"]')?.click();
    await until(() => root.querySelectorAll('[data-testid="paused-site"]').length === 1);
    expect((await readSettings()).pausedSites).toEqual(['b.example']);

    // A pause added from the popup appears without reloading.
    await settingsItem.setValue({ ...(await readSettings()), pausedSites: ['b.example', 'c.example'] });
    await until(() => root.querySelectorAll('[data-testid="paused-site"]').length === 2);

    const language = byTestId<HTMLSelectElement>('language') as HTMLSelectElement;
    language.value = 'zh_CN';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('h1')?.textContent === 'StemCheck 设置');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('StemCheck 设置');
  });

  it('clear stored data sends clear-data and says so', async () => {
    reply = (m) => (m.type === 'clear-data' ? { ok: true, cleared: 3 } : { ok: true });
    await settingsItem.setValue({ autoHighlight: true, sensitivity: 'normal', pausedSites: [], language: 'en' });
    render(<Options />, root);
    await until(() => byTestId('options')?.getAttribute('data-loaded') === 'yes');
    byTestId<HTMLButtonElement>('clear-data')?.click();
    await until(() => byTestId('clear-status')?.textContent === 'Stored reports cleared.');
    expect(sent).toContainEqual({ type: 'clear-data' });
  });
});
