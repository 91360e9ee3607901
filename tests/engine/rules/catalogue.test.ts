import { describe, expect, it } from 'vitest';
import { FAMILIES, RULES, getRule } from '../../../src/engine/index';
import { catalogueSchema, ruleSchema } from '../../../src/engine/rules/schema';
import { SOURCES } from '../../../src/engine/rules/sources';
import { assess, claimsOf } from '../helpers';

describe('rule catalogue', () => {
  it('passes its zod schema', () => {
    expect(catalogueSchema.safeParse(RULES).success).toBe(true);
  });

  it('rejects a malformed rule', () => {
    const bad = { ...RULES[0], family: 'not-a-family' };
    expect(ruleSchema.safeParse(bad).success).toBe(false);
    expect(catalogueSchema.safeParse([RULES[0], RULES[0]]).success).toBe(false);
  });

  it('cites only sources from red-flags.md §1', () => {
    const ids = new Set<string>(Object.values(SOURCES).map((s) => s.id));
    for (const r of RULES) expect(ids.has(r.source.id), r.id).toBe(true);
  });

  it('covers every phrase family in English and Chinese', () => {
    for (const f of FAMILIES) {
      if (f.id === 'page-absences') continue;
      const langs = new Set(RULES.filter((r) => r.family === f.id).flatMap((r) => r.languages));
      expect([...langs].sort(), f.id).toEqual(['en', 'zh']);
    }
  });

  it('getRule finds rules by id and nothing else', () => {
    for (const r of RULES) expect(getRule(r.id)).toBe(r);
    expect(getRule('__proto__')).toBeUndefined();
    expect(getRule('constructor')).toBeUndefined();
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    it.each(rule.examples.positive)('fires as a claim: %s', (example) => {
      expect(claimsOf(assess(example), rule.id).length).toBeGreaterThan(0);
    });
    const negatives = rule.examples.negative ?? [];
    if (negatives.length > 0) {
      it.each(negatives)('does not fire as a claim: %s', (example) => {
        expect(claimsOf(assess(example), rule.id)).toEqual([]);
      });
    }
  });
});
