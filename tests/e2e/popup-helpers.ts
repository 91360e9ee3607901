/** Helpers for the popup/options browser tests (kept apart from the shared harness). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { currentWorker, openPopup, tabIdOf, waitForReport, type ExtensionBrowser } from './harness';

export const AXE_SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA, plus best practices) in the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Sets some settings the way the options page does (storage.local `settings`), from the worker. */
export async function patchSettings(ext: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(ext);
  await worker.evaluate(async (p) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    const defaults = { autoHighlight: true, sensitivity: 'normal', pausedSites: [], language: 'auto' };
    await chrome.storage.local.set({ settings: { ...defaults, ...current, ...p } });
  }, patch);
}

/** Opens a fixture page, waits for its report, opens the popup on it and waits for a settled state. */
export async function reportFor(
  ext: ExtensionBrowser,
  url: string,
  ready: (r: { assessment: { findings: unknown[]; topic: boolean } }) => boolean = () => true,
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext, page);
  await waitForReport(ext, tabId, ready as never);
  const popup = await openPopup(ext, tabId);
  await settled(popup);
  return { page, popup, tabId };
}

export async function settled(popup: Page, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await popup.getByTestId('popup').getAttribute('data-state').catch(() => null);
    if (state && state !== 'loading' && state !== 'scanning') return state;
    if (Date.now() > deadline) throw new Error(`popup did not settle (state ${state})`);
    await popup.waitForTimeout(100);
  }
}

/** Number of ranges in the page's CSS highlight registry (shared with the content script's world). */
export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [, h] of CSS.highlights) n += h.size;
    return n;
  });
}
