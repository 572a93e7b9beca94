/**
 * `layoffwatch events` and `layoffwatch event ID` through the built CLI: the table, CSV and JSON forms,
 * the filters, the Quick Recap of one event, and the usage errors (exit 2) and missing ids (exit 1).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../src/cli/event-json.js';
import { buildIfStale, layoffsFyiCsv, layoffwatch, seedFiles } from './support/layoffwatch.js';

const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-events-'));
const db = join(folder, 'events.db');
let seedEvent: EventJson;

beforeAll(async () => {
  buildIfStale();
  const lines = readFileSync(layoffsFyiCsv, 'utf8').split('\n');
  const csv = join(folder, 'amazon.csv');
  writeFileSync(csv, [lines[0], ...lines.filter((line) => line.startsWith('Amazon,'))].join('\n'));
  await layoffwatch(['ingest', '--db', db, '--published', '2025-07-18', ...seedFiles]);
  await layoffwatch(['import', 'layoffs-fyi', '--db', db, csv]);
  const events = JSON.parse((await layoffwatch(['events', '--db', db, '--json'])).stdout) as EventJson[];
  seedEvent = events.find((e) => e.date === '2025-07-17')!;
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('events', () => {
  it('prints a table, latest first', async () => {
    const run = await layoffwatch(['events', '--db', db, '--limit', '3']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+company\s+headcount\s+%\s+country\s+AI\s+sources\s+id$/);
    expect(lines[1]).toMatch(/^-+ {2}-+/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(
      /^2025-07-17 {2}AWS \(Amazon\)\s+hundreds \(200–999\)\s+US\s+mixed\s+3 {2}[0-9a-f]{16}$/i,
    );
  });

  it('prints CSV with a header and one quoted-where-needed row per event', async () => {
    const run = await layoffwatch([
      'events',
      '--db',
      db,
      '--csv',
      '--from',
      '2025-07-17',
      '--to',
      '2025-07-17',
    ]);
    const rows = run.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(
      'id,company,parent_company,date,headcount,headcount_min,headcount_max,headcount_words,percent,country,locations,units,reasons,ai_attribution,sources,source_urls',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]!.startsWith(`${seedEvent.id},AWS,Amazon,2025-07-17,,200,999,`)).toBe(true);
    expect(rows[1]).toMatch(/,200,999,hundreds,,US,.*,mixed,3,https:\/\/www\.reuters\.com\//i);
  });

  it('finds events by a subsidiary, the parent, words, and nothing for a name never read', async () => {
    const aws = JSON.parse(
      (await layoffwatch(['events', '--db', db, '--company', 'aws', '--json'])).stdout,
    ) as EventJson[];
    expect(aws.map((e) => e.id)).toEqual([seedEvent.id]);
    const words = JSON.parse(
      (await layoffwatch(['events', '--db', db, '--q', 'frontline support', '--json'])).stdout,
    ) as EventJson[];
    expect(words.map((e) => e.id)).toEqual([seedEvent.id]);
    const none = await layoffwatch(['events', '--db', db, '--company', 'Nobody Ltd']);
    expect(none.stdout).toBe('No events match.\n');
  });

  it.each([
    [['--from', '17/07/2025'], /--from takes YYYY, YYYY-MM or YYYY-MM-DD/],
    [['--to', '2025-13'], /--to takes YYYY, YYYY-MM or YYYY-MM-DD/],
    [['--limit', '0'], /--limit takes a whole number above 0/],
    [['--json', '--csv'], /choose one of --json and --csv/],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const run = await layoffwatch(['events', '--db', db, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('event ID', () => {
  it('prints the Quick Recap, the AI claims side by side, the sources and the conflicts', async () => {
    const run = await layoffwatch(['event', seedEvent.id, '--db', db]);
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toMatch(/^AWS \(Amazon\) — 2025-07-17\n/);
    for (const row of [
      'Scope of layoffs',
      'Reason',
      'Impacted roles',
      'Financial status',
      'Growth areas',
      'Employee support',
    ]) {
      expect(text).toMatch(new RegExp(`^ {2}${row} +\\S`, 'm'));
    }
    expect(text).toMatch(/^ {2}Employee support +severance, 60 days of continued pay/m);
    expect(text).toMatch(/^ {2}\[\d\] denied — said by the company: "/m);
    expect(text).toMatch(/^ {2}\[\d\] blamed — said by the writer: "/m);
    expect(text).toMatch(/^ {2}\[\d\] curated {2}layoffs\.fyi$/m);
    expect(text).toMatch(/^Conflicts\n {2}date: 2025-07-17 \[\d\]+/m);
  });

  it('prints JSON in the shape of one item of events --json', async () => {
    const run = await layoffwatch(['event', seedEvent.id, '--db', db, '--json']);
    expect(JSON.parse(run.stdout)).toEqual(seedEvent);
  });

  it('exits 1 naming an id that does not exist', async () => {
    const run = await layoffwatch(['event', 'ffffffffffffffff', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'layoffwatch: no event ffffffffffffffff; list events and their ids with `layoffwatch events`\n',
    );
  });
});
