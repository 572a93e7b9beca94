/**
 * segment: sentences with offsets that quote the input, hard-wrapped lines read as one sentence, and
 * the flags that keep headlines, boilerplate and list items apart from the body.
 */
import { describe, expect, it } from 'vitest';
import { type Sentence, segment } from './segment.js';

type Row = { name: string; text: string; sentences: string[] };

const rows: Row[] = [
  {
    name: 'two sentences in one paragraph',
    text: 'Acme Robotics will lay off 300 workers. The cuts begin in May.',
    sentences: ['Acme Robotics will lay off 300 workers.', 'The cuts begin in May.'],
  },
  {
    name: 'question, exclamation and a closing quote',
    text: 'Why now? “We had no choice!” the chief executive said. Staff were told on Friday.',
    sentences: ['Why now?', '“We had no choice!” the chief executive said.', 'Staff were told on Friday.'],
  },
  {
    name: 'paragraphs',
    text: 'Acme Robotics will lay off 300 workers.\n\nThe cuts begin in May.\n',
    sentences: ['Acme Robotics will lay off 300 workers.', 'The cuts begin in May.'],
  },
  {
    name: 'a hard-wrapped line is joined to the next',
    text: 'Acme Robotics said on Tuesday that it would lay off\n300 workers at its plant in Ohio. The cuts begin in May.',
    sentences: [
      'Acme Robotics said on Tuesday that it would lay off\n300 workers at its plant in Ohio.',
      'The cuts begin in May.',
    ],
  },
  {
    name: 'abbreviations do not end a sentence',
    text: 'Lumora Robotics Inc. said its U.S. Army contract ended. Mr. Osei declined to comment.',
    sentences: ['Lumora Robotics Inc. said its U.S. Army contract ended.', 'Mr. Osei declined to comment.'],
  },
  {
    name: 'abbreviated months and initials',
    text: 'The layoffs take effect on Jan. 21 at the St. Louis site. J. R. Smith confirmed it.',
    sentences: ['The layoffs take effect on Jan. 21 at the St. Louis site.', 'J. R. Smith confirmed it.'],
  },
  {
    name: 'decimals and numbers do not end a sentence',
    text: 'Revenue fell 2.5 percent to $1.2 billion. About 1,200 jobs will go.',
    sentences: ['Revenue fell 2.5 percent to $1.2 billion.', 'About 1,200 jobs will go.'],
  },
];

const texts = (sentences: Sentence[]) => sentences.map((s) => s.text);

describe('segment splits a text into sentences', () => {
  it.each(rows)('$name', ({ text, sentences }) => {
    const found = segment(text);
    expect(texts(found)).toEqual(sentences);
    for (const [i, s] of found.entries()) {
      expect(s.text, 'the text is the input between the offsets').toBe(text.slice(s.start, s.end));
      expect(s.index).toBe(i);
    }
  });

  it('numbers paragraphs separated by blank lines', () => {
    const found = segment('First paragraph here.\n\nSecond one. Still second.\n\n\nThird.');
    expect(found.map((s) => [s.text, s.paragraph])).toEqual([
      ['First paragraph here.', 0],
      ['Second one.', 1],
      ['Still second.', 1],
      ['Third.', 2],
    ]);
  });
});

