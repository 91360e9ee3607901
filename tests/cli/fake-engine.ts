// A tiny stand-in for the engine so CLI plumbing is tested independently of the rules.
import type { Assessment, Finding } from '../../src/engine/types';

export function fakeAssess(text: string): Assessment {
  const findings: Finding[] = [];
  const re = /100% safe|治愈/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    findings.push({
      rule: m[0] === '治愈' ? 'cure-zh' : 'absolute-safety',
      family: m[0] === '治愈' ? 'cure' : 'safety',
      severity: 'high',
      quote: text.slice(Math.max(0, m.index - 10), m.index + 20),
      start: m.index,
      end: m.index + m[0].length,
      mention: /beware/i.test(text),
      lang: m[0] === '治愈' ? 'zh' : 'en',
      context: /beware/i.test(text) ? 'warning-frame' : undefined,
    });
  }
  const trialIds = [...text.matchAll(/NCT\d{8}/g)].map((m) => ({
    id: m[0],
    registry: 'ClinicalTrials.gov',
    url: `https://clinicaltrials.gov/study/${m[0]}`,
  }));
  const claims = findings.filter((f) => !f.mention).length;
  const score = Math.min(100, claims * 30);
  const risk = score >= 60 ? 'high' : score >= 30 ? 'moderate' : score > 0 ? 'low' : 'none';
  return {
    risk,
    score,
    topic: /stem cell|干细胞/i.test(text),
    findings,
    trialIds,
    signals: claims > 0 ? [{ id: 'commercial-intent', points: 5, detail: 'price' }] : [],
    breakdown: [],
    conditions: [],
  };
}
