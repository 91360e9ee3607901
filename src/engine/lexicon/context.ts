// Context vocabularies that turn a matched phrase into a mention (red-flags.md §3), or soften it.
import type { Pattern } from '../types';

/** Someone else's claim is being reported: claims, so-called, touted; 宣称, 号称, 所谓. */
export const ATTRIBUTION_FRAMES: readonly Pattern[] = [
  'claim', 'claims', 'claimed', 'claiming', 'so-called', 'so called', 'purport*', 'touted', 'touting', 'tout',
  'marketed as', 'advertised as', 'advertise*', 'alleged*', 'promis*', 'boast*', 'assert*', 'supposed*',
  'says', 'say', 'said', 'stated', 'stating', 'represented', 'represents', 'representing', 'promoted as', 'pitched as', 'billed as', 'sold as', 'say they can', 'says it can', 'said it would', 'told', 'told me', 'told us', 'told her', 'told him',
  'told them', 'told patients', 'phrases like', 'phrases such as', 'words like', 'language like', 'slogans',
  'statements like', 'statements such as', 'hype', 'playbook', 'tactic*', 'sales pitch', 'pitch', 'marketing', 'framing', 'framed as', 'guise', 'in the name of',
  // Seeking, not offering: "looking for a cure", "desperate for a cure".
  'looking for', 'searching for', 'search for', 'in search of', 'desperate for', 'hoping for', 'seeking', 'quest for',
  '宣称', '声称', '号称', '所谓', '发布', '对外称', '向其介绍', '向记者介绍', '鼓吹', '吹嘘', '标榜', '打着', '旗号', '谎称', '自称', '宣扬', '宣传', '鼓动',
  '冒称', '冒充', '冒用', '假冒', '伪称', '不法', '诸如', '字眼', '用语', '广告语', '口号', '名义', '幌子', '借口',
];

/** The writer warns about the phrase: beware, red flag, scam, unproven; 警惕, 骗局, 虚假. */
export const WARNING_FRAMES: readonly Pattern[] = [
  'beware', 'be wary', 'wary of', 'be careful', 'be cautious', 'caution*', 'red flag*', 'warning sign*', 'warning',
  'warn', 'warns', 'warned', 'scam*', 'fraud*', 'too good to be true', 'unproven', 'unapproved',
  'not approved', 'not been approved', 'no approved', 'illegal*', 'false', 'falsely', 'misleading', 'mislead*',
  'deceptive', 'deceiv*', 'deceit*', 'bogus', 'dubious', 'questionable', 'predatory', 'exploit*', 'snake oil',
  'quack*', 'unscrupulous', 'rogue', 'avoid clinics', 'be skeptical', 'skeptical of', 'sceptical',
  'no evidence', 'without evidence', 'lack of evidence', 'little evidence', 'insufficient evidence',
  'not validated', "hasn't validated", 'has not validated', 'not proven', 'never been proven', 'unsubstantiated',
  'unsupported', 'unregulated', 'unlicensed', 'no such thing', 'watch out', 'watch for', 'look out for',
  'steer clear', 'myth', 'myths', 'debunk*', 'crackdown', 'cracked down',
  // A research institute or guide describing other people's selling ("Clinics that sell stem cell injections
  // for Parkinson's… are not offering the treatments developed here").
  'clinics that sell', 'clinics selling', 'clinics that offer', 'clinics offering', 'clinics that market',
  'clinics that advertise', 'clinics which sell', 'businesses that sell', 'providers that sell', 'not offering',
  'do not recommend', 'if you are considering', 'if you are thinking about',
  // Someone else's fee described in order to warn ("A clinic that asks for $15,000 for 'clinical research' is
  // selling a treatment with a research label"; "If you are being charged thousands to join a study…").
  'a clinic that asks', 'a clinic that charges', 'any clinic that', 'clinics that charge', 'clinics charging',
  'if a clinic', 'if you are being charged', 'if you are asked to pay', 'research label',
  '警惕', '谨防', '当心', '提醒', '骗局', '骗', '虚假', '违法', '违规', '非法', '未经批准', '未获批准', '不要轻信',
  '切勿', '辟谣', '谣言', '夸大', '误导', '噱头', '忽悠', '涉嫌', '不实', '查处', '打击', '整治', '陷阱', '智商税',
  '套路', '误区', '迷思', '违反', '没有证据', '无证据', '缺乏', '依法', '严肃处理', '严厉打击', '处理', '取缔', '责令', '没有科学依据', '缺乏证据', '缺乏科学', '尚未证实', '未经证实', '不可信', '警示', '揭秘', '曝光', '黑幕',
];

