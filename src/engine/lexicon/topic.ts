// Topic gate: a page must talk about stem cells / regenerative products before anything scores.
// Bare "stem" (STEM education), "cure" (cured ham, concrete) or "regenerate" alone are not topic terms.
import type { Pattern } from '../types';

/**
 * Plant "stem cells" in cosmetics (apple stem cell serum, 苹果干细胞精华) are extracts, not cell therapy, and
 * cosmetics also talk about the skin's own stem cells ("protects your skin's own stem cells", 守护肌肤自身的
 * 干细胞, 皮肤干细胞): a topic hit right after one of these words does not open the topic gate. A page that
 * also sells cells (干细胞回输, stem cell injections) opens it with those words.
 */
export const PLANT_PREFIX =
  /(?:plant|plants|apple|grape|argan|lilac|edelweiss|rose|alpine|botanical|fruit|orchid|lotus|ginseng|rice|tomato|raspberry|gardenia|echinacea|skin|skin's|skin's own|skin's natural|skin's own natural|epidermal|植物|苹果|蘋果|葡萄|玫瑰|雪绒花|高山|果实|花卉|兰花|莲花|人参|雪莲|积雪草|番茄|覆盆子|肌肤|皮肤|肌肤自身的?|皮肤自身的?|肌肤的|皮肤的)[\s\-'’]{0,2}$/;

export const TOPIC_TERMS: readonly Pattern[] = [
  'stem cell*',
  'stem-cell*',
  'stemcell*',
  'regenerative medicine',
  'regenerative therap*',
  'regenerative treatment*',
  'regenerative injection*',
  'regenerative orthop*',
  'regenerative clinic*',
  'regenerative cell*',
  'exosome*',
  'mesenchymal',
  'mscs',
  'msc therap*',
  'msc injection*',
  'stromal vascular fraction',
  'svf',
  'cord blood',
  'umbilical cord cell*',
  'umbilical cord tissue',
  'umbilical cord-derived',
  "wharton's jelly",
  'amniotic fluid injection*',
  'amniotic stem',
  'pluripotent',
  'ipsc*',
  'cell therapy',
  'cell therapies',
  'cellular therapy',
  'cell-based therap*',
  '干细胞',
  '间充质',
  '外泌体',
  '脐带血',
  '脐血',
  '细胞疗法',
  '细胞治疗',
  '细胞回输',
  '细胞移植',
  '免疫细胞',
  '再生医学',
  '胎盘素',
];
