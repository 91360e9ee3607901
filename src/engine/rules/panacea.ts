// Families 'panacea' and 'serious-targets'. Phrases that say "everything" (包治百病, "treats over 100
// diseases") and offers to treat serious or paediatric conditions for which no cell therapy is approved.
// The page-level panacea signal (many body systems on one page) is computed from the condition lexicon.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const SERIOUS_EN =
  "(?:autism|autistic|cerebral palsy|als|amyotrophic lateral sclerosis|spinal cord injur(?:y|ies)|parkinson'?s?|alzheimer'?s?|dementia|multiple sclerosis|ms|stroke|muscular dystrophy|down syndrome|copd|macular degeneration|heart failure|kidney failure|liver cirrhosis|cancer)";
const SERIOUS_ZH = '(?:自闭症|孤独症|脑瘫|渐冻症|脊髓损伤|帕金森|老年痴呆|阿尔茨海默|多发性硬化|中风|脑卒中|肌营养不良|唐氏|慢阻肺|黄斑变性|心衰|肾衰|尿毒症|肝硬化|癌症|截瘫)';

export const PANACEA_RULES: Rule[] = [
  {
    id: 'panacea-phrase-en',
    family: 'panacea',
    severity: 'high',
    languages: ['en'],
    patterns: [
      { re: '(?<![a-z])(?:treats?|treating|treated|helps? with|for)\\s(?:over\\s|more than\\s)?\\d{2,3}\\+?\\s(?:different\\s)?(?:diseases|conditions|illnesses|disorders)' },
      'conditions we treat', 'diseases we treat', 'treatable conditions', 'treatable diseases', 'wide range of conditions',
      'wide variety of conditions', 'many conditions', 'any condition', 'almost any condition', 'all kinds of diseases',
      'virtually any', 'universal cell*', 'master cells', 'miracle cells',
    ],
    explanation: {
      en: 'The same cells offered for many unrelated diseases is an ISSCR warning sign; for-profit providers apply one or two methods to more than 70 conditions.',
      zh: '同一种细胞用于许多互不相关的疾病是ISSCR列出的警示信号；营利性机构把一两种方法用于70多种疾病。',
    },
    verify: {
      en: 'Ask for published evidence for your condition specifically, not for “stem cells” in general.',
      zh: '索取针对您所患疾病本身的已发表证据，而不是笼统的“干细胞”证据。',
    },
    source: SOURCES.isscr,
    examples: {
      positive: ['Our stem cells treat over 80 diseases.', 'See the conditions we treat below.'],
      negative: ['No single cell type can help with over 80 diseases, experts warn.'],
    },
  },
  {
    id: 'panacea-phrase-zh',
    family: 'panacea',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '包治百病', '万能细胞', '上百种疾病', '百余种疾病', '近百种疾病', '各类疾病', '全身疾病', '所有疾病',
      { re: '(?:治疗|适用于|可治)\\s?\\d{2,3}\\s?(?:余|多)?种(?:疾病|病症)' },
    ],
    explanation: {
      en: '“Cures a hundred diseases” (包治百病) is named by Chinese regulators as the mark of a scam.',
      zh: '监管部门明确指出，宣称“包治百病”的可认定为骗局。',
    },
    verify: {
      en: 'Ask which of these conditions have a registered trial and published results.',
      zh: '询问这些疾病中哪些有注册的临床试验和已发表的结果。',
    },
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['干细胞是万能细胞，可治疗100多种疾病。', '幹細胞包治百病。'],
      negative: ['凡是宣称“包治百病”的可认为是骗局。'],
    },
  },
  {
    id: 'serious-target-en',
    family: 'serious-targets',
    severity: 'high',
    languages: ['en'],
    patterns: [
      { re: `(?<![a-z])(?:stem cells?|cell|msc|exosome|regenerative)\\s(?:therapy|therapies|treatments?|injections?|infusions?)\\s(?:for|to treat|in treating)\\s${SERIOUS_EN}(?![a-z])` },
      { re: `(?<![a-z])(?:treat|treats|treating|help|helps|improve|improves|reverse|reverses)\\s(?:your\\s|their\\s|the\\s|symptoms of\\s)?${SERIOUS_EN}(?![a-z])` },
      { re: `(?<![a-z])${SERIOUS_EN}\\s(?:treatment|therapy|patients treated)\\s(?:with|using)\\sstem cells?` },
    ],
    explanation: {
      en: 'There is no approved cell therapy for autism, cerebral palsy, ALS, spinal cord injury, Parkinson’s, Alzheimer’s, MS, stroke or COPD (FDA 2021). These are the conditions FTC cases were about.',
      zh: '自闭症、脑瘫、渐冻症、脊髓损伤、帕金森、阿尔茨海默、多发性硬化、中风、慢阻肺均无获批的细胞疗法（FDA 2021）。',
    },
    verify: {
      en: 'Search the condition on ClinicalTrials.gov or ChiCTR: a legitimate study is registered, free for participants, and run by an accredited hospital.',
      zh: '在ClinicalTrials.gov或中国临床试验注册中心检索该疾病：正规研究已注册、受试者免费、在三甲医院开展。',
    },
    source: SOURCES.fda,
    examples: {
      positive: ['We offer stem cell therapy for autism.', 'Exosome infusions to treat Parkinson’s.', 'Our cells help reverse cerebral palsy.'],
      negative: ['There is no approved stem cell therapy for autism.'],
    },
  },
  {
    id: 'serious-target-zh',
    family: 'serious-targets',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      { re: `(?:干细胞|细胞|间充质|外泌体)(?:疗法|治疗|移植|回输|注射)?(?:可以|能够|可|能)?(?:治疗|改善|治|修复|逆转)${SERIOUS_ZH}` },
      { re: `${SERIOUS_ZH}(?:患者)?(?:的)?(?:干细胞|细胞)(?:治疗|疗法|移植|回输)` },
    ],
    explanation: {
      en: 'Stem cell “treatment” of autism, cerebral palsy, ALS or Parkinson’s is research at most; in China it may only happen inside a filed study in a top-grade hospital, free of charge (Order 818).',
      zh: '干细胞“治疗”自闭症、脑瘫、渐冻症、帕金森最多只处于研究阶段；按国务院第818号令，只能在三甲医院备案研究中开展，且不得向受试者收费。',
    },
    verify: {
      en: 'Ask for the NHC filing number (MR-…) and the ChiCTR registration, and check both.',
      zh: '索取卫健委备案号（MR-…）和中国临床试验注册号，并逐一核实。',
    },
    source: SOURCES.nhc,
    examples: {
      positive: ['干细胞治疗自闭症效果好。', '腦癱幹細胞移植。'],
      negative: ['警惕所谓干细胞治疗自闭症的广告。'],
    },
  },
];
