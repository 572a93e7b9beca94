/**
 * An ingest run: every item read goes through ingestDocument, one at a time and one transaction each;
 * an input that fails is reported through onError and counted, and the run goes on.
 */
import type { Store } from '../store/index.js';
import { ExtractionError } from './extraction-error.js';
import { type DocumentDefaults, type DocumentOutcome, ingestDocument } from './ingest-document.js';
import { countOutcome, emptyIngestSummary, type IngestSummary } from './ingest-summary.js';
import type { PipelineContext } from './pipeline-context.js';
import type { InputItem } from './read-inputs.js';

export type RunIngestOptions = {
  defaults?: DocumentDefaults;
  /** One input that could not be read or extracted: the error names it. */
  onError?: (error: Error) => void;
  /** After each item, with the counts so far. */
  onItem?: (summary: IngestSummary, outcome: DocumentOutcome | null) => void;
};

export async function runIngest(
  store: Store,
  items: AsyncIterable<InputItem>,
  context: PipelineContext,
  options: RunIngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptyIngestSummary();
  for await (const item of items) {
    let outcome: DocumentOutcome | null = null;
    if (item.kind === 'error') {
      summary.failures++;
      options.onError?.(item.error);
    } else if (item.kind === 'feed-unchanged') {
      summary.feedsUnchanged++;
    } else {
      try {
        outcome = await ingestDocument(store, item.document, context, options.defaults);
        countOutcome(summary, outcome);
      } catch (error) {
        if (!(error instanceof ExtractionError)) throw error;
        summary.failures++;
        options.onError?.(error);
      }
    }
    options.onItem?.(summary, outcome);
  }
  return summary;
}
