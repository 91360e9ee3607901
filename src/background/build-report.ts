/**
 * Pure functions that turn frame scans into a tab's report. No browser API here, so every rule about
 * documents, frames and caps is unit-tested directly.
 *
 * Frames: one record per frame id, for the frame's current document. Documents are told apart by Chrome's
 * sender.documentId, else by the content script's performance.timeOrigin, else (Firefox without
 * timeOrigin) by URL. When the top frame reports a new document (reload, navigation), the records of the
 * previous page's iframes are dropped; iframes that already reported for the new page (their timeOrigin is
 * not older than the new top document's) are kept.
 *
 * Caps: at most LIMITS.maxFramesPerTab frames and LIMITS.maxReportBytes per tab; the main frame is always
 * kept and the least telling iframes (no stem cell topic, lowest score) go first. Score inflation by many
 * frames is capped by the engine's combineAssessments.
 */
import { combineAssessments } from '../engine';
import type { Assessment, Sensitivity } from '../engine/types';
import { LIMITS } from '../shared/limits';
import { assessmentSchema, type FrameRecord, type StoredAssessment, type StoredFinding, type TabReport } from '../shared/report';
import type { FrameIdentity } from './sender';

export const REPORT_VERSION = 2;

const clampText = (s: unknown, max: number): string => (typeof s === 'string' ? s.slice(0, max) : '');
const finite = (n: unknown, min: number, max: number): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : 0;
const offset = (n: unknown): number => Math.round(finite(n, 0, 1e9));

/**
 * The engine's assessment in the stored shape: fields picked one by one (so an engine change can never
 * smuggle a non-JSON value into storage), strings and lists clamped to the schema's bounds.
 */
export function toStoredAssessment(a: Assessment, maxFindings: number): StoredAssessment {
  const findings: StoredFinding[] = a.findings.slice(0, maxFindings).map((f) => {
    const out: StoredFinding = {
      rule: clampText(f.rule, 80),
      family: clampText(f.family, 80),
      severity: f.severity,
      quote: clampText(f.quote, LIMITS.maxQuoteChars),
      start: offset(f.start),
      end: offset(f.end),
      mention: f.mention === true,
      lang: f.lang,
    };
    if (typeof f.context === 'string') out.context = clampText(f.context, 40);
    if (typeof f.hedged === 'boolean') out.hedged = f.hedged;
    return out;
  });
  const stored: StoredAssessment = {
    risk: a.risk,
    score: Math.round(finite(a.score, 0, 100)),
    topic: a.topic === true,
    findings,
    trialIds: a.trialIds.slice(0, 100).map((t) => ({ id: clampText(t.id, 60), registry: clampText(t.registry, 80), url: clampText(t.url, 300) })),
    signals: a.signals.slice(0, 50).map((s) => {
      const out: StoredAssessment['signals'][number] = { id: clampText(s.id, 80), points: finite(s.points, -1000, 1000) };
      if (typeof s.detail === 'string') out.detail = clampText(s.detail, 300);
      return out;
    }),
    breakdown: a.breakdown.slice(0, 400).map((b) => ({ source: clampText(b.source, 80), points: finite(b.points, -1000, 1000) })),
    conditions: a.conditions.slice(0, 200).map((c) => ({ id: clampText(c.id, 80), system: clampText(c.system, 80), serious: c.serious === true })),
  };
  // Anything the explicit mapping missed (an unknown risk or severity value) fails here, not in storage.
  return assessmentSchema.parse(stored);
}

/** Identifies the frame's document: documentId (Chrome), else timeOrigin, else URL. */
export function documentKey(frame: Pick<FrameIdentity, 'frameId' | 'documentId' | 'url'>, timeOrigin: number | undefined): string {
  const doc = frame.documentId !== null ? `d:${frame.documentId}` : timeOrigin !== undefined ? `t:${timeOrigin}` : `u:${frame.url}`;
  return `${frame.frameId}|${doc}`.slice(0, 200);
}

/** Whether the key tells documents apart (a URL alone does not: a reload keeps it). */
const preciseKey = (key: string) => !key.includes('|u:');

export interface ScanInput {
  frame: FrameIdentity;
  seq: number;
  partial: boolean;
  textLength: number;
  timeOrigin?: number;
  assessment: StoredAssessment;
  now: number;
}

export function frameRecord(input: ScanInput): FrameRecord {
  const { frame } = input;
  const record: FrameRecord = {
    key: documentKey(frame, input.timeOrigin),
    frameId: frame.frameId,
    // Chrome's sender.url is the URL the document was loaded with; after an SPA pushState only the tab's URL
    // is current. The top frame's URL is the tab's.
    url: (frame.frameId === 0 && frame.tabUrl !== null ? frame.tabUrl : frame.url).slice(0, LIMITS.maxUrlChars),
    seq: input.seq,
    partial: input.partial,
    textLength: input.textLength,
    receivedAt: input.now,
    assessment: input.assessment,
  };
  if (frame.documentId !== null) record.documentId = frame.documentId;
  if (input.timeOrigin !== undefined) record.timeOrigin = input.timeOrigin;
  return record;
}

/**
 * The tab's report with this scan in it, or `current` unchanged when the scan is a late reply to an
 * older scan of the same document.
 */
