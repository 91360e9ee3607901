// Held-out Chinese false alarms as general mechanisms: a newspaper's undercover investigation (暗访), a listed
// company's annual results announcement (年度业绩, 股东, 股份代号) and a public hospital's free trial recruitment
// (随机、双盲、安慰剂对照; ChiCTR; 不向受试者收取任何费用). Each behaviour is tested both ways: the report, the
// investor figure or the payment to participants is not a claim, and the ad that looks like it stays one.
import { describe, expect, it } from 'vitest';
import { assessText } from '../../src/engine/index';
import { assess, claimsOf, mentionsOf, flagged, signal } from './helpers';


describe('zh news investigation: the reporter narrates, the consultant is quoted', () => {
  const news = [
    '暗访“干细胞抗衰”产业链：一针数万元，效果谁来保证？',
    '本报记者 李明 通讯员 王芳',
    '本报接到多位读者反映，市区多家美容机构在朋友圈推销“干细胞抗衰”项目，宣称能逆转衰老。',
    '记者以顾客身份来到位于城东的一家美容会所。一位顾问向记者介绍，该会所的干细胞回输一个疗程需要58000元，可以让人年轻十岁。',
    '记者询问是否有副作用，顾问回答：“绝对安全，零副作用，我们做了上千例了。”',
    '记者注意到，会所内并无任何医疗机构执业许可证。',
    '随后记者联系了一家供应干细胞制剂的公司，业务员在电话中称，他们的产品出厂价约8000元。',
    '某三甲医院血液科主任医师在接受记者采访时表示，干细胞治疗尚未获批用于抗衰老，所谓“干细胞抗衰”没有科学依据。',
    '区卫生健康委员会相关负责人表示，将对相关机构开展调查。',
    '责任编辑：张华',
  ].join('\n');

  it('is not flagged, and reads as a news page', () => {
    const a = assessText(news);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party/);
  });
  it('a sentence whose subject is the reporter narrates the venue and the price', () => {
    const a = assessText(news);
    expect(claimsOf(a).filter((f) => f.family === 'non-medical-provider')).toEqual([]);
    expect(mentionsOf(a).some((f) => f.context === 'narrative' && f.family === 'non-medical-provider')).toBe(true);
  });
  it('顾问向记者介绍 and 顾问回答：“…” report the consultant', () => {
    const a = assessText(news);
    expect(claimsOf(a).filter((f) => f.family === 'absolute-safety' || f.family === 'pricing')).toEqual([]);
  });
  it('anyone answering the reporter, or a salesman on the phone, is reported', () => {
    const told = assess('一位自称“健康顾问”的女士向记者介绍，干细胞回输一个疗程需要58000元。');
    expect(claimsOf(told).filter((f) => f.family === 'pricing')).toEqual([]);
    const phone = assess('业务员在电话中称，他们的干细胞产品出厂价约8000元一支。');
    expect(claimsOf(phone).filter((f) => f.family === 'pricing')).toEqual([]);
    const answer = assess('店员小王回答：“干细胞回输绝对安全，零副作用。”');
    expect(claimsOf(answer).filter((f) => f.family === 'absolute-safety')).toEqual([]);
    expect(mentionsOf(answer).some((f) => f.context === 'reported-speech')).toBe(true);
  });
  it('the same words in a seller\'s own voice stay claims', () => {
    expect(claimsOf(assess('本店干细胞回输一个疗程需要58000元。')).some((f) => f.family === 'pricing')).toBe(true);
    expect(claimsOf(assess('我们的干细胞回输绝对安全，零副作用。')).some((f) => f.family === 'absolute-safety')).toBe(true);
  });
  it('a beauty club selling the same infusion in its own voice stays flagged', () => {
    const ad = [
      '本会所干细胞回输抗衰项目，一个疗程58000元，可以让人年轻十岁。',
      '顾问介绍：绝对安全，零副作用，我们做了上千例了。',
      '限时优惠，预约电话：13800138000，欢迎到店咨询。',
    ].join('\n');
    const a = assessText(ad);
    expect(flagged(a.risk)).toBe(true);
    expect(claimsOf(a).some((f) => f.family === 'non-medical-provider' || f.family === 'pricing')).toBe(true);
  });
  it('记者 not as the subject (我们接受记者采访时说…) does not narrate an offer away', () => {
    const a = assess('我们会所接受记者采访时说，干细胞回输一个疗程58000元。');
    expect(claimsOf(a).some((f) => f.family === 'pricing')).toBe(true);
  });
});

