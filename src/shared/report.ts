/**
 * A tab's report: what the popup shows and what storage.session keeps across service-worker restarts.
 * Plain JSON only (no Map, Set, Date, undefined) so it survives storage and messaging unchanged.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

const risk = z.enum(['none', 'low', 'moderate', 'high']);

export const findingSchema = z.strictObject({
  rule: z.string().max(80),
  family: z.string().max(80),
  severity: z.enum(['low', 'medium', 'high']),
  quote: z.string().max(LIMITS.maxQuoteChars),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  mention: z.boolean(),
  lang: z.enum(['en', 'zh']),
});

export const assessmentSchema = z.object({
  risk,
  score: z.number().min(0).max(100),
  topic: z.boolean(),
  findings: z.array(findingSchema).max(LIMITS.maxFindingsPerTab),
  trialIds: z.array(z.strictObject({ id: z.string().max(60), registry: z.string().max(80), url: z.string().max(300) })).max(100),
  signals: z.array(z.object({ id: z.string().max(80), points: z.number(), detail: z.string().max(300).optional() })).max(50),
  breakdown: z.array(z.strictObject({ source: z.string().max(80), points: z.number() })).max(400),
  conditions: z.array(z.object({ id: z.string().max(80), system: z.string().max(80), serious: z.boolean() })).max(200),
});

export const frameRecordSchema = z.strictObject({
  /** tab + frame + document: a navigated frame never mixes with its predecessor. */
  key: z.string().max(200),
  frameId: z.number().int().min(0),
  url: z.string().max(LIMITS.maxUrlChars),
  seq: z.number().int().min(0),
  partial: z.boolean(),
  assessment: assessmentSchema,
});

export const tabReportSchema = z.strictObject({
  version: z.literal(1),
  tabId: z.number().int().min(0),
  url: z.string().max(LIMITS.maxUrlChars),
  updatedAt: z.number(),
  partial: z.boolean(),
  frames: z.array(frameRecordSchema).max(LIMITS.maxFramesPerTab),
  /** All frames combined by the engine: the page's verdict. */
  assessment: assessmentSchema,
});

export type Risk = z.infer<typeof risk>;
export type StoredFinding = z.infer<typeof findingSchema>;
export type FrameRecord = z.infer<typeof frameRecordSchema>;
export type TabReport = z.infer<typeof tabReportSchema>;

/** What the popup receives for a tab: a report, or why there is none. */
export type ReportReply =
  | { status: 'ok'; report: TabReport }
  | { status: 'none' }
  | { status: 'restricted' };
