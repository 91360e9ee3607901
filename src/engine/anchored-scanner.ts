// Anchored scanning. Running a few big trie regexes over a whole page costs one regex attempt per position
// per regex, and compiling them costs tens of milliseconds on every page. Instead, one JS pass over the text
// walks a trie of the patterns' literal prefixes (see prefix-analysis.ts), and only where a prefix is present
// are the patterns it belongs to tried, each with its own small sticky regex, compiled the first time it is
// needed. A page therefore compiles only the few patterns its text could match.
//
// What it finds: every position where at least one pattern matches (as its own sticky regex would, at that
// position), with the longest such match. The trie is built once (or precomputed by the build, see
// PackedTrie) and a stale precomputed one is ignored.
import { patternSource, phraseParts, type Hit } from './matcher';
import { matchPrefixes, phrasePrefixes } from './prefix-analysis';
import {
  PAIR_SHIFT,
  TRIPLE_SHIFT,
  TrieBuilder,
  hydrateTrie,
  isSepClass,
  packTrie,
  unpackTrie,
  type FrozenTrie,
  type PackedTrie,
  type RootKind,
  type Trie,
} from './prefix-trie';
import type { Pattern } from './types';

export interface AnchoredScanner {
  readonly patterns: readonly Pattern[];
  /**
   * Builds the trie, in steps: returns true when done, false when `shouldStop()` said to pause (asked between
   * patterns while analysing). `hits` finishes any remaining work itself.
   */
  prepare(shouldStop?: () => boolean): boolean;
  /** Every position where some pattern matches, with its longest match, in order; at most `limit`. */
  hits(norm: string, limit: number): Hit[];
  /** Patterns that could not be anchored and run over the whole text (for tests and diagnostics). */
  unanchored(): number[];
  /** The analysed trie in its JSON-safe form (analysing the patterns if the trie came precomputed). */
  frozen(): FrozenTrie;
  /** The hydrated trie in its JSON-safe form (what a build precomputes and ships). */
  packed(): PackedTrie;
  /** How many patterns have had their regex compiled so far (diagnostics: a page compiles few). */
  compiledCount(): number;
}

/** The phrase head assertion's test: the previous unit is [a-z0-9], case-insensitively. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * A cheap fingerprint of the patterns (FNV-1a over their count, then each one's length and first, middle and
 * last characters, a regex counted as its source after a '/'): it reads four numbers per pattern and
 * allocates nothing, not all 60k characters of them. It guards against a trie built from other patterns (an
 * added, removed or reworded pattern) wherever the caller cannot vouch for the trie (see `sameBuild`).
 */
export function patternsFingerprint(patterns: readonly Pattern[]): string {
  // FNV-1a steps written out (no helper call per step: it runs once, before the engine optimises anything).
  const prime = 0x01000193;
  let h = Math.imul(0x811c9dc5 ^ patterns.length, prime);
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i] as Pattern;
    if (typeof p === 'string') {
      h = Math.imul(h ^ p.length, prime);
      h = Math.imul(h ^ p.charCodeAt(0), prime);
      h = Math.imul(h ^ p.charCodeAt(p.length >> 1), prime);
      h = Math.imul(h ^ p.charCodeAt(p.length - 1), prime);
    } else {
      // As if over '/' + p.re, without building that string.
      const len = p.re.length + 1;
      const mid = len >> 1;
      h = Math.imul(h ^ len, prime);
      h = Math.imul(h ^ 0x2f, prime);
      h = Math.imul(h ^ (mid === 0 ? 0x2f : p.re.charCodeAt(mid - 1)), prime);
      h = Math.imul(h ^ (len === 1 ? 0x2f : p.re.charCodeAt(len - 2)), prime);
    }
  }
  return `${patterns.length}:${(h >>> 0).toString(16)}`;
}

