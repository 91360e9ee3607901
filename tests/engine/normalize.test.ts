import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize } from '../../src/engine/normalize';
import { T2S_PAIRS } from '../../src/engine/t2s-map';

describe('normalize', () => {
  it('keeps the length of any string (offsets stay aligned)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalize(s).length === s.length));
    expect(normalize('İstanbul ẞ').length).toBe('İstanbul ẞ'.length);
  });
  it('folds Traditional to Simplified', () => {
    expect(normalize('幹細胞無副作用，臍帶間充質')).toBe('干细胞无副作用,脐带间充质');
  });
  it('folds full-width forms and curly apostrophes', () => {
    expect(normalize('１００％安全 ＡＢＣ')).toBe('100%安全 abc');
    expect(normalize('Parkinson’s')).toBe("parkinson's");
  });
  it('has a well-formed one-to-one map', () => {
    expect(T2S_PAIRS.length % 2).toBe(0);
    const seen = new Map<string, string>();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) {
      const [t, s] = [T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!];
      if (seen.has(t)) expect(seen.get(t)).toBe(s);
      seen.set(t, s);
    }
  });
});
