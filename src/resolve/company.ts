/**
 * Company resolution: a name as a report writes it ("AWS", "Amazon.com Services LLC") → the company
 * in the gazetteer, its top-level parent, and the key events are grouped by. Pure: the gazetteer is
 * handed in. The parent lexicon the extractor uses is applied on top of the gazetteer, so both
 * always agree on who owns whom.
 */
import { PARENTS } from '../extract/lexicon/parents.js';
import { cleanCompanyName, companyKey, nameVariants } from './company-name.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';

export type ResolvedCompany = {
  /** The company as named, in its gazetteer spelling when known: "AWS", "Amazon", "Instagram". */
  name: string;
  /** The top-level company that owns it ("Amazon" for AWS); null when it is its own top level. */
  parent: string | null;
  /** Key of the top-level company: every report about AWS, Amazon or Whole Foods groups under "amazon". */
  key: string;
  /** Whether the gazetteer or the parent lexicon knows the name. */
  known: boolean;
  industry: string | null;
  country: string | null;
  ticker: string | null;
};

/** Resolved names kept for reuse; past this many the memo starts over. */
const RESOLVED_KEPT = 20_000;

export type CompanyResolver = {
  resolve(name: string, hintParent?: string | null): ResolvedCompany;
};

/**
 * Words that follow a company's name in legal and regional entity names ("Amazon.com Services LLC",
 * "Google India", "Nike USA"). They are dropped one by one from the end only when the shorter name is
 * a known company; an unknown name keeps them.
 */
const TRAILING_GENERIC = new Set([
  'services',
  'service',
  'technologies',
  'technology',
  'tech',
  'international',
  'intl',
  'worldwide',
  'global',
  'operations',
  'solutions',
  'systems',
  'enterprises',
  'industries',
  'digital',
  'online',
  'labs',
  'usa',
  'us',
  'america',
  'americas',
  'north',
  'uk',
  'europe',
  'emea',
  'apac',
  'asia',
  'india',
  'canada',
  'germany',
  'france',
  'ireland',
  'australia',
  'japan',
  'china',
  'singapore',
  'brazil',
  'mexico',
]);

/** How far a chain of owners is followed; the lexicon has one level, a few more cost nothing. */
const MAX_PARENT_DEPTH = 5;

type Company = { entry: GazetteerEntry; parent: string | null };

function splitAcronym(name: string): string[] {
  const m = /^(.*\S)\s*\(([\p{Lu}\d&]{2,})\)$/u.exec(name);
  return m ? [m[1]!, m[2]!] : [name];
}

export function createCompanyResolver(gazetteer: Gazetteer): CompanyResolver {
  const byName = new Map<string, Company>();
  const byCompact = new Map<string, Company>();

  const claim = (name: string, company: Company): void => {
    for (const variant of nameVariants(name)) {
      if (!byName.has(variant)) byName.set(variant, company);
      const compact = variant.replace(/ /g, '');
      if (!byCompact.has(compact)) byCompact.set(compact, company);
    }
  };

  const companies = gazetteer.companies.map((entry) => ({ entry, parent: entry.parent ?? null }));
  // Names first, so that no company's alias hides another company's name.
  for (const company of companies) claim(company.entry.name, company);
  for (const company of companies) for (const alias of company.entry.aliases ?? []) claim(alias, company);

  function lookup(name: string): Company | null {
    const variants = nameVariants(name);
    for (const variant of variants) {
      const found = byName.get(variant) ?? byCompact.get(variant.replace(/ /g, ''));
      if (found) return found;
    }
    const words = (variants[0] ?? '').split(' ');
    while (words.length > 1 && TRAILING_GENERIC.has(words[words.length - 1]!)) {
      words.pop();
      const found = byName.get(words.join(' '));
      if (found) return found;
    }
    return null;
  }

  for (const [child, parent] of Object.entries(PARENTS)) {
    const names = splitAcronym(child);
    let company = names.map((n) => byName.get(nameVariants(n)[0] ?? '')).find((c) => c !== undefined) ?? null;
    if (!company) {
      company = { entry: { name: names[0]! }, parent: null };
      for (const n of names) claim(n, company);
    }
    if (!company.parent && lookup(parent) !== company) company.parent = parent;
  }

  /** The top of the ownership chain that starts at `company`. */
  function top(company: Company): Company {
    let current = company;
    for (let depth = 0; depth < MAX_PARENT_DEPTH && current.parent; depth++) {
      const next = lookup(current.parent) ?? {
        entry: { name: cleanCompanyName(current.parent) },
        parent: null,
      };
      if (next === current) break;
      current = next;
    }
    return current;
  }

  // The same names come back in document after document: each pair is resolved once.
  const resolved = new Map<string, ResolvedCompany>();

  function resolve(name: string, hintParent: string | null = null): ResolvedCompany {
    const memoKey = `${name}\u0000${hintParent ?? ''}`;
    let company = resolved.get(memoKey);
    if (!company) {
      if (resolved.size >= RESOLVED_KEPT) resolved.clear();
      company = resolveUncached(name, hintParent);
      resolved.set(memoKey, company);
    }
    return { ...company };
  }

  function resolveUncached(name: string, hintParent: string | null): ResolvedCompany {
    const found = lookup(name);
    const entity: Company = found ?? { entry: { name: cleanCompanyName(name) }, parent: null };
    let owner = top(entity);
    // The report's own word on the parent counts only where the gazetteer knows of none.
    if (owner === entity && hintParent?.trim()) {
      const hinted = top(
        lookup(hintParent) ?? { entry: { name: cleanCompanyName(hintParent) }, parent: null },
      );
      if (companyKey(hinted.entry.name) !== companyKey(entity.entry.name)) owner = hinted;
    }
    const pick = (field: 'industry' | 'country' | 'ticker'): string | null =>
      entity.entry[field] ?? owner.entry[field] ?? null;
    return {
      name: entity.entry.name,
      parent: owner === entity ? null : owner.entry.name,
      key: companyKey(owner.entry.name),
      known: found !== null,
      industry: pick('industry'),
      country: pick('country'),
      ticker: pick('ticker'),
    };
  }

  return { resolve };
}
