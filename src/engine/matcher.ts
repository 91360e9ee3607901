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
const HEAD = '(?<![a-z0-9])';
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

export function compileChunked(patterns: readonly Pattern[], prune = false, maxSource = MAX_NATIVE_SOURCE): RegExp[] {
  return chunkPatterns(patterns, maxSource).map((c) => compilePatterns(c, prune));
}

// ---------------------------------------------------------------------------------------------------------
// Anchored scanning. Running a few big trie regexes over a whole page costs one regex attempt per position
// per regex. Instead, every pattern's source is analysed once for the literal prefixes (up to ANCHOR_DEPTH
// characters) that any of its matches must start with; one JS pass over the text walks a small trie of those
// prefixes and only where one is present are the regexes that could match there tried, sticky, at that
// position. The analysis is conservative: a construct it does not understand ends the prefix (or, at the
// very start, makes the pattern unanchorable, and its regex is then run over the whole text as before), so
// the positions tried are always a superset of those where the regex can match, and the matches found are
// exactly those a global exec loop finds (leftmost, non-overlapping, per regex).

/** Literal characters of prefix per pattern (longer: fewer false candidates, deeper trie walks). */
const ANCHOR_DEPTH = 8;
/** A prefix set growing past this stops growing (its strings end where they are). */
const MAX_PREFIXES = 256;
/** A character class with more members than this is treated as unknown (ends the prefix). */
const MAX_CLASS_CHARS = 64;
/**
 * Separator runs in prefixes: a repeated or optional atom made only of separator classes (space, which
 * stands for all whitespace, and '-'), as phrase spaces and hyphens compile to ([\s\-]{1,3}, [\s\-]{0,2}).
 * In the trie it matches a maximal run of separators, at least one (SEP1) or possibly none (SEP0). That is
 * exact as long as what follows the run in the pattern is not a separator (otherwise the prefix ends at the
 * run). These two codes never come out of the anchor table (see anchorTableOf).
 */
const SEP1 = '\u0001';
const SEP0 = '\u0002';
const SEPARATORS = new Set([' ', '-']);

let anchorTable: Uint16Array | null = null;

/** Code units with no case mapping at all (CJK, Hangul, surrogates, private use): their own class. */
function caseless(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xf8ff);
}

/**
 * The class of each UTF-16 unit used by the anchor trie: its case-insensitive canonical form, exactly as a
 * non-unicode `i` regex compares characters (ECMAScript Canonicalize: upper case when that is one unit and
 * does not map non-ASCII to ASCII), then coarsened: every whitespace unit is one class (a space) and every
 * ASCII digit another ('0'). Coarsening only merges classes, so a prefix can only match more positions,
 * never fewer; it keeps the prefix sets of patterns built from \s and \d small.
 */
export function anchorTableOf(): Uint16Array {
  if (anchorTable) return anchorTable;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 0x80; c++) t[c] = c >= 0x61 && c <= 0x7a ? c - 32 : c;
  // Upper-cased a block of 256 units at a time (one string instead of 256 on a cold page): when the block
  // keeps its length, every unit mapped to exactly one unit (upper-casing never drops a character, and has no
  // context rules), else the block's units are mapped one by one. Caseless ranges are whole blocks.
  const codes: number[] = new Array<number>(256);
  for (let block = 0x80; block < 65536; block = (block & ~0xff) + 0x100) {
    const from = block;
    const to = (block & ~0xff) + 0x100;
    if (caseless(from)) {
      for (let c = from; c < to; c++) t[c] = c;
      continue;
    }
    codes.length = to - from;
    for (let c = from; c < to; c++) codes[c - from] = c;
    const upper = String.fromCharCode(...codes).toUpperCase();
    const whole = upper.length === to - from;
    for (let c = from; c < to; c++) {
      let uc: number;
      if (whole) uc = upper.charCodeAt(c - from);
      else {
        const u = String.fromCharCode(c).toUpperCase();
        uc = u.length === 1 ? u.charCodeAt(0) : c;
      }
      t[c] = uc < 128 ? c : uc;
    }
  }
  for (const w of WHITESPACE_CODES) t[w] = 0x20;
  t[1] = 3; // SEP1 and SEP0 are reserved for separator runs
  t[2] = 3;
  for (let d = 0x30; d <= 0x39; d++) t[d] = 0x30;
  anchorTable = t;
  return t;
}

