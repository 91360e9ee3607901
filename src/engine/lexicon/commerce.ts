// Calls to action and contact channels: the page wants you to buy or book. Prices and packages themselves
// are rules (family 'pricing'); these only feed the page-level 'commercial-intent' signal.
import type { Pattern } from '../types';

/**
 * E6: a discount code or referral link for a story's readers ("offered readers of this blog $1,500 off any neuro program
 * with code SLOWLANE", "use my link", "mention WEEKENDMILES when you book"): a sponsored story's sales channel, whatever
 * the narrative voice (also a story's provider contact: lexicon/voice.ts STORY_CONTACT).
 */
export const READER_OFFERS: readonly Pattern[] = [
  { re: '(?<![a-z])(?:with|use|using|enter|mention|quote|apply) (?:the |my |our )?(?:promo |discount |coupon |referral |voucher |reader )?code(?![a-z])' },
  'use my link', 'my referral link', 'my affiliate link', 'referral discount', 'affiliate link', 'readers of this blog',
  'readers of my blog', 'for my readers', 'my readers get', 'readers get', 'blog readers', 'this post is sponsored',
  'sponsored post', 'in partnership with', { re: '(?<![\\d.])\\d{1,2}% off (?:with|using|when)(?![a-z])' },
  // 优惠码 / 邀请码 for a post's readers, 报我的名字 (mention my name for a discount), 粉丝专属优惠.
  '优惠码', '邀请码', '推荐码', '折扣码', '报我的名字', '提我的名字', '报我名字', '粉丝专属', '读者专属', '粉丝福利',
];

/**
 * A publication's readers offered the featured provider's service (complimentary consultations to Gulf Coast Daily
 * readers; Mention this article to receive a free MRI review; 面向本报读者开放, 凭本文截图预约): an advertorial's sales
 * channel, counted with READER_OFFERS (scan.ts). A news report hands its readers nothing of a clinic's (本报读者王先生反映
 * is a reader's complaint, not here). Kept out of CALL_TO_ACTION: the booking line next to it is the call to action, and
 * that matcher is already large (a bigger one slows every page).
 */
export const ADVERTORIAL_READER_OFFERS: readonly Pattern[] = [
  'mention this article', 'mention this story', 'mention this feature', 'mention this ad', 'show this article',
  { re: '(?<![a-z])(?:consultations?|screenings?|offers?|discounts?|evaluations?|assessments?) (?:to|for) [a-z][a-z ]{0,40}readers(?![a-z])' },
  '面向本报读者', '本报读者专享', '本报读者可凭', '凭本文', '凭此文', '本文截图', '读者专享', '面向读者开放',
];

/**
 * Forms taken by mouth (口服液, 胶囊, capsules, supplement): a "stem cell activator" sold as one acts on the body, not
 * the skin, so a shop's cart and "30ml" do not make it a cosmetic (scan.ts oralCellProduct, score.ts topical damp).
 */
export const ORAL_FORMS: readonly Pattern[] = [
  '口服液', '口服', '软胶囊', '胶囊', '冲剂', '片剂', '含片', '口服粉', '饮品', '膠囊', '沖劑',
  'capsule*', 'softgel*', 'tablet*', 'oral', 'sachet*', 'gummies', 'drink mix', 'dietary supplement*', 'supplement*',
];

/**
 * A publisher's label that the story is paid for by the provider (SPONSORED CONTENT · Presented by…, Paid post, Brand
 * Studio, 赞助内容, 推广, 廣告特輯): a story relaying a clinic's claims, price and event under it is the clinic's ad
 * (score.ts sponsored story). Counted only as a banner line of its own (scan.ts), not inside a report's prose about
 * such labels.
 */
export const SPONSORED_LABELS: readonly Pattern[] = [
  'sponsored content', 'sponsored story', 'sponsored article', 'sponsored feature', 'paid content', 'paid post',
  'partner content', 'brand studio', 'advertorial', 'paid partnership', 'paid promotion', 'presented by',
  'advertisement feature', 'promoted content', 'native ad',
  '赞助内容', '赞助內容', '推广内容', '推廣內容', '付费推广', '商业推广', '合作推广', '品牌推广', '品牌合作', '广告特辑',
  '特约专题', '本文为广告', '本文為廣告', '软文推广', '广告推广',
];

/**
 * A publisher's own disclosure sentence that the page was made for the provider (This article was produced by the Brand
 * Studio on behalf of…, The newsroom was not involved in its creation; 本文由…提供, 本文为…商业推广).
 */
