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
