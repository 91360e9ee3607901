// Families 'pricing' and 'pay-to-participate'. A price tag, package or financing means the cells are sold
// as a product (FTC: $5,000–15,000 per injection plus boosters). A fee next to "clinical trial" is
// trial-washing: participants in legitimate trials are not charged (FDA 2021; Order 818).
import type { Rule } from '../types';
import { SOURCES } from './sources';

// An ISO currency code before the amount (a resort's "THB 890,000", "≈ USD 24,900", "AED 45,000"), not inside a
// word; then a currency sign before the amount, or a code or word after it.
const CODE_THEN_MONEY = '(?<![a-z])(?:usd|us\\$|eur|gbp|thb|sgd|hkd|aed|aud|cad|chf|mxn|rub|inr|myr)\\s?\\d{1,3}(?:,\\d{3})+';
const MONEY = '(?:[$€£¥￥]\\s?\\d{1,3}(?:,\\d{3})+|[$€£¥￥]\\s?\\d{3,7}|\\d{1,3}(?:,\\d{3})+\\s?(?:usd|dollars|eur|rmb|yuan)|\\d{3,7}\\s?(?:usd|dollars|eur|rmb))';

export const COMMERCE_RULES: Rule[] = [
  {
    id: 'price-en',
    family: 'pricing',
    severity: 'low',
    languages: ['en'],
    patterns: [
      { re: CODE_THEN_MONEY },
      { re: MONEY },
      'treatment package*', 'therapy package*', 'stem cell package*', 'all-inclusive package*', 'packages start',
      'starting at', 'starting from', 'prices start', 'price list', 'pricing', 'cost of treatment', 'per session',
      'per injection', 'per treatment', 'booster*', 'financing', 'payment plan*', 'monthly payment*', 'flexible payment*', 'carecredit',
      'discount*', 'special offer', 'promo code', 'gift card*', 'membership',
    ],
    explanation: {
      en: 'Cells sold at a price, in packages or with financing are a commercial product, not a treatment tested in a trial; the FTC cases involved $5,000–15,000 per injection plus “boosters”.',
      zh: '明码标价、套餐、分期付款说明细胞被当作商品出售，而非在试验中检验的治疗。',
    },
    verify: {
      en: 'Ask what exactly the fee pays for, and whether the same treatment is available free inside a registered trial.',
      zh: '问清费用包含什么，以及同样的治疗是否可以在注册试验中免费参加。',
    },
    source: SOURCES.ftc,
    examples: {
      positive: ['Treatment packages from $5,000.', 'Financing available.', 'A single session costs 29,800 USD.'],
      negative: ['Patients are never charged in a legitimate trial.'],
    },
  },
  {
    id: 'price-zh',
    family: 'pricing',
    severity: 'low',
    languages: ['zh'],
    patterns: [
      '套餐', '疗程费用', '一个疗程', '每疗程', '每个疗程', '费用', '价格', '价目表', '报价', '优惠', '特惠', '折扣', '打折', '团购',
      '代理', '加盟', '招商',
      // Membership sold (会员价, 会员卡, 办会员, 私享会员), not a site's 会员 link in its menu (知乎, 贴吧 headers).
      { re: '会员(?:价|卡|费|制|专享|折扣|优惠|福利|套餐|权益|年费)|(?:办理?|成为|开通|加入|充值|私享|尊享)会员' },
      { re: '(?<![a-z])vip会员' },
      // Instalments, not a disease stage (Hoehn-Yahr分期, TNM分期, 临床分期, 病理分期).
      { re: '(?<!(?:yahr|tnm|临床|病理|肿瘤|疾病|影像|ann arbor)[\\s-]?)分期' }, '体验价', '限时价',
      // Not a WeChat read count (阅读 10万+).
      { re: '\\d{1,3}(?:\\.\\d{1,2})?\\s?万(?:元)?(?![+＋])' },
      { re: '[¥￥]\\s?\\d{3,7}' },
      { re: '\\d{3,7}\\s?元' },
      // Taiwan and Hong Kong prices: 新台幣25萬元, NT$250,000, 港幣3萬.
      { re: '(?:新台币|台币|港币)\\s?\\d' },
      { re: '(?<![a-z])(?:nt|hk)\\$\\s?\\d' },
      '自费项目', '自费疗程', '健保不给付',
    ],
    explanation: {
      en: 'Packages, discounts and agents (套餐, 优惠, 代理) show the cells are being sold; commercial injections cost ¥30,000–150,000 per cycle.',
      zh: '套餐、优惠、代理说明细胞在被销售；商业注射每个疗程收费3万至15万元。',
    },
    verify: {
      en: 'Under Order 818 research subjects may not be charged; ask whether this is a filed study and why there is a fee.',
      zh: '按第818号令，研究不得向受试者收费；问清是否为备案研究，为何收费。',
    },
    source: SOURCES.nhc,
    examples: {
      positive: ['干细胞回输套餐，限时优惠。', '一個療程費用8萬元。', '自體脂肪幹細胞每一膝新台幣25萬元。'],
      negative: ['正规临床研究不得收取受试者任何费用。'],
    },
  },
  {
    id: 'pay-to-participate-en',
    family: 'pay-to-participate',
    severity: 'high',
    languages: ['en'],
    patterns: [
      'patient-funded', 'patient funded', 'self-funded trial', 'pay to participate', 'participation fee', 'study fee',
      'trial fee', 'enrollment fee', 'enrolment fee', 'fee to participate', 'cost to participate', 'paid trial',
      'pay-to-participate', 'patient-sponsored', 'patient-paid', 'treatment fee for the study', 'study participation costs',
    ],
    explanation: {
      en: 'Legitimate trial participants are not charged. “If you are being charged for a procedure outside a clinical trial, you are likely being deceived” (FDA); a listing on ClinicalTrials.gov is not a review of safety or efficacy.',
      zh: '正规临床试验不向受试者收费。FDA指出：在临床试验之外向您收费，您很可能被骗；在ClinicalTrials.gov登记并不代表安全有效性经过审查。',
    },
    verify: {
      en: 'Open the trial record: check the sponsor and site are this clinic, the condition matches, the status is recruiting, and that no fee is mentioned.',
      zh: '打开试验记录：核对申办方和研究地点是否为该机构、疾病是否一致、状态是否在招募，以及是否提及收费。',
    },
    source: SOURCES.fda,
    examples: {
      positive: ['Our study is patient-funded.', 'The participation fee is $8,000.'],
      negative: ['Legitimate trials never charge a participation fee.'],
    },
  },
  {
    id: 'pay-to-participate-zh',
    family: 'pay-to-participate',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      { re: '(?:临床研究|临床试验|科研项目|备案项目|临床观察)[^。；！？\\n]{0,20}(?:费用|收费|自费|价格|万元|优惠)' },
      { re: '(?:费用|收费|自费|价格|优惠)[^。；！？\\n]{0,20}(?:临床研究|临床试验|科研项目|备案项目)' },
      '招募志愿者', '入组费用', '自费参加', '科研名额', '受试者需承担',
      // A fee with an amount: 研究费用：每例38000元 (not 研究费用全免 / 由申办方承担).
      { re: '(?:研究|项目|参与|入组)费用[:：]?\\s?(?:每例|每人|每次|每疗程|共|约|仅)?\\s?\\d' },
    ],
    explanation: {
      en: 'Order 818 forbids charging research subjects; a paid “clinical study” is a treatment sold under a research label.',
      zh: '第818号令规定不得向研究受试者收取任何费用；收费的“临床研究”是挂研究名义的收费治疗。',
    },
    verify: {
      en: 'Ask for the NHC filing number and the ChiCTR number; check the hospital is a 三级甲等 hospital and that no fee is listed.',
      zh: '索取卫健委备案号和中国临床试验注册号；核实医院为三级甲等且未列收费。',
    },
    source: SOURCES.nhc,
    examples: {
      positive: ['参加我院干细胞临床研究，费用仅需3万元。', '自费参加幹細胞臨床試驗。', '干细胞研究项目，研究费用：每例38000元。'],
      negative: ['警惕以临床研究名义收取费用的机构。', '正规临床研究禁止向受试者收费。', '干细胞临床研究期间，研究费用全免。'],
    },
  },
];
