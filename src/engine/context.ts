// Claim or mention? (red-flags.md §3). A phrase is a mention when, in its own scope, it is
//   - attributed to someone else (claims, so-called, 宣称, 号称…),
//   - warned about (beware, red flag, scam, 警惕, 骗局…), or
//   - negated just before it (no treatment is "100% safe", 不是"零风险").
// Scope: about five words before an English phrase (the whole sentence when the phrase is in quotes, since
// writers list quoted slogans after one frame), a few words after it ("… is a red flag"); the clause in
// Chinese (ended by 。，；！？ and 但/但是). Quotation marks alone never make a mention.
// Cure/efficacy/regulatory/panacea wording next to an established haematological use (BMT for leukaemia, CAR-T
// for lymphoma, cord blood donation for transplant) is a mention too, and so are: reported speech (see
// reportedSpans), questions, research being described ("researchers are studying…"), the safety of a collection
// procedure, and a price someone paid in a story. The page-level score may turn reported speech and
// questions back into claims on a strong selling page (score.ts).
import { LEX } from './compiled';
import { NEGATIONS_EN, NEGATIONS_ZH } from './lexicon/context';
import { hasCjk } from './normalize';
import { enClauseStart, sentenceAround, wordsAfter, wordsBefore, zhClauseEnd, zhClauseStart } from './segment';

export interface ContextResult {
  mention: boolean;
  context?:
    | 'attribution'
    | 'warning-frame'
    | 'negation'
    | 'established-use'
    | 'reported-speech'
    | 'question'
    | 'research'
    | 'narrative';
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
const ESTABLISHED_SENSITIVE = new Set([
  'cure-guarantee',
  'success-rate',
  'serious-targets',
  'unproven-product',
  'regulatory-claims',
  'panacea',
]);
/** Efficacy families: "researchers are studying X for many conditions" describes research, not an offer. */
const RESEARCH_SENSITIVE = new Set(['cure-guarantee', 'success-rate', 'serious-targets', 'panacea', 'anti-ageing']);

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' };
/** The provider itself is the speaker: 我院承诺：“…”, our patients say "…". Then quotes stay claims. */
const FIRST_PARTY_RE = /我们|我院|本院|本中心|我中心|我司|本公司|本店|本机构|(?<![a-z])(?:we|our|us)(?![a-z])/;
const SHORT_VERB_WINDOW = 6;
const FEE_WAIVED_RE =
  /全免|免费|免除|无需支付|无需承担|不收取|不收费|申办方承担|由申办方|at no cost|free of charge|no cost to (?:you|participants)|covered by the sponsor/;
/** Between two quotes of one list: nothing, 、 , spaces, or 和/及/或/and/or. */
const QUOTE_JOINER = /^(?:[\s、,，;和及或与]|and|or)*$/;

/** A list bullet or number at the start of a line, before a quoted line (- "…", • “…”, 1. “…”). */
const BULLET_PREFIX = /^[ \t]*(?:(?:[-*•·‣▪◦–—>]|\d{1,2}[.)、])[ \t]*)?$/;
/** After a closing quote, the speaker and a short verb in the same sentence (“…”该工作人员说。 "…," she said). */
const SHORT_VERB_AFTER = /^[^。!?\n]{0,14}[称说道问讲]/;

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function firstMatchIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m === null ? -1 : m.index;
}

/**
 * A line that introduces quoted lines or paragraphs below it: "Here's what they told me:", 对方称：,
 * "…told our reporter the treatment was the best option." (a reporting verb in the line). The provider
 * introducing its own words ("Our patients say:", 我院承诺：) is not a lead-in: a first-party speaker before
 * the verb ("they told us:" is someone else speaking to us).
 */
export function isLeadIn(line: string): boolean {
  // Its last sentence: "…sent us a brochure. Here's what she told me:" is led in by "she", not "us".
  const whole = line.trim();
  let cut = whole.length - 1;
  while (cut > 0 && '.!?。！？'.includes(whole.charAt(cut))) cut--;
  while (cut > 0 && !'.!?。！？'.includes(whole.charAt(cut - 1))) cut--;
  const t = whole.slice(cut).trim();
  if (t === '' || /[?？]$/.test(t)) return false;
  const colon = t.endsWith(':');
  const verbs = colon ? [LEX.reportZh, LEX.reportEn, LEX.attribution] : [LEX.reportZh, LEX.reportEn];
  const verbAt = Math.min(...verbs.map((re) => firstMatchIndex(re, t)).filter((i) => i >= 0));
  const hasVerb = Number.isFinite(verbAt);
  if (FIRST_PARTY_RE.test(hasVerb ? t.slice(0, verbAt) : t)) return false;
  return colon || hasVerb;
}

export interface ReportedResult {
  spans: [number, number][];
  /** The passage ends with a lead-in or a reported quoted line: quoted lines right after it are reported. */
  carryOut: boolean;
}

/**
 * Spans [open, close) of quoted text that is reported speech (red-flags.md §3): quotes after a speaker and a
 * colon (她说：“…”), quotes in a sentence with a reporting verb before them (发布“…”“…”, 职员指「…」,
 * told us "…") or right after them (“…”该工作人员说), lists of quotes closed by 等内容/等说法/…… , and quoted
 * lines or paragraphs under a lead-in ("Here's what she told me:" then - "…" lines; 对方称： then a “…”
 * paragraph), where each reported quoted line carries the lead-in on to the next one. `carryIn` says the text
 * just before this passage was such a lead-in. Quotes the provider speaks itself (我院承诺：“…”) and emphasis
 * quotes without a frame (“冻龄”) are not reported speech.
 */
