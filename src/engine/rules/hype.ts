// Family 'prestige-hype': superlatives and "breakthrough" language (Murdoch 2018: 31.7% of sites use hype);
// 国际领先/最先进/权威专家/神奇/黑科技 are banned or flagged in Chinese medical ads.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Superlatives are not evidence. Ask for the publication behind “breakthrough”, and check the doctors’ credentials and specialty.',
  zh: '最高级词汇不是证据。索取“突破”背后的论文，并核实医生资质与专业。',
};

export const HYPE_RULES: Rule[] = [
  {
    id: 'hype-en',
    family: 'prestige-hype',
    severity: 'low',
    languages: ['en'],
    patterns: [
      'world-leading', 'world leading', 'world-class', 'world class', 'cutting-edge', 'cutting edge', 'state-of-the-art',
      'breakthrough', 'groundbreaking', 'ground-breaking', 'revolutionary', 'miracle', 'miraculous', 'game changer',
      'game-changing', 'patented', 'proprietary', 'exclusive protocol', 'most advanced', 'advanced medical technology',
      'leading experts', 'pioneer*', 'unique protocol', 'next-generation', 'next generation', 'innovative treatment',
      'best stem cell', 'top-rated', '#1', 'number one', 'premier', 'elite',
      // Convenience selling points: a low-weight sign of a sales page, not an efficacy claim.
      'no downtime', 'little to no downtime', 'minimal downtime', 'no recovery time',
    ],
    explanation: {
      en: 'Hype words (“breakthrough”, “miracle”, “patented protocol”) replace evidence with prestige; nearly a third of stem cell clinic sites use them.',
      zh: '“突破”“奇迹”“专利技术”等夸张词汇用光环代替证据；近三分之一的干细胞诊所网站使用此类语言。',
    },
    verify,
    source: SOURCES.websiteStudies,
    examples: {
      positive: ['Our patented, cutting-edge protocol.', 'A revolutionary breakthrough in regenerative medicine.', 'Walk out the same day with little to no downtime.'],
      negative: ['There has been no miracle breakthrough, researchers say, despite the hype.'],
    },
  },
  {
    id: 'hype-zh',
    family: 'prestige-hype',
    severity: 'low',
    languages: ['zh'],
    patterns: [
      '国际领先', '世界领先', '国内领先', '全球领先', '最先进', '国际先进', '顶尖', '顶级', '权威专家', '知名专家', '神奇', '奇迹',
      '黑科技', '革命性', '突破性', '独家', '专利技术', '首创', '第一品牌', '领军', '高端', '尖端科技', '前沿科技', '神药', '神效',
    ],
    explanation: {
      en: 'Superlatives such as 国际领先 and 最先进 are banned words in Chinese medical advertising.',
      zh: '“国际领先”“最先进”等属于医疗广告禁用语。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['国际领先的干细胞黑科技。', '權威專家團隊，最先進技術。'],
      negative: ['所谓“黑科技”其实是虚假宣传。'],
    },
  },
];
