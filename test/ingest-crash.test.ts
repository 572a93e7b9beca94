/**
 * Crash safety through the built CLI: an `ingest` of 5,000 files killed with SIGKILL when about half
 * are stored, then run again, ends with every document stored once and a sound SQLite file.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
// @ts-expect-error: the benchmarks' article generator is plain JavaScript.
import { createRng, generateArticle } from '../bench/corpus.js';
import { openStore } from '../src/store/index.js';
import { buildIfStale, layoffwatch, root } from './support/layoffwatch.js';

const TOTAL = 5000;
const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-kill-'));
const articles = join(folder, 'articles');
const db = join(folder, 'kill.db');

beforeAll(() => {
  buildIfStale();
  mkdirSync(articles);
  const rng = createRng(11);
  for (let i = 0; i < TOTAL; i++) {
    // Short articles (the headline and lead of a generated one) keep the test quick.
    const { text, published } = generateArticle(rng) as { text: string; published: string };
    const lead = text.split('\n\n').slice(0, 2).join('\n\n');
    writeFileSync(
      join(articles, `${String(i).padStart(5, '0')}.txt`),
      `${lead}\n\nPublished ${published}. Item ${i}.\n`,
    );
  }
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function storedDocuments(): number {
  try {
    const reader = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (reader.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      reader.close();
    }
  } catch {
    return 0; // not created yet, or the schema is still being made
  }
}

/** Starts an ingest of the folder and SIGKILLs it once half the documents are stored. */
function ingestKilledHalfway(): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'bin/layoffwatch.js'), 'ingest', '--db', db, articles],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const poll = setInterval(() => {
      if (storedDocuments() >= TOTAL / 2) child.kill('SIGKILL');
    }, 100);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve({ signal, stderr });
    });
  });
}

it(`SIGKILL halfway through ${TOTAL} documents, then again: each stored once, integrity ok`, async () => {
  const killed = await ingestKilledHalfway();
  expect(killed.signal, killed.stderr).toBe('SIGKILL');
  const survived = storedDocuments();
  expect(survived).toBeGreaterThanOrEqual(TOTAL / 2);
  expect(survived).toBeLessThan(TOTAL);

  const rerun = await layoffwatch(['ingest', '--db', db, articles]);
  expect(rerun.stderr).toBe('');
  expect(rerun.status).toBe(0);
  const added = Number(/^([\d,]+) documents? added/m.exec(rerun.stdout)?.[1]?.replace(/,/g, ''));
  const skipped = Number(/([\d,]+) duplicates? skipped/m.exec(rerun.stdout)?.[1]?.replace(/,/g, ''));
  expect(added + skipped).toBe(TOTAL);
  expect(skipped).toBe(survived);

  const store = await openStore({ db });
  try {
    expect(await store.integrityCheck()).toBe('ok');
    expect(await store.countDocuments()).toBe(TOTAL);
  } finally {
    await store.close();
  }
  const reader = new BetterSqlite3(db, { readonly: true });
  try {
    expect(reader.pragma('integrity_check', { simple: true })).toBe('ok');
    const origins = reader.prepare('select count(distinct origin) as n from documents').get() as {
      n: number;
    };
    expect(origins.n).toBe(TOTAL);
  } finally {
    reader.close();
  }
}, 300_000);
