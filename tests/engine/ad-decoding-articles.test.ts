// G2: a pharmacist's or doctor's article that decodes clinic ads puts the ads' phrases in its headings ("Safe and
// natural", "92% of patients report improvement.") and describes their prices and seminars. With no selling voice,
// contact or reader offer of its own, its claims are mentions of those ads. A clinic's FAQ answering "Is it safe?"
// with "Safe and natural — no side effects" in its own voice stays flagged.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { flagged, scanOf } from './helpers';

const DECODER = [
  'Reading the fine print: what stem cell clinic ads promise',
  'I collected the flyers my patients brought in this year. Here is how to read them, line by line.',
  '"Completely safe, no side effects"',
  'When you see "completely safe", read it as "nobody followed the patients up".',
  '"Regrow your cartilage, guaranteed"',
  'No injection has been shown to regrow cartilage, and nothing in medicine is guaranteed.',
  'Advertised prices ran from $5,000 to $8,000 per knee, plus "boosters" and financing.',
  'Ask for a registered trial number and talk to your own specialist first.',
].join('\n');

const FAQ = [
  'Stem cell therapy FAQ',
  'Is it safe?',
  'Completely safe, no side effects: we use your own stem cells.',
  'Does it work? Our stem cell therapy regrows your cartilage, guaranteed.',
  'Treatment is $5,000 per knee. Call 555-0100 to book your free consultation.',
].join('\n');

describe('articles decoding clinic ads', () => {
  it('turn the quoted and described ad lines into mentions', () => {
    const s = scanOf(DECODER);
    expect(s.findings.length).toBeGreaterThan(0);
    expect(s.findings.filter((f) => !f.mention)).toEqual([]);
    expect(s.findings.some((f) => f.context === 'decoded-ad')).toBe(true);
  });
  it('so the article is not flagged', () => {
    expect(flagged(assessText(DECODER).risk)).toBe(false);
  });
  it('a clinic FAQ in its own voice keeps its claims and stays flagged', () => {
    const s = scanOf(FAQ);
    expect(s.findings.some((f) => !f.mention && f.family === 'absolute-safety')).toBe(true);
    expect(flagged(assessText(FAQ).risk)).toBe(true);
  });
  it('decoding words on a page with a selling voice do not cancel its claims', () => {
    const page = `${FAQ}\nRead the fine print of other clinic ads and their flyers: we explain it line by line.`;
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});

describe('a Chinese article decoding ad copy', () => {
  it('turns the quoted ad phrases into mentions', () => {
    const page = [
      '药师解读：干细胞广告话术',
      '“安全无副作用”',
      '翻译过来就是：没有人做过随访。',
      '“有效率92%”',
      '潜台词是：机构自己统计，没有对照组。广告里写的“一个疗程6.8万元”，往往还要加钱。',
    ].join('\n');
    const s = scanOf(page);
    expect(s.findings.length).toBeGreaterThan(0);
    expect(s.findings.filter((f) => !f.mention)).toEqual([]);
  });
});

describe("a site's cookie banner", () => {
  it('is furniture, not a provider speaking (it would keep a decoding article from being read as one)', () => {
    expect(scanOf('About stem cells.\nWe use cookies to improve your experience, analyse traffic and personalise content.\n').voiceKinds).toBe(0);
  });
  it('while a clinic saying what it uses still speaks as a provider', () => {
    expect(scanOf('About stem cells.\nWe use your own stem cells, harvested the same day.\n').voiceKinds).toBeGreaterThan(0);
  });
});
