// The anchored scanner's trie of literal prefixes, in three forms:
//  - FrozenTrie: plain arrays of numbers (JSON-safe), what the analysis of the patterns produces;
//  - Trie: the same, hydrated into typed arrays and lookup tables for the scan loop (hydrateTrie);
//  - PackedTrie: a Trie in JSON-safe form, what a build precomputes and ships (packTrie), so that a page's
//    first scan neither analyses two thousand patterns nor runs hydrateTrie's loops (which run once per
//    page, in code the engine has not optimised: about 10 ms of a page's first scan). unpackTrie(packTrie(x))
//    equals x (tested).
import { SEP0, SEP1, anchorTableOf } from './prefix-analysis';

export interface FrozenTrie {
  version: 4;
  /** Of the patterns the trie was built from (see patternsFingerprint): a stale precomputed trie is ignored. */
  fingerprint: string;
  nodes: number;
  /**
   * Flat [class, node] pairs: where a walk starts. Head: at a word start (no ASCII letter or digit before),
   * for the patterns that demand one and for those that only forbid a letter before; digit: after a digit, for
   * the latter alone (see RootKind); any: anywhere.
   */
  headRoots: number[];
  digitRoots: number[];
  anyRoots: number[];
  /** Flat [node, target] pairs: separator-run edges (at least one separator, or possibly none). */
  sep1: number[];
  sep0: number[];
  /** Flat [parent, class, child] triples: literal edges. */
  edges: number[];
  /** Flat [node, pattern] pairs, sorted by node: a prefix of that pattern ends at that node. */
  ends: number[];
  /** Patterns with no literal prefix (run over the whole text). */
  unanchored: number[];
  /**
   * Flat [pattern, length, tail] triples: phrases whose one prefix is the whole phrase (no separator, digit or
   * apostrophe, at most the anchor depth): reaching its end node is the match, no regex needed; `tail` 1 when a
   * Latin letter or digit must not follow.
   */
  literals: number[];
}

/** The hydrated trie: roots indexed by class, literal edges per node (sorted by class), run edges in arrays. */
export interface Trie {
  /**
   * Per UTF-16 unit, its class (see anchorTableOf: the table the trie's classes were made with) minus the
   * unit, so class = unit + shift[unit]. As differences the table is zero almost everywhere: a packed trie
   * only sets its 1,200 exceptions in a freshly allocated (zeroed) array, where a table of classes needed a
   * 65,536-step loop to write the identity first (about 6 ms of a page's first scan, run once, unoptimised).
   */
  shift: Int32Array;
  headRoot: Int32Array;
  digitRoot: Int32Array;
  anyRoot: Int32Array;
  sep1: Int32Array;
  sep0: Int32Array;
  /**
   * Literal edges of node n: edgeCode[edgeStart[n] .. edgeStart[n + 1]), in increasing class order, leading to
   * edgeNext[…]. Most nodes have one or two, so a short scan finds the edge; and a packed trie ships these
   * arrays as they are (no table to rebuild on a page's first scan, as an edge hash needed).
   */
  edgeStart: Int32Array;
  edgeCode: Int32Array;
  edgeNext: Int32Array;
  /** Patterns whose prefix ends at node n: endIds[endStart[n] .. endStart[n + 1]). */
  endStart: Int32Array;
  endIds: Int32Array;
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
  /**
   * The same three sets over the walks from `anyRoot` alone. Inside a word only those walks can start, and
   * they are few (Chinese, and the few Latin patterns with no word-start assertion): testing a mid-word
   * position against them instead of the union keeps "th" in "without" from passing because "the…" begins
   * a word-start pattern.
   */
  anyPairs: Int32Array;
  anyPairEnds: Int32Array;
  anyTriples: Int32Array;
  unanchored: number[];
  /** Per pattern: its length when it is a literal (see FrozenTrie.literals), else 0; and whether it has a tail. */
  literalLength: Int32Array;
  literalTail: Uint8Array;
}

