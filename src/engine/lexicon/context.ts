// Context vocabularies that turn a matched phrase into a mention (red-flags.md §3), or soften it.
import type { Pattern } from '../types';

/** Someone else's claim is being reported: claims, so-called, touted; 宣称, 号称, 所谓. */
export const ATTRIBUTION_FRAMES: readonly Pattern[] = [
  'claim', 'claims', 'claimed', 'claiming', 'so-called', 'so called', 'purport*', 'touted', 'touting', 'tout',
  'marketed as', 'advertised as', 'advertise*', 'alleged*', 'promis*', 'boast*', 'assert*', 'supposed*',
  'says', 'say', 'said', 'stated', 'stating', 'represented', 'represents', 'representing', 'promoted as', 'pitched as', 'billed as', 'sold as', 'say they can', 'says it can', 'said it would', 'told', 'told me', 'told us', 'told her', 'told him',
  'told them', 'told patients', 'phrases like', 'phrases such as', 'words like', 'language like', 'slogans',
  'statements like', 'statements such as',
  // A regulator's or guide's examples of what ads say (for example, statements that there are "no side effects").
  'statements that', 'wording such as', 'wording like', 'terms like', 'terms such as', 'expressions like',
  'hype', 'playbook', 'tactic*', 'sales pitch', 'pitch', 'marketing', 'framing', 'framed as', 'guise', 'in the name of',
  // Seeking, not offering: "looking for a cure", "desperate for a cure".
  'looking for', 'searching for', 'search for', 'in search of', 'desperate for', 'hoping for', 'seeking', 'quest for',
  '宣称', '声称', '号称', '所谓', '发布', '对外称', '向其介绍', '向记者介绍', '鼓吹', '吹嘘', '标榜', '打着', '旗号', '谎称', '自称', '宣扬', '宣传', '鼓动',
  '冒称', '冒充', '冒用', '假冒', '伪称', '不法', '诸如', '字眼', '用语', '广告语', '口号', '名义', '幌子', '借口',
];

/** The writer warns about the phrase: beware, red flag, scam, unproven; 警惕, 骗局, 虚假. */
export const WARNING_FRAMES: readonly Pattern[] = [
  // E4: a reply calling it a sales line (A "90% success rate" with no published study is a sales line).
  'sales line', 'sales lines',
  'beware', 'be wary', 'wary of', 'be careful', 'be cautious', 'caution*', 'red flag*', 'warning sign*', 'warning',
  'warn', 'warns', 'warned', 'scam*', 'fraud*', 'too good to be true', 'unproven', 'unapproved',
  'not approved', 'not been approved', 'no approved', 'illegal*', 'false', 'falsely', 'misleading', 'mislead*',
  'deceptive', 'deceiv*', 'deceit*', 'bogus', 'dubious', 'questionable', 'predatory', 'exploit*', 'snake oil',
  'quack*', 'unscrupulous', 'rogue', 'avoid clinics', 'be skeptical', 'skeptical of', 'sceptical',
  'no evidence', 'without evidence', 'lack of evidence', 'little evidence', 'insufficient evidence',
  'not validated', "hasn't validated", 'has not validated', 'not proven', 'never been proven', 'unsubstantiated',
  // A guide's verdict on other providers' products ("…umbilical cord cells — have not been shown to slow or reverse MS").
  'not been shown to', 'not been proven',
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
  // A reporter's sample of other people's clinics ("contacted 19 clinics in Tijuana and Cancun that advertise…").
  'that advertise', 'which advertise', 'that advertised', 'contacted clinics',
  '警惕', '谨防', '当心', '提醒', '骗局', '骗', '虚假', '违法', '违规', '非法', '未经批准', '未获批准', '不要轻信',
  '切勿', '辟谣', '谣言', '夸大', '误导', '噱头', '忽悠', '涉嫌', '不实', '查处', '打击', '整治', '陷阱', '智商税',
  '套路', '误区', '迷思', '违反', '没有证据', '无证据', '没有可靠证据', '没有充分证据', '没有科学证据', '缺乏可靠证据', '缺乏', '依法', '严肃处理', '严厉打击', '处理', '取缔', '责令', '没有科学依据', '缺乏证据', '缺乏科学', '尚未证实', '未经证实', '不可信', '警示', '揭秘', '曝光', '黑幕',
  // Words the advertising law bans (“好转率90%”“零风险”这几个词，恰好是广告法明令禁止的表述).
  '明令禁止', '违禁词', '违禁用语', '禁用词', '禁用语',
  // A review warning others off a provider (避雷, 踩坑, 劝退): its "评论区扣1我私你" names the place to avoid.
  '避雷', '踩坑', '踩雷', '劝退', '别去', '不要去',
];

