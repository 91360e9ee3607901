// Conditions grouped by body system. A page offering one treatment across many unrelated systems is a
// panacea (Meehan et al. 2017; for-profit providers "more than 70 conditions"). Serious or paediatric targets
// with no approved cell therapy (FDA 2021; FTC cases) weigh more. Established haematological uses are listed
// so they can be recognised and never counted against a page.
import type { Pattern } from '../types';

export interface ConditionEntry {
  id: string;
  system: string;
  serious: boolean;
  /** Bone marrow / haematopoietic transplant for blood cancers and marrow failure: standard care. */
  established?: boolean;
  terms: Pattern[];
}

export const CONDITIONS: readonly ConditionEntry[] = [
  // neurological
  { id: 'parkinsons', system: 'neurological', serious: true, terms: ["parkinson's", 'parkinson', 'parkinsons', '帕金森'] },
  { id: 'alzheimers', system: 'neurological', serious: true, terms: ["alzheimer's", 'alzheimer', 'dementia', '阿尔茨海默', '阿兹海默', '老年痴呆', '痴呆'] },
  { id: 'als', system: 'neurological', serious: true, terms: ['als', 'amyotrophic lateral sclerosis', 'lou gehrig*', 'motor neuron disease', '渐冻症', '渐冻人', '肌萎缩侧索硬化', '运动神经元病'] },
  { id: 'ms', system: 'neurological', serious: true, terms: ['multiple sclerosis', { re: '(?<![a-z0-9])ms(?=\\s(?:patients|treatment|therapy|stem)|\\s?[,&)/])' }, '多发性硬化'] },
  { id: 'stroke', system: 'neurological', serious: true, terms: ['stroke', '中风', '脑卒中', '脑梗', '脑梗塞', '脑出血后遗症'] },
  { id: 'spinal-cord-injury', system: 'neurological', serious: true, terms: ['spinal cord injur*', 'paralysis', 'paraplegi*', 'quadriplegi*', '脊髓损伤', '截瘫', '瘫痪'] },
  { id: 'tbi', system: 'neurological', serious: true, terms: ['traumatic brain injur*', 'brain injur*', '脑损伤', '脑外伤'] },
  { id: 'neuropathy', system: 'neurological', serious: false, terms: ['neuropathy', 'nerve damage', '神经病变', '周围神经'] },
  { id: 'epilepsy', system: 'neurological', serious: true, terms: ['epilepsy', '癫痫'] },
  { id: 'huntingtons', system: 'neurological', serious: true, terms: ["huntington's", 'huntington disease', '亨廷顿'] },
  // developmental / paediatric
  { id: 'autism', system: 'developmental', serious: true, terms: ['autism', 'autistic', 'asd', '自闭症', '孤独症'] },
  { id: 'cerebral-palsy', system: 'developmental', serious: true, terms: ['cerebral palsy', '脑瘫', '脑性瘫痪'] },
  { id: 'down-syndrome', system: 'developmental', serious: true, terms: ['down syndrome', "down's syndrome", '唐氏'] },
  { id: 'developmental-delay', system: 'developmental', serious: true, terms: ['developmental delay', 'adhd', '发育迟缓', '多动症', '智力低下', '智力障碍'] },
  { id: 'muscular-dystrophy', system: 'developmental', serious: true, terms: ['muscular dystrophy', 'duchenne', '肌营养不良', '进行性肌营养不良'] },
  // musculoskeletal
  { id: 'osteoarthritis', system: 'musculoskeletal', serious: false, terms: ['osteoarthritis', 'arthritis', 'knee pain', 'joint pain', 'cartilage', '骨关节炎', '关节炎', '膝关节', '关节痛', '软骨'] },
  { id: 'back-pain', system: 'musculoskeletal', serious: false, terms: ['back pain', 'neck pain', 'disc degeneration', 'degenerative disc', 'herniated disc', '腰痛', '颈椎病', '腰椎间盘', '椎间盘'] },
  { id: 'tendon-injury', system: 'musculoskeletal', serious: false, terms: ['rotator cuff', 'tendon*', 'ligament*', 'sports injur*', 'tennis elbow', 'meniscus', 'plantar fasciitis', '肌腱', '韧带', '半月板', '运动损伤'] },
  { id: 'osteonecrosis', system: 'musculoskeletal', serious: false, terms: ['avascular necrosis', 'osteonecrosis', 'osteoporosis', '股骨头坏死', '骨质疏松', '骨坏死'] },
  { id: 'chronic-pain', system: 'musculoskeletal', serious: false, terms: ['chronic pain', 'fibromyalgia', '慢性疼痛', '纤维肌痛'] },
  // autoimmune
  { id: 'lupus', system: 'autoimmune', serious: true, terms: ['lupus', '红斑狼疮', '狼疮'] },
  { id: 'rheumatoid-arthritis', system: 'autoimmune', serious: false, terms: ['rheumatoid', '类风湿'] },
  { id: 'crohns', system: 'autoimmune', serious: false, terms: ["crohn's", 'crohn', 'ulcerative colitis', 'inflammatory bowel', '克罗恩', '溃疡性结肠炎'] },
  { id: 'psoriasis', system: 'autoimmune', serious: false, terms: ['psoriasis', 'scleroderma', '银屑病', '牛皮癣', '硬皮病'] },
  // cardiac / vascular
  { id: 'heart-failure', system: 'cardiac', serious: true, terms: ['heart failure', 'heart disease', 'heart attack', 'cardiomyopathy', 'myocardial', 'coronary', '心衰', '心力衰竭', '心脏病', '心肌梗', '冠心病', '心肌'] },
  { id: 'vascular', system: 'cardiac', serious: false, terms: ['peripheral artery disease', 'critical limb ischemia', 'hypertension', '下肢缺血', '高血压', '动脉硬化'] },
  // pulmonary
  { id: 'copd', system: 'pulmonary', serious: true, terms: ['copd', 'emphysema', 'pulmonary fibrosis', 'lung disease', 'asthma', 'covid*', '慢阻肺', '肺气肿', '肺纤维化', '哮喘', '肺病', '新冠'] },
  // metabolic
  { id: 'diabetes', system: 'metabolic', serious: false, terms: ['diabetes', 'diabetic', '糖尿病', '糖足'] },
  { id: 'obesity', system: 'metabolic', serious: false, terms: ['obesity', 'weight loss', '肥胖', '减肥', '高血脂'] },
  // ocular
  { id: 'macular-degeneration', system: 'ocular', serious: true, terms: ['macular degeneration', 'retinitis pigmentosa', 'glaucoma', 'optic nerve', 'vision loss', 'blindness', '黄斑变性', '视网膜色素变性', '青光眼', '视神经萎缩', '失明'] },
  // renal / hepatic
  { id: 'kidney-disease', system: 'renal-hepatic', serious: true, terms: ['kidney disease', 'kidney failure', 'renal failure', '肾衰', '肾病', '尿毒症'] },
  { id: 'liver-disease', system: 'renal-hepatic', serious: true, terms: ['cirrhosis', 'liver disease', 'liver failure', 'hepatitis', '肝硬化', '肝衰竭', '肝病', '乙肝'] },
  // sexual / cosmetic / ageing / wellness
  { id: 'erectile-dysfunction', system: 'sexual-cosmetic-ageing', serious: false, terms: ['erectile dysfunction', 'sexual performance', 'sexual function', 'libido', '阳痿', '勃起', '性功能'] },
  { id: 'ovarian-failure', system: 'sexual-cosmetic-ageing', serious: false, terms: ['premature ovarian', 'ovarian failure', 'infertility', '卵巢早衰', '卵巢', '不孕'] },
  { id: 'hair-loss', system: 'sexual-cosmetic-ageing', serious: false, terms: ['hair loss', 'alopecia', 'wrinkle*', 'skin rejuvenation', '脱发', '皱纹', '色斑', '皮肤'] },
  { id: 'ageing', system: 'sexual-cosmetic-ageing', serious: false, terms: ['aging', 'ageing', 'longevity', 'chronic fatigue', 'fatigue', '衰老', '亚健康', '疲劳', '更年期'] },
  // oncology (non-haematological): stem-cell "anti-cancer" ads are false per SAMR
  { id: 'cancer', system: 'oncology', serious: true, terms: ['cancer', 'tumor', 'tumour', '癌症', '抗癌', '防癌', '肿瘤'] },
  // established haematological uses (never counted)
  { id: 'leukaemia', system: 'haematological', serious: false, established: true, terms: ['leukemia', 'leukaemia', '白血病'] },
  { id: 'lymphoma', system: 'haematological', serious: false, established: true, terms: ['lymphoma', 'myeloma', '淋巴瘤', '骨髓瘤'] },
  { id: 'aplastic-anaemia', system: 'haematological', serious: false, established: true, terms: ['aplastic anemia', 'aplastic anaemia', 'sickle cell', 'thalassemia', 'thalassaemia', 'myelodysplastic', '再生障碍性贫血', '再障', '地中海贫血', '骨髓增生异常'] },
];