/**
 * Sizes of the bit sets: 2^16 bits (8 kB) per pair set, 2^18 (32 kB) per triple set, 96 kB for the six. At 2^20
 * and 2^21 (1 MB for the six) setting their bits on a page's first scan took about 7 ms in Chromium (1.3–2.7 ms
 * now: the memory has to be mapped in), and the scan's lookups were spread over 1 MB. With about 1,200 pairs
 * and 1,800 triples set, a position passes a set by chance 1–2% of the time: a few hundred more dead walks on
 * the bench page's 172k characters (22,025 → 22,408), each settled by one deadEnd call.
 */
const PAIR_BITS = 16;
const TRIPLE_BITS = 18;
/** The scan loop computes the two hashes inline (anchored-scanner.ts): these shifts are theirs. */
export const PAIR_SHIFT = 32 - PAIR_BITS;
export const TRIPLE_SHIFT = 32 - TRIPLE_BITS;

// Multiplicative hashing: each class is mixed in before the multiply, so the top bits depend on all of them.
export function pairHash(c0: number, c1: number): number {
  return Math.imul((c0 << 16) ^ c1, 0x9e3779b1) >>> PAIR_SHIFT;
}

export function tripleHash(c0: number, c1: number, c2: number): number {
  return Math.imul(Math.imul((c0 << 16) ^ c1, 0x85ebca6b) ^ c2, 0x9e3779b1) >>> TRIPLE_SHIFT;
}

/** class − unit for every unit of an anchor table. */
function shiftOf(table: Uint16Array): Int32Array {
  const shift = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) shift[c] = (table[c] as number) - c;
  return shift;
}

/** The shifts from a table's exceptions (flat [unit, class] pairs): every other unit is its own class. */
function shiftFrom(exceptions: readonly number[]): Int32Array {
  const shift = new Int32Array(65536);
  for (let i = 0; i < exceptions.length; i += 2) shift[exceptions[i] as number] = (exceptions[i + 1] as number) - (exceptions[i] as number);
  return shift;
}

function setBit(set: Int32Array, i: number): void {
  set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
}

/** Separator classes in the anchor table: whitespace (all mapped to a space) and '-'. */
export function isSepClass(c: number): boolean {
  return c === 0x20 || c === 0x2d;
}

/**
 * What a pattern demands of the unit before its match, as far as the scan can use it: 'word' no ASCII letter
 * or digit (a word start), 'letter' no ASCII letter (a digit may precede: (?<![a-z])), 'none' nothing.
 */
export type RootKind = 'word' | 'letter' | 'none';

/**
 * Collects the prefixes, then builds the trie in one go from them sorted: each prefix shares its path with
 * the previous one up to their common length, so nodes are created in order and no edge is ever looked up
 * while building. Three tries share the node numbering: head (word and letter patterns, walked at word
 * starts), digit (letter patterns, walked after a digit) and any (walked everywhere).
 */
export class TrieBuilder {
  private readonly prefixes: { trie: 'head' | 'digit' | 'any'; str: string; id: number }[] = [];

  insert(kind: RootKind, prefix: string, id: number): void {
    if (kind === 'none') {
      this.prefixes.push({ trie: 'any', str: prefix, id });
      return;
    }
    this.prefixes.push({ trie: 'head', str: prefix, id });
    if (kind === 'letter') this.prefixes.push({ trie: 'digit', str: prefix, id });
  }

