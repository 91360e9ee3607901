// Failure classes from a held-out evaluation, as general mechanisms: quoted lines under a lead-in, reported
// prices and donations, animal-model research, topical cosmetics, established-transplant cost pages, and zh
// (Simplified + Traditional) clinic wording (root cause, aggregate outcomes, durability, anecdotes, NT$ prices).
import { describe, expect, it } from 'vitest';
import { assessPassages, assessText } from '../../src/engine/index';
import { reportedSpans } from '../../src/engine/context';
import { normalize } from '../../src/engine/normalize';
import { assess, claimsOf, mentionsOf, flagged, signal } from './helpers';

const efficacy = (a: ReturnType<typeof assessText>) =>
  claimsOf(a).filter((f) => ['absolute-safety', 'cure-guarantee', 'success-rate', 'testimonials'].includes(f.family));

describe('lead-in attribution carries over to quoted lines', () => {
  it('en: bullet quotes after "Here\'s what she told me:" are reported, even across blank lines', () => {
    const text = [
      'We called a stem cell clinic in Cancún. Here\'s what she told me:',
      '',
      '',
      '- "There\'s no risk of rejection because cord cells are immune privileged."',
      '',
      '- "It\'s completely safe, we\'ve done thousands of infusions."',
      '',
    ].join('\n');
    const a = assessText(text);
    expect(efficacy(a)).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'reported-speech')).toBe(true);
    // The same by passages (the lead-in and the quotes are separate passages).
    expect(assessPassages([
      { start: 0, text: 'We called a stem cell clinic. Here\'s what she told me:\n' },
      { start: 58, text: '"It\'s completely safe, we\'ve done thousands of infusions."' },
    ]).findings.filter((f) => !f.mention && f.family === 'absolute-safety')).toEqual([]);
  });
  it('en: the provider introducing its own words is not a lead-in', () => {
    const a = assessText('About our stem cell clinic.\nOur patients say:\n"It\'s completely safe and painless."\n');
    expect(claimsOf(a, 'safety-absolute-en').length).toBe(1);
  });
  it('en: a quoted paragraph after "X told our reporter …" is reported; a bare emphasis quote line is not', () => {
    const news = assessText('Stem cell clinic.\nA coordinator named "Sofia" told our reporter it was the best option.\n"It\'s 100% safe."\n');
    expect(claimsOf(news, 'safety-absolute-en')).toEqual([]);
    const ad = assessText('Stem cell clinic.\nWelcome to our clinic.\n"100% safe."\n');
    expect(claimsOf(ad, 'safety-absolute-en').length).toBe(1);
  });
  it('zh: 对方称： then a standalone “…” paragraph; a chain of quoted paragraphs; “…”该工作人员说', () => {
    const a = assessText('关于干细胞。\n当记者问及价格时，对方称：\n“一个疗程三针，绝对安全，原价19.8万元。”\n“做完皮肤都会明显改善。”\n“糖尿病都能根治。”该工作人员说。\n');
    expect(efficacy(a)).toEqual([]);
    expect(claimsOf(a, 'price-zh')).toEqual([]);
    const spans = reportedSpans(normalize('“无副作用，很安全。”店员说。'));
    expect(spans.length).toBe(1);
  });
  it('zh Traditional: 客服是這麼說的： then quoted lines', () => {
    const a = assessText('關於幹細胞。\n客服是這麼說的：\n「我們用臍帶間充質幹細胞，絕對安全。」\n「大部分患者三個月內都有明顯改善。」\n');
    expect(efficacy(a)).toEqual([]);
  });
  it('zh: the clinic’s own colon (我院承诺：) keeps its quote a claim', () => {
    expect(claimsOf(assessText('关于干细胞。\n我院郑重承诺：\n“干细胞回输绝对安全。”\n'), 'safety-absolute-zh').length).toBe(1);
  });
});

describe('prices reported by a patient or a reporter, and donations', () => {
  it('en: "they quoted me $25,000" is not the page’s own price', () => {
    expect(claimsOf(assess('They quoted me $25,000 for the neuro protocol.'), 'price-en')).toEqual([]);
    expect(claimsOf(assess('The neuro protocol costs $25,000.'), 'price-en').length).toBe(1);
  });
  it('zh: 她给我报价一个疗程9.8万元 is reported; 一个疗程9.8万元 is an offer', () => {
    expect(claimsOf(assess('她给我报价一个疗程9.8万元。'), 'price-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞一个疗程9.8万元。'), 'price-zh').length).toBeGreaterThan(0);
  });
  it('donation appeals are not prices (en, zh)', () => {
    expect(claimsOf(assess('A gift of £1,000 supports a PhD student for a month.'), 'price-en')).toEqual([]);
    expect(claimsOf(assess('捐赠1000元可支持一名研究生一个月的实验耗材。'), 'price-zh')).toEqual([]);
  });
  it('zh: 正规研究不向患者收费 negates the research fee', () => {
    expect(claimsOf(assess('干细胞临床研究正规研究不向患者收费。'), 'pay-to-participate-zh')).toEqual([]);
  });
});

