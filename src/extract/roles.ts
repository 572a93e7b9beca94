/**
 * Gives every amount a role from its neighbours: the people of this cut, a share of the workforce,
 * or one of the numbers that are NOT this cut (money, years, durations, workforce sizes, totals,
 * earlier rounds, hires).
 */
import type { Amount } from './amounts.js';
import { LETTER } from './letters.js';
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { CORE_JOB_NOUN } from './lexicon/words.js';
import { TEAM_CUT_LEAD } from './triggers.js';

/** "hundreds of its engineers": a vague amount followed, within a few words, by people or jobs. */
const VAGUE_COUNTS_PEOPLE = new RegExp(
  String.raw`^["”’']?\s+(?:[${LETTER}-]+\s+){0,2}?(?:of\s+)?(?:[${LETTER}-]+\s+){0,3}?(?:jobs?|roles?|positions?|employees|workers|staff(?:ers)?|people|personnel|layoffs|redundancies|job cuts|cuts|reductions?|members|engineers|designers|executives|managers|contractors|attendants|specialists|drivers|nurses|teachers|technicians|developers|reporters|journalists|editors|agents|translators|interpreters|reviewers|artists|machinists|assemblers|welders|tellers|caregivers|clinicians|writers|producers|animators|moderators|miners|pilots|doctors|clerks|cashiers|analysts|researchers|scientists)\b`,
  'i',
);

export type Role =
  | 'people'
  | 'share'
  | 'percent_other'
  | 'money'
  | 'year'
  | 'duration'
  | 'workforce'
  | 'cumulative'
  | 'hiring'
  | 'other';

const CURRENCY_BEFORE =
  /(?:[$£€¥₹]|\b(?:Rs|INR|USD|EUR|GBP|US\$|C\$|A\$|S\$|SEK|yen|euros?|dollars?)\.?)\s*$/i;
const CURRENCY_AFTER =
  /^\s*(?:(?:billion|million|bn|mn|m|crore|lakh|trillion)\s+)?(?:dollars|euros|pounds|yen|crowns|kronor|krona|rupees|yuan|won|francs|swiss francs|in (?:revenue|sales|savings|costs?|charges|funding|losses?))\b/i;
const DURATION_AFTER =
  /^[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|quarters?|decades?|seconds?|year-old|day|bed)\b/i;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|:\d)/i;
const ADDRESS_AFTER =
  /^\s+(?:[NSEW]\.?\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:West|East|North|South)\s+)?(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.?|Loop|Boulevard|Blvd\.?|Drive|Lane|Way|Highway)\b/;
