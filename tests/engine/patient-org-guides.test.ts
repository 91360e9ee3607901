// Class 1 (false alarm): patient-organisation and charity guides that warn families about stem cell clinics. Their
// helplines and reporting hotlines are not sales calls to action, prices in other people's reported words are not the
// page's own, a warning-signs heading hands its list lines on as mentions (also when each line is a block of its
// own), and patient-organisation markers count towards the advisory genre. Each mechanism is also tested on an ad.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { isWarningHeading, reportedSpansCarry } from '../../src/engine/context';
import { normalize } from '../../src/engine/normalize';
import { assess, claimsOf, flagged, mentionsOf, scanOf, signal } from './helpers';

describe('helplines and reporting hotlines are not calls to action', () => {
  it('a reporting hotline (12320举报, 向卫健委投诉) is not counted', () => {
    expect(scanOf('关于干细胞。\n如果发现违法宣传，可拨打12320卫生热线举报，或向当地卫健委投诉。\n').ctaKinds).toBe(0);
    expect(scanOf('About stem cells.\nIf a clinic makes false claims, report it to the FDA or call 1-800-332-1088.\n').ctaKinds).toBe(0);
  });
  it("a patient group's volunteer helpline that books nothing is not counted", () => {
    expect(scanOf('关于干细胞。\n病友服务热线：400-820-1234，咨询请拨打我们的志愿者热线，我们不推荐任何机构。\n').ctaKinds).toBe(0);
    expect(
      scanOf('About stem cells.\nCall our peer support helpline on 1-800-555-0142 for impartial advice from volunteers.\n').ctaKinds,
    ).toBe(0);
  });
  it("a clinic's care hotline, or a helpline that books consultations, stays a call to action", () => {
    expect(scanOf('关于干细胞。\n患者关爱热线：400-880-6677，添加健康顾问微信。\n').ctaKinds).toBeGreaterThan(0);
    expect(scanOf('关于干细胞。\n志愿者热线：400-880-6677，预约面诊享优惠。\n').ctaKinds).toBeGreaterThan(0);
    expect(
      scanOf('About stem cells.\nCall our helpline at (480) 555-0134 to book your free consultation today.\n').ctaKinds,
    ).toBeGreaterThan(0);
    expect(
      scanOf('About stem cells.\nCall our family helpline at 1-888-555-0172, staffed by volunteers, to see if your child qualifies.\n').ctaKinds,
    ).toBeGreaterThan(0);
  });
});

