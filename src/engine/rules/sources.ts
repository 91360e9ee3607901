// The sources of red-flags.md §1. Every rule cites one of these ids.
export const SOURCES = {
  patientGuide: { id: 'patient-guide-china-2026', name: 'Patient guide to stem cell therapy in China (2026)' },
  conciergeGuide: { id: 'concierge-guide-china-2026', name: 'Concierge guide on MS/Parkinson’s in China (2026)' },
  chinaStudy: { id: 'china-clinical-stem-cell-study', name: 'Study of clinical stem cell research in China' },
  nhc: { id: 'nhc-reply-2021-order-818', name: 'NHC reply (2021) and State Council Order 818 (2026)' },
  nmpa: { id: 'nmpa-2025', name: 'NMPA: first stem cell product conditionally authorised (2025)' },
  isscr: {
    id: 'isscr-patient-handbook',
    name: 'ISSCR patient handbook / A Closer Look at Stem Cells',
    url: 'https://www.closerlookatstemcells.org/',
  },
  fda: {
    id: 'fda-consumer-2021',
    name: 'FDA consumer update: important patient and consumer information about regenerative medicine therapies',
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
  },
  ftc: { id: 'ftc-stem-cell-cases', name: 'FTC cases: Regenerative Medical Group (2018); Stem Cell Institute of America (2021–25)', url: 'https://www.ftc.gov/' },
  chinaAdLaw: {
    id: 'china-advertising-law',
    name: 'China Advertising Law art. 16; Medical Advertising Measures art. 7; SAMR 2021; NHC Dec 2025',
  },
  tga: { id: 'tga-2018', name: 'TGA (Australia) advertising of autologous cell products (2018)', url: 'https://www.tga.gov.au/' },
  websiteStudies: {
    id: 'website-studies',
    name: 'Website studies: Murdoch 2018; Berger 2016; Meehan 2017; Rachul 2015',
  },
} as const;
