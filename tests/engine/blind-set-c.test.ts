// Blind-set classes (round C) as general mechanisms, each tested both ways: a hospital's transplant department
// that refuses anti-ageing infusions and quotes what transplant and approved CAR-T care cost, and a public
// hospital's Phase I recruitment page that cites its ethics approval instead of a registry ID.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, mentionsOf, flagged, signal } from './helpers';


describe('zh: 不开展/不提供/不从事 before a claim negates it', () => {
  it('a hospital refusing anti-ageing infusions makes no anti-ageing claim', () => {
    const a = assess('本中心不开展以"抗衰老""美容""保健"为目的的干细胞回输。');
    expect(claimsOf(a).filter((f) => f.family === 'anti-ageing')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.family === 'anti-ageing' && f.context === 'negation')).toBe(true);
  });
  it('the same infusion offered stays a claim', () => {
    const a = assess('本中心开展以"抗衰老""美容"为目的的干细胞回输。');
    expect(claimsOf(a).some((f) => f.family === 'anti-ageing')).toBe(true);
  });
});

describe('zh: the cost of transplant and approved CAR-T care is not a price on offer', () => {
  it('自体移植 and CAR-T costs with 惠民保 are established-use mentions', () => {
    const a = assess('自体移植总费用一般在10万–20万元，异基因移植一般在30万–50万元。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
    const b = assess('上市CAR-T产品的药品价格约为100万–130万元，部分地区已纳入惠民保或商业保险报销范围。');
    expect(claimsOf(b).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(mentionsOf(b).some((f) => f.context === 'established-use')).toBe(true);
  });
  it('a seller pricing its infusion, or a package, stays a price', () => {
    expect(claimsOf(assess('我院干细胞移植一个疗程5万元。')).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(assess('异基因移植干细胞回输套餐，限时优惠8万元。')).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('a transplant department page with a 费用参考 section is not flagged', () => {
    const page = [
      '造血干细胞移植科',
      '本科室开展自体及异基因造血干细胞移植，治疗白血病、淋巴瘤、多发性骨髓瘤等血液系统疾病。',
      '本中心不开展以"抗衰老""美容""保健"为目的的干细胞回输。',
      '社会上宣称干细胞可以治疗糖尿病、自闭症、脑瘫、抗衰老的收费项目，大多未经批准，请广大患者谨慎甄别。',
      '费用参考',
      '自体移植总费用一般在10万–20万元，异基因移植一般在30万–50万元，具体视病情而定。',
      '上市CAR-T产品的药品价格约为100万–130万元，部分地区已纳入惠民保或商业保险报销范围。',
      '咨询电话：010-12345678。',
    ].join('\n');
    expect(flagged(assessText(page).risk)).toBe(false);
  });
});

describe('zh: a disease stage is not an instalment plan', () => {
  it('Hoehn-Yahr分期, TNM分期 and 临床分期 are not prices', () => {
    for (const s of ['Hoehn-Yahr分期（关期）3–4期的帕金森病患者。', 'TNM分期为III期。', '临床分期为II期的患者。']) {
      expect(claimsOf(assess(s)).filter((f) => f.family === 'pricing')).toEqual([]);
    }
  });
  it('分期付款 stays a price', () => {
    expect(claimsOf(assess('干细胞回输可分期付款，0首付。')).some((f) => f.family === 'pricing')).toBe(true);
  });
});

describe('zh: 不保证…入组 is selection, not urgency', () => {
  it('名额有限，但不保证所有报名者都能入组 is not urgency', () => {
    const a = assess('名额有限，但不保证所有报名者都能入组。');
    expect(claimsOf(a).filter((f) => f.family === 'minimal-intake-urgency')).toEqual([]);
  });
  it('名额有限，先到先得 stays urgency', () => {
    expect(claimsOf(assess('名额有限，先到先得，抓紧报名！')).some((f) => f.family === 'minimal-intake-urgency')).toBe(true);
  });
});

describe('zh: a free trial whose study bears its costs is a legitimate trial without a registry ID', () => {
  const trial = (extra: string[]): string =>
    [
      '人胚胎干细胞来源多巴胺能前体细胞移植治疗帕金森病I期临床研究受试者招募',
      '本研究为单中心、开放标签的I期临床研究，已通过医院伦理委员会审查（伦理批件号：2025-伦审-018）。',
      '入选标准：年龄50–70岁；确诊原发性帕金森病5年以上；Hoehn-Yahr分期（关期）3–4期。',
      '排除标准：严重心肝肾功能不全；既往脑部手术史。',
      ...extra,
      '名额有限，但不保证所有报名者都能入组。所有受试者均需签署知情同意书。',
      '报名电话：021-12345678（工作日）。预约挂号请拨打114。',
      '关注我们的官方微信公众号和视频号，获取更多医院资讯。',
    ].join('\n');
  it('is not flagged and reads as a trial page', () => {
    const a = assessText(
      trial([
        '本研究不向受试者收取任何费用。研究用细胞制剂、手术及研究相关检查费用均由研究项目承担，并为受试者提供交通补贴。',
        '如有任何机构或个人以本研究名义向您收取费用，请立即与我们联系。',
      ]),
    );
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party: trial/);
  });
  it('the same page charging a fee is not a legitimate trial', () => {
    const a = assessText(trial(['受试者需承担细胞制备费用18万元，可分期付款。']));
    expect(signal(a, 'genre')?.detail).not.toMatch(/^third-party/);
  });
});

describe('zh: a patient story that hands out the provider\'s contact is a soft ad', () => {
  const story = (ending: string[]): string =>
    [
      '渐冻症父亲的三年：我们终于等到了希望',
      '原创 暖心故事会 2025-05-02',
      '三年前，父亲被确诊为渐冻症。那时候医生说没有特效药，我们全家都崩溃了。',
      '后来我在网上看到一家医院做干细胞治疗，抱着试一试的心态带父亲去了。',
      '父亲一共做了四次干细胞回输，第二次之后说话就清楚了很多，第四次之后已经能自己拿勺子吃饭了。',
      '写这篇文章，是想告诉和我们一样的家庭，不要放弃希望。',
      ...ending,
      '全部评论 128 条 · 点赞 560 · 转发',
      '李医生：作为神经科医生提醒一句，这类项目没有获批，请警惕。',
      '作者回复：每个家庭的选择不同，我们只是分享经历。',
      '网友小陈：请问费用大概多少？',
    ].join('\n');
  it('is flagged when the author gives the consultant\'s WeChat, whatever the comments say', () => {
    const a = assessText(story(['需要了解的朋友可以加我们的健康顾问微信 hope2025，扫码咨询，也可以留言获取医院信息。']));
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'testimonials')).toBe(true);
    expect(signal(a, 'genre')?.detail).not.toMatch(/^third-party/);
  });
  it('the same story with no contact channel of its own is not flagged', () => {
    expect(flagged(assessText(story([])).risk)).toBe(false);
  });
  it('a reporter quoting a seller\'s 加顾问微信 is not the page\'s own contact', () => {
    const a = assess('记者发现，该机构客服称：“添加顾问微信即可预约干细胞回输。”');
    expect(claimsOf(a).filter((f) => f.family === 'unproven-product')).toEqual([]);
  });
  it('a WeChat read count (阅读 10万+) is not a price; 10万元 is', () => {
    expect(claimsOf(assess('干细胞的故事。阅读 10万+')).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(claimsOf(assess('干细胞回输一次10万元。')).some((f) => f.family === 'pricing')).toBe(true);
  });
});

describe('en: a parent blog narrating an offer it turned down', () => {
  const blog = [
    'Why We Said No to the Stem Cell Clinic',
    'Home About Me Archives Contact',
    'Posted in Autism, Parenting · March 3, 2025 · 14 comments',
    'When he was five, we came very close to spending our savings on stem cell injections in Costa Rica.',
    'By nine the next morning, I had an email with a quote: $16,800 for four umbilical cord stem cell infusions over five days, hotel and transfers included, "with 87% of our families reporting improvements in speech and eye contact."',
    'Their evidence was a PDF of testimonials and one small study with no control group.',
    'What we spent the $16,800 on instead: two years of speech therapy and an OT who changed our lives.',
    'Tags: autism, stem cells, parenting',
    'Share this post. Leave a Comment',
  ].join('\n');
  it('is not flagged, reads as third-party, and its narrated quote and product are mentions', () => {
    const a = assessText(blog);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
    expect(claimsOf(a).filter((f) => ['pricing', 'unproven-product', 'testimonials'].includes(f.family))).toEqual([]);
  });
  it('the clinic quoting its own price and package stays an offer', () => {
    const a = assess('We offer four umbilical cord stem cell infusions over five days for $16,800, hotel and transfers included.');
    expect(claimsOf(a).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'unproven-product')).toBe(true);
  });
});

describe('en: a host-read sponsor ad is the page\'s own selling voice', () => {
  const episode = (sponsor: string): string =>
    [
      'Ep. 212: The Science of Deep Sleep | Peak Years Podcast',
      'In this episode, Dr. Maya Chen explains slow-wave sleep, why it declines with age, and what the research says about light and timing.',
      'Show notes: 04:12 What slow-wave sleep does for memory. 18:40 Why deep sleep declines after 40.',
      sponsor,
      'Subscribe on Apple Podcasts and Spotify.',
    ].join('\n');
  it('a stem cell clinic\'s sponsor read with a discount code is flagged', () => {
    const a = assessText(
      episode(
        'This episode is brought to you by Renova Regenerative Center in Cancún. I went there last year for stem cell therapy for my knees and back, and I have never felt better. Their team handles everything from the airport pickup to your hotel. Use code PEAKYEARS for $1,000 off your first treatment.',
      ),
    );
    expect(flagged(a.risk)).toBe(true);
    expect(signal(a, 'commercial-intent')?.points ?? 0).toBeGreaterThan(0);
  });
  it('a mattress sponsor on an episode about stem cell research is not flagged', () => {
    const a = assessText(
      episode(
        'Researchers are studying stem cells to understand how sleep affects tissue repair. This episode is brought to you by Dreamwell mattresses. Use code PEAKYEARS for 15% off.',
      ),
    );
    expect(flagged(a.risk)).toBe(false);
  });
});

describe('zh: a social-follow line is publisher furniture, not a call to action', () => {
  it('关注我们的官方微信公众号和视频号 adds no commercial intent', () => {
    const a = assessText('关于干细胞研究的科普。\n关注我们的官方微信公众号和视频号，获取更多医院资讯。\n');
    expect(signal(a, 'commercial-intent')).toBeUndefined();
  });
  it('a WeChat line that books an infusion stays a call to action', () => {
    const a = assessText('干细胞回输抗衰老，一个疗程5万元。\n添加微信预约，欢迎到店咨询。\n');
    expect(signal(a, 'commercial-intent')?.points ?? 0).toBeGreaterThan(0);
  });
});

describe('zh: "not approved, beware" later in the sentence warns about the whole sentence', () => {
  it('干细胞治疗渐冻症目前没有获批，请警惕收费项目 is a warning', () => {
    const a = assess('李医生提醒一句，干细胞治疗渐冻症目前没有获批，请警惕收费项目。');
    expect(claimsOf(a).filter((f) => f.family === 'serious-targets')).toEqual([]);
  });
  it('a provider saying others are unapproved while offering its own stays a claim', () => {
    const a = assess('我院干细胞治疗渐冻症效果显著，别家没有获批，请警惕。');
    expect(claimsOf(a).some((f) => f.family === 'serious-targets')).toBe(true);
  });
});
