// Trial registry and filing identifiers (red-flags.md §4). They are verification material: the UI links to
// the registry so the reader can check sponsor, site, condition, status and fees. They never lower a score.
import type { TrialId } from './types';

interface Registry {
  registry: string;
  /** Case-insensitive, linear-time; run on the original text (IDs are ASCII). */
  re: RegExp;
  /** Canonical form of a raw match. */
  canon: (raw: string) => string;
  url: (id: string) => string;
}

const ICTRP = 'https://trialsearch.who.int/Trial2.aspx?TrialID=';
const upper = (s: string): string => s.toUpperCase();
const compact = (s: string): string => s.replace(/[\s-]/g, '').toUpperCase();

export const REGISTRIES: readonly Registry[] = [
  {
    registry: 'ClinicalTrials.gov',
    // Tolerate "NCT 0123 4567" and "NCT-01234567".
    re: /\bNCT[\s-]?(?:\d[\s-]?){7}\d\b/gi,
    canon: compact,
    url: (id) => `https://clinicaltrials.gov/study/${id}`,
  },
  {
    registry: 'ChiCTR',
    re: /\bChiCTR-?(?:[A-Z]{2,5}-)?\d{8,10}\b/gi,
    canon: (s) => s.replace(/^chictr/i, 'ChiCTR').replace(/-([a-z]+)-/i, (_m, g: string) => `-${g.toUpperCase()}-`),
    url: (id) => `https://www.chictr.org.cn/searchprojEN.html?regno=${encodeURIComponent(id)}`,
  },
  {
    registry: 'ISRCTN',
    re: /\bISRCTN\d{8}\b/gi,
    canon: upper,
    url: (id) => `https://www.isrctn.com/${id}`,
  },
  {
    registry: 'EU CTIS',
    re: /\b20\d{2}-5\d{5}-\d{2}-\d{2}\b/g,
    canon: (s) => s,
    url: (id) => `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${id}`,
  },
  {
    registry: 'EudraCT',
    // Only next to the word EudraCT: the bare shape is too common (dates, phone numbers).
    re: /(?<![a-z])EudraCT(?:\s+(?:number|no\.?|#))?[\s:]{0,3}(?:19|20)\d{2}-\d{6}-\d{2}\b/gi,
    canon: (s) => (/(?:19|20)\d{2}-\d{6}-\d{2}/.exec(s)?.[0] ?? s),
    url: (id) => `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${id}`,
  },
  {
    registry: 'ANZCTR',
    re: /\bACTRN126\d{11}\b/gi,
    canon: upper,
    url: (id) => `https://www.anzctr.org.au/TrialSearch.aspx?searchTxt=${id}`,
  },
  {
    registry: 'CTRI',
    re: /\bCTRI\/20\d{2}\/\d{2,3}\/0\d{5}\b/gi,
    canon: upper,
    url: (id) => ICTRP + encodeURIComponent(id),
  },
  {
    registry: 'jRCT',
    re: /\bjRCT[a-z0-9]\d{9,10}\b/gi,
    canon: (s) => `jRCT${s.slice(4).toLowerCase()}`,
    url: (id) => `https://jrct.mhlw.go.jp/en-latest-detail/${id}`,
  },
  { registry: 'UMIN-CTR', re: /\bUMIN0000\d{5}\b/gi, canon: upper, url: (id) => ICTRP + id },
  { registry: 'CRIS (KCT)', re: /\bKCT00\d{5}\b/gi, canon: upper, url: (id) => ICTRP + id },
  { registry: 'DRKS', re: /\bDRKS000\d{5}\b/gi, canon: upper, url: (id) => ICTRP + id },
  { registry: 'IRCT', re: /\bIRCT20\d{10,12}N\d{1,3}\b/gi, canon: upper, url: (id) => ICTRP + id },
  { registry: 'PACTR', re: /\bPACTR20\d{13}\b/gi, canon: upper, url: (id) => ICTRP + id },
  {
    registry: 'NHC filing (China)',
    re: /\bMR-\d{2}-\d{2}-\d{6}\b/gi,
    canon: upper,
    // No deep link exists; the registry is searched by hand.
    url: () => 'https://www.medicalresearch.org.cn/',
  },
];

/** Prefilter sources so extraction keeps the sentences that hold an ID. */
export const TRIAL_ID_SOURCES: readonly string[] = REGISTRIES.map((r) => r.re.source);

export interface TrialIdHit extends TrialId {
  start: number;
  end: number;
}

export function findTrialIds(text: string, offset = 0): TrialIdHit[] {
  const out: TrialIdHit[] = [];
  for (const reg of REGISTRIES) {
    reg.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = reg.re.exec(text)) !== null) {
      const id = reg.canon(m[0]);
      out.push({ id, registry: reg.registry, url: reg.url(id), start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One entry per distinct (registry, id), in first-seen order. */
export function uniqueTrialIds(hits: readonly TrialId[]): TrialId[] {
  const seen = new Set<string>();
  const out: TrialId[] = [];
  for (const h of hits) {
    const key = `${h.registry}\u0000${h.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: h.id, registry: h.registry, url: h.url });
  }
  return out;
}
