/**
 * The report's door to the engine's rule catalogue: explanations, what to verify, sources and family labels
 * in English and Chinese. Lookups never throw: an unknown rule still renders, with a generic explanation.
 */
import { FAMILIES, getRule } from '../engine';
import type { EngineLang } from './i18n';

export interface RuleInfo {
  explanation: string;
  verify: string;
  sourceId: string;
  sourceName: string;
  /** Only https links from the engine's constant source table. */
  sourceUrl: string | null;
}

export function ruleInfo(id: string, lang: EngineLang): RuleInfo | null {
  let rule: ReturnType<typeof getRule> | undefined;
  try {
    rule = getRule(id);
  } catch {
    return null;
  }
  if (!rule) return null;
  const url = rule.source.url;
  return {
    explanation: rule.explanation[lang] || rule.explanation.en,
    verify: rule.verify[lang] || rule.verify.en,
    sourceId: rule.source.id,
    sourceName: rule.source.name,
    sourceUrl: typeof url === 'string' && url.startsWith('https://') ? url : null,
  };
}

/** Family ids in the catalogue's order (the report groups warnings in this order). */
export function familyOrder(): string[] {
  return FAMILIES.map((f) => f.id);
}

export function familyLabel(id: string, lang: EngineLang): string {
  const family = FAMILIES.find((f) => f.id === id);
  return family ? family.label[lang] || family.label.en : id.replace(/-/g, ' ');
}
