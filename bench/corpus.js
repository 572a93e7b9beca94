/**
 * A deterministic generator of layoff-dense, news-like articles for the benchmarks.
 *
 * The texts are built from templates and vocabularies written here (never copied from real news), so the
 * benchmark input is the same on every machine and every run for a given seed. They are dense on purpose:
 * most articles report a cut and are full of the numbers and dates that make extraction work hard
 * (revenue, cumulative totals, workforce sizes, percentages, relative days), plus quotes, AI claims and
 * boilerplate lines. About 30% are not about layoffs, many of them using trigger words in other senses
 * ("cut prices", "shed light"), so the rejection path is measured too.
 */

/** mulberry32: tiny, fast, good enough for picking templates; the same seed gives the same corpus. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const NAME_HEADS = [
  'Northwind',
  'Bluepeak',
  'Silverline',
  'Vertexa',
  'Halcyon',
  'Granite',
  'Brightwater',
  'Cobalt',
  'Meridian',
  'Pioneer',
  'Harborview',
  'Summit',
  'Quillon',
  'Orchard',
  'Lumen',
  'Keystone',
  'Redwood',
  'Atlasford',
  'Nimbus',
  'Tandem',
  'Ostrava',
  'Kestrel',
  'Juniper',
  'Solano',
  'Zephyr',
  'Larkspur',
  'Ironbridge',
  'Crestfield',
  'Novaterra',
  'Bramblecom',
  'Helix',
  'Polaris',
  'Wrenfield',
  'Arcadia',
];
const NAME_TAILS = [
  'Systems',
  'Labs',
  'Motors',
  'Foods',
  'Logistics',
  'Bank',
  'Health',
  'Networks',
  'Retail',
  'Pharma',
  'Media',
  'Energy',
  'Robotics',
  'Software',
  'Airlines',
  'Steel',
  'Apparel',
  'Games',
  'Insurance',
  'Semiconductor',
  'Telecom',
  'Analytics',
  'Mobility',
  'Biotech',
];
const LEGAL = ['', '', '', ' Inc.', ' Corp.', ' Ltd', ' plc', ' AG', ' Group', ' Holdings', ' SA', ' GmbH'];
const UNITS_OF_PARENT = [
  'cloud unit',
  'devices division',
  'advertising business',
  'streaming arm',
  'payments unit',
  'gaming studio',
  'consulting arm',
  'logistics subsidiary',
  'research lab',
];
const TEAMS = [
  'customer support',
  'recruiting',
  'sales operations',
  'the devices division',
  'its self-driving unit',
  'marketing',
  'middle management',
  'warehouse staff',
  'the content moderation team',
  'regional offices',
  'human resources',
  'product design',
  'frontline support, training and certification',
  'Sales Support Specialists',
  'Customer Solutions Architects',
  'the retail banking division',
  'quality assurance',
  'its news desk',
  'the night shift',
  'back-office finance',
];
const PLACES = [
  'Austin, Texas',
  'Seattle',
  'Dublin',
  'Bengaluru',
  'Toronto',
  'Manchester',
  'Munich',
  'São Paulo',
  'Kraków',
  'Osaka',
  'Detroit',
  'Columbus, Ohio',
  'Zürich',
  'Malmö',
  'Lyon',
  'Guadalajara',
  'Cork, Ireland',
  'Raleigh, North Carolina',
  'Eindhoven',
  'Brisbane',
  'Gdańsk',
  'Nantes',
  'Fremont, California',
];
const PEOPLE = [
  'Dana Whitfield',
  'Marcus Oyelaran',
  'Priya Ramaswamy',
  'Tomás Echeverría',
  'Ingrid Halvorsen',
  'Kenji Moriyama',
  'Aisha Bello',
  'Lukas Brenner',
  'Sofia Marchetti',
  'Owen Pritchard',
  'Chloé Dubreuil',
];
const ROLES = [
  'chief executive',
  'CEO',
  'chief financial officer',
  'president',
  'chief people officer',
  'founder',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const OBJECTS = [
  'jobs',
  'workers',
  'employees',
  'roles',
  'positions',
  'staff',
  'people',
  'corporate employees',
  'engineers',
  'members of staff',
  'full-time employees',
  'contractors',
];
const NUMBER_WORDS = [
  'two hundred',
  'three hundred',
  'fifteen hundred',
  'a dozen',
  'several hundred',
  'a few hundred',
  'hundreds of',
  'thousands of',
  'dozens of',
  'tens of thousands of',
  'about a thousand',
  'two thousand',
  'nine',
  'forty',
  'a handful of',
];

function year(rng) {
  return rng.int(2019, 2026);
}

function companyName(rng) {
  return `${rng.pick(NAME_HEADS)} ${rng.pick(NAME_TAILS)}${rng.pick(LEGAL)}`;
}

/** Amounts written the many ways reporters write them: separators, "1.5k", words, vague ranges. */
function amount(rng) {
  const n = rng.int(8, 40000);
  switch (rng.int(0, 9)) {
    case 0:
      return String(n);
    case 1:
    case 2:
      return n.toLocaleString('en-US');
    case 3:
      return `${(n / 1000).toFixed(1)}k`;
    case 4:
      return `${rng.pick(['about', 'nearly', 'roughly', 'more than', 'up to', 'at least', 'some', 'over'])} ${n.toLocaleString('en-US')}`;
    case 5:
      return n.toLocaleString('en-US').replace(/,/g, rng.pick([' ', '\u202f', '.']));
    case 6:
      return `between ${n.toLocaleString('en-US')} and ${(n + rng.int(100, 2000)).toLocaleString('en-US')}`;
    default:
      return rng.pick(NUMBER_WORDS);
  }
}

