// G3: a Chinese forum thread (百度贴吧, 知乎, 天涯). Its counters (关注：21.6万, 贴子：148万, 浏览量 3.2万, 回复 1.2万,
// 赞同 5千) are not prices. One reply in a provider's voice among more warning replies keeps its claims, but does not
// make the thread a seller or a soft ad: only an opening post that is itself the ad, or a thread that mostly sells, does.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, flagged, mentionsOf, onTopic, scanOf, signal } from './helpers';

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

// A 知乎 question: the asker reports what a clinic told them, the answers warn, and one shill answer offers a referral
// discount. 知乎 heads each answer with its votes (1,764 人赞同了该回答), not 2楼.
const ZHIHU_Q = [
  '知乎 会员 发现 等你来答',
  '妈妈多发性硬化复发两次，有个细胞中心打电话推荐干细胞回输，该不该去？',
  '上周有个“再生医学中心”的工作人员打电话来，说他们已经给三百多个病人做过回输，有效率85%，一个疗程12.8万。',
  '关注者 862　被浏览 417,305',
].join('\n');
const ZHIHU_ANSWERS = [
  '1,764 人赞同了该回答\n不要去。“有效率85%”这类说法本身就是医疗广告里明令禁止的，这是骗局。',
  '903 人赞同了该回答\n病友群里有人做过，花了十几万没有效果，这些机构的套路都差不多，提醒大家警惕。',
  '7 人赞同了该回答\n我表姐做了两次回输，效果很好。需要的话可以私信我，报我名字能打九折。',
  '322 人赞同了该回答\n正规临床研究不会向受试者收费，请不要轻信。',
];
const ZHIHU = [ZHIHU_Q, ...ZHIHU_ANSWERS].join('\n');

describe('知乎 answers', () => {
  it('the vote line of an answer starts the replies', () => {
    expect(scanOf(ZHIHU).threadReplySeller).toBe(true);
  });
  it('a referral discount in one answer is not a sponsored story, and the question is not flagged', () => {
    const s = scanOf(ZHIHU);
    expect(s.readerOfferKinds).toBe(0);
    const a = assessText(ZHIHU);
    expect(signal(a, 'sponsored-story')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
  it('a referral discount in the opening post still counts', () => {
    const op = ZHIHU_Q.replace('关注者', '我是机构顾问，报我名字能打九折，一个疗程12.8万。\n关注者');
    expect(scanOf([op, ...ZHIHU_ANSWERS].join('\n')).readerOfferKinds).toBe(1);
  });
});

describe("an asker's report of a sales call", () => {
  it('有个中心打电话，说他们… is the caller speaking', () => {
    const a = assess('最近有个细胞医学中心打电话，说他们治了几千例帕金森，好转率90%以上，一个疗程15万。');
    expect(claimsOf(a, 'success-rate-zh')).toEqual([]);
    expect(mentionsOf(a, 'success-rate-zh')[0]?.context).toBe('reported-speech');
  });
  it('电话里还说… reports the call, and its 报名 is not the page\'s call to action', () => {
    const s = scanOf(onTopic('电话里还说这个月是科研名额，报名能减两万。'));
    expect(s.findings.filter((f) => !f.mention)).toEqual([]);
    expect(s.ctaKinds).toBe(0);
  });
  it('a clinic speaking for itself is still a claim', () => {
    expect(claimsOf(assess('本中心已治疗几千例帕金森，好转率90%以上。'), 'success-rate-zh').length).toBeGreaterThan(0);
  });
  it('quoted phrases named as banned words are talked about', () => {
    const a = assess('“好转率90%”“零风险”这几个词，恰好是医疗广告法明令禁止的表述。');
    expect(claimsOf(a)).toEqual([]);
  });
  it('a price weighed against an alternative (与其…不如) is not offered', () => {
    expect(claimsOf(assess('与其花15万，不如带父亲去正规医院运动障碍专科门诊。'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('与其做关节置换，不如选择干细胞，一个疗程只要5万元。'), 'price-zh').length).toBeGreaterThan(0);
  });
  it("a site's 会员 menu link is not a price; 会员价 is", () => {
    expect(claimsOf(assess('知乎 会员 发现'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞回输会员价8折。'), 'price-zh').length).toBeGreaterThan(0);
  });
});

describe('PTT and Dcard threads', () => {
  const PTT = [
    '批踢踢實業坊 › 看板 MedicalCare',
    '作者kaohsiungboy (南部小孩)',
    '看板MedicalCare',
    '標題[問題] 爸爸膝蓋退化 診所推幹細胞一次25萬 值得嗎',
    '診所網站寫「自體細胞 無排斥」「衛福部特管辦法核准」',
    '一邊膝蓋報價25萬，兩邊45萬，現在簽約送PRP兩次',
    '45萬是合理價格嗎',
    '--',
    '※ 發信站: 批踢踢實業坊(ptt.cc)',
    '推 ortho_r3: 去衛福部細胞治療專區查，沒有這間診所的名字就不是它核准的04/18 21:49',
    '噓 yoyo1234: 45萬都可以換兩個人工膝關節了吧04/18 22:11',
    '推 regen_happy88: 我做過超推！原PO可以私信我，我給你諮詢師的LINE，說我介紹還有折扣04/18 22:36',
    '推 nurse_chen: 「打完隔天就能走」「軟骨再生」這種說法本身就誇大了04/18 23:02',
  ].join('\n');
  it('its header, footer and push lines make a thread', () => {
    const s = scanOf(PTT);
    // 批踢踢, ptt, 看板, 發信站 and the 推/噓 push lines.
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(5);
    expect(flagged(assessText(PTT).risk)).toBe(false);
  });
  it("a clinic website's printed words are reported", () => {
    expect(claimsOf(assess('診所網站寫「自體細胞 無排斥」。'), 'safety-no-side-effects-zh')).toEqual([]);
  });
  it('a question may end on 嗎 without a mark', () => {
    expect(claimsOf(assess('一個療程45萬是合理價格嗎'), 'price-zh')).toEqual([]);
  });
  it('a [心得] post that sells in its own voice stays an ad', () => {
    const post = PTT.replace(/標題[^\n]*\n[\s\S]*?--\n/, '標題[心得] 幹細胞回輸三個月 膝蓋跟精神都回來了\n打完一個月軟骨再生，整個人逆齡十歲，完全沒有副作用\n費用是一個療程新台幣28萬，現在三人同行有團購優惠價\n名額有限，想了解的版友可以私訊我，我給你專員的LINE，報我名字再折2萬\n--\n');
    expect(flagged(assessText(post).risk)).toBe(true);
  });
  it('Dcard comment floors (B1 ·) mark replies', () => {
    const s = scanOf('醫美診所推幹細胞外泌體，有人打過嗎？\nB1 · 2026年3月2日\n外泌體注射目前沒有核准\nB2 · 2026年3月2日\n我打過，沒什麼感覺\n');
    expect(s.genreMarkers.forum ?? 0).toBeGreaterThanOrEqual(1);
  });
});
