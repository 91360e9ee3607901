// Sentence and clause boundaries on normalized text. Deliberately simple and linear: a boundary is a
// sentence-final mark (。！？!?；;), a newline, or a period followed by whitespace (so 40.4% and
// clinicaltrials.gov do not split). Chinese clauses also end at ，、, and at 但/但是.

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '\r']);
const CLOSING_QUOTES = new Set(['”', '」', '』', '"']);
/** Marks after which closing quotes still belong to the sentence they end. */
const FINAL_MARKS = new Set(['.', '。', '！', '？', '!', '?']);
const CLAUSE_END_ZH = new Set(['，', ',', '：', ':']);

/**
 * A sentence boundary: SENTENCE_END, or a period followed by whitespace (space, tab, newline), a closing quote
 * (" ”) or the end of the text. As regexes, so the search runs in the regex engine's native code: the content
 * script looks around each of up to 400 candidates on a page's first scan, hundreds of characters each way,
 * before the engine has optimised any of our loops (a JS loop over the characters cost several ms there).
 * NEXT_BOUNDARY finds the first one from lastIndex; LAST_BOUNDARY, anchored at the start, backtracks from the
 * end of its input to the last one (its period needs the character after it inside the input).
 */
const NEXT_BOUNDARY = /[。！？!?；;\n\r]|\.(?=[ \t\n"”]|$)/g;
const LAST_BOUNDARY = /^[\s\S]*(?:[。！？!?；;\n\r]|\.(?=[ \t\n"”]))/;

/** The first boundary in [from, to) (a period just before `to` may look at the character at `to`), or -1. */
function nextBoundary(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  // Only as far as the reach (plus the one character a period looks at), not to the end of a long text.
  const win = text.slice(from, Math.min(text.length, to + 1));
  NEXT_BOUNDARY.lastIndex = 0;
  const m = NEXT_BOUNDARY.exec(win);
  return m !== null && m.index < to - from ? from + m.index : -1;
}

/** The last boundary in [from, to), or -1. */
function lastBoundary(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  // A period at to - 1 depends on the character at `to`, outside the searched window: tested on its own.
  if (text.charCodeAt(to - 1) === 0x2e && nextBoundary(text, to - 1, to) === to - 1) return to - 1;
  const m = LAST_BOUNDARY.exec(text.slice(from, to));
  return m === null ? -1 : from + m[0].length - 1;
}

/** [start, end) of the sentence around `pos`, searching at most `reach` characters each way. */
export function sentenceAround(text: string, pos: number, reach = 400): [number, number] {
  const minS = Math.max(0, pos - reach);
  const before = lastBoundary(text, minS, pos);
  let s = before < 0 ? minS : before + 1;
  // The closing quotation marks right after the previous sentence's final mark are that sentence's ("Thousands of
  // satisfied patients." "Our patients' stories."): the next sentence starts after them.
  if (s > 0 && FINAL_MARKS.has(text.charAt(s - 1))) while (s < pos && CLOSING_QUOTES.has(text.charAt(s))) s++;
  const maxE = Math.min(text.length, pos + reach);
  const after = nextBoundary(text, pos, maxE);
  let e = after < 0 ? maxE : after;
  if (e < text.length && nextBoundary(text, e, e + 1) === e) e++; // keep the final mark
  // …and the closing quotation marks right after it (她说：“很安全。”), so a quote is never cut from its end.
  while (e < text.length && e < maxE + 2 && CLOSING_QUOTES.has(text.charAt(e))) e++;
  return [s, e];
}

/** Start of the Chinese clause containing `pos` (bounded by `floor`). */
export function zhClauseStart(text: string, pos: number, floor: number): number {
  let s = pos;
  while (s > floor) {
    const c = text.charAt(s - 1);
    if (SENTENCE_END.has(c) || CLAUSE_END_ZH.has(c)) break;
    if (c === '但') break;
    s--;
  }
  return s;
}

/** End of the Chinese clause containing `pos` (bounded by `ceil`). */
export function zhClauseEnd(text: string, pos: number, ceil: number): number {
  let e = pos;
  while (e < ceil) {
    const c = text.charAt(e);
    if (SENTENCE_END.has(c) || CLAUSE_END_ZH.has(c)) break;
    if (c === '但') break;
    e++;
  }
  return e;
}

/** English clause start: a contrastive "but/however/although" resets the scope of a preceding frame. */
export function enClauseStart(text: string, pos: number, floor: number): number {
  const window = text.slice(floor, pos);
  const re = /(?:^|[\s,;])(?:but|however|although|though|yet|whereas)(?=[\s,])|;/g;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) last = m.index + m[0].length;
  return last >= 0 ? floor + last : floor;
}

/** Offset of the start of the n-th word before `pos` (not crossing `floor`). */
export function wordsBefore(text: string, pos: number, n: number, floor: number): number {
  let i = pos;
  let words = 0;
  while (i > floor) {
    // skip spaces
    while (i > floor && /\s/.test(text.charAt(i - 1))) i--;
    if (i <= floor) break;
    while (i > floor && !/\s/.test(text.charAt(i - 1))) i--;
    words++;
    if (words >= n) break;
  }
  return i;
}

/** Offset of the end of the n-th word after `pos` (not crossing `ceil`). */
export function wordsAfter(text: string, pos: number, n: number, ceil: number): number {
  let i = pos;
  // A prefix match ("testimonial*") may end mid-word: finish that word first, uncounted.
  while (i < ceil && !/\s/.test(text.charAt(i))) i++;
  let words = 0;
  while (i < ceil) {
    while (i < ceil && /\s/.test(text.charAt(i))) i++;
    if (i >= ceil) break;
    while (i < ceil && !/\s/.test(text.charAt(i))) i++;
    words++;
    if (words >= n) break;
  }
  return i;
}
