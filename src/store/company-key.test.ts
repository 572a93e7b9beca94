import { expect, it } from 'vitest';
import { companyKey } from './company-key.js';

it.each([
  ['AWS', 'aws'],
  ['  Amazon Web Services ', 'amazon web services'],
  ['Procter & Gamble', 'procter and gamble'],
  ['Procter &amp; Gamble', 'procter and gamble'],
  ["McDonald's", 'mcdonalds'],
  ['McDonald’s', 'mcdonalds'],
  ['Amazon.com, Inc.', 'amazon com inc'],
  ['Société Générale', 'societe generale'],
  ['Zoë-Tech', 'zoe tech'],
  ['!!!', ''],
])('companyKey(%j) = %j', (name, key) => {
  expect(companyKey(name)).toBe(key);
});
