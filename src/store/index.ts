/**
 * The store: Kysely schema, migrations and queries over SQLite (default) or PostgreSQL. All SQL of
 * layoffwatch lives in this folder; everything else calls the Store.
 */
export type {
  DocumentSummary,
  DuplicateCandidate,
  IterateDocumentsOptions,
  NewDocument,
  SearchDocumentsOptions,
  StoredDocument,
} from './documents.js';
export type { EventFilter } from './event-filter.js';
export type { EventToSave, StoredEvent } from './event-rows.js';
export type { CandidateEventQuery } from './events.js';
export type { AddFeedOptions, Feed, FeedPoll } from './feeds.js';
export { MigrationError } from './migration-error.js';
export { type OpenStoreOptions, openStore } from './open-store.js';
export type { SaveResult } from './save-result.js';
export type { StoreDialect } from './schema.js';
export type { Store } from './store.js';
export { StoreInputError } from './store-input-error.js';
export { StoreOpenError } from './store-open-error.js';
export {
  DEFAULT_DB_PATH,
  type ResolveStoreTargetOptions,
  resolveStoreTarget,
  type StoreTarget,
} from './store-target.js';
