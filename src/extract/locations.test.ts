import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { findPlaces, MORE_CITIES } from './places.js';

describe('event locations', () => {
  it('lists the cities and states of the cut and leaves the country to its own field', () => {
    const text = [
      'Pendant Publishing will cut 240 jobs in the UK, closing its printing plant in Leeds.',
      'About 60 of the roles are in Manchester, the company said.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Leeds', 'Manchester']);
    expect(event?.country).toBe('GB');
  });

  it('leaves out a dateline, a place in an organisation’s name and a person’s surname', () => {
    const text = [
      'DENVER (Wire report) — Pendant Publishing will cut 240 jobs at its printing plant in Leeds,',
      'chief executive Laura Denver told staff, as the Boston Herald and the University of Northern',
      'Colorado both reported falling subscriptions. Denver said the cuts would end in June.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Leeds']);
  });

  it('leaves out a place word that is a person’s surname, and keeps it where it is a place', () => {
    const surname =
      'Pendant Publishing will cut 240 jobs at its printing plant in Leeds, chief executive Laura Kent told staff on Monday.';
    expect(extract(surname, { published: '2025-06-02' }).event?.locations).toEqual(['Leeds']);
    const place =
      'Pendant Publishing will cut 240 jobs at its printing plant in Leeds and its depot in Kent, the company said on Monday.';
    expect(extract(place, { published: '2025-06-02' }).event?.locations).toEqual(['Leeds', 'Kent']);
  });

  it('reads a town by its state after a preposition, and only there', () => {
    const text = [
      'Tamsin Motors will lay off 400 workers at its plant in Marlowe, Ohio, the company said.',
      'Tamsin, Ohio’s largest employer, said the plant would reopen in 2027.',
    ].join(' ');
    // "Tamsin, Ohio’s largest employer" names the state, not a town called Tamsin.
    expect(extract(text, { published: '2025-06-02' }).event?.locations).toEqual(['Marlowe, Ohio', 'Ohio']);
  });

  it('reads regions outside the US, a town by the site in it, and not where the work moves to', () => {
    const text = [
      'Brackley Foods is to close its factory in Yorkshire with the loss of 420 jobs.',
      'Production at its site in Wakefield will move to its plant in Leicester next year.',
    ].join(' ');
    const event = extract(text, { published: '2025-06-02' }).event;
    expect(event?.locations).toEqual(['Yorkshire', 'Wakefield']);
    expect(event?.country).toBe('GB');
    expect(extract(text, { published: '2025-06-02' }).mentions).toEqual([]);
  });

  it('names a town once, with its state, and reads a bakery closure as a closure', () => {
    const text = [
      'Brackley Foods to close Dayton bakery',
      '',
      'Brackley Foods will close its bakery in Dayton, Ohio, cutting about 450 jobs.',
      'Rival Tessera Brands announced 200 layoffs in February.',
    ].join('\n');
    const result = extract(text, { published: '2025-03-04' });
    expect(result.event?.locations).toEqual(['Dayton, Ohio']);
    expect(result.event?.evidence.locations?.map((e) => e.text)).toEqual(['Dayton, Ohio']);
    expect(result.event?.reasons).toContain('closure');
    // "Rival" describes the company; it is not part of its name.
    expect(result.mentions.map((m) => m.company)).toEqual(['Tessera Brands']);
  });

  it.each([
    ['Brackley Soft, the Paris-based software company, said it would cut 250 jobs.', 'FR'],
    ['Sydney-based Brackley Pty will make 80 roles redundant.', 'AU'],
    ['The Swedish fintech Brackley is cutting 150 jobs.', 'SE'],
  ])('takes the country from where the company is based when the cut names none: %s', (text, country) => {
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe(country);
  });

  it.each([
    [
      'FARRANT, N.C. — Corley County commissioners approved a budget that lays off 41 county employees.',
      'US',
    ],
    [
      'HALLOWAY SPRINGS, Ariz. - The Corvid Unified School District will lay off 112 teachers, officials said Tuesday.',
      'US',
    ],
    ['OSAKA, Nov 17 (Wire Service) - Tamsin Electric said on Friday it would cut 2,000 jobs.', 'JP'],
    ['PERTH (Wire Service) - Redfern Nickel will cut about 700 jobs at its mine, the company said.', 'AU'],
    [
      'WALTHAM, Mass., September 12, 2024 -- Corvid Therapeutics today announced a reduction of its workforce by 22%, or about 85 positions.',
      'US',
    ],
  ])(
    'takes the country from the dateline when the cut names none, and no company from it: %s',
    (text, country) => {
      const event = extract(`Cuts announced\n\n${text}`, { published: '2025-03-06' }).event;
      expect(event?.country).toBe(country);
      expect(event?.company).not.toMatch(/^(?:Farrant|Halloway|Osaka|Perth|Waltham)/);
      expect(event?.locations).toEqual([]);
    },
  );

  it('prefers the place in the sentence of the cut to the dateline, and the dateline to the sentences around it', () => {
    const abroad = 'NEW YORK (Wire Service) — Tessera Brands will cut 500 jobs in India, the company said.';
    expect(extract(abroad, { published: '2025-03-06' }).event?.country).toBe('IN');
    const text = [
      'SINGAPORE - Payments start-up Brackley Pay will cut 1,200 jobs, according to a memo sent on Tuesday.',
      'Rivals in Jakarta have been hiring.',
    ].join(' ');
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe('SG');
  });

  it('reads "Lebanon, Tennessee" as a US town, and the town the dateline names as that town', () => {
    const text = [
      'Brackley Logistics closing Lebanon warehouse; 263 to lose jobs',
      '',
      'LEBANON, Tenn. — Brackley Logistics will close its distribution center in Lebanon, Tennessee, laying off 263 employees.',
    ].join('\n');
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.country).toBe('US');
    expect(event?.locations).toEqual(['Lebanon, Tennessee']);
  });

  it('takes no country from where the work moves to, and "French" for France', () => {
    const moved = [
      'Brackley Orthopedics to close plant, move work to Costa Rica',
      '',
      'KOKOMO, Ind. — Brackley Orthopedics will close its plant in Kokomo, Indiana, eliminating 500 jobs.',
    ].join('\n');
    expect(extract(moved, { published: '2025-03-06' }).event?.country).toBe('US');
    const french = 'French retailer Maison Brackley will close 31 stores and cut nearly 900 jobs.';
    expect(extract(french, { published: '2025-03-06' }).event?.country).toBe('FR');
  });

  it('takes the US from a filing with the US regulator when nothing else says where', () => {
    const text =
      'Brackley Payments Inc. plans to reduce its global workforce by approximately 7%, the company disclosed in an 8-K filing on Tuesday.';
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe('US');
  });
});

