/**
 * The dateline a wire or local story opens with: "DAYTON, Ohio (Wire) —", "BENGALURU, June 10 (Wire) -",
 * "WINNIPEG -". It names where the story was filed: no organisation, no location of the cut, and the
 * country when the text names none for the cut itself.
 */
import { NAMESAKE_TOWNS, WORLD_CITIES, WORLD_REGIONS } from './lexicon/cities.js';
import { COUNTRY_NAMES } from './lexicon/countries.js';
import { CITIES, SUBDIVISIONS } from './lexicon/places.js';
import { US_STATE_OF } from './places.js';

/** What follows a dateline's place: a state or country, a day, the outlet, then a dash or a colon. */
export const DATELINE_TAIL =
  /^(?:,[ \t]*([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?))?(?:,?[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?)?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?(?::|[—–]|--?)[ \t]/;

/** A place in capitals at the start of a line: "NEW YORK", "ST. LOUIS", "KOKOMO". */
const CAPITALS_LEAD = /^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3})(?=[,:( \t—–-])/gm;

export type Dateline = {
  start: number;
  end: number;
  place: string;
  country: string | null;
  /** The outlet in its brackets: "Example Wire" of "OTTAWA (Example Wire) -". */
  outlet: string | null;
  /** Where the story's first words start, after the dash. */
  after: number;
};

/** Whether text[start, end), a name in capitals, opens its line as a dateline's place. */
export function isDatelinePlace(text: string, start: number, end: number): boolean {
  if (/[a-z]/.test(text.slice(start, end))) return false;
  for (let i = start - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return DATELINE_TAIL.test(text.slice(end, end + 80));
}

const OUTLET_LEAD = /(?:^|\n)[ \t]*[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3}(?:,[^\n(]{0,30})?[ \t]*\($/;
const OUTLET_TAIL = /^\)[ \t]*(?::|[—–]|--?)[ \t]/;

/**
 * Whether text[start, end) is the outlet in a dateline's brackets, "OTTAWA (Example Wire) -", or
 * between a press release's slashes.
 */
export function isDatelineOutlet(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 47)
    return (
      WIRE_TAIL.test(text.slice(end, end + 6)) && WIRE_LEAD.test(text.slice(Math.max(0, start - 80), start))
    );
  return (
    OUTLET_TAIL.test(text.slice(end, end + 6)) && OUTLET_LEAD.test(text.slice(Math.max(0, start - 60), start))
  );
}
/** A press release's wire between slashes: "AUSTIN, Texas, March 4, 2025 /Example Newswire/ --". */
const WIRE_LEAD = /(?:^|\n)[ \t]*[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){0,3},[^\n/]{0,50}\d[ \t]*\/$/;
const WIRE_TAIL = /^\/[ \t]*(?:--?|[—–])/;

/** The dateline near the top of a text, with the country its place or its state names. */
export function findDateline(text: string): Dateline | null {
  // Asked for by the names and again by the country of one text.
  if (last?.text !== text) last = { text, dateline: readDateline(text) };
  return last.dateline;
}

let last: { text: string; dateline: Dateline | null } | null = null;

function readDateline(text: string): Dateline | null {
  const head = text.slice(0, 1000);
  CAPITALS_LEAD.lastIndex = 0;
  for (let m = CAPITALS_LEAD.exec(head); m; m = CAPITALS_LEAD.exec(head)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const tail = DATELINE_TAIL.exec(text.slice(end, end + 80));
    if (!tail) continue;
    const place = titleCase(m[1]!);
    const region = tail[1];
    const outlet = /\(([^)\n]{1,40})\)/.exec(tail[0])?.[1]?.trim() ?? null;
    return {
      start,
      end,
      place,
      country: (region && countryOfRegion(region)) ?? countryOfPlace(place),
      outlet,
      after: end + tail[0].length,
    };
  }
  return null;
}

function countryOfRegion(region: string): string | null {
  if (US_STATE_OF.has(region)) return 'US';
  return COUNTRY_NAMES[region] ?? SUBDIVISIONS[region] ?? WORLD_REGIONS[region] ?? null;
}

function countryOfPlace(place: string): string | null {
  return (
    CITIES[place] ??
    COUNTRY_NAMES[place] ??
    (US_STATE_OF.has(place) ? 'US' : null) ??
    WORLD_CITIES[place] ??
    WORLD_REGIONS[place] ??
    NAMESAKE_TOWNS[place] ??
    null
  );
}

/** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis". */
function titleCase(capitals: string): string {
  return capitals
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{L})/gu, (_, before, letter) => before + letter.toUpperCase());
}