/** Prefix strings (canonical char codes joined) with whether each may still grow. */
type Prefixes = Map<string, boolean>;

const IDENTITY = (): Prefixes => new Map([['', true]]);
const UNKNOWN = (): Prefixes => new Map([['', false]]);

function isMarker(ch: string): boolean {
  return ch === SEP1 || ch === SEP0;
}

/** `s` followed by `t`, up to ANCHOR_DEPTH literal characters; `open` false when it cannot grow further. */
function joinPrefix(s: string, t: string): { str: string; open: boolean } {
  let out = s;
  let literals = 0;
  for (const ch of s) if (!isMarker(ch)) literals++;
  for (const ch of t) {
    const last = out.charAt(out.length - 1);
    if (isMarker(ch)) {
      if (out === '') return { str: out, open: false }; // a pattern starting with a run: not anchored here
      if (isMarker(last)) out = out.slice(0, -1) + (last === SEP1 || ch === SEP1 ? SEP1 : SEP0);
      else out += ch;
      continue;
    }
    // A separator right after a run would be swallowed by the trie's maximal run: end the prefix there.
    if (isMarker(last) && SEPARATORS.has(ch)) return { str: out, open: false };
    if (literals >= ANCHOR_DEPTH) return { str: out, open: false };
    out += ch;
    literals++;
  }
  return { str: out, open: literals < ANCHOR_DEPTH };
}

function concatPrefixes(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Map();
  for (const [s, open] of a) {
    if (!open) {
      addPrefix(out, s, false);
      continue;
    }
    for (const [t, tOpen] of b) {
      const j = joinPrefix(s, t);
      addPrefix(out, j.str, j.open && tOpen);
    }
  }
  if (out.size <= MAX_PREFIXES) return out;
  // Too many: stop growing here (every string of `a` is still a valid prefix of every match).
  const closed: Prefixes = new Map();
  for (const s of a.keys()) closed.set(s, false);
  return closed;
}

/**
 * Adds prefix `s` to a set. The same string closed and open is closed: closed means "s, then anything", which
 * contains "s, then what the pattern says next"; keeping it open would drop the matches where s is followed by
 * something else (e.g. `.{0,2}safe`: nothing yet, or an unknown character, then "safe").
 */
function addPrefix(out: Prefixes, s: string, open: boolean): void {
  const had = out.get(s);
  out.set(s, had === undefined ? open : had && open);
}

function unionPrefixes(a: Prefixes, b: Prefixes): Prefixes {
  const out = new Map(a);
  for (const [s, open] of b) addPrefix(out, s, open);
  return out;
}

function closePrefixes(a: Prefixes): Prefixes {
  const out: Prefixes = new Map();
  for (const s of a.keys()) out.set(s, false);
  return out;
}

const WHITESPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

