// Content-script side: cut a frame's visible text down to the sentences the assessment needs.
// Cost: one fold pass, one topic test, one anchored prefilter pass (a trie walk over the text that tries a
// prefilter pattern only where one of its literal prefixes starts; see anchored-scanner.ts), then work
// proportional to the hits.
// A page with no stem cell topic returns at once with no passages (off-topic pages must be cheap).
import { prefilterRegexes, hasTopic, prefilterScanner } from './compiled';
import { findAll, type Hit } from './matcher';
import { normalize } from './normalize';
import { sentenceAround } from './segment';
import type { Passage } from './types';

export interface ExtractOptions {
  maxPassages?: number;
  maxPassageChars?: number;
}

export interface Extraction {
  passages: Passage[];
  topic: boolean;
  truncated: boolean;
}

export const DEFAULT_MAX_PASSAGES = 400;
export const DEFAULT_MAX_PASSAGE_CHARS = 600;
/** Prefilter hits beyond this are ignored (a 5 MB page of keywords is not a real page). */
const MAX_HITS = 50_000;

/** Snap a cut to whitespace so a passage never starts or ends mid-word (word boundaries stay valid). */
function snapStart(text: string, s: number, min: number): number {
  let i = s;
  while (i > min && i > s - 30 && !/\s/.test(text.charAt(i - 1))) i--;
  return i > min && /\s/.test(text.charAt(i - 1)) ? i : s;
}
function snapEnd(text: string, e: number, max: number): number {
  let i = e;
  while (i < max && i < e + 30 && !/\s/.test(text.charAt(i))) i++;
  return i < max && /\s/.test(text.charAt(i)) ? i : e;
}

/** Hits of every prefilter regex, in text order, at most MAX_HITS in all (the first regexes' hits first). */
function groupHits(norm: string): Hit[] {
  const hits: Hit[] = [];
  for (const re of prefilterRegexes()) {
    for (const h of findAll(re, norm, MAX_HITS)) {
      if (hits.length >= MAX_HITS) break;
      hits.push(h);
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function extractPassages(text: string, opts: ExtractOptions = {}): Extraction {
  return extractWith(text, opts, (norm) => prefilterScanner().hits(norm, MAX_HITS));
}

/**
 * The reference: every prefilterRegexes() regex run over the whole text. Same passages as extractPassages (tested on
 * the corpus and generated pages); kept for those tests and as the definition of what the fast path finds.
 */
export function extractPassagesExhaustive(text: string, opts: ExtractOptions = {}): Extraction {
  return extractWith(text, opts, groupHits);
}

function extractWith(text: string, opts: ExtractOptions, find: (norm: string) => Hit[]): Extraction {
  const maxPassages = Math.max(1, opts.maxPassages ?? DEFAULT_MAX_PASSAGES);
  const maxChars = Math.max(80, opts.maxPassageChars ?? DEFAULT_MAX_PASSAGE_CHARS);
  const norm = normalize(text);
  if (!hasTopic(norm)) return { passages: [], topic: false, truncated: false };

  // 1. Ranges: the sentence around each hit, or a window centred on the hit when the sentence is long.
  // Sorted by start (then end).
  const hits = find(norm);

  const ranges: [number, number][] = [];
  let lastEnd = -1;
  for (const { start: hs, end: he } of hits) {
    if (hs < lastEnd) continue; // already inside the previous range
    let [s, e] = sentenceAround(norm, hs, maxChars);
    if (e - s > maxChars) {
      const half = Math.floor((maxChars - (he - hs)) / 2);
      s = snapStart(norm, Math.max(s, hs - half), s);
      e = snapEnd(norm, Math.min(e, he + half), e);
      if (e - s > maxChars) e = s + maxChars;
    }
    ranges.push([s, e]);
    lastEnd = e;
  }

  // 2. Merge adjacent/overlapping ranges while they fit one passage.
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] && Math.max(last[1], r[1]) - last[0] <= maxChars) {
      last[1] = Math.max(last[1], r[1]);
    } else if (last && r[0] < last[1]) {
      merged.push([last[1], Math.max(last[1], r[1])]);
    } else {
      merged.push([r[0], r[1]]);
    }
  }

  const truncated = merged.length > maxPassages;
  const kept = truncated ? merged.slice(0, maxPassages) : merged;
  const passages = kept.filter(([s, e]) => e > s).map(([s, e]) => ({ start: s, text: text.slice(s, e) }));
  return { passages, topic: true, truncated };
}
