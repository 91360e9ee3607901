/**
 * The engine's prefilter trie, precomputed when the extension is built: analysing two thousand patterns for
 * their literal prefixes took most of a page's first scan, and laying the result out as scan tables another
 * 10 ms. The build (the `stemcheck:prefilter-trie` plugin in wxt.config.ts) replaces PREFILTER_TRIE_JSON
 * below with the packed trie's JSON (see PackedTrie); run from source (unit tests) it stays null and the
 * scanner analyses the patterns itself. Parsed on first use only: off-topic pages never pay for it. Only a
 * one-shot production build writes it, from the same sources as the patterns bundled beside it, so the
 * scanner takes it as made for them (see src/build/prefilter-trie.ts).
 */
import type { PackedTrie } from '../engine/prefix-trie';

export const PREFILTER_TRIE_JSON: string | null = null;

let parsed: PackedTrie | null | undefined;

export function precomputedPrefilterTrie(): PackedTrie | null {
  if (parsed === undefined) {
    try {
      parsed = PREFILTER_TRIE_JSON === null ? null : (JSON.parse(PREFILTER_TRIE_JSON) as PackedTrie);
    } catch {
      parsed = null;
    }
  }
  return parsed;
}
