// Page-level evaluation of the engine against a labelled directory (labels.json in the seeds' format).
// Pure parts: label interpretation, language detection, metrics, report formatting.

import type { Assessment, Finding } from '../engine/types';
import { oneLine, sortFindings } from './format';

export interface LabelEntry {
  file: string;
  label: string;
  expect?: string;
  why?: string;
}

export type Expected = 'positive' | 'negative';
export type Outcome = 'TP' | 'FP' | 'TN' | 'FN';
export type PageLang = 'en' | 'zh';

/** Validates the parsed labels.json; returns the entries or a list of problems. */
export function parseLabels(data: unknown): { ok: true; entries: LabelEntry[] } | { ok: false; error: string } {
  if (!Array.isArray(data)) return { ok: false, error: 'labels.json must be a JSON array of {file, label, expect?, why?}' };
  const entries: LabelEntry[] = [];
  for (let i = 0; i < data.length; i++) {
    const e = data[i] as Record<string, unknown> | null;
    if (!e || typeof e !== 'object') return { ok: false, error: `entry ${i} is not an object` };
    if (typeof e.file !== 'string' || e.file === '') return { ok: false, error: `entry ${i} has no "file" string` };
    if (typeof e.label !== 'string') return { ok: false, error: `entry ${i} (${e.file}) has no "label" string` };
    if (e.expect !== undefined && typeof e.expect !== 'string') {
      return { ok: false, error: `entry ${i} (${e.file}): "expect" must be a string` };
    }
    entries.push({
      file: e.file,
      label: e.label,
      expect: e.expect as string | undefined,
      why: typeof e.why === 'string' ? e.why : undefined,
    });
  }
  return { ok: true, entries };
}

const POSITIVE_LABEL = /promot|advert|\bads?\b|clinic|concierge|commercial|marketing|sales|seller|tourism|spam|scam-?page/i;
const NEGATIVE_LABEL =
  /legit|warning|regulat|news|academic|off-?topic|hospital|trial|research|educat|informational|guide|government|negative|journal|review/i;

/**
 * Whether a page should be flagged. `expect` wins when it is clear: it mentions moderate/high and not
 * none/low ("moderate or high risk") → positive; it mentions none/low and not moderate/high → negative.
 * Otherwise the label decides. Returns null when neither says.
 */
export function expectedOf(entry: LabelEntry): Expected | null {
  const ex = (entry.expect ?? '').toLowerCase();
  const hi = /\b(?:moderate|high)\b/.test(ex);
  const lo = /\b(?:none|low)\b/.test(ex);
  if (hi && !lo) return 'positive';
  if (lo && !hi) return 'negative';
  if (NEGATIVE_LABEL.test(entry.label)) return 'negative';
  if (POSITIVE_LABEL.test(entry.label)) return 'positive';
  return null;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const LATIN = /[a-z]/gi;

/** 'zh' when CJK characters make up at least 30% of the letters (CJK + Latin), else 'en'. */
export function detectLang(text: string): PageLang {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return 'en';
  const latin = text.match(LATIN)?.length ?? 0;
  return cjk / (cjk + latin) >= 0.3 ? 'zh' : 'en';
}

export const isFlagged = (a: Pick<Assessment, 'risk'>): boolean => a.risk === 'moderate' || a.risk === 'high';

export function outcomeOf(expected: Expected, flagged: boolean): Outcome {
  if (expected === 'positive') return flagged ? 'TP' : 'FN';
  return flagged ? 'FP' : 'TN';
}

export interface PageResult {
  file: string;
  label: string;
  expected: Expected;
  lang: PageLang;
  risk: Assessment['risk'];
  score: number;
  outcome: Outcome;
  /** Top findings (claims first, by severity), for the misses report. */
  top: Pick<Finding, 'rule' | 'family' | 'severity' | 'quote' | 'mention'>[];
  signals: string[];
}

export interface Metrics {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  n: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
}

export function metricsOf(pages: readonly Pick<PageResult, 'outcome'>[]): Metrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const p of pages) {
    if (p.outcome === 'TP') tp++;
    else if (p.outcome === 'FP') fp++;
    else if (p.outcome === 'TN') tn++;
    else fn++;
  }
  const n = tp + fp + tn + fn;
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { tp, fp, tn, fn, n, precision, recall, f1, accuracy: n > 0 ? (tp + tn) / n : null };
}

