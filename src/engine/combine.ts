// One tab = the main frame plus iframes. The strongest frame carries the page; other frames can add only
// the rules and signals the strongest one lacks, at most WEIGHTS.combineExtraCap points, so ten copies of
// the same ad iframe count once and many frames cannot inflate the score.
import { WEIGHTS, riskFor } from './scoring-weights';
import { uniqueTrialIds } from './trial-ids';
import type { Assessment, Finding, ScoreItem, Sensitivity, Signal } from './types';

const EMPTY: Assessment = {
  risk: 'none',
  score: 0,
  topic: false,
  findings: [],
  trialIds: [],
  signals: [],
  breakdown: [],
  conditions: [],
};

export function combineAssessments(frames: readonly Assessment[], opts: { sensitivity?: Sensitivity } = {}): Assessment {
  const valid = frames.filter((f) => f && typeof f.score === 'number');
  if (valid.length === 0) return { ...EMPTY };
  const sorted = [...valid].sort((a, b) => b.score - a.score);
  const main = sorted[0] as Assessment;
  const topic = valid.some((f) => f.topic);

  const breakdown: ScoreItem[] = main.breakdown.map((i) => ({ ...i }));
  const haveSource = new Set(breakdown.map((i) => i.source));
  let extra = 0;
  for (const f of sorted.slice(1)) {
    if (!f.topic) continue;
    for (const item of f.breakdown) {
      if (item.points <= 0 || haveSource.has(item.source)) continue;
      const pts = Math.min(item.points, WEIGHTS.combineExtraCap - extra);
      if (pts <= 0) break;
      haveSource.add(item.source);
      extra += pts;
      breakdown.push({ source: item.source, points: pts });
    }
  }

  // Findings: identical (rule, quote, mention) across frames count once.
  const findings: Finding[] = [];
  const seenFinding = new Set<string>();
  for (const f of sorted) {
    for (const x of f.findings) {
      const key = `${x.rule}\u0000${x.quote}\u0000${x.mention ? 1 : 0}`;
      if (seenFinding.has(key)) continue;
      seenFinding.add(key);
      findings.push({ ...x });
    }
  }
  const signals: Signal[] = [];
  const seenSignal = new Set<string>();
  for (const f of sorted) {
    for (const s of f.signals) {
      if (seenSignal.has(s.id)) continue;
      seenSignal.add(s.id);
      signals.push({ ...s });
    }
  }
  const conditions = new Map<string, Assessment['conditions'][number]>();
  for (const f of sorted) for (const c of f.conditions) if (!conditions.has(c.id)) conditions.set(c.id, { ...c });

  const sum = breakdown.reduce((s, i) => s + i.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(sum)));
  return {
    risk: riskFor(score, topic, opts.sensitivity),
    score,
    topic,
    findings,
    trialIds: uniqueTrialIds(sorted.flatMap((f) => f.trialIds)),
    signals,
    breakdown,
    conditions: [...conditions.values()],
  };
}
