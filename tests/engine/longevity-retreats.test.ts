// Class 2 (holdout10): a wellness or longevity retreat that sells stem cell / exosome infusions inside priced villa
// packages ("Cellular Renewal Programme", THB 890,000, "What guests tell us", records "welcome but not necessary") is
// a seller like any clinic. A retreat selling no cell product, and a regulator warning about retreats, are not.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, flagged } from './helpers';

const RETREAT = [
  'Andaman Longevity Retreat',
  'The Cellular Renewal Programme: seven nights in a private pool villa.',
  'Day 3: mesenchymal stem cell infusion, 100 million umbilical cord MSCs delivered intravenously.',
  'Day 5: exosome infusion and hyperbaric oxygen.',
  'What guests tell us: sharper focus, steadier energy and better skin.',
  'Cellular Renewal (7 nights) THB 890,000 (≈ USD 24,900). Includes villa accommodation and transfers.',
  'Prior medical records are welcome but not necessary. Our wellness concierge replies on WhatsApp.',
  'Wellness programmes are not a substitute for conventional medical treatment.',
].join('\n');

describe('a longevity retreat selling cell infusions in packages', () => {
  it('reads a currency code before the amount as a price (THB 890,000, USD 24,900)', () => {
    expect(claimsOf(assess('Stem cell infusion package: THB 890,000 (about USD 24,900).'), 'price-en').length).toBeGreaterThan(0);
  });
  it('reads retreat and longevity-programme words, guests as testimonials and optional records as its own claims', () => {
    const a = assessText(RETREAT);
    const fams = new Set(claimsOf(a).map((f) => f.family));
    for (const fam of ['non-medical-provider', 'anti-ageing', 'testimonials', 'minimal-intake-urgency', 'pricing']) {
      expect(fams.has(fam), fam).toBe(true);
    }
    expect(flagged(a.risk)).toBe(true);
  });
  it('while a retreat with no cell product, which says it offers none, is not flagged', () => {
    const page = [
      'Andaman Wellness Retreat',
      'Our seven-night longevity programme: ocean yoga, sleep coaching, Thai massage and a plant-based menu for cellular health.',
      'We do not offer stem cell or exosome infusions: no infusion has been shown to slow ageing.',
      'Seven nights from THB 180,000, villa accommodation included. Book your stay on WhatsApp.',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(false);
  });
  it('nor is a warning about retreats that sell such infusions', () => {
    const page = [
      'Consumer alert: stem cell "longevity retreats"',
      'Some wellness retreats abroad sell exosome and stem cell infusions in packages costing USD 20,000 or more.',
      'Be wary of any wellness resort that claims its cellular renewal programme lowers your biological age.',
      'These products are unapproved. Report problems to MedWatch.',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(false);
  });
});
