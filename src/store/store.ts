/**
 * The store: everything the pipeline, the web and the CLI keep or look up, in the domain's words.
 * All methods are async so that SQLite and PostgreSQL share one interface.
 */
import type { Company, CuratedRecord, Report, SourceKind } from '../domain.js';
import { findCompanyByAlias, getCompanyBySlug, upsertCompany } from './companies.js';
import { getCuratedRecord, iterateCuratedRecords, upsertCuratedRecord } from './curated-records.js';
import {
  countDocuments,
  type DocumentSummary,
  type DuplicateCandidate,
  findDuplicateCandidates,
  getDocument,
  hasDocument,
  type IterateDocumentsOptions,
  insertDocument,
  iterateDocuments,
  type NewDocument,
  type SearchDocumentsOptions,
  type StoredDocument,
  searchDocuments,
} from './documents.js';
import type { EventFilter } from './event-filter.js';
import type { EventToSave, StoredEvent } from './event-rows.js';
import {
  type CandidateEventQuery,
  countEvents,
  deleteEvent,
  findCandidateEvents,
  findEventIdsBySource,
  getEvent,
  hasEvent,
  listEventIds,
  listEvents,
  saveEvent,
} from './events.js';
import {
  type AddFeedOptions,
  addFeed,
  type Feed,
  type FeedPoll,
  getFeedState,
  listFeeds,
  saveFeedState,
} from './feeds.js';
import { indexText } from './full-text-backlog.js';
import { integrityCheck } from './integrity-check.js';
import { listReports, replaceReports } from './reports.js';
import type { SaveResult } from './save-result.js';
import type { StoreDialect } from './schema.js';
import { inTransaction, type StoreContext, savepoint } from './store-context.js';

export class Store {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  get dialect(): StoreDialect {
    return this.#ctx.dialect;
  }

  /**
   * Runs fn in one transaction: everything it writes through the store it is given is kept, or, if
   * fn throws, nothing is. Inside fn use that store only (on SQLite the outer one waits for fn to end).
   */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return inTransaction(this.#ctx, (ctx) => fn(ctx === this.#ctx ? this : new Store(ctx)));
  }

