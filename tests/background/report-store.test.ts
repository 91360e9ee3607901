/** storage.session: bounded per tab and in tabs, quota errors handled, concurrent updates lose nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../src/background/handlers';
import { listTabs, readReport, updateTab } from '../../src/background/report-store';
import { LIMITS } from '../../src/shared/limits';
import type { ScanReply } from '../../src/shared/messages';
import type { TabReport } from '../../src/shared/report';
import { AD_TEXT, CLINIC_TEXT, contentSender, scanOf, testContext, type TestContext } from './helpers';
import { enforceQuota, sizeOf } from './quota';

let ctx: TestContext;
let quota: ReturnType<typeof enforceQuota> | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  ctx = testContext();
});
afterEach(() => {
  quota?.restore();
  quota = null;
});

const scan = (tabId: number, text = CLINIC_TEXT, frameId = 0) => handleMessage(scanOf(text), contentSender(tabId, frameId), ctx);

describe('bounds', () => {
  it(`keeps at most ${LIMITS.maxTabs} tabs, evicting the least recently updated`, async () => {
    for (let tab = 1; tab <= LIMITS.maxTabs + 5; tab++) await scan(tab);
    await scan(3); // touched again: now the most recent
    const tabs = await listTabs();
    expect(tabs).toHaveLength(LIMITS.maxTabs);
    expect(await readReport(1)).toBeNull();
    expect(await readReport(2)).toBeNull();
    expect(await readReport(3)).not.toBeNull();
    expect(tabs.at(-1)).toBe(3);
    const keys = Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('report:'));
    expect(keys).toHaveLength(LIMITS.maxTabs);
  });

  it('a flood of frames from one tab stays within the per-tab caps', async () => {
    for (let frameId = 0; frameId < 100; frameId++) await scan(1, frameId % 2 ? AD_TEXT : CLINIC_TEXT, frameId);
    const report = (await readReport(1)) as TabReport;
    expect(report.frames.length).toBeLessThanOrEqual(LIMITS.maxFramesPerTab);
    expect(report.assessment.findings.length).toBeLessThanOrEqual(LIMITS.maxFindingsPerTab);
    expect(sizeOf({ 'report:1': report })).toBeLessThanOrEqual(LIMITS.maxReportBytes + 20);
  });
});

describe('quota', () => {
  it('a rejected write evicts the oldest other tabs and retries', async () => {
    for (let tab = 1; tab <= 6; tab++) await scan(tab);
    const used = sizeOf(await fakeBrowser.storage.session.get(null));
    quota = enforceQuota(used + 100); // room for nothing more
    const reply = (await scan(7, AD_TEXT)) as ScanReply;
    expect(reply.findings.length).toBeGreaterThan(0); // the content script still gets its answer
    expect(quota.rejected()).toBeGreaterThan(0);
    expect(await readReport(7)).not.toBeNull();
    expect(await readReport(1)).toBeNull(); // the oldest went first
    expect(await readReport(6)).not.toBeNull();
    expect(sizeOf(await fakeBrowser.storage.session.get(null))).toBeLessThanOrEqual(used + 100);
  });

  it('when nothing can be freed, the tab’s stale report is removed rather than left describing another state', async () => {
    await scan(1, AD_TEXT);
    quota = enforceQuota(300); // smaller than any report
    const reply = await scan(1, CLINIC_TEXT, 0);
    expect(reply).not.toHaveProperty('error');
    expect(await readReport(1)).toBeNull();
  });

  it('the tab’s own archive is given up before other tabs', async () => {
    await scan(1);
    await scan(2);
    await updateTab(2, (s) => ({ report: null, archive: s.report })); // tab 2 navigated: its report archived
    await scan(2, AD_TEXT);
    const used = sizeOf(await fakeBrowser.storage.session.get(null));
    quota = enforceQuota(used + 50);
    await scan(2, CLINIC_TEXT, 1); // grows tab 2's report
    expect(await readReport(1)).not.toBeNull();
    expect((await fakeBrowser.storage.session.get('archive:2'))['archive:2']).toBeUndefined();
    expect((await readReport(2))?.frames).toHaveLength(2);
  });
});

describe('concurrency', () => {
  it('100 concurrent scans for one tab from different frames lose none', async () => {
    // 30 frames (within the frame cap), 100 messages: each frame sends several scans with rising seq.
    const messages = Array.from({ length: 100 }, (_, i) => ({ frameId: i % 30, seq: Math.floor(i / 30) + 1, text: i % 3 ? CLINIC_TEXT : AD_TEXT }));
    const replies = await Promise.all(messages.map((m) => handleMessage(scanOf(m.text, m.seq), contentSender(1, m.frameId), ctx)));
    expect(replies.every((r) => 'findings' in r)).toBe(true);
    const report = (await readReport(1)) as TabReport;
    expect(report.frames).toHaveLength(30);
    for (let frameId = 0; frameId < 30; frameId++) {
      const last = messages.filter((m) => m.frameId === frameId).at(-1);
      expect(report.frames.find((f) => f.frameId === frameId)?.seq).toBe(last?.seq);
    }
    expect(report.frames[0]?.frameId).toBe(0);
  });

  it('100 concurrent scans from 100 frames: every one is applied, the cap keeps the main frame and counts the rest', async () => {
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, frameId) => handleMessage(scanOf(frameId === 0 ? CLINIC_TEXT : AD_TEXT), contentSender(1, frameId), ctx)),
    );
    expect(replies.every((r) => 'findings' in r)).toBe(true);
    const report = (await readReport(1)) as TabReport;
    expect(report.frames).toHaveLength(LIMITS.maxFramesPerTab);
    expect(report.frames[0]?.frameId).toBe(0);
    expect(report.frames.length + report.droppedFrames).toBe(100);
  });

  it('concurrent scans of many tabs keep the shared index complete', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => scan(i + 1)));
    expect((await listTabs()).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
