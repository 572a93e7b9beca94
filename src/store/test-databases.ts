/**
 * The DIALECTS matrix for store tests: each test gets a fresh, empty database on SQLite (a temp file)
 * and on PostgreSQL (its own schema, chosen by search_path in the URL, so parallel test files never
 * meet). PostgreSQL is LAYOFFWATCH_TEST_PG or the local server; when it cannot be reached the
 * PostgreSQL half is skipped with a warning, or fails when LAYOFFWATCH_REQUIRE_PG=1 (as in CI).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreDialect } from './schema.js';
import type { StoreTarget } from './store-target.js';

export type TestDatabases = {
  dialect: StoreDialect;
  /** False when PostgreSQL is unreachable and not required: the tests are skipped. */
  available: boolean;
  /** A new empty database. */
  fresh(): Promise<StoreTarget>;
  /** Runs SQL on a database outside the store (to set up states the store itself never writes). */
  exec(target: StoreTarget, statement: string): Promise<void>;
  /** Removes every database fresh() made. */
  dispose(): Promise<void>;
};

export const TEST_PG_URL = process.env.LAYOFFWATCH_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

export async function testDatabases(): Promise<TestDatabases[]> {
  return [sqliteDatabases(), await postgresDatabases()];
}

function sqliteDatabases(): TestDatabases {
  let folder: string | null = null;
  let count = 0;
  return {
    dialect: 'sqlite',
    available: true,
    async fresh() {
      folder ??= mkdtempSync(join(tmpdir(), 'layoffwatch-store-'));
      count += 1;
      return { kind: 'sqlite', path: join(folder, `test-${count}.db`) };
    },
    async exec(target, statement) {
      if (target.kind !== 'sqlite') throw new Error('not a SQLite target');
      const { default: BetterSqlite3 } = await import('better-sqlite3');
      const db = new BetterSqlite3(target.path);
      try {
        db.exec(statement);
      } finally {
        db.close();
      }
    },
    async dispose() {
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
  };
}

async function postgresDatabases(): Promise<TestDatabases> {
  const unreachable = await probe(TEST_PG_URL);
  if (unreachable) {
    const message = `PostgreSQL at ${TEST_PG_URL} is unreachable (${unreachable})`;
    if (process.env.LAYOFFWATCH_REQUIRE_PG === '1') {
      throw new Error(`${message}; LAYOFFWATCH_REQUIRE_PG=1 requires the PostgreSQL store tests to run`);
    }
    console.warn(
      `\n!!! ${message}: SKIPPING the PostgreSQL store tests. Set LAYOFFWATCH_TEST_PG to run them.\n`,
    );
  }
  const schemas: string[] = [];
  return {
    dialect: 'postgres',
    available: !unreachable,
    async fresh() {
      const schema = `lw_test_${randomBytes(6).toString('hex')}`;
      await admin(`create schema ${schema}`);
      schemas.push(schema);
      return { kind: 'postgres', url: withSearchPath(TEST_PG_URL, schema) };
    },
    async exec(target, statement) {
      if (target.kind !== 'postgres') throw new Error('not a PostgreSQL target');
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    },
    async dispose() {
      for (const schema of schemas.splice(0)) await admin(`drop schema if exists ${schema} cascade`);
    },
  };
}

function withSearchPath(url: string, schema: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Null when the server answers, else why not. */
async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}