const WORKFORCE_BEFORE =
  /(?:\b(?:employs|employed|employing|employ|has|had|have|with|workforce of|staff of|headcount of|total of|remain(?:s|ed)?(?: steady)? at|steady at|down to|reduced to|shrink to|shrunk to|standing at|stands at|stood at|from|to between|to|leaves? (?:\w+ ){0,3}with|there (?:are|were)|(?:its|the|their) (?:total |global |current )?(?:workforce|staff|headcount) (?:of|to))\s*$)|(?:\b(?:of|from|among)\s+(?:its|their|the(?: company['’]s| firm['’]s| bank['’]s| group['’]s)?|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|s['’]))\s+(?:total\s+|global\s+|current\s+|entire\s+|worldwide\s+|roughly\s+|about\s+|around\s+|some\s+|nearly\s+|approximately\s+|more than\s+)*$)/i;
const WORKFORCE_AFTER =
  /^(?:\s*-?\s*strong\b|\s+(?:\w+\s+)?(?:employees|people|staff|workers)\s+(?:worldwide|globally|in total|at the end|as of|across)|\s+(?:full-time\s+)?(?:employees|people|staff|workers)\s+(?:at the|in its)\s+(?:end|plant|site))/i;
/** "700 workers, including contractors, to lose their jobs", "300 staff set to be made redundant". */
const PEOPLE_TO_LOSE_JOBS =
  /^\s+(?:[a-z-]+\s+)?(?:workers|employees|staff|people|jobs|roles|positions)(?:,[^,.;]{1,40},)?\s+(?:(?:are\s+|is\s+)?(?:set|expected|due|likely|going)\s+)?to\s+(?:lose\s+their\s+jobs|be\s+(?:laid off|made redundant|let go|cut|axed|eliminated))\b/i;
const NOT_RENEWED =
  /\bnot\s+(?:to\s+)?renew(?:ing)?\s+(?:the\s+)?(?:as many as\s+|up to\s+|about\s+|around\s+|nearly\s+|some\s+|more than\s+)?$/i;
const CUMULATIVE =
  /\bsince\s+(?:\d{4}|the (?:start|beginning)|(?:january|february|march|april|may|june|july|august|september|october|november|december|last|early|late|spring|summer|fall|autumn|winter)\b)|\bso far\b|\bto date\b|\bin total\b|\btotal of\b|\btotal(?:s|ling|ing|ed)\b|\bbringing\b|\bcumulative|\b(?:this year|in \d{4}|in \w+) alone\b|\bover the (?:past|last)\b|\bduring the (?:past|last)\b|\balready\b|\bearlier\b(?! this (?:week|month)| today)|\bprevious(?:ly)?\b|\bprior\b|\blast year\b|\bfirst (?:round|wave)\b/i;
/**
 * Words that make the count after them an earlier cut ("after cutting 60 in January", "on top of the
 * 200 cut in May"), not the count before them ("is laying off 45 people after cutting 60").
 */
const PAST_BEFORE =
  /\b(?:on top of|in addition to|comes? after|after (?:cutting|laying|eliminating|shedding|slashing))\b/i;
const HIRING =
  /\b(?:hir(?:e|es|ed|ing)|recruit\w*|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|new (?:jobs|positions|roles|full-time)|openings|onboard\w*|increase\w* (?:its )?(?:engineering|talent|workforce)|grow(?:s|ing)? (?:its )?(?:workforce|headcount))\b/i;
/** "laid off", "cutting": a verb of the cut just before the amount. One word, or several ending in these. */
const TRIGGER_WORD = String.raw`cut(?:s|ting)?|eliminat\w+|slash\w*|shed\w*|ax(?:e|es|ed|ing)|sack\w*|fir(?:e|es|ed|ing)|furlough\w*|letting|affect(?:s|ed|ing)?|impact\w*|targeting|trim\w*|lose|losing|lost|force`;
const TRIGGER_PHRASE_ENDS = new Set(['off', 'go', 'of', 'by', 'with', 'to']);
const AFTER_TRIGGER = new RegExp(
  String.raw`\b(?:lay(?:ing|s)?\s+off|laid\s+off|let(?:s|ting)?\s+go(?:\s+of)?|part(?:s|ed|ing)?\s+ways\s+with|(?:(?:say(?:s|ing)?|said|bid(?:s|ding)?|wav(?:e|es|ed|ing))\s+)?goodbye\s+to|shrunk\s+\w+\s+\w+\s+by|${TRIGGER_WORD})\s*$`,
  'i',
);
const IS_TRIGGER_WORD = new RegExp(`^(?:${TRIGGER_WORD})$`, 'i');
/** "Globex layoffs hit 3,000 workers across Europe": the people the cuts reach, not a workforce. */
const CUTS_HIT =
  /\b(?:layoffs?|lay-offs?|cuts?|job cuts|job losses|redundancies)\s+(?:(?:will|would|could|to|may)\s+)?hit(?:s|ting)?\s*$/i;
const JOB_BY =
  /\b(?:workforce|headcount|staff|team size|employee base|payrolls?|jobs|positions|roles|employees|personnel|workers|(?:our|its|their|the)\s+(?:(?:whole|entire|global|overall)\s+)?team)\s+by\s*$/i;
/**
 * The words before an amount, read from their end. The patterns on them are anchored at the end, and
 * a regex cannot read backwards: it tries each of the 90 characters (0.5 µs a pattern). So each is
 * run only when the last word is one it can end with, or only on the few characters it can span.
 */
type Left = { text: string; end: number; lastWord: string };
const TEAM_CUT_BEFORE = new RegExp(`${TEAM_CUT_LEAD}$`, 'i');
const NOTICES_TO =
  /\b(?:notices?|letters?|notifications?)(?:\s+of\s+(?:redundanc(?:y|ies)|dismissals?|terminations?|layoffs?|lay-offs?|retrenchments?))?(?:\s+\([^()]{1,20}\))?\s+to\s+(?:(?:about|around|nearly|some|more than|over|up to|almost|approximately|roughly)\s+)?$/i;
const CUTS_RISE_TO =
  /(?:\b(?:limit(?:s|ed|ing)?|cap(?:s|ped|ping)?)\s+(?:the\s+)?(?:number of\s+)?(?:suppressions?|cuts|layoffs|redundancies|job losses|dismissals)(?:\s+of\s+(?:posts|jobs|positions|roles))?\s+to\s*$)|(?:\b(?:cuts?|layoffs?|lay-offs|redundancies|job losses|reductions?|retrenchments?|tally|toll)\s+(?:(?:has|have|had|will)\s+)?(?:rises?|rose|risen|rising|increases?|increased|increasing|climbs?|climbed|grows?|grew|jumps?|jumped|rise)|\b(?:raises?|raised|raising|increases?|increased|increasing|lifts?|lifted)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:cuts?|layoffs|redundancies|retrenchment\s+tally|tally|number of (?:roles|jobs|positions|posts|redundancies|layoffs)(?:\s+(?:it|the company)\s+(?:plans|intends|expects)\s+to\s+(?:cut|eliminate|shed))?))\s+to\s*$/i;

function readLeft(text: string): Left {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return { text, end, lastWord: text.slice(start, end).toLowerCase() };
}
/** \w without the `u` flag. */
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

const WORKFORCE_LAST = new Set(
  'employs employed employing employ has had have with of at to from between are were its their the s total global current entire worldwide roughly about around some nearly approximately than'.split(
    ' ',
  ),
);
// No word at all before the amount: "Marlow Foods’ 400", a possessive without its s.
WORKFORCE_LAST.add('');
// A one-word trigger is the whole last word: it starts at a word boundary and runs to the end.
const afterTrigger = (l: Left) =>
  TRIGGER_PHRASE_ENDS.has(l.lastWord) ? AFTER_TRIGGER.test(l.text) : IS_TRIGGER_WORD.test(l.lastWord);
const workforceBefore = (l: Left) => WORKFORCE_LAST.has(l.lastWord) && WORKFORCE_BEFORE.test(l.text);
const jobBy = (l: Left) => l.lastWord === 'by' && JOB_BY.test(l.text);
// The longest currency is "dollars." (8 characters) and the longest number prefix "No." (3): the
// window keeps the character before them, which `\b` reads.
const currencyBefore = (l: Left) => CURRENCY_BEFORE.test(l.text.slice(Math.max(0, l.end - 10), l.end));
const NUMBERING_BEFORE = /\b(?:FY|Q[1-4]|H[12]|No\.|#)\s*$/;
const numberingBefore = (l: Left) => NUMBERING_BEFORE.test(l.text.slice(Math.max(0, l.end - 5), l.end));

const SHARE_MODIFIERS = new Set([
  'its',
  'the',
  'their',
  'his',
  'her',
  'our',
  'total',
  'global',
  'worldwide',
  'entire',
  'whole',
  'overall',
  'corporate',
  'full-time',
  'permanent',
  'current',
  'u.s.',
  'us',
  'uk',
  'u.k.',
  'national',
  'company',
  'company’s',
  "company's",
  'firm’s',
  "firm's",
  'group’s',
  "group's",
  'bank’s',
  "bank's",
  'system’s',
  "system's",
  'organisation’s',
  "organisation's",
  'organization’s',
  "organization's",
  'agency’s',
  "agency's",
  'authority’s',
  "authority's",
  'university’s',
  "university's",
  'hospital’s',
  "hospital's",
  'network’s',
  "network's",
  'chain’s',
  "chain's",
  'retailer’s',
  "retailer's",
  'carrier’s',
  "carrier's",
  'airline’s',
  "airline's",
  'lender’s',
  "lender's",
  'insurer’s',
  "insurer's",
  'council’s',
  "council's",
  'county’s',
  "county's",
  'city’s',
  "city's",
  'district’s',
  "district's",
  'employer’s',
  "employer's",
  'business’s',
  "business's",
  'maker’s',
  "maker's",
  'newspaper’s',
  "newspaper's",
  'paper’s',
  "paper's",
  'studio’s',
  "studio's",
  'startup’s',
  "startup's",
  'school’s',
  "school's",
  'salaried',
  'existing',
  'core',
  'domestic',
]);

/** The words after an amount, with markdown emphasis read as space. */
function after(text: string, end: number, limit: number): string {
  return unstarred(text.slice(end, Math.min(limit, end + 90)));
}
function before(text: string, start: number, limit: number): string {
  return unstarred(text.slice(Math.max(limit, start - 90), start));
}
const unstarred = (s: string) => (s.includes('*') ? s.replace(/\*/g, ' ') : s);

const WHITE_SPACE = /\s/;
const LETTER_U = /\p{L}/u;
const isSpace = (c: number) =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE_SPACE.test(String.fromCharCode(c));
/** How many code units the letter (\p{L}) at s[i] takes: 0 when there is none. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0; // past the end
  const cp = s.codePointAt(i)!;
  return LETTER_U.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}
/** The end of the run of letters, apostrophes and hyphens at s[i]. */
function wordEnd(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x27 || c === 0x2d || c === 0x2019) i++;
    else {
      const n = letterAt(s, i);
      if (!n) return i;
      i += n;
    }
  }
}
const isSeparator = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c === 44 || isSpace(c);
};

