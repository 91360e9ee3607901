// All matchers, compiled from the data in rules/ and lexicon/ the first time each is used (the content script
// loads this module on every page and needs only the topic test and the prefilter: compiling the rest up
// front cost every page tens of milliseconds for matchers only the background worker uses).
import { ADVERTORIAL_READER_OFFERS, CALL_TO_ACTION, SPONSORED_DISCLOSURES, SPONSORED_LABELS, TRAVEL_SERVICE } from './lexicon/commerce';
import { CONDITIONS, ESTABLISHED_USE, type ConditionEntry } from './lexicon/conditions';
import { AD_DECODING, APPROVED_SCHEME, ATTRIBUTION_FRAMES, DISCLAIMERS, HEDGES, SPONSOR_BORNE_PARTS, TRANSPLANT_STEPS, WARNING_FRAMES } from './lexicon/context';
import { CRITICAL_VOICE } from './lexicon/critical';
import { CELL_SOURCE, RISK_TERMS, TRIAL_LANGUAGE } from './lexicon/evidence';
import {
  GENRE_MARKERS,
  PAYMENT_NARRATIVE,
  PROCEDURE_CONTEXT,
  QUOTE_CLOSERS_ZH,
  REPORTING_VERBS_EN,
  REPORTING_VERBS_ZH,
  RESEARCH_FRAMES,
} from './lexicon/genre';
import { PLANT_PREFIX, TOPIC_TERMS } from './lexicon/topic';
import { SELLING_VOICE } from './lexicon/voice';
import { anchoredScanner, type AnchoredScanner } from './anchored-scanner';
import { chunkPatterns, compilePatterns } from './matcher';
import type { PackedTrie } from './prefix-trie';
import { RULES } from './rules';
import { TRIAL_ID_SOURCES } from './trial-ids';
import type { Pattern, Rule } from './types';

export interface RuleMatcher {
  rule: Rule;
  re: RegExp;
}

/** A function that computes `make()` once, on first call. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

export const ruleMatchers: () => readonly RuleMatcher[] = once(() => RULES.map((rule) => ({ rule, re: compilePatterns(rule.patterns) })));

/** An object whose properties compile their patterns on first read. */
function lazyMatchers<K extends string>(terms: Record<K, readonly Pattern[]>): { readonly [P in K]: RegExp } {
  const out = {} as { [P in K]: RegExp };
  for (const key of Object.keys(terms) as K[]) {
    const get = once(() => compilePatterns(terms[key]));
    Object.defineProperty(out, key, { get, enumerable: true });
  }
  return out;
}

export const LEX = lazyMatchers({
  topic: TOPIC_TERMS,
  attribution: ATTRIBUTION_FRAMES,
  warning: WARNING_FRAMES,
  hedge: HEDGES,
  disclaimer: DISCLAIMERS,
  cta: CALL_TO_ACTION,
  travel: TRAVEL_SERVICE,
  voice: SELLING_VOICE,
  critical: CRITICAL_VOICE,
  cellSource: CELL_SOURCE,
  risk: RISK_TERMS,
  trialLanguage: TRIAL_LANGUAGE,
  established: ESTABLISHED_USE,
  research: RESEARCH_FRAMES,
  payment: PAYMENT_NARRATIVE,
  procedure: PROCEDURE_CONTEXT,
  reportZh: REPORTING_VERBS_ZH,
  reportEn: REPORTING_VERBS_EN,
  closerZh: QUOTE_CLOSERS_ZH,
});

/** One matcher per genre (academic, news, regulator, forum). */
export const genreMatchers: () => readonly { genre: string; re: RegExp }[] = once(() =>
  Object.entries(GENRE_MARKERS).map(([genre, terms]) => ({ genre, re: compilePatterns(terms) })),
);

/** True when the (normalized) text has a stem cell topic hit that is not a plant extract. */
export function hasTopic(norm: string): boolean {
  const re = LEX.topic;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    if (!PLANT_PREFIX.test(norm.slice(Math.max(0, m.index - 14), m.index))) return true;
  }
  return false;
}

export interface ConditionMatcher {
  entry: ConditionEntry;
  re: RegExp;
}

