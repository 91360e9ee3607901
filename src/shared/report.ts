/**
 * A tab's report: what the popup shows and what storage.session keeps across service-worker restarts.
 * Plain JSON only (no Map, Set, Date, undefined values) so it survives storage and messaging unchanged;
 * optional fields are absent, never `undefined`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

const risk = z.enum(['none', 'low', 'moderate', 'high']);
const count = z.number().int().min(0).max(1e9);
/** Browser tab and frame ids: Chromium hands out large ones (up to 2^31 - 1). */
const browserId = z.number().int().min(0).max(2 ** 31 - 1);

export const findingSchema = z.strictObject({
  rule: z.string().max(80),
  family: z.string().max(80),
  severity: z.enum(['low', 'medium', 'high']),
  quote: z.string().max(LIMITS.maxQuoteChars),
  /** Offsets in the visible text of the frame that found it (see `frameId`). */
  start: count,
  end: count,
  /** Quoted, attributed, warned about or negated rather than claimed: never shown as the page's claim. */
  mention: z.boolean(),
  lang: z.enum(['en', 'zh']),
  /** Why it is a mention ('warning-frame', 'attribution', 'negation', …). */
  context: z.string().max(40).optional(),
  /** Softened by may/could/potentially. */
  hedged: z.boolean().optional(),
  /** In the tab's combined findings: the frame the quote is in (for "show on page"). */
  frameId: browserId.optional(),
});

export const trialIdSchema = z.strictObject({ id: z.string().max(60), registry: z.string().max(80), url: z.string().max(300) });
export const signalSchema = z.strictObject({ id: z.string().max(80), points: z.number().min(-1000).max(1000), detail: z.string().max(300).optional() });

export const assessmentSchema = z.strictObject({
  risk,
  score: z.number().min(0).max(100),
  topic: z.boolean(),
  findings: z.array(findingSchema).max(LIMITS.maxFindingsPerTab),
  trialIds: z.array(trialIdSchema).max(100),
  signals: z.array(signalSchema).max(50),
  breakdown: z.array(z.strictObject({ source: z.string().max(80), points: z.number().min(-1000).max(1000) })).max(400),
  conditions: z.array(z.strictObject({ id: z.string().max(80), system: z.string().max(80), serious: z.boolean() })).max(200),
});

export const frameRecordSchema = z.strictObject({
  /** frame + document: a navigated frame never mixes with its predecessor (the tab is the storage key). */
  key: z.string().max(200),
  frameId: browserId,
  /** Chrome's sender.documentId, so "show on page" reaches this document and not a later one. */
  documentId: z.string().max(64).optional(),
  /** performance.timeOrigin of the frame's document, as the content script reported it (ms). */
  timeOrigin: z.number().min(0).max(1e14).optional(),
  url: z.string().max(LIMITS.maxUrlChars),
  seq: count,
  partial: z.boolean(),
  textLength: count,
  receivedAt: z.number().min(0),
  assessment: assessmentSchema,
});

export const tabReportSchema = z.strictObject({
  version: z.literal(2),
  tabId: browserId,
  /** URL of the top-level page the report describes. */
  url: z.string().max(LIMITS.maxUrlChars),
  updatedAt: z.number().min(0),
  /** Some frame was too large to read whole: the findings are a lower bound. */
  partial: z.boolean(),
  /** Main frame first. At most LIMITS.maxFramesPerTab. */
  frames: z.array(frameRecordSchema).max(LIMITS.maxFramesPerTab),
  /** Frames that had to be left out (frame cap or per-tab size cap); the popup can say so. */
  droppedFrames: count,
  /** All frames combined by the engine (capped so many frames cannot inflate it): the page's verdict. */
  assessment: assessmentSchema,
});

export type Risk = z.infer<typeof risk>;
export type StoredFinding = z.infer<typeof findingSchema>;
export type StoredAssessment = z.infer<typeof assessmentSchema>;
export type FrameRecord = z.infer<typeof frameRecordSchema>;
export type TabReport = z.infer<typeof tabReportSchema>;

/**
 * What the popup receives for `get-report`:
 * - `ok`: the report of the page in the tab.
 * - `scanning`: the tab is loading or its scan has not arrived yet; ask again shortly.
 * - `none`: no report and nothing is on its way (e.g. the tab was open before StemCheck was installed:
 *   offer `rescan`, which injects the scanner or answers "reload-needed").
 * - `restricted`: the browser lets no extension read this page (chrome://, web stores, PDF viewer).
 * - `paused`: the user paused StemCheck on this site.
 */
export type ReportReply =
  | { status: 'ok'; report: TabReport }
  | { status: 'scanning' }
  | { status: 'none' }
  | { status: 'restricted' }
  | { status: 'paused'; host: string };
