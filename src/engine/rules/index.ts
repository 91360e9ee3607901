// The rule catalogue: plain data from the family files, validated once at load.
import type { Rule } from '../types';
import { AGEING_RULES } from './ageing';
import { COMMERCE_RULES } from './commerce';
import { CURE_RULES } from './cure';
import { HYPE_RULES } from './hype';
import { INTAKE_RULES } from './intake';
import { OFFER_RULES } from './offer';
import { PANACEA_RULES } from './panacea';
import { PROVIDER_RULES } from './provider';
import { RATE_RULES } from './rates';
import { REGULATORY_RULES } from './regulatory';
import { SAFETY_RULES } from './safety';
import { catalogueSchema } from './schema';
import { TESTIMONIAL_RULES } from './testimonials';

const ALL: Rule[] = [
  ...SAFETY_RULES,
  ...CURE_RULES,
  ...RATE_RULES,
  ...PANACEA_RULES,
  ...AGEING_RULES,
  ...TESTIMONIAL_RULES,
  ...REGULATORY_RULES,
  ...COMMERCE_RULES,
  ...HYPE_RULES,
  ...PROVIDER_RULES,
  ...INTAKE_RULES,
  ...OFFER_RULES,
];

const parsed = catalogueSchema.safeParse(ALL);
if (!parsed.success) {
  throw new Error(`StemCheck rule catalogue is invalid: ${parsed.error.message}`);
}

export const RULES: readonly Rule[] = Object.freeze(ALL);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export { FAMILIES } from './families';
export { SOURCES } from './sources';
