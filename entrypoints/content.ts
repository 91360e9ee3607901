import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../src/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Ads and embedded clinic widgets live in iframes: every frame gets its own scan, keyed by frame.
  allFrames: true,
  // document_start only to adopt the highlight stylesheet while the document is empty (adding it to a
  // finished 5 MB page costs a whole-page style recalculation); the scan itself waits for load + idle.
  runAt: 'document_start',
  // WXT would otherwise window.postMessage a "content script started" message naming our extension ID to
  // every page listener; the page learns nothing from us (see src/content/lifetime.ts for the custom event).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(ctx);
  },
});