/** Index just past the group opening at `at` (its matching ')'), or -1. */
function groupEnd(re: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < re.length; i++) {
    const c = re.charAt(i);
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** A lookbehind that lets only a newline (or the start) stand before the match. */
const NEWLINE_ONLY_BEHIND = '(?<![^\\n])';

/**
 * What a regex's leading assertions demand of the unit before the match (the regexes run case-insensitively),
 * as the trie's roots test it (see RootKind):
 *  - 'word', no ASCII letter or digit: HEAD itself, any negative lookbehind of a class holding a-z and 0-9
 *    ((?<![a-z0-9-]), (?<![a-z0-9/])), one that allows only a newline or the start ((?<![^\n])), a positive
 *    lookbehind ending in whitespace ((?<=\dk?\s)), or \b before a letter or digit (\bNCT);
 *  - 'letter', no ASCII letter: a negative lookbehind of a class holding a-z but not the digits ((?<![a-z]));
 *  - 'none' otherwise ((?<![\d.]), (?<!x), no assertion).
 * The pattern is then walked only where its demand holds, a superset of where it can match: "op" inside
 * "shops" or "iv" inside "give" no longer starts a walk and a regex test.
 */
export function rootKindOf(re: string): RootKind {
  let i = 0;
  let kind: RootKind = 'none';
  while (re.startsWith('(?<', i)) {
    const end = groupEnd(re, i);
    if (end < 0) return kind;
    const group = re.slice(i, end);
    if (group === NEWLINE_ONLY_BEHIND) return 'word';
    // Lookbehinds are all required: the strongest one decides.
    if (group.startsWith('(?<=') && endsWithWhitespaceClass(group) && !hasTopLevelBar(group)) return 'word';
    const cls = /^\(\?<!\[([^\]^][^\]]*)\]\)$/.exec(group)?.[1];
    if (cls !== undefined && cls.includes('a-z')) {
      if (cls.includes('0-9') || cls.includes('\\d')) return 'word';
      kind = 'letter';
    }
    i = end;
  }
  return /^\\b[a-z0-9]/i.test(re.slice(i)) ? 'word' : kind;
}

/** Whether a group ends in \\s (an escape: an odd run of backslashes before the s), just before its ')'. */
function endsWithWhitespaceClass(group: string): boolean {
  if (!group.endsWith('s)')) return false;
  let slashes = 0;
  for (let i = group.length - 3; i >= 0 && group.charAt(i) === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/** Whether a group has an alternation of its own (a '|' outside nested groups and classes). */
function hasTopLevelBar(group: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < group.length; i++) {
    const c = group.charAt(i);
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 1) return true;
  }
  return false;
}

/** Analyses the patterns for their prefixes and builds the frozen trie (what the build precomputes). */
export function freezePatterns(patterns: readonly Pattern[], shouldStop?: () => boolean, state = freezeState()): FrozenTrie | null {
  while (state.next < patterns.length) {
    const id = state.next++;
    const pattern = patterns[id] as Pattern;
    let kind: RootKind;
    let prefixes: string[] | null;
    if (typeof pattern === 'string') {
      const analysed = phrasePrefixes(pattern);
      kind = analysed.head ? 'word' : 'none';
      prefixes = analysed.prefixes;
    } else {
      kind = rootKindOf(pattern.re);
      prefixes = matchPrefixes(pattern.re);
    }
    if (prefixes === null) state.unanchored.push(id);
    else for (const pre of prefixes) state.builder.insert(kind, pre, id);
    if (typeof pattern === 'string' && prefixes?.length === 1) {
      const literal = literalOf(pattern, prefixes[0] as string);
      if (literal) state.literals.push(id, literal.length, literal.tail ? 1 : 0);
    }
    if (shouldStop?.()) return null;
  }
  return state.builder.freeze(patternsFingerprint(patterns), state.unanchored, state.literals);
}

function freezeState(): { next: number; builder: TrieBuilder; unanchored: number[]; literals: number[] } {
  return { next: 0, builder: new TrieBuilder(), unanchored: [], literals: [] };
}

/**
 * A phrase the trie matches exactly: every token one literal character, none a digit (the trie's classes
 * merge digits), and its one prefix the whole phrase (not cut at the anchor depth). Reaching the end of that
 * prefix then is the match, of the phrase's length; `tail` as the compiled phrase requires.
 */
function literalOf(phrase: string, prefix: string): { length: number; tail: boolean } | null {
  // Its program with nothing but characters (no run, apostrophe or digit), as long as its one prefix.
  const prog = phraseProgram(phrase);
  if (prog === null) return null;
  for (let k = 1; k < prog.length; k++) {
    const op = prog[k] as number;
    if (op < 0 || (op >= 0x30 && op <= 0x39)) return null;
  }
  const length = prog.length - 1;
  return prefix.length === length ? { length, tail: prog[0] === 1 } : null;
}

