/** Places named near the cut (cities, states, countries) and the country where the cut happens. */
import { isSpace } from './chars.js';
import { NAMESAKE_TOWNS, WORLD_CITIES, WORLD_REGIONS } from './lexicon/cities.js';
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { CITIES, REGIONS, SUBDIVISIONS, US_STATES } from './lexicon/places.js';
import { NOT_NAMES } from './lexicon/words.js';

export type Place = { start: number; end: number; text: string; country: string | null };

type Entry = {
  name: string;
  country: string | null;
  kind: 'city' | 'state' | 'country' | 'region' | 'demonym';
};

/** A US state by its name or its stopped abbreviation ("Tenn.", "N.C."). */
export const US_STATE_OF = new Map<string, string>();
for (const [state, abbrs] of Object.entries(US_STATES)) {
  US_STATE_OF.set(state, state);
  for (const a of abbrs) if (a.includes('.')) US_STATE_OF.set(a, state);
}

/**
 * Names indexed by their first word: a text is read word by word and only the names that start
 * with that word are tried, longest first. (One regular expression of a thousand alternatives
 * costs far more per character.)
 */
function index(entries: Entry[]): Map<string, Entry[]> {
  const byFirst = new Map<string, Entry[]>();
  for (const e of entries) {
    const first = e.name.split(/[\s,]/)[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.name.length - a.name.length);
  return byFirst;
}

/** Whether no hand-kept name (city, state, province, country, region) or common word is `name`. */
function notHandKept(name: string): boolean {
  return (
    !(name in CITIES) &&
    !(name in US_STATES) &&
    !(name in SUBDIVISIONS) &&
    !(name in COUNTRY_NAMES) &&
    !(name in DEMONYMS) &&
    !REGIONS.includes(name) &&
    !NOT_NAMES.has(name)
  );
}

/** The towns of the generated list that no hand-kept name already is. */
export const MORE_CITIES: readonly [string, string][] = Object.entries(WORLD_CITIES).filter(([name]) =>
  notHandKept(name),
);

/** The generated regions that no hand-kept name or generated town already is. */
export const MORE_REGIONS: readonly [string, string][] = Object.entries(WORLD_REGIONS).filter(
  ([name]) => !(name in WORLD_CITIES) && notHandKept(name),
);

const PLACES = index([
  ...Object.entries(CITIES).map(([name, country]) => ({ name, country, kind: 'city' as const })),
  ...MORE_CITIES.map(([name, country]) => ({ name, country, kind: 'city' as const })),
  ...Object.keys(US_STATES).map((name) => ({ name, country: 'US', kind: 'state' as const })),
  ...Object.entries(COUNTRY_NAMES)
    .filter(([n]) => !/^[A-Z]{2,3}$/.test(n) || ['US', 'UK', 'USA', 'UAE'].includes(n))
    .map(([name, country]) => ({ name, country, kind: 'country' as const })),
  ...REGIONS.map((name) => ({ name, country: null, kind: 'region' as const })),
  ...Object.entries(SUBDIVISIONS).map(([name, country]) => ({ name, country, kind: 'region' as const })),
  ...MORE_REGIONS.map(([name, country]) => ({ name, country, kind: 'region' as const })),
]);
const DEMONYM_INDEX = index(
  Object.entries(DEMONYMS).map(([name, country]) => ({ name, country, kind: 'demonym' as const })),
);

const STATE_SUFFIX = new RegExp(
  String.raw`^,\s*(${[...US_STATE_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?!\p{L})`,
  'u',
);

/**
 * Letters as the `u` regexes read them, by code point. Text is read a character at a time below:
 * a regex for the capitalised words cost more in its matches than in its scan.
 */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** 0: not read yet, 1: a letter, 2: an upper-case letter, 3: neither. Astral code points are not kept. */
const bmpKind = new Uint8Array(0x10000);
function kind(cp: number): number {
  if (cp < 0x10000 && bmpKind[cp]) return bmpKind[cp]!;
  const ch = String.fromCodePoint(cp);
  const k = UPPER.test(ch) ? 2 : LETTER.test(ch) ? 1 : 3;
  if (cp < 0x10000) bmpKind[cp] = k;
  return k;
}

/** Is the code unit at text[i] a letter (a lone surrogate is not)? i must be inside text. */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return kind(c) !== 3;
}

