/**
 * Build-time Vite plugin: precomputes the engine's prefilter trie (the literal prefixes of every prefilter
 * pattern, see src/engine/anchored-scanner.ts), laid out as the scan's tables (PackedTrie), and writes it
 * into src/content/prefilter-index.ts, so the content script unpacks it instead of analysing two thousand
 * patterns and building the tables on a page's first scan.
 *
 * Only one-shot production builds get it: there, the trie and the patterns the engine is bundled with are made
 * from the same sources in the same run, so the content script uses the trie without re-checking it against
 * the patterns (that fingerprint of 3,000 patterns cost 1.5–6 ms of every page's first scan in Chromium). A
 * dev server or a watch build may re-bundle changed rules without re-running this plugin's import of them:
 * those keep the placeholder, and the scanner analyses the patterns at run time (slower, never stale). A test
 * compares the trie this writes with a fresh analysis.
 */
import type { Plugin } from 'vite';
import { PREFILTER_PATTERNS } from '../engine/compiled';
import { anchoredScanner } from '../engine/anchored-scanner';

const INDEX_MODULE = /[\\/]src[\\/]content[\\/]prefilter-index\.ts$/;
const PLACEHOLDER = 'export const PREFILTER_TRIE_JSON: string | null = null;';
const PLACEHOLDER_JS = /export const PREFILTER_TRIE_JSON\s*=\s*null;/;

/** The module's placeholder line with the trie in it (the trie as a JSON string: parsed on first use only). */
export function withPrefilterTrie(code: string): string | null {
  const trie = anchoredScanner(PREFILTER_PATTERNS).packed();
  const line = `export const PREFILTER_TRIE_JSON = ${JSON.stringify(JSON.stringify(trie))};`;
  if (code.includes(PLACEHOLDER)) return code.replace(PLACEHOLDER, () => line);
  if (PLACEHOLDER_JS.test(code)) return code.replace(PLACEHOLDER_JS, () => line);
  return null;
}

export function prefilterTrie(): Plugin {
  let oneShotBuild = false;
  return {
    name: 'stemcheck:prefilter-trie',
    enforce: 'pre',
    configResolved(config) {
      oneShotBuild = config.command === 'build' && !config.build.watch && config.mode === 'production';
    },
    transform(code, id) {
      if (!INDEX_MODULE.test(id) || !oneShotBuild) return null;
      const patched = withPrefilterTrie(code);
      if (patched === null) this.error(`no PREFILTER_TRIE_JSON placeholder in ${id}; review this plugin`);
      return { code: patched, map: null };
    },
  };
}
