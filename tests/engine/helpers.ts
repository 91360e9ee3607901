// Shared helpers for engine tests: wrap a sentence in stem cell topic context so rules can fire.
import { assessText, extractPassages } from '../../src/engine/index';
import { scanPassages } from '../../src/engine/scan';
import type { Assessment, Finding } from '../../src/engine/index';
import { hasCjk } from '../../src/engine/normalize';

/** Put a sentence on a page that has the stem cell topic (the topic sentence itself triggers no rule). */
export function onTopic(sentence: string): string {
  return hasCjk(sentence) ? `关于干细胞。\n${sentence}\n` : `About stem cells.\n${sentence}\n`;
}

export function assess(sentence: string): Assessment {
  return assessText(onTopic(sentence));
}

export function claimsOf(a: Assessment, rule?: string): Finding[] {
  return a.findings.filter((f) => !f.mention && (rule === undefined || f.rule === rule));
}

export function mentionsOf(a: Assessment, rule?: string): Finding[] {
  return a.findings.filter((f) => f.mention && (rule === undefined || f.rule === rule));
}

/** The page is flagged (moderate or high risk), as the eval counts it. */
export const flagged = (risk: string): boolean => risk === 'moderate' || risk === 'high';

/** One page signal of an assessment, by id. */
export const signal = (a: Assessment, id: string) => a.signals.find((s) => s.id === id);

/** The page scan of a text, as the background sees it (extraction, then scan). */
export const scanOf = (text: string) => scanPassages(extractPassages(text).passages);
