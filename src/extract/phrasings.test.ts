/**
 * One-sentence reports in the phrasings news uses for a cut, each read as a report of the right company
 * and headcount; and sentences in the same words that report no cut. Each row is a whole text: the
 * extractor must decide from that sentence alone.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

/** headcount null: any or none; `none`: the text gives no count of the people cut. */
type Report = {
  text: string;
  company: string;
  headcount: number | null;
  percent?: number;
  none?: true;
  /** The words of a vague headcount. */
  vague?: string;
};

const reports: Report[] = [
  { text: 'Halden Steel to cut 1,200 jobs', company: 'Halden Steel', headcount: 1200 },
  { text: 'Halden Steel cuts 1,200 jobs in restructuring', company: 'Halden Steel', headcount: 1200 },
  { text: '1,200 jobs cut at Halden Steel', company: 'Halden Steel', headcount: 1200 },
  { text: 'Halden Steel lays off 300', company: 'Halden Steel', headcount: 300 },
  { text: 'Halden Steel axes 300 jobs', company: 'Halden Steel', headcount: 300 },
  { text: 'Halden Steel confirms 300 layoffs', company: 'Halden Steel', headcount: 300 },
  { text: 'Halden Steel announces 300 redundancies', company: 'Halden Steel', headcount: 300 },
  { text: 'Halden Steel is reducing its workforce by 300.', company: 'Halden Steel', headcount: 300 },
  { text: 'Halden Steel is laying off staff.', company: 'Halden Steel', headcount: null },
  { text: 'Halden Steel said it would lay off some employees.', company: 'Halden Steel', headcount: null },
  {
    text: 'Halden Steel will close 12 stores, affecting 300 workers.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'The cuts will affect 300 employees at Halden Steel.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'Halden Steel told 300 employees their jobs were being eliminated.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'In a WARN notice, Halden Steel said 300 jobs will be eliminated.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'Halden Steel said 250 workers will be laid off in March.',
    company: 'Halden Steel',
    headcount: 250,
  },
  { text: 'Halden Steel has announced the loss of 6,300 jobs.', company: 'Halden Steel', headcount: 6300 },
  { text: 'Halden Steel is to make 350 staff redundant.', company: 'Halden Steel', headcount: 350 },
  { text: 'Halden Steel has made 200 engineers redundant.', company: 'Halden Steel', headcount: 200 },
  { text: 'Halden Steel has parted ways with 60 employees.', company: 'Halden Steel', headcount: 60 },
  { text: 'Halden Steel said 800 workers would lose their jobs.', company: 'Halden Steel', headcount: 800 },
  {
    text: 'Grupo Halden has announced 460 dismissals, fewer than planned.',
    company: 'Grupo Halden',
    headcount: 460,
  },
  {
    text: 'Halden Pharma will close its Cork site. The proposal is expected to affect approximately 120 roles at the site.',
    company: 'Halden Pharma',
    headcount: 120,
  },
  {
    text: 'Team, today we at Halden Labs are saying goodbye to 38 Haldeners. That is about 22% of the company.',
    company: 'Halden Labs',
    headcount: 38,
  },
  {
    text: 'Around 500 jobs are at risk at Halden Steel after it proposed a restructuring.',
    company: 'Halden Steel',
    headcount: 500,
  },
  {
    text: 'Some 2,000 jobs will go at Halden Steel under the plan.',
    company: 'Halden Steel',
    headcount: 2000,
  },
  {
    text: 'Up to 700 posts could go at Halden Steel, the lender said.',
    company: 'Halden Steel',
    headcount: 700,
  },
  {
    text: 'Halden Steel announced a reduction in force affecting 200 employees.',
    company: 'Halden Steel',
    headcount: 200,
  },
  {
    text: 'Halden Steel will shutter its Toledo factory, affecting 300 workers.',
    company: 'Halden Steel',
    headcount: 300,
  },
  { text: 'Halden Steel will idle its Gary mill next month.', company: 'Halden Steel', headcount: null },
  { text: 'Halden Steel will shut down 40 restaurants.', company: 'Halden Steel', headcount: null },
  { text: 'Halden Steel fired 40 employees on Friday.', company: 'Halden Steel', headcount: 40 },
  { text: 'Halden Steel is terminating 150 contractors.', company: 'Halden Steel', headcount: 150 },
  { text: 'Halden Steel announced mass firings of 90 staff.', company: 'Halden Steel', headcount: 90 },
  { text: 'Halden Steel is halving its workforce.', company: 'Halden Steel', headcount: null },
  {
    text: 'Halden Steel said 120 employees were made redundant.',
    company: 'Halden Steel',
    headcount: 120,
  },
  { text: 'Halden Steel begins layoffs', company: 'Halden Steel', headcount: null },
  // A cut of this month is this report's, not an earlier round.
  { text: 'Halden Steel cut 300 jobs earlier this month.', company: 'Halden Steel', headcount: 300 },
  {
    text: 'Halden Steel will reduce its workforce by about 700 employees, or 6%.',
    company: 'Halden Steel',
    headcount: 700,
    percent: 6,
  },
  {
    text: 'Halden Steel will cut roughly one in ten jobs.',
    company: 'Halden Steel',
    headcount: null,
    percent: 10,
  },
  {
    text: 'Halden Steel is letting go about 50 people across its sales team.',
    company: 'Halden Steel',
    headcount: 50,
  },
  { text: 'Halden Steel slashes workforce by 20%', company: 'Halden Steel', headcount: null, percent: 20 },
  {
    text: 'Halden Steel to lay off 900 employees, 12% of workforce',
    company: 'Halden Steel',
    headcount: 900,
    percent: 12,
  },
  {
    text: 'About 350 employees were laid off from Halden Steel on Monday.',
    company: 'Halden Steel',
    headcount: 350,
  },
  // A press release names the company with its stock ticker; the exchange and symbol are no company.
  {
    text: 'Halden Steel Corp. (NASDAQ: HSTL) today announced it will lay off 300 employees.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'Marlow Foods Inc. (NYSE: MRLW) said it would cut 200 jobs.',
    company: 'Marlow Foods',
    headcount: 200,
  },
  {
    text: 'Tessera Holdings (LSE: TSH), the packaging group, announced a reduction in force affecting 18% of its employees.',
    company: 'Tessera Holdings',
    headcount: null,
    percent: 18,
  },
  // The workforce before and after the cut, and no count of the people: the difference.
  {
    text: 'Halden Steel is cutting its headcount to 1,200 from 1,500.',
    company: 'Halden Steel',
    headcount: 300,
  },
  {
    text: 'Halden Steel will reduce its workforce from about 1,500 to 1,200 by next year.',
    company: 'Halden Steel',
    headcount: 300,
  },
  // A share of a workforce counted before it: the count is the workforce, not the cut.
  {
    text: 'Halden Steel will lay off roughly 4% of its 9,000-person workforce.',
    company: 'Halden Steel',
    headcount: null,
    percent: 4,
    none: true,
  },
  {
    text: 'Nearly half of Marlow Foods’ 400 employees will be let go, the company said.',
    company: 'Marlow Foods',
    headcount: null,
    percent: 50,
    none: true,
  },
  { text: 'Halden Steel layoffs hit 3,000 workers across Europe', company: 'Halden Steel', headcount: 3000 },
  {
    text: 'Halden Steel is laying off more than two dozen workers at its Ohio plant.',
    company: 'Halden Steel',
    headcount: 24,
  },
  {
    text: 'Halden Steel confirms it is cutting "several hundred" roles',
    company: 'Halden Steel',
    headcount: null,
    vague: 'several hundred',
  },
  {
    text: 'Halden Steel plans to cut costs and 500 jobs this year.',
    company: 'Halden Steel',
    headcount: 500,
  },
  {
    text: 'Halden Steel announced a restructuring that will see 200 roles go.',
    company: 'Halden Steel',
    headcount: 200,
  },
  {
    text: 'Halden Bank will cull 600 roles from its branch network.',
    company: 'Halden Bank',
    headcount: 600,
  },
  {
    text: 'More than a thousand workers at Halden Steel will lose their jobs.',
    company: 'Halden Steel',
    headcount: 1000,
  },
  { text: 'Halden Logistics will retrench 120 employees.', company: 'Halden Logistics', headcount: 120 },
  { text: 'Halden Media announced a fresh round of layoffs.', company: 'Halden Media', headcount: null },
  {
    text: 'Halden Media carried out a second wave of job cuts on Monday.',
    company: 'Halden Media',
    headcount: null,
  },
  {
    text: 'Halden Logistics announced the retrenchment of 120 staff.',
    company: 'Halden Logistics',
    headcount: 120,
  },
  // A trade counted as the staff is.
  { text: 'Marlow Freight is cutting 310 drivers in Texas.', company: 'Marlow Freight', headcount: 310 },
  {
    text: 'Halden Health will eliminate 120 nurses and technicians at two hospitals.',
    company: 'Halden Health',
    headcount: 120,
  },
  {
    text: 'The cuts at Marlow Freight will affect 310 drivers.',
    company: 'Marlow Freight',
    headcount: 310,
  },
  {
    text: 'Marlow Health is undergoing a restructuring that affects 12% of staff, its chief executive said.',
    company: 'Marlow Health',
    headcount: null,
    none: true,
    percent: 12,
  },
  {
    text: 'Marlow Hardware will shut four shops next month. The store closings will affect about 80 employees.',
    company: 'Marlow Hardware',
    headcount: 80,
  },
  {
    text: 'Marlow Electric said on Friday it would seek two thousand voluntary retirements as it exits the television business.',
    company: 'Marlow Electric',
    headcount: 2000,
  },
  {
    text: 'Marlow Therapeutics today announced a reduction of its workforce by approximately 22%, or about 85 positions.',
    company: 'Marlow Therapeutics',
    headcount: 85,
    percent: 22,
  },
  {
    text: 'Marlow Logistik will reduce its personnel by around 8 percent, its chief executive said.',
    company: 'Marlow Logistik',
    headcount: null,
    none: true,
    percent: 8,
  },
  {
    text: 'The insurer Groupe Marlow will reduce its staff by 1 200 positions in France.',
    company: 'Groupe Marlow',
    headcount: 1200,
  },
  {
    text: 'Automotive supplier Marlow to cut around 3.000 jobs in Germany',
    company: 'Marlow',
    headcount: 3000,
  },
  {
    text: 'About 120 staff will be leaving Halden Foods by the end of the year, the company confirmed.',
    company: 'Halden Foods',
    headcount: 120,
  },
  {
    text: 'Halden Steel said 85 employees are set to leave the business as part of a restructuring.',
    company: 'Halden Steel',
    headcount: 85,
  },
  // Translated press: collective dismissal procedures, notices, exits and suppressions of posts.
  {
    text: 'Halden Papper has given notice of redundancy (varsel) to approximately 250 employees at its mill.',
    company: 'Halden Papper',
    headcount: 250,
  },
  {
    text: 'Halden Freight has applied to close its container freight station, a move that will put nearly 1,100 workers out of work.',
    company: 'Halden Freight',
    headcount: 1100,
  },
  {
    text: 'Banco Halden will open an ERE that will affect 400 workers.',
    company: 'Banco Halden',
    headcount: 400,
  },
  {
    text: 'Halden Metals opened the procedure of collective dismissal for one hundred and sixty workers.',
    company: 'Halden Metals',
    headcount: 160,
  },
  {
    text: 'Halden Metals will cut two thousand five hundred jobs.',
    company: 'Halden Metals',
    headcount: 2500,
  },
  {
    text: 'Halden Autopartes dismissed several hundred workers this week.',
    company: 'Halden Autopartes',
    headcount: null,
    vague: 'several hundred',
  },
  {
    text: 'Halden Assicurazioni signed an agreement which foresees up to 500 voluntary exits.',
    company: 'Halden Assicurazioni',
    headcount: 500,
  },
  {
    text: 'Halden Aero agreed with the unions to limit the suppressions of posts to 390.',
    company: 'Halden Aero',
    headcount: 390,
  },
  {
    text: 'Halden Media eliminated its 23-person copy desk on Thursday.',
    company: 'Halden Media',
    headcount: 23,
  },
  {
    text: 'Halden Stores will close 23 stores, with 1,100 jobs lost.',
    company: 'Halden Stores',
    headcount: 1100,
  },
  { text: 'Halden Timber has stood down 90 workers without pay.', company: 'Halden Timber', headcount: 90 },
  {
    text: 'About 120 staff at Halden Mining were stood down on Friday.',
    company: 'Halden Mining',
    headcount: 120,
  },
  {
    text: 'Halden Software has started change negotiations on at most 90 jobs, the company said on Monday.',
    company: 'Halden Software',
    headcount: 90,
  },
  {
    text: 'A hard update from Halden Labs\n\nToday we said goodbye to 14 of our colleagues.\n\nHalden Labs builds writing assistants from our office in Berlin.',
    company: 'Halden Labs',
    headcount: 14,
  },
];

