// Rule families (red-flags.md §2) with their display labels. 'page-absences' has no phrase rules: it is
// reported through page-level signals (no trial ID, no cell source, no risk mentioned).
export const FAMILIES = [
  { id: 'absolute-safety', label: { en: 'Absolute safety / no risk', zh: '绝对安全/零风险' } },
  { id: 'cure-guarantee', label: { en: 'Cure or guaranteed outcome', zh: '治愈或保证疗效' } },
  { id: 'success-rate', label: { en: 'Success or effective rates', zh: '有效率/治愈率' } },
  { id: 'panacea', label: { en: 'Panacea: many unrelated conditions', zh: '包治百病' } },
  { id: 'serious-targets', label: { en: 'Serious or paediatric targets without evidence', zh: '无证据的重症/儿童疾病' } },
  { id: 'anti-ageing', label: { en: 'Anti-ageing, cosmetic, immunity', zh: '抗衰老/美容/免疫' } },
  { id: 'testimonials', label: { en: 'Testimonials, before/after, celebrities', zh: '患者见证/前后对比/名人' } },
  { id: 'regulatory-claims', label: { en: 'Misleading regulatory claims', zh: '误导性资质宣称' } },
  { id: 'pay-to-participate', label: { en: 'Pay to participate / trial-washing', zh: '收费“临床研究”' } },
  { id: 'pricing', label: { en: 'Prices, packages, financing', zh: '价格/套餐/分期' } },
  { id: 'prestige-hype', label: { en: 'Prestige and hype', zh: '夸大宣传' } },
  { id: 'non-medical-provider', label: { en: 'Non-medical provider, travel packages', zh: '非医疗机构/出境套餐' } },
  { id: 'minimal-intake-urgency', label: { en: 'Minimal intake, urgency', zh: '门槛低/制造紧迫感' } },
  { id: 'unproven-product', label: { en: 'Unapproved cell product offered', zh: '推销未获批细胞产品' } },
  { id: 'page-absences', label: { en: 'Missing trial, cell source or risk information', zh: '缺少试验、细胞来源或风险信息' } },
] as const satisfies readonly { id: string; label: { en: string; zh: string } }[];

export type FamilyId = (typeof FAMILIES)[number]['id'];