export function pageResult(entry: LabelEntry, expected: Expected, text: string, a: Assessment): PageResult {
  const flagged = isFlagged(a);
  return {
    file: entry.file,
    label: entry.label,
    expected,
    lang: detectLang(text),
    risk: a.risk,
    score: a.score,
    outcome: outcomeOf(expected, flagged),
    top: sortFindings(a.findings)
      .slice(0, 5)
      .map((f) => ({ rule: f.rule, family: f.family, severity: f.severity, quote: f.quote, mention: f.mention })),
    signals: a.signals.map((s) => `${s.id}${s.points >= 0 ? '+' : ''}${s.points}`),
  };
}

export interface EvalSummary {
  dir: string;
  sensitivity: string;
  overall: Metrics;
  byLang: Record<PageLang, Metrics>;
  pages: PageResult[];
  worstFalseNegatives: PageResult[];
  worstFalsePositives: PageResult[];
  errors: { file: string; error: string }[];
  skipped: { file: string; reason: string }[];
}

export function summarize(
  dir: string,
  sensitivity: string,
  pages: PageResult[],
  errors: EvalSummary['errors'],
  skipped: EvalSummary['skipped'],
  worst = 5,
): EvalSummary {
  const fns = pages.filter((p) => p.outcome === 'FN').sort((x, y) => x.score - y.score);
  const fps = pages.filter((p) => p.outcome === 'FP').sort((x, y) => y.score - x.score);
  return {
    dir,
    sensitivity,
    overall: metricsOf(pages),
    byLang: { en: metricsOf(pages.filter((p) => p.lang === 'en')), zh: metricsOf(pages.filter((p) => p.lang === 'zh')) },
    pages,
    worstFalseNegatives: fns.slice(0, worst),
    worstFalsePositives: fps.slice(0, worst),
    errors,
    skipped,
  };
}

const pct = (v: number | null): string => (v === null ? ' n/a' : v.toFixed(3));

function metricsLine(name: string, m: Metrics): string {
  return (
    `${name.padEnd(8)} n=${String(m.n).padStart(3)}  TP=${m.tp} FP=${m.fp} TN=${m.tn} FN=${m.fn}  ` +
    `precision=${pct(m.precision)} recall=${pct(m.recall)} F1=${pct(m.f1)}`
  );
}

function missLines(p: PageResult): string[] {
  const lines = [`  ${p.outcome} ${p.risk.padEnd(8)} ${String(p.score).padStart(3)}  ${p.file}  (${p.label}, ${p.lang})`];
  if (p.top.length === 0) lines.push('      no findings');
  for (const f of p.top.slice(0, 3)) {
    lines.push(`      ${f.mention ? '[mention] ' : ''}${f.severity} ${f.family}/${f.rule}: "${oneLine(f.quote, 120)}"`);
  }
  if (p.signals.length > 0) lines.push(`      signals: ${p.signals.join(', ')}`);
  return lines;
}

/** The human-readable evaluation report. */
export function formatEvalReport(s: EvalSummary): string {
  const out: string[] = [];
  out.push(`Evaluation of ${s.dir} (sensitivity ${s.sensitivity}; flagged = moderate or high)`);
  out.push('');
  out.push('outcome risk     score  file  (label, lang)');
  for (const p of s.pages) {
    out.push(`  ${p.outcome} ${p.risk.padEnd(8)} ${String(p.score).padStart(3)}  ${p.file}  (${p.label}, ${p.lang})`);
  }
  out.push('');
  const m = s.overall;
  out.push('confusion matrix     flagged  not flagged');
  out.push(`  should flag        ${String(m.tp).padStart(7)}  ${String(m.fn).padStart(11)}`);
  out.push(`  should not flag    ${String(m.fp).padStart(7)}  ${String(m.tn).padStart(11)}`);
  out.push('');
  out.push(metricsLine('overall', m));
  out.push(metricsLine('en', s.byLang.en));
  out.push(metricsLine('zh', s.byLang.zh));
  if (s.worstFalseNegatives.length > 0) {
    out.push('');
    out.push('worst misses (should flag, lowest scores first):');
    for (const p of s.worstFalseNegatives) out.push(...missLines(p));
  }
  if (s.worstFalsePositives.length > 0) {
    out.push('');
    out.push('worst false alarms (should not flag, highest scores first):');
    for (const p of s.worstFalsePositives) out.push(...missLines(p));
  }
  if (s.skipped.length > 0) {
    out.push('');
    out.push('skipped (no usable label):');
    for (const k of s.skipped) out.push(`  ${k.file}: ${k.reason}`);
  }
  if (s.errors.length > 0) {
    out.push('');
    out.push('errors:');
    for (const e of s.errors) out.push(`  ${e.file}: ${e.error}`);
  }
  return `${out.join('\n')}\n`;
}