/**
 * The first words after an amount: up to four words each followed by a space or comma, and the
 * word after them. (A hand-written scan: the `u`-flagged regexes it replaces cost a fifth of roleOf.)
 */
function wordsAfter(right: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (isSpace(right.charCodeAt(i))) i++;
  while (words.length < 4 && letterAt(right, i)) {
    const end = wordEnd(right, i);
    if (!isSeparator(right, end)) break;
    words.push(right.slice(i, end));
    i = end;
    while (isSeparator(right, i)) i++;
  }
  const end = wordEnd(right, i);
  if (end > i) words.push(right.slice(i, end));
  return words;
}

/** Is the amount followed (within three words) by a noun that counts people or jobs? */
export function countsPeople(text: string, a: Amount, sentenceEnd: number): boolean {
  return countsPeopleIn(after(text, a.end, sentenceEnd), a);
}

/** countsPeople, given the words after the amount. */
/**
 * The words after an amount up to the end of its clause: "300 jobs, bringing the total to 1,100" —
 * the running total is the next clause's, not this amount's.
 */
function clauseAfter(right: string): string {
  const head = right.slice(0, 70);
  const end = head.search(/[,;]\s|\s[—–-]\s/);
  return end < 0 ? head : head.slice(0, end);
}

const COUNTED_THINGS =
  /^(?:that|which|who|companies|firms|startups|businesses|employers|brands|banks|stores|shops|sites|offices|countries|states|cities|years|months|weeks|days)$/i;

