/** What an ingest run did, counted as documents go by; the CLI prints it at the end. */
import type { DocumentOutcome } from './ingest-document.js';

export type IngestSummary = {
  documentsAdded: number;
  /** Added documents that are near-duplicates (syndicated copies) of a stored one. */
  nearDuplicates: number;
  /** Documents already stored (the same text), skipped. */
  duplicatesSkipped: number;
  /** Known feeds that answered 304 Not Modified. */
  feedsUnchanged: number;
  eventsCreated: number;
  eventsMerged: number;
  /** Inputs that could not be read or stored. */
  failures: number;
};

export function emptyIngestSummary(): IngestSummary {
  return {
    documentsAdded: 0,
    nearDuplicates: 0,
    duplicatesSkipped: 0,
    feedsUnchanged: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    failures: 0,
  };
}

export function countOutcome(summary: IngestSummary, outcome: DocumentOutcome): void {
  if (outcome.status === 'duplicate') {
    summary.duplicatesSkipped++;
    return;
  }
  summary.documentsAdded++;
  if (outcome.duplicateOf) summary.nearDuplicates++;
  summary.eventsCreated += outcome.eventsCreated;
  summary.eventsMerged += outcome.eventsMerged;
}