describe('a country only one nation’s news would give', () => {
  it.each([
    ['Korrin Minerals, the ASX-listed miner, said it would cut 300 jobs at its nickel mine.', 'AU'],
    ['Korrin Platinum said it would cut up to 1,250 jobs under a Section 189 process.', 'ZA'],
    ['Korrin District Council will cut 150 jobs to close an £18m gap in its budget.', 'GB'],
    ['Korrin Infotech will lay off 200 testers after revenue of ₹8,420 crore missed forecasts.', 'IN'],
    ['Korrin Bank will cut 600 jobs to save C$68 million a year.', 'CA'],
  ])('%s', (text, country) => {
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe(country);
  });

  it('never lets the money outweigh a place the cut names', () => {
    const text = 'Korrin Bank will cut 600 jobs in Dublin to save £40 million a year.';
    expect(extract(text, { published: '2025-03-06' }).event?.country).toBe('IE');
  });
});

describe('towns of the generated world list', () => {
  it.each([
    ['Korrin Therapeutics will close its laboratory in Stevenage, cutting 80 jobs.', 'GB', 'Stevenage'],
    ['Korrin Media will cut 85 jobs at its newsrooms in Zwolle and Deventer.', 'NL', 'Zwolle'],
    ['Korrin Transit will lay off 28 bus drivers in Cedar Rapids.', 'US', 'Cedar Rapids'],
  ])('%s', (text, country, place) => {
    const event = extract(text, { published: '2025-03-06' }).event;
    expect(event?.country).toBe(country);
    expect(event?.locations).toContain(place);
  });

  it('leaves out towns named like a word, a company or a person', () => {
    // "Reading" is a word, "Toyota" a company, "Dalton" a surname as often as a town.
    const reading = extract('Korrin Books will cut 40 jobs after reading the market wrong.', {
      published: '2025-03-06',
    }).event;
    expect(reading?.locations).toEqual([]);
    const toyota = extract('Toyota will cut 1,000 jobs at its plant in Kentucky.', {
      published: '2025-03-06',
    }).event;
    expect(toyota?.company).toBe('Toyota');
    const dalton = extract('Korrin Foods will cut 40 jobs, chief executive Maria Dalton said.', {
      published: '2025-03-06',
    }).event;
    expect(dalton?.locations).toEqual([]);
  });

  it('knows towns of 10,000 people and regions of the world, and their countries', () => {
    const dateline = extract(
      'INVERCARGILL — The Southland Courier will cut nine jobs and stop printing its Saturday edition, its owner told staff on Wednesday.',
      { published: '2024-06-26' },
    ).event;
    expect(dateline?.country).toBe('NZ');
    const town = extract(
      'Lakeshore Health Centre in Cobourg will eliminate 38 positions, the hospital said.',
      {
        published: '2023-11-21',
      },
    ).event;
    expect(town).toMatchObject({ locations: ['Cobourg'], country: 'CA' });
    const region = extract(
      'Mewar Spinfab Ltd, a yarn maker in Rajasthan, laid off nearly 450 workers after export orders from American buyers dried up.',
      { published: '2025-09-08' },
    ).event;
    expect(region?.country).toBe('IN');
  });

  it('reads no place in a name a town opens, and still reads the town a site is named by', () => {
    const bank = extract('Crestline Bank Plc has disengaged over 400 members of staff in Lagos.', {
      published: '2020-07-01',
    }).event;
    expect(bank?.locations).toEqual(['Lagos']);
    const plant = extract(
      'Stellantis will idle the Belvidere Assembly Plant in Illinois, cutting 1,350 jobs.',
      {
        published: '2022-12-09',
      },
    ).event;
    expect(plant?.locations).toContain('Belvidere');
    const airport = extract(
      'The airline will lay off 350 attendants based at Orlando International Airport.',
      {
        published: '2022-12-09',
      },
    ).event;
    expect(airport?.locations).toContain('Orlando');
  });

  it('reads a town by its site though a longer name in the lists opens with it', () => {
    const text =
      'Halden Retail will cut 300 jobs at its head office in Chester and its distribution centre in Warrington.';
    expect(extract(text, { published: '2025-06-02' }).event?.locations).toEqual(['Chester', 'Warrington']);
  });
});

