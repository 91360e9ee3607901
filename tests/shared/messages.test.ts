/** The protocol schemas: what they accept, what they refuse, and that every message and reply is plain JSON. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../src/background/handlers';
import { onTabUpdated } from '../../src/background/lifecycle';
import { anyMessage, backgroundToContentMessage, contentMessage, pageMessage, scanMessage } from '../../src/shared/messages';
import { LIMITS } from '../../src/shared/limits';
import { tabReportSchema } from '../../src/shared/report';
import { CLINIC_TEXT, contentSender, openTab, pageSender, scanOf, testContext } from '../background/helpers';

const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const VALID = [
  scanOf(CLINIC_TEXT),
  { ...scanOf(CLINIC_TEXT), timeOrigin: 1_700_000_000_123.5 },
  { type: 'reset' },
  { type: 'get-report', tabId: 0 },
  { type: 'show-finding', tabId: 3, frameId: 2, start: 10, end: 20 },
  { type: 'clear-data' },
  { type: 'rescan', tabId: 2 ** 31 - 1 },
];

describe('schemas', () => {
  it.each(VALID.map((m) => [m.type, m]))('accepts a valid %s and it survives a JSON round trip unchanged', (_t, m) => {
    expect(anyMessage.parse(m)).toEqual(m);
    expect(anyMessage.parse(roundTrip(m))).toEqual(m);
  });

  it('splits content and page messages', () => {
    expect(contentMessage.safeParse({ type: 'reset' }).success).toBe(true);
    expect(contentMessage.safeParse({ type: 'get-report', tabId: 1 }).success).toBe(false);
    expect(pageMessage.safeParse({ type: 'clear-data' }).success).toBe(true);
    expect(pageMessage.safeParse({ type: 'reset' }).success).toBe(false);
  });

  it.each([
    ['unknown type', { type: 'eval' }],
    ['extra key', { type: 'reset', tabId: 1 }],
    ['identity in a scan', { ...scanOf(CLINIC_TEXT), frameId: 0 }],
    ['too many passages', { ...scanOf(''), passages: Array.from({ length: LIMITS.maxPassages + 1 }, () => ({ start: 0, text: 'a' })) }],
    ['too long passage', { ...scanOf(''), passages: [{ start: 0, text: 'a'.repeat(LIMITS.maxPassageChars + 1) }] }],
    ['negative seq', { ...scanOf(''), seq: -1 }],
    ['fractional tab id', { type: 'get-report', tabId: 1.5 }],
    ['huge tab id', { type: 'get-report', tabId: 2 ** 31 }],
    ['string tab id', { type: 'get-report', tabId: '1' }],
    ['end before start', { type: 'show-finding', tabId: 1, frameId: 0, start: 2, end: 1 }],
    ['VNode-shaped', { type: 'reset', props: {}, __v: 0 }],
    ['NaN timeOrigin', { ...scanOf(''), timeOrigin: Number.NaN }],
  ])('refuses %s', (_name, m) => {
    expect(anyMessage.safeParse(m).success).toBe(false);
  });

  it('background → content messages are strict too', () => {
    expect(backgroundToContentMessage.parse({ type: 'show-finding', start: 1, end: 2 })).toEqual({ type: 'show-finding', start: 1, end: 2 });
    expect(backgroundToContentMessage.parse({ type: 'ping' })).toEqual({ type: 'ping' });
    expect(backgroundToContentMessage.safeParse({ type: 'show-finding', start: 1, end: 2, frameId: 0 }).success).toBe(false);
  });

  it('a __proto__ key from JSON is refused, not merged', () => {
    const m = JSON.parse('{"type":"reset","__proto__":{"x":1}}') as unknown;
    expect(scanMessage.safeParse(m).success).toBe(false);
    expect(anyMessage.safeParse(m).success).toBe(false);
  });
});

describe('JSON round trip of replies and stored values', () => {
  it('every reply and the stored report are plain JSON', async () => {
    fakeBrowser.reset();
    const ctx = testContext();
    ctx.sendToTab.mockResolvedValue({ ok: true });
    const tabId = await openTab('https://clinic.example/page');
    const replies = [
      await handleMessage(scanOf(CLINIC_TEXT), contentSender(tabId, 0, { url: 'https://clinic.example/page' }), ctx),
      await handleMessage({ type: 'get-report', tabId }, pageSender(), ctx),
      await handleMessage({ type: 'rescan', tabId }, pageSender(), ctx),
      await handleMessage({ type: 'get-report', tabId: 999 }, pageSender(), ctx),
      await handleMessage({ type: 'bogus' }, pageSender(), ctx),
    ];
    const report = (replies[1] as { report: unknown }).report;
    const f = (report as { assessment: { findings: { start: number; end: number }[] } }).assessment.findings[0];
    replies.push(await handleMessage({ type: 'show-finding', tabId, frameId: 0, start: f?.start, end: f?.end }, pageSender(), ctx));
    replies.push(await handleMessage({ type: 'reset' }, contentSender(tabId), ctx));
    replies.push(await handleMessage({ type: 'clear-data' }, pageSender(), ctx));
    for (const r of replies) expect(roundTrip(r)).toStrictEqual(r);
    expect(replies[5]).toEqual({ ok: true });
    expect(tabReportSchema.parse(roundTrip(report))).toStrictEqual(report);

    // Everything in storage is plain JSON too (no undefined, Map, Set, Date): reports, archives, the index.
    await handleMessage(scanOf(CLINIC_TEXT), contentSender(tabId), ctx);
    await onTabUpdated(tabId, { url: 'https://clinic.example/next' });
    await handleMessage(scanOf(CLINIC_TEXT), contentSender(tabId, 0, { url: 'https://clinic.example/next', documentId: 'next' }), ctx);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([`archive:${tabId}`, 'report-index', `report:${tabId}`]);
    const stored = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(stored).length).toBeGreaterThan(0);
    expect(roundTrip(stored)).toStrictEqual(stored);
    const local = await fakeBrowser.storage.local.get(null);
    expect(roundTrip(local)).toStrictEqual(local);
  });
});
