/** Country names as curated datasets write them → ISO 3166-1 alpha-2 codes. */
import type { Country } from 'world-countries';
import worldCountries from 'world-countries';

// The package is CommonJS exporting the array itself; its typings describe an ES module's default.
const countries = worldCountries as unknown as Country[];

/** Names the datasets use that world-countries does not list among a country's spellings. */
const EXTRA_NAMES: Record<string, string> = {
  turkey: 'TR',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  'ivory coast': 'CI',
  'czech republic': 'CZ',
};

let byName: Map<string, string> | null = null;

/** The alpha-2 code for a country name or code ("United States", "UAE", "Türkiye", "de"), or null. */
export function countryCode(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (!key) return null;
  byName ??= buildIndex();
  return byName.get(key) ?? null;
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>(Object.entries(EXTRA_NAMES));
  for (const country of countries) {
    const names = [
      country.cca2,
      country.cca3,
      country.name.common,
      country.name.official,
      ...country.altSpellings,
    ];
    for (const name of names) {
      const key = name.toLowerCase();
      if (!index.has(key)) index.set(key, country.cca2);
    }
  }
  return index;
}
