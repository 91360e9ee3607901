// Output formats of `npm run scan`. Pure functions over an engine Assessment.

import type { Assessment, Finding } from '../engine/types';
import { toJsonLine } from '../shared/scan-json';

export { JSON_FINDING_KEYS, JSON_LINE_KEYS, JSON_TRIAL_KEYS, toJsonLine, type ScanJsonLine } from '../shared/scan-json';

/** One line of JSON (no newline inside: JSON.stringify escapes them). */
export function formatJsonLine(file: string, a: Assessment): string {
  return JSON.stringify(toJsonLine(file, a));
}

const SEVERITY_ORDER: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Claims before mentions, then by severity, then by position. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (x, y) =>
      Number(x.mention) - Number(y.mention) ||
      (SEVERITY_ORDER[x.severity] ?? 3) - (SEVERITY_ORDER[y.severity] ?? 3) ||
      x.start - y.start,
  );
}

/** Collapses whitespace and cuts a quote for one-line display. */
export function oneLine(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface HumanOptions {
  /** Optional rule title lookup (e.g. from getRule(id).explanation.en); shown after the rule id. */
  explain?: (ruleId: string) => string | undefined;
  /** Print at most this many findings (default 40). */
  maxFindings?: number;
  truncated?: boolean;
}

/** The human-readable report for one file. Ends with a newline. */
export function formatHuman(file: string, a: Assessment, opts: HumanOptions = {}): string {
  const lines: string[] = [];
  const claims = a.findings.filter((f) => !f.mention).length;
  const mentions = a.findings.length - claims;
  lines.push(`== ${file}`);
  lines.push(
    `   risk: ${a.risk.toUpperCase()}  score: ${a.score}/100  stem-cell topic: ${a.topic ? 'yes' : 'no'}` +
      (opts.truncated ? '  (text truncated: partial scan)' : ''),
  );
  if (a.findings.length === 0) {
    lines.push('   no red-flag findings');
  } else {
    lines.push(`   findings: ${claims} claim${claims === 1 ? '' : 's'}, ${mentions} mention${mentions === 1 ? '' : 's'}`);
    const max = opts.maxFindings ?? 40;
    const sorted = sortFindings(a.findings);
    for (const f of sorted.slice(0, max)) {
      const tag = f.mention ? `[mention${f.context ? `: ${f.context}` : ''}] ` : '';
      const hedge = f.hedged ? ' (hedged)' : '';
      lines.push(`   - ${tag}${f.severity.toUpperCase()} ${f.family} / ${f.rule}${hedge}`);
      lines.push(`       "${oneLine(f.quote)}"`);
      const why = !f.mention && opts.explain ? opts.explain(f.rule) : undefined;
      if (why) lines.push(`       why: ${oneLine(why, 200)}`);
    }
    if (sorted.length > max) lines.push(`   … ${sorted.length - max} more`);
  }
  if (a.trialIds.length > 0) {
    lines.push('   trial / filing IDs (verify sponsor, site, condition, status and fees; an ID is not a clean bill):');
    for (const t of a.trialIds) lines.push(`   - ${t.id} (${t.registry}) ${t.url}`);
  }
  if (a.signals.length > 0) {
    lines.push('   page signals:');
    for (const s of a.signals) {
      const pts = s.points > 0 ? `+${s.points}` : String(s.points);
      lines.push(`   - ${s.id} ${pts}${s.detail ? `: ${oneLine(s.detail, 200)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
