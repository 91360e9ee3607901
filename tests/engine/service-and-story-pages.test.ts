// Held-out false alarms as general mechanisms: a cord blood bank's storage service, a children's camp that
// mentions stem cells once, a hospital transplant programme, a news investigation and a forum thread. Each
// behaviour is tested both ways: the service, plant, story or supposition is not a claim, and the ad that looks
// like it stays one.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { reportedSpans } from '../../src/engine/context';
import { normalize } from '../../src/engine/normalize';
import { assess, claimsOf, mentionsOf, flagged, signal, scanOf } from './helpers';


describe('storage service: a cord blood bank is not selling a therapy', () => {
  const bank = [
    'Private cord blood and cord tissue banking.',
    'Our laboratory is AABB-accredited and registered with the FDA as a cord blood establishment.',
    'Uses for autism or cerebral palsy are unproven and are studied only in clinical trials.',
    'Cord blood + cord tissue collection and processing: $2,190',
    'Annual storage: $185 per year.',
    'Call 1-800-555-0147 to enroll.',
  ].join('\n');

  it('collection, processing and storage fees are not treatment prices', () => {
    const a = assessText(bank);
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'non-treatment')).toBe(true);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });
  it('a banked cell product with no treatment word is stored, not sold', () => {
    const a = assessText(bank);
    expect(claimsOf(a).filter((f) => f.family === 'unproven-product')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'storage-service')).toBe(true);
  });
  it('registration and accreditation with no effect claimed and no product offered are not regulatory claims', () => {
    const a = assessText(bank);
    expect(claimsOf(a, 'regulatory-claim-en')).toEqual([]);
    expect(mentionsOf(a, 'regulatory-claim-en').every((f) => f.context === 'no-offer')).toBe(true);
    expect(flagged(a.risk)).toBe(false);
  });
  it('zh: 采集制备费 and 储存费 are a service', () => {
    const a = assessText('脐带血库，只提供储存服务。\n脐带血采集与制备费：9800元\n年度储存费：每年680元\n');
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('a bank that sells therapy with the banked cells stays an ad, and its registration is a claim', () => {
    const ad = [
      'BrightStart Cord Bank is AABB-accredited and registered with the FDA.',
      "Access stem cell therapy for autism using your child's banked cord blood.",
      'Parents tell us their children make dramatic improvement within weeks.',
      'Autism cord blood infusion program: $15,000',
      'Annual storage: $175 per year',
      'Schedule a free consultation today: 1-877-555-0190.',
    ].join('\n');
    const a = assessText(ad);
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a, 'regulatory-claim-en').length).toBeGreaterThan(0);
    expect(claimsOf(a).some((f) => f.family === 'pricing' && f.quote.includes('15,000'))).toBe(true);
    expect(claimsOf(a).some((f) => f.quote.includes('Annual storage'))).toBe(false);
  });
  it('zh: storage tied to paid anti-ageing 回输 stays an ad', () => {
    const ad = [
      '本公司细胞库为您储存年轻时的脐带间充质干细胞，需要时随时回输。',
      '我们的干细胞回输是最安全的抗衰方式，自体细胞无排异、无副作用。',
      '细胞储存（20年）：38000元',
      '抗衰老回输年卡（4次回输）：128000元，限时优惠。',
      '咨询热线：400-888-1234，加微信预约免费体验。',
    ].join('\n');
    const a = assessText(ad);
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'pricing' && f.quote.includes('128000'))).toBe(true);
  });
  it('zh: a paid "research project" that also advertises cell storage keeps its fees as offers', () => {
    const page = [
      '本公司联合合作医疗机构开展人脐带间充质干细胞干预膝骨关节炎的临床研究，现面向社会招募受试者。',
      '受试者将接受人脐带间充质干细胞静脉输注及关节腔注射，治疗后1、3、6个月随访。',
      '为保障研究顺利进行，受试者需承担部分细胞制备及技术服务费用：',
      '基础方案：68,000元',
      '强化方案：96,000元',
      '公司同时提供个人细胞储存服务，将年轻时的细胞冻存于细胞库，用于未来的健康管理。',
      '报名热线：400-812-3456',
    ].join('\n');
    const a = assessText(page);
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'pricing' && f.quote.includes('68,000'))).toBe(true);
    expect(mentionsOf(a).some((f) => f.context === 'storage-service' && f.family === 'pricing')).toBe(false);
  });
});

