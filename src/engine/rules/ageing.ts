// Family 'anti-ageing': rejuvenation, cosmetic and immunity promises. SAMR/NHC call anti-ageing and beauty
// stem cell ads false; Rachul 2015 found only 28 of 100 anti-ageing pages mention any risk.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'No cell product is approved for ageing, beauty or “immune boosting”; ask what exactly is injected and who regulates it.',
  zh: '没有任何细胞产品获批用于抗衰老、美容或“增强免疫”；问清楚注射的是什么、由谁监管。',
};

export const AGEING_RULES: Rule[] = [
  {
    id: 'anti-ageing-en',
    family: 'anti-ageing',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      'anti-aging', 'anti-ageing', 'rejuvenat*', 'reverse aging', 'reverse ageing', 'age reversal', 'fountain of youth',
      'look younger', 'feel younger', 'years younger', 'turn back time', 'longevity therap*', 'longevity treatment*',
      'immune boost*', 'boost your immun*', 'boost immunity', 'strengthen your immune', 'vitality', 'youthful',
      'wellness infusion*', 'biohack*', 'healthspan',
      // A longevity retreat's programme words ("Cellular Renewal Programme", "lower your biological age").
      'longevity program*', 'longevity protocol*', 'longevity package*', 'cellular renewal', 'renewal programme*',
      'renewal program*', 'biological age',
      { re: '(?<![a-z])look (?:\\d{1,2}|ten|twenty) years younger' },
    ],
    explanation: {
      en: 'Anti-ageing and rejuvenation uses of stem cells or exosomes are not approved anywhere; regulators in China call such ads false.',
      zh: '干细胞或外泌体用于抗衰老、年轻化在任何地方都未获批准；我国监管部门明确此类广告属虚假宣传。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['Stem cell IV therapy for anti-aging and vitality.', 'Look 20 years younger with exosomes.', 'Boost your immune system.'],
      negative: ['Beware of so-called anti-aging stem cell treatments.'],
    },
  },
  {
    id: 'anti-ageing-zh',
    family: 'anti-ageing',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      '抗衰老', '抗衰', '逆龄', '冻龄', '返老还童', '延缓衰老', '延年益寿', '青春永驻', '年轻化', '逆生长', '回春', '焕活',
      '提高免疫力', '增强免疫力', '提升免疫力', '增强免疫', '调节免疫', '美容养颜', '美白', '祛斑', '紧致', '抗氧化', '细胞年轻',
      '精力充沛', '精力改善', '改善精力', '恢复活力', '年轻态', '改善睡眠', '睡眠改善', '改善亚健康', '调理亚健康',
      { re: '年轻\\s?(?:\\d{1,2}|十|二十|三十)\\s?岁' },
    ],
    explanation: {
      en: 'Anti-ageing, beauty and immunity stem cell ads are classified as false advertising by Chinese regulators.',
      zh: '抗衰老、美容、增强免疫类的干细胞广告被监管部门认定为虚假广告。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['干细胞抗衰老，逆龄冻龄。', '幹細胞回輸，年輕20歲。', '增强免疫力，延缓衰老。'],
      negative: ['打着“抗衰老”旗号的干细胞美容属于违法行为。'],
    },
  },
];
