/**
 * The ingestion of one document, in one transaction: hash → skip when stored → near-duplicate lookup
 * → store → reports → candidates → events. Killed halfway, the store holds the document with all its
 * reports and events, or none of it; ingesting it again changes nothing.
 */
import type { Document, Report, SourceDocument } from '../domain.js';
import { bandKeys, reportToCandidate, signature } from '../resolve/index.js';
import type { Store } from '../store/index.js';
import { documentId } from './document-id.js';
import { extractReports } from './extract-reports.js';
import { ExtractionError } from './extraction-error.js';
import { findTwin } from './find-twin.js';
import { mergeCandidate } from './merge-candidate.js';
import type { PipelineContext } from './pipeline-context.js';

/** Values for documents that carry none of their own (`ingest --published --outlet --url`). */
export type DocumentDefaults = {
  /** YYYY-MM-DD: relative dates in the text ("on Thursday") resolve against it. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
};

export type DocumentOutcome =
  | { status: 'duplicate'; documentId: string }
  | {
      status: 'added';
      documentId: string;
      /** The original this document is a near-duplicate of: it adds no source and changes no event. */
      duplicateOf: string | null;
      eventsCreated: number;
      eventsMerged: number;
    };

export async function ingestDocument(
  store: Store,
  source: SourceDocument,
  context: PipelineContext,
  defaults: DocumentDefaults = {},
): Promise<DocumentOutcome> {
  const id = documentId(source.text);
  if (await store.hasDocument(id)) return { status: 'duplicate', documentId: id };

  // The pure work happens before the transaction, which (on SQLite) holds the write lock.
  const sig = signature(source.text);
  const bands = bandKeys(sig);
  const draft: Document = {
    ...source,
    id,
    published: source.published ?? defaults.published ?? null,
    outlet: source.outlet ?? defaults.outlet ?? null,
    url: source.url ?? defaults.url ?? null,
    duplicate_of: null,
    fetched_at: context.now().toISOString(),
  };
  let reports: Report[];
  try {
    reports = extractReports(draft);
  } catch (error) {
    throw new ExtractionError(source.origin, { cause: error });
  }

  return store.transaction(async (tx) => {
    const duplicateOf = await findTwin(tx, sig, bands);
    const document: Document = { ...draft, duplicate_of: duplicateOf };
    if (!(await tx.insertDocument({ ...document, signature: sig, bands }))) {
      return { status: 'duplicate', documentId: id };
    }
    await tx.replaceReports(id, reports);
    let eventsCreated = 0;
    let eventsMerged = 0;
    for (const report of reports) {
      const candidate = reportToCandidate(report, document, context.resolver);
      if (!candidate) continue;
      const outcome = await mergeCandidate(tx, candidate, context.windowDays);
      if (outcome === 'created') eventsCreated++;
      else if (outcome === 'merged') eventsMerged++;
    }
    return { status: 'added', documentId: id, duplicateOf, eventsCreated, eventsMerged };
  });
}