/** Negations close before the phrase ("no treatment is 100% safe", 不是"零风险"). */
export const NEGATIONS_EN: readonly string[] = [
  'no', 'not', 'never', "isn't", 'isnt', "aren't", "don't", "doesn't", "didn't", "won't", "can't", 'cannot',
  'without', 'nor', 'neither', "hasn't", "haven't", 'nothing', 'none', 'nobody', 'rarely', 'hardly', 'unlikely',
];
export const NEGATIONS_ZH: readonly string[] = [
  '不是', '并非', '并不', '没有', '不能', '不可能', '不会', '不可', '无法', '绝非', '未必', '不一定', '不存在', '哪有', '谈不上', '不得', '严禁', '禁止', '不应', '不允许', '不向', '不收', '免收',
  // "There is as yet no drug that can repair cartilage" (尚无能够修复软骨的药物) states what is missing.
  '尚无', '暂无', '还没有', '目前没有',
  // 协会不推荐任何机构，也不代理任何治疗项目: refusing to act as an agent.
  '也不', '从不', '绝不',
  // A hospital stating what it does not do (本中心不开展以“抗衰老”为目的的干细胞回输) refuses the service.
  '不开展', '不提供', '不从事',
  // A provider refusing a sales method (本院不以任何优惠、赠品或套组方式招揽).
  '不以任何',
  // A hedge that denies the equation (核准不等于保证有效, 获批不代表一定有效, 不意味着能治愈): what follows is not promised.
  '不等于', '不代表', '不意味着', '不保证', '无法保证',
  // A hospital stating what it has not offered (本院未提供以抗老化、美容…为目的之细胞治疗).
  '未提供', '并未提供',
];

/**
 * The cost of established haematological care (自体移植总费用一般在10万–20万元; 上市CAR-T产品…纳入惠民保或商业保险报销范围):
 * a price in such a sentence, not in the provider's own selling voice, is what standard care costs, not an offer.
 */
export const ESTABLISHED_COSTS: readonly Pattern[] = [
  '自体移植', '异基因移植', '异体移植', '移植费用', '移植总费用', '上市car-t', 'car-t产品', '惠民保', '医保报销', '纳入医保',
  '商业保险报销', '医保目录', '医保规定', '医保政策', '医保办', '移植协调员',
  'transplant cost*', 'cost of transplant*', 'covered by medicare', 'covered by insurance',
];
/**
 * The subset no cell-product seller uses: transplant types and public insurance. With these, a hospital's own
 * figures (本中心…自体移植总费用) are the cost of standard care ("移植费用" alone is not here: 干细胞移植费用 is sold).
 */
export const STANDARD_CARE_COSTS: readonly Pattern[] = [
  '自体移植', '异基因移植', '异体移植', '上市car-t', 'car-t产品', '惠民保', '医保报销', '纳入医保', '医保目录', '医保规定',
  '医保政策', '医保办', '移植协调员', 'covered by medicare',
];
/** Words of a cell offer that established-care costs never carry (回输, 抗衰, 套餐, 优惠…). */
export const UNPROVEN_OFFER_WORDS: readonly Pattern[] = [
  '回输', '抗衰', '调理', '年卡', '次卡', '套餐', '优惠', '特惠', '体验价', 'infusion*', 'anti-aging', 'anti-ageing', 'package*', 'discount*',
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
  // A fee waiver for subjects (受试者无须承担试验用药费用): the study pays, nobody is charged.
  // …and the plain 不 (（受试者不承担研究费用）, 参与者不负担任何费用).
  { re: '(?:受试者|参与者|志愿者|患者)[^。；！？\\n]{0,4}(?:无须|无需|不需|不需要|不用|不必|不)(?:承担|支付|缴纳|负担)' },
];

