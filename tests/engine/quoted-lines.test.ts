// A line that is one quotation from end to end is someone's words printed on the page (a regulator's list of
// non-compliant statements, a guide's examples of ad copy): its "our patients", "book a" and "your own cells"
// are not the page speaking, so they do not make the page a seller. A clinic's own unquoted voice still does.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { flagged, scanOf } from './helpers';

const REGULATOR = [
  'Advertising stem cell and other autologous cell products',
  'Advertising of these products to consumers is prohibited. We have issued infringement notices to clinics advertising stem cell treatments for osteoarthritis.',
  'Examples of non-compliant statements',
  '"Our stem cell treatment repairs cartilage and avoids knee surgery."',
  '"Safe, natural and using your own cells, so there is no risk of rejection."',
  '"Over 90% of our patients report improvement."',
  '"Book a free stem cell information evening."',
  'These statements would be non-compliant regardless of any disclaimer.',
].join('\n');

const AD = [
  'Regenerative stem cell clinic',
  'Our stem cell treatment repairs cartilage and avoids knee surgery.',
  'Over 90% of our patients report improvement, using your own cells.',
  '"I walked without pain after two weeks." – Maria, 61',
  'Book a free stem cell consultation today: call us on 555-0100. Packages from $4,900.',
].join('\n');

describe('whole-line quotations are not the page speaking', () => {
  it('give no selling voice or call to action', () => {
    const s = scanOf(REGULATOR);
    expect(s.voiceKinds).toBe(0);
    expect(s.ctaKinds).toBe(0);
  });
  it('so a regulator listing quoted ad claims is not flagged', () => {
    expect(flagged(assessText(REGULATOR).risk)).toBe(false);
  });
  it('while the same sentences unquoted, in a clinic\'s own voice, still sell', () => {
    const s = scanOf(AD);
    expect(s.voiceKinds).toBeGreaterThan(0);
    expect(s.ctaKinds).toBeGreaterThan(0);
    expect(flagged(assessText(AD).risk)).toBe(true);
  });
  it('a quotation with words after it is not a whole-line quotation', () => {
    const s = scanOf('About stem cells.\n"Best decision we made" is what our patients tell us about our stem cell treatment.\n');
    expect(s.voiceKinds).toBeGreaterThan(0);
  });
});
