// zod schema of a rule. Checked when the catalogue module loads (a malformed rule fails fast, in every
// bundle) and again in tests.
import { z } from 'zod';
import { FAMILIES } from './families';

const familyIds = FAMILIES.map((f) => f.id) as [string, ...string[]];
const bilingual = z.object({ en: z.string().min(10), zh: z.string().min(4) });

const patternSchema = z.union([
  z.string().min(2),
  z.object({ re: z.string().min(2), flags: z.string().regex(/^[imsu]*$/).optional() }),
]);

export const ruleSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  family: z.enum(familyIds),
  severity: z.enum(['low', 'medium', 'high']),
  languages: z.array(z.enum(['en', 'zh'])).min(1),
  patterns: z.array(patternSchema).min(1),
  explanation: bilingual,
  verify: bilingual,
  source: z.object({ id: z.string().min(3), name: z.string().min(3), url: z.url().optional() }),
  examples: z.object({ positive: z.array(z.string().min(2)).min(1), negative: z.array(z.string()).optional() }),
});

export const catalogueSchema = z
  .array(ruleSchema)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, { message: 'duplicate rule id' });
