// Turns data patterns (phrases or regex sources) into global RegExps matched against normalized text.
// Phrases are folded exactly like the page text (see normalize.ts), so authors write them naturally in
// English, Simplified or Traditional Chinese. Latin phrases get word boundaries; a trailing '*' allows any
// word ending ("rejuvenat*"). Spaces and hyphens inside a phrase tolerate "anti-aging" / "anti aging" /
// "antiaging".
//
// Speed: a plain alternation of hundreds of phrases makes V8 try every alternative at every position
// (seconds on a 50 kB page). Phrases are therefore compiled into a trie-shaped regex – common prefixes
// factored out – so each position is rejected after one or two character tests. No nested quantifiers are
// created, so every compiled matcher stays linear-time.
import { normalize } from './normalize';
import type { Pattern } from './types';

const LATIN_EDGE = /[a-z0-9]/;
export const HEAD = '(?<![a-z0-9])';
const TAIL = '(?![a-z0-9])';

/** Characters with a meaning in regex source: escaped where a phrase holds them literally. */
const REGEX_SYNTAX = new Set('.*+?^${}()|[]\\/');

interface PhraseParts {
  head: boolean;
  tokens: string[];
  tail: boolean;
}

/** A phrase as regex tokens (one per character) plus its boundary requirements. */
export function phraseParts(phrase: string): PhraseParts {
  let p = normalize(phrase.trim());
  let prefix = false;
  if (p.endsWith('*')) {
    prefix = true;
    p = p.slice(0, -1);
  }
  const tokens: string[] = [];
  for (const ch of p) {
    if (ch === ' ') tokens.push('[\\s\\-]{1,3}');
    else if (ch === '-') tokens.push('[\\s\\-]{0,2}');
    else if (ch === "'") tokens.push("'?");
    // Per character, so no regex replace per character (thousands of phrases are tokenised on a cold page).
    else tokens.push(REGEX_SYNTAX.has(ch) ? `\\${ch}` : ch);
  }
  const first = p.charAt(0);
  const last = p.charAt(p.length - 1);
  return { head: LATIN_EDGE.test(first), tokens, tail: !prefix && LATIN_EDGE.test(last) };
}

/** Regex source for one phrase. */
export function phraseSource(phrase: string): string {
  const { head, tokens, tail } = phraseParts(phrase);
  return `${head ? HEAD : ''}${tokens.join('')}${tail ? TAIL : ''}`;
}

export function patternSource(p: Pattern): string {
  return typeof p === 'string' ? phraseSource(p) : p.re;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Phrase ends here: 'tail' needs a word boundary after, 'open' does not. */
  end: Set<'tail' | 'open'>;
}

function node(): TrieNode {
  return { children: new Map(), end: new Set() };
}

function insert(root: TrieNode, tokens: readonly string[], tail: boolean): void {
  let n = root;
  for (const t of tokens) {
    let c = n.children.get(t);
    if (!c) {
      c = node();
      n.children.set(t, c);
    }
    n = c;
  }
  n.end.add(tail ? 'tail' : 'open');
}

/**
 * Serialize a trie. Children come before the end alternatives so the longest phrase wins at a position.
 * With `prune`, an open end drops the subtree (any hit is enough for the prefilter).
 */
function serialize(n: TrieNode, prune: boolean): string {
  if (prune && n.end.has('open')) return '';
  const alts: string[] = [];
  for (const [tok, child] of n.children) {
    const rest = serialize(child, prune);
    const needsGroup = rest !== '' && (child.children.size + child.end.size > 1 || rest.includes('|'));
    alts.push(tok + (rest === '' ? '' : needsGroup ? `(?:${rest})` : rest));
  }
  if (n.end.has('tail')) alts.push(TAIL);
  if (n.end.has('open')) alts.push('');
  return alts.join('|');
}

/** Trie-compiled source for a list of patterns (phrases grouped by head boundary; regexes appended). */
export function patternsSource(patterns: readonly Pattern[], prune = false): string {
  const withHead = node();
  const noHead = node();
  const regexes: string[] = [];
  for (const p of patterns) {
    if (typeof p !== 'string') {
      regexes.push(p.re);
      continue;
    }
    const parts = phraseParts(p);
    if (parts.tokens.length === 0) continue;
    insert(parts.head ? withHead : noHead, parts.tokens, parts.tail);
  }
  const out: string[] = [];
  if (withHead.children.size > 0) out.push(`${HEAD}(?:${serialize(withHead, prune)})`);
  if (noHead.children.size > 0) out.push(`(?:${serialize(noHead, prune)})`);
  for (const r of regexes) out.push(`(?:${r})`);
  return out.join('|');
}

/** One matcher for all patterns. Case-insensitive so regex authors may write NCT or nct. */
export function compilePatterns(patterns: readonly Pattern[], prune = false): RegExp {
  return new RegExp(patternsSource(patterns, prune), 'gi');
}

export interface Hit {
  start: number;
  end: number;
}

/** All non-overlapping matches of `re` in already-normalized text. */
export function findAll(re: RegExp, norm: string, limit = 10_000): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * V8 only compiles regexes to native code below a size limit; a larger one is interpreted and is ~30× slower
 * on long pages. Big pattern sets are therefore split into several trie regexes of bounded source length.
 */
export const MAX_NATIVE_SOURCE = 12_000;

/** Splits patterns, in order, into groups whose trie source stays below `maxSource` characters. */
export function chunkPatterns(patterns: readonly Pattern[], maxSource = MAX_NATIVE_SOURCE): Pattern[][] {
  const chunks: Pattern[][] = [];
  let cur: Pattern[] = [];
  let curLen = 0;
  for (const p of patterns) {
    // Estimate: the trie source is never longer than the sum of the individual sources.
    const len = patternSource(p).length + 8;
    if (cur.length > 0 && curLen + len > maxSource) {
      chunks.push(cur);
      cur = [];
      curLen = 0;
    }
    cur.push(p);
    curLen += len;
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}
