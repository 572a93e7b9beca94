/**
 * findNames, orgKey and sameOrganisation: which names in a sentence are organisations (and which are
 * people, places and outlets), how a name is trimmed, and when two names stand for one organisation.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { findNames, type Name, type NameKind, orgKey, sameOrganisation } from './organisations.js';

type Expected = { text: string; kind: NameKind; possessive?: boolean };
type Row = { name: string; text: string; names: Expected[] };

/** The names findNames reads, without capitalised common words ("The", "Chief"), which it calls 'other'. */
const namesIn = (text: string): Name[] => findNames(text, 0, text.length).filter((n) => n.kind !== 'other');

const rows: Row[] = [
  // A place written before "-based" describes the organisation; it is not part of its name.
  {
    name: 'a US state before -based',
    text: 'Ind.-based Franciscan Health will cut 120 jobs.',
    names: [{ text: 'Franciscan Health', kind: 'org' }],
  },
  {
    name: 'a city before -based',
    text: 'Austin-based Lumora Robotics laid off 80 engineers.',
    names: [{ text: 'Lumora Robotics', kind: 'org' }],
  },
  // Outlets report cuts; they do not make them.
  {
    name: 'a news agency',
    text: 'Reuters reported that Brightwell Logistics will cut 300 roles.',
    names: [
      { text: 'Reuters', kind: 'outlet' },
      { text: 'Brightwell Logistics', kind: 'org' },
    ],
  },
  {
    name: 'a newspaper with its article',
    text: 'Halvorsen Shipping is cutting 90 jobs, The Wall Street Journal reported.',
    names: [
      { text: 'Halvorsen Shipping', kind: 'org' },
      { text: 'The Wall Street Journal', kind: 'outlet' },
    ],
  },
  // People.
  {
    name: 'a person after a job title',
    text: 'Chief executive Dana Whitfield said the cuts were painful.',
    names: [{ text: 'Dana Whitfield', kind: 'person' }],
  },
  {
    name: 'a person with a known first name',
    text: 'Kevin Osei told staff in a memo that 40 roles would go.',
    names: [{ text: 'Kevin Osei', kind: 'person' }],
  },
  {
    name: 'a person described after a comma',
    text: 'Priya Raman, the company’s chief operating officer, wrote to staff.',
    names: [{ text: 'Priya Raman', kind: 'person' }],
  },
  // Places.
  {
    name: 'countries, states and cities',
    text: 'The jobs are in Germany, Texas and London.',
    names: [
      { text: 'Germany', kind: 'place' },
      { text: 'Texas', kind: 'place' },
      { text: 'London', kind: 'place' },
    ],
  },
  // A title between two names ends one and starts the other.
  {
    name: 'an organisation, a title and a person',
    text: 'L.A. Times Executive Editor Kevin Merida announced the newsroom cuts.',
    names: [
      { text: 'L.A. Times', kind: 'org' },
      { text: 'Kevin Merida', kind: 'person' },
    ],
  },
  {
    name: 'an organisation, a chief executive and a person',
    text: 'Northwind CEO Tomasz Kowal said 200 jobs would go.',
    names: [
      { text: 'Northwind', kind: 'org' },
      { text: 'Tomasz Kowal', kind: 'person' },
    ],
  },
  // Possessives.
  {
    name: 'a possessive with a straight apostrophe',
    text: "Amazon's cloud unit will cut hundreds of jobs.",
    names: [{ text: 'Amazon', kind: 'org', possessive: true }],
  },
  {
    name: 'a possessive with a curly apostrophe, followed by another name',
    text: 'India’s Infosys will let 600 trainees go.',
    names: [
      { text: 'India', kind: 'place', possessive: true },
      { text: 'Infosys', kind: 'org', possessive: false },
    ],
  },
  // Corporate suffixes are not part of the name.
  {
    name: 'Inc.',
    text: 'Lumora Robotics Inc. will lay off 80 workers.',
    names: [{ text: 'Lumora Robotics', kind: 'org' }],
  },
  {
    name: 'Corp. at the end of a sentence',
    text: 'The layoffs were confirmed by Brightwell Corp.',
    names: [{ text: 'Brightwell', kind: 'org' }],
  },
  {
    name: 'AG',
    text: 'Halvorsen Maschinenbau AG plans to cut 1,000 jobs.',
    names: [{ text: 'Halvorsen Maschinenbau', kind: 'org' }],
  },
  {
    name: 'a quantity opening a headline',
    text: 'Hundreds of workers at Keystone Cloud will lose their jobs.',
    names: [{ text: 'Keystone Cloud', kind: 'org' }],
  },
  {
    name: 'a number word before a name',
    text: 'Four of the lenders, including Orrin Bank, cut jobs.',
    names: [{ text: 'Orrin Bank', kind: 'org' }],
  },
  {
    name: 'plc with a possessive',
    text: 'Kestrel Foods plc’s board approved 250 redundancies.',
    names: [{ text: 'Kestrel Foods', kind: 'org', possessive: true }],
  },
];