function percent(rng) {
  const p = rng.chance(0.5) ? rng.int(1, 40) : (rng.int(5, 400) / 10).toFixed(1);
  return rng.pick([`${p}%`, `${p} percent`, `${p} per cent`]);
}

function money(rng) {
  const v = (rng.int(10, 9999) / 10).toFixed(1);
  return rng.pick([
    `$${v} billion`,
    `€${v}bn`,
    `£${v} million`,
    `$${v}M`,
    `US$${v} billion`,
    `¥${rng.int(1, 900)} billion`,
  ]);
}

function exactDate(rng) {
  const m = rng.int(0, 11);
  const d = rng.int(1, 28);
  const y = year(rng);
  return rng.pick([
    `${MONTHS[m]} ${d}, ${y}`,
    `${d} ${MONTHS[m]} ${y}`,
    `${MONTHS_SHORT[m]}. ${d}`,
    `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    `${MONTHS[m]} ${y}`,
    `Q${rng.int(1, 4)} ${y}`,
    `fiscal ${y}`,
  ]);
}

function relativeDay(rng) {
  return rng.pick([
    `on ${rng.pick(WEEKDAYS)}`,
    'this week',
    'last week',
    'earlier this month',
    'yesterday',
    'on Thursday evening',
    'late on Friday',
    'in recent days',
    'today',
    'next month',
    `by the end of ${rng.pick(MONTHS)}`,
  ]);
}

/** One cut as a clause: who, verb, how many, whom. */
function cutClause(rng, who) {
  const n = amount(rng);
  const obj = rng.pick(OBJECTS);
  const team = rng.pick(TEAMS);
  return rng.pick([
    `${who} will lay off ${n} ${obj}`,
    `${who} is laying off ${n} ${obj} in ${team}`,
    `${who} laid off ${n} ${obj} ${relativeDay(rng)}`,
    `${who} plans to cut ${n} ${obj}`,
    `${who} said it would eliminate ${n} ${obj} across ${team}`,
    `${who} is slashing ${n} ${obj}`,
    `${who} will axe ${n} ${obj} at its ${rng.pick(PLACES)} site`,
    `${who} is shedding ${n} ${obj}, or ${percent(rng)} of its workforce`,
    `${who} will furlough ${n} ${obj} for ${rng.int(2, 12)} weeks`,
    `${who} announced ${n} redundancies in ${rng.pick(PLACES)}`,
    `${who} will close its ${rng.pick(PLACES)} plant, affecting ${n} ${obj}`,
    `${who} is cutting ${percent(rng)} of its staff, or about ${rng.int(20, 9000).toLocaleString('en-US')} ${obj}`,
    `${n[0].toUpperCase()}${n.slice(1)} ${obj} at ${who} will be made redundant`,
    `${who} told ${n} ${obj} ${relativeDay(rng)} that their roles had been eliminated`,
  ]);
}

function headline(rng, who) {
  return rng.pick([
    `${who} to cut ${amount(rng)} ${rng.pick(OBJECTS)} as it restructures`,
    `${who} lays off ${amount(rng)} ${rng.pick(OBJECTS)} in ${rng.pick(TEAMS)}`,
    `${who} slashes ${percent(rng)} of workforce`,
    `Exclusive: ${who} plans fresh job cuts`,
    `${who} axes ${rng.pick(TEAMS)} in latest round of layoffs`,
    `${who} to shut ${rng.pick(PLACES)} factory`,
    `${who} confirms layoffs, says AI is not the reason`,
    `Hundreds of ${rng.pick(OBJECTS)} lose jobs at ${who}`,
  ]);
}

/** Numbers and dates that are NOT the cut: the traps for a naive extractor. */
function distractor(rng, who, parent) {
  return rng.pick([
    `${who} has cut more than ${rng.int(2, 60).toLocaleString('en-US')},000 jobs since ${year(rng) - 3}, according to a tally by the outlet.`,
    `The company employs about ${rng.int(2, 900).toLocaleString('en-US')},${String(rng.int(0, 999)).padStart(3, '0')} people worldwide.`,
    `After the cuts, headcount will be down to about ${rng.int(1, 40)},000.`,
    `Revenue rose ${percent(rng)} to ${money(rng)} in the quarter ending ${exactDate(rng)}, while operating margin reached ${percent(rng)}.`,
    `Shares of ${parent ?? who} fell ${percent(rng)} to $${rng.int(3, 900)}.${rng.int(10, 99)} in early trading ${relativeDay(rng)}.`,
    `In ${MONTHS[rng.int(0, 11)]} ${year(rng)}, rival ${companyName(rng)} said it would cut ${amount(rng)} ${rng.pick(OBJECTS)}.`,
    `So far this year, tech companies have shed ${rng.int(10, 200).toLocaleString('en-US')},000 roles, per a tracker that counts ${rng.int(300, 900)} companies.`,
    `The ${rng.pick(PLACES)} campus opened in ${year(rng) - 10} and cost ${money(rng)} to build.`,
    `${who} reported a net loss of ${money(rng)} for ${exactDate(rng)}.`,
    `Analysts at ${companyName(rng)} expect a further ${percent(rng)} decline in orders by ${exactDate(rng)}.`,
    `The cuts come ${rng.int(2, 18)} months after a previous round that affected ${amount(rng)} ${rng.pick(OBJECTS)}.`,
    `Call 1-800-${rng.int(200, 999)}-${rng.int(1000, 9999)} or visit the careers page; reference ${rng.int(10000, 99999)}-${rng.int(100, 999)}.`,
  ]);
}

function quote(rng, who) {
  const person = rng.pick(PEOPLE);
  const role = rng.pick(ROLES);
  const q = rng.pick([
    'This was a difficult decision, and it is not one we made lightly',
    'We are reducing layers and removing work that no longer matters to customers',
    'These changes are not primarily driven by AI, they reflect where we see demand',
    'As we invest in artificial intelligence, some roles will change and others will go',
    'Automation lets us do more with a smaller team',
    'We over-hired during the pandemic and we have to correct that now',
    `We expect to save ${money(rng)} a year from these steps`,
    'Every affected colleague will be treated with respect',
    'We remain committed to our people in this region',
  ]);
  const [open, close] = rng.pick([
    ['“', '”'],
    ['"', '"'],
    ["'", "'"],
    ['«\u00a0', '\u00a0»'],
  ]);
  return rng.pick([
    `${open}${q},${close} ${person}, ${who}'s ${role}, wrote in a memo to staff.`,
    `${person}, the ${role}, said: ${open}${q}.${close}`,
    `${open}${q},${close} said ${person} in a statement ${relativeDay(rng)}.`,
  ]);
}

