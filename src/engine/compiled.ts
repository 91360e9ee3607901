// All matchers, compiled once per bundle from the data in rules/ and lexicon/.
import { CALL_TO_ACTION, TRAVEL_SERVICE } from './lexicon/commerce';
import { CONDITIONS, ESTABLISHED_USE, type ConditionEntry } from './lexicon/conditions';
import { ATTRIBUTION_FRAMES, DISCLAIMERS, HEDGES, TRANSPLANT_STEPS, WARNING_FRAMES } from './lexicon/context';
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
import { anchoredScanner, chunkPatterns, compilePatterns, type AnchoredScanner } from './matcher';
import { RULES } from './rules';
import { TRIAL_ID_SOURCES } from './trial-ids';
import type { Pattern, Rule } from './types';

export interface RuleMatcher {
  rule: Rule;
  re: RegExp;
}

export const RULE_MATCHERS: readonly RuleMatcher[] = RULES.map((rule) => ({ rule, re: compilePatterns(rule.patterns) }));

export const LEX = {
  topic: compilePatterns(TOPIC_TERMS),
  attribution: compilePatterns(ATTRIBUTION_FRAMES),
  warning: compilePatterns(WARNING_FRAMES),
  hedge: compilePatterns(HEDGES),
  disclaimer: compilePatterns(DISCLAIMERS),
  cta: compilePatterns(CALL_TO_ACTION),
  travel: compilePatterns(TRAVEL_SERVICE),
  voice: compilePatterns(SELLING_VOICE),
  critical: compilePatterns(CRITICAL_VOICE),
  cellSource: compilePatterns(CELL_SOURCE),
  risk: compilePatterns(RISK_TERMS),
  trialLanguage: compilePatterns(TRIAL_LANGUAGE),
  established: compilePatterns(ESTABLISHED_USE),
  research: compilePatterns(RESEARCH_FRAMES),
  payment: compilePatterns(PAYMENT_NARRATIVE),
  procedure: compilePatterns(PROCEDURE_CONTEXT),
  reportZh: compilePatterns(REPORTING_VERBS_ZH),
  reportEn: compilePatterns(REPORTING_VERBS_EN),
  closerZh: compilePatterns(QUOTE_CLOSERS_ZH),
} as const;

/** One matcher per genre (academic, news, regulator, forum). */
export const GENRE_MATCHERS: readonly { genre: string; re: RegExp }[] = Object.entries(GENRE_MARKERS).map(
  ([genre, terms]) => ({ genre, re: compilePatterns(terms) }),
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

export const CONDITION_MATCHERS: readonly ConditionMatcher[] = CONDITIONS.map((entry) => ({
  entry,
  re: compilePatterns(entry.terms),
}));

/**
 * The content script's single scan: every pattern anything downstream looks at, so that every sentence
 * assessPassages needs survives extraction. Trie-compiled and pruned: any hit is enough here.
 */
const PREFILTER_PATTERNS: Pattern[] = [
  ...RULES.flatMap((r) => r.patterns),
  ...TOPIC_TERMS,
  ...ATTRIBUTION_FRAMES,
  ...WARNING_FRAMES,
  ...DISCLAIMERS,
  ...CALL_TO_ACTION,
  ...TRAVEL_SERVICE,
  ...SELLING_VOICE,
  ...CRITICAL_VOICE,
  ...CELL_SOURCE,
  ...RISK_TERMS,
  ...TRIAL_LANGUAGE,
  ...ESTABLISHED_USE,
  // Transplant steps are judged across the page (scan.ts): a step line with no other hit must survive extraction.
  ...TRANSPLANT_STEPS,
  ...RESEARCH_FRAMES,
  ...PAYMENT_NARRATIVE,
  ...PROCEDURE_CONTEXT,
  ...REPORTING_VERBS_ZH,
  ...REPORTING_VERBS_EN,
  ...QUOTE_CLOSERS_ZH,
  ...Object.values(GENRE_MARKERS).flat(),
  ...CONDITIONS.flatMap((c) => c.terms),
  ...TRIAL_ID_SOURCES.map((re) => ({ re })),
];

/** The prefilter patterns in groups of bounded source length (see MAX_NATIVE_SOURCE), one regex each. */
export const PREFILTER_GROUPS: readonly (readonly Pattern[])[] = chunkPatterns(PREFILTER_PATTERNS);
export const PREFILTERS: readonly RegExp[] = PREFILTER_GROUPS.map((g) => compilePatterns(g, true));

let prefilterScannerCache: AnchoredScanner | null = null;

/**
 * The PREFILTERS as one anchored pass (see anchoredScanner): the same hits as running each of them over the
 * whole text, at a fraction of the cost. Built on first use (the background worker never needs it).
 */
export function prefilterScanner(): AnchoredScanner {
  prefilterScannerCache ??= anchoredScanner(PREFILTERS, PREFILTER_GROUPS);
  return prefilterScannerCache;
}
