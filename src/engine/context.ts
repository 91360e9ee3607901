// Claim or mention? (red-flags.md §3). A phrase is a mention when, in its own scope, it is
//   - attributed to someone else (claims, so-called, 宣称, 号称…),
//   - warned about (beware, red flag, scam, 警惕, 骗局…), or
//   - negated just before it (no treatment is "100% safe", 不是"零风险").
// Scope: about five words before an English phrase (the whole sentence when the phrase is in quotes, since
// writers list quoted slogans after one frame), a few words after it ("… is a red flag"); the clause in
// Chinese (ended by 。，；！？ and 但/但是). Quotation marks alone never make a mention.
// Cure/efficacy/regulatory/panacea wording next to an established haematological use (BMT for leukaemia, CAR-T
// for lymphoma, cord blood donation for transplant) is a mention too, and so are: reported speech (see
// reportedSpans), questions, research being described ("researchers are studying…"), the safety of a collection
// procedure, and a price someone paid in a story. The page-level score may turn reported speech and
// questions back into claims on a strong selling page that is not third-party (score.ts); a question someone
// asks in quotes or under a lead-in ('asked': a patient's "一个疗程8万，能治好吗？") stays a mention everywhere.
// Neither is a supposition ("if stem cells really could cure…", 如果干细胞真能…治好), regeneration wording about
// plants (stems and roots regenerate), a price for something that is not a treatment (a camp week, a subscription,
// lodging, a cord blood bank's collection and storage), a stored cell product (banking is a service), a post's
// narrated past (还给我们看了锦旗, 我在杭州打过) or a Chinese sentence framed by a critical comparison (这套路跟卖保健品
// 一模一样). English quotes are attributed by a speaker after them too (“…,” the patient coordinator said).
// Offers are first-party (red-flags.md §3, "commercial intent"): a price or fee is not the page's own in the
// research-fee rule (临床研究不得向受试者收费), under a pretext frame (打着…旗号), in unquoted reported speech
// (对方说…, 机构号称…), or in the lines of a list under a speech lead-in ("Then:", 客服说：; see leadInKind).
import { LEX } from './compiled';
import {
  BODY_OR_TREATMENT,
  COUNTERFACTUALS,
  CRITICAL_SENTENCE_ZH,
  DESCRIBED_SELLER_EN,
  ESTABLISHED_COSTS,
  FEE_RULE_STATEMENTS,
  MYTH_HEADINGS_ZH,
  NARRATED_EVENTS_EN,
  NARRATED_EVENTS_ZH,
  NEGATIONS_EN,
  NEGATIONS_ZH,
  NON_TREATMENT_ITEMS,
  PARTIAL_CHARGE_ZH,
  SPONSOR_BORNE_SRC,
  OFFER_ITEMS,
  OTHERS_DID_EN,
  PLANT_SENSE,
  PRETEXT_FRAMES_ZH,
  PRODUCTION_RATES_ZH,
  STORAGE_SERVICE,
  STANDARD_CARE_COSTS,
  TRANSPLANT_PROCEDURE,
  UNPROVEN_OFFER_WORDS,
  WARNING_LIST_HEADINGS,
} from './lexicon/context';
import { CLAIMING_VERBS_ZH, SPEECH_TO_REPORTER_ZH, TESTIMONIAL_SPEAKERS, THIRD_PARTY_SPEAKER_ZH } from './lexicon/genre';
import { compilePatterns, findAll } from './matcher';
import { hasCjk } from './normalize';
import { enClauseStart, sentenceAround, wordsAfter, wordsBefore, zhClauseEnd, zhClauseStart } from './segment';

export interface ContextResult {
  mention: boolean;
  context?:
    | 'attribution'
    | 'warning-frame'
    | 'negation'
    | 'established-use'
    | 'reported-speech'
    | 'question'
    | 'asked'
    | 'research'
    | 'narrative'
    | 'hypothetical'
    | 'off-topic'
    | 'non-treatment'
    | 'storage-service';
  hedged: boolean;
}