/** The code units of an upper-case letter at text[i], 0 if there is none. */
function upperAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return kind(cp) === 2 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The code units of a letter, stop, apostrophe or hyphen at text[i], 0 if there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x2e || c === 0x27 || c === 0x2d ? 1 : 0;
  if (c === 0x2019) return 1;
  const cp = text.codePointAt(i);
  return cp !== undefined && kind(cp) !== 3 ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Where a `u` regex starts reading from i: the start of the surrogate pair i falls inside. */
function codePointStart(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? i - 1 : i;
}

/**
 * Where the word text[start, end) ends without trailing stops, apostrophes or hyphens, then without a
 * possessive 's. The word opens with a letter.
 */
function bareEnd(text: string, start: number, end: number): number {
  let c = text.charCodeAt(end - 1);
  while (end > start && (c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d))
    c = text.charCodeAt(--end - 1);
  const q = end - 2 >= start ? text.charCodeAt(end - 2) : 0;
  if (text.charCodeAt(end - 1) === 0x73 && (q === 0x27 || q === 0x2019)) end -= 2;
  return end;
}

/**
 * A Bloom filter of names, read straight from the text: most capitalised words are no place, and
 * telling so from their characters spares slicing the word and looking it up in a map of 30,000.
 * It may say yes wrongly (about one word in a thousand), never no.
 */
class NameFilter {
  private readonly bits = new Int32Array(1 << 15);

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const h = hashOf(name, 0, name.length);
      for (const bit of probes(h)) this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  mayHold(text: string, start: number, end: number): boolean {
    const [a, b, c] = probes(hashOf(text, start, end));
    const bits = this.bits;
    return (
      (bits[a >>> 5]! & (1 << (a & 31))) !== 0 &&
      (bits[b >>> 5]! & (1 << (b & 31))) !== 0 &&
      (bits[c >>> 5]! & (1 << (c & 31))) !== 0
    );
  }
}

/** FNV-1a over the code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const PROBES: [number, number, number] = [0, 0, 0];
/** Three bit positions of 2^20 from one hash (double hashing). */
function probes(h: number): [number, number, number] {
  const h2 = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  PROBES[0] = h & 0xfffff;
  PROBES[1] = h2 & 0xfffff;
  PROBES[2] = (h + h2) & 0xfffff;
  return PROBES;
}

/**
 * The names in text[from, to): each capitalised word (an upper-case letter, then letters, stops,
 * apostrophes and hyphens) not inside a longer word, tried against the names it starts.
 */
function scan(
  text: string,
  from: number,
  to: number,
  table: Map<string, Entry[]>,
  filter: NameFilter,
  withStates: boolean,
): Place[] {
  const out: Place[] = [];
  let i = codePointStart(text, from);
  while (i < to) {
    const first = upperAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (let n = wordCharAt(text, i); n; n = wordCharAt(text, i)) i += n;
    if (start > 0 && isLetter(text, start - 1)) continue;
    const bare = bareEnd(text, start, i);
    // The filter holds the table's words and the namesake towns: a word it does not hold is neither.
    const known = filter.mayHold(text, start, bare) || (bare !== i && filter.mayHold(text, start, i));
    const candidates = known
      ? (table.get(text.slice(start, bare)) ?? (bare === i ? undefined : table.get(text.slice(start, i))))
      : undefined;
    // "Chester" opens "Chester Hill" in the table; alone, it is still a town the site or state makes one.
    if (!candidates?.some((c) => fits(text, start, to, c.name))) {
      if (withStates) {
        // "in Bergamo." at a sentence's end: the town without its stop.
        const namesake = known ? namesakeTownAt(text, start, bare) : null;
        const town = namesake
          ? { start, end: bare, text: text.slice(start, bare), country: namesake }
          : (townWithState(text, start, i, to) ?? townOfSite(text, start, i));
        if (town) {
          out.push(town);
          i = codePointStart(text, town.end);
        }
      }
      continue;
    }
    for (const c of candidates) {
      if (!fits(text, start, to, c.name)) continue;
      const end = start + c.name.length;
      let stop = end;
      let country = c.country;
      // "Dayton, Ohio"; "Lebanon, Tennessee" is no country.
      if (withStates && (c.kind === 'city' || c.kind === 'country')) {
        const state = STATE_SUFFIX.exec(text.slice(end, Math.min(to, end + 24)));
        if (state) {
          stop = end + state[0].length;
          country = 'US';
        }
      }
      out.push({ start, end: stop, text: text.slice(start, stop), country });
      i = codePointStart(text, stop);
      break;
    }
  }
  return out;
}