describe('a one-sentence report in a common phrasing', () => {
  it.each(reports)('$text', ({ text, company, headcount, percent, none, vague }) => {
    const result = extract(text, { published: '2025-03-06' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe(company);
    if (headcount !== null) expect(result.event?.headcount?.value).toBe(headcount);
    if (none) expect(result.event?.headcount).toBeNull();
    if (vague) expect(result.event?.headcount?.words).toBe(vague);
    if (percent !== undefined) expect(result.event?.percent).toBe(percent);
  });
});

describe('a sentence in the same words that reports no cut', () => {
  it.each([
    'AI could put 300 million jobs at risk, economists at a bank said.',
    'Millions of workers lost their jobs during the pandemic, according to the Labor Department.',
    'Halden Steel denied reports that 500 jobs would go.',
    'Rumours that Halden Steel would cut 1,000 jobs were dismissed by the company as speculation.',
    'Halden Steel is cutting pay for 2,000 workers by 10% instead of laying anyone off.',
    'Halden Steel will reduce working hours for 3,000 staff.',
    'Halden Bank cuts interest rates by 25 basis points as 2,000 workers await a pay deal.',
    'A new study sheds light on how employees spend their first 90 days.',
    'Halden Steel said no jobs are at risk from the merger.',
    'Halden Steel hired 300 workers after the loss of its biggest customer.',
    'Some 2,000 jobs were created at Halden Steel last year.',
    'Economists expect 150,000 workers to lose their jobs in manufacturing this year.',
    'Halden Steel is recalling 300 workers who lost their jobs last year.',
    'Nearly 40% of workers fear they could lose their jobs to AI, a survey found.',
    'The loss of jobs to automation is a growing concern for unions.',
    'Budget cuts could mean 40 fewer police officers on the streets of Harlan next year.',
    'Halden Air will cut 12 routes and retire 8 aircraft this winter.',
    'Halden Steel expects to see 300 workers go through retraining this year.',
    'Halden Media declined to comment on rumours of a fresh round of layoffs.',
    'The new pension policy will affect 3,000 employees at Halden Steel.',
    'Workers at Halden Steel can take early retirement at 60 under the new pension plan.',
    'A judge dismissed 12 charges against the former Halden Steel executive.',
    'Dockers threaten strike over fears automation could cost up to 400 jobs at Halden Quay.',
    'Halden Aerospace recalls all furloughed workers, scraps planned layoffs of 300.',
    'Halden Aerospace has cancelled plans to lay off 300 workers, citing a rebound in orders.',
    'Two in five chief executives expect to cut staff this year, survey finds',
    'No job cuts have been announced at Halden Quay, where 900 dockers work.',
    'A court revived a lawsuit accusing Halden Steel of failing to warn before it laid off 340 workers at a mill in Steubenville, Ohio, in 2019.',
    'Hotel Halden will close for a ten-month renovation, but all 180 staff keep their jobs.',
    'Hotel Halden will close for ten months while its 180 staff are seconded to sister hotels.',
    '"Nice to be wanted back," wrote one former employee of Halden Steel. "Nicer not to have been let go."',
    'Halden Steel dismissed the reports as speculation.',
    'About 120 staff will be leaving for the new Halden Steel campus across the river next month.',
    'The chief executive of Halden Steel stood down on Monday after 12 years in the job.',
    'Collective dismissals affected 19,400 workers in 2023, 12% more than a year before',
    'Halden Forsikring to reduce 120 positions by 2027 - without dismissals',
    'Tributes flow for Col Halden, union leader who fought the wire works closure',
    'More than 600 former employees of Halden Steel will share a $4 million settlement.',
    // A cut of an earlier year, named beside today's news, is history.
    'Halden Steel will hire 2,000 workers for a new mill, replacing an older plant in Ohio, which closed in 2019 with the loss of 800 jobs.',
  ])('%s', (text) => {
    expect(extract(text, { published: '2025-03-06' }).is_layoff_report).toBe(false);
  });
});

describe('a Title Case headline whose story names the company only there', () => {
  it.each([
    { text: 'Halden Motors To Cut 2,000 Jobs In Restructuring', company: 'Halden Motors', headcount: 2000 },
    { text: 'Halden Motors Lays Off 300 Workers', company: 'Halden Motors', headcount: 300 },
    { text: 'Layoffs Hit 300 Workers At Halden Motors', company: 'Halden Motors', headcount: 300 },
    { text: 'Big Tech Layoffs Continue As Halden Cuts 300 Jobs', company: 'Halden', headcount: 300 },
  ])('$text', ({ text, company, headcount }) => {
    const event = extract(`${text}\n\nThe company confirmed the move on Friday.`, {
      published: '2025-03-06',
    }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value).toBe(headcount);
  });

  it('takes no adjective opening the headline for a company', () => {
    const result = extract(
      'Rare Layoffs At Halden Motors Hit Dozens In Sales\n\nHalden Motors cut dozens of sales jobs.',
      {
        published: '2025-03-06',
      },
    );
    expect(result.event?.company).toBe('Halden Motors');
    expect(result.mentions.map((m) => m.company)).toEqual([]);
  });
});

describe('the cut’s number beside numbers that are not it', () => {
  it.each([
    'Halden Steel will cut 300 jobs. The company employs 12,000 people worldwide.',
    'Halden Steel, which has 12,000 employees, will cut 300 jobs.',
    'Halden Steel will cut 300 jobs, bringing its total layoffs this year to 1,100.',
    'Halden Steel will cut 300 jobs, on top of the 800 it shed in March.',
    'Halden Steel will cut 300 jobs, in addition to the 200 contractors it let go last month.',
    'Halden Steel will cut 300 jobs to save $45 million a year.',
    'Halden Steel reported a loss of $2.3 billion and said it would cut 300 jobs.',
    'Halden Steel, founded in 1998, will cut 300 jobs.',
    'Halden Steel will cut 300 jobs across its 14 plants.',
    'Halden Steel will cut 300 of its 4,500 jobs.',
    'Halden Steel will cut 300 jobs, or 7% of its 4,500-strong workforce.',
    'Halden Steel will cut 300 jobs from its 2,000-person sales team.',
    'Halden Steel will cut 300 jobs, after cutting 500 in 2023.',
    'Halden Steel is laying off 300 people after cutting 500 in January.',
    'After cutting 500 in January, Halden Steel is laying off 300 people.',
    'Halden Steel, which shed 1,500 jobs in 2022, will cut 300 jobs.',
  ])('%s', (text) => {
    expect(extract(text, { published: '2025-03-06' }).event?.headcount?.value).toBe(300);
  });
});

describe('the company that cuts, however the sentence names it', () => {
  it.each([
    {
      text: 'Shares of Halden Steel fell after it announced 300 layoffs.',
      company: 'Halden Steel',
      parent: null,
    },
    { text: 'Halden Steel Inc. (HSI) said it would cut 300 jobs.', company: 'Halden Steel', parent: null },
    {
      text: 'Dana Moss, chief executive of Halden Steel, said 300 jobs would be cut.',
      company: 'Halden Steel',
      parent: null,
    },
    { text: 'Staff at Halden Steel were told 300 roles would go.', company: 'Halden Steel', parent: null },
    {
      text: 'Halden Steel-owned Marlow Foods will cut 300 jobs.',
      company: 'Marlow Foods',
      parent: 'Halden Steel',
    },
    {
      text: 'Marlow Foods, a unit of Halden Steel, will cut 300 jobs.',
      company: 'Marlow Foods',
      parent: 'Halden Steel',
    },
    {
      text: 'Warehouse operator Halden Steel will lay off 300 employees at its Reno site.',
      company: 'Halden Steel',
      parent: null,
    },
    {
      text: 'Halden Steel is laying off 300 workers, the Wall Street Journal reported.',
      company: 'Halden Steel',
      parent: null,
    },
    {
      text: 'Halden Steel’s packaging division Marlow Packaging will cut 300 jobs.',
      company: 'Marlow Packaging',
      parent: 'Halden Steel',
    },
    {
      text: "Halden Steel Inc.'s video game unit Marlow Studios is laying off 300 developers.",
      company: 'Marlow Studios',
      parent: 'Halden Steel',
    },
    {
      text: 'State-owned Halden Rail will cut 300 jobs.',
      company: 'Halden Rail',
      parent: null,
    },
    {
      text: 'Former employees of Halden Steel said the company laid off 300 workers without notice.',
      company: 'Halden Steel',
      parent: null,
    },
  ])('$text', ({ text, company, parent }) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe(company);
    expect(event?.parent_company ?? null).toBe(parent);
    expect(event?.headcount?.value).toBe(300);
  });
});

describe('the cut as a share of the workforce', () => {
  it.each([
    { text: 'Halden Steel will cut 10% of its workforce.', percent: 10 },
    { text: 'Halden Steel will cut about a tenth of its staff.', percent: 10 },
    { text: 'Halden Steel will cut 300 jobs, roughly 4 percent of its global workforce.', percent: 4 },
    { text: 'Halden Steel will reduce staff by 15%, or about 300 people.', percent: 15 },
    { text: "The 300 job cuts represent about 6% of Halden Steel's workforce.", percent: 6 },
    {
      text: "Halden Health will lay off 96 employees. The cuts represent about 2% of the system's roughly 4,800 workers.",
      percent: 2,
    },
    { text: 'Halden Steel will cut its workforce in half.', percent: 50 },
    { text: 'Halden Steel will cut two-thirds of its staff.', percent: 66.7 },
    {
      text: 'Halden Relay has confirmed about 300 job cuts, its second round this year after cutting 8% of its workforce in January.',
      percent: null,
    },
    // Shares of something else.
    { text: 'Halden Steel will cut 300 jobs. Its shares fell 4% on the news.', percent: null },
    { text: 'Halden Steel will cut 300 jobs and cut costs by 10%.', percent: null },
    { text: 'Halden Steel will cut 300 jobs after revenue fell 20%.', percent: null },
    { text: 'Halden Steel will cut 300 jobs, about 10% of the sales team.', percent: null },
    // A country's staff, and a share told in the sentence after of the positions cut.
    { text: 'Halden Steel will cut nearly 1,000 jobs, or roughly 14% of its German workforce.', percent: 14 },
    {
      text: 'Halden Steel will cut 175 positions. The 175 positions represent about 2% of Halden Steel’s 8,400 employees.',
      percent: 2,
    },
    { text: 'Halden Steel will cut 40 jobs, about 10% of its Leeds plant workforce.', percent: null },
    // A small company's team is its staff; a named team is a unit.
    {
      text: '"Today we are reducing our team by 18%," Halden Labs chief executive Maya Holt wrote.',
      percent: 18,
    },
    { text: 'Halden Labs is cutting its entire team by a third.', percent: 33.3 },
    { text: 'Halden Labs will cut 40 jobs and cut its sales team by 20%.', percent: null },
  ])('$text', ({ text, percent }) => {
    expect(extract(text, { published: '2025-03-06' }).event?.percent ?? null).toBe(percent);
  });
});

describe('a story that tells of cuts but reports none, read whole', () => {
  it.each([
    [
      'a hiring story recalling an earlier cut',
      'Brackwater Foods to create 1,500 jobs at new plant\n\nBrackwater Foods is to create 1,500 jobs at a new factory near Motherwell.\n\nThe announcement comes a year after the company cut 200 jobs at its bakery in Norwich.',
    ],
    [
      'a denied report, the short name repeating the rumour',
      'Tessaly Interactive denies report it plans to lay off 500 staff\n\nOSAKA (Wire Service) - Tessaly Interactive Inc. on Thursday denied a media report that it was preparing to lay off staff.\n\nA business weekly reported on Wednesday, citing unnamed people, that Tessaly would cut around 500 of its 3,200 staff.',
    ],
    [
      'a rehiring story recalling the cut it undoes',
      'Orrin rehires customer service staff after chatbot falls flat\n\nOrrin Logistics is bringing back 50 of the agents it laid off in March.\n\nIn March, Orrin let go of 180 customer service employees, saying an AI assistant would take over.',
    ],
    [
      'labour statistics under a wire dateline',
      'Jobless rate climbs as economy sheds 23,000 jobs\n\nOTTAWA (Example Wire) - Canada’s economy lost 23,000 jobs in January, the statistics agency said on Friday.\n\nEconomists polled by Example Wire had expected a gain. Manufacturing lost 18,000 positions.',
    ],
    [
      'a statistics release on collective dismissals',
      'Collective dismissals affected 19,400 workers in 2023, 12% more than a year before\nMADRID (Example Wire) - The number of workers affected by collective dismissals rose to 19,400 in 2023, the labour ministry said on Tuesday.\nIndustry accounted for 41% of the affected workers.',
    ],
    [
      'an obituary recalling the closure a union leader fought',
      'Tributes flow for Col Halden, union leader who fought the wire works closure\n\nCol Halden, who led the fight against the closure of the Port Kembla wire works in 1998, when 1,400 workers lost their jobs, has died aged 81.',
    ],
    [
      'posts that go without dismissals',
      'Halden Forsikring to reduce 120 positions by 2027 - without dismissals\nBERGEN (Example Wire) - The insurer Halden Forsikring will reduce its staff by about 120 full-time positions over three years.\nThe reduction will happen through natural attrition.',
    ],
    [
      'a survey of expectations',
      'Forty-one percent of chief executives expect artificial intelligence to reduce their total headcount over the next two years, according to a survey released on Wednesday.',
    ],
    [
      'a feature recalling an unnamed employer’s cut of years before',
      'Why Losing a Job Feels Like Grief\n\n“I kept replaying it,” he said, two years after his employer, an engineering firm, cut about 150 jobs in a single morning.',
    ],
    [
      'an unverified claim, and the company’s cut of an earlier year',
      'Unverified Claims of Job Cuts at Lumen Bank Spread Online\n\nA post claiming that Lumen Bank is preparing to cut around 2,000 jobs circulated on social media. It last announced job cuts in early 2023, when it eliminated 850 roles in its lending unit.',
    ],
    [
      'an obituary',
      'Walt Kowal, Union Leader Who Fought the Mill Closure, Dies at 89\n\nIn the spring of 1983 the company announced that the Ravenport Works would close, eliminating the remaining 3,200 jobs.',
    ],
    [
      'an earnings story with no plans for cuts',
      'Talbrook Semiconductor posts record quarter, keeps hiring\n\nAsked whether Talbrook Semiconductor would follow peers in trimming staff, chief executive Rafael Ortiz said the company had "no plans for any restructuring or workforce reductions."',
    ],
    [
      'a recall under a kicker line',
      'Europe | Transport\n\nVan Halden Transport Recalls 300 Drivers Laid Off In January\n\nVENLO - Van Halden Transport B.V. said on Wednesday it would bring back all 300 drivers it laid off in January.',
    ],
    [
      'workers taken back',
      'Halden Auto Components takes back 310 workers laid off in March\n\nHalden Auto Components Ltd will reinstate all 310 workers it laid off from its plant in March.',
    ],
    [
      'a ribbon cut and corners not cut',
      'Halden Robotics cut the ribbon on Tuesday on a factory that will employ 1,200. "We\'re not cutting corners on people," its chief executive told about 400 workers.',
    ],
    [
      'rumours the company denies',
      'Halcyon Cloud denies layoff rumours after anonymous posts claim 10% cut\n\nHalcyon Cloud has denied that it is preparing to lay off staff.\n\nSpeculation about cuts has swirled since the company missed revenue estimates in August.',
    ],
    [
      'a pay cut taken to avoid redundancies',
      'Halden Foods staff back pay cut and four-day week to avoid 180 redundancies\n\nWorkers at Halden Foods voted on Tuesday to accept an 8% pay cut, the company said, after it proposed 180 redundancies in May.',
    ],
    [
      'a pay cut instead of jobs',
      'Halden Games cuts pay instead of jobs; chief executive takes 40% reduction\n\nHalden Games will cut salaries by up to 20% for six months. The studio had considered laying off 40 of its 210 staff.',
    ],
    [
      'a budget that rules job cuts out',
      'Halden University freezes pay, rules out job cuts for 2026\n\nHalden University will freeze salaries next year. Last year it cut 300 roles.',
    ],
    [
      'a budget that keeps all its staff',
      'Budget 2025/26: No civil servants to be sent home, says Treasury\n\nNAIROBI — The Treasury said on Thursday that no public servants would be laid off under the new budget.',
    ],
    [
      'layoff notices rescinded',
      'Halden Unified rescinds layoff notices for 64 teachers\n\nFRESNO, Calif. — Halden Unified School District will rescind the layoff notices it sent to 64 teachers in March.',
    ],
    [
      'a redundancy notice withdrawn',
      'Halden Stål withdraws redundancy notice for 120 Borlänge workers\n\nHalden Stål AB has withdrawn the notice of redundancy it issued in June to 120 workers, citing new orders.',
    ],
    [
      'employers’ announced cuts counted for a month',
      'U.S. employers announced 61,400 job cuts in March, up 9% from February\n\nAnnounced job cuts at U.S.-based employers rose in March, led by technology companies, a report by an outplacement firm showed on Thursday.',
    ],
    [
      'a national redundancy rate',
      'UK redundancy rate climbs to highest level since 2021\n\nThe number of people made redundant in the UK rose to 4.6 per 1,000 employees, the statistics office said. Retailer Halden Stores cut 300 jobs in August.',
    ],
  ])('%s', (_, text) => {
    expect(extract(text, { published: '2025-03-06' }).is_layoff_report).toBe(false);
  });

  it.each([
    'Halden Steel will cut 300 jobs, the company said, as the slowing economy hits demand.',
    'Halden Steel will cut 300 jobs, a year after it cut 200.',
    'Halden Steel said on Tuesday it would cut 300 jobs, two weeks after it announced a hiring freeze.',
    'A week after announcing 1,200 layoffs, Halden Steel said on Monday it would close two more sites, affecting 300 workers.',
  ])('still reads the cut: %s', (text) => {
    expect(extract(text, { published: '2025-03-06' }).event?.headcount?.value).toBe(300);
  });
});

describe('a round-up whose items open with the company’s name alone on a line', () => {
  it('gives each item’s cut to the company of its heading, and a surname alone to its person', () => {
    const text = [
      'Tech layoffs this week: Northvale Software, Pinecrest Health',
      '',
      'Our weekly round-up of job cuts.',
      '',
      'Northvale Software',
      'The Seattle-based maker of planning software said on Thursday it was eliminating 350 roles, about 6% of its workforce, chief operating officer Grant Hollis said. Hollis said most of the roles were in support.',
      '',
      'Pinecrest Health',
      'Pinecrest, a Nashville startup, laid off 40 people on Monday.',
    ].join('\n');
    const result = extract(text, { published: '2025-08-22' });
    expect(result.event?.company).toBe('Northvale Software');
    expect(result.event?.headcount?.value).toBe(350);
    expect(result.mentions.map((m) => [m.company, m.headcount?.value])).toEqual([['Pinecrest', 40]]);
  });
});

describe('the company among towns, people and headline verbs', () => {
  it.each([
    [
      'Depot town’s worst week\n\nLorries parked on the edge of Normanton, West Yorkshire.\n\nOn Tuesday, Harrowgate Freight said it would close its Normanton distribution hub and cut 640 jobs.',
      'Harrowgate Freight',
      640,
    ],
    [
      'Call-centre workers blame AI\n\nCEBU CITY — Jun Dela Cruz lost his job in a week.\n\nDela Cruz, 31, was one of more than 3,000 workers let go last month by Parallax Contact Solutions.',
      'Parallax Contact Solutions',
      3000,
    ],
    [
      'Transit Board Votes to Lay Off 175 Workers\n\nThe board of the Calder Valley Transit Authority voted on Thursday to lay off 175 employees.',
      'Calder Valley Transit Authority',
      175,
    ],
    [
      'Management at the Halden Valley Clinic informed staff on Wednesday that a consultation on 45 redundancies would begin.',
      'Halden Valley Clinic',
      45,
    ],
    [
      'Halden Media Group, which publishes titles across the North West of England, told staff that 85 roles will be cut.',
      'Halden Media Group',
      85,
    ],
    [
      'Stockholm payments firm to cut 9% of staff\n\nA Stockholm-based payments firm will cut around 180 jobs, or 9 percent of its workforce, it said on Monday.\n\nThe company, Halden Betalningar AB, said the cuts would affect its offices in Stockholm and Oslo.\n\nPeers including the Oslo lender Fjellheim Bank have also trimmed staff in recent months.',
      'Halden Betalningar',
      180,
    ],
    [
      'Bancohalden proposes ERE affecting up to 2,150 employees\n\nMADRID – Banco Halden de Inversiones, S.A. (Bancohalden) on 20 April presented unions with a proposed ERE that would affect up to 2,150 employees.',
      'Banco Halden de Inversiones',
      2150,
    ],
    [
      'Dargaville timber mill idled, 90 workers stood down\n\nThe Halden Timber sawmill in Dargaville has stood down 90 workers without pay after the company said on Monday it would idle the mill for at least eight weeks.',
      'Halden Timber',
      90,
    ],
  ])('%s', (text, company, headcount) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value).toBe(headcount);
  });
});