/**
 * A study's costs borne by its sponsor or funder, not the subject (依试验计画由试验委托者负担, 由申办者承担, 研究用药免费提供;
 * "the sponsor covers all study costs", "at no cost to participants"): the opposite of paying to participate. Used by
 * context.ts (fee waived) and scan.ts (costsBorne) as one regex; the prefilter takes the alternatives one by one
 * (each English one, not inside a word, is then walked from word starts only).
 */
export const SPONSOR_BORNE_PARTS: readonly string[] = [
  '由(?:本?研究项目|本?研究方|申办方|申办者|(?:试验)?委托者|(?:试验)?委托方|赞助者|赞助方|赞助商|项目组|课题组|研究经费|药厂|厂商)(?:全额|全部)?(?:承担|支付|负担|提供)',
  '(?:研究|试验)(?:用药|药物|药品)[^。；！？\\n]{0,12}免费提供',
  '(?<![a-z])(?:covered|paid for|paid|borne) by the (?:study |trial )?(?:sponsor|study|trial|funder)',
  '(?<![a-z])(?:the )?sponsor (?:covers|pays|will cover|will pay)',
  '(?<![a-z])at no cost to (?:you|participants|patients|subjects)',
];
export const SPONSOR_BORNE_SRC = SPONSOR_BORNE_PARTS.join('|');
/**
 * A charge in the same sentence as a waiver or a fee rule (受试者无须承担检查费用，仅需缴纳细胞制备费68000元): the waiver
 * covers only part, the amount is still charged, so the sentence is not a fee rule.
 */
export const PARTIAL_CHARGE_ZH =
  '(?:(?<![无不毋免])需(?:要)?(?:缴纳|交纳|缴|交|支付|自付|承担|付)|仅需|只需|仅收|只收|另收|另需|自费|但收取|但需)[^。；！？\\n]{0,24}\\d|' +
  // …and a fee stated with its amount (研究用药由申办方提供，细胞制备费用每例38000元).
  '(?:费|费用|收费)(?:为|是|:)?\\s?(?:每例|每人|每次|每疗程|共|约|仅)?\\s?\\d';

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

/**
 * A plant or nature sense of regeneration (a camp or garden page: "grow new plants from cuttings to see how stems
 * and roots regenerate", "a flytrap can grow new leaves"): an efficacy word in such a sentence is about plants,
 * unless the sentence also names the human or animal body or a treatment (BODY_OR_TREATMENT).
 */
export const PLANT_SENSE: readonly Pattern[] = [
  'plant', 'plants', 'leaf', 'leaves', 'roots', 'stems', 'cuttings', 'seed', 'seeds', 'seedling*',
  'sprout*', 'garden*', 'greenhouse', 'flytrap', 'houseplant*', 'succulent*', 'botany', 'botanical', 'tree', 'trees',
  'flower*', 'moss', 'fern*',
  '植物', '叶子', '叶片', '根系', '扦插', '插枝', '种子', '幼苗', '发芽', '花园', '温室', '盆栽', '枝条',
];

/** The human or animal body, or a treatment: regeneration wording next to these is a health claim. */
export const BODY_OR_TREATMENT: readonly Pattern[] = [
  'body', 'your', 'patient*', 'cartilage', 'tissue*', 'joint*', 'knee*', 'hip*', 'spine', 'disc*', 'nerve*', 'neuron*',
  'organ*', 'muscle*', 'bone*', 'tendon*', 'ligament*', 'skin', 'hair', 'heart', 'brain', 'lung*', 'liver', 'kidney*',
  'pain', 'injur*', 'damage*', 'treatment*', 'therap*', 'injection*', 'infusion*', 'stem cell*', 'exosome*',
  'dog*', 'cat', 'cats', 'horse*', 'pet', 'pets',
  '身体', '人体', '软骨', '组织', '关节', '神经', '器官', '肌肉', '骨', '皮肤', '毛囊', '心脏', '大脑', '肝', '肾', '患者',
  '治疗', '注射', '回输', '干细胞', '您',
];

/**
 * What a price may be for when it is not a treatment: a camp, course or ticket, a subscription, lodging, and the
 * storage service of a cord blood bank (collection, processing, annual storage). Such a price, in a sentence with
 * no treatment word (OFFER_ITEMS), is not a cell offer: banking is a service, not an unproven therapy.
 */