describe('zh investor announcement: a listed company reports to shareholders', () => {
  const results = [
    '某某生物科技控股有限公司',
    '股份代號：1234',
    'HK$12.84 +3.5%',
    '截至2025年12月31日止年度業績公告',
    '財務摘要',
    '本集團年度營業收入為人民幣5.2億元，同比增長18%。毛利率為62%。研發開支為人民幣1.3億元。每股基本盈利為人民幣0.21元。',
    '本集團的幹細胞產品生產成功率達百分之九十七以上，已建成符合GMP標準的細胞製備中心。',
    '本集團的膝骨關節炎幹細胞注射液已進入II期臨床試驗，受試者無須承擔試驗用藥費用。另有治療中風、糖尿病足及肝硬化的項目處於臨床前階段。',
    '未來本集團將探索分期付款及按療效付費等創新支付模式。',
    '本公告於港交所網站刊發。股東及潛在投資者於買賣本公司股份時務請審慎行事。',
    '投資者關係：ir@example.com',
  ].join('\n');

  it('is not flagged, and reads as an investor page', () => {
    const a = assessText(results);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/investor/);
    expect(signal(a, 'pay-to-participate')).toBeUndefined();
  });
  it('a manufacturing success rate is not an efficacy rate; a clinic cure rate still is', () => {
    expect(claimsOf(assess('本公司干细胞产品生产成功率达97%以上。'), 'success-rate-zh')).toEqual([]);
    expect(claimsOf(assess('本院干细胞治疗膝关节炎有效率达97%以上。'), 'success-rate-zh').length).toBeGreaterThan(0);
  });
  it('a share price with its change is not a price; a treatment price in HK$ is', () => {
    const quote = assess('干细胞公司股价 HK$12.84 +3.5%');
    expect(claimsOf(quote).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(mentionsOf(quote).some((f) => f.context === 'non-treatment')).toBe(true);
    const ad = assess('干细胞注射治疗膝关节，一个疗程HK$58,000。');
    expect(claimsOf(ad).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('受试者无须承担…费用 waives the fee; a subject who must pay is still charged', () => {
    const waived = assess('干细胞注射液临床试验，受试者无须承担试验用药费用。');
    expect(claimsOf(waived).filter((f) => f.family === 'pricing' || f.family === 'pay-to-participate')).toEqual([]);
    const partial = assess('干细胞临床研究，受试者无须承担常规检查费用，仅需缴纳细胞制备费68000元/疗程。');
    expect(claimsOf(partial).some((f) => f.family === 'pricing' || f.family === 'pay-to-participate')).toBe(true);
    const paid = assess('干细胞临床试验招募受试者，受试者需承担细胞制备费68000元。');
    expect(claimsOf(paid).some((f) => f.family === 'pricing' || f.family === 'pay-to-participate')).toBe(true);
  });
});

describe('zh free trial recruitment: a hospital recruits for a randomised placebo-controlled study', () => {
  const trial = [
    '[受试者招募] 人脐带间充质干细胞治疗膝骨关节炎的随机、双盲、安慰剂对照临床研究',
    '某某市第一人民医院',
    '膝骨关节炎是常见的退行性疾病，目前的治疗以缓解症状为主，尚无能够修复软骨的药物。',
    '本研究已获得医院伦理委员会批准，并在中国临床试验注册中心注册（ChiCTR2400081234），备案号MR-31-24-001234。',
    '入选标准：年龄40-70岁；确诊为膝骨关节炎；自愿参加并签署知情同意书。',
    '排除标准：合并糖尿病、心力衰竭、肿瘤、帕金森病者。',
    '本研究不向受试者收取任何费用，研究相关检查免费。每次按计划完成随访可获得交通补助200元。',
    '本院郑重声明：本研究不向受试者收取研究费用，如有机构以本研究名义收费，请向本院举报。',
    '联系人：张医生 电话：021-12345678 欢迎符合条件的患者咨询报名。',
  ].join('\n');

  it('is not flagged, and its trial design reads as a legitimate-trial genre', () => {
    const a = assessText(trial);
    expect(flagged(a.risk)).toBe(false);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party: .*trial/);
    expect(signal(a, 'panacea')).toBeUndefined();
    expect(signal(a, 'serious-targets')).toBeUndefined();
  });
  it('a travel allowance paid to participants is not a price', () => {
    const a = assess('每次按计划完成随访可获得交通补助200元。');
    expect(claimsOf(a).filter((f) => f.family === 'pricing')).toEqual([]);
    expect(claimsOf(assess('干细胞回输治疗，一个疗程收费200元。')).some((f) => f.family === 'pricing')).toBe(true);
  });
  it('尚无 negates the regeneration wording after it; the bare claim stays', () => {
    expect(claimsOf(assess('目前尚无能够修复软骨的药物。'), 'regeneration-claim-zh')).toEqual([]);
    expect(claimsOf(assess('干细胞能够修复软骨。'), 'regeneration-claim-zh').length).toBeGreaterThan(0);
  });
  it('a paid "study" with the same design words and a registry ID is not a legitimate trial', () => {
    const paid = [
      '[受试者招募] 干细胞治疗膝骨关节炎、糖尿病、帕金森病的随机、双盲临床研究',
      '本研究已获伦理委员会批准（ChiCTR2400081234），签署知情同意书。',
      '入选标准：年龄40-70岁。',
      '受试者需缴纳细胞制备费68000元，可分期付款。',
      '干细胞能够修复软骨，有效率达90%以上。',
      '咨询电话：13800138000，名额有限，立即报名。',
    ].join('\n');
    const a = assessText(paid);
    expect(flagged(a.risk)).toBe(true);
    expect(signal(a, 'genre')?.detail ?? '').not.toMatch(/trial \d/);
  });
});

describe('zh free trial recruitment: the no-fee statement is read from the page, not only from price findings', () => {
  it('a fee statement with no amount still marks the legitimate-trial genre', () => {
    const page = [
      '[受试者招募] 间充质干细胞治疗膝骨关节炎的随机、双盲、安慰剂对照临床研究（ChiCTR2400081234）',
      '本研究已获伦理委员会批准，受试者须签署知情同意书。入选标准：40-70岁膝骨关节炎患者。排除标准：恶性肿瘤、心力衰竭、帕金森病。',
      '参加本研究免费，受试者免费接受研究相关检查。',
      '联系电话：021-12345678，欢迎咨询报名。',
    ].join('\n');
    const a = assessText(page);
    expect(signal(a, 'genre')?.detail).toMatch(/^third-party: .*trial/);
    expect(flagged(a.risk)).toBe(false);
  });
  it('without a no-fee statement the same design words are not a legitimate-trial genre', () => {
    const page = [
      '[受试者招募] 间充质干细胞治疗膝骨关节炎的随机、双盲、安慰剂对照临床研究（ChiCTR2400081234）',
      '本研究已获伦理委员会批准，受试者须签署知情同意书。入选标准：40-70岁膝骨关节炎患者。',
      '联系电话：021-12345678，欢迎咨询报名。',
    ].join('\n');
    expect(signal(assessText(page), 'genre')?.detail ?? '').not.toMatch(/trial \d/);
  });
});