describe('a union or a board speaking of the cut', () => {
  it('gives the cut to the authority whose board votes it, not to the union that protests it', () => {
    const text = [
      'Transit Board Votes to Lay Off 175 and Eliminate 14 Bus Routes',
      '',
      'Marisol Vega has driven the Route 22 bus for nine years.',
      '',
      'The board of the Calder Valley Transit Authority voted on Thursday to lay off 175 employees.',
      '',
      'Amalgamated Transit Workers Local 1170 said it would file a grievance over the order of layoffs.',
    ].join('\n');
    const event = extract(text, { published: '2025-05-30' }).event;
    expect(event?.company).toBe('Calder Valley Transit Authority');
    expect(event?.headcount?.value).toBe(175);
  });
});

describe('a closure whose staff all stay', () => {
  it('is no report', () => {
    const text = [
      'Pershore library to close, but no job losses, council says',
      '',
      'Wyvern Vale District Council will close Pershore’s Bridge Street library in March and move its services into the town’s community hub.',
      'All 12 library staff will transfer to the hub, and there will be no redundancies, a council spokesman said.',
    ].join('\n');
    expect(extract(text, { published: '2025-10-06' }).is_layoff_report).toBe(false);
  });

  it('still reports a closure that costs jobs though another site keeps its staff', () => {
    const text =
      'Halden Foods will close its Leeds bakery with the loss of 120 jobs. Staff at its Bradford site are not affected.';
    expect(extract(text, { published: '2025-10-06' }).is_layoff_report).toBe(true);
  });
});

