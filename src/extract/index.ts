/**
 * The extractor's public face: text (+ published date, url) → ExtractResult. Pure and synchronous.
 *
 * Steps: split into sentences and drop boilerplate; a cheap scan rejects texts with no trigger;
 * each trigger sentence is read as a clause (who cuts, how many, denied or not); the organisation
 * with the strongest, earliest clauses is the primary event and the others become mentions; the
 * remaining fields are read from the sentences about the primary event.
 */
import { AI_TERM, AI_WORDS, type AiClaim, attribution, deniesAi, readAiClaim } from './ai.js';
import { type Amount, findAmounts } from './amounts.js';
import { isSpace, skipSpace } from './chars.js';
import { DATELINE_TAIL, findDateline } from './dateline.js';
import { datelineOf, type FoundDate, findDate, parsePublished, roughDate } from './dates.js';
import { findContext, findHiringAreas, findReasons, findSupport, findUnits } from './details.js';
import { COUNTRY_NAMES } from './lexicon/countries.js';
import { PARENTS } from './lexicon/parents.js';
import { US_STATES } from './lexicon/places.js';
import { COMPANY_ANAPHORA, FIRST_NAMES, GENERIC_ACTORS } from './lexicon/words.js';
import { findNames, isKnownOrganisation, type Name, orgKey, sameOrganisation } from './organisations.js';
import { type Place, findDemonyms as scanDemonyms, findPlaces as scanPlaces } from './places.js';
import { type Role, roleOf } from './roles.js';
import { type Sentence, segment } from './segment.js';
import { DENIAL, findTriggers, GENERIC_TALK, REVERSAL, type Trigger } from './triggers.js';
import type { EvidenceSpan, ExtractedEvent, ExtractOptions, ExtractResult, Headcount } from './types.js';
import { Anchored, wordsOf } from './words.js';

export type { ExtractOptions, ExtractResult } from './types.js';

/**
 * One number for a stretch of text, as a memo's key: a string key cost more to build and hash. Past
 * 64 Mi characters the number could repeat, and the key is a string again.
 */
function rangeKey(from: number, to: number): number | string {
  return to < 2 ** 26 ? from * 2 ** 26 + to : `${from}:${to}`;
}

// Places are looked up in the same sentences several times (locations, country): read each once.
let placeMemo: {
  text: string;
  places: Map<number | string, Place[]>;
  demonyms: Map<number | string, Place[]>;
} | null = null;
function memoFor(text: string) {
  if (placeMemo?.text !== text) placeMemo = { text, places: new Map(), demonyms: new Map() };
  return placeMemo;
}
function findPlaces(text: string, from: number, to: number): Place[] {
  const memo = memoFor(text).places;
  const k = rangeKey(from, to);
  let list = memo.get(k);
  if (!list) {
    list = scanPlaces(text, from, to).filter((p) => !opensName(text, p));
    memo.set(k, list);
  }
  return list;
}

/**
 * Words that carry a place's name on ("New York City", "Kern County", "Hazle Township"), or name a site
 * by its town ("the Belvidere Assembly Plant").
 */
const PLACE_GOES_ON =
  /^[ \t]+(?:City|County|Township|Twp|Valley|Bay|Area|Region|Metro|Province|State|District|Island|Islands|Heights|Harbou?r|Port|Airport|Peninsula|Coast|Basin|Delta|Mountains?|Hills?|North|South|East|West|Central|International|Regional|Municipal|Metropolitan|[A-Z]\.|[A-Z]{2}\b|(?:Assembly|Plant|Factory|Mill|Works|Refinery|Smelter|Mine|Campus|Distribution|Fulfil+ment|Cent(?:er|re)|Facility|Site|Terminal|Yard|Shipyard|Depot|Warehouse|Operations|Office|Branch|Store|Hospital|Clinic|School|Station)\b)/;

/**
 * "Ashgrove Data", "Crestline Bank", "Kgalagadi Platinum": a town's name opening an organisation's
 * (a capitalised word follows it inside a sentence), which names no place. A headline's line, in
 * capitals word by word, is left alone.
 */