describe("prices in other people's reported words are not the page's own", () => {
  it('说能治好，一个疗程十几万 after a listener 我们 is reported speech', () => {
    const a = assess('不少家长告诉我们：网上一大堆机构，说能治好，一个疗程十几万。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing' || f.family === 'cure-guarantee')).toEqual([]);
  });
  it('an ad or a group chat as the speaker (广告上说…, 群里说…) reports the price', () => {
    expect(claimsOf(assess('网上广告说能治好，一个疗程只要5万。')).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('a deposit someone was asked for is a story', () => {
    expect(claimsOf(assess('有家长被要求先交5万元定金，才能排上号。')).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(claimsOf(assess('另一位妈妈被要求先转2万元预约金。')).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(
      claimsOf(assess('One family was asked to pay a $10,000 deposit for the stem cell injections.')).filter((f) => f.family === 'pricing'),
    ).toEqual([]);
  });
  it('what other providers charge (一些机构…收费十几万, some clinics charge…) is described, not offered', () => {
    expect(claimsOf(assess('市面上一些机构一个疗程收费十几万元。')).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(claimsOf(assess('有的诊所一针就要3万。')).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(claimsOf(assess('与其他机构不同，我院干细胞回输一个疗程仅需3万元。')).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(assess('Unlike other clinics, our stem cell injection is only $5,000.')).some((f) => f.family === 'pricing')).toBe(true);
  });
  it("the provider's own price stays a claim", () => {
    expect(claimsOf(assess('我们告诉您：干细胞回输一个疗程只要3.98万元。')).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(assess('干细胞回输单次体验价3.98万元，先交定金锁定名额。')).some((f) => f.family === 'pricing')).toBe(true);
  });
});

/** Headings are judged on normalized text, as the engine sees them. */
const heading = (line: string): boolean => isWarningHeading(normalize(line));

describe('a warning-signs heading hands its list lines on as mentions', () => {
  it('recognises headings and lead-ins, not pitches', () => {
    expect(heading('二、常见的危险信号')).toBe(true);
    expect(heading('警惕以下说法')).toBe(true);
    expect(heading('如果遇到以下情况，请一定多问几句：')).toBe(true);
    expect(heading('Red flags to watch for')).toBe(true);
    expect(heading('Warning signs we keep seeing:')).toBe(true);
    expect(heading('如何识别危险信号？')).toBe(true);
    expect(heading('Watch out for these red flags!')).toBe(true);
    expect(heading('Recovery and follow-up; we watch for graft-versus-host disease.')).toBe(false);
    expect(heading('身体发出这5个危险信号，说明您需要干细胞调理了：')).toBe(false);
    expect(heading('Warning signs your joints need regenerative care:')).toBe(false);
    expect(heading('我院提醒：警惕以下症状')).toBe(false);
  });
  it('lines under the heading in the same passage are warned, up to the next section heading', () => {
    const norm = normalize('二、常见的危险信号\n催促尽快交定金、说名额有限；\n无需病历，当天就能安排回输；\n三、家长可以怎么做\n');
    const r = reportedSpansCarry(norm, 'none');
    expect(r.warned.map(([s, e]) => norm.slice(s, e))).toEqual([normalize('催促尽快交定金、说名额有限；'), normalize('无需病历，当天就能安排回输；')]);
  });
  it('carries across passages: every list item a block of its own', () => {
    const page = [
      '干细胞治疗广告：家长指南',
      '二、常见的危险信号',
      '',
      '',
      '催促尽快交定金、说名额有限；',
      '',
      '',
      '无需病历，当天就能安排回输；',
      '',
      '',
      '拿不出临床试验登记号，只给看患者感谢信。',
      '',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a)).toEqual([]);
    expect(mentionsOf(a).filter((f) => f.context === 'warning-frame').length).toBeGreaterThanOrEqual(3);
  });
  it('English unpunctuated items under "Red flags to watch for"', () => {
    const page = [
      'A guide to stem cell clinics',
      'Red flags to watch for',
      '',
      'Promises of no side effects or a 90% success rate',
      '',
      'No medical records needed and no named doctor',
      '',
      'Patient testimonials instead of published results',
      '',
    ].join('\n');
    expect(claimsOf(assessText(page))).toEqual([]);
  });
  it("an ad's benefits list under a pitch heading stays its claims", () => {
    const page = [
      '干细胞调理中心',
      '身体发出这5个危险信号，说明您需要干细胞调理了：',
      '干细胞回输的六大好处',
      '自体细胞，无排异、零副作用；',
      '改善糖尿病、高血压，有效率达95%；',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a).some((f) => f.family === 'absolute-safety')).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'success-rate')).toBe(true);
  });
  it("an ad's own priced offer, or a paragraph of several sentences, ends the list", () => {
    const norm = normalize(
      '警惕以下骗局\n街边小作坊的细胞针；\n干细胞回输修复受损细胞，有效率95%，零副作用，一个疗程6.8万元。\n',
    );
    expect(reportedSpansCarry(norm, 'none').warned.map(([s, e]) => norm.slice(s, e))).toEqual([normalize('街边小作坊的细胞针；')]);
    const prose = normalize('Red flags to watch for\nNo named doctor\nWe are different. Our cells are 100% safe\n');
    expect(reportedSpansCarry(prose, 'none').warned.map(([s, e]) => prose.slice(s, e))).toEqual(['no named doctor']);
    const page = [
      '康宁细胞医学 · 干细胞回输中心',
      '警惕以下骗局',
      '街边小作坊的“细胞针”；',
      '没有资质的美容院回输。',
      '选对机构很重要。干细胞回输修复受损细胞，有效率95%，零副作用，一个疗程6.8万元。',
      '名额有限，欢迎预约。',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(true);
  });
  it('a provider speaking under the heading ends the list', () => {
    const norm = normalize('常见的危险信号\n宣称零副作用；\n我院干细胞回输零副作用，欢迎预约。\n');
    const r = reportedSpansCarry(norm, 'none');
    expect(r.warned.map(([s, e]) => norm.slice(s, e))).toEqual([normalize('宣称零副作用；')]);
  });
});

describe('patient-organisation guides are an advisory genre', () => {
  it('counts 病友会, 患者组织, 本指南 and charity markers', () => {
    expect(scanOf('关于干细胞。\n星语病友会是一家公益患者组织，本指南由志愿者整理。\n').genreMarkers.advisory).toBeGreaterThanOrEqual(3);
    expect(
      scanOf('About stem cells.\nThis guide was written by a registered charity and patient association.\n').genreMarkers.advisory,
    ).toBeGreaterThanOrEqual(3);
  });
  it('a whole charity guide with a helpline, a reporting hotline and parents\u2019 reported prices is not flagged', () => {
    const page = [
      '家长必读：面对干细胞治疗广告，如何保护孩子',
      '星语病友会是一家服务脑瘫、自闭症儿童家庭的公益患者组织。本指南由我们的志愿者整理。',
      '不少家长告诉我们：网上一大堆机构，说能治好，一个疗程十几万。',
      '有家长被要求先交5万元定金，才能排上号。',
      '二、常见的危险信号',
      '宣称“零副作用”“100%安全”“有效率95%”；',
      '催促尽快交定金、说名额有限；',
      '声称能治愈多种疾病，从脑瘫到自闭症都能治；',
      '三、家长可以怎么做',
      '正规临床研究不得向受试者收费。如果发现违法宣传，可拨打12320卫生热线举报，或向当地卫健委投诉。',
      '四、联系我们',
      '病友服务热线：400-820-1234，咨询请拨打我们的志愿者热线，我们不推荐任何机构，也不收取任何费用。',
    ].join('\n');
    const a = assessText(page);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
  });
  it('a charity-washed ad (基金会公益救助, 病友会志愿者, 病友服务热线 with 名额/报名) stays flagged', () => {
    const page = [
      '爱心基金会 · 脑瘫自闭症儿童干细胞公益救助项目',
      '脐带间充质干细胞可修复受损神经，已帮助上千名脑瘫、自闭症患儿重新站立、开口说话，有效率达92%。',
      '救助标准：原价12.8万元/疗程，受助家庭仅需自付6.8万元。',
      '病友会志愿者全程陪同，病友服务热线：400-700-8899。',
      '本期救助名额有限，请尽快拨打热线报名，添加志愿者微信预约评估。',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(true);
  });
  it('an ad with a care hotline and a benefits list stays flagged', () => {
    const page = [
      '康源细胞健康管理中心',
      '干细胞回输的六大好处',
      '修复受损细胞，延缓衰老，年轻10岁；',
      '改善糖尿病、高血压、关节炎，有效率达95%；',
      '自体细胞，无排异、零副作用；',
      '单次回输体验价：3.98万元；年卡套餐（4次）：12.8万元，本月名额有限。',
      '患者关爱热线：400-880-6677，添加健康顾问微信，为您免费评估。',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});