describe('segment flags headlines', () => {
  it('a short first block without a full stop is the headline', () => {
    const text =
      'Acme Robotics to cut 300 jobs in Ohio\n\nAcme Robotics said on Tuesday it would lay off 300 workers.';
    expect(segment(text).map((s) => [s.text, s.headline])).toEqual([
      ['Acme Robotics to cut 300 jobs in Ohio', true],
      ['Acme Robotics said on Tuesday it would lay off 300 workers.', false],
    ]);
  });

  it('a headline over a dateline on the next line is a line of its own', () => {
    const text = [
      'Halden Forsikring to reduce 120 positions by 2027 - without dismissals',
      'BERGEN (Nordpress) - The insurance company Halden Forsikring will reduce its staff by about 120 positions.',
      'CIUDAD JUÁREZ, Chihuahua (Agencia Norteña) - Its plant dismissed several hundred workers.',
    ].join('\n');
    expect(segment(text).map((s) => [s.text, s.headline])).toEqual([
      ['Halden Forsikring to reduce 120 positions by 2027 - without dismissals', true],
      [
        'BERGEN (Nordpress) - The insurance company Halden Forsikring will reduce its staff by about 120 positions.',
        false,
      ],
      ['CIUDAD JUÁREZ, Chihuahua (Agencia Norteña) - Its plant dismissed several hundred workers.', false],
    ]);
  });

  it('a headline over its outlet, section and date on the next line is a line of its own', () => {
    const text = [
      'Halden Logistics to close three distribution centers, cutting 487 jobs',
      'FreightLine Daily | Warehousing | Sept. 28, 2023',
      '',
      'Halden Logistics will close three distribution centers and lay off 487 workers.',
    ].join('\n');
    expect(segment(text).map((s) => [s.text, s.headline, s.boilerplate])).toEqual([
      ['Halden Logistics to close three distribution centers, cutting 487 jobs', true, false],
      ['FreightLine Daily | Warehousing | Sept. 28, 2023', false, true],
      ['Halden Logistics will close three distribution centers and lay off 487 workers.', false, false],
    ]);
  });

  it('skips the page’s navigation, section and weather lines to find the headline', () => {
    const text = [
      'KXTV 4 News | Central Valley',
      'LIVE: 4 News at Noon | Closings & Delays | Weather | Traffic',
      'Home > News > Business',
      'Weather: 88°F Sunny',
      '',
      'Acme Robotics to cut 300 jobs in Ohio',
      '',
      'Acme Robotics said on Tuesday it would lay off 300 workers.',
    ].join('\n');
    const sentences = segment(text);
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual([
      'Acme Robotics to cut 300 jobs in Ohio',
    ]);
    expect(sentences.slice(0, 4).every((s) => s.boilerplate)).toBe(true);
  });

  it('reads a site’s name above its menu as the page’s, and the comments below the story as readers’', () => {
    const text = [
      'STACKLINE',
      'Startups | AI | Enterprise | Security | Newsletter',
      'Home / News / Startups',
      '',
      'Acme Robotics cuts 140 jobs',
      '',
      'Acme Robotics laid off 140 employees on Monday.',
      '',
      '47 Comments',
      'ops_fan: they said "no plans for layoffs" in October.',
    ].join('\n');
    const sentences = segment(text);
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual(['Acme Robotics cuts 140 jobs']);
    expect(sentences.filter((s) => !s.boilerplate).map((s) => s.text)).toEqual([
      'Acme Robotics cuts 140 jobs',
      'Acme Robotics laid off 140 employees on Monday.',
    ]);
  });

  it('reads the headlines a page lists below "MOST READ" as the page’s, and the story again after them', () => {
    const text = [
      'Acme Robotics cuts 140 jobs',
      '',
      'Acme Robotics laid off 140 employees on Monday.',
      '',
      'MOST READ',
      '1. Three arrested after shop break-in',
      '2. Major car maker confirms 500 job losses at Solihull plant',
      '',
      'Related stories',
      'Globex to shut two stores',
      '',
      'The company said the cuts would be finished by June, and that staff would get eight weeks of pay.',
    ].join('\n');
    expect(
      segment(text)
        .filter((s) => !s.boilerplate)
        .map((s) => s.text),
    ).toEqual([
      'Acme Robotics cuts 140 jobs',
      'Acme Robotics laid off 140 employees on Monday.',
      'The company said the cuts would be finished by June, and that staff would get eight weeks of pay.',
    ]);
  });

  it('reads a Title Case headline with accented names as Title Case', () => {
    const [headline] = segment('Brandt Unit Autopartes del Bajío to Cut Some 1,800 Jobs in Silao\n\nText.');
    expect(headline).toMatchObject({ headline: true, titleCase: true });
  });

  it('skips "Skip to content", an alert banner and a section label in capitals', () => {
    const text = [
      'Skip to content',
      'Breaking News Alert: Winter weather advisory until 6 p.m.',
      '',
      'LOCAL NEWS',
      '',
      'Joliet distribution center to close, 187 workers to lose jobs',
      '',
      'A freight distribution center will close this spring, eliminating 187 jobs.',
    ].join('\n');
    const sentences = segment(text);
    expect(sentences.filter((s) => s.headline).map((s) => s.text)).toEqual([
      'Joliet distribution center to close, 187 workers to lose jobs',
    ]);
  });

  it('keeps a headline with a pipe that speaks of the cut', () => {
    const text =
      'Acme Robotics Cuts 300 Jobs | Business\n\nAcme Robotics said on Tuesday it would lay off 300 workers.';
    expect(segment(text)[0]).toMatchObject({ headline: true, boilerplate: false });
  });

  it('a first block that is a sentence is not a headline', () => {
    const text = 'Acme Robotics said on Tuesday it would lay off 300 workers.\n\nThe cuts begin in May.';
    expect(segment(text).map((s) => s.headline)).toEqual([false, false]);
  });
});

