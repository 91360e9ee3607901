import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine';
import { hasTopic as engineHasTopic } from '../../src/engine/compiled';
import { TOPIC_TERMS } from '../../src/engine/lexicon/topic';
import { T2S_PAIRS } from '../../src/engine/t2s-map';
import { hasTopic, mayHaveTopic, prescreenSource } from '../../src/content/topic-gate';

/** A Traditional spelling of a Simplified phrase, where the map has one. */
function traditional(s: string): string {
  let out = '';
  for (const ch of s) {
    let t = ch;
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) if (T2S_PAIRS[i + 1] === ch && T2S_PAIRS[i] !== ch) t = T2S_PAIRS[i] as string;
    out += t;
  }
  return out;
}

const samples = (): string[] => {
  const out: string[] = [];
  for (const term of TOPIC_TERMS) {
    if (typeof term !== 'string') continue;
    const base = term.replace(/\*$/, 's');
    out.push(base, base.toUpperCase(), base.charAt(0).toUpperCase() + base.slice(1), traditional(base));
  }
  return out;
};

describe('topic gate', () => {
  it('has a prescreen built from the topic terms', () => {
    expect(prescreenSource).toMatch(/stem/);
  });

  it('the prescreen is a superset of the engine: every topic term in every spelling passes it', () => {
    for (const s of samples()) {
      const text = `Some words before. ${s} and after.`;
      if (engineHasTopic(normalize(text))) expect(mayHaveTopic(text), s).toBe(true);
    }
    // Full-width Latin folds to ASCII in the engine: the prescreen lets it through too.
    expect(mayHaveTopic('ＳＴＥＭ ＣＥＬＬ ｔｈｅｒａｐｙ')).toBe(true);
  });

  it('agrees with the engine exactly', () => {
    const texts = [
      ...samples().map((s) => `About ${s} here.`),
      'The garden committee met on Tuesday about the bicycle lanes.',
      '今天的天气很好，我们在公园里散步。',
      'Apple stem cell serum for glowing skin.',
      'STEM education for girls.',
    ];
    for (const t of texts) expect(hasTopic(t), t).toBe(engineHasTopic(normalize(t)));
  });

  it('rejects off-topic text cheaply', () => {
    const t = 'the garden committee met on tuesday to discuss the new bicycle lanes '.repeat(20_000);
    const t0 = performance.now();
    expect(mayHaveTopic(t)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});

describe('prescreen boundaries', () => {
  it('ignores topic heads inside other words but keeps them after punctuation and underscores', () => {
    expect(mayHaveTopic('An excellent result, a systemic issue.')).toBe(false);
    expect(mayHaveTopic('x_stem cells')).toBe(true);
    expect(mayHaveTopic('(Stem cells)')).toBe(true);
    expect(mayHaveTopic('幹細胞治療')).toBe(true);
  });
});
