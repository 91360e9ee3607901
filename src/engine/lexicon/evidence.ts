// Page-level absences (red-flags.md §2, last row): these vocabularies tell whether a page names a cell
// type/source and mentions any risk. Their absence next to efficacy claims is a signal.
import type { Pattern } from '../types';

/** Cell type, source or preparation named (Berger et al. 2016: about half of sites give none). */
export const CELL_SOURCE: readonly Pattern[] = [
  'autologous', 'allogeneic', 'allogenic', 'mesenchymal', 'adipose', 'fat-derived', 'bone marrow-derived',
  'bone marrow aspirate', 'bone marrow concentrate', 'bmac', 'umbilical cord', 'cord blood', 'placenta*',
  'amniotic', "wharton's jelly", 'hematopoietic', 'haematopoietic', 'neural stem', 'neural precursor', 'embryonic',
  'pluripotent', 'ipsc*', 'stromal vascular', 'svf', 'culture-expanded', 'expanded in', 'passage', 'gmp', 'cd34',
  'donor', 'mscs',
  '自体', '异体', '同种异体', '间充质', '脐带', '胎盘', '羊膜', '脂肪', '骨髓', '造血', '神经干细胞', '胚胎', '诱导多能',
  'ipsc', '多能干细胞', '供体', '扩增', '代次', 'gmp',
];

/** Any risk discussed (Murdoch et al. 2018: only a quarter of sites mention any). */
export const RISK_TERMS: readonly Pattern[] = [
  'risk', 'risks', 'side effect*', 'adverse', 'complication*', 'infection*', 'tumor*', 'tumour*', 'blindness',
  'harm', 'danger*', 'contraindicat*', 'rejection', 'safety concerns', 'death', 'serious injur*',
  '风险', '副作用', '不良反应', '并发症', '感染', '肿瘤', '致瘤', '排异', '排斥', '禁忌', '危险', '安全性',
];

/** Clinical-trial language: with a price on the same page it reads as pay-to-participate. */
export const TRIAL_LANGUAGE: readonly Pattern[] = [
  'clinical trial*', 'clinical study', 'clinical studies', 'research study', 'research protocol', 'study participants',
  'enroll*', 'enrol*', 'irb', 'ind number', 'registered trial', 'clinicaltrials.gov',
  '临床试验', '临床研究', '临床观察', '科研项目', '入组', '受试者', '招募患者', '备案项目',
];

/**
 * Advice to verify a study in a registry ("look it up on ClinicalTrials.gov", 去中国临床试验注册中心查一下): trial
 * wording in such a sentence is the critical voice of a guide or an answer, not the page offering a trial.
 */
export const VERIFY_ADVICE: readonly Pattern[] = [
  'look it up', 'look up', 'search', 'check', 'verify', 'ask for the', 'ask them for',
  '查一下', '查一查', '查查', '查询', '去查', '核实', '核对', '索取',
];
