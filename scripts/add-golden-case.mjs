#!/usr/bin/env node
/**
 * Adds a golden case for the extractor: copies an article to test/fixtures/extract/NAME.txt and
 * writes what the built extractor reads from it now as NAME.expected.json, for a human to review.
 *
 *   node scripts/add-golden-case.mjs NAME FILE [--published YYYY-MM-DD]
 *
 * The expected file is a draft, not a verdict: keep only the fields the case is about, correct
 * every value the extractor gets wrong, and say in "about" what the case checks.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test/fixtures/extract');
const usage = 'usage: node scripts/add-golden-case.mjs NAME FILE [--published YYYY-MM-DD]';

function fail(message) {
  console.error(`add-golden-case: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const positional = [];
  let published = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--published') {
      published = argv[++i] ?? fail(`--published needs a date\n${usage}`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) fail(`--published "${published}" is not YYYY-MM-DD`);
    } else if (argv[i].startsWith('--')) {
      fail(`unknown option ${argv[i]}\n${usage}`);
    } else {
      positional.push(argv[i]);
    }
  }
  if (positional.length !== 2) fail(usage);
  const [name, file] = positional;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name))
    fail(`NAME "${name}" should be kebab-case, like "vague-hundreds"`);
  if (!existsSync(file)) fail(`no such file: ${file}`);
  return { name, file, published };
}

/** The fields golden cases compare, as dotted keys, from one extraction. */
function keyFields(result, published) {
  const expected = { about: '' };
  if (published) expected.published = published;
  expected.is_layoff_report = result.is_layoff_report;
  const event = result.event;
  if (!event) return expected;
  expected['event.company'] = event.company;
  expected['event.parent_company'] = event.parent_company;
  if (event.headcount) {
    expected['event.headcount.value'] = event.headcount.value;
    expected['event.headcount.qualifier'] = event.headcount.qualifier;
    expected['event.headcount.words'] = event.headcount.words;
  } else {
    expected['event.headcount'] = null;
  }
  expected['event.percent'] = event.percent;
  expected['event.date'] = event.date;
  expected['event.country'] = event.country;
  expected['event.ai_attribution'] = event.ai_attribution;
  expected['event.support.continued_pay_days'] = event.support.continued_pay_days;
  if (event.units.length) expected['event.units'] = event.units;
  if (result.mentions.length) expected.mentions = result.mentions.map((m) => m.company).filter(Boolean);
  return expected;
}

const { name, file, published } = parseArgs(process.argv.slice(2));
const textPath = join(fixtures, `${name}.txt`);
const expectedPath = join(fixtures, `${name}.expected.json`);
for (const path of [textPath, expectedPath]) {
  if (existsSync(path)) fail(`${path} already exists; pick another NAME or delete it first`);
}
const built = join(root, 'dist/extract/index.js');
if (!existsSync(built)) fail('the extractor is not built; run `npm run build` first');
const { extract } = await import(built);

copyFileSync(file, textPath);
const result = extract(readFileSync(textPath, 'utf8'), { published });
writeFileSync(expectedPath, `${JSON.stringify(keyFields(result, published), null, 2)}\n`);
console.log(`wrote ${textPath}\nwrote ${expectedPath}`);
console.log(
  'Review the expected file: keep only the fields this case is about, correct any wrong value, fill in "about".',
);
