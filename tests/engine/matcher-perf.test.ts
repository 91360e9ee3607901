// @vitest-environment node
// (The engine uses no DOM. Under happy-dom, regexes compiled late in this file ran several times slower: a
// 254-character prefilter group took 21 ms on 100 kB of 干细胞 there and under 5 ms in plain Node, which made the
// 50 ms budget fail on whichever group came last rather than on a slow pattern.)
// Every matcher is linear-time: checked statically with eslint-plugin-regexp's no-super-linear-backtracking
// on each compiled source, and dynamically on 100 kB adversarial strings (< 50 ms each).
// The matchers the background worker compiles together (rules, lexicons, conditions, trial registries) are
// timed here; the prefilter's group regexes, which only the exhaustive reference and the bench compile, in
// prefilter-groups-perf.test.ts, in a process of their own. V8 stops optimising new regexes (no quick checks
// on their first characters) once an isolate has generated about 1 MB of regex code: compiled after all of
// these, a 7k-character group ran 30× slower (80–200 ms) than compiled on its own (3 ms), which says nothing
// about the group.
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';
import { conditionMatchers, LEX, prefilterRegexes, ruleMatchers } from '../../src/engine/compiled';
import { ADVERSARIAL, timeMatches } from './adversarial-texts';
import { RULES } from '../../src/engine/index';
import { patternSource } from '../../src/engine/matcher';
import { REGISTRIES } from '../../src/engine/trial-ids';

const MATCHERS: [string, RegExp][] = [
  ...ruleMatchers().map((m) => [m.rule.id, m.re] as [string, RegExp]),
  ...Object.entries(LEX).map(([k, re]) => [`lex:${k}`, re] as [string, RegExp]),
  ...conditionMatchers().map((m) => [`cond:${m.entry.id}`, m.re] as [string, RegExp]),
  ...REGISTRIES.map((r) => [`trial:${r.registry}`, r.re] as [string, RegExp]),
];

describe('matcher speed', () => {
  for (const [, re] of MATCHERS) timeMatches(re, 'warm up stem cell 100% safe 干细胞');
  it.each(ADVERSARIAL)('all matchers < 50 ms on 100 kB of %s', (_label, text) => {
    for (const [name, re] of MATCHERS) {
      // Best of three runs: the first may include native compilation, and tests share two cores.
      const ms = Math.min(timeMatches(re, text), timeMatches(re, text), timeMatches(re, text));
      expect(ms, `${name}`).toBeLessThan(50);
    }
  });
});

describe('linear-time regex sources', () => {
  it('pass regexp/no-super-linear-backtracking', async () => {
    const sources = [
      ...RULES.flatMap((r) => r.patterns.filter((p) => typeof p !== 'string').map((p) => patternSource(p))),
      ...MATCHERS.map(([, re]) => re.source),
      ...prefilterRegexes().map((re) => re.source),
    ];
    const code = sources.map((s, i) => `export const r${i} = new RegExp(${JSON.stringify(s)}, 'g');`).join('\n');
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.js'],
          languageOptions: { ecmaVersion: 2024, sourceType: 'module' },
          plugins: { regexp },
          rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'off' },
        },
      ],
    });
    const [result] = await eslint.lintText(code, { filePath: 'patterns.js' });
    const problems = (result?.messages ?? []).map((m) => `${m.line}: ${m.message}`);
    expect(problems).toEqual([]);
  }, 60_000);
});
