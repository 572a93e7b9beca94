/**
 * Golden fixtures for the extractor: test/fixtures/extract/NAME.txt is a short article written for
 * one pattern the rules must read, NAME.expected.json the values a correct extractor gives for the
 * fields that pattern is about. `node scripts/add-golden-case.mjs NAME FILE` adds a case.
 *
 * Expected keys are paths into the result ("event.headcount.value", "mentions.length"); only the
 * keys present are compared, so a case says nothing about fields it does not name. Four keys read
 * differently:
 *   about        what the case is about (the test's name), not compared
 *   published    the publication date the article is extracted with, not compared
 *   mentions     companies that must all be among the mentions' companies (case-insensitive)
 *   event.units  each must soft-match one extracted unit: one contains the other, case-insensitive
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type ExtractResult, extract } from '../src/extract/index.js';

const dir = fileURLToPath(new URL('./fixtures/extract/', import.meta.url));

type Expected = Record<string, unknown> & { about?: string; published?: string };

const names = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

function load(name: string): { text: string; expected: Expected } {
  return {
    text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected,
  };
}

/** The value at a dotted path, or undefined when the path does not exist. */
function at(result: ExtractResult, path: string): unknown {
  let value: unknown = result;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const lower = (s: string) => s.toLowerCase();

/** One line per key the extraction gets wrong: what was expected and what it gave. */
function mismatches(result: ExtractResult, expected: Expected): string[] {
  const wrong: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (key === 'about' || key === 'published') continue;
    if (key === 'mentions') {
      const got = result.mentions.map((m) => m.company ?? '');
      const missing = (want as string[]).filter((c) => !got.some((g) => lower(g) === lower(c)));
      if (missing.length)
        wrong.push(`mentions: expected to include ${JSON.stringify(missing)}, got ${JSON.stringify(got)}`);
      continue;
    }
    if (key === 'event.units') {
      const got = result.event?.units ?? [];
      const missing = (want as string[]).filter(
        (u) => !got.some((g) => lower(g).includes(lower(u)) || lower(u).includes(lower(g))),
      );
      if (missing.length)
        wrong.push(`event.units: expected to match ${JSON.stringify(missing)}, got ${JSON.stringify(got)}`);
      continue;
    }
    const got = at(result, key);
    if (!isDeepStrictEqual(got, want))
      wrong.push(
        `${key}: expected ${JSON.stringify(want)}, got ${got === undefined ? '(missing)' : JSON.stringify(got)}`,
      );
  }
  return wrong;
}

describe('golden fixtures', () => {
  it('every article has its expected file, and every expected file its article', () => {
    const expectedFiles = readdirSync(dir)
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => file.slice(0, -'.expected.json'.length))
      .sort();
    expect(expectedFiles).toEqual(names);
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s', (name) => {
    const { text, expected } = load(name);
    const result = extract(text, { published: expected.published ?? null });
    expect(mismatches(result, expected), expected.about).toEqual([]);
  });
});
