// Selling voice: the provider speaking about its own offer. Patient guides and news also say "you", so the
// bare pronoun is not here; what counts is "we/our" next to service words, and 我院/本院/本中心.
import type { Pattern } from '../types';
import { INFLUENCER_CONTACT, READER_OFFERS } from './commerce';

/**
 * A story's author handing readers the provider's contact (加我们的健康顾问微信, 私信我拿联系方式, 留言获取医院信息): a
 * patient story that ends in a sales channel of its own is a soft ad, whatever comments follow it (score.ts).
 */
export const STORY_CONTACT: readonly Pattern[] = [
  '顾问微信', '健康顾问', '添加顾问', '加顾问', '私信我拿', '私信我获取', '私信我要', '留言获取医院', '获取医院信息',
  '获取医院联系方式', '帮你预约', '帮你联系', '帮您联系',
  ...INFLUENCER_CONTACT,
  ...READER_OFFERS,
];

export const SELLING_VOICE: readonly Pattern[] = [
  'we offer', 'we provide', 'we treat', 'we use', 'we specialize', 'we specialise', 'we have treated', 'we can help',
  'we help', 'our clinic', 'our clinics', 'our center', 'our centre', 'our centers', 'our treatment*', 'our therap*',
  'our protocol*', 'our patients', 'our team', 'our doctors', 'our physicians', 'our specialists', 'our stem cell*',
  'our regenerative', 'our cells', 'our lab', 'our program*', 'our packages', 'our facility', 'our partner*',
  'our procedure*', 'your own cells', "your body's own", 'your own stem cells', 'your own body', 'your treatment',
  'your journey', 'your recovery', 'your consultation', 'your appointment', 'you deserve', 'why choose us',
  'why choose', 'conditions we treat', 'treatable conditions', 'treatable diseases', 'diseases we treat',
  'what we treat',
  // A hospital or department speaking of itself (我科/本科室 开展…, "our hospital").
  'our hospital', 'our department', '我科', '本科室', '我们科',
  // A transplant centre speaking of its programme ("Our transplant program performs…"): in a sentence about
  // established care it marks a hospital describing standard care (scan.ts establishedVoiceKinds).
  'our transplant*', 'our bmt', 'our blood and marrow', 'our stem cell transplant*',
  ...STORY_CONTACT,
  '我院', '本院', '我们医院', '我们中心', '本中心', '我司', '本公司', '本机构', '我中心', '专家团队',
  '为您', '让您', '帮您', '您的', '我们的细胞', '我们的团队', '我们的专家', '我们的医生', '我们的服务', '我们的中心', '我们的实验室', '我们的技术', '适应症', '可治疗', '治疗范围', '适用人群', '适合人群',
];