type BoilerplateRow = { text: string; boilerplate: boolean };

const boilerplate: BoilerplateRow[] = [
  { text: 'Register for our free webinar on hiring trends.', boilerplate: true },
  { text: 'Sign up for our newsletter to get the latest news.', boilerplate: true },
  { text: 'Please enter your comment!', boilerplate: true },
  { text: 'Know of a layoff we missed?', boilerplate: true },
  { text: 'FreightLine Daily | Warehousing | Sept. 28, 2023', boilerplate: true },
  { text: 'Got a tip about job cuts at your workplace?', boilerplate: true },
  { text: 'Subscribe to read the full story.', boilerplate: true },
  { text: 'Photo credit: Jane Roe for the Daily Ledger.', boilerplate: true },
  { text: 'By Priya Raman', boilerplate: true },
  { text: 'Acme Robotics will lay off 300 workers at its Ohio plant.', boilerplate: false },
  { text: 'Staff who sign up for retraining will be paid for six months.', boilerplate: false },
];

describe('segment flags boilerplate', () => {
  it.each(boilerplate)('$text', ({ text, boilerplate: expected }) => {
    const article = `Acme Robotics said on Tuesday it would lay off 300 workers.\n\n${text}\n\nThe cuts begin in May.`;
    const found = segment(article);
    const s = found.find((x) => x.text === text);
    expect(s, 'the line is its own sentence').toBeDefined();
    expect(s!.boilerplate).toBe(expected);
    expect(found[0]!.boilerplate).toBe(false);
    expect(found.at(-1)!.boilerplate).toBe(false);
  });
});

const listItems = [
  { kind: 'a hyphen bullet', item: '- The Ohio plant will close.' },
  { kind: 'a round bullet', item: '• About 300 workers will be laid off.' },
  { kind: 'an asterisk bullet', item: '* Hiring is frozen until June.' },
  { kind: 'a number and a full stop', item: '2. Hiring is frozen until June.' },
  { kind: 'a number and a bracket', item: '3) Bonuses are suspended.' },
];

describe('segment flags list items', () => {
  it.each(listItems)('$kind: $item', ({ item }) => {
    const text = `Acme Robotics announced three changes on Tuesday:\n${item}\n\nThe cuts begin in May.`;
    expect(segment(text).map((s) => [s.text, s.listItem])).toEqual([
      ['Acme Robotics announced three changes on Tuesday:', false],
      [item, true],
      ['The cuts begin in May.', false],
    ]);
  });

  it('consecutive items are separate sentences', () => {
    const text = '- The Ohio plant will close.\n- About 300 workers will be laid off.\n';
    expect(segment(text).map((s) => [s.text, s.listItem])).toEqual([
      ['- The Ohio plant will close.', true],
      ['- About 300 workers will be laid off.', true],
    ]);
  });
});
