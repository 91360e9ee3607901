// Literal-prefix analysis for the anchored scanner (anchored-scanner.ts). Every prefilter pattern's source is
// analysed for the literal prefixes (up to ANCHOR_DEPTH characters, compared through a case-insensitive class
// table) that any of its matches must start with. The analysis is conservative: a construct it does not
// understand ends the prefix (or, at the very start, makes the pattern unanchorable, and the scanner then runs
// it over the whole text), so the positions where a prefix starts are always a superset of those where the
// pattern can match.
import { phraseParts } from './matcher';


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
export const SEP1 = '\u0001';
export const SEP0 = '\u0002';
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
