// Background side, step 2: turn a page scan into a score, signals and a risk level. All weights come from
// scoring-weights.ts; every point lands in `breakdown` under the rule or signal that earned it.
import { EFFECT_FAMILIES, type PageScan } from './scan';
import { WEIGHTS as W, riskFor } from './scoring-weights';
import type { Assessment, Finding, ScoreItem, Sensitivity, Signal } from './types';

/**
 * Families whose claims are about what the treatment does (efficacy/safety), not how it is sold: the effect
 * families, plus regulatory claims (citing approval is vouching for the treatment).
 */
const EFFICACY_FAMILIES: ReadonlySet<string> = new Set([...EFFECT_FAMILIES, 'regulatory-claims']);
/** Families that alone do not show a treatment is being offered. */
const WEAK_FAMILIES = new Set(['pricing', 'prestige-hype', 'unproven-product']);

/** Marker groups that say what is sold or how a list is headed, not who is speaking (lexicon/genre.ts). */
const NOT_GENRES: ReadonlySet<string> = new Set(['topical', 'warning-list', 'cell-shop']);

/** A provider speaking in a post (we, our, 我们, 我院): its price stays its own. */
const PROVIDER_VOICE_RE = /(?<![a-z])(?:we|our|us)(?![a-z])|我们|我院|本院|本中心/;

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function claimItems(claims: readonly Finding[]): ScoreItem[] {
  const byRule = new Map<string, { family: string; points: number }>();
  const counts = new Map<string, number>();
  for (const f of claims) {
    const base = W.severity[f.severity] * (f.hedged ? W.hedgedFactor : 1);
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    const prev = byRule.get(f.rule);
    if (!prev) byRule.set(f.rule, { family: f.family, points: base });
    else if (n - 1 <= W.repeatMax) prev.points = Math.max(prev.points, base) + W.repeat;
  }
  // Family caps, then the overall cap, strongest rules first.
  const items = [...byRule.entries()].sort((a, b) => b[1].points - a[1].points || a[0].localeCompare(b[0]));
  const familyLeft = new Map<string, number>();
  let totalLeft: number = W.claimsCap;
  const out: ScoreItem[] = [];
  for (const [rule, { family, points }] of items) {
    const cap = familyLeft.get(family) ?? W.familyCap[family] ?? W.familyCap.default ?? 16;
    const pts = Math.min(points, cap, totalLeft);
    familyLeft.set(family, cap - pts);
    totalLeft -= pts;
    if (pts > 0) out.push({ source: rule, points: round1(pts) });
  }
  return out;
}