describe('towns that are also people’s names', () => {
  it.each([
    [
      'Reston contractor to lay off up to 240\n\nLinden Federal Services will lay off up to 240 employees.',
      'Linden Federal Services',
      'US',
    ],
    [
      'Up to 150 jobs at risk as Rotherham steel fabricator launches consultation\n\nHalloway Steel Fabrications blames energy bills.\n\nUp to 150 jobs are at risk at a Rotherham steel fabrication firm after bosses launched a redundancy consultation.',
      'Halloway Steel Fabrications',
      'GB',
    ],
  ])('reads %s as a town where a place stands', (text, company, country) => {
    const event = extract(text, { published: '2025-10-29' }).event;
    expect(event).toMatchObject({ company, country });
  });

  it('reads a namesake of a town as a person or a company elsewhere', () => {
    const person = extract('Halden Steel will cut 300 jobs, chief executive Dana Reston said.', {
      published: '2025-10-29',
    }).event;
    expect(person?.locations).toEqual([]);
    expect(person?.country ?? null).toBe(null);
  });
});

describe('a cookie banner above the story', () => {
  it('names no company', () => {
    const text = [
      'We value your privacy. We and our 164 partners store and/or access information on a device, such as cookies, and process personal data. [ACCEPT ALL] [MORE OPTIONS]',
      '',
      'Up to 150 jobs are at risk at a Rotherham steel fabrication firm after bosses launched a redundancy consultation.',
      '',
      'Halloway Steel Fabrications confirmed on Monday that it had entered a 45-day consultation.',
    ].join('\n');
    expect(extract(text, { published: '2024-02-06' }).event?.company).toBe('Halloway Steel Fabrications');
  });
});

