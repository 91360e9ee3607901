/** Messages from content scripts: each speaks for the sender's own frame only. */
import { assessPassages } from '../engine';
import { LIMITS } from '../shared/limits';
import type { OkReply, ScanMessage, ScanReply } from '../shared/messages';
import { isPaused, readSettings } from '../shared/settings';
import { showBadge } from './badge';
import { applyScan, removeFrame, toStoredAssessment } from './build-report';
import type { HandlerContext } from './context';
import { updateReport } from './report-store';
import type { FrameIdentity } from './sender';

export async function handleScan(msg: ScanMessage, frame: FrameIdentity, ctx: HandlerContext): Promise<ScanReply> {
  // A prerendered page is not what the user sees (yet): it must not replace the visible page's report.
  // The content script scans again when the page is activated (`prerenderingchange`).
  if (frame.lifecycle === 'prerender') return { findings: [], ignored: 'prerender' };
  // A document in the back/forward cache or unloading: its late scan describes a page no longer shown.
  if (frame.lifecycle === 'inactive') return { findings: [], ignored: 'inactive' };
  const settings = await readSettings();
  if (isPaused(settings, frame.url) || (frame.tabUrl !== null && isPaused(settings, frame.tabUrl))) {
    return { findings: [], ignored: 'paused' };
  }
  const assessment = toStoredAssessment(
    assessPassages(msg.passages, { sensitivity: settings.sensitivity }),
    LIMITS.maxFindingsPerFrame,
  );
  const input = {
    frame,
    seq: msg.seq,
    partial: msg.partial,
    textLength: msg.textLength,
    assessment,
    now: ctx.now(),
    ...(msg.timeOrigin !== undefined ? { timeOrigin: msg.timeOrigin } : {}),
  };
  const report = await updateReport(frame.tabId, (current) => applyScan(current, input, settings.sensitivity));
  await showBadge(frame.tabId, report);
  // The frame highlights its own claims; mentions (quotes inside warnings) are never highlighted.
  return { findings: assessment.findings.filter((f) => !f.mention) };
}

export async function handleReset(frame: FrameIdentity, ctx: HandlerContext): Promise<OkReply> {
  if (frame.lifecycle !== 'active') return { ok: true };
  const settings = await readSettings();
  const report = await updateReport(frame.tabId, (current) => removeFrame(current, frame.frameId, ctx.now(), settings.sensitivity));
  await showBadge(frame.tabId, report);
  return { ok: true };
}
