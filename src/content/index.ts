/** Wires the content script: scan once the page is idle, respecting the user's settings. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPaused, readSettings } from '../shared/settings';
import { Scanner } from './scanner';

export function startContent(ctx: ContentScriptContext): void {
  const scanner = new Scanner(document);
  const run = async () => {
    const settings = await readSettings();
    if (ctx.isInvalid || isPaused(settings, location.href)) return;
    await scanner.scan({ highlight: settings.autoHighlight });
  };
  run().catch((error: unknown) => console.debug('StemCheck scan failed', error));
}
