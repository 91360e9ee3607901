/**
 * English UI strings. The reader may be a worried patient or parent deciding whether to pay a clinic: the
 * copy is calm, specific and says what to do next. zh_CN.ts has exactly the same keys (a unit test checks).
 */
import type { Risk } from '../../shared/report';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const en = {
  appName: 'StemCheck',
  htmlLang: 'en',
  popupTitle: 'StemCheck page report',
  optionsTitle: 'StemCheck settings',

  // States
  loading: 'Loading the report…',
  scanningTitle: 'Checking this page…',
  scanningBody: 'StemCheck is reading the page. The report will appear here in a moment.',
  noTopicTitle: 'Nothing about stem cell treatment here',
  noTopicBody:
    'StemCheck found no text about stem cell or cell therapy on this page, so there is nothing to check here.',
  cleanTitle: 'No red flags found',
  cleanBody:
    'This page talks about stem cells, but StemCheck found none of the claims it looks for. That is not proof that a treatment works or is safe: the checks below still apply before you pay for anything.',
  restrictedTitle: 'StemCheck can’t read this page',
  restrictedBody:
    'Browsers don’t let extensions read this kind of page (browser settings, extension stores, some PDF files). Nothing was checked here.',
  pausedTitle: 'Paused on this site',
  pausedBody: (host: string) =>
    `StemCheck is not reading or highlighting pages on ${host}. Resume to check this page again.`,
  notRunningTitle: 'This page hasn’t been checked yet',
  notRunningBody:
    'The page was probably open before StemCheck was installed or updated. Reload the page and StemCheck will check it.',
  reloadPage: 'Reload the page',
  reloadNeeded: 'StemCheck can’t check this page until it is reloaded.',
  tryAgain: 'Check again',
  errorTitle: 'The report could not be loaded',
  errorBody: 'Close this window and open it again. If it keeps happening, reload the page.',
  noTab: 'There is no tab to report on.',
  partialNote:
    'StemCheck checked only part of this page (it is very long, or has many embedded frames). There may be more claims that are not listed here.',

  // Header
  levelWord: { none: 'No clear risk', low: 'Low risk', moderate: 'Moderate risk', high: 'High risk' } satisfies Record<
    Risk,
    string
  >,
  headline: (risk: Risk, claims: number): string => {
    const level = en.levelWord[risk];
    if (risk === 'high' || risk === 'moderate')
      return `${level}: this page makes ${claims} ${plural(claims, 'claim', 'claims')} that reputable programs don’t make`;
    return `${level}: this page makes ${claims} ${plural(claims, 'claim', 'claims')} worth checking`;
  },
  levelMeaning: {
    none: 'StemCheck found something worth checking, but not enough to call this page risky. Check any treatment with your own specialist.',
    low: 'StemCheck found a little that is typical of unproven treatment ads. This is not a clean bill: check any treatment with your own specialist.',
    moderate:
      'Some of what this page says is typical of clinics selling unproven treatments. Check the points below before you decide anything.',
    high: 'Claims like these are typical of clinics selling unproven treatments. Reputable trials and hospitals don’t promise cures or safety, and don’t charge patients to take part. Please check the points below, and talk to your own specialist, before you pay or travel.',
  } satisfies Record<Risk, string>,
  scoreText: (score: number) => `Score ${score} out of 100 (higher means more red flags).`,

  // Warnings
  warningsHeading: 'What this page claims',
  warningsIntro: 'Each warning quotes the page, says why it is a red flag, and where that comes from.',
  familyCount: (n: number) => `${n} ${plural(n, 'warning', 'warnings')}`,
  severityWord: { high: 'Serious', medium: 'Notable', low: 'Minor' } as Record<'high' | 'medium' | 'low', string>,
  quoteLabel: 'The page says',
  whyLabel: 'Why it is a red flag',
  checkLabel: 'What to check',
  sourceLabel: 'Source',
  showOnPage: 'Show on page',
  showOnPageFailed: 'Could not find this text on the page any more. Reload the page and try again.',
  unknownRule: 'StemCheck flags this kind of claim in stem cell advertising.',
  mentionsSummary: (n: number) =>
    `${n} ${plural(n, 'phrase', 'phrases')} quoted in a warning or news context (not counted against this page)`,
  mentionsBody:
    'The page quotes these phrases, for example to warn about them or to report on them. StemCheck does not count them as the page’s own claims.',
  signalsHeading: 'About the page as a whole',

  // Verification
  verifyHeading: 'How to check this page',
  trialIdsHeading: 'Trial and filing numbers on this page',
  trialIdsIntro:
    'A registration number is not a clean bill: clinics often cite real trials they have nothing to do with. Open each record and check:',
  trialChecks: [
    'The sponsor and the trial site are this clinic or hospital.',
    'The condition studied is the one advertised here.',
    'The status: is it recruiting now, or finished, suspended or withdrawn?',
    'No fee: legitimate trials don’t charge participants to take part.',
  ],
  openRecord: (registry: string) => `Open the record in ${registry}`,
  noLinkForId: 'No safe link for this number: search for it by hand in the registry.',
  nhcHint: 'Search this filing number by hand on the NHC medical research registration system.',
  noIdsHeading: 'No trial registration number on this page',
  noIdsBody:
    'Legitimate stem cell research is registered before it starts. Ask the clinic for its registration number, then look it up yourself:',
  searchCtGovFor: (condition: string) => `ClinicalTrials.gov: stem cell trials for ${condition}`,
  searchCtGovAny: 'ClinicalTrials.gov: stem cell trials',
  searchChictr: 'Chinese Clinical Trial Registry (ChiCTR): search',
  searchIctrp: 'WHO International Clinical Trials Registry Platform: search',
  searchHint: 'Look for the clinic or hospital among the trial sites, and check the same four points.',
  opensInNewTab: '(opens in a new tab)',
  questionsHeading: 'Five questions to ask the provider',
  questions: [
    'Is this treatment part of a registered clinical trial? What is the registration number?',
    'What cells are used exactly: what type, from where (your own or a donor’s), and how are they prepared?',
    'Where are the peer-reviewed results for my condition published?',
    'Which ethics board approved this treatment or study?',
    'What is the follow-up plan, and who handles side effects after I return home?',
  ],
  copyQuestions: 'Copy the questions',
  copied: 'Copied.',
  copyFailed: 'Could not copy. Select the text and copy it by hand.',
  specialistHeading: 'Talk to your own specialist',
  specialistBody:
    'Show this report to a doctor who treats your condition and does not work for the clinic, and ask them to review the treatment plan before you pay or travel. Proven stem cell treatments exist mainly for blood disorders (bone marrow transplants for leukaemia, lymphoma and aplastic anaemia).',
  reportHeading: 'Where to report misleading advertising',
  reportFda: 'United States: FDA MedWatch (or email ocod@fda.hhs.gov)',
  reportFtc: 'United States: Federal Trade Commission (ReportFraud.ftc.gov)',
  reportTga: 'Australia: Therapeutic Goods Administration (TGA), report an advertising breach',
  report12315: 'China: market regulation complaints, hotline 12315 (12315.cn)',
  reportBoard: 'Or the medical board of the state or province where the clinic practises.',

  // Actions
  actionsHeading: 'Actions',
  pauseSite: (host: string) => `Pause StemCheck on ${host}`,
  resumeSite: (host: string) => `Resume StemCheck on ${host}`,
  openFull: 'Open the full report in a tab',
  copyReport: 'Copy the report as text',
  downloadJson: 'Download as JSON',
  print: 'Print',
  settings: 'Settings',

  // Plain-text report (copy)
  textReportTitle: 'StemCheck report',
  textPage: 'Page',
  textChecked: 'Checked',
  textMentions: 'Quoted in a warning or news context (not counted)',
  textGenerated: 'Made with StemCheck. This is a checklist of red flags, not medical advice.',

  // Options
  optionsHeading: 'StemCheck settings',
  optionsIntro: 'Changes are saved at once and apply to open tabs without reloading.',
  highlightHeading: 'Highlights',
  autoHighlight: 'Highlight red flags on pages automatically',
  autoHighlightHint: 'When this is off, StemCheck still checks pages and the toolbar report still works.',
  sensitivityLabel: 'Sensitivity',
  sensitivityHint: 'How much evidence StemCheck needs before it raises the risk level.',
  sensitivityOption: {
    low: 'Low: only pages that clearly sell a treatment',
    normal: 'Normal (recommended)',
    high: 'High: also flag weaker signals',
  } as Record<'low' | 'normal' | 'high', string>,
  pausedHeading: 'Paused sites',
  pausedIntro: 'StemCheck does not read or highlight pages on these sites.',
  pausedEmpty: 'No paused sites. You can pause a site from the StemCheck toolbar report.',
  remove: 'Remove',
  removeSite: (host: string) => `Remove ${host} from paused sites`,
  languageLabel: 'Language',
  languageOption: { auto: 'Automatic (browser language)', en: 'English', zh_CN: '简体中文' } as Record<
    'auto' | 'en' | 'zh_CN',
    string
  >,
  dataHeading: 'Stored data',
  dataBody:
    'StemCheck keeps page reports only while the browser is open and never sends them anywhere. Your settings stay until you change them.',
  clearData: 'Clear stored reports',
  clearDone: 'Stored reports cleared.',
  clearFailed: 'Could not clear the reports. Try again.',
  saved: 'Saved.',
  // Page-level signals from the engine (unknown ids are not shown).
  signalText: {
    'no-trial-id': 'No trial registration number anywhere on the page.',
    panacea: 'The same treatment is offered for many unrelated conditions.',
    'commercial-intent': 'The page is selling: prices, booking, or a phone or WeChat contact for a consultation.',
    'pay-to-participate': 'Patients pay to take part in a “trial”. Legitimate trials don’t charge participants.',
    'no-cell-source': 'The page does not say what cells are used, where they come from or how they are prepared.',
    'no-risk-mentioned': 'The page does not mention any risk.',
    'serious-targets': 'It offers treatment for serious conditions that no cell therapy has been proven to treat.',
    'selling-voice': 'The page uses sales language: urgency, discounts, “book now”.',
  } as Record<string, string>,

  // Sources cited by the rules, by source id (the engine's English name is used for unknown ids).
  sourceName: {
    'patient-guide-china-2026': 'Patient guide to stem cell therapy in China (2026)',
    'concierge-guide-china-2026': 'Concierge guide on MS and Parkinson’s treatment in China (2026)',
    'china-clinical-stem-cell-study': 'Study of clinical stem cell research in China',
    'nhc-reply-2021-order-818': 'China’s National Health Commission (2021) and State Council Order 818 (2026)',
    'nmpa-2025': 'China’s drug regulator NMPA: first stem cell product conditionally approved (2025)',
    'isscr-patient-handbook': 'ISSCR patient handbook (A Closer Look at Stem Cells)',
    'fda-consumer-2021': 'US FDA consumer information on regenerative medicine therapies (2021)',
    'ftc-stem-cell-cases': 'US FTC cases against stem cell clinics (2018–2025)',
    'china-advertising-law': 'China Advertising Law art. 16 and Medical Advertising Measures art. 7',
    'tga-2018': 'Australia’s TGA: advertising of cell products (2018)',
    'website-studies': 'Studies of stem cell clinic websites (2015–2018)',
  } as Record<string, string>,

  // Conditions the engine recognises, by id (for search links and lists).
  conditionName: {
    parkinsons: 'Parkinson’s disease',
    alzheimers: 'Alzheimer’s disease and dementia',
    als: 'ALS (motor neurone disease)',
    ms: 'multiple sclerosis',
    stroke: 'stroke',
    'spinal-cord-injury': 'spinal cord injury',
    tbi: 'brain injury',
    neuropathy: 'neuropathy',
    epilepsy: 'epilepsy',
    huntingtons: 'Huntington’s disease',
    autism: 'autism',
    'cerebral-palsy': 'cerebral palsy',
    'down-syndrome': 'Down syndrome',
    'developmental-delay': 'developmental delay',
    'muscular-dystrophy': 'muscular dystrophy',
    osteoarthritis: 'osteoarthritis and joint pain',
    'back-pain': 'back and neck pain',
    'tendon-injury': 'tendon and ligament injuries',
    osteonecrosis: 'osteonecrosis and osteoporosis',
    'chronic-pain': 'chronic pain',
    lupus: 'lupus',
    'rheumatoid-arthritis': 'rheumatoid arthritis',
    crohns: 'Crohn’s disease and colitis',
    psoriasis: 'psoriasis and scleroderma',
    'heart-failure': 'heart disease',
    vascular: 'vascular disease',
    copd: 'lung disease',
    diabetes: 'diabetes',
    obesity: 'obesity',
    'macular-degeneration': 'eye disease and vision loss',
    'kidney-disease': 'kidney disease',
    'liver-disease': 'liver disease',
    'erectile-dysfunction': 'erectile dysfunction',
    'ovarian-failure': 'ovarian failure and infertility',
    'hair-loss': 'hair loss',
    ageing: 'ageing',
    cancer: 'cancer',
    leukaemia: 'leukaemia',
    lymphoma: 'lymphoma',
    'aplastic-anaemia': 'aplastic anaemia',
  } as Record<string, string>,
};


export type Messages = typeof en;
