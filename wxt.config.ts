import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { prefilterTrie } from './src/build/prefilter-trie';
import { zodWithoutEval } from './src/build/zod-without-eval';

/**
 * `npm run bench` builds its own copy with the content script's performance marks (STEMCHECK_BENCH_MARKS=1),
 * into .output/bench-chrome-mv3: the marks are visible to every page, so the production build has none
 * (see src/content/bench-marks.ts).
 */
const benchMarks = process.env.STEMCHECK_BENCH_MARKS === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  ...(benchMarks ? { outDirTemplate: 'bench-{{browser}}-mv{{manifestVersion}}' } : {}),
  // The user asked for webextension-polyfill; WXT >= 0.20 only uses it through this module.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: code that says where things come from is easier to review.
  imports: false,
  vite: () => ({
    plugins: [preact(), zodWithoutEval(), prefilterTrie()],
    define: { 'import.meta.env.STEMCHECK_BENCH_MARKS': JSON.stringify(benchMarks) },
  }),
  manifest: ({ browser }) => ({
    // Localised from locales/*.yml by @wxt-dev/i18n (_locales/<lang>/messages.json in the build).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', 'scripting', 'activeTab'],
    action: { default_title: 'StemCheck' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'stemcheck@stemcheck.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists on Firefox for Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
