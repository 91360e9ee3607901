// The anchored prefilter scanner must find exactly what running every prefilter pattern over the whole text
// finds (every position where one matches, with the longest match there), and give extraction exactly the
// passages that the group regexes run over the whole text give: it is a speed-up, never a change of result.
// Checked on the corpus, the seeds, generated bench pages and random texts stitched from pattern fragments
// (the places where a prefix analysis could go wrong).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html';
import { prefilterTrie, withPrefilterTrie } from '../../src/build/prefilter-trie';
import { anchoredScanner, exhaustivePatternHits, patternsFingerprint, phraseProgram, rootKindOf } from '../../src/engine/anchored-scanner';
import { prefilterGroups, PREFILTER_PATTERNS, prefilterScanner } from '../../src/engine/compiled';
import { extractPassages, extractPassagesExhaustive } from '../../src/engine/extract';
import { patternSource, phraseSource } from '../../src/engine/matcher';
import { anchorTableOf, matchPrefixes, phrasePrefixes } from '../../src/engine/prefix-analysis';
import { normalize } from '../../src/engine/normalize';
import { hydrateTrie, unpackTrie, type PackedTrie, type RootKind } from '../../src/engine/prefix-trie';
import { generatePage } from '../bench/pages';

function pagesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pagesUnder(p));
    else if (/\.(?:html?|txt|md)$/i.test(name)) out.push(p);
  }
  return out;
}

const textOf = (path: string): string => {
  const raw = readFileSync(path, 'utf8');
  return /\.html?$/i.test(path) ? htmlToText(raw) : raw;
};

/** A regex source without lookarounds and \b (balanced groups skipped; escapes kept). */
function withoutAssertions(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') {
      if (src[i + 1] !== 'b') out += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      for (let depth = 0; i < src.length; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '(') depth++;
        else if (src[i] === ')' && --depth === 0) break;
      }
      continue;
    }
    out += src[i];
  }
  return out;
}

const exhaustiveHits = (norm: string) => exhaustivePatternHits(PREFILTER_PATTERNS, norm);

