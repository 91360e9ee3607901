import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../src/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Ads and embedded clinic widgets live in iframes: every frame gets its own scan, keyed by frame.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
