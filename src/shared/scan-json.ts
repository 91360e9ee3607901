/**
 * The `npm run scan -- --json` line: one JSON object per page, consumed by other tools. The CLI prints it
 * and the popup's "Download JSON" exports it, so both come from this one function and can never drift.
 * Only the contract's keys are copied, in this order (extra engine fields never leak).
 */
import type { Risk, Severity } from '../engine/types';

export interface ScanJsonLine {
  file: string;
  risk: Risk;
  score: number;
  findings: { rule: string; family: string; severity: string; quote: string; mention: boolean }[];
  trialIds: { id: string; registry: string; url: string }[];
}

export const JSON_LINE_KEYS = ['file', 'risk', 'score', 'findings', 'trialIds'] as const;
export const JSON_FINDING_KEYS = ['rule', 'family', 'severity', 'quote', 'mention'] as const;
export const JSON_TRIAL_KEYS = ['id', 'registry', 'url'] as const;

/** The parts of an assessment the line reads (the engine's Assessment and a stored report's both fit). */
export interface SerializableAssessment {
  risk: Risk;
  score: number;
  findings: readonly { rule: string; family: string; severity: Severity | string; quote: string; mention: boolean }[];
  trialIds: readonly { id: string; registry: string; url: string }[];
}

export function toJsonLine(file: string, a: SerializableAssessment): ScanJsonLine {
  return {
    file,
    risk: a.risk,
    score: a.score,
    findings: a.findings.map((f) => ({
      rule: String(f.rule),
      family: String(f.family),
      severity: String(f.severity),
      quote: String(f.quote),
      mention: Boolean(f.mention),
    })),
    trialIds: a.trialIds.map((t) => ({ id: String(t.id), registry: String(t.registry), url: String(t.url) })),
  };
}