  freeze(fingerprint: string, unanchored: number[], literals: number[]): FrozenTrie {
    let nodes = 1;
    const out: FrozenTrie = {
      version: 4,
      fingerprint,
      nodes: 0,
      headRoots: [],
      digitRoots: [],
      anyRoots: [],
      sep1: [],
      sep0: [],
      edges: [],
      ends: [],
      unanchored: [...unanchored],
      literals: [...literals],
    };
    const ends: [number, number][] = [];
    for (const trie of ['head', 'digit', 'any'] as const) {
      const roots = trie === 'head' ? out.headRoots : trie === 'digit' ? out.digitRoots : out.anyRoots;
      const list = this.prefixes.filter((p) => p.trie === trie).sort((a, b) => (a.str < b.str ? -1 : a.str > b.str ? 1 : a.id - b.id));
      let prev = '';
      const path: number[] = [];
      for (const { str, id } of list) {
        let common = 0;
        const max = Math.min(prev.length, str.length);
        while (common < max && prev.charCodeAt(common) === str.charCodeAt(common)) common++;
        path.length = common;
        for (let k = common; k < str.length; k++) {
          const n = nodes++;
          const code = str.charCodeAt(k);
          if (k === 0) roots.push(code, n);
          else {
            const parent = path[k - 1] as number;
            if (str.charAt(k) === SEP1) out.sep1.push(parent, n);
            else if (str.charAt(k) === SEP0) out.sep0.push(parent, n);
            else out.edges.push(parent, code, n);
          }
          path.push(n);
        }
        ends.push([path[str.length - 1] as number, id]);
        prev = str;
      }
    }
    ends.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let last: [number, number] | null = null;
    for (const e of ends) {
      if (last && last[0] === e[0] && last[1] === e[1]) continue;
      out.ends.push(e[0], e[1]);
      last = e;
    }
    out.nodes = nodes;
    return out;
  }
}

/** The scan tables for a frozen trie of `patternCount` patterns. */
export function hydrateTrie(f: FrozenTrie, patternCount: number): Trie {
  const n = f.nodes;
  const headRoot = scatterPairs(65536, f.headRoots);
  const digitRoot = scatterPairs(65536, f.digitRoots);
  const anyRoot = scatterPairs(65536, f.anyRoots);
  const sep1 = scatterPairs(n, f.sep1);
  const sep0 = scatterPairs(n, f.sep0);

  const endStart = new Int32Array(n + 1);
  const endIds = new Int32Array(f.ends.length >> 1);
  for (let i = 0; i < f.ends.length; i += 2) {
    const at = (f.ends[i] as number) + 1;
    endStart[at] = (endStart[at] as number) + 1;
  }
  for (let i = 0; i < n; i++) endStart[i + 1] = (endStart[i + 1] as number) + (endStart[i] as number);
  for (let i = 0, k = 0; i < f.ends.length; i += 2, k++) endIds[k] = f.ends[i + 1] as number;

  // Literal edges grouped by parent, each group sorted by class (see Trie.edgeStart).
  const edgeCount = f.edges.length / 3;
  const order = Array.from({ length: edgeCount }, (_, e) => e).sort(
    (x, y) => (f.edges[3 * x] as number) - (f.edges[3 * y] as number) || (f.edges[3 * x + 1] as number) - (f.edges[3 * y + 1] as number),
  );
  const edgeStart = new Int32Array(n + 1);
  const edgeCode = new Int32Array(edgeCount);
  const edgeNext = new Int32Array(edgeCount);
  for (let k = 0; k < edgeCount; k++) {
    const e = order[k] as number;
    const parent = f.edges[3 * e] as number;
    edgeStart[parent + 1] = (edgeStart[parent + 1] as number) + 1;
    edgeCode[k] = f.edges[3 * e + 1] as number;
    edgeNext[k] = f.edges[3 * e + 2] as number;
  }
  for (let i = 0; i < n; i++) edgeStart[i + 1] = (edgeStart[i + 1] as number) + (edgeStart[i] as number);

  const shallow = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    shallow[i] = (endStart[i + 1] as number) > (endStart[i] as number) || sep0[i] !== 0 ? 1 : sep1[i] !== 0 ? 2 : 0;
  }
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  const pairEnds = new Int32Array(1 << (PAIR_BITS - 5));
  const triples = new Int32Array(1 << (TRIPLE_BITS - 5));
  const anyPairs = new Int32Array(1 << (PAIR_BITS - 5));
  const anyPairEnds = new Int32Array(1 << (PAIR_BITS - 5));
  const anyTriples = new Int32Array(1 << (TRIPLE_BITS - 5));
  const addStarts = (roots: number[], ps: Int32Array, pes: Int32Array, ts: Int32Array): void => {
    for (let r = 0; r < roots.length; r += 2) {
      const c0 = roots[r] as number;
      const n0 = roots[r + 1] as number;
      for (let e1 = edgeStart[n0] as number; e1 < (edgeStart[n0 + 1] as number); e1++) {
        const c1 = edgeCode[e1] as number;
        const n1 = edgeNext[e1] as number;
        setBit(ps, pairHash(c0, c1));
        if (shallow[n1] === 1) setBit(pes, pairHash(c0, c1));
        if (shallow[n1] === 2) for (const sep of [0x20, 0x2d]) setBit(ts, tripleHash(c0, c1, sep));
        for (let e2 = edgeStart[n1] as number; e2 < (edgeStart[n1 + 1] as number); e2++) {
          setBit(ts, tripleHash(c0, c1, edgeCode[e2] as number));
        }
      }
    }
  };
  addStarts(f.anyRoots, anyPairs, anyPairEnds, anyTriples);
  // The union: the any-root sets plus the head roots' starts. The digit trie's starts are a subset of the
  // head trie's (its patterns are in both), so after a digit the union's sets are tested: a superset, exact.
  pairs.set(anyPairs);
  pairEnds.set(anyPairEnds);
  triples.set(anyTriples);
  addStarts(f.headRoots, pairs, pairEnds, triples);
  const { literalLength, literalTail } = literalTables(patternCount, f.literals);
  return {
    shift: shiftOf(anchorTableOf()),
    headRoot,
    digitRoot,
    anyRoot,
    sep1,
    sep0,
    edgeStart,
    edgeCode,
    edgeNext,
    endStart,
    endIds,
    shallow,
    pairs,
    pairEnds,
    triples,
    anyPairs,
    anyPairEnds,
    anyTriples,
    unanchored: [...f.unanchored],
    literalLength,
    literalTail,
  };
}