export const conditionMatchers: () => readonly ConditionMatcher[] = once(() =>
  CONDITIONS.map((entry) => ({ entry, re: compilePatterns(entry.terms) })),
);

/**
 * The content script's single scan: every pattern anything downstream looks at, so that every sentence
 * assessPassages needs survives extraction. Trie-compiled and pruned: any hit is enough here.
 */
export const PREFILTER_PATTERNS: readonly Pattern[] = [
  ...RULES.flatMap((r) => r.patterns),
  ...TOPIC_TERMS,
  ...ATTRIBUTION_FRAMES,
  ...WARNING_FRAMES,
  ...DISCLAIMERS,
  ...CALL_TO_ACTION,
  // A reader offer in an advertorial (凭本文截图, mention this article) is counted on its own (scan.ts).
  ...ADVERTORIAL_READER_OFFERS,
  ...TRAVEL_SERVICE,
  ...SELLING_VOICE,
  ...CRITICAL_VOICE,
  ...CELL_SOURCE,
  ...RISK_TERMS,
  ...TRIAL_LANGUAGE,
  ...ESTABLISHED_USE,
  // Transplant steps are judged across the page (scan.ts): a step line with no other hit must survive extraction.
  ...TRANSPLANT_STEPS,
  // …and so are a regulated scheme's approval words (特管办法, 核准项目): a heading with nothing else must survive.
  ...APPROVED_SCHEME,
  // …and so is a decoding article's vocabulary (the clinic websites and brochures it read): a line with no other hit.
  ...AD_DECODING,
  ...RESEARCH_FRAMES,
  ...PAYMENT_NARRATIVE,
  ...PROCEDURE_CONTEXT,
  ...REPORTING_VERBS_ZH,
  ...REPORTING_VERBS_EN,
  ...QUOTE_CLOSERS_ZH,
  ...Object.values(GENRE_MARKERS).flat(),
  ...CONDITIONS.flatMap((c) => c.terms),
  ...TRIAL_ID_SOURCES.map((re) => ({ re })),
  // A study's costs borne by its sponsor (scan.ts costsBorne), in a sentence with no other vocabulary of ours.
  ...SPONSOR_BORNE_PARTS.map((re) => ({ re })),
  // A sponsored story's banner (SPONSORED CONTENT · Presented by…) and the publisher's disclosure (scan.ts).
  ...SPONSORED_LABELS,
  ...SPONSORED_DISCLOSURES,
];

/**
 * The prefilter patterns in groups of bounded source length (see MAX_NATIVE_SOURCE), one regex each: the
 * exhaustive reference (extractPassagesExhaustive) and the bench's mark.js pattern. The content script does not
 * compile these (see prefilterScanner).
 */
export const prefilterGroups: () => readonly (readonly Pattern[])[] = once(() => chunkPatterns(PREFILTER_PATTERNS));
export const prefilterRegexes: () => readonly RegExp[] = once(() => prefilterGroups().map((g) => compilePatterns(g, true)));

let prefilterScannerCache: AnchoredScanner | null = null;
let precomputedTrie: (() => PackedTrie | null) | null = null;
let precomputedSameBuild = false;

/**
 * Hands the scanner a trie the build precomputed for the same patterns (the content script does, so a page's
 * first scan skips analysing them; see src/content/prefilter-index.ts). `sameBuild`: the trie was made from
 * the very sources these patterns were bundled from, so its fingerprint is not checked against them (else a
 * stale one is ignored).
 */
export function providePrefilterTrie(get: () => PackedTrie | null, opts: { sameBuild?: boolean } = {}): void {
  precomputedTrie = get;
  precomputedSameBuild = opts.sameBuild === true;
}

/**
 * The prefilter as one anchored pass over the text (see anchored-scanner.ts): every position where a
 * prefilter pattern matches. Built on first use (the background worker never needs it).
 */
export function prefilterScanner(): AnchoredScanner {
  prefilterScannerCache ??= anchoredScanner(PREFILTER_PATTERNS, () => precomputedTrie?.() ?? null, { sameBuild: precomputedSameBuild });
  return prefilterScannerCache;
}
