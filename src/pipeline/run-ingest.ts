/**
 * An ingest run. Inputs are read and documents extracted a few at a time ahead (extraction on worker
 * threads), while the main thread stores them strictly in input order, one transaction each, so the
 * result does not depend on how fast each document was read. An input that fails is reported through
 * onError and counted, and the run goes on.
 */
import type { Store } from '../store/index.js';
import { ExtractionError } from './extraction-error.js';
import { createExtractionPool, type ExtractionPool } from './extraction-pool.js';
import { countOutcome, emptyIngestSummary, type IngestSummary } from './ingest-summary.js';
import type { PipelineContext } from './pipeline-context.js';
import { type DocumentDefaults, draftDocument, type PreparedDocument } from './prepare-document.js';
import type { InputItem } from './read-inputs.js';
import { type DocumentOutcome, storeDocument } from './store-document.js';

export type RunIngestOptions = {
  defaults?: DocumentDefaults;
  /** Extraction workers; default one per core but one. 0 extracts on the main thread. */
  workers?: number;
  /** One input that could not be read or extracted: the error names it. */
  onError?: (error: Error) => void;
  /** After each item, with the counts so far. */
  onItem?: (summary: IngestSummary, outcome: DocumentOutcome | null) => void;
};

/** An input item once read ahead: stored already, ready to store, or not a document. */
type Step =
  | { kind: 'error'; error: Error }
  | { kind: 'feed-unchanged' }
  | { kind: 'stored'; outcome: DocumentOutcome }
  | { kind: 'ready'; prepared: PreparedDocument };

export async function runIngest(
  store: Store,
  items: AsyncIterable<InputItem>,
  context: PipelineContext,
  options: RunIngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptyIngestSummary();
  const pool = createExtractionPool(options.workers);
  const ahead: Promise<Step>[] = [];
  const finish = async (step: Step) => {
    let outcome: DocumentOutcome | null = null;
    if (step.kind === 'error') {
      summary.failures++;
      options.onError?.(step.error);
    } else if (step.kind === 'feed-unchanged') {
      summary.feedsUnchanged++;
    } else {
      outcome = step.kind === 'stored' ? step.outcome : await storeDocument(store, step.prepared, context);
      countOutcome(summary, outcome);
    }
    options.onItem?.(summary, outcome);
  };
  try {
    for await (const item of items) {
      ahead.push(readAhead(store, item, pool, context, options.defaults ?? {}));
      if (ahead.length >= pool.capacity) await finish(await ahead.shift()!);
    }
    while (ahead.length > 0) await finish(await ahead.shift()!);
  } finally {
    // Steps still in flight when a store error ends the run must not reject unobserved.
    await Promise.allSettled(ahead);
    await pool.close();
  }
  return summary;
}

async function readAhead(
  store: Store,
  item: InputItem,
  pool: ExtractionPool,
  context: PipelineContext,
  defaults: DocumentDefaults,
): Promise<Step> {
  if (item.kind === 'error') return { kind: 'error', error: item.error };
  if (item.kind === 'feed-unchanged') return { kind: 'feed-unchanged' };
  const document = draftDocument(item.document, defaults, context.now().toISOString());
  if (await store.hasDocument(document.id)) {
    return { kind: 'stored', outcome: { status: 'duplicate', documentId: document.id } };
  }
  try {
    const { id, text, title, published, url, origin } = document;
    return {
      kind: 'ready',
      prepared: { document, ...(await pool.read({ id, text, title, published, url, origin })) },
    };
  } catch (error) {
    if (error instanceof ExtractionError) return { kind: 'error', error };
    throw error;
  }
}
