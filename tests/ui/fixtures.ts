/** Crafted reports for UI tests (cast: the tests must not depend on the background's bookkeeping fields). */
import type { StoredFinding, TabReport } from '../../src/shared/report';

export function finding(over: Partial<StoredFinding> & { quote: string }): StoredFinding {
  return {
    rule: 'safety-no-side-effects-en',
    family: 'absolute-safety',
    severity: 'high',
    start: 0,
    end: 10,
    mention: false,
    lang: 'en',
    ...over,
  } as StoredFinding;
}

export function makeReport(over: {
  url?: string;
  risk?: 'none' | 'low' | 'moderate' | 'high';
  score?: number;
  topic?: boolean;
  partial?: boolean;
  findings?: StoredFinding[];
  trialIds?: { id: string; registry: string; url: string }[];
  conditions?: { id: string; system: string; serious: boolean }[];
  signals?: { id: string; points: number; detail?: string }[];
} = {}): TabReport {
  const assessment = {
    risk: over.risk ?? 'high',
    score: over.score ?? 82,
    topic: over.topic ?? true,
    findings: over.findings ?? [],
    trialIds: over.trialIds ?? [],
    signals: over.signals ?? [],
    breakdown: [],
    conditions: over.conditions ?? [],
  };
  return {
    version: 2,
    tabId: 7,
    url: over.url ?? 'https://clinic.example/stem-cells',
    updatedAt: 1_790_000_000_000,
    partial: over.partial ?? false,
    droppedFrames: 0,
    frames: [
      {
        frameId: 0,
        key: '7:0',
        url: over.url ?? 'https://clinic.example/stem-cells',
        seq: 1,
        partial: false,
        textLength: 1000,
        receivedAt: 1,
        assessment,
      },
    ],
    assessment,
  } as unknown as TabReport;
}
