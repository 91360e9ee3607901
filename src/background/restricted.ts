/** Pages where no content script can run: the popup says "not available here" instead of "scanning". */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'data:', 'file:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (STORE_HOSTS.includes(parsed.hostname)) return true;
  // PDFs open in the browser's own viewer, where content scripts do not run.
  return /\.pdf$/i.test(parsed.pathname);
}