/** Whether the entry's name stands at text[start] as a whole word ending before `to`. */
function fits(text: string, start: number, to: number, name: string): boolean {
  const end = start + name.length;
  return end <= to && text.startsWith(name, start) && !(end < text.length && isLetter(text, end));
}

/** NAMESAKE_TOWNS as a map: looking a word up in an object of 1,500 keys cost twice as much. */
const NAMESAKE_TOWN_COUNTRY = new Map(Object.entries(NAMESAKE_TOWNS));

/**
 * Whether text[start, end), a town that is also a person's name ("Joliet", "Rotherham"), stands where a
 * place does: after "in", "near", "outside"; before "-based", a state, or a lower-case word for a site,
 * a business or its people ("a Rotherham steel fabrication firm", "Reston contractor").
 */
export function namesakeTownAt(
  text: string,
  start: number,
  end: number,
  word = text.slice(start, end),
): string | null {
  const country = NAMESAKE_TOWN_COUNTRY.get(word);
  if (!country) return null;
  if (/\b(?:in|near|outside|around|across)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 12), start)))
    return country;
  return PLACE_AFTER.test(text.slice(end, end + 60)) ? country : null;
}
const PLACE_AFTER =
  /^(?:-(?:based|area)\b|,\s+(?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)\s*(?:[,(—–-]|$)|\s+(?:[a-z-]+\s+){0,3}?(?:firm|company|contractor|fabricator|operator|maker|manufacturer|supplier|employer|startup|plant|mill|factory|warehouse|site|facility|office|store|hospital|council|area|region|residents|workers|employees|staff|economy|distribution cent(?:er|re)|call cent(?:er|re)|fulfil+ment cent(?:er|re))s?\b)/;

/** A preposition a town follows, with perhaps the first word of its name: "in Fort " of "in Fort Wayne". */
const TOWN_BEFORE = /\b(?:in|at|near|outside|from)\s+(?:[A-Z][\w'’-]*\s+)?$/;

/**
 * A town no list holds, known by its state: "in Lordsburg, Ohio", "near Fort Wayne, Ind.". Only after
 * a preposition, so that "Acme, Ohio's largest employer" is no town.
 */
function townWithState(text: string, start: number, end: number, to: number): Place | null {
  // STATE_SUFFIX opens with a comma.
  if (text.charCodeAt(end) !== 44) return null;
  const state = STATE_SUFFIX.exec(text.slice(end, Math.min(to, end + 24)));
  if (!state) return null;
  const before = TOWN_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return null;
  const first = before[0].replace(/^\S+\s+/, '');
  const townStart = start - first.length;
  const stop = end + state[0].length;
  return { start: townStart, end: stop, text: text.slice(townStart, stop), country: 'US' };
}

/** A site and "in": "its factory in Wakefield", "the distribution centre in Tilbury". */
const SITE_IN =
  /\b(?:plant|factory|site|office|facility|warehouse|store|cent(?:er|re)|mill|sawmill|mine|shipyard|brewery|bakery|hospital|clinic|hotel|depot|hub|campus|headquarters|branch|smelter|refinery|works)\s+in\s+$/;

/** Whether spaces and, before them, "in" stand right before `at`: what SITE_IN needs to match. */
function afterIn(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return false;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.charCodeAt(i - 1) === 110 && text.charCodeAt(i - 2) === 105;
}

/** A town no list holds, known by the site in it: one capitalised word that is no common word. */
function townOfSite(text: string, start: number, end: number): Place | null {
  if (!afterIn(text, start) || !SITE_IN.test(text.slice(Math.max(0, start - 24), start))) return null;
  const word = text.slice(start, end);
  if (NOT_NAMES.has(word) || /[^\p{L}'’-]/u.test(word) || word.length < 3) return null;
  // "in Wakefield, West Yorkshire" and "in Wakefield's" stay one town; "in Wakefield Road" is an address.
  if (/^\s+[A-Z]/.test(text.slice(end, end + 2))) return null;
  return { start, end, text: word, country: null };
}

const PLACES_FILTER = new NameFilter([...PLACES.keys(), ...NAMESAKE_TOWN_COUNTRY.keys()]);
const DEMONYMS_FILTER = new NameFilter(DEMONYM_INDEX.keys());

export function findPlaces(text: string, from: number, to: number): Place[] {
  return scan(text, from, to, PLACES, PLACES_FILTER, true);
}

/** Country of an adjective ("Swedish payments company", "German lender"). */
export function findDemonyms(text: string, from: number, to: number): Place[] {
  return scan(text, from, to, DEMONYM_INDEX, DEMONYMS_FILTER, false);
}
