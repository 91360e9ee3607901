// Page genre and reported speech (red-flags.md §3). Who is speaking decides whether a phrase is a claim:
// a journalist, regulator, researcher or forum poster quoting a clinic does not make the clinic's claims.
import type { Pattern } from '../types';
import { ENFORCEMENT_VOICE, HUMAN_DOSING, HUMAN_ROUTES, NOT_FOR_HUMANS_LABELS, PRACTITIONER_BUYERS, SHOP_CHANNELS } from './commerce';
import { WARNING_LIST_HEADINGS } from './context';

/**
 * Someone other than the page speaking, then a verb of saying: 对方称, 客服说, 机构说, 他们都说. In a patient's
 * post this reports the clinic's words even without quotation marks ("对方说一个疗程15万，有效率80%").
 * 其他/吉他 are not speakers; 介绍 before a colon is a site's own "about us" heading (机构介绍：本中心…), not speech.
 * Matched on normalized text (full-width colons folded).
 */
export const THIRD_PARTY_SPEAKER_ZH =
  '(?:对方|客服|顾问|咨询师|工作人员|店员|店长|美容师|导购|销售|业务员|推销员|接线员|老板|院方|机构|诊所|(?<![本我])公司|(?<![本我们])医院|商家|厂家|讲师|主持人|销售人员|销售经理|业务经理|推销的人|那边|他们|她们|(?<![其吉])她|(?<![其吉])他|人家)' +
  '(?:都|就|也|还|又|当时|一直|跟我|对我|和我|给我|跟我们|对我们|向我|向我们|向记者|对记者|跟记者|告诉记者|在电话中|在电话里|电话中|在微信上|在微信里)?' +
  // 店长一直给我推“…”: pushing a product on the writer reports the pitch (not 推出, 推动).
  '(?:一直|总是|反复|拼命)?(?:给我|跟我|向我|对我)?(?:称|说|讲|表示|介绍(?!:)|回答|答|承诺|保证|告诉我|推荐|推销|推(?![出动进广行]))';

/**
 * Anyone speaking to the reporter (一位自称“健康顾问”的女士向记者介绍，…; 对方告诉记者…): whoever it is, the rest of the
 * sentence is what they told the paper, not the page's own offer.
 */
export const SPEECH_TO_REPORTER_ZH = '(?:向|对|跟|给)(?:本报)?记者(?:介绍|表示|称|说|透露|坦言|承认|解释|推荐|保证|承诺)|告诉(?:本报)?记者';

/** Verbs of claiming that report the rest of their sentence as someone's claim (那家机构号称…，一个疗程15万，…). */
export const CLAIMING_VERBS_ZH: readonly string[] = ['号称', '宣称', '声称', '鼓吹', '吹嘘', '标榜', '谎称', '扬言', '夸口'];

/**
 * Reporting verbs that introduce quoted speech in the same sentence (发布“…”, 职员指「…」, told us "…").
 * Multi-character verbs count anywhere earlier in the sentence; the one-character ones (称, 指, 说, 话) only
 * right before the quotation mark, because they are also parts of ordinary words.
 */
export const REPORTING_VERBS_ZH: readonly Pattern[] = [
  '发布', '宣传', '宣称', '声称', '号称', '自称', '表示', '指出', '保证', '承诺', '介绍', '推销', '推介', '打出', '告诉',
  '强调', '吹嘘', '鼓吹', '标榜', '说道', '回应', '解释', '推荐', '游说', '写道', '写着', '印有', '声明', '断言', '夸口',
  // Bare lead-in lines of a patient's account ("对方称：", "客服说：" and then a list): the speaker is the
  // other side, and without a prefilter hit of their own the lead-in would be cut from the extracted text.
  '原话', '话术是', '大意是',
  // An answer given to someone (店员小王回答：“绝对安全”): a reply before a colon is speech, whoever answers.
  '答道', { re: '(?:回答|回复|答复|介绍说|回应说)(?:道|说|称)?:' },
  // What a clinic's website or flyer says (診所網站寫「自體細胞 無排斥」, 广告上写着…, 官网标明…): printed words reported.
  { re: '(?:网站|网页|官网|广告|传单|海报|文宣|页面)[上里中]?(?:写|标示|标明|挂着|打着)' },
  { re: `${THIRD_PARTY_SPEAKER_ZH}(?:道|的是)?:` },
];
export const REPORTING_VERBS_ZH_SHORT = ['称', '指', '说', '话', '讲', '道', '问'] as const;
export const REPORTING_VERBS_EN: readonly Pattern[] = [
  'said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'promised', 'promises', 'assured', 'insisted',
  'wrote', 'writes', 'advertised', 'advertises', 'posted', 'according to', 'called it', 'calling it', 'described it as',
  'stated', 'states', 'boasted', 'touted', 'pitched', 'replied', 'answered', 'asked', 'explained', 'added',
  // Bare lead-in lines before a list of the clinic's lines ("The call started with 'our story.' Then:"). Not
  // "Next:" or "Highlights:", which head an ad's own steps and selling points.
  'then:', 'quote:', 'quotes:', 'verbatim:', 'word for word:', 'paraphrasing:', 'the pitch:', 'their pitch:',
  'the script:', 'their script:',
];
/**
 * Speakers of testimonials ("What patients say:", 顾客反馈说：). A lead-in naming them introduces the page's own
 * advertising (testimonials are advertising: TGA), so it carries only its quoted lines, never the unquoted
 * price or booking lines that may follow on an ad.
 */
