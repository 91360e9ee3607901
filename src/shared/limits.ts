/**
 * Size bounds shared by the content script (which respects them) and the background (which enforces them
 * at the message boundary). One place, so the two sides can never disagree.
 */
export const LIMITS = {
  /** Passages one frame may send per scan message. */
  maxPassages: 400,
  /** Characters per passage. */
  maxPassageChars: 600,
  /** Quotes kept in a report are short: they identify a claim, they never copy the page. */
  maxQuoteChars: 200,
  /** Findings kept per frame and per tab. */
  maxFindingsPerFrame: 200,
  maxFindingsPerTab: 300,
  /** Frames remembered per tab (ad-heavy pages have dozens; the score is capped separately). */
  maxFramesPerTab: 32,
  /** Tabs whose reports are kept in storage.session; the oldest are evicted beyond this. */
  maxTabs: 100,
  maxUrlChars: 2048,
  /**
   * Serialised size of one tab's report in storage.session (UTF-8 bytes). Chrome's storage.session holds
   * 10 MB for everything; beyond this, the least useful iframes are dropped from the report first.
   */
  maxReportBytes: 400_000,
  /** Longest visible text (characters) a frame reads before it marks the scan partial. */
  maxScanChars: 2_000_000,
} as const;