function countsPeopleIn(right: string, a: Amount): boolean {
  if (a.qualifier === 'vague') {
    return VAGUE_COUNTS_PEOPLE.test(right);
  }
  const tokens = wordsAfter(right);
  for (const [i, t] of tokens.entries()) {
    if (CORE_JOB_NOUN.test(t) || (t.toLowerCase() === 'job' && /^cuts?$/i.test(tokens[i + 1] ?? '')))
      return true;
    // "up to 500 voluntary exits", "120 early departures": people leaving, not flights or doors.
    if (
      i > 0 &&
      /^(?:exits|departures|separations)$/i.test(t) &&
      /^(?:voluntary|early|forced|compulsory)$/i.test(tokens[i - 1]!)
    )
      return true;
    // "350 corporate and administrative posts": adjectives joined by "and" before the noun.
    if (
      /^(?:and|or)$/i.test(t) &&
      i > 0 &&
      /^[a-z-]+$/.test(tokens[i + 1] ?? '') &&
      CORE_JOB_NOUN.test(tokens[i + 2] ?? '')
    )
      continue;
    if (/^(?:in|at|from|by|for|to|with|on|as|and|or|was|were|is|are|will|has|have|had|than)$/i.test(t))
      return false;
    // "Seven tech companies that cut jobs": the number counts something else.
    if (COUNTED_THINGS.test(t)) return false;
    if (t.toLowerCase() === 'of') {
      // "1,900 of its 7,500 workers": the first number counts the people cut.
      // "14 of our colleagues": a founder's count of those who leave.
      return /^\s*of\s+(?:its|their|our|the(?: company['’]s)?|[A-Z][\w&.-]*['’]s)\s+(?:\S+\s+){0,2}?(?:\d[\d,.]*\s+)?(?:[\p{L}-]+\s+)?(?:employees|workers|staff|staffers|people|jobs|roles|positions|colleagues|teammates|team members|co-?workers)\b/u.test(
        right,
      );
    }
  }
  return false;
}

/** "one in ten jobs", "one in five of its staff" (not "one in ten of its people managers"). */
const ONE_IN_OF_STAFF =
  /^\s+(?:(?:of\s+)?(?:its|the|their)\s+)?(?:[\w-]+\s+)?(?:jobs|roles|positions|employees|workers|staff|staffers|people)\b(?!\s+(?:managers|leaders|supervisors|directors|executives|officers)\b)/i;
const COUNT_OR =
  /\d[\d,.]{0,14}\s+(?:[\w-]+\s+){0,2}?(?:employees|workers|jobs|people|staff|staffers|roles|positions)\s*,\s*or\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|almost\s+)?$/i;

