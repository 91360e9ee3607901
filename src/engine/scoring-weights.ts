// Every number the score depends on, in one table. Points are additive and each line of an assessment's
// `breakdown` names its source, so a score can always be explained.
import type { Risk, Sensitivity, Severity } from './types';

export const WEIGHTS = {
  /** Points for the first claim (not mention) of a rule, by severity. */
  severity: { high: 10, medium: 6, low: 3 } satisfies Record<Severity, number>,
  /** Each further claim of the same rule adds this, up to `repeatMax` extra. */
  repeat: 1,
  repeatMax: 3,
  /** A claim softened by may/could/potentially counts this fraction. */
  hedgedFactor: 0.5,
  /** Caps: per family, and for all claims together. */
  familyCap: { default: 16, pricing: 8, 'prestige-hype': 6, 'unproven-product': 4 } as Record<string, number>,
  claimsCap: 55,

  /** Serious targets named on a selling page, each; and their cap. */
  seriousCondition: 3,
  seriousCap: 9,
  /** Panacea: distinct body systems with conditions named on a selling page. */
  panaceaMinSystems: 4,
  panaceaPoints: 8,
  panaceaPerExtraSystem: 2,
  panaceaCap: 14,

  /** Commercial intent: distinct calls to action / contact channels, and travel logistics. */
  ctaEach: 4,
  travelEach: 2,
  commerceCap: 14,
  /** Selling voice ("we offer", "our clinic", 我院). */
  voiceEach: 1.5,
  voiceCap: 8,

  /** Page-level absences, only when the page makes efficacy claims. */
  noTrialId: 4,
  noCellSource: 3,
  noRisk: 4,
  /** A priced offer on a page that talks about trials or cites a registry ID. */
  payToParticipate: 10,
  /**
   * A priced (or booked cell-product) offer that carries the seller's own disclaimer ("not FDA approved", "results may vary"): the
   * seller knows the product is unapproved and sells it anyway; disclaimers do not cancel claims (FTC).
   */
  sellerDisclaimer: 6,
  /**
   * Class 2: a shop selling cell goods (exosomes, secretome, MSC media) by the vial or through a cart, with routes into
   * the body, dosing, practitioner kits or conditions in its own words: a therapy offer whatever its "research use
   * only / not for human use / for cosmetic use only" label says (red-flags.md §3: disclaimers do not cancel claims).
   */
  shopTherapyOffer: 12,
  /**
   * E6: a story whose author hands readers a discount code or referral link for a priced treatment programme (a
   * sponsored story, a soft ad): strong first-party commercial intent whatever the narrative voice.
   */
  sponsoredStory: 12,

  /**
   * Critical context: when warning/attribution frames, mentions and the critical vocabulary of regulators,
   * journalists and researchers outweigh selling language, the claim-driven part of the score is damped.
   * damp = clamp((ratio - start) * slope, 0, max), ratio = critical / (critical + selling).
   */
  critical: { start: 0.45, slope: 2.2, max: 0.85, mentionWeight: 2, claimWeight: 2 },

  /**
   * A page with no call to action, no price, no travel service and no provider voice sells nothing: its
   * claim-driven points are cut by this fraction (regulator notices, news, research summaries).
   */
  noSellingDamp: 0.7,

  /**
   * Page genre. First-party selling = distinct calls to action + provider-voice phrases + travel services
   * (none of them inside reported speech) + `pricingEvidence` when the page states its own prices.
   * A page with at least `minMarkers` distinct academic/news/regulator/forum markers and first-party selling
   * of at most max(`sellingFloor`, markers × `sellingPerMarker`) reports on selling rather than selling: its
   * claim-driven points lose `damp` of what is left, and it gets no panacea/serious-target/pay-to-participate
   * points. A page whose first-party selling reaches `strongSelling` is a seller: warnings and critical words
   * on it damp its score by at most `criticalMaxWhenSelling` (red-flags.md §3: disclaimers do not cancel claims).
   */
  genre: {
    minMarkers: 3,
    sellingFloor: 2,
    sellingPerMarker: 0.5,
    damp: 0.8,
    pricingEvidence: 2,
    /** A page with its own price and at least this many calls to action is never judged third-party. */
    ownOfferCta: 2,
    /** …unless it has at least this many distinct reporting-genre markers (a thread or Q&A page). */
    ownOfferMaxMarkers: 8,
    /**
     * Distinct trial design words (入选标准, 排除标准, 伦理委员会, 知情同意…) with which a no-fee page whose study bears its
     * costs is a legitimate trial without a registry ID.
     */
    trialDesignWords: 3,
    strongSelling: 6,
    /**
     * Distinct consumer-advice markers (辟谣, 科普, 误区, myths…) from which a page without its own price or cell
     * product is judged third-party on its provider voice alone: its booking and contact channels (a hospital's)
     * do not make it a seller.
     */
    advisoryMarkers: 2,
    /** …and distinct regulator markers (infringement notices, warning letters, penalties, advertising code) (E1). */
    regulatorMarkers: 3,
    /**
     * Distinct forum markers (楼主, 回复, N楼, 吧主; OP, replies, upvotes) from which a page is a thread: its genre is
     * judged on the provider voice alone unless the page speaks as a provider and gives contact details.
     */
    forumMarkers: 3,
    /** …and distinct news markers (bylines, datelines, newsroom phrases) from which a page is a news report. */
    newsMarkers: 5,
    criticalMaxWhenSelling: 0.3,
  },

  /**
   * A topical cosmetic product page (at least `minMarkers` distinct topical markers: serum, cream, 精华液,
   * 化妆品…) with no cell product or injection on offer: its claim-driven points lose `damp` of what is left.
   */
  topical: { minMarkers: 2, damp: 0.8 },

  /** Score thresholds of each risk level at normal sensitivity. */
  thresholds: { low: 8, moderate: 30, high: 60 },
  /** Added to the thresholds (low sensitivity = fewer flags). */
  sensitivityShift: { low: 10, normal: 0, high: -8 } satisfies Record<Sensitivity, number>,
  /** combineAssessments: extra frames add at most this many points over the strongest frame. */
  combineExtraCap: 10,
} as const;

export function riskFor(score: number, topic: boolean, sensitivity: Sensitivity = 'normal'): Risk {
  if (!topic) return 'none';
  const shift = WEIGHTS.sensitivityShift[sensitivity];
  const t = WEIGHTS.thresholds;
  if (score >= t.high + shift) return 'high';
  if (score >= t.moderate + shift) return 'moderate';
  if (score >= Math.max(1, t.low + shift)) return 'low';
  return 'none';
}
