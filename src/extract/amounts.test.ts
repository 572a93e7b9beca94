/**
 * findAmounts: how each way of writing a number reads — its value, bounds and qualifier — and the
 * numbers that are not amounts at all.
 */
import { describe, expect, it } from 'vitest';
import { type Amount, findAmounts } from './amounts.js';

const amountsIn = (text: string): Amount[] => findAmounts(text, 0, text.length);

type Row = {
  text: string;
  /** The words the amount's evidence span quotes, qualifier included. */
  span: string;
  /** The one amount the sentence holds, as findAmounts should read it. */
  amount: Partial<Amount>;
};

const rows: Row[] = [
  // Thousands grouped with stops, as European papers write them; a scale after keeps the decimal.
  {
    text: 'The group will reduce its staff by 1.150 positions.',
    span: '1.150',
    amount: { value: 1150, qualifier: 'exact' },
  },
  {
    text: 'The carmaker will cut around 3.000 jobs in Germany.',
    span: 'around 3.000',
    amount: { value: 3000, qualifier: 'about' },
  },
  {
    text: 'The union counts 1.250.000 members.',
    span: '1.250.000',
    amount: { value: 1250000, qualifier: 'exact' },
  },
  {
    text: 'Revenue reached 1.250 billion euros.',
    span: '1.250 billion',
    amount: { value: 1250000000, qualifier: 'exact' },
  },
  // Digits and their qualifiers.
  {
    text: 'Acme will lay off 1,200 workers.',
    span: '1,200',
    amount: { value: 1200, min: 1200, max: 1200, qualifier: 'exact', percent: false },
  },
  {
    text: 'Acme will lay off about 1,200 workers.',
    span: 'about 1,200',
    amount: { value: 1200, min: 1200, max: 1200, qualifier: 'about' },
  },
  {
    text: 'The bank is cutting roughly 850 jobs.',
    span: 'roughly 850',
    amount: { value: 850, qualifier: 'about' },
  },
  {
    text: 'The retailer has cut more than 500 roles.',
    span: 'more than 500',
    amount: { value: 500, min: 500, max: null, qualifier: 'at_least' },
  },
  {
    text: 'The insurer said at least 75 people would lose their jobs.',
    span: 'at least 75',
    amount: { value: 75, min: 75, max: null, qualifier: 'at_least' },
  },
  {
    text: 'The carmaker may shed up to 6,000 jobs.',
    span: 'up to 6,000',
    amount: { value: 6000, min: null, max: 6000, qualifier: 'up_to' },
  },
  {
    // "ten thousand" inside "often thousands" is no amount, and leaves "thousands" to be read.
    text: 'The plant has often employed thousands of workers.',
    span: 'thousands',
    amount: { value: null, qualifier: 'vague' },
  },
  {
    text: 'The mill has often thousands of seasonal workers.',
    span: 'thousands',
    amount: { value: null, qualifier: 'vague' },
  },
  {
    text: 'No more than 500 roles will go, the union said.',
    span: 'No more than 500',
    amount: { value: 500, min: null, max: 500, qualifier: 'up_to' },
  },
  {
    text: 'It will keep no fewer than 90 engineers.',
    span: 'no fewer than 90',
    amount: { value: 90, min: 90, max: null, qualifier: 'at_least' },
  },
  {
    text: 'Fewer than 40 staff are affected.',
    span: 'Fewer than 40',
    amount: { value: 40, min: null, max: 40, qualifier: 'up_to' },
  },
  // Ranges: the upper bound is the value.
  {
    text: 'The group will cut between 4,000 and 6,000 jobs.',
    span: '4,000 and 6,000',
    amount: { value: 6000, min: 4000, max: 6000, qualifier: 'up_to', percent: false },
  },
  {
    text: 'The plan puts 10,000-15,000 positions at risk.',
    span: '10,000-15,000',
    amount: { value: 15000, min: 10000, max: 15000, qualifier: 'up_to' },
  },
  {
    text: 'Between 300 to 400 workers will be let go.',
    span: '300 to 400',
    amount: { value: 400, min: 300, max: 400, qualifier: 'up_to' },
  },
  // Scales and words.
  {
    text: 'The startup let 1.5k contractors go.',
    span: '1.5k',
    amount: { value: 1500, min: 1500, max: 1500, qualifier: 'exact' },
  },
  {
    text: 'The airline furloughed 1.2 million workers worldwide.',
    span: '1.2 million',
    amount: { value: 1_200_000, qualifier: 'exact' },
  },
  {
    text: 'Acme will eliminate two thousand positions.',
    span: 'two thousand',
    amount: { value: 2000, min: 2000, max: 2000, qualifier: 'exact', words: 'two thousand' },
  },
  {
    text: 'The studio let go of a dozen artists.',
    span: 'a dozen',
    amount: { value: 12, qualifier: 'exact' },
  },
  {
    text: 'Nearly three hundred staff were told to stay home.',
    span: 'Nearly three hundred',
    amount: { value: 300, qualifier: 'about' },
  },
  // Vague amounts: no value, but bounds a reader would accept.
  {
    text: 'The chipmaker laid off hundreds of engineers.',
    span: 'hundreds',
    amount: { value: null, min: 200, max: 999, qualifier: 'vague', words: 'hundreds' },
  },
  {
    text: 'Several hundred employees were let go on Monday.',
    span: 'Several hundred',
    amount: { value: null, min: 200, max: 999, qualifier: 'vague', words: 'Several hundred' },
  },
  {
    text: 'Dozens of reporters lost their jobs.',
    span: 'Dozens',
    amount: { value: null, min: 24, max: 99, qualifier: 'vague', words: 'Dozens' },
  },
  {
    text: 'Thousands of workers were furloughed.',
    span: 'Thousands',
    amount: { value: null, min: 2000, max: 9999, qualifier: 'vague' },
  },
  {
    text: 'Tens of thousands of federal workers were dismissed.',
    span: 'Tens of thousands',
    amount: { value: null, min: 20000, max: 99999, qualifier: 'vague' },
  },
  // Percentages and fractions.
  {
    text: 'The lender will cut 14% of its workforce.',
    span: '14%',
    amount: { value: 14, min: 14, max: 14, percent: true, fraction: false, qualifier: 'exact' },
  },
  {
    text: 'The council will reduce staff by 2.5 per cent.',
    span: '2.5 per cent',
    amount: { value: 2.5, percent: true, qualifier: 'exact' },
  },
  {
    text: 'Headcount falls by 8 percent this year.',
    span: '8 percent',
    amount: { value: 8, percent: true },
  },
  {
    text: 'The magazine laid off a third of its newsroom.',
    span: 'a third',
    amount: { value: 33.3, percent: true, fraction: true },
  },
  {
    text: 'The startup cut half of its staff.',
    span: 'half',
    amount: { value: 50, percent: true, fraction: true },
  },
  {
    text: 'The studio shed two-thirds of its developers.',
    span: 'two-thirds',
    amount: { value: 66.7, percent: true, fraction: true },
  },
  {
    text: 'Almost a quarter of the staff will go.',
    span: 'Almost a quarter',
    amount: { value: 25, percent: true, fraction: true, qualifier: 'about' },
  },
  {
    text: 'The bank will cut one in five jobs.',
    span: 'one in five',
    amount: { value: 20, percent: true, fraction: true },
  },
  {
    text: 'Roughly 1 in 8 roles will go.',
    span: 'Roughly 1 in 8',
    amount: { value: 12.5, percent: true, fraction: true, qualifier: 'about' },
  },
];

