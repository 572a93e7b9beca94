/**
 * findUnits: the teams, divisions, sites and roles a cut affects, read from one sentence; and the
 * words that are not units (the business as a whole, a quantity, a workforce somewhere, a strategy).
 * findReasons: the causes a sentence gives for a cut, and words that only look like causes.
 * Lists after a colon, one item a line, for units and hiring areas.
 */
import { describe, expect, it } from 'vitest';
import { findHiringAreas, findReasons, findSupport, findUnits } from './details.js';
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
  // What the people affected get is no unit.
  { text: 'Affected employees are eligible for severance and outplacement help.', units: [] },
  { text: 'Affected teams are sales and marketing.', units: ['sales', 'marketing'] },
  // A clause after the share's noun is no item of a list.
  { text: 'It will cut 8% of its workforce, as the maker of warehouse robots trims costs.', units: [] },
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

const reasonRows: { text: string; reasons: string[] }[] = [
  // Costs: money saved, expenses falling, a named cost cut, efficiency pursued.
  { text: 'The airline said the moves would save it about $300 million a year.', reasons: ['cost_cutting'] },
  { text: 'Operating expenses are expected to drop sharply.', reasons: ['cost_cutting'] },
  { text: 'The plan aims to lower its marketing costs.', reasons: ['cost_cutting'] },
  // Restructuring: a turnaround, a consolidation, staffing aligned, a change of strategy.
  { text: 'It is part of a plan to turn around the struggling retailer.', reasons: ['restructuring'] },
  { text: 'The bank will consolidate its regional offices.', reasons: ['restructuring'] },
  { text: 'We are taking these steps to align our staffing with our fleet.', reasons: ['restructuring'] },
  { text: 'The cuts reflect a strategic shift toward cloud software.', reasons: ['restructuring'] },
  { text: 'The cuts are meant to revitalise its European business.', reasons: ['restructuring'] },
  // Demand and the economy.
  { text: 'Revenue has dropped by half since March.', reasons: ['demand_decline'] },
  { text: 'The brand suffered a sharp fall in new-car sales.', reasons: ['demand_decline'] },
  { text: 'The cuts follow changing customer priorities.', reasons: ['demand_decline'] },
  { text: 'The firm blamed a gloomy economy.', reasons: ['economic_downturn'] },
  // Rising costs, a wish to be more efficient, being bought, a new focus.
  { text: 'The hospital group cited rising labor costs.', reasons: ['cost_cutting'] },
  { text: 'The cuts will help the firm become more efficient.', reasons: ['cost_cutting'] },
  { text: 'The cuts follow after it was acquired by a rival last year.', reasons: ['merger_acquisition'] },
  { text: 'The carmaker is shifting its focus to electric vehicles.', reasons: ['restructuring'] },
  // Not causes: "a move to", a regulatory filing, efficiency as a side effect.
  { text: 'The layoffs are a move to cut costs.', reasons: ['cost_cutting'] },
  { text: 'The company disclosed the cuts in a regulatory filing.', reasons: [] },
  { text: 'The shift shows how AI tools deliver efficiency gains.', reasons: [] },
  // A person named Grant is no grant of money; a grant that ran out is.
  { text: 'The cuts were confirmed by spokesman Grant Ellis on Friday.', reasons: [] },
  { text: 'The charity lost a federal grant that paid for 40 posts.', reasons: ['funding'] },
];

describe('findReasons', () => {
  it.each(reasonRows)('$text', ({ text, reasons }) => {
    expect(findReasons([{ start: 0, text }], false).map((r) => r.reason)).toEqual(reasons);
  });

  it('reads the cause in a sentence that says what the cut comes as', () => {
    const text = [
      'Initrode will cut 200 jobs, the company said on Monday.',
      'The plant will stay open.',
      'Staff were told by email.',
      'Managers will meet the union next week.',
      'It comes as a slump in printer sales deepens.',
    ].join(' ');
    expect(extract(text, { published: '2025-06-02' }).event?.reasons).toEqual(['demand_decline']);
  });
});

describe('findHiringAreas', () => {
  const areas = (text: string) =>
    findHiringAreas(text, [{ start: 0, end: text.length, text }]).map((h) => h.value);

  it('names no area for a word that points at ones named elsewhere', () => {
    expect(areas('While it is cutting some teams, it is hiring aggressively in others.')).toEqual([]);
    expect(areas('The company is still hiring in robotics, battery research and others.')).toEqual([
      'robotics',
      'battery research',
    ]);
  });
});

describe('findSupport', () => {
  const support = (text: string) => findSupport([{ start: 0, end: text.length, text }]).support;

  it('reads help finding work, not a description of the people who need it', () => {
    expect(
      support('Those affected will get career transition services and outplacement help.').job_placement,
    ).toBe(true);
    expect(
      support('Online courses offer learning paths for mid-career transitions.').job_placement,
    ).toBeNull();
  });
});

describe('lists after a colon', () => {
  // An article written for this test: bulleted lists, each followed by a heading and a paragraph.
  const text = [
    'Other affected roles include:',
    '',
    '  • Field Service Technicians in the Midwest',
    '',
    '  • Regional Account Managers',
    '',
    'What Comes Next for Northwind?',
    '',
    'Areas where the company is still hiring include:',
    '',
    '  • Robot Vision Research',
    '  • Battery Systems',
    'The company did not say how many.',
    'Warehouse Automation Sales',
  ].join('\n');
  const sentence = (first: string) => {
    const start = text.indexOf(first);
    return { start, end: start + first.length, text: first };
  };

  it('reads the bulleted items and stops at the first line without a bullet', () => {
    const units = findUnits(text, [sentence('Other affected roles include:')], []);
    expect(units.map((u) => u.value)).toEqual([
      'Field Service Technicians in the Midwest',
      'Regional Account Managers',
    ]);
    for (const u of units) expect(text.slice(u.start, u.end)).toBe(u.value);
    const hiring = findHiringAreas(text, [sentence('Areas where the company is still hiring include:')]);
    expect(hiring.map((h) => h.value)).toEqual(['Robot Vision Research', 'Battery Systems']);
    for (const h of hiring) expect(text.slice(h.start, h.end)).toBe(h.value);
  });
});
