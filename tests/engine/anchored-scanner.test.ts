// The anchored prefilter scanner must find exactly what running every prefilter regex over the whole text
// finds: it is a speed-up, never a change of result. Checked on the corpus, the seeds, generated bench pages
// and random texts stitched from pattern fragments (the places where a prefix analysis could go wrong).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html';
import { PREFILTERS, PREFILTER_GROUPS, prefilterScanner } from '../../src/engine/compiled';
import { extractPassages, extractPassagesExhaustive } from '../../src/engine/extract';
import { anchorTableOf, anchoredScanner, compilePatterns, findAll, matchPrefixes, patternSource, phrasePrefixes, phraseSource } from '../../src/engine/matcher';
import { normalize } from '../../src/engine/normalize';
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

const exhaustiveHits = (norm: string) => PREFILTERS.map((re) => findAll(re, norm, 1_000_000));

describe('anchored prefilter scanner', () => {
  it('anchors every prefilter regex (none falls back to a whole-text run)', () => {
    expect(prefilterScanner().unanchored()).toEqual([]);
  });

  it('finds the same hits as the exhaustive regex runs on every corpus and seed page', () => {
    const dirs = [resolve(process.cwd(), 'tests/corpus'), resolve(process.cwd(), '../shared/seeds')];
    const files = dirs.flatMap((d) => {
      try {
        return pagesUnder(d);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(80);
    for (const f of files) {
      const norm = normalize(textOf(f));
      expect(prefilterScanner().hits(norm, 1_000_000), f).toEqual(exhaustiveHits(norm));
    }
  });

  it('gives extractPassages the same passages as the exhaustive reference on generated pages', () => {
    for (const seed of [1, 7, 42]) {
      const page = generatePage({ bytes: 200_000, ads: true, seed });
      const text = htmlToText(page.html);
      expect(extractPassages(text)).toEqual(extractPassagesExhaustive(text));
    }
  });

  it('matches the exhaustive runs on random texts built from pattern fragments', () => {
    // Fragments: the start of each prefilter pattern's literal prefixes, mixed case, with separators, digits,
    // CJK and punctuation between them; these are the texts where a wrong prefix would show.
    const prefixes = PREFILTER_GROUPS.flat()
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

  it('matches the exhaustive runs on texts holding strings generated from the regex patterns', () => {
    // fast-check generates strings matching each regex pattern (its lookarounds and \b removed: they only
    // narrow where a match may stand, and the generated strings are then tried in any context).
    const gens = PREFILTER_GROUPS.flat().flatMap((p) => {
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

  it('respects the per-regex hit limit the way a limited exec loop does', () => {
    const norm = normalize('stem cell therapy is 100% safe. '.repeat(50));
    const limited = prefilterScanner().hits(norm, 3);
    expect(limited).toEqual(PREFILTERS.map((re) => findAll(re, norm, 3)));
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
    for (const group of PREFILTER_GROUPS) for (const p of group) if (typeof p === 'string') same(p);
    // Generated: separators, apostrophes, regex syntax, astral and Chinese characters, long and short.
    const unit = fc.constantFrom('a', 'B', 'x', '1', ' ', '-', "'", '.', '$', '(', '*', '\\', '\t', '干', '細', '😀', 'Ａ', 'ß');
    fc.assert(fc.property(fc.array(unit, { minLength: 0, maxLength: 14 }), (chars) => same(chars.join(''))), { numRuns: 2_000 });
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
    const scanner = anchoredScanner(PREFILTERS, PREFILTER_GROUPS);
    const patterns = PREFILTER_GROUPS.reduce((n, g) => n + g.length, 0);
    let calls = 1;
    while (!scanner.prepare(() => true)) calls++;
    // One pattern per call, then one call that builds the trie.
    expect(calls).toBeLessThanOrEqual(patterns + 2);
    expect(scanner.unanchored()).toEqual([]);
  });

  it('falls back to a whole-text run for a regex it cannot anchor, with the same hits', () => {
    const patterns = [{ re: '.{0,2}safe' }, 'stem cell'];
    const groups = [[patterns[0]!], [patterns[1]!]];
    const regexes = groups.map((g) => compilePatterns(g, true));
    const scanner = anchoredScanner(regexes, groups);
    const norm = normalize('A stem  cell is safe; STEM-CELL unsafe.');
    expect(scanner.hits(norm, 100)).toEqual(regexes.map((re) => findAll(re, norm, 100)));
    expect(scanner.unanchored()).toEqual([0]);
    expect(phraseSource('stem cell')).toBeTruthy();
  });
});