export const TESTIMONIAL_SPEAKERS: readonly Pattern[] = [
  'patient', 'patients', "patient's", "patients'", 'customer*', 'client*', 'member*', 'review*', 'testimonial*',
  'families', 'parents', 'athletes', 'people',
  '患者', '病人', '顾客', '客户', '会员', '家属', '用户', '学员', '客人',
];

/** A closer after a list of quoted phrases: “…”等内容, “…”的说法, “…”…… (a news lede). */
export const QUOTE_CLOSERS_ZH: readonly Pattern[] = [
  '等内容', '等说法', '等字样', '等宣传', '等用语', '等词', '等语', '等广告', '等承诺', '等话术', '等表述', '等虚假',
  '的宣传', '的说法', '的广告', '的字样', '的承诺', '的话术', '之类', '……', '…',
  // A list of quoted phrases named as words (“好转率90%”“零风险”这几个词…): talked about, not said.
  '这几个词', '这些词', '这类词', '这几句话', '这些话', '这种说法', '这些说法', '这类说法', '这类字眼', '这些字眼',
];

/**
 * Genre markers: the vocabulary of academic papers, news reports, regulator decisions, consumer warnings and
 * patient forums. Counted once per distinct marker; several of them with little first-party selling mean
 * the page reports on stem cell selling rather than doing it.
 */
