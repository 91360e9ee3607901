/** Pure view-model helpers for the report: what is a claim, how warnings group, which state to show. */
import type { ReportReply, StoredFinding, TabReport } from '../shared/report';
import { isPaused, type Settings } from '../shared/settings';
import { familyOrder } from './rules';

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

export function splitFindings(findings: readonly StoredFinding[]): { claims: StoredFinding[]; mentions: StoredFinding[] } {
  return { claims: findings.filter((f) => !f.mention), mentions: findings.filter((f) => f.mention) };
}

export interface FamilyGroup {
  family: string;
  findings: StoredFinding[];
}

/** Claims grouped by family in the catalogue's order (unknown families last), each by severity then position. */
export function groupClaims(claims: readonly StoredFinding[]): FamilyGroup[] {
  let order: string[] = [];
  try {
    order = familyOrder();
  } catch {
    order = [];
  }
  const groups = new Map<string, StoredFinding[]>();
  for (const f of claims) {
    const list = groups.get(f.family);
    if (list) list.push(f);
    else groups.set(f.family, [f]);
  }
  const rank = (family: string) => {
    const i = order.indexOf(family);
    return i === -1 ? order.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([family, findings]) => ({
      family,
      findings: [...findings].sort(
        (x, y) => (SEVERITY_RANK[x.severity] ?? 3) - (SEVERITY_RANK[y.severity] ?? 3) || x.start - y.start,
      ),
    }));
}

/** The frame a finding came from (for "show on page"), or null when no frame holds it. */
export function frameOf(report: TabReport, f: StoredFinding): number | null {
  const own = (f as { frameId?: unknown }).frameId;
  if (typeof own === 'number' && Number.isInteger(own) && own >= 0) return own;
  const same = (g: StoredFinding) => g.rule === f.rule && g.start === f.start && g.end === f.end;
  const exact = report.frames.find((fr) => fr.assessment.findings.some((g) => same(g) && g.quote === f.quote));
  if (exact) return exact.frameId;
  const loose = report.frames.find((fr) => fr.assessment.findings.some(same));
  return loose ? loose.frameId : null;
}

export type ViewState =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'no-tab' }
  | { kind: 'restricted' }
  | { kind: 'paused'; site: string }
  | { kind: 'scanning' }
  | { kind: 'not-running' }
  | { kind: 'no-topic'; report: TabReport }
  | { kind: 'clean'; report: TabReport }
  | { kind: 'flagged'; report: TabReport };

/** Replies the background may add beyond ReportReply (paused, scanning); anything else is treated as none. */
export type AnyReply = ReportReply | { status: 'paused'; host?: string } | { status: 'scanning' } | { status: string; host?: string };

export interface StateInput {
  reply: AnyReply | null;
  failed: boolean;
  tabUrl: string | null;
  tabLoading: boolean;
  settings: Settings;
  /** True once the popup has waited long enough for a first scan that never came. */
  gaveUpWaiting: boolean;
  site: string | null;
}

export function viewState(input: StateInput): ViewState {
  const { reply, settings, site } = input;
  if (input.failed) return { kind: 'error' };
  if (!reply) return { kind: 'loading' };
  if (reply.status === 'restricted') return { kind: 'restricted' };
  const url = input.tabUrl ?? ('report' in reply ? reply.report.url : null);
  if (site && url && isPaused(settings, url)) return { kind: 'paused', site };
  if (reply.status === 'paused') {
    const host = 'host' in reply && typeof reply.host === 'string' ? reply.host : null;
    if (site ?? host) return { kind: 'paused', site: (site ?? host) as string };
  }
  if (reply.status === 'ok' && 'report' in reply) {
    const report = reply.report;
    if (!report.assessment.topic) return { kind: 'no-topic', report };
    if (report.assessment.findings.every((f) => f.mention)) return { kind: 'clean', report };
    return { kind: 'flagged', report };
  }
  if (reply.status === 'scanning' || input.tabLoading || !input.gaveUpWaiting) return { kind: 'scanning' };
  return { kind: 'not-running' };
}
