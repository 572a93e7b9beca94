import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const companiesMentioned = (text: string) =>
  extract(text, { published: '2025-06-02' }).mentions.map((m) => m.company);

describe('mentions: other cuts named in passing', () => {
  it('keeps the companies of a list and drops a person named by surname alone', () => {
    const text = [
      'Initrode Corp will cut 300 jobs, chief executive Marc Benioff told staff on Monday.',
      'Globex and Hooli have also cut jobs this year.',
      'Months ago, Benioff dismissed fears of mass layoffs.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual(['Globex', 'Hooli']);
  });

  it('takes no caption word for a company', () => {
    const text = 'Initrode Corp will cut 300 jobs on Monday. (File image) Globex will lay off 200 workers.';
    const mentions = extract(text, { published: '2025-06-02' }).mentions;
    expect(mentions.map((m) => [m.company, m.headcount?.value])).toEqual([['Globex', 200]]);
  });

  it('reads the company after a fronted time phrase, not the phrase', () => {
    const text = 'Initrode Corp will cut 300 jobs on Monday. Months ago, Globex cut 200 jobs.';
    const [mention, ...rest] = extract(text, { published: '2025-06-02' }).mentions;
    expect(rest).toEqual([]);
    expect(mention?.company).toBe('Globex');
    expect(mention?.headcount?.value).toBe(200);
  });

  it('gives each company of a round-up its own number, and the event its own date', () => {
    const text = [
      'Halden Steel joins Globex and Hooli in cutting jobs',
      '',
      'Halden Steel will cut 800 jobs, following similar moves by Globex, which cut 1,200 roles in January, and Hooli, which laid off 500 people last month.',
    ].join('\n');
    const result = extract(text, { published: '2025-03-06' });
    expect(result.event?.company).toBe('Halden Steel');
    expect(result.event?.headcount?.value).toBe(800);
    // "last month" dates Hooli's cut, not this one.
    expect(result.event?.date).toBe('2025-03-06');
    expect(result.mentions.map((m) => [m.company, m.headcount?.value])).toEqual([
      ['Globex', 1200],
      ['Hooli', 500],
    ]);
    // Each mention's own month, counted from publication: January of its year, and the month before.
    expect(result.mentions.map((m) => m.date)).toEqual(['2025-01', '2025-02']);
  });

  it('dates a mention by its own words, not by the company named before it', () => {
    const text =
      'Halden Steel will cut 800 jobs, following Globex, which cut 1,200 roles in November, and Hooli, which laid off 500 people last month.';
    const result = extract(text, { published: '2025-03-06' });
    expect(result.mentions.map((m) => [m.company, m.date])).toEqual([
      ['Globex', '2024-11'],
      ['Hooli', '2025-02'],
    ]);
  });

  it('reads the companies a sentence lists after "include", and counts in brackets', () => {
    const listed =
      'Halden Steel will cut 800 jobs. Other companies that have announced layoffs this year include Globex, Hooli and Initrode.';
    expect(companiesMentioned(listed)).toEqual(['Globex', 'Hooli', 'Initrode']);
    const bracketed =
      'Halden Steel will cut 800 jobs, joining Globex (1,200 jobs) and Hooli (500 jobs) in trimming staff.';
    expect(
      extract(bracketed, { published: '2025-03-06' }).mentions.map((m) => [m.company, m.headcount?.value]),
    ).toEqual([
      ['Globex', 1200],
      ['Hooli', 500],
    ]);
  });

  it('gives ", and X cut 500 roles" to X, and leaves the next sentence’s date to its own company', () => {
    const text =
      'Halden Steel will cut 800 jobs. Earlier this month, Globex said it would lay off 1,200 workers, and Hooli cut 500 roles.';
    const result = extract(text, { published: '2025-03-06' });
    expect(result.event?.date).toBe('2025-03-06');
    expect(result.mentions.map((m) => [m.company, m.headcount?.value])).toEqual([
      ['Globex', 1200],
      ['Hooli', 500],
    ]);
  });

  it('does not read a capitalised determiner or an adjective as a company', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles, the AI-driven company said.',
      'AI-driven tools have eliminated roles across the industry too.',
      'Another 70 mechanics were laid off in Florida.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual([]);
  });

  it('drops a word the text also writes in lower case', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles.',
      'The Guild said more layoffs were coming; the guild has members in every newsroom.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual([]);
  });

  it('keeps another company’s cut out of the event’s context; it stays a mention', () => {
    const text = [
      'Initrode Corp will cut 300 jobs, the company said on Monday.',
      'Initrode reported revenue of $2.1 billion for the quarter, down 8% from a year earlier.',
      'Globex is laying off 450 employees in sales operations.',
    ].join(' ');
    const result = extract(text, { published: '2025-06-02' });
    expect(result.event?.context).toEqual([
      'Initrode reported revenue of $2.1 billion for the quarter, down 8% from a year earlier.',
    ]);
    expect(result.mentions.map((m) => [m.company, m.headcount?.value])).toEqual([['Globex', 450]]);
  });
});

describe('mentions: the companies a text lists as cutting, and the names that are not', () => {
  it('reads the organisations listed after a trigger as where the cuts were', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles, the company said on Monday.',
      'The cuts follow thousands of layoffs at tech giants including Globex Corp., Hooli Inc. and Initrode.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual(['Globex', 'Hooli', 'Initrode']);
  });

  it('does not list organisations set apart from the cut', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles, the company said on Monday.',
      'The layoffs come while rivals like Globex and Hooli keep hiring.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual([]);
  });

  it('reads products named after their maker, investors and street addresses as no company', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles, the company said on Monday.',
      'That comes after the maker of Skyline games, Bubble Blocks and Robo Racers already cut 800 jobs.',
      'Vantor, a video tool backed by Crestline Ventures, laid off 14% of staff.',
      'Laid-off staff can attend a session at Harbor Plaza on Friday about job cuts.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual(['Vantor']);
  });

  it('keeps one mention for a company named in full and by its first word', () => {
    const text = [
      'Pendant Publishing will eliminate 90 roles, the company said on Monday.',
      'Marlow Ridge Health will issue another round of layoffs this year.',
      'Marlow will lay off 120 administrative workers.',
    ].join(' ');
    const mentions = extract(text, { published: '2025-06-02' }).mentions;
    expect(mentions.map((m) => m.company)).toEqual(['Marlow Ridge Health']);
    expect(mentions[0]?.headcount?.value).toBe(120);
  });

  it('reads a ticker and a union as no company', () => {
    const text = [
      'Orbital Payments (NASDAQ: ORBX) is laying off 300 employees, the company said.',
      'The Federation of Payment Workers said the layoffs were a betrayal.',
    ].join(' ');
    expect(companiesMentioned(text)).toEqual([]);
  });
});
