/** Places named near the cut (cities, states, countries) and the country where the cut happens. */
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { CITIES, REGIONS, US_STATES } from './lexicon/places.js';

export type Place = { start: number; end: number; text: string; country: string | null };

const STATE_OF_ABBREVIATION = new Map<string, string>();
for (const [state, abbrs] of Object.entries(US_STATES))
  for (const a of abbrs) if (a.includes('.')) STATE_OF_ABBREVIATION.set(a, state);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const CITY_RE = Object.keys(CITIES).sort(byLength).map(escapeRegex).join('|');
const STATE_RE = Object.keys(US_STATES).sort(byLength).map(escapeRegex).join('|');
const STATE_ABBR_RE = [...STATE_OF_ABBREVIATION.keys()].sort(byLength).map(escapeRegex).join('|');
const COUNTRY_RE = Object.keys(COUNTRY_NAMES)
  .filter((n) => !/^[A-Z]{2,3}$/.test(n) || ['US', 'UK', 'USA', 'UAE'].includes(n))
  .sort(byLength)
  .map(escapeRegex)
  .join('|');
const REGION_RE = REGIONS.slice().sort(byLength).map(escapeRegex).join('|');

const PLACE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<city>${CITY_RE})(?:,\s*(?<cityState>${STATE_ABBR_RE}|${STATE_RE}))?|(?<state>${STATE_RE})|(?<country>${COUNTRY_RE})|(?<region>${REGION_RE}))(?![\p{L}])`,
  'gu',
);
const DEMONYM_RE = new RegExp(
  String.raw`(?<![\p{L}])(${Object.keys(DEMONYMS).sort(byLength).map(escapeRegex).join('|')})(?![\p{L}])`,
  'gu',
);

export function findPlaces(text: string, from: number, to: number): Place[] {
  const out: Place[] = [];
  const slice = text.slice(from, to);
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(slice); m; m = PLACE_RE.exec(slice)) {
    const g = m.groups!;
    const start = from + m.index;
    const end = start + m[0].length;
    // "U.S.-based", "UK-based": a base, read by countryOf, not a place of the cut.
    let country: string | null = null;
    if (g.city) country = g.cityState ? 'US' : (CITIES[g.city] ?? null);
    else if (g.state) country = 'US';
    else if (g.country) country = COUNTRY_NAMES[g.country] ?? null;
    out.push({ start, end, text: m[0], country });
  }
  return out;
}

/** Country of an adjective ("Swedish payments company", "German lender"). */
export function findDemonyms(text: string, from: number, to: number): Place[] {
  const out: Place[] = [];
  const slice = text.slice(from, to);
  DEMONYM_RE.lastIndex = 0;
  for (let m = DEMONYM_RE.exec(slice); m; m = DEMONYM_RE.exec(slice)) {
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      text: m[0],
      country: DEMONYMS[m[0]] ?? null,
    });
  }
  return out;
}
