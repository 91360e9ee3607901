// Family 'non-medical-provider': spas, wellness centres, beauty salons and travel packages. In China
// 美容院/养生馆 may not provide cell treatment at all; medical tourism moves patients outside their own
// regulator's reach (FDA, concierge guide).
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Check the provider is a licensed hospital, not a spa or agent, and who is legally responsible if something goes wrong abroad.',
  zh: '核实机构是有资质的医院而非美容院或中介，以及在境外出现问题由谁承担法律责任。',
};

export const PROVIDER_RULES: Rule[] = [
  {
    id: 'non-medical-provider-en',
    family: 'non-medical-provider',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      'medical tourism', 'medical tourist*', 'medical travel', 'medical concierge', 'stem cell tourism package',
      'travel package', 'medical vacation', 'wellness center', 'wellness centre', 'wellness clinic', 'medspa', 'med spa',
      'medical spa', 'day spa', 'longevity clinic', 'iv lounge', 'iv bar', 'drip bar', 'chiropractic', 'chiropractor*',
      'offshore clinic', 'clinic in mexico', 'clinic in panama', 'clinics in mexico', 'in cancun', 'in tijuana',
      'treatment abroad', 'travel to china for', 'travel to mexico for',
      // Resorts and retreats selling "longevity protocols" with cell or exosome infusions on property (a villa stay, not a
      // hospital).
      'wellness retreat*', 'longevity retreat*', 'health retreat*', 'detox retreat*', 'wellness resort*', 'longevity resort*',
      'health resort*', 'spa resort*',
    ],
    explanation: {
      en: 'Spas, wellness centres and travel agents are not where cell therapy is tested; treatment abroad places you outside your own regulator’s protection.',
      zh: '美容院、养生馆和旅行中介不是检验细胞治疗的地方；出境治疗会脱离本国监管的保护。',
    },
    verify,
    source: SOURCES.fda,
    examples: {
      positive: ['Our medical tourism team handles flights.', 'Visit our wellness center for stem cell IV therapy.'],
      negative: ['Experts warn against stem cell medical tourism.'],
    },
  },
  {
    id: 'non-medical-provider-zh',
    family: 'non-medical-provider',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      '美容院', '非医疗机构', '养护中心', '养生馆', '会所', '养生会所', '美容会所', '养生中心', '健康管理中心', '抗衰中心', '生命科学馆', '医美', '境外',
      '出国治疗', '海外治疗', '赴日', '赴泰', '日本干细胞', '泰国干细胞', '乌克兰', '医疗旅游', '私人定制',
    ],
    explanation: {
      en: 'Beauty salons and wellness clubs (美容院, 养生馆, 会所) may not provide stem cell treatment (NHC 2025); overseas packages avoid Chinese oversight.',
      zh: '美容院、养生馆、会所不得开展干细胞治疗（国家卫健委2025）；境外套餐规避国内监管。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['高端养生会所干细胞回输。', '赴日幹細胞抗衰之旅。'],
      negative: ['卫健委提醒：美容院开展干细胞治疗属于违法行为。'],
    },
  },
];