export const NON_TREATMENT_ITEMS: readonly Pattern[] = [
  'camp', 'camps', 'camper*', 'tuition', 'course fee*', 'class fee*', 'registration fee*', 'early bird', 'sibling*',
  'full-day', 'half-day', 'extended care', 'subscribe*', 'subscription*', 'subscriber*', 'newsletter', 'ticket*',
  'admission', 'parking', 'lodging', 'hope lodge', 'shipping', 'courier', 'storage', 'stored', 'store your',
  'banking', 'bank your', 'collection', 'processing', 'book fee', 'textbook*', 'conference fee', 'exhibitor*',
  '夏令营', '冬令营', '营期', '全天营', '半天营', '营费', '兄弟姐妹', '同报', '课时', '托管', '学费', '课程费', '报名费', '门票',
  '停车', '订阅', '住宿费', '储存费', '存储费', '保存费', '冻存费', '采集费',
  '制备费', '检测费', '快递', '运输费',
  // Money paid TO trial participants (每次完成随访可获得交通补助200元), not a price they pay.
  '交通补助', '交通补贴', '随访补助', '受试者补助', '营养补助', '营养费', '误工费', '受试者补偿', '随访补偿',
  // A listed company's share price with its day's change (HK$12.84 +3.5%): a quote, not a price for cells.
  { re: '\\d(?:\\.\\d{1,3})?\\s?[+\\-−–]\\s?\\d{1,2}(?:\\.\\d{1,2})?\\s?%' },
];

/**
 * A manufacturing or lab success rate (产品生产成功率达97%, 细胞制备成功率, 培养成功率): a rate of making cells, not of
 * treating anyone; not an efficacy claim.
 */
export const PRODUCTION_RATES_ZH: readonly string[] = [
  '生产成功率', '制备成功率', '培养成功率', '扩增成功率', '分离成功率', '复苏成功率', '采集成功率', '工艺成功率', '生产合格率',
  '放行合格率', '制备合格率',
];

/**
 * Treatment and cell-product words: a price or a cell product in a sentence with one of these is for a
 * treatment (an infusion programme, 回输年卡), not for storage or a camp week.
 */
export const OFFER_ITEMS: readonly Pattern[] = [
  'treat', 'treats', 'treatment*', 'therap*', 'injection*', 'infusion*', 'infuse*', 'iv', 'session*', 'protocol*',
  'booster*', 'procedure*', 'per knee', 'per joint', 'program for', 'programs for', 'reinfusion*', 'anti-aging', 'anti-ageing',
  // Products that are themselves procedures: "Fat collection and SVF processing: $6,500" is a treatment price.
  'svf', 'stromal vascular', 'bmac', 'prp', 'exosome*', 'mscs', 'facelift', 'facial*',
  // Not "package" or 套餐 alone: a bank sells storage packages; a treatment package names its treatment.
  '治疗', '疗程', '回输', '注射', '输注', '抗衰', '疗法', '调理', '年卡', '次卡',
];

/**
 * Storage or banking of cells (a cord blood bank's service): a cell product named in such a sentence, with no
 * treatment word (OFFER_ITEMS), is stored, not sold as a therapy.
 */
export const STORAGE_SERVICE: readonly Pattern[] = [
  'bank', 'banks', 'banking', 'banked', 'store', 'stores', 'stored', 'storage', 'storing', 'collect', 'collects',
  'collected', 'collection', 'processing', 'processes', 'cryopreserv*',
  '储存', '存储', '冻存', '保存', '采集', '制备', '细胞库', '脐血库', '脐带血库',
];

/**
 * Registration and accreditation statements (registered with the FDA as a cord blood establishment, AABB-accredited,
 * follows current Good Tissue Practice). Citing them as if they were approval of a treatment is the red flag; on a
 * page that offers no treatment and claims no effect they describe a lab or a storage service.
 */
export const REGISTRATION_STATEMENTS: readonly Pattern[] = [
  'fda registered', 'fda-registered', 'registered with the fda', 'fda-registered lab', 'fda registered lab',
  'aabb accredited', 'aabb-accredited', 'cgmp certified lab', 'fda guidelines', 'follows fda', 'meets fda',
  'fda compliant', 'fda-compliant', 'fully licensed', 'licensed by the ministry',
  // Approval wording in such a sentence is about the lab or about established uses ("cord blood is FDA-approved
  // for transplants in blood disorders"); next to a treatment or the cells it stays a claim (scan.ts).
  'fda approved', 'fda-approved', 'approved by the fda', 'fda cleared', 'fda certified',
  'legal in', 'fully legal', 'government approved', 'government-approved', 'approved by the ministry',
  '国家认证', '官方认证', '权威认证', '资质齐全', '正规备案', '合法合规',
];