describe('research institutes', () => {
  it('animal-model results are research, not claims (en, zh)', () => {
    expect(claimsOf(assess('Grafted progenitors restored motor function in a rat model of Parkinson\'s disease.'))).toEqual([]);
    expect(claimsOf(assess('移植的细胞在小鼠模型中修复受损的心肌，明显改善心功能。')).filter((f) => f.family === 'cure-guarantee')).toEqual([]);
    expect(claimsOf(assess('Our injections restored motor function in patients.')).length).toBeGreaterThan(0);
  });
  it('a critical sentence about clinics that sell injections names no serious targets of the page', () => {
    const a = assessText(
      'Institute for Stem Cell Biology.\nClinics that sell stem cell injections for Parkinson\'s, MS or spinal cord injury are not offering the treatments developed here.\nContact us: lab@uni.example\n',
    );
    expect(claimsOf(a, 'serious-target-en')).toEqual([]);
    expect(a.conditions.length).toBeGreaterThan(0);
    expect(signal(a, 'serious-targets')).toBeUndefined();
  });
});

describe('topical cosmetics', () => {
  it('skin’s own / skin stem cells do not open the topic gate (en, zh, Traditional)', () => {
    expect(assessText('Our serum helps protect your skin\'s own stem cells. Skin stem cells renew the skin.').topic).toBe(false);
    expect(assessText('守护肌肤自身的干细胞，皮肤干细胞活力。').topic).toBe(false);
    expect(assessText('瑞士蘋果幹細胞精華，雪絨花植物幹細胞。').topic).toBe(false);
  });
  it('a cream page that opens the gate is damped below moderate; a clinic selling a stem cell facelift is not', () => {
    const cream =
      'Why stem cells? Our night cream serum with plant extracts looks years younger, anti-aging, youthful glow. $84, 50 ml. Add to cart. Contact us. Apply to clean skin.';
    const a = assessText(cream);
    expect(a.topic).toBe(true);
    expect(signal(a, 'topical-cosmetic')).toBeDefined();
    expect(flagged(a.risk)).toBe(false);
    const clinic = `${cream} Our stem cell facelift re-injects your own fat-derived stem cells: no risk of rejection. Book now.`;
    expect(signal(assessText(clinic), 'topical-cosmetic')).toBeUndefined();
  });
  it('zh: 为什么选择干细胞成分 on a 面霜 page is damped; 干细胞美容 injections are not', () => {
    const cream = '为什么选择干细胞成分？本品面霜抗衰老、紧致、焕活。到手价¥299，加入购物车，在线客服。化妆品，早晚涂抹。';
    expect(signal(assessText(cream), 'topical-cosmetic')).toBeDefined();
    expect(signal(assessText(`${cream}本院干细胞美容注射，预约咨询。`), 'topical-cosmetic')).toBeUndefined();
  });
});

describe('established transplant programmes publishing costs', () => {
  it('en: uninsured cost estimates for BMT are not an offer', () => {
    const a = assessText(
      'Blood and Marrow Transplant Program for leukemia, lymphoma and myeloma.\nAutologous stem cell transplant: estimated $140,000 to $180,000.\nPayment plans are available. Clinical trials are open. Call us at (617) 555-0199.\n',
    );
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
  it('zh: 造血干细胞移植费用 for 白血病 is not an offer; unproven cells with prices still are', () => {
    const hsct = assessText('造血干细胞移植用于白血病、淋巴瘤。\n自体造血干细胞移植：约10万元至15万元。\n');
    expect(claimsOf(hsct).filter((f) => f.family === 'pricing')).toEqual([]);
    const ad = assessText('干细胞回输治疗白血病和糖尿病，每疗程8万元。\n');
    expect(claimsOf(ad).filter((f) => f.family === 'pricing').length).toBeGreaterThan(0);
  });
});

describe('zh clinic columns (Simplified and Traditional)', () => {
  it('root cause, aggregate outcome, durability and anecdote fire as claims', () => {
    const a = assess('幹細胞修復受損的軟骨，從根本改善關節退化。大部分病人注射後走路都明顯輕鬆許多，效果可以維持數年。我有一位65歲的阿姨，打完幹細胞後半年就可以爬山了。');
    expect(claimsOf(a, 'regeneration-claim-zh').length).toBeGreaterThanOrEqual(2);
    expect(claimsOf(a, 'testimonials-zh').length).toBeGreaterThanOrEqual(2);
  });
  it('the same words in a warning are mentions', () => {
    const a = assess('警惕所谓“从根本改善”“效果可以维持数年”的虚假宣传。');
    expect(claimsOf(a, 'regeneration-claim-zh')).toEqual([]);
  });
  it('a 特管辦法 clinic selling knee cells at 新台幣25萬元 with outcome claims is flagged without any booking line', () => {
    const page = [
      '【醫師專欄】退化性膝關節炎的自體脂肪幹細胞治療',
      '自體脂肪幹細胞注射回膝關節，能修復受損的軟骨，從根本改善關節退化。',
      '大部分病人在注射後三到六個月都明顯輕鬆許多，效果可以維持數年。',
      '我有一位65歲的阿姨，打完幹細胞後就可以爬山。',
      '本院已通過衛福部特管辦法核准，費用為每一膝新台幣25萬元。',
    ].join('\n');
    const a = assessText(page);
    expect(claimsOf(a, 'price-zh').length).toBeGreaterThan(0);
    expect(flagged(a.risk)).toBe(true);
  });
});