/** Established-use context: a cure/efficacy phrase in the same sentence as these is about standard care. */
export const ESTABLISHED_USE: readonly Pattern[] = [
  'bone marrow transplant*', 'stem cell transplant*', 'hematopoietic', 'haematopoietic', 'blood and marrow',
  'leukemia', 'leukaemia', 'lymphoma', 'myeloma', 'aplastic', 'sickle cell', 'thalassemia', 'thalassaemia',
  'cord blood transplant*', 'bmt', 'hsct', 'ahsct', 'car t',
  // CAR-T with its hyphen or a space, not "add to cart" (a phrase's hyphen may be left out when matching).
  { re: '(?<![a-z0-9])car-t(?![a-z0-9])' }, 'cart cell*', 'car t-cell', 'chimeric antigen',
  'blood cancer*', 'blood disorder*', 'public cord blood', 'public bank', 'cord blood donation', 'donate cord blood',
  'donating it', 'donate your baby', 'marrow donor', 'donor registry', 'needs a transplant', 'need a transplant',
  'transplant center*', 'transplant centre*',
  // A transplant programme's own vocabulary and statements about approved, guideline-backed uses and their
  // insurance coverage ("Coverage for transplants is common for FDA-approved and guideline-recommended indications").
  'transplant program*', 'transplant programme*', 'transplant coordinator*', 'transplant physician*', 'transplant team',
  'guideline-recommended', 'approved indication*', 'coverage for transplant*',
  '造血干细胞移植', '骨髓移植', '白血病', '淋巴瘤', '骨髓瘤', '再生障碍性贫血', '地中海贫血', '脐血移植',
  '血液病', '血液肿瘤', '血癌', 'car-t细胞', '公共脐血库', '捐献造血', '中华骨髓库', '造血干细胞捐献',
];