export function reportedSpansCarry(norm: string, carryIn = false): ReportedResult {
  const quotes: [number, number][] = [];
  let i = 0;
  while (i < norm.length) {
    const close = QUOTE_PAIRS[norm.charAt(i)];
    if (close === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    const limit = Math.min(norm.length, i + 300);
    while (j < limit && norm.charAt(j) !== close && norm.charAt(j) !== '\n') j++;
    if (j < limit && norm.charAt(j) === close) {
      quotes.push([i, j + 1]);
      i = j + 1;
    } else if (j === norm.length && close !== '"') {
      // The passage ends inside the quote (its close is in the next passage): quoted to the end.
      quotes.push([i, j]);
      i = j;
    } else i++;
  }
  // Group quotes into runs (“A”“B”、“C”等内容).
  const out: [number, number][] = [];
  /** Start of the last reported quoted line (a line that starts with a reported quote). */
  let reportedLineStart = -1;
  let k = 0;
  while (k < quotes.length) {
    const first = quotes[k] as [number, number];
    let last = first;
    let m = k + 1;
    while (m < quotes.length) {
      const next = quotes[m] as [number, number];
      if (!QUOTE_JOINER.test(norm.slice(last[1], next[0]))) break;
      last = next;
      m++;
    }
    const run = quotes.slice(k, m);
    k = m;
    const [sStart] = sentenceAround(norm, first[0]);
    const before = norm.slice(sStart, first[0]);
    const trimmed = before.trimEnd();
    const firstParty = FIRST_PARTY_RE.test(before.slice(-24));
    const closer = norm.slice(last[1], last[1] + 6);
    // The words after the closing quote, to the end of their sentence (the quote may end with its own 。).
    const tailRaw = norm.slice(last[1], last[1] + 24);
    const cut = tailRaw.search(/[。!?！？\n；;]|\.\s/);
    const tail = cut < 0 ? tailRaw : tailRaw.slice(0, cut);
    // A quoted line: only a bullet between the line start and the quote.
    const lineStart = norm.lastIndexOf('\n', first[0] - 1) + 1;
    const quotedLine = BULLET_PREFIX.test(norm.slice(lineStart, first[0]));
    let reported = false;
    if (/^\s?(?:等|的宣传|的说法|的广告|的字样|的承诺|的话术|之类|…)/.test(closer) && has(LEX.closerZh, closer)) {
      reported = true;
    } else if (!firstParty) {
      if (trimmed.endsWith(':')) reported = true;
      else if (/[称指说话讲道问]/.test(trimmed.slice(-SHORT_VERB_WINDOW))) reported = true;
      else if (has(LEX.reportZh, before) || has(LEX.reportEn, before) || has(LEX.attribution, before)) reported = true;
      else if (!FIRST_PARTY_RE.test(tail) && (SHORT_VERB_AFTER.test(tail) || has(LEX.reportZh, tail) || has(LEX.reportEn, tail))) {
        reported = true;
      }
    }
    if (!reported && quotedLine && !firstParty) {
      // The line above (skipping blank lines) is a lead-in or itself a reported quoted line.
      if (norm.slice(0, lineStart).trim() === '') reported = carryIn;
      else {
        let prevEnd = lineStart - 1;
        while (prevEnd > 0 && /\s/.test(norm.charAt(prevEnd - 1))) prevEnd--;
        const prevStart = norm.lastIndexOf('\n', prevEnd - 1) + 1;
        reported = prevStart === reportedLineStart || isLeadIn(norm.slice(prevStart, prevEnd));
      }
    }
    if (reported) {
      for (const q of run) out.push(q);
      if (quotedLine) reportedLineStart = lineStart;
    }
  }
  // Carry: the passage's last non-empty line is a lead-in or a reported quoted line.
  const body = norm.trimEnd();
  const lastLineStart = body.lastIndexOf('\n') + 1;
  const carryOut = body !== '' && (lastLineStart === reportedLineStart || isLeadIn(body.slice(lastLineStart)));
  return { spans: out, carryOut };
}

/** Reported-speech spans of a passage on its own (see reportedSpansCarry). */
export function reportedSpans(norm: string, carryIn = false): [number, number][] {
  return reportedSpansCarry(norm, carryIn).spans;
}

function inSpans(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
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
export function classify(
  norm: string,
  start: number,
  end: number,
  family: string,
  reported: readonly [number, number][] = reportedSpans(norm),
): ContextResult {
  const [sStart, sEnd] = sentenceAround(norm, start);
  const sentence = norm.slice(sStart, sEnd);
  if (ESTABLISHED_SENSITIVE.has(family) && has(LEX.established, sentence)) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  // Safety of a collection or donation procedure (cord blood collection is painless) is not a treatment claim.
  if (family === 'absolute-safety' && has(LEX.procedure, sentence)) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  // A research fee that is waived or paid by the sponsor (研究费用全免, costs are covered by the sponsor).
  if (family === 'pay-to-participate' && FEE_WAIVED_RE.test(sentence)) {
    return { mention: true, context: 'negation', hedged: false };
  }
  if (inSpans(reported, start, end)) return { mention: true, context: 'reported-speech', hedged: false };
  // A question asks; it does not claim ("They treat MS, autism and ALS with the same cells?").
  if (/\?\s*$/.test(sentence)) return { mention: true, context: 'question', hedged: false };
  if (RESEARCH_SENSITIVE.has(family) && has(LEX.research, sentence)) {
    return { mention: true, context: 'research', hedged: false };
  }
  // A price someone paid in a story ("we spent $25k", 先后花费六万余元) is not a price on offer.
  if (family === 'pricing' && has(LEX.payment, sentence)) return { mention: true, context: 'narrative', hedged: false };
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