/** Negations close before the phrase ("no treatment is 100% safe", 不是"零风险"). */
export const NEGATIONS_EN: readonly string[] = [
  'no', 'not', 'never', "isn't", 'isnt', "aren't", "don't", "doesn't", "didn't", "won't", "can't", 'cannot',
  'without', 'nor', 'neither', "hasn't", "haven't", 'nothing', 'none', 'nobody', 'rarely', 'hardly', 'unlikely',
];
export const NEGATIONS_ZH: readonly string[] = [
  '不是', '并非', '并不', '没有', '不能', '不可能', '不会', '不可', '无法', '绝非', '未必', '不一定', '不存在', '哪有', '谈不上', '不得', '严禁', '禁止', '不应', '不允许', '不向', '不收', '免收',
];

/** Hedges soften efficacy wording; a hedged claim still counts, for less. */
export const HEDGES: readonly Pattern[] = [
  'may', 'might', 'could', 'potential*', 'possibl*', 'hope*', 'aim*', 'promising', 'early', 'preliminary',
  'investigat*', 'in theory', 'one day', 'someday', 'in the future', 'researchers', 'studies suggest',
  'long-term hope', 'our hope', 'step toward*', 'steps toward*', 'hope to', 'hoped',
  '可能', '有望', '或许', '也许', '潜力', '潜在', '探索', '尝试', '初步', '未来', '研究',
];

/**
 * A seller's own boilerplate disclaimer. It neither cancels claims (FTC) nor counts as the critical voice of a
 * warning article, so its words are removed from the warning-frame count.
 */
export const DISCLAIMERS: readonly Pattern[] = [
  'results may vary', 'individual results may vary', 'individual results vary', 'results vary',
  'not fda approved', 'not approved by the fda', 'have not been evaluated by the fda',
  'has not been evaluated by the fda', 'not been evaluated by the food and drug administration',
  'not intended to diagnose', 'for informational purposes only', 'not a substitute for', 'no guarantee',
  'no guarantees', 'cannot guarantee', 'not guaranteed', 'not considered a cure', 'not a cure',
  '效果因人而异', '个体差异', '因人而异', '仅供参考', '不替代临床治疗', '不能替代疾病治疗', '不能替代药物', '不替代药物', '不作为治疗依据',
];

/**
 * The writer states the rule on research fees (Order 818: no fees may be charged to research subjects; FDA:
 * legitimate trials do not charge): "临床研究不得向受试者收费", "research must not charge participants". A
 * warning, not an offer: trial wording and prices in such a sentence are not the page's own.
 */
export const FEE_RULE_STATEMENTS: readonly Pattern[] = [
  { re: '(?:不得|不应|不应该|不能|不会|不可|禁止|严禁|不允许|从不|不)(?:向|对)?(?:受试者|患者|参与者|病人|志愿者)(?:收取|收费|收钱|要钱)' },
  { re: '(?:研究|试验)[^。；！？\\n]{0,10}(?:不得|不应|不能|不会|禁止|严禁|不允许|从不)(?:收取|收费|收钱)' },
  '不收受试者', '受试者免费', '研究不收费', '试验不收费', '不但不收钱', '不收钱',
  { re: "(?:not|never|n't)\\s(?:be\\s)?charge[ds]?\\s(?:trial\\s|study\\s|research\\s)?(?:participants|patients|subjects|volunteers|you|anyone)" },
  { re: "(?:are|is|were|be)\\s(?:never|not)\\s(?:be\\s)?charged" },
  'nobody pays', 'no one pays', 'free for participants', 'free to participants', 'free for patients',
  'at no cost to participants', 'never have to pay', 'should never pay', 'should not have to pay',
  'trials are free', 'studies are free', 'trial is free', 'study is free', "don't pay to", 'do not pay to',
  'never pay to', "shouldn't pay", "shouldn't have to pay", 'not pay to participate',
  { re: '(?:研究|试验)(?:都|是|应该是|一般是|通常是|本来就是)免费的' },
  '不用交钱', '不需要交钱', '不用患者出钱', '不需要患者付费',
];

/**
 * A heading that names what follows as a myth (误区一：…, 谣言：…, 传言：…): the whole sentence is warned about.
 * English "Myth: …" is covered by the warning frame "myth" and its word scope.
 */
export const MYTH_HEADINGS_ZH: readonly string[] = ['误区', '迷思', '谣言', '传言', '流言', '错误观点', '错误认识'];

/**
 * Chinese frames that label a whole sentence's offer as someone else's pretext (一个疗程收15万的“临床研究”，是打着
 * 研究旗号的收费治疗). Narrower than ATTRIBUTION_FRAMES: an ad's own 谨防假冒 is not among them.
 */
export const PRETEXT_FRAMES_ZH: readonly string[] = [
  '打着', '旗号', '所谓', '名义', '幌子', '借口', '号称', '宣称', '声称', '谎称', '鼓吹', '标榜', '吹嘘',
];
