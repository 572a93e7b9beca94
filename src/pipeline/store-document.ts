/**
 * The stored half of ingesting a document, in one transaction: the near-duplicate lookup, the
 * document, its reports, and each report merged into the events. Killed halfway, the store holds the
 * document with all its reports and events, or none of it.
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

export function storeDocument(
  store: Store,
  prepared: PreparedDocument,
  context: PipelineContext,
): Promise<DocumentOutcome> {
  const { signature, bands, reports } = prepared;
  const id = prepared.document.id;
  return store.transaction(async (tx) => {
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
  });
}
