// Family 'minimal-intake-urgency': no records, treatment within days, limited spots, free seminars.
// The patient guide: low cost with minimal intake (no record review); FTC: free seminars.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'A legitimate programme reviews your records and may turn you down. Ask who reviews your case and whether your own specialist will see the protocol.',
  zh: '正规项目会审查病历，并可能拒绝您。问清由谁评估病情，您的主治医生能否审阅方案。',
};

export const INTAKE_RULES: Rule[] = [
  {
    id: 'minimal-intake-en',
    family: 'minimal-intake-urgency',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      'no medical records', 'no records needed', 'no referral needed', 'no referral required', 'no prescription needed',
      'same-day treatment', 'same day treatment', 'treatment within days', 'treated within', 'walk-in',
      'limited spots', 'limited spaces', 'limited availability', 'only a few spots', 'spots are filling', 'act fast',
      // The same urgency as a closing line (Spots are limited. Space is limited.).
      'spots are limited', 'space is limited', 'places are limited', 'seats are limited',
      'free seminar', 'free lunch', 'free dinner seminar', 'educational seminar', 'free webinar', 'reserve your seat',
      'everyone is a candidate', 'anyone can', 'no age limit', 'one-hour procedure', 'in-office procedure',
      'no waiting list',
      // "Prior medical records are welcome but not necessary".
      { re: '(?<![a-z])records (?:are |is )?(?:[a-z]+ but )?not (?:necessary|needed|required)(?![a-z])' },
    ],
    explanation: {
      en: 'Minimal intake and urgency (free seminars, limited spots, same-day treatment) are sales techniques; the FTC cases used free seminars to sell injections.',
      zh: '门槛极低、制造紧迫感（免费讲座、名额有限、当天治疗）是销售手段。',
    },
    verify,
    source: SOURCES.patientGuide,
    examples: {
      positive: ['Join our free seminar on stem cells.', 'No medical records needed.', 'Limited spots this month.'],
      negative: ['Be wary of clinics that say no medical records needed.'],
    },
  },
  {
    id: 'minimal-intake-zh',
    family: 'minimal-intake-urgency',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      { re: '免费[^\\s,。;!?]{1,4}(?:检测|体验|评估)' }, '免费讲座', '健康讲座', '免费体验', '免费试用', '免费检测', '免费体检', '名额有限', '限量', '限时', '先到先得', '最后几天',
      // 仅限 as urgency (仅限今天, 仅限前20名, 仅限本月), not a limitation of scope (核准项目仅限于上述适应症).
      { re: '仅限(?:今天|今日|当天|当日|本周末?|本月|本期|首批|这几天|前?\\d{1,3}\\s?[名位人个]|前[一二三四五六七八九十百]+[名位个]|\\d{1,2}月|[一二三四五六七八九十]+天)' },
      '当天回输', '当天治疗', '随到随治', '无需病历', '无需检查', '无需住院', '不用住院', '不住院', '免住院', '即可回输', '赠送',
    ],
    explanation: {
      en: 'Free talks, free trials and “limited places” (免费讲座, 免费体验, 名额有限) are the recruitment methods regulators warn about.',
      zh: '免费讲座、免费体验、名额有限是监管部门提醒警惕的揽客手段。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['干细胞免费讲座，名额有限。', '幹細胞免費體驗，當天回輸。', '干细胞回输体验价仅限前20名。'],
      negative: ['谨防打着免费讲座旗号推销干细胞的骗局。', '核准項目僅限於上述適應症。'],
    },
  },
];
