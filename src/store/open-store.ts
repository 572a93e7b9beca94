/** Opens the store named by the options (or a resolved target) and brings its schema up to date. */
import type { Kysely } from 'kysely';
import { migrate } from './migrate.js';
import { openPostgres } from './open-postgres.js';
import { openSqlite, sqliteHandle } from './open-sqlite.js';
import { PendingBands } from './pending-bands.js';
import { RecentDocuments } from './recent-documents.js';
import type { Database, StoreDialect } from './schema.js';
import { Store } from './store.js';
import { resolveStoreTarget, type StoreTarget } from './store-target.js';

export type OpenStoreOptions = {
  /** A SQLite file (created with its folder if missing), or a postgres:// URL. */
  db?: string | undefined;
  /** A postgres:// URL, used when `db` is not given. */
  databaseUrl?: string | undefined;
};

/**
 * `openStore(resolveStoreTarget({ db: options.db, env: process.env }))` is the CLI's order:
 * --db, LAYOFFWATCH_DB, DATABASE_URL, ./data/layoffwatch.db.
 *
 * Open one Store per SQLite file per process and share it: better-sqlite3 waits for a lock by blocking
 * the thread, so two Stores of one process writing the same file at once stall each other until
 * busy_timeout. Separate processes (a web server and an ingest) are fine.
 */
export async function openStore(options: OpenStoreOptions | StoreTarget = {}): Promise<Store> {
  const target =
    'kind' in options
      ? options
      : resolveStoreTarget({ db: options.db, env: { DATABASE_URL: options.databaseUrl } });
  const dialect: StoreDialect = target.kind;
  const db: Kysely<Database> =
    target.kind === 'sqlite' ? openSqlite(target.path) : await openPostgres(target.url);
  try {
    await migrate(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new Store({
    db,
    dialect,
    sqlite: sqliteHandle(db),
    pendingBands: new PendingBands(),
    recent: new RecentDocuments(),
  });
}
