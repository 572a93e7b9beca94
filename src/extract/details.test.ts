/**
 * findUnits: the teams, divisions, sites and roles a cut affects, read from one sentence; and the
 * words that are not units (the business as a whole, a quantity, a workforce somewhere, a strategy).
 */
import { describe, expect, it } from 'vitest';
import { findUnits } from './details.js';
import { extract } from './index.js';

type Row = {
  text: string;
  units: string[];
  /** The amount counting this cut, when the units are read from the words after it. */
  counted?: string;
};

/** The units of a one-sentence text. */
function unitsIn({ text, counted }: Row): string[] {
  const people = counted === undefined ? [] : [{ end: text.indexOf(counted) + counted.length }];
  return findUnits(text, [{ start: 0, end: text.length, text }], people).map((u) => u.value);
}

const rows: Row[] = [
  // A list whose items share one head noun: each item is a unit.
  {
    text: 'The cuts fall on its design, research and support teams.',
    units: ['design', 'research', 'support'],
  },
  {
    text: 'Sources point to the heaviest impact on the advertising, events and podcast divisions.',
    units: ['advertising', 'events', 'podcast'],
  },
  // Examples after a unit noun.
  {
    text: 'Roles will go across departments such as legal, HR and procurement.',
    units: ['legal', 'HR', 'procurement'],
  },
  {
    text: 'Staff were cut from its brands, like Alpha Foods, Beta Snacks and Gamma Drinks.',
    units: ['Alpha Foods', 'Beta Snacks', 'Gamma Drinks'],
  },
  // Who is among the people laid off, whose roles go, who holds them.
  {
    text: 'Baggage handlers and staff at the carrier’s Leeds call centre are among those who will be laid off.',
    units: ['Baggage handlers', 'staff at the carrier’s Leeds call centre'],
  },
  {
    text: 'Positions eliminated include regional buyers for the grocery chain, plus warehouse supervisors.',
    units: ['regional buyers', 'warehouse supervisors'],
  },
  {
    text: 'Most of those affected will be warehouse pickers, the company said.',
    units: ['warehouse pickers'],
  },
  {
    text: 'The bank will eliminate 3,000 roles, mostly held by middle managers.',
    units: ['middle managers'],
  },
  // Two modifiers of one noun are one unit; two named teams are two.
  {
    text: 'The reductions will mainly hit junior and mid-level staff.',
    units: ['junior and mid-level staff'],
  },
  { text: 'The reductions will mainly hit the Azure and Xbox teams.', units: ['Azure', 'Xbox'] },
  // The site a closure takes away, and the unit a share or a restructuring is of.
  { text: 'The brewer will close its bottling plant in Leeds next year.', units: ['bottling plant'] },
  { text: 'The restructuring of its Leeds claims team will cost 40 jobs.', units: ['Leeds claims team'] },
  {
    text: 'The cuts amount to 5% of the company’s retail banking division.',
    units: ['retail banking division'],
  },
  // Job titles after the count of this cut.
  { text: 'Another 40 unionised mechanics face furlough.', counted: '40', units: ['unionised mechanics'] },
  // Not units: a negated area, a shift of focus, a strategy, a quantity, the business, a workforce somewhere.
  { text: 'The cuts did not include jobs in engineering.', units: [] },
  { text: 'The company is shifting focus from its legacy hardware business to software.', units: [] },
  { text: 'The company will focus on its consumer products division.', units: [] },
  { text: 'The layoffs affect multiple teams across the business.', units: [] },
  { text: 'It will cut 300 jobs from its UK workforce.', units: [] },
  { text: 'The university will also eliminate 30 vacant roles.', counted: '30', units: [] },
];

describe('findUnits', () => {
  it.each(rows)('$text', (row) => {
    expect(unitsIn(row)).toEqual(row.units);
  });

  it('does not give the company as a unit of itself', () => {
    const text = 'The new owner will eliminate about 700 jobs from Initrode, outlets reported on Monday.';
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.company).toBe('Initrode');
    expect(event?.units).toEqual([]);
  });
});
