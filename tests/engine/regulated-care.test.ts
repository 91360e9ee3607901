// Class: a hospital's page of cell therapies a regulator approved it to perform (Taiwan's 特管辦法: 核准項目, 核准適應症,
// fees per the 衛福部-approved schedule), and trial costs borne by the sponsor. Regulated care, not an offer of unproven
// cells; a clinic that cites the same approval next to results, testimonials or a discount stays an ad.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, flagged, mentionsOf, scanOf, signal } from './helpers';

describe('trial costs borne by the sponsor', () => {
  it('由試驗委託者負擔 is the opposite of paying to participate', () => {
    const a = assess('本中心亦執行經衛福部核准之臨床試驗，參加試驗之研究用藥及檢查費用依試驗計畫由試驗委託者負擔。');
    expect(claimsOf(a, 'pay-to-participate-zh')).toEqual([]);
    expect(claimsOf(a, 'price-zh')).toEqual([]);
    expect(mentionsOf(a, 'pay-to-participate-zh')[0]?.context).toBe('negation');
  });
  it('由申办者承担 and 研究用药免费提供 too', () => {
    expect(claimsOf(assess('临床研究期间的检查费用由申办者承担。'), 'pay-to-participate-zh')).toEqual([]);
    expect(claimsOf(assess('临床试验的研究用药由申办方免费提供，检查费用由项目组承担。'))).toEqual([]);
  });
  it('a fee charged next to the sponsor line is still charged', () => {
    expect(claimsOf(assess('临床研究的研究用药由申办方提供，细胞制备费用每例38000元。'), 'pay-to-participate-zh').length).toBeGreaterThan(0);
  });
  it('the page says its study costs are borne', () => {
    expect(scanOf('关于干细胞。\n试验相关检查费用由试验委托者负担。\n').costsBorne).toBe(true);
    expect(scanOf('About stem cells.\nThe sponsor covers all study-related costs.\n').costsBorne).toBe(true);
  });
});

describe('limits are not urgency', () => {
  it('核准項目僅限於上述適應症 limits the scope', () => {
    expect(claimsOf(assess('核准項目僅限於上述適應症，其他用途不在核准範圍。'), 'minimal-intake-zh')).toEqual([]);
  });
  it('仅限前20名 is urgency', () => {
    expect(claimsOf(assess('干细胞回输体验价仅限前20名。'), 'minimal-intake-zh').length).toBeGreaterThan(0);
  });
  it('本院不以任何優惠…招攬 refuses a discount', () => {
    expect(claimsOf(assess('本院不以任何優惠、贈品或套組方式招攬。'), 'price-zh')).toEqual([]);
  });
});

const HOSPITAL = [
  '細胞治療中心｜特管辦法核准項目',
  '本院細胞治療中心依衛生福利部核准之細胞治療技術，提供符合條件之病人細胞治療服務。',
  '核准適應症',
  '自體脂肪幹細胞移植：退化性膝關節炎',
  '自體CD34+選擇性細胞移植：慢性缺血性腦中風',
  '病人須經專科醫師轉介，由細胞治療團隊審視病歷，確認符合收案條件後說明可能效益、風險與替代方案。',
  '可能出現抽脂部位疼痛、瘀青、感染或過敏反應，並非所有病人皆可獲得改善。',
  '費用：特管辦法細胞治療屬自費項目，健保不給付。收費標準依衛生福利部核定之計畫公告，例如自體脂肪幹細胞移植每療程約新台幣25萬元。',
  '本院細胞治療中心個案管理師為您說明。',
].join('\n');

describe('a hospital listing its approved cell therapies', () => {
  it('is regulated care: its approved fees are not an offer', () => {
    const s = scanOf(HOSPITAL);
    expect(s.regulatedCare).toBe(true);
    expect(s.findings.filter((f) => !f.mention && f.family === 'pricing')).toEqual([]);
    const a = assessText(HOSPITAL);
    expect(signal(a, 'selling-voice')).toBeUndefined();
    expect(flagged(a.risk)).toBe(false);
  });
  it('not when the page promises results', () => {
    const page = `${HOSPITAL}\n幹細胞療程由內而外逆齡回春，有效率高達90%。`;
    expect(scanOf(page).regulatedCare).toBe(false);
  });
  it('not when the page discounts its fee or creates urgency', () => {
    expect(scanOf(`${HOSPITAL}\n三次套組優惠價新台幣68萬元。`).regulatedCare).toBe(false);
    expect(scanOf(`${HOSPITAL}\n每月名額有限，請盡早預約。`).regulatedCare).toBe(false);
  });
  it('not without the risks', () => {
    expect(scanOf(HOSPITAL.replace(/可能出現[^\n]*\n/, '').replace('、風險', '')).regulatedCare).toBe(false);
  });
  it('not on a page that only names the scheme once', () => {
    expect(scanOf(HOSPITAL.replace(/核准適應症|特管辦法|核准項目|收費標準依|衛生福利部核定/g, '')).regulatedCare).toBe(false);
  });
});