function opensName(text: string, p: Place): boolean {
  if (!/^[ \t]+\p{Lu}[\p{Ll}&'’.-]/u.test(text.slice(p.end, p.end + 4))) return false;
  if (PLACE_GOES_ON.test(text.slice(p.end, p.end + 16))) return false;
  const lineStart = text.lastIndexOf('\n', p.start) + 1;
  let lineEnd = text.indexOf('\n', p.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trimEnd();
  return line.length > 200 || /[.!?]["”’]?$/.test(line);
}
function findDemonyms(text: string, from: number, to: number): Place[] {
  const memo = memoFor(text).demonyms;
  const k = rangeKey(from, to);
  let list = memo.get(k);
  if (!list) {
    list = scanDemonyms(text, from, to);
    memo.set(k, list);
  }
  return list;
}

export const EXTRACTOR_VERSION = '0.4.8';

/**
 * "9,000 retail workers lost their jobs last quarter": people losing jobs with no organisation named for it is a
 * statistic, not a cut; the text's main company is no guess for who made it.
 */
const PEOPLE_LOSE_JOBS =
  /\b(?:los(?:e|es|ing|t)\s+(?:their\s+)?jobs?|at risk|(?:will|could|would|may|might|to)\s+go)$/i;

const COMPULSORY_ONLY =
  /\b(?:rul\w* out|no|without|avoid\w*)\s+(?:any\s+)?(?:compulsory|forced|involuntary)\s+(?:redundancies|layoffs|lay-offs|job cuts|dismissals)\b/i;
const MANY_EMPLOYERS_AFTER =
  /^\s*(?:(?:at|across|by|from)\s+)?(?:more than\s+|over\s+|some\s+|nearly\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:companies|firms|employers|businesses|startups|organi[sz]ations)\b/;
const COUNTED_PEOPLE =
  /(?:\d[\d,.]{0,14}[kK]?|\b(?:hundreds|thousands|dozens))\s+(?:of\s+)?(?:[\w-]+\s+)?(?:workers|people|employees)\b/gi;

/** Sentences longer than this are read only around their triggers. */
const WINDOW = 320;
const MAX_CLAUSES = 400;

type Actor = {
  name: Name;
  parent: string | null;
  via: 'subject' | 'anaphora' | 'object' | 'previous' | 'none';
};

type Clause = {
  sentence: Sentence;
  trigger: Trigger;
  from: number;
  to: number;
  actor: Actor | null;
  /** Every organisation before the trigger (lists of companies named in passing). */
  others: Name[];
  negated: boolean;
  generic: boolean;
  amounts: { amount: Amount; role: Role }[];
  /** Organisations listed after the trigger as where the cuts were: "layoffs at Globex, Hooli and Initrode". */
  objects: Name[];
  /** The clause dates the cut to a year before publication. */
  past: boolean;
};

type Candidate = {
  key: string;
  name: Name;
  parent: string | null;
  clauses: Clause[];
  score: number;
  best: number;
  strong: boolean;
};

const span = (text: string, start: number, end: number): EvidenceSpan => ({
  start,
  end,
  text: text.slice(start, end),
});

const DECIDED_BY =
  /\b(?:decision|decisions|plans?|move|announcement|proposal|proposals)\s+(?:announced\s+)?(?:\w+\s+)?by\s+(?:the\s+)?$/i;
const PREPOSITION_BEFORE =
  /\b(?:from|at|in|with|by|like|including|such as|than|to|of|on|for|about|over|against|between|among|versus|vs\.?|into|through|after|before|beyond|unlike|alongside|joins|joined|and|or|&)\s+(?:the\s+)?$/i;
const CLAUSE_BOUNDARY =
  /;|:\s|\bthat\s|\bwhich\s|\bwho\s|\bsaid,?\s|\bsays,?\s|\breported,?\s|\s[—–-]\s|—|\)\s+-\s/g;
const OWNER_AFTER = /^['’]s?\s+(?:parent|owner|parent company)\s+$/i;
/** "Globex's video game unit Pinewood": the name after is the subject, the possessive its parent. */
const UNIT_AFTER =
  /^(?:\s+(?:Corp|Inc|Co|Ltd|Group|plc)\.?)?['’]s?\s+(?:(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|studio|label|affiliate)\s+)?$/i;
/** The words between owner and unit say it is one: "Globex's video game unit Pinewood". */
const UNIT_NAMED = /\b(?:unit|subsidiary|division|arm|studio|label|affiliate)\s+$/i;

/**
 * "Google's Aldergrove Health", the story naming "Aldergrove Health" on its own too: a unit of its
 * owner. "Hatcher’s Post", never named without its possessive, is one name.
 */
function namedAlone(text: string, name: Name): boolean {
  // "Mahoney’s Bakery": one common word is no unit's name.
  if (!name.text.includes(' ') && !PARENTS[name.text]) return false;
  for (let at = text.indexOf(name.text); at >= 0; at = text.indexOf(name.text, at + 1)) {
    if (at === name.start) continue;
    if (!/['’]s\s+$/.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}

/**
 * "Brighton games studio Pebblekin", "Clare station Midwest Wave FM": a place or a word describing the
 * name after it, in lower-case nouns; no verb, article or preposition between.
 */
const DESCRIBED_AFTER =
  /^\s+(?:(?!(?:and|or|nor|with|to|in|at|on|of|for|from|by|after|before|as|than|while|but|which|that|who|whose|the|a|an|its|their|is|was|will|would|has|had|have|are|were|be)\b)[a-z][\w-]*\s+){0,2}(?:studio|station|channel|broadcaster|paper|newspaper|publisher|outlet|maker|firm|company|startup|start-up|group|chain|retailer|grocer|bank|lender|insurer|operator|developer|brand|app|platform|supplier|manufacturer|carmaker|automaker|producer|miner|airline|carrier|hospital|college|university|council|agency|label|trust|charity|network|provider|consultancy|fintech|mill|plant|factory|bakery|brewery|distillery|restaurant|hotel|store|contractor|fabricator|shipper|unicorn|giant|conglomerate|utility|cooperative|co-op)\s+$/;
const STRONG_REPORT =
  /\b(?:seek\w*|sought|offer\w*|invit\w*|launch\w*|open\w*|announc\w*)\s+(?:\w+\s+){0,3}?(?:voluntary|early)\s+(?:retirements?|redundanc\w+|separations?|exits?|departures?)|\b(?:is|are|was|were|will|would|has|have|had|to|plans to|began|begins|started|announced|announces|confirmed|confirms)\s+(?:\w+\s+){0,3}?(?:lay(?:ing)?\s+off|laid\s+off|cut(?:ting)?|eliminat\w+|slash\w*|shed\w*|ax\w+|furlough\w*|clos\w+|idl\w+|reduc\w+|trim\w*|halv\w+|let(?:ting)?|fir(?:e|ing))|\b(?:lays off|laid off|cuts|eliminates|slashes|sheds|axes|halves|(?:announc|begin|began|start|confirm|conduct|implement|launch|unveil|carr(?:y|ies|ied|ying) out)\w* (?:(?:a|an|another|new|fresh|more|further|second|third|major|sweeping|deep|mass)\s+){0,3}(?:(?:round|wave)s?\s+of\s+(?:(?:new|fresh|more|further)\s+)?)?(?:layoffs|job cuts|redundancies))\b/i;

function emptyEvent(): ExtractedEvent {
  return {
    company: null,
    parent_company: null,
    headcount: null,
    percent: null,
    date: null,
    country: null,
    locations: [],
    units: [],
    reasons: [],
    ai_attribution: 'none',
    support: { severance: null, continued_pay_days: null, healthcare: null, job_placement: null, notes: [] },
    hiring_areas: [],
    context: [],
    evidence: {},
  };
}

function negative(warnings: string[] = []): ExtractResult {
  return { is_layoff_report: false, confidence: 0, event: null, mentions: [], warnings };
}

/** The parent a text gives ("JLR, which is owned by Tata Motors") or the lexicon knows. */
function parentOf(text: string, name: Name): string | null {
  // "Halden Steel-owned Marlow Foods": the text's word beats the lexicon's guess for a short name.
  const ownedBy = endsOwned(text, name.start)
    ? /([A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})-owned\s+$/.exec(
        text.slice(Math.max(0, name.start - 60), name.start),
      )
    : null;
  // "State-owned", "Family-owned": how it is owned, not by whom.
  if (
    ownedBy &&
    !/^(?:State|Government|Family|Employee|Privately|Publicly|Foreign|Locally|Wholly)$/i.test(ownedBy[1]!)
  )
    return ownedBy[1]!;
  const known = PARENTS[name.text];
  if (known && orgKey(known) !== orgKey(name.text)) return known;
  const stated = ownerAfter(text, name.end);
  if (stated) return stated;
  // Asked for every clause of a company: the other places its name stands are read once.
  if (parentMemo?.text !== text) parentMemo = { text, parents: new Map() };
  let owner = parentMemo.parents.get(name.text);
  if (owner === undefined) {
    owner = ownerElsewhere(text, name);
    parentMemo.parents.set(name.text, owner);
  }
  return owner;
}

/** Whether "-owned" and spaces stand right before `at`, as the "X-owned" pattern needs. */
function endsOwned(text: string, at: number): boolean {
  let i = at;
  if (!isSpace(text.charCodeAt(i - 1))) return false;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i >= 6 && text.startsWith('-owned', i - 6);
}

let parentMemo: { text: string; parents: Map<string, string | null> } | null = null;

function ownerElsewhere(text: string, name: Name): string | null {
  // "Kestrel, which is owned by Harrowgate Holdings" further on: the name again, or its first word.
  const first = name.text.split(' ')[0]!;
  for (const form of first.length >= 4 && first !== name.text ? [name.text, first] : [name.text]) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (at === name.start) continue;
      const owner = ownerAfter(text, at + form.length);
      if (owner) return owner;
    }
  }
  return null;
}

/**
 * ", a unit of X", ", the Mexican subsidiary of German supplier X", ", the Hungarian subsidiary of South
 * Korea's X": the owner's name, past a country's possessive, a nationality and a descriptor.
 */
const OWNED_BY =
  /^\.?(?:\s*\([^)]{1,20}\))?,?\s+(?:which is |a |the |an )?(?:owned by|(?:a |the )?(?:[\w-]+ ){0,4}?(?:subsidiary|unit|division|arm) of)\s+(?:[\w.]+(?: [\w.]+)?-(?:based|listed) )?(?:(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*['’]s\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ch|ic)\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,2}?([A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})/;

function ownerAfter(text: string, end: number): string | null {
  // What OWNED_BY's opening needs: a space, a comma or a bracket right after the name.
  const next = text.charCodeAt(end);
  if (next !== 44 && next !== 40 && next !== 46 && !isSpace(next)) return null;
  const after = text.slice(end, end + 120);
  if (!/^\.?(?:\s*\([^)]{1,20}\))?,?\s/.test(after)) return null;
  const m = OWNED_BY.exec(after);
  return m ? m[1]!.replace(/[.,]$/, '') : null;
}

/** The headline words a company stands before as their subject: "Zephyr Cuts 300 Jobs". */
const HEADLINE_VERBS = new Set([
  ...['To', 'Will', 'Is', 'Are', 'Cut', 'Cuts', 'Slash', 'Slashes', 'Axe', 'Axes', 'Shed', 'Sheds'],
  ...['Lay', 'Lays', 'Eliminate', 'Eliminates', 'Trim', 'Trims', 'Reduce', 'Reduces', 'Close', 'Closes'],
  ...[
    'Furlough',
    'Furloughs',
    'Plans',
    'Announces',
    'Confirms',
    'Says',
    'Votes',
    'Approves',
    'Moves',
    'Announced',
  ],
]);

/** Words a Title Case headline capitalises that name no company: its verbs, nouns and small words. */
const HEADLINE_WORDS = new Set([
  ...HEADLINE_VERBS,
  ...['In', 'On', 'At', 'Of', 'For', 'As', 'Amid', 'After', 'From', 'With', 'And', 'Cutting', 'Slashing'],
  ...['Axing', 'Shedding', 'Laying', 'Laid', 'Off', 'Layoff', 'Layoffs', 'Closing', 'Closure', 'Job'],
  ...['Jobs', 'Workers', 'Staff', 'Employees', 'Roles', 'Positions', 'Workforce', 'Redundancies'],
  ...['Restructuring', 'More', 'Another', 'New', 'Round', 'Hit', 'Hits'],
  ...['Hire', 'Hires', 'Hiring', 'Rival', 'Rivals', 'While', 'Despite', 'Over', 'Ahead'],
  ...['Unit', 'Subsidiary', 'Arm', 'Division', 'Parent', 'Owner'],
]);

export function extract(input: string, options: ExtractOptions = {}): ExtractResult {
  const text = typeof input === 'string' ? input : String(input ?? '');
  // One pass over the whole text finds the triggers; a text with none is no report, and each is
  // read inside its sentence below.
  const allTriggers = findTriggers(text, 0, text.length);
  if (allTriggers.length === 0) return negative();
  const published = parsePublished(options.published) ?? (options.published ? null : datelineOf(text));
  const warnings: string[] = [];
  if (options.published && !published)
    warnings.push(
      `published date "${options.published}" is not YYYY-MM-DD; relative dates were not resolved`,
    );

  const sentences = segment(text);
  const body = sentences.filter((s) => !s.boilerplate);
  const bodyRank = new Map<number, number>();
  for (const [i, s] of body.entries()) bodyRank.set(s.index, i);

  const filedBy = findDateline(text)?.outlet ?? null;
  // "its Brantford, Ont., plant" further on: "Brantford plant to close" in the headline is the town.
  const towns = townsIn(text);
  // "DUNCAN, S.C. (WSPB) —", then "its Duncan plant": the dateline's town, wherever it stands.
  const filedAt = findDateline(text)?.place;
  if (filedAt && !isKnownOrganisation(filedAt)) {
    towns.add(filedAt);
    towns.add(titleCased(filedAt));
  }
  const surnames = new Set<string>();
  const outletNames = new Set<string>();
  // "Calder Chronicle" or "STACKWIRE" above the page's navigation: the site, wherever it is named.
  const masthead = sentences[0]?.boilerplate && !sentences[0].headline ? sentences[0].text.trim() : '';
  if (masthead && masthead.split(/\s+/).length <= 4 && !/[|>›»/:]/.test(masthead)) {
    outletNames.add(masthead);
    outletNames.add(titleCased(masthead));
  }
  // Names read from ordinary sentences let title-case headlines be read too.
  const known = new Map<string, Name>();
  const namesCache = new Map<number | string, Name[]>();
  // Names are read once per sentence; a very long sentence is read window by window.
  const namesIn = (s: Sentence, from: number, to: number): Name[] => {
    if (s.end - s.start <= 4 * WINDOW) {
      from = s.start;
      to = s.end;
    }
    const k = rangeKey(from, to);
    let names = namesCache.get(k);
    if (!names) {
      names = findNames(text, from, to).filter((n) => !isTicker(text, n));
      for (const n of names) {
        // "Economists polled by Example Wire": the outlet of the dateline, wherever it stands.
        if ((filedBy && n.text === filedBy) || outletNames.has(n.text)) n.kind = 'outlet';
        // "Polder Post has learned…", then "told Polder Post": the paper, wherever it stands.
        else if (n.kind === 'outlet') outletNames.add(n.text);
        else if (n.kind === 'org' && towns.has(n.text) && !isKnownOrganisation(n.text)) n.kind = 'place';
        // "chief operating officer Grant Hollis said…", then "Hollis said": the person again.
        else if (n.kind === 'person') {
          const space = n.text.lastIndexOf(' ');
          if (space > 0) surnames.add(n.text.slice(space + 1));
          // "Jun Dela Cruz", then "Dela Cruz".
          const first = n.text.indexOf(' ');
          if (first > 0 && first < space) surnames.add(n.text.slice(first + 1));
        } else if (n.kind === 'org' && surnames.has(n.text)) n.kind = 'person';
      }
      if (s.titleCase) names = joinKnownPossessives(names).flatMap((n) => splitTitleCase(n));
      namesCache.set(k, names);
    }
    return names;
  };
  let knownWordSet: Set<string> | null = null;
  const knownWords = (): Set<string> => {
    knownWordSet ??= new Set([...known.keys()].flatMap((k) => k.split(' ').filter((w) => w.length > 2)));
    return knownWordSet;
  };
  // "O’Donnell’s Bakeries To Close…" under a story of "O’Donnell’s Bakeries Ltd": the possessive that
  // split the headline's run belongs to a name the story gives.
  const joinKnownPossessives = (names: Name[]): Name[] => {
    const out: Name[] = [];
    for (let j = 0; j < names.length; j++) {
      const n = names[j]!;
      const next = names[j + 1];
      if (
        n.possessive &&
        next &&
        next.start - n.end <= 3 &&
        /^['’]s\s$/.test(text.slice(n.end, next.start))
      ) {
        const owner = text.slice(n.start, next.start);
        if ([...known.keys()].some((k) => k.startsWith(owner))) {
          const joined = text.slice(n.start, next.end);
          out.push({ ...n, end: next.end, text: joined, kind: 'org', possessive: next.possessive });
          j++;
          continue;
        }
      }
      out.push(n);
    }
    return out;
  };
  const splitTitleCase = (n: Name): Name[] => {
    if (n.kind !== 'org' || !/\s/.test(n.text))
      return n.kind === 'org' &&
        !known.has(n.text) &&
        !PARENTS[n.text] &&
        (n.text.length < 3 || HEADLINE_WORDS.has(n.text))
        ? []
        : [n];
    const tokens = [...n.text.matchAll(/\S+/g)];
    const out: Name[] = [];
    for (let i = 0; i < tokens.length; ) {
      let matched = 0;
      for (let len = Math.min(5, tokens.length - i); len >= 1; len--) {
        const first = tokens[i]!;
        const last = tokens[i + len - 1]!;
        const phrase = n.text.slice(first.index, last.index! + last[0].length);
        // "Autopartes del Bajío" in the headline of a story of "Autopartes del Bajío SA de CV".
        const shortOfKnown = len >= 2 && [...known.keys()].some((k) => k.startsWith(`${phrase} `));
        if (known.has(phrase) || PARENTS[phrase] || shortOfKnown) {
          out.push({
            ...n,
            start: n.start + first.index!,
            end: n.start + last.index! + last[0].length,
            text: phrase,
            possessive: false,
          });
          matched = len;
          break;
        }
      }
      i += matched || 1;
    }
    // No name the text knows: a headline's names are the runs of words between its common ones
    // ("Zephyr Motors To Cut 2,000 Jobs" → Zephyr Motors). One word alone counts only as the
    // subject of a verb ("As Zephyr Cuts…"): "Rare Layoffs at…" opens with an adjective.
    if (out.length === 0) {
      for (let i = 0; i < tokens.length; ) {
        let k = i;
        while (k < tokens.length && !HEADLINE_WORDS.has(tokens[k]![0])) k++;
        const next = tokens[k]?.[0];
        // "Transit Board Votes…" over a story of the "Calder Valley Transit Authority": a run sharing a
        // word with a name the story gives is that organisation, short or descriptive: no name of its own.
        const sharesKnown = tokens.slice(i, k).some((w) => knownWords().has(w[0]));
        // "…and Eliminate 14 Bus Routes": a run after a number is what it counts.
        const counted = i > 0 && /^\d/.test(tokens[i - 1]![0]);
        if (
          !sharesKnown &&
          !counted &&
          (k - i >= 2 || (k - i === 1 && next !== undefined && HEADLINE_VERBS.has(next)))
        ) {
          const first = tokens[i]!;
          const last = tokens[k - 1]!;
          out.push({
            ...n,
            start: n.start + first.index!,
            end: n.start + last.index! + last[0].length,
            text: n.text.slice(first.index, last.index! + last[0].length),
            possessive: k === tokens.length && n.possessive,
          });
        }
        i = k + 1;
      }
    }
    return out;
  };

  const salience = new Map<string, { name: Name; count: number }>();
  const countNames = (names: Name[], weight: number) => {
    for (const n of names) {
      if (n.kind !== 'org') continue;
      // "a meeting in Zwolle": a town the lexicon does not know, not a company the story is about.
      if (IN_PLACE.test(text.slice(Math.max(0, n.start - 8), n.start)) && !/\s/.test(n.text)) continue;
      const k = orgKey(n.text);
      if (!k) continue;
      const entry = salience.get(k) ?? { name: n, count: 0 };
      entry.count += weight;
      salience.set(k, entry);
    }
  };
  for (const s of body.slice(0, 16)) {
    if (s.titleCase) continue;
    const names = namesIn(s, s.start, Math.min(s.end, s.start + 2 * WINDOW));
    for (const n of names) if (n.kind === 'org' && !known.has(n.text)) known.set(n.text, n);
    // "Exceptions exist for…": a common word opening a sentence is not a name the text is about.
    countNames(
      names.filter((n) => n.kind !== 'org' || !looksCommon(text, s, n)),
      1,
    );
  }
  for (const s of body.slice(0, 16))
    if (s.titleCase)
      countNames(namesIn(s, s.start, Math.min(s.end, s.start + 2 * WINDOW)), s.headline ? 3 : 1);

  // "De Vries Mediagroep B.V." once and "De Vries" twice name one company three times.
  const mostSalient = (): Name | null => {
    let best: { name: Name; count: number } | null = null;
    for (const [key, e] of salience) {
      let count = e.count;
      for (const [other, o] of salience) if (other !== key && key.startsWith(`${other} `)) count += o.count;
      if (!best || count > best.count) best = { name: e.name, count };
    }
    return best?.name ?? null;
  };

  // Read every trigger sentence as a clause.
  const clauses: Clause[] = [];
  const deniedKeys = new Set<string>();
  const amountsCache = new Map<number | string, { amount: Amount; role: Role }[]>();
  const amountsIn = (s: Sentence, from: number, to: number) => {
    const whole = s.end - s.start <= 4 * WINDOW;
    const k = whole ? rangeKey(s.start, s.end) : rangeKey(from, to);
    let list = amountsCache.get(k);
    if (!list) {
      list = findAmounts(text, whole ? s.start : from, whole ? s.end : to).map((amount) => ({
        amount,
        role: roleOf(text, amount, s.start, s.end),
      }));
      amountsCache.set(k, list);
    }
    return list;
  };
  // The organisation a pronoun points back to: the last one named in the two sentences before.
  const headingKeys = new Set<string>();
  const previousOrgBefore = (s: Sentence): Name | null => {
    const i = bodyRank.get(s.index) ?? 0;
    for (const p of body.slice(Math.max(0, i - 2), i).reverse()) {
      if (p.titleCase) {
        // "1. Nordvik Software (Oslo) – 450 jobs" over "The Norwegian software maker said it would cut…":
        // a round-up's heading that opens with the company's name.
        if (!p.listItem || p.text.length > 80) continue;
        const first = namesIn(p, p.start, p.end).find((n) => n.kind === 'org');
        if (!first || !/^[\s\d.)•*-]*$/.test(text.slice(p.start, first.start))) continue;
        headingKeys.add(orgKey(first.text));
        return first;
      }
      // "• Remove around 800 roles" after "• Simplify … Payroll, Workforce Solutions": a release's
      // points are all its company's.
      if (s.listItem && p.listItem) continue;
      // "Health startups keep cutting staff": a common word opening the sentence is no antecedent.
      const names = namesIn(p, p.start, Math.min(p.end, p.start + 2 * WINDOW));
      // A round-up's heading that is a company's name alone: "Northvale Software", then "The
      // Seattle-based maker said it was eliminating 350 roles" is Northvale's, whoever leads the text.
      if (names.length === 1 && names[0]!.kind === 'org' && names[0]!.text.length >= p.text.trim().length - 1)
        headingKeys.add(orgKey(names[0]!.text));
      const org = findLastOrg(names.filter((n) => !looksCommon(text, p, n)));
      if (org) return org;
    }
    return null;
  };
  // "Orrin rehires staff after chatbot falls flat": a story of undoing cuts; the cuts it recalls are background.
  // "Unverified Claims of Job Cuts at X Spread Online", "X denies report of 500 layoffs": a rumour.
  // A kicker line ("Europe | Transport") may stand above it.
  const headline = body.slice(0, 3).find((s) => s.headline) ?? null;
  if (headline && (REVERSAL.test(headline.text) || RUMOUR_HEADLINE.test(headline.text)))
    for (const n of namesIn(headline, headline.start, headline.end))
      if (n.kind === 'org') deniedKeys.add(orgKey(n.text));
  // "Walt Korzeniak, Union Leader Who Fought the Mill Closure, Dies at 89": the cuts are a life's history.
  if (headline && OBITUARY.test(headline.text)) return negative(warnings);
  // "Two in five CEOs expect to shrink their workforce, survey finds": opinion polled, no cut made.
  if (headline && SURVEY_HEADLINE.test(headline.text)) return negative(warnings);
  // "U.S. employers announced 84,500 job cuts in March", "Redundancy rate climbs to highest level
  // since 2021": the labour market counted, no employer's cut.
  if (headline && STATISTICS_HEADLINE.test(headline.text)) return negative(warnings);
  // "Vestfjell to reduce 120 positions by 2027 - without dismissals": posts go, people stay; "cuts pay to
  // avoid retrenchments", "rules out job cuts", "will keep all 640 staff": no one goes.
  if (headline && NO_DISMISSALS_HEADLINE.test(headline.text)) return negative(warnings);
  // "What is a WARN notice…?", "Laid off? What the rules mean for you": an explainer.
  // ("Explainer: What the Ministry of X's job cuts mean" explains one cut: a report.)
  if (headline && EXPLAINER_HEADLINE.test(headline.text) && !ONES_CUT.test(headline.text))
    return negative(warnings);
  // "Birchmount to create 450 jobs in Aberdeen": hiring news; the cuts it recalls are background.
  if (
    headline &&
    HIRING_HEADLINE.test(headline.text) &&
    !allTriggers.some((t) => t.start >= headline.start && t.end <= headline.end)
  )
    return negative(warnings);
  // "Judge approves settlement over 2021 Delvont layoffs": a story about a cut of an earlier year.
  if (headline && published && pastCutHeadline(headline.text, published)) return negative(warnings);
  let t = 0;
  for (const s of body) {
    while (t < allTriggers.length && allTriggers[t]!.start < s.start) t++;
    if (t >= allTriggers.length) break;
    if (allTriggers[t]!.start >= s.end) continue;
    const triggers: Trigger[] = [];
    for (let k = t; k < allTriggers.length && allTriggers[k]!.end <= s.end; k++)
      triggers.push(allTriggers[k]!);
    // A run-on sentence can hold thousands of triggers: the cap counts clauses, not sentences.
    const room = MAX_CLAUSES - clauses.length;
    const full = triggers.length > room;
    if (full) {
      warnings.push(`only the first ${MAX_CLAUSES} trigger clauses were read`);
      triggers.length = room;
    }
    // "closing its store for about 10 weeks for a renovation": the staff stay.
    // "In October, its chief executive said it had no plans for layoffs": an old denial the cut overtook.
    const denied =
      (DENIAL.test(s.text) && !EARLIER_WORD.test(s.text) && !AI_CUT_NOTHING.test(s.text)) ||
      (s.text.includes('clos') && TEMPORARY_CLOSURE.test(s.text));
    const reversed = REVERSAL.test(s.text);
    const genericTalk = GENERIC_TALK.test(s.text);
    for (const trigger of triggers) {
      const from = Math.max(s.start, trigger.start - WINDOW);
      const to = Math.min(s.end, trigger.end + WINDOW);
      const names = namesIn(s, from, to);
      const start = clauseStart(text, from, trigger.start);
      const actor = actorOf(text, s, trigger, from, start, names, () => previousOrgBefore(s), mostSalient);
      const others = names.filter((n) => n.kind === 'org' && n.end <= trigger.start && n.start >= start);
      if (others.length === 0) others.push(...listedBefore(text, start, names));
      const leftText = text.slice(start, trigger.start);
      const generic =
        !actor ||
        (actor.via !== 'subject' &&
          actor.via !== 'object' &&
          // "Acme said 250 workers will be laid off": counted workers of a company named just before.
          GENERIC_ACTORS.test(actor.via === 'none' ? leftText : leftText.replace(COUNTED_PEOPLE, ''))) ||
        (actor.via === 'none' && PEOPLE_LOSE_JOBS.test(text.slice(trigger.start, trigger.end))) ||
        // "2,341 jobs cut at 39 companies": a tally of many employers, no one's cut.
        MANY_EMPLOYERS_AFTER.test(text.slice(trigger.end, trigger.end + 48));
      const amounts = amountsIn(s, from, to);
      const clause: Clause = {
        sentence: s,
        trigger,
        from,
        to,
        actor,
        others,
        negated:
          denied ||
          reversed ||
          genericTalk ||
          // "a guarantee that there will be no compulsory redundancies": this trigger is none.
          NO_BEFORE.test(text.slice(Math.max(s.start, trigger.start - 32), trigger.start)),
        past: published !== null && isPastYear(text, start, trigger, s, published),
        generic,
        amounts,
        objects: listedAfter(text, s, trigger, names),
      };
      clauses.push(clause);
      // "Orrin rehires staff it laid off": a headline undoing the cut makes the company's cuts background.
      // Only a denial that names whom it is about: "The scribe has not eliminated a single position"
      // denies nothing of the company the sentence only falls back on.
      // "a framework that rules out compulsory redundancies": the cut goes on, by other means.
      const deniesTheCut = denied && !COMPULSORY_ONLY.test(s.text);
      if ((deniesTheCut || (reversed && s.headline)) && actor && (actor.via !== 'none' || s.headline))
        deniedKeys.add(orgKey(actor.name.text));
    }
    if (full) break;
  }
  if (clauses.length === 0) return negative(warnings);
  // "Tessaly Interactive denies report…" then "Tessaly would cut 500": the short name denies too.
  for (const c of deniedKeys.size > 0 ? clauses : []) {
    const key = c.actor ? orgKey(c.actor.name.text) : '';
    for (const d of [...deniedKeys]) if (key && isShortForm(key, d)) deniedKeys.add(key);
  }

  // A pronoun or a subjectless clause speaks of the company the text leads with, unless the
  // company it points back to makes cuts of its own.
  const ordered = clauses
    .slice()
    .sort(
      (a, b) =>
        Number(b.sentence.headline) - Number(a.sentence.headline) || a.trigger.start - b.trigger.start,
    );
  const named = (c: Clause) =>
    c.actor && (c.actor.via === 'subject' || c.actor.via === 'object' || c.actor.via === 'anaphora');
  const subjectKeys = new Set(
    clauses.filter((c) => named(c) && !c.negated && !c.generic).map((c) => orgKey(c.actor!.name.text)),
  );
  // "Rival operator Norrsken cut 400 jobs in October", after the lead: a comparison, not the story.
  const compared = (c: Clause) =>
    !c.sentence.headline &&
    (bodyRank.get(c.sentence.index) ?? 99) >= 2 &&
    c.actor !== null &&
    COMPARED.test(text.slice(Math.max(0, c.actor.name.start - 50), c.actor.name.start));
  // A union speaking of the cut makes none: it lends its name to no other clause.
  const lead = ordered.find(
    (c) =>
      named(c) &&
      !c.negated &&
      !c.generic &&
      !compared(c) &&
      !deniedKeys.has(orgKey(c.actor!.name.text)) &&
      !isUnionIn(text, c.actor!.name.text),
  );
  for (const c of clauses) {
    if (!c.actor || named(c) || !lead) continue;
    const key = orgKey(c.actor.name.text);
    if (c.actor.via === 'none' || (!subjectKeys.has(key) && !headingKeys.has(key)))
      c.actor = { ...lead.actor!, via: c.actor.via };
  }

  // Group clauses by the organisation that makes the cut and score them.
  const candidates = new Map<string, Candidate>();
  for (const c of clauses) {
    // A cut of an earlier year ("the plant, which closed in 2019 with the loss of 800 jobs") is history.
    if (!c.actor || c.negated || c.generic || c.past) continue;
    const key = orgKey(c.actor.name.text);
    if (!key || deniedKeys.has(key)) continue;
    // "Amalgamated Transit Workers Local 1170 said it would file a grievance over the layoffs".
    if (isUnionIn(text, c.actor.name.text)) continue;
    if (compared(c)) continue;
    const rank = c.sentence.headline ? -1 : (bodyRank.get(c.sentence.index) ?? 99);
    const position = rank < 0 ? 3 : Math.max(0.6, 2.6 - 0.3 * rank);
    const relevant = c.amounts.filter((a) => c.amounts.length < 12 && isNear(a.amount, c.trigger));
    const hasPeople = relevant.some((a) => a.role === 'people' && a.amount.qualifier !== 'vague');
    const hasVague = relevant.some((a) => a.role === 'people' && a.amount.qualifier === 'vague');
    const hasShare = relevant.some((a) => a.role === 'share');
    const closure = c.trigger.kind === 'closure';
    const strong =
      hasPeople ||
      hasVague ||
      hasShare ||
      ((c.actor.via === 'subject' || c.actor.via === 'object' || c.actor.via === 'anaphora') &&
        (closure || STRONG_REPORT.test(text.slice(c.from, c.to))));
    const counted = hasPeople || hasShare || hasVague;
    const score =
      position *
      (1 +
        1.5 * Number(hasPeople) +
        Number(hasShare) +
        0.8 * Number(hasVague) +
        0.5 * Number(closure && !counted)) *
      (strong ? 1 : 0.4);
    const entry = candidates.get(key) ?? {
      key,
      name: c.actor.name,
      parent: c.actor.parent,
      clauses: [],
      score: 0,
      strong: false,
      best: 0,
    };
    // The strongest clause decides; more sentences about the same company add a little.
    const sameSentence = entry.clauses.some((x) => x.sentence === c.sentence);
    entry.clauses.push(c);
    if (!sameSentence) entry.score += Math.min(score, entry.best) * 0.25 + Math.max(0, score - entry.best);
    else if (score > entry.best) entry.score += score - entry.best;
    entry.best = Math.max(entry.best, score);
    entry.strong ||= strong;
    if (!entry.parent && c.actor.parent) entry.parent = c.actor.parent;
    candidates.set(key, entry);
  }
  for (const e of candidates.values()) e.score += 0.3 * Math.min(10, salience.get(e.key)?.count ?? 0);
  // One organisation written two ways (an acronym and its full name) is one candidate.
  const all = [...candidates.values()];
  // What the text puts in brackets, read once: "(Bancantábrico)".
  let inBrackets: Set<string> | null = null;
  const bracketed = (): Set<string> => {
    inBrackets ??= new Set([...text.matchAll(/\(([^()\n]{2,60})\)/g)].map((m) => m[1]!));
    return inBrackets;
  };
  for (const a of all) {
    for (const b of all) {
      if (
        a === b ||
        !candidates.has(a.key) ||
        !candidates.has(b.key) ||
        // "Quenmark" in the headline, "Quenmark Systems" in the story: its first word names it short.
        !(
          sameOrganisation(a.name.text, b.name.text) ||
          isShortForm(a.key, b.key) ||
          (bracketed().has(b.name.text) && shortInBrackets(text, a.name.text, b.name.text)) ||
          (bracketed().has(a.name.text) && shortInBrackets(text, b.name.text, a.name.text))
        )
      )
        continue;
      const [keep, fold] = a.name.text.length >= b.name.text.length ? [a, b] : [b, a];
      keep.clauses.push(...fold.clauses);
      keep.score = Math.max(keep.score, fold.score) + 0.25 * Math.min(keep.score, fold.score);
      keep.strong ||= fold.strong;
      keep.parent ??= fold.parent;
      candidates.delete(fold.key);
    }
  }
  const ranked = [...candidates.values()].filter((c) => c.strong).sort((a, b) => b.score - a.score);
  // "Mohali BPO lays off over 300", then "Shivalik CallServe Pvt Ltd … laid off over 300 employees":
  // a headline's descriptor the story never names again gives way to the company its lead names.
  const headlineOnly = (c: Candidate) => {
    if (!c.clauses.every((x) => x.sentence.headline || !named(x))) return false;
    // "Fennick CEO" in the headline is the story's "Fennick"; "Mohali BPO" is no "Mohali".
    const first = c.name.text.split(' ')[0]!;
    const forms =
      first !== c.name.text && first.length >= 4 && scanPlaces(first, 0, first.length).length === 0
        ? [c.name.text, first]
        : [c.name.text];
    return !body.some((s) => !s.headline && forms.some((f) => s.text.includes(f)));
  };
  if (ranked.length > 1 && headlineOnly(ranked[0]!)) {
    const named = ranked.find(
      (c) =>
        c !== ranked[0] &&
        c.clauses.some(
          (x) =>
            !x.sentence.headline &&
            (bodyRank.get(x.sentence.index) ?? 99) <= 3 &&
            (x.actor?.via === 'subject' || x.actor?.via === 'object' || x.actor?.via === 'anaphora'),
        ),
    );
    if (named) {
      // The story's clauses that only borrowed the headline's name are the named company's.
      const borrowed = ranked[0]!.clauses.filter((x) => !x.sentence.headline);
      named.clauses.push(...borrowed);
      ranked[0]!.clauses = ranked[0]!.clauses.filter((x) => x.sentence.headline);
      ranked.unshift(...ranked.splice(ranked.indexOf(named), 1));
    }
  }
  const primary = ranked[0];
  if (!primary) return negative(warnings);
  // "OPINION | Don't let 'AI' become the all-purpose excuse for layoffs": a column on the trend, recalling
  // companies' cuts, reports none of them; a column whose headline names the company still does.
  if (
    OPINION_KICKER.test(text.slice(0, 200)) &&
    !(
      headline &&
      (headline.text.includes(primary.name.text) || primary.clauses.some((c) => c.sentence.headline))
    )
  )
    return negative(warnings);
  // "Pershore library to close, but no job losses": a closure whose staff all stay is no cut.
  if (primary.clauses.every((c) => c.trigger.kind === 'closure') && STAFF_KEPT.test(text))
    return negative(warnings);

  const event = buildEvent(text, primary, body, clauses, published, known);
  const mentions = buildMentions(text, primary, clauses, deniedKeys, candidates, published);
  const confidence = Math.min(
    0.99,
    0.35 + 0.08 * primary.score + (event.headcount || event.percent !== null ? 0.15 : 0),
  );
  return {
    is_layoff_report: true,
    confidence: Math.round(confidence * 100) / 100,
    event,
    mentions,
    warnings,
  };
}

const POSTS_AFTER = /^\s+(?:[a-z-]+\s+)?(?:positions|posts|roles|jobs)\b/;
const PEOPLE_AFTER = /^\s+(?:[a-z-]+\s+){0,2}?(?:employees|workers|staff|people|staffers)\b/;
const VACANT = /\bvacan(?:t|cies)\b|\bunfilled\b/i;

/** The story says no one loses a job: "no redundancies", "all 12 staff will transfer to the hub". */
const STAFF_KEPT =
  /\bno (?:job losses|redundancies|layoffs|lay-offs|job cuts)\b(?! (?:have|has) (?:yet )?been)|\bno (?:jobs?|staff|one|employees?) (?:will|would) (?:be )?(?:lost|lose|cut|made redundant)\b|\b(?:all|every one of the)\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:staff|employees|workers)\s+(?:will|would)\s+(?:transfer|move|be (?:redeployed|transferred|relocated|offered))/i;

/** What leads a list of the organisations a cut happened at: "at", "from", "including (at)", "like". */
const LIST_LEAD = /(?:\b(?:including|include[sd]?|like|such as)(?:\s+at)?|\b(?:at|from))\s+(?:the\s+)?$/i;
const LIST_SEPARATOR = /^(?:\s+(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|SE|NV)\.?)?\s*(?:,|,?\s+and|,?\s+or)\s+$/;
/** Words that put the organisations after them apart from the cut: "unlike rivals such as…". */
const APART = /\b(?:unlike|while|whereas|but|hir\w+|recruit\w*|not|no)\b/i;

/** "layoffs at tech giants like Globex, Hooli and Initrode": the organisations listed after a trigger. */
function listedAfter(text: string, s: Sentence, t: Trigger, names: Name[]): Name[] {
  const after = names.filter((n) => n.kind === 'org' && n.start >= t.end && n.start - t.end < 160);
  if (after.length === 0) return [];
  const first = after[0]!;
  const lead = text.slice(t.end, first.start);
  if (/[.;:]/.test(lead) || !LIST_LEAD.test(lead) || APART.test(lead) || first.end > s.end) return [];
  const list = [first];
  for (const n of after.slice(1)) {
    if (!LIST_SEPARATOR.test(text.slice(list.at(-1)!.end, n.start))) break;
    list.push(n);
  }
  return list;
}

/** "tech companies, including Globex and Hooli, that have cut staff": the list a relative clause follows. */
function listedBefore(text: string, clauseStart: number, names: Name[]): Name[] {
  if (!/\b(?:that|which|who)\s$/.test(text.slice(Math.max(0, clauseStart - 6), clauseStart))) return [];
  const before = names.filter((n) => n.kind === 'org' && n.end <= clauseStart && clauseStart - n.end < 200);
  const last = before.at(-1);
  if (!last || !/^,?\s*(?:that|which|who)\s$/.test(text.slice(last.end, clauseStart))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!LIST_SEPARATOR.test(text.slice(before[i]!.end, list[0]!.start))) break;
    list.unshift(before[i]!);
  }
  const lead = text.slice(Math.max(0, list[0]!.start - 60), list[0]!.start);
  return /\b(?:including|such as|like)\s+(?:the\s+)?$/i.test(lead) && !APART.test(lead) ? list : [];
}

/** One key is the other or its first words: "copperleaf" and "copperleaf support" name one company. */
/** "Banco Cantábrico de Inversiones, S.A. (Bancantábrico)": the short name the text gives in brackets. */
function shortInBrackets(text: string, long: string, short: string): boolean {
  const bracketed = `(${short})`;
  for (let at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
    const before = text.slice(Math.max(0, at - long.length - 16), at);
    if (
      before.includes(long) &&
      /^[\s,]*(?:[A-Z][\w.]*\.?[\s,]*)?$/.test(before.slice(before.lastIndexOf(long) + long.length))
    )
      return true;
  }
  return false;
}

function isShortForm(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** A year before publication in the trigger's own clause: "closed in 2019 with the loss of 800 jobs". */
function isPastYear(text: string, clauseStart: number, t: Trigger, s: Sentence, published: Date): boolean {
  // The trigger's own stretch between commas: "Halden Steel, founded in 1998, will cut…" is no history.
  // A dateline's date ("WALTHAM, Mass., September 12, 2024 --") is the story's, not the cut's past.
  const filed = findDateline(text);
  const from = filed && clauseStart < filed.after && filed.after <= t.start ? filed.after : clauseStart;
  const lead = text.slice(from, t.start);
  const comma = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
  const rest = text.slice(t.end, Math.min(s.end, t.end + 80));
  const stop = rest.search(/[,;.]\s|\s[—–-]\s/);
  const clause = lead.slice(comma + 1) + text.slice(t.start, t.end) + (stop < 0 ? rest : rest.slice(0, stop));
  if (lead.includes('after') && COMES_AFTER.test(lead)) return true;
  // "It last cut jobs in early 2023, when it eliminated 850 roles", "…would close in 1983, eliminating
  // the remaining 3,200 jobs": the clause goes on from the one before the comma, and its year.
  const opening = lead.slice(comma + 1);
  const before =
    comma >= 0 && (/^\s*(?:when|as|after which)\b/i.test(opening) || /^\s*$/.test(opening))
      ? lead.slice(0, comma)
      : '';
  // "…laid off 340 workers when it idled a mill in Steubenville, Ohio, in 2019.": the sentence's last
  // words date the cut.
  // Only the sentence's own end, a few words on: a run-on "sentence" must not be rescanned per trigger.
  const after = s.end - t.end <= 240 ? text.slice(t.end, s.end) : '';
  const found = after ? TAIL_YEAR.exec(after) : null;
  // Not when another cut or clause stands between: "will cut 300 jobs, after cutting 500 in 2023."
  const tail = found && !OTHER_CLAUSE.test(after.slice(0, found.index)) ? found : null;
  // "In 2023, the publisher laid off about 70 people": a year fronting the sentence dates it.
  const fronted = FRONTED_YEAR.exec(text.slice(s.start, t.start));
  const years = (
    before.slice(Math.max(before.lastIndexOf(','), 0)) +
    clause +
    (tail ? ` ${tail[1]}` : '') +
    (fronted ? ` ${fronted[1]}` : '')
  ).match(/\b(?:19[5-9]\d|20\d\d)\b/g);
  if (!years && monthsBefore(clause, published) > 2) return true;
  return years?.every((y) => Number(y) < published.getUTCFullYear()) ?? false;
}

const LAST_MONTH_NAMED =
  /\blast (January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * How many months before publication "last June" in `clause` falls (0 without one): the latest such
 * month before the month of publication ("last June" in May 2025 is June 2024, eleven months before).
 */
function monthsBefore(clause: string, published: Date): number {
  const m = LAST_MONTH_NAMED.exec(clause);
  if (!m) return 0;
  const month = MONTH_NAMES.indexOf(m[1]!);
  const now = published.getUTCMonth();
  return month < now ? now - month : now + 12 - month;
}
const MONTH_NAMES = [
  ...['January', 'February', 'March', 'April', 'May', 'June'],
  ...['July', 'August', 'September', 'October', 'November', 'December'],
];

const FRONTED_YEAR =
  /^\W*(?:back\s+)?in\s+(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\s+)?((?:19[5-9]|20\d)\d)\s*,(?![^,;]*\b(?:now|today|this (?:week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)[^,;]*$/i;
const TAIL_YEAR =
  / in (?:early |late |mid-|the (?:spring|summer|autumn|fall|winter) of )?((?:19[5-9]|20\d)\d)\s*[.;]?\s*$/;
const OTHER_CLAUSE = /\b(?:after|following|before|than|cut\w*|laid|lay\w*|eliminat\w*|shed\w*)\b/i;

/**
 * Towns the text names with their state or province ("Brantford, Ont.", "Kokomo, Indiana"), as the
 * place a site stands ("its battery plant in Göd"), or in an English town's long name ("Burton upon
 * Trent", then "Burton brewery" in the headline).
 */
function townsIn(text: string): Set<string> {
  const towns = new Set<string>();
  // "Brantford, Ont.": found from the comma and the region after it, the town read back from there.
  let end = 0;
  COMMA_REGION.lastIndex = 0;
  for (let m = COMMA_REGION.exec(text); m; m = COMMA_REGION.exec(text)) {
    const from = Math.max(end, m.index - 48);
    const town = TOWN_BEFORE_COMMA.exec(text.slice(from, m.index));
    if (!town || (town.index === 0 && from > 0 && /\w/.test(text.charAt(from - 1)))) continue;
    end = m.index + m[0].length;
    if (!/^['’]s/.test(text.slice(end, end + 2))) towns.add(town[1]!);
  }
  ITS_TOWN_SITE.lastIndex = 0;
  for (let m = ITS_TOWN_SITE.exec(text); m; m = ITS_TOWN_SITE.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!/^['’]s/.test(after)) towns.add(m[1]!);
  }
  // "its battery plant in Göd": found from " in " before a capital, the site's word read back from there
  // (the site words tried at every position of the text cost more).
  IN_CAPITAL.lastIndex = 0;
  for (let m = IN_CAPITAL.exec(text); m; m = IN_CAPITAL.exec(text)) {
    const site = SITE_BEFORE.exec(text.slice(Math.max(0, m.index - 28), m.index));
    if (!site) continue;
    const town = TOWN_NAME.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (
      town &&
      !/^['’]s/.test(
        text.slice(m.index + m[0].length + town[0].length, m.index + m[0].length + town[0].length + 2),
      )
    )
      towns.add(town[1]!);
  }
  if (MAYBE_UPON.test(text)) {
    TOWN_UPON.lastIndex = 0;
    for (let m = TOWN_UPON.exec(text); m; m = TOWN_UPON.exec(text)) towns.add(m[1]!);
  }
  return towns;
}

const IN_CAPITAL = /\s(?:in|near|outside)\s+(?=[A-Z])/g;
const SITE_BEFORE =
  /\b(?:plant|factory|facility|site|mill|sawmill|mine|smelter|refinery|warehouse|depot|store|branch|campus|brewery|bakery|works|shipyard|distribution cent(?:re|er)|call cent(?:re|er)|pools?|leisure cent(?:re|er)s?|librar(?:y|ies)|clinics?)$/;
const TOWN_NAME =
  /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)(?![\p{L}]|\s+(?:Inc|Corp|Ltd|LLC|Group|Holdings)\b)/u;
const MAYBE_UPON = /upon|-on-|-under-| on (?:Sea|Trent|Thames|Tyne|Tees|Avon|Severn|Ouse|Wye|Wear)\b/;

/** "its Castlebar plant", "their Tokoroa sawmill": a site the company owns, named by its town. */
const ITS_TOWN_SITE =
  /\b(?:its|their|our)\s+([A-Z][a-z\u00C0-\u024F'’-]+(?: [A-Z][a-z\u00C0-\u024F'’-]+)?)\s+(?:plant|factory|facility|site|mill|sawmill|mine|smelter|refinery|warehouse|depot|store|branch|campus|brewery|bakery|works|shipyard|hospital|office|call cent(?:re|er)|distribution cent(?:re|er)|operations?)\b/gu;
const TOWN_UPON =
  /\b([A-Z][a-z]+)(?:[ -]upon[ -]|-on-|-under-| on (?=(?:Sea|Trent|Thames|Tyne|Tees|Avon|Severn|Ouse|Wye|Wear)\b))(?:the[ -])?[A-Z][a-z]+\b/g;

const TOWN_BEFORE_COMMA = /\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)$/;
const COMMA_REGION = new RegExp(
  String.raw`,\s+(?:${[
    ...Object.keys(US_STATES),
    ...Object.values(US_STATES).flat(),
    'Ont.',
    'Que.',
    'B.C.',
    'Alta.',
    'Sask.',
    'Man.',
    'N.S.',
    'N.B.',
    'Ontario',
    'Quebec',
    'Alberta',
    'British Columbia',
    'Manitoba',
    'Saskatchewan',
    'Nova Scotia',
  ]
    .filter((r) => r.length > 2)
    .map((r) => r.replace(/[.]/g, '\\.'))
    .join('|')})(?![\p{L}])`,
  'gu',
);

/**
 * The surnames of the company's own people ("chief executive Marie Tremblay-Gauthier", "Dana Moss,
 * its chief executive"): what they say is the company's word.
 */
function executivesOf(text: string): string[] {
  const out = new Set<string>();
  EXECUTIVE_TITLE_RE.lastIndex = 0;
  for (let m = EXECUTIVE_TITLE_RE.exec(text); m; m = EXECUTIVE_TITLE_RE.exec(text)) {
    const named =
      NAME_AFTER_TITLE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1] ??
      NAME_BEFORE_TITLE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    const surname = named?.split(/\s+/).pop();
    if (surname && surname.length > 2) out.add(surname);
  }
  return [...out];
}
const EXECUTIVE_TITLE_RE =
  /\b(?:chief executive(?: officer)?|CEO|CFO|COO|chief [a-z]+ officer|co-founder|founder|chair(?:man|woman)?|spokes(?:person|man|woman)|managing director|senior partner|head of (?:people|communications|human resources|HR))\b/g;
const NAME_AFTER_TITLE = /^\s+([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2})/u;
const NAME_BEFORE_TITLE =
  /\b([A-Z][\p{L}’'-]+\s+[A-Z][\p{L}’'-]+),\s+(?:the company['’]s\s+|its\s+|the\s+)?$/u;
const CUTS_NOUN = /(?:cuts|layoffs|lay-offs|redundancies|job losses|reductions)$/i;
const NO_BEFORE =
  /\b(?:no|zero|without|rather than|instead of)\s+(?:(?:compulsory|forced|involuntary|further|more|new|immediate|planned|any)\s+)?$/i;
const EARLIER_WORD =
  /^(?=.*\b(?:[Ii]n|[Ll]ast|[Bb]ack in|[Aa]s recently as) (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|year|month|spring|summer|autumn|fall|winter)\b|.*\b(?:months|weeks|a year) ago\b).*\bhad\s+\S{0,3}no plans\b/s;
const SITE_OF =
  /\b(?:plant|factory|facility|site|mill|offices?|stores?|warehouse|division|unit|operations?|arm|subsidiary)\s+of\s+(?:the\s+)?$/i;
/** "the AI scribe has not eliminated any jobs": a denial about AI, not of the cut. */
const AI_CUT_NOTHING = new RegExp(
  String.raw`${AI_TERM.source}[^.;]{0,40}?\b(?:has|have|had|did|does|do|will|would)(?: not|n['’]t) (?:\w+ )?(?:cut|eliminat\w+|replac\w+|cost|lay off|laid off)\b`,
);
/** "DUNCAN" → "Duncan", "WINSTON-SALEM" → "Winston-Salem": a name in capitals as a sentence writes it. */
function titleCased(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
}
const IN_PLACE = /\b(?:in|near|outside)\s$/;
/** "rival operator Norrsken", "Peers including the Oslo lender Fjellheim Bank": another company, for comparison. */
const COMPARED =
  /\b(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers?)\s+(?:(?:including|such as|like)\s+(?:[\w-]+\s+){0,3}|(?:[a-z][\w-]*\s+){0,2})$/;
const TEMPORARY_CLOSURE =
  /\bclos\w*\b[^.;]{0,80}?\b(?:for (?:a |the |an )?(?:[\w-]+[- ](?:month|week|year)s?[- ](?:long )?)?(?:renovations?|refurbishments?|remodel(?:l)?ing|overhaul|repairs|retooling|the holidays?)|temporarily|for (?:about |around |roughly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (?:days|weeks|months))\b/i;
const RUMOUR_HEADLINE =
  /\b(?:unverified|unconfirmed|rumou?r(?:s|ed)?)\b|\bden(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}?(?:reports?|rumou?rs?|claims?|plans?)\b/i;
const OPINION_KICKER = /^\W*(?:opinion|op-ed|commentary|column|editorial)\b/im;
const EXPLAINER_HEADLINE =
  /^\W*(?:what (?:is|are) (?:a|an|the)\b|how (?:to|do|does|can)\b|laid off\?)|\bmeans? for you\b|\bwhat you need to know\b|\b(?:explained|explainer)\b/i;
const ONES_CUT =
  /\b[A-Z][\w&.-]*['’]s\s+(?:job cuts|layoffs|lay-offs|redundancies|cuts|restructuring|job losses)\b/;
const HIRING_HEADLINE =
  /\b(?:to |will |plans to )?(?:create|creates|creating|add|adds|adding|hire|hires|hiring|recruit|recruits)\s+(?:up to |about |around |more than |some )?[\d,]+\s+(?:new\s+)?(?:jobs|roles|positions|workers|staff|employees|engineers|people)\b/i;
const PAST_CUT_IN_HEADLINE =
  /\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:layoffs?|lay-offs|shutdown|closure|closing|redundanc\w*|retrenchments?|job cuts|cuts|firings|dismissals|redundancy round)\b/i;

/** A headline naming a cut by its year, a year before the story's. */
function pastCutHeadline(headline: string, published: Date): boolean {
  const m = PAST_CUT_IN_HEADLINE.exec(headline);
  return m !== null && Number(m[1]) < published.getUTCFullYear();
}
/** A poll's or a statistics release's headline: "…, survey finds", "… in 2023, 12% more than a year before". */
const SURVEY_HEADLINE =
  /\b(?:survey|poll|study)\s+(?:finds|found|shows|showed|says|suggests)\b|^\s*(?:survey|poll)\s*:|\b\d+(?:\.\d+)?\s*(?:%|per ?cent)\s+(?:more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\s+(?:a year|the (?:previous|year|same)|last year|(?:in\s+)?(?:19|20)\d\d)/i;
const OBITUARY =
  /\b(?:dies|died|dead)\s+at\s+\d{2,3}\b|\bobituary\b|\btributes?\s+(?:\w+\s+){0,2}?(?:for|to)\s+[A-Z]|\bpasse[sd] away\b|\bfuneral\b/i;
/** "…to reduce 120 positions by 2027 - without dismissals", "…place 1,800 on paid leave; no dismissals". */
const STATISTICS_HEADLINE =
  /^\W*(?:(?:U\.?S\.?|UK|U\.K\.|US-based|Canadian|Australian|British|American|German|Indian|Irish)\s+)?(?:employers|companies|firms|businesses)\s+(?:announced|announce|planned|plan|cut|shed|slashed)\b|\b(?:unemployment|jobless|redundancy|layoff) rates?\b|\b(?:hits?|reach(?:es|ed)?|climbs? to|rises? to|rose to) (?:its |the |a )?(?:highest|lowest) (?:level|rate|number|point|total)\b/i;
const NO_DISMISSALS_HEADLINE =
  /\b(?:without|no)\s+(?:any\s+)?(?:(?:compulsory|forced|involuntary)\s+)?(?:dismissals|layoffs|lay-offs|redundancies|retrenchments|job losses|firings)\b|\brul(?:e|es|ed|ing) out\s+(?:any\s+)?(?:job cuts|layoffs|lay-offs|redundancies|retrenchments|dismissals)\b|\b(?:to avoid|to avert|avert(?:s|ed|ing))\s+(?:[\w,]+\s+){0,2}?(?:jobs|job cuts|layoffs|lay-offs|redundancies|retrenchments|dismissals)\b|\b(?:instead of|rather than)\s+(?:(?!\d)[\w,]+\s+){0,2}?(?:jobs|job cuts|layoffs|lay-offs|redundancies|retrenchments|dismissals)\b|\bkeep(?:s|ing)? all\s+(?:its\s+|their\s+)?\d[\d,]*\s+(?:staff|employees|workers|jobs)\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|workers|civil servants)\s+(?:to be|will be)\s+(?:sent home|laid off|let go|made redundant)\b/i;

/** "The announcement comes a year after the company cut 200 jobs": an earlier cut, told as background. */
const COMES_AFTER =
  /\b(?:(?:just|only|barely|nearly|almost|some)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|several|a few|\d+)\s+)?(?:years?|months?|weeks?|days)\s+after\s+[^.;]{0,60}$/i;

/**
 * "Halden Steel, which shed 1,500 jobs in 2022, will cut 300 jobs": an amount nearer to a trigger of
 * an earlier year in the same sentence counts that cut, not this one.
 */
function ofPastCut(a: Amount, c: Clause, clauses: Clause[]): boolean {
  const distance = Math.abs(a.start - c.trigger.start);
  return clauses.some(
    (o) => o.past && o !== c && o.sentence === c.sentence && Math.abs(a.start - o.trigger.start) < distance,
  );
}

function isNear(a: Amount, t: Trigger): boolean {
  return Math.abs(a.start - t.start) < 220;
}

const ONLY_LOWERCASE = /^\p{Ll}+$/u;
const IS_LETTER = /\p{L}/u;

/** The word stands somewhere in the text in lower case, as a whole word ("shares", not "Shares"). */
function appearsLowercase(text: string, word: string): boolean {
  if (!ONLY_LOWERCASE.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.codePointAt(at - 1)! : 32;
    // A low surrogate before the word: read the whole pair.
    const prev = before >= 0xdc00 && before <= 0xdfff && at > 1 ? text.codePointAt(at - 2)! : before;
    const after = text.codePointAt(at + word.length) ?? 32;
    if (!IS_LETTER.test(String.fromCodePoint(prev)) && !IS_LETTER.test(String.fromCodePoint(after)))
      return true;
  }
  return false;
}

/** "Facing the prospect…", "Shares rose…": a capital that only starts the sentence. */
const DESCRIBES_NEXT_NAME =
  /^\s+(?:[a-z-]+\s+){0,3}(?:portal|maker|company|firm|startup|start-up|platform|retailer|e-tailer|lender|provider|developer|operator|giant|producer|manufacturer|chain|carrier|publisher|insurer|supplier|marketplace|brand|unicorn|fintech|agency|broker|network|outfit)\s+[A-Z]/;
function looksCommon(text: string, s: Sentence, n: Name): boolean {
  if (/\s/.test(n.text) || /[A-Z].*[A-Z]/.test(n.text)) return false;
  const atStart = n.start === s.start || /^[\s“"‘'(*•·-]*$/.test(text.slice(s.start, n.start));
  if (!atStart) return false;
  // "Hard truth: we laid off…", "Bottom line: …": a kicker opening the sentence.
  if (/^\s+[a-z]+:/.test(text.slice(n.end, n.end + 24))) return true;
  // "Online property portal Wattlebrook Digital has cut…": a word describing the company named next.
  if (DESCRIBES_NEXT_NAME.test(text.slice(n.end, n.end + 80))) return true;
  if (/(?:ing|ed|ly|ers|ions|tion|sion|als|ies|ces|ments|ness|less|ists|ysts)$/.test(n.text)) return true;
  return appearsLowercase(text, n.text.toLowerCase());
}

function findLastOrg(names: Name[]): Name | null {
  for (let i = names.length - 1; i >= 0; i--)
    if (names[i]!.kind === 'org' || names[i]!.kind === 'outlet') return names[i]!;
  return null;
}

function clauseStart(text: string, from: number, at: number): number {
  const left = text.slice(from, at);
  let start = from;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(left); m; m = CLAUSE_BOUNDARY.exec(left)) {
    if (m[0].startsWith(':') && insideTicker(text, from + m.index)) continue;
    start = from + m.index + m[0].length;
  }
  return start;
}

/** "Acme Corp. (NASDAQ: ACME) will…": the colon of a stock ticker in brackets ends no clause. */
const TICKER = /\([A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]{1,11})?\s*:\s*[A-Z][A-Z0-9.-]{0,9}\)$/;

/** The exchange and symbol of "(NASDAQ: ACME)": no organisation of the text's own. */
function isTicker(text: string, n: Name): boolean {
  const from = Math.max(0, n.start - 14);
  let open = n.start - 1;
  while (open >= from && text.charCodeAt(open) !== 40) open--;
  if (open < from) return false;
  const close = text.slice(n.end, n.end + 13).indexOf(')');
  return close >= 0 && TICKER.test(text.slice(open, n.end + close + 1));
}

function insideTicker(text: string, colon: number): boolean {
  const close = text.slice(colon, colon + 15).indexOf(')');
  if (close < 0) return false;
  return TICKER.test(text.slice(Math.max(0, colon - 26), colon + close + 1));
}

/**
 * "Staff at Globex were told…", "Dana Moss, chief executive of Globex, said…": the organisation of the
 * people who speak or are told is the one that cuts, though a preposition stands before it.
 */
const PEOPLE_OF =
  /\b(?:staff|staffers|employees|workers|executives|managers|engineers|chief executive|chief \w+ officer|CEO|CFO|president|founder|chairman|chairwoman|head|spokes(?:person|man|woman)|boss|board(?: of directors)?|directors|management|leadership|trustees)\s+(?:at|of|from)\s+(?:the\s+)?$/i;

/** What stands between an organisation and the relative clause about it: "Globex, which ". */
const RELATIVE_AFTER = /^\s*(?:\([^)]{1,30}\))?\s*,\s*(?:which|who)\s+$/;

/** "half of Sterling Cooper’s 400 employees": the organisation whose people the cut counts. */
const OWN_PEOPLE =
  /^['’]s?\s+(?:[\d,.]+\s+)?(?:[\w-]+\s+)?(?:employees|workers|staff|staffers|people|jobs|roles|positions|workforce|headcount)\b/i;

/** Between a subject and an owner its apposition names: ", the Mexican subsidiary of German supplier ". */
const APPOSITION = /^[^,;]{0,12},\s+(?:the|a|an)\s[^,;]{0,80}$/;

/** An amount right before a passive trigger's noun: "500 jobs at…", "hundreds of workers at…". */
const COUNTED_BEFORE =
  /(?:\d[\d,.]{0,14}[kK]?|hundreds|thousands|dozens|scores|handful|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:hundred|thousand))\s+(?:of\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Who makes the cut a trigger reports: the subject left of it, a pronoun, or "at/from X" after it. */
const CLOSED_AFTER =
  /^\s+(?:abruptly\s+|suddenly\s+)?(?:closed|shut|shuttered|collapsed|ceased|went (?:bust|under|out of business)|filed for|pulled out|ended)\b/;

function actorOf(
  text: string,
  s: Sentence,
  t: Trigger,
  from: number,
  /** Where the trigger's clause starts (clauseStart). */
  start: number,
  names: Name[],
  previousOrgOf: () => Name | null,
  mostSalient: () => Name | null,
): Actor | null {
  const orgs = names.filter((n) => n.kind === 'org');
  // "A review by consulting firm Strand & Kell ended with 175 job cuts at Prairie Bluff Health": the
  // place the cuts are at makes them.
  if (CUTS_NOUN.test(text.slice(t.start, t.end))) {
    const at = orgs.find(
      (n) => n.start > t.end && /^\s+(?:at|within)\s+(?:the\s+)?$/.test(text.slice(t.end, n.start)),
    );
    if (at && !looksCommon(text, s, at)) return withSubsidiary(text, at, orgs, t);
  }
  const before = orgs.filter((n) => n.start >= start && n.end <= t.start);
  for (const [i, n] of before.entries()) {
    if (looksCommon(text, s, n)) continue;
    // "The Karnataka IT Employees’ Forum condemns the decision by Sahyadri to lay off…": the union speaks.
    if (isUnionIn(text, n.text) && before[i + 1]) continue;
    const lead = text.slice(Math.max(from, n.start - 24), n.start);
    if (
      PREPOSITION_BEFORE.test(lead) &&
      // "the decision by Sahyadri Technologies to lay off": who decided makes the cut.
      !DECIDED_BY.test(text.slice(Math.max(from, n.start - 32), n.start)) &&
      !PEOPLE_OF.test(text.slice(Math.max(from, n.start - 40), n.start)) &&
      !OWN_PEOPLE.test(text.slice(n.end, n.end + 40)) &&
      // "…1,200 workers, and Hooli cut 500 roles": a new clause, with its own subject.
      !/,\s+(?:and|but)\s+$/.test(lead)
    )
      continue;
    let name = n;
    const next = before[i + 1];
    // "Google’s parent Alphabet": the owner's name is not the subject.
    if (n.possessive && next && OWNER_AFTER.test(text.slice(n.end, next.start))) name = next;
    // "Globex's video game unit Pinewood Studios": the unit is, and Globex its parent.
    if (
      next &&
      UNIT_AFTER.test(text.slice(n.end, next.start)) &&
      (UNIT_NAMED.test(text.slice(n.end, next.start)) || namedAlone(text, next))
    )
      return { name: next, parent: n.text, via: 'subject' };
    if (next && !n.possessive && DESCRIBED_AFTER.test(text.slice(n.end, next.start))) name = next;
    return withSubsidiary(text, name, orgs, t);
  }
  // "500 jobs at Globex will go": the organisation named inside a passive trigger makes the cut.
  if (t.kind === 'passive' && COUNTED_BEFORE.test(text.slice(Math.max(s.start, t.start - 40), t.start))) {
    const inside = orgs.find(
      (n) =>
        n.start > t.start &&
        n.end < t.end &&
        /\b(?:at|from|within)\s+(?:the\s+)?$/i.test(text.slice(Math.max(t.start, n.start - 12), n.start)),
    );
    if (inside) return { name: inside, parent: parentOf(text, inside), via: 'object' };
  }
  // "Some 2,000 jobs will go at Duff Beer": the organisation the cut happens at, just after it.
  const objectAfter = () =>
    orgs.find(
      (n) =>
        n.start >= t.end &&
        n.start - t.end < 80 &&
        (/\b(?:at|from|within|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(t.end, n.start - 12), n.start)) ||
          // "let go at the Apodaca refrigerator plant of Grupo Corvalán".
          SITE_OF.test(text.slice(Math.max(t.end, n.start - 24), n.start)) ||
          // "Some 1,800 workers lost their jobs after Islabridge closed its site": who closed it.
          (/\b(?:after|when|as)\s+$/.test(text.slice(Math.max(t.end, n.start - 8), n.start)) &&
            CLOSED_AFTER.test(text.slice(n.end, n.end + 40)))) &&
        !/[.;]/.test(text.slice(t.end, n.start)),
    );
  const left = text.slice(start, t.start);
  // "After filing a notice of 651 layoffs, Ascension Technologies eliminated…": a fronted clause
  // belongs to the subject after its comma.
  if (
    start === s.start &&
    /^\W*(?:after|before|while|since|following|despite|amid|when|once|a (?:little|few|week|month|day)|less than|more than|weeks|months|days|just)\b/i.test(
      left,
    )
  ) {
    const comma = text.indexOf(',', t.end);
    const afterComma =
      comma >= 0 && comma - t.end < 120
        ? orgs.find((n) => n.start > comma && n.start - comma < 4)
        : undefined;
    if (afterComma) return { name: afterComma, parent: parentOf(text, afterComma), via: 'subject' };
  }
  if (
    COMPANY_ANAPHORA.test(left) ||
    (start === s.start && !/\b[A-Z]/.test(left.slice(1)) && !GENERIC_ACTORS.test(left))
  ) {
    const earlier = orgs.filter((n) => n.end <= start && !looksCommon(text, s, n));
    let inSentence = earlier.at(-1);
    // "Halden Steel Inc. (HSI) said it…": the name, not the abbreviation in brackets after it.
    const full = earlier.at(-2);
    if (
      inSentence &&
      full &&
      /^\s*(?:(?:Inc|Corp|Co|Ltd|LLC|plc|AG|SA|SE|NV)\.?\s*)?,?\s*\($/.test(
        text.slice(full.end, inSentence.start),
      )
    )
      inSentence = full;
    // "Autopartes del Bajío SA de CV, the Mexican subsidiary of Brandt Mobility SE, said it…": the
    // subject, not the owner its apposition names.
    const subject = earlier[0];
    if (
      inSentence &&
      subject &&
      subject !== inSentence &&
      APPOSITION.test(text.slice(subject.end, inSentence.start)) &&
      /^[^,;]*,\s/.test(text.slice(inSentence.end, start))
    )
      inSentence = subject;
    if (inSentence) return { name: inSentence, parent: parentOf(text, inSentence), via: 'anaphora' };
    const previousOrg = previousOrgOf();
    if (previousOrg && previousOrg.kind === 'outlet') return null;
    if (!previousOrg) {
      const right = objectAfter();
      if (right) return { name: right, parent: parentOf(text, right), via: 'object' };
    }
    const resolved = previousOrg && previousOrg.kind === 'org' ? previousOrg : mostSalient();
    if (resolved)
      return {
        name: resolved,
        parent: parentOf(text, resolved),
        via: previousOrg?.kind === 'org' ? 'previous' : 'none',
      };
  }
  // "…by Globex, which cut 1,200 roles in January": a relative clause's cut is its antecedent's.
  const antecedent = orgs.filter((n) => n.start >= s.start && n.end <= start).at(-1);
  if (
    antecedent &&
    start > s.start &&
    RELATIVE_AFTER.test(text.slice(antecedent.end, start)) &&
    !looksCommon(text, s, antecedent)
  )
    return { name: antecedent, parent: parentOf(text, antecedent), via: 'subject' };
  const mainSubject = orgs.find(
    (n) =>
      n.start >= s.start &&
      n.end <= start &&
      !looksCommon(text, s, n) &&
      (!PREPOSITION_BEFORE.test(text.slice(Math.max(from, n.start - 24), n.start)) ||
        PEOPLE_OF.test(text.slice(Math.max(from, n.start - 40), n.start))),
  );
  if (mainSubject && start > s.start)
    return { name: mainSubject, parent: parentOf(text, mainSubject), via: 'anaphora' };
  const right = objectAfter();
  if (right) return { name: right, parent: parentOf(text, right), via: 'object' };
  if (GENERIC_ACTORS.test(left)) return null;
  const main = mostSalient();
  return main ? { name: main, parent: parentOf(text, main), via: 'none' } : null;
}

/** "Amazon … in AWS", "Amazon AWS": the subsidiary that cuts, with its parent. */
function withSubsidiary(text: string, subject: Name, orgs: Name[], t: Trigger): Actor {
  const parts = subject.text.split(/\s+/);
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join(' ');
    const head = parts.slice(0, i).join(' ');
    const parent = PARENTS[tail];
    if (parent && orgKey(parent) === orgKey(head)) {
      const offset = subject.text.lastIndexOf(tail);
      return {
        name: { ...subject, start: subject.start + offset, text: tail },
        parent: head,
        via: 'subject',
      };
    }
  }
  const sub = orgs.find(
    (n) =>
      n.start >= t.end &&
      n.start - t.end < 60 &&
      PARENTS[n.text] &&
      orgKey(PARENTS[n.text]!) === orgKey(subject.text) &&
      /\b(?:in|at|within|from)\s+(?:its\s+)?$/i.test(text.slice(n.start - 10, n.start)),
  );
  if (sub) return { name: sub, parent: subject.text, via: 'subject' };
  return { name: subject, parent: parentOf(text, subject), via: 'subject' };
}

function headcountOf(a: Amount, text: string): Headcount {
  const literal = text.slice(a.start, a.end);
  return {
    value: a.qualifier === 'vague' ? null : a.value,
    min: a.min,
    max: a.max,
    qualifier: a.qualifier,
    // A headline's capitals are not part of the amount: Hundreds reads as hundreds.
    words:
      a.qualifier === 'vague'
        ? (a.words?.toLowerCase() ?? null)
        : /[a-z]/i.test(
              literal.replace(
                /\b(?:about|around|approximately|roughly|nearly|almost|more than|over|at least|up to|as many as|less than|fewer than|between|and|to|some|close to|an estimated|k|m)\b/gi,
                '',
              ),
            )
          ? literal
          : null,
  };
}

/** "221 and 62 layoffs, respectively": the parts of one cut, summed. */
function respectively(text: string, clause: Clause): { start: number; end: number; value: number } | null {
  const m =
    /(\d[\d,]*)\s+and\s+(\d[\d,]*)\s+(?:\w+\s+)?(?:layoffs|jobs|job cuts|employees|workers|positions)\s*,?\s+respectively/i.exec(
      text.slice(clause.from, clause.to),
    );
  if (!m) return null;
  const start = clause.from + m.index;
  return {
    start,
    end: start + m[0].length,
    value: Number(m[1]!.replace(/,/g, '')) + Number(m[2]!.replace(/,/g, '')),
  };
}

/** A sentence that may give a reason for the cut. */
const REASON_CUE = new Anchored(
  /\b(?:because|due to|amid|citing|blam\w+|result of|driven by|in response to|as part of|aimed at|reason|as it|facing|in an effort|comes? as|came as|(?:main|key|real|biggest) (?:drivers?|reasons?|causes?))\b/i,
  [
    'main',
    'key',
    'real',
    'biggest',
    'because',
    'due',
    'amid',
    'citing',
    'blam',
    'result',
    'driven',
    'in$',
    'as$',
    'aimed',
    'reason',
    'facing',
    'come',
    'came',
  ],
);
/** A sentence that may tell what the people laid off get. */
const SUPPORT_CUE = new Anchored(
  /\b(?:severance|continued pay|health|COBRA|placement|outplacement|apply for|career|benefits|weeks of|days of|months of|redeploy|open positions|new jobs)\b/i,
  [
    'severance',
    'continued',
    'health',
    'cobra',
    'placement',
    'outplacement',
    'apply',
    'career',
    'benefits',
    'weeks',
    'days',
    'months',
    'redeploy',
    'open',
    'new',
  ],
);

const APPROX = String.raw`(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|approximately\s+)?`;
const STAFF_NOUN = '(?:workforce|headcount|staff|employees|workers|jobs|payroll|employee base)';
/** "cutting its headcount to 1,200 from 1,500", "reduce staff from 1,500 to 1,200": the difference is the cut. */
const TO_FROM = new RegExp(
  String.raw`\b${STAFF_NOUN}\s+(?:(?:to|down to)\s+${APPROX}(?<toA>\d[\d,]*)\s+from\s+${APPROX}(?<fromA>\d[\d,]*)|from\s+${APPROX}(?<fromB>\d[\d,]*)\s+to\s+${APPROX}(?<toB>\d[\d,]*))\b`,
  'i',
);

function shrinkage(text: string, clause: Clause): { start: number; end: number; value: number } | null {
  const m = TO_FROM.exec(text.slice(clause.from, clause.to));
  if (!m) return null;
  const g = m.groups!;
  const before = Number((g.fromA ?? g.fromB)!.replace(/,/g, ''));
  const after = Number((g.toA ?? g.toB)!.replace(/,/g, ''));
  if (!(before > after && after >= 0)) return null;
  const start = clause.from + m.index + m[0].search(/\s(?:to|down|from)\s/) + 1;
  return { start, end: clause.from + m.index + m[0].length, value: before - after };
}

function buildEvent(
  text: string,
  primary: Candidate,
  body: Sentence[],
  clauses: Clause[],
  published: Date | null,
  known: Map<string, Name>,
): ExtractedEvent {
  const event = emptyEvent();
  const words = wordsOf(text);
  const evidence: Record<string, EvidenceSpan[]> = {};
  const add = (field: string, start: number, end: number) => {
    evidence[field] ??= [];
    const list = evidence[field];
    if (!list.some((e) => e.start === start && e.end === end)) list.push(span(text, start, end));
  };
  const mine = primary.clauses
    .slice()
    .sort(
      (a, b) =>
        Number(b.sentence.headline) - Number(a.sentence.headline) || a.trigger.start - b.trigger.start,
    );
  event.company = cleanCompany(primary.name.text);
  event.parent_company = primary.parent;
  add('company', primary.name.start, primary.name.end);
  void known;

  // Headcount: the first count of people in the clauses about this cut; a specific number beats a vague one.
  let chosen: Amount | null = null;
  let vague: Amount | null = null;
  let share: Amount | null = null;
  // A headcount the text gives by parts or by difference: exact, with no words of its own.
  const computedHeadcount = (found: { start: number; end: number; value: number }): Amount => {
    const { start, end, value } = found;
    event.headcount = { value, min: value, max: value, qualifier: 'exact', words: null };
    add('headcount', start, end);
    return {
      start,
      end,
      value,
      min: value,
      max: value,
      qualifier: 'exact',
      words: null,
      percent: false,
      fraction: false,
    };
  };
  for (const c of mine) {
    const sum = respectively(text, c);
    if (sum && !chosen) chosen = computedHeadcount(sum);
    for (const { amount, role } of c.amounts) {
      if (!isNear(amount, c.trigger)) continue;
      if (ofPastCut(amount, c, clauses)) continue;
      if (role === 'people') {
        if (amount.qualifier === 'vague') {
          if (
            !vague ||
            (/^[A-Z]/.test(vague.words ?? '') && /^[a-z]/.test(amount.words ?? '')) ||
            (/^(?:several|a few|many)\b/i.test(amount.words ?? '') &&
              !/^(?:several|a few|many)\b/i.test(vague.words ?? ''))
          )
            vague = amount;
        } else if (!chosen && amount.value !== null && amount.value >= 1) chosen = amount;
      } else if (
        role === 'share' &&
        !share &&
        amount.value !== null &&
        amount.value > 0 &&
        amount.value <= 100
      )
        share = amount;
    }
  }
  // "eliminates 74 positions; 29 employees to be laid off", "45 are vacant": the people who lose their
  // jobs, not the posts, some of them empty, that go.
  if (chosen?.value && POSTS_AFTER.test(text.slice(chosen.end, chosen.end + 24)) && VACANT.test(text)) {
    const posts = chosen;
    for (const c of mine)
      for (const { amount, role } of c.amounts)
        if (
          chosen === posts &&
          role === 'people' &&
          amount.value !== null &&
          amount.value >= 1 &&
          amount.value < posts.value! &&
          PEOPLE_AFTER.test(text.slice(amount.end, amount.end + 32)) &&
          isNear(amount, c.trigger)
        )
          chosen = amount;
  }
  // "More than 400 workers will lose their jobs", then "a notice lists 412 employees who will be laid
  // off": the exact count of the same cut refines the round one.
  const round = chosen;
  if (round?.value && (round.qualifier === 'at_least' || round.qualifier === 'about')) {
    const low = round.qualifier === 'at_least' ? round.value : round.value * 0.9;
    const high = round.value * (round.qualifier === 'at_least' ? 1.25 : 1.1);
    for (const c of mine)
      for (const { amount, role } of c.amounts)
        if (
          role === 'people' &&
          amount.qualifier === 'exact' &&
          amount.value !== null &&
          amount.value > low &&
          amount.value <= high &&
          isNear(amount, c.trigger) &&
          !ofPastCut(amount, c, clauses) &&
          chosen === round
        )
          chosen = amount;
  }
  // No count of the people: the workforce before and after ("to 1,200 from 1,500").
  for (const c of chosen ? [] : mine) {
    const diff = shrinkage(text, c);
    if (!diff) continue;
    chosen = computedHeadcount(diff);
    break;
  }
  if (!chosen && primary.clauses.some((c) => c.trigger.kind === 'closure'))
    chosen = plantWorkforce(text, body);
  if (chosen && !event.headcount) {
    event.headcount = headcountOf(chosen, text);
    add('headcount', chosen.start, chosen.end);
  } else if (!chosen && vague) {
    event.headcount = headcountOf(vague, text);
    add('headcount', vague.start, vague.end);
  }
  if (!share) share = shareElsewhere(text, body, primary);
  if (share) {
    event.percent = share.value;
    add('percent', share.start, share.end);
  }

  // Sentences about this cut: its clauses, the sentence after each, and the lead.
  const about = new Set<Sentence>();
  for (const c of mine) about.add(c.sentence);
  const bodyIndex = new Map(body.map((s, i) => [s.index, i] as const));
  for (const [n, c] of mine.slice(0, 30).entries()) {
    const i = bodyIndex.get(c.sentence.index);
    if (i === undefined) continue;
    if (body[i + 1]) about.add(body[i + 1]!);
    if (n < 3 && body[i + 2]) about.add(body[i + 2]!);
  }
  const aboutList = [...about].sort((a, b) => a.start - b.start);

  // Date: a day named in the clauses about this cut, in order of importance; else the publication date.
  // "Halden Steel will cut 800 jobs, following Globex, which cut 1,200 in January": the part of a
  // sentence after another organisation's own cut dates that cut, not this one.
  // The company, its parent, or a name of either.
  const isPrimaryOrg = (name: string) =>
    orgKey(name) === primary.key ||
    (primary.parent !== null && orgKey(name) === orgKey(primary.parent)) ||
    sameOrganisation(name, primary.name.text) ||
    PARENTS[name] === primary.name.text;
  const ownPart = (s: Sentence): Sentence => {
    const own = mine.filter((c) => c.sentence === s);
    if (own.length === 0) return s;
    const lastOwn = Math.max(...own.map((c) => c.trigger.end));
    let cut = s.end;
    for (const c of clauses) {
      if (c.sentence !== s || !c.actor || own.includes(c)) continue;
      const at = c.actor.name.start;
      if (at > lastOwn && at < cut && !isPrimaryOrg(c.actor.name.text)) cut = at;
    }
    return cut === s.end ? s : { ...s, end: cut, text: text.slice(s.start, cut) };
  };
  const dateSentences = mine.slice(0, 4).map((c) => c.sentence);
  // The sentence after names the cut's date ("The cuts were announced on Monday"), unless it is about
  // another organisation's cut of its own.
  const othersOwn = (s: Sentence) =>
    clauses.some(
      (c) =>
        c.sentence === s &&
        (c.actor?.via === 'subject' || c.actor?.via === 'object' || c.actor?.via === 'anaphora') &&
        !isPrimaryOrg(c.actor.name.text),
    ) && !mine.some((c) => c.sentence === s);
  for (const c of mine.slice(0, 3)) {
    const i = bodyIndex.get(c.sentence.index);
    if (i !== undefined && body[i + 1] && !othersOwn(body[i + 1]!)) dateSentences.push(body[i + 1]!);
  }
  // "MEXICO CITY, April 24 (Wire) -": the day the story was filed, not the day of the cut.
  const filed = findDateline(text);
  const afterDateline = (s: Sentence): Sentence =>
    filed && s.start < filed.after && s.end > filed.after
      ? { ...s, start: filed.after, text: text.slice(filed.after, s.end) }
      : s;
  const found: FoundDate = findDate(
    text,
    dateSentences.map((s) => afterDateline(ownPart(s))),
    published,
  );
  if (found) {
    event.date = found.value;
    add('date', found.start, found.end);
  } else if (published) {
    event.date = published.toISOString().slice(0, 10);
  }

  // Places: named in the sentences about this cut; the country from them, a "U.S.-based" staff, the
  // company's nationality or base, or a dateline.
  const places = aboutList.flatMap((s) => findPlaces(text, s.start, s.end));
  const seenPlace = new Set<string>();
  for (const p of places) {
    if (/^-based/.test(text.slice(p.end, p.end + 6))) continue;
    if (seenPlace.has(p.text)) continue;
    if (notALocation(text, p, aboutList)) continue;
    seenPlace.add(p.text);
    // Locations are cities, states, regions and sites; the country has a field of its own.
    if (COUNTRY_NAMES[p.text] || COUNTRY_NAMES[`${p.text}.`]) continue;
    event.locations.push(p.text);
    add('locations', p.start, p.end);
  }
  // "Dayton" and "Dayton, Ohio" are one place: the fuller name stays.
  event.locations = event.locations.filter((l) => !event.locations.some((o) => o.startsWith(`${l}, `)));
  if (evidence.locations)
    evidence.locations = evidence.locations.filter((e) => event.locations.includes(e.text));
  // "LEBANON, Tenn." files the story: a "Lebanon warehouse" further on is that town, not the country.
  // "Banca Serravalle", then "Serravalle has about 19,500 employees": a town in the company's name, or
  // the name cut short, says nothing of where the cut is (a country's or a state's name is kept: "Bank
  // of Ireland", "Ohio Valley Mutual").
  const nameWords = new Set(
    (event.company ?? '').split(/\s+/).filter((w) => w.length > 2 && !COUNTRY_NAMES[w]),
  );
  const namesTheCompany = (p: Place) =>
    nameWords.size > 1 && nameWords.has(p.text) && !Object.hasOwn(US_STATES, p.text);
  const placesHere = filed
    ? places.map((p) => (p.text === filed.place && filed.country ? { ...p, country: filed.country } : p))
    : places;
  const country = countryOf(
    text,
    body,
    aboutList,
    placesHere.filter((p) => {
      const before = text.slice(Math.max(0, p.start - 70), p.start);
      return !MOVED_TO.test(before) && !MARKET_OF.test(before) && !namesTheCompany(p);
    }),
    filed,
    mine.map((c) => c.sentence),
  );
  if (country) {
    event.country = country.code;
    add('country', country.start, country.end);
  }

  // Every count of people in this cut's clauses may name whom it counts: "70 mechanics also face furloughs".
  const counted = new Map<number, Amount>();
  for (const c of mine)
    for (const { amount, role } of c.amounts)
      if (role === 'people' && amount !== chosen && isNear(amount, c.trigger))
        counted.set(amount.end, amount);
  const company = event.parent_company ? null : event.company?.toLowerCase();
  for (const u of findUnits(
    text,
    aboutList,
    chosen ? [chosen, ...counted.values()] : [...counted.values()],
  )) {
    // The company is not a unit of itself ("3,700 jobs from Twitter"); a subsidiary is one of its parent's.
    if (u.value.toLowerCase() === company) continue;
    event.units.push(u.value);
    add('units', u.start, u.end);
  }

  // AI: every sentence that ties AI to this cut, with who says so.
  const nearLead = new Set<Sentence>();
  for (const c of mine.slice(0, 3)) {
    const i = bodyIndex.get(c.sentence.index);
    if (i !== undefined) for (const s of body.slice(i, i + 4)) nearLead.add(s);
  }
  // Sentences where another organisation, named as the subject, makes a cut of its own: what they say
  // about AI or money is about that cut.
  const othersCut = new Set<Sentence>();
  for (const c of clauses)
    if (c.actor && c.actor.via === 'subject' && !isShortForm(orgKey(c.actor.name.text), primary.key))
      othersCut.add(c.sentence);
  const claims: AiClaim[] = [];
  const names = [primary.name.text, event.company ?? '', primary.parent ?? ''].filter(Boolean);
  // Its people's surnames, read only for a claim whose speaker is named.
  let executives: string[] | null = null;
  const people = () => (executives ??= executivesOf(text));
  for (const [i, s] of body.entries()) {
    if (!AI_WORDS.test(words, s.text, s.start)) continue;
    const aboutCut =
      about.has(s) ||
      about.has(body[i - 1]!) ||
      s.headline ||
      nearLead.has(s) ||
      /\b(?:memo|restructuring|layoffs?|cuts?|job losses|redundanc\w*|reductions?|eliminat\w*|let(?:ting)? go|affected (?:staff|employees|workers)|(?:this|the) (?:plan|decision)|fewer (?:people|staff|employees|workers|roles)|smaller teams?|headcount)\b/i.test(
        `${body[i - 1]?.text ?? ''} ${s.text}`,
      );
    // A company denying that AI played a part is news wherever the text says it.
    if (!aboutCut && !deniesAi(s.text)) continue;
    if (othersCut.has(s)) continue;
    const claim = readAiClaim(
      s.text,
      s.start,
      names,
      aboutCut,
      `${body[i - 1]?.text ?? ''} ${body[i + 1]?.text ?? ''}`,
      people,
    );
    if (claim) {
      claims.push(claim);
      add('ai_attribution', claim.start, claim.end);
    }
  }
  event.ai_attribution = attribution(claims);

  // "…laid off 90 people in March 2023 as growth slowed": an earlier cut's reasons are not this one's.
  const earlierCutOnly = (s: Sentence) => {
    const cuts = clauses.filter((c) => c.sentence === s);
    return cuts.length > 0 && cuts.every((c) => c.past);
  };
  const reasonSentences = [
    ...aboutList,
    ...body.filter((s) => REASON_CUE.test(words, s.text, s.start) && !s.boilerplate).slice(0, 12),
  ].filter((s) => !earlierCutOnly(s));
  for (const r of findReasons(reasonSentences, false)) {
    if (!event.reasons.includes(r.reason)) event.reasons.push(r.reason);
    add('reasons', r.start, r.end);
  }
  // A company that gives AI and a fall in demand, the economy, a merger or money as its reasons gives
  // a mixed account.
  if (event.ai_attribution === 'explicit' && event.reasons.some((r) => MIXED_WITH_AI.has(r)))
    event.ai_attribution = 'mixed';
  if (
    ['explicit', 'blamed', 'mixed'].includes(event.ai_attribution) &&
    !event.reasons.includes('ai_automation')
  )
    event.reasons.push('ai_automation');
  if (primary.clauses.some((c) => c.trigger.kind === 'closure') && !event.reasons.includes('closure'))
    event.reasons.push('closure');

  const supportSentences = body.filter((s) => !s.headline && SUPPORT_CUE.test(words, s.text, s.start));
  const { support, spans: supportSpans } = findSupport(supportSentences);
  event.support = support;
  for (const sp of supportSpans) add('support', sp.start, sp.end);

  const hiringSentences = body.filter((s) => !about.has(s) || !mine.some((c) => c.sentence === s));
  for (const h of findHiringAreas(text, hiringSentences)) {
    event.hiring_areas.push(h.value);
    add('hiring_areas', h.start, h.end);
  }
  for (const c of findContext(
    text,
    body.filter((s) => !s.headline && !othersCut.has(s)),
  )) {
    event.context.push(c.value);
    add('context', c.start, c.end);
  }
  event.evidence = evidence;
  return event;
}

const MIXED_WITH_AI = new Set(['demand_decline', 'economic_downturn', 'merger_acquisition', 'funding']);

/** An organisation named after a place: "the Halden Times", "University of Northern Ohio". */
const ORG_AFTER_PLACE =
  /^\s+(?:Times|Post|Herald|Tribune|Journal|Chronicle|Gazette|Examiner|University|College|Guild|Symphony|Museum)\b/;
const ORG_BEFORE_PLACE =
  /\b(?:University|College|Bank|Museum|Symphony) of (?:the )?(?:(?:Northern|Southern|Eastern|Western|Central|North|South|East|West) )?$/;
/** "a fall in export orders from Europe and the United States": a market, not where the cut is. */
const MARKET_OF =
  /\b(?:orders?|exports?|imports?|demand|customers|clients|buyers|markets?|sales|shipments)\b[^.;]{0,40}?\b(?:from|to|in|into)\s+(?:[A-Z][\w.]*\s+(?:and|or)\s+)?(?:the\s+)?$/i;
const MOVED_TO =
  /\b(?:mov(?:e|es|ed|ing)|relocat\w*|transferr?(?:ed|ing|s)?|shift(?:s|ed|ing)?|send(?:s|ing)?|sent|head(?:s|ed|ing)|offshor\w*|outsourc\w*)\b[^.;]{0,40}?\bto\b[^.;]{0,40}$/i;

/**
 * A place named that is no location of the cut: part of an organisation's name, a dateline (where the
 * story was filed), or a person's surname ("chief executive Dana Houston").
 */
function notALocation(text: string, p: Place, sentences: Sentence[]): boolean {
  if (ORG_AFTER_PLACE.test(text.slice(p.end, p.end + 16))) return true;
  if (ORG_BEFORE_PLACE.test(text.slice(Math.max(0, p.start - 40), p.start))) return true;
  // "production will move to its plant in Leicester": where the work goes, not where jobs are cut.
  if (MOVED_TO.test(text.slice(Math.max(0, p.start - 70), p.start))) return true;
  const sentence = sentences.find((s) => s.start <= p.start && p.start < s.end);
  if (sentence && /^[\s“"‘'(*•·-]*$/.test(text.slice(sentence.start, p.start))) {
    if (DATELINE_TAIL.test(text.slice(p.end, p.end + 80))) return true;
  }
  if (p.text.includes(' ')) return false;
  return afterFirstName(text, p.text);
}

/** A regex's `\b` word character, without the `u` flag. */
function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Whether `word` stands anywhere in the text as a surname after a first name ("Dana Houston", not
 * "Dana Houston, Texas"): each `\b([A-Z][a-z]+)\s+word\b(?!,\s*[A-Z])`, read from the word's
 * occurrences back (a pattern built for every place cost a compilation and a scan of the text).
 */
function afterFirstName(text: string, word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  // Where the last match of the pattern ended: the next one starts after it.
  let consumed = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const next = end < text.length ? text.charCodeAt(end) : -1;
    if (isAsciiWord(last) === (next >= 0 && isAsciiWord(next))) continue;
    if (next === 44) {
      const after = skipSpace(text, end + 1);
      const c = after < text.length ? text.charCodeAt(after) : 0;
      if (c >= 65 && c <= 90) continue;
    }
    let space = at;
    while (space > 0 && isSpace(text.charCodeAt(space - 1))) space--;
    if (space === at) continue;
    let first = space;
    while (first > 0 && text.charCodeAt(first - 1) >= 97 && text.charCodeAt(first - 1) <= 122) first--;
    const upper = first - 1;
    if (first === space || upper < consumed) continue;
    const u = text.charCodeAt(upper);
    if (u < 65 || u > 90 || (upper > 0 && isAsciiWord(text.charCodeAt(upper - 1)))) continue;
    consumed = end;
    if (FIRST_NAMES.has(text.slice(upper, space))) return true;
  }
  return false;
}

function cleanCompany(name: string): string {
  // "DEBENHAMS" in a shouted lead reads as "Debenhams"; acronyms (AWS, BP) stay.
  if (/^[A-Z]{5,}$/.test(name)) return name[0] + name.slice(1).toLowerCase();
  return name;
}

/** "Stellantis says there are 1,350 workers at the plant": a closed site's staff are the people cut. */
function plantWorkforce(_text: string, body: Sentence[]): Amount | null {
  for (const s of body) {
    const m =
      /(\d[\d,]*)\s+(?:workers|employees|people|staff)\s+(?:at|in)\s+the\s+(?:plant|facility|factory|site|mill|store)|(?:plant|facility|factory|site|mill)\s*,?\s+(?:which\s+)?(?:employs|has|had|employed)\s+(?:about |around |roughly |nearly |some |approximately )?(\d[\d,]*)/i.exec(
        s.text,
      );
    if (m) {
      const digits = (m[1] ?? m[2])!;
      const start = s.start + m.index + m[0].indexOf(digits);
      const value = Number(digits.replace(/,/g, ''));
      return {
        start,
        end: start + digits.length,
        value,
        min: value,
        max: value,
        qualifier: 'exact',
        words: null,
        percent: false,
        fraction: false,
      };
    }
  }
  return null;
}

/** "The cuts represent around 15% of the global workforce": a share given in a sentence of its own. */
function shareElsewhere(text: string, body: Sentence[], primary: Candidate): Amount | null {
  for (const s of body.slice(0, 40)) {
    if (!/%|per ?cent|\bpc\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bfifth\b|\btenth\b|\bhalv/i.test(s.text))
      continue;
    if (
      !/\b(?:cuts?|layoffs?|reductions?|job losses|redundancies|move|affected roles|it|plan|the company|figure|total|number|positions|roles|jobs|posts)\b/i.test(
        s.text,
      )
    )
      continue;
    if (
      !/\b(?:represent|account for|amount to|equal|affect|impact|reduc|cut|eliminat|lay|halve|trim|shrink)\w*/i.test(
        s.text,
      )
    )
      continue;
    const names = findNames(text, s.start, s.end).filter((n) => n.kind === 'org');
    if (
      names.length &&
      !names.some((n) => orgKey(n.text) === primary.key) &&
      !names.some((n) => n.possessive)
    )
      continue;
    for (const a of findAmounts(text, s.start, s.end)) {
      if (
        a.percent &&
        roleOf(text, a, s.start, s.end) === 'share' &&
        a.value !== null &&
        a.value > 0 &&
        a.value <= 100
      )
        return a;
    }
    const halve = /\bhalv(?:e|es|ed|ing)\b[^.]{0,20}\b(?:workforce|staff|headcount)/i.exec(s.text);
    if (halve) {
      const start = s.start + halve.index;
      return {
        start,
        end: start + halve[0].length,
        value: 50,
        min: 50,
        max: 50,
        qualifier: 'exact',
        words: halve[0],
        percent: true,
        fraction: true,
      };
    }
  }
  return null;
}

const BASED_IN = /\b([A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})-(?:based|headquartered)\b/g;

const OWNER_BEFORE =
  /\b(?:owned by|(?:subsidiary|unit|division|arm|part) of|bought by|acquired by|sold to|backed by|parent(?: company)?,?)\s+(?:the\s+|its\s+|a\s+)?$/i;

const NOT_THE_COMPANY_AFTER =
  /^\s+(?:[\w-]+\s+){0,3}?(?:clients?|customers?|partners?|buyers?|investors?|funds?|backers?|owners?|parents?|rivals?|competitors?)\b/i;

function countryOf(
  text: string,
  body: Sentence[],
  about: Sentence[],
  places: { start: number; end: number; country: string | null }[],
  filed: { start: number; end: number; country: string | null } | null,
  cut: Sentence[],
): { code: string; start: number; end: number } | null {
  const based =
    /\b(U\.S\.|US|UK|U\.K\.|India|China|Germany|Japan|Canada|France|Australia|Ireland|Singapore)-based\s+(?:employees|roles|staff|workers|positions|jobs)\b/;
  for (const s of body) {
    const m = s.text.includes('-based') ? based.exec(s.text) : null;
    if (m) {
      const code = {
        'U.S.': 'US',
        US: 'US',
        UK: 'GB',
        'U.K.': 'GB',
        India: 'IN',
        China: 'CN',
        Germany: 'DE',
        Japan: 'JP',
        Canada: 'CA',
        France: 'FR',
        Australia: 'AU',
        Ireland: 'IE',
        Singapore: 'SG',
      }[m[1]!]!;
      return { code, start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
  }
  for (const s of about) {
    const m = /\b(?:mainly|mostly|primarily|largely|chiefly|all|predominantly)\s+in\s+(?:the\s+)?/i.exec(
      s.text,
    );
    if (!m) continue;
    const p = findPlaces(
      text,
      s.start + m.index + m[0].length,
      Math.min(s.end, s.start + m.index + m[0].length + 40),
    ).find((x) => x.country);
    if (p) return { code: p.country!, start: p.start, end: p.end };
  }
  const workforce =
    /\b(U\.S\.|US|UK|U\.K\.|British|American|German|Indian|Japanese|French|Irish|Canadian)\s+(?:workforce|staff|employees|stores|jobs|roles|offices?|plants?)\b/;
  for (const s of about) {
    const m = workforce.exec(s.text);
    if (m) {
      const code = {
        'U.S.': 'US',
        US: 'US',
        UK: 'GB',
        'U.K.': 'GB',
        British: 'GB',
        American: 'US',
        German: 'DE',
        Indian: 'IN',
        Japanese: 'JP',
        French: 'FR',
        Irish: 'IE',
        Canadian: 'CA',
      }[m[1]!]!;
      return { code, start: s.start + m.index, end: s.start + m.index + m[1]!.length };
    }
  }
  for (const s of about.slice(0, 3)) {
    const d = findDemonyms(text, s.start, s.end).find(
      (x) =>
        x.country &&
        // "owned by the Swiss group X": the owner's country, not the cut's.
        !OWNER_BEFORE.test(text.slice(Math.max(0, x.start - 40), x.start)) &&
        /^\s+(?:[\w-]+\s+){0,3}?(?:company|firm|giant|lender|bank|maker|carmaker|automaker|group|startup|retailer|airline|carrier|operator|chain|insurer|conglomerate|manufacturer|platform|fintech|edtech|healthtech|unicorn|publisher|broadcaster|developer|supplier|producer|miner|provider|utility|brand|studio|agency|marketplace)\s+[A-Z]/.test(
          text.slice(x.end, x.end + 60),
        ),
    );
    if (d) return { code: d.country!, start: d.start, end: d.end };
  }
  // A place in a sentence reporting the cut, then where the story was filed ("KOKOMO, Ind. —"), then a
  // place in the sentences around it.
  const named = places.filter((p) => p.country && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)));
  const inSentence = (s: Sentence | undefined) =>
    s ? named.find((p) => s.start <= p.start && p.start < s.end) : undefined;
  const inFirstCut = inSentence(cut[0]);
  if (inFirstCut) return { code: inFirstCut.country!, start: inFirstCut.start, end: inFirstCut.end };
  // "Paris-based Initrode", "The Mumbai-headquartered company": where the company is based, before a
  // place named in a later sentence of the cut ("counts a large Singapore fund among its backers").
  for (const s of about.slice(0, 3)) {
    if (!s.text.includes('-based') && !s.text.includes('-headquartered')) continue;
    for (const m of s.text.matchAll(BASED_IN)) {
      const at = s.start + m.index!;
      // "a subsidiary of US-based Hadley", "after a US-based health insurance client ended…": another's base.
      if (OWNER_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
      if (NOT_THE_COMPANY_AFTER.test(s.text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)))
        continue;
      const name = m[1]!;
      const p = scanPlaces(name, 0, name.length).find((x) => x.country && x.end === name.length);
      if (p) return { code: p.country!, start: at + p.start, end: at + p.end };
    }
  }
  const inCut = named.find((p) => cut.some((s) => s.start <= p.start && p.start < s.end));
  if (inCut) return { code: inCut.country!, start: inCut.start, end: inCut.end };
  if (filed?.country) return { code: filed.country, start: filed.start, end: filed.end };
  const inPlace = named[0];
  if (inPlace) return { code: inPlace.country!, start: inPlace.start, end: inPlace.end };
  for (const s of [...about, ...body.slice(0, 6)]) {
    const d = findDemonyms(text, s.start, s.end).find(
      (x) =>
        x.country &&
        /^\s+(?:[\w-]+\s+){0,3}?(?:company|companies|firm|giant|lender|bank|maker|carmaker|automaker|group|startup|retailer|airline|carrier|operator|chain|insurer|conglomerate|manufacturer|platform|fintech|edtech|healthtech|unicorn|publisher|broadcaster|developer|supplier|producer|miner|provider|utility|brand|studio|agency|marketplace)\b/i.test(
          text.slice(x.end, x.end + 50),
        ),
    );
    if (d) return { code: d.country!, start: d.start, end: d.end };
  }
  for (const s of [...about, ...body.slice(0, 6)]) {
    const p = findPlaces(text, s.start, s.end).find((x) => x.country);
    if (p) return { code: p.country!, start: p.start, end: p.end };
  }
  // Further on: the places the story names, when one country has them all or most of them.
  const votes = new Map<string, { n: number; p: Place }>();
  for (const s of body.slice(6, 40))
    for (const p of findPlaces(text, s.start, s.end)) {
      if (!p.country) continue;
      const v = votes.get(p.country) ?? { n: 0, p };
      v.n++;
      votes.set(p.country, v);
    }
  const ranked = [...votes.values()].sort((a, b) => b.n - a.n);
  if (ranked[0] && (!ranked[1] || ranked[0].n >= 2 * ranked[1].n))
    return { code: ranked[0].p.country!, start: ranked[0].p.start, end: ranked[0].p.end };
  // "disclosed in an 8-K filing", "told state labor officials": a company reporting to a US regulator,
  // when nothing else says where.
  for (const s of about) {
    const m = US_FILING.exec(s.text);
    if (m) return { code: 'US', start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  // Last, what only one country's news says: its stock exchange ("ASX-listed"), its labour law
  // ("Section 189"), its money ("£18m", "A$9 million", "₹8,420 crore").
  for (const s of body) {
    for (const [cue, code] of NATIONAL_CUES) {
      const m = cue.exec(s.text);
      if (m) return { code, start: s.start + m.index, end: s.start + m.index + m[0].length };
    }
  }
  // Dollars with no country's mark ("$14.2 million budget gap"), and nothing else: American news.
  for (const s of body) {
    const m = /(?<![A-Z])\$\s?\d/.exec(s.text);
    if (m) return { code: 'US', start: s.start + m.index, end: s.start + m.index + m[0].length };
  }
  return null;
}

const NATIONAL_CUES: [RegExp, string][] = [
  [/\bASX[- ](?:listed|200)\b|\bA\$\s?\d|\bFair Work (?:Commission|Act)\b/, 'AU'],
  [
    /\bJSE[- ]listed\b|\bSection 189A?\b|\bR\d[\d.,]*\s?(?:billion|million|bn|m)\b|\bLabour Relations Act\b/,
    'ZA',
  ],
  [/\bTSX[- ](?:listed|V)\b|\bC\$\s?\d/, 'CA'],
  [/\bNZX[- ]listed\b|\bNZ\$\s?\d/, 'NZ'],
  [/\bSGX[- ]listed\b|\bS\$\s?\d/, 'SG'],
  [/\bR\$\s?\d/, 'BR'],
  [/\bHK\$\s?\d|\bHKEX[- ]listed\b/, 'HK'],
  [/₹\s?\d|\bRs\.?\s?\d|\b\d[\d,.]*\s(?:crore|lakh)\b|\b(?:NSE|BSE)[- ]listed\b/, 'IN'],
  [/£\s?\d|\b(?:FTSE(?: 100| 250)?|AIM)[- ]listed\b|\bLocal Democracy Reporter\b|\bNHS\b/, 'GB'],
];

const US_FILING =
  /\b(?:8-K|10-K|10-Q|WARN (?:notice|Act)|Securities and Exchange Commission|state labor (?:officials|department|regulators)|Department of Labor)\b/;

const FISCAL_PERIOD = /^(?:FY|Q[1-4]|H[12])['’]?\d{2,4}$/;
const COMPOUND_ADJECTIVE = /-(?:driven|powered|based|led|related|focused|backed|owned|first|enabled)$/i;
const TICKER_BEFORE = /\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|NSE|BSE|OTC|AMEX|HKEX|Euronext|XETRA)\s*:\s*$/;
/** "The United Auto Workers said…": a union, a guild or an association speaks of cuts; it makes none. */
const UNION_NAME =
  /\b(?:Workers|Employees|Union|Unions|Guild|Federation|Association|Forum|Teamsters|Confederation|Metall|Unite|Unison|GMB|Ver\.?di|CGT|CFDT|CCOO|UGT|NUMSA|COSATU|AMWU|CWU|RMT|PCS)\b/;
/** A bank or a company with "Union" in its name: "Ashby Valley Credit Union", "Union Bank of X". */
const NOT_A_UNION =
  /\b(?:Credit|Savings|Building|Mutual|Telecommunication|Broadcasting)\s+Union\b|\bUnion\s+(?:Bank|Pacific|Carbide|Station|Street|Square)\b/;
/** "The Finance Workers’ Union (FWU)": the short names a text gives its unions. */
const UNION_ACRONYM =
  /\b(?:Workers|Employees|Union|Federation|Association|Guild|Forum|Confederation)['’]?\s+(?:(?:Union|Forum|Association|Federation)\s+)?\(([A-Z]{2,8})\)/g;
let unionMemo: { text: string; acronyms: Set<string> } | null = null;

/** A union, by its name or by the short name the text gives it. */
function isUnionIn(text: string, name: string): boolean {
  if (isUnion(name)) return true;
  if (unionMemo?.text !== text) {
    const acronyms = new Set<string>();
    UNION_ACRONYM.lastIndex = 0;
    for (let m = UNION_ACRONYM.exec(text); m; m = UNION_ACRONYM.exec(text)) acronyms.add(m[1]!);
    unionMemo = { text, acronyms };
  }
  return unionMemo.acronyms.has(name) || unionMemo.acronyms.has(name.toUpperCase());
}

/** A union the lexicon does not know as a company. */
function isUnion(name: string): boolean {
  return UNION_NAME.test(name) && !NOT_A_UNION.test(name) && !isKnownOrganisation(name);
}
/** "a job fair at Harbor Plaza": a place by its street or building, not a company. */
const ADDRESS_NAME = /\s(?:Plaza|Street|Avenue|Road|Square|Boulevard|Lane|Drive)$/;
/** "backed by Crestline Ventures": an investor or owner named beside the company that cuts. */
const BY_OWNER = /\b(?:backed|funded|owned|acquired|bought|financed|controlled|led) by\s+(?:the\s+)?$/i;
/** "the maker of Skyline games, Bubble Blocks and Robo Racers": products, named after their maker. */
const PRODUCT_LEAD =
  /\b(?:makers?|owners?|producers?|publishers?|creators?|brands?)\s+(?:of|such as|including|like)\s+/gi;
/** One item of a list of products: capitalised words, perhaps with one common noun ("Skyline games"). */
const PRODUCT_ITEM = /^(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*)+(?:[a-z]+)?$/;

/** The name stands in a list of products right after "the maker of", "brands such as". */
function isProductName(text: string, sentenceStart: number, org: Name): boolean {
  const left = text.slice(Math.max(sentenceStart, org.start - 160), org.start);
  let lead = -1;
  PRODUCT_LEAD.lastIndex = 0;
  for (let m = PRODUCT_LEAD.exec(left); m; m = PRODUCT_LEAD.exec(left)) lead = m.index + m[0].length;
  if (lead < 0) return false;
  const between = left.slice(lead);
  if (/[.;:]/.test(between)) return false;
  return between
    .split(/,|\band\b|&/)
    .map((item) => item.trim())
    .every((item) => item === '' || PRODUCT_ITEM.test(item));
}

/**
 * "Halden" after "Halden Steel", a parent named alone beside its "Halden Digital": a one-word name that is
 * the first word of another mention's is that company, or its parent named alone; the longer one stays.
 */
function withoutShortForms(mentions: ExtractedEvent[]): ExtractedEvent[] {
  const keys = mentions.map((m) => orgKey(m.company ?? ''));
  return mentions.filter((m, i) => {
    const key = keys[i]!;
    if (key.includes(' ')) return true;
    const longer = keys.findIndex((k, j) => j !== i && k.startsWith(`${key} `));
    if (longer < 0) return true;
    const kept = mentions[longer]!;
    if (!kept.headcount && m.headcount) {
      kept.headcount = m.headcount;
      kept.evidence.headcount = m.evidence.headcount!;
    }
    return false;
  });
}

/**
 * A name in passing that is no company: a fiscal period ("FY2026"), an adjective ("AI-driven"), a
 * person's surname written alone ("Benioff" after "Marc Benioff") or a word the text also writes
 * in lower case ("Another", "Cabin"). Companies the lexicon knows are always companies.
 */
function notACompany(text: string, name: string): boolean {
  if (FISCAL_PERIOD.test(name) || COMPOUND_ADJECTIVE.test(name) || ADDRESS_NAME.test(name)) return true;
  if (UNION_NAME.test(name)) return true;
  if (/\s/.test(name) || isKnownOrganisation(name)) return false;
  for (let at = text.indexOf(` ${name}`); at > 0; at = text.indexOf(` ${name}`, at + 1)) {
    const first = /([A-Z][a-z]+)$/.exec(text.slice(Math.max(0, at - 20), at));
    const end = at + 1 + name.length;
    if (first && FIRST_NAMES.has(first[1]!) && !/^[A-Za-z]/.test(text.slice(end, end + 1))) return true;
  }
  return appearsLowercase(text, name.toLowerCase());
}

/** Other cuts the text names in passing, each with its own company, amount and date. */
function buildMentions(
  text: string,
  primary: Candidate,
  clauses: Clause[],
  deniedKeys: Set<string>,
  candidates: Map<string, Candidate>,
  published: Date | null,
): ExtractedEvent[] {
  const mentions = new Map<string, ExtractedEvent>();
  const primaryKeys = new Set([primary.key, primary.parent ? orgKey(primary.parent) : '']);
  // A clause naming the organisation that cuts first ("Globex, which cut 1,200 roles"), then in text
  // order every clause that names it or points to it ("joins Globex in cutting jobs"): its own clause
  // gives its numbers.
  const named = (c: Clause) => c.actor && c.actor.via !== 'none' && c.actor.via !== 'previous';
  const inOrder = clauses
    .filter((c) => !c.negated)
    .flatMap((c) =>
      [...(named(c) ? [c.actor!.name] : []), ...c.others, ...c.objects].map((o): [Clause, Name] => [c, o]),
    );
  const pairs: [Clause, Name][] = [
    ...clauses
      .filter((c) => !c.negated && (c.actor?.via === 'subject' || c.actor?.via === 'object'))
      .map((c): [Clause, Name] => [c, c.actor!.name]),
    ...inOrder,
  ];
  for (const [c, org] of pairs) {
    {
      const key = orgKey(org.text);
      if (!key || primaryKeys.has(key) || deniedKeys.has(key) || mentions.has(key)) continue;
      if ([...primaryKeys].some((k) => k && (key.includes(k) || k.includes(key)))) continue;
      if (sameOrganisation(org.text, primary.name.text)) continue;
      if (looksCommon(text, c.sentence, org)) continue;
      if (PARENTS[org.text] && primaryKeys.has(orgKey(PARENTS[org.text]!))) continue;
      const own = c.actor && orgKey(c.actor.name.text) === key;
      // Its own stretch of the sentence: between the organisations that cut around it.
      let from = c.sentence.start;
      let to = c.sentence.end;
      for (const o of own ? clauses : []) {
        if (o.sentence !== c.sentence || !o.actor || orgKey(o.actor.name.text) === key) continue;
        const at = o.actor.name.start;
        if (at > Math.max(org.end, c.trigger.end)) to = Math.min(to, at);
        else if (o.actor.name.end <= Math.min(org.start, c.trigger.start))
          from = Math.max(from, o.actor.name.end);
      }
      const people = (own ? nearestPeople(c, from, to) : undefined) ?? countInBrackets(text, org);
      if (!people && notACompany(text, org.text)) continue;
      if (!own && BY_OWNER.test(text.slice(Math.max(c.sentence.start, org.start - 30), org.start))) continue;
      if (isProductName(text, c.sentence.start, org)) continue;
      // "close its factory in Yorkshire": a name after "in" is where, not who.
      if (!own && /\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(0, org.start - 8), org.start))) continue;
      // "(NASDAQ: ORBX)": the company's ticker; "in Lordsburg, Ohio": a town.
      if (TICKER_BEFORE.test(text.slice(Math.max(0, org.start - 12), org.start))) continue;
      if (findPlaces(text, org.start, Math.min(text.length, org.end + 24)).some((p) => p.start === org.start))
        continue;
      const m = emptyEvent();
      m.company = cleanCompany(org.text);
      m.parent_company = PARENTS[org.text] ?? null;
      m.evidence.company = [span(text, org.start, org.end)];
      if (people) {
        m.headcount = headcountOf(people.amount, text);
        m.evidence.headcount = [span(text, people.amount.start, people.amount.end)];
      }
      const shareAmount = own ? c.amounts.find((a) => a.role === 'share') : undefined;
      if (shareAmount) {
        m.percent = shareAmount.amount.value;
        m.evidence.percent = [span(text, shareAmount.amount.start, shareAmount.amount.end)];
      }
      // The date its own words give from its name on ("Hooli, which laid off 200 last month"), then
      // one before the name ("In January 2025, Hooli…"); a date counted from publication only after it.
      m.date =
        (own
          ? (roughDate(text.slice(Math.max(from, org.start), to), published) ??
            roughDate(text.slice(from, to)))
          : null) ?? roughDate(c.sentence.text);
      m.evidence.trigger = [span(text, c.sentence.start, c.sentence.end)];
      mentions.set(key, m);
    }
  }
  void candidates;
  // In the order the text names them.
  const order = new Map<string, number>();
  for (const [, org] of inOrder) {
    const key = orgKey(org.text);
    if (!order.has(key)) order.set(key, order.size);
  }
  const sorted = [...mentions.entries()]
    .sort((a, b) => order.get(a[0])! - order.get(b[0])!)
    .map(([, m]) => m);
  return withoutShortForms(sorted);
}

/** "joining Globex (1,200 jobs) and Hooli (500 jobs)": a count in brackets right after the name. */
const BRACKETED_COUNT =
  /^\s*\(\s*(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+)?\d[\d,.]*\s*[kK]?\s+(?:jobs|roles|positions|employees|workers|people|staff|layoffs|job cuts)\s*\)/;

function countInBrackets(text: string, org: Name): { amount: Amount; role: Role } | undefined {
  if (text.charCodeAt(org.end) !== 32 && text.charCodeAt(org.end) !== 40) return undefined;
  const m = BRACKETED_COUNT.exec(text.slice(org.end, org.end + 48));
  if (!m) return undefined;
  const amount = findAmounts(text, org.end, org.end + m[0].length)[0];
  return amount ? { amount, role: 'people' } : undefined;
}

/** The count of people in text[from, to) nearest a clause's trigger. */
function nearestPeople(c: Clause, from: number, to: number): { amount: Amount; role: Role } | undefined {
  let best: { amount: Amount; role: Role } | undefined;
  for (const a of c.amounts) {
    if (a.role !== 'people' || !isNear(a.amount, c.trigger) || a.amount.start < from || a.amount.end > to)
      continue;
    if (!best || Math.abs(a.amount.start - c.trigger.start) < Math.abs(best.amount.start - c.trigger.start))
      best = a;
  }
  return best;
}
