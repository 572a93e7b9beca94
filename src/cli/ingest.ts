/**
 * `layoffwatch ingest PATH|URL|- …`: files, folders, article URLs, feed URLs and standard input into
 * the database, one transaction per document. Inputs that fail are named on standard error, one line
 * each, and the others are still stored; the run ends with a summary and exit code 1 if any failed.
 */
import type { Command } from 'commander';
import {
  createPipelineContext,
  type IngestSummary,
  planInputs,
  readInputs,
  runIngest,
} from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { dayOption } from './date-option.js';
import { feedStates } from './feed-states.js';
import { count } from './format-count.js';
import { createProgress } from './progress.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';
import { UsageError } from './usage-error.js';

/** Inputs from which extraction runs on worker threads. */
const WORKER_THRESHOLD = 20;

type IngestOptions = StoreOptions & {
  published?: string;
  url?: string;
  outlet?: string;
  allowPrivate?: boolean;
  jsonl?: boolean;
};

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description(
      'Read articles (files, folders, article or feed URLs, - for standard input) into the database.',
    )
    .argument('<inputs...>', 'files (.txt, .md, .html), folders, http(s) URLs of articles or feeds, or -');
  addStoreOption(command)
    .option('--published <date>', 'publication date (YYYY-MM-DD) of documents that carry none of their own')
    .option('--url <url>', 'the address of the one article given as a FILE or -')
    .option('--outlet <name>', 'the outlet of documents that name none (e.g. Reuters)')
    .option('--allow-private', 'fetch URLs on private, loopback and link-local addresses too')
    .option('--jsonl', 'read files and - as JSON Lines: one {"url","published","title","text"} per line')
    .action(async (inputs: string[], options: IngestOptions) => {
      const published = dayOption('--published', options.published);
      if (options.url !== undefined && !/^https?:\/\/\S+$/i.test(options.url)) {
        throw new UsageError(`--url takes an http(s) address, not "${options.url}"`);
      }
      const tasks = await planInputs(inputs, { jsonl: options.jsonl ?? false });
      if (options.url !== undefined && (tasks.length !== 1 || tasks[0]!.kind === 'url' || options.jsonl)) {
        throw new UsageError(
          '--url gives the address of one article: use it with a single FILE or -, not with URLs, folders or --jsonl',
        );
      }
      const summary = await withStore(options, (store) => ingest(store, tasks, { ...options, published }));
      process.stdout.write(formatIngestSummary(summary));
      if (summary.failures > 0) process.exitCode = 1;
    });
}

async function ingest(
  store: Store,
  tasks: Awaited<ReturnType<typeof planInputs>>,
  options: IngestOptions,
): Promise<IngestSummary> {
  const context = createPipelineContext();
  let total = tasks.length;
  const progress = createProgress({
    unit: 'documents',
    total,
    detail: '{added} added, {failed} failed',
    initial: { added: 0, failed: 0 },
  });
  let done = 0;
  try {
    const items = readInputs(tasks, {
      jsonl: options.jsonl ?? false,
      allowPrivate: options.allowPrivate ?? false,
      outlet: options.outlet ?? null,
      feeds: feedStates(store),
      onMore: (more) => {
        total += more;
        progress.setTotal(total);
      },
    });
    return await runIngest(store, items, context, {
      // Starting extraction workers takes a moment that only a larger run wins back.
      workers: tasks.length < WORKER_THRESHOLD ? 0 : undefined,
      defaults: {
        published: options.published ?? null,
        outlet: options.outlet ?? null,
        url: options.url ?? null,
      },
      onError: (error) => progress.log(`layoffwatch: ${error.message}`),
      onItem: (summary) => {
        done++;
        progress.update(done, { added: summary.documentsAdded, failed: summary.failures });
      },
    });
  } finally {
    progress.stop();
  }
}

export function formatIngestSummary(s: IngestSummary): string {
  const nearDuplicates =
    s.nearDuplicates > 0 ? ` (${count(s.nearDuplicates, 'near-duplicate')} linked to their originals)` : '';
  const feeds = s.feedsUnchanged > 0 ? `, ${count(s.feedsUnchanged, 'feed')} unchanged` : '';
  return (
    `${count(s.documentsAdded, 'document')} added${nearDuplicates}, ` +
    `${count(s.duplicatesSkipped, 'duplicate')} skipped${feeds}, ${count(s.failures, 'failure')}\n` +
    `${count(s.eventsCreated, 'event')} created, ${count(s.eventsMerged, 'event')} merged\n`
  );
}
