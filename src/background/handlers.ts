/**
 * Message handlers of the background worker. Each message is parsed at the boundary; identity comes from
 * the sender; invalid input gets `{ error }` and changes no state.
 */
import { assessPassages, combineAssessments } from '../engine';
import { LIMITS } from '../shared/limits';
import { anyMessage, type GetReportMessage, type ScanMessage } from '../shared/messages';
import type { FrameRecord, ReportReply, StoredFinding, TabReport } from '../shared/report';
import { readSettings } from '../shared/settings';
import { setBadge } from './badge';
import { isRestrictedUrl } from './restricted';
import { readReport, updateReport } from './report-store';
import { frameIdentity, isExtensionPage, type FrameIdentity, type SenderLike } from './sender';

export interface HandlerContext {
  extensionId: string;
  extensionOrigin: string;
  /** URL of a tab, for "not available on this page" answers; null when the tab is gone. */
  tabUrl: (tabId: number) => Promise<string | null>;
}

export type ScanReply = { findings: StoredFinding[] };
export type ErrorReply = { error: string };

export async function handleMessage(
  raw: unknown,
  sender: SenderLike,
  ctx: HandlerContext,
): Promise<ScanReply | ReportReply | ErrorReply | { ok: true }> {
  const parsed = anyMessage.safeParse(raw);
  if (!parsed.success) return { error: 'invalid message' };
  const msg = parsed.data;
  if (msg.type === 'get-report') {
    if (!isExtensionPage(sender, ctx.extensionId, ctx.extensionOrigin)) return { error: 'forbidden' };
    return getReport(msg, ctx);
  }
  const frame = frameIdentity(sender, ctx.extensionId, ctx.extensionOrigin);
  if (!frame) return { error: 'forbidden' };
  if (msg.type === 'scan') return scan(msg, frame);
  await dropFrame(frame);
  return { ok: true };
}

async function getReport(msg: GetReportMessage, ctx: HandlerContext): Promise<ReportReply> {
  const url = await ctx.tabUrl(msg.tabId);
  if (url !== null && isRestrictedUrl(url)) return { status: 'restricted' };
  const report = await readReport(msg.tabId);
  return report ? { status: 'ok', report } : { status: 'none' };
}

async function scan(msg: ScanMessage, frame: FrameIdentity): Promise<ScanReply> {
  const settings = await readSettings();
  const assessment = assessPassages(msg.passages, { sensitivity: settings.sensitivity });
  assessment.findings = assessment.findings.slice(0, LIMITS.maxFindingsPerFrame);
  const record: FrameRecord = {
    key: frame.key,
    frameId: frame.frameId,
    url: frame.url.slice(0, LIMITS.maxUrlChars),
    seq: msg.seq,
    partial: msg.partial,
    assessment,
  };
  const report = await updateReport(frame.tabId, (current) => withFrame(current, frame, record, settings.sensitivity));
  if (report) await setBadge(frame.tabId, report.assessment.risk, report.assessment.topic);
  // The frame highlights its own claims; mentions (quotes inside warnings) are never highlighted.
  return { findings: assessment.findings.filter((f) => !f.mention) };
}

async function dropFrame(frame: FrameIdentity): Promise<void> {
  const report = await updateReport(frame.tabId, (current) => {
    if (!current) return null;
    const frames = current.frames.filter((f) => f.frameId !== frame.frameId);
    return rebuild(frame.tabId, frames, frame.frameId === 0 ? frame.url : current.url, 'normal');
  });
  await setBadge(frame.tabId, report?.assessment.risk ?? 'none', report?.assessment.topic ?? false);
}

/** The report with this frame's latest scan in it (one record per frame; a frame's new document replaces its old one). */
function withFrame(
  current: TabReport | null,
  frame: FrameIdentity,
  record: FrameRecord,
  sensitivity: 'low' | 'normal' | 'high',
): TabReport | null {
  const existing = current?.frames.find((f) => f.key === record.key);
  if (current && existing && existing.seq > record.seq) return current; // a late reply to an older scan
  const others = (current?.frames ?? []).filter((f) => f.frameId !== record.frameId);
  const frames = [...others, record].slice(-LIMITS.maxFramesPerTab);
  const url = frame.frameId === 0 ? record.url : (current?.url ?? record.url);
  return rebuild(frame.tabId, frames, url, sensitivity);
}

function rebuild(tabId: number, frames: FrameRecord[], url: string, sensitivity: 'low' | 'normal' | 'high'): TabReport {
  const assessment = combineAssessments(
    frames.map((f) => f.assessment),
    { sensitivity },
  );
  assessment.findings = assessment.findings.slice(0, LIMITS.maxFindingsPerTab);
  return {
    version: 1,
    tabId,
    url: url.slice(0, LIMITS.maxUrlChars),
    updatedAt: Date.now(),
    partial: frames.some((f) => f.partial),
    frames,
    assessment,
  };
}