describe('anchored prefilter scanner', () => {
  it('anchors every prefilter regex (none falls back to a whole-text run)', () => {
    expect(prefilterScanner().unanchored()).toEqual([]);
  });

  const pages = (): string[] => {
    const dirs = [resolve(process.cwd(), 'tests/corpus'), resolve(process.cwd(), '../shared/seeds')];
    return dirs.flatMap((d) => {
      try {
        return pagesUnder(d);
      } catch {
        return [];
      }
    });
  };

  it('finds the same hits as every pattern run over the whole text, on every corpus and seed page', { timeout: 60_000 }, () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(80);
    for (const f of files) {
      const norm = normalize(textOf(f));
      expect(prefilterScanner().hits(norm, 1_000_000), f).toEqual(exhaustiveHits(norm));
    }
  });

  it('gives extractPassages the same passages as the group regexes run over the whole text, on every page', { timeout: 60_000 }, () => {
    for (const f of pages()) {
      const text = textOf(f);
      expect(extractPassages(text), f).toEqual(extractPassagesExhaustive(text));
    }
  });

  it('scans the same with the trie the build precomputes as with one analysed at run time', { timeout: 60_000 }, () => {
    // What the Vite plugin writes into src/content/prefilter-index.ts, read back as the content script does.
    const module = withPrefilterTrie('export const PREFILTER_TRIE_JSON: string | null = null;') ?? '';
    const json = JSON.parse(module.slice(module.indexOf('=') + 1).trim().replace(/;$/, '')) as string;
    const shipped = JSON.parse(json) as PackedTrie;
    const precomputed = anchoredScanner(PREFILTER_PATTERNS, () => shipped);
    let analysed = 0;
    const fresh = anchoredScanner(PREFILTER_PATTERNS);
    expect(precomputed.prepare(() => (analysed++, false))).toBe(true);
    expect(analysed).toBe(0); // unpacked, nothing analysed
    // Unpacking gives exactly the tables a run-time analysis hydrates (anchor table included).
    expect(unpackTrie(shipped)).toEqual(hydrateTrie(fresh.frozen(), PREFILTER_PATTERNS.length));
    expect(precomputed.packed()).toEqual(fresh.packed());
    for (const f of pages().slice(0, 40)) {
      const norm = normalize(textOf(f));
      expect(precomputed.hits(norm, 1_000_000), f).toEqual(fresh.hits(norm, 1_000_000));
    }
  });

  it('fingerprints a reworded pattern differently, regexes as their source after a slash', () => {
    const at = PREFILTER_PATTERNS.findIndex((p) => typeof p !== 'string' && p.re.length > 8);
    const p = PREFILTER_PATTERNS[at] as { re: string };
    const reworded = PREFILTER_PATTERNS.map((x, i) => (i === at ? { ...p, re: p.re.slice(0, -1) + 'Q' } : x));
    expect(patternsFingerprint(reworded)).not.toBe(patternsFingerprint(PREFILTER_PATTERNS));
    expect(patternsFingerprint([{ re: 'ab' }])).toBe(patternsFingerprint(['/ab']));
    // Same count, one pattern reworded: the trie shipped for the other list is not used.
    let analysed = 0;
    const scanner = anchoredScanner(PREFILTER_PATTERNS, () => anchoredScanner(reworded).packed());
    scanner.prepare(() => (analysed++, false));
    expect(analysed).toBeGreaterThan(0);
  });

  it('takes a trie from the same build without computing the fingerprint, and no other', () => {
    // The fingerprint field is what a same-build trie skips: a wrong one is noticed only without `sameBuild`.
    const shipped = { ...anchoredScanner(PREFILTER_PATTERNS).packed(), fingerprint: 'not computed' };
    for (const [sameBuild, analyses] of [
      [true, false],
      [false, true],
    ] as const) {
      let analysed = 0;
      const scanner = anchoredScanner(PREFILTER_PATTERNS, () => shipped, { sameBuild });
      scanner.prepare(() => (analysed++, false));
      expect(analysed > 0, `sameBuild ${sameBuild}`).toBe(analyses);
    }
    // A different pattern count is never taken, same build or not.
    let analysed = 0;
    anchoredScanner(PREFILTER_PATTERNS.slice(1), () => shipped, { sameBuild: true }).prepare(() => (analysed++, false));
    expect(analysed).toBeGreaterThan(0);
  });

  it('writes the trie into one-shot production builds only (a dev server or watch build may hold stale rules)', () => {
    const placeholder = 'export const PREFILTER_TRIE_JSON: string | null = null;';
    const id = '/repo/src/content/prefilter-index.ts';
    const run = (config: { command: string; mode: string; build: { watch: object | null } }): unknown => {
      const plugin = prefilterTrie() as { configResolved(c: unknown): void; transform(code: string, id: string): unknown };
      plugin.configResolved(config);
      return plugin.transform(placeholder, id);
    };
    expect(run({ command: 'build', mode: 'production', build: { watch: null } })).toMatchObject({ code: expect.stringMatching(/^export const PREFILTER_TRIE_JSON = "\{.+\}";$/) });
    expect(run({ command: 'serve', mode: 'development', build: { watch: null } })).toBeNull();
    expect(run({ command: 'build', mode: 'production', build: { watch: {} } })).toBeNull();
    expect(run({ command: 'build', mode: 'development', build: { watch: null } })).toBeNull();
  });

  it('roots each regex where its leading assertions let it match: word starts, no letter before, or anywhere', () => {
    const kinds: Record<RootKind, string[]> = {
      word: [
        '(?<![a-z0-9])op',
        '(?<![a-z0-9-])op(?![a-z0-9-])',
        '(?<![a-z0-9/])r/[a-z]',
        '(?<![^\\n])by\\s',
        '(?<!bottom[\\s-])(?<![a-z0-9])line:',
        '\\bNCT\\d',
        '(?<=\\dk?\\s)points',
        '(?<=(?:a|b)\\s)x',
      ],
      // A digit may stand before these (walked at word starts and after digits).
      letter: ['(?<![a-z])iv', '(?<![a-z-])x', '(?<!x)(?<![a-z.])y'],
      // A letter may stand before these: anchored anywhere.
      none: ['(?<![\\d.])\\d{1,2}%', 'op', '(?<![^a-z0-9])op', '(?<=\\d)k', '\\b\\d', '(?<!x)op', '(?<=a|\\s)x', '(?<=a\\\\s)x'],
    };
    for (const [kind, list] of Object.entries(kinds)) for (const re of list) expect(rootKindOf(re), re).toBe(kind);
  });

  it('has every prefilter pattern that starts with a Latin letter say what may stand before it', () => {
    // Such a pattern without a leading assertion matches inside words ("ms therapy" in "programs therapy") and
    // makes every mid-word position a walk start: with none, the scan skips mid-word Latin text after one lookup.
    const open = PREFILTER_PATTERNS.filter((p) => {
      if (typeof p === 'string') return false; // phrases get HEAD when they start with a letter or digit
      const prefixes = matchPrefixes(p.re) ?? [];
      return rootKindOf(p.re) === 'none' && prefixes.some((x) => /^[a-z]/i.test(x));
    });
    expect(open).toEqual([]);
  });

  it('walks the no-letter-before regexes after a digit and at word starts, never inside a word', () => {
    const patterns = [{ re: '(?<![a-z])iv(?![a-z])' }, { re: '(?<![a-z0-9])op(?![a-z])' }, 'drip'];
    const scanner = anchoredScanner(patterns);
    for (const text of ['5iv drip', 'iv op', 'give 2op', 'x iv5', '(iv) 9 op', '干iv', 'aiv bop 3iv4op']) {
      const norm = normalize(text);
      expect(scanner.hits(norm, 100), text).toEqual(exhaustivePatternHits(patterns, norm));
    }
    expect(scanner.hits(normalize('5iv'), 100)).toEqual([{ start: 1, end: 3 }]);
    expect(scanner.hits(normalize('5op give'), 100)).toEqual([]);
  });

  it('ignores a precomputed trie built from other patterns', () => {
    const stale = anchoredScanner(['stem cell', 'cure']).packed();
    const scanner = anchoredScanner(PREFILTER_PATTERNS, () => stale);
    const norm = normalize('Our stem cell therapy is 100% safe.');
    expect(scanner.hits(norm, 100)).toEqual(exhaustiveHits(norm));
  });

  it('compiles only the patterns whose prefixes a text holds', () => {
    const scanner = anchoredScanner(PREFILTER_PATTERNS);
    scanner.hits(normalize('Our stem cell therapy is 100% safe. 我们的干细胞治疗安全有效。'), 100);
    expect(scanner.compiledCount()).toBeGreaterThan(0);
    expect(scanner.compiledCount()).toBeLessThan(PREFILTER_PATTERNS.length / 10);
  });

  it('gives extractPassages the same passages as the exhaustive reference on generated pages', { timeout: 60_000 }, () => {
    for (const seed of [1, 7, 42]) {
      const page = generatePage({ bytes: 200_000, ads: true, seed });
      const text = htmlToText(page.html);
      expect(extractPassages(text)).toEqual(extractPassagesExhaustive(text));
    }
  });

  it('walks both ways where a separator run and a literal separator leave the same node', () => {
    // "ab cd" (a phrase: its space is a run of separators) and /(?<![a-z0-9])ab ce/ (a literal space; both
    // anchored at word starts) share the node after "ab": a walk there must follow the run and the literal
    // edge, and must not be cut short by either.
    const patterns = ['ab cd', { re: '(?<![a-z0-9])ab ce' }, { re: '(?<![a-z0-9-])xy' }, 'zz-top'];
    const scanner = anchoredScanner(patterns);
    // Both paths dead ("ab cx", "ab c"), only the literal one alive ("ab ce"), only the run ("ab  cd").
    for (const text of ['ab ce', 'ab  cd', 'xab ce', 'ab - cd ab ce', 'ab cx', 'ab c', 'ab ced', 'ab -ce', 'ab', 'ab ', 'axy xy 1xy -xy', 'zz top zz-top zz-tox']) {
      const norm = normalize(text);
      expect(scanner.hits(norm, 100), text).toEqual(exhaustivePatternHits(patterns, norm));
    }
  });

  it('matches the exhaustive runs on random texts built from pattern fragments', () => {
    // Fragments: the start of each prefilter pattern's literal prefixes, mixed case, with separators, digits,
    // CJK and punctuation between them; these are the texts where a wrong prefix would show.
    const prefixes = prefilterGroups().flat()
      .flatMap((p) => (typeof p === 'string' ? [p] : []));
    const glue = [' ', '  ', '-', ' - ', '\n', '。', '，', '1', '100', '%', '$', 'a', 'É', 'İ', 'ſ', '\u00a0', '\u3000'];
    const piece = fc.oneof(
      fc.constantFrom(...prefixes),
      fc.constantFrom(...prefixes).map((s) => s.toUpperCase()),
      fc.constantFrom(...prefixes).map((s) => s.slice(0, Math.max(1, s.length >> 1))),
      fc.constantFrom(...glue),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const norm = normalize(parts.join(''));
        expect(prefilterScanner().hits(norm, 1_000_000)).toEqual(exhaustiveHits(norm));
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });

  it('matches the exhaustive runs on texts holding strings generated from the regex patterns', { timeout: 60_000 }, () => {
    // fast-check generates strings matching each regex pattern (its lookarounds and \b removed: they only
    // narrow where a match may stand, and the generated strings are then tried in any context).
    const gens = prefilterGroups().flat().flatMap((p) => {
      if (typeof p === 'string') return [];
      try {
        return [fc.stringMatching(new RegExp(withoutAssertions(patternSource(p))), { size: 'small' }).map((s) => s.slice(0, 80))];
      } catch {
        return []; // a construct fast-check cannot generate from
      }
    });
    expect(gens.length).toBeGreaterThan(30);
    const glue = fc.constantFrom(' ', '-', '\n', '。', '，', '1', '100', '%', '$', 'a', ':', '：', '"', '“', '?', '元', '万', '¥');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.oneof(...gens), glue, fc.string({ maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const norm = normalize(parts.join(''));
        expect(prefilterScanner().hits(norm, 1_000_000)).toEqual(exhaustiveHits(norm));
      }),
      { numRuns: 1500, seed: 20261127 },
    );
  });

  it('stops at the hit limit, keeping the first hits in text order', () => {
    const norm = normalize('stem cell therapy is 100% safe. '.repeat(50));
    expect(prefilterScanner().hits(norm, 3)).toEqual(exhaustiveHits(norm).slice(0, 3));
  });

  it('derives conservative literal prefixes from regex sources', () => {
    expect(matchPrefixes('abc')).toEqual(['ABC']);
    expect(new Set(matchPrefixes('(?:foo|ba[rz])x'))).toEqual(new Set(['FOOX', 'BARX', 'BAZX']));
    // A pattern that can start anywhere (optional first atom, wildcard) cannot be anchored.
    expect(matchPrefixes('a?b.*')).toEqual(expect.arrayContaining(['AB', 'B']));
    expect(matchPrefixes('.x')).toBeNull();
    expect(matchPrefixes('\\Sx')).toBeNull();
  });

  it('derives a phrase\'s prefixes from its tokens exactly as from its regex source', () => {
    const same = (phrase: string): void => {
      const fast = phrasePrefixes(phrase);
      const slow = matchPrefixes(phraseSource(phrase));
      expect(fast.prefixes === null ? null : new Set(fast.prefixes), phrase).toEqual(slow === null ? null : new Set(slow));
      expect(fast.head, phrase).toBe(phraseSource(phrase).startsWith('(?<![a-z0-9])'));
    };
    for (const group of prefilterGroups()) for (const p of group) if (typeof p === 'string') same(p);
    // Generated: separators, apostrophes, regex syntax, astral and Chinese characters, long and short.
    const unit = fc.constantFrom('a', 'B', 'x', '1', ' ', '-', "'", '.', '$', '(', '*', '\\', '\t', '干', '細', '😀', 'Ａ', 'ß');
    fc.assert(fc.property(fc.array(unit, { minLength: 0, maxLength: 14 }), (chars) => same(chars.join(''))), { numRuns: 2_000 });
  });

  it('matches a phrase with its program exactly where the phrase regex matches', () => {
    // Generated phrases (separators, hyphens, apostrophes, digits, case, Chinese) and texts around them: the program
    // run at every position ends where the sticky regex ends, or fails where it fails.
    const unit = fc.constantFrom('a', 'B', 'x', '1', ' ', '-', "'", '干', 'é', 'K');
    const textUnit = fc.constantFrom('a', 'A', 'b', 'x', 'X', '1', '2', ' ', '  ', '-', ' - ', "'", '干', 'é', 'É', 'k', '\u212a', '\n', '.');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 8 }), fc.array(textUnit, { maxLength: 16 }), (chars, textParts) => {
        const phrase = chars.join('').trim();
        if (phrase === '' || phrase.endsWith('*')) return;
        const scanner = anchoredScanner([phrase]);
        const norm = normalize(textParts.join('') + phrase.toUpperCase() + textParts.join(''));
        expect(scanner.hits(norm, 1000)).toEqual(exhaustivePatternHits([phrase], norm));
      }),
      { numRuns: 1500, seed: 20261127 },
    );
    expect(phraseProgram('stem cell')).not.toBeNull();
    expect(phraseProgram("patients' stories")).not.toBeNull();
  });

  it('builds the class table block by block exactly as unit by unit', () => {
    const table = anchorTableOf();
    const caseless = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xf8ff);
    for (let c = 0x80; c < 65536; c++) {
      if (/\s/.test(String.fromCharCode(c))) continue; // whitespace, coarsened to one class
      let want = c;
      if (!caseless(c)) {
        const u = String.fromCharCode(c).toUpperCase();
        const uc = u.length === 1 ? u.charCodeAt(0) : c;
        want = uc < 128 ? c : uc;
      }
      if (table[c] !== want) expect(`${c.toString(16)}: ${table[c]}`).toBe(`${c.toString(16)}: ${want}`);
    }
  });

  it('prepares in steps that always progress, even when every step is told to stop at once', () => {
    const scanner = anchoredScanner(PREFILTER_PATTERNS);
    const patterns = PREFILTER_PATTERNS.length;
    let calls = 1;
    while (!scanner.prepare(() => true)) calls++;
    // One pattern per call, then one call that builds the trie.
    expect(calls).toBeLessThanOrEqual(patterns + 2);
    expect(scanner.unanchored()).toEqual([]);
  });

  it('falls back to a whole-text run for a regex it cannot anchor, with the same hits', () => {
    const patterns = [{ re: '.{0,2}safe' }, 'stem cell'];
    const scanner = anchoredScanner(patterns);
    const norm = normalize('A stem  cell is safe; STEM-CELL unsafe.');
    expect(scanner.hits(norm, 100)).toEqual(exhaustivePatternHits(patterns, norm));
    expect(scanner.hits(norm, 100).length).toBeGreaterThan(4);
    expect(scanner.unanchored()).toEqual([0]);
    expect(phraseSource('stem cell')).toBeTruthy();
  });
});