export const GENRE_MARKERS: Readonly<Record<string, readonly Pattern[]>> = {
  academic: [
    '【摘要】', '【关键词】', '【基金项目】', '【中图分类号】', '【文献标识码】', '摘要：', '关键词：', '参考文献', '基金项目',
    '国家重点研发计划', '国家自然科学基金', '研究表明', '研究显示', '综述', '随机对照试验', 'meta分析', '文献',
    'abstract', 'keywords:', 'et al', 'doi', 'pmid', 'references', 'systematic review', 'meta-analysis',
    'randomized controlled', 'randomised controlled', 'in vitro', 'in vivo', 'conflict of interest', 'funding:',
    { re: '\\[\\d{1,3}(?:[-–,，]\\s?\\d{1,3})*\\]' },
  ],
  news: [
    '记者', '本报讯', '本报记者', '新华社', '央视', '人民日报', '调查发现', '暗访', '据了解', '据悉', '采访', '编辑：', '责任编辑',
    '来源：', '通讯员', 'reporter', 'reported', 'journalist', 'investigation', 'told reporters', 'in an interview',
    'newsroom', 'associated press', 'reuters', 'editor', 'correspondent',
    'declined to comment', 'did not respond', 'requests for comment', 'request for comment', 'spokesperson',
    'spokesman', 'spokeswoman', 'staff writer', 'health reporter', 'said in a statement', '据报道', '报道称', '日电',
    '消息称', '新闻客户端', '原标题',
    // Chinese newspapers and agencies: 本报接到读者反映, 晚报/日报/新闻网 mastheads, 澎湃新闻, a 【城市】 dateline
    // (【南京】, 【本报讯】) and 据…报道.
    '本报', '晚报', '日报', '新闻网', '澎湃新闻', '读者反映', '读者来信', '记者调查', '接受记者采访',
    { re: '【[\u4e00-\u9fff]{2,6}(?:讯|电)?】' }, { re: '据[\u4e00-\u9fff]{2,12}报道' },
    // Bylines, datelines and newsroom furniture ("By Maria Delgado, Staff writer", "Updated March 4, 2026 · 9 min
    // read", "TIJUANA, Mexico — ", "Reporting by …", "… contributed to this report", "according to records").
    { re: "(?<![^\\n])by\\s[a-z][a-z.'-]+(?:\\s[a-z][a-z.'-]+){1,2}(?=\\s?[,|·•\\n]|$|\\s(?:and|staff|special)\\s)" },
    { re: '(?<![a-z])(?:published|updated)(?:\\son)?\\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s\\d{1,2}' },
    { re: '(?<![a-z0-9])\\d{1,2}\\s?min(?:ute)?\\sread(?![a-z])' },
    // A dateline: "TIJUANA, Mexico — The Ledger contacted…" (a city, a region, then a dash).
    { re: "(?<=(?:^|\\n)[a-z][a-z .'-]{1,30},\\s[a-z][a-z .]{1,30}\\s)[—–]\\s" },
    'reporting by', 'contributed to this report', 'contributed reporting', 'additional reporting', 'did not return calls',
    'did not return a request', 'according to records', 'according to court records', 'according to documents',
    'records show', 'said in an interview', 'letters to the editor', 'news tips',
    // E2: reporters describing clinics (reviewed the websites, posing as relatives, said Dr. X, according to).
    'reporters', 'posing as', 'reviewed the websites', 'sales materials', 'according to',
    { re: '(?<![a-z])said (?:dr|prof|professor)(?![a-z])' }, { re: '(?<![a-z])(?:dr|prof)\\.? [a-z]+ [a-z]+,? said(?![a-z])' },
    // G1: broadcast transcripts and undercover segments (TRANSCRIPT, rush transcript, hidden camera, our producer, the
    // anchor; 文字实录, 偷拍, 画外音, 主持人).
    'transcript', 'hidden camera', 'our producer', { re: '(?<![a-z])anchor(?![a-z])' }, '文字实录', '节目实录', '偷拍', '画外音',
    '同期声', '主持人', '本期节目',
  ],
  regulator: [
    '行政处罚决定书', '处罚决定', '当事人', '违反了《', '违反《', '依据《', '根据《', '罚款', '责令', '立案调查', '市场监督管理局',
    '消费者委员会', '消委会', '卫生署', '投诉人', '本会', '个案', '消费者应', '消费警示', '卫健委', '药监局', '投诉', '举报', '12315', '行政复议', '行政诉讼',
    'warning letter', 'consent order', 'complaint', 'enforcement action', 'the commission', 'attorney general',
    'consumer alert', 'consumer council', 'consumers should', 'the agency', 'docket',
    // A regulator's consumer pages (FDA Consumer Updates, health fraud, MedWatch): the government site's furniture and
    // its reporting programmes. A clinic cites "FDA registered", not the agency's own masthead and report channels.
    'an official website of', 'official website of the', 'consumer update*', 'for consumers', 'health fraud',
    'medwatch', 'adverse event reporting', 'safety communication*', 'public safety notification*',
    ...ENFORCEMENT_VOICE,
  ],
  forum: [
    'posted by', 'has anyone', 'anyone here', 'anyone tried', 'anyone know', 'does anyone', 'did anyone', 'reply',
    'replies', 'upvote', 'comments', 'thread', 'my dad', 'my mom', 'my mother', 'my father', 'my wife', 'my husband',
    'my son', 'my daughter', 'throwaway', 'edit:', '楼主', '网友', '求助', '有没有人', '跟帖',
    '回复', '有人做过', '发帖', '求推荐', 'any advice', 'thanks in advance', 'anyone else', 'upvotes', 'share your experience',
    // Reddit/Quora page furniture: "Posted by u/…", "r/MultipleSclerosis", "3 mo. ago", "57 points · Reply · Share".
    { re: '(?<![a-z0-9])u/[a-z0-9_-]{3,}' }, { re: '(?<![a-z0-9/])r/[a-z0-9_]{3,}' },
    // "3 mo. ago" (a sentence cut may fall after "mo."), "2d ago", "5 yr. ago".
    { re: '(?<![a-z0-9])\\d{1,2}\\s?(?:mo|yr|yrs|hr|hrs|min|mins)\\.' },
    { re: '(?<![a-z0-9])\\d{1,2}\\s?(?:mo|yr|yrs|hr|hrs|min|mins|h|d|w|y)\\s?ago(?![a-z])' },
    { re: '(?<=\\dk?\\s)(?:points|upvotes|comments|answers|views)(?![a-z])' },
    'share', 'level 1', 'level 2', 'top comments', 'sort by', 'answered',
    // A personal blog's furniture: "Posted in Autism, Parenting", "Tags: …", "Leave a Comment", "About Me", "Archives".
    'posted in', 'tags:', 'leave a comment', 'leave a reply', 'about me', 'share this post', 'archives',
    // The thread's original poster ("level 2 · relapsing_in_ohio · OP"), not post-op/pre-op.
    { re: '(?<![a-z0-9-])op(?![a-z0-9-])' }, 'upvoted by', 'quora',
    'reddit',
    // E4: forum furniture (Joined: Feb 2025, Posts: 14, Reply #1, 3 members viewing, thread started by, Quote:).
    { re: '(?<![a-z])joined:? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d{4})' }, { re: '(?<![a-z])posts: ?\\d' },
    { re: '(?<![\\d,])\\d[\\d,]{0,8} posts(?![a-z])' }, { re: '(?<![a-z])reply #?\\d' }, 'reply from', 'thread started',
    { re: '(?<![\\d,])\\d{1,6} members(?![a-z])' }, 'members online', 'members viewing', 'quote:',
    // 知乎, 百度知道, 贴吧 and other zh Q&A/forum furniture.
    '问题描述', '谢邀', '赞同', '关注者', '被浏览', '已认证', '发布于', '编辑于', '条评论', '个回答', '回答', '知乎', '百度知道', '贴吧',
    '评论区', '写回答', '邀请回答', '沙发', '顶帖', '发表于', { re: '(?<=\\d)楼' },
    // Traditional forms the character folding leaves apart (問/讚/瀏/覆/樓/輯/佈), and Taiwan forums (PTT, Dcard).
    '問題描述', '讚同', '被瀏覽', '回覆', '樓主', '編輯於', '發佈於', { re: '(?<=\\d)樓' }, 'ptt', '批踢踢', 'dcard',
    '原po', 'mobile01', '吧主', '只看楼主', '楼中楼', '贴吧app', '看帖', '发帖', '跟帖',
    // PTT's post header and footer (看板 MedicalCare, ※ 發信站, 文章網址) and its push lines (推 user: …, 噓 user: …,
    // → user: …); Dcard's comment floors (B1 ·, B12 |).
    { re: '看板(?=\\s?[a-z][a-z0-9_-]{1,20})' }, '发信站', '文章网址', { re: '(?<![^\\n])[推嘘→](?=\\s?[a-z0-9_]{2,14}:)' },
    { re: '(?<![^\\n])b[1-9]\\d{0,3}(?=\\s?[·|\\n])' },
  ],
  /**
   * A listed company's results announcement or investor page (本集团年度业绩, 股东, 每股盈利, 股份代号, 港交所;
   * shareholders, earnings per share, NASDAQ:, forward-looking statements): it reports to investors on its
   * pipeline and business; its trial wording and payment models are not an offer to patients.
   */
  investor: [
    '本集团', '股东', '年度业绩', '中期业绩', '业绩公告', '营业收入', '毛利', '研发开支', '研发费用', '每股', '股份代号',
    '港交所', '联交所', '上交所', '深交所', '科创板', '财务摘要', '投资者关系', '董事会', '同比增长', '净利润', '证券代码',
    'shareholders', 'stockholders', 'gross margin', 'earnings per share', 'nasdaq:', 'nyse:', 'forward-looking statements',
    'investor relations', 'fiscal year', 'net loss', 'quarterly results', 'annual results', 'sec filing*', 'form 10-k',
  ],
  /**
   * A legitimate trial's recruitment page (随机、双盲、安慰剂对照; 伦理委员会; 知情同意; 入选/排除标准). Paid "clinical
   * studies" use the same words, so score.ts counts these only on a page with a registry ID, a statement that
   * subjects pay nothing, and no price of its own.
   */
  trial: [
    '双盲', '安慰剂', '随机分配', '随机分组', '伦理委员会', '知情同意', '入选标准', '纳入标准', '排除标准', '受试者招募',
    '招募受试者', '主要研究者', '研究方案',
    'double-blind', 'placebo', 'informed consent', 'inclusion criteria', 'exclusion criteria', 'ethics committee',
    'principal investigator', 'randomly assigned', 'institutional review board',
  ],
  /**
   * Consumer-advice and myth-busting articles (辟谣, 科普, 误区; "myths and facts"): a hospital or guide
   * explaining what is and is not proven. Like news, it reports on others' selling rather than selling.
   */
  advisory: [
    '辟谣', '科普', '误区', '谣言', '真相', '医生提醒', '专家提醒', '提醒大家', '警惕', '答疑', '常见疑问', '健康知识',
    '迷思', '衛教', '澄清',
    'myth', 'myths', 'myths and facts', 'fact:', 'facts:', 'fact check', 'debunk*', 'health library', 'patient education',
    'what to do instead', 'questions we hear', 'what you should know', 'what you need to know', 'how to spot',
    'our helpline', 'questions to ask', 'our advisers', 'our nurses',
    // A regulator's or charity's second-person advice before a decision (before you pay, questions to ask before you
    // agree, talk to your MS team, ask your doctor): it addresses a would-be patient weighing an offer, it does not make one.
    'before you pay', 'before you agree', 'before you sign', 'before you decide', 'before you travel', 'what to ask',
    'ask your doctor', { re: '(?<![a-z])talk to your (?:[a-z]+ ){0,2}(?:doctor|team|specialist|neurologist|consultant)(?![a-z])' },
    // A patient organisation's or charity's guide for families (Class 1: 病友会, 患者组织, 本指南; "this guide",
    // patient association, charity): it warns about providers, it does not sell. Not 公益 alone (clinics run
    // 公益项目 as a selling pretext).
    '病友会', '病友组织', '病友协会', '病友互助', '患者组织', '患者协会', '患者团体', '家长互助', '公益组织', '公益机构', '公益团体',
    '基金会', '慈善', '非营利', '非盈利', '本指南', '家长指南', '就医指南', '危险信号', '警示信号', '志愿者',
    'patient association', 'patient organisation', 'patient organization', 'patient advocacy', 'charity', 'charitable',
    'registered charity', 'nonprofit', 'non-profit', 'not-for-profit', 'this guide', 'our guide', 'parent guide',
    "parents' guide", 'family guide', 'support group', 'warning signs', 'red flags', 'volunteer*',
  ],
  /**
   * Not a reporting genre: a topical cosmetic product (serum, cream; applied to the skin). Plant "stem cell"
   * extracts and "your skin's own stem cells" are cosmetic wording; without any cell product on offer (stem
   * cell facelift, 干细胞美容, exosome facial, injections) such a page sells a cream, not cell therapy.
   */
  topical: [
    'serum', 'night cream', 'day cream', 'face cream', 'eye cream', 'moisturizer', 'moisturiser', 'cleanser', 'toner',
    'skincare', 'skin care', 'apply to clean skin', 'onto face', 'face and neck', 'for external use', 'external use only',
    'cosmetic product', 'dermatologist tested', 'dermatologist-tested', 'add to cart', 'add to bag', 'cruelty-free',
    'fragrance-free', 'paraben', { re: '(?<![\\d.])\\d{1,3}\\s?ml(?![a-z])' },
    '精华液', '精华乳', '面霜', '乳霜', '乳液', '眼霜', '面膜', '化妆品', '化粧品', '妆字', '妆网备', '涂抹', '洁面', '洁肤', '肤质',
    '敏感肌', '购物车', '护肤', '保养品', '外用',
  ],
  /**
   * Not a genre either: the cues of a warning-signs heading (如果遇到以下情况, "Red flags to watch for"). Listed here so
   * a heading with no other vocabulary survives extraction and hands its list on (context.ts isWarningHeading);
   * score.ts does not count them.
   */
  'warning-list': WARNING_LIST_HEADINGS,
  /**
   * Not a genre: the vocabulary of a shop selling cell goods for human use (per vial, IV, dosing, practitioner kits,
   * research use only), listed so its lines survive extraction (scan.ts shopTherapyOffer); score.ts does not count it.
   */
  'cell-shop': [...SHOP_CHANNELS, ...HUMAN_ROUTES, ...HUMAN_DOSING, ...PRACTITIONER_BUYERS, ...NOT_FOR_HUMANS_LABELS],
};