function rangeCodes(from: number, to: number): number[] | null {
  if (to - from + 1 > MAX_CLASS_CHARS) return null;
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/** Recursive-descent reader of a regex source, for its match prefixes only. */
class PrefixParser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly canon: Uint16Array,
  ) {}

  parse(): Prefixes {
    const r = this.alternation();
    return this.i < this.src.length ? UNKNOWN() : r;
  }

  private charSet(codes: readonly number[]): Prefixes {
    const out: Prefixes = new Map();
    for (const c of codes) out.set(String.fromCharCode(this.canon[c] as number), true);
    return out;
  }

  private alternation(): Prefixes {
    let acc = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      acc = unionPrefixes(acc, this.sequence());
    }
    return acc;
  }

  private sequence(): Prefixes {
    let acc = IDENTITY();
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      if (![...acc.values()].some(Boolean)) {
        // Every prefix is complete: the rest of this sequence cannot change them.
        this.skipSequence();
        break;
      }
      const atom = this.atom();
      acc = concatPrefixes(acc, this.quantified(atom));
    }
    return acc;
  }

  private skipAlternation(): Prefixes {
    this.skipSequence();
    while (this.src[this.i] === '|') {
      this.i++;
      this.skipSequence();
    }
    return IDENTITY();
  }

  /** Moves to the end of the current sequence (the next top-level '|' or ')'), over groups and classes. */
  private skipSequence(): void {
    const s = this.src;
    let depth = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '[') {
        this.i++;
        this.skipClass();
      } else if (c === '(') {
        depth++;
        this.i++;
      } else if (c === ')' || c === '|') {
        if (depth === 0) return;
        if (c === ')') depth--;
        this.i++;
      } else this.i++;
    }
  }

  private quantified(atom: Prefixes): Prefixes {
    const s = this.src;
    const c = s[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      }
    } else {
      return atom;
    }
    if (s[this.i] === '?') this.i++; // lazy
    if (max === 0) return IDENTITY();
    // A run of separators (phrase spaces and hyphens): one marker for the whole run.
    if ([...atom.keys()].every((k) => k.length === 1 && SEPARATORS.has(k))) return new Map([[min === 0 ? SEP0 : SEP1, true]]);
    // Repeated: one occurrence is known, what follows it is not (another one, or the next atom).
    const once = max > 1 ? closePrefixes(atom) : atom;
    return min === 0 ? unionPrefixes(once, IDENTITY()) : once;
  }

  private atom(): Prefixes {
    const s = this.src;
    const c = s[this.i] as string;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const next = s.slice(this.i, this.i + 3);
        if (next.startsWith('?:')) this.i += 2;
        else if (next.startsWith('?=') || next.startsWith('?!')) {
          this.i += 2;
          lookaround = true;
        } else if (next === '?<=' || next === '?<!') {
          this.i += 3;
          lookaround = true;
        } else if (next.startsWith('?<')) {
          const close = s.indexOf('>', this.i);
          if (close < 0) return this.fail();
          this.i = close + 1;
        } else return this.fail();
      }
      // Assertions consume nothing: ignoring their condition only admits more positions.
      const inner = lookaround ? this.skipAlternation() : this.alternation();
      if (s[this.i] !== ')') return this.fail();
      this.i++;
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      this.i++;
      const e = this.escape(false);
      if (e === 'assertion') return IDENTITY();
      return e === null ? UNKNOWN() : this.charSet(e);
    }
    this.i++;
    if (c === '.') return UNKNOWN();
    if (c === '^' || c === '$') return IDENTITY();
    return this.charSet([c.charCodeAt(0)]);
  }

  private fail(): Prefixes {
    this.i = this.src.length + 1; // parse() then reports UNKNOWN
    return UNKNOWN();
  }

  /** After a backslash: the codes it stands for, 'assertion' for \b \B, or null when unknown. */
  private escape(inClass: boolean): number[] | 'assertion' | null {
    const s = this.src;
    const c = s[this.i] as string;
    this.i++;
    switch (c) {
      case 'd':
        return rangeCodes(0x30, 0x39);
      case 's':
        return WHITESPACE_CODES;
      case 'w':
        return [...(rangeCodes(0x30, 0x39) ?? []), ...(rangeCodes(0x41, 0x5a) ?? []), ...(rangeCodes(0x61, 0x7a) ?? []), 0x5f];
      case 'b':
        return inClass ? [0x08] : 'assertion';
      case 'B':
        return inClass ? null : 'assertion';
      case 'n':
        return [0x0a];
      case 'r':
        return [0x0d];
      case 't':
        return [0x09];
      case 'f':
        return [0x0c];
      case 'v':
        return [0x0b];
      case '0':
        return [0];
      case 'u': {
        const m = /^[0-9a-f]{4}/i.exec(s.slice(this.i));
        if (!m) return null;
        this.i += 4;
        return [parseInt(m[0], 16)];
      }
      case 'x': {
        const m = /^[0-9a-f]{2}/i.exec(s.slice(this.i));
        if (!m) return null;
        this.i += 2;
        return [parseInt(m[0], 16)];
      }
      default:
        // \D \S \W, back references, \k<…>, \c, \p: not analysed.
        if (/[DSWkcpP1-9]/.test(c)) return null;
        return [c.charCodeAt(0)];
    }
  }

  private charClass(): Prefixes {
    const s = this.src;
    this.i++; // [
    if (s[this.i] === '^') {
      // Negated: skip to its end; what it matches is not listed.
      this.skipClass();
      return UNKNOWN();
    }
    const codes = new Set<number>();
    let unknown = false;
    let first = true;
    while (this.i < s.length && (s[this.i] !== ']' || first)) {
      first = false;
      let from: number[] | null;
      if (s[this.i] === '\\') {
        this.i++;
        const e = this.escape(true);
        from = e === 'assertion' ? null : e;
      } else {
        from = [(s[this.i] as string).charCodeAt(0)];
        this.i++;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && from !== null && from.length === 1) {
        this.i++;
        let to: number[] | null;
        if (s[this.i] === '\\') {
          this.i++;
          const e = this.escape(true);
          to = e === 'assertion' ? null : e;
        } else {
          to = [(s[this.i] as string).charCodeAt(0)];
          this.i++;
        }
        from = to !== null && to.length === 1 ? rangeCodes(from[0] as number, to[0] as number) : null;
      }
      if (from === null) unknown = true;
      else for (const x of from) codes.add(x);
    }
    if (s[this.i] !== ']') return this.fail();
    this.i++;
    if (unknown || codes.size > MAX_CLASS_CHARS) return UNKNOWN();
    return this.charSet([...codes]);
  }

  private skipClass(): void {
    const s = this.src;
    while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
    this.i++;
  }
}

