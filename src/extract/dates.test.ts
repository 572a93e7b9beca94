/**
 * findDate: the day a report names for the cut, resolved against the publication date, and the days
 * it must not take (effective dates, history, a weekday with nothing to anchor it).
 */
import { describe, expect, it } from 'vitest';
import { datelineOf, findDate, parsePublished } from './dates.js';
import { extract } from './index.js';
import { segment } from './segment.js';

type Row = {
  name: string;
  text: string;
  /** Publication date (YYYY-MM-DD) or null when the text has none. */
  published: string | null;
  /** The date found: YYYY-MM-DD, YYYY-MM, or null when the text supports none. */
  date: string | null;
  /** The words the date's evidence span quotes. */
  span?: string;
};

const rows: Row[] = [
  {
    name: 'the day a notice was filed dates a cut still to come',
    text: 'Acme Robotics will cut 300 jobs, according to a WARN notice filed Monday.',
    published: '2025-09-12', // a Friday
    date: '2025-09-08',
    span: 'Monday',
  },
  {
    name: '"late last month" is the month before publication',
    text: 'Acme Robotics said late last month that it would cut 300 jobs.',
    published: '2025-09-12',
    date: '2025-08',
    span: 'late last month',
  },
  {
    name: 'a weekday is the last such day on or before publication',
    text: 'Acme Robotics said on Thursday it would lay off 300 workers at its Ohio plant.',
    published: '2025-07-18', // a Friday
    date: '2025-07-17',
    span: 'Thursday',
  },
  {
    name: 'the weekday of publication is the publication day',
    text: 'Acme Robotics said on Friday it would lay off 300 workers at its Ohio plant.',
    published: '2025-07-18',
    date: '2025-07-18',
    span: 'Friday',
  },
  {
    name: 'a weekday earlier in the week goes back across the weekend',
    text: 'The insurer told staff on Friday that 120 roles would go.',
    published: '2025-07-21', // a Monday
    date: '2025-07-18',
  },
  {
    name: 'a month and day take the year of publication',
    text: 'The chipmaker announced the job cuts on July 21 in a memo to staff.',
    published: '2017-07-27',
    date: '2017-07-21',
    span: 'July 21',
  },
  {
    name: 'a month and day after publication belong to the year before',
    text: 'The lender announced 400 job cuts on Dec. 30, its filing shows.',
    published: '2024-01-05',
    date: '2023-12-30',
  },
  {
    name: 'a day written with its year',
    text: 'Beta Foods said on 3 March 2025 that it would close its bakery and cut 90 jobs.',
    published: '2025-03-10',
    date: '2025-03-03',
  },
  {
    name: 'without a publication date, a day takes the year written earlier in the text',
    text: 'Acme Robotics reported weak results for 2024.\n\nThe company announced 250 job cuts on 14 May.',
    published: null,
    date: '2024-05-14',
    span: '14 May',
  },
  {
    name: 'without a publication date, a weekday names no day',
    text: 'Acme Robotics said on Tuesday it would cut 200 jobs.',
    published: null,
    date: null,
  },
  {
    name: 'yesterday is the day before publication',
    text: 'The retailer confirmed yesterday that 60 head-office roles would go.',
    published: '2025-02-12',
    date: '2025-02-11',
  },
  {
    name: 'an effective date is not the announcement',
    text: 'The layoffs are effective Friday, Jan. 21, Acme told staff on Tuesday.',
    published: '2022-01-21', // a Friday
    date: '2022-01-18',
    span: 'Tuesday',
  },
  {
    name: 'a start date is not the announcement',
    text: 'The cuts will start on Monday, the carmaker said.',
    published: '2025-07-16',
    date: null,
  },
  {
    name: '"this week" gives the month of publication',
    text: 'Acme Robotics began laying off 200 staff this week.',
    published: '2025-07-18',
    date: '2025-07',
    span: 'this week',
  },
  {
    name: '"last week" can fall in the month before publication',
    text: 'Acme Robotics laid off 200 staff last week.',
    published: '2025-08-03',
    date: '2025-07',
  },
  {
    name: 'a month long before publication is history, not this report',
    text: 'The bank said it would cut 500 jobs in September 2024.',
    published: '2025-07-18',
    date: null,
  },
  {
    name: 'a day long before publication is history, not this report',
    text: 'The bank laid off 500 workers on March 3.',
    published: '2025-07-18',
    date: null,
  },
  {
    name: 'a recent month with its year is what the text supports',
    text: 'The startup laid off 40 staff in July 2025.',
    published: '2025-07-28',
    date: '2025-07',
  },
  {
    name: '"last Thursday" written on a Thursday is a week before',
    text: 'Acme Robotics told staff in a memo last Thursday that it would cut 200 jobs.',
    published: '2025-03-06', // a Thursday
    date: '2025-02-27',
    span: 'Thursday',
  },
  {
    name: '"two weeks ago" counts back from publication',
    text: 'Two weeks ago, Acme Robotics announced it would shed 80 jobs.',
    published: '2025-03-06',
    date: '2025-02-20',
    span: 'Two weeks ago',
  },
];

describe('findDate reads the day a report names', () => {
  it.each(rows)('$name', ({ text, published, date, span }) => {
    const found = findDate(text, segment(text), parsePublished(published));
    expect(found?.value ?? null).toBe(date);
    if (found && span !== undefined) expect(text.slice(found.start, found.end)).toBe(span);
  });
});

describe('datelineOf', () => {
  it('reads the date a text gives itself on a line near the top', () => {
    expect(
      datelineOf('Acme cuts 80 jobs\n\nPosted 2025-02-11\n\nAcme is cutting 80 jobs.')?.toISOString(),
    ).toBe('2025-02-11T12:00:00.000Z');
    expect(datelineOf('Published: March 4, 2025\nAcme will cut 80 jobs.')?.toISOString().slice(0, 10)).toBe(
      '2025-03-04',
    );
    expect(datelineOf('Date: 4 Mar 2025\nAcme will cut 80 jobs.')?.toISOString().slice(0, 10)).toBe(
      '2025-03-04',
    );
  });

  it('takes no date from the text itself, or from an impossible day', () => {
    expect(datelineOf('Acme said on March 4, 2025 that it would cut 80 jobs.')).toBeNull();
    expect(datelineOf('Published February 30, 2025\nAcme will cut 80 jobs.')).toBeNull();
  });
});

describe('extract without a published date', () => {
  it('resolves "Tuesday" against the date the text gives itself', () => {
    const text =
      'Acme cuts 450 jobs\n\nPosted 2025-02-11\n\nAcme is cutting 450 jobs, the company announced Tuesday.';
    const event = extract(text).event;
    expect(event?.date).toBe('2025-02-11');
    expect(event?.evidence.date?.[0]?.text).toBe('Tuesday');
  });
});

describe('the date of a notice under a page line that dates the story', () => {
  it('takes the notices’ day, not the day the page was written', () => {
    const text = [
      'Halden Logistics to close three distribution centers, cutting 487 jobs',
      'FreightLine Daily | Warehousing | Sept. 28, 2023',
      '',
      'Halden Logistics will close three distribution centers and lay off 487 workers, according to WARN notices.',
      '',
      'All three notices are dated Sept. 22 and list Nov. 21 as the first day of separations.',
    ].join('\n');
    expect(extract(text, { published: '2023-09-28' }).event?.date).toBe('2023-09-22');
  });
});
