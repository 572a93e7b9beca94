/**
 * `layoffwatch feeds add|list|poll`: feeds to follow. `poll` reads every feed conditionally (ETag,
 * Last-Modified: an unchanged feed costs a 304) and ingests its new entries like `ingest` would.
 */
import type { Command } from 'commander';
import { createPipelineContext, readInputs, runIngest } from '../pipeline/index.js';
import type { Feed } from '../store/index.js';
import { feedStates } from './feed-states.js';
import { formatIngestSummary } from './ingest.js';
import { createProgress } from './progress.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';
import { type Column, textTable } from './text-table.js';
import { UsageError } from './usage-error.js';

export function registerFeeds(program: Command): void {
  const feeds = program
    .command('feeds')
    .description('Follow RSS, Atom and JSON feeds: add them, list them, poll them.');

  const add = feeds
    .command('add')
    .description('Add feeds to poll (nothing is fetched until `feeds poll`).')
    .argument('<urls...>', 'http(s) addresses of RSS, Atom or JSON feeds');
  addStoreOption(add).action(async (urls: string[], options: StoreOptions) => {
    const bad = urls.find((url) => !/^https?:\/\/\S+$/i.test(url));
    if (bad !== undefined) throw new UsageError(`feeds add takes http(s) addresses, not "${bad}"`);
    const added = await withStore(options, async (store) => {
      let n = 0;
      for (const url of urls) if (await store.addFeed(url)) n++;
      return n;
    });
    const known = urls.length - added;
    process.stdout.write(`${added} added${known > 0 ? `, ${known} already followed` : ''}\n`);
  });

  const list = feeds
    .command('list')
    .description('List the feeds followed, with when each was last polled and its errors in a row.')
    .option('--json', 'print a JSON array');
  addStoreOption(list).action(async (options: StoreOptions & { json?: boolean }) => {
    const all = await withStore(options, (store) => store.listFeeds());
    if (options.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    else
      process.stdout.write(
        all.length === 0
          ? 'No feeds; add one with `layoffwatch feeds add URL`.\n'
          : `${textTable(all, FEED_COLUMNS)}\n`,
      );
  });

  const poll = feeds
    .command('poll')
    .description('Poll every feed and ingest its new entries.')
    .option('--allow-private', 'fetch from private, loopback and link-local addresses too');
  addStoreOption(poll).action(async (options: StoreOptions & { allowPrivate?: boolean }) => {
    const summary = await withStore(options, async (store) => {
      const urls = (await store.listFeeds()).map((feed) => feed.url);
      const progress = createProgress({ unit: 'documents', total: urls.length });
      let total = urls.length;
      let done = 0;
      try {
        const items = readInputs(
          urls.map((url) => ({ kind: 'url' as const, url })),
          {
            allowPrivate: options.allowPrivate ?? false,
            feeds: feedStates(store),
            onMore: (more) => {
              total += more;
              progress.setTotal(total);
            },
          },
        );
        return await runIngest(store, items, createPipelineContext(), {
          onError: (error) => progress.log(`layoffwatch: ${error.message}`),
          onItem: () => progress.update(++done),
        });
      } finally {
        progress.stop();
      }
    });
    process.stdout.write(formatIngestSummary(summary));
    if (summary.failures > 0) process.exitCode = 1;
  });
}

const FEED_COLUMNS: Column<Feed>[] = [
  { header: 'url', value: (f) => f.url },
  { header: 'last polled', value: (f) => f.lastPolledAt ?? 'never' },
  { header: 'errors in a row', value: (f) => String(f.consecutiveErrors), align: 'right' },
  { header: 'last error', value: (f) => f.lastError ?? '', max: 60 },
];