/**
 * The literal prefixes (canonical char codes as strings, at most ANCHOR_DEPTH long) one of which starts every
 * match of the case-insensitive regex `source`; null when some match could start with anything.
 */
export function matchPrefixes(source: string): string[] | null {
  return anchoredKeys(new PrefixParser(source, anchorTableOf()).parse());
}

function anchoredKeys(set: Prefixes): string[] | null {
  for (const k of set.keys()) if (k === '' || isMarker(k.charAt(0))) return null;
  return [...set.keys()];
}

const SEP1_TOKEN = '[\\s\\-]{1,3}';
const SEP0_TOKEN = '[\\s\\-]{0,2}';
const APOSTROPHE_TOKEN = "'?";

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The prefix of a phrase with no optional part: one string, built as joinPrefix would build it atom by atom
 * (and without the per-atom sets that the general case needs).
 */
function singlePrefix(tokens: readonly string[], canon: Uint16Array): string[] | null {
  let out = '';
  let literals = 0;
  for (const tok of tokens) {
    if (tok === SEP1_TOKEN || tok === SEP0_TOKEN) {
      const ch = tok === SEP1_TOKEN ? SEP1 : SEP0;
      if (out === '') return null; // starts with a run: not anchored
      const last = out.charAt(out.length - 1);
      if (isMarker(last)) out = out.slice(0, -1) + (last === SEP1 || ch === SEP1 ? SEP1 : SEP0);
      else out += ch;
      continue;
    }
    const lit = tok.charAt(0) === '\\' ? tok.slice(1) : tok;
    for (let k = 0; k < lit.length; k++) {
      const ch = String.fromCharCode(canon[lit.charCodeAt(k)] as number);
      if (isMarker(out.charAt(out.length - 1)) && SEPARATORS.has(ch)) return out === '' ? null : [out];
      if (literals >= ANCHOR_DEPTH) return [out];
      // Full after this one: the prefix is closed, nothing (not even a run marker) is added after it.
      const full = literals + 1 >= ANCHOR_DEPTH;
      // joinPrefix counts the literals already in a prefix by code point: the second half of a surrogate
      // pair does not count again.
      if (!(isLowSurrogate(ch.charCodeAt(0)) && isHighSurrogate(out.charCodeAt(out.length - 1)))) literals++;
      out += ch;
      if (full) return [out];
    }
  }
  return out === '' ? null : [out];
}