const OP_RUN = -1;
const OP_APOSTROPHE = -2;
const RUN_TOKENS: Record<string, [number, number]> = { '[\\s\\-]{1,3}': [1, 3], '[\\s\\-]{0,2}': [0, 2] };

/**
 * A phrase as a tiny program the scanner runs instead of compiling its regex: [tail, ops…], each op a
 * character code (compared as the regex compares: case-insensitively, digits exactly), OP_APOSTROPHE (an
 * optional '), or OP_RUN min max (a run of whitespace and hyphens; consecutive separator tokens merge into one
 * run, which is what the regex's backtracking over [\s\-]{1,3}[\s\-]{0,2}… amounts to). A run ends at a
 * non-separator, and a phrase's next token never is one, so taking the whole run is exact. Null for a phrase
 * with anything else (the regex is used).
 */
export function phraseProgram(phrase: string): Int32Array | null {
  const { tokens, tail } = phraseParts(phrase);
  const ops: number[] = [tail ? 1 : 0];
  for (const tok of tokens) {
    const run = RUN_TOKENS[tok];
    if (run) {
      const last = ops.length - 3;
      if (ops.length >= 4 && ops[last] === OP_RUN) {
        ops[last + 1] = (ops[last + 1] as number) + run[0];
        ops[last + 2] = (ops[last + 2] as number) + run[1];
      } else ops.push(OP_RUN, run[0], run[1]);
      continue;
    }
    if (tok === "'?") {
      ops.push(OP_APOSTROPHE);
      continue;
    }
    const lit = tok.length === 2 && tok.charAt(0) === '\\' ? tok.charAt(1) : tok;
    if ([...lit].length !== 1 || /\s/.test(lit) || lit === '-') return null;
    for (let i = 0; i < lit.length; i++) ops.push(lit.charCodeAt(i));
  }
  return ops.length > 1 ? Int32Array.from(ops) : null;
}

/**
 * Index of class `c` among the sorted codes[from, to), or -1: a scan of the few edges most nodes have, a
 * binary search among the many of a node one or two characters deep ("t" leads to th, tr, te, to…).
 */
function edgeOf(codes: Int32Array, from: number, to: number, c: number): number {
  let lo = from;
  let hi = to;
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if ((codes[mid] as number) <= c) lo = mid;
    else hi = mid;
  }
  for (let e = lo; e < hi; e++) {
    const code = codes[e] as number;
    if (code >= c) return code === c ? e : -1;
  }
  return -1;
}

/** Positions the filter queues before they are walked (see Scan.run). */
const QUEUE = 4_096;

/**
 * The scan loop's state, as a class with fixed fields so the engine optimises its hot methods once (a
 * closure per call, reading captured typed arrays, kept being deoptimised on long pages).
 */
class Scan {
  /** Candidate patterns met by the current walk, and per pattern the position it was last met at (+1). */
  private cand: Int32Array;
  private nCand = 0;
  private seenAt: Int32Array;
  private norm = '';
  private n = 0;
  /** Per UTF-16 unit, its anchor class minus the unit (see Trie.shift): class = unit + shift[unit]. */
  private readonly shift: Int32Array;
  /**
   * The hits of the last run, as parallel typed arrays: the loop stores two integers per hit instead of
   * allocating an object and pushing it onto an array (that push deoptimised the loop on its next call: the
   * fresh array has another map).
   */
  hitStart: Int32Array;
  hitEnd: Int32Array;
  nHits = 0;
  /** Positions the filter let through, with their any and head roots, waiting for settle (see run). */
  private readonly qPos = new Int32Array(QUEUE);
  private readonly qA = new Int32Array(QUEUE);
  private readonly qH = new Int32Array(QUEUE);
  private nQueued = 0;
  /** Where the filter resumes, and the unit before that: 1 an ASCII letter, 2 a digit, 0 anything else. */
  private next = 0;
  private prev = 0;

  constructor(
    private readonly t: Trie,
    patternCount: number,
    private readonly regexOf: (id: number) => RegExp,
    private readonly programOf: (id: number) => Int32Array | null,
  ) {
    this.cand = new Int32Array(64);
    this.seenAt = new Int32Array(patternCount);
    this.hitStart = new Int32Array(256);
    this.hitEnd = new Int32Array(256);
    this.shift = t.shift;
  }

