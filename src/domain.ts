/**
 * The product's vocabulary beyond one extraction (DESIGN.md): documents, reports, curated
 * records, WARN notices, events and companies. The same words are used in code, database, API and UI.
 */
import type {
  AiAttribution,
  EvidenceSpan,
  ExtractedEvent,
  Headcount,
  Reason,
  Support,
} from './extract/types.js';

/** One fetched or imported text. Immutable; `id` is the content hash of `text`. */
export type Document = {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  language: string | null;
  text: string;
  /** The bytes as read, kept for re-processing. */
  raw: Uint8Array | null;
  content_type: string | null;
  /** Where it came from, as the user gave it: a path, a URL, "-" for stdin. */
  origin: string;
  /** Id of the document this one is a near-duplicate of (a syndicated copy), if any. */
  duplicate_of: string | null;
  fetched_at: string;
};

/** A document as a source adapter hands it over, before it is hashed and stored. */
export type SourceDocument = Omit<Document, 'id' | 'duplicate_of' | 'fetched_at'>;

/** What the extractor read in one document: its primary event or one cut it mentions. */
export type Report = {
  id: string;
  document_id: string;
  role: 'primary' | 'mention';
  extractor_version: string;
  confidence: number;
  event: ExtractedEvent;
};

/** One row of a curated dataset such as the layoffs.fyi export. */
export type CuratedRecord = {
  id: string;
  dataset: 'layoffs-fyi';
  company: string;
  location: string | null;
  industry: string | null;
  headcount: number | null;
  percent: number | null;
  /** YYYY-MM-DD */
  date: string | null;
  country: string | null;
  stage: string | null;
  source_url: string | null;
  raw: Record<string, string>;
};

export type SourceKind = 'article' | 'curated' | 'warn';

export type EventSource = {
  kind: SourceKind;
  /** document id, curated record id or WARN notice id */
  ref: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  document_id: string | null;
};

/** Who made a claim: the company itself, the writer of the report, an analyst, an official record. */
export type Claimant = 'company' | 'writer' | 'analyst' | 'official' | 'dataset';

/** One value for one field of an event, as one source claimed it. */
export type Claim = {
  field: string;
  value: unknown;
  source: EventSource;
  claimant: Claimant;
  evidence: EvidenceSpan[];
};

export type AiClaim = {
  attribution: AiAttribution;
  claimant: Claimant;
  quote: string | null;
  source: EventSource;
};

export type Conflict = { field: string; values: { value: unknown; sources: string[] }[] };

/** One real-world workforce reduction, merged from all its reports and records. */
export type Event = {
  id: string;
  company: string;
  parent_company: string | null;
  date: string | null;
  headcount: Headcount | null;
  percent: number | null;
  country: string | null;
  locations: string[];
  units: string[];
  reasons: Reason[];
  ai_attribution: AiAttribution;
  ai_claims: AiClaim[];
  support: Support;
  hiring_areas: string[];
  context: string[];
  sources: EventSource[];
  claims: Claim[];
  conflicts: Conflict[];
};

export type Company = {
  id: string;
  name: string;
  slug: string;
  aliases: string[];
  parent: string | null;
  industry: string | null;
  country: string | null;
  ticker: string | null;
};