/**
 * A counterfactual or hypothetical condition ("if stem cells really could cure Parkinson's, …"; 如果干细胞真能
 * 把帕金森治好，…): what follows is supposed, not claimed. An ordinary conditional in a pitch ("If you suffer from
 * knee pain, our stem cells can…", 如果您有膝关节疼痛，我们的干细胞能…) has no "really" and stays a claim.
 */
export const COUNTERFACTUALS: readonly Pattern[] = [
  { re: '(?:如果|要是|假如|假设|倘若|若是|若|万一)[^。！？!?\\n]{0,24}(?:真能|真的能|真可以|真的可以|真有|真的有|真会|真的会|真那么|真这么|真管用|真有用|真有效|真的有效)' },
  { re: "(?<![a-z])(?:if|even if)\\s(?:[a-z'’-]+\\s){0,5}(?:really|truly|actually)\\s(?:could|can|did|does|do|worked|works|were|was|had|cured|cures)(?![a-z])" },
  { re: "(?<![a-z])if\\s(?:it|this|that|they|these|stem cells|the cells|the treatment)\\swere\\s(?:that|so|really|truly)" },
];

/**
 * Critical comparisons that frame a whole Chinese sentence (健康讲座+送礼品+当天定金优惠，这套路跟卖保健品一模一样):
 * not only their own clause. Only in a sentence without the provider's own voice (拒绝套路，我院明码标价 stays an ad).
 */
export const CRITICAL_SENTENCE_ZH: readonly string[] = [
  '套路', '一模一样', '忽悠', '骗', '智商税', '割韭菜', '坑人', '收割', '洗脑',
];

/**
 * Narrated events in a post (还给我们看了好多锦旗和“康复案例”视频; 我2024年在杭州打过，两次15万): what someone
 * showed or did in the past is a story, not the page's testimonial or price.
 */
export const NARRATED_EVENTS_ZH: readonly string[] = [
  '给我们看了', '给我看了', '给我们看', '给我看', '给我们放了', '给我放了', '拿出了', '拿出', '给我们展示', '给我展示',
  '打过', '做过', '输过', '看了好多', '放了好多',
];

/**
 * Steps of a blood and marrow transplant (conditioning chemotherapy, donor search, engraftment, GVHD): a page that
 * lists them describes the transplant, so its "stem cell infusion" is a transplant step, not a cell product sold.
 */
export const TRANSPLANT_STEPS: readonly Pattern[] = [
  'conditioning', 'donor search', 'engraftment', 'blood counts', 'mobilization', 'stem cell harvest',
  'graft-versus-host', 'graft versus host', 'gvhd', 'transplant coordinator', 'transplant physician*',
  'transplant team', 'hla typing', 'hla match*', 'stem cell collection', 'apheresis', 'day zero',
  '预处理', '干细胞采集', '植入期', '移植物抗宿主病', '配型', '供者', '造血重建',
];

/**
 * A regulator's scheme that approves named cell therapies for named indications at a named hospital, with the fee
 * schedule it approved (Taiwan's 特管办法: 卫生福利部核准之细胞治疗技术, 核准项目, 核准适应症, 收费标准依…核定). A hospital
 * listing what it was approved for is regulated care (red-flags.md §2: an approval is a thing to verify, not a claim
 * by itself); scan.ts counts these only on a page with risks, no effect claims, no urgency, no discount and no
 * non-medical venue of its own, so a clinic that cites the same approval while promising results stays an ad.
 */
export const APPROVED_SCHEME: readonly Pattern[] = [
  '特管办法', '核准项目', '核准适应症', '核准之细胞治疗', '核定之计画', '核定之计划', '卫生福利部核定', '卫福部核定',
  '细胞治疗技术施行', '施行计画', '收费标准依', '再生医疗法', '再生医疗制剂条例',
];