describe('plants and camps: regeneration wording about plants, prices for a camp week', () => {
  it.each([
    'Campers grow new plants from cuttings to see how stems and roots regenerate.',
    'Find out how a Venus flytrap can grow new leaves after a trap closes.',
  ])('not a health claim: %s', (s) => {
    const a = assess(s);
    expect(claimsOf(a).filter((f) => f.family === 'cure-guarantee')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'off-topic')).toBe(true);
  });
  it.each([
    'Our stem cells regenerate cartilage in your knee.',
    'Plant-based growth factors help your joints regenerate.',
  ])('still a claim about the body: %s', (s) => {
    expect(claimsOf(assess(s)).some((f) => f.family === 'cure-guarantee')).toBe(true);
  });
  it('a camp price list is not a cell offer, and a trial mention elsewhere makes no paid trial', () => {
    const camp = [
      'Microscope morning: we talk about stem cells and why it takes years of careful research and clinical trials before a new medical treatment can be used in people.',
      'Greenhouse lab: grow new plants from cuttings to see how stems and roots regenerate.',
      'Build a solar oven and bake snacks on Friday. Bring a hat, a water bottle and sunscreen every day of the week.',
      'Dates and prices',
      'Full-day week: $365 · Half-day week: $210 · Sibling discount 10%.',
      'Register now or call 555-201-3344.',
    ].join('\n');
    const a = assessText(camp);
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
});

describe('pay-to-participate needs the price and the trial wording together', () => {
  it('a clinic charging for its own clinical study keeps the signal', () => {
    const ad = [
      'Our clinic uses your own stem cells to regenerate damaged tissue. We treat knee arthritis and COPD.',
      'Single joint stem cell injection: $4,900',
      'Patients with COPD may join our clinical study of umbilical cord stem cells. Enrollment: $12,000 for three infusions.',
      'Call 555-220-8890 to book your consultation.',
    ].join('\n');
    const a = assessText(ad);
    expect(scanOf(ad).trialPriceNear).toBe(true);
    expect(signal(a, 'pay-to-participate')?.points).toBeGreaterThan(0);
    expect(flagged(a.risk)).toBe(true);
  });
  it('a price far from trial wording does not make a paid trial', () => {
    const filler = 'Our knee program includes a physical exam, imaging review and a rehabilitation plan. '.repeat(10);
    const page = [
      'We take part in clinical trials of new rehabilitation methods.',
      filler,
      'Stem cell knee injection: $3,900. Call 555-610-7788.',
    ].join('\n');
    expect(scanOf(page).trialPriceNear).toBe(false);
    expect(signal(assessText(page), 'pay-to-participate')).toBeUndefined();
  });
});

describe('hospital transplant programme describing established care', () => {
  const bmt = [
    'Our transplant program performs more than 300 blood and marrow transplants a year for leukemia, lymphoma and myeloma.',
    'What to expect:',
    'Conditioning chemotherapy;',
    'stem cell infusion;',
    'Recovery and follow-up; we watch for graft-versus-host disease.',
    'Each patient has a transplant coordinator and a financial counselor.',
    'Coverage for transplants is common for FDA-approved and guideline-recommended indications.',
    'We connect you with discounted lodging at our Hope Lodge partner.',
    'To request an appointment, call 555-310-2200.',
  ].join('\n');
  it('its transplant step, insurance sentence and lodging discount are not offers or claims', () => {
    const a = assessText(bmt);
    expect(claimsOf(a)).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'transplant-step')).toBe(true);
    expect(mentionsOf(a, 'regulatory-claim-en').map((f) => f.context)).toEqual(['established-use']);
    expect(signal(a, 'commercial-intent')?.points ?? 0).toBe(0);
    expect(signal(a, 'selling-voice')).toBeUndefined();
    expect(a.risk).toBe('none');
  });
  it('a hospital brand selling MSC infusions next to its transplant service stays an ad', () => {
    const ad = [
      'Our hospital has performed bone marrow transplants for leukemia for over 20 years. Our transplant program is accredited.',
      "We now offer mesenchymal stem cell infusions for autism, cerebral palsy, stroke, Parkinson's disease, diabetes and anti-aging.",
      'Our stem cells repair damaged tissue. Our treatment is safe, with no side effects.',
      'Packages start at $18,000 including hotel and airport pickup. Contact us on WhatsApp.',
    ].join('\n');
    const a = assessText(ad);
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'unproven-product')).toBe(true);
  });
});