const NEG_EN_RE = new RegExp(
  `(?<![a-z0-9'])(?:${NEGATIONS_EN.map((w) => w.replace(/'/g, "'?")).join('|')})(?![a-z0-9'])`,
  'i',
);
const NEG_ZH_RE = new RegExp(NEGATIONS_ZH.join('|'));
/** About five words (red-flags.md §3), a little more so "be wary of anyone who says…" is in scope. */
const WARNING_SCOPE_WORDS = 8;
const QUOTES = /["“”「」『』‹›«»]/;

/** Families whose wording about standard haematological care is not a red flag. */
const ESTABLISHED_SENSITIVE = new Set([
  'cure-guarantee',
  'success-rate',
  'serious-targets',
  'unproven-product',
  'regulatory-claims',
  'panacea',
]);
/** Efficacy families: "researchers are studying X for many conditions" describes research, not an offer. */
const RESEARCH_SENSITIVE = new Set(['cure-guarantee', 'success-rate', 'serious-targets', 'panacea', 'anti-ageing']);

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' };
/** The provider itself is the speaker: 我院承诺：“…”, our patients say "…". Then quotes stay claims. */
const FIRST_PARTY_RE = /我们|我院|本院|本中心|我中心|我司|本公司|本店|本机构|(?<![a-z])(?:we|our|us)(?![a-z])/;
const SHORT_VERB_WINDOW = 6;
const SPONSOR_BORNE_RE = new RegExp(SPONSOR_BORNE_SRC);
const FEE_WAIVED_RE = new RegExp(
  '全免|免费|免除|无需支付|无需承担|无须承担|不需承担|无须支付|不收取|不收费|申办方承担|由申办方|at no cost|free of charge|' +
    // （受试者不承担研究费用）: the subject bears nothing.
    '(?:受试者|参与者|志愿者)[^。；！？\\n]{0,4}不(?:承担|负担|支付|缴纳)|' +
    `no cost to (?:you|participants)|covered by the sponsor|${SPONSOR_BORNE_SRC}`,
);
/** An amount of money in a sentence (the fee is stated, not only the word 费用). */
const AMOUNT_RE = /\d\s?(?:[万千元块]|美元)|[$¥￥]\s?\d|(?:新台币|台币|港币|nt\$|hk\$)\s?\d/;
/** Between two quotes of one list: nothing, 、 , spaces, or 和/及/或/and/or. */
const QUOTE_JOINER = /^(?:[\s、,，;和及或与]|and|or)*$/;

/** The writer states the research-fee rule (不得向受试者收费, legitimate trials do not charge participants). */
const FEE_RULE_RE = compilePatterns(FEE_RULE_STATEMENTS);
/** A sentence that asks: its question mark may be followed by closing quotes (“…能治好吗？”). */
// A Chinese question may end on its particle without a mark (45萬是合理價格嗎, 值得吗).
const QUESTION_END = /[?吗][\s"”」』')）]*$/;
/** 误区一：…, 谣言：… at the start of a sentence: the rest of it is the myth being corrected. */
const MYTH_HEADING_ZH = new RegExp(`^[\\s#*•·]*(?:${MYTH_HEADINGS_ZH.join('|')})[一二三四五六七八九十\\d]{0,3}[:｜|]`);
/** Someone else saying it, earlier in the same sentence, without quotation marks (对方说一个疗程15万). */
const SPEAKER_ZH_RE = new RegExp(`${THIRD_PARTY_SPEAKER_ZH}|${SPEECH_TO_REPORTER_ZH}|${CLAIMING_VERBS_ZH.join('|')}`);
/** Pretext frames over a whole Chinese sentence (打着…旗号, 所谓, 号称). */
const PRETEXT_ZH_RE = new RegExp(PRETEXT_FRAMES_ZH.join('|'));
/** Testimonial speakers (patients, 顾客, 会员): their lead-ins carry quoted lines only. */
const TESTIMONIAL_RE = compilePatterns(TESTIMONIAL_SPEAKERS);
/** Families that make the page's offer: a price or fee is an offer only in the page's own voice. */
const OFFER_FAMILIES = new Set(['pricing', 'pay-to-participate']);
/** If stem cells really could…, 如果干细胞真能…: a supposition, not a claim. */
const COUNTERFACTUAL_RE = compilePatterns(COUNTERFACTUALS);
const PLANT_RE = compilePatterns(PLANT_SENSE);
const BODY_RE = compilePatterns(BODY_OR_TREATMENT);
const NON_TREATMENT_RE = compilePatterns(NON_TREATMENT_ITEMS);
const OFFER_ITEM_RE = compilePatterns(OFFER_ITEMS);
/** Not approved (没有获批, 未经批准, 尚未批准): with a warning after the phrase, the sentence warns. */
const UNAPPROVED_ZH_RE = /没有获批|未获批|未经批准|尚未批准|没有批准|未被批准/;
const NO_GUARANTEE_ENROL_RE =
  /不(?:保证|一定|能保证)[^。！？]{0,12}(?:入组|入选|纳入)|not (?:everyone|all|every)[^.!?]{0,40}(?:be enrolled|be eligible|be accepted|qualify)/;
const ESTABLISHED_COST_RE = compilePatterns(ESTABLISHED_COSTS);
const UNPROVEN_OFFER_RE = compilePatterns(UNPROVEN_OFFER_WORDS);
/** Chemotherapy, then the stored cells returned: a transplant's steps described (lexicon/context.ts). */
const TRANSPLANT_PROCEDURE_RE = compilePatterns(TRANSPLANT_PROCEDURE);
const STANDARD_CARE_COST_RE = compilePatterns(STANDARD_CARE_COSTS);
/** Storage or banking words; scan.ts counts them per page with the same regex. */
export const STORAGE_RE = compilePatterns(STORAGE_SERVICE);
const CRITICAL_SENTENCE_ZH_RE = new RegExp(CRITICAL_SENTENCE_ZH.join('|'));
const NARRATED_ZH_RE = new RegExp(NARRATED_EVENTS_ZH.join('|'));
/** An English writer's narrated past about an offer made to them (NARRATED_EVENTS_EN). */
export const NARRATED_EN_RE = new RegExp(`(?<![a-z])(?:${NARRATED_EVENTS_EN.join('|')})(?![a-z])`);
/** 尚无可靠证据证明, 没有证据表明, 缺乏证据支持, 不能证明: what follows in the clause is not shown. */
const EVIDENCE_NEG_ZH_RE =
  /(?:尚无|暂无|没有|並無|并无|缺乏|无|尚未有|还没有)[^，。；！？,;!?]{0,6}?证据(?:能够|可以)?(?:证明|表明|显示|支持|证实)|(?:不能|无法|未能|尚未|没有|并未)(?:证明|证实)/;
/** A provider declining to offer something (不开展, 不提供, 从未开展…). */
const REFUSAL_ZH_RE = /不开展|不提供|不从事|不进行|不接诊|不承接|未开展|从未开展|没有开展|从不提供|不再开展|未提供|并未提供|不施行|未施行/;
/** …and turning to what it offers instead. */
const TURN_ZH_RE = /[只仅但]|而是/;
/** A sentence stating an advertising rule or an enforcement step (E1). */
const REGULATORY_RULE_RE =
  /(?:considered|count as|counts as|are|is|treated as) (?:an? )?(?:advertising|advertisements?)(?![a-z])|must comply|not permitted|prohibited representations?|infringement notices?|warning letters|advertising code|advertising requirements|unlawful advertising/;
/** Other providers as the subject (某些医院, 不少机构, 一些诊所, 有的美容院): a guide describing them. */
const OTHER_PROVIDERS_ZH_RE =
  /(?:某些|一些|有些|有的|不少|很多|许多|部分|个别|多数|大多数|这些|那些|网上的?|市面上的?)(?:私立|民营|境外|海外|商业)?(?:医院|机构|医疗机构|诊所|美容院|养生馆|公司|商家|中心)/;
/** Trials said to be under way (临床试验仍在进行中, 研究正在进行): a research report, not an offer. */
const TRIALS_ONGOING_ZH_RE = /(?:试验|研究)(?:目前)?[仍还正尚]?(?:在|正在)(?:进行|开展|招募)/;
/** E3: a checklist or guide describing what an advert does (It says…, The clinic treats…, Be wary if…). */
const DESCRIBED_SELLER_RE = new RegExp(DESCRIBED_SELLER_EN.join('|'));
/** E2/E4: other businesses' past doings in the third person (Several clinics promoted…, The price … was $24,500). */
const OTHERS_DID_RE = new RegExp(OTHERS_DID_EN.join('|'));
/** A sale price ("was $30,000, now $19,900"), not a past one. */
const SALE_PRICE_RE = /(?<![a-z])(?:now|only|save|today)(?![a-z])/;

/**
 * Whether an English sentence describes someone else's selling: what an advert or clinic says or does (a guide's
 * checklist), or what other businesses did (a report). 'attribution' for the first, 'narrative' for the second (a soft
 * ad told as a story turns its narrative back into claims); undefined when the page may be speaking for itself.
 */
export function describesOthers(sentence: string): 'attribution' | 'narrative' | undefined {
  if (hasCjk(sentence)) return undefined;
  if (DESCRIBED_SELLER_RE.test(sentence)) return 'attribution';
  if (!FIRST_PARTY_RE.test(sentence) && !SALE_PRICE_RE.test(sentence) && OTHERS_DID_RE.test(sentence)) return 'narrative';
  return undefined;
}

/** 产品生产成功率达97%: a rate of making cells, not of treating. */
const PRODUCTION_RATE_RE = new RegExp(PRODUCTION_RATES_ZH.join('|'));
/**
 * A news sentence whose subject is the reporter (记者以顾客身份来到…会所, 记者注意到…, 记者随后联系了…): it narrates
 * what the reporter saw, so the venue, price or product in it is the reporter's finding, not the page's offer.
 */
const REPORTER_NARRATION_RE =
  /^[\s\p{P}]*(?:【[^】]{1,12}】)?(?:暗访|探访|调查|揭秘|曝光|(?:本报|本台|本刊)(?:近日)?(?:接到|收到)|(?:(?:随后|随即|当天|近日|日前|此后|之后|同时|另外)[,，]?)?(?:本报|本台|本刊)?(?:记者|暗访记者|调查记者|通讯员)(?:[\u4e00-\u9fff]{1,3}\s)?(?:随后|随即|再次|[又还也]|近日|日前|当天)?(?:[以在从向]|来到|走进|看到|注意到|发现|了解到|观察到|询问|联系|致电|拨打|走访|暗访|探访|调查|获悉|查询|查阅|登录|搜索|咨询))/u;
/** G1: an English broadcast or report narrating its crew's own visit (our producer…, with a hidden camera, undercover). */
const REPORTER_NARRATION_EN_RE =
  /(?<![a-z])(?:our|a|the) (?:producer|reporter|correspondent|crew|camera crew|investigative team)(?![a-z])|hidden camera|undercover|posing as/;
/** Families a reporter's narrated sentence reports rather than offers (the venue, the price, the product). */
const REPORTER_SENSITIVE = new Set(['non-medical-provider', 'pricing', 'unproven-product', 'pay-to-participate']);
/** Efficacy wording that a plant sense can take over ("stems and roots regenerate", "grow new leaves"). */
const PLANT_SENSITIVE = new Set(['cure-guarantee', 'anti-ageing']);
/** Families a post's narrated past (还给我们看了锦旗; 我在杭州打过，两次15万) turns into a story. */
const NARRATED_SENSITIVE = new Set(['testimonials', 'pricing', 'minimal-intake-urgency']);
/** Longest unquoted list line a lead-in carries on to (a bullet, not a paragraph). */
const CARRIED_LINE_MAX = 220;
const WARNING_LIST_RE = compilePatterns(WARNING_LIST_HEADINGS);
/** Longest heading or lead-in line that introduces a list of warning signs (a colon lead-in may run longer). */
const WARNING_HEADING_MAX = 60;
const WARNING_LEAD_IN_MAX = 160;
/** A warning-signs heading that is really a seller's pitch: "Warning signs you need stem cells", 需要干细胞. */
const NEEDS_TREATMENT_RE = /(?<![a-z])(?:need|needs|candidate|benefit|benefits)(?![a-z])|需要|适合|可以帮|能帮|调理|尽早|及早/;
/** A section heading of the page's own (三、家长可以怎么做, 第三步, ## …): the list of warning signs ends there. */
const SECTION_HEADING_RE = /^[\s#*]*(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部步条]|[（(][一二三四五六七八九十]{1,3}[)）])/;
/** A quoted claim named as a topic (关于“干细胞治自闭症”，我们想说几句): the writer talks about it. */
const ABOUT_QUOTE_ZH_RE = /(?:关于|对于|针对|谈谈|聊聊|说说)\s?[“"「『][^”"」』]*$/;
/** Other providers as a sentence's subject: 一些机构, 有的诊所, 那家医院; some clinics, these providers. */
const OTHER_PROVIDERS_RE =
  /(?:一些|有些|有的|某些|不少|很多|许多|部分|这类|这些|那些|那家|这家|个别|其他|别的|外面的)(?:民营|私立|海外|境外)?(?:机构|诊所|医院|美容院|养生馆|公司|商家|中心)|(?<![a-z])(?:some|many|most|these|those|other|such|unlicensed|overseas|offshore|private) (?:clinics|providers|companies|centers|centres|sellers)(?![a-z])/;
/** An amount of money: 6.8万元, 3000元, $5,900, ￥1680. */
const PRICE_RE = /\d\s?(?:[万千元块]|美元)|[$¥￥]\s?\d/;
/** A sentence end inside a line (not its last character). */
const MID_SENTENCE_END_RE = /[。！？!?]|\.\s/;
/** Listener, not speaker: 家长告诉我们, 跟我们说, 向我们反映 ("we" hear it; the provider is not speaking). */
const LISTENER_ZH_RE = /(?:告诉|[跟对向给问]|找到?|联系)我们/g;
/**
 * A clause that reports speech with its subject left out (网上一大堆机构，说能治好，一个疗程十几万): a claim verb right before
 * it, a speaker named as "they" after the verb (…，说他们治了几千例), a call or visit just before it (有个中心打电话，说…),
 * or the medium it came through (电话里还说…, 微信上说…).
 */
const ELIDED_SPEAKER_ZH_RE =
  /(?:^|[,，;；]|广告[上里中]?|宣传[上里中]?|网上|群里|朋友圈里?)\s?[都还又就也]?(?:[说称]|据说|听说)(?=能|可以|[可会包治]|保证|一定|只要|一个|一次|一针)|(?:^|[,，;；])\s?[都还又就也]?[说称](?=他们|她们|自己|人家|对方)|(?:打了?电话|打来电话|来电话?|找上门|上门推销|发来?短信|发来?微信|加了?我微信)[^。！？!?，,]{0,6}[,，]\s?[都还又就也]?[说称]|(?:电话|微信|短信|语音|视频)[里中上]\s?[都还又就也]?[说称讲]/;

/**
 * An exception clause (除白血病等血液病外, 除了骨髓移植以外): what it names is set aside, and the rest of the sentence is about
 * everything else (…，干细胞移植还可用于糖尿病、帕金森): an established use named there does not make the sentence one.
 */
const EXCEPT_CLAUSE_ZH_RE = /除了?[^,，。；;！？!?\n]{0,24}?(?:以外|之外|外)/g;

/** The sentence names an established haematological use outside an exception clause (see EXCEPT_CLAUSE_ZH_RE). */
export function namesEstablished(sentence: string): boolean {
  return has(LEX.established, sentence.replace(EXCEPT_CLAUSE_ZH_RE, (m) => ' '.repeat(m.length)));
}

/**
 * True when the (normalized) sentence names a treatment or the cells themselves ("This therapy is FDA compliant",
 * "Our cells come from an FDA registered lab"): a registration statement in it is about what is offered.
 */
export function namesOffer(sentence: string): boolean {
  return has(OFFER_ITEM_RE, sentence) || /(?<![a-z])cells?(?![a-z])|细胞/.test(sentence);
}

/** True when the (normalized) sentence names a treatment (an infusion, 回输, a therapy package), not only cells. */
export function namesTreatment(sentence: string): boolean {
  return has(OFFER_ITEM_RE, sentence);
}

/**
 * Someone else's words reported without quotation marks, from earlier in the sentence up to `start` (对方说一个疗程15万;
 * 那家机构号称…; 有个中心打电话，说他们…; 电话里还说报名能减两万). 但 ends the report (有人宣称不安全，但我院…), and the
 * provider's own voice before the speaker or between it and the phrase (本中心…) keeps the page speaking; 家长告诉我们 /
 * 跟我们说 is "we" listening, not speaking. `sStart` is the start of the sentence around `start`.
 */
export function reportedZh(norm: string, start: number, sStart: number): boolean {
  const from = Math.max(sStart, norm.lastIndexOf('但', start - 1) + 1);
  const lead = norm.slice(from, start);
  const sp = Math.max(firstMatchIndex(SPEAKER_ZH_RE, lead), firstMatchIndex(ELIDED_SPEAKER_ZH_RE, lead));
  return sp >= 0 && !FIRST_PARTY_RE.test(lead.replace(LISTENER_ZH_RE, ''));
}

/** True when the sentence is a question (ends with ?, possibly inside closing quotes). */
export function isQuestion(sentence: string): boolean {
  return QUESTION_END.test(sentence);
}

/** True when the sentence states the research-fee rule (a warning about paid "trials", not an offer). */
/** 无须承担检查费用，仅需缴纳…68000元: a waiver next to a charge does not waive the charge. */
const PARTIAL_CHARGE_RE = new RegExp(PARTIAL_CHARGE_ZH);
export function isFeeRule(sentence: string): boolean {
  return has(FEE_RULE_RE, sentence) && !PARTIAL_CHARGE_RE.test(sentence);
}

/** A list bullet or number at the start of a line, before a quoted line (- "…", • “…”, 1. “…”). */
const BULLET_PREFIX = /^[ \t]*(?:(?:[-*•·‣▪◦–—>]|\d{1,2}[.)、])[ \t]*)?$/;
/** After a quoted heading's closing quote: a colon or a dash, then more words on the line. */
const QUOTED_HEADING_TAIL = /^[ \t]?(?:[:：–]|—{1,2}|-(?= ))[ \t]?\S/;
/** After a closing quote, the speaker and a short verb in the same sentence (“…”该工作人员说。 "…," she said). */
const SHORT_VERB_AFTER = /^[^。!?\n]{0,14}[称说道问讲]/;

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function firstMatchIndex(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m === null ? -1 : m.index;
}

/**
 * What a line passes on to the lines below it: nothing; quoted lines only (a bare colon heading such as
 * "Patient reviews:" may introduce quotes); or any list line (a speech lead-in: "Then:", "They said:", 对方称：,
 * 客服说：, "Here's what she told me:" – everything listed under it is the other side's words, quoted or not).
 */
export type Carry = 'none' | 'quotes' | 'lines' | 'warned';

/**
 * A heading or lead-in over a list of warning signs (二、常见的危险信号, "Red flags to watch for:"), not in a provider's
 * voice and not a pitch ("Warning signs you need stem cell therapy"): the lines below it are warned about.
 */
export function isWarningHeading(line: string): boolean {
  const t = line.trim();
  const colon = /[:：]$/.test(t);
  if (t === '' || t.length > (colon ? WARNING_LEAD_IN_MAX : WARNING_HEADING_MAX)) return false;
  // A heading has no full stop of its own (如何识别危险信号？ and "Watch out for these red flags!" are headings); a
  // lead-in ends with a colon ("…; we watch for GVHD." is prose).
  if (!colon && /[.;。；]$/.test(t)) return false;
  if (!has(WARNING_LIST_RE, t) || NEEDS_TREATMENT_RE.test(t)) return false;
  // "Warning signs we keep seeing:" is a guide speaking; 我院提醒…, "our clinic…" or a booking line is a provider's.
  return !has(LEX.voice, t) && !has(LEX.cta, t);
}

/**
 * A line of a warning-signs list: short, not the page's next section heading (三、…), not a provider speaking or
 * selling (我院…, call us), and not a lead-in to something else.
 */
function warnedItem(line: string): boolean {
  const t = line.trim();
  if (t.length > CARRIED_LINE_MAX || SECTION_HEADING_RE.test(t)) return false;
  // An item is one sentence: a paragraph of several ("…都是骗局。我院干细胞回输安全有效，…") is the page's own text again.
  let body = t.length;
  while (body > 0 && ' \t"”」』)）'.includes(t.charAt(body - 1))) body--;
  if (MID_SENTENCE_END_RE.test(t.slice(0, Math.max(0, body - 1)))) return false;
  // The page's own priced offer (干细胞回输修复受损细胞，…一个疗程6.8万元): a treatment and a price, nobody else speaking.
  const priced = PRICE_RE.test(t) && has(OFFER_ITEM_RE, t);
  const voiced = SPEAKER_ZH_RE.test(t) || has(LEX.attribution, t) || has(LEX.reportEn, t) || has(LEX.warning, t);
  if (priced && !voiced) return false;
  return !has(LEX.cta, t) && !providerVoice(t) && !FIRST_PARTY_RE.test(t.replace(LISTENER_ZH_RE, ''));
}

/** Selling-voice phrases addressed to the reader ("your own cells", "your treatment", 您的): not a provider speaking. */
const SECOND_PERSON_RE = /^(?:your|you)(?![a-z])|^(?:为您|让您|帮您|您的)/;

/**
 * A provider's voice in a line (our clinic, we offer, 我院): the second-person phrases of the voice lexicon do not
 * count, since a warning list quotes what clinics tell "you" ("…or that your own cells can't cause a reaction").
 */
function providerVoice(line: string): boolean {
  return findAll(LEX.voice, line).some((h) => !SECOND_PERSON_RE.test(line.slice(h.start, h.end)));
}

/**
 * A line that introduces quoted lines or paragraphs below it: "Here's what they told me:", 对方称：,
 * "…told our reporter the treatment was the best option." (a reporting verb in the line). The provider
 * introducing its own words ("Our patients say:", 我院承诺：) is not a lead-in: a first-party speaker before
 * the verb ("they told us:" is someone else speaking to us). 'lines' when a reporting verb or lead-in cue
 * names speech, 'quotes' for a bare colon.
 */
export function leadInKind(line: string): Carry {
  // Its last sentence: "…sent us a brochure. Here's what she told me:" is led in by "she", not "us".
  const whole = line.trim();
  let cut = whole.length - 1;
  while (cut > 0 && '.!?。！？'.includes(whole.charAt(cut))) cut--;
  while (cut > 0 && !'.!?。！？'.includes(whole.charAt(cut - 1))) cut--;
  const t = whole.slice(cut).trim();
  if (t === '' || /[?？]$/.test(t)) return 'none';
  const colon = t.endsWith(':');
  const verbs = colon ? [LEX.reportZh, LEX.reportEn, LEX.attribution] : [LEX.reportZh, LEX.reportEn];
  const verbAt = Math.min(...verbs.map((re) => firstMatchIndex(re, t)).filter((i) => i >= 0));
  const hasVerb = Number.isFinite(verbAt);
  if (FIRST_PARTY_RE.test(hasVerb ? t.slice(0, verbAt) : t)) return 'none';
  // Only a colon line that names speech (a reporting verb or cue, not an attribution word such as "seeking")
  // hands on unquoted list lines: "patients seeking treatment should:" introduces advice, not a pitch.
  // Nor does a testimonial lead-in ("What patients say:"): on an ad, the lines after the testimonials are its own.
  if (colon) {
    const speech = has(LEX.reportZh, t) || has(LEX.reportEn, t);
    return speech && !has(TESTIMONIAL_RE, hasVerb ? t.slice(0, verbAt) : t) ? 'lines' : 'quotes';
  }
  return hasVerb ? 'quotes' : 'none';
}

/** See leadInKind: true when the line introduces quoted lines below it. */
export function isLeadIn(line: string): boolean {
  return leadInKind(line) !== 'none';
}

export interface ReportedResult {
  spans: [number, number][];
  /** Lines of a warning-signs list (see isWarningHeading): warned about, on any page. */
  warned: [number, number][];
  /** The passage ends with a lead-in or a reported line: lines right after it may be reported. */
  carryOut: boolean;
  /** What the passage's last line hands on to the next passage (see Carry). */
  carry: Carry;
  /** A quotation alone on the passage's last line, not yet attributed: the next line may name its speaker. */
  aloneAtEnd: [number, number] | null;
  /** The passage's first line names the speaker of a quotation just above it (see namesSpeaker). */
  firstLineSpeaker: boolean;
}

/** Spans [open, close) of the quotations in a passage (a quote left open at the end runs to the end). */
export function quoteSpans(norm: string): [number, number][] {
  const quotes: [number, number][] = [];
  let i = 0;
  while (i < norm.length) {
    const close = QUOTE_PAIRS[norm.charAt(i)];
    if (close === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    const limit = Math.min(norm.length, i + 300);
    while (j < limit && norm.charAt(j) !== close && norm.charAt(j) !== '\n') j++;
    if (j < limit && norm.charAt(j) === close) {
      quotes.push([i, j + 1]);
      i = j + 1;
    } else if (j === norm.length && close !== '"') {
      // The passage ends inside the quote (its close is in the next passage): quoted to the end.
      quotes.push([i, j]);
      i = j;
    } else i++;
  }
  return quotes;
}

/**
 * An unquoted list line a speech lead-in carries on to: a bullet-sized line, not a heading ("Pricing", 疗程价格:
 * short and without punctuation), not a call to action and not in a provider's voice ("we help you…", 我院…,
 * 为您…). Without quotation marks such a line may be the page's own paragraph (a passage can start mid-paragraph),
 * so it ends the list; quoted lines name their speaker and stay reported.
 */
function carriable(line: string): boolean {
  const t = line.trim();
  if (t.length > CARRIED_LINE_MAX) return false;
  if (t.length <= 40 && !/[.,;!?。，；！？、"“”]/.test(t)) return false;
  return !has(LEX.cta, t) && !has(LEX.voice, t);
}

interface QuoteRun {
  quotes: [number, number][];
  reported: boolean;
  /** Start of its line when the run opens the line (only a bullet before it), else -1. */
  lineStart: number;
  firstParty: boolean;
}

/**
 * Spans [open, close) of quoted text that is reported speech (red-flags.md §3): quotes after a speaker and a
 * colon (她说：“…”), quotes in a sentence with a reporting verb before them (发布“…”“…”, 职员指「…」,
 * told us "…") or right after them (“…”该工作人员说), lists of quotes closed by 等内容/等说法/…… , and the lines
 * of a list under a lead-in: quoted lines under any lead-in ("Here's what she told me:" then - "…" lines;
 * 对方称： then a “…” paragraph), and unquoted list lines too under a speech lead-in ("Then:" followed by the
 * clinic's lines and the price they asked; 客服说： 一个疗程12.8万…). Each reported line carries the lead-in on to
 * the next one. `carryIn` says what the text just before this passage hands on. Quotes the provider speaks
 * itself (我院承诺：“…”) and emphasis quotes without a frame (“冻龄”) are not reported speech.
 */
export function reportedSpansCarry(norm: string, carryIn: boolean | Carry = false): ReportedResult {
  const carryStart: Carry = carryIn === true ? 'quotes' : carryIn === false ? 'none' : carryIn;
  const quotes = quoteSpans(norm);
  // Group quotes into runs (“A”“B”、“C”等内容) and judge each by its own sentence.
  const runs: QuoteRun[] = [];
  let k = 0;
  while (k < quotes.length) {
    const first = quotes[k] as [number, number];
    let last = first;
    let m = k + 1;
    while (m < quotes.length) {
      const next = quotes[m] as [number, number];
      if (!QUOTE_JOINER.test(norm.slice(last[1], next[0]))) break;
      last = next;
      m++;
    }
    const run = quotes.slice(k, m);
    k = m;
    const [sStart] = sentenceAround(norm, first[0]);
    const before = norm.slice(sStart, first[0]);
    const trimmed = before.trimEnd();
    const firstParty = FIRST_PARTY_RE.test(before.slice(-24));
    const closer = norm.slice(last[1], last[1] + 6);
    // The words after the closing quote, to the end of their sentence (the quote may end with its own 。).
    // English speaker attributions run longer (“…,” the patient coordinator said.).
    const tailRaw = norm.slice(last[1], last[1] + (hasCjk(norm.slice(first[0], last[1])) ? 24 : 48));
    const cut = tailRaw.search(/[。!?！？\n；;]|\.\s/);
    const tail = cut < 0 ? tailRaw : tailRaw.slice(0, cut);
    // A quoted line: only a bullet between the line start and the quote.
    const lineStart = norm.lastIndexOf('\n', first[0] - 1) + 1;
    const quotedLine = BULLET_PREFIX.test(norm.slice(lineStart, first[0]));
    let reported = false;
    if (/^\s?(?:等|的宣传|的说法|的广告|的字样|的承诺|的话术|之类|…|这[几些类种])/.test(closer) && has(LEX.closerZh, closer)) {
      reported = true;
    } else if (!firstParty) {
      if (trimmed.endsWith(':')) reported = true;
      else if (/[称指说话讲道问]/.test(trimmed.slice(-SHORT_VERB_WINDOW))) reported = true;
      else if (has(LEX.reportZh, before) || has(LEX.reportEn, before) || has(LEX.attribution, before)) reported = true;
      else if (!FIRST_PARTY_RE.test(tail) && (SHORT_VERB_AFTER.test(tail) || has(LEX.reportZh, tail) || has(LEX.reportEn, tail))) {
        reported = true;
      }
    }
    // A quoted heading: a quotation opening its line, then a colon or dash and the writer's own title ("Your own cells,
    // so there's no risk": 12 clinic phrases, decoded; “包治百病”——一句话术的真相): the quotation is the topic the writer
    // names, not the page speaking. (A seller's testimonial heading is turned back into its claim on a selling page.)
    if (!reported && quotedLine && QUOTED_HEADING_TAIL.test(norm.slice(last[1], last[1] + 8))) reported = true;
    runs.push({ quotes: run, reported, lineStart: quotedLine ? lineStart : -1, firstParty });
  }
  // Lines in order: a lead-in, or a reported line, hands its carry on to the next non-blank line.
  let prev: Carry = carryStart;
  let pendingAlone: QuoteRun[] = [];
  let firstLine: boolean | null = null;
  const carried: [number, number][] = [];
  const warned: [number, number][] = [];
  let ls = 0;
  while (ls <= norm.length) {
    let le = norm.indexOf('\n', ls);
    if (le < 0) le = norm.length;
    const line = norm.slice(ls, le);
    if (line.trim() !== '') {
      const here = runs.filter((r) => r.lineStart === ls);
      const kind = leadInKind(line);
      let next: Carry = isWarningHeading(line) ? 'warned' : kind;
      if (prev === 'warned' && next !== 'warned' && warnedItem(line)) {
        const lead = line.length - line.trimStart().length;
        warned.push([ls + lead, le]);
        if (firstLine === null) firstLine = false;
        pendingAlone = [];
        prev = 'warned';
        ls = le + 1;
        continue;
      }
      // A quotation standing alone on its line, then a line that names its speaker ("We have a 90% improvement
      // rate." / That was the first thing the patient coordinator said.): the quotation is that speaker's.
      if (firstLine === null) firstLine = namesSpeaker(line, here);
      if (pendingAlone.length > 0 && namesSpeaker(line, here)) for (const r of pendingAlone) r.reported = true;
      pendingAlone = here.filter((r) => !r.reported && !r.firstParty && standsAlone(norm, r, le));
      if (here.length > 0) {
        let rep = here.some((r) => r.reported);
        if (!rep && prev !== 'none' && prev !== 'warned' && !(here[0] as QuoteRun).firstParty) {
          for (const r of here) r.reported = true;
          rep = true;
        }
        if (rep) next = prev === 'lines' ? 'lines' : 'quotes';
      } else if (prev === 'lines' && (kind === 'lines' || (kind === 'none' && carriable(line)))) {
        const lead = line.length - line.trimStart().length;
        carried.push([ls + lead, le]);
        next = 'lines';
      }
      prev = next;
    }
    ls = le + 1;
  }
  const out: [number, number][] = [];
  for (const r of runs) if (r.reported) out.push(...r.quotes);
  out.push(...carried);
  out.sort((a, b) => a[0] - b[0]);
  const alone = pendingAlone.find((r) => !r.reported);
  const aloneAtEnd: [number, number] | null =
    alone === undefined ? null : [(alone.quotes[0] as [number, number])[0], (alone.quotes[alone.quotes.length - 1] as [number, number])[1]];
  return { spans: out, warned, carryOut: prev !== 'none', carry: prev, aloneAtEnd, firstLineSpeaker: firstLine === true };
}

/** The run is the whole of its line (only a bullet before it, only punctuation after it). */
function standsAlone(norm: string, r: QuoteRun, lineEnd: number): boolean {
  const last = r.quotes[r.quotes.length - 1] as [number, number];
  return r.lineStart >= 0 && /^[\s.,;:!?。，；！？…]*$/.test(norm.slice(last[1], lineEnd));
}

/**
 * The line names the speaker of the quotation above it: a quote of its own attributed to someone else, or a short
 * unquoted line with a reporting verb and no first-party speaker ("That was the first thing the coordinator said.").
 */
function namesSpeaker(line: string, here: readonly QuoteRun[]): boolean {
  if (here.some((r) => r.reported && !r.firstParty)) return true;
  const t = line.trim();
  if (here.length > 0 || t.length > 160 || FIRST_PARTY_RE.test(t) || has(TESTIMONIAL_RE, t)) return false;
  return has(LEX.reportEn, t) || has(LEX.reportZh, t) || SPEAKER_ZH_RE.test(t);
}

/**
 * G1: a transcript's speaker label at the start of a line: an upper-case name or role, perhaps a parenthetical, and a
 * colon (MARCUS BELL:, PRESENTER (hidden camera):, DR. ANNA LEE:), or a Chinese programme role (主持人：, 记者：, 画外音：,
 * 推销员（偷拍）：). Single letters (Q:, A:) and mixed case ("Dr. Smith:") are not labels. Run on the original text.
 */
const SPEAKER_LABEL_EN_RE = /^[ \t]*([A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]*){0,3})(?:[ \t]?\([^()\n]{1,40}\))?:[ \t]/gm;
/** The same for a programme role written in title case (Presenter (hidden camera):, Sales rep:, Voiceover:). */
const SPEAKER_ROLE_EN_RE =
  /^[ \t]*(Presenter|Anchor|Host|Reporter|Correspondent|Narrator|Voice-?over|Interviewer|Salesperson|Sales rep|Staff member|Receptionist|Coordinator)(?:[ \t]?\([^()\n]{1,40}\))?:[ \t]/gm;
const SPEAKER_LABEL_ZH_RE =
  /^[ \t]*(主持人|记者|画外音|旁白|解说词?|同期声?|推销员|销售人员|销售|业务员|工作人员|讲师|专家|嘉宾|受访者|主播|[\u4e00-\u9fff]{1,3}(?:记者|主持人|医生|教授))(?:[(（][^()（）\n]{1,10}[)）])?[:：]/gm;
/** Labels that head a line without naming a speaker. */
const NOT_SPEAKER_RE = /^(?:TRANSCRIPT|NOTE|EDITOR'S NOTE|UPDATE|UPDATED|CORRECTION|WARNING|CAUTION|DISCLAIMER|FAQ|IMPORTANT|NEW|SALE|OFFER|PRICE|PRICES|COST|CONTACT|CALL|BOOK|PHONE|EMAIL|ADDRESS|HOURS|LOCATION|WHERE|WHEN)$/;
/** A page that presents itself as a broadcast transcript or an undercover report. */
export const TRANSCRIPT_CUE_RE =
  /transcript|hidden camera|undercover|our producer|(?<![a-z])anchor(?![a-z])|correspondent|文字实录|节目实录|暗访|偷拍|画外音|同期声|本期节目|主持人/;

export interface SpeakerLine {
  /** The label, upper case or Chinese. */
  label: string;
  /** Offsets of the words after the label to the end of the line. */
  span: [number, number];
  /** The label names a speaker (not TRANSCRIPT:, NOTE:, PRICE:). */
  speaker: boolean;
}

/** Lines that begin with a speaker label (see SPEAKER_LABEL_EN_RE), in a passage's original text. */
export function speakerLines(text: string): SpeakerLine[] {
  const out: SpeakerLine[] = [];
  for (const re of [SPEAKER_LABEL_EN_RE, SPEAKER_ROLE_EN_RE, SPEAKER_LABEL_ZH_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const label = (m[1] ?? '').trim();
      let end = text.indexOf('\n', m.index + m[0].length);
      if (end < 0) end = text.length;
      out.push({ label, span: [m.index + m[0].length, end], speaker: !NOT_SPEAKER_RE.test(label) });
    }
  }
  return out;
}

/** Reported-speech spans of a passage on its own (see reportedSpansCarry). */
export function reportedSpans(norm: string, carryIn: boolean | Carry = false): [number, number][] {
  return reportedSpansCarry(norm, carryIn).spans;
}

function inSpans(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

function isQuoted(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 2), start);
  const after = norm.slice(end, end + 2);
  return QUOTES.test(before) || QUOTES.test(after) || (before.endsWith("'") && after.startsWith("'"));
}

/**
 * Classify the match [start, end) in the normalized passage text `norm`.
 * Pure function of the passage: the same passage always yields the same result.
 */
export function classify(
  norm: string,
  start: number,
  end: number,
  family: string,
  reported: readonly [number, number][] = reportedSpans(norm),
  warned: readonly [number, number][] = [],
): ContextResult {
  const [sStart, sEnd] = sentenceAround(norm, start);
  const sentence = norm.slice(sStart, sEnd);
  // A line of a list under a warning-signs heading (二、常见的危险信号 / 催促尽快交定金、说名额有限；): warned about.
  if (inSpans(warned, start, end)) return { mention: true, context: 'warning-frame', hedged: false };
  if (ESTABLISHED_SENSITIVE.has(family) && (namesEstablished(sentence) || has(TRANSPLANT_PROCEDURE_RE, sentence))) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  // 名额有限，但不保证所有报名者都能入组 ("not everyone who applies will be enrolled"): selection, the opposite of urgency.
  if (family === 'minimal-intake-urgency' && NO_GUARANTEE_ENROL_RE.test(sentence)) {
    return { mention: true, context: 'negation', hedged: false };
  }
  // What transplant or approved CAR-T care costs (费用参考: 自体移植总费用一般在10万–20万元), said by no seller and
  // with no cell-offer word in the sentence, is the cost of standard care.
  // A hospital may give its own figures (根据本中心近年数据，自体移植总费用一般在10万–20万元) when the words are those of
  // transplant care or public insurance (自体/异基因移植, 医保报销), which no cell-product seller uses.
  if (
    family === 'pricing' &&
    (namesEstablished(sentence) || has(ESTABLISHED_COST_RE, sentence)) &&
    (!FIRST_PARTY_RE.test(sentence) || has(STANDARD_CARE_COST_RE, sentence)) &&
    !has(UNPROVEN_OFFER_RE, sentence)
  ) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  // Safety of a collection or donation procedure (cord blood collection is painless) is not a treatment claim.
  if (family === 'absolute-safety' && has(LEX.procedure, sentence)) {
    return { mention: true, context: 'established-use', hedged: false };
  }
  // A research fee that is waived or paid by the sponsor (研究费用全免, costs are covered by the sponsor).
  if (family === 'pay-to-participate' && FEE_WAIVED_RE.test(sentence) && !PARTIAL_CHARGE_RE.test(sentence)) {
    return { mention: true, context: 'negation', hedged: false };
  }
  // The word 费用 or "costs" in a sentence saying the sponsor bears them (参加试验之研究用药及检查费用依试验计画由试验委托者
  // 负担), with no amount: nobody is charged.
  if (family === 'pricing' && SPONSOR_BORNE_RE.test(sentence) && !AMOUNT_RE.test(sentence) && !PARTIAL_CHARGE_RE.test(sentence)) {
    return { mention: true, context: 'negation', hedged: false };
  }
  // A supposition before the phrase in its sentence: "if stem cells really could cure Parkinson's, …",
  // 如果干细胞真能把帕金森治好，第一个用的会是三甲医院.
  const cf = firstMatchIndex(COUNTERFACTUAL_RE, sentence);
  if (cf >= 0 && sStart + cf < start) return { mention: true, context: 'hypothetical', hedged: false };
  // The price weighed and turned down (与其花15万，不如带父亲去正规医院): what the writer advises against paying.
  if (OFFER_FAMILIES.has(family) && hasCjk(sentence)) {
    const pre = norm.slice(sStart, start);
    const alt = pre.lastIndexOf('与其');
    if (alt >= 0 && !pre.slice(alt).includes('不如') && norm.slice(end, sEnd).includes('不如')) {
      return { mention: true, context: 'hypothetical', hedged: false };
    }
  }
  // Plants regenerating (a camp's "stems and roots regenerate", "a flytrap can grow new leaves"): not a health claim.
  if (PLANT_SENSITIVE.has(family) && has(PLANT_RE, sentence) && !has(BODY_RE, sentence)) {
    return { mention: true, context: 'off-topic', hedged: false };
  }
  // A price for a camp week, a subscription, lodging or a cord blood bank's collection and storage, with no
  // treatment in its sentence: not a price for cells.
  if (family === 'pricing' && has(NON_TREATMENT_RE, sentence) && !has(OFFER_ITEM_RE, sentence)) {
    return { mention: true, context: 'non-treatment', hedged: false };
  }
  // A cell product being collected, processed or stored (a bank's service), with no treatment in its sentence.
  if (family === 'unproven-product' && has(STORAGE_RE, sentence) && !has(OFFER_ITEM_RE, sentence)) {
    return { mention: true, context: 'storage-service', hedged: false };
  }
  // A manufacturing success rate (生产成功率达97%以上) measures making cells, not treating patients.
  if (family === 'success-rate' && PRODUCTION_RATE_RE.test(sentence)) {
    return { mention: true, context: 'off-topic', hedged: false };
  }
  if (REPORTER_SENSITIVE.has(family) && REPORTER_NARRATION_RE.test(sentence)) {
    return { mention: true, context: 'narrative', hedged: false };
  }
  // G1: a broadcast's narration of its own undercover visit (Our producer attended a free lunch seminar with a hidden
  // camera; our reporter, posing as a patient, was quoted…): the seminar, venue and price are what the crew found.
  if ((REPORTER_SENSITIVE.has(family) || family === 'minimal-intake-urgency') && REPORTER_NARRATION_EN_RE.test(sentence)) {
    return { mention: true, context: 'narrative', hedged: false };
  }
  // E1: a rule about advertising (Patient testimonials that refer to a stem cell product are considered advertising;
  // claims … are prohibited representations): the regulator states it, nobody claims it.
  if (!hasCjk(sentence) && REGULATORY_RULE_RE.test(sentence)) return { mention: true, context: 'warning-frame', hedged: false };
  // E5: other providers' prices described by a guide (某些医院的干细胞治疗报价为每次3万到5万元; 不少机构宣传的“临床研究”，收费
  // 在15万元到30万元之间), and trials said to be under way (几项…治疗渐冻症的临床试验在进行): not the page's offer or claim.
  if (hasCjk(sentence) && !FIRST_PARTY_RE.test(sentence)) {
    if (OFFER_FAMILIES.has(family) && OTHER_PROVIDERS_ZH_RE.test(sentence)) return { mention: true, context: 'attribution', hedged: false };
    if (RESEARCH_SENSITIVE.has(family) && TRIALS_ONGOING_ZH_RE.test(sentence)) return { mention: true, context: 'research', hedged: false };
  }
  const described = describesOthers(sentence);
  if (described !== undefined) return { mention: true, context: described, hedged: false };
  const question = isQuestion(sentence);
  const phrase = norm.slice(start, end);
  const own = (): ContextResult =>
    hasCjk(phrase) ? classifyZh(norm, start, end, sStart, sEnd) : classifyEn(norm, start, end, sStart, sEnd);
  // The question mark itself is inside the quoted or reported span: the whole question is someone's.
  const qMark = sStart + sentence.lastIndexOf('?');
  const asks = (spans: readonly [number, number][], offset: number): boolean =>
    spans.some(([qs, qe]) => start >= qs + offset && end <= qe + offset && qMark >= qs + offset && qMark < qe + offset);
  if (inSpans(reported, start, end)) {
    // A patient's question ("一个疗程8万，能治好吗？", "is this a registered trial?") asks, on any page.
    if (question && asks(reported, 0)) return { mention: true, context: 'asked', hedged: false };
    // Quoted in order to warn ("宣称“绝对安全”的，本身就违反…"): a warning, whoever else speaks on the page.
    const framed = own();
    if (framed.context === 'warning-frame') return framed;
    return { mention: true, context: 'reported-speech', hedged: false };
  }
  // A question asks; it does not claim ("They treat MS, autism and ALS with the same cells?"). A question in
  // quotation marks is someone asking (patients' questions a hospital answers), on any page; an emphasis quote
  // inside an ad's own question (还在为“关节疼痛”烦恼吗？) is not.
  if (question) {
    return { mention: true, context: asks(quoteSpans(sentence), sStart) ? 'asked' : 'question', hedged: false };
  }
  // A price or fee is the page's offer only in its own voice: not in the research-fee rule ("临床研究不得向受试者
  // 收费", "legitimate trials do not charge participants"). Warning words elsewhere in the sentence are left to
  // the scope rules below (a Chinese ad's 谨防假冒 clause does not take its 套餐价 in the next clause off).
  if (OFFER_FAMILIES.has(family) && isFeeRule(sentence)) {
    return { mention: true, context: 'warning-frame', hedged: false };
  }
  // …nor in a Chinese sentence that attributes it (一个疗程收15万的“临床研究”，是打着研究旗号的收费治疗): the
  // clause scope below would leave the price outside the frame.
  if (OFFER_FAMILIES.has(family) && hasCjk(phrase) && PRETEXT_ZH_RE.test(sentence)) {
    return { mention: true, context: 'attribution', hedged: false };
  }
  // …nor what other providers charge (市面上一些机构一个疗程收费十几万; "Some clinics charge $20,000 per treatment"):
  // a guide describing the market, unless the provider speaks in the sentence (与其他机构不同，我院仅需3万).
  const other = firstMatchIndex(OTHER_PROVIDERS_RE, sentence);
  if (OFFER_FAMILIES.has(family) && other >= 0 && sStart + other < start && !FIRST_PARTY_RE.test(sentence)) {
    return { mention: true, context: 'attribution', hedged: false };
  }
  // 对方说一个疗程15万，有效率80%; 那家机构号称能让病人停药，一个疗程15万: someone else's words reported without
  // quotation marks, to the end of the sentence.
  if (hasCjk(phrase)) {
    if (reportedZh(norm, start, sStart)) {
      return { mention: true, context: 'reported-speech', hedged: false };
    }
    // A post's narrated past (还给我们看了好多锦旗和“康复案例”视频; 我2024年在杭州打过，两次15万): a story.
    if (NARRATED_SENSITIVE.has(family) && NARRATED_ZH_RE.test(sentence) && !/我院|本院|本中心|我中心|我司|本公司|本机构/.test(sentence)) {
      return { mention: true, context: 'narrative', hedged: false };
    }
    // A critical comparison frames its whole sentence (健康讲座+送礼品+当天定金优惠，这套路跟卖保健品一模一样), unless
    // the provider speaks in it (拒绝套路，我院明码标价).
    if (CRITICAL_SENTENCE_ZH_RE.test(sentence) && !FIRST_PARTY_RE.test(sentence) && !has(LEX.voice, sentence)) {
      return { mention: true, context: 'warning-frame', hedged: false };
    }
  }
  if (RESEARCH_SENSITIVE.has(family) && has(LEX.research, sentence)) {
    return { mention: true, context: 'research', hedged: false };
  }
  // A writer's narrated past about an offer made to them (we came very close to spending our savings on stem cell
  // injections; I had an email with a quote: $16,800…; their evidence was a PDF of testimonials): a story.
  if ((NARRATED_SENSITIVE.has(family) || family === 'unproven-product') && NARRATED_EN_RE.test(sentence)) {
    return { mention: true, context: 'narrative', hedged: false };
  }
  // A price someone paid in a story ("we spent $25k", 先后花费六万余元) is not a price on offer.
  if (family === 'pricing' && has(LEX.payment, sentence)) return { mention: true, context: 'narrative', hedged: false };
  return own();
}

function classifyEn(norm: string, start: number, end: number, sStart: number, sEnd: number): ContextResult {
  const clause = enClauseStart(norm, start, sStart);
  const quoted = isQuoted(norm, start, end);
  const from = quoted ? clause : Math.max(clause, wordsBefore(norm, start, WARNING_SCOPE_WORDS, sStart));
  const before = norm.slice(from, start);
  const after = norm.slice(end, quoted ? sEnd : wordsAfter(norm, end, 5, sEnd));
  if (has(LEX.warning, before) || has(LEX.warning, after)) return { mention: true, context: 'warning-frame', hedged: false };
  // Reported speech reaches back to the clause start: "told patients with AMD that fat cells could restore…".
  if (has(LEX.attribution, norm.slice(clause, start))) return { mention: true, context: 'attribution', hedged: false };
  const negFrom = Math.max(clause, wordsBefore(norm, start, 4, sStart));
  if (NEG_EN_RE.test(norm.slice(negFrom, start))) return { mention: true, context: 'negation', hedged: false };
  const hedgeFrom = Math.max(clause, wordsBefore(norm, start, 6, sStart));
  return { mention: false, hedged: has(LEX.hedge, norm.slice(hedgeFrom, start)) };
}

function classifyZh(norm: string, start: number, end: number, sStart: number, sEnd: number): ContextResult {
  const cStart = zhClauseStart(norm, start, sStart);
  const cEnd = zhClauseEnd(norm, end, sEnd);
  const before = norm.slice(cStart, start);
  const after = norm.slice(end, cEnd);
  // A frame right after a quoted slogan in the same sentence (“包治百病”“绝对安全”的都是骗局).
  const tail = isQuoted(norm, start, end) ? norm.slice(end, sEnd) : after;
  if (has(LEX.warning, before) || has(LEX.warning, tail) || MYTH_HEADING_ZH.test(norm.slice(sStart, start))) {
    return { mention: true, context: 'warning-frame', hedged: false };
  }
  if (has(LEX.attribution, before) || (tail !== after && has(LEX.attribution, tail)) || ABOUT_QUOTE_ZH_RE.test(before)) {
    return { mention: true, context: 'attribution', hedged: false };
  }
  // A later clause says it is not approved and warns (干细胞治疗渐冻症目前没有获批，请警惕收费项目): the whole sentence
  // warns, unless the provider speaks in it.
  const rest = norm.slice(end, sEnd);
  if (UNAPPROVED_ZH_RE.test(norm.slice(sStart, sEnd)) && has(LEX.warning, rest) && !FIRST_PARTY_RE.test(norm.slice(sStart, sEnd))) {
    return { mention: true, context: 'warning-frame', hedged: false };
  }
  // E5: no evidence shows it (尚无可靠证据证明能够逆转或治愈疾病, 没有证据表明…, 不能证明…): the whole clause is negated.
  if (EVIDENCE_NEG_ZH_RE.test(before)) return { mention: true, context: 'negation', hedged: false };
  // A provider declining a service governs its whole object (本中心不开展以"抗衰老""美容"为目的的干细胞回输), unless the
  // clause turns to what it does offer instead (不提供…，只提供 / 而是).
  if (REFUSAL_ZH_RE.test(before) && !TURN_ZH_RE.test(before.slice(before.search(REFUSAL_ZH_RE)))) {
    return { mention: true, context: 'negation', hedged: false };
  }
  const negWindow = norm.slice(Math.max(cStart, start - 10), start);
  // A long regex span (e.g. 临床研究…收费) may carry its negation inside; short phrases such as 没有副作用
  // carry their own negation and are not checked inside.
  const inner = end - start > 8 ? norm.slice(start, end) : '';
  if (NEG_ZH_RE.test(negWindow) || (inner !== '' && NEG_ZH_RE.test(inner))) {
    return { mention: true, context: 'negation', hedged: false };
  }
  return { mention: false, hedged: has(LEX.hedge, before) };
}