export const SPONSORED_DISCLOSURES: readonly Pattern[] = [
  { re: '(?<![a-z])this (?:article|content|story|post|page|feature) (?:was|is|has been) (?:produced|created|written|paid for|sponsored|provided)' },
  'newsroom was not involved', 'newsroom had no', 'editorial staff was not involved', 'editorial staff were not involved',
  'not involved in its creation', 'not involved in the creation', 'on behalf of our sponsor',
  { re: '本文(?:由[\\u4e00-\\u9fff]{2,20}(?:提供|赞助|供稿)|为[\\u4e00-\\u9fff]{0,12}(?:广告|推广|商业合作))' },
  '编辑部未参与', '编辑部并未参与',
];

/**
 * A 种草 note's author offering readers the provider's name or contact in private (想要机构名字的姐妹评论区扣1，我私你;
 * 私我; 滴滴我; 戳我主页): the note's sales channel, a call to action and a story contact (lexicon/voice.ts).
 */
export const INFLUENCER_CONTACT: readonly Pattern[] = [
  { re: '(?:评论区|评论|留言)\\s?扣\\s?1(?!\\d)' }, '我私你', '私你', '私我', '滴滴我', 'dd我', '戳我', '主页有联系方式', '看我主页',
  '想要机构名字', '要机构名字的', '想要医院名字', '想知道哪家的', '想要链接的', '要链接的',
];

export const CALL_TO_ACTION: readonly Pattern[] = [
  'contact us', 'call us', 'call now', 'call today', 'call our', 'give us a call', 'text us', 'email us', 'message us',
  'book now', 'book a', 'book your', 'booking', 'schedule a', 'schedule your', 'schedule an', 'request a consultation',
  'request your', 'free consultation', 'free evaluation', 'free assessment', 'complimentary consultation',
  'consultation today', 'get started', 'apply now', 'apply today', 'enquire', 'enquiry', 'inquire now',
  'request information', 'request info', 'get a quote', 'request a quote', 'free quote', 'whatsapp', 'wechat', 'telegram', 'live chat', 'chat with us',
  'reserve your', 'claim your', 'limited time', 'special offer', 'act now', "don't wait", 'see if you qualify',
  'find out if you', 'are you a candidate', 'candidate for stem cell', 'request an appointment', 'make an appointment',
  'appointment today',
  // A host-read sponsor ad is the page's own selling voice, even on a content page (a podcast's show notes).
  // Not "sponsored by" alone: a trial is "sponsored by" its company.
  'brought to you by', 'episode is sponsored by', "today's sponsor", 'our sponsor', 'use code', 'use promo code',
  'promo code', 'discount code', 'coupon code',
  ...READER_OFFERS,
  ...INFLUENCER_CONTACT,
  { re: '(?<![\\d-])(?:\\+?1[\\s.\\-]?)?\\(?\\d{3}\\)?[\\s.\\-]\\d{3}[\\s.\\-]\\d{4}(?!\\d)' },
  { re: '(?<!\\d)(?:400|800)[\\s\\-]?\\d{3}[\\s\\-]?\\d{4}(?!\\d)' },
  { re: '(?<!\\d)1[3-9]\\d{9}(?!\\d)' },
  '联系我们', '咨询热线', '热线', '服务热线', '电话咨询', '免费咨询', '在线咨询', '立即咨询', '马上咨询', '咨询电话', '客服',
  '预约', '挂号', '微信', '加微', 'vx', 'v信', '扫码', '扫一扫', '二维码', '私信', '留言', '报名', '立即抢购', '抢购', '下单',
  '点击咨询', '了解详情', '获取报价',
  { re: '(?<![a-z])line\\s?(?:好友|官方|预约|咨询|@|id)' }, '来电咨询', '欢迎来电', '致电', '加line', 'line预约', 'line@', 'line官方', 'line id',
  // LINE: @clinic — not "The bottom line:" heading a regulator's summary.
  { re: '(?<!bottom[\\s-])(?<![a-z0-9])line:' }, '私讯', '立即报名',
];

/** Medical-tourism logistics: the page organises the trip. */
export const TRAVEL_SERVICE: readonly Pattern[] = [
  'airport pickup', 'airport transfer', 'visa support', 'visa assistance', 'interpreter', 'translator service',
  'accommodation', 'hotel', 'concierge', 'travel package', 'all-inclusive', 'medical visa',
  '接机', '签证', '翻译', '住宿', '酒店', '全程陪同', '一站式',
];

