/**
 * Reads a layoffs.fyi-style CSV (the Kaggle "Layoffs Dataset" layout and its derivatives) into curated
 * records, streaming. The known variants differ in value formats, not meaning: percent as "5%" or as a
 * 0–1 fraction ("0.05", with float noise), dates as M/D/YYYY or ISO, headcounts as "500.0" or blank,
 * "City,Non-U.S." or "City, Non-U.S." locations. Rows that cannot become a record (no company, no
 * date, an exact repeat) are reported as skipped with a reason, and the import goes on.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { CuratedRecord } from '../domain.js';
import { formatCalendarDate } from './calendar-date.js';
import { countryCode } from './country-code.js';
import { SourceError } from './source-error.js';

export type LayoffsFyiSkip = {
  /** Line of the file the row ends on (the header is line 1). */
  line: number;
  /** A fixed phrase, so skips can be counted by reason. "same cut as an earlier row": the same company, date,
   * place and count again (often a second news source for one cut); the id would collide. */
  reason: 'no company' | 'no date' | 'date not understood' | 'same cut as an earlier row';
  /** The offending value or the line repeated, when there is one. */
  detail?: string;
};

export type LayoffsFyiRow = { record: CuratedRecord } | { skipped: LayoffsFyiSkip };

type Field =
  | 'company'
  | 'location'
  | 'headcount'
  | 'date'
  | 'percent'
  | 'industry'
  | 'source'
  | 'stage'
  | 'country';

/** Header spellings seen in layoffs.fyi exports and their derivatives, after normalisation. */
const HEADERS: Record<string, Field> = {
  company: 'company',
  location: 'location',
  location_hq: 'location',
  total_laid_off: 'headcount',
  laid_off: 'headcount',
  laid_off_count: 'headcount',
  date: 'date',
  percentage_laid_off: 'percent',
  percentage: 'percent',
  percent: 'percent',
  industry: 'industry',
  source: 'source',
  stage: 'stage',
  country: 'country',
};

const UNKNOWN = new Set(['', 'unknown', 'n/a', 'na', 'null', 'none', '-']);

/** Yields one record or one skip per data row of the CSV at `path`. */
export async function* readLayoffsFyi(path: string): AsyncIterable<LayoffsFyiRow> {
  try {
    await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(
      path,
      code === 'ENOENT' ? 'no such file; check the path' : `cannot read it (${code})`,
    );
  }
  const file = createReadStream(path);
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  file.on('error', (error) => parser.destroy(error));
  file.pipe(parser);

  let header: string[] | null = null;
  let columns: Partial<Record<Field, number>> = {};
  const seen = new Map<string, number>();
  try {
    for await (const { record: cells, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = cells;
        columns = mapColumns(path, cells);
        continue;
      }
      const row = readRow(header, columns, cells, info.lines);
      if ('skipped' in row) {
        yield row;
        continue;
      }
      const earlier = seen.get(row.record.id);
      if (earlier !== undefined) {
        yield {
          skipped: { line: info.lines, reason: 'same cut as an earlier row', detail: `line ${earlier}` },
        };
        continue;
      }
      seen.set(row.record.id, info.lines);
      yield row;
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(path, `not a readable CSV (${reason}); check that it is a layoffs.fyi export`, {
      cause: error,
    });
  } finally {
    file.destroy();
  }
  if (!header) throw new SourceError(path, 'empty; expected a layoffs.fyi CSV with a header row');
}

function mapColumns(path: string, header: string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((name, index) => {
    const trimmed = name.trim();
    const key =
      trimmed === '%'
        ? 'percentage'
        : trimmed
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '_')
            .replace(/^_|_$/g, '');
    const field = HEADERS[key];
    if (field && columns[field] === undefined) columns[field] = index;
  });
  if (columns.company === undefined || columns.date === undefined) {
    throw new SourceError(
      path,
      'not a layoffs.fyi export: it needs "company" and "date" columns (expected company, location, total_laid_off, date, percentage_laid_off, industry, source, stage, funds_raised, country)',
    );
  }
  return columns;
}

function readRow(
  header: string[],
  columns: Partial<Record<Field, number>>,
  cells: string[],
  line: number,
): LayoffsFyiRow {
  const cell = (field: Field): string => {
    const index = columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const company = cell('company').replace(/\s+/g, ' ');
  if (!company) return { skipped: { line, reason: 'no company' } };
  const dateCell = cell('date');
  if (!dateCell) return { skipped: { line, reason: 'no date' } };
  const date = parseDate(dateCell);
  if (!date) return { skipped: { line, reason: 'date not understood', detail: dateCell } };

  const location = parseLocation(cell('location'));
  const headcount = parseHeadcount(cell('headcount'));
  const raw: Record<string, string> = {};
  header.forEach((name, index) => {
    raw[name] = cells[index] ?? '';
  });
  const source = cell('source');
  const record: CuratedRecord = {
    id: recordId(company, date, location, headcount),
    dataset: 'layoffs-fyi',
    company,
    location,
    industry: known(cell('industry')),
    headcount,
    percent: parsePercent(cell('percent')),
    date,
    country: countryCode(cell('country')),
    stage: known(cell('stage')),
    source_url: /^https?:\/\/\S+$/i.test(source) ? source : null,
    raw,
  };
  return { record };
}

/** Same company, day, place and count → same id, so importing a file again (or its other variant) changes nothing. */
function recordId(company: string, date: string, location: string | null, headcount: number | null): string {
  const key = JSON.stringify([
    'layoffs-fyi',
    company.toLowerCase(),
    date,
    location?.toLowerCase() ?? null,
    headcount,
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** M/D/YYYY (also M/D/YY) or YYYY-MM-DD, optionally followed by a time → YYYY-MM-DD. */
export function parseDate(value: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s|$)/.exec(value);
  if (us) {
    const year = us[3]!.length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    return formatCalendarDate(year, Number(us[1]), Number(us[2]));
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]|$)/.exec(value);
  if (iso) return formatCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** "5%" → 5; "0.05" → 5 (a bare number up to 1 is a fraction); "12.5" → 12.5; blank → null. */
export function parsePercent(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(value.trim());
  if (!match) return null;
  let percent = Number(match[1]);
  if (!match[2] && percent <= 1) percent *= 100;
  // Fractions carry float noise (0.018500000000000003); two decimals is more than the data knows.
  percent = Math.round(percent * 100) / 100;
  return percent >= 0 && percent <= 100 ? percent : null;
}

/** "500.0" → 500; "1,200" → 1200; blank or "Unknown" → null. */
export function parseHeadcount(value: string): number | null {
  if (UNKNOWN.has(value.toLowerCase())) return null;
  const number = Number(value.replace(/,/g, ''));
  return Number.isFinite(number) && number >= 0 && Number.isInteger(number) ? number : null;
}

/** "Bengaluru,Non-U.S." → "Bengaluru"; "Luxembourg,Raleigh" → "Luxembourg, Raleigh"; blank → null. */
export function parseLocation(value: string): string | null {
  const places = value
    .split(/[,;]/)
    .map((place) => place.trim().replace(/\s+/g, ' '))
    .filter((place) => place && !/^non-u\.?s\.?$/i.test(place));
  return places.length > 0 ? places.join(', ') : null;
}

function known(value: string): string | null {
  return UNKNOWN.has(value.toLowerCase()) ? null : value.replace(/\s+/g, ' ');
}
