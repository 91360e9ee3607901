// Recall classes: first-person influencer soft ads (种草 notes that hand out the provider in private), sponsored stories
// under a publisher's paid-content label, and supplements taken by mouth that claim to activate your stem cells.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, flagged, mentionsOf, onTopic, scanOf, signal } from './helpers';

describe('种草 notes', () => {
  it("the poster's 评论区扣1，我私你 is a sales channel", () => {
    const s = scanOf(onTopic('想要机构名字的姐妹评论区扣1，我私你👇'));
    expect(s.ctaKinds).toBeGreaterThan(0);
    expect(s.storyContactKinds).toBeGreaterThan(0);
  });
  it('私我 and 滴滴我 too', () => {
    expect(scanOf(onTopic('需要机构联系方式的姐妹私我。')).ctaKinds).toBeGreaterThan(0);
    expect(scanOf(onTopic('想了解的滴滴我。')).ctaKinds).toBeGreaterThan(0);
  });
  it('…but not in a 避雷 note naming the place to avoid', () => {
    expect(scanOf(onTopic('想知道是哪家会所的，评论区扣1，我私你避雷。')).ctaKinds).toBe(0);
  });
  it('a note: results, price, the poster answering "safe?" and a private contact is an ad', () => {
    const note = [
      '带我妈做了干细胞回输｜60岁精气神回来了',
      '去年底朋友推荐了一家做细胞抗衰的健康管理中心，我陪她去做了干细胞回输。',
      '三个月：整个冬天一次感冒都没有，免疫力真的提高了。',
      '价格：单次3万8，三次疗程卡一共9万9。',
      'A：脐带来源，不会排异，完全没有副作用。',
      '需要机构联系方式的姐妹评论区扣1，我私你。',
      '编辑于 02-21 上海　❤️ 1.6万　⭐ 8923　💬 1204',
    ].join('\n');
    expect(flagged(assessText(note).risk)).toBe(true);
  });
  it("a note's like, star and comment counts are not prices", () => {
    expect(claimsOf(assess('编辑于 03-08 浙江　❤️ 3.2万　⭐ 1.1万　💬 2716'), 'price-zh')).toEqual([]);
  });
  it("a salesperson pushing a product on the writer (店长一直给我推…，说是…) is reported speech", () => {
    const a = assess('店长一直给我推“干细胞面部注射”，说是脐带干细胞，绝对安全，做一次能冻龄五年。');
    expect(claimsOf(a, 'safety-absolute-zh')).toEqual([]);
    expect(mentionsOf(a, 'safety-absolute-zh').length).toBeGreaterThan(0);
  });
});

const STORY = [
  'SPONSORED CONTENT · Presented by Riviera Cell Center',
  'Grandmother Credits Cancún Stem Cell Clinic for Second Chance',
  '"Umbilical cord mesenchymal cells calm the inflammation driving autoimmune disease," explains the medical director.',
  'The clinic reports that more than 90% of its arthritis patients experience a reduction in pain.',
  'Programmes at Riviera start at $9,800.',
  'Riviera Cell Center is hosting a free lunch-and-learn on April 8. Call 1-850-555-0176 to reserve or request a free consultation.',
  'This article was produced by the Brand Studio on behalf of Riviera Cell Center. The newsroom was not involved in its creation.',
].join('\n');

describe('sponsored stories', () => {
  it("a publisher's paid-content banner and disclosure count", () => {
    expect(scanOf(STORY).sponsorLabelKinds).toBeGreaterThan(0);
    const a = assessText(STORY);
    expect(signal(a, 'sponsored-story')).toBeDefined();
    expect(flagged(a.risk)).toBe(true);
  });
  it("a report's sentence about such labels does not", () => {
    const report = onTopic(
      'The Ledger reviewed 41 articles that ran on newspaper websites under small grey labels such as "sponsored content" or "presented by", each promoting a clinic selling stem cell infusions.',
    );
    expect(scanOf(report).sponsorLabelKinds).toBe(0);
  });
  it("a rate of the clinic's patients with their condition named is a rate", () => {
    expect(claimsOf(assess('More than 90% of our arthritis patients experience less pain.'), 'success-rate-en').length).toBeGreaterThan(0);
  });
});