  /**
   * Runs fn inside the open transaction as one unit: if it throws, what it wrote is undone (a
   * savepoint rolled back) and the error passes on; the transaction stays usable.
   */
  savepoint<T>(fn: () => Promise<T>): Promise<T> {
    return savepoint(this.#ctx, fn);
  }

  // Documents

  /** Stores the document unless its id (content hash) is already stored; returns whether it was added. */
  insertDocument(doc: NewDocument): Promise<boolean> {
    return insertDocument(this.#ctx, doc);
  }

  getDocument(id: string): Promise<StoredDocument | null> {
    return getDocument(this.#ctx, id);
  }

  hasDocument(id: string): Promise<boolean> {
    return hasDocument(this.#ctx, id);
  }

  countDocuments(): Promise<number> {
    return countDocuments(this.#ctx);
  }

  /** Stored documents sharing a band with the given ones: the near-duplicate candidates. */
  findDuplicateCandidates(bands: readonly string[]): Promise<DuplicateCandidate[]> {
    return findDuplicateCandidates(this.#ctx, bands);
  }

  /** Every document in id order, read a page at a time (for re-processing). */
  iterateDocuments(options?: IterateDocumentsOptions): AsyncGenerator<StoredDocument> {
    return iterateDocuments(this.#ctx, options);
  }

  /**
   * Brings the full-text indexes up to date: SQLite indexes documents and changed events in runs
   * (searches catch up first either way). Returns how many of each were indexed.
   */
  indexText(): Promise<{ documents: number; events: number }> {
    return indexText(this.#ctx);
  }

  /** Documents whose title or text contains every word of q. */
  searchDocuments(q: string, options?: SearchDocumentsOptions): Promise<DocumentSummary[]> {
    return searchDocuments(this.#ctx, q, options);
  }

  // Reports

  /** Makes `reports` the document's reports, dropping the ones an earlier extraction left. */
  replaceReports(documentId: string, reports: readonly Report[]): Promise<void> {
    return replaceReports(this.#ctx, documentId, reports);
  }

  listReports(documentId: string): Promise<Report[]> {
    return listReports(this.#ctx, documentId);
  }

  // Events

  /** Inserts or replaces the event with its sources and claims; an equal event writes nothing. */
  saveEvent(event: EventToSave): Promise<SaveResult> {
    return saveEvent(this.#ctx, event);
  }

  deleteEvent(id: string): Promise<boolean> {
    return deleteEvent(this.#ctx, id);
  }

  getEvent(id: string): Promise<StoredEvent | null> {
    return getEvent(this.#ctx, id);
  }

  hasEvent(id: string): Promise<boolean> {
    return hasEvent(this.#ctx, id);
  }

  /** Events by company (name, alias or parent), date range and words; latest first. */
  listEvents(filter?: EventFilter): Promise<StoredEvent[]> {
    return listEvents(this.#ctx, filter);
  }

  countEvents(filter?: EventFilter): Promise<number> {
    return countEvents(this.#ctx, filter);
  }

  /** The id of every event, in order. */
  listEventIds(): Promise<string[]> {
    return listEventIds(this.#ctx);
  }

  /** Events a report might merge into: same company or parent key, date period overlapping from..to. */
  findCandidateEvents(query: CandidateEventQuery): Promise<StoredEvent[]> {
    return findCandidateEvents(this.#ctx, query);
  }

  /** Events citing a document, curated record or WARN notice. */
  findEventIdsBySource(kind: SourceKind, ref: string): Promise<string[]> {
    return findEventIdsBySource(this.#ctx, kind, ref);
  }

  // Curated records

  upsertCuratedRecord(record: CuratedRecord): Promise<SaveResult> {
    return upsertCuratedRecord(this.#ctx, record);
  }

  getCuratedRecord(id: string): Promise<CuratedRecord | null> {
    return getCuratedRecord(this.#ctx, id);
  }

  /** Every curated record in id order, read a page at a time. */
  iterateCuratedRecords(options?: { pageSize?: number }): AsyncGenerator<CuratedRecord> {
    return iterateCuratedRecords(this.#ctx, options);
  }

  // Companies

  upsertCompany(company: Company): Promise<SaveResult> {
    return upsertCompany(this.#ctx, company);
  }

  /** The company a name or alias belongs to, in any case or spelling companyKey forgives. */
  findCompanyByAlias(nameOrKey: string): Promise<Company | null> {
    return findCompanyByAlias(this.#ctx, nameOrKey);
  }

  getCompanyBySlug(slug: string): Promise<Company | null> {
    return getCompanyBySlug(this.#ctx, slug);
  }

  // Feeds

  /** Adds the feed unless it is already there; returns whether it was added. */
  addFeed(url: string, options?: AddFeedOptions): Promise<boolean> {
    return addFeed(this.#ctx, url, options);
  }

  listFeeds(): Promise<Feed[]> {
    return listFeeds(this.#ctx);
  }

  getFeedState(url: string): Promise<Feed | null> {
    return getFeedState(this.#ctx, url);
  }

  /** Records one poll: validators for the next conditional GET, and the consecutive error count. */
  saveFeedState(url: string, poll: FeedPoll): Promise<Feed> {
    return saveFeedState(this.#ctx, url, poll);
  }

  // Maintenance

  /** 'ok' when the database is sound (SQLite's PRAGMA integrity_check), else the problems found. */
  integrityCheck(): Promise<string> {
    return integrityCheck(this.#ctx);
  }

  /** Closes the connection (SQLite) or the pool (PostgreSQL). */
  close(): Promise<void> {
    return this.#ctx.db.destroy();
  }
}
