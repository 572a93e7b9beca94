/**
 * Fault tolerance through the built CLI: one `ingest` run given a binary file, an empty file, a 50 MB
 * file, invalid UTF-8, a missing path and an HTML page without an article next to two good articles.
 * Each bad input gets one line on standard error naming it, the good ones are stored, exit code 1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EventJson } from '../src/cli/event-json.js';
import { buildIfStale, layoffwatch, seedFiles } from './support/layoffwatch.js';

const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-faults-'));
const db = join(folder, 'faults.db');

beforeAll(buildIfStale);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('reports each bad input on one line, stores every good one, and exits 1', async () => {
  const bad = {
    binary: join(folder, 'photo.txt'),
    empty: join(folder, 'empty.txt'),
    huge: join(folder, 'huge.txt'),
    latin1: join(folder, 'latin1.txt'),
    missing: join(folder, 'missing.txt'),
    noArticle: join(folder, 'index.html'),
  };
  writeFileSync(
    bad.binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  );
  writeFileSync(bad.empty, '');
  writeFileSync(bad.huge, Buffer.alloc(50 * 1024 * 1024, 'layoffs '));
  writeFileSync(
    bad.latin1,
    Buffer.from('Caf\xe9 chain to cut 40 jobs in Lyon, the company said on Monday.\n', 'latin1'),
  );
  writeFileSync(
    bad.noArticle,
    '<!doctype html><html><head><title>Sections</title></head><body><nav><a href="/a">World</a> <a href="/b">Business</a> <a href="/c">Tech</a></nav></body></html>',
  );

  const run = await layoffwatch([
    'ingest',
    '--db',
    db,
    '--published',
    '2025-07-18',
    bad.binary,
    seedFiles[0]!,
    bad.empty,
    bad.huge,
    bad.latin1,
    bad.missing,
    bad.noArticle,
    seedFiles[1]!,
  ]);

  expect(run.status).toBe(1);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(6);
  for (const [kind, path] of Object.entries(bad)) {
    const line = lines.find((l) => l.startsWith(`layoffwatch: ${path}: `));
    expect(line, `a line for the ${kind} input`).toBeDefined();
  }
  expect(lines.find((l) => l.includes(bad.binary))).toMatch(/binary/);
  expect(lines.find((l) => l.includes(bad.empty))).toMatch(/empty/);
  expect(lines.find((l) => l.includes(bad.huge))).toMatch(/50(\.0)? MB/);
  expect(lines.find((l) => l.includes(bad.latin1))).toMatch(/UTF-8/);
  expect(lines.find((l) => l.includes(bad.missing))).toMatch(/no such file/);
  expect(lines.find((l) => l.includes(bad.noArticle))).toMatch(/no readable article/);
  expect(run.stdout).toMatch(/^2 documents added, 0 duplicates skipped, 6 failures$/m);

  const events = JSON.parse((await layoffwatch(['events', '--db', db, '--json'])).stdout) as EventJson[];
  expect(events).toHaveLength(1);
  expect(events[0]!.sources.filter((s) => s.kind === 'article')).toHaveLength(2);
});

it('exits 2 on bad usage, before reading anything', async () => {
  const badDate = await layoffwatch(['ingest', '--db', db, '--published', '18/07/2025', seedFiles[0]!]);
  expect(badDate.status).toBe(2);
  expect(badDate.stderr).toMatch(/--published takes a date as YYYY-MM-DD/);
  const twoWithUrl = await layoffwatch([
    'ingest',
    '--db',
    db,
    '--url',
    'https://news.example/a',
    ...seedFiles,
  ]);
  expect(twoWithUrl.status).toBe(2);
  expect(twoWithUrl.stderr).toMatch(/--url gives the address of one article/);
  const nothing = await layoffwatch(['ingest', '--db', db]);
  expect(nothing.status).toBe(2);
});
