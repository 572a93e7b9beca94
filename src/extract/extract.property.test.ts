/**
 * Properties of extract() that must hold for ANY input, not just news: it never throws, its output is
 * always a valid ExtractResult, and every evidence span points at exactly the text it quotes. The inputs
 * range from raw noise (any code unit, control characters, decoded random bytes) to layoff phrases mixed
 * into noise, so that the extraction path runs and not only the rejection path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { extractResultSchema } from './schema.js';
import type { EvidenceSpan, ExtractedEvent, ExtractOptions, ExtractResult } from './types.js';

// ---- what a valid result is, beyond the schema ----------------------------------------------------------

function expectSpanQuotesInput(span: EvidenceSpan, input: string, where: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: integer offsets`).toBe(true);
  expect(
    0 <= span.start && span.start <= span.end && span.end <= input.length,
    `${where}: offsets in range`,
  ).toBe(true);
  expect(span.text, `${where}: span text is the input between its offsets`).toBe(
    input.slice(span.start, span.end),
  );
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists (no 2025-02-30). */
function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year!, month, 0)).getUTCDate();
}

function expectValidEvent(event: ExtractedEvent, input: string, where: string): void {
  for (const [field, spans] of Object.entries(event.evidence)) {
    for (const [i, span] of spans.entries()) {
      expectSpanQuotesInput(span, input, `${where}.evidence.${field}[${i}]`);
    }
  }
  const { headcount, date } = event;
  if (headcount && headcount.min !== null && headcount.max !== null) {
    expect(headcount.min, `${where}.headcount: min ≤ max`).toBeLessThanOrEqual(headcount.max);
  }
  if (date !== null) expect(isCalendarDate(date), `${where}.date ${date} exists`).toBe(true);
}

function expectValidResult(result: ExtractResult, input: string): void {
  extractResultSchema.parse(result);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  if (!result.is_layoff_report) expect(result.event, 'not a report ⇒ no event').toBeNull();
  if (result.event) expectValidEvent(result.event, input, 'event');
  for (const [i, mention] of result.mentions.entries()) expectValidEvent(mention, input, `mentions[${i}]`);
}

function check(text: string, options: ExtractOptions): void {
  expectValidResult(extract(text, options), text);
}

// ---- inputs ---------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates included: JSON input can carry them even if decoded bytes can't. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const controlChar = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.constantFrom(0x2028, 0x2029, 0x200b, 0x200d, 0x200e, 0x202e, 0xfeff, 0xfffd),
  )
  .map((c) => String.fromCharCode(c));

const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({
    unit: fc.oneof(controlChar, fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 })),
    maxLength: 200,
  }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  // Invalid sequences become U+FFFD, as they do when a badly encoded page is read.
  fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
);

const company = fc.constantFrom(
  'Acme Corp',
  'AWS',
  'Amazon',
  "Amazon's cloud unit",
  'Globex Inc.',
  'Initech',
  'Umbrella Ltd',
  'The company',
  'Northwind GmbH',
  'Société Générale',
  'ACME',
  '',
);
const cutVerb = fc.constantFrom(
  'will lay off',
  'laid off',
  'is laying off',
  'plans to cut',
  'cut',
  'will eliminate',
  'slashed',
  'axed',
  'is shedding',
  'furloughed',
  'announced',
  'will close its plant, affecting',
  'denied it would cut',
);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.nat().map(String),
  fc.double().map(String), // NaN, Infinity, -0, 1e+308 written out
  fc.constantFrom(
    '1.5k',
    'hundreds of',
    'several hundred',
    'thousands of',
    'hundreds of thousands of',
    'a third of its',
    'nearly 3,700',
    'more than 500',
    'up to 2,000',
    'between 100 and 50',
    'dozens of',
    'two hundred',
    '1 200',
    '1.200',
    '10%',
    '1,000,000,000,000,000,000',
    '0',
    '-40',
  ),
);
const jobsWord = fc.constantFrom(
  'workers',
  'jobs',
  'employees',
  'roles',
  'positions',
  'staff',
  'people',
  'redundancies',
);
const cutClause = fc.tuple(company, cutVerb, amount, jobsWord).map((words) => words.join(' '));
/** The numbers, dates, quotes and claims that surround a cut in real articles, including the traps. */
const fragment = fc.constantFrom(
  'hundreds of jobs',
  'on Monday',
  'on Thursday',
  'last week',
  'yesterday',
  'since 2022',
  'so far this year',
  '14%',
  '17% increase',
  '$29.3 billion',
  '60 days of pay',
  'Q1 2025',
  '(Feb 9 – May 2, 2026)',
  'February 2025',
  'February 30, 2025',
  '31/02/2025',
  '2025-13-45',
  'March 3',
  '“We are cutting 10% of staff,” said CEO Jane Doe.',
  'the cuts were not primarily due to AI',
  'a realignment toward artificial intelligence',
  'Register for the summit',
  'Sign up for our newsletter',
  'severance and extended healthcare',
  'in Seattle, Washington',
  'in Dublin, Ireland',
  'layoffs',
  'job cuts',
  'of its 1.5 million employees',
  'down to about 7,000',
  'a third',
  'per cent',
  '"',
  '“',
  '”',
  "'s",
  '(',
  ')',
);
const separator = fc.constantFrom(' ', '. ', ', ', '\n', '\n\n', '', '" ', '! ', '; ', ' — ');
const piece = fc.oneof(
  { weight: 4, arbitrary: cutClause },
  { weight: 4, arbitrary: fragment },
  { weight: 2, arbitrary: noise },
);
const layoffMix = fc
  .array(fc.tuple(piece, separator), { maxLength: 30 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const published = fc.oneof(
  fc.constantFrom(undefined, null),
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const options = fc.record({ published, url: fc.option(fc.webUrl(), { nil: undefined }) });

// ---- properties -----------------------------------------------------------------------------------------

describe('extract() on any input', () => {
  it('never throws and returns a valid result for arbitrary strings and decoded bytes', () => {
    fc.assert(
      fc.property(noise, options, (text, opts) => check(text, opts)),
      { numRuns: 400 },
    );
  });

  it('never throws and returns a valid result for layoff phrases mixed into noise', () => {
    fc.assert(
      fc.property(layoffMix, options, (text, opts) => check(text, opts)),
      { numRuns: 600 },
    );
  });

  it('gives the same result for the same input (no state carried between calls)', () => {
    fc.assert(
      fc.property(layoffMix, options, (text, opts) => {
        expect(extract(text, opts)).toStrictEqual(extract(text, opts));
      }),
      { numRuns: 150 },
    );
  });

  it('returns a valid result for a 1 MB input', () => {
    // Deterministic: the same sample of mixed layoff text every run.
    const paragraphs = fc.sample(layoffMix, { seed: 2025, numRuns: 500 });
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) text += `${paragraphs[i % paragraphs.length]}\n\n`;
    check(text, { published: '2025-03-06' });
  });

  it('reads a bounded number of clauses from one run-on sentence full of triggers, and says so', () => {
    const text = `Acme Corp said it ${'laid off 40 workers and '.repeat(5000)}closed a plant.`;
    const result = extract(text, { published: '2025-03-06' });
    expectValidResult(result, text);
    expect(result.event?.company).toBe('Acme');
    expect(result.warnings).toEqual(['only the first 400 trigger clauses were read']);
  });
});
