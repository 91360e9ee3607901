// Family 'absolute-safety': no medical intervention is risk-free (ISSCR: "claims of no risk"; China ad law
// bans guarantees of safety). Phrases that carry their own negation ("no side effects") match as units.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Ask the provider for the documented adverse events of this exact cell product and how complications are handled after you go home.',
  zh: '要求机构提供该细胞产品有记录的不良反应，以及回家后出现并发症如何处理。',
};

export const SAFETY_RULES: Rule[] = [
  {
    id: 'safety-absolute-en',
    family: 'absolute-safety',
    severity: 'high',
    languages: ['en'],
    patterns: [
      '100% safe', '100 percent safe', 'completely safe', 'totally safe', 'perfectly safe', 'absolutely safe',
      'entirely safe', 'risk-free', 'zero risk', 'no risk', 'no risks', 'without any risk', 'safe and effective',
      'safe & effective', 'guaranteed safe', 'extremely safe', 'incredibly safe', 'proven safe', 'proven to be safe',
    ],
    explanation: {
      en: 'No medical procedure is free of risk. Cell injections have caused infections, tumours, blindness and deaths; “100% safe” is a claim the ISSCR lists as a warning sign.',
      zh: '任何医疗操作都有风险。细胞注射曾导致感染、肿瘤、失明甚至死亡；“100%安全”是ISSCR列出的警示信号。',
    },
    verify,
    source: SOURCES.isscr,
    examples: {
      positive: ['Our stem cell therapy is 100% safe.', 'The procedure is completely safe and takes an hour.', 'A risk-free way to heal.'],
      negative: ['No treatment is 100% safe.', 'Beware of clinics that claim their cells are completely safe.'],
    },
  },
  {
    id: 'safety-no-side-effects-en',
    family: 'absolute-safety',
    severity: 'high',
    languages: ['en'],
    patterns: [
      'no side effects', 'no side-effects', 'zero side effects', 'without side effects', 'without any side effects',
      'free of side effects', 'no adverse effects', 'no negative side effects', 'no known side effects',
      'few side effects because', 'minimal side effects because', 'virtually no side effects',
      'no rejection', 'no risk of rejection', 'zero risk of rejection', 'without rejection', 'no chance of rejection',
      'does not carry the risk of immune rejection', 'does not carry the risk of rejection',
      'cannot be rejected', "can't be rejected", 'no immune rejection', 'no complications',
    ],
    explanation: {
      en: 'Cell products have documented side effects (fever, infection, immune reactions, tumours). Using your own cells does not make a procedure harmless: the harm usually comes from processing and delivery.',
      zh: '细胞产品有记录的副作用（发热、感染、免疫反应、肿瘤）。用自体细胞并不等于无害：风险多来自制备和给药过程。',
    },
    verify,
    source: SOURCES.patientGuide,
    examples: {
      positive: [
        'There are no side effects.',
        'Few side effects because we use your own cells.',
        'Your own cells mean no risk of rejection.',
        'This therapy does not carry the risk of immune rejection.',
      ],
      negative: ['Be wary of any clinic promising no side effects.', 'Side effects include fever and headache.'],
    },
  },
  {
    id: 'safety-reassurance-en',
    family: 'absolute-safety',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      'very safe', 'safe and natural', 'natural and safe', 'natural and very safe', 'safe, natural', 'all-natural',
      'minimal risk', 'little to no risk', 'virtually no risk', 'virtually risk-free', 'no serious side effects',
      'because we use your own', 'since we use your own', 'because it uses your own', 'since it uses your own',
      'as safe as', 'safer than surgery', 'non-invasive', 'no anesthesia', 'painless',
    ],
    explanation: {
      en: 'Reassurance that a cell procedure is “natural” or “very safe” because the cells are your own ignores the risks of harvesting, processing and injecting them.',
      zh: '以“天然”“自体细胞所以很安全”来安抚患者，忽略了采集、制备和注射细胞本身的风险。',
    },
    verify,
    source: SOURCES.isscr,
    examples: {
      positive: ['Because we use your own tissue, the procedure is natural and very safe.', 'A painless, non-invasive treatment.'],
      negative: ['No injection is painless or risk-free, experts warn.'],
    },
  },
  {
    id: 'safety-reassurance-zh',
    family: 'absolute-safety',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      '安全可靠', '安全放心', '放心使用', '安全性高', '安全无痛', '安全无创', '天然安全', '安全天然', '自体细胞更安全',
      '无痛苦',
    ],
    explanation: {
      en: 'Reassurance such as “safe and reliable” (安全可靠) is a safety guarantee, which Chinese advertising law bans in medical ads; every cell product carries risks.',
      zh: '“安全可靠”“安全放心”属于安全性保证，《广告法》禁止医疗广告作此类保证；任何细胞制剂都有风险。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['细胞经过严格检测，安全可靠。', '幹細胞回輸安全可靠，放心使用。'],
      negative: ['所谓“安全可靠”的宣传并无依据，请警惕。'],
    },
  },
  {
    id: 'safety-absolute-zh',
    family: 'absolute-safety',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '绝对安全', '100%安全', '百分百安全', '百分之百安全', '完全安全', '零风险', '无风险', '没有风险', '毫无风险', '安全无风险',
      '安全无忧', '安全可靠无风险', '十分安全', '非常安全', '安全有效',
    ],
    explanation: {
      en: 'Chinese advertising law bans guarantees of safety in medical ads; “绝对安全” is named by regulators as a mark of a scam.',
      zh: '《广告法》禁止医疗广告保证安全；“绝对安全”被监管部门点名为骗局标志。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['我院干细胞回输绝对安全。', '幹細胞治療零風險。', '１００％安全，放心治疗。'],
      negative: ['凡是宣称“绝对安全”的都是骗局。', '没有任何治疗是零风险的。'],
    },
  },
  {
    id: 'safety-no-side-effects-zh',
    family: 'absolute-safety',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '无副作用', '无毒副作用', '没有副作用', '零副作用', '无任何副作用', '没有任何副作用', '无不良反应', '无排异', '无排斥',
      '不会排异', '不会产生排异', '不会排斥', '没有排异', '零排异', '无并发症', '无毒无害', '纯天然无害',
    ],
    explanation: {
      en: '“No side effects” (无毒副作用) is a banned expression in Chinese medical advertising; every cell product has documented adverse reactions.',
      zh: '“无毒副作用”是医疗广告禁用语；任何细胞产品都有记录在案的不良反应。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['自体细胞，无副作用，无排异。', '幹細胞回輸無毒副作用。', '采用脐带间充质干细胞，不会产生排异。'],
      negative: ['警惕宣称无副作用的机构。', '所谓“无副作用”并不存在，但是很多人相信。'],
    },
  },
];