describe('explainers and closures that cut no job', () => {
  it.each([
    [
      'an explainer of the law on layoff notices',
      'What is a WARN notice?\n\nThe federal Worker Adjustment and Retraining Notification Act requires most employers with 100 or more workers to give 60 days of notice.\n\nWhat counts as a mass layoff?\nGenerally, a layoff of at least 50 full-time employees at a single site.\n\nDo states have their own rules?\nYes. Exceptions exist for natural disasters.',
    ],
    [
      'a store closed for a renovation, its staff kept',
      'Kittery Market closing Bangor store for renovation; all staff keep jobs\n\nKittery Market will close its Broadway store for about 10 weeks for a renovation, but none of its roughly 85 employees will lose their jobs, the company said.',
    ],
  ])('%s', (_, text) => {
    expect(extract(text, { published: '2025-03-06' }).is_layoff_report).toBe(false);
  });

  it('still reads a store closed for good', () => {
    const text = 'Kittery Market will close its Broadway store in March, cutting 85 jobs, the company said.';
    expect(extract(text, { published: '2025-03-06' }).event?.headcount?.value).toBe(85);
  });
});

describe('closures of a whole company or site, and the towns they name', () => {
  it.each([
    [
      'Brantford plant to close, about 240 workers to be let go\n\nNorvale Polymers will shut its Brantford, Ont., plant by the end of the year, leaving about 240 employees out of work, the company said.',
      'Norvale Polymers',
      240,
      'CA',
    ],
    [
      'Rusholt Freight Lines, a regional trucking company in Dayton, Ohio, abruptly ceased operations on Sunday, leaving nearly 1,800 drivers without jobs.',
      'Rusholt Freight Lines',
      1800,
      'US',
    ],
  ])('%s', (text, company, headcount, country) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value).toBe(headcount);
    expect(event?.country).toBe(country);
  });

  it('reads no closure in "shut the door on talks"', () => {
    expect(
      extract('Halden Steel will shut the door on talks with the union.', { published: '2025-03-06' })
        .is_layoff_report,
    ).toBe(false);
  });
});

describe('a company the headline names short', () => {
  it('reads the story’s share and figures as the company’s under its full name', () => {
    const text = [
      'Quenmark to cut about 1,100 jobs as it redirects spending',
      '',
      'AUSTIN, Texas, March 12 (Newswire) - Quenmark Systems said on Tuesday it would cut roughly 1,100 jobs, or about 8% of its workforce.',
      '',
      'Quenmark employed about 13,500 people at the end of last year.',
    ].join('\n');
    const event = extract(text, { published: '2025-03-12' }).event;
    expect(event?.company).toBe('Quenmark Systems');
    expect(event?.headcount?.value).toBe(1100);
    expect(event?.percent).toBe(8);
  });
});

describe('names that open with a place word, a descriptor or a possessive', () => {
  it.each([
    {
      text: 'The Valley Ridge Unified School District board voted on Thursday to lay off 120 employees.',
      company: 'Valley Ridge Unified School District',
    },
    {
      text: 'Silicon Valley startup Korrin Labs laid off 120 people on Thursday.',
      company: 'Korrin Labs',
    },
    {
      text: 'Cross-border freight firm Tavell Logistics is eliminating 120 roles, the company said on Thursday.',
      company: 'Tavell Logistics',
    },
    {
      text: 'Prairie grain storage company trims 120 jobs\n\nDunmere Grain Services laid off 120 employees in Kansas last week, a spokeswoman said.',
      company: 'Dunmere Grain Services',
    },
    {
      text: 'Whelan’s Creameries Ltd said on Thursday it will close its butter line with the loss of 120 jobs.',
      company: 'Whelan’s Creameries',
    },
    {
      text: 'Whelan’s Creameries To Close Butter Line In Tralee With Loss Of 120 Jobs\n\nWhelan’s Creameries Ltd said on Thursday it will close its butter line in Tralee with the loss of 120 jobs. “It is a sad day,” said managing director Aoife Whelan.',
      company: 'Whelan’s Creameries',
    },
  ])('$text', ({ text, company }) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value).toBe(120);
  });

  it('keeps a place’s possessive apart from the company it names', () => {
    const text = 'India’s Korrin Steel Ltd will cut 120 jobs at its Pune plant, the company said.';
    expect(extract(text, { published: '2025-03-06' }).event?.company).toBe('Korrin Steel');
  });
});

