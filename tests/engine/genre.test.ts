// Who is speaking: reported speech, questions, research and payment stories are mentions; the page genre
// (first-party selling against academic/news/regulator/forum markers) decides whether claims can add up.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, mentionsOf, flagged, signal } from './helpers';

const sum = (a: ReturnType<typeof assessText>) => a.breakdown.reduce((s, i) => s + i.points, 0);

describe('questions are not claims', () => {
  it('en: a skeptical question naming serious targets is a mention', () => {
    const a = assess('So they use one batch of cells to treat autism, ALS and heart failure?');
    expect(claimsOf(a, 'serious-target-en')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'question')).toBe(true);
  });
  it('en: the same words as a statement stay a claim', () => {
    const a = assess('We use one batch of cells to treat autism and cerebral palsy.');
    expect(claimsOf(a, 'serious-target-en').length).toBeGreaterThan(0);
  });
  it('zh: a question with ？ is a mention, Simplified and Traditional', () => {
    expect(claimsOf(assess('干细胞真的能治疗自闭症吗？'), 'serious-target-zh')).toEqual([]);
    expect(claimsOf(assess('幹細胞真的可以治療帕金森嗎？'), 'serious-target-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞可以治疗自闭症。'), 'serious-target-zh').length).toBe(1);
  });
  it('conditions named in a question are not claimed by the page', () => {
    const a = assess('Does anyone believe the same cells fix autism, MS, diabetes, ED and heart failure?');
    expect(a.conditions.length).toBeGreaterThan(3);
    expect(signal(a, 'panacea')).toBeUndefined();
  });
});

describe('reported speech (zh)', () => {
  it('发布“…”“…”等内容: every quoted slogan is a mention', () => {
    const a = assess('当事人在其公众号发布“干细胞回输，年轻二十岁”“绝对安全、无任何毒副作用”“可治疗一百多种疾病”等内容。');
    expect(claimsOf(a).filter((f) => f.family !== 'unproven-product')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'reported-speech')).toBe(true);
  });
  it('a closer alone (“…”的说法) makes a quoted list reported', () => {
    const a = assess('网上流传着“一针见效”“永不复发”的说法。');
    expect(claimsOf(a, 'cure-claim-zh')).toEqual([]);
  });
  it('speaker + colon: the quote is reported, and its 我们 is not the page’s selling voice', () => {
    const a = assess('销售人员拍着胸脯保证：“完全没有副作用，我们已经给三千人做过了。”');
    expect(claimsOf(a, 'safety-no-side-effects-zh')).toEqual([]);
    expect(signal(a, 'selling-voice')).toBeUndefined();
  });
  it('the provider speaking after a colon is still a claim', () => {
    const a = assess('我院郑重承诺：“干细胞回输绝对安全，无效退款。”');
    expect(claimsOf(a, 'safety-absolute-zh').length).toBe(1);
  });
  it('Traditional, 「」 quotes after a one-character verb (職員指…「…」) in a comma-joined sentence', () => {
    const a = assess('職員指療程「無副作用」、「做完年輕十年」，又話「名額有限」，她即場簽約。');
    expect(claimsOf(a, 'safety-no-side-effects-zh')).toEqual([]);
    expect(claimsOf(a, 'anti-ageing-zh')).toEqual([]);
  });
  it('an emphasis quote without any frame stays a claim (clinics quote for emphasis)', () => {
    expect(claimsOf(assess('干细胞抗衰，让您“冻龄”，绝对安全。'), 'safety-absolute-zh').length).toBe(1);
  });
  it('a news lede of quoted slogans closed by …… is reported', () => {
    const a = assess('“打一针皮肤年轻好几岁”“糖尿病能彻底治愈”……近日有读者反映被推销干细胞回输。');
    expect(claimsOf(a, 'cure-claim-zh')).toEqual([]);
  });
});

