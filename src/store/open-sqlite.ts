/** Opens (creating if needed) a SQLite file tuned for one writer and many readers. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type SqliteDatabase } from 'kysely';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.js';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { StoreOpenError } from './store-open-error.js';

const HINT = 'give a writable file with --db PATH or LAYOFFWATCH_DB';

/** The connection under each Kysely this module opened (see sqliteHandle). */
const handles = new WeakMap<Kysely<Database>, SqliteDatabase>();

/**
 * The one connection under a Kysely that openSqlite opened: queries of an open transaction may run on
 * it directly (the transaction holds it), skipping Kysely's per-query promises and result objects.
 */
export function sqliteHandle(db: Kysely<Database>): SqliteDatabase | null {
  return handles.get(db) ?? null;
}

export function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new StoreOpenError(path, `cannot create its folder (${messageOf(error)})`, HINT, {
        cause: error,
      });
    }
  }
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path);
  } catch (error) {
    throw new StoreOpenError(path, messageOf(error), HINT, { cause: error });
  }
  try {
    // WAL: readers never block the writer. synchronous=NORMAL in WAL mode loses no committed
    // transaction when the process dies (only on power loss), which is what the crash test checks.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // Checkpoints (the only fsyncs under synchronous=NORMAL) every 8,000 pages (32 MB of WAL) instead
    // of 1,000: an ingest writes some 90 pages per document, many of them the same index pages again,
    // which a longer checkpoint writes back once. The WAL file stays bounded by this size.
    database.pragma('wal_autocheckpoint = 8000');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // Statement journals (one per multi-row insert or update in a transaction) stay in memory
    // instead of temporary files: they only ever undo a failed statement of a live transaction.
    database.pragma('temp_store = MEMORY');
    // 64 MiB of page cache instead of 2: the indexes an ingest looks up and extends for every document
    // (band keys, events by company, documents by id) stay in memory; RSS grows to it and stays there.
    database.pragma('cache_size = -65536');
  } catch (error) {
    database.close();
    const reason =
      (error as { code?: string }).code === 'SQLITE_NOTADB'
        ? 'the file is not a SQLite database'
        : messageOf(error);
    throw new StoreOpenError(path, reason, HINT, { cause: error });
  }
  const handle = withStatementCache(database);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: handle }) });
  handles.set(db, handle);
  return db;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
