/**
 * findTriggers: each way news reports a cut, the phrases that look like one and are not, and the
 * sentences that take a report back (denials, reversals) or only talk about layoffs in general.
 */
import { describe, expect, it } from 'vitest';
import { DENIAL, findTriggers, GENERIC_TALK, REVERSAL, type TriggerKind } from './triggers.js';

type Row = {
  text: string;
  /** The trigger's words, as its span quotes them. */
  trigger: string;
  kind: TriggerKind;
};

const triggersIn = (text: string) =>
  findTriggers(text, 0, text.length).map((t) => ({ text: text.slice(t.start, t.end), kind: t.kind }));

const rows: Row[] = [
  { text: 'Acme Robotics will lay off 300 workers.', trigger: 'lay off', kind: 'layoff' },
  { text: 'The bank laid off 120 employees on Monday.', trigger: 'laid off', kind: 'layoff' },
  { text: 'The startup is laying off a fifth of its staff.', trigger: 'laying off', kind: 'layoff' },
  { text: 'The chain announced layoffs at its head office.', trigger: 'layoffs', kind: 'layoff' },
  { text: 'The publisher confirmed 45 job cuts.', trigger: 'job cuts', kind: 'layoff' },
  { text: 'The carmaker will cut 1,200 jobs in Germany.', trigger: 'cut', kind: 'cut' },
  { text: 'The insurer will eliminate 450 positions.', trigger: 'eliminate', kind: 'cut' },
  { text: 'The retailer slashed 1,000 roles last year.', trigger: 'slashed', kind: 'cut' },
  { text: 'The airline is shedding 700 jobs.', trigger: 'shedding', kind: 'cut' },
  { text: 'The broadcaster will axe 200 jobs.', trigger: 'axe', kind: 'cut' },
  { text: 'The council announced 90 redundancies.', trigger: 'redundancies', kind: 'layoff' },
  {
    text: 'A workforce reduction will affect 120 employees.',
    trigger: 'workforce reduction',
    kind: 'layoff',
  },
  { text: 'A reduction in force will affect 80 employees.', trigger: 'reduction in force', kind: 'layoff' },
  { text: 'The downsizing hits 60 staff in Leeds.', trigger: 'downsizing', kind: 'layoff' },
  { text: 'The hotel group furloughed 2,000 workers.', trigger: 'furloughed', kind: 'layoff' },
  { text: 'The plant will idle its line, and furloughs begin in May.', trigger: 'furloughs', kind: 'layoff' },
  { text: 'The automaker will close its Ohio plant.', trigger: 'close', kind: 'closure' },
  { text: 'The pharmacy chain is closing 40 stores.', trigger: 'closing', kind: 'closure' },
  { text: 'The startup is letting 150 staff go.', trigger: 'letting 150 staff go', kind: 'layoff' },
  { text: 'About 90 jobs will be cut, the union said.', trigger: 'jobs will be cut', kind: 'passive' },
  { text: 'Some 300 roles are expected to go.', trigger: 'roles are expected to go', kind: 'passive' },
  {
    text: 'Some 2,000 jobs will go at the brewer under the plan.',
    trigger: '2,000 jobs will go',
    kind: 'passive',
  },
  { text: 'Up to 700 posts could go, the lender said.', trigger: '700 posts could go', kind: 'passive' },
  {
    text: 'The union said 800 workers would lose their jobs.',
    trigger: 'workers would lose their jobs',
    kind: 'passive',
  },
  { text: 'Around 500 jobs are at risk at the plant.', trigger: 'jobs are at risk', kind: 'passive' },
  { text: 'The carrier announced the loss of 4,800 jobs.', trigger: 'loss of 4,800 jobs', kind: 'cut' },
  {
    text: 'The mill will close with the loss of up to 300 posts.',
    trigger: 'loss of up to 300 posts',
    kind: 'cut',
  },
  {
    text: 'The firm is to make 350 staff redundant.',
    trigger: 'make 350 staff redundant',
    kind: 'cut',
  },
  {
    text: 'The studio has parted ways with 60 employees.',
    trigger: 'parted ways with 60 employees',
    kind: 'cut',
  },
  {
    text: 'Acme Robotics — Austin — 1,400 employees (35%)',
    trigger: '1,400 employees (35%)',
    kind: 'layoff',
  },
];

describe('findTriggers finds each way of reporting a cut', () => {
  it.each(rows)('$text', ({ text, trigger, kind }) => {
    expect(triggersIn(text)).toContainEqual({ text: trigger, kind });
  });
});

describe('findTriggers leaves phrases that report no cut', () => {
  it.each([
    'The laid-off workers were recalled last month.',
    'The plant hired back laid-off workers in March.',
    'The central bank cuts interest rates again.',
    'Executives will take pay cuts this year.',
    'Staff agreed to pay cuts of 10% to protect jobs.',
    'The retailer cut prices on 2,000 products.',
    'The company reported record profits and hired 300 engineers.',
    // "Will go" counts only counted jobs: a remark about roles changing is no cut.
    'As we invest in automation, some roles will change and others will go.',
    'The loss of revenue from its staffing business hurt profits.',
  ])('%s', (text) => {
    expect(triggersIn(text)).toEqual([]);
  });
});

type TalkRow = { text: string; denial: boolean; reversal: boolean; generic: boolean };

const talk: TalkRow[] = [
  // A plain report is none of these.
  {
    text: 'Acme Robotics will lay off 300 workers, it said on Monday.',
    denial: false,
    reversal: false,
    generic: false,
  },
  // Denials.
  { text: 'Acme denied reports that it plans to cut jobs.', denial: true, reversal: false, generic: false },
  { text: 'The bank said it has no plans to lay off staff.', denial: true, reversal: false, generic: false },
  {
    text: 'A spokesperson said the company has not laid off anyone.',
    denial: true,
    reversal: false,
    generic: false,
  },
  { text: 'The insurer dismissed the reports as baseless.', denial: true, reversal: false, generic: false },
  {
    text: 'The chief executive ruled out job cuts this year.',
    denial: true,
    reversal: false,
    generic: false,
  },
  // Reversals.
  {
    text: 'The agency reinstated 200 workers after a court ruling.',
    denial: false,
    reversal: true,
    generic: false,
  },
  {
    text: 'The mill is recalling 300 workers it laid off last year.',
    denial: false,
    reversal: true,
    generic: false,
  },
  {
    text: 'The automaker recalled laid-off workers to its Ohio plant.',
    denial: false,
    reversal: true,
    generic: false,
  },
  {
    text: 'The startup will rehire 100 of the engineers it let go.',
    denial: false,
    reversal: true,
    generic: false,
  },
  {
    text: 'The department is bringing back staff it dismissed in March.',
    denial: false,
    reversal: true,
    generic: false,
  },
  // Advice and definitions.
  { text: 'Here is what to do if you are laid off.', denial: false, reversal: false, generic: true },
  {
    text: 'A layoff occurs when an employer ends jobs for business reasons.',
    denial: false,
    reversal: false,
    generic: true,
  },
  { text: 'How to negotiate severance after a layoff.', denial: false, reversal: false, generic: true },
  { text: 'Layoffs are often announced before the holidays.', denial: false, reversal: false, generic: true },
];

describe('DENIAL, REVERSAL and GENERIC_TALK recognise sentences that take a report back', () => {
  it.each(talk)('$text', ({ text, denial, reversal, generic }) => {
    expect({
      denial: DENIAL.test(text),
      reversal: REVERSAL.test(text),
      generic: GENERIC_TALK.test(text),
    }).toEqual({
      denial,
      reversal,
      generic,
    });
  });
});
