/**
 * `layoffwatch import layoffs-fyi FILE`: a layoffs.fyi-style CSV into curated records, each merged into
 * the event it reports (or a new one). Rows that cannot be imported are counted by reason.
 */
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { createPipelineContext, type ImportSummary, importCuratedRows } from '../pipeline/index.js';
import { readLayoffsFyi } from '../sources/layoffs-fyi.js';
import { count } from './format-count.js';
import { createProgress } from './progress.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .description('Import a curated dataset into the database; its rows merge with events read from news.');
  const layoffsFyi = command
    .command('layoffs-fyi')
    .description('Import a layoffs.fyi CSV export (company, location, total_laid_off, date, …).')
    .argument('<file>', 'the CSV file');
  addStoreOption(layoffsFyi).action(async (file: string, options: StoreOptions) => {
    const summary = await withStore(options, async (store) => {
      const progress = createProgress({
        unit: 'rows',
        total: process.stderr.isTTY ? await countLines(file) : 0,
      });
      try {
        return await importCuratedRows(store, readLayoffsFyi(file), createPipelineContext(), {
          onRows: (s) => progress.update(s.rows),
        });
      } finally {
        progress.stop();
      }
    });
    process.stdout.write(formatImportSummary(file, summary));
  });
}

export function formatImportSummary(file: string, s: ImportSummary): string {
  const skipped = Object.entries(s.skipped).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const skippedTotal = skipped.reduce((sum, [, n]) => sum + n, 0);
  const reasons = skipped.map(([reason, n]) => `${n.toLocaleString('en-US')} ${reason}`).join(', ');
  return (
    `${count(s.rows, 'row')} read from ${file}\n` +
    `${count(s.recordsAdded, 'record')} added, ${s.recordsUpdated.toLocaleString('en-US')} updated, ` +
    `${s.alreadyImported.toLocaleString('en-US')} already imported\n` +
    `${count(skippedTotal, 'row')} skipped${reasons ? `: ${reasons}` : ''}\n` +
    `${count(s.eventsCreated, 'event')} created, ${count(s.eventsMerged, 'event')} merged\n`
  );
}

/** Lines in the file less the header: the bar's total (a quoted field with a line break makes it a little high). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  try {
    for await (const chunk of createReadStream(file)) {
      for (const byte of chunk as Buffer) if (byte === 0x0a) lines++;
    }
  } catch {
    // readLayoffsFyi reports an unreadable file in its own words.
  }
  return Math.max(lines - 1, 0);
}