describe('cuts told as jobs at risk, people dismissed, or beside a rival’s', () => {
  it.each([
    {
      text: 'Korrin Telecom starts consultation; up to 900 jobs at risk',
      company: 'Korrin Telecom',
      headcount: 900,
    },
    {
      text: 'Korrin Telecom issued notices to unions on Monday, saying up to 900 positions could be affected as it restructures its stores.',
      company: 'Korrin Telecom',
      headcount: 900,
    },
    {
      text: 'The payments company Korrin Pay dismissed about 300 employees last Monday, mostly in customer service.',
      company: 'Korrin Pay',
      headcount: 300,
    },
    {
      text: 'Fintech Korrin dismisses about 300; staff blame new software\n\nKorrin Pagamentos dismissed about 300 employees last Monday.',
      company: 'Korrin Pagamentos',
      headcount: 300,
    },
    { text: 'Fintech Korrin dismisses 300 employees', company: 'Korrin', headcount: 300 },
  ])('$text', ({ text, company, headcount }) => {
    const result = extract(text, { published: '2025-03-06' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe(company);
    expect(result.event?.headcount?.value).toBe(headcount);
  });

  it('reads a rival’s cut after the lead as a mention, not the story', () => {
    const text = [
      'Korrin Telecom denies report it plans to cut 800 jobs',
      '',
      'Korrin Telecom on Tuesday denied a newspaper report that it was preparing to cut as many as 800 jobs.',
      'Business daily Nordic Ledger reported on Monday, citing two sources, that Korrin would shut two call centres.',
      '"There is no such plan," a spokeswoman said.',
      'Korrin employs about 5,600 people.',
      'Rival operator Skarn Mobil announced 400 job cuts in October.',
    ].join('\n');
    const result = extract(text, { published: '2025-11-25' });
    expect(result.is_layoff_report).toBe(false);
  });

  it('never takes the paper that reported a cut for the company', () => {
    const text =
      'Korrin Steel will cut 300 jobs, business daily Nordic Ledger reported on Monday, citing two sources.';
    expect(extract(text, { published: '2025-03-06' }).event?.company).toBe('Korrin Steel');
    const alone = 'Business daily Nordic Ledger reported on Monday that 300 jobs would go at the steel mill.';
    expect(extract(alone, { published: '2025-03-06' }).event?.company ?? null).not.toBe('Nordic Ledger');
  });
});

describe('the paper that found the story, and the company it names only in passing', () => {
  it('reads a press release wire between slashes as the outlet', () => {
    const text =
      'AUSTIN, Texas, March 4, 2025 /Example Newswire/ -- Korrin Software, Inc. today announced a workforce realignment that will eliminate approximately 340 positions.';
    const event = extract(text, { published: '2025-03-04' }).event;
    expect(event?.company).toBe('Korrin Software');
    expect(event?.headcount?.value).toBe(340);
  });

  it('finds the company behind a generic lead when a paper "learns" the story', () => {
    const text = [
      'Regional newspaper publisher to cut 85 jobs, Veluwe Courant learns',
      '',
      'Veluwe Courant has learned that the publisher of nine regional newspapers will cut 85 full-time jobs.',
      '',
      'Employees at Hoekstra Mediagroep B.V. were told of the plan at a meeting in Zwolle on Wednesday, according to three people who spoke to Veluwe Courant.',
      '',
      'In a statement sent to Veluwe Courant, Hoekstra said print advertising had fallen by a quarter.',
      '',
      'The cuts fall on its newsrooms in Zwolle and Deventer, staff told Veluwe Courant.',
      '',
      'Earlier this year, rival publisher Brinkmedia closed two weekly papers with the loss of 20 jobs.',
    ].join('\n');
    const event = extract(text, { published: '2022-10-06' }).event;
    expect(event?.company).toBe('Hoekstra Mediagroep');
    expect(event?.headcount?.value).toBe(85);
  });
});

describe('the organisation the cuts are at, and the people a story opens with', () => {
  it('takes the place the cuts are at over the firm whose review led to them', () => {
    const text =
      'A months-long review by Chicago consulting firm Marsh & Vale Advisory has ended with 175 job cuts at Prairie Ridge Health, the nonprofit health system said Tuesday.';
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe('Prairie Ridge Health');
    expect(event?.headcount?.value).toBe(175);
  });

  it('counts "ended with 175 job cuts" as the cut, not a workforce', () => {
    const event = extract('Prairie Ridge Health said its restructuring led to 175 job cuts.', {
      published: '2025-03-06',
    }).event;
    expect(event?.headcount?.value).toBe(175);
    const size = extract('Prairie Ridge Health, a company with 175 employees, will cut 20 jobs.', {
      published: '2025-03-06',
    }).event;
    expect(size?.headcount?.value).toBe(20);
  });

  it('reads a person described by their work as no company', () => {
    const text = [
      'Youth charity cuts 23 roles after contract ends',
      '',
      '“Now I get a phone call telling me my job’s gone,” said one mentor.',
      '',
      'That was how Casey Tamaki, a youth mentor for eight years, found out he was among the 23 staff losing their jobs at Harakeke Youth Trust, the Christchurch charity.',
    ].join('\n');
    expect(extract(text, { published: '2025-03-06' }).event?.company).toBe('Harakeke Youth Trust');
  });
});

describe('a manager named in a quote is a person, not the company of an old cut', () => {
  it('never makes a manager named by surname the company of a generic cut', () => {
    const text = [
      'Employees will join a paid retraining programme, general manager Sophie Brandt said.',
      '',
      '“Nobody is being let go,” Brandt said.',
      '',
      'Union officials praised the plan, saying it stood in contrast with the first months of the pandemic, when thousands of hotel workers in the city were laid off within weeks.',
    ].join('\n');
    expect(extract(text, { published: '2025-01-09' }).event?.company ?? null).not.toBe('Brandt');
  });

  it('reads a temporary closure story with pandemic history as no report', () => {
    const text = [
      'Hotel Kanaalzicht to close for ten months — but all 180 staff keep their jobs',
      '',
      'Hotel Kanaalzicht will close its doors on 1 February for a ten-month renovation, its owner said on Thursday.',
      '',
      'During the closure, employees will be seconded to sister hotels, general manager Sophie Brandt said.',
      '',
      '“Nobody is being let go,” Brandt said.',
      '',
      'Staff representatives noted that in the early months of the pandemic thousands of hotel workers in the city were laid off within weeks.',
    ].join('\n');
    expect(extract(text, { published: '2025-01-09' }).is_layoff_report).toBe(false);
  });
});

describe('a report whose headline denies only that automation is behind the cut', () => {
  it('is a report', () => {
    const text = [
      'Korrin Logistics lays off several hundred warehouse staff, denies automation link',
      '',
      'Korrin Logistics laid off several hundred warehouse employees last week across its centres in Bhiwandi and Pune.',
      '',
      'The company said the cuts had nothing to do with the robotic sorters it installed in June.',
    ].join('\n');
    const result = extract(text, { published: '2023-08-21' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe('Korrin Logistics');
    expect(result.event?.headcount?.words).toBe('several hundred');
  });

  it('keeps a voluntary cut when compulsory redundancies are ruled out', () => {
    const text =
      'Korrin Mutual will close 15 branches, with dozens of jobs expected to go through voluntary redundancy, the bank said. No compulsory redundancies are planned.';
    const result = extract(text, { published: '2024-09-19' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe('Korrin Mutual');
  });

  it('reads a plant closing reported to state labor officials as in the US', () => {
    const text =
      'Korrin Foods will close its plant in Dalton in October, putting 412 people out of work, the company told state labor officials.';
    expect(extract(text, { published: '2023-08-14' }).event?.country).toBe('US');
  });
});

describe('scraped pages, institutions and old promises', () => {
  it('reads the cut of a page with a masthead, a menu, an old denial and reader comments', () => {
    const text = [
      'STACKLINE',
      'Startups | AI | Enterprise | Security | Newsletter',
      'Home / News / Startups',
      '',
      'Korrin Labs cuts roughly 140 jobs, says AI agents now handle most tickets',
      '',
      'Austin-based software maker Korrin Labs laid off roughly 140 employees on Monday, according to a memo seen by Stackline.',
      '',
      'The cuts amount to about four in 10 of the company’s support staff. Korrin, which sells an AI-powered help-desk product, had about 900 employees.',
      '',
      'In October, its chief executive told Stackline the company had “no plans for layoffs.”',
      '',
      '47 Comments',
      'mk_ops: "no plans for layoffs" aged well',
    ].join('\n');
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe('Korrin Labs');
    expect(event?.headcount?.value).toBe(140);
  });

  it('reads an institution whose name holds an "and"', () => {
    const text =
      'Up to 350 corporate and administrative posts could go at Aire and Wharfe Valley Hospitals NHS Foundation Trust, bosses confirmed on Tuesday.';
    const event = extract(text, { published: '2025-04-10' }).event;
    expect(event?.company).toBe('Aire and Wharfe Valley Hospitals NHS Foundation Trust');
    expect(event?.headcount?.value).toBe(350);
  });
});

describe('towns, sections and sites that are no company', () => {
  it('reads the dateline’s town as a town wherever the story names it', () => {
    const text = [
      'Parts maker to lay off 260 at Duncan plant',
      '',
      'DUNCAN, S.C. (WKTV) — Keller Gear Systems will lay off 260 workers at its Duncan plant, according to a WARN notice.',
      '',
      'The Duncan plant employs about 700 people.',
    ].join('\n');
    expect(extract(text, { published: '2021-11-18' }).event?.company).toBe('Keller Gear Systems');
  });

  it('takes the owner of the plant the workers were let go at', () => {
    const text =
      'APODACA, Mexico — She was one of some 600 workers let go at the Apodaca refrigerator plant of Grupo Ventana, the Monterrey-based appliance maker.';
    const event = extract(text, { published: '2025-02-03' }).event;
    expect(event?.company).toBe('Grupo Ventana');
    expect(event?.headcount?.value).toBe(600);
  });

  it('never takes a law’s section or a greeting for the company', () => {
    for (const [text, company] of <[string, string][]>[
      [
        'Under Section 189A of the Labour Relations Act, Kgosi Platinum will cut up to 1,250 jobs.',
        'Kgosi Platinum',
      ],
      [
        'Welcome back to our weekly round-up. Lindvik Pay said on Wednesday it would cut 280 jobs.',
        'Lindvik Pay',
      ],
    ]) {
      expect(extract(text, { published: '2025-03-06' }).event?.company).toBe(company);
    }
  });
});

describe('headlines that say the story is no report of a new cut', () => {
  it.each([
    'Laid off? What the WARN Act and severance rules mean for you\n\nWhen Korrin Freight laid off 50 drivers last year, few knew their rights.',
    'Korrin Renewables to create 450 jobs in Aberdeen as oil workers seek new roles\n\nKorrin Renewables will hire 450 people. Dunmore Energy cut 230 jobs in the city last year.',
    'Judge approves $4.2 million settlement over 2021 Korrin Trucking layoffs\n\nA judge approved a settlement for 540 drivers Korrin Trucking laid off without notice.',
    'Korrin Bank rules out AI job losses as union warns of "quiet cuts"\n\nKorrin Bank said no jobs would be lost to its new assistant.',
  ])('%s', (text) => {
    expect(extract(text, { published: '2025-03-06' }).is_layoff_report).toBe(false);
  });

  it('still reads a hiring headline that also cuts', () => {
    const text =
      'Korrin to add 500 AI jobs while cutting 1,000 elsewhere\n\nKorrin will cut 1,000 jobs in its retail arm.';
    expect(extract(text, { published: '2025-03-06' }).is_layoff_report).toBe(true);
  });
});

describe('a union that speaks of the cut', () => {
  it('lends its name to no clause of the story', () => {
    const text = [
      'Coastal agency confirms net loss of 154 roles',
      '',
      'The Department of Coastal Services will disestablish 212 positions and create 58 new ones, a net loss of 154 roles, under a restructure announced to staff on Tuesday.',
      '',
      'Public Sector Workers Alliance secretary Tom Reardon said the department had "cut the people who explain the science to ministers".',
    ].join('\n');
    const result = extract(text, { published: '2024-05-15' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.headcount?.value).toBe(154);
  });
});

describe('a denial about a tool, and cuts told as goodbyes', () => {
  it('keeps the cut when only the AI tool is said to have cut nothing', () => {
    const text = [
      'Maple Ridge Health to eliminate more than 240 positions',
      '',
      'Maple Ridge Health will eliminate more than 240 positions across its hospitals, it said on Wednesday.',
      '',
      'Staff linked the cuts to an AI scribe the system rolled out in the spring.',
      '',
      'Its chief operating officer rejected the connection. "The scribe has not eliminated a single position," he said.',
    ].join('\n');
    const result = extract(text, { published: '2023-09-14' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe('Maple Ridge Health');
  });

  it('reads a company reducing the size of its team and saying goodbye to colleagues', () => {
    const text =
      'Korrin Legal is reducing the size of its team by about 18%, which means saying goodbye to 214 colleagues, its chief executive wrote.';
    const result = extract(text, { published: '2022-11-09' });
    expect(result.is_layoff_report).toBe(true);
    expect(result.event?.company).toBe('Korrin Legal');
    expect(result.event?.headcount?.value).toBe(214);
  });

  it('reads a chief executive’s memo in the first person', () => {
    const text = [
      'A difficult update on our team',
      '',
      'Team,',
      '',
      'Today I am sharing the hardest news since we started Korrin Legal in 2016. We are reducing the size of our team by about 18%, which means saying goodbye to 214 talented colleagues.',
    ].join('\n');
    const result = extract(text, { published: '2022-11-09' });
    expect(result.event?.company).toBe('Korrin Legal');
    expect(result.event?.headcount?.value).toBe(214);
  });
});

describe('counties and new owners', () => {
  it('reads "Will and Kendall counties" as places and "New owner X" as X', () => {
    const county = extract(
      'A winter storm hit Will and Kendall counties. Trucore Freight Services LLC will lay off 187 workers at its Joliet center.',
      { published: '2025-02-10' },
    ).event;
    expect(county?.company).toBe('Trucore Freight Services');
    const owner = extract('New owner Vantrel to cut 95 jobs at Sunbird’s Cape Town office', {
      published: '2025-03-06',
    }).event;
    expect(owner?.company).toBe('Vantrel');
  });
});

describe('mines, canneries and collective dismissals', () => {
  it.each([
    {
      text: 'Korrin Platinum announced that it would close two loss-making shafts near Rustenburg, putting up to 1,500 jobs on the line.',
      company: 'Korrin Platinum',
      headcount: 1500,
    },
    {
      text: 'Seafood canner Korrin Conservas last week informed unions of a collective dismissal procedure affecting 85 workers as it prepares to close its cannery in Vigo.',
      company: 'Korrin Conservas',
      headcount: 85,
    },
  ])('$text', ({ text, company, headcount }) => {
    const event = extract(text, { published: '2024-02-20' }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value).toBe(headcount);
  });
});

describe('a laid-off worker’s own post', () => {
  it('counts the people the writer was one of', () => {
    const text =
      'Well, it finally happened to me. Yesterday I was one of the ~180 people impacted by the layoffs at Korrin Health.';
    const event = extract(text, { published: '2024-01-17' }).event;
    expect(event?.company).toBe('Korrin Health');
    expect(event?.headcount).toMatchObject({ value: 180, qualifier: 'about' });
  });
});

describe('numbers in words and broken characters', () => {
  it.each([
    ['Korrin Foods will lay off forty-two employees at its bakery.', 42],
    ['Korrin Foods will lay off seventeen employees at its bakery.', 17],
    ['Korrin Foods will lay off Ninety-nine employees at its bakery.', 99],
  ])('%s', (text, headcount) => {
    expect(extract(text, { published: '2025-03-06' }).event?.headcount?.value).toBe(headcount);
  });

  it('takes no mojibake or opening preposition for the company', () => {
    const text =
      'Alongside the cuts, Trilha Express will lay off 300 drivers in SÃ£o Paulo, the logistics company said.';
    expect(extract(text, { published: '2025-03-06' }).event?.company).toBe('Trilha Express');
  });
});

describe('short-time work, unions by name, and years after "in"', () => {
  it('reads short-time work the union welcomes "rather than cuts" as no report', () => {
    const text = [
      'Korrin to put 1,900 Schweinfurt staff on short-time work',
      '',
      'Automotive supplier Korrin Antriebstechnik AG will put around 1,900 employees on short-time work from December, the company said.',
      '',
      'A site agreement signed in 2021 rules out compulsory redundancies in Schweinfurt until the end of 2026.',
      '',
      'IG Metall said it welcomed the decision to use short-time work rather than cuts.',
    ].join('\n');
    expect(extract(text, { published: '2025-11-12' }).is_layoff_report).toBe(false);
  });

  it('never counts a year after "in" as the people cut', () => {
    const event = extract(
      'Korrin will cut 300 jobs. An agreement signed in 2021 covered redundancies at its other plant.',
      { published: '2025-11-12' },
    ).event;
    expect(event?.headcount?.value).toBe(300);
  });
});

describe('a subsidiary named with its owner, a dateline’s day, and towns named by their sites', () => {
  it('gives the cut to the subject, not the owner its apposition names', () => {
    const event = extract(
      'Autopartes del Bajío SA de CV, the Mexican subsidiary of German supplier Brandt Mobility SE, said on Wednesday it would cut some 1,800 jobs at its plant.',
      { published: '2025-04-24' },
    ).event;
    expect(event).toMatchObject({
      company: 'Autopartes del Bajío SA de CV',
      parent_company: 'Brandt Mobility SE',
    });
    const hungary = extract(
      "Hanbit Hungary Kft., the Hungarian subsidiary of South Korea's Hanbit Energy Co., said it would cut 550 jobs.",
      { published: '2026-02-10' },
    ).event;
    expect(hungary?.company).toMatch(/^Hanbit Hungary Kft/);
    expect(hungary?.parent_company).toMatch(/^Hanbit Energy Co/);
  });

  it('reads a Title Case headline’s short form of the company the story names in full', () => {
    const text = [
      'Brandt Unit Autopartes del Bajío to Cut Some 1,800 Jobs in Silao',
      '',
      'MEXICO CITY, April 24 (Latam Wire) - Autopartes del Bajío SA de CV, the Mexican subsidiary of German supplier Brandt Mobility SE, said late on Wednesday it would cut some 1,800 jobs at its plant in Silao, Guanajuato.',
    ].join('\n');
    const event = extract(text, { published: '2025-04-24' }).event;
    expect(event?.company).toBe('Autopartes del Bajío SA de CV');
    // The dateline's "April 24" is the day the story was filed; the cut was told on Wednesday.
    expect(event?.date).toBe('2025-04-23');
  });

  it('reads a town named as where a site stands, or by its long name, as no company in the headline', () => {
    const plant = [
      'Battery maker to cut about 550 jobs at Göd',
      '',
      'Hanbit Hungary Kft. said on Monday it would cut about 550 jobs at its battery-cell plant in Göd, north of Budapest.',
    ].join('\n');
    expect(extract(plant, { published: '2026-02-10' }).event?.company).toMatch(/^Hanbit Hungary/);
    const brewery = [
      'Dozens of jobs to go at Burton brewery',
      '',
      "Dozens of jobs are to go at Cottam Brewing Co.'s Burton upon Trent brewery, the company confirmed on Tuesday.",
    ].join('\n');
    expect(extract(brewery, { published: '2020-10-14' }).event?.company).toMatch(/^Cottam/);
    // "X on Monday" is no English town's long name.
    expect(
      extract('Kartwala on Monday laid off 300 workers.', { published: '2023-06-01' }).event?.company,
    ).toBe('Kartwala');
  });
});

describe('a headline that names the company by a descriptor, a town or its owner', () => {
  it.each([
    {
      text: 'Clare station Midwest Wave FM to make seven staff redundant\n\nENNIS — Local radio station Midwest Wave FM is to make seven of its 31 staff redundant.',
      company: 'Midwest Wave FM',
    },
    {
      text: "Google's Aldergrove Health lays off 90, shuts consumer app\n\nAldergrove Health, which builds software for chronic disease management, is laying off 90 employees.",
      company: 'Aldergrove Health',
      parent: 'Google',
    },
    {
      text: '110 jobs to go at Castlebar medtech plant\n\nCorrib MedTech has announced 110 redundancies at its Castlebar plant.',
      company: 'Corrib MedTech',
    },
    {
      text: 'Tokoroa sawmill to close with loss of about 120 jobs\n\nSouthern Kaimai Timber will close its Tokoroa sawmill in September with the loss of about 120 jobs.',
      company: 'Southern Kaimai Timber',
    },
    {
      text: 'Hazleton-area fulfillment center to lay off 388\n\nKeystone Parcel Fulfillment will lay off 388 workers at its warehouse.',
      company: 'Keystone Parcel Fulfillment',
    },
    {
      text: 'Mohali BPO lays off over 300 after US client pulls out\n\nMOHALI: Shivalik CallServe Pvt Ltd, a business process outsourcing firm in Mohali, laid off over 300 employees on Monday after a client ended its contract, employees said.',
      company: 'Shivalik CallServe',
    },
    {
      text: 'Dozens of jobs to go as leisure trust shuts two Fife pools\n\nDozens of jobs will go after Caledon Leisure Trust confirmed it will close two swimming pools in Fife.',
      company: 'Caledon Leisure Trust',
    },
  ])('$company', ({ text, company, parent }) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.company).toBe(company);
    if (parent) expect(event?.parent_company).toBe(parent);
  });

  it('keeps a possessive inside a name the story never gives without it', () => {
    for (const [text, company] of <[string, RegExp][]>[
      [
        'Hatcher’s Post to cut 12 newsroom jobs\n\nHatcher’s Post will lay off 12 journalists, its publisher said.',
        /^Hatcher/,
      ],
      [
        'Mahoney’s Bakery to close Kettering plant; dozens to lose jobs\n\nMahoney’s Family Bakery will close its plant this summer, cutting dozens of jobs.',
        /^Mahoney/,
      ],
    ])
      expect(extract(text, { published: '2023-04-20' }).event?.company).toMatch(company);
  });

  it('keeps a headline’s company when the story names it shorter', () => {
    const text =
      'Fennick CEO says AI replaced most of its content team\n\n"Hard truth: we laid off 24 of the 30 people on our team last week," Fennick co-founder Oren Blatt wrote.';
    expect(extract(text, { published: '2025-11-12' }).event?.company).toMatch(/^Fennick/);
  });

  it('reads Nigeria’s "disengaged" and a startup’s share of its team', () => {
    const nigeria = extract('Ikeja Steel Mills Plc has disengaged more than 600 staff at its rolling mill.', {
      published: '2024-06-18',
    }).event;
    expect(nigeria?.company).toMatch(/^Ikeja Steel Mills/);
    expect(nigeria?.headcount).toMatchObject({ value: 600, qualifier: 'at_least' });
    expect(extract('Pebblekin cuts 30% of team after publisher deal collapses').event?.percent).toBe(30);
    expect(extract('The club disengaged from talks with 300 players.').is_layoff_report).toBe(false);
  });
});

describe('follow-ups, notices and names that look like something else', () => {
  it.each([
    {
      text: 'Ashby Valley Credit Union will close four of its 11 branches and lay off 38 employees.',
      company: 'Ashby Valley Credit Union',
      headcount: 38,
    },
    {
      text: 'Ezulwini Platinum, the platinum group metals unit of JSE-listed Kgotso Resources Ltd, has issued section 189 notices to more than 1,100 workers.',
      company: 'Ezulwini Platinum',
      headcount: 1100,
      parent: 'Kgotso Resources Ltd',
    },
    {
      text: 'Neobank Claremont Pay has confirmed it is making 130 roles redundant.',
      company: 'Claremont Pay',
      headcount: 130,
    },
    // A follow-up's new size of the same cut, and an exact count refining a round one.
    { text: 'Harrowgate Insurance job cuts rise to 450', company: 'Harrowgate Insurance', headcount: 450 },
    {
      text: 'Harrowgate Insurance has increased the number of roles it plans to cut to 450, up from the 300 first reported in December.',
      company: 'Harrowgate Insurance',
      headcount: 450,
    },
    {
      text: 'Delmore Foods will lay off more than 400 workers. A notice filed with the state lists 412 employees who will be laid off.',
      company: 'Delmore Foods',
      headcount: 412,
    },
    // Posts cut, some of them empty: the people who lose their jobs.
    {
      text: 'Ridgeline State University eliminates 74 positions; 29 employees to be laid off\n\nRidgeline State University will eliminate 74 positions. Of those positions, 45 are vacant and will not be filled.',
      company: 'Ridgeline State University',
      headcount: 29,
    },
    {
      text: 'Ridgeline State University will eliminate 74 positions, and 29 employees will be laid off at its Billings campus.',
      company: 'Ridgeline State University',
      headcount: 74,
    },
    // A sentence fronted by an earlier year tells an earlier cut.
    {
      text: 'Helix Entertainment has laid off dozens of developers this week. In 2023, Helix laid off about 70 people.',
      company: 'Helix Entertainment',
      headcount: null,
    },
  ])('$text', ({ text, company, headcount, parent }) => {
    const event = extract(text, { published: '2025-10-10' }).event;
    expect(event?.company).toBe(company);
    expect(event?.headcount?.value ?? null).toBe(headcount);
    if (parent) expect(event?.parent_company).toBe(parent);
  });

  it('reads a company’s AI claim beside the "main drivers" it gives as mixed', () => {
    const text = [
      'Rheinfeld Chemie AG will cut a further 800 jobs, the group said on Thursday.',
      'Chief financial officer Annika Ross said the group would use "AI-supported software and process automation" to handle tasks such as invoice processing.',
      'But she stressed that the main drivers were structural: "Energy costs remain high, and demand from the construction industry is weak."',
    ].join(' ');
    const event = extract(text, { published: '2025-01-23' }).event;
    expect(event?.ai_attribution).toBe('mixed');
    expect(event?.reasons).toContain('demand_decline');
  });
});

describe('press releases, union statements and pages with a comments link at the top', () => {
  it('reads a release’s bullet points as its company’s', () => {
    const text = [
      'LONDON, 12 June 2024 /WireAlba/ -- Corvane plc (LSE: CVN), the payroll services group, today announces the outcome of its strategic review.',
      '',
      'Highlights',
      '• Simplify operating model from five divisions to three: Payroll, Workforce Solutions and Digital Services',
      '• Remove around 800 roles globally over 18 months, representing approximately 6% of the Group’s workforce',
    ].join('\n');
    const event = extract(text, { published: '2024-06-12' }).event;
    expect(event?.company).toMatch(/^Corvane/);
    expect(event?.headcount?.value).toBe(800);
  });

  it('gives the cut a union condemns to the company that decided it', () => {
    const text = [
      'FWU: Branch closure plan puts up to 380 jobs at risk',
      '',
      'The Finance Workers’ Union (FWU) has condemned plans announced yesterday by Caldermoor Bank to close 31 branches, putting up to 380 jobs at risk.',
    ].join('\n');
    expect(extract(text, { published: '2025-10-07' }).event?.company).toBe('Caldermoor Bank');
    const forum =
      'The Karnataka IT & ITES Employees’ Forum (KITEF) strongly condemns the decision by Sahyadri Technologies to lay off about 12,000 employees.';
    expect(extract(forum, { published: '2025-10-07' }).event?.company).toBe('Sahyadri Technologies');
  });

  it('reads a story below a "Join the conversation" link under the byline', () => {
    const text = [
      'Up to 90 workers at Saskatoon rail car plant face layoff, union says',
      'Author of the article: Kelsey Brandt',
      'Published May 10, 2022',
      'Join the conversation',
      '',
      'Prairie Rail Car Works told employees Monday that up to 90 production workers could be laid off starting in June, according to the union.',
    ].join('\n');
    expect(extract(text, { published: '2022-05-10' }).event).toMatchObject({
      company: 'Prairie Rail Car Works',
      headcount: { value: 90, qualifier: 'up_to' },
    });
  });
});

describe('pages and phrasings of aggregators, wires and local press', () => {
  const at = (text: string, published?: string) => extract(text, published ? { published } : {});

  it('counts the workers "to lose their jobs" after a closure, past an aside', () => {
    const event = at(
      'Tallow Creek Mining will close its Yilgarn pit, with about 640 workers, including contractors, to lose their jobs.',
      '2024-03-04',
    ).event;
    expect(event).toMatchObject({
      company: 'Tallow Creek Mining',
      headcount: { value: 640, qualifier: 'about' },
    });
    // The whole a share is taken of is not the cut.
    const share = at(
      'Brackwater Legal is preparing for dozens of redundancies. Around 10 per cent of the 480 employees in its services team are set to lose their jobs.',
      '2025-05-02',
    ).event;
    expect(share?.headcount?.value ?? null).not.toBe(480);
  });

  it('reads a mine put "on care and maintenance" and a headline whose jobs "go"', () => {
    expect(
      at('Tallow Creek Mining will place its Yilgarn nickel operation on care and maintenance.', '2024-03-04')
        .event,
    ).toMatchObject({ company: 'Tallow Creek Mining', reasons: expect.arrayContaining(['closure']) });
    expect(
      at('Tallow Creek puts Yilgarn pit on care and maintenance; about 640 jobs go', '2024-03-04').event
        ?.headcount,
    ).toMatchObject({
      value: 640,
    });
  });

  it('keeps a page’s time or date line under the headline out of the headline and the date', () => {
    const stamped = [
      'Tallow Creek puts Yilgarn pit on care and maintenance; about 640 jobs go',
      'Published 4 March 2024, 6:15am AWST',
      'Tallow Creek Mining announced on Friday it will place its Yilgarn pit in Western Australia on care and maintenance.',
    ].join('\n');
    expect(at(stamped, '2024-03-04').event?.date).toBe('2024-03-01');
    const dated = [
      'Noordkust Verzekeringen to cut 420 FTE as it automates claims handling',
      '4 March 2026',
      '',
      'ROTTERDAM – Noordkust Verzekeringen will eliminate 420 full-time positions over two years, mainly in claims and know-your-customer checks, the insurer announced on Tuesday.',
    ].join('\n');
    expect(at(dated, '2026-03-04').event).toMatchObject({
      company: 'Noordkust Verzekeringen',
      date: '2026-03-03',
    });
  });

  it('reads a live blog’s headline that reports a cut', () => {
    const text = [
      'Live: Markets slip; Coralsea Telecom to axe 450 call centre jobs',
      '',
      'Coralsea Telecom has confirmed the cuts in its customer care teams in Perth.',
    ].join('\n');
    expect(at(text, '2025-06-18').event).toMatchObject({
      company: 'Coralsea Telecom',
      headcount: { value: 450 },
    });
  });

  it('takes a word describing the company named next as no name of its own', () => {
    const result = at(
      'Online ticketing platform Gatewell Events has cut 95 roles, or 11 per cent of its workforce.',
      '2023-04-12',
    );
    expect(result.event).toMatchObject({ company: 'Gatewell Events', headcount: { value: 95 }, percent: 11 });
    expect(result.mentions).toEqual([]);
  });

  it('gives workers who lost their jobs when a site closed to the company that closed it', () => {
    const event = at(
      'DAVAO CITY — Some 900 workers lost their jobs after Meridia Contact Services closed its site in the city on Monday, the labor office said.',
      '2025-06-10',
    ).event;
    expect(event).toMatchObject({
      company: 'Meridia Contact Services',
      headcount: { value: 900 },
      date: '2025-06-09',
    });
  });

  it('counts cabin crew made redundant', () => {
    expect(
      at('Sandpiper Airways will make around 350 cabin crew redundant.', '2025-05-20').event,
    ).toMatchObject({
      company: 'Sandpiper Airways',
      headcount: { value: 350, qualifier: 'about' },
    });
  });

  it('ends a parent’s name at its line', () => {
    const text = [
      'Sandpiper Airways will make around 350 cabin crew redundant.',
      '',
      'Sandpiper is a subsidiary of Qasr Aviation Holding.',
      '',
      'Advertisement',
    ].join('\n');
    expect(at(text, '2025-05-20').event?.parent_company).toBe('Qasr Aviation Holding');
  });

  it('reads AI as one of two causes when the cut is "driven by" one thing "and by" AI', () => {
    const text =
      'Brightmoor Creative will cut 300 jobs. In a note to staff, chief executive Ines Varga said the cuts were driven by "clients trimming their agency rosters" and by the fact that "AI tools now let a small team do what used to take a large one."';
    expect(at(text, '2025-06-10').event?.ai_attribution).toBe('mixed');
  });

  it('reads a cut of "last June" as an earlier one', () => {
    const text = [
      'Stoneridge closes Ashfall studio; dozens laid off',
      '',
      'Stoneridge Interactive has shut down its Ashfall studio in Austin and laid off dozens of developers, the publisher confirmed Monday.',
      '',
      'It is the second round of cuts at the publisher in a year: Stoneridge eliminated about 6% of its workforce last June, around 700 jobs.',
    ].join('\n');
    const event = at(text, '2025-05-06').event;
    expect(event).toMatchObject({
      company: 'Stoneridge Interactive',
      headcount: { qualifier: 'vague', words: 'dozens' },
    });
    expect(event?.percent).toBeNull();
  });

  it('tells a share of the company from a share of its managers', () => {
    expect(
      at(
        'Larchfield Bank is eliminating roughly 200 management positions, about one in ten of its people managers.',
        '2026-02-26',
      ).event?.percent,
    ).toBeNull();
    expect(
      at(
        'Scheduling startup Tidyhour has laid off 30 employees, roughly 25% of the company, its founder wrote.',
        '2026-01-15',
      ).event?.percent,
    ).toBe(25);
  });

  it('reads a fall in what a business sells as falling demand, and not an earlier cut’s reasons', () => {
    const demand = at(
      'Fablewood Audio lays off 35 staff as the podcast ad market slumps.',
      '2024-03-02',
    ).event;
    expect(demand?.reasons).toContain('demand_decline');
    const earlier = at(
      'Copperline will cut 120 jobs to save costs, chief executive Maya Trent told staff on Tuesday. Copperline, which sells billing software, laid off 60 people in March 2022 as sales fell sharply.',
      '2025-02-06',
    ).event;
    expect(earlier?.reasons).toEqual(['cost_cutting']);
  });

  // A guard: a closure "which the group plans to place on care and maintenance" must not give the cut
  // to the province named before it.
  it('reads a region named by its kind as a place, not the company', () => {
    const text =
      'Bakwena Deep Mines will retrench up to 1,200 workers at two shafts near Rustenburg in North West province, which the group plans to place on care and maintenance.';
    expect(at(text, '2024-02-21').event?.company).toBe('Bakwena Deep Mines');
  });

  it('reads a wire brief’s company without its tag', () => {
    expect(
      at('BRIEF-Kvarnholm Fordon Says To Cut Up To 900 Jobs In Sweden', '2023-11-15').event?.company,
    ).toBe('Kvarnholm Fordon');
  });

  it('reads a round-up’s lead under its outlet and date, headline count and numbered headings', () => {
    const tracker = [
      'Layoff tracker: Ledgerkart cuts 150; Saffron Threads, Codebarn also trim staff',
      'Deccan Jobs Desk | Saturday, 3 August 2024',
      '',
      'Ledgerkart: The Pune fintech laid off 150 employees on Thursday, mostly in collections.',
      '',
      'Saffron Threads: The Delhi-based fashion e-tailer cut around 70 jobs earlier in the week.',
    ].join('\n');
    expect(at(tracker, '2024-08-03').event).toMatchObject({
      company: 'Ledgerkart',
      headcount: { value: 150 },
      date: '2024-08-01',
    });
    const numbered = [
      'Tech layoffs this week: Fjordline Systems, Isarwerk Mobility, Tulpa Pay',
      '',
      '1. Fjordline Systems (Bergen) – 300 jobs',
      'The Norwegian software maker said on Wednesday it would cut 300 jobs after customers delayed spending.',
      '',
      '2. Isarwerk Mobility (Munich) – 90 jobs',
      'The e-scooter startup cut 90 roles on Monday.',
      '',
      '3. Tulpa Pay (Utrecht) – 40 jobs',
      'Tulpa cut 40 people, mostly in marketing.',
    ].join('\n');
    expect(at(numbered, '2023-01-27').event).toMatchObject({
      company: 'Fjordline Systems',
      headcount: { value: 300 },
    });
  });

  it('reads the country of the cut, not of a town in the company’s name, its owner or its backers', () => {
    const named = [
      'MILAN, June 21 – Banca Serravalle signed an agreement with unions for 1,250 voluntary exits by the end of 2024.',
      '',
      'Serravalle has about 19,500 employees after the acquisition.',
    ].join('\n');
    expect(at(named, '2022-06-22').event?.country).toBe('IT');
    const owned = [
      'CHARLEROI – Flat-glass maker Verrerie Dumont announced on Tuesday its intention to close its Charleroi factory, threatening 410 jobs.',
      '',
      'The company, owned by the Swiss group Altamonte Glass, blamed energy costs.',
    ].join('\n');
    expect(at(owned, '2024-01-24').event?.country).toBe('BE');
    const based =
      'Bengaluru-based edtech firm Padhaiwala has laid off around 300 employees. The company, which had cut 150 jobs in January and counts a large Singapore fund among its backers, did not comment.';
    expect(at(based, '2023-05-16').event?.country).toBe('IN');
    const client =
      'Northgate Outsourcing, a call-centre firm in Mohali, laid off over 300 employees on Monday after a US-based health insurance client ended its contract.';
    expect(at(client, '2024-07-09').event?.country).toBe('IN');
  });

  it('keeps a page’s date line with its time, reading time or byline out of the cut’s date', () => {
    for (const line of [
      'Tuesday, August 15, 2023 – 09:12',
      'Aug 15, 2023 · 4 min read · 310 comments',
      'Aug. 15, 2023 | By Dana Whitlock',
    ]) {
      const text = [
        'Song Lam footwear maker cuts nearly 2,000 workers as orders slump',
        line,
        '',
        'DONG NAI — Song Lam Footwear Co. will terminate contracts with nearly 2,000 workers due to a sharp fall in export orders.',
        '',
        'On 11 August, the company notified the provincial labour department that the terminations would take effect from 1 September.',
      ].join('\n');
      expect(at(text, '2023-08-15').event?.date).toBe('2023-08-11');
    }
  });

  it('reads a day written in numbers when it can only be read one way', () => {
    const text = (day: string) =>
      `DUBAI — Sandpiper Airways will make around 350 cabin crew redundant, according to an internal circular. The circular, dated ${day}, said affected crew would receive three months' salary.`;
    expect(at(text('14/05/2025')).event?.date).toBe('2025-05-14');
    expect(at(text('21.10.2025')).event?.date).toBe('2025-10-21');
    // Day first or month first: no day can be read from it.
    expect(at(text('05/06/2025')).event?.date ?? null).not.toBe('2025-06-05');
    expect(at(text('05/06/2025')).event?.date ?? null).not.toBe('2025-05-06');
  });

  it('reads a union saying the work moved to AI as blame', () => {
    const text = [
      'DAVAO CITY — Some 900 workers lost their jobs after Meridia Contact Services closed its site in the city on Monday, the labor office said.',
      '',
      'A labor group, the Contact Center Workers Alliance, said the client, an American retailer, had shifted its customer chat support to artificial intelligence.',
    ].join('\n');
    expect(at(text, '2025-06-10').event?.ai_attribution).toBe('blamed');
  });

  it('reads public bodies’ and contractors’ ways of ending jobs', () => {
    expect(
      at(
        'The Ministry of Coastal Affairs confirmed on Thursday that it will disestablish 96 roles, about 8 per cent of its workforce.',
        '2024-05-15',
      ).event,
    ).toMatchObject({ company: 'Ministry of Coastal Affairs', headcount: { value: 96 }, percent: 8 });
    expect(
      at(
        'Corrib Technological University will not renew as many as 45 fixed-term research contracts when they expire this month.',
        '2021-03-18',
      ).event,
    ).toMatchObject({
      company: 'Corrib Technological University',
      headcount: { value: 45, qualifier: 'up_to' },
    });
    expect(
      at(
        'The Krishna Health Mission on Monday terminated the services of nearly six hundred contract nurses hired during the pandemic.',
        '2022-02-08',
      ).event,
    ).toMatchObject({ company: 'Krishna Health Mission', headcount: { value: 600, qualifier: 'about' } });
    expect(
      at(
        'Wexcombe District Council will delete 120 posts over the next year as it tries to close a £14 million gap.',
        '2024-03-27',
      ).event,
    ).toMatchObject({ company: 'Wexcombe District Council', headcount: { value: 120 } });
    expect(
      at('The other 47 Brightnote employees were told on Wednesday that their jobs are ending.', '2025-04-17')
        .event,
    ).toMatchObject({
      company: 'Brightnote',
      headcount: { value: 47 },
      date: '2025-04-16',
    });
  });

  it('reads a startup that shuts down and a local reporter’s byline', () => {
    const shut = [
      'Listwise is shutting down',
      '',
      'Listwise, the Chicago grocery-list app, is closing. Its chief executive announced the decision on Thursday.',
    ].join('\n');
    expect(at(shut, '2023-06-08').event?.company).toBe('Listwise');
    const byline = [
      'Council to axe 120 posts as it tries to close £14m gap',
      '',
      'About 75 staff face redundancy; remaining posts are vacant',
      '',
      'By Gareth Pennbrook-Hall, local democracy reporter',
      'Wednesday 27 March 2024',
      '',
      'Wexcombe District Council will delete 120 posts over the next year.',
    ].join('\n');
    expect(at(byline, '2024-03-27').event?.company).toBe('Wexcombe District Council');
  });

  it('reads an explainer of one body’s cuts as a report, and a tally of many employers as none', () => {
    const explainer = [
      'Explainer: What the Ministry of Coastal Affairs’s job cuts mean',
      '',
      'The Ministry of Coastal Affairs confirmed last Thursday that it will disestablish 96 roles.',
    ].join('\n');
    expect(at(explainer, '2024-05-15').event?.company).toBe('Ministry of Coastal Affairs');
    expect(
      at('Tracker total for May: 2,341 consumer-tech jobs cut at 39 companies, by our count.', '2024-05-31')
        .is_layoff_report,
    ).toBe(false);
  });

  it('reads a cut made without compulsory redundancies, workers declared redundant and contracts suspended', () => {
    const voluntary = [
      'Halden Leben to cut up to 900 jobs in Germany',
      'COLOGNE, Dec 2 (Example Wire) – Halden Leben, the life insurance arm of Halden Group, plans to cut up to 900 jobs by 2025, the company said on Wednesday.',
      'The reductions will be carried out through early retirement, the insurer said, adding that it had agreed a framework with its works council that rules out compulsory redundancies until 2026.',
    ].join('\n');
    expect(at(voluntary, '2021-12-02').event).toMatchObject({
      company: 'Halden Leben',
      headcount: { value: 900 },
    });
    expect(
      at(
        'Four hundred and eighty workers at Kisumu Valley Sugar have been declared redundant, the company said on Monday.',
        '2024-03-05',
      ).event,
    ).toMatchObject({ company: 'Kisumu Valley Sugar', headcount: { value: 480 } });
    expect(
      at(
        'Veículos Paraty will suspend the contracts of about 800 workers at its Betim plant for five months starting in September.',
        '2022-08-17',
      ).event,
    ).toMatchObject({ company: 'Veículos Paraty', headcount: { value: 800 } });
  });

  it('reads a newsletter’s story under "View in browser", and a startup shutting down', () => {
    const text = [
      'THE SEED LETTER | Thursday edition',
      'View in browser',
      '',
      'Listwise is shutting down',
      '',
      'Listwise, the Chicago grocery-list app, is closing. Its chief executive announced the decision this morning.',
      '',
      'ALSO TODAY',
      '- Harvest Table, the meal-kit startup, trimmed 15% of its staff.',
    ].join('\n');
    expect(at(text, '2023-06-08').event?.company).toBe('Listwise');
  });

  it('reads a company’s denial of AI in a spokesperson’s answer or a chief executive’s aside', () => {
    const answered =
      'Brightreel will lay off 98 employees, the company said on Tuesday. Asked whether generative AI tools had played any role, a company spokesperson said they had not.';
    expect(at(answered, '2023-11-22').event?.ai_attribution).toBe('denied');
    const aside =
      'Lumaform is cutting 12% of its staff, chief executive Dana Keel told employees on Tuesday. "It is not, and I want to be really clear about this, a decision to replace people with AI," she wrote.';
    expect(at(aside, '2024-03-13').event?.ai_attribution).toBe('denied');
  });

  it('reads a denial that AI had "nothing to do with" the cuts, or rejects suggestions it had', () => {
    const nothing =
      'Coralbank will cut 410 roles in its operations, the bank said on Monday, adding that the changes had "nothing to do with automation or AI".';
    expect(at(nothing, '2024-09-10').event?.ai_attribution).toBe('denied');
    const rejected = [
      'Hallam Pryce LLP has laid off dozens of associates across its New York office.',
      'Managing partner Celeste Okoro rejected suggestions that the firm’s rollout of a generative AI drafting assistant earlier this year had anything to do with the reductions.',
    ].join(' ');
    expect(at(rejected, '2024-09-10').event?.ai_attribution).toBe('denied');
  });

  it('keeps a byline under the headline and the place the work is sent to out of the country', () => {
    const byline = [
      'Pellow Grange to cut more than 200 consulting jobs as government work dries up',
      'By Mei Lin Scarborough',
      'SYDNEY, Aug 15 (Example Wire) - Professional services firm Pellow Grange will cut more than 200 partners and staff from its consulting division, the firm told employees on Tuesday.',
    ].join('\n');
    expect(at(byline, '2023-08-15').event?.country).toBe('AU');
    const moved =
      'COPENHAGEN, Sept 14 (Example Wire) - Nordby Exchange Group said on Monday it would cut 90 jobs and move most of the work to its technology hub in Kraków, Poland, where it plans to add 60 positions.';
    expect(at(moved, '2022-09-14').event?.country).toBe('DK');
  });
});
