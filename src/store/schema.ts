/**
 * The tables as Kysely sees them. JSON-shaped fields are TEXT holding JSON on both dialects, so every
 * query is the same SQL on SQLite and PostgreSQL; dates and timestamps are ISO text for the same reason.
 * Columns that exist on one dialect only (PostgreSQL's `search` tsvector) are left out: only
 * full-text-search.ts touches them.
 */
import type { Generated } from 'kysely';

export type StoreDialect = 'sqlite' | 'postgres';

export type DocumentsTable = {
  /**
   * Number in insertion order: FTS5's rowid on SQLite, and what document_band_keys refer to (an
   * integer is a fifth of the size of `id` in an index). A bigint, which PostgreSQL returns as a string.
   */
  seq: Generated<number | string>;
  /** Content hash of `text`. */
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  text: string;
  raw: Uint8Array | null;
  content_type: string | null;
  origin: string;
  duplicate_of: string | null;
  /** Near-duplicate fingerprint (e.g. a simhash), as the resolver writes it. */
  signature: string | null;
  fetched_at: string;
};

/**
 * Locality-sensitive hashing bands of each document's signature: near-duplicate candidates by SQL.
 * New keys wait in `document_bands_pending` and move here in sorted runs.
 */
export type DocumentBandKeysTable = {
  /** The band key as a number (band-key.ts). */
  band: number;
  document_seq: number | string;
};

/** SQLite: how far a full-text index has read its table (migration 0005). */
export type FullTextProgressTable = {
  name: string;
  /** Every row with a seq up to this one is indexed, none after it. */
  indexed_upto: number;
};

/** SQLite: events whose text changed since the full-text index last caught up (migration 0006). */
export type EventsFtsPendingTable = {
  event_seq: number;
};

/** The band keys of one document not yet moved to document_band_keys (pending-bands.ts). */
export type DocumentBandsPendingTable = {
  document_seq: number | string;
  /** bandsChecksum of the keys: a store's copy in memory is checked against the table by it. */
  checksum: number | string;
  /** The band keys as a JSON array of numbers. */
  bands: string;
};

export type ReportsTable = {
  id: string;
  document_id: string;
  position: number;
  role: 'primary' | 'mention';
  extractor_version: string;
  confidence: number;
  company: string | null;
  date: string | null;
  /** ExtractedEvent as JSON. */
  event: string;
};

export type EventsTable = {
  id: string;
  company: string;
  /** Key of the top-level company, as the resolver groups events ("amazon" for AWS). */
  company_key: string;
  /** Key of the company as named ("aws"); null only on rows older than migration 0002 backfilled it. */
  name_key: string | null;
  parent_company: string | null;
  parent_key: string | null;
  date: string | null;
  date_start: string | null;
  date_end: string | null;
  /** Headcount as JSON; value/min/max repeated as columns for filtering and sorting. */
  headcount: string | null;
  headcount_value: number | null;
  headcount_min: number | null;
  headcount_max: number | null;
  percent: number | null;
  country: string | null;
  ai_attribution: string;
  /** The rest of the event (locations, units, reasons, ai_claims, support, …) as JSON. */
  details: string;
  /** Words the full-text index reads: company, units, locations, context, claims' quotes. */
  search_text: string;
  /** Digest of the whole event as saved: saving the same event again writes nothing. */
  digest: string;
  created_at: string;
  updated_at: string;
};

export type EventSourcesTable = {
  event_id: string;
  position: number;
  kind: string;
  ref: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  document_id: string | null;
};

export type ClaimsTable = {
  event_id: string;
  position: number;
  field: string;
  /** JSON. */
  value: string;
  source_kind: string;
  source_ref: string;
  claimant: string;
  /** EvidenceSpan[] as JSON. */
  evidence: string;
};

export type CompaniesTable = {
  id: string;
  name: string;
  slug: string;
  parent: string | null;
  parent_key: string | null;
  industry: string | null;
  country: string | null;
  ticker: string | null;
};

export type CompanyAliasesTable = {
  alias_key: string;
  alias: string;
  company_id: string;
  /** -1 for the company's own name, then the aliases in the order given. */
  position: number;
};

export type CuratedRecordsTable = {
  id: string;
  dataset: string;
  company: string;
  company_key: string;
  location: string | null;
  industry: string | null;
  headcount: number | null;
  percent: number | null;
  date: string | null;
  country: string | null;
  stage: string | null;
  source_url: string | null;
  /** The row as read, JSON. */
  raw: string;
};

export type WarnNoticesTable = {
  id: string;
  state: string;
  employer: string;
  site: string | null;
  city: string | null;
  county: string | null;
  notice_date: string | null;
  effective_date: string | null;
  employees: number | null;
  closure_or_layoff: string | null;
  /** The row as read, JSON. */
  raw: string;
};

export type FeedsTable = {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  consecutive_errors: number;
  last_error: string | null;
  created_at: string;
};

export type SchemaMigrationsTable = {
  name: string;
  applied_at: string;
};

export type Database = {
  documents: DocumentsTable;
  document_band_keys: DocumentBandKeysTable;
  document_bands_pending: DocumentBandsPendingTable;
  full_text_progress: FullTextProgressTable;
  events_fts_pending: EventsFtsPendingTable;
  reports: ReportsTable;
  events: EventsTable;
  event_sources: EventSourcesTable;
  claims: ClaimsTable;
  companies: CompaniesTable;
  company_aliases: CompanyAliasesTable;
  curated_records: CuratedRecordsTable;
  warn_notices: WarnNoticesTable;
  feeds: FeedsTable;
  schema_migrations: SchemaMigrationsTable;
};
