// @vitest-environment node
// The prefilter's group regexes (the exhaustive reference's, and the bench's mark.js pattern) are linear-time:
// < 50 ms each on 100 kB adversarial strings. In a file of their own, as they are compiled in a context of
// their own (see matcher-perf.test.ts for why that matters to V8); their sources are linted there.
import { describe, expect, it } from 'vitest';
import { prefilterRegexes } from '../../src/engine/compiled';
import { ADVERSARIAL, timeMatches } from './adversarial-texts';

describe('prefilter group regex speed', () => {
  const groups = prefilterRegexes();
  for (const re of groups) timeMatches(re, 'warm up stem cell 100% safe 干细胞');
  it.each(ADVERSARIAL)('every group < 50 ms on 100 kB of %s', (_label, text) => {
    groups.forEach((re, i) => {
      // Best of three runs: the first may include native compilation, and tests share two cores.
      const ms = Math.min(timeMatches(re, text), timeMatches(re, text), timeMatches(re, text));
      expect(ms, `prefilter:${i}`).toBeLessThan(50);
    });
  });
});
