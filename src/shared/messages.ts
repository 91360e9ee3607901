/**
 * The one message protocol between content scripts, the background worker and the extension's pages.
 *
 * Every message is parsed with these strict schemas (unknown keys rejected, every string, number and array
 * bounded) at the receiving boundary: a tab can be hostile (a compromised renderer can forge content-script
 * messages), so nothing is trusted because of its shape alone. Identity (tab, frame, document) never travels
 * in a payload; the background takes it from `sender`. Replies are plain JSON.
 *
 * Who may send what (enforced in src/background/handlers.ts):
 *
 * | message        | from                      | reply                                                      |
 * |----------------|---------------------------|------------------------------------------------------------|
 * | `scan`         | content script (a frame)  | ScanReply `{ findings, ignored? }`                          |
 * | `reset`        | content script (a frame)  | `{ ok: true }`                                             |
 * | `get-report`   | extension page            | ReportReply (src/shared/report.ts)                         |
 * | `show-finding` | extension page            | `{ ok: boolean }` (relayed to the frame as ShowFindingRelay)|
 * | `clear-data`   | extension page            | `{ ok: true, cleared }`                                    |
 * | `rescan`       | extension page            | RescanReply `{ status }`                                   |
 * | anything else, or a sender not allowed to send it | — | `{ error }` and no state changes            |
 *
 * Background → content script (sent with browser.tabs.sendMessage to one frame; the content script must
 * parse these with `backgroundToContentMessage`, since another extension page cannot forge them but a bug can):
 * `show-finding` (ShowFindingRelay) and `ping`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import type { ReportReply, StoredFinding } from './report';

const offset = z.number().int().min(0).max(1e9);
const tabId = z.number().int().min(0).max(2 ** 31 - 1);
const frameId = z.number().int().min(0).max(2 ** 31 - 1);

const passage = z.strictObject({
  start: offset,
  text: z.string().max(LIMITS.maxPassageChars),
});

// ── Content script → background ────────────────────────────────────────────────────────────────────────

/**
 * The candidate passages of one frame's visible text. Sent after each scan of the frame's document:
 * on load, after an SPA navigation (preceded by `reset`), after a bfcache restore (`pageshow` with
 * `persisted`), after a prerendered page is activated. A scan replaces this frame's previous record.
 */
export const scanMessage = z.strictObject({
  type: z.literal('scan'),
  /** Increases with each scan by the same content-script instance; a late reply to an old scan is ignored. */
  seq: offset,
  passages: z.array(passage).max(LIMITS.maxPassages),
  /** Length of the frame's visible text: context for the report, never the text itself. */
  textLength: offset,
  /** The page was too large to read whole, or the passage cap was reached. */
  partial: z.boolean(),
  /** The prefilter saw stem cell vocabulary (the engine decides for itself; this is a hint). */
  topic: z.boolean(),
  /**
   * `performance.timeOrigin` of this document (optional). Tells documents of the same frame apart where the
   * browser gives no sender.documentId (Firefox), and lets the background drop iframes of the previous page
   * when the top page reloads. It can only affect the sender's own frame records.
   */
  timeOrigin: z.number().min(0).max(1e14).optional(),
});

/** The frame's document changed URL without reloading (SPA navigation): forget this frame's findings. */
export const resetMessage = z.strictObject({
  type: z.literal('reset'),
});

// ── Extension page (popup, options, full-report tab) → background: privileged ─────────────────────────

/** Read the report of one tab. */
export const getReportMessage = z.strictObject({
  type: z.literal('get-report'),
  tabId,
});

/** Scroll to and flash one finding: relayed to the content script of that frame (its current document). */
export const showFindingMessage = z
  .strictObject({
    type: z.literal('show-finding'),
    tabId,
    frameId,
    start: offset,
    end: offset,
  })
  .refine((m) => m.end >= m.start, { message: 'end before start' });