/**
 * A hydrated Trie as plain arrays (JSON-safe), laid out so that unpacking copies arrays instead of computing:
 * the edge and end arrays as they are, the bit sets as the indices of their set bits, the anchor table as its
 * units that are not their own class.
 */
export interface PackedTrie {
  version: 6;
  /** Of the patterns the trie was built from (see patternsFingerprint): a stale one is ignored. */
  fingerprint: string;
  patternCount: number;
  nodes: number;
  /** Flat [unit, class] pairs where the anchor table is not the identity. */
  table: number[];
  /** Flat [class, node] pairs, as in FrozenTrie. */
  headRoots: number[];
  digitRoots: number[];
  anyRoots: number[];
  /** Flat [node, target] pairs, as in FrozenTrie. */
  sep1: number[];
  sep0: number[];
  /** The literal edges, as in Trie (each array copied into a typed array as it is). */
  edgeStart: number[];
  edgeCode: number[];
  edgeNext: number[];
  /** Where each node's ending patterns start in endIds (Trie.endStart), and those patterns. */
  endStart: number[];
  endIds: number[];
  shallow: number[];
  /** Indices of the set bits of each bit set. */
  pairs: number[];
  pairEnds: number[];
  triples: number[];
  anyPairs: number[];
  anyPairEnds: number[];
  anyTriples: number[];
  unanchored: number[];
  /** Flat [pattern, length, tail] triples, as in FrozenTrie. */
  literals: number[];
}

function nonZeroPairs(a: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) out.push(i, a[i] as number);
  return out;
}

function setBits(set: Int32Array): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w++) {
    const word = set[w] as number;
    if (word === 0) continue;
    for (let b = 0; b < 32; b++) if ((word >>> b) & 1) out.push(w * 32 + b);
  }
  return out;
}

