/**
 * One browser session per describe block: a fixture server on 127.0.0.1 and a browser with the extension,
 * started before the block's tests and closed after them (browser first, so no page is left talking to a
 * closed server). Tests keep their own `server`/`ext` variables; `ready` assigns them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

export interface BrowserSession {
  server: FixtureServer;
  ext: ExtensionBrowser;
}

export interface SessionOptions {
  /** In-memory pages served beside tests/e2e/fixtures (a function when they are costly to make: called in beforeAll). */
  fixtures?: Record<string, string> | (() => Record<string, string>);
  /** How to start the browser (default: the built extension; a private copy for tests that stop its worker). */
  launch?: () => Promise<ExtensionBrowser>;
}

export function useBrowserSession(ready: (session: BrowserSession) => void, options: SessionOptions = {}): void {
  let server: FixtureServer | undefined;
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    const { fixtures } = options;
    server = await serveFixtures(typeof fixtures === 'function' ? fixtures() : fixtures);
    ext = await (options.launch ?? launchWithExtension)();
    ready({ server, ext });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}