describe('reported speech and stories (en)', () => {
  it('told us "…" is reported', () => {
    const a = assess('The coordinator told us "it is completely safe, there are no side effects."');
    expect(claimsOf(a).filter((f) => f.family === 'absolute-safety')).toEqual([]);
  });
  it('a price someone paid in a story is a mention; a price on offer is a claim', () => {
    expect(claimsOf(assess('We spent $25,000 on the stem cell trip to Mexico.'), 'price-en')).toEqual([]);
    expect(claimsOf(assess('The stem cell package costs $25,000.'), 'price-en').length).toBeGreaterThan(0);
  });
  it('zh: 先后花费六万余元 is a story; 每疗程68000元 is an offer', () => {
    expect(claimsOf(assess('她的母亲先后花费六万余元做干细胞回输。'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞回输每疗程68000元。'), 'price-zh').length).toBeGreaterThan(0);
  });
  it('research being described is not a panacea claim', () => {
    const a = assess('Researchers are studying stem cells for many conditions.');
    expect(claimsOf(a, 'panacea-phrase-en')).toEqual([]);
    expect(claimsOf(assess('We use stem cells for many conditions.'), 'panacea-phrase-en').length).toBe(1);
  });
});

describe('established haematological, transplant and donation context', () => {
  it('FDA-approved CAR-T for blood cancers is an established use, not a regulatory claim', () => {
    const a = assess('We are a certified center for FDA-approved CAR T-cell therapies for certain lymphomas and myeloma.');
    expect(claimsOf(a, 'regulatory-claim-en')).toEqual([]);
    expect(claimsOf(assess('Our knee injections are FDA approved.'), 'regulatory-claim-en').length).toBe(1);
  });
  it('donating cord blood for a transplant “a chance at a cure” is established use', () => {
    const a = assess('By donating to a public cord blood bank you give a patient who needs a transplant a chance at a cure.');
    expect(claimsOf(a, 'cure-claim-en')).toEqual([]);
  });
  it('a collection procedure called safe is not a treatment safety claim', () => {
    expect(claimsOf(assess('Collection is painless and very safe for mother and baby.'))).toEqual([]);
    expect(claimsOf(assess('The infusion is painless and very safe.')).length).toBeGreaterThan(0);
  });
  it('zh: 造血干细胞移植 context makes 治愈 a mention', () => {
    expect(claimsOf(assess('造血干细胞移植可以治愈部分白血病患者。'), 'cure-claim-zh')).toEqual([]);
  });
  it('aHSCT for MS is an established/trial use', () => {
    const a = assess('Ask about aHSCT, the evidence-based stem cell treatment that can reverse MS progression in some patients.');
    expect(claimsOf(a, 'cure-claim-en')).toEqual([]);
  });
  it('“Conditions We Treat” on a transplant page listing blood cancers is not a panacea', () => {
    const page = [
      'Blood and Marrow Transplant Program. We offer stem cell transplants.',
      'Conditions We Treat',
      'Acute myeloid leukemia. Hodgkin lymphoma. Multiple myeloma. Aplastic anemia.',
      'Request an appointment: 555-214-3300.',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a, 'panacea-phrase-en')).toEqual([]);
    expect(flagged(a.risk)).toBe(false);
  });
  it('“Conditions We Treat” over many unrelated systems stays a panacea claim', () => {
    const page = [
      'Stem cell therapy at our clinic.',
      'Conditions We Treat',
      'Autism. Multiple sclerosis. Diabetes. Heart failure. COPD. Erectile dysfunction. Knee arthritis.',
      'Book now: 555-214-3300.',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a, 'panacea-phrase-en').length).toBe(1);
    expect(flagged(a.risk)).toBe(true);
  });
});

describe('page genre', () => {
  const forum = [
    'Posted by u/worried_son · 12 comments',
    'My dad keeps watching videos from a stem cell clinic in Mexico. They say they treat MS, autism, ALS, Parkinson’s, heart failure, diabetes and ED with the same cells. The package is $30,000.',
    'Reply: Look into aHSCT instead, that is the evidence-based stem cell transplant for MS.',
    'Reply: Has anyone here actually gone? Did it help?',
  ].join('\n');
  it('a skeptical forum thread gets no panacea, serious-target or pay-to-participate points', () => {
    const a = assessText(forum);
    expect(signal(a, 'panacea')).toBeUndefined();
    expect(signal(a, 'serious-targets')).toBeUndefined();
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toContain('forum');
  });

  const review = [
    '间充质干细胞治疗肝硬化的研究进展',
    '【摘要】肝移植是目前终末期肝病唯一有效的根治手段，但供体短缺。间充质干细胞可能改善肝功能。',
    '【关键词】间充质干细胞；肝硬化',
    '【基金项目】国家重点研发计划（2022YFA1100000）；国家自然科学基金（82100000）',
    '研究表明，脐带来源干细胞可改善肝纤维化[3]。部分商业机构以“干细胞逆转肝硬化”为名开展收费服务，引发关注[6]。',
    '参考文献：[1] Zhang Z, et al. J Hepatol. doi:10.1000/xyz',
  ].join('\n');
  it('zh academic review: funding lines are not claims and the genre damps the rest', () => {
    const a = assessText(review);
    expect(claimsOf(a, 'regulatory-claim-zh')).toEqual([]);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
    expect(['none', 'low']).toContain(a.risk);
    expect(signal(a, 'genre')?.detail).toContain('academic');
  });

  const penalty = [
    '行政处罚决定书',
    '当事人：某某生物科技有限公司',
    '经查，当事人通过其微信公众号发布“干细胞回输，逆龄二十岁”“可调理一百余种疾病”“绝对安全、零风险”“无效退款”等内容，每疗程收费98000元。',
    '当事人宣称其项目为“国家备案临床研究”。上述行为违反了《中华人民共和国广告法》第十六条的规定，依据《广告法》第五十八条，责令停止发布，并处罚款三十万元。',
  ].join('\n');
  it('zh penalty decision with dozens of quoted claims is none or low', () => {
    const a = assessText(penalty);
    expect(['none', 'low']).toContain(a.risk);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });

  const hk = [
    '消費者委員會　投訴個案',
    '投訴人到美容中心做免費護理，職員聲稱幹細胞療程「百分百安全」、「即時年輕十年」，又指「今日簽約有半價」。她即場以信用卡簽帳HK$88,000。',
    '本會提醒消費者應警惕聲稱「無副作用」的宣傳，切勿即場簽約。',
  ].join('\n');
  it('Traditional Chinese consumer-council warning is none or low', () => {
    const a = assessText(hk);
    expect(['none', 'low']).toContain(a.risk);
    expect(claimsOf(a, 'price-en')).toEqual([]);
  });

  const seller = [
    'Stem cell treatment in China for Parkinson’s and MS, arranged by our team.',
    'Stem cell therapy is experimental; beware of clinics that promise a cure, and no treatment is 100% safe.',
    'Our patients see improvement in balance and speech. We treat Parkinson’s, MS and ALS.',
    'Packages from $26,500 including airport pickup, interpreter and hotel.',
    'Contact us today on WhatsApp for a free consultation.',
  ].join('\n');
  it('warnings on a strong selling page do not cancel it', () => {
    const a = assessText(seller);
    expect(flagged(a.risk)).toBe(true);
    expect(signal(a, 'genre')?.detail).toMatch(/^seller/);
  });

  it('a testimonial quoted on a selling page counts as the page’s claim', () => {
    const page = [
      '我院干细胞回输中心，为您提供专业细胞治疗。',
      '患者王阿姨说：“做完三次回输，糖尿病彻底治愈了！”',
      '套餐优惠价68000元，立即预约，咨询热线400-820-6688，添加微信了解详情。',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a, 'cure-claim-zh').length).toBe(1);
    expect(flagged(a.risk)).toBe(true);
  });

  it('the breakdown still sums to the score', () => {
    for (const t of [forum, review, penalty, hk, seller]) {
      const a = assessText(t);
      expect(a.score).toBe(Math.max(0, Math.min(100, Math.round(sum(a)))));
    }
  });
});

