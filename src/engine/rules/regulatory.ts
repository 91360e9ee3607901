// Family 'regulatory-claims': borrowed legitimacy. FDA 2021: clinics cite "registered with FDA" or
// ClinicalTrials.gov listings to look compliant; FTC challenged false FDA approval claims. In China
// 国家认证/卫健委批准/国家级 are banned words in medical ads.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Registration is not approval. Check the FDA list of approved cellular products; only cord blood products for blood disorders are approved in the US.',
  zh: '登记不等于批准。请在国家药监局网站核实；截至2025年仅有一个干细胞产品获附条件批准。',
};

export const REGULATORY_RULES: Rule[] = [
  {
    id: 'regulatory-claim-en',
    family: 'regulatory-claims',
    severity: 'high',
    languages: ['en'],
    patterns: [
      'fda approved', 'fda-approved', 'approved by the fda', 'fda registered', 'registered with the fda',
      'fda compliant', 'fda-compliant', 'fda cleared', 'fda certified', 'fda-registered lab', 'fda registered lab',
      '361 hct/p', '361 hctp', 'hct/p exempt', 'exempt from fda', 'fda guidelines', 'follows fda', 'meets fda',
      'government approved', 'government-approved', 'licensed by the ministry', 'approved by the ministry',
      'aabb accredited', 'cgmp certified lab', 'legal in', 'fully legal', 'fully licensed',
    ],
    explanation: {
      en: 'Being registered with the FDA or following “361 HCT/P” rules is not approval. The FDA has approved no stem cell product for orthopaedic, neurological or anti-ageing use.',
      zh: '在FDA“登记”或声称符合“361 HCT/P”并不等于获批。FDA未批准任何用于骨科、神经或抗衰老的干细胞产品。',
    },
    verify,
    source: SOURCES.fda,
    examples: {
      positive: ['Our cells come from an FDA registered lab.', 'This therapy is FDA compliant.', 'Our treatment is FDA approved.'],
      negative: ['Clinics falsely claim to be FDA approved.', 'Stem cell therapy is not FDA approved.'],
    },
  },
  {
    id: 'regulatory-claim-zh',
    family: 'regulatory-claims',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '国家认证', { re: '国家级(?!科研|课题|项目|重点学科|重点实验室|基金|期刊)' }, '卫健委批准', '卫生部批准', '国家批准', '国家认可', '政府认证', '国家药监局批准', '官方认证', '权威认证',
      // 国家重点研发计划 / 国家重点实验室 are funding and research labels, not a claim about the treatment.
      { re: '国家重点(?!研发|实验室|学科|基金|项目|专项|课题|研究|科研|攻关)' }, '国家专利', '合法合规', '资质齐全', '正规备案',
      // Taiwan's 特管办法 lets approved clinics sell some autologous cell therapies: approval to perform is not
      // evidence that it works, and it does not license outcome promises.
      { re: '(?:通过|经过?|获得?|取得)[^。，；\\n]{0,10}(?:特管办法|卫福部|卫生福利部)[^。，；\\n]{0,12}(?:核准|核可|批准|许可|认证)' },
    ],
    explanation: {
      en: '“National certification” (国家认证, 国家级) is a banned phrase in Chinese medical ads; filing a research project is not approval to sell a treatment.',
      zh: '“国家级”“国家认证”是医疗广告禁用语；研究项目备案不等于获准收费治疗。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['我院干细胞技术通过国家认证。', '衛健委批准的國家級幹細胞基地。', '本院已通過衛福部特管辦法核准，可執行自體脂肪幹細胞治療。'],
      negative: ['不法机构冒用“国家认证”名义，请警惕。', '【基金项目】国家重点研发计划（2022YFA1105600）；国家自然科学基金（82170634）'],
    },
  },
];