/**
 * matchPrefixes(phraseSource(phrase)), computed from the phrase's tokens instead of parsing the regex source
 * written from them: what PrefixParser would derive from each token, concatenated the same way. A page's
 * first scan analyses some two thousand phrases in code that V8 has not optimised yet, and the parser's
 * character-by-character reading was most of that cost. Equality with the parser is tested on every
 * prefilter phrase and on generated ones.
 */
export function phrasePrefixes(phrase: string): { head: boolean; prefixes: string[] | null } {
  const canon = anchorTableOf();
  const { head, tokens } = phraseParts(phrase);
  if (!tokens.includes(APOSTROPHE_TOKEN)) return { head, prefixes: singlePrefix(tokens, canon) };
  let acc = IDENTITY();
  for (const tok of tokens) {
    if (![...acc.values()].some(Boolean)) break;
    let atom: Prefixes;
    if (tok === SEP1_TOKEN) atom = new Map([[SEP1, true]]);
    else if (tok === SEP0_TOKEN) atom = new Map([[SEP0, true]]);
    else if (tok === APOSTROPHE_TOKEN) atom = new Map([["'", true], ['', true]]);
    else {
      // One escaped character, or one code point (two units for an astral one: two atoms for the parser).
      const lit = tok.charAt(0) === '\\' ? tok.slice(1) : tok;
      for (let k = 0; k < lit.length - 1; k++) acc = concatPrefixes(acc, new Map([[String.fromCharCode(canon[lit.charCodeAt(k)] as number), true]]));
      atom = new Map([[String.fromCharCode(canon[lit.charCodeAt(lit.length - 1)] as number), true]]);
    }
    acc = concatPrefixes(acc, atom);
  }
  return { head, prefixes: anchoredKeys(acc) };
}


export interface AnchoredScanner {
  /** The regexes, in order; hits are grouped per regex. */
  readonly regexes: readonly RegExp[];
  /**
   * Analyses the patterns, in steps: returns true when done, false when `shouldStop()` said to pause (asked
   * between patterns). `hits` finishes any remaining work itself.
   */
  prepare(shouldStop?: () => boolean): boolean;
  /** Matches of every regex in `norm` (leftmost, non-overlapping, as a global exec loop finds them). */
  hits(norm: string, limitPerRegex: number): Hit[][];
  /** Regexes that could not be anchored and run over the whole text (for tests and diagnostics). */
  unanchored(): number[];
  /** The regex objects `hits` executes (sticky copies and any global ones), to warm up their compilation. */
  executed(): RegExp[];
}

/** The phrase head assertion's test: the previous unit is [a-z0-9], case-insensitively. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The frozen trie: roots indexed by class, literal edges in an open-addressing hash, run edges in arrays. */
interface Trie {
  headRoot: Int32Array;
  anyRoot: Int32Array;
  mask: Int32Array;
  sep1: Int32Array;
  sep0: Int32Array;
  hashNode: Int32Array;
  hashCode: Int32Array;
  hashNext: Int32Array;
  hashBits: number;
  /** Per node: 1 where a walk must start (a prefix ends, or a possibly empty run follows), 2 where it must if a separator follows, else 0. */
  shallow: Uint8Array;
  /**
   * Bit sets over hashed class pairs and triples that some prefix starts with (a walk can only succeed where
   * the text's first two, and three, classes are in them): most positions are rejected by two bit tests.
   * `pairEnds` holds the pairs whose node already ends a prefix or has a run edge (no third class needed).
   */
  pairs: Int32Array;
  pairEnds: Int32Array;
  triples: Int32Array;
}

const PAIR_BITS = 20;
const TRIPLE_BITS = 21;