describe('rule calibration', () => {
  it('“help your body heal itself” is a medium claim, not a high cure claim', () => {
    const a = assess('Our injections help your body heal itself.');
    expect(claimsOf(a, 'cure-claim-en')).toEqual([]);
    expect(claimsOf(a, 'regeneration-claim-en')[0]?.severity).toBe('medium');
  });
  it('“little to no downtime” is a low selling point', () => {
    const f = claimsOf(assess('Walk out the same day with little to no downtime.'));
    expect(f.map((x) => x.severity)).toEqual(['low']);
  });
  it('安全可靠 is a safety reassurance claim in ads, and a mention in a warning', () => {
    expect(claimsOf(assess('细胞经过严格检测，安全可靠。'), 'safety-reassurance-zh').length).toBe(1);
    expect(claimsOf(assess('幹細胞回輸安全可靠，放心使用。'), 'safety-reassurance-zh').length).toBeGreaterThan(0);
    expect(claimsOf(assess('警惕所谓“安全可靠”的干细胞广告。'), 'safety-reassurance-zh')).toEqual([]);
  });
  it('国家重点研发计划 is funding; 国家重点 as an endorsement is a claim', () => {
    expect(claimsOf(assess('本研究由国家重点研发计划资助。'), 'regulatory-claim-zh')).toEqual([]);
    expect(claimsOf(assess('我院是国家重点支持的干细胞基地。'), 'regulatory-claim-zh').length).toBe(1);
  });
  it('a priced offer with its own disclaimer earns the seller-disclaimer signal', () => {
    const page = [
      'Our regenerative cell injections for knee arthritis.',
      'Single joint from $3,900, financing available. Schedule your complimentary consultation.',
      'These treatments are not FDA approved. Individual results may vary.',
    ].join('\n');
    expect(signal(assessText(page), 'seller-disclaimer')?.points).toBeGreaterThan(0);
    expect(signal(assessText('Stem cell research. These treatments are not FDA approved.'), 'seller-disclaimer')).toBeUndefined();
  });
});

