// Background side, step 1: read the passages. Produces findings (claims and mentions), trial IDs, the
// conditions a page names, and the page-level counts the score needs. No scoring here.
import { conditionMatchers, genreMatchers, LEX, ruleMatchers, hasTopic } from './compiled';
import { NARRATED_EN_RE, STORAGE_RE, TRANSCRIPT_CUE_RE, speakerLines, classify, describesOthers, isFeeRule, isQuestion, namesEstablished, namesOffer, namesTreatment, reportedSpansCarry, reportedZh, type Carry } from './context';
import { AD_DECODING, APPROVED_SCHEME, APPROVING_AUTHORITIES, DISCOUNT_WORDS, NAV_LABELS, PUBLISHER_FURNITURE, REGISTRATION_STATEMENTS, SPONSOR_BORNE_SRC, TRANSPLANT_STEPS } from './lexicon/context';
import {
  ADVERTORIAL_READER_OFFERS,
  CELL_GOODS,
  ENFORCEMENT_VOICE,
  READER_OFFERS,
  HUMAN_DOSING,
  HUMAN_ROUTES,
  NOT_FOR_HUMANS_LABELS,
  PATIENT_ORG_LINES,
  PRACTITIONER_BUYERS,
  REPORTING_CHANNELS,
  SALES_CUES,
  SHOP_CHANNELS,
  ORAL_FORMS,
  SHOP_DESCRIBED,
  SPONSORED_DISCLOSURES,
  SPONSORED_LABELS,
} from './lexicon/commerce';
import { VERIFY_ADVICE } from './lexicon/evidence';
import { STORY_CONTACT } from './lexicon/voice';
import { compilePatterns, findAll, type Hit } from './matcher';
import { hasCjk, normalize } from './normalize';
import { sentenceAround } from './segment';
import { findTrialIds, uniqueTrialIds } from './trial-ids';
import type { Finding, Passage, TrialId } from './types';

export interface ConditionSeen {
  id: string;
  system: string;
  serious: boolean;
  established: boolean;
  /** Named at least once outside a warning/attribution sentence. */
  claimed: boolean;
}

export interface PageScan {
  topic: boolean;
  findings: Finding[];
  trialIds: TrialId[];
  conditions: ConditionSeen[];
  /** Distinct call-to-action / contact phrases (normalized text). */
  ctaKinds: number;
  travelKinds: number;
  voiceKinds: number;
  /**
   * Provider-voice phrases in the page's own sentences about established haematological care (我院血液科开展
   * 造血干细胞移植; "our transplant program"): the page is a hospital describing standard care.
   */
  establishedVoiceKinds: number;
  /** Warning/attribution frames and critical vocabulary outside sellers' disclaimers. */
  criticalHits: number;
  cellSourceNamed: boolean;
  riskMentioned: boolean;
  trialLanguage: boolean;
  /** Distinct seller disclaimers ("not FDA approved", "results may vary", 效果因人而异). */
  disclaimerKinds: number;
  /** Distinct genre markers per genre (academic, news, regulator, forum). */
  genreMarkers: Record<string, number>;
  /**
   * A price of the page's own belongs with its trial wording: in the same passage as its own trial wording or a
   * trial ID, or within TRIAL_PRICE_REACH characters of them in a sentence naming a treatment or cells, or a fee
   * the page asks for its own study (pay-to-participate claim). A camp's price list near "…years of research and
   * clinical trials…" is not a paid trial. Absent: trial wording or an ID anywhere on the page counts (callers
   * that build a PageScan by hand).
   */
  trialPriceNear?: boolean;
  /**
   * The page says its subjects pay nothing (本研究不向受试者收取任何费用, 受试者无须承担试验用药费用; "free for
   * participants") in a sentence that does not also charge. Absent on hand-built scans.
   */
  noFeeStatement?: boolean;
  /**
   * The page says a study's costs are borne by the study or its sponsor (研究相关检查费用均由研究项目承担; "covered by
   * the sponsor"). With a no-fee statement and trial design words it stands in for a registry ID. Absent on hand-built
   * scans.
   */
  costsBorne?: boolean;
  /** Distinct provider contacts the page hands out in its own words (加顾问微信, 私信我拿联系方式). */
  storyContactKinds?: number;
  /**
   * Class 2: the page is a shop selling cell goods (exosomes, secretome, MSC media, 外泌体冻干粉) by the vial or through a
   * cart, and in its own words names a route into the body (IV, nebulised, intra-articular, 静脉, 雾化) with dosing,
   * practitioner buyers or conditions: a therapy offer, whatever its "research use only" label says. Absent on
   * hand-built scans.
   */
  shopTherapyOffer?: boolean;
  /**
   * E6: distinct discount codes and referral links for the page's readers (offered readers of this blog $1,500 off…
   * with code SLOWLANE, use my link) in its own words: a sponsored story. Absent on hand-built scans.
   */
  readerOfferKinds?: number;
  /**
   * Distinct calls to action in the page's own words that are not a reader offer's own words (a phone line, 预约电话,
   * "Call …"): with a sponsored label or a reader offer, the story books its readers in. Absent on hand-built scans.
   */
  bookingCtaKinds?: number;
  /**
   * Distinct sponsored-content labels on a banner line of their own (SPONSORED CONTENT · Presented by…, 赞助内容) and
   * publisher disclosures (This article was produced … on behalf of…; The newsroom was not involved): the story is the
   * provider's ad. Absent on hand-built scans.
   */
  sponsorLabelKinds?: number;
  /**
   * A line in the page's own words names stem cells and a form taken by mouth (干细胞激活肽口服液, stem cell activator
   * capsules): an ingested product claiming to act on your stem cells, not a cosmetic, whatever its cart and "30ml" say.
   * Absent on hand-built scans.
   */
  oralCellProduct?: boolean;
  /** Distinct shop channels (add to cart, per vial, 加入购物车) in the page's own words. */
  shopKinds?: number;
  /** Distinct "not for human use / research use only / for cosmetic use only" labels on the page. */
  notForHumansKinds?: number;
  /**
   * G3: a thread whose opening post sells nothing, where the lines selling in a provider's voice (a reply) are fewer
   * than the replies' warning lines: the page is a thread, not a seller or a soft ad. Absent on hand-built scans.
   */
  threadReplySeller?: boolean;
  /**
   * A hospital listing the cell therapies a regulator approved it to perform (特管办法 核准项目, 核准适应症) with the fee
   * schedule the regulator set, the risks, and no effect claim, urgency, discount or non-medical venue of its own:
   * regulated care, judged like established care (score.ts). Absent on hand-built scans.
   */
  regulatedCare?: boolean;
}

