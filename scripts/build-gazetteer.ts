/**
 * Builds data/gazetteer.json, the company list the product ships, from public lists:
 * SEC EDGAR company tickers (+ exchanges), the S&P 500 constituents, the company names, industries
 * and countries of the layoffs.fyi exports, and the parent lexicon (src/extract/lexicon/parents.ts).
 *
 *   npx tsx scripts/build-gazetteer.ts [DATA_DIR]     (DATA_DIR defaults to ../shared/data)
 *
 * The product never reads DATA_DIR; it reads the generated file. Re-run after changing the inputs
 * or the parent lexicon, and commit the result.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { PARENTS } from '../src/extract/lexicon/parents.js';
import {
  cleanCompanyName,
  nameVariants,
  normaliseCompanyName,
  titleCaseName,
} from '../src/resolve/company-name.js';
import type { Gazetteer, GazetteerEntry } from '../src/resolve/gazetteer.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = resolve(process.argv[2] ?? join(ROOT, '../shared/data'));
const OUT = join(ROOT, 'data/gazetteer.json');

type Country = { cca2: string; name: { common: string; official: string }; altSpellings: string[] };
const COUNTRIES = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

/** Everyday names the lists do not give: the listed company (its display name) → what news calls it. */
const EVERYDAY_NAMES: Record<string, string[]> = {
  'Meta Platforms': ['Meta', 'Meta Platforms'],
  'GE Aerospace': ['General Electric', 'GE'],
  'General Motors': ['GM'],
  'Dell Technologies': ['Dell'],
  'SoFi Technologies': ['SoFi'],
  'Hewlett Packard Enterprise': ['HPE', 'Hewlett Packard Enterprise'],
  HP: ['Hewlett-Packard'],
  IBM: ['International Business Machines'],
  'Advanced Micro Devices': ['AMD'],
  ExxonMobil: ['Exxon Mobil', 'Exxon'],
  'JPMorgan Chase': ['JPMorgan', 'J.P. Morgan', 'JP Morgan', 'JPMorgan Chase & Co.'],
  'Bank of America': ['BofA'],
  'United Parcel Service': ['UPS'],
  'Procter & Gamble': ['P&G'],
  'Johnson & Johnson': ['J&J'],
  Walmart: ['Wal-Mart'],
  'Eli Lilly': ['Lilly'],
  'T-Mobile US': ['T-Mobile'],
  'Paramount Skydance': ['Paramount'],
  'Warner Bros. Discovery': ['Warner Bros Discovery', 'WBD'],
};

/** GICS sub-industry (or sector) → the layoffs.fyi industry vocabulary the dashboard facets on. */
const GICS_INDUSTRY: [RegExp, string][] = [
  [/Aerospace/, 'Aerospace'],
  [/Automobile|Automotive Parts|Passenger|Airlines/, 'Transportation'],
  [/Air Freight|Cargo|Rail|Trucking|Logistics/, 'Logistics'],
  [/Hotels|Casinos|Cruise/, 'Travel'],
  [/Restaurants|Food|Beverage|Brewers|Distillers|Agricultural Products|Packaged/, 'Food'],
  [/Homebuilding|Construction|Building Products/, 'Construction'],
  [/Human Resource/, 'HR'],
  [/Interactive Media|Leisure|Household|Personal Care|Tobacco|Home Entertainment/, 'Consumer'],
  [/Semiconductor|Hardware|Electronic|Communications Equipment|Consumer Electronics/, 'Hardware'],
  [/Systems Software|Internet Services|Telecommunication|Telecom|Data Center/, 'Infrastructure'],
  [/Data Processing|Financial Exchanges & Data/, 'Data'],
  [/REIT|Real Estate/, 'Real Estate'],
  [/Retail|Distributors|Apparel|Footwear/, 'Retail'],
  [/Advertising/, 'Marketing'],
  [/Health|Pharma|Biotech|Life Sciences/, 'Healthcare'],
  [/Financials|Bank|Insurance|Capital|Asset|Consumer Finance|Payment/, 'Finance'],
  [/Energy|Oil|Gas|Utilities|Electric|Power/, 'Energy'],
  [/Communication Services|Media|Broadcasting|Publishing|Movies|Cable/, 'Media'],
  [/Industrials|Materials|Machinery|Chemicals|Steel|Metal|Copper|Gold|Paper|Containers/, 'Manufacturing'],
];

