/**
 * The message boundary of the background worker. Each message is parsed with the strict schemas of
 * src/shared/messages.ts; identity comes from the sender; invalid input or a sender that may not send
 * the message gets `{ error }` and changes no state. No exception escapes: a throw becomes
 * `{ error: 'internal error' }`.
 */
import type { AnyMessage, AnyReply, ErrorReply } from '../shared/messages';
import { anyMessage } from '../shared/messages';
import { handleReset, handleScan } from './content-requests';
import type { HandlerContext } from './context';
import { handleClearData, handleGetReport, handleRescan, handleShowFinding } from './page-requests';
import { frameIdentity, isExtensionPage, type SenderLike } from './sender';

export type { HandlerContext } from './context';

const PAGE_TYPES: ReadonlySet<string> = new Set(['get-report', 'show-finding', 'clear-data', 'rescan']);

/** Cheap checks before zod: a hostile message must not make us walk a million-element array. */
function plausible(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const passages = (raw as { passages?: unknown }).passages;
  return !(Array.isArray(passages) && passages.length > 10_000);
}

export async function handleMessage(raw: unknown, sender: SenderLike, ctx: HandlerContext): Promise<AnyReply> {
  try {
    if (!plausible(raw)) return invalid;
    const parsed = anyMessage.safeParse(raw);
    if (!parsed.success) return invalid;
    return await dispatch(parsed.data, sender ?? {}, ctx);
  } catch (error) {
    console.warn('StemCheck: message failed', error);
    return { error: 'internal error' };
  }
}

const invalid: ErrorReply = { error: 'invalid message' };
const forbidden: ErrorReply = { error: 'forbidden' };

async function dispatch(msg: AnyMessage, sender: SenderLike, ctx: HandlerContext): Promise<AnyReply> {
  if (PAGE_TYPES.has(msg.type)) {
    // Privileged: only the extension's own pages (the popup reads any tab's report; that is its job).
    if (!isExtensionPage(sender, ctx.extensionId, ctx.extensionOrigin)) return forbidden;
    switch (msg.type) {
      case 'get-report':
        return handleGetReport(msg, ctx);
      case 'show-finding':
        return handleShowFinding(msg, ctx);
      case 'clear-data':
        return handleClearData();
      case 'rescan':
        return handleRescan(msg, ctx);
    }
  }
  // Content-script messages speak for the sender's own frame, whatever they contain.
  const frame = frameIdentity(sender, ctx.extensionId, ctx.extensionOrigin);
  if (!frame) return forbidden;
  if (msg.type === 'scan') return handleScan(msg, frame, ctx);
  if (msg.type === 'reset') return handleReset(frame, ctx);
  return invalid;
}