describe('the country when the sentences of the cut name no place', () => {
  it('reads the country most of the story’s places are in', () => {
    const text = [
      'Quillstack lays off 40',
      '',
      'Quillstack, a software startup, is laying off 40 people, its founder wrote on Monday.',
      'The cuts come after a slow year for sales.',
      'The company raised money last year.',
      'It had hired quickly.',
      'The founder apologised.',
      'Staff will get severance.',
      'Most of the team works from offices in Denver and Austin, with a few people in Boise.',
    ].join('\n');
    expect(extract(text, { published: '2023-06-14' }).event?.country).toBe('US');
  });

  it('reads dollars with no other mark as American news, when nothing else says where', () => {
    const text =
      'Marrowfield Council approved a budget that lays off 45 city workers to close a $14.2 million deficit.';
    expect(extract(text, { published: '2025-05-21' }).event?.country).toBe('US');
    const canada = extract('Halden Foods will lay off 45 workers in Winnipeg to save $4 million a year.', {
      published: '2025-05-21',
    }).event;
    expect(canada?.country).toBe('CA');
  });
});

describe('the country of the cut, not of its markets', () => {
  it('leaves out a country named as where orders come from', () => {
    const text = [
      'Halden Textiles revises job cuts at Singanallur mill to 450',
      'Halden Textiles on Monday said 450 workers will lose their jobs at its Singanallur spinning mill, after 150 workers accepted transfers to its unit in Tiruppur.',
      'The company had said it would shut two of the mill’s four spinning lines because of a fall in export orders from Europe and the United States.',
    ].join('\n\n');
    expect(extract(text, { published: '2025-04-21' }).event?.country).toBe('IN');
  });
});

describe('a city by its own name', () => {
  it.each([
    [
      'GENOVA (Example Wire) - The insurer Halden Assicurazioni will cut 500 jobs, the company said on Monday.',
      'IT',
    ],
    ['Halden Pharma will close its plant in Milano, cutting 300 jobs.', 'IT'],
    ['Halden Bank will cut 200 jobs in Warszawa, the bank said on Monday.', 'PL'],
  ])('%s', (text, country) => {
    expect(extract(text, { published: '2025-04-21' }).event?.country).toBe(country);
  });
});

describe('a town named like a person', () => {
  it('is a place after "in" at the end of a sentence, its stop left out', () => {
    const event = extract('Halden Steel will cut 120 jobs at its works in Bergamo.', {
      published: '2025-03-06',
    }).event;
    expect(event?.locations).toEqual(['Bergamo']);
    expect(event?.country).toBe('IT');
  });
});

describe('the town lexicon', () => {
  it('finds each of its 25,000 towns named after "in"', () => {
    const missed = MORE_CITIES.filter(([name]) => {
      const text = `Jobs go in ${name}.`;
      return !findPlaces(text, 0, text.length).some(
        (p) => p.start === 11 && p.text.startsWith(name.split(/[ ,]/)[0]!),
      );
    }).map(([name]) => name);
    expect(MORE_CITIES.length).toBeGreaterThan(25_000);
    // A handful whose stop or apostrophe splits the word ("St. Albert", "King's Lynn") are read otherwise.
    expect(missed.length).toBeLessThan(20);
  });
});
