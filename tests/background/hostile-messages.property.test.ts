/**
 * Property test at the message boundary: ≥ 10,000 random and hostile JSON messages (huge, deeply nested,
 * `__proto__` keys, wrong types, VNode-shaped, near-valid) from random senders. No exception escapes,
 * every reply is plain JSON, and input that is invalid (or from a sender not allowed to send it) changes
 * no stored state and no badge.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../src/background/handlers';
import { frameIdentity, isExtensionPage, type SenderLike } from '../../src/background/sender';
import { anyMessage } from '../../src/shared/messages';
import { AD_TEXT, CLINIC_TEXT, EXT_ID, EXT_ORIGIN, contentSender, pageSender, scanOf, snapshotState, testContext } from './helpers';

const HUGE = 'x'.repeat(1_000_000);
const DEEP = JSON.parse('['.repeat(5000) + ']'.repeat(5000)) as unknown;
const DEEP_OBJECT = JSON.parse('{"a":'.repeat(3000) + '1' + '}'.repeat(3000)) as unknown;
const PROTO = JSON.parse('{"type":"scan","__proto__":{"polluted":true},"seq":1,"passages":[],"textLength":0,"partial":false,"topic":true}') as unknown;
const PROTO_PASSAGE = JSON.parse('{"type":"scan","seq":1,"passages":[{"start":0,"text":"100% safe","__proto__":{"x":1}}],"textLength":9,"partial":false,"topic":true}') as unknown;
const VNODE = { type: 'scan', constructor: undefined, props: { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }, __v: 1, __k: null, key: null, ref: null };
const VNODE_JSON = JSON.parse('{"type":"scan","constructor":{"prototype":{}},"props":{"children":"<img src=x onerror=alert(1)>"},"__v":0}') as unknown;

const TEMPLATES: Record<string, unknown>[] = [
  scanOf(CLINIC_TEXT) as unknown as Record<string, unknown>,
  { type: 'reset' },
  { type: 'get-report', tabId: 1 },
  { type: 'show-finding', tabId: 1, frameId: 0, start: 0, end: 5 },
  { type: 'clear-data' },
  { type: 'rescan', tabId: 1 },
];

const hostileScalar = fc.oneof(
  fc.constantFrom<unknown>(HUGE, -1, 2 ** 53, Number.MAX_VALUE, 1.5, -0, '', '__proto__', 'constructor', true, null, [], {}, '<img src=x onerror=alert(1)>', '\u0000', 'scan', 'get-report'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 2, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP, DEEP_OBJECT, PROTO, PROTO_PASSAGE, VNODE, VNODE_JSON, [TEMPLATES[0]], 'scan') },
);

/** A valid message with one thing broken: a key removed, an extra key, or a value replaced. */
const nearValid = fc
  .tuple(fc.constantFrom(...TEMPLATES), fc.nat(), fc.constantFrom('remove', 'add', 'replace'), fc.constantFrom('__proto__', 'constructor', 'props', '__v', 'tabId', 'frameId', 'documentId', 'url', 'extra'), hostileValue)
  .map(([template, n, op, extraKey, value]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(template));
    const keys = Object.keys(copy);
    const key = keys[n % keys.length] as string;
    if (op === 'remove') delete copy[key];
    else if (op === 'add') Object.defineProperty(copy, extraKey, { value, enumerable: true, configurable: true, writable: true });
    else copy[key] = value;
    return copy as unknown;
  });

/** Valid messages with random content (may legitimately change state when the sender may send them). */
const validRandom = fc.oneof(
  fc.record({
    type: fc.constant('scan'),
    seq: fc.nat({ max: 1e9 }),
    passages: fc.array(fc.record({ start: fc.nat({ max: 1e9 }), text: fc.oneof(fc.string({ maxLength: 600 }), fc.constantFrom(CLINIC_TEXT.slice(0, 600), AD_TEXT)) }), { maxLength: 5 }),
    textLength: fc.nat({ max: 1e9 }),
    partial: fc.boolean(),
    topic: fc.boolean(),
  }),
  fc.constant({ type: 'reset' }),
  fc.record({ type: fc.constant('get-report'), tabId: fc.nat({ max: 5 }) }),
  fc.record({ type: fc.constant('show-finding'), tabId: fc.nat({ max: 5 }), frameId: fc.nat({ max: 3 }), start: fc.nat({ max: 100 }), end: fc.nat({ max: 200 }) }),
  fc.record({ type: fc.constant('rescan'), tabId: fc.nat({ max: 5 }) }),
);

const message = fc.oneof({ weight: 4, arbitrary: hostileValue }, { weight: 4, arbitrary: nearValid }, { weight: 2, arbitrary: validRandom });

const sender: fc.Arbitrary<SenderLike> = fc.oneof(
  fc.constant<SenderLike>({}),
  fc.nat({ max: 3 }).map((tab) => contentSender(tab)),
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 3 })).map(([tab, frame]) => contentSender(tab, frame)),
  fc.constant(pageSender()),
  fc.constant(pageSender('options.html', true)),
  fc.constantFrom<SenderLike>(
    { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
    { id: EXT_ID, url: `chrome-extension://${EXT_ID}.evil.example/` },
    { id: EXT_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0, documentLifecycle: 'prerender' },
    { id: EXT_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0, documentLifecycle: 'cached' },
    { id: EXT_ID, url: `${EXT_ORIGIN}popup.html`, tab: { id: 2 }, frameId: 0 },
  ),
  fc.record({ id: hostileValue, url: hostileValue, tab: hostileValue, frameId: hostileValue, documentId: hostileValue }, { requiredKeys: [] }) as fc.Arbitrary<SenderLike>,
);

/** Whether handleMessage may change state for this message and sender (valid, and the sender may send it). */
function mayChangeState(raw: unknown, s: SenderLike): boolean {
  const parsed = anyMessage.safeParse(raw);
  if (!parsed.success) return false;
  if (['get-report', 'show-finding', 'rescan'].includes(parsed.data.type)) return false; // read-only
  if (parsed.data.type === 'clear-data') return isExtensionPage(s, EXT_ID, EXT_ORIGIN);
  return frameIdentity(s, EXT_ID, EXT_ORIGIN) !== null;
}

describe('hostile messages', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    const ctx = testContext();
    // Some state to protect: reports in a few tabs.
    for (const tab of [0, 1, 2, 3]) await handleMessage(scanOf(tab % 2 ? AD_TEXT : CLINIC_TEXT), contentSender(tab), ctx);
  });

  it('10,000 random and hostile messages: no exception, JSON replies, no state change for invalid input', async () => {
    const ctx = testContext();
    let unchangedChecks = 0;
    await fc.assert(
      fc.asyncProperty(message, sender, async (raw, s) => {
        const protectsState = !mayChangeState(raw, s);
        const before = protectsState ? await snapshotState([0, 1, 2, 3]) : '';
        const reply = await handleMessage(raw, s, ctx);
        expect(reply).toEqual(JSON.parse(JSON.stringify(reply)));
        if (protectsState) {
          unchangedChecks++;
          expect(await snapshotState([0, 1, 2, 3])).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
    expect(unchangedChecks).toBeGreaterThan(7000);
  }, 120_000);
});
