/**
 * Finds the names in a stretch of text and says which are organisations — not people, places,
 * outlets or capitalised common words.
 */

import { isSpace, nextSpace, skipSpace } from './chars.js';
import { isDatelineOutlet, isDatelinePlace } from './dateline.js';
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { PARENTS } from './lexicon/parents.js';
import { CITIES, REGIONS, SUBDIVISIONS, US_STATES } from './lexicon/places.js';
import { CORE_JOB_NOUN, FIRST_NAMES, NOT_NAMES, OUTLETS } from './lexicon/words.js';
import { isLetter, MORE_CITIES, MORE_REGIONS, namesakeTownAt } from './places.js';

export type NameKind = 'org' | 'person' | 'place' | 'outlet' | 'other';

export type Name = {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
  /** Written with a possessive: "Amazon’s". The span excludes the 's. */
  possessive: boolean;
};

const STATE_ABBREVIATIONS = new Set(
  Object.values(US_STATES).flatMap((abbrs) => abbrs.flatMap((a) => [a, a.replace(/\.$/, '')])),
);
const PLACE_NAMES = new Set<string>([
  ...Object.keys(COUNTRY_NAMES),
  ...Object.keys(US_STATES),
  ...Object.keys(CITIES),
  ...MORE_CITIES.map(([name]) => name),
  ...MORE_REGIONS.map(([name]) => name),
  ...REGIONS,
  ...Object.keys(SUBDIVISIONS),
  ...STATE_ABBREVIATIONS,
  'Wall Street',
  'Silicon Valley',
  'Capitol Hill',
  'Westminster',
  'Whitehall',
]);
const DEMONYM_NAMES = new Set(Object.keys(DEMONYMS));

// A name: capitalised tokens, joined by "&", "of", "de", "and" (only inside known multiword names), hyphens.
const TOKEN = String.raw`(?:[A-Z][\p{L}\p{N}]*(?:[.'’&+-][\p{L}\p{N}]+)*\.?|[A-Z]{2,}[\p{N}]*|\d+[A-Z][\p{L}]*)`;
const NAME_RE = new RegExp(
  String.raw`${TOKEN}(?:(?:\s+|\s*&\s*|\s+(?:of|de|du|la|von|van|der|del|for)\s+)${TOKEN})*(?:\s+(?:plc|inc|ltd|llc)\b\.?(?:['’]s)?)?`,
  'gu',
);