export function scoreScan(scan: PageScan, sensitivity: Sensitivity = 'normal'): Assessment {
  const conditions = scan.conditions.map((c) => ({ id: c.id, system: c.system, serious: c.serious }));
  if (!scan.topic) {
    const none = { topic: false, findings: scan.findings, trialIds: scan.trialIds, conditions };
    return { risk: 'none', score: 0, signals: [], breakdown: [], ...none };
  }

  const ownPricing = scan.findings.some((f) => !f.mention && f.family === 'pricing');
  const ownProduct = scan.findings.some((f) => !f.mention && f.family === 'unproven-product');
  // A hospital describing its established transplant service in its own voice (我院血液科开展造血干细胞移植),
  // with no price, no cell product, no efficacy claim and no other condition of its own: its booking channels
  // and self-references book standard care, they do not sell unproven cells. (本院还开展干细胞治疗脑瘫、自闭症
  // on the same page is an offer.)
  // A hospital's page of regulator-approved cell therapies with the approved fees and their risks (scan.ts regulatedCare)
  // is judged the same way: its 本院/本中心 and booking lines describe regulated care.
  const standardCare =
    scan.regulatedCare === true ||
    ((scan.establishedVoiceKinds ?? 0) > 0 &&
      !ownPricing &&
      !ownProduct &&
      !scan.findings.some((f) => !f.mention && EFFICACY_FAMILIES.has(f.family)) &&
      !scan.conditions.some((c) => c.claimed && !c.established));
  // Reporting genres only; topical-cosmetic markers say what is sold, not who is speaking.
  // A trial's recruitment words (双盲, 安慰剂, 知情同意) are a reporting genre only on a page that names a registry ID,
  // states that subjects pay nothing (不向受试者收取任何费用, 受试者无须承担…费用) and has no price of its own: paid
  // "clinical studies" use the same words.
  const feeWaived = scan.noFeeStatement === true || scan.findings.some(
    (f) => f.mention && (f.family === 'pricing' || f.family === 'pay-to-participate') &&
      (f.context === 'warning-frame' || f.context === 'negation'),
  );
  // An investigator-initiated study may cite its ethics approval instead of a registry ID: a page that says the study
  // bears its costs (由研究项目承担) and uses several trial design words (入选标准, 排除标准, 伦理委员会, 知情同意) stands
  // in for it.
  const designWords = scan.genreMarkers?.trial ?? 0;
  const registered = scan.trialIds.length > 0 || (scan.costsBorne === true && designWords >= W.genre.trialDesignWords);
  const legitTrial =
    registered && feeWaived && !ownPricing &&
    !scan.findings.some((f) => !f.mention && f.family === 'pay-to-participate');
  // Genre: how much first-party selling the page does, against the markers of reporting genres.
  // A legitimate trial's phone and registration lines recruit subjects; they do not sell.
  // Class 2: a shop selling cell goods for human use (per vial, IV, dosing, practitioner kits): its cart is a sales channel.
  const shopOffer = scan.shopTherapyOffer === true;
  const firstParty = standardCare
    ? scan.travelKinds
    : legitTrial
      ? scan.voiceKinds + scan.travelKinds
      : scan.ctaKinds + scan.voiceKinds + scan.travelKinds + (ownPricing ? W.genre.pricingEvidence : 0) +
        (shopOffer ? (scan.shopKinds ?? 0) : 0);
  const genres = Object.entries(scan.genreMarkers ?? {}).filter(
    ([g, n]) => n > 0 && !NOT_GENRES.has(g) && (g !== 'trial' || legitTrial),
  );
  const markers = genres.reduce((s, [, n]) => s + n, 0);
  // Its own price next to its own booking channels is selling, however much science talk surrounds it.
  // A thread or Q&A page (many forum/news markers) is not made a seller by a price in someone's post and the
  // site's own share/message buttons (知乎's 私信, 分享到微信).
  const ownOffer = ownPricing && scan.ctaKinds >= W.genre.ownOfferCta && markers < W.genre.ownOfferMaxMarkers;
  // A page with no price and no cell product of its own, whose selling is booking and contact channels (a
  // hospital's 预约挂号 and switchboard under a 辟谣/科普 article), is judged by its genre without them.
  // E1: a regulator's page (infringement notices, warning letters, the advertising code, penalties) is the same: its
  // institutional "we", "our guidance" and "contact us" enforce the rules.
  const advisory =
    (scan.genreMarkers?.advisory ?? 0) >= W.genre.advisoryMarkers ||
    (scan.genreMarkers?.regulator ?? 0) >= W.genre.regulatorMarkers;
  // A thread (楼主, 回复, N楼, 吧主; OP, replies) is not made a seller by the travel words, prices and site buttons
  // (扫码下载APP) in its posts: only a post in a provider's own voice with contact details is an ad.
  // The same for a news report (bylines, datelines, "declined to comment"): the prices it narrates and the
  // paper's own contact lines are not an offer.
  const reportingPage =
    (scan.genreMarkers?.forum ?? 0) >= W.genre.forumMarkers || (scan.genreMarkers?.news ?? 0) >= W.genre.newsMarkers;
  // A post that is itself an ad gives contact details with an offer of its own (a provider's voice, its own price
  // or cell product): an influencer's post with 私信 and a price stays a seller.
  // G3: not a reply in a provider's voice among more warning replies, under an opening post that sells nothing.
  const replySeller = scan.threadReplySeller === true;
  const postIsAd = !replySeller && scan.ctaKinds > 0 && (scan.voiceKinds > 0 || ownPricing || ownProduct);
  const threadOnly = reportingPage && !postIsAd;
  const genreSelling = threadOnly
    ? scan.voiceKinds
    : advisory && !ownPricing && !ownProduct
      ? scan.voiceKinds + scan.travelKinds
      : firstParty;
  // A story whose own text hands out the provider's contact (加我们的健康顾问微信) next to a call to action is a soft
  // ad: the comments under it (a doctor's warning, 作者回复, 留言) do not make it a thread or an advisory page.
  // E6: a discount code or referral link for readers on a priced programme or a cell product is a sponsored story.
  // A publisher's sponsored-content banner or disclosure over a story with a price or cell product of its own is the same.
  const sponsorSigns = (scan.readerOfferKinds ?? 0) + (scan.sponsorLabelKinds ?? 0);
  // …or over a story whose own text books readers in (Call… Mention this article…; 预约电话): the featured provider's
  // channel under a paid label or a reader offer is an advertorial, however reported its quotes are.
  const sponsored = sponsorSigns > 0 && (ownPricing || ownProduct || (scan.bookingCtaKinds ?? 0) > 0);
  const storyAd = !replySeller && (((scan.storyContactKinds ?? 0) > 0 && scan.ctaKinds > 0) || sponsored);
  const thirdParty =
    !storyAd &&
    !(ownOffer && !threadOnly) &&
    markers >= W.genre.minMarkers &&
    genreSelling <= Math.max(W.genre.sellingFloor, markers * W.genre.sellingPerMarker);
  const strongSelling = firstParty >= W.genre.strongSelling;
  const genreDetail = `${genres.map(([g, n]) => `${g} ${n}`).join(', ') || 'no genre markers'} vs first-party selling ${firstParty}`;

  // On a page that sells, the quotes it prints ("our patients say…", 王女士说：“…”) and its rhetorical
  // questions ("Why not turn back the clock?") are its own advertising.
  // Not on a third-party page: a forum or advisory page's quotes and questions are other people's.
  // A soft ad told as a patient story (storyAd): its narrated treatment and results are its own testimonials.
  let findings: Finding[] = (strongSelling || storyAd) && !thirdParty
    ? scan.findings.map((f): Finding => {
        const turned = f.context === 'reported-speech' || f.context === 'question' || (storyAd && f.context === 'narrative');
        if (!turned) return f;
        const { context: _reported, ...rest } = f;
        return { ...rest, mention: false };
      })
    : scan.findings;
  // E4: on a thread, a price in a post that does not speak as a provider (It's $24,500 for the package) is what a
  // clinic told the poster, not the page's own offer.
  if (threadOnly && !storyAd) {
    findings = findings.map((f): Finding =>
      !f.mention && f.family === 'pricing' && !PROVIDER_VOICE_RE.test(f.quote.toLowerCase())
        ? { ...f, mention: true, context: 'reported-speech' }
        : f,
    );
  }
  const base = { topic: true, findings, trialIds: scan.trialIds, conditions };

  const claims = findings.filter((f) => !f.mention);
  const mentions = findings.length - claims.length;
  const breakdown: ScoreItem[] = claimItems(claims);
  const signals: Signal[] = [];
  const signal = (id: string, points: number, detail?: string): void => {
    const p = round1(points);
    signals.push(detail === undefined ? { id, points: p } : { id, points: p, detail });
    if (p !== 0) breakdown.push({ source: id, points: p });
  };
  signals.push({ id: 'genre', points: 0, detail: `${thirdParty ? 'third-party' : strongSelling ? 'seller' : 'mixed'}: ${genreDetail}` });

  const efficacyClaims = claims.filter((f) => EFFICACY_FAMILIES.has(f.family));
  // Hedged wording ("might one day repair") is how researchers write; it does not make an offer.
  const offerClaims = claims.filter((f) => !WEAK_FAMILIES.has(f.family) && !f.hedged);
  const pricing = claims.filter((f) => f.family === 'pricing');
  // The page offers something: it makes non-trivial claims, or speaks as a provider and sells; and it has
  // a channel, a booking route or a provider voice of its own (a price alone may be one quoted in a story),
  // and is not a report about others' selling.
  // A shop selling cell goods with human-use dosing makes a therapy offer through its cart (Class 2).
  const hasOffer =
    !standardCare &&
    !thirdParty &&
    (sponsored ||(scan.ctaKinds + scan.voiceKinds + scan.travelKinds > 0 &&
      (offerClaims.length > 0 || (scan.voiceKinds >= 2 && (scan.ctaKinds > 0 || pricing.length > 0)))) ||
      shopOffer);

  // Conditions named by a page that offers treatment.
  if (hasOffer) {
    const claimed = scan.conditions.filter((c) => c.claimed && !c.established);
    const serious = claimed.filter((c) => c.serious);
    if (serious.length > 0) {
      signal(
        'serious-targets',
        Math.min(W.seriousCap, serious.length * W.seriousCondition),
        serious.map((c) => c.id).join(', '),
      );
    }
    const systems = new Set(claimed.map((c) => c.system));
    if (systems.size >= W.panaceaMinSystems) {
      const pts = W.panaceaPoints + (systems.size - W.panaceaMinSystems) * W.panaceaPerExtraSystem;
      signal('panacea', Math.min(W.panaceaCap, pts), [...systems].sort().join(', '));
    }
  }

  // Commercial intent: calls to action and trip logistics; half weight when no treatment offer is visible.
  // A therapy shop's cart and per-vial pricing are its calls to action (Class 2).
  const shopChannels = shopOffer && !thirdParty ? (scan.shopKinds ?? 0) : 0;
  const commerce = (scan.ctaKinds + shopChannels) * W.ctaEach + scan.travelKinds * W.travelEach;
  if (commerce > 0 && standardCare) {
    const care = scan.regulatedCare === true ? 'regulated care (approved cell therapy)' : 'established care (transplant service)';
    signal('commercial-intent', 0, `${scan.ctaKinds} call(s) to action for ${care}, not counted`);
  } else if (commerce > 0) {
    const pts = Math.min(W.commerceCap, commerce) * (hasOffer ? 1 : 0.5);
    const shopDetail = shopChannels > 0 ? `, ${shopChannels} shop channel(s)` : '';
    signal('commercial-intent', pts, `${scan.ctaKinds} call(s) to action${shopDetail}, ${scan.travelKinds} travel service(s)`);
  }
  if (shopOffer && !thirdParty && !standardCare) {
    signal(
      'therapy-product-shop',
      W.shopTherapyOffer,
      'cell goods sold by the vial or through a cart with routes into the body, dosing, clinics or conditions',
    );
  }
  if (sponsored && !thirdParty) {
    signal(
      'sponsored-story',
      W.sponsoredStory,
      `${scan.readerOfferKinds ?? 0} reader discount code(s) or referral link(s), ${scan.sponsorLabelKinds ?? 0} sponsored-content label(s), on a priced treatment`,
    );
  }
  if (hasOffer && scan.voiceKinds > 0) {
    signal('selling-voice', Math.min(W.voiceCap, scan.voiceKinds * W.voiceEach), `${scan.voiceKinds} phrase(s)`);
  }

  // Page-level absences next to efficacy claims (ISSCR/website studies).
  if (efficacyClaims.length > 0) {
    // A legitimate trial citing its ethics approval instead of a registry ID (legitTrial) is not missing one.
    if (scan.trialIds.length === 0 && !legitTrial) signal('no-trial-id', W.noTrialId);
    if (!scan.cellSourceNamed) signal('no-cell-source', W.noCellSource);
    if (!scan.riskMentioned) signal('no-risk-mentioned', W.noRisk);
  }
  const trialPrice = scan.trialPriceNear ?? (scan.trialLanguage || scan.trialIds.length > 0);
  if (hasOffer && pricing.length > 0 && (scan.trialLanguage || scan.trialIds.length > 0) && trialPrice) {
    signal('pay-to-participate', W.payToParticipate, 'a price on a page that talks about clinical trials');
  }

  const productOffer = claims.some((f) => f.family === 'unproven-product');
  if (
    !thirdParty &&
    (pricing.length > 0 || productOffer) &&
    (scan.ctaKinds + scan.voiceKinds > 0 || shopOffer) &&
    ((scan.disclaimerKinds ?? 0) > 0 || (shopOffer && (scan.notForHumansKinds ?? 0) > 0))
  ) {
    signal('seller-disclaimer', W.sellerDisclaimer, 'a priced or booked cell offer with its own "not approved / results vary" disclaimer');
  }

  // Critical context damps everything above when the page mostly discusses rather than sells.
  const positive = breakdown.reduce((s, i) => s + Math.max(0, i.points), 0);
  const critical = scan.criticalHits + W.critical.mentionWeight * mentions;
  const selling = W.critical.claimWeight * claims.length + scan.ctaKinds + scan.voiceKinds + shopChannels;
  const ratio = critical + selling > 0 ? critical / (critical + selling) : 0;
  // A sponsored story or soft ad (storyAd) sells however its narrative hedges: its "not FDA approved" is the ad's own.
  const maxDamp = strongSelling || (storyAd && !thirdParty) ? W.genre.criticalMaxWhenSelling : W.critical.max;
  const damp = Math.min(maxDamp, Math.max(0, (ratio - W.critical.start) * W.critical.slope));
  if (damp > 0 && positive > 0) {
    signal('critical-context', -positive * damp, `critical ${critical} vs selling ${selling}`);
  }
  if (firstParty === 0 && positive > 0) {
    signal('no-selling-context', -positive * (1 - damp) * W.noSellingDamp, 'no price, booking, contact or provider voice');
  } else if (thirdParty && positive > 0) {
    signal('third-party-genre', -positive * (1 - damp) * W.genre.damp, genreDetail);
  }

  // A cream or serum with plant "stem cell" extracts, and no cell product, injection or infusion on the page.
  const cellProduct = findings.some((f) => f.family === 'unproven-product' && !f.mention);
  // Not a shop selling cell goods for IV or injection: its cart and ml sizes are not a cream's. Nor a product taken by
  // mouth that claims to act on your stem cells (干细胞激活肽口服液, stem cell activator capsules): it is a supplement.
  if ((scan.genreMarkers?.topical ?? 0) >= W.topical.minMarkers && !cellProduct && !shopOffer && scan.oralCellProduct !== true) {
    const left = breakdown.reduce((s, i) => s + i.points, 0);
    if (left > 0) signal('topical-cosmetic', -left * W.topical.damp, `${scan.genreMarkers.topical ?? 0} cosmetic marker(s), no cell product offered`);
  }

  const sum = breakdown.reduce((s, i) => s + i.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(sum)));
  return { risk: riskFor(score, true, sensitivity), score, signals, breakdown, ...base };
}