/**
 * A site's navigation labels (中心简介, 就医流程, 常见问题, 联络我们; "About us", "Contact us"). A line of glued menu items
 * (中心简介核准项目与收费就医流程治疗成果公开临床试验常见问题联络我们: the links of a side menu with no separator between
 * them) is no sentence: a pattern that spans two of its items (收费…临床试验) reads across two links, not a fee for a
 * trial. scan.ts (navLine) needs two distinct labels in a line with no sentence punctuation.
 */
export const NAV_LABELS: readonly Pattern[] = [
  '首页', '回首页', '中心简介', '医院简介', '科室简介', '本院简介', '关于我们', '联系我们', '联络我们', '常见问题', '就医流程',
  '就医指南', '就诊指南', '就诊流程', '看诊进度', '门诊时间', '网路挂号', '网上挂号', '线上挂号', '挂号服务', '医疗团队',
  '医师团队', '专家团队', '交通指引', '交通位置', '最新消息', '新闻中心', '新闻动态', '隐私权政策', '隐私政策', '网站导航',
  '网站地图', '服务项目', '下载专区',
  'about us', 'contact us', 'faqs', 'privacy policy', 'sitemap', 'site map', 'our team', 'patient portal',
];

/**
 * The authority a 特管办法 approval names (经卫生福利部核准, 通过卫福部特管办法核准). On a regulated-care page (scan.ts) a
 * claim of that approval is what the page documents (核准适应症, 核准文号, the approved fee caps): a thing to verify, not a
 * borrowed badge. Other approval words (国家认证, 权威认证, 国家级) stay claims and keep the page out of regulated care.
 */
export const APPROVING_AUTHORITIES: readonly Pattern[] = ['特管办法', '卫福部', '卫生福利部'];

/**
 * Discount and sales-price words: a regulated provider states its fee; it does not discount it (本院不以任何优惠…招揽).
 */
export const DISCOUNT_WORDS: readonly Pattern[] = [
  '优惠', '特惠', '折扣', '打折', '团购', '体验价', '限时价', '特价', '立减', '赠送', '分期', '零利率', '套组',
  'discount*', 'special offer', 'promo code', 'financing', 'payment plan*', 'monthly payments',
];

/**
 * A guide describing the steps of an autologous transplant (aHSCT for MS, myeloma): chemotherapy, then the stored cells
 * returned ("You then have chemotherapy…, and the stored stem cells are returned to help it rebuild"). That describes a
 * hospital procedure, not a promise of regeneration; an ad's "your cells are returned to regenerate tissue" names no
 * chemotherapy. Matched in the sentence of a finding (context.ts), so not a prefilter pattern.
 */
export const TRANSPLANT_PROCEDURE: readonly Pattern[] = [
  { re: '(?<![a-z])chemo(?:therapy)?(?![a-z])[^.!?\\n]{0,120}?(?<![a-z])(?:returned|re-?infused|given back)(?![a-z])' },
  { re: '(?<![a-z])(?:returned|re-?infused|given back)(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?:after|following) (?:high-dose |the )?chemo' },
];

/**
 * A publisher's or platform's own furniture (subscribe for $1 a week, send us news tips, 扫码下载APP): its price
 * and contact lines sell the newspaper or the app, not a treatment.
 */
export const PUBLISHER_FURNITURE: readonly Pattern[] = [
  'subscribe*', 'subscription*', 'subscriber*', 'newsletter', 'news tip*', 'journalism', 'letters to the editor',
  'e-edition', 'our newsroom', 'advertise with us', '订阅', '投稿', '新闻热线', '报料',
  // A site's app banner (扫码下载贴吧APP, "Get the app"): the platform's furniture, not a post's contact details.
  '下载app', '下载客户端', '打开app', 'app内', '贴吧app', '知乎app', 'download the app', 'get the app', 'open in app',
  // A hospital's or publisher's social-follow line (关注我们的官方微信公众号和视频号，获取更多医院资讯; "follow us on").
  '官方微信公众号', '官方公众号', '视频号', '获取更多资讯', '获取更多医院资讯', '医院资讯', 'follow us on',
  // Every site's cookie banner ("We use cookies to improve your experience"): furniture, not a provider's voice.
  'we use cookies', 'uses cookies', 'accept all cookies', '使用cookie',
];

