/**
 * `layoffwatch reprocess`: the current extractor over every stored document, then every event rebuilt
 * from the new reports and the curated records. Nothing is fetched again.
 */
import type { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { createPipelineContext, type ReprocessSummary, reprocess } from '../pipeline/index.js';
import { count } from './format-count.js';
import { createProgress } from './progress.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';

export function registerReprocess(program: Command): void {
  const command = program
    .command('reprocess')
    .description('Re-read every stored document with the current extractor and rebuild all events.');
  addStoreOption(command).action(async (options: StoreOptions) => {
    const summary = await withStore(options, async (store) => {
      const progress = createProgress({ unit: 'documents', total: await store.countDocuments() });
      try {
        return await reprocess(store, createPipelineContext(), {
          onDocument: (done) => progress.update(done),
        });
      } finally {
        progress.stop();
      }
    });
    process.stdout.write(formatReprocessSummary(summary));
  });
}

export function formatReprocessSummary(s: ReprocessSummary): string {
  return (
    `${count(s.documents, 'document')} re-read with extractor ${EXTRACTOR_VERSION}: ${count(s.reports, 'report')}\n` +
    `${count(s.eventsCreated, 'event')} created, ${s.eventsUpdated.toLocaleString('en-US')} updated, ` +
    `${s.eventsUnchanged.toLocaleString('en-US')} unchanged, ${s.eventsRemoved.toLocaleString('en-US')} removed\n`
  );
}