/** Who says what about AI: the company, the writer, analysts. */
function aiSentence(rng, who) {
  return rng.pick([
    `A spokesperson said the cuts were not primarily due to investments in AI.`,
    `The move is part of a broader realignment toward AI, analysts said.`,
    `${who} said generative AI tools now handle ${percent(rng)} of customer chats, reducing the need for agents.`,
    `Critics blamed automation for the job losses; the company disputed that.`,
    `The company is still hiring in AI research, cloud security and data engineering.`,
    `Machine-learning engineers were not affected, according to the memo.`,
  ]);
}

function supportSentence(rng) {
  return rng.pick([
    `Affected employees will receive ${rng.int(30, 120)} days of continued pay and benefits.`,
    `Workers will get ${rng.int(2, 26)} weeks of severance plus ${rng.int(2, 4)} weeks per year of service.`,
    `Extended healthcare coverage and outplacement services will be offered.`,
    `Staff can apply for internal roles for the next ${rng.int(30, 90)} days.`,
    `Under the WARN Act, the company filed a notice ${rng.int(30, 90)} days before separations begin on ${exactDate(rng)}.`,
  ]);
}

function contextSentence(rng, who) {
  return rng.pick([
    `${who} has been under pressure from investors to improve margins after ${rng.int(2, 6)} quarters of slowing growth.`,
    `Demand for its products fell sharply after interest rates rose.`,
    `The restructuring follows the merger with ${companyName(rng)} completed in ${exactDate(rng)}.`,
    `The closure is part of a plan to relocate production to ${rng.pick(PLACES)}.`,
    `A hiring freeze has been in place since ${exactDate(rng)}.`,
    `The startup raised ${money(rng)} at a valuation of ${money(rng)} ${rng.int(1, 3)} years ago but has struggled to raise again.`,
    `New regulations on ${rng.pick(['emissions', 'data privacy', 'drug pricing', 'gig work'])} have raised costs.`,
  ]);
}

