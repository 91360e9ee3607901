// G1: a broadcast transcript or undercover report prints other people's words on lines that begin with a speaker's
// label (MARCUS BELL:, PRESENTER (hidden camera):; 主持人：, 推销员（偷拍）：). The pitches, prices and "book now" on those
// lines are reported speech, not the page's offer, call to action or voice. A clinic's own page with one speaker's line
// ("Dr. Smith: our protocol…") and its booking stays a seller.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { speakerLines } from '../../src/engine/context';
import { flagged, scanOf } from './helpers';

const TRANSCRIPT = [
  'TRANSCRIPT: Inside a stem cell sales evening for retirees',
  'ANCHOR: Tonight, our producer went undercover at a stem cell seminar.',
  'PRESENTER (hidden camera): Your own stem cells regrow cartilage. No side effects, no rejection, 95% of our patients avoid surgery.',
  'SALES REP (hidden camera): It is $7,200 per knee, and if you book your consultation today we add the booster free.',
  'REYES: The clinic did not respond to our questions.',
  'DR. OKAFOR: None of these injections is approved for arthritis.',
].join('\n');

const ZH = [
  '《民生调查》文字实录',
  '主持人：记者暗访了一场干细胞推介会。',
  '推销员（偷拍）：我们的干细胞回输绝对安全，无副作用，一个疗程9.8万元，今天报名打八折，加我微信。',
  '记者：有批准文号吗？',
  '推销员（偷拍）：国家认证的，放心。',
].join('\n');

const WEBINAR = [
  'Free stem cell webinar: knees without surgery',
  'Dr. Jones: Our stem cell therapy regrows cartilage with no side effects, and 95% of our patients avoid surgery.',
  'Treatment packages from $7,200 per knee, financing available.',
  'Reserve your seat: call 555-0177 or book online today.',
].join('\n');

describe('transcript speaker labels', () => {
  it('finds upper-case and Chinese role labels, not Q:/A: or mixed case', () => {
    expect(speakerLines(TRANSCRIPT).filter((l) => l.speaker).map((l) => l.label)).toEqual([
      'ANCHOR', 'PRESENTER', 'SALES REP', 'REYES', 'DR. OKAFOR',
    ]);
    expect(speakerLines('TRANSCRIPT: x')[0]?.speaker).toBe(false);
    expect(speakerLines('Q: Is it safe?\nA: Yes.\nDr. Smith: our protocol')).toEqual([]);
    expect(speakerLines(ZH).map((l) => l.label)).toEqual(['主持人', '推销员', '记者', '推销员']);
  });
  it('a transcript\'s labelled lines give no selling voice or call to action', () => {
    for (const page of [TRANSCRIPT, ZH]) {
      const s = scanOf(page);
      expect(s.ctaKinds).toBe(0);
      expect(s.voiceKinds).toBe(0);
      expect(s.findings.filter((f) => !f.mention && f.family === 'pricing')).toEqual([]);
    }
  });
  it('so an undercover transcript is not flagged', () => {
    expect(flagged(assessText(TRANSCRIPT).risk)).toBe(false);
    expect(flagged(assessText(ZH).risk)).toBe(false);
  });
  it('the same labelled lines without a transcript cue stay the page\'s own', () => {
    const page = TRANSCRIPT.replace(/TRANSCRIPT|ANCHOR|our producer|undercover|hidden camera/g, 'X');
    expect(scanOf(page).ctaKinds).toBeGreaterThan(0);
  });
  it('a clinic webinar page with one speaker line and booking stays flagged', () => {
    const s = scanOf(WEBINAR);
    expect(s.voiceKinds).toBeGreaterThan(0);
    expect(flagged(assessText(WEBINAR).risk)).toBe(true);
  });
});

describe('a broadcast narrating its crew\'s undercover visit', () => {
  it('reports the seminar and price it found', () => {
    const s = scanOf('About stem cells.\nOur producer attended a free seminar with a hidden camera and was quoted $6,000 per knee.\n');
    expect(s.findings.filter((f) => !f.mention && (f.family === 'minimal-intake-urgency' || f.family === 'pricing'))).toEqual([]);
  });
  it('a clinic inviting readers to its free seminar still claims it', () => {
    const s = scanOf('About stem cells.\nJoin our free seminar on stem cells this Thursday. Treatment from $6,000 per knee.\n');
    expect(s.findings.some((f) => !f.mention && f.family === 'minimal-intake-urgency')).toBe(true);
    expect(s.findings.some((f) => !f.mention && f.family === 'pricing')).toBe(true);
  });
});

describe('title-case programme roles', () => {
  it('count as speaker labels on a transcript', () => {
    const page = [
      'Transcript: the stem cell roadshow',
      'Presenter (hidden camera): No side effects at all. Book your consultation today, it is $5,500 per knee.',
      'Reporter: We asked the clinic for its evidence.',
      'Receptionist: We can fit you in tomorrow.',
    ].join('\n');
    expect(speakerLines(page).map((l) => l.label)).toEqual(['Presenter', 'Reporter', 'Receptionist']);
    expect(scanOf(page).ctaKinds).toBe(0);
    expect(flagged(assessText(page).risk)).toBe(false);
  });
});

describe('a host-read sponsor ad in a show transcript', () => {
  const PODCAST = [
    'Episode 88 transcript: stem cell hype, sleep and recovery',
    'JOSH: Welcome back. Today I am talking with a sleep researcher.',
    'DR. RAO: Stem cell clinics sell a lot of hope, and most sleep hacks are marketing.',
    'JOSH: This episode is sponsored by Renew Regenerative Clinic, so book your free stem cell consultation with code PEAK.',
    'DR. RAO: Back to cortisol.',
  ].join('\n');
  it("stays the show's own voice: its call to action counts", () => {
    expect(scanOf(PODCAST).ctaKinds).toBeGreaterThan(0);
  });
  it('while the guest lines stay reported speech', () => {
    const s = scanOf(PODCAST.replace(/JOSH: This episode[^\n]*\n/, ''));
    expect(s.ctaKinds).toBe(0);
  });
});
