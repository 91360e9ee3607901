// Family 'cure-guarantee': cures, reversals, permanent or guaranteed outcomes, and the softer efficacy
// wording real clinics use ("proven to regenerate", "regrow cartilage", "avoid surgery"). FTC challenged
// "reverse autism symptoms" and "eliminate your pain without surgery"; Chinese ad law bans 根治/不反弹/无效退款.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'Ask for peer-reviewed results for your specific condition, and search the condition and provider on ClinicalTrials.gov or ChiCTR.',
  zh: '索取针对您所患疾病的同行评议研究结果，并在ClinicalTrials.gov或中国临床试验注册中心检索该疾病和机构。',
};

export const CURE_RULES: Rule[] = [
  {
    id: 'cure-claim-en',
    family: 'cure-guarantee',
    severity: 'high',
    languages: ['en'],
    patterns: [
      'cures', 'can cure', 'will cure', 'to cure', 'cure your', 'cure for', 'cured of', 'cured my', 'cured her', 'cured his',
      'curing', 'functional cure', 'a cure', 'permanent cure', 'permanently cure*', 'completely cure*', 'complete cure',
      'reverses', 'reverse the damage', 'reverse damage', 'reverse aging', 'reverse ageing', 'reverse the signs',
      'reverse symptoms', 'reverse autism', 'reverse your', 'reverse the disease', 'reverse the progression',
      'reversal of', 'eliminate your', 'eliminates the', 'eradicate*', 'heals', 'get rid of', 'curative', 'cured',
    ],
    explanation: {
      en: 'Apart from blood-forming stem cell transplants for blood cancers and marrow failure, no stem cell treatment has been shown to cure a disease. FTC cases challenged exactly these cure and reversal claims.',
      zh: '除造血干细胞移植治疗血液病外，没有任何干细胞疗法被证明能治愈疾病。美国FTC起诉的正是此类“治愈”“逆转”宣传。',
    },
    verify,
    source: SOURCES.ftc,
    examples: {
      positive: ['Stem cells can cure your arthritis.', 'Our protocol reverses the disease.', 'Potentially achieving a functional cure.'],
      negative: ['There is no cure for ALS, and stem cells are not one.', 'Clinics claim stem cells cure almost anything.'],
    },
  },
  {
    id: 'guaranteed-outcome-en',
    family: 'cure-guarantee',
    severity: 'high',
    languages: ['en'],
    patterns: [
      'guaranteed results', 'guarantee results', 'results guaranteed', 'guaranteed to work', 'guaranteed improvement',
      'guaranteed recovery', 'we guarantee', 'money-back guarantee', 'money back guarantee', 'permanent results',
      'permanent relief', 'lasting results', 'long-lasting results', 'lifelong results', 'results that last',
      'immediate results', 'instant results', 'dramatic results', 'dramatic improvement', 'miraculous recovery',
      'full recovery', 'fully recover', 'back to normal',
    ],
    explanation: {
      en: 'Outcomes of experimental cell procedures cannot be guaranteed; guarantees and “permanent” results are advertising, not medicine.',
      zh: '实验性细胞治疗的结果无法保证；“保证有效”“永久效果”是广告语，不是医学结论。',
    },
    verify,
    source: SOURCES.ftc,
    examples: {
      positive: ['Guaranteed results or your money back.', 'Enjoy permanent relief from knee pain.'],
      negative: ['Nobody can offer guaranteed results.'],
    },
  },
  {
    id: 'regeneration-claim-en',
    family: 'cure-guarantee',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      'proven to regenerate', 'proven to repair', 'proven to heal', 'proven to work', 'proven results', 'clinically proven',
      'scientifically proven', 'regrow*', 'regenerate*', 'regenerating', 'repair damaged', 'repairs damaged',
      'repair the damaged', 'repairs the damaged', 'repair of damaged', 'rebuild*', 'restore*', 'restoring', 'replace damaged',
      'replace dead', 'new cartilage', 'grow new', 'avoid surgery', 'avoid joint replacement', 'avoid knee replacement',
      'without surgery', 'alternative to surgery', 'surgery-free', 'back to your life', 'heal your', 'heal itself',
      'heal themselves', 'healing power', 'heals itself',
      'effective treatment', 'highly effective', 'very effective', 'remarkable results', 'amazing results',
      'life-changing', 'patients improve', 'patients improved', 'patients see improvement', 'see improvement',
      'noticeable improvement', 'improve your quality of life', 'relieve your pain',
      'restore function', 'restores function', 'restore lost', 'restoring lost', 'restore mobility', 'restore your',
      'restores your', 'regenerative properties', 'regenerative power', 'regenerative potential', 'relief lasting',
      'lasting relief', 'long-lasting relief', 'relief for years', 'notice improvement',
      'support healing', 'supports healing', 'promote healing', 'promotes healing', 'accelerate healing', 'speed healing',
      'patients report less pain', 'report less pain', 'less pain and better function', 'better function',
      'help the body repair', 'help your body repair', 'helps the body repair', 'repair tissue', 'notice an improvement', 'fix the root cause', 'turn back the clock', 'repair itself', 'repair and regenerate',
    ],
    explanation: {
      en: 'Regenerating tissue, replacing surgery or “proven” benefit are efficacy claims that no approved cell therapy supports for orthopaedic, neurological or chronic conditions (FDA 2021).',
      zh: '“再生组织”“免手术”“已证实有效”都是疗效宣称；对骨科、神经系统或慢性病，尚无获批的细胞疗法支持这些说法（FDA 2021）。',
    },
    verify,
    source: SOURCES.fda,
    examples: {
      positive: [
        'Stem cells regrow cartilage so you can avoid surgery.',
        'Proven to regenerate damaged tissue.',
        'Most of our patients improve within weeks.',
        'Our injections help your body heal itself.',
      ],
      negative: ['There is no evidence that injections regrow cartilage.'],
    },
  },
  {
    id: 'cure-claim-zh',
    family: 'cure-guarantee',
    severity: 'high',
    languages: ['zh'],
    patterns: [
      '根治', '治愈', '彻底治愈', '完全治愈', '彻底康复', '完全康复', '痊愈', '包治', '一针见效', '一次见效', '立竿见影',
      '药到病除', '不反弹', '不复发', '永不复发', '断根', '无效退款', '保证有效', '保证疗效', '疗效保证', '永久有效', '终身有效',
      '逆转', '治好', '彻底摆脱', '重获新生', '恢复如初',
    ],
    explanation: {
      en: 'Chinese advertising rules ban guarantees of efficacy and words like 根治, 不反弹, 无效退款 in medical ads; outside blood diseases no stem cell therapy is proven to cure.',
      zh: '医疗广告禁止保证疗效，禁用“根治”“不反弹”“无效退款”等词；除血液病外，没有干细胞疗法被证明能治愈疾病。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: ['干细胞治疗糖尿病，彻底治愈不反弹。', '幹細胞一針見效。', '无效退款，请放心。'],
      negative: ['所谓“一针见效”纯属骗局。', '目前干细胞不能根治帕金森。'],
    },
  },
  {
    id: 'regeneration-claim-zh',
    family: 'cure-guarantee',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      '修复受损', '修复损伤', '修复病变', '修复细胞', '修复神经', '修复组织', '修复软骨', '再生软骨', '软骨再生', '神经再生',
      '激活细胞', '激活休眠', '唤醒休眠', '唤醒毛囊', '新发生长', '重新生长', '细胞再生', '再生修复', '免手术', '不用手术', '不开刀', '替代手术', '显著改善', '明显改善',
      '效果显著', '疗效显著', '效果明显', '疗效确切', '疗效好', '恢复功能', '全面修复', '从根本上',
      '明显减轻', '显著减轻', '大大减轻', '明显好转', '显著好转', '明显提升', '焕发青春', '恢复青春',
      // Root cause and regeneration: 从根本改善, 修复受损的软骨, 让软骨再生.
      '从根本改善', '从根本上改善', '从根本解决', '从根本上解决', '根本改善', '明显轻松', '轻松许多', '轻松很多',
      { re: '(?:修复|再生)(?:受损|损伤|磨损|退化)的?(?:软骨|关节|神经|组织|细胞|器官)' },
      // Durability: 效果可以维持数年, 效果可维持三到五年, 疗效持久.
      { re: '(?:效果|疗效)(?:可以|可|能|能够|至少)?(?:维持|持续|保持)(?:数|好几|多|[一二三四五六七八九十两]|\\d)' },
      '疗效持久', '效果持久', '长期有效', '效果持续',
    ],
    explanation: {
      en: '“Repairs damaged cells” and “regenerates cartilage” are efficacy claims; only one stem cell product has (conditional) NMPA authorisation, for one indication.',
      zh: '“修复受损细胞”“软骨再生”属于疗效宣称；目前仅有一个干细胞产品获得国家药监局附条件批准，且仅限一个适应症。',
    },
    verify,
    source: SOURCES.nmpa,
    examples: {
      positive: [
        '干细胞可以修复受损细胞，激活细胞活力。',
        '膝關節軟骨再生，免手術。',
        '幹細胞能修復受損的軟骨，從根本改善關節退化。',
        '注射后效果可以维持数年。',
      ],
      negative: ['目前没有证据表明干细胞能让软骨再生。'],
    },
  },
];
