// Folding for matching. Every step maps one UTF-16 code unit to exactly one code unit, so an offset in the
// folded text is the same offset in the original: findings can point back into the page without a map.
//   - ASCII/Latin lower case (only where lower-casing keeps the length)
//   - full-width forms (ＡＢＣ１００％) → ASCII, ideographic space → space
//   - curly apostrophes → ' (Parkinson’s), curly double quotes kept (they are context)
//   - Traditional → Simplified Chinese for the characters in T2S_PAIRS
import { T2S_PAIRS } from './t2s-map';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const from = T2S_PAIRS[i] as string;
  const to = T2S_PAIRS[i + 1] as string;
  if (from !== to) T2S.set(from, to);
}

function escapeClassChar(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}

// One character class built from the map keys; applied with a single replace pass.
const T2S_RE = new RegExp(`[${[...T2S.keys()].map(escapeClassChar).join('')}]`, 'g');
const WIDE_RE = /[\uFF01-\uFF5E\u3000\u2018\u2019\u2032\u00A0]/g;

function foldWide(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (c === '\u3000' || c === '\u00A0') return ' ';
  return "'"; // ‘ ’ ′
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // Rare: a character whose lower case is longer (e.g. İ). Fall back to per-character folding.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Fold text for matching; the result has exactly the same length as the input. */
export function normalize(text: string): string {
  const wide = text.replace(WIDE_RE, foldWide);
  const lower = lowerSameLength(wide);
  return lower.replace(T2S_RE, (c) => T2S.get(c) ?? c);
}

/** CJK ideograph test used to decide a finding's language and clause rules. */
export function hasCjk(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s);
}