/**
 * A writer's narrated past about a decision (we came very close to spending our savings on…, I had an email with a
 * quote, the clinic quoted us, their evidence was…): a story about an offer someone else made, not the page's own.
 */
export const NARRATED_EVENTS_EN: readonly string[] = [
  '(?:we|i) (?:came|got) (?:very |so |really )?close to', '(?:we|i) (?:almost|nearly) (?:spent|paid|booked|went|signed)',
  '(?:we|i) (?:had|got|received) an? (?:email|call|message|quote|reply)', '(?:they|the clinic|the coordinator) (?:sent|quoted|emailed|told) (?:us|me)',
  '(?:we|i) (?:were|was) quoted', 'their evidence was', 'what we spent', 'we spent the', 'instead of spending',
  'we said no', 'we decided against', 'we walked away',
];

/**
 * A sentence describing what an advert or clinic does, as a checklist or a guide puts it (E3: "It says the treatment
 * is "completely safe"", "It quotes success rates like…", "It uses patient testimonials…", "The clinic treats MS,
 * autism…", "Be wary if…"), or naming the adverts someone has seen ("our helpline hears from people who have seen
 * adverts for…"). Its claims and conditions are the advert's, not the page's. Sentence-initial subjects only: an ad's
 * own "It is completely safe" or "It uses your own cells" is not here.
 */
export const DESCRIBED_SELLER_EN: readonly string[] = [
  '^[\\s\\-•*·–—]*(?:it|they|the (?:clinic|clinics|ad|ads|advert|adverts|advertisement|website|site|provider|company|seller|brochure)|(?:a|one|another) (?:clinic|provider|centre|center|hospital)(?: (?:in|near) [a-z]+)?)(?: also| often| may| will| even)? (?:says|say|claims|claim|quotes|quote|promises|promise|tells you|shows|show|lists|list|features|guarantees|want|wanted|quoted|asked|ask you|ask for|charged|uses (?:patient |customer |celebrity |parent )?(?:testimonials|stories|videos|endorsements|reviews))(?![a-z])',
  '^[\\s\\-•*·–—]*the (?:clinic|clinics|ad|advert|advertisement|website|site|provider|company|seller)(?: also| often| may)? (?:treats|charges|offers|asks|pressures|pushes|wants)(?![a-z])',
  '^[\\s\\-•*·–—]*(?:be (?:wary|cautious|careful|suspicious)|beware|watch out|walk away|think twice) if(?![a-z])',
  '(?:seen|saw|see|seeing|come across|came across|found|read) (?:an? |the |these |such |online )?(?:adverts?|ads|advertisements?|advertising|promotions?)(?![a-z])',
  'hears? from (?:people|families|patients|members|parents)',
  '(?<![a-z])in (?:the|these|such|their|many|some|most|those) (?:ads|adverts|advertisements|brochures|videos|promotions)(?![a-z])',
  // Found on other people's pages (We also found patient testimonials … on clinic social media pages).
  'on (?:the )?(?:clinics?|clinics\'|providers?|providers\'|their) (?:[a-z]+ ){0,2}?(?:websites?|sites|pages|social media|brochures|ads|adverts)(?![a-z])',
];

/**
 * E2 (news) and E4 (forums): a sentence about what other businesses did, in the third person and past tense ("Several
 * clinics promoted financing…", "Footers on most sites carried disclaimers…", "The price for the package was $24,500",
 * "Packages ranged from $6,900…", "Reporters posing as relatives were offered…"). Its prices, calls to action and
 * disclaimers are reported, not the page's own. Not in a sentence where the page speaks as a provider (we, our).
 */
export const OTHERS_DID_EN: readonly string[] = [
  '(?:the|other|several|many|most|some|all|these|those|both|one|another|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) (?:of the )?(?:[a-z]+ )?(?:clinics|clinic|clinic\'s|clinics\'|sites|websites|site|providers|centres|centers|footers|brochures|companies|operators) (?:[a-z]+ ){0,2}?(?:promoted|advertised|charged|listed|carried|offered|sold|quoted|displayed|featured|ranged|promised|described|claimed|told|pitched|marketed)(?![a-z])',
  'footers? on',
  '(?:prices?|costs?|fees?|packages?) (?:[^\\s.!?]+ ){0,6}?(?:was|were|ranged)(?![a-z])',
  '(?:were|was|been|being) (?:offered|quoted|pitched|promised|sold)(?![a-z])', 'posing as',
  '(?<![a-z])another (?:[a-z]+ )?(?:sold|charged|offered|advertised|listed|promoted|quoted)(?![a-z])', 'reporters?(?![a-z])',
  // A guide on what clinics generally do (Clinics often charge between £10,000 and £50,000).
  '(?<![a-z])(?:clinics|providers|centres|centers|companies|sellers) (?:often |typically |usually |may |will |can |sometimes |also )?(?:charge|offer|advertise|promise|claim|sell|quote|ask for)(?![a-z])',
];

