/** Frames, documents and caps: the pure rules that turn scans into a tab's report. */
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine';
import { applyScan, documentKey, rebuild, removeFrame, toStoredAssessment, type ScanInput } from '../../src/background/build-report';
import type { FrameIdentity } from '../../src/background/sender';
import { LIMITS } from '../../src/shared/limits';
import { tabReportSchema, type TabReport } from '../../src/shared/report';
import { AD_TEXT, CLINIC_TEXT, PLAIN_TEXT } from './helpers';

const clinic = toStoredAssessment(assessText(CLINIC_TEXT), LIMITS.maxFindingsPerFrame);
const ad = toStoredAssessment(assessText(AD_TEXT), LIMITS.maxFindingsPerFrame);
const plain = toStoredAssessment(assessText(PLAIN_TEXT), LIMITS.maxFindingsPerFrame);

function frame(frameId: number, documentId: string | null, url = 'https://a.example/'): FrameIdentity {
  return { tabId: 1, frameId, url, tabUrl: 'https://a.example/', documentId, lifecycle: 'active' };
}
function input(f: FrameIdentity, assessment = clinic, extra: Partial<ScanInput> = {}): ScanInput {
  return { frame: f, seq: 1, partial: false, textLength: 100, assessment, now: 1000, ...extra };
}
function scan(report: TabReport | null, i: ScanInput): TabReport {
  const next = applyScan(report, i, 'normal');
  expect(tabReportSchema.safeParse(next).success).toBe(true);
  return next;
}

describe('documents and frames', () => {
  it('keys a frame by documentId, else timeOrigin, else URL', () => {
    expect(documentKey(frame(0, 'D1'), 5)).toBe('0|d:D1');
    expect(documentKey(frame(0, null), 5)).toBe('0|t:5');
    expect(documentKey(frame(2, null, 'https://x.example/'), undefined)).toBe('2|u:https://x.example/');
  });

  it('a new top-level document (reload) drops the previous page’s iframes', () => {
    let r = scan(null, input(frame(0, 'A')));
    r = scan(r, input(frame(3, 'ad-old'), ad));
    r = scan(r, input(frame(0, 'B'), plain));
    expect(r.frames.map((f) => f.frameId)).toEqual([0]);
    expect(r.assessment.topic).toBe(false);
  });

  it('keeps iframes of the new page that reported before its top frame (timeOrigin)', () => {
    let r = scan(null, input(frame(0, 'A'), clinic, { timeOrigin: 100 }));
    r = scan(r, input(frame(3, 'ad-old'), ad, { timeOrigin: 150 }));
    r = scan(r, input(frame(5, 'ad-new'), ad, { timeOrigin: 2050 }));
    r = scan(r, input(frame(0, 'B'), clinic, { timeOrigin: 2000 }));
    expect(r.frames.map((f) => f.frameId).sort()).toEqual([0, 5]);
  });

  it('a late reply to an older scan of the same document is ignored; a new document always wins', () => {
    let r = scan(null, input(frame(0, 'A'), clinic, { seq: 5 }));
    const late = scan(r, input(frame(0, 'A'), plain, { seq: 4 }));
    expect(late).toBe(r);
    r = scan(r, input(frame(0, 'B'), plain, { seq: 1 }));
    expect(r.assessment.topic).toBe(false);
  });

  it('without documentId or timeOrigin (Firefox), a reload’s seq 1 still replaces the record', () => {
    let r = scan(null, input(frame(0, null), clinic, { seq: 9 }));
    r = scan(r, input(frame(0, null), plain, { seq: 1 }));
    expect(r.assessment.topic).toBe(false);
  });

  it('a scan after a bfcache restore (same document, higher seq) replaces the frame record', () => {
    let r = scan(null, input(frame(0, 'A'), clinic, { seq: 1 }));
    r = scan(r, input(frame(0, 'A'), ad, { seq: 2, now: 2000 }));
    expect(r.frames).toHaveLength(1);
    expect(r.frames[0]?.seq).toBe(2);
    expect(r.updatedAt).toBe(2000);
  });

  it('the report URL is the top frame’s; before it reports, the tab’s', () => {
    let r = scan(null, input(frame(2, 'x', 'https://ads.example/frame'), ad));
    expect(r.url).toBe('https://a.example/');
    r = scan(r, input({ ...frame(0, 'y', 'https://a.example/page'), tabUrl: null }, clinic));
    expect(r.url).toBe('https://a.example/page');
    expect(r.frames[0]?.frameId).toBe(0);
  });

  it('the top frame’s URL is the tab’s current one (sender.url is stale after pushState)', () => {
    const spa: FrameIdentity = { ...frame(0, 'A', 'https://a.example/old'), tabUrl: 'https://a.example/new-route' };
    expect(scan(null, input(spa)).url).toBe('https://a.example/new-route');
    expect(scan(null, input(spa)).frames[0]?.url).toBe('https://a.example/new-route');
  });

  it('removeFrame drops one frame; the last one leaves no report', () => {
    let r = scan(null, input(frame(0, 'A')));
    r = scan(r, input(frame(1, 'B'), ad));
    const without = removeFrame(r, 1, 5, 'normal');
    expect(without?.frames.map((f) => f.frameId)).toEqual([0]);
    expect(removeFrame(without, 0, 6, 'normal')).toBeNull();
    expect(removeFrame(null, 0, 6, 'normal')).toBeNull();
  });
});

