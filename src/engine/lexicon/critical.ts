// The critical voice of regulators, journalists, researchers and patient guides. Dense use across a page
// (relative to selling language) means the page discusses claims rather than makes them.
import type { Pattern } from '../types';

export const CRITICAL_VOICE: readonly Pattern[] = [
  'according to', 'researchers', 'scientists', 'experts say', 'experts warn', 'experts', 'study found', 'studies show',
  'a study', 'the study', 'peer-reviewed', 'peer reviewed', 'published in', 'journal', 'et al', 'systematic review',
  'meta-analysis', 'randomized', 'randomised', 'placebo', 'evidence-based', 'the evidence', 'no evidence',
  'regulator*', 'regulation*', 'regulatory', 'enforcement', 'warning letter', 'lawsuit', 'sued', 'court', 'complaint',
  'ftc', 'the fda', 'fda has', 'fda warns', 'isscr', 'tga', 'consumers', 'consumer', 'patients should', 'you should ask',
  'questions to ask', 'ask your doctor', 'talk to your doctor', 'your doctor', 'ask the clinic', 'ask for',
  'verify', 'check whether', 'due diligence', 'informed consent', 'ethics committee', 'ethics board', 'oversight',
  'harm', 'harmed', 'injured', 'blinded', 'died', 'death', 'deaths', 'adverse event*', 'complication*',
  'reported', 'reporter', 'journalist', 'investigation', 'told reporters', 'said in a statement', 'interview*',
  'unproven', 'not approved', 'unapproved', 'caveat emptor', 'stem cell tourism', 'tourism industry',
  'beware', 'red flag*', 'warning sign*', 'scam*', 'fraud*', 'exploit*', 'misleading', 'deceptive', 'illegal*',
  '监管', '备案', '研究表明', '研究显示', '研究发现', '研究人员', '科学家', '专家表示', '专家指出', '专家提醒', '专家称',
  '记者', '报道', '据了解', '据悉', '调查', '采访', '卫健委', '卫生健康委', '国家药监局', '药监局', '市场监管',
  '法规', '条例', '规定', '管理办法', '违法', '违规', '处罚', '查处', '罚款', '立案', '起诉', '法院', '判决', '投诉',
  '伦理', '知情同意', '临床试验阶段', '临床研究阶段', '尚处于', '尚未批准', '未经批准', '没有获批', '未获批', '论文',
  '期刊', '文献', '循证', '提醒', '警惕', '谨防', '骗局', '虚假', '辟谣', '风险提示', '消费者', '患者应', '建议患者',
];
