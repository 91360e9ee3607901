/**
 * The engine's prefilter trie, precomputed when the extension is built: analysing two thousand patterns for
 * their literal prefixes took most of a page's first scan. The build (the `stemcheck:prefilter-trie` plugin in
 * wxt.config.ts) replaces PREFILTER_TRIE_JSON below with the trie's JSON; run from source (unit tests) it
 * stays null and the scanner analyses the patterns itself. Parsed on first use only: off-topic pages never
 * pay for it. A trie built from other patterns than the engine's is ignored (fingerprint), never misused.
 */
import type { FrozenTrie } from '../engine/prefix-trie';

export const PREFILTER_TRIE_JSON: string | null = null;

let parsed: FrozenTrie | null | undefined;

export function precomputedPrefilterTrie(): FrozenTrie | null {
  if (parsed === undefined) {
    try {
      parsed = PREFILTER_TRIE_JSON === null ? null : (JSON.parse(PREFILTER_TRIE_JSON) as FrozenTrie);
    } catch {
      parsed = null;
    }
  }
  return parsed;
}
