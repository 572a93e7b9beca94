/**
 * Ingestion: source → document (content-hash dedup, near-duplicate link) → extract → resolve →
 * store, each document whole or not at all (documents ready together share a transaction, a savepoint
 * each); curated imports; re-processing of stored documents.
 */
export { documentId } from './document-id.js';
export { extractReports } from './extract-reports.js';
export { ExtractionError } from './extraction-error.js';
export { createExtractionPool, defaultPoolSize, type ExtractionPool } from './extraction-pool.js';
export {
  type ImportCuratedOptions,
  type ImportSummary,
  importCuratedRecord,
  importCuratedRows,
  type RecordOutcome,
  UNUSABLE_COMPANY,
} from './import-curated.js';
export { type DocumentDefaults, type DocumentOutcome, ingestDocument } from './ingest-document.js';
export { emptyIngestSummary, type IngestSummary } from './ingest-summary.js';
export { type MergeOutcome, mergeCandidate } from './merge-candidate.js';
export {
  createPipelineContext,
  MERGE_WINDOW_DAYS,
  type PipelineContext,
  type PipelineContextOptions,
} from './pipeline-context.js';
export { type PreparedDocument, readDocument } from './prepare-document.js';
export {
  type FeedStates,
  type InputItem,
  type InputTask,
  planInputs,
  type ReadInputsOptions,
  readInputs,
} from './read-inputs.js';
export { type ReprocessOptions, type ReprocessSummary, reprocess } from './reprocess.js';
export { type RunIngestOptions, runIngest } from './run-ingest.js';
export { storeDocument } from './store-document.js';