function boilerplate(rng) {
  return rng.pick([
    'Sign up for our daily newsletter to get the latest on jobs and the economy.',
    `Register for the Future of Work summit (${MONTHS_SHORT[rng.int(0, 11)]} ${rng.int(1, 28)} – ${MONTHS_SHORT[rng.int(0, 11)]} ${rng.int(1, 28)}, ${year(rng)}) and save ${rng.int(10, 50)}%.`,
    'Advertisement',
    'Share this article: Facebook · X · LinkedIn · Email',
    `Comments (${rng.int(0, 900)})`,
    'Read more: The companies that cut jobs this year',
    `© ${year(rng)} Example News Media. All rights reserved.`,
    'Follow us on social media for breaking news.',
    'Photo: The company headquarters. (File image)',
    'Subscribe now — 3 months for $1',
  ]);
}

function dateline(rng) {
  return `${rng.pick(PLACES).split(',')[0].toUpperCase()} (${rng.pick(['Wire report', 'Staff report', 'News desk'])}) —`;
}

function layoffArticle(rng) {
  const hasParent = rng.chance(0.3);
  const parent = hasParent ? companyName(rng) : null;
  const who = hasParent
    ? rng.pick([
        `${parent}'s ${rng.pick(UNITS_OF_PARENT)}`,
        `${rng.pick(NAME_HEADS)} Cloud, a subsidiary of ${parent},`,
        `${parent}-owned ${rng.pick(NAME_HEADS)}`,
      ])
    : companyName(rng);
  const short = who.replace(/,$/, '');
  const paragraphs = [
    headline(rng, short),
    rng.chance(0.5) ? boilerplate(rng) : `By ${rng.pick(PEOPLE)} · ${exactDate(rng)}`,
    `${dateline(rng)} ${cutClause(rng, who)}, ${rng.pick(['the company said', 'people familiar with the matter said', 'according to a memo seen by reporters', 'it confirmed'])} ${relativeDay(rng)}.`,
  ];
  const body = [
    () => distractor(rng, short, parent),
    () => quote(rng, short),
    () => aiSentence(rng, short),
    () => supportSentence(rng),
    () => contextSentence(rng, short),
    () => boilerplate(rng),
    () => `${cutClause(rng, rng.chance(0.5) ? 'The company' : companyName(rng))}.`,
    () => `Roles in ${rng.pick(TEAMS)} and ${rng.pick(TEAMS)} in ${rng.pick(PLACES)} were affected.`,
  ];
  return { paragraphs, more: () => sentences(rng, body, rng.int(1, 4)) };
}

