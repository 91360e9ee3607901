// Family 'success-rate': cure/effective/success rates are banned in Chinese medical ads and are the typical
// unverifiable number on clinic pages ("96% success rate", "over 90% of our patients improve").
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Ask where the figure was published, how many patients it covers, how “improvement” was measured and how long patients were followed.',
  zh: '询问该数字发表在哪里、涉及多少患者、“有效”如何衡量、随访多久。',
};

export const RATE_RULES: Rule[] = [
  {
    id: 'success-rate-en',
    family: 'success-rate',
    severity: 'high',
    languages: ['en'],
    patterns: [
      { re: '\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|percent)\\s(?:success|cure|effective(?:ness)?|efficacy|improvement|satisfaction|response|recovery)\\s(?:rate|ratio)' },
      { re: '(?<![a-z])(?:success|cure|effective(?:ness)?|efficacy|improvement|satisfaction|recovery)\\srates?\\s(?:of|is|was|above|over|exceeding|up to)\\s(?:about\\s|over\\s|nearly\\s)?\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:%|percent)' },
      // …of its arthritis patients, of our knee patients: one word may name the patients' condition.
      { re: '(?<![a-z])(?:over|more than|nearly|almost|up to|about)\\s\\d{1,3}\\s?(?:%|percent)\\sof\\s(?:our\\s|all\\s|the\\s|its\\s|their\\s)?(?:[a-z-]+\\s)?(?:patients|clients|people|cases|users)' },
      { re: '(?<![a-z])effective (?:for|in) (?:over |more than |nearly )?\\d{1,3}\\s?(?:%|percent)' },
      { re: '\\d{1,3}\\s?(?:%|percent)\\sof\\s(?:our\\s|the\\s)?(?:patients|clients|parents|families|children|people|participants|customers|users)\\s(?:improve|improved|report|reported|experience|experienced|saw|see|showed|exhibited|noticed|notice|had|achieved)' },
    ],
    explanation: {
      en: 'Success rates on clinic pages are not from controlled trials; there is no control group, no definition of success, and often no follow-up.',
      zh: '诊所网页上的“成功率”并非来自对照试验：没有对照组，没有疗效定义，往往也没有随访。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['We have a 96% success rate.', 'Our treatment is effective for over 92% of patients.', 'Over 90% of our patients improve.', 'More than 90% of its arthritis patients experience less pain.'],
      negative: ['The clinic claimed a 96% success rate, which is false.'],
    },
  },
  {
    id: 'success-rate-zh',
    family: 'success-rate',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '有效率', '治愈率', '成功率', '好转率', '显效率', '康复率', '总有效率', '满意率',
      { re: '(?:高达|达到|达|超过|以上)\\s?\\d{1,3}(?:\\.\\d{1,2})?\\s?%' },
      { re: '\\d{1,3}(?:\\.\\d{1,2})?\\s?%\\s?(?:以上)?的?(?:患者|病人|客户)(?:都|均)?(?:有|得到|获得|明显|显著)' },
    ],
    explanation: {
      en: 'Cure and effective rates (治愈率, 有效率) are banned in Chinese medical advertising: they are unverifiable and usually invented.',
      zh: '医疗广告禁止宣传治愈率、有效率：这些数字无法核实，多为编造。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['干细胞治疗有效率高达95%。', '臨床治癒率達到90%以上。', '90%以上的患者明显好转。'],
      negative: ['广告中宣传治愈率属于违法行为。'],
    },
  },
];
