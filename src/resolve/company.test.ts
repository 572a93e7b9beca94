import { describe, expect, it } from 'vitest';
import { PARENTS } from '../extract/lexicon/parents.js';
import { createCompanyResolver } from './company.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';

const shipped = createCompanyResolver(loadGazetteer());

describe('resolving names with the shipped gazetteer', () => {
  it.each([
    // name, hint parent, name, parent, key
    ['Amazon', null, 'Amazon', null, 'amazon'],
    ['Amazon.com Services LLC', null, 'Amazon', null, 'amazon'],
    ['Amazon.com, Inc.', null, 'Amazon', null, 'amazon'],
    ['AWS', null, 'AWS', 'Amazon', 'amazon'],
    ['AWS', 'Amazon', 'AWS', 'Amazon', 'amazon'],
    ['Amazon Web Services', null, 'Amazon Web Services', 'Amazon', 'amazon'],
    ['Amazon Web Services (AWS)', null, 'Amazon Web Services', 'Amazon', 'amazon'],
    ['Whole Foods Market', null, 'Whole Foods Market', 'Amazon', 'amazon'],
    ['Instagram', null, 'Instagram', 'Meta', 'meta'],
    ['Meta Platforms, Inc.', null, 'Meta', null, 'meta'],
    ['Facebook', null, 'Facebook', 'Meta', 'meta'],
    ['YouTube', null, 'YouTube', 'Alphabet', 'alphabet'],
    ['Google', null, 'Google', 'Alphabet', 'alphabet'],
    ['Google LLC', null, 'Google', 'Alphabet', 'alphabet'],
    ['Alphabet Inc.', null, 'Alphabet', null, 'alphabet'],
    ['The Walt Disney Company', null, 'The Walt Disney Company', null, 'walt-disney'],
    ['Walt Disney Co.', null, 'The Walt Disney Company', null, 'walt-disney'],
    ['Disney', null, 'Disney', 'The Walt Disney Company', 'walt-disney'],
    ['Microsoft Corporation', null, 'Microsoft', null, 'microsoft'],
    ['GitHub', null, 'GitHub', 'Microsoft', 'microsoft'],
    ['International Business Machines', null, 'IBM', null, 'ibm'],
    ['UPS', null, 'United Parcel Service', null, 'united-parcel-service'],
    ['JPMorgan Chase & Co.', null, 'JPMorgan Chase', null, 'jpmorgan-chase'],
    ['Nike USA, Inc.', null, 'Nike', null, 'nike'],
  ])('%s (parent hint %s) → %s, parent %s, key %s', (input, hint, name, parent, key) => {
    const resolved = shipped.resolve(input, hint);
    expect(resolved).toMatchObject({ name, parent, key, known: true });
  });

  it('gives what the gazetteer knows of the company, or of its parent', () => {
    expect(shipped.resolve('Amazon')).toMatchObject({ ticker: 'AMZN', country: 'US', industry: 'Retail' });
    expect(shipped.resolve('AWS')).toMatchObject({ ticker: 'AMZN', country: 'US' });
  });

  it('falls back to the cleaned name and its normal form for unknown names', () => {
    expect(shipped.resolve('Quillfeather Analytics, Inc.')).toEqual({
      name: 'Quillfeather Analytics',
      parent: null,
      key: 'quillfeather-analytics',
      known: false,
      industry: null,
      country: null,
      ticker: null,
    });
  });

  it('takes the report’s parent for a company the gazetteer knows no owner of', () => {
    expect(shipped.resolve('Quillfeather Analytics', 'Amazon')).toMatchObject({
      name: 'Quillfeather Analytics',
      parent: 'Amazon',
      key: 'amazon',
      known: false,
    });
    expect(shipped.resolve('Quillfeather', 'Tiny Holdco LLC')).toMatchObject({
      parent: 'Tiny Holdco',
      key: 'tiny-holdco',
    });
  });

  it('does not let a report’s parent override a known owner', () => {
    expect(shipped.resolve('Instagram', 'Amazon')).toMatchObject({ parent: 'Meta', key: 'meta' });
  });

  it('agrees with the parent lexicon for every entry', () => {
    for (const [child, parent] of Object.entries(PARENTS)) {
      const resolved = shipped.resolve(child);
      expect(resolved.key, child).toBe(shipped.resolve(parent).key);
    }
  });
});

describe('resolution rules', () => {
  const gazetteer: Gazetteer = {
    version: 1,
    sources: [],
    companies: [
      { name: 'Northwind', aliases: ['Northwind Cloud Holdings'], country: 'GB', ticker: 'NWC' },
      { name: 'Northwind Labs', parent: 'Northwind' },
      { name: 'Acme', industry: 'Retail' },
      { name: 'Acme Rockets', parent: 'Acme Aerospace' },
      { name: 'Acme Aerospace', parent: 'Acme' },
    ],
  };
  const resolver = createCompanyResolver(gazetteer);

  it('matches aliases', () => {
    expect(resolver.resolve('Northwind Cloud Holdings Ltd')).toMatchObject({
      name: 'Northwind',
      key: 'northwind',
    });
  });

  it('prefers a company’s own name to another company’s generic-stripped form', () => {
    expect(resolver.resolve('Northwind Labs').name).toBe('Northwind Labs');
  });

  it('drops regional and generic words only to reach a known company', () => {
    expect(resolver.resolve('Northwind Services UK Limited')).toMatchObject({
      name: 'Northwind',
      known: true,
    });
    expect(resolver.resolve('Southwind Services')).toMatchObject({
      name: 'Southwind Services',
      known: false,
    });
  });

  it('follows a chain of owners to the top', () => {
    expect(resolver.resolve('Acme Rockets')).toMatchObject({
      parent: 'Acme',
      key: 'acme',
      industry: 'Retail',
    });
  });

  it('applies the parent lexicon on top of the gazetteer', () => {
    expect(resolver.resolve('AWS')).toMatchObject({
      name: 'AWS',
      parent: 'Amazon',
      key: 'amazon',
      known: true,
    });
  });
});