/** Not about layoffs; many use trigger words in other senses so a keyword scan alone can't reject them. */
function otherArticle(rng) {
  const who = companyName(rng);
  const paragraphs = [
    rng.pick([
      `${who} unveils new ${rng.pick(['phone', 'truck', 'drug', 'chip', 'app'])} ahead of ${exactDate(rng)} launch`,
      `${who} to hire ${amount(rng)} ${rng.pick(OBJECTS)} in ${rng.pick(PLACES)}`,
      `Central bank cuts interest rates by ${rng.int(1, 5) * 25} basis points`,
      `${who} cuts prices on ${rng.pick(['laptops', 'groceries', 'fares', 'subscriptions'])} by ${percent(rng)}`,
      `Road closure on ${rng.pick(PLACES)} ring road expected to last ${rng.int(2, 9)} weeks`,
    ]),
    `${dateline(rng)} ${who} reported revenue of ${money(rng)} ${relativeDay(rng)}, up ${percent(rng)} from a year earlier.`,
  ];
  const body = [
    () => `The new study sheds light on how ${rng.pick(OBJECTS)} spend their first ${rng.int(30, 90)} days.`,
    () =>
      `${who} plans to hire ${amount(rng)} ${rng.pick(OBJECTS)} by ${exactDate(rng)}, growing its workforce to ${rng.int(2, 90)},000.`,
    () => `The team axed its old logo and slashed delivery times to ${rng.int(1, 5)} days.`,
    () => `Shares rose ${percent(rng)} to $${rng.int(3, 900)}.${rng.int(10, 99)} ${relativeDay(rng)}.`,
    () => quote(rng, who).replace(/lay|cut|role|reduc/gi, 'grow'),
    () => boilerplate(rng),
    () => `The ${rng.pick(PLACES)} store will close early on ${rng.pick(WEEKDAYS)} for a holiday event.`,
    () => `Investors cheered the ${money(rng)} buyback announced on ${exactDate(rng)}.`,
    () => `Weather: ${rng.int(-5, 35)}°C in ${rng.pick(PLACES)}, with ${rng.int(0, 100)}% chance of rain.`,
  ];
  return { paragraphs, more: () => sentences(rng, body, rng.int(1, 4)) };
}

function sentences(rng, makers, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(makers)());
  return out.join(' ');
}

const MIN_CHARS = 1024;
// Characters, not bytes: the accented names and symbols push a few articles a little past 4 KB of UTF-8.
const MAX_CHARS = 4000;

/** One article of 1–4 KB: a headline, a lead, then body paragraphs until a random target length. */
export function generateArticle(rng) {
  const layoff = rng.next() >= 0.3;
  const { paragraphs, more } = layoff ? layoffArticle(rng) : otherArticle(rng);
  const target = rng.int(MIN_CHARS + 100, MAX_CHARS - 200);
  let text = paragraphs.join('\n\n');
  while (text.length < target) {
    const next = more();
    if (text.length + next.length + 2 > MAX_CHARS && text.length >= MIN_CHARS) break;
    text += `\n\n${next}`;
  }
  if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
  const published = `${year(rng)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return { text, published, layoff };
}

/** Articles until their UTF-8 size reaches `bytes`. */
export function generateCorpus({ seed = 1, bytes }) {
  const rng = createRng(seed);
  const articles = [];
  let total = 0;
  while (total < bytes) {
    const article = generateArticle(rng);
    total += Buffer.byteLength(article.text);
    articles.push(article);
  }
  return { articles, bytes: total };
}