/** Is a percentage (or fraction) a share of the whole workforce, not of a team, revenue or price? */
function isWorkforceShare(text: string, a: Amount, sentenceStart: number, sentenceEnd: number): boolean {
  const right = after(text, a.end, sentenceEnd);
  const left = before(text, a.start, sentenceStart);
  // "one in ten jobs".
  if (a.words && /^(?:one|1) in /i.test(a.words)) return ONE_IN_OF_STAFF.test(right);
  // "700 employees, or 6%": the same cut as a share, unless a group follows ("or 6% of its sales staff").
  if (COUNT_OR.test(left) && !/^\s*of\b/i.test(right)) return true;
  const m =
    /^\s*(?:(?:reduction|cut|decrease|drop)\s+(?:of|in|to)\s+|of\s+|(?=its\s))((?:[^\s;:()–—]+\s+){0,5}?)(workforce|staff|employees|headcount|employee base|workers|people|personnel|jobs|staffers|roles|(?<=\bof\s+(?:(?:our|its|their|the)\s+)?)(?:team|company|startup)(?![’'-]))\b(?!\s+(?:expenses|costs?|budget|spending|pay|salar\w*|bill))/i.exec(
      right,
    );
  // "cut its workforce in half".
  if (a.fraction && /\b(?:workforce|staff|headcount|payroll|employees)\s+in\s+$/i.test(left)) return true;
  if (m) {
    // "a fifth of the 300 staff in the unit": a share of a group counted before, not of the company.
    if (/\bthe\s+[\d,.]+$/i.test(m[1]!.trim())) return false;
    // "6% of Halden Steel's workforce": a company's name of several words, owning the workforce.
    const owner = m[1]!.replace(/(?:[A-Z][\w&.-]*\s+)+(?=[A-Z][\w&.-]*(?:['’]s\b|s['’]\s))/g, '');
    const modifiers = owner.trim().split(/\s+/).filter(Boolean);
    return modifiers.every(
      (w) =>
        SHARE_MODIFIERS.has(w.toLowerCase()) ||
        // "14% of its German workforce", "3 per cent of SHB's Singapore workforce": a country's staff.
        w in COUNTRY_NAMES ||
        w in DEMONYMS ||
        // "9% of the group's UK workforce".
        /^(?:group|company|bank|firm|business|insurer|lender|carrier|airline|retailer|maker|chain|studio)['’]s$/.test(
          w,
        ) ||
        /^[A-Z][\w&.-]*(?:['’]s|s['’])$/.test(w) ||
        /^[\d,.]+(?:-(?:strong|person|people|employee|member|worker))?$/.test(w) ||
        /^(?:about|around|roughly|some|nearly|approximately|more|than|over)$/i.test(w),
    );
  }
  if (jobBy(readLeft(left))) {
    const lead = left.replace(JOB_BY, '').split(/\s+/).slice(-3);
    return !lead.some((w) => /^(?:non-|division|team|unit|newsroom|department)/i.test(w));
  }
  return false;
}

export function roleOf(text: string, a: Amount, sentenceStart: number, sentenceEnd: number): Role {
  const left = before(text, a.start, sentenceStart);
  const right = after(text, a.end, sentenceEnd);
  const l = readLeft(left);
  let counts: boolean | undefined;
  // Asked up to three times below; read once.
  const countsPeopleHere = () => (counts ??= countsPeopleIn(right, a));
  if (a.percent) {
    // "2,000 employees (10%": only a text ending in "(" can.
    if (
      left.charCodeAt(l.end - 1) === 0x28 &&
      /\d[\d,]*\s+(?:employees|workers|people|staff|jobs)\s*\(\s*$/.test(left)
    )
      return 'share';
    if (!isWorkforceShare(text, a, sentenceStart, sentenceEnd)) return 'percent_other';
    // "its second round this year after cutting 8% of its workforce in January": an earlier cut's share.
    const own = left.slice(-60);
    return PAST_BEFORE.test(own.slice(Math.max(own.search(/[,;\d][^,;\d]*$/) + 1, 0)))
      ? 'cumulative'
      : 'share';
  }
  if (currencyBefore(l) || CURRENCY_AFTER.test(right)) return 'money';
  // "job cuts rise to 450", "has increased the number of roles it plans to cut to 450": the cut's new
  // size ("bringing the total to…" stays a running total).
  // "issued section 189 notices to 1,100 workers", "layoff letters to 85 staff", "notice of redundancy
  // to approximately 250 employees": those given notice.
  if (l.lastWord === 'to' && (CUTS_RISE_TO.test(left.slice(-90)) || NOTICES_TO.test(left.slice(-80))))
    return 'people';
  // "will not renew as many as 45 fixed-term research contracts": the people whose contracts end.
  if (
    left.includes('renew') &&
    NOT_RENEWED.test(left.slice(-60)) &&
    /^\s+(?:[\w-]+\s+){0,3}contracts\b/.test(right)
  )
    return 'people';
  if (
    a.value !== null &&
    /^\s*(?:billion|trillion|bn)\b/i.test(text.slice(a.end - 8, a.end + 1)) &&
    !countsPeopleHere()
  )
    return 'money';
  if (DURATION_AFTER.test(right)) return 'duration';
  if (TIME_AFTER.test(right) || ADDRESS_AFTER.test(right)) return 'other';
  const literal = text.slice(a.start, a.end);
  // "an agreement signed in 2021 rules out compulsory redundancies": a year after "in" is a year.
  if (
    /^(?:19|20)\d\d$/.test(literal.trim()) &&
    /\b(?:in|since|of|from|until|by|during|before|after)\s+(?:early |late |mid-)?$/i.test(left)
  )
    return 'year';
  if (
    a.value !== null &&
    a.qualifier === 'exact' &&
    /^(?:19|20)\d\d$/.test(literal.trim()) &&
    !countsPeopleHere()
  )
    return 'year';
  if (numberingBefore(l) || /^-\d/.test(right)) return 'other';
  // "brings the total to 5,000 job cuts so far": a running total, though "to" reads like a size.
  if (countsPeopleHere()) {
    const around = `${left.slice(-60)} ${clauseAfter(right)}`;
    if (/\b(?:total|so far|to date|since|bringing)\b/i.test(around) && CUMULATIVE.test(around))
      return 'cumulative';
  }
  // "I was one of the 180 people laid off": the 180 are the cut, the one is the writer.
  if (
    /\bone of (?:the |those |about |some |roughly |nearly |~)*$/i.test(left.slice(-24)) &&
    countsPeopleHere()
  )
    return 'people';
  if (a.value === 1 && /^\s+of (?:the |those )?(?:about |some |roughly |nearly |~)?\d/.test(right))
    return 'other';
  // "about four in 10 of its support staff": the 10 is a share's denominator.
  if (/\b(?:one|two|three|four|five|six|seven|eight|nine|\d) (?:in|out of) $/i.test(left.slice(-14)))
    return 'other';
  // "More than 600 former employees will share a settlement": people cut before, not now.
  if (/^\s+(?:[a-z-]+\s+)?former\s/.test(right) && countsPeopleHere()) return 'other';
  const hitByCuts = l.lastWord.startsWith('hit') && CUTS_HIT.test(l.text);
  // "ended with 175 job cuts", "led to 175 layoffs", "with 1,100 jobs lost", "with about 700 workers,
  // including contractors, to lose their jobs": the number counts the cut, whatever stands before it.
  const cutsAfter =
    /^\s+(?:job\s+cuts|layoffs|lay-offs|redundancies|job\s+losses)\b|^\s+(?:[a-z-]+\s+)?(?:jobs|roles|positions|posts)\s+(?:lost|gone|axed)\b(?!\s+(?:since|so far|to date|in total|over|during|last|this)\b)/i.test(
      right,
    ) ||
    // Not a share's whole: "10 per cent of the 550 employees are set to lose their jobs".
    (right.includes('to ') &&
      PEOPLE_TO_LOSE_JOBS.test(right) &&
      !/\bof\s+(?:the\s+|its\s+|their\s+|our\s+)?$/i.test(left.slice(-16)));
  if (!cutsAfter && (workforceBefore(l) || WORKFORCE_AFTER.test(right))) {
    if (!afterTrigger(l) && !hitByCuts) return 'workforce';
  }
  // "eliminated its 23-person copy desk": the team cut, counted (not "its four-person office" it closes).
  const teamCut = /^-(?:person|member|people|strong)\b/.test(right) && TEAM_CUT_BEFORE.test(left.slice(-48));
  const people = countsPeopleHere() || afterTrigger(l) || jobBy(l) || hitByCuts || teamCut;
  if (!people) return 'other';
  const near = `${left.slice(-60)} ${text.slice(a.start, a.end)} ${clauseAfter(right)}`;
  if (HIRING.test(left.slice(-45)) || /^\s*(?:new|more new)\b/i.test(right)) return 'hiring';
  if (CUMULATIVE.test(near)) return 'cumulative';
  // Only within the amount's own stretch of words: "after cutting 60 in January, it is laying off 45".
  const own = left.slice(-60);
  const stretch = own.slice(Math.max(own.search(/[,;\d][^,;\d]*$/) + 1, 0));
  if (PAST_BEFORE.test(stretch)) return 'cumulative';
  return 'people';
}
