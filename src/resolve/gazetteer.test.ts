import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseCompanyName } from './company-name.js';
import { loadGazetteer } from './gazetteer.js';

describe('the shipped gazetteer', () => {
  const gazetteer = loadGazetteer();

  it('is read once', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it('stays small enough to ship', () => {
    const size = statSync(fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url))).size;
    expect(size).toBeLessThan(3_000_000);
    expect(gazetteer.companies.length).toBeGreaterThan(5_000);
  });

  it('has one entry per company name', () => {
    const seen = new Map<string, string>();
    for (const { name } of gazetteer.companies) {
      const key = normaliseCompanyName(name);
      expect(seen.get(key), `${name} and ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it('names only parents it also lists', () => {
    const names = new Set(
      gazetteer.companies.flatMap((c) => [c.name, ...(c.aliases ?? [])].map(normaliseCompanyName)),
    );
    for (const { name, parent } of gazetteer.companies) {
      if (parent) expect(names.has(normaliseCompanyName(parent)), `${name} → ${parent}`).toBe(true);
    }
  });

  it('spells well-known companies as news does, with their metadata', () => {
    const byName = new Map(gazetteer.companies.map((c) => [c.name, c]));
    expect(byName.get('Amazon')).toMatchObject({ ticker: 'AMZN', country: 'US', industry: 'Retail' });
    expect(byName.get('Meta')).toMatchObject({ ticker: 'META', aliases: ['Meta Platforms'] });
    expect(byName.get('AWS')).toMatchObject({ parent: 'Amazon' });
    expect(byName.get('The Walt Disney Company')).toMatchObject({ ticker: 'DIS' });
  });
});