const SUPPLEMENT = [
  '购物车(0) 登录',
  '细胞源 干细胞激活肽口服液 30ml×10支/盒',
  '¥699 月销 3,216 件',
  '立即购买 加入购物车',
  '激活干细胞，修复受损细胞',
  '调节免疫，增强抵抗力',
  '由内而外，逆龄焕颜',
  '问：和医院打的干细胞一样吗？ 答：本品是激活您自身的干细胞，更安全无副作用哦。',
].join('\n');
const CREAM = [
  '购物车(0) 登录',
  '苹果干细胞焕颜精华液 30ml',
  '¥299 立即购买 加入购物车',
  '激活肌底干细胞，由内而外，逆龄焕颜。',
  '洁面后取适量涂抹于面部。',
].join('\n');

describe('supplements that claim to activate your stem cells', () => {
  it('an oral liquid is not a cosmetic, whatever its cart and 30ml', () => {
    expect(scanOf(SUPPLEMENT).oralCellProduct).toBe(true);
    const a = assessText(SUPPLEMENT);
    expect(signal(a, 'topical-cosmetic')).toBeUndefined();
    expect(flagged(a.risk)).toBe(true);
  });
  it('a serum is still a cosmetic', () => {
    expect(scanOf(CREAM).oralCellProduct).toBe(false);
    expect(signal(assessText(CREAM), 'topical-cosmetic')).toBeDefined();
  });
  it('capsules in English too', () => {
    expect(scanOf(onTopic('StemVita stem cell activator capsules, 60 count. Add to cart.')).oralCellProduct).toBe(true);
  });
});

describe('advertorials: a reader offer or a paid label over a story that books readers in', () => {
  const FEATURE = [
    '来源：江城晨报网 健康频道 ｜ 记者 方晓',
    '董事长陈建华告诉记者，他坚持每年进行两次间充质干细胞回输，“第一个受试者就是我自己”，“七年下来，血糖稳了，头发也黑了不少”。',
    '首席科学家刘博士介绍，间充质干细胞进入人体后可以修复受损细胞，“客户满意度达到96%以上”。',
    '企业工作人员表示，单次细胞回输费用在3万元至8万元不等。',
    '据悉，企业面向本报读者开放“细胞科技开放日”，市民可凭本文截图预约免费参观。预约电话：0xx-8xx6 5520。',
    '责任编辑：许凡',
  ].join('\n');
  it('面向本报读者, 凭本文截图 make a news-styled feature an advertorial', () => {
    const s = scanOf(FEATURE);
    expect(s.readerOfferKinds ?? 0).toBeGreaterThan(0);
    const a = assessText(FEATURE);
    expect(signal(a, 'sponsored-story')).toBeDefined();
    expect(flagged(a.risk)).toBe(true);
  });
  it("a reader's complaint (本报读者李先生反映) is no reader offer", () => {
    expect(scanOf('近日，本报读者李先生反映，其母亲在细胞会所做了干细胞回输。').readerOfferKinds ?? 0).toBe(0);
  });
  it('complimentary consultations to the paper\'s readers and "mention this article" are a reader offer', () => {
    const s = scanOf(
      'About stem cells.\nThe clinic is offering complimentary consultations to Gulf Coast Daily readers through January 31. Call (850) 555-0134 and mention this article.\n',
    );
    expect(s.readerOfferKinds ?? 0).toBeGreaterThan(0);
  });
  it('flexible monthly payment options are a price', () => {
    expect(claimsOf(assess('The stem cell clinic offers flexible monthly payment options.'), 'price-en').length).toBeGreaterThan(0);
  });
});
