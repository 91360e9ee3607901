// Every family: a positive and a negative example in English, Simplified and Traditional Chinese.
// Positives must yield a claim of the family; negatives (warned about, attributed, negated) must not.
import { describe, expect, it } from 'vitest';
import { assess, claimsOf } from './helpers';

type Case = [pos: string, neg: string];
const TABLE: Record<string, { en: Case; zhs: Case; zht: Case }> = {
  'absolute-safety': {
    en: ['The injection is completely safe with no side effects.', 'Be wary of anyone who says a treatment is completely safe.'],
    zhs: ['干细胞回输绝对安全，无毒副作用。', '凡是宣称“绝对安全”“无毒副作用”的都是骗局。'],
    zht: ['幹細胞回輸絕對安全，無毒副作用。', '凡是宣稱「絕對安全」「無毒副作用」的都是騙局。'],
  },
  'cure-guarantee': {
    en: ['Our stem cells can cure your diabetes, with guaranteed results.', 'Nobody can cure diabetes with stem cells yet.'],
    zhs: ['干细胞彻底治愈糖尿病，永不复发。', '警惕号称彻底治愈糖尿病的广告。'],
    zht: ['幹細胞徹底治癒糖尿病，永不復發。', '警惕號稱徹底治癒糖尿病的廣告。'],
  },
  'success-rate': {
    en: ['Our treatment has a 96% success rate.', 'The so-called 96% success rate is false.'],
    zhs: ['总有效率高达96%。', '谨防宣传有效率的违法广告。'],
    zht: ['總有效率高達96%。', '謹防宣傳有效率的違法廣告。'],
  },
  panacea: {
    en: ['Stem cells treat over 80 diseases.', 'Experts warn that no therapy treats over 80 diseases.'],
    zhs: ['干细胞是万能细胞，包治百病。', '所谓“万能细胞”“包治百病”都是骗人的。'],
    zht: ['幹細胞是萬能細胞，包治百病。', '所謂「萬能細胞」「包治百病」都是騙人的。'],
  },
  'serious-targets': {
    en: ['We provide stem cell therapy for autism and cerebral palsy.', 'There is no approved stem cell therapy for autism.'],
    zhs: ['干细胞治疗自闭症，效果好。', '警惕干细胞治疗自闭症的虚假广告。'],
    zht: ['幹細胞治療自閉症，效果好。', '警惕幹細胞治療自閉症的虛假廣告。'],
  },
  'anti-ageing': {
    en: ['Exosome infusions for anti-aging: look 10 years younger.', 'Beware of so-called anti-aging stem cell infusions.'],
    zhs: ['干细胞抗衰老，逆龄十岁。', '打着“抗衰老”旗号的违法行为。'],
    zht: ['幹細胞抗衰老，逆齡十歲。', '打著「抗衰老」旗號的違法行為。'],
  },
  testimonials: {
    en: ['Watch our patient testimonials and before and after videos.', 'Regulators warn that testimonials are not evidence.'],
    zhs: ['更多患者见证请看治疗前后对比。', '警惕所谓患者见证。'],
    zht: ['更多患者見證請看治療前後對比。', '警惕所謂患者見證。'],
  },
  'regulatory-claims': {
    en: ['Our stem cell therapy is made in an FDA registered, FDA compliant lab.', 'Clinics falsely say they are FDA registered.'],
    zhs: ['技术通过国家认证，卫健委批准。', '不法分子冒称卫健委批准，请警惕。'],
    zht: ['技術通過國家認證，衛健委批准。', '不法分子冒稱衛健委批准，請警惕。'],
  },
  'pay-to-participate': {
    en: ['Our study is patient-funded; the participation fee covers the cells.', 'Legitimate trials never ask for a participation fee.'],
    zhs: ['参加干细胞临床研究，费用3万元。', '警惕以临床研究名义收取费用。'],
    zht: ['參加幹細胞臨床研究，費用3萬元。', '警惕以臨床研究名義收取費用。'],
  },
  pricing: {
    en: ['Treatment packages from $5,000, financing available.', 'Patients are never charged in a legitimate trial.'],
    zhs: ['干细胞套餐限时优惠，一个疗程8万元。', '不要轻信所谓限时优惠。'],
    zht: ['幹細胞套餐限時優惠，一個療程8萬元。', '不要輕信所謂限時優惠。'],
  },
  'prestige-hype': {
    en: ['A revolutionary, world-leading breakthrough.', 'Critics say the so-called breakthrough is hype.'],
    zhs: ['国际领先的黑科技，权威专家坐诊。', '所谓“黑科技”纯属虚假宣传。'],
    zht: ['國際領先的黑科技，權威專家坐診。', '所謂「黑科技」純屬虛假宣傳。'],
  },
  'non-medical-provider': {
    en: ['Visit our wellness center; we arrange medical tourism to Mexico.', 'Experts warn against medical tourism for stem cells.'],
    zhs: ['高端养生会所，境外干细胞之旅。', '提醒：美容院、养生馆开展干细胞治疗属违法。'],
    zht: ['高端養生會所，境外幹細胞之旅。', '提醒：美容院、養生館開展幹細胞治療屬違法。'],
  },
  'minimal-intake-urgency': {
    en: ['Free seminar this Friday, limited spots, no medical records needed.', 'Be wary of any free seminar that sells injections.'],
    zhs: ['免费讲座，名额有限，当天回输。', '谨防借免费讲座推销的骗局。'],
    zht: ['免費講座，名額有限，當天回輸。', '謹防借免費講座推銷的騙局。'],
  },
  'unproven-product': {
    en: ['Stem cell IV therapy and exosome therapy in our clinic.', 'The FDA warns that unapproved exosome therapy is unproven.'],
    zhs: ['干细胞回输，外泌体注射。', '警惕非法干细胞回输。'],
    zht: ['幹細胞回輸，外泌體注射。', '警惕非法幹細胞回輸。'],
  },
};

const familyClaims = (text: string, family: string) => claimsOf(assess(text)).filter((f) => f.family === family);

describe.each(Object.entries(TABLE))('family %s', (family, cases) => {
  for (const [lang, [pos, neg]] of Object.entries(cases)) {
    it(`${lang}: claim fires`, () => {
      expect(familyClaims(pos, family).length).toBeGreaterThan(0);
    });
    it(`${lang}: warning/attribution/negation does not fire`, () => {
      expect(familyClaims(neg, family)).toEqual([]);
    });
  }
  it('Traditional finds the same rules at the same offsets as Simplified', () => {
    const s = assess(cases.zhs[0]).findings.map((f) => [f.rule, f.start, f.end, f.mention]);
    const t = assess(cases.zht[0]).findings.map((f) => [f.rule, f.start, f.end, f.mention]);
    expect(t).toEqual(s);
  });
});
