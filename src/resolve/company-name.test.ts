import { describe, expect, it } from 'vitest';
import {
  cleanCompanyName,
  companyKey,
  nameVariants,
  normaliseCompanyName,
  titleCaseName,
} from './company-name.js';

describe('normaliseCompanyName', () => {
  it.each([
    ['Amazon.com Services LLC', 'amazon services'],
    ['Amazon.com, Inc.', 'amazon'],
    ['AMAZON COM INC', 'amazon'],
    ['Amazon’s', 'amazon'],
    ["Amazon's", 'amazon'],
    ['Alphabet Inc.', 'alphabet'],
    ['Alphabet Inc. (Class A)', 'alphabet'],
    ['The Walt Disney Company', 'walt disney'],
    ['Walt Disney Company (The)', 'walt disney'],
    ['WALT DISNEY CO', 'walt disney'],
    ['Lilly (Eli)', 'eli lilly'],
    ['ELI LILLY & Co', 'eli lilly'],
    ['JPMorgan Chase & Co.', 'jpmorgan chase'],
    ['Procter & Gamble', 'procter and gamble'],
    ['Meta Platforms, Inc.', 'meta platforms'],
    ['BANK OF AMERICA CORP /DE/', 'bank of america'],
    ['Royal Mail plc/ADR', 'royal mail'],
    ['FERRELLGAS PARTNERS L P', 'ferrellgas partners'],
    ['Siemens AG', 'siemens'],
    ['Nestlé S.A.', 'nestle'],
    ['Volkswagen Group', 'volkswagen'],
    ['SoftBank Group Corp.', 'softbank'],
    ['Infosys Ltd', 'infosys'],
    ['ASML Holding N.V.', 'asml'],
    ['Coca-Cola', 'coca cola'],
    ['Hewlett-Packard', 'hewlett packard'],
    ['Amazon Web Services (AWS)', 'amazon web services'],
    ['  Ualá ', 'uala'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected);
  });

  it('keeps a name that is nothing but a suffix', () => {
    expect(normaliseCompanyName('The Group')).toBe('group');
    expect(normaliseCompanyName('Inc')).toBe('inc');
    expect(normaliseCompanyName('')).toBe('');
  });
});

describe('nameVariants', () => {
  it('also keeps the s of a name with an apostrophe, as filings spell it', () => {
    expect(nameVariants("Lowe's")).toEqual(['lowe', 'lowes']);
    expect(nameVariants('Amazon')).toEqual(['amazon']);
  });
});

describe('companyKey', () => {
  it.each([
    ['The Walt Disney Company', 'walt-disney'],
    ['Amazon.com, Inc.', 'amazon'],
    ['AT&T Inc.', 'at-and-t'],
    ['Procter & Gamble', 'procter-and-gamble'],
  ])('%s → %s', (name, expected) => {
    expect(companyKey(name)).toBe(expected);
  });
});

describe('cleanCompanyName', () => {
  it.each([
    ['Meta Platforms, Inc.', 'Meta Platforms'],
    ['Walt Disney Company (The)', 'The Walt Disney Company'],
    ['The Walt Disney Company', 'The Walt Disney Company'],
    ['Lilly (Eli)', 'Eli Lilly'],
    ['Alphabet Inc. (Class C)', 'Alphabet'],
    ['Amazon Web Services (AWS)', 'Amazon Web Services'],
    ['Amazon COM', 'Amazon'],
    ['BANK OF AMERICA CORP /DE/', 'BANK OF AMERICA'],
    ['HW Electro Co., Ltd.', 'HW Electro'],
    ["McDonald's", "McDonald's"],
    ['Inc.', 'Inc.'],
  ])('%s → %s', (name, expected) => {
    expect(cleanCompanyName(name)).toBe(expected);
  });
});

describe('titleCaseName', () => {
  it.each([
    ['AMAZON WEB SERVICES', 'Amazon Web Services'],
    ['ELI LILLY', 'Eli Lilly'],
    ['BANK OF AMERICA', 'Bank of America'],
    ['BIG LOTS', 'Big Lots'],
    ['AMC ENTERTAINMENT', 'AMC Entertainment'],
    ['AT&T', 'AT&T'],
    ['CSX', 'CSX'],
    ['MCDONALDS', 'McDonalds'],
    ['Meta Platforms', 'Meta Platforms'],
  ])('%s → %s', (name, expected) => {
    expect(titleCaseName(name)).toBe(expected);
  });
});