// Multiplicative hashing: each class is mixed in before the multiply, so the top bits depend on all of them.
function pairHash(c0: number, c1: number): number {
  return Math.imul((c0 << 16) ^ c1, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

function tripleHash(c0: number, c1: number, c2: number): number {
  return Math.imul(Math.imul((c0 << 16) ^ c1, 0x85ebca6b) ^ c2, 0x9e3779b1) >>> (32 - TRIPLE_BITS);
}

function setBit(set: Int32Array, i: number): void {
  set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
}

function hasBit(set: Int32Array, i: number): boolean {
  return ((set[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}

/**
 * Collects the prefixes, then builds the frozen trie in one go from them sorted: each prefix shares its path
 * with the previous one up to their common length, so nodes are created in order and no edge is ever looked
 * up while building. (A map of edges, looked up per character, made the build a visible part of a page's
 * first scan.)
 */
class TrieBuilder {
  private readonly prefixes: { head: boolean; str: string; bit: number }[] = [];

  insert(head: boolean, prefix: string, bit: number): void {
    this.prefixes.push({ head, str: prefix, bit });
  }

  freeze(): Trie {
    const mask: number[] = [0];
    const sep1: number[] = [0];
    const sep0: number[] = [0];
    // Literal edges as parallel arrays, and per node a linked list of its outgoing literal edges.
    const eCode: number[] = [];
    const eNext: number[] = [];
    const eSibling: number[] = [];
    const firstEdge: number[] = [-1];
    const headRoot = new Int32Array(65536);
    const anyRoot = new Int32Array(65536);
    const roots: [Int32Array, number, number][] = [];
    const newNode = (): number => {
      mask.push(0);
      sep1.push(0);
      sep0.push(0);
      firstEdge.push(-1);
      return mask.length - 1;
    };
    for (const head of [true, false]) {
      const root = head ? headRoot : anyRoot;
      const list = this.prefixes.filter((p) => p.head === head).sort((a, b) => (a.str < b.str ? -1 : a.str > b.str ? 1 : 0));
      let prev = '';
      const path: number[] = [];
      for (const { str, bit } of list) {
        let common = 0;
        const max = Math.min(prev.length, str.length);
        while (common < max && prev.charCodeAt(common) === str.charCodeAt(common)) common++;
        path.length = common;
        for (let k = common; k < str.length; k++) {
          const n = newNode();
          const code = str.charCodeAt(k);
          if (k === 0) {
            root[code] = n;
            roots.push([root, code, n]);
          } else {
            const parent = path[k - 1] as number;
            if (str.charAt(k) === SEP1) sep1[parent] = n;
            else if (str.charAt(k) === SEP0) sep0[parent] = n;
            else {
              eCode.push(code);
              eNext.push(n);
              eSibling.push(firstEdge[parent] as number);
              firstEdge[parent] = eCode.length - 1;
            }
          }
          path.push(n);
        }
        const last = path[str.length - 1] as number;
        mask[last] = (mask[last] as number) | bit;
        prev = str;
      }
    }
    // Edges into an open-addressing hash keyed by (node, class).
    const parentOf = new Int32Array(eCode.length);
    for (let n = 0; n < firstEdge.length; n++) {
      for (let e = firstEdge[n] as number; e >= 0; e = eSibling[e] as number) parentOf[e] = n;
    }
    let bits = 4;
    while (1 << bits < eCode.length * 2 + 16) bits++;
    const size = 1 << bits;
    const hashNode = new Int32Array(size);
    const hashCode = new Int32Array(size);
    const hashNext = new Int32Array(size);
    for (let e = 0; e < eCode.length; e++) {
      const n = parentOf[e] as number;
      const c = eCode[e] as number;
      let h = hashOf(n, c, bits);
      while (hashNode[h] !== 0) h = (h + 1) & (size - 1);
      hashNode[h] = n;
      hashCode[h] = c;
      hashNext[h] = eNext[e] as number;
    }
    // 1: a walk must start here (a prefix ends, or a run that may be empty follows); 2: only if a separator
    // follows (a run of at least one); 0: only along literal edges.
    const shallow = new Uint8Array(mask.length);
    for (let i = 0; i < mask.length; i++) shallow[i] = mask[i] !== 0 || sep0[i] !== 0 ? 1 : sep1[i] !== 0 ? 2 : 0;
    const pairs = new Int32Array(1 << (PAIR_BITS - 5));
    const pairEnds = new Int32Array(1 << (PAIR_BITS - 5));
    const triples = new Int32Array(1 << (TRIPLE_BITS - 5));
    for (const [, c0, n0] of roots) {
      for (let e1 = firstEdge[n0] as number; e1 >= 0; e1 = eSibling[e1] as number) {
        const c1 = eCode[e1] as number;
        const n1 = eNext[e1] as number;
        setBit(pairs, pairHash(c0, c1));
        if (shallow[n1] === 1) setBit(pairEnds, pairHash(c0, c1));
        if (shallow[n1] === 2) for (const sep of [0x20, 0x2d]) setBit(triples, tripleHash(c0, c1, sep));
        for (let e2 = firstEdge[n1] as number; e2 >= 0; e2 = eSibling[e2] as number) setBit(triples, tripleHash(c0, c1, eCode[e2] as number));
      }
    }
    return {
      pairs,
      pairEnds,
      triples,
      headRoot,
      anyRoot,
      mask: Int32Array.from(mask),
      sep1: Int32Array.from(sep1),
      sep0: Int32Array.from(sep0),
      hashNode,
      hashCode,
      hashNext,
      hashBits: bits,
      shallow,
    };
  }
}

function hashOf(node: number, code: number, bits: number): number {
  return Math.imul(node * 0x10001 + code, 0x9e3779b1) >>> (32 - bits);
}

/** Separator classes in the anchor table: whitespace (all mapped to a space) and '-'. */
function isSepClass(c: number): boolean {
  return c === 0x20 || c === 0x2d;
}

/**
 * Builds the scanner for regexes compiled from `groups` of patterns (group i → regexes[i]). Patterns whose
 * source starts with the phrase head assertion only anchor at word starts. The analysis runs on first use
 * (or in steps through `prepare`).
 */
export function anchoredScanner(regexes: readonly RegExp[], groups: readonly (readonly Pattern[])[]): AnchoredScanner {
  if (regexes.length !== groups.length || regexes.length > 30) throw new Error('anchoredScanner: one regex per group, at most 30');
  const builder = new TrieBuilder();
  const unanchored: number[] = [];
  let gi = 0;
  let pi = 0;
  let pending: [boolean, string][] = [];
  let groupFailed = false;
  let trie: Trie | null = null;
  let sticky: RegExp[] = [];

  const prepare = (shouldStop?: () => boolean): boolean => {
    if (trie) return true;
    const analysed = gi < groups.length;
    while (gi < groups.length) {
      const group = groups[gi] as readonly Pattern[];
      if (pi < group.length) {
        if (!groupFailed) {
          const pattern = group[pi] as Pattern;
          let head: boolean;
          let prefixes: string[] | null;
          if (typeof pattern === 'string') ({ head, prefixes } = phrasePrefixes(pattern));
          else {
            head = pattern.re.startsWith(HEAD);
            prefixes = matchPrefixes(pattern.re);
          }
          if (prefixes === null) groupFailed = true;
          else for (const pre of prefixes) pending.push([head, pre]);
        }
        pi++;
        if (shouldStop?.()) return false;
        continue;
      }
      if (groupFailed) unanchored.push(gi);
      else for (const [head, pre] of pending) builder.insert(head, pre, 1 << gi);
      gi++;
      pi = 0;
      pending = [];
      groupFailed = false;
    }
    // Building the trie is one step: it starts in a new slice if this call used the caller's up (and always
    // proceeds in a call that had nothing else to do, so a slow machine cannot keep it waiting forever).
    if (analysed && shouldStop?.()) return false;
    trie = builder.freeze();
    sticky = regexes.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}y`));
    return true;
  };

  const executed = (): RegExp[] => {
    prepare();
    return regexes.map((re, i) => (unanchored.includes(i) ? re : (sticky[i] as RegExp)));
  };

  const hits = (norm: string, limitPerRegex: number): Hit[][] => {
    prepare();
    const t = trie as Trie;
    const tab = anchorTableOf();
    const { headRoot, anyRoot, mask: nodeMask, sep1, sep0, hashNode, hashCode, hashNext, hashBits } = t;
    const hashMask = (1 << hashBits) - 1;
    const { shallow, pairs, pairEnds, triples } = t;
    const n = norm.length;
    const step = (node: number, c: number): number => {
      for (let h = hashOf(node, c, hashBits); hashNode[h] !== 0; h = (h + 1) & hashMask) {
        if (hashNode[h] === node && hashCode[h] === c) return hashNext[h] as number;
      }
      return 0;
    };
    // Bits of the regexes with a prefix ending on the path from `node` (which matched up to q - 1).
    const walk = (start: number, from: number): number => {
      let node = start;
      let q = from;
      let m = nodeMask[node] as number;
      for (;;) {
        const s1 = sep1[node] as number;
        const s0 = sep0[node] as number;
        if ((s1 | s0) !== 0) {
          let r = q;
          while (r < n && isSepClass(tab[norm.charCodeAt(r)] as number)) r++;
          if (s1 !== 0 && r > q) m |= walk(s1, r);
          if (s0 !== 0) m |= walk(s0, r);
        }
        if (q >= n) return m;
        const next = step(node, tab[norm.charCodeAt(q)] as number);
        if (next === 0) return m;
        node = next;
        m |= nodeMask[node] as number;
        q++;
      }
    };

    const out: Hit[][] = regexes.map(() => []);
    let full = 0;
    for (const u of unanchored) {
      out[u] = findAll(regexes[u] as RegExp, norm, limitPerRegex);
      full |= 1 << u;
    }
    const allBits = (1 << regexes.length) - 1;
    const lastEnd = new Array<number>(regexes.length).fill(0);
    let prevAlnum = false;
    // Classes of the characters at p, p + 1 and p + 2 (-1 past the end), slid along.
    let c = n > 0 ? (tab[norm.charCodeAt(0)] as number) : -1;
    let c1 = n > 1 ? (tab[norm.charCodeAt(1)] as number) : -1;
    for (let p = 0; p < n && full !== allBits; p++) {
      const c0 = c;
      c = c1;
      const raw = norm.charCodeAt(p);
      const a = anyRoot[c0] as number;
      const h = prevAlnum ? 0 : (headRoot[c0] as number);
      prevAlnum = isAsciiAlnum(raw);
      c1 = p + 2 < n ? (tab[norm.charCodeAt(p + 2)] as number) : -1;
      if ((a | h) === 0) continue;
      // Cheap rejections first; a walk is only started where a prefix can begin.
      const sa = shallow[a] as number;
      const sh = shallow[h] as number;
      if (sa !== 1 && sh !== 1 && !((sa | sh) === 2 && isSepClass(c))) {
        if (c < 0) continue;
        const ph = pairHash(c0, c);
        if (!hasBit(pairs, ph)) continue;
        if (!hasBit(pairEnds, ph) && (c1 < 0 || !hasBit(triples, tripleHash(c0, c, c1)))) continue;
      }
      let mask = 0;
      if (a !== 0) mask = walk(a, p + 1);
      if (h !== 0) mask |= walk(h, p + 1);
      mask &= ~full;
      for (let g = 0; mask !== 0; g++, mask >>>= 1) {
        if ((mask & 1) === 0 || p < (lastEnd[g] as number)) continue;
        const re = sticky[g] as RegExp;
        re.lastIndex = p;
        const m = re.exec(norm);
        if (m === null || m[0].length === 0) continue;
        const list = out[g] as Hit[];
        list.push({ start: p, end: p + m[0].length });
        lastEnd[g] = p + m[0].length;
        if (list.length >= limitPerRegex) full |= 1 << g;
      }
    }
    return out;
  };

  return { regexes, prepare, hits, unanchored: () => (prepare(), [...unanchored]), executed };
}