  /** The child of `node` along class `c`, or 0. */
  private step(node: number, c: number): number {
    const t = this.t;
    const e = edgeOf(t.edgeCode, t.edgeStart[node] as number, t.edgeStart[node + 1] as number, c);
    return e < 0 ? 0 : (t.edgeNext[e] as number);
  }

  private collect(node: number, p: number): void {
    const t = this.t;
    const from = t.endStart[node] as number;
    const to = t.endStart[node + 1] as number;
    for (let k = from; k < to; k++) {
      const id = t.endIds[k] as number;
      if (this.seenAt[id] === p + 1) continue;
      this.seenAt[id] = p + 1;
      if (this.nCand === this.cand.length) {
        const grown = new Int32Array(this.cand.length * 2);
        grown.set(this.cand);
        this.cand = grown;
      }
      this.cand[this.nCand++] = id;
    }
  }

  /** Walks from `start` (matched up to q - 1), collecting the patterns whose prefix ends on the way. */
  private walk(start: number, from: number, p: number): void {
    const t = this.t;
    const shift = this.shift;
    const norm = this.norm;
    const n = this.n;
    let node = start;
    let q = from;
    this.collect(node, p);
    for (;;) {
      const s1 = t.sep1[node] as number;
      const s0 = t.sep0[node] as number;
      if ((s1 | s0) !== 0) {
        const r = this.sepRunEnd(q, n);
        if (s1 !== 0 && r > q) this.walk(s1, r, p);
        if (s0 !== 0) this.walk(s0, r, p);
      }
      if (q >= n) return;
      const u = norm.charCodeAt(q);
      const next = this.step(node, u + (shift[u] as number));
      if (next === 0) return;
      node = next;
      this.collect(node, p);
      q++;
    }
  }

  /** Finds the hits in `norm`, at most `limit`, into hitStart/hitEnd (nHits of them). */
  run(norm: string, limit: number): void {
    this.norm = norm;
    this.n = norm.length;
    this.seenAt.fill(0);
    this.nHits = 0;
    this.next = 0;
    this.prev = 0;
    // Two loops, each in a function of its own: filter() reads every character and calls nothing, so the
    // engine compiles it small and early; settle() walks the few positions it queued. One loop that also
    // called the walks was compiled with them inlined, which took long enough (tens of ms on a busy core)
    // that much of a page's first scan ran unoptimised (Node, interleaved cold runs: about 84 → 72 ms for the
    // bench page's first 180k characters with inlining limited).
    while (this.next < this.n && this.nHits < limit) {
      this.filter();
      this.settle(limit);
    }
  }