/**
 * Phone lines and contact channels that do not sell (see REPORTING_CHANNELS and PATIENT_ORG_LINES) (Class 1: patient-organisation guides): a patient group's or
 * charity's own helpline (病友服务热线, 志愿者热线, "call our helpline for advice"), and the reporting and complaint
 * channels a warning sends readers to (12320卫生热线举报, 向卫健委投诉, report the clinic to the FDA/TGA). A call to
 * action or provider voice in a sentence with one of these is not the page's own selling. Not 公益 alone, nor a
 * clinic's 患者服务热线 or "patient care line": sellers use those words too.
 */
export const REPORTING_CHANNELS: readonly Pattern[] = [
  // Reporting and complaint channels.
  '举报', '投诉', '12320', '12315', '12345', '12331', '卫健委', '卫生健康委', '卫生局', '市场监管', '药监局', '消委会', '消基会',
  '衛生福利部', '卫福部', '1966',
  { re: '(?<![a-z])report(?:ing|ed)?\\s(?:it|them|this|that|the (?:clinic|ad|provider|company|seller)|a clinic|clinics|suspected|concerns?|problems?|side effects|adverse|to)(?![a-z])' },
  'complaint*', 'medwatch', 'ocod@fda', 'fda.gov', 'tga.gov', 'reportfraud', 'ftc.gov', 'attorney general',
  'consumer protection', 'consumer affairs', 'medical board', 'trading standards',
];

/**
 * E1: a regulator speaking in the institutional "we" (we regulate, we have issued infringement notices, our compliance
 * team, our guidance, tell us / report it to us, penalties, the advertising code, therapeutic goods, warning letters).
 * Its "we", "our team" and "contact us" enforce the rules; they do not sell. Also the regulator genre's markers.
 */
export const ENFORCEMENT_VOICE: readonly Pattern[] = [
  'we regulate', 'we have issued', 'we issued', 'we may issue', 'we sent warning', 'we have sent warning', 'we took action',
  'we have taken action', 'we may take action', 'we consider misleading', 'we monitor', 'our role is to protect',
  'infringement notice*', 'warning letters', 'compliance team', 'our compliance', 'our enforcement', 'our guidance',
  { re: '(?<![a-z])tell us (?:using|through|via|online|if you see|about (?:an? |the )?(?:advert|ad|advertisement|clinic|product))' }, 'report it to us', 'report them to us', 'report an advertisement', 'report an advert', 'report the advert*',
  'penalt*', 'civil penalty', 'advertising code', 'advertising requirements', 'advertising rules', 'unlawful advertising',
  'therapeutic goods', 'prohibited representation*', 'enforcement action', 'enforcement', 'breach*', 'court orders',
  'not permitted', 'must comply', 'regulator', 'regulatory action',
];

/** A patient organisation's or charity's own line: volunteers, peer support, no recommendation of any provider. */
export const PATIENT_ORG_LINES: readonly Pattern[] = [
  '志愿者', '病友会', '病友服务', '病友组织', '病友协会', '病友互助', '患者组织', '患者协会', '家长互助', '家长群', '互助会', '公益热线',
  '基金会', '不推荐任何', '不推荐任何机构', '不代理任何', '不与任何机构合作',
  'volunteer*', 'helpline', 'help line', 'patient association', 'patient organisation', 'patient organization',
  'patient advocacy', 'support group', 'peer support', 'parent group', 'parents group', "parents' group", 'charity',
  'charitable', 'registered charity', 'nonprofit', 'non-profit', 'not-for-profit',
  'we do not recommend any', "we don't recommend any", 'we do not endorse', "we don't endorse", 'we never recommend',
  'independent advice', 'impartial advice',
];

/**
 * Booking and price words: a "helpline" or 志愿者 line that books consultations, assessments or treatment
 * (Patient Support Helpline: call to book your free consultation; 热线预约面诊) is a seller's line after all.
 */
export const SALES_CUES: readonly Pattern[] = [
  'book', 'booking', 'schedule', 'consultation', 'appointment', 'evaluation', 'assessment', 'pricing', 'price*',
  'package*', 'discount*', 'financing', 'spots', 'treatment plan', 'qualif*', 'candidate*', 'fee', 'fees', 'deposit*',
  '预约', '面诊', '评估', '优惠', '报名', '价格', '套餐', '名额', '疗程', '体验', '回输', '特价', '折扣', '定金', '订金', '自付', '申请救助',
];

/**
 * Class 2 (cell products sold as goods). A shop's own channels: a cart, a checkout, a per-vial price, wholesale
 * and cold-chain shipping (add to cart, per vial, 加入购物车, 每支, 冷链配送).
 */
