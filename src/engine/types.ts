// Public data types of the engine. Everything here is a plain, JSON-safe shape: assessments cross the
// content-script/background boundary and are written to disk by the CLI.

export type Risk = 'none' | 'low' | 'moderate' | 'high';
export type Severity = 'low' | 'medium' | 'high';
export type Lang = 'en' | 'zh';
/** Shifts the risk thresholds only; findings and score are the same at every sensitivity. */
export type Sensitivity = 'low' | 'normal' | 'high';

/** A sentence-sized slice of a frame's visible text; `start` is its offset in that full text. */
export interface Passage {
  start: number;
  text: string;
}

export interface Finding {
  rule: string;
  family: string;
  severity: Severity;
  /** The sentence around the matched claim, at most 200 characters. */
  quote: string;
  /** Offsets of the matched phrase in the frame's full visible text. */
  start: number;
  end: number;
  /** True when the phrase is quoted, attributed, warned about or negated rather than claimed. */
  mention: boolean;
  lang: Lang;
  /** Why it is a mention (e.g. 'warning-frame', 'attribution', 'negation', 'established-use'); absent for claims. */
  context?: string;
  /** Claim softened by may/could/potentially; counts for less. */
  hedged?: boolean;
}

export interface TrialId {
  id: string;
  registry: string;
  url: string;
}

/** Page-level observation, e.g. 'no-trial-id', 'panacea', 'commercial-intent', 'pay-to-participate'. */
export interface Signal {
  id: string;
  points: number;
  detail?: string;
}

/** One line of the score: a rule id or a signal id and the points it contributed (may be negative). */
export interface ScoreItem {
  source: string;
  points: number;
}

export interface ConditionHit {
  id: string;
  system: string;
  serious: boolean;
}

export interface Assessment {
  risk: Risk;
  /** 0..100 integer: the sum of `breakdown`, clamped. */
  score: number;
  topic: boolean;
  findings: Finding[];
  trialIds: TrialId[];
  signals: Signal[];
  breakdown: ScoreItem[];
  conditions: ConditionHit[];
}

/** A phrase (matched case-insensitively, Traditional folded to Simplified) or a linear-time regex source. */
export type Pattern = string | { re: string; flags?: string };

export interface Rule {
  id: string;
  family: string;
  severity: Severity;
  languages: Lang[];
  patterns: Pattern[];
  explanation: { en: string; zh: string };
  verify: { en: string; zh: string };
  source: { id: string; name: string; url?: string };
  /** Sentences that must fire this rule as a claim (positive) or must not (negative); exercised by tests. */
  examples: { positive: string[]; negative?: string[] };
}