  /**
   * Queues, from `next` on, the positions where a walk may succeed, up to QUEUE of them. Almost every
   * position is rejected by the first two lookups, so the loop reads one character and computes nothing else
   * before them; the pair and triple tests (pairHash, tripleHash and hasBit of prefix-trie.ts, written out
   * here so that even unoptimised code does no calls) come only after.
   */
  private filter(): void {
    const t = this.t;
    const shift = this.shift;
    const norm = this.norm;
    const n = this.n;
    const { headRoot, digitRoot, anyRoot, shallow, pairs, pairEnds, triples, anyPairs, anyPairEnds, anyTriples } = t;
    const qPos = this.qPos;
    const qA = this.qA;
    const qH = this.qH;
    let prev = this.prev;
    let k = 0;
    let p = this.next;
    for (; p < n && k < QUEUE; p++) {
      const raw = norm.charCodeAt(p);
      const c0 = raw + (shift[raw] as number);
      const a = anyRoot[c0] as number;
      // Head roots at a word start, digit roots after a digit (a letter may stand before neither).
      const h = prev === 0 ? (headRoot[c0] as number) : prev === 2 ? (digitRoot[c0] as number) : 0;
      const low = raw | 0x20;
      prev = low >= 0x61 && low <= 0x7a ? 1 : raw >= 0x30 && raw <= 0x39 ? 2 : 0;
      if ((a | h) === 0) continue;
      // Cheap rejections first; a walk is only started where a prefix can begin.
      let c = -1;
      if (p + 1 < n) {
        const u = norm.charCodeAt(p + 1);
        c = u + (shift[u] as number);
      }
      const sa = shallow[a] as number;
      const sh = shallow[h] as number;
      if (sa !== 1 && sh !== 1 && !((sa | sh) === 2 && (c === 0x20 || c === 0x2d))) {
        if (c < 0) continue;
        // Inside a word (no head root) only the any-root walks' starts count.
        const ps = h === 0 ? anyPairs : pairs;
        const ph = Math.imul((c0 << 16) ^ c, 0x9e3779b1) >>> PAIR_SHIFT;
        if (((ps[ph >>> 5] as number) & (1 << (ph & 31))) === 0) continue;
        const pes = h === 0 ? anyPairEnds : pairEnds;
        if (((pes[ph >>> 5] as number) & (1 << (ph & 31))) === 0) {
          if (p + 2 >= n) continue;
          const u2 = norm.charCodeAt(p + 2);
          const c1 = u2 + (shift[u2] as number);
          const ts = h === 0 ? anyTriples : triples;
          const th = Math.imul(Math.imul((c0 << 16) ^ c, 0x85ebca6b) ^ c1, 0x9e3779b1) >>> TRIPLE_SHIFT;
          if (((ts[th >>> 5] as number) & (1 << (th & 31))) === 0) continue;
        }
      }
      qPos[k] = p;
      qA[k] = a;
      qH[k] = h;
      k++;
    }
    this.next = p;
    this.prev = prev;
    this.nQueued = k;
  }

  /** Walks the queued positions in order, adding the hits, until `limit` hits. */
  private settle(limit: number): void {
    for (let k = 0; k < this.nQueued && this.nHits < limit; k++) {
      const p = this.qPos[k] as number;
      const a = this.qA[k] as number;
      const h = this.qH[k] as number;
      // Most walks that pass the filters die within a few characters without meeting a prefix's end ("the
      // g…" where "the best…" begins): one call settles those, instead of matchAt's walk, collect and step.
      if ((a === 0 || this.deadEnd(a, p + 1)) && (h === 0 || this.deadEnd(h, p + 1))) continue;
      const end = this.matchAt(p, a, h);
      if (end > p) this.addHit(p, end);
    }
  }

  /**
   * True when the walk from `node` (matched up to q - 1) certainly collects nothing: following the text along
   * literal edges it dies before reaching a node where a prefix ends or an optional run starts. A run that
   * must be taken (at least one separator) is followed, and so, first, is the separator's own literal edge if
   * it has one; an optional run returns false (matchAt then walks it in full). So it only skips walks that
   * walk() would have finished with no candidate.
   */
  private deadEnd(start: number, from: number): boolean {
    const t = this.t;
    const shift = this.shift;
    const norm = this.norm;
    const n = this.n;
    const { shallow, sep1, edgeStart, edgeCode, edgeNext } = t;
    let node = start;
    let q = from;
    for (;;) {
      const sh = shallow[node] as number;
      if (sh === 1) return false; // a prefix ends here, or an optional run starts: matchAt decides
      if (q >= n) return true;
      const u = norm.charCodeAt(q);
      const c = u + (shift[u] as number);
      const e = edgeOf(edgeCode, edgeStart[node] as number, edgeStart[node + 1] as number, c);
      const next = e < 0 ? 0 : (edgeNext[e] as number);
      if (sh === 2 && isSepClass(c)) {
        // A run of separators must follow here, taken whole. A literal edge for the separator too (a phrase's
        // run and a regex's literal space after the same word: "the best…", "(?:the )?sponsor") is a second
        // path, settled first by the same test.
        if (next !== 0 && !this.deadEnd(next, q + 1)) return false;
        const r = this.sepRunEnd(q + 1, n);
        node = sep1[node] as number;
        q = r;
        continue;
      }
      if (next === 0) return true;
      node = next;
      q++;
    }
  }

  /** End of the run of separators (whitespace, '-') from q, reading no further than `limit`. */
  private sepRunEnd(q: number, limit: number): number {
    const norm = this.norm;
    const shift = this.shift;
    let r = q;
    for (; r < limit; r++) {
      const u = norm.charCodeAt(r);
      if (!isSepClass(u + (shift[u] as number))) break;
    }
    return r;
  }