export const SHOP_CHANNELS: readonly Pattern[] = [
  'add to cart', 'add to bag', 'buy now', 'shop now', 'order now', 'checkout', 'in stock', 'out of stock', 'per vial',
  'a vial', 'per kit', 'wholesale', 'bulk pricing', 'bulk order*', 'free shipping', 'cold-chain', 'cold chain', 'ships in',
  '加入购物车', '立即购买', '购物车', '立即下单', '现货', '包邮', '冷链', '批发', '每支', '一支', '每盒', '每瓶', '团购价', '拿货价', '代理价',
  'per bottle', { re: '/\\s?(?:[支瓶盒]|vial|bottle)(?![a-z])' },
  // Traditional forms the character folding leaves apart.
  '現貨', '購物車', '加入購物車', '立即購買', '冷鏈', '批發',
];

/** Cell or cell-derived goods a shop may sell (exosomes, secretome, MSC conditioned media, 外泌体冻干粉). */
export const CELL_GOODS: readonly Pattern[] = [
  'exosome*', 'secretome', 'conditioned media', 'conditioned medium', 'msc', 'mscs', 'msc-derived', 'stem cell*',
  "wharton's jelly", 'cord blood', 'amniotic', 'placental', 'extracellular vesicle*',
  '外泌体', '干细胞', '间充质', '分泌组', '条件培养基', '细胞因子', '冻干粉', '囊泡',
];

/**
 * Human use, in the shop's own words (not in its "not for human use" label): a route into the body, dosing, and the
 * clinics it sells to. Lab reagents name samples and culture media, not IVs, sessions or practitioners.
 */
export const HUMAN_ROUTES: readonly Pattern[] = [
  { re: '(?<![a-z])iv(?![a-z])' }, 'intravenous*', 'nebuliz*', 'nebulis*', 'inhal*', 'intra-articular', 'intraarticular',
  'intrathecal', 'intranasal', 'subcutaneous*', 'intramuscular*', 'intradermal*', 'inject', 'injected',
  'injecting', 'injection*', 'infusion*', 'infuse', 'infused', 'drip',
  '静脉', '静滴', '点滴', '雾化', '注射', '回输', '输注', '关节腔', '鞘内', '皮下', '滴鼻', '水光针',
  // Not microneedling (微针): a cosmetic serum applied after it stays on the skin.
];
export const HUMAN_DOSING: readonly Pattern[] = [
  'dosing', 'dosage', 'per dose', 'doses', 'per session', 'per infusion', 'per treatment', 'per knee', 'per joint',
  'sessions', 'repeat every', 'once a month', 'every 4 weeks', 'every four weeks', 'treatment protocol*', 'clinic protocol*',
  'dosing protocol*', 'dosing guide',
  '剂量', '用量', '用法用量', '疗程', '每次', '每周一次', '每月一次', '每月1次', '每周1次', '一个月一次',
];
export const PRACTITIONER_BUYERS: readonly Pattern[] = [
  'practitioner*', 'clinics', 'med spa*', 'medspa*', 'physician*', 'doctors', 'providers', 'your patients', 'my patients',
  '诊所', '医美机构', '医疗机构', '美容院', '医生', '机构专供', '院线', '合作机构',
];

/**
 * A shop's own label that its goods are not for people (For research use only, not for human use, for cosmetic use
 * only, 仅供科研使用，非人用): with human-use dosing on the same page it is a seller's disclaimer, which does not cancel
 * the offer (red-flags.md §3; FTC).
 */
export const NOT_FOR_HUMANS_LABELS: readonly Pattern[] = [
  'research use only', 'for research use', 'for research purposes only', 'not for human use', 'not for human consumption',
  'not for human injection', 'not intended for human', 'not for use in humans', 'for cosmetic use only',
  'cosmetic use only', 'for laboratory use only', { re: '(?<![a-z])ruo(?![a-z])' },
  '仅供科研', '仅供研究', '科研专用', '科研用途', '非人用', '不得用于人体', '不可用于人体', '不用于人体', '仅供化妆品', '仅限化妆品',
  '僅供研究', '僅供科研', '非供人體', '不得用於人體', '非人體使用',
];

/**
 * Someone describing another's shop (One shop lists a vial at $1,295 with an Add to cart button; the product page
 * suggests IV use; 该网店页面显示…): the cart and dosing in such a sentence are reported, not the page's own.
 */
export const SHOP_DESCRIBED: readonly Pattern[] = [
  'one shop', 'the shop', 'a shop', 'shops', 'the site', 'the website', 'its website', 'their website', 'websites',
  'product page', 'the page', 'button', 'lists', 'listed', 'the company', 'the seller', 'sellers', 'vendors',
  '该网站', '该店', '店铺', '网店', '商家', '页面显示', '页面上', '该产品', '记者',
];