describe('news investigation: attributed quotes, narrated prices, newsroom furniture', () => {
  it('a quote followed by "the patient coordinator said" is reported speech', () => {
    const norm = normalize('"It\'s 100% safe, no side effects, and you fly home the next day," the patient coordinator said.');
    expect(reportedSpans(norm).length).toBe(1);
    const a = assess('"It\'s 100% safe, no side effects, and you fly home the next day," the patient coordinator said.');
    expect(claimsOf(a).filter((f) => f.family === 'absolute-safety')).toEqual([]);
  });
  it('an ad quoting its own patients keeps the testimonial a claim', () => {
    const a = assessText(
      [
        'Our stem cell knee program. Read our patient testimonials.',
        '"I can walk again without pain," says Linda, one of our patients.',
        'Treatment from $3,900. Call 555-610-7788 to book your consultation.',
      ].join('\n'),
    );
    expect(claimsOf(a).some((f) => f.family === 'testimonials')).toBe(true);
    expect(flagged(a.risk)).toBe(true);
  });
  it('the clinic offering him a booster at a discount is narrated, not offered', () => {
    expect(claimsOf(assess('The clinic offered him a "booster" at a discount.')).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('clinics "in Tijuana that advertise stem cell treatments" are the reporter\'s sample, not a provider', () => {
    const a = assess('The Ledger contacted 19 clinics in Tijuana and Cancun that advertise stem cell treatments to Americans.');
    expect(claimsOf(a, 'non-medical-provider-en')).toEqual([]);
  });
  it('bylines, datelines and newsroom phrases are news markers; the subscription box sells the paper', () => {
    const page = [
      'Inside the border stem cell trade',
      'By Maria Delgado, Staff writer',
      'Published March 3, 2026 · 9 min read',
      'TIJUANA, Mexico — Clinics here advertise stem cell infusions to Americans.',
      'The clinic declined to comment, according to records we obtained.',
      'Reporting by Maria Delgado; Ken Osei contributed to this report.',
      'Support local journalism: subscribe for $1 a week. Contact us with news tips at 555-410-2000.',
    ].join('\n');
    const s = scanOf(page);
    expect(s.genreMarkers.news ?? 0).toBeGreaterThanOrEqual(6);
    expect(s.ctaKinds).toBe(0);
    expect(s.findings.filter((f) => f.family === 'pricing' && !f.mention)).toEqual([]);
  });
});

describe('suppositions: counterfactual conditionals are not claims, ordinary conditionals in a pitch are', () => {
  it.each([
    '如果干细胞真能把帕金森治好，第一个用的会是三甲医院，不会是酒店会议室。',
    '要是干细胞真的能治愈自闭症，医院早就用上了。',
    "If stem cells really cured Parkinson's, every neurologist would be using them.",
  ])('supposed: %s', (s) => {
    const a = assess(s);
    expect(claimsOf(a).filter((f) => f.family === 'cure-guarantee')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'hypothetical')).toBe(true);
  });
  it.each([
    'If you suffer from knee pain, our stem cells can regenerate cartilage and cure your arthritis.',
    '如果您有膝关节疼痛，我们的干细胞能修复受损的软骨，彻底治愈关节炎。',
  ])('claimed: %s', (s) => {
    expect(claimsOf(assess(s)).some((f) => f.family === 'cure-guarantee')).toBe(true);
  });
});

describe('a forum thread: reported pitch, narrated past, critical comparison', () => {
  it('那个公司说… reports the rest of the sentence, prices included', () => {
    const a = assess('那个公司说跟医院合作，干细胞能修复神经，打3次就能减药，一次8万，3次打包22万，当天交定金还能优惠。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('本公司说… is the provider itself', () => {
    const a = assess('本公司干细胞回输，一次8万，3次打包22万。');
    expect(claimsOf(a).some((f) => f.family === 'pricing')).toBe(true);
  });
  it.each(['还给我们看了好多锦旗和“康复案例”视频。', '我2024年在杭州打过干细胞，两次15万。'])('a story: %s', (s) => {
    const a = assess(s);
    expect(claimsOf(a).filter((f) => f.family === 'testimonials' || f.family === 'pricing')).toEqual([]);
  });
  it('an ad showing its own banners and cases keeps them as testimonials', () => {
    const a = assess('我院收到患者送来的锦旗上百面，点击查看更多康复案例。');
    expect(claimsOf(a).some((f) => f.family === 'testimonials')).toBe(true);
  });
  it('套路/一模一样 frame the whole sentence; 拒绝套路 in a provider\'s voice does not', () => {
    const a = assess('另外健康讲座+送礼品+当天定金优惠，这套路跟卖保健品一模一样。');
    expect(claimsOf(a)).toEqual([]);
    const ad = assess('拒绝套路，我院干细胞回输明码标价，套餐价9800元。');
    expect(claimsOf(ad).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('a page with many forum markers is not a seller because of travel words, prices and site buttons', () => {
    const thread = [
      '帕金森干细胞讲座，大家怎么看？_帕金森吧_百度贴吧',
      '楼主：云中鹤2019',
      '上周末我爸被拉去酒店会议室听了一个干细胞讲座。',
      '1楼',
      '回复 云中鹤2019：别去，干细胞治帕金森没有证据。',
      '2楼',
      '吧主：正规的干细胞临床研究不向受试者收费。',
      '3楼',
      '扫码下载贴吧APP，随时看帖',
    ].join('\n');
    const a = assessText(thread);
    expect(a.signals.find((s) => s.id === 'genre')?.detail).toMatch(/^third-party/);
    expect(flagged(a.risk)).toBe(false);
  });
});

describe('a quotation alone on its line, attributed by the next line', () => {
  it('news: the standalone quote before "…," the patient coordinator said. is reported', () => {
    const page = [
      'The Ledger contacted 19 clinics that advertise stem cell treatments.',
      '"We have a 90% improvement rate for Parkinson\'s."',
      '"It\'s 100% safe, no side effects, and you fly home the next day," the patient coordinator said.',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a).filter((f) => f.family === 'success-rate' || f.family === 'absolute-safety')).toEqual([]);
  });
  it.each([
    ['a signature line', '— Linda, Phoenix'],
    ['the provider\'s own line', 'Read more stories from our patients.'],
  ])('an ad\'s testimonial followed by %s stays its claim', (_, next) => {
    const ad = ['Our stem cell knee clinic.', '"Over 90% of our patients improve within weeks."', next, 'Call 555-610-7788.'].join('\n');
    expect(claimsOf(assessText(ad)).some((f) => f.family === 'success-rate')).toBe(true);
  });
});

describe('approval wording on a page that offers nothing', () => {
  it('a cord blood bank citing FDA approval of transplants for blood disorders makes no regulatory claim', () => {
    const bank = [
      'We collect, process and store cord blood for families.',
      'Cord blood is FDA-approved for transplants in certain blood disorders.',
      'Annual storage: $185.',
    ].join('\n');
    expect(claimsOf(assessText(bank), 'regulatory-claim-en')).toEqual([]);
  });
  it('"our stem cell therapy is FDA approved" stays a claim', () => {
    expect(claimsOf(assess('Our stem cell therapy is FDA approved.'), 'regulatory-claim-en').length).toBe(1);
  });
});

describe('forum threads and posts that are ads', () => {
  it('a platform app banner is not a contact channel', () => {
    const s = scanOf('关于干细胞的帖子。\n扫码下载贴吧APP，随时看帖\n');
    expect(s.ctaKinds).toBe(0);
  });
  it('a post with its own price and contact details on a page with forum markers stays a seller', () => {
    const post = [
      '楼主 发表于 2025-03-02',
      '姐妹们，我做的干细胞回输抗衰老，年轻10岁，绝对安全无副作用！',
      '干细胞回输套餐：一次3.8万，三次9.8万，限时优惠。',
      '想了解的私信我，加微信：abc12345',
      '回复 12条评论 分享',
    ].join('\n');
    const a = assessText(post);
    expect(a.signals.find((s) => s.id === 'genre')?.detail).not.toMatch(/^third-party/);
    expect(flagged(a.risk)).toBe(true);
  });
});

describe('more speakers of unquoted reported speech', () => {
  it.each([
    '销售人员说干细胞回输一次8万，三次打包22万。',
    '那家医院说干细胞能修复神经，一个疗程15万。',
    '那边说一个疗程12万，当天交定金优惠。',
  ])('reported: %s', (s) => {
    expect(claimsOf(assess(s)).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('本院说明… is the hospital itself', () => {
    expect(claimsOf(assess('本院干细胞回输一个疗程15万。')).some((f) => f.family === 'pricing')).toBe(true);
  });
});

describe('zh camps and narrated charges', () => {
  it('夏令营 week prices are not cell offers', () => {
    const a = assess('全天营每周2980元，半天营每周1680元，兄弟姐妹同报优惠10%。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
  });
  it('植物…重新生长 is about plants', () => {
    expect(claimsOf(assess('用枝条扦插培育新植物，观察茎和根如何重新生长。')).filter((f) => f.family === 'cure-guarantee')).toEqual([]);
  });
  it('a price the clinic charged patients is narrated', () => {
    expect(claimsOf(assess('The clinic charged patients $24,900 for stem cell infusions.')).filter((f) => f.family === 'pricing')).toEqual([]);
  });
});