describe('findAmounts reads each way of writing an amount', () => {
  it.each(rows)('$text', ({ text, span, amount }) => {
    const found = amountsIn(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(amount);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });

  it('reads several amounts in one sentence, in order', () => {
    const text = 'Acme will cut 1,900 of its 7,500 workers, or about 25%, by March.';
    expect(amountsIn(text).map((a) => [a.value, a.percent])).toEqual([
      [1900, false],
      [7500, false],
      [25, true],
    ]);
  });

  it('reads only inside the window it is given', () => {
    const text = 'Acme cut 300 jobs. Beta cut 400 jobs.';
    const from = text.indexOf('Beta');
    expect(findAmounts(text, from, text.length).map((a) => [a.value, a.start])).toEqual([
      [400, text.indexOf('400')],
    ]);
  });
});

type NotAmountRow = {
  text: string;
  /** Amounts that may legitimately be read (a year is an amount with the role 'year'). */
  allowed: number[];
};

const notAmounts: NotAmountRow[] = [
  // A date written as digits: neither its month nor its day is an amount, nor is it a range.
  { text: 'The WARN notice is dated 2024-03-15.', allowed: [2024] },
  { text: 'Layoffs take effect on 2023-11-30, the filing shows.', allowed: [2023] },
  // A multiplier is not a headcount.
  { text: 'Revenue per employee grew 3x since the cuts.', allowed: [] },
  { text: 'The new plant is 10x more automated.', allowed: [] },
  // A fiscal year written as a span is one year, not a range of people.
  { text: 'The bank expects lower profit in fiscal 2022-23.', allowed: [2022] },
  // Ordinals and names with digits.
  { text: 'It was the fifteenth round of cuts at the 5G unit.', allowed: [] },
];

describe('findAmounts leaves numbers that are not amounts', () => {
  it.each(notAmounts)('$text', ({ text, allowed }) => {
    const found = amountsIn(text);
    expect(found.filter((a) => a.min !== a.max && a.min !== null && a.max !== null)).toEqual([]);
    expect(found.map((a) => a.value).filter((v) => !allowed.includes(v as number))).toEqual([]);
  });
});
