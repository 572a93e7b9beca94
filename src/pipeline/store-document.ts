/**
 * The stored half of ingesting documents: for each, the near-duplicate lookup, the document, its
 * reports, and each report merged into the events. Each document is all-or-nothing: killed halfway,
 * the store holds a document with all its reports and events, or none of it.
 */
import { reportToCandidate } from '../resolve/index.js';
import type { Store } from '../store/index.js';
import { findTwin } from './find-twin.js';
import { mergeCandidate } from './merge-candidate.js';
import type { PipelineContext } from './pipeline-context.js';
import type { PreparedDocument } from './prepare-document.js';

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

/** Stores one document in its own transaction. */
export function storeDocument(
  store: Store,
  prepared: PreparedDocument,
  context: PipelineContext,
): Promise<DocumentOutcome> {
  return store.transaction((tx) => writeDocument(tx, prepared, context));
}

/**
 * Stores documents in order, in one transaction with a savepoint per document: a commit (the costly
 * part of a small write) is shared by the batch, while each document still goes in whole or not at
 * all. When one fails, the documents before it are kept, it is undone, and its error is thrown.
 */
export function storeDocuments(
  store: Store,
  batch: readonly PreparedDocument[],
  context: PipelineContext,
): Promise<DocumentOutcome[]> {
  if (batch.length === 1) return storeDocument(store, batch[0]!, context).then((outcome) => [outcome]);
  let failure: { error: unknown } | null = null;
  const outcomes = store.transaction(async (tx) => {
    const done: DocumentOutcome[] = [];
    for (const prepared of batch) {
      try {
        done.push(await tx.savepoint(() => writeDocument(tx, prepared, context)));
      } catch (error) {
        failure = { error };
        break;
      }
    }
    return done;
  });
  return outcomes.then((done) => {
    if (failure) throw failure.error;
    return done;
  });
}

async function writeDocument(
  tx: Store,
  prepared: PreparedDocument,
  context: PipelineContext,
): Promise<DocumentOutcome> {
  const { signature, bands, reports } = prepared;
  const id = prepared.document.id;
  const duplicateOf = await findTwin(tx, signature, bands);
  const document = { ...prepared.document, duplicate_of: duplicateOf };
  if (!(await tx.insertDocument({ ...document, signature, bands }))) {
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
}