  private addHit(start: number, end: number): void {
    if (this.nHits === this.hitStart.length) {
      const starts = new Int32Array(this.nHits * 2);
      const ends = new Int32Array(this.nHits * 2);
      starts.set(this.hitStart);
      ends.set(this.hitEnd);
      this.hitStart = starts;
      this.hitEnd = ends;
    }
    this.hitStart[this.nHits] = start;
    this.hitEnd[this.nHits] = end;
    this.nHits++;
  }

  /** The last run's hits as objects. */
  hits(): Hit[] {
    const out: Hit[] = new Array<Hit>(this.nHits);
    for (let k = 0; k < this.nHits; k++) out[k] = { start: this.hitStart[k] as number, end: this.hitEnd[k] as number };
    return out;
  }

  /** Where a phrase program (see phraseProgram) matching at p ends, or -1. */
  private runProgram(prog: Int32Array, p: number): number {
    const norm = this.norm;
    const n = this.n;
    const shift = this.shift;
    let q = p;
    // prog[0]: 1 when a Latin letter or digit may not follow; then the ops.
    for (let k = 1; k < prog.length; k++) {
      const op = prog[k] as number;
      if (op === OP_RUN) {
        const min = prog[++k] as number;
        const max = prog[++k] as number;
        let r = this.sepRunEnd(q, Math.min(n, q + max + 1));
        // A run at the phrase's end takes what it can (nothing has to follow it); inside, it must be the whole run.
        if (r - q > max && k === prog.length - 1) r = q + max;
        if (r - q < min || r - q > max) return -1;
        q = r;
      } else if (op === OP_APOSTROPHE) {
        if (q < n && norm.charCodeAt(q) === 0x27) q++;
      } else {
        if (q >= n) return -1;
        const c = norm.charCodeAt(q);
        // Digits exactly (the class table merges them); anything else case-insensitively, as the regex does.
        if (op >= 0x30 && op <= 0x39 ? c !== op : c + (shift[c] as number) !== op + (shift[op] as number)) return -1;
        q++;
      }
    }
    if (prog[0] === 1 && q < n && isAsciiAlnum(norm.charCodeAt(q))) return -1;
    return q;
  }

  /** Lets go of the last text scanned. */
  release(): void {
    this.norm = '';
  }

  /**
   * The end of the longest match at p (p when none), from the roots the loop found. Kept apart from the loop:
   * the loop stays small, so the engine optimises it early and the paths it rarely takes (a regex, a
   * literal with a tail) cannot deoptimise it.
   */
  private matchAt(p: number, a: number, h: number): number {
    const t = this.t;
    const norm = this.norm;
    const n = this.n;
    this.nCand = 0;
    if (a !== 0) this.walk(a, p + 1, p);
    if (h !== 0) this.walk(h, p + 1, p);
    let end = p;
    for (let k = 0; k < this.nCand; k++) {
      const id = this.cand[k] as number;
      const len = t.literalLength[id] as number;
      if (len > 0) {
        // The walk reached this phrase's end: matched, unless a Latin letter or digit follows where it may not.
        const e = p + len;
        if (!(t.literalTail[id] === 1 && e < n && isAsciiAlnum(norm.charCodeAt(e))) && e > end) end = e;
        continue;
      }
      const prog = this.programOf(id);
      if (prog !== null) {
        const e = this.runProgram(prog, p);
        if (e > end) end = e;
        continue;
      }
      const re = this.regexOf(id);
      re.lastIndex = p;
      if (re.test(norm) && re.lastIndex > end) end = re.lastIndex;
    }
    return end;
  }
}

/**
 * Every position where `re` (global, case-insensitive) matches, with the length matched there: an exec loop
 * that restarts one past each match's start, so overlapping matches are found too.
 */
function everyMatch(re: RegExp, norm: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm)) !== null) {
    if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
    re.lastIndex = m.index + 1;
  }
  return out;
}

const globalRegex = (p: Pattern): RegExp => new RegExp(patternSource(p), 'gi');

/**
 * Builds the scanner for `patterns`. `precomputed`: the packed trie a build made for the same patterns (used
 * when its fingerprint matches theirs, else ignored and the patterns are analysed here). `sameBuild`: the
 * caller knows the trie was made from the same sources in the same build, and the fingerprint is not computed.
 */
