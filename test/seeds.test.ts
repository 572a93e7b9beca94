/**
 * The two articles layoffwatch was created from (../shared/seeds): one event, two reports, many
 * traps. Every point the extraction issue names is asserted here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { extractResultSchema } from '../src/extract/schema.js';
import type { ExtractResult } from '../src/extract/types.js';

const seeds = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const first = readFileSync(`${seeds}000_fc8b525f67a8818c.txt`, 'utf8');
const second = readFileSync(`${seeds}003_887ab1aeb489651f.txt`, 'utf8');

/** The scorer's lenient match: one contains the other, case and punctuation folded. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const softMatch = (a: string, b: string) => fold(a).includes(fold(b)) || fold(b).includes(fold(a));

function numbersRead(result: ExtractResult): number[] {
  const e = result.event!;
  return [e.headcount?.value, e.headcount?.min, e.headcount?.max, e.percent].filter(
    (n): n is number => typeof n === 'number',
  );
}

describe.each([
  [
    '000 (company denies AI)',
    first,
    {
      words: 'hundreds',
      ai: 'denied',
      units: ['frontline support', 'training and certification', 'AWS Worldwide Specialist Organization'],
      mentions: ['Google'],
    },
  ],
  [
    '003 (writer blames AI)',
    second,
    {
      words: 'several hundred',
      ai: 'blamed',
      units: [
        'Specialist organization',
        'Sales Support Specialists',
        'Customer Solutions Architects',
        'Operational and Overlapping Teams',
      ],
      mentions: ['Meta', 'Microsoft', 'Intel', 'TikTok'],
    },
  ],
] as const)('seed %s', (_name, text, want) => {
  const result = extract(text);

  it('is a valid report of AWS, a unit of Amazon', () => {
    expect(extractResultSchema.parse(result)).toBeTruthy();
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe('AWS');
    expect(result.event?.parent_company).toBe('Amazon');
  });

  it('reads a vague headcount, never the cumulative total or money', () => {
    expect(result.event?.headcount).toMatchObject({ value: null, qualifier: 'vague' });
    expect(result.event?.headcount?.words?.toLowerCase()).toBe(want.words);
    for (const n of numbersRead(result)) {
      expect(n).not.toBe(27000);
      expect([
        29.3, 29_300_000_000, 11.5, 11_500_000_000, 110_000_000_000, 4_000_000_000, 17, 23, 32, 29, 60,
      ]).not.toContain(n);
    }
  });

  it('takes no date from the ad lines and invents no day without a publication date', () => {
    expect(result.event?.date ?? null).toBeNull();
    for (const spans of Object.values(result.event!.evidence)) {
      for (const span of spans) expect(span.text).not.toMatch(/Tekedia|Mini-MBA|Register for/);
    }
  });

  it(`says who blames AI: ${want.ai}`, () => {
    expect(result.event?.ai_attribution).toBe(want.ai);
    expect(result.event?.evidence.ai_attribution?.length).toBeGreaterThan(0);
  });

  it('lists the affected units', () => {
    for (const unit of want.units)
      expect(
        result.event!.units.some((u) => softMatch(u, unit)),
        `${unit} in ${JSON.stringify(result.event!.units)}`,
      ).toBe(true);
  });

  it('lists the other companies whose cuts it mentions', () => {
    const names = result.mentions.map((m) => m.company);
    for (const company of want.mentions) expect(names).toContain(company);
  });

  it('links every evidence span to the text it was read from', () => {
    for (const event of [result.event!, ...result.mentions]) {
      for (const spans of Object.values(event.evidence)) {
        for (const span of spans) expect(span.text).toBe(text.slice(span.start, span.end));
      }
    }
  });
});

describe('seed 000 with its publication date', () => {
  const result = extract(first, { published: '2025-07-18' });

  it('resolves "on Thursday" to the Thursday before publication', () => {
    expect(result.event?.date).toBe('2025-07-17');
    expect(result.event?.evidence.date?.[0]?.text).toMatch(/Thursday/);
  });

  it('reads the support offered: 60 days of pay, severance, healthcare, job placement', () => {
    expect(result.event?.support).toMatchObject({
      continued_pay_days: 60,
      severance: true,
      healthcare: true,
      job_placement: true,
    });
  });
});