/**
 * A heading or lead-in over a list of warning signs (二、常见的危险信号; 警惕以下说法; 如果遇到以下情况，请警惕; "Red flags
 * to watch for", "Warning signs:", "Walk away if a clinic:"): the list lines under it, each short and unquoted, are
 * what the guide warns about, even when every item is a block of its own (Class 1).
 */
export const WARNING_LIST_HEADINGS: readonly Pattern[] = [
  '危险信号', '警示信号', '预警信号', '危险讯号', '警讯', '红旗', '常见骗术', '常见套路', '骗局特征', '骗局的特征', '诈骗特征',
  '套路有哪些', '常见话术', '这些话术', '这些说法', '以下说法', '以下话术', '以下宣传', '以下承诺', '以下几种情况', '以下情况',
  { re: '(?:警惕|当心|谨防|小心|提防|远离|注意)(?:以下|这些|这几种|下列|如下)' },
  { re: '(?:遇到|碰到|看到|听到)(?:以下|下列|这些|这几种|如下)' },
  // E5: 这些情况要警惕, 以下做法需当心 (the frame after the list word).
  { re: '(?:以下|下列|这些|这几种|如下)(?:情况|说法|话术|宣传|做法|信号|特征)(?:要|需要|需|请|一定要|务必)?(?:警惕|当心|小心|注意|提防)' },
  'warning signs', 'warning sign', 'warning signals', 'red flags', 'red flag', 'signs of a scam', 'signs of fraud',
  'watch out for', 'watch for', 'look out for', 'be wary of', 'beware of', 'be cautious if', 'be suspicious',
  'walk away if', 'steer clear if', 'think twice if', 'if you hear', 'if you see', 'if a clinic', 'if the clinic',
  'if any of these', 'if you notice', 'signs to watch',
  // A patient guide's checklist heading ("How to spot a clinic that may not be trustworthy"): its "It treats MS
  // alongside many unrelated conditions" lines describe the clinic to avoid.
  'how to spot', 'how to recognise', 'how to recognize', { re: '(?<![a-z])how to tell (?:if|whether)(?![a-z])' },
];

/**
 * G2: the vocabulary of a piece that reads other people's clinic ads for its readers (a pharmacist's or doctor's
 * "decoding stem cell clinic ads"): the ads, flyers and brochures it collected, "read it as", "line by line", "in my
 * sample", a reader's letter. Several of them on a page with no selling voice of its own make every claim on it a
 * quoted ad phrase or a description of one.
 */
export const AD_DECODING: readonly Pattern[] = [
  'decoding', 'decode', 'decoded', 'clinic ad', 'clinic ads', 'clinic advert*', 'these ads', 'the ads', 'these adverts',
  'the ad says', 'the ad promises', 'the flyer', 'flyers', 'brochures', 'every brochure', 'read it as', 'line by line',
  'small print', 'fine print', 'advertised prices', 'in my sample', 'ads i collected', 'a reader wrote',
  'what the ad', 'ad copy', 'really says', 'really means', 'translation:', 'when you see',
  // A journalist's "phrases decoded" list: the clinic websites, brochures and seminar scripts it read, the phrases it
  // collected and what they usually mean.
  'clinic websites', 'clinic brochures', 'seminar scripts', 'sales scripts', 'these phrases', 'the same phrases',
  'clinic phrases', 'phrases, decoded', 'what they usually mean', 'what it usually means', 'what they really mean',
  'marketing language', 'marketing phrases',
  '解读广告', '广告话术', '话术解读', '传单', '宣传单', '宣传册', '广告词', '翻译过来', '潜台词', '言下之意', '广告里', '广告上',
];