describe('rhetorical questions on a selling page', () => {
  it('count as the seller’s claims when the page sells strongly', () => {
    const page = [
      'Our clinic offers stem cell therapy. Our team and our doctors treat knee pain.',
      'Why live with knee pain when our stem cells can regrow cartilage?',
      'Packages from $4,900. Book now, call 602-555-0148 or WhatsApp us for a free consultation.',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a, 'regeneration-claim-en').length).toBeGreaterThan(0);
  });
});

describe('science talk does not make a seller third-party', () => {
  it('citations and 参考文献 around its own price and booking channels still flag', () => {
    const page = [
      '研究表明，人体干细胞数量随年龄减少[1]。随机对照试验显示，输注后疲劳评分改善[2]。',
      '本中心提供干细胞抗衰服务，单疗程仅需39800元。',
      '参考文献：[1] Li X, et al. doi:10.1000/abc [2] Wang Y, et al.',
      '扫码添加微信，立即预约。',
    ].join('\n');
    const a = assessText(page);
    expect(signal(a, 'third-party-genre')).toBeUndefined();
    expect(flagged(a.risk)).toBe(true);
  });
});

describe('first-party selling is the page’s own words', () => {
  it('“the clinic says it uses your own cells” is not the page’s selling voice', () => {
    const a = assessText('About stem cells.\nThe clinic says it uses your own stem cells and treats autism, ALS, MS and diabetes.\n');
    expect(signal(a, 'selling-voice')).toBeUndefined();
    expect(signal(a, 'serious-targets')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
  it('a warned-about free consultation is not a call to action', () => {
    const a = assessText('About stem cells.\nBe wary of clinics that lure you with a free consultation.\n');
    expect(signal(a, 'commercial-intent')).toBeUndefined();
  });
  it('the provider’s own voice and booking still count', () => {
    const a = assessText('About stem cells.\nWe use your own stem cells. Book a free consultation today.\n');
    expect(signal(a, 'commercial-intent')?.points).toBeGreaterThan(0);
  });
});

describe('regulator wording without quotes', () => {
  it('en: "represented that … cures" and "stated that" are attribution', () => {
    expect(claimsOf(assess('The company represented that its stem cell injections cure Parkinson’s disease.'), 'cure-claim-en')).toEqual([]);
    expect(claimsOf(assess('The website stated that the treatment cures arthritis.'), 'cure-claim-en')).toEqual([]);
  });
  it('zh: 当事人在网站发布干细胞可根治糖尿病的内容 is attribution', () => {
    expect(claimsOf(assess('当事人在官网发布干细胞可根治糖尿病的广告内容。'), 'cure-claim-zh')).toEqual([]);
  });
});