export function anchoredScanner(patterns: readonly Pattern[], precomputed?: () => PackedTrie | null, opts: { sameBuild?: boolean } = {}): AnchoredScanner {
  let trie: Trie | null = null;
  let frozenTrie: FrozenTrie | null = null;
  let scan: Scan | null = null;
  const state = freezeState();
  const regexes: (RegExp | undefined)[] = new Array<RegExp | undefined>(patterns.length);
  /** Global regexes of the patterns with no literal prefix, compiled once (none in the engine's data today). */
  const unanchoredRegexes: (RegExp | undefined)[] = [];
  let compiled = 0;
  const regexOf = (id: number): RegExp => {
    let re = regexes[id];
    if (re === undefined) {
      re = new RegExp(patternSource(patterns[id] as Pattern), 'iy');
      regexes[id] = re;
      compiled++;
    }
    return re;
  };

  // Per pattern: its program (phrases), null when it has none, undefined until first needed.
  const programs: (Int32Array | null | undefined)[] = new Array<Int32Array | null | undefined>(patterns.length);
  const programOf = (id: number): Int32Array | null => {
    let prog = programs[id];
    if (prog === undefined) {
      const pattern = patterns[id] as Pattern;
      prog = typeof pattern === 'string' ? phraseProgram(pattern) : null;
      programs[id] = prog;
    }
    return prog;
  };

  const prepare = (shouldStop?: () => boolean): boolean => {
    if (trie) return true;
    if (state.next === 0) {
      const pre = precomputed?.() ?? null;
      if (pre && pre.version === 6 && pre.patternCount === patterns.length && (opts.sameBuild === true || pre.fingerprint === patternsFingerprint(patterns))) {
        trie = unpackTrie(pre);
      }
    }
    if (!trie) {
      frozenTrie ??= freezePatterns(patterns, shouldStop, state);
      if (!frozenTrie) return false;
      trie = hydrateTrie(frozenTrie, patterns.length);
    }
    scan = new Scan(trie, patterns.length, regexOf, programOf);
    return true;
  };

  const hits = (norm: string, limit: number): Hit[] => {
    prepare();
    const t = trie as Trie;
    (scan as Scan).run(norm, limit);
    const out = (scan as Scan).hits();
    (scan as Scan).release();
    if (t.unanchored.length === 0) return out;
    // Patterns with no literal prefix: every match position of each, merged in (longest match per position).
    const byStart = new Map<number, number>();
    for (const h of out) byStart.set(h.start, h.end);
    for (const id of t.unanchored) {
      unanchoredRegexes[id] ??= globalRegex(patterns[id] as Pattern);
      for (const h of everyMatch(unanchoredRegexes[id], norm)) {
        if ((byStart.get(h.start) ?? -1) < h.end) byStart.set(h.start, h.end);
      }
    }
    return [...byStart].sort((x, y) => x[0] - y[0]).slice(0, limit).map(([start, end]) => ({ start, end }));
  };

  return {
    patterns,
    prepare,
    hits,
    unanchored: () => (prepare(), [...(trie as Trie).unanchored]),
    frozen: () => {
      frozenTrie ??= freezePatterns(patterns, undefined, freezeState());
      return frozenTrie as FrozenTrie;
    },
    packed: () => (prepare(), packTrie(trie as Trie, patternsFingerprint(patterns))),
    compiledCount: () => compiled,
  };
}

const referenceRegexes = new WeakMap<readonly Pattern[], RegExp[]>();

/** The reference for tests: every position where some pattern matches, each pattern run over the whole text. */
export function exhaustivePatternHits(patterns: readonly Pattern[], norm: string): Hit[] {
  let regexes = referenceRegexes.get(patterns);
  if (!regexes) {
    regexes = patterns.map(globalRegex);
    referenceRegexes.set(patterns, regexes);
  }
  const byStart = new Map<number, number>();
  for (const re of regexes) {
    for (const h of everyMatch(re, norm)) {
      if ((byStart.get(h.start) ?? -1) < h.end) byStart.set(h.start, h.end);
    }
  }
  return [...byStart].sort((x, y) => x[0] - y[0]).map(([start, end]) => ({ start, end }));
}
