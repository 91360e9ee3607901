/**
 * StemCheck detection engine: pure, deterministic TypeScript (no browser or Node APIs), shared by the
 * content script, the background service worker and the CLI.
 *
 * Pipeline
 *  1. normalize  – fold case, full-width forms and Traditional→Simplified Chinese 1:1, so offsets in the
 *                  folded text are offsets in the page text (normalize.ts, t2s-map.ts).
 *  2. extract    – content script: topic gate (no stem cell / regenerative / 干细胞 context → stop), then
 *                  one combined prefilter regex finds every rule, lexicon and trial-ID hit; the sentences
 *                  around the hits become passages (capped; `truncated` says so) (extract.ts).
 *  3. scan       – background: each rule (data in rules/*.ts, zod-checked) is matched in each passage and
 *                  classified as claim or mention by its context (context.ts): established haematological,
 *                  transplant and donation use; reported speech (quotes after a speaker and colon, after a
 *                  reporting verb in the same sentence – 发布/宣称/指/told – or closed by 等内容/……);
 *                  questions; research being described; prices paid in a story; attribution and warning
 *                  frames; negation. Conditions by body system, calls to action and selling voice (only the
 *                  page's own words: not inside reported speech, not in attributing/warning sentences),
 *                  genre markers (academic, news, regulator, forum; lexicon/genre.ts), seller disclaimers,
 *                  critical vocabulary, cell source, risk words and trial IDs are collected (scan.ts).
 *  4. score      – genre first: first-party selling (own calls to action, voice, travel services, prices)
 *                  against genre markers decides whether the page is a seller, mixed, or third-party (it
 *                  reports on others' selling). Then claims by severity with per-family caps, plus page-level
 *                  signals (panacea, serious targets, commercial intent, pay-to-participate, seller
 *                  disclaimer, missing trial ID / cell source / risk) – the offer-driven signals only for a
 *                  page with its own channel or voice that is not third-party – damped when the page's
 *                  critical voice outweighs its selling voice (at most lightly on a strong seller: warnings
 *                  do not cancel selling), and strongly on third-party or no-selling pages. On a strong
 *                  seller, quotes and rhetorical questions it prints count as its claims. Every point is a
 *                  line of `breakdown`, and the `genre` signal (0 points) explains the judgement; weights
 *                  live in scoring-weights.ts (score.ts).
 *  5. combine    – frames of one tab: the strongest frame plus a capped amount of what others add.
 *
 * Invariant (tested): assessText(t) deep-equals assessPassages(extractPassages(t).passages).
 */
import { extractPassages } from './extract';
import { scanPassages } from './scan';
import { scoreScan } from './score';
import type { Assessment, Passage, Sensitivity } from './types';

export type {
  Assessment,
  ConditionHit,
  Finding,
  Lang,
  Passage,
  Pattern,
  Risk,
  Rule,
  ScoreItem,
  Sensitivity,
  Severity,
  Signal,
  TrialId,
} from './types';
export { extractPassages, DEFAULT_MAX_PASSAGES, DEFAULT_MAX_PASSAGE_CHARS } from './extract';
export type { ExtractOptions, Extraction } from './extract';
export { combineAssessments } from './combine';
export { RULES, getRule, FAMILIES, SOURCES } from './rules';
export { normalize } from './normalize';
export { WEIGHTS, riskFor } from './scoring-weights';
export { REGISTRIES, findTrialIds } from './trial-ids';

export interface AssessOptions {
  sensitivity?: Sensitivity;
}

/** Assess the passages of one frame (background side). */
export function assessPassages(passages: readonly Passage[], opts: AssessOptions = {}): Assessment {
  return scoreScan(scanPassages(Array.isArray(passages) ? passages : []), opts.sensitivity ?? 'normal');
}

/** Assess a whole text; by construction identical to extracting then assessing the passages. */
export function assessText(text: string, opts: AssessOptions = {}): Assessment {
  return assessPassages(extractPassages(text).passages, opts);
}
