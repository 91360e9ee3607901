// Claim or mention? (red-flags.md §3). A phrase is a mention when, in its own scope, it is
//   - attributed to someone else (claims, so-called, 宣称, 号称…),
//   - warned about (beware, red flag, scam, 警惕, 骗局…), or
//   - negated just before it (no treatment is "100% safe", 不是"零风险").
// Scope: about five words before an English phrase (the whole sentence when the phrase is in quotes, since
// writers list quoted slogans after one frame), a few words after it ("… is a red flag"); the clause in
// Chinese (ended by 。，；！？ and 但/但是). Quotation marks alone never make a mention.
// Cure/efficacy wording next to an established haematological use (BMT for leukaemia) is a mention too.
import { LEX } from './compiled';
import { NEGATIONS_EN, NEGATIONS_ZH } from './lexicon/context';
import { hasCjk } from './normalize';
import { enClauseStart, sentenceAround, wordsAfter, wordsBefore, zhClauseEnd, zhClauseStart } from './segment';

export interface ContextResult {
  mention: boolean;
  context?: 'attribution' | 'warning-frame' | 'negation' | 'established-use';
  hedged: boolean;
}

const NEG_EN_RE = new RegExp(
  `(?<![a-z0-9'])(?:${NEGATIONS_EN.map((w) => w.replace(/'/g, "'?")).join('|')})(?![a-z0-9'])`,
  'i',
);
const NEG_ZH_RE = new RegExp(NEGATIONS_ZH.join('|'));
/** About five words (red-flags.md §3), a little more so "be wary of anyone who says…" is in scope. */
const WARNING_SCOPE_WORDS = 8;
const QUOTES = /["“”「」『』‹›«»]/;

/** Families whose wording about standard haematological care is not a red flag. */
const ESTABLISHED_SENSITIVE = new Set(['cure-guarantee', 'success-rate', 'serious-targets', 'unproven-product']);

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function isQuoted(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 2), start);
  const after = norm.slice(end, end + 2);
  return QUOTES.test(before) || QUOTES.test(after) || (before.endsWith("'") && after.startsWith("'"));
}

/**
 * Classify the match [start, end) in the normalized passage text `norm`.
 * Pure function of the passage: the same passage always yields the same result.
 */
export function classify(norm: string, start: number, end: number, family: string): ContextResult {
  const [sStart, sEnd] = sentenceAround(norm, start);
  const sentence = norm.slice(sStart, sEnd);
  if (ESTABLISHED_SENSITIVE.has(family) && has(LEX.established, sentence)) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  const phrase = norm.slice(start, end);
  return hasCjk(phrase) ? classifyZh(norm, start, end, sStart, sEnd) : classifyEn(norm, start, end, sStart, sEnd);
}

function classifyEn(norm: string, start: number, end: number, sStart: number, sEnd: number): ContextResult {
  const clause = enClauseStart(norm, start, sStart);
  const quoted = isQuoted(norm, start, end);
  const from = quoted ? clause : Math.max(clause, wordsBefore(norm, start, WARNING_SCOPE_WORDS, sStart));
  const before = norm.slice(from, start);
  const after = norm.slice(end, quoted ? sEnd : wordsAfter(norm, end, 5, sEnd));
  if (has(LEX.warning, before) || has(LEX.warning, after)) return { mention: true, context: 'warning-frame', hedged: false };
  // Reported speech reaches back to the clause start: "told patients with AMD that fat cells could restore…".
  if (has(LEX.attribution, norm.slice(clause, start))) return { mention: true, context: 'attribution', hedged: false };
  const negFrom = Math.max(clause, wordsBefore(norm, start, 4, sStart));
  if (NEG_EN_RE.test(norm.slice(negFrom, start))) return { mention: true, context: 'negation', hedged: false };
  const hedgeFrom = Math.max(clause, wordsBefore(norm, start, 6, sStart));
  return { mention: false, hedged: has(LEX.hedge, norm.slice(hedgeFrom, start)) };
}

function classifyZh(norm: string, start: number, end: number, sStart: number, sEnd: number): ContextResult {
  const cStart = zhClauseStart(norm, start, sStart);
  const cEnd = zhClauseEnd(norm, end, sEnd);
  const before = norm.slice(cStart, start);
  const after = norm.slice(end, cEnd);
  // A frame right after a quoted slogan in the same sentence (“包治百病”“绝对安全”的都是骗局).
  const tail = isQuoted(norm, start, end) ? norm.slice(end, sEnd) : after;
  if (has(LEX.warning, before) || has(LEX.warning, tail)) return { mention: true, context: 'warning-frame', hedged: false };
  if (has(LEX.attribution, before) || (tail !== after && has(LEX.attribution, tail))) {
    return { mention: true, context: 'attribution', hedged: false };
  }
  const negWindow = norm.slice(Math.max(cStart, start - 10), start);
  // A long regex span (e.g. 临床研究…收费) may carry its negation inside; short phrases such as 没有副作用
  // carry their own negation and are not checked inside.
  const inner = end - start > 8 ? norm.slice(start, end) : '';
  if (NEG_ZH_RE.test(negWindow) || (inner !== '' && NEG_ZH_RE.test(inner))) {
    return { mention: true, context: 'negation', hedged: false };
  }
  return { mention: false, hedged: has(LEX.hedge, before) };
}