const STORY_CONTACT_RE = compilePatterns(STORY_CONTACT);
/** A patient organisation's helpline or a reporting/complaint channel (Class 1): not a sales call to action. */
const REPORTING_CHANNEL_RE = compilePatterns(REPORTING_CHANNELS);
const PATIENT_ORG_LINE_RE = compilePatterns(PATIENT_ORG_LINES);
const SALES_CUE_RE = compilePatterns(SALES_CUES);
const ENFORCEMENT_RE = compilePatterns(ENFORCEMENT_VOICE);
const READER_OFFER_RE = compilePatterns([...READER_OFFERS, ...ADVERTORIAL_READER_OFFERS]);
const ORAL_FORM_RE = compilePatterns(ORAL_FORMS);
const SPONSORED_LABEL_RE = compilePatterns(SPONSORED_LABELS);
const SPONSORED_DISCLOSURE_RE = compilePatterns(SPONSORED_DISCLOSURES);
/** Longest line a sponsored-content label heads on its own (a banner, not a report's sentence about labels). */
const LABEL_LINE_MAX = 80;
/** One quotation from the first character to the last (closing punctuation allowed after it), no quote inside. */
const WHOLE_QUOTE_RE = /^["“”「『][^"“”「」『』]+["“”」』][.!?。！？]?$/;
const SHOP_RE = compilePatterns(SHOP_CHANNELS);
const CELL_GOODS_RE = compilePatterns(CELL_GOODS);
const ROUTE_RE = compilePatterns(HUMAN_ROUTES);
const DOSING_RE = compilePatterns(HUMAN_DOSING);
const PRACTITIONER_RE = compilePatterns(PRACTITIONER_BUYERS);
const NOT_FOR_HUMANS_RE = compilePatterns(NOT_FOR_HUMANS_LABELS);
const SHOP_DESCRIBED_RE = compilePatterns(SHOP_DESCRIBED);

/**
 * A sentence that hands out a reporting channel (拨打12320卫生热线举报, report it to the FDA), or a patient group's own
 * line (病友服务热线, 志愿者热线, "call our peer support helpline") that books and prices nothing: not a sales channel.
 */
function nonSalesContact(sentence: string): boolean {
  if (findAll(REPORTING_CHANNEL_RE, sentence, 1).length > 0) return true;
  // E1: a regulator's institutional voice (we have issued infringement notices, our compliance team, tell us using…).
  // Not with booking or price words (a financing line's "no prepayment penalty").
  if (findAll(ENFORCEMENT_RE, sentence, 1).length > 0 && findAll(SALES_CUE_RE, sentence, 1).length === 0) return true;
  return findAll(PATIENT_ORG_LINE_RE, sentence, 1).length > 0 && findAll(SALES_CUE_RE, sentence, 1).length === 0;
}

/** A study's costs paid by the study itself, its sponsor or its funder, not by the subject. */
const COSTS_BORNE_RE = new RegExp(SPONSOR_BORNE_SRC);

const QUOTE_MAX = 200;
const VERIFY_ADVICE_RE = compilePatterns(VERIFY_ADVICE);
const PUBLISHER_RE = compilePatterns(PUBLISHER_FURNITURE);
const REGISTRATION_RE = compilePatterns(REGISTRATION_STATEMENTS);
const TRANSPLANT_STEP_RE = compilePatterns(TRANSPLANT_STEPS);
const AD_DECODING_RE = compilePatterns(AD_DECODING);
const APPROVED_SCHEME_RE = compilePatterns(APPROVED_SCHEME);
const DISCOUNT_RE = compilePatterns(DISCOUNT_WORDS);
const APPROVING_AUTHORITY_RE = compilePatterns(APPROVING_AUTHORITIES);
/** Distinct approval-scheme words that, with the rest of the gate, make a page a hospital's regulated service. */
const APPROVED_SCHEME_KINDS = 2;
/** Families whose own claims a regulated provider does not make (besides the effect families). */
const NOT_REGULATED_CARE = new Set(['minimal-intake-urgency', 'non-medical-provider', 'prestige-hype', 'pay-to-participate']);
/** Distinct ad-decoding words (G2) that make a page without a selling voice a reading of others' ads. */
const AD_DECODING_KINDS = 3;
/** Distinct storage words (bank, storage, collection…) that make a page a banking service's page. */
const STORAGE_KINDS = 3;
/** Characters between a price and the trial wording or ID it is charged for (the same section of a page). */
const TRIAL_PRICE_REACH = 600;
/** Forum markers from which a page is a thread whose replies are judged apart from its opening post (G3). */
const THREAD_FORUM_MARKERS = 3;
/** Distinct speakers' labels that, with a transcript cue, make a page a transcript (G1). */
const TRANSCRIPT_SPEAKERS = 2;
/** A host-read sponsor ad in a show's transcript (the show's own advertising). */
const SPONSOR_READ_RE =
  /sponsored by|(?:our|today's|this week's) sponsor|brought to you by|(?:use|with) (?:the |my |our )?(?:promo |discount |coupon )?code(?![a-z])|本期节目由|赞助播出|冠名播出|优惠码/;
/** Right before a transplant step: it is waived (无需配型, 不用预处理, 免配型), not performed. */
const WAIVED_STEP_RE = /(?:无需|无须|不需|不用|不必|免)$/;
/** Distinct transplant steps that make a page a description of the transplant itself. */
const TRANSPLANT_STEP_KINDS = 2;
/** Families whose claims say what a treatment does: a registration statement on a page with none describes a lab. */
export const EFFECT_FAMILIES: ReadonlySet<string> = new Set([
  'absolute-safety',
  'cure-guarantee',
  'success-rate',
  'panacea',
  'serious-targets',
  'anti-ageing',
  'testimonials',
]);
/**
 * Characters between passages over which a lead-in still applies: blank lines between list items, or a short
 * quoted line with no vocabulary of ours between two that have some.
 */
const LEAD_IN_GAP = 160;
/**
 * The same for a speech lead-in's list ("Then:" and the clinic's lines): list items with no vocabulary of ours
 * ("Most patients walk without a cane…") fall out of extraction, so a few of them may sit between two that
 * have some.
 */
const LIST_GAP = 400;

function quoteFor(text: string, norm: string, start: number, end: number): string {
  const [s, e] = sentenceAround(norm, start, 300);
  let qs = s;
  let qe = Math.max(e, end);
  if (qe - qs > QUOTE_MAX) {
    const room = Math.max(0, QUOTE_MAX - (end - start));
    qs = Math.max(s, start - Math.floor(room / 2));
    qe = Math.min(qe, qs + QUOTE_MAX);
  }
  return text.slice(qs, qe).replace(/\s+/g, ' ').trim().slice(0, QUOTE_MAX);
}

/**
 * G3: a forum's counter words (关注, 贴子, 浏览量, 回复, 赞同…), a colon or bracket perhaps, right before a number; or a
 * note's like, star and comment icons (❤️ 3.2万 ⭐ 1.1万 💬 2716).
 */
const FORUM_COUNTER_RE =
  /(?:关注者?|粉丝|贴子|帖子|主题|浏览量?|被浏览|阅读量?|播放量?|回复|回帖|回答|评论|赞同|点赞|获赞|收藏|喜欢|转发|分享|人气|会员|成员|楼层)(?:数|量)?\s?[:(]?\s?$|(?:[❤♥⭐★]|💬|👍)\uFE0F?\s?$/;

/** The number a price match starts at follows a forum counter word ("贴子：148万"): board furniture. */
function forumCounter(norm: string, start: number, end: number): boolean {
  const digit = norm.slice(start, end).search(/\d/);
  if (digit < 0) return false;
  return FORUM_COUNTER_RE.test(norm.slice(Math.max(0, start - 8), start + digit));
}

/** Items of a site menu or button bar: short words between separators. */
const MENU_SEPARATOR_RE = /[\s·•|/]+/;
const MENU_ITEM_MAX = 6;
const MENU_MIN_ITEMS = 3;

/** G3: the line at `pos` is a menu or button bar (首页 · 私信 · 我的贴吧; 私信 · 分享 · 收藏 · 举报). */
function menuLine(norm: string, pos: number): boolean {
  const start = norm.lastIndexOf('\n', pos - 1) + 1;
  let end = norm.indexOf('\n', pos);
  if (end < 0) end = norm.length;
  const items = norm.slice(start, end).split(MENU_SEPARATOR_RE).filter((w) => w !== '');
  return items.length >= MENU_MIN_ITEMS && items.every((w) => w.length <= MENU_ITEM_MAX);
}

const NAV_LABEL_RE = compilePatterns(NAV_LABELS);
/** Sentence punctuation a menu line does not have (normalized: ，：、 fold to , : 、). */
const SENTENCE_MARK_RE = /[。,;!?:、]|\.\s/;
const NAV_LINE_MAX = 160;
const NAV_MIN_LABELS = 2;

/**
 * The line at `pos` is a site menu whose links are glued together (中心简介核准项目与收费就医流程…常见问题联络我们): no
 * sentence punctuation, and two or more distinct navigation labels. A price word or a fee-and-trial pattern in it names
 * menu items, not a fee.
 */
function navLine(norm: string, pos: number): boolean {
  const start = norm.lastIndexOf('\n', pos - 1) + 1;
  let end = norm.indexOf('\n', pos);
  if (end < 0) end = norm.length;
  const line = norm.slice(start, end).trim();
  if (line.length > NAV_LINE_MAX || SENTENCE_MARK_RE.test(line)) return false;
  const labels = new Set(findAll(NAV_LABEL_RE, line).map((h) => line.slice(h.start, h.end)));
  return labels.size >= NAV_MIN_LABELS;
}

/**
 * G3: the start of a thread's first reply (2楼, #2, 沙发, a Q&A answer's 赞同 5千, 回复 某某：; PTT's push lines 推 user:,
 * 噓 user:, → user:; Dcard's B1 ·): the opening post is the
 * text before it. 知乎 heads each answer with its vote count (2,317 人赞同了该回答; 贊同了該回答 folds to the same): the
 * question above the first answer is the opening post.
 */
const REPLY_MARKER_RE =
  /^[ \t]*[推嘘→][ \t]?[a-z0-9_]{2,14}:|^[ \t]*b[1-9]\d{0,3}(?=[ \t]?[·|\n])|^[ \t]*第?(?:[2-9]|[1-9]\d{1,3})[ \t]?楼|^[ \t]*#[ \t]?[2-9]|^[ \t]*(?:沙发|板凳)|赞同[ \t]?\d[\d,.]*[万千k]?|赞同了该回答|^[ \t]*reply[ \t]?#[ \t]?[2-9]/m;

/** Families a menu label can spell out (收费, 价格, 收费…临床试验) without stating a fee. */
const MENU_FAMILIES: ReadonlySet<string> = new Set(['pricing', 'pay-to-participate']);

/** Words inside a link ("…/treatable-diseases.html") are not claims. */
function inUrl(norm: string, pos: number): boolean {
  let s = pos;
  while (s > 0 && pos - s < 300 && !/\s/.test(norm.charAt(s - 1))) s--;
  const token = norm.slice(s, pos);
  return token.includes('://') || token.startsWith('www.') || /\.(?:com|org|net|cn|html?)\//.test(token);
}

function overlaps(a: Hit, spans: readonly Hit[]): boolean {
  return spans.some((s) => a.start < s.end && s.start < a.end);
}

const WEAK = new Set(['unproven-product', 'pricing', 'prestige-hype']);

/** Overlapping matches of different rules: keep the longest (包治百病 over 包治, 治愈率 over 治愈). */
function dropOverlaps(list: Finding[]): Finding[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out[out.length - 1];
    // A product or price phrase does not swallow a claim of another family inside it (干细胞抗衰 is an
    // offer and an anti-ageing claim).
    const bothCount = prev !== undefined && prev.family !== f.family && (WEAK.has(prev.family) || WEAK.has(f.family));
    if (prev && f.start < prev.end && !bothCount) {
      if (f.end - f.start > prev.end - prev.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

export function scanPassages(passages: readonly Passage[]): PageScan {
  const findings: Finding[] = [];
  const trialHits: TrialId[] = [];
  const conditions = new Map<string, ConditionSeen>();
  const cta = new Set<string>();
  /** Calls to action other than a reader offer's own words (a phone line, 预约, "Call"): how a story books its readers. */
  const bookingCta = new Set<string>();
  const travel = new Set<string>();
  const voice = new Set<string>();
  const storyContact = new Set<string>();
  /** A line of the page's own naming stem cells and a form taken by mouth (干细胞激活肽口服液, stem cell capsules). */
  let oralCellProduct = false;
  /** Distinct sponsored-content labels and disclosures in the page's own banner lines and sentences. */
  const sponsorLabels = new Set<string>();
  /** Distinct reader offers, each with the page offset where it first appears. */
  const readerOffers = new Map<string, number>();
  const establishedVoice = new Set<string>();
  const seenPassage = new Set<number>();
  const genre = new Map<string, Set<string>>();
  const disclaimerSet = new Set<string>();
  let topic = false;
  let criticalHits = 0;
  let cellSourceNamed = false;
  let riskMentioned = false;
  let trialLanguage = false;
  let noFeeStatement = false;
  let costsBorne = false;
  /** Page offsets of the page's own trial wording and of trial IDs, and the passages they are in. */
  const trialAt: number[] = [];
  const trialPassages = new Set<number>();
  /** The passage (its start) each finding was found in. */
  const passageOf = new Map<Finding, number>();
  /** Distinct storage-service words in the page's own sentences (bank, storage, 储存…). */
  const storageWords = new Set<string>();
  const transplantSteps = new Set<string>();
  /** Distinct approval-scheme words (特管办法, 核准项目…) in the page's own sentences. */
  const approvedScheme = new Set<string>();
  /** G3: where a thread's first reply starts, and the lines that sell (own CTA, provider voice) or warn. */
  let replyAt = Number.POSITIVE_INFINITY;
  const sellLines = new Set<number>();
  const warnLines = new Set<number>();
  /** G2: distinct words of a piece reading other people's ads (decoding, the flyer, read it as, in my sample). */
  const adDecoding = new Set<string>();
  /** The matched phrase of each finding (registration statements are judged by it). */
  const phraseOf = new Map<Finding, string>();
  /** Class 2: a shop's channels, the cell goods it names, and its human-use words (routes, dosing, buyers). */
  const shop = new Set<string>();
  const notForHumans = new Set<string>();
  let cellGoods = false;
  let routeNamed = false;
  let dosingNamed = false;
  let practitionerNamed = false;

  // In page order, so a lead-in at the end of one passage ("Here's what they told me:") reaches the quoted
  // lines of the next one when only a short gap (blank lines between list items) separates them.
  const ordered = passages
    .filter((p) => typeof p?.text === 'string' && typeof p.start === 'number')
    .slice()
    .sort((a, b) => a.start - b.start);
  // G1: a broadcast transcript or undercover report (TRANSCRIPT, hidden camera, our producer, anchor; 文字实录, 暗访,
  // 画外音) whose lines begin with two or more speakers' labels (MARCUS BELL:, PRESENTER (hidden camera):; 主持人：,
  // 推销员（偷拍）：): every labelled line is reported speech, so the prices and pitches it reproduces are not the page's
  // offer, call to action or voice. A clinic's webinar page with one speaker ("Dr. Smith: our protocol…") is not one.
  const labels = new Set<string>();
  let transcriptCue = false;
  for (const p of ordered) {
    for (const l of speakerLines(p.text)) if (l.speaker) labels.add(l.label.replace(/^[A-Z.]+\.\s*/, ''));
    if (!transcriptCue) transcriptCue = TRANSCRIPT_CUE_RE.test(normalize(p.text));
  }
  const transcript = transcriptCue && labels.size >= TRANSCRIPT_SPEAKERS;
  let carryEnd = -1;
  let carry: Carry = 'none';
  /** Page offsets of an unattributed quotation alone on the previous passage's last line. */
  let aloneEnd: [number, number] | null = null;
  for (const p of ordered) {
    if (seenPassage.has(p.start)) continue;
    seenPassage.add(p.start);
    const text = p.text;
    const norm = normalize(text);
    if (!topic && hasTopic(norm)) topic = true;
    if (!noFeeStatement) noFeeStatement = norm.split(/[。！？!?\n]/).some((s) => isFeeRule(s));
    if (!costsBorne) costsBorne = COSTS_BORNE_RE.test(norm);

    const gap = carry === 'lines' || carry === 'warned' ? LIST_GAP : LEAD_IN_GAP;
    const carryIn = carryEnd >= 0 && p.start >= carryEnd && p.start - carryEnd <= gap ? carry : 'none';
    const res = reportedSpansCarry(norm, carryIn);
    if (transcript) {
      // A host reading the show's own sponsor ad (JOSH: This episode is sponsored by…, use code PEAK) speaks for
      // the page: that line stays its own voice.
      for (const l of speakerLines(text)) if (!SPONSOR_READ_RE.test(norm.slice(l.span[0], l.span[1]))) res.spans.push(l.span);
      res.spans.sort((a, b) => a[0] - b[0]);
    }
    // The quotation alone on the last line of the passage before, and this passage's first line names its speaker
    // ("We have a 90% improvement rate." / "It's 100% safe," the patient coordinator said.): that quotation was
    // reported speech too.
    if (aloneEnd !== null && p.start >= aloneEnd[1] && p.start - aloneEnd[1] <= LEAD_IN_GAP && res.firstLineSpeaker) {
      const [as, ae] = aloneEnd;
      for (const f of findings) {
        if (!f.mention && f.start >= as && f.end <= ae) {
          f.mention = true;
          f.context = 'reported-speech';
          delete f.hedged;
        }
      }
    }
    aloneEnd = res.aloneAtEnd === null ? null : [p.start + res.aloneAtEnd[0], p.start + res.aloneAtEnd[1]];
    // Lines under a warning-signs heading are someone else's selling, warned about: never the page's own voice.
    const reported = [...res.spans, ...res.warned];
    carry = res.carry;
    carryEnd = res.carryOut ? p.start + text.length : -1;
    const isReported = (h: Hit): boolean => reported.some(([rs, re]) => h.start >= rs && h.end <= re);

    // Rule findings.
    const local: Finding[] = [];
    for (const { rule, re } of ruleMatchers()) {
      for (const h of findAll(re, norm, 200)) {
        if (inUrl(norm, h.start)) continue;
        // G3: a board's or post's counters (关注：21.6万, 贴子：148万, 浏览量 3.2万, 回复 1.2万, 赞同 5千) are not prices.
        if (rule.family === 'pricing' && forumCounter(norm, h.start, h.end)) continue;
        const ctx = classify(norm, h.start, h.end, rule.family, res.spans, res.warned);
        const f: Finding = {
          rule: rule.id,
          family: rule.family,
          severity: rule.severity,
          quote: quoteFor(text, norm, h.start, h.end),
          start: p.start + h.start,
          end: p.start + h.end,
          mention: ctx.mention,
          lang: hasCjk(norm.slice(h.start, h.end)) ? 'zh' : 'en',
        };
        if (ctx.context) f.context = ctx.context;
        if (ctx.hedged) f.hedged = true;
        // A menu's glued links (核准项目与收费就医流程治疗成果公开临床试验) name sections of the site, not a fee.
        if (!f.mention && MENU_FAMILIES.has(rule.family) && navLine(norm, h.start)) {
          f.mention = true;
          f.context = 'navigation';
          delete f.hedged;
        }
        phraseOf.set(f, norm.slice(h.start, h.end));
        passageOf.set(f, p.start);
        local.push(f);
      }
    }
    const kept = dropOverlaps(local);
    findings.push(...kept);
    const claimSpans = kept.map((f) => ({ start: f.start - p.start, end: f.end - p.start }));

    // Conditions: named in a sentence without a warning/attribution/trial frame → "claimed" by the page.
    for (const { entry, re } of conditionMatchers()) {
      for (const h of findAll(re, norm, 50)) {
        const [s, e] = sentenceAround(norm, h.start);
        const sentence = norm.slice(s, e);
        const framed =
          isReported(h) ||
          // Tumour formation is a known risk of cell products, not a condition offered for treatment.
          (entry.id === 'cancer' && /risk|complication|side effect|风险|并发症|副作用|致瘤/.test(sentence)) ||
          isQuestion(sentence) ||
          findAll(LEX.research, sentence, 1).length > 0 ||
          findAll(LEX.warning, sentence, 1).length > 0 ||
          findAll(LEX.attribution, sentence, 1).length > 0 ||
          describesOthers(sentence) !== undefined ||
          namesEstablished(sentence) ||
          // Recruiting for a trial names conditions without offering treatment.
          findAll(LEX.trialLanguage, sentence, 1).length > 0;
        const prev = conditions.get(entry.id);
        const seen: ConditionSeen = prev ?? {
          id: entry.id,
          system: entry.system,
          serious: entry.serious,
          established: entry.established === true,
          claimed: false,
        };
        if (!framed) seen.claimed = true;
        conditions.set(entry.id, seen);
      }
    }

    // First-party selling only: a salesperson's words quoted by a reporter are not the page's own voice.
    // Nor is "the clinic says it uses your own cells" or "beware of free consultations": a voice or a call to
    // action in a sentence that attributes or warns belongs to someone else. A hospital describing its
    // established transplant service (我院血液科开展造血干细胞移植; "call our transplant team about a blood cancer")
    // is not selling unproven cells.
    const ownWords = (h: Hit): boolean => {
      if (isReported(h)) return false;
      const [s, e] = sentenceAround(norm, h.start);
      const sentence = norm.slice(s, e);
      // A newspaper's own furniture (subscribe, send us news tips) sells the paper, not a treatment.
      return (
        findAll(LEX.attribution, sentence, 1).length === 0 &&
        findAll(LEX.warning, sentence, 1).length === 0 &&
        !namesEstablished(sentence) &&
        findAll(PUBLISHER_RE, sentence, 1).length === 0 &&
        // A patient group's helpline (病友服务热线, 志愿者热线) or a reporting channel (拨打12320举报, report it to the FDA).
        !nonSalesContact(sentence) &&
        // A writer narrating an offer made to them (I had an email with a quote: …, hotel and transfers included).
        !NARRATED_EN_RE.test(sentence) &&
        // What an advert or other clinics say or did (It says…, Several clinics promoted financing…): E2–E4.
        describesOthers(sentence) === undefined &&
        // What a caller or salesperson told the writer, unquoted (电话里还说这个月报名能减两万; 对方说加微信详聊).
        !(hasCjk(sentence) && reportedZh(norm, h.start, s)) &&
        // A sentence that is one quotation from end to end ("Over 90% of our patients report improvement." in a
        // regulator's list of non-compliant statements): someone's words, printed; not the page speaking.
        !WHOLE_QUOTE_RE.test(sentence.trim())
      );
    };
    const lineOf = (pos: number): number => p.start + norm.lastIndexOf('\n', pos - 1) + 1;
    // A site's menu (首页 · 私信 · 我的贴吧) is no post: its buttons neither sell in the opening post nor count as a reply.
    const sellLine = (pos: number): void => {
      if (!menuLine(norm, pos)) sellLines.add(lineOf(pos));
    };
    const reply = REPLY_MARKER_RE.exec(norm);
    if (reply !== null) replyAt = Math.min(replyAt, p.start + reply.index);
    const offerHits = findAll(READER_OFFER_RE, norm);
    for (const h of findAll(LEX.cta, norm)) {
      if (ownWords(h)) {
        cta.add(norm.slice(h.start, h.end).replace(/\d/g, '0'));
        if (!overlaps(h, offerHits)) bookingCta.add(norm.slice(h.start, h.end).replace(/\d/g, '0'));
        sellLine(h.start);
      }
    }
    for (const h of findAll(LEX.travel, norm)) if (ownWords(h)) travel.add(norm.slice(h.start, h.end));
    if (!oralCellProduct) {
      oralCellProduct = findAll(ORAL_FORM_RE, norm).some((h) => {
        if (!ownWords(h)) return false;
        const ls = norm.lastIndexOf('\n', h.start - 1) + 1;
        const le = norm.indexOf('\n', h.end);
        return hasTopic(norm.slice(ls, le < 0 ? norm.length : le));
      });
    }
    for (const h of findAll(SPONSORED_LABEL_RE, norm)) {
      const ls = norm.lastIndexOf('\n', h.start - 1) + 1;
      const le = norm.indexOf('\n', h.end);
      const line = norm.slice(ls, le < 0 ? norm.length : le).trim();
      if (line.length <= LABEL_LINE_MAX && ownWords(h)) sponsorLabels.add(norm.slice(h.start, h.end));
    }
    for (const h of findAll(SPONSORED_DISCLOSURE_RE, norm)) if (ownWords(h)) sponsorLabels.add(norm.slice(h.start, h.end));
    for (const h of offerHits) {
      const key = norm.slice(h.start, h.end);
      if (ownWords(h) && !readerOffers.has(key)) readerOffers.set(key, p.start + h.start);
    }
    for (const h of findAll(LEX.voice, norm)) {
      if (ownWords(h)) {
        voice.add(norm.slice(h.start, h.end));
        sellLine(h.start);
        if (findAll(STORY_CONTACT_RE, norm.slice(h.start, h.end), 1).length > 0) storyContact.add(norm.slice(h.start, h.end));
      }
      else if (!isReported(h)) {
        const [s, e] = sentenceAround(norm, h.start);
        if (findAll(LEX.established, norm.slice(s, e), 1).length > 0) establishedVoice.add(norm.slice(h.start, h.end));
      }
    }
    for (const { genre: g, re } of genreMatchers()) {
      for (const h of findAll(re, norm)) {
        const set = genre.get(g) ?? new Set<string>();
        set.add(norm.slice(h.start, h.end).replace(/\d+/g, '0'));
        genre.set(g, set);
      }
    }

    // Critical voice: distinct positions of frames and critical vocabulary, minus sellers' disclaimers.
    // A shop's "research use only / not for human use" label is its own boilerplate too (Class 2).
    const disclaimers = [...findAll(LEX.disclaimer, norm), ...findAll(NOT_FOR_HUMANS_RE, norm)];
    // Disclaimers other sites carried (Footers on most sites carried disclaimers such as "results may vary") are reported.
    for (const h of findAll(LEX.disclaimer, norm)) {
      if (isReported(h)) continue;
      const [s, e] = sentenceAround(norm, h.start);
      if (describesOthers(norm.slice(s, e)) === undefined) disclaimerSet.add(norm.slice(h.start, h.end));
    }
    const starts = new Set<number>();
    for (const re of [LEX.critical, LEX.warning, LEX.attribution]) {
      for (const h of findAll(re, norm)) {
        if (overlaps(h, disclaimers)) continue;
        starts.add(h.start);
        warnLines.add(lineOf(h.start));
      }
    }
    criticalHits += starts.size;

    if (!cellSourceNamed && findAll(LEX.cellSource, norm, 1).length > 0) cellSourceNamed = true;
    if (!riskMentioned && findAll(LEX.risk, norm).some((h) => !overlaps(h, claimSpans))) riskMentioned = true;
    // Trial wording counts only in the page's own voice: not in a patient's question ("is this a registered
    // trial?"), reported speech, a warning, the research-fee rule (临床研究不得向受试者收费) or advice to look a
    // study up in a registry.
    for (const h of findAll(LEX.trialLanguage, norm)) {
      if (!ownWords(h)) continue;
      const [s, e] = sentenceAround(norm, h.start);
      const sentence = norm.slice(s, e);
      if (isQuestion(sentence) || isFeeRule(sentence) || findAll(VERIFY_ADVICE_RE, sentence, 1).length > 0) continue;
      trialLanguage = true;
      trialAt.push(p.start + h.start);
      trialPassages.add(p.start);
    }
    for (const h of findAll(STORAGE_RE, norm)) if (ownWords(h)) storageWords.add(norm.slice(h.start, h.end));
    // A shop's human-use words count in its own sentences, not inside its label (not for human injection, 非人用)
    // or a disclaimer.
    for (const h of findAll(NOT_FOR_HUMANS_RE, norm)) notForHumans.add(norm.slice(h.start, h.end));
    // Nor in a sentence describing someone else's shop (one shop lists…, the product page suggests…).
    const shopWords = (h: Hit): boolean => {
      if (!ownWords(h)) return false;
      const [s, e] = sentenceAround(norm, h.start);
      return findAll(SHOP_DESCRIBED_RE, norm.slice(s, e), 1).length === 0;
    };
    const useWords = (re: RegExp): boolean =>
      findAll(re, norm).some((h) => {
        if (!shopWords(h)) return false;
        const [s, e] = sentenceAround(norm, h.start);
        const sentence = norm.slice(s, e);
        return findAll(NOT_FOR_HUMANS_RE, sentence, 1).length === 0 && findAll(LEX.disclaimer, sentence, 1).length === 0;
      });
    for (const h of findAll(SHOP_RE, norm)) if (shopWords(h)) shop.add(norm.slice(h.start, h.end));
    if (!cellGoods) cellGoods = findAll(CELL_GOODS_RE, norm).some((h) => ownWords(h));
    if (!routeNamed) routeNamed = useWords(ROUTE_RE);
    if (!dosingNamed) dosingNamed = useWords(DOSING_RE);
    if (!practitionerNamed) practitionerNamed = useWords(PRACTITIONER_RE);
    // A step waived (无需配型、无需预处理: an ad's selling point) is no step of a transplant.
    for (const h of findAll(TRANSPLANT_STEP_RE, norm)) {
      if (!WAIVED_STEP_RE.test(norm.slice(Math.max(0, h.start - 3), h.start))) transplantSteps.add(norm.slice(h.start, h.end));
    }
    for (const h of findAll(APPROVED_SCHEME_RE, norm)) if (ownWords(h)) approvedScheme.add(norm.slice(h.start, h.end));
    for (const h of findAll(AD_DECODING_RE, norm)) adDecoding.add(norm.slice(h.start, h.end));
    const ids = findTrialIds(text, p.start);
    trialHits.push(...ids);
    trialAt.push(...ids.map((t) => t.start));
    if (ids.length > 0) trialPassages.add(p.start);
  }

  findings.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  // "Conditions we treat" on a page whose conditions are blood cancers and marrow failure (a transplant
  // programme) is not a panacea: panacea phrases need conditions claimed in several unrelated systems.
  const seen = [...conditions.values()];
  const claimedSystems = new Set(seen.filter((c) => c.claimed && !c.established).map((c) => c.system));
  if (seen.some((c) => c.established) && claimedSystems.size < 3) {
    for (const f of findings) {
      if (f.family === 'panacea' && !f.mention) {
        f.mention = true;
        f.context = 'established-use';
        delete f.hedged;
      }
    }
  }
  // A transplant programme page (its conditions are blood cancers and marrow failure, nothing else offered)
  // that publishes cost estimates, insurance and financial counselling is being transparent about standard
  // care: its prices are not an offer of unproven cells, nor a fee for a trial.
  const otherSystems = new Set(
    seen.filter((c) => c.claimed && !c.established && c.system !== 'oncology').map((c) => c.system),
  );
  // A page that lists the steps of a transplant (conditioning chemotherapy, donor search, GVHD) for blood cancers
  // only: its "stem cell infusion" is one of those steps, not a product on sale (and not the 干细胞回输…白血病 of an
  // ad, which names no transplant steps).
  // Its 干细胞输注 already read as established use sentence by sentence is such a step too: on a transplant programme's page
  // it is no cell offer that would keep its cost reference an offer (below).
  if (seen.some((c) => c.established) && otherSystems.size === 0 && transplantSteps.size >= TRANSPLANT_STEP_KINDS) {
    for (const f of findings) {
      if (f.family === 'unproven-product' && (!f.mention || f.context === 'established-use')) {
        f.mention = true;
        f.context = 'transplant-step';
        delete f.hedged;
      }
    }
  }
  // G2: a pharmacist's or doctor's piece decoding clinic ads ("Safe and natural" as a heading, When you see "no side
  // effects," read it as…, Advertised prices started at $4,000…) speaks with no selling voice, contact or reader offer of
  // its own: its claims are the ads' phrases quoted or described, not its own. A clinic's own FAQ ("Is it safe? Safe and
  // natural — no side effects") has its voice and names no ads.
  const decodesAds =
    adDecoding.size >= AD_DECODING_KINDS && voice.size === 0 && storyContact.size === 0 && readerOffers.size === 0;
  if (decodesAds) {
    for (const f of findings) {
      if (!f.mention) {
        f.mention = true;
        f.context = 'decoded-ad';
        delete f.hedged;
      }
    }
  }
  // Cells sold on the page (干细胞回输…白血病 is classed as established use sentence by sentence, but is no
  // transplant programme); warned-about or attributed products do not count.
  const cellOffer = findings.some(
    (f) => f.family === 'unproven-product' && (!f.mention || f.context === 'established-use'),
  );
  if (seen.some((c) => c.established) && otherSystems.size === 0 && !cellOffer) {
    for (const f of findings) {
      if (!f.mention && (f.family === 'pricing' || f.family === 'pay-to-participate')) {
        f.mention = true;
        f.context = 'established-use';
        delete f.hedged;
      }
    }
  }
  // A banking service's page (bank, storage, collection, processing…) that claims no effect: its plan prices and
  // the products it stores ("Cord blood + cord tissue: $2,990") are the storage service, unless their own sentence
  // names a treatment (an infusion programme, 回输年卡), which stays an offer. A page that offers a treatment or
  // charges for a study in its own voice is not a bank, whatever else it stores: a "research project" selling
  // MSC infusions for a 细胞制备及技术服务费 that also advertises personal cell storage keeps its prices.
  const claimsEffectOnly = findings.some((f) => !f.mention && EFFECT_FAMILIES.has(f.family));
  const offersTreatment = findings.some(
    (f) =>
      !f.mention &&
      (f.family === 'pay-to-participate' || (f.family === 'unproven-product' && namesTreatment(normalize(f.quote)))),
  );
  if (storageWords.size >= STORAGE_KINDS && !claimsEffectOnly && !offersTreatment) {
    for (const f of findings) {
      const service = f.family === 'pricing' || f.family === 'unproven-product';
      if (service && !f.mention && !namesTreatment(normalize(f.quote))) {
        f.mention = true;
        f.context = 'storage-service';
        delete f.hedged;
      }
    }
  }
  // Registration and accreditation (registered with the FDA as a cord blood establishment, AABB-accredited) on a
  // page that claims no effect and offers no cell product, in a sentence that names no treatment or cells,
  // describe a lab or a storage service; cited next to a treatment's claims, or about the therapy or the cells
  // ("This therapy is FDA compliant"), they borrow legitimacy (red-flags.md §2) and stay claims.
  const claimsEffect = findings.some((f) => !f.mention && (EFFECT_FAMILIES.has(f.family) || f.family === 'unproven-product'));
  if (!claimsEffect) {
    for (const f of findings) {
      const phrase = phraseOf.get(f) ?? '';
      const registration = findAll(REGISTRATION_RE, phrase, 1).length > 0 && !namesOffer(normalize(f.quote));
      if (f.family === 'regulatory-claims' && !f.mention && registration) {
        f.mention = true;
        f.context = 'no-offer';
        delete f.hedged;
      }
    }
  }
  // A hospital's page of the cell therapies a regulator approved it for (特管办法 核准项目, 核准适应症, 收费标准依卫生福利部
  // 核定), with their risks: its fees are the approved schedule, not an offer. Only when the page makes no effect claim,
  // creates no urgency, names no non-medical venue and discounts nothing of its own (red-flags.md §2): a clinic that cites
  // the same approval next to "逆龄", testimonials or 优惠价 stays an ad. The page's own claim of that approval
  // (依特管辦法經衛生福利部核准之細胞治療項目) is what such a page then documents (indications, approval numbers, fee caps):
  // a thing to verify, listed as a mention; any other approval badge (国家认证, 权威认证) keeps the page out.
  const schemeApproval = (f: Finding): boolean =>
    f.family === 'regulatory-claims' && findAll(APPROVING_AUTHORITY_RE, phraseOf.get(f) ?? '', 1).length > 0;
  const regulatedCare =
    approvedScheme.size >= APPROVED_SCHEME_KINDS &&
    riskMentioned &&
    !findings.some((f) => !f.mention && (EFFECT_FAMILIES.has(f.family) || NOT_REGULATED_CARE.has(f.family))) &&
    !findings.some((f) => !f.mention && f.family === 'regulatory-claims' && !schemeApproval(f)) &&
    !findings.some((f) => !f.mention && f.family === 'pricing' && findAll(DISCOUNT_RE, phraseOf.get(f) ?? '', 1).length > 0);
  if (regulatedCare) {
    for (const f of findings) {
      if (!f.mention && (f.family === 'pricing' || schemeApproval(f))) {
        f.mention = true;
        f.context = 'regulated-care';
        delete f.hedged;
      }
    }
  }
  // Pay-to-participate needs the page's own price and its own trial wording (or an ID) together, or a study fee.
  const ownPrices = findings.filter((f) => !f.mention && f.family === 'pricing');
  const trialPriceNear =
    findings.some((f) => !f.mention && f.family === 'pay-to-participate') ||
    ownPrices.some(
      (f) =>
        trialPassages.has(passageOf.get(f) ?? -1) ||
        (namesOffer(normalize(f.quote)) && trialAt.some((t) => Math.abs(t - f.start) <= TRIAL_PRICE_REACH)),
    );
  // Class 2: cell goods sold through a cart or by the vial, with a route into the body and dosing, practitioner
  // buyers or conditions named in the shop's own words. A lab catalogue (isolation kits, culture media, samples) names
  // no route; a cream review has no cart of its own.
  const conditionsClaimed = seen.some((c) => c.claimed && !c.established);
  const shopTherapyOffer =
    cellGoods && shop.size > 0 && routeNamed && (dosingNamed || practitionerNamed || conditionsClaimed);
  // On such a shop, a price next to its cart or its goods ("$499 · Buy now · Free shipping…") is for the goods, not for
  // shipping or storage.
  if (shopTherapyOffer) {
    for (const f of findings) {
      const q = normalize(f.quote);
      const forGoods = findAll(SHOP_RE, q, 1).length > 0 || findAll(CELL_GOODS_RE, q, 1).length > 0;
      if (f.family === 'pricing' && f.mention && f.context === 'non-treatment' && forGoods) {
        f.mention = false;
        delete f.context;
      }
    }
  }
  // G3: a thread (forum markers) whose opening post sells nothing, where the lines that sell (a reply in a provider's
  // voice: 我们合作的医院…私信我…现在报名有优惠) are fewer than the lines that warn (其他网友: 医托, 骗局; a doctor's
  // advice): that reply's findings stay claims, but it does not make the thread a seller or a soft ad.
  const forumMarkers = genre.get('forum')?.size ?? 0;
  const sellAt = [...sellLines];
  const replyWarnings = [...warnLines].filter((l) => l >= replyAt && !sellLines.has(l)).length;
  const threadReplySeller =
    forumMarkers >= THREAD_FORUM_MARKERS &&
    Number.isFinite(replyAt) &&
    sellAt.length > 0 &&
    sellAt.every((l) => l >= replyAt) &&
    sellAt.length < replyWarnings;
  // A reader offer in a thread's reply (报我名字有优惠 under a 知乎 question) is that reply's, not a story the page tells
  // its readers: only offers in the opening post can make the page a sponsored story (score.ts).
  const thread = forumMarkers >= THREAD_FORUM_MARKERS && Number.isFinite(replyAt);
  const pageOffers = [...readerOffers.values()].filter((at) => !thread || at < replyAt).length;
  const genreMarkers: Record<string, number> = {};
  for (const [g, set] of genre) genreMarkers[g] = set.size;
  return {
    topic,
    findings,
    trialIds: uniqueTrialIds(trialHits),
    conditions: [...conditions.values()],
    ctaKinds: cta.size,
    travelKinds: travel.size,
    voiceKinds: voice.size,
    establishedVoiceKinds: establishedVoice.size,
    criticalHits,
    cellSourceNamed,
    riskMentioned,
    trialLanguage,
    genreMarkers,
    disclaimerKinds: disclaimerSet.size,
    trialPriceNear,
    noFeeStatement,
    costsBorne,
    storyContactKinds: storyContact.size,
    readerOfferKinds: pageOffers,
    bookingCtaKinds: bookingCta.size,
    sponsorLabelKinds: sponsorLabels.size,
    oralCellProduct,
    shopTherapyOffer,
    shopKinds: shop.size,
    notForHumansKinds: notForHumans.size,
    threadReplySeller,
    regulatedCare,
  };
}
