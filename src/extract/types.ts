/** The extraction contract (DESIGN.md): what one document claims about a workforce reduction. */

export type Reason =
  | 'cost_cutting'
  | 'restructuring'
  | 'ai_automation'
  | 'economic_downturn'
  | 'demand_decline'
  | 'covid'
  | 'merger_acquisition'
  | 'closure'
  | 'relocation'
  | 'funding'
  | 'regulation'
  | 'other';

export type AiAttribution = 'explicit' | 'blamed' | 'denied' | 'mixed' | 'none';

export type HeadcountQualifier = 'exact' | 'about' | 'at_least' | 'up_to' | 'vague';

export type Headcount = {
  /** The amount of this cut; null for a vague amount such as "hundreds". */
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: HeadcountQualifier;
  /** The literal amount as written: "several hundred". */
  words: string | null;
};

export type Support = {
  severance: boolean | null;
  continued_pay_days: number | null;
  healthcare: boolean | null;
  job_placement: boolean | null;
  notes: string[];
};

export type EvidenceSpan = { start: number; end: number; text: string };

export type ExtractedEvent = {
  company: string | null;
  parent_company: string | null;
  headcount: Headcount | null;
  percent: number | null;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text supports. */
  date: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  locations: string[];
  units: string[];
  reasons: Reason[];
  ai_attribution: AiAttribution;
  support: Support;
  hiring_areas: string[];
  context: string[];
  evidence: Record<string, EvidenceSpan[]>;
};

export type ExtractResult = {
  id?: string;
  is_layoff_report: boolean;
  confidence: number;
  event: ExtractedEvent | null;
  mentions: ExtractedEvent[];
  warnings: string[];
};

export type ExtractOptions = {
  /** Publication date (YYYY-MM-DD); relative dates resolve against it. */
  published?: string | null;
  url?: string | null;
};
