/**
 * Every outgoing link the report shows is built here from constants. A trial ID's link comes from the
 * report, but it is used only when it starts with one of these registry bases (red-flags.md §4) and parses
 * to the same origin: an `href` taken from a page is never shown.
 */

export const REGISTRY_BASES: readonly string[] = [
  'https://clinicaltrials.gov/study/',
  'https://www.chictr.org.cn/searchprojEN.html?regno=',
  'https://trialsearch.who.int/Trial2.aspx?TrialID=',
  'https://www.isrctn.com/ISRCTN',
  'https://euclinicaltrials.eu/search-for-clinical-trials/?',
  'https://www.clinicaltrialsregister.eu/ctr-search/search?query=',
  'https://www.anzctr.org.au/TrialSearch.aspx?searchTxt=',
  'https://jrct.mhlw.go.jp/en-latest-detail/',
  'https://www.medicalresearch.org.cn/',
];

/** The NHC filing registry has no deep link: the reader searches by hand. */
export const NHC_REGISTRY_URL = 'https://www.medicalresearch.org.cn/';

// Characters that have no business in a registry link (whitespace, quotes, angle brackets, backslashes).
const UNSAFE = /[\s"'<>\\`]/;

/** The report's link for a trial ID if it is on a known registry, else null. */
export function safeRegistryHref(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > 300 || UNSAFE.test(url)) return null;
  const base = REGISTRY_BASES.find((b) => url.startsWith(b));
  if (!base) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.origin !== new URL(base).origin) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

const CTGOV_SEARCH = 'https://clinicaltrials.gov/search';
export const CHICTR_SEARCH = 'https://www.chictr.org.cn/searchprojEN.html';
export const ICTRP_SEARCH = 'https://trialsearch.who.int/';

/** ClinicalTrials.gov condition terms for the engine's condition ids. */
export const CTGOV_CONDITION: Record<string, string> = {
  parkinsons: 'Parkinson Disease',
  alzheimers: 'Alzheimer Disease',
  als: 'Amyotrophic Lateral Sclerosis',
  ms: 'Multiple Sclerosis',
  stroke: 'Stroke',
  'spinal-cord-injury': 'Spinal Cord Injuries',
  tbi: 'Brain Injuries, Traumatic',
  neuropathy: 'Peripheral Neuropathy',
  epilepsy: 'Epilepsy',
  huntingtons: 'Huntington Disease',
  autism: 'Autism Spectrum Disorder',
  'cerebral-palsy': 'Cerebral Palsy',
  'down-syndrome': 'Down Syndrome',
  'developmental-delay': 'Developmental Disabilities',
  'muscular-dystrophy': 'Muscular Dystrophies',
  osteoarthritis: 'Osteoarthritis',
  'back-pain': 'Intervertebral Disc Degeneration',
  'tendon-injury': 'Tendon Injuries',
  osteonecrosis: 'Osteonecrosis',
  'chronic-pain': 'Chronic Pain',
  lupus: 'Lupus Erythematosus, Systemic',
  'rheumatoid-arthritis': 'Rheumatoid Arthritis',
  crohns: 'Crohn Disease',
  psoriasis: 'Psoriasis',
  'heart-failure': 'Heart Failure',
  vascular: 'Peripheral Arterial Disease',
  copd: 'Pulmonary Disease, Chronic Obstructive',
  diabetes: 'Diabetes Mellitus',
  obesity: 'Obesity',
  'macular-degeneration': 'Macular Degeneration',
  'kidney-disease': 'Kidney Diseases',
  'liver-disease': 'Liver Cirrhosis',
  'erectile-dysfunction': 'Erectile Dysfunction',
  'ovarian-failure': 'Primary Ovarian Insufficiency',
  'hair-loss': 'Alopecia',
  ageing: 'Aging',
  cancer: 'Cancer',
  leukaemia: 'Leukemia',
  lymphoma: 'Lymphoma',
  'aplastic-anaemia': 'Aplastic Anemia',
};

/** `https://clinicaltrials.gov/search?cond=<condition>&term=stem%20cell` (no condition: term only). */
export function ctgovSearchUrl(conditionId?: string): string {
  const url = new URL(CTGOV_SEARCH);
  const cond = conditionId && Object.hasOwn(CTGOV_CONDITION, conditionId) ? CTGOV_CONDITION[conditionId] : undefined;
  const params = new URLSearchParams();
  if (cond) params.set('cond', cond);
  params.set('term', 'stem cell');
  // URLSearchParams writes spaces as '+'; ClinicalTrials.gov reads both, %20 is the documented form.
  url.search = params.toString().replace(/\+/g, '%20');
  return url.href;
}

export const REPORT_LINKS = {
  fda: 'https://www.fda.gov/safety/medwatch-fda-safety-information-and-adverse-event-reporting-program',
  ftc: 'https://reportfraud.ftc.gov/',
  tga: 'https://www.tga.gov.au/how-we-regulate/advertising/report-advertising-breach',
  china12315: 'https://www.12315.cn/',
} as const;

/** Hostname of a web page (http/https only), for "pause on this site". */
export function siteOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}
