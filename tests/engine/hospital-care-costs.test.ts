// A hospital's haematology page gives its own transplant figures and says what it does not do: its
// "本中心…自体移植总费用" is the cost of standard care, and "本中心不开展…干细胞回输" declines an offer. A clinic's
// own "干细胞移植费用" and a refusal that turns into an offer ("不提供…，只提供干细胞回输") stay claims.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, flagged, mentionsOf } from './helpers';

describe('a hospital giving its own transplant costs', () => {
  it('is stating the cost of standard care, first person or not', () => {
    const a = assess('根据本中心近年数据，自体移植总费用一般在10万–20万元，异基因移植一般在30万–80万元。');
    expect(claimsOf(a, 'price-zh')).toEqual([]);
    expect(mentionsOf(a, 'price-zh').every((f) => f.context === 'established-use')).toBe(true);
  });
  it('and insurance lines (医保规定, 医保办) are standard care too', () => {
    expect(claimsOf(assess('移植相关费用中符合医保规定的部分可按所在地政策报销。'), 'price-zh')).toEqual([]);
  });
  it('while a clinic pricing its own stem cell "transplant" still makes a price claim', () => {
    expect(claimsOf(assess('本中心干细胞移植费用8万元一个疗程，可治疗自闭症。'), 'price-zh').length).toBeGreaterThan(0);
  });
});

describe('a provider declining a service', () => {
  it('negates the whole object of the refusal', () => {
    const a = assess('本中心不开展以"抗衰老""美容""保健"为目的的干细胞回输。');
    expect(claimsOf(a)).toEqual([]);
  });
  it('unless the clause turns to what it offers instead', () => {
    const a = assess('我们不提供药物治疗，只提供干细胞回输，一个疗程3万元。');
    expect(claimsOf(a).length).toBeGreaterThan(0);
  });
});

describe('a subject who bears no cost, and a transplant page with a cost reference', () => {
  it('（受试者不承担研究费用） is the opposite of paying to participate', () => {
    const a = assess('本中心仅开展经备案的临床研究项目（受试者不承担研究费用）。');
    expect(claimsOf(a, 'pay-to-participate-zh')).toEqual([]);
    expect(claimsOf(assess('本中心參與之臨床研究（受試者不承擔研究費用）。'), 'pay-to-participate-zh')).toEqual([]);
  });
  it('a subject who pays a preparation fee still pays', () => {
    expect(claimsOf(assess('参加本院干细胞临床研究项目，受试者仅需承担细胞制备费用38000元。'), 'pay-to-participate-zh').length).toBeGreaterThan(0);
  });
  const WARD = [
    '造血干细胞移植中心',
    '造血干细胞移植是指在大剂量放化疗预处理后，将供者或患者自身的造血干细胞输注给患者，使其重建造血。',
    '异基因移植需HLA配型，移植后可能发生移植物抗宿主病、感染和出血等风险。',
    '适应症：急性白血病、淋巴瘤、重型再生障碍性贫血。',
    '费用参考',
    '很多患者和家属关心费用问题。',
    '自体造血干细胞移植 约 12万 – 20万元',
    '移植中心咨询电话：0xx-8xxx2601',
  ].join('\n');
  it("a transplant programme's 干细胞输注 is a step, so its cost reference is standard care", () => {
    const a = assessText(WARD);
    expect(claimsOf(a, 'price-zh')).toEqual([]);
    expect(flagged(a.risk)).toBe(false);
  });
  it('an exception clause does not lend its established use to the rest of the sentence', () => {
    const a = assess('除白血病等血液病外，干细胞移植还可用于糖尿病、帕金森，修复受损细胞。');
    expect(claimsOf(a, 'regeneration-claim-zh').length).toBeGreaterThan(0);
  });
  it('waived steps (无需配型、无需预处理) are no transplant programme', () => {
    const page = `${WARD.replace(/异基因移植需HLA配型[^\n]*\n/, '').replace('预处理后', '')}\n采用脐带间充质干细胞，无需配型、无需预处理，当天输注即可回家。`;
    expect(claimsOf(assessText(page), 'price-zh').length).toBeGreaterThan(0);
  });
});
