// Calls to action and contact channels: the page wants you to buy or book. Prices and packages themselves
// are rules (family 'pricing'); these only feed the page-level 'commercial-intent' signal.
import type { Pattern } from '../types';

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
  { re: '(?<![\\d-])(?:\\+?1[\\s.\\-]?)?\\(?\\d{3}\\)?[\\s.\\-]\\d{3}[\\s.\\-]\\d{4}(?!\\d)' },
  { re: '(?<!\\d)(?:400|800)[\\s\\-]?\\d{3}[\\s\\-]?\\d{4}(?!\\d)' },
  { re: '(?<!\\d)1[3-9]\\d{9}(?!\\d)' },
  '联系我们', '咨询热线', '热线', '服务热线', '电话咨询', '免费咨询', '在线咨询', '立即咨询', '马上咨询', '咨询电话', '客服',
  '预约', '挂号', '微信', '加微', 'vx', 'v信', '扫码', '扫一扫', '二维码', '私信', '留言', '报名', '立即抢购', '抢购', '下单',
  '点击咨询', '了解详情', '获取报价',
  { re: '(?<![a-z])line\\s?(?:好友|官方|预约|咨询|@|id)' }, '来电咨询', '欢迎来电', '致电', '加line', 'line预约', 'line@', 'line官方', 'line id', 'line:', '私讯', '立即报名',
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
  'package*', 'discount*', 'financing', 'spots', 'treatment plan',
  '预约', '面诊', '评估', '优惠', '报名', '价格', '套餐', '名额', '疗程', '体验', '回输', '特价', '折扣',
];