describe('caps', () => {
  it('many identical ad frames cannot inflate the score past the engine cap', () => {
    let one = scan(null, input(frame(0, 'main'), plain));
    one = scan(one, input(frame(1, 'ad-1'), ad));
    let many = one;
    for (let i = 2; i < 40; i++) many = scan(many, input(frame(i, `ad-${i}`), ad));
    expect(many.assessment.score).toBe(one.assessment.score);
    expect(many.frames.length).toBe(LIMITS.maxFramesPerTab);
    expect(many.droppedFrames).toBe(40 - LIMITS.maxFramesPerTab);
  });

  it('the main frame is always kept, and frames about stem cells outrank empty ones', () => {
    let r = scan(null, input(frame(0, 'main'), plain));
    for (let i = 1; i <= 40; i++) r = scan(r, input(frame(i, `f-${i}`), i === 7 ? clinic : plain));
    expect(r.frames[0]?.frameId).toBe(0);
    expect(r.frames.some((f) => f.frameId === 7)).toBe(true);
    expect(r.assessment.topic).toBe(true);
  });

  it('keeps one tab’s report within LIMITS.maxReportBytes', () => {
    const big = { ...clinic, findings: Array.from({ length: LIMITS.maxFindingsPerFrame }, (_, i) => ({ ...(clinic.findings[0] as (typeof clinic.findings)[number]), start: i * 10, end: i * 10 + 5, quote: '汉'.repeat(200) })) };
    let r: TabReport | null = null;
    for (let i = 0; i < 20; i++) r = scan(r, input(frame(i, `f-${i}`), big));
    const size = new TextEncoder().encode(JSON.stringify(r)).length;
    expect(size).toBeLessThanOrEqual(LIMITS.maxReportBytes);
    expect(r?.frames[0]?.frameId).toBe(0);
    expect(r?.droppedFrames).toBeGreaterThan(0);
  });

  it('rebuild with no frames is an empty, valid report', () => {
    const r = rebuild(1, [], 0, 'https://a.example/', 1, 'normal');
    expect(r.assessment.risk).toBe('none');
    expect(tabReportSchema.safeParse(r).success).toBe(true);
  });
});

describe('toStoredAssessment', () => {
  it('clamps what the engine gives to the stored bounds and keeps only known fields', () => {
    const raw = assessText(CLINIC_TEXT);
    const hostile = {
      ...raw,
      score: 1e9,
      extra: 'x',
      findings: raw.findings.map((f) => ({ ...f, quote: 'q'.repeat(5000), start: -5, secret: 1 })),
    };
    const stored = toStoredAssessment(hostile as typeof raw, 3);
    expect(stored.score).toBe(100);
    expect(stored.findings).toHaveLength(Math.min(3, raw.findings.length));
    expect(stored.findings[0]?.quote.length).toBe(LIMITS.maxQuoteChars);
    expect(stored.findings[0]?.start).toBe(0);
    expect(Object.keys(stored)).not.toContain('extra');
    expect(JSON.stringify(stored)).not.toContain('secret');
  });
});
