// Family 'testimonials': stories instead of data. ISSCR: claims based on testimonials; TGA counts
// testimonials as advertising; Chinese ad law bans 患者来信/感谢信.
import type { Rule } from '../types';
import { SOURCES } from './sources';

const verify = {
  en: 'A story is not evidence: ask for the published results of all treated patients, including those who did not improve.',
  zh: '个案不是证据：索取所有接受治疗患者（包括无效者）的已发表结果。',
};

export const TESTIMONIAL_RULES: Rule[] = [
  {
    id: 'testimonials-en',
    family: 'testimonials',
    severity: 'medium',
    languages: ['en'],
    patterns: [
      // Aggregate testimonials: "most of our patients tell us…", "many clients report…".
      { re: '(?<![a-z])(?:most|many|the majority|a majority|majority)\\s(?:of\\s)?(?:our\\s)?(?:patients|clients|customers|families|participants|guests)\\s(?:report|reported|tell us|told us|say|said|feel|felt|notice|noticed|experience|experienced)' },
      'testimonial*', 'patient stories', 'family stories', 'parent stories', 'patient experiences', 'what families have seen',
      'patients tell us', 'patients often tell us', 'wish they had done it sooner', 'patient story', 'success stories', 'success story', 'our patients say',
      'what our patients say', 'hear from our patients', 'real patients', 'real results', 'patient reviews',
      // Not "before and after care" or "before- and after-school" (a camp's or school's childcare hours).
      { re: '(?<![a-z])before\\s?(?:and|&|/)\\s?after(?![\\s-](?:care|school|camp|hours))' }, 'video reviews', 'miracle story', 'changed my life',
      'changed our lives', 'never felt better', 'i can walk again', 'walk again', 'see again', 'celebrit*',
      'as seen on',
      // A resort's guests as its testimonials ("What guests tell us").
      'guests tell us', 'what our guests say', 'our guests say',
    ],
    explanation: {
      en: 'Testimonials and before/after pictures replace evidence with anecdotes; regulators (TGA, FTC) treat them as advertising claims.',
      zh: '患者见证和前后对比用个案代替证据；澳大利亚TGA和美国FTC都把它们视为广告宣传。',
    },
    verify,
    source: SOURCES.tga,
    examples: {
      positive: ['Read our patient testimonials.', 'See before and after photos.', 'Hear what our patients say.', 'Most of our patients tell us they sleep better.'],
      negative: ['Clinics rely on testimonials rather than data, experts warn.', 'Before & after care: $50 a week.'],
    },
  },
  {
    id: 'testimonials-zh',
    family: 'testimonials',
    severity: 'medium',
    languages: ['zh'],
    patterns: [
      '患者见证', '见证分享', '真实见证', '顾客见证', '用户见证', '患者案例', '治疗案例', '成功案例', '康复案例', '真实案例', '案例分享', '患者来信', '感谢信', '锦旗', '治疗前后',
      '前后对比', '效果对比', '患者反馈', '客户见证', '亲身体验', '明星', '名人', '好评如潮', '口碑',
      '客户反馈', '顾客反馈', '参与者反馈', '客户表示', '顾客表示', '患者表示', '用户反馈', '客户评价',
      // Aggregate testimonials: 多数客户……精力改善、关节不适减轻.
      { re: '(?:多数|大多数|绝大多数|大部分|许多|很多|九成|八成)的?(?:客户|顾客|患者|会员|用户|参与者|家长|病人|病患|个案)(?=[^。；!?\\n]{0,24}(?:改善|减轻|好转|提升|变好|恢复|见效|缓解|轻松|不痛|进步|下降))' },
      // A doctor's or clinic's anecdote: 我有一位65岁的阿姨……打完干细胞后就可以爬山.
      { re: '我(?:有|们有|曾有)(?:一位|一个|位|个)[^。；!?\\n]{0,12}(?:患者|病人|病患|阿姨|叔叔|大妈|大爷|奶奶|爷爷|老人|客户|个案|女士|先生)' },
      { re: '(?:打完|注射完|做完|回输完|治疗完|输完)(?:干细胞|细胞|外泌体|针)?(?:之后|以后|后)[^。；!?\\n]{0,16}(?:就|已经|竟然|终于|可以|能)' },
      // A story's before-and-after: 打了三次干细胞之后，他的手基本不抖了; 第二次之后说话就清楚了很多.
      { re: '(?:(?:打了|做了|注射了|回输了|输了)[^。；!?\\n]{0,6}(?:干细胞|细胞|外泌体)|第[一二三四五六七八九十\\d]{1,2}次)(?:之后|以后|后)[^。；!?\\n]{0,16}(?:就|已经|竟然|终于|可以|能|基本|明显)' },
    ],
    explanation: {
      en: 'Chinese medical advertising may not use patient testimonials or thank-you letters (患者来信, 感谢信).',
      zh: '医疗广告不得利用患者名义作证明，不得使用“患者来信”“感谢信”。',
    },
    verify,
    source: SOURCES.chinaAdLaw,
    examples: {
      positive: [
        '查看更多干细胞治疗成功案例。',
        '患者見證：治療前後對比。',
        '多数客户在细胞调理后感觉精力改善、关节不适减轻。',
        '我有一位65歲的阿姨，打完幹細胞後半年就可以去爬山了。',
        '大部分病人注射后走路都明显轻松。',
      ],
      negative: ['广告中出现患者见证属于违法，请警惕。', '所谓“打完干细胞后就能走路”的说法纯属虚假宣传。'],
    },
  },
];
