// Class 1 (holdout10): reader-facing advisory pages — a journalist's "phrases decoded" list, a regulator's consumer
// page, a patient organisation's guide — print clinics' phrases as quoted examples, in quoted headings and in lists of
// warning signs, and give second-person advice. None of that is the page selling. Clinics' own pages stay flagged.
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../src/engine/segment';
import { assessText } from '../../src/engine/index';
import { assess, flagged, mentionsOf, scanOf } from './helpers';

describe('sentence starts after a quoted sentence', () => {
  it('leave the closing quote with the sentence it ends', () => {
    const text = '"Thousands of satisfied patients." "Our patients\' stories."';
    const [s, e] = sentenceAround(text, text.indexOf('Our'));
    expect(text.slice(s, e).trim()).toBe('"Our patients\' stories."');
  });
  it('so the second of two quoted slogans on one line is not the page speaking', () => {
    const page = 'About stem cells.\n12. "Thousands of satisfied patients." "Our patients\' stories."\nTestimonials are not evidence.\n';
    expect(scanOf(page).voiceKinds).toBe(0);
  });
});

const DECODED = [
  'Explainers',
  '"It\'s your own cells, so there\'s no risk": nine stem cell clinic phrases, decoded',
  'We read clinic websites, brochures and seminar scripts for a year. The same phrases came up again and again.',
  '1. "Registered with the FDA."',
  'Registration is paperwork. It is not approval.',
  '2. "Most patients see improvement within weeks."',
  'Improvement compared with what? Many conditions fluctuate on their own.',
  '3. "Limited spots this month."',
  'Urgency is a sales technique.',
].join('\n');