/** "L.A. Times Executive Editor Kevin Merida": a job title ends one name and starts another. */
const TITLE_SPLIT =
  /(?<=['’]s)\s+|\s+(?:(?:Chief|Executive|Managing|Senior|Deputy|Vice)\s+)*(?:CEO|CFO|COO|CTO|Chief|Executive|Editor|Vice President|President|Chairman|Chairwoman|Spokesperson|Spokesman|Spokeswoman|Director|Founder|Co-founder|Officer|Head|Analyst|Minister|Secretary)\s+(?:(?:and|of)\s+)?(?:(?:Chief|Executive|Officer|Editor|President|Director|Founder|Co-founder|Operating|Financial|Technology|Human|Resources|Communications|Product)\s+)*/;

const CORPORATE_TAIL =
  /\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|AG|SE|N\.V\.|NV|B\.V\.|BV|S\.A\.|SA|S\.p\.A\.|SpA|GmbH|AB|ASA|Oyj|A\/S|K\.K\.|Pty\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|Bhd|Co\.?,? Ltd\.?)$/;

const KNOWN_ORGS = new Set([...Object.keys(PARENTS), ...Object.values(PARENTS)]);

/** A company the lexicon knows, as a subsidiary or as a parent. */
export function isKnownOrganisation(name: string): boolean {
  return KNOWN_ORGS.has(name);
}

/** Where /['’]s?$/ matches s ("Amazon’s", "Bros'"), or -1. */
function possessiveAt(s: string): number {
  const last = s.charCodeAt(s.length - 1);
  if (last === 39 || last === 0x2019) return s.length - 1;
  const quote = s.charCodeAt(s.length - 2);
  return last === 115 && (quote === 39 || quote === 0x2019) ? s.length - 2 : -1;
}

/** s without one final "." or ",": what /[.,]$/ removes. */
function withoutFinalStop(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last === 46 || last === 44 ? s.slice(0, -1) : s;
}

/** s without a leading "The" and its spaces: what /^The\s+/ removes. */
function withoutThe(s: string): string {
  return s.startsWith('The') && isSpace(s.charCodeAt(3)) ? s.slice(skipSpace(s, 3)) : s;
}

/** slice[at - 1] is a lone lower-case letter opening a word: "e" of "eBay". */
function isIntercapped(slice: string, at: number): boolean {
  const c = slice.charCodeAt(at - 1);
  if (c < 97 || c > 122) return false;
  const b = at >= 2 ? slice.charCodeAt(at - 2) : 32;
  return !((b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 39 || b === 0x2019 || b === 45);
}

function hasSpace(s: string): boolean {
  return nextSpace(s, 0) < s.length;
}

function isPlace(name: string): boolean {
  if (PLACE_NAMES.has(name) || DEMONYM_NAMES.has(name)) return true;
  const bare = withoutThe(name);
  return bare !== name && PLACE_NAMES.has(bare);
}

/**
 * Brands the text writes in lower case ("ledgerly cuts 180 jobs", "software company paysetu laid
 * off…"): a lower-case word opening a headline or a line before a verb of cutting, or after a word
 * naming what a company is. Read once per text.
 */
function lowerCaseBrands(text: string): string[] {
  if (brandsMemo.text === text) return brandsMemo.brands;
  const found = new Set<string>();
  // A brand is introduced where the story starts: its headline and first paragraphs.
  const head = text.length > BRAND_INTRODUCED_WITHIN ? text.slice(0, BRAND_INTRODUCED_WITHIN) : text;
  for (const re of [BRAND_OPENS_LINE, BRAND_AFTER_DESCRIPTOR]) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      const brand = m[1]!;
      if (
        !LOWER_WORDS.has(brand) &&
        !CORE_JOB_NOUN.test(brand) &&
        !/(?:ed|ing)$/.test(brand) &&
        !/^(?:the|an?|it|its|this|that|these|those|which|who|and|but|or|also|now|then|has|had|have|was|were|will|would|is|are|said|says|today|recently|previously|already|just|again|quietly|reportedly|abruptly|officially|formally|finally|later|last|this|each|both|all|some|many|most|several|which|whose|they|we|he|she|you|plans|expects|intends|wants|aims|hopes|needs|continues|began|could|may|might|must|should|can|to|not|never|first|then|also|again|once|still|yet|soon|now)$/.test(
          brand,
        )
      )
        found.add(brand);
    }
  }
  brandsMemo = { text, brands: [...found] };
  return brandsMemo.brands;
}
let brandsMemo: { text: string; brands: string[] } = { text: '', brands: [] };
const BRAND_INTRODUCED_WITHIN = 3000;
const CUT_VERB_AFTER = `(?:cuts|to cut|lays off|to lay off|laid off|slashes|sheds|axes|trims|is cutting|is laying off|will cut|will lay off|eliminates|has laid off|let go of)`;
const BRAND_OPENS_LINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*([a-z][a-z0-9]{2,}(?:\.[a-z]{2,3})?)\s+${CUT_VERB_AFTER}\b`,
  'g',
);
const BRAND_AFTER_DESCRIPTOR = new RegExp(
  String.raw`\b(?:company|startup|start-up|firm|maker|platform|app|brand|fintech|provider|unicorn)\s+([a-z][a-z0-9]{2,}(?:\.[a-z]{2,3})?)\s+(?:has\s+|had\s+|will\s+|is\s+|said\s+it\s+)?${CUT_VERB_AFTER}\b`,
  'g',
);
/** Lower-case words a line may open with that are no brand. */
const LOWER_WORDS = new Set([
  'company',
  'startup',
  'firm',
  'also',
  'now',
  'then',
  'still',
  'meanwhile',
  'elsewhere',
]);

const INSTITUTION_END =
  /\s(?:Trust|Council|Authority|University|Hospitals?|Board|Partnership|Services?|Commission|Agency|Institute|District)$/;
const MONTH_CAPS = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)$/;
const DESCRIBING_COMPOUND =
  /^\S+-(?:driven|powered|based|led|related|focused|backed|owned|first|enabled|funded|listed|area|region|wide|born|made)$/i;
const COMPOUND_NUMBER =
  /^(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:one|two|three|four|five|six|seven|eight|nine)$/i;

const PART_OF_PLACE =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Mid|Upper|Lower)(?:[- ](?:East|West|Eastern|Western))?\s+of\s+(?:the\s+)?(.+)$/;

const BODY_KIND =
  /^(?:Council|University|Hospital|Board|Agency|Government|District|Company|Firm|Startup|Ministry|Department|Authority|College|Charity|Airline|Retailer|Insurer|Lender)$/;

/** The kind of a name read on its own, or null when the words around it decide: person or org. */
function classify(name: string): NameKind | null {
  if (OUTLETS.has(name)) return 'outlet';
  // "Council to axe 120 posts": a kind of body alone names none.
  if (BODY_KIND.test(name)) return 'other';
  // "AI-powered", "Texas-based": a word that describes, not a name; "10 APR 2025": a month; "189A".
  // "SÃ" of a mojibake "SÃ£o Paulo": a broken character ends no name.
  if (
    DESCRIBING_COMPOUND.test(name) ||
    MONTH_CAPS.test(name) ||
    /^\d+[A-Z]?$/.test(name) ||
    /[ÃÂ]$|â€/.test(name)
  )
    return 'other';
  if (
    /^[A-Z][A-Z .-]{3,}$/.test(name) &&
    isPlace(name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()))
  )
    return 'place';
  if (KNOWN_ORGS.has(name)) return 'org';
  if (isPlace(name)) return 'place';
  // "the North West of England", "South of France": a part of a place is a place.
  const part = PART_OF_PLACE.exec(name);
  if (part && isPlace(part[1]!)) return 'place';
  const tokens = hasSpace(name) ? name.split(/\s+/) : [name];
  if (tokens.every((t) => NOT_NAMES.has(t) || NOT_NAMES.has(withoutFinalStop(t)))) return 'other';
  // "LOCAL NEWS", "BUSINESS": a section's heading in capitals.
  if (
    /^[A-Z][A-Z &]+$/.test(name) &&
    tokens.every((t) => t === '&' || NOT_NAMES.has(t[0] + t.slice(1).toLowerCase()))
  )
    return 'other';
  // "Forty-one percent of chief executives…": a number opening a sentence.
  if (COMPOUND_NUMBER.test(name)) return 'other';
  if (tokens.length < 2 || tokens.length > 3) return 'org';
  if (FIRST_NAMES.has(tokens[0]!) && !name.includes('&')) return 'person';
  return null;
}

const WORKS_AT =
  /\b(?:chief executive|chief \w+ officer|CEO|CFO|COO|CTO|president|founder|co-founder|chairman|chairwoman|head|spokes(?:person|man|woman)|director|boss|employees?|staff|workers)\s+(?:of|at)\s+(?:the\s+)?$/i;

const PERSON_APPOSITIVE =
  /^,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:mentor|nurse|teacher|driver|engineer|employee|worker|manager|mechanic|machinist|technician|clerk|cashier|designer|developer|programmer|reporter|journalist|editor|agent|operator|miner|welder|electrician|carpenter|cook|chef|waiter|waitress|server|pilot|attendant|analyst|accountant|lawyer|doctor|physician|paramedic|firefighter|officer|student|parent|mother|father|resident|veteran|volunteer|coordinator|assistant|supervisor|specialist|researcher|scientist|lecturer|professor|librarian|counsellor|counselor|therapist|caregiver|carer|cleaner|janitor|guard|farmer|fisherman|baker|butcher|tester|artist|writer|producer|animator|host|presenter)\b/;

/** A name of two or three words is a person's when a title or a verb of saying stands beside it. */
function kindByContext(name: string, text: string, start: number, end: number): NameKind {
  const before = text.slice(Math.max(0, start - 40), start);
  // "chief executive of Halden Steel, said": the place someone works is an organisation.
  if (WORKS_AT.test(before)) return 'org';
  if (
    /\b(?:CEO|chief executive|chief executive officer|president|chairman|chairwoman|founder|co-founder|spokes(?:person|man|woman)|editor|director|officer|manager|minister|secretary|judge|analyst|mayor|governor|superintendent|principal|dean|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|says|said|told)\s*,?\s*$/i.test(
      before,
    )
  )
    return 'person';
  // "near Rustenburg in North West province", "Hubei province": a region named by its kind.
  if (
    /^\s+(?:province|provinces|region|prefecture|oblast|governorate|canton)\b/.test(text.slice(end, end + 16))
  )
    return 'place';
  // "Jordan Pomare, a youth mentor for eight years": a person described by the work they do.
  if (text.charCodeAt(end) === 44 && PERSON_APPOSITIVE.test(text.slice(end, end + 60))) return 'person';
  if (
    text.charCodeAt(end) === 44 &&
    /^,\s+(?:the\s+)?(?:company['’]s\s+)?(?:CEO|chief|president|founder|co-founder|spokes|director|head|vice|executive|chairman|told|said|wrote|explained|added|noted)\b/i.test(
      text.slice(end, end + 40),
    ) &&
    !/\b(?:Inc|Corp|Group|Bank|Health|Foods|Airlines|Motors|Technologies|Systems|Media|Labs)\b/.test(name)
  )
    return 'person';
  return 'org';
}

/** "Sainsbury’s Supermarkets Ltd" is one name; "India’s Tata Steel Ltd" is a place's and a name. */
function possessiveInName(phrase: string): boolean {
  if (!CORPORATE_TAIL.test(phrase)) return false;
  const owner = /^(\S+?)['’]s\s/.exec(phrase)?.[1];
  return owner !== undefined && !isPlace(owner) && !NOT_NAMES.has(owner) && !/\s/.test(owner);
}

const WIRE_TAG = /^(?:BRIEF|EXCLUSIVE|CORRECTED|REFILE|RPT|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|WRAPUP|UPDATE)-/;

/** Every name in text[from, to). */
export function findNames(text: string, from: number, to: number): Name[] {
  const out: Name[] = [];
  const slice = text.slice(from, to);
  const brands = lowerCaseBrands(text);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(slice); m; m = NAME_RE.exec(slice)) {
    // "eBay", "iRobot": one lower-case letter before the capital belongs to the name.
    if (m.index > 0 && isIntercapped(slice, m.index)) {
      m.index--;
      m[0] = slice[m.index] + m[0];
    }
    // "BRIEF-Kvarnholm Fordon Says…", "EXCLUSIVE-…": a wire's tag glued to the name is no part of it.
    const tag = WIRE_TAG.exec(m[0]);
    if (tag && tag[0].length < m[0].length) {
      m.index += tag[0].length;
      m[0] = m[0].slice(tag[0].length);
    }
    const phrase = m[0];
    // Both separators below start with a space: a one-word name is read whole.
    if (!hasSpace(phrase)) {
      const name = readName(text, from + m.index, phrase);
      if (name) out.push(name);
      continue;
    }
    // "O’Donnell’s Bakeries Ltd": a possessive inside a registered name is part of it.
    if (possessiveInName(phrase)) {
      const name = readName(text, from + m.index, phrase);
      if (name) out.push(name);
      continue;
    }
    // "India’s IT giant": a possessive ends a name; what follows is another one.
    let offset = 0;
    for (const part of phrase.split(TITLE_SPLIT)) {
      if (!part) continue;
      const at = phrase.indexOf(part, offset);
      offset = at + part.length;
      const name = readName(text, from + m.index + at, part);
      if (name) out.push(name);
    }
  }
  // "ledgerly": a brand written in lower case, wherever the text names it.
  if (brands.length > 0) {
    for (const brand of brands) {
      for (let at = slice.indexOf(brand); at >= 0; at = slice.indexOf(brand, at + brand.length)) {
        const start = from + at;
        const end = start + brand.length;
        if ((start > 0 && isLetter(text, start - 1)) || (end < text.length && isLetter(text, end))) continue;
        const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
        out.push({ start, end, text: brand, kind: 'org', possessive });
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  // "Aire and Calder Valley Hospitals NHS Foundation Trust": an institution's name may hold an "and".
  for (let i = 1; i < out.length; i++) {
    const n = out[i]!;
    const prev = out[i - 1]!;
    if (
      INSTITUTION_END.test(n.text) &&
      !INSTITUTION_END.test(` ${prev.text}`) &&
      !/\s(?:Infirmary|Hospital|School|College|Centre|Center|Clinic)$/.test(prev.text) &&
      !prev.possessive &&
      /^\s+and\s+$/.test(text.slice(prev.end, n.start)) &&
      prev.kind !== 'person'
    ) {
      out[i] = { ...n, start: prev.start, text: text.slice(prev.start, n.end), kind: 'org' };
      out.splice(i - 1, 1);
      i--;
    }
  }
  for (const n of out) {
    // "Will and Kendall counties", "Marlow township": places named by what they are.
    if (
      n.kind === 'org' &&
      /^\s+(?:count(?:y|ies)|parish(?:es)?|townships?|boroughs?|municipality)\b/.test(
        text.slice(n.end, n.end + 16),
      )
    )
      n.kind = 'place';
    else if (n.kind === 'org' && isDescriptor(text, n)) n.kind = 'other';
    // "Business daily Dagens Kapital reported…", "…, Polder Post learns", "the Ledger can reveal":
    // the paper that found the story.
    else if (
      n.kind === 'org' &&
      ((OUTLET_NOUNS.has(wordBefore(text, n.start)) &&
        OUTLET_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start))) ||
        OUTLET_AFTER.test(text.slice(n.end, n.end + 24)))
    )
      n.kind = 'outlet';
    // "WEXLEY, N.C. —": where the story was filed; "OTTAWA (Example Wire) -": who filed it.
    else if (n.kind !== 'place' && atLineStart(text, n.start) && isDatelinePlace(text, n.start, n.end))
      n.kind = 'place';
    else if (
      (text.charCodeAt(n.start - 1) === 40 || text.charCodeAt(n.start - 1) === 47) &&
      isDatelineOutlet(text, n.start, n.end)
    )
      n.kind = 'outlet';
    // "the Worker Adjustment and Retraining Notification Act": a law.
    else if (n.kind === 'org' && (/\sAct$/.test(n.text) || LAW_AFTER.test(text.slice(n.end, n.end + 80))))
      n.kind = 'other';
    // "close its Normanton distribution hub": the town of the company's site.
    else if (
      n.kind === 'org' &&
      OWN_SITE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      SITE_AFTER.test(text.slice(n.end, n.end + 40))
    )
      n.kind = 'place';
    else if (n.kind === 'org' && text.charCodeAt(n.end) === 44) {
      const after = text.slice(n.end, n.end + 40);
      // "Jun Dela Cruz, 31, was one of…": a person and an age.
      if (/^,\s+\d{1,2},/.test(after)) n.kind = 'person';
      // "on the edge of Normanton, West Yorkshire": a town and its region.
      else if (
        PLACE_AFTER.test(text.slice(Math.max(0, n.start - 12), n.start)) &&
        isPlace(/^,\s+([A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)?)/u.exec(after)?.[1] ?? '')
      )
        n.kind = 'place';
    }
  }
  return out;
}

const LAW_AFTER = /^(?:\s+(?:and|of|on|for)\s+(?:[A-Z][\w-]*\s+){0,5}|\s+)Act\b/;
const PLACE_AFTER = /\b(?:in|of|near|outside|at|from)\s+$/;
const OWN_SITE_BEFORE = /\b(?:its|their|our)\s+$/;
const SITE_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:plant|factory|hub|site|store|office|depot|warehouse|mill|campus|facility|centre|center|branch|works|operations?)\b/;

const OUTLET_BEFORE =
  /(?:\b(?:[Bb]usiness|[Ff]inancial|[Nn]ational|[Ll]ocal|[Rr]egional|[Tt]ech|[Tt]rade) |(?:^|[^\p{L}])(?=[a-z]))(?:daily|newspaper|weekly|tabloid|broadsheet|magazine|news (?:site|agency|outlet|website)|trade (?:publication|journal))[ \t]+$/u;

/** The last words OUTLET_BEFORE can end with: it is tried only after one of them. */
const OUTLET_NOUNS = new Set([
  'daily',
  'newspaper',
  'weekly',
  'tabloid',
  'broadsheet',
  'magazine',
  'site',
  'agency',
  'outlet',
  'website',
  'publication',
  'journal',
]);

/** The word that ends right before `at` (spaces and tabs between), in lower case; '' if none. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === at) return '';
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return end - start > 12 ? '' : text.slice(start, end).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const OUTLET_AFTER =
  /^\s+(?:has\s+|have\s+)?(?:learned|learnt|learns|understands|can (?:reveal|report|confirm))\b/;

function atLineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/**
 * A word naming what a company is, before its name: "Edtech firm Tessera", "Warehouse operator
 * Pelican", "Cross-border payments firm Lumora".
 */
const DESCRIBES_NEXT =
  /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:firm|company|startup|start-up|giant|maker|major|unicorn|lender|provider|retailer|chain|operator|developer|manufacturer|producer|publisher|carrier|insurer|bank|supplier|distributor|carmaker|automaker|chipmaker|drugmaker|airline|miner|broadcaster|conglomerate|wholesaler|grocer|trust|council|authority|district|charity|hospital|university|college|agency|owner|parent|buyer|acquirer|canner|processor|brewer|bottler|exporter|shipper|builder|packer|forwarder)\s+(?:[A-Z]|(?:to|is|was|will|has|had|plans|says|said|[a-z]+s)\b)/;

function isDescriptor(text: string, n: Name): boolean {
  return !hasSpace(n.text) && !KNOWN_ORGS.has(n.text) && DESCRIBES_NEXT.test(text.slice(n.end, n.end + 45));
}

/** What a phrase says on its own; only a few tests read the text around it. */
type Reading = {
  /** The name's offset in the phrase, after the words peeled off its front. */
  lead: number;
  /** Null when the phrase holds no name. */
  text: string | null;
  kind: NameKind | null;
  possessive: boolean;
  /** Where, in the phrase, a "-based" right after the name would make it a place; -1: no matter. */
  basedAt: number;
};

// The same phrases come back in every article ("The", "Amazon", "Reuters"): each is read once.
const readings = new Map<string, Reading>();

function readName(text: string, phraseStart: number, phrase: string): Name | null {
  let r = readings.get(phrase);
  if (r === undefined) {
    if (readings.size > 50_000) readings.clear();
    r = readPhrase(phrase);
    readings.set(phrase, r);
  }
  if (r.text === null) return null;
  if (r.basedAt >= 0) {
    const at = phraseStart + r.basedAt;
    const next = text.charCodeAt(at);
    if ((next === 46 || next === 45) && /^\.?-based\b/.test(text.slice(at, at + 7))) return null;
  }
  const start = phraseStart + r.lead;
  const end = start + r.text.length;
  // "Reston contractor to lay off up to 240": a town named like a person, where a place stands.
  const kind =
    r.kind !== 'outlet' && r.kind !== 'place' && namesakeTownAt(text, start, end, r.text)
      ? 'place'
      : (r.kind ?? kindByContext(r.text, text, start, end));
  return { start, end, text: r.text, kind, possessive: r.possessive };
}

function readPhrase(phrase: string): Reading {
  const none: Reading = { lead: 0, text: null, kind: null, possessive: false, basedAt: -1 };
  let lead = 0;
  let raw = phrase;
  const apostrophe = possessiveAt(phrase);
  const whole = apostrophe < 0 ? phrase : phrase.slice(0, apostrophe);
  if (OUTLETS.has(whole) || OUTLETS.has(withoutThe(whole))) {
    return { lead, text: whole, kind: 'outlet', possessive: whole !== phrase, basedAt: -1 };
  }
  // Peel leading words that take a capital without being part of a name.
  let peeled = '';
  for (;;) {
    const sp = nextSpace(raw, 0);
    if (sp === raw.length) break;
    const head = raw.slice(0, sp);
    if (!NOT_NAMES.has(head) && !NOT_NAMES.has(withoutFinalStop(head))) break;
    // "Silicon Valley startup Kora" peels both words; "Valley Crest Unified School District" is a name.
    if ((head === 'Valley' && peeled !== 'Silicon') || (head === 'Street' && peeled !== 'Wall')) break;
    // "Ministry of Regional Connectivity", "Department for Education": a body named by its kind.
    if ((head === 'Ministry' || head === 'Department') && /^\s*(?:of|for)\s/.test(raw.slice(sp))) break;
    peeled = head;
    if (head === 'The' && /(?:Times|Post|Journal|Company|Guardian|Hindu)$/.test(raw)) break;
    const rest = skipSpace(raw, sp);
    lead += rest;
    raw = raw.slice(rest);
    // "Shares of Halden Steel": the connector after a peeled word goes with it.
    const connector = /^(?:of|for|de|du|la|von|van|der|del)\s+/.exec(raw);
    if (connector) {
      lead += connector[0].length;
      raw = raw.slice(connector[0].length);
    }
  }
  // "Ind.-based Franciscan Health": the place before -based is not part of the organisation.
  if (raw.includes('-based')) {
    const based = /^.*?-based\s*/.exec(raw);
    if (based) {
      lead += based[0].length;
      raw = raw.slice(based[0].length);
      if (!raw) return none;
    }
  }
  // "Halden Steel-owned Marlow Foods": the owner before -owned is another organisation.
  if (raw.includes('-owned ') || raw.includes('-backed ')) {
    const owned = /^.*?-(?:owned|backed)\s+/.exec(raw);
    if (owned) {
      lead += owned[0].length;
      raw = raw.slice(owned[0].length);
      if (!raw) return none;
    }
  }
  const basedAt = lead + raw.length;
  if (raw.includes('-') && /-(?:listed|based|headquartered|owned|backed|led|run)$/.test(raw)) return none;
  let possessive = false;
  const pm = possessiveAt(raw);
  if (pm >= 0 && raw.length > 2) {
    possessive = true;
    raw = raw.slice(0, pm);
  }
  // A sentence-final full stop is not part of the name unless it closes an abbreviation.
  if (raw.endsWith('.') && !/(?:Inc|Corp|Co|Ltd|Jr|Sr|\b[A-Z])\.$/.test(raw)) raw = raw.slice(0, -1);
  const tail = hasSpace(raw) ? CORPORATE_TAIL.exec(raw) : null;
  const name = tail ? raw.slice(0, tail.index) : raw;
  if (name.length < 2) return none;
  return { lead, text: name, kind: classify(name), possessive, basedAt };
}

/**
 * Do two names stand for one organisation? "JLR" and "Jaguar Land Rover", "L.A. Times" and
 * "The Los Angeles Times", "P&G" and "Procter & Gamble": one is the other's initials, word by word.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const ka = orgKey(a);
  const kb = orgKey(b);
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  // A one-word key can only be the other's initials; read them without splitting (pairs are many).
  if (!short.includes(' ')) return short.length >= 2 && long.includes(' ') && isInitials(short, long);
  const longWords = long.split(' ');
  const shortWords = short.split(' ');
  if (shortWords.length !== longWords.length || shortWords.length < 2) return false;
  let abbreviated = 0;
  for (const [i, w] of shortWords.entries()) {
    const l = longWords[i]!;
    if (w === l) continue;
    if (w.length === 1 && l.startsWith(w)) abbreviated++;
    else return false;
  }
  return abbreviated > 0;
}

/** Is short the first character of each of long's space-separated words? */
function isInitials(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length; i++) {
    if ((i > 0 && long[i - 1] !== ' ') || long[i] === ' ') continue;
    if (long[i] !== short[k++]) return false;
  }
  return k === short.length;
}

/** The key two mentions of one organisation share: case, punctuation and legal suffixes folded. */
const keys = new Map<string, string>();

export function orgKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = computeOrgKey(name);
    keys.set(name, key);
  }
  return key;
}

function computeOrgKey(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['’]s\b/g, '')
      .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|group|holdings|the|company)\b\.?/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      // "Halden Global" is Halden; "Global Payments" keeps its first word.
      .replace(/(?<=\S)\s+(?:global|international|worldwide|limited|incorporated)$/, '')
      // "City of Marlow", "Marlow City Council" and "Marlow": the town's government.
      .replace(/^(?:city|town|village|borough) of (?=\S)/, '')
      .replace(
        /(?<=\S)\s+(?:(?:city|town|village|borough)\s+)?(?:council|commission|board of (?:supervisors|commissioners|aldermen))$/,
        '',
      )
  );
}
