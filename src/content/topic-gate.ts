/**
 * The topic gate, in two steps. Off-topic pages are almost all pages, so the first step must cost next to
 * nothing: `mayHaveTopic` runs one small literal regex over the raw text, built from the first letters of
 * each engine topic term (case-insensitive, with every Traditional variant of the first Chinese character,
 * and any full-width letter as a wildcard). It is a strict superset of the engine's gate by construction: if
 * the engine finds a topic term in the folded text, its first characters are in the raw text. Only when it
 * says "maybe" does `hasTopic` fold the text and run the engine's exact topic test.
 */
import { normalize } from '../engine/normalize';
import { hasTopic as engineHasTopic } from '../engine/compiled';
import { TOPIC_TERMS } from '../engine/lexicon/topic';
import { T2S_PAIRS } from '../engine/t2s-map';

/** Simplified character → itself and every Traditional form that folds to it. */
function variantsOf(ch: string): string[] {
  const out = new Set([ch]);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) if (T2S_PAIRS[i + 1] === ch) out.add(T2S_PAIRS[i] as string);
  return [...out];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Literal head of a phrase: up to 4 Latin letters before any space, hyphen, apostrophe or wildcard. */
function headOf(phrase: string): string | null {
  const p = normalize(phrase.trim());
  const first = p.charAt(0);
  // Chinese: the first two characters (single ones like 外 or 再 are everywhere in Chinese text), each with
  // its Traditional variants. Phrases put no separator between Chinese characters, so this is exact.
  if (/[\u3400-\u9fff]/.test(first)) {
    const chars = [...p].slice(0, 2).filter((c) => /[\u3400-\u9fff]/.test(c));
    return chars.map((c) => `[${variantsOf(c).map(escapeRe).join('')}]`).join('');
  }
  const m = /^[a-z0-9]{1,4}/.exec(p);
  return m ? escapeRe(m[0]) : null;
}

function buildPrescreen(): RegExp | null {
  const latin = new Set<string>();
  const cjk = new Set<string>();
  for (const t of TOPIC_TERMS) {
    if (typeof t !== 'string') return null; // a regex term: no safe literal head, always take the exact path
    const h = headOf(t);
    if (h === null) return null;
    (h.startsWith('[') ? cjk : latin).add(h);
  }
  // The engine only matches a Latin term at a word start (not after [a-z0-9] in folded text); raw text has
  // the same boundary except after "_", hence `(?:\b|_)`. This keeps "excellent" from waking the exact check.
  const parts: string[] = [];
  if (latin.size > 0) parts.push(`(?:\\b|_)(?:${[...latin].join('|')})`);
  parts.push(...cjk);
  // Full-width Latin letters fold to ASCII in the engine; any of them sends the text to the exact check.
  parts.push('[\\uFF21-\\uFF3A\\uFF41-\\uFF5A]');
  return new RegExp(parts.join('|'), 'i');
}

const PRESCREEN = buildPrescreen();

/** Cheap: false means the engine would certainly find no topic term in `text`. */
export function mayHaveTopic(text: string): boolean {
  return PRESCREEN === null || PRESCREEN.test(text);
}

/** Exact: the engine's own topic test (with its exceptions, e.g. plant "stem cells") on the folded text. */
export function hasTopic(text: string): boolean {
  if (!mayHaveTopic(text)) return false;
  return engineHasTopic(normalize(text));
}

/** For tests: the prescreen's source. */
export const prescreenSource = PRESCREEN?.source ?? null;