describe('Traditional negations and hedges', () => {
  it('沒有 folds to 没有: 部分病人沒有明顯改善 is negated', () => {
    expect(claimsOf(assess('部分病人治療後沒有明顯改善。'), 'regeneration-claim-zh')).toEqual([]);
  });
  it('核准不等於保證有效 denies the guarantee', () => {
    expect(claimsOf(assess('核准不等於保證有效，療效仍有個別差異。'), 'cure-claim-zh')).toEqual([]);
    expect(claimsOf(assess('获批上市不代表保证有效。'), 'cure-claim-zh')).toEqual([]);
  });
  it('本院未提供以抗老化…為目的之細胞治療 refuses the service', () => {
    expect(claimsOf(assess('本院未提供以抗老化、美容、保健或提升免疫力為目的之細胞治療。'), 'anti-ageing-zh')).toEqual([]);
  });
  it('a guarantee stays a claim', () => {
    expect(claimsOf(assess('幹細胞療程保證有效，無效退款。'), 'cure-claim-zh').length).toBeGreaterThan(0);
  });
});

describe('a side menu with its links glued together', () => {
  const MENU = '中心簡介核准項目與收費就醫流程治療成果公開臨床試驗常見問題聯絡我們';
  it('names sections, not a fee for a trial', () => {
    const a = assess(MENU);
    expect(claimsOf(a, 'pay-to-participate-zh')).toEqual([]);
    expect(mentionsOf(a, 'pay-to-participate-zh')[0]?.context).toBe('navigation');
    expect(claimsOf(assess('首页医院简介收费标准临床试验联系我们'), 'pay-to-participate-zh')).toEqual([]);
  });
  it('a sentence charging for a trial is still one', () => {
    expect(claimsOf(assess('參加本中心幹細胞臨床試驗，收費每人15萬元。'), 'pay-to-participate-zh').length).toBeGreaterThan(0);
    // One label and a fee in a line without punctuation is no menu.
    expect(claimsOf(assess('幹細胞臨床試驗收費15萬元聯絡我們'), 'pay-to-participate-zh').length).toBeGreaterThan(0);
  });
});

const CENTRE = [
  '中心簡介核准項目與收費就醫流程治療成果公開臨床試驗常見問題聯絡我們',
  '依「特定醫療技術檢查檢驗醫療儀器施行或使用管理辦法」（特管辦法）經衛生福利部核准之細胞治療項目說明',
  '核准適應症：退化性膝關節炎；慢性缺血性腦中風。',
  '以下收費為衛生福利部核定之自費項目上限：自體脂肪幹細胞移植單膝約 220,000 – 300,000 元。',
  '核准不等於保證有效：多數項目仍缺乏大規模隨機對照試驗證據，部分病人可能沒有明顯改善。',
  '可能的風險：採集細胞時的疼痛、出血、感染；注射後發燒、局部腫脹。',
  '本院未提供以抗老化、美容、保健或提升免疫力為目的之細胞治療。',
].join('\n');

describe('a medical centre page of approved items with a glued menu and hedged efficacy', () => {
  it('is regulated care, and its approval line is documented, not a badge', () => {
    const s = scanOf(CENTRE);
    expect(s.regulatedCare).toBe(true);
    expect(s.findings.filter((f) => !f.mention)).toEqual([]);
    expect(s.findings.find((f) => f.family === 'regulatory-claims')?.context).toBe('regulated-care');
    expect(flagged(assessText(CENTRE).risk)).toBe(false);
  });
  it('not with another approval badge', () => {
    expect(scanOf(`${CENTRE}\n本院幹細胞技術通過國家認證。`).regulatedCare).toBe(false);
  });
  it('a clinic citing the approval and promising results stays an ad', () => {
    const page = `${CENTRE}\n幹細胞直接修復受損軟骨，由內而外逆齡，滿意度高達98%。\n雙膝同做享優惠價42萬元，名額有限，立即加LINE預約。`;
    expect(scanOf(page).regulatedCare).toBe(false);
    expect(flagged(assessText(page).risk)).toBe(true);
  });
});
