/**
 * `layoffwatch events`: the events matching a company, a date range and words, latest first, as a
 * table (the default), a JSON array (DESIGN.md's shape) or CSV.
 */
import type { Command } from 'commander';
import type { StoredEvent } from '../store/index.js';
import { csvLine } from './csv.js';
import { periodOption } from './date-option.js';
import { eventJson } from './event-json.js';
import { companyText, headcountText } from './event-text.js';
import { addStoreOption, type StoreOptions, withStore } from './store-option.js';
import { type Column, textTable } from './text-table.js';
import { UsageError } from './usage-error.js';

type EventsOptions = StoreOptions & {
  company?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: string;
  json?: boolean;
  csv?: boolean;
};

export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('List events, latest first: a table, or --json / --csv.')
    .option('--company <name>', 'a company, any of its names, or its parent ("AWS", "Amazon")')
    .option('--from <date>', 'events on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)')
    .option('--to <date>', 'events on or before this day, month or year')
    .option('--q <text>', 'words that must all appear (units, places, reasons, quotes…)')
    .option('--limit <n>', 'at most this many events')
    .option('--json', 'print a JSON array of events')
    .option('--csv', 'print CSV with a header row');
  addStoreOption(command).action(async (options: EventsOptions) => {
    if (options.json && options.csv) throw new UsageError('choose one of --json and --csv');
    const filter = {
      company: options.company,
      from: periodOption('--from', options.from),
      to: periodOption('--to', options.to),
      q: options.q,
      limit: limitOption(options.limit),
    };
    const events = await withStore(options, (store) => store.listEvents(filter));
    if (options.json) process.stdout.write(`${JSON.stringify(events.map(eventJson), null, 2)}\n`);
    else if (options.csv) process.stdout.write(eventsCsv(events));
    else process.stdout.write(events.length === 0 ? 'No events match.\n' : `${textTable(events, COLUMNS)}\n`);
  });
}

function limitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--limit takes a whole number above 0, not "${value}"`);
  return Number(value);
}

const COLUMNS: Column<StoredEvent>[] = [
  { header: 'date', value: (e) => e.date ?? '' },
  { header: 'company', value: companyText, max: 40 },
  { header: 'headcount', value: (e) => headcountText(e.headcount), max: 28 },
  { header: '%', value: (e) => (e.percent === null ? '' : String(e.percent)), align: 'right' },
  { header: 'country', value: (e) => e.country ?? '' },
  { header: 'AI', value: (e) => (e.ai_attribution === 'none' ? '' : e.ai_attribution) },
  { header: 'sources', value: (e) => String(e.sources.length), align: 'right' },
  { header: 'id', value: (e) => e.id },
];

const CSV_HEADER = [
  'id',
  'company',
  'parent_company',
  'date',
  'headcount',
  'headcount_min',
  'headcount_max',
  'headcount_words',
  'percent',
  'country',
  'locations',
  'units',
  'reasons',
  'ai_attribution',
  'sources',
  'source_urls',
];

export function eventsCsv(events: readonly StoredEvent[]): string {
  const lines = [csvLine(CSV_HEADER)];
  for (const e of events) {
    lines.push(
      csvLine([
        e.id,
        e.company,
        e.parent_company,
        e.date,
        e.headcount?.value,
        e.headcount?.min,
        e.headcount?.max,
        e.headcount?.words,
        e.percent,
        e.country,
        e.locations.join('; '),
        e.units.join('; '),
        e.reasons.join('; '),
        e.ai_attribution,
        e.sources.length,
        e.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
      ]),
    );
  }
  return lines.join('');
}