/** Delete every stored report (and clear every badge). Settings are untouched. */
export const clearDataMessage = z.strictObject({
  type: z.literal('clear-data'),
});

/**
 * Scan a tab that has no content script (open before StemCheck was installed or updated): the background
 * injects it when the browser allows (after the user opened the popup on that tab: activeTab), else
 * answers `reload-needed`.
 */
export const rescanMessage = z.strictObject({
  type: z.literal('rescan'),
  tabId,
});

export const contentMessage = z.discriminatedUnion('type', [scanMessage, resetMessage]);
export const pageMessage = z.discriminatedUnion('type', [getReportMessage, showFindingMessage, clearDataMessage, rescanMessage]);
export const anyMessage = z.discriminatedUnion('type', [scanMessage, resetMessage, getReportMessage, showFindingMessage, clearDataMessage, rescanMessage]);

export type ScanMessage = z.infer<typeof scanMessage>;
export type ResetMessage = z.infer<typeof resetMessage>;
export type GetReportMessage = z.infer<typeof getReportMessage>;
export type ShowFindingMessage = z.infer<typeof showFindingMessage>;
export type ClearDataMessage = z.infer<typeof clearDataMessage>;
export type RescanMessage = z.infer<typeof rescanMessage>;
export type ContentMessage = z.infer<typeof contentMessage>;
export type PageMessage = z.infer<typeof pageMessage>;
export type AnyMessage = z.infer<typeof anyMessage>;

// ── Background → content script ─────────────────────────────────────────────────────────────────────────

/** Scroll to and flash the finding at these offsets of the frame's visible text. Reply `{ ok: boolean }`. */
export const showFindingRelay = z.strictObject({
  type: z.literal('show-finding'),
  start: offset,
  end: offset,
});

/** "Is a content script running in this frame?" Any reply (even none) means yes; an error means no. */
export const pingMessage = z.strictObject({
  type: z.literal('ping'),
});

export const backgroundToContentMessage = z.discriminatedUnion('type', [showFindingRelay, pingMessage]);
export type ShowFindingRelay = z.infer<typeof showFindingRelay>;
export type PingMessage = z.infer<typeof pingMessage>;
export type BackgroundToContentMessage = z.infer<typeof backgroundToContentMessage>;

// ── Replies ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Reply to `scan`: this frame's findings that are claims (mentions are never highlighted). `ignored` says
 * why nothing was recorded: `prerender` (scan again on `prerenderingchange`), `inactive` (the document is
 * in the back/forward cache or unloading: scan again on `pageshow` with `persisted`), `paused`.
 */
export interface ScanReply {
  findings: StoredFinding[];
  ignored?: 'prerender' | 'inactive' | 'paused';
}
export interface OkReply {
  ok: true;
}
export interface ShowFindingReply {
  ok: boolean;
}
export interface ClearDataReply {
  ok: true;
  /** Reports deleted. */
  cleared: number;
}
/**
 * Reply to `rescan`: `running` (a content script already answers in the tab; its report follows),
 * `injected` (the scanner was injected; poll get-report), `reload-needed` (the browser did not allow
 * injection: ask the user to reload the page), `restricted`, `paused`, `no-tab`.
 */
export interface RescanReply {
  status: 'running' | 'injected' | 'reload-needed' | 'restricted' | 'paused' | 'no-tab';
}
/** `invalid message` (failed the schema), `forbidden` (sender may not send it), `internal error`. */
export interface ErrorReply {
  error: 'invalid message' | 'forbidden' | 'internal error';
}

/** The reply type for each request type, for typed senders. */
export interface ReplyFor {
  scan: ScanReply;
  reset: OkReply;
  'get-report': ReportReply;
  'show-finding': ShowFindingReply;
  'clear-data': ClearDataReply;
  rescan: RescanReply;
}
export type AnyReply = ReplyFor[keyof ReplyFor] | ErrorReply;