/** Research is being described, not offered: "researchers are studying stem cells for many conditions". */
export const RESEARCH_FRAMES: readonly Pattern[] = [
  'researchers are', 'researchers at', 'researchers have', 'are studying', 'is studying', 'being studied',
  'being investigated', 'under investigation', 'studying whether', 'investigating whether', 'research into',
  'studies are', 'scientists are', 'in the lab', 'in animal', 'in mice', 'preclinical',
  // Animal-model results are research reports, not claims ("restored motor function in a rat model").
  'rat model*', 'mouse model*', 'animal model*', 'in rats', 'in a rat', 'in a mouse', 'in pigs', 'in monkeys',
  'primate model*', 'laboratory results', 'lab results', 'research stage', 'experimental stage',
  '正在研究', '研究人员', '研究团队', '课题组', '动物实验', '临床前', '有待进一步研究', '研究者',
  '小鼠', '大鼠', '动物模型', '模型动物', '研究阶段', '试验阶段', '实验阶段',
];

/** A price someone paid in a story, not a price on offer: "we spent $25k", 先后花费六万余元. */
export const PAYMENT_NARRATIVE: readonly Pattern[] = [
  'paid', 'spent', 'spending', 'charged me', 'charged her', 'charged him', 'charged them', 'charged us', 'were charged',
  'was charged', 'cost us', 'cost me', 'cost her', 'cost him', 'cost them', 'shelled out', 'forked over', 'lost',
  // Past payments only: an ad's 可分期付款 / 支持微信支付 is an offer, not a story.
  '花费', '花了', '支付了', '已支付', '共支付', '先后支付', '付款了', '已付款', '先后付款', '付款共', '付了',
  // A fine is a penalty, not a price: 可处新台币5万至25万元罚锾, fined $500,000.
  '罚款', '罚金', '罚鍰', '罚锾', '最高罚', { re: '可处(?!理|方|置)' }, 'fined', 'fine of', 'civil penalt*', 'penalty of', '刷卡', '签帐', '签账', '被收取', '交了', '骗走', '损失', '收取', '共计',
  // A price the clinic quoted to the writer (a patient, a reporter) is reported, not the page's own offer.
  // Someone else's offer narrated by the writer: "the clinic offered him a booster at a discount".
  'offered him', 'offered her', 'offered them', 'offered me', 'offered us', 'the clinic charged', 'clinics charged',
  'they charged', 'it charged', 'charged patients', 'charged families',
  'being quoted', 'been quoted', 'quoted me', 'quoted us', 'quoted her', 'quoted him', 'quoted them', 'they quoted', 'was quoted', 'were quoted',
  'quoted price', 'quoted a price', 'quoted a fee', 'asking price', 'wanted to charge', 'asked about the price',
  // A fee someone was asked for (有家长被要求先交5万元定金; "she was asked to pay $8,000 up front"): reported, not offered.
  { re: '被(?:要求|告知|通知|催促?|逼)(?:先|马上|立即|尽快|当天)?(?:交|缴|付|支付|缴纳|交纳|转账|转|汇款|汇|打款|刷卡)' },
  { re: '(?:要求|让|叫|逼|催)(?:家长|患者|病人|家属|病友|我们|我|她|他|他们|她们)(?:先|马上|立即|尽快|当天)?(?:交|缴|付|支付|缴纳|交纳|转账|转|汇款|汇|打款|刷卡)' },
  { re: '(?<![a-z])(?:was|were|been|being) (?:asked|told|pressured|pushed|expected) to (?:pay|put down|wire|transfer|deposit)' },
  { re: '(?<![a-z])(?:asked|told|pressured|pushed|wanted) (?:us|me|her|him|them|families|parents|patients) to (?:pay|put down|wire|transfer|deposit)' },
  'asked about the cost', 'asked how much', '问及', '询问', '问到', '问价',
  '给我报价', '给我们报价', '跟我报价', '对方报价', '报价给我', '开价', '要价', '报了价',
  // A donation appeal is a gift, not a price: "a gift of £1,000 supports…", 捐赠1000元可支持…
  'a gift of', 'your gift', 'gifts of', 'donation of', 'donations of', 'donate', 'donating', 'support our research',
  '捐赠', '捐款', '善款', '捐助',
];

/** A collection or donation procedure, not a treatment, is what is called safe (cord blood collection). */
export const PROCEDURE_CONTEXT: readonly Pattern[] = [
  'collection', 'collected', 'mother and baby', 'mom and baby', 'for you and your baby', 'blood draw', 'donation',
  'donating', 'donate', '采集', '母婴', '捐献', '捐赠',
];
