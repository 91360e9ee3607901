// Class 2 (miss): a shop selling exosome / MSC secretome / stem cell "products" by the vial, under a "research use
// only / not for human use / for cosmetic use only" label, while its own words give IV, nebulised or injected dosing,
// practitioner kits and conditions. A seller's disclaimer does not cancel its offer (red-flags.md §3). Tested both
// ways: a lab reagent catalogue and a cream review are not therapy shops.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { flagged, scanOf, signal } from './helpers';

const shop = [
  'VitaExo 50B Exosome Vial – lyophilized MSC secretome',
  '$1,295.00 per vial. Add to cart',
  '50 billion umbilical cord MSC-derived exosomes per vial. Reconstitute with 5 ml sterile saline.',
  'Most practitioners use one vial by IV over 30 minutes, or nebulized for respiratory support. Repeat every 4 weeks for 3 sessions.',
  'Popular with clinics for long COVID, knee pain, neuropathy and healthy aging.',
  'Practitioner Kit (5 vials + dosing guide): $5,750.',
  'For research use only. Not for human use. Not intended to diagnose, treat, cure or prevent any disease.',
].join('\n');

describe('a shop selling cell goods for human use is a therapy offer', () => {
  it('is detected from cart/vial channels, a route into the body and dosing or practitioner buyers', () => {
    const s = scanOf(shop);
    expect(s.shopTherapyOffer).toBe(true);
    expect(s.shopKinds).toBeGreaterThan(0);
    expect(s.notForHumansKinds).toBeGreaterThan(0);
  });
  it('is flagged, and its RUO label counts as a seller disclaimer, not a cancellation', () => {
    const a = assessText(shop);
    expect(flagged(a.risk)).toBe(true);
    expect(signal(a, 'therapy-product-shop')?.points).toBeGreaterThan(0);
    expect(signal(a, 'seller-disclaimer')?.points).toBeGreaterThan(0);
  });
  it('the route inside the label ("not for human injection") is not a route', () => {
    const s = scanOf(
      [
        'Exosome standard, 10 µg vial, $310. Add to cart.',
        'Use as a positive control in western blots of cell culture media.',
        'Research use only; not intended for human injection.',
      ].join('\n'),
    );
    expect(s.shopTherapyOffer).toBe(false);
  });
  it('works in Chinese: 外泌体冻干粉, 每支, 加入购物车, 静脉滴注, 每次1-2支, 仅供科研使用，非人用', () => {
    const page = [
      '人脐带间充质干细胞外泌体冻干粉',
      '商城价：￥1680/支，现货，冷链包邮。加入购物车',
      '静脉滴注：每次1-2支，每周一次，4次为一疗程。',
      '雾化吸入：每次半支，适用于肺纤维化患者。',
      '声明：本品仅供科研使用，非人用。',
    ].join('\n');
    expect(scanOf(page).shopTherapyOffer).toBe(true);
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});

describe('Traditional Chinese shop forms', () => {
  it('NT$… / 瓶, 加入購物車, 現貨, 靜脈注射, 僅供研究使用 are read as a shop with a label', () => {
    const page = [
      '幹細胞外泌體凍乾粉 300億',
      '售價：NT$12,800 / 瓶　加入購物車　現貨供應',
      '建議用法：每次一瓶以生理食鹽水稀釋後靜脈注射，每月一次；亦可霧化吸入。',
      '本產品僅供研究使用，非供人體使用。',
    ].join('\n');
    const s = scanOf(page);
    expect(s.shopTherapyOffer).toBe(true);
    expect(s.shopKinds).toBeGreaterThanOrEqual(2);
    expect(s.notForHumansKinds).toBeGreaterThan(0);
  });
});

describe('not therapy shops', () => {
  it('a reagent catalogue selling exosome isolation kits to labs (no route, no dosing) is not flagged', () => {
    const page = [
      'ExoPure Exosome Isolation Kit (serum/plasma)',
      'Cat. No. EXP-200 · 20 reactions · $465.00 · In stock · Add to cart',
      'Precipitation-based isolation of extracellular vesicles from serum, plasma or culture media of mesenchymal stem cells.',
      'Protocol: mix 1 volume of reagent with 4 volumes of sample, incubate 30 min and centrifuge.',
      'For research use only. Not for use in diagnostic or therapeutic procedures.',
    ].join('\n');
    const a = assessText(page);
    expect(scanOf(page).shopTherapyOffer).toBe(false);
    expect(signal(a, 'therapy-product-shop')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
  it('a stem cell supplement shop (capsules, no route into the body) is not a therapy shop', () => {
    const page = [
      'StemBoost Stem Cell Support – 60 capsules',
      '$59.95 · Add to cart · Free shipping over $75',
      "A plant-based blend that supports your body's own stem cell release. Take 2 capsules daily.",
      'This product is not intended to diagnose, treat, cure or prevent any disease.',
    ].join('\n');
    expect(scanOf(page).shopTherapyOffer).toBe(false);
  });
  it('a cream review that mentions exosome IV drips has no cart of its own', () => {
    const page = [
      'I tried the viral "stem cell" face cream for six weeks.',
      'The night cream with apple stem cell extract costs $78 for 50 ml; a light, fragrance-free moisturizer.',
      'Some sellers talk about exosome injections and IV drips for rejuvenation; that is unapproved territory.',
    ].join('\n');
    expect(scanOf(page).shopTherapyOffer).toBe(false);
    expect(flagged(assessText(page).risk)).toBe(false);
  });
  it('a news report describing such a shop (one shop lists…, the product page suggests…) is not itself a shop', () => {
    const page = [
      'Online shops sell "research only" exosomes with IV dosing guides',
      'By Maria Delgado, Staff writer · Updated March 4, 2026 · 7 min read',
      'One shop lists a 50-billion vial at $1,295 per vial, with an Add to cart button and free cold-chain shipping.',
      'The product page suggests one vial by IV every 4 weeks and names long COVID, neuropathy and knee pain.',
      'The company did not respond to requests for comment.',
    ].join('\n');
    expect(scanOf(page).shopTherapyOffer).toBe(false);
    expect(flagged(assessText(page).risk)).toBe(false);
  });
  it("a shop's price next to its cart is for the goods, even with free shipping", () => {
    const page = [
      'ExoVital Exosomes 20B',
      '$499 · Buy now · Free shipping on orders over $1,000',
      'Each vial contains 20 billion exosomes from placental MSCs.',
      'Clients typically nebulize half a vial or add one vial to an IV bag, once a month.',
      'Research use only. Not for human consumption.',
    ].join('\n');
    const a = assessText(page);
    expect(a.findings.some((f) => f.family === 'pricing' && !f.mention)).toBe(true);
    expect(flagged(a.risk)).toBe(true);
  });
  it('"add to cart" is not CAR-T (established care)', () => {
    expect(scanOf('Exosome vial $395. Add to cart.\nUse 1 vial per IV session, repeat every 4 weeks.\n').shopTherapyOffer).toBe(true);
  });
});
