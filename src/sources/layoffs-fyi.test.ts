import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuratedRecord } from '../domain.js';
import {
  type LayoffsFyiSkip,
  parseDate,
  parseHeadcount,
  parseLocation,
  parsePercent,
  readLayoffsFyi,
} from './layoffs-fyi.js';
import { SourceError } from './source-error.js';

const DATA = join(import.meta.dirname, '../../../shared/data/layoffs_fyi');
const PRIMARY = join(DATA, 'layoffs.csv');
const LATER = join(DATA, 'layoffs_2020-03_to_2026-04.csv');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layoffwatch-lfyi-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(path: string): Promise<{ records: CuratedRecord[]; skipped: LayoffsFyiSkip[] }> {
  const records: CuratedRecord[] = [];
  const skipped: LayoffsFyiSkip[] = [];
  for await (const row of readLayoffsFyi(path)) {
    if ('record' in row) records.push(row.record);
    else skipped.push(row.skipped);
  }
  return { records, skipped };
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe.runIf(existsSync(PRIMARY))('the real layoffs.fyi exports', () => {
  it('imports the whole 2020-03 to 2025-10 export, counting skips by reason', async () => {
    const { records, skipped } = await readAll(PRIMARY);
    expect(records.length).toBeGreaterThan(4_000);
    expect(records.length + skipped.length).toBe(4_174);
    expect(countBy(skipped, (skip) => skip.reason)).toEqual({ 'same cut as an earlier row': 5 });
    expect(skipped[0]).toEqual({ line: 2629, reason: 'same cut as an earlier row', detail: 'line 2628' });

    const total = (company: string) =>
      records.filter((r) => r.company === company).reduce((sum, r) => sum + (r.headcount ?? 0), 0);
    expect(total('Intel')).toBe(43_115);
    expect(records.filter((r) => r.percent === 100).length).toBeGreaterThan(300);
    expect(records.filter((r) => r.headcount === null).length).toBeGreaterThan(1_400);
    // Every named country maps to an ISO code.
    expect(records.filter((r) => r.raw.country?.trim() && r.country === null)).toEqual([]);
    expect(
      records.every((r) => r.company === r.company.trim() && /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '')),
    ).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);

    const justEat = records.find((r) => r.company === 'Just Eat' && r.date === '2025-09-25');
    expect(justEat).toMatchObject({
      dataset: 'layoffs-fyi',
      location: 'Amsterdam',
      headcount: 450,
      percent: 5,
      country: 'NL',
      industry: 'Food',
      stage: 'Acquired',
      source_url: expect.stringMatching(/^https:\/\/www\.reuters\.com\//),
    });
    expect(justEat!.raw.location).toBe('Amsterdam,Non-U.S.');
  });

  it('imports the later export with fractional percents, and gives shared rows the same ids', async () => {
    const primary = await readAll(PRIMARY);
    const later = await readAll(LATER);
    expect(later.records.length).toBeGreaterThan(4_300);
    expect(countBy(later.skipped, (skip) => skip.reason)).toEqual({
      'same cut as an earlier row': 6,
      'no date': 1,
    });

    const pentera = later.records.find((r) => r.company === 'Pentera' && r.date === '2026-04-27');
    expect(pentera).toMatchObject({ headcount: 40, percent: 8, location: 'Boston', country: 'US' });
    expect(later.records.some((r) => r.percent === 1.85)).toBe(true);

    const primaryIds = new Set(primary.records.map((r) => r.id));
    const shared = later.records.filter((r) => primaryIds.has(r.id));
    expect(shared.length).toBeGreaterThan(3_900);
    const justEat = later.records.find((r) => r.company === 'Just Eat' && r.date === '2025-09-25');
    expect(justEat?.location).toBe('Amsterdam');
    expect(primaryIds.has(justEat!.id)).toBe(true);
  });

  it('gives the same ids on a second read', async () => {
    const first = await readAll(PRIMARY);
    const second = await readAll(PRIMARY);
    expect(second.records.map((r) => r.id)).toEqual(first.records.map((r) => r.id));
  });
});

describe('readLayoffsFyi', () => {
  it('reads the layoffs.fyi site header, ISO dates, "Unknown" counts and skips rows it cannot use', async () => {
    const path = join(dir, 'site-export.csv');
    await writeFile(
      path,
      [
        'Company,Location HQ,# Laid Off,Date,%,Industry,Source,Stage,$ Raised (mm),Country,Date Added',
        'Acme,"Berlin, Non-U.S.",Unknown,2026-01-15,12%,Retail,Internal memo,Series B,$40,Germany,2026-01-16',
        ',Boston,10,1/2/2026,,,,,,United States,',
        'NoDate,Boston,10,,,,,,,United States,',
        'BadDate,Boston,10,13/45/2026,,,,,,United States,',
        ' Beta Corp ,"Luxembourg,Raleigh","1,200",02/03/26,0.333,Finance,https://news.example/beta,Unknown,,Turkey,',
      ].join('\n'),
    );
    const { records, skipped } = await readAll(path);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      company: 'Acme',
      location: 'Berlin',
      headcount: null,
      percent: 12,
      date: '2026-01-15',
      country: 'DE',
      source_url: null,
      raw: expect.objectContaining({ Source: 'Internal memo' }),
    });
    expect(records[1]).toMatchObject({
      company: 'Beta Corp',
      location: 'Luxembourg, Raleigh',
      headcount: 1200,
      percent: 33.3,
      date: '2026-02-03',
      country: 'TR',
      stage: null,
      source_url: 'https://news.example/beta',
    });
    expect(skipped).toEqual([
      { line: 3, reason: 'no company' },
      { line: 4, reason: 'no date' },
      { line: 5, reason: 'date not understood', detail: '13/45/2026' },
    ]);
  });

  it('names the file when it is missing or not a layoffs.fyi export', async () => {
    const missing = join(dir, 'missing.csv');
    await expect(readAll(missing)).rejects.toThrow(`${missing}: no such file; check the path`);
    const other = join(dir, 'other.csv');
    await writeFile(other, 'name,value\na,1\n');
    const error = await readAll(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(
      /^.*other\.csv: not a layoffs\.fyi export: it needs "company" and "date"/,
    );
  });
});

describe('value formats', () => {
  it.each([
    ['5%', 5],
    ['100%', 100],
    ['0.05', 5],
    ['1.0', 100],
    ['0.018500000000000003', 1.85],
    ['12.5', 12.5],
    ['', null],
    ['n/a', null],
    ['150%', null],
  ])('percent %j → %j', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });

  it.each([
    ['9/25/2025', '2025-09-25'],
    ['10/1/2025', '2025-10-01'],
    ['2/29/2024', '2024-02-29'],
    ['2/29/2025', null],
    ['2025-09-25', '2025-09-25'],
    ['2025-09-25 00:00:00', '2025-09-25'],
    ['Sept 2025', null],
  ])('date %j → %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['500.0', 500],
    ['1,529', 1529],
    ['', null],
    ['Unknown', null],
    ['12.5', null],
  ])('headcount %j → %j', (input, expected) => {
    expect(parseHeadcount(input)).toBe(expected);
  });

  it.each([
    ['SF Bay Area', 'SF Bay Area'],
    ['Bengaluru,Non-U.S.', 'Bengaluru'],
    ['Chennai, Non-U.S.', 'Chennai'],
    ['New Delhi,New York City', 'New Delhi, New York City'],
    ['', null],
  ])('location %j → %j', (input, expected) => {
    expect(parseLocation(input)).toBe(expected);
  });
});
