/**
 * An ingest run. Inputs are read and documents extracted ahead (extraction on worker threads), while
 * the main thread stores them strictly in input order, so the result does not depend on how fast each
 * document was read. Documents that are ready together are stored together: one transaction, a
 * savepoint each (see storeDocuments). An input that fails is reported through onError and counted,
 * and the run goes on.
 */
import type { Store } from '../store/index.js';
import { ExtractionError } from './extraction-error.js';
import { createExtractionPool, type ExtractionPool } from './extraction-pool.js';
import { countOutcome, emptyIngestSummary, type IngestSummary } from './ingest-summary.js';
import type { PipelineContext } from './pipeline-context.js';
import { type DocumentDefaults, draftDocument, type PreparedDocument } from './prepare-document.js';
import type { InputItem } from './read-inputs.js';
import { type DocumentOutcome, storeDocuments } from './store-document.js';

export type RunIngestOptions = {
  defaults?: DocumentDefaults;
  /** Extraction workers; default one per core but one. 0 extracts on the main thread. */
  workers?: number;
  /** One input that could not be read or extracted: the error names it. */
  onError?: (error: Error) => void;
  /** After each item, with the counts so far. */
  onItem?: (summary: IngestSummary, outcome: DocumentOutcome | null) => void;
};

/** Inputs read ahead of the one being stored, at most: enough to keep the workers busy and batches full. */
const READ_AHEAD = 64;
/** Text read ahead, at most (one large document may still go beyond it alone). */
const READ_AHEAD_CHARS = 32 * 1024 * 1024;

/** An input item once read ahead: stored already, ready to store, not a document, or a task in order. */
type Step =
  | { kind: 'error'; error: Error }
  | { kind: 'feed-unchanged' }
  | { kind: 'stored'; outcome: DocumentOutcome }
  | { kind: 'ready'; prepared: PreparedDocument }
  | { kind: 'after-stored'; run: () => Promise<void> };

type Pending = { step: Promise<Step>; settled: Step | null; chars: number };

export async function runIngest(
  store: Store,
  items: AsyncIterable<InputItem>,
  context: PipelineContext,
  options: RunIngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptyIngestSummary();
  const pool = createExtractionPool(options.workers);
  const ahead: Pending[] = [];
  let charsAhead = 0;

  const report = (step: Step, outcome: DocumentOutcome | null) => {
    if (step.kind === 'error') {
      summary.failures++;
      options.onError?.(step.error);
    } else if (step.kind === 'feed-unchanged') {
      summary.feedsUnchanged++;
    } else if (outcome) {
      countOutcome(summary, outcome);
    }
    options.onItem?.(summary, outcome);
  };

  /** Stores the first step read ahead and every one after it that is ready too, in one batch. */
  const storeReady = async () => {
    await ahead[0]!.step;
    // Workers' answers arrive as separate tasks: let those already sent land, so they join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    const steps: Step[] = [];
    while (ahead.length > 0 && ahead[0]!.settled && ahead[0]!.settled.kind !== 'after-stored') {
      const { settled, chars } = ahead.shift()!;
      charsAhead -= chars;
      steps.push(settled!);
    }
    if (steps.length > 0) {
      const ready = steps.flatMap((s) => (s.kind === 'ready' ? [s.prepared] : []));
      const outcomes = ready.length > 0 ? await storeDocuments(store, ready, context) : [];
      let next = 0;
      for (const step of steps) {
        report(
          step,
          step.kind === 'stored' ? step.outcome : step.kind === 'ready' ? outcomes[next++]! : null,
        );
      }
      return;
    }
    // A task that waits for everything before it to be stored (a feed's poll recorded after its entries).
    const { settled } = ahead.shift()!;
    if (settled?.kind === 'after-stored') await settled.run();
  };

  try {
    for await (const item of items) {
      const chars = item.kind === 'document' ? item.document.text.length : 0;
      const pending: Pending = {
        step: readAhead(store, item, pool, context, options.defaults ?? {}),
        settled: null,
        chars,
      };
      pending.step.then(
        (step) => {
          pending.settled = step;
        },
        () => {},
      );
      ahead.push(pending);
      charsAhead += chars;
      while (ahead.length >= READ_AHEAD || (charsAhead > READ_AHEAD_CHARS && ahead.length > 1)) {
        await storeReady();
      }
    }
    while (ahead.length > 0) await storeReady();
    // Documents and events wait for the full-text indexes in runs; the run leaves none waiting.
    if (summary.documentsAdded > 0) await store.indexText();
  } finally {
    // Steps still in flight when a store error ends the run must not reject unobserved.
    await Promise.allSettled(ahead.map((p) => p.step));
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
  if (item.kind === 'after-stored') return { kind: 'after-stored', run: item.run };
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
