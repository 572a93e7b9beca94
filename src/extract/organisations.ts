/**
 * Finds the names in a stretch of text and says which are organisations — not people, places,
 * outlets or capitalised common words.
 */
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { PARENTS } from './lexicon/parents.js';
import { CITIES, REGIONS, US_STATES } from './lexicon/places.js';
import { FIRST_NAMES, NOT_NAMES, OUTLETS } from './lexicon/words.js';

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
  ...REGIONS,
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

const POSSESSIVE = /['’]s?$/;
const CORPORATE_TAIL =
  /\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|AG|SE|N\.V\.|NV|S\.A\.|SA|GmbH|Co\.?,? Ltd\.?)$/;

const KNOWN_ORGS = new Set([...Object.keys(PARENTS), ...Object.values(PARENTS)]);

function isPlace(name: string): boolean {
  return PLACE_NAMES.has(name) || DEMONYM_NAMES.has(name) || PLACE_NAMES.has(name.replace(/^The\s+/, ''));
}

function classify(name: string, text: string, start: number, end: number): NameKind {
  if (OUTLETS.has(name)) return 'outlet';
  if (
    /^[A-Z][A-Z .-]{3,}$/.test(name) &&
    isPlace(name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()))
  )
    return 'place';
  if (KNOWN_ORGS.has(name)) return 'org';
  if (isPlace(name)) return 'place';
  const tokens = name.split(/\s+/);
  if (tokens.every((t) => NOT_NAMES.has(t) || NOT_NAMES.has(t.replace(/[.,]$/, '')))) return 'other';
  const first = tokens[0]!;
  if (tokens.length >= 2 && tokens.length <= 3 && FIRST_NAMES.has(first) && !/[&]/.test(name))
    return 'person';
  const before = text.slice(Math.max(0, start - 40), start);
  if (
    /\b(?:CEO|chief executive|chief executive officer|president|chairman|chairwoman|founder|co-founder|spokes(?:person|man|woman)|editor|director|officer|minister|secretary|judge|analyst|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|says|said|told)\s*,?\s*$/i.test(
      before,
    ) &&
    tokens.length >= 2 &&
    tokens.length <= 3
  )
    return 'person';
  const after = text.slice(end, end + 40);
  if (
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    /^,\s+(?:the\s+)?(?:company['’]s\s+)?(?:CEO|chief|president|founder|co-founder|spokes|director|head|vice|executive|chairman|told|said|wrote|explained|added|noted)\b/i.test(
      after,
    ) &&
    !/\b(?:Inc|Corp|Group|Bank|Health|Foods|Airlines|Motors|Technologies|Systems|Media|Labs)\b/.test(name)
  )
    return 'person';
  return 'org';
}

/** Every name in text[from, to). */
export function findNames(text: string, from: number, to: number): Name[] {
  const out: Name[] = [];
  const slice = text.slice(from, to);
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(slice); m; m = NAME_RE.exec(slice)) {
    // "India’s IT giant": a possessive ends a name; what follows is another one.
    let offset = 0;
    // "L.A. Times Executive Editor Kevin Merida": a job title ends one name and starts another.
    for (const part of m[0].split(
      /(?<=['’]s)\s+|\s+(?:(?:Chief|Executive|Managing|Senior|Deputy|Vice)\s+)*(?:CEO|CFO|COO|CTO|Chief|Executive|Editor|Vice President|President|Chairman|Chairwoman|Spokesperson|Spokesman|Spokeswoman|Director|Founder|Co-founder|Officer|Head|Analyst|Minister|Secretary)\s+(?:(?:and|of)\s+)?(?:(?:Chief|Executive|Officer|Editor|President|Director|Founder|Co-founder|Operating|Financial|Technology|Human|Resources|Communications|Product)\s+)*/,
    )) {
      if (!part) continue;
      const at = m[0].indexOf(part, offset);
      offset = at + part.length;
      const name = readName(text, from + m.index + at, part);
      if (name) out.push(name);
    }
  }
  return out;
}

function readName(text: string, phraseStart: number, phrase: string): Name | null {
  let start = phraseStart;
  let raw = phrase;
  const whole = phrase.replace(/['’]s?$/, '');
  if (OUTLETS.has(whole) || OUTLETS.has(whole.replace(/^The\s+/, ''))) {
    return { start, end: start + whole.length, text: whole, kind: 'outlet', possessive: whole !== phrase };
  }
  // Peel leading words that take a capital without being part of a name.
  for (;;) {
    const sp = raw.search(/\s/);
    if (sp < 0) break;
    const head = raw.slice(0, sp);
    if (!NOT_NAMES.has(head) && !NOT_NAMES.has(head.replace(/[.,]$/, ''))) break;
    if (head === 'The' && /(?:Times|Post|Journal|Company|Guardian|Hindu)$/.test(raw)) break;
    const skip = raw.slice(sp).match(/^\s+/)![0].length;
    start += sp + skip;
    raw = raw.slice(sp + skip);
  }
  // "Ind.-based Franciscan Health": the place before -based is not part of the organisation.
  const based = /^.*?-based\s*/.exec(raw);
  if (based) {
    start += based[0].length;
    raw = raw.slice(based[0].length);
    if (!raw) return null;
  }
  if (/^\.?-based\b/.test(text.slice(start + raw.length, start + raw.length + 7))) return null;
  if (/-(?:listed|based|headquartered|owned|backed|led|run)$/.test(raw)) return null;
  let possessive = false;
  const pm = POSSESSIVE.exec(raw);
  if (pm && raw.length > 2) {
    possessive = true;
    raw = raw.slice(0, pm.index);
  }
  // A sentence-final full stop is not part of the name unless it closes an abbreviation.
  if (raw.endsWith('.') && !/(?:Inc|Corp|Co|Ltd|Jr|Sr|\b[A-Z])\.$/.test(raw)) raw = raw.slice(0, -1);
  const tail = CORPORATE_TAIL.exec(raw);
  const name = tail ? raw.slice(0, tail.index) : raw;
  if (name.length < 2) return null;
  const end = start + name.length;
  return { start, end, text: name, kind: classify(name, text, start, end), possessive };
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
  const longWords = long.split(' ');
  if (
    !short.includes(' ') &&
    short.length >= 2 &&
    longWords.length >= 2 &&
    short === longWords.map((w) => w[0]).join('')
  )
    return true;
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
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/\b(?:inc|corp|corporation|co|ltd|llc|plc|group|holdings|the|company)\b\.?/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