/** Names of funds and blank-cheque shells, which employ nobody to lay off. */
const NOT_AN_EMPLOYER =
  /\b(?:ETF|ETN|Funds?|Portfolio|Municipal|Acquisition\s+(?:Corp|Co|Company|Ltd|Inc|Holdings))\b/i;

const US_STATES = new Set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming D.C.'.split(
    ' ',
  ),
);
const US_TWO_WORD = /(?:New|North|South|West|Rhode)\s+\w+$/;

function countryCode(name: string | undefined): string | undefined {
  const clean = name?.replace(/\[\d+\]/g, '').trim();
  if (!clean || clean === 'none') return undefined;
  if (US_STATES.has(clean) || US_TWO_WORD.test(clean)) return 'US';
  const found = COUNTRIES.find(
    (c) => c.name.common === clean || c.name.official === clean || c.altSpellings.includes(clean),
  );
  return found?.cca2;
}

function gicsIndustry(sector: string, subIndustry: string): string | undefined {
  for (const [pattern, industry] of GICS_INDUSTRY) if (pattern.test(subIndustry)) return industry;
  for (const [pattern, industry] of GICS_INDUSTRY) if (pattern.test(sector)) return industry;
  return undefined;
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/** The initials of a name's words, for tickers that are acronyms of it ("IBM", "GM", "UPS"). */
function initials(name: string): string {
  return normaliseCompanyName(name)
    .split(' ')
    .filter((w) => !['and', 'of', 'the'].includes(w))
    .map((w) => w[0])
    .join('');
}

type Draft = {
  /** Candidates for the display name, best first. */
  names: string[];
  /** Whether names[0] is layoffs.fyi's spelling, which news uses and which is kept once set. */
  fyiName?: boolean;
  aliases: string[];
  industry?: string;
  country?: string;
  ticker?: string;
  tickers: string[];
  cik?: number;
  parent?: string;
};

class Index {
  readonly drafts: Draft[] = [];
  private readonly byName = new Map<string, Draft>();

  find(name: string): Draft | undefined {
    for (const variant of nameVariants(name)) {
      const found = this.byName.get(variant);
      if (found) return found;
    }
    return undefined;
  }

  add(draft: Draft): Draft {
    this.drafts.push(draft);
    for (const name of [...draft.names, ...draft.aliases]) this.claim(name, draft);
    return draft;
  }

  /** Makes `name` find `draft`, unless another company already answers to it. */
  claim(name: string, draft: Draft): boolean {
    let claimed = false;
    for (const variant of nameVariants(name)) {
      const owner = this.byName.get(variant);
      if (owner && owner !== draft) continue;
      this.byName.set(variant, draft);
      claimed = true;
    }
    return claimed;
  }
}

function readSec(index: Index, spByCik: Map<number, Draft>): number {
  const tickers = JSON.parse(
    readFileSync(join(DATA_DIR, 'companies/sec_company_tickers.json'), 'utf8'),
  ) as Record<string, { cik_str: number; ticker: string; title: string }>;
  const exchange = JSON.parse(
    readFileSync(join(DATA_DIR, 'companies/sec_company_tickers_exchange.json'), 'utf8'),
  ) as { data: [number, string, string, string | null][] };
  const exchangeOf = new Map(exchange.data.map(([, , ticker, ex]) => [ticker, ex]));

  let skipped = 0;
  const byCik = new Map<number, { title: string; tickers: string[] }>();
  for (const { cik_str, ticker, title } of Object.values(tickers)) {
    const seen = byCik.get(cik_str);
    if (seen) seen.tickers.push(ticker);
    else byCik.set(cik_str, { title, tickers: [ticker] });
  }
  for (const [cik, { title, tickers: list }] of byCik) {
    const sp = spByCik.get(cik);
    const listed = list.filter((t) => exchangeOf.get(t) !== 'OTC');
    const ticker = sp?.ticker ?? listed[0] ?? list[0];
    const display = cleanCompanyName(titleCaseName(cleanCompanyName(title)));
    if (sp) {
      sp.aliases.push(display);
      sp.tickers.push(...list);
      sp.ticker = ticker;
      index.claim(display, sp);
      continue;
    }
    if (NOT_AN_EMPLOYER.test(title)) {
      skipped++;
      continue;
    }
    if (index.find(display)) {
      skipped++; // a smaller filer with the same name as one already listed (lists are by size)
      continue;
    }
    index.add({
      names: [display],
      aliases: [...(EVERYDAY_NAMES[display] ?? [])],
      ticker,
      tickers: list,
      cik,
    });
  }
  return skipped;
}

function readSp500(index: Index): Map<number, Draft> {
  const rows = parse(readFileSync(join(DATA_DIR, 'companies/sp500_constituents.csv')), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const byCik = new Map<number, Draft>();
  for (const row of rows) {
    const cik = Number(row.CIK);
    const security = row.Security!;
    const seen = byCik.get(cik);
    if (seen) {
      seen.tickers.push(row.Symbol!);
      continue;
    }
    const name = cleanCompanyName(security);
    const draft = index.add({
      names: [name],
      aliases: [...(EVERYDAY_NAMES[name] ?? [])],
      industry: gicsIndustry(row['GICS Sector']!, row['GICS Sub-Industry']!),
      country: countryCode(row['Headquarters Location']!.split(',').at(-1)),
      ticker: row.Symbol!,
      tickers: [row.Symbol!],
      cik,
    });
    byCik.set(cik, draft);
  }
  return byCik;
}

type FyiCompany = { name: string; industries: string[]; countries: string[] };

function readLayoffsFyi(): FyiCompany[] {
  const dir = join(DATA_DIR, 'layoffs_fyi');
  const byName = new Map<string, FyiCompany>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const rows = parse(readFileSync(join(dir, file)), { columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      const name = row.company!.trim();
      if (!name) continue;
      const seen = byName.get(name) ?? { name, industries: [], countries: [] };
      seen.industries.push(row.industry!);
      seen.countries.push(row.country!);
      byName.set(name, seen);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function addLayoffsFyi(index: Index, companies: FyiCompany[]): { matched: number; added: number } {
  let matched = 0;
  let added = 0;
  for (const company of companies) {
    const industry =
      mostCommon(company.industries.filter((i) => i && i !== 'Other')) ?? mostCommon(company.industries);
    const country = countryCode(mostCommon(company.countries));
    // A listed company is the same one when the names agree (EVERYDAY_NAMES gives the few it must).
    const draft = index.find(company.name);
    if (draft) {
      matched++;
      if (!draft.fyiName) draft.names.unshift(company.name);
      draft.fyiName = true;
      draft.industry = industry ?? draft.industry;
      draft.country ??= country;
      index.claim(company.name, draft);
      continue;
    }
    added++;
    index.add({ names: [company.name], fyiName: true, aliases: [], industry, country, tickers: [] });
  }
  return { matched, added };
}

/** "Amazon Web Services (AWS)" names one company twice: the acronym is an alias. */
function splitAcronym(name: string): [string, string | null] {
  const m = /^(.*\S)\s*\(([\p{Lu}\d&]{2,})\)$/u.exec(name);
  return m ? [m[1]!, m[2]!] : [name, null];
}

function addParents(index: Index): number {
  let links = 0;
  for (const [childName, parentName] of Object.entries(PARENTS)) {
    const parent = index.find(parentName) ?? index.add({ names: [parentName], aliases: [], tickers: [] });
    if (!parent.names.includes(parentName) && !parent.aliases.includes(parentName))
      parent.aliases.push(parentName);
    const [name, acronym] = splitAcronym(childName);
    const child =
      index.find(name) ??
      (acronym ? index.find(acronym) : undefined) ??
      index.add({ names: [name], aliases: [], tickers: [] });
    if (acronym && index.claim(acronym, child)) child.aliases.push(acronym);
    if (child === parent) continue; // "JPMorgan Chase" → "JPMorgan Chase & Co.": one company
    child.parent = parentName;
    child.industry ??= parent.industry;
    child.country ??= parent.country;
    links++;
  }
  return links;
}

/**
 * S&P 500 tickers of three letters or more that are the initials of the company's name are what
 * news calls it ("UPS", "HPE", "ADP"); two-letter ones ("MS", "IR") and smaller companies' initials
 * are too often something else, so they are left out (EVERYDAY_NAMES lists the few that are not).
 */
function addTickerAcronyms(index: Index, sp500: Set<Draft>): void {
  for (const draft of sp500) {
    for (const ticker of draft.tickers) {
      if (ticker.length < 3 || !/^[A-Z]+$/.test(ticker)) continue;
      if (!draft.names.concat(draft.aliases).some((n) => initials(n) === ticker.toLowerCase())) continue;
      if (index.claim(ticker, draft)) draft.aliases.push(ticker);
    }
  }
}

function finish(draft: Draft, index: Index): GazetteerEntry {
  const name = draft.names[0]!;
  const own = new Set(nameVariants(name));
  const aliases: string[] = [];
  for (const alias of [...draft.names.slice(1), ...draft.aliases]) {
    const variants = nameVariants(alias);
    if (variants.every((v) => own.has(v))) continue;
    if (index.find(alias) !== draft) continue;
    for (const v of variants) own.add(v);
    aliases.push(alias);
  }
  const entry: GazetteerEntry = { name };
  if (aliases.length) entry.aliases = aliases;
  if (draft.industry) entry.industry = draft.industry;
  if (draft.country) entry.country = draft.country;
  if (draft.ticker) entry.ticker = draft.ticker;
  if (draft.cik) entry.cik = draft.cik;
  if (draft.parent) entry.parent = draft.parent;
  return entry;
}

function main(): void {
  const index = new Index();
  const sp = readSp500(index);
  const skipped = readSec(index, sp);
  const fyi = addLayoffsFyi(index, readLayoffsFyi());
  const links = addParents(index);
  addTickerAcronyms(index, new Set(sp.values()));
  const companies = index.drafts
    .map((d) => finish(d, index))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const acronyms = companies.filter((c) => c.ticker && c.aliases?.includes(c.ticker)).length;
  const gazetteer: Gazetteer = {
    version: 1,
    sources: [
      'SEC EDGAR company_tickers.json and company_tickers_exchange.json (Aug 2025 snapshot)',
      'S&P 500 constituents, datasets/s-and-p-500-companies (PDDL)',
      'layoffs.fyi company names, industries and countries (via the Kaggle swaptr/layoffs-2022 layout)',
      'src/extract/lexicon/parents.ts',
    ],
    companies,
  };
  const json = `${JSON.stringify(gazetteer)}\n`;
  writeFileSync(OUT, json);
  process.stderr.write(
    `gazetteer: ${companies.length} companies (${sp.size} S&P 500, ${fyi.matched} layoffs.fyi names matched to listed companies, ${fyi.added} added; ${links} parent links; ${acronyms} ticker acronyms; ${skipped} SEC filers skipped) → ${OUT} (${(json.length / 1e6).toFixed(2)} MB)\n`,
  );
}

main();
