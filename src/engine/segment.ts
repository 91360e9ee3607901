// Sentence and clause boundaries on normalized text. Deliberately simple and linear: a boundary is a
// sentence-final mark (。！？!?；;), a newline, or a period followed by whitespace (so 40.4% and
// clinicaltrials.gov do not split). Chinese clauses also end at ，、, and at 但/但是.

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '\n', '\r']);
const CLOSING_QUOTES = new Set(['”', '」', '』', '"']);
/** Marks after which closing quotes still belong to the sentence they end. */
const FINAL_MARKS = new Set(['.', '。', '！', '？', '!', '?']);
const CLAUSE_END_ZH = new Set(['，', ',', '：', ':']);

/**
 * SENTENCE_END, or a period followed by whitespace, a closing quote or the end of the text. Compared as char
 * codes: the content script calls it for every character around each of up to 400 candidates on a page's
 * first scan, in code the engine has not optimised yet, where a one-character string and a Set lookup per
 * character cost several times a switch.
 */
function isSentenceBoundary(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0x0a: // \n
    case 0x0d: // \r
      return true;
    case 0x2e: {
      // '.': a boundary when the text ends or a space, tab, newline or closing quote (" ”) follows.
      if (i + 1 >= text.length) return true;
      const next = text.charCodeAt(i + 1);
      return next === 0x20 || next === 0x09 || next === 0x0a || next === 0x22 || next === 0x201d;
    }
    default:
      return false;
  }
}

/** [start, end) of the sentence around `pos`, searching at most `reach` characters each way. */
export function sentenceAround(text: string, pos: number, reach = 400): [number, number] {
  let s = pos;
  const minS = Math.max(0, pos - reach);
  while (s > minS && !isSentenceBoundary(text, s - 1)) s--;
  // The closing quotation marks right after the previous sentence's final mark are that sentence's ("Thousands of
  // satisfied patients." "Our patients' stories."): the next sentence starts after them.
  if (s > 0 && FINAL_MARKS.has(text.charAt(s - 1))) while (s < pos && CLOSING_QUOTES.has(text.charAt(s))) s++;
  let e = pos;
  const maxE = Math.min(text.length, pos + reach);
  while (e < maxE && !isSentenceBoundary(text, e)) e++;
  if (e < text.length && isSentenceBoundary(text, e)) e++; // keep the final mark
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