describe('a journalist\'s "phrases decoded" list', () => {
  it('reads a quoted heading (a quotation, a colon, the writer\'s title) as the topic, not the page speaking', () => {
    const s = scanOf(DECODED);
    expect(s.voiceKinds).toBe(0);
    const title = s.findings.filter((f) => f.family === 'absolute-safety');
    expect(title.length).toBeGreaterThan(0);
    expect(title.every((f) => f.mention)).toBe(true);
  });
  it('counts its decoding vocabulary even on lines with no other hit, so every listed phrase is a mention', () => {
    const s = scanOf(DECODED);
    expect(s.findings.length).toBeGreaterThan(0);
    expect(s.findings.filter((f) => !f.mention)).toEqual([]);
    expect(flagged(assessText(DECODED).risk)).toBe(false);
  });
  it('while a clinic\'s own unquoted heading with the same words still speaks', () => {
    const page = [
      'Your own cells, so there\'s no risk: our stem cell protocol',
      'Registered with the FDA. Most patients see improvement within weeks.',
      'Limited spots this month: book your free consultation, call 555-0100. Packages from $6,900.',
    ].join('\n');
    expect(scanOf(page).voiceKinds).toBeGreaterThan(0);
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});

const CONSUMER_UPDATE = [
  'An official website of the United States government',
  'For Consumers · Consumer Updates · Health Fraud',
  'Before You Pay for a Stem Cell Treatment: Questions to Ask',
  'The bottom line: no stem cell or exosome product is approved for knee pain, MS or anti-ageing.',
  'Even when cells come from your own body, the way they are handled can create risks.',
  'Be wary of advertising that:',
  'suggests there is no risk, for example statements that your own cells "can\'t cause a reaction" or have "no side effects";',
  'relies on patient testimonials and before-and-after photos;',
  'describes a clinic as "FDA registered" as if that were an approval.',
  'Report problems to MedWatch.',
].join('\n');

describe("a regulator's consumer page", () => {
  it('"The bottom line:" is a summary, not a LINE contact (LINE: @clinic still is)', () => {
    expect(scanOf('About stem cells.\nThe bottom line: stem cell injections for knees are expensive.\n').ctaKinds).toBe(0);
    expect(scanOf('About stem cells.\nStem cell therapy. LINE: @regencell88\n').ctaKinds).toBe(1);
  });
  it('reads "statements that…" as examples of what ads say', () => {
    const a = assess('For example, statements that there are "no side effects" or that recovery takes a day.');
    expect(mentionsOf(a, 'safety-no-side-effects-en').length).toBeGreaterThan(0);
    expect(a.findings.filter((f) => !f.mention && f.family === 'absolute-safety')).toEqual([]);
  });
  it('keeps a warning list going past an item that quotes what clinics tell "you" (your own cells…)', () => {
    const s = scanOf(CONSUMER_UPDATE);
    for (const fam of ['absolute-safety', 'testimonials', 'regulatory-claims']) {
      const fs = s.findings.filter((f) => f.family === fam);
      expect(fs.length, fam).toBeGreaterThan(0);
      expect(fs.every((f) => f.mention), fam).toBe(true);
    }
  });
  it('reads the agency masthead, report channels and before-you-pay advice as a regulator/advisory genre', () => {
    const s = scanOf(CONSUMER_UPDATE);
    expect(s.genreMarkers.regulator ?? 0).toBeGreaterThanOrEqual(3);
    expect(s.genreMarkers.advisory ?? 0).toBeGreaterThanOrEqual(2);
    expect(flagged(assessText(CONSUMER_UPDATE).risk)).toBe(false);
  });
  it('while a clinic warning list of its own, in its own voice, is not a warning list', () => {
    const page = [
      'Regenerative stem cell clinic',
      'Red flags we avoid:',
      'Our clinic uses your own cells, so there are no side effects and no risk of rejection.',
      'Our patients walk again: 94% success rate. Packages from $7,500. Book your free consultation: call 555-0100.',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});

const PATIENT_GUIDE = [
  'Stem cells and MS: a guide from our charity',
  'What is aHSCT?',
  'Your own blood stem cells are collected and stored. You then have chemotherapy to wipe out much of your immune system, and the stored stem cells are returned to help it rebuild.',
  'Umbilical cord cell injections sold abroad have not been shown to slow or reverse MS.',
  'How to spot a clinic that may not be trustworthy',
  'It treats MS alongside many unrelated conditions, such as autism, diabetes and ageing.',
  'It relies on testimonials rather than published results.',
  'Talk to your MS team before making any decision.',
].join('\n');

describe("a patient organisation's guide", () => {
  it('describes the steps of a transplant (chemotherapy, then the stored cells returned), not a promise of regeneration', () => {
    const s = scanOf(PATIENT_GUIDE);
    const rebuild = s.findings.filter((f) => f.family === 'cure-guarantee');
    expect(rebuild.length).toBeGreaterThan(0);
    expect(rebuild.every((f) => f.mention)).toBe(true);
  });
  it('while "your cells are returned to regenerate your cartilage" with no chemotherapy stays a claim', () => {
    const s = scanOf('About stem cells.\nYour stem cells are returned to your knee to help it rebuild cartilage.\n');
    expect(s.findings.some((f) => f.family === 'cure-guarantee' && !f.mention)).toBe(true);
  });
  it('"have not been shown to slow or reverse MS" warns', () => {
    const s = scanOf(PATIENT_GUIDE);
    const f = s.findings.filter((x) => x.family === 'serious-targets' && x.quote.includes('have not been shown'));
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.mention)).toBe(true);
  });
  it('reads the lines under "How to spot a clinic…" as warning signs, so their conditions are not claimed', () => {
    const s = scanOf(PATIENT_GUIDE);
    // (The product named at the start of the "not been shown" sentence stays a low-severity product mention.)
    expect(s.findings.filter((f) => !f.mention && f.family !== 'unproven-product')).toEqual([]);
    expect(s.conditions.filter((c) => c.claimed && c.id !== 'ms')).toEqual([]);
    expect(flagged(assessText(PATIENT_GUIDE).risk)).toBe(false);
  });
});
