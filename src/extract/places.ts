/** Places named near the cut (cities, states, countries) and the country where the cut happens. */
import { COUNTRY_NAMES, DEMONYMS } from './lexicon/countries.js';
import { CITIES, REGIONS, US_STATES } from './lexicon/places.js';

export type Place = { start: number; end: number; text: string; country: string | null };

type Entry = {
  name: string;
  country: string | null;
  kind: 'city' | 'state' | 'country' | 'region' | 'demonym';
};

const STATE_OF_ABBREVIATION = new Map<string, string>();
for (const [state, abbrs] of Object.entries(US_STATES))
  for (const a of abbrs) if (a.includes('.')) STATE_OF_ABBREVIATION.set(a, state);

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

const PLACES = index([
  ...Object.entries(CITIES).map(([name, country]) => ({ name, country, kind: 'city' as const })),
  ...Object.keys(US_STATES).map((name) => ({ name, country: 'US', kind: 'state' as const })),
  ...Object.entries(COUNTRY_NAMES)
    .filter(([n]) => !/^[A-Z]{2,3}$/.test(n) || ['US', 'UK', 'USA', 'UAE'].includes(n))
    .map(([name, country]) => ({ name, country, kind: 'country' as const })),
  ...REGIONS.map((name) => ({ name, country: null, kind: 'region' as const })),
]);
const DEMONYM_INDEX = index(
  Object.entries(DEMONYMS).map(([name, country]) => ({ name, country, kind: 'demonym' as const })),
);

const WORD = /[\p{Lu}][\p{L}.'’-]*/gu;
const LETTER = /\p{L}/u;
const STATE_SUFFIX = new RegExp(
  String.raw`^,\s*(${[...STATE_OF_ABBREVIATION.keys(), ...Object.keys(US_STATES)]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?!\p{L})`,
  'u',
);

function scan(
  text: string,
  from: number,
  to: number,
  table: Map<string, Entry[]>,
  withStates: boolean,
): Place[] {
  const out: Place[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    if (m.index > 0 && LETTER.test(text[m.index - 1]!)) continue;
    const first = m[0].replace(/[.'’-]+$/, '').replace(/['’]s$/, '');
    const candidates = table.get(first) ?? table.get(m[0]);
    if (!candidates) continue;
    for (const c of candidates) {
      const end = m.index + c.name.length;
      if (end > to || !text.startsWith(c.name, m.index)) continue;
      if (end < text.length && LETTER.test(text[end]!)) continue;
      let stop = end;
      let country = c.country;
      if (withStates && c.kind === 'city') {
        const state = STATE_SUFFIX.exec(text.slice(end, Math.min(to, end + 24)));
        if (state) {
          stop = end + state[0].length;
          country = 'US';
        }
      }
      out.push({ start: m.index, end: stop, text: text.slice(m.index, stop), country });
      WORD.lastIndex = stop;
      break;
    }
  }
  return out;
}

export function findPlaces(text: string, from: number, to: number): Place[] {
  return scan(text, from, to, PLACES, true);
}

/** Country of an adjective ("Swedish payments company", "German lender"). */
export function findDemonyms(text: string, from: number, to: number): Place[] {
  return scan(text, from, to, DEMONYM_INDEX, false);
}
