/**
 * The one message protocol between content scripts, the background worker and the extension's pages.
 * Every message is parsed with these strict schemas at the receiving boundary: a tab can be hostile (a
 * compromised renderer can forge content-script messages), so nothing is trusted because of its shape alone.
 * Identity (tab, frame, document) never travels in a payload; the background takes it from `sender`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

const passage = z.strictObject({
  start: z.number().int().min(0).max(1e9),
  text: z.string().max(LIMITS.maxPassageChars),
});

/** Content → background: the candidate passages of one frame's visible text. */
export const scanMessage = z.strictObject({
  type: z.literal('scan'),
  /** Increases with each scan of the same document, so a late reply to an old scan is ignored. */
  seq: z.number().int().min(0).max(1e9),
  passages: z.array(passage).max(LIMITS.maxPassages),
  /** Length of the frame's visible text: context for the report, never the text itself. */
  textLength: z.number().int().min(0).max(1e9),
  /** The page was too large to read whole, or the passage cap was reached. */
  partial: z.boolean(),
  topic: z.boolean(),
});

/** Content → background: the document changed (SPA navigation); forget this frame's findings. */
export const resetMessage = z.strictObject({
  type: z.literal('reset'),
});

/** Extension page → background: read the report of one tab. Privileged: only the extension's pages. */
export const getReportMessage = z.strictObject({
  type: z.literal('get-report'),
  tabId: z.number().int().min(0).max(2 ** 31),
});

export const contentMessage = z.discriminatedUnion('type', [scanMessage, resetMessage]);
export const pageMessage = z.discriminatedUnion('type', [getReportMessage]);
export const anyMessage = z.discriminatedUnion('type', [scanMessage, resetMessage, getReportMessage]);

export type ScanMessage = z.infer<typeof scanMessage>;
export type ResetMessage = z.infer<typeof resetMessage>;
export type GetReportMessage = z.infer<typeof getReportMessage>;
export type AnyMessage = z.infer<typeof anyMessage>;
