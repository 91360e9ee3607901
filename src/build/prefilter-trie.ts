/**
 * Build-time Vite plugin: precomputes the engine's prefilter trie (the literal prefixes of every prefilter
 * pattern, see src/engine/anchored-scanner.ts), laid out as the scan's tables (PackedTrie), and writes it
 * into src/content/prefilter-index.ts, so the content script unpacks it instead of analysing two thousand
 * patterns and building the tables on a page's first scan. The trie carries a fingerprint of the patterns it
 * was built from; the scanner ignores it if they differ.
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
  return {
    name: 'stemcheck:prefilter-trie',
    enforce: 'pre',
    transform(code, id) {
      if (!INDEX_MODULE.test(id)) return null;
      const patched = withPrefilterTrie(code);
      if (patched === null) this.error(`no PREFILTER_TRIE_JSON placeholder in ${id}; review this plugin`);
      return { code: patched, map: null };
    },
  };
}
