/**
 * roleOf: which numbers in a sentence count the people of this cut, and which are money, years,
 * durations, workforce sizes, running totals, hires or shares of something other than the workforce.
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts.js';
import { type Role, roleOf } from './roles.js';

type Row = {
  text: string;
  /** The literal amount in the sentence whose role is asserted. */
  amount: string;
  role: Role;
};

/** The role of the amount written `literal` in a one-sentence text. */
function roleIn(text: string, literal: string): Role {
  const at = text.indexOf(literal);
  expect(at, `"${literal}" is in the sentence`).toBeGreaterThanOrEqual(0);
  const amount = findAmounts(text, 0, text.length).find((a) => a.start <= at && at < a.end);
  expect(amount, `"${literal}" is read as an amount`).toBeDefined();
  return roleOf(text, amount!, 0, text.length);
}

const rows: Row[] = [
  // The people of this cut.
  { text: 'Acme will cut 1,200 jobs across its stores.', amount: '1,200', role: 'people' },
  { text: 'The bank laid off 350 employees on Monday.', amount: '350', role: 'people' },
  { text: 'The insurer is letting 1,900 of its 7,500 workers go.', amount: '1,900', role: 'people' },
  { text: 'About 400 staff will lose their jobs, the union said.', amount: '400', role: 'people' },
  { text: 'The carmaker is shedding several hundred engineers.', amount: 'several hundred', role: 'people' },
  { text: 'The chain will reduce its headcount by 800.', amount: '800', role: 'people' },
  // Money.
  { text: 'The cuts are meant to save $2 billion a year.', amount: '2 billion', role: 'money' },
  { text: 'Acme will take a charge of €450 million for the layoffs.', amount: '450 million', role: 'money' },
  {
    text: 'Restructuring will cost 300 million euros, the company said.',
    amount: '300 million',
    role: 'money',
  },
  // Years.
  { text: 'Acme laid off staff in 2022 as well.', amount: '2022', role: 'year' },
  { text: 'The plant has operated since 1998.', amount: '1998', role: 'year' },
  // Durations.
  { text: 'Departing staff will receive 60 days of pay.', amount: '60', role: 'duration' },
  { text: 'Workers get 12 weeks of severance.', amount: '12', role: 'duration' },
  // Workforce sizes.
  { text: 'Acme employs about 15,000 people worldwide.', amount: '15,000', role: 'workforce' },
  { text: 'The insurer is letting 1,900 of its 7,500 workers go.', amount: '7,500', role: 'workforce' },
  { text: 'The 738,000-strong workforce will shrink.', amount: '738,000', role: 'workforce' },
  { text: 'The company has a workforce of 42,000.', amount: '42,000', role: 'workforce' },
  // Running totals and earlier rounds.
  { text: 'The retailer has cut 27,000 jobs since 2022.', amount: '27,000', role: 'cumulative' },
  { text: 'The startup laid off 300 workers in July alone.', amount: '300', role: 'cumulative' },
  { text: 'That brings the total to 5,000 job cuts so far this year.', amount: '5,000', role: 'cumulative' },
  // Hires.
  { text: 'The group will hire 5,000 engineers next year.', amount: '5,000', role: 'hiring' },
  { text: 'Acme plans to add 2,000 new jobs in Texas.', amount: '2,000', role: 'hiring' },
  // Shares: of the whole workforce, or of something else.
  { text: 'Acme will cut 14% of its workforce.', amount: '14%', role: 'share' },
  { text: 'The lender is laying off about a third of its staff.', amount: 'a third', role: 'share' },
  { text: 'The retailer will cut its workforce by 10%.', amount: '10%', role: 'share' },
  { text: 'Acme will cut 20% of its sales team.', amount: '20%', role: 'percent_other' },
  {
    text: 'The bank aims to cut up to 7.5% of its personnel expenses.',
    amount: '7.5%',
    role: 'percent_other',
  },
  { text: 'Sales fell 12% in the quarter.', amount: '12%', role: 'percent_other' },
];

describe('roleOf gives each amount the role a reader sees in it', () => {
  it.each(rows)('$amount in "$text" is $role', ({ text, amount, role }) => {
    expect(roleIn(text, amount)).toBe(role);
  });
});