export function applyScan(current: TabReport | null, input: ScanInput, sensitivity: Sensitivity): TabReport {
  const record = frameRecord(input);
  let frames = current?.frames ?? [];
  let dropped = current?.droppedFrames ?? 0;
  const existing = frames.find((f) => f.frameId === record.frameId);
  if (current && existing && existing.key === record.key && preciseKey(record.key) && existing.seq > record.seq) return current;

  const main = frames.find((f) => f.frameId === 0);
  if (record.frameId === 0 && main && main.key !== record.key) {
    // A new top-level document: the previous page's iframes are gone with it.
    frames = frames.filter(
      (f) => f.frameId !== 0 && f.timeOrigin !== undefined && record.timeOrigin !== undefined && f.timeOrigin >= record.timeOrigin,
    );
    dropped = 0;
  }
  frames = [...frames.filter((f) => f.frameId !== record.frameId), record];
  const url = record.frameId === 0 ? record.url : (main?.url ?? input.frame.tabUrl ?? current?.url ?? record.url);
  return rebuild(input.frame.tabId, frames, dropped, url, input.now, sensitivity);
}

/** The report without this frame's records (the frame's document changed URL: SPA); null when empty. */
export function removeFrame(current: TabReport | null, frameId: number, now: number, sensitivity: Sensitivity): TabReport | null {
  if (!current) return null;
  const frames = current.frames.filter((f) => f.frameId !== frameId);
  if (frames.length === current.frames.length) return current;
  if (frames.length === 0) return null;
  return rebuild(current.tabId, frames, current.droppedFrames, current.url, now, sensitivity);
}

/** How much a frame tells the reader: frames about stem cells with a high score are kept first. */
function usefulness(f: FrameRecord): number {
  return (f.assessment.topic ? 1e6 : 0) + f.assessment.score * 1e3 + Math.min(999, f.assessment.findings.length);
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Combines the frames into a report within the frame and size caps. */
export function rebuild(
  tabId: number,
  input: FrameRecord[],
  droppedBefore: number,
  url: string,
  now: number,
  sensitivity: Sensitivity,
): TabReport {
  const main = input.find((f) => f.frameId === 0);
  // Best iframes first; among equals the most recent.
  const subframes = input
    .filter((f) => f.frameId !== 0)
    .sort((a, b) => usefulness(b) - usefulness(a) || b.receivedAt - a.receivedAt);
  let kept = subframes.slice(0, LIMITS.maxFramesPerTab - (main ? 1 : 0));
  let dropped = droppedBefore + (subframes.length - kept.length);
  let mainRecord = main;
  for (;;) {
    const frames = mainRecord ? [mainRecord, ...kept] : kept;
    const report = combine(tabId, frames, dropped, url, now, sensitivity);
    if (bytes(report) <= LIMITS.maxReportBytes) return report;
    if (kept.length > 0) {
      kept = kept.slice(0, -1);
      dropped++;
    } else if (mainRecord && mainRecord.assessment.findings.length > 1) {
      // A single frame over the cap (pathological): keep its most serious findings.
      const findings = [...mainRecord.assessment.findings].sort((a, b) => Number(a.mention) - Number(b.mention));
      mainRecord = { ...mainRecord, assessment: { ...mainRecord.assessment, findings: findings.slice(0, Math.floor(findings.length / 2)) } };
    } else {
      return report;
    }
  }
}

function combine(tabId: number, frames: FrameRecord[], dropped: number, url: string, now: number, sensitivity: Sensitivity): TabReport {
  const combined = combineAssessments(
    frames.map((f) => f.assessment as Assessment),
    { sensitivity },
  );
  const assessment = toStoredAssessment(combined, LIMITS.maxFindingsPerTab);
  // Say which frame each finding came from, so "show on page" reaches the right frame.
  const origin = new Map<string, number>();
  // Same order as combineAssessments (strongest frame first), so a duplicate is attributed as it kept it.
  for (const f of [...frames].sort((a, b) => b.assessment.score - a.assessment.score)) {
    for (const x of f.assessment.findings) {
      const k = `${x.rule}|${x.start}|${x.end}`;
      if (!origin.has(k)) origin.set(k, f.frameId);
    }
  }
  for (const finding of assessment.findings) {
    const frameId = origin.get(`${finding.rule}|${finding.start}|${finding.end}`);
    if (frameId !== undefined) finding.frameId = frameId;
  }
  return {
    version: REPORT_VERSION,
    tabId,
    url: url.slice(0, LIMITS.maxUrlChars),
    updatedAt: now,
    partial: frames.some((f) => f.partial),
    frames,
    droppedFrames: Math.min(1e9, dropped),
    assessment,
  };
}

/** For the popup's badge: the risk shown, or none when the page is not about stem cell treatment. */
export function shownRisk(report: TabReport | null): { risk: TabReport['assessment']['risk']; topic: boolean; score: number; claims: number } {
  if (!report) return { risk: 'none', topic: false, score: 0, claims: 0 };
  const a = report.assessment;
  return { risk: a.risk, topic: a.topic, score: a.score, claims: a.findings.filter((f) => !f.mention).length };
}
