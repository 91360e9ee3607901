// G3: a Chinese forum thread (百度贴吧, 知乎, 天涯). Its counters (关注：21.6万, 贴子：148万, 浏览量 3.2万, 回复 1.2万,
// 赞同 5千) are not prices. One reply in a provider's voice among more warning replies keeps its claims, but does not
// make the thread a seller or a soft ad: only an opening post that is itself the ad, or a thread that mostly sells, does.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { flagged, scanOf } from './helpers';

const OP = '楼主 小雨妈妈\n孩子五岁，脑瘫，听说干细胞治疗脑瘫效果好，大家有了解的吗？\n浏览量 2.4万';
const SELLER_REPLY = '3楼 健康顾问\n可以了解一下我们合作的医院，脑瘫干细胞治疗有效率90%以上，私信我给你发案例视频，现在报名有优惠。';
const WARNINGS = [
  '2楼 路过的家长\n别去，我们花了十几万没有效果，这就是骗局。',
  '4楼 网友\n3楼是医托，举报了，宣称有效率的都是违法广告。',
  '5楼 康复科医生\n提醒一下，干细胞治疗脑瘫未经批准，不要轻信。',
];
const THREAD = ['脑瘫吧 关注：12.3万 贴子：86万', OP, WARNINGS[0], SELLER_REPLY, WARNINGS[1], WARNINGS[2], '回复 1.2万 · 赞同 5千'].join('\n');

const AD_OP = [
  '脑瘫吧 关注：12.3万 贴子：86万',
  '楼主 某干细胞中心',
  '我院干细胞治疗脑瘫有效率高达92%，安全无副作用，一个疗程6.8万元，本月报名立减8000元。咨询电话：400-123-4567，加微信了解详情。',
  '2楼 网友\n真的假的？',
  '3楼 网友\n这种一看就是骗局，提醒大家不要轻信。',
].join('\n');

describe('forum threads', () => {
  it('board and post counters are not prices', () => {
    const s = scanOf('关于干细胞。\n自闭症吧 关注：21.6万 贴子：148万\n回复 1.2万 · 赞同 5千 · 浏览量 3.2万 · 被浏览 86万\n');
    expect(s.findings.filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('a real price on the same page is still a price', () => {
    const s = scanOf('关于干细胞。\n干细胞回输一个疗程6.8万元。\n');
    expect(s.findings.some((f) => f.family === 'pricing')).toBe(true);
  });
  it('one selling reply among warnings keeps its claims but not the page\'s genre', () => {
    const s = scanOf(THREAD);
    expect(s.threadReplySeller).toBe(true);
    expect(s.findings.some((f) => !f.mention && f.family === 'success-rate')).toBe(true);
    expect(flagged(assessText(THREAD).risk)).toBe(false);
  });
  it('a thread whose replies mostly sell is not a reply seller', () => {
    const selling = ['脑瘫吧 关注：12.3万', OP, SELLER_REPLY, SELLER_REPLY.replace('3楼', '4楼').replace('脑瘫', '脑瘫康复'),
      SELLER_REPLY.replace('3楼', '5楼').replace('90%', '95%'), WARNINGS[2]].join('\n');
    expect(scanOf(selling).threadReplySeller).toBe(false);
  });
  it('a thread whose opening post is a clinic\'s promotion stays flagged', () => {
    const s = scanOf(AD_OP);
    expect(s.threadReplySeller).toBe(false);
    expect(flagged(assessText(AD_OP).risk)).toBe(true);
  });
});

describe('reply markers', () => {
  it('第N楼 starts a reply too', () => {
    const page = THREAD.replace(/\n(\d)楼/g, '\n第$1楼');
    expect(scanOf(page).threadReplySeller).toBe(true);
  });
});

describe('site menus', () => {
  it('a 私信 button in the site menu above the opening post is no selling post', () => {
    expect(scanOf(`首页 · 私信 · 我的贴吧\n${THREAD}`).threadReplySeller).toBe(true);
    expect(flagged(assessText(`首页 · 私信 · 我的贴吧\n${THREAD}`).risk)).toBe(false);
  });
  it('an opening post that sells still does, menu or not', () => {
    expect(scanOf(`首页 · 私信 · 我的贴吧\n${AD_OP}`).threadReplySeller).toBe(false);
  });
});