describe('findNames reads the names in a sentence', () => {
  it.each(rows)('$name: $text', ({ text, names }) => {
    const found = namesIn(text);
    expect(found.map((n) => ({ text: n.text, kind: n.kind }))).toEqual(
      names.map((n) => ({ text: n.text, kind: n.kind })),
    );
    for (const [i, n] of names.entries()) {
      const got = found[i]!;
      expect(text.slice(got.start, got.end), 'the span quotes the name').toBe(got.text);
      if (n.possessive !== undefined) expect(got.possessive, `${n.text} possessive`).toBe(n.possessive);
    }
  });
});

describe('orgKey folds what does not distinguish two organisations', () => {
  it.each([
    { a: 'Lumora Robotics Inc.', b: 'Lumora Robotics' },
    { a: 'The Walt Disney Company', b: 'Walt Disney' },
    { a: 'BRIGHTWELL LOGISTICS', b: 'Brightwell Logistics' },
    { a: 'Kestrel Foods Ltd', b: 'Kestrel Foods' },
    { a: 'Procter & Gamble', b: 'Procter and Gamble' },
    { a: 'Halden Global', b: 'Halden' },
    { a: 'Halden International', b: 'Halden' },
    { a: 'City of Marlow Springs', b: 'Marlow Springs' },
    { a: 'Marlow Springs City Council', b: 'Marlow Springs' },
    { a: 'Corley County Board of Supervisors', b: 'Corley County' },
  ])('$a ≡ $b', ({ a, b }) => {
    expect(orgKey(a)).toBe(orgKey(b));
  });

  it.each([
    { a: 'Lumora Robotics', b: 'Lumora Foods' },
    { a: 'Meta', b: 'Metro' },
    // Only a word after the name is a descriptor: the first word is the name.
    { a: 'Global Payments', b: 'Payments' },
    // A county is not the town of the same name.
    { a: 'Marlow County', b: 'Marlow' },
  ])('$a ≢ $b', ({ a, b }) => {
    expect(orgKey(a)).not.toBe(orgKey(b));
  });
});

describe('sameOrganisation recognises an organisation under its short names', () => {
  it.each([
    { a: 'JLR', b: 'Jaguar Land Rover', same: true },
    { a: 'L.A. Times', b: 'The Los Angeles Times', same: true },
    { a: 'P&G', b: 'Procter & Gamble', same: true },
    { a: 'IBM', b: 'International Business Machines', same: true },
    { a: 'Lumora Robotics Inc.', b: 'Lumora Robotics', same: true },
    { a: 'Meta', b: 'Microsoft', same: false },
    { a: 'GM', b: 'General Electric', same: false },
    { a: 'Lumora Robotics', b: 'Lumora Foods', same: false },
  ])('$a / $b → $same', ({ a, b, same }) => {
    expect(sameOrganisation(a, b)).toBe(same);
    expect(sameOrganisation(b, a)).toBe(same);
  });
});

describe('names that do not open with a capital', () => {
  it.each([
    ['eBay will cut 1,000 jobs, the company said on Tuesday.', 'eBay'],
    ['iRobot lays off 350 employees as sales fall.', 'iRobot'],
    [
      'ledgerly cuts 180 jobs\n\nAccounting software company ledgerly laid off 180 employees on Monday.',
      'ledgerly',
    ],
    ['Payments startup paysetu will lay off around 350 people, its founder said.', 'paysetu'],
  ])('%s', (text, company) => {
    expect(extract(text, { published: '2025-03-06' }).event?.company).toBe(company);
  });

  it('takes no verb or common noun after "company" for a brand', () => {
    for (const text of [
      'The company plans to cut 300 jobs at Halden Steel, a spokesman said.',
      'The total is now 58,000 startup employees laid off since 2020, the tracker shows.',
      'The company has laid off 300 workers at Halden Steel.',
    ]) {
      const company = extract(text, { published: '2025-03-06' }).event?.company ?? null;
      expect(company === null || /^[A-Z]/.test(company)).toBe(true);
    }
  });
});