/** The trie in the form a build ships (see PackedTrie). */
export function packTrie(t: Trie, fingerprint: string): PackedTrie {
  const table: number[] = [];
  for (let c = 0; c < t.shift.length; c++) if (t.shift[c] !== 0) table.push(c, c + (t.shift[c] as number));
  const literals: number[] = [];
  for (let id = 0; id < t.literalLength.length; id++) {
    if (t.literalLength[id] !== 0) literals.push(id, t.literalLength[id] as number, t.literalTail[id] as number);
  }
  return {
    version: 6,
    fingerprint,
    patternCount: t.literalLength.length,
    nodes: t.sep1.length,
    table,
    headRoots: nonZeroPairs(t.headRoot),
    digitRoots: nonZeroPairs(t.digitRoot),
    anyRoots: nonZeroPairs(t.anyRoot),
    sep1: nonZeroPairs(t.sep1),
    sep0: nonZeroPairs(t.sep0),
    edgeStart: [...t.edgeStart],
    edgeCode: [...t.edgeCode],
    edgeNext: [...t.edgeNext],
    endStart: [...t.endStart],
    endIds: [...t.endIds],
    shallow: [...t.shallow],
    pairs: setBits(t.pairs),
    pairEnds: setBits(t.pairEnds),
    triples: setBits(t.triples),
    anyPairs: setBits(t.anyPairs),
    anyPairEnds: setBits(t.anyPairEnds),
    anyTriples: setBits(t.anyTriples),
    unanchored: [...t.unanchored],
    literals,
  };
}

/** Trie.literalLength and literalTail from flat [pattern, length, tail] triples. */
function literalTables(patternCount: number, literals: readonly number[]): { literalLength: Int32Array; literalTail: Uint8Array } {
  const literalLength = new Int32Array(patternCount);
  const literalTail = new Uint8Array(patternCount);
  for (let i = 0; i < literals.length; i += 3) {
    literalLength[literals[i] as number] = literals[i + 1] as number;
    literalTail[literals[i] as number] = literals[i + 2] as number;
  }
  return { literalLength, literalTail };
}

function scatterPairs(size: number, pairs: readonly number[]): Int32Array {
  const out = new Int32Array(size);
  for (let i = 0; i < pairs.length; i += 2) out[pairs[i] as number] = pairs[i + 1] as number;
  return out;
}

function bitSet(words: number, bits: readonly number[]): Int32Array {
  const set = new Int32Array(words);
  // setBit written out: a call per bit, in code that runs once per page, cost more than the loop.
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] as number;
    set[b >>> 5] = (set[b >>> 5] as number) | (1 << (b & 31));
  }
  return set;
}

/** The scan tables from a packed trie: array copies and short scatter loops only. */
export function unpackTrie(p: PackedTrie): Trie {
  const n = p.nodes;
  const { literalLength, literalTail } = literalTables(p.patternCount, p.literals);
  const pairWords = 1 << (PAIR_BITS - 5);
  const tripleWords = 1 << (TRIPLE_BITS - 5);
  return {
    shift: shiftFrom(p.table),
    headRoot: scatterPairs(65536, p.headRoots),
    digitRoot: scatterPairs(65536, p.digitRoots),
    anyRoot: scatterPairs(65536, p.anyRoots),
    sep1: scatterPairs(n, p.sep1),
    sep0: scatterPairs(n, p.sep0),
    edgeStart: Int32Array.from(p.edgeStart),
    edgeCode: Int32Array.from(p.edgeCode),
    edgeNext: Int32Array.from(p.edgeNext),
    endStart: Int32Array.from(p.endStart),
    endIds: Int32Array.from(p.endIds),
    shallow: Uint8Array.from(p.shallow),
    pairs: bitSet(pairWords, p.pairs),
    pairEnds: bitSet(pairWords, p.pairEnds),
    triples: bitSet(tripleWords, p.triples),
    anyPairs: bitSet(pairWords, p.anyPairs),
    anyPairEnds: bitSet(pairWords, p.anyPairEnds),
    anyTriples: bitSet(tripleWords, p.anyTriples),
    unanchored: [...p.unanchored],
    literalLength,
    literalTail,
  };
}
