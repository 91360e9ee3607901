// Family 'unproven-product': a cell or exosome product offered as a treatment. The FDA 2021 consumer page
// lists these products (stem cells, SVF, cord blood, amniotic fluid, Wharton's jelly, exosomes); only
// cord blood products for blood disorders are approved in the US. Low weight on its own: it marks an offer,
// which makes commerce and claims on the same page count.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Ask for the product’s regulatory status (FDA/NMPA approval or IND number), its cell source and how it is processed.',
  zh: '问清该产品的监管状态（药监局批准或临床试验批件）、细胞来源及制备方式。',
};

export const OFFER_RULES: Rule[] = [
  {
    id: 'cell-product-offer-en',
    family: 'unproven-product',
    severity: 'low',
    languages: ['en'],
    patterns: [
      'stem cell iv', 'iv stem cell*', 'stem cell infusion*', 'stem cell injection*', 'stem cell shot*', 'exosome therap*',
      'exosome infusion*', 'exosome injection*', 'exosome iv', "wharton's jelly", 'umbilical cord mscs', 'umbilical cord msc',
      'umbilical cord stem cell*', 'cord tissue', 'amniotic fluid injection*', 'amniotic injection*', 'svf therapy',
      'stromal vascular fraction', 'prp and stem cell*', 'prp with stem cell*', 'bmac injection*',
      'stem cell facelift', 'stem cell facial', 'stem cell treatment for', 'stem cell therapy for', 'stem cell treatments for',
      'stem cell therapies for', 'regenerative injection*', 'cell-based treatment', 'regenerative therapy for',
      'orthobiologic*', 'regenerative cells', 'bone marrow concentrate injection*', 'fat-derived cell*', 'cell injection*',
    ],
    explanation: {
      en: 'These cell and tissue products are marketed directly to consumers although almost none is approved; the FDA names them in its consumer warning.',
      zh: '这些细胞与组织产品被直接向消费者推销，但几乎没有获批；FDA在消费者警示中点名了它们。',
    },
    verify,
    source: SOURCES.fda,
    examples: {
      positive: ['Stem cell IV therapy in Miami.', "Wharton's jelly injections for knees.", 'Exosome therapy for hair.'],
      negative: ['The FDA warns consumers that unapproved exosome therapy is unproven.'],
    },
  },
  {
    id: 'cell-product-offer-zh',
    family: 'unproven-product',
    severity: 'low',
    languages: ['zh'],
    patterns: [
      '干细胞回输', '细胞回输', '干细胞注射', '干细胞输注', '外泌体注射', '外泌体疗法', '外泌体回输', '细胞疗法', '干细胞疗法',
      '脐带间充质干细胞', '脐带干细胞', '胎盘干细胞', '干细胞美容', '干细胞抗衰', '干细胞移植治疗', 'nk细胞', '免疫细胞回输',
      '细胞储存', '干细胞存储', '细胞调理', '外泌体疗程', '外泌体生发', '外泌体导入', '细胞抗衰', '细胞养生', '细胞疗程', '干细胞疗程', '干细胞调理',
    ],
    explanation: {
      en: 'Stem cell “infusions” (回输) and exosome injections sold outside filed research are illegal in China; only one product has conditional approval.',
      zh: '在备案研究之外销售的干细胞“回输”、外泌体注射在我国属违法行为；仅一个产品获附条件批准。',
    },
    verify,
    source: SOURCES.nmpa,
    examples: {
      positive: ['干细胞回输，一个疗程三次。', '幹細胞回輸，臍帶間充質幹細胞。'],
      negative: ['警惕非法干细胞回输。'],
    },
  },
];
