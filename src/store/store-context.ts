import { CompiledQuery, type Kysely, type SqliteDatabase } from 'kysely';
import type { PendingBands } from './pending-bands.js';
import type { RecentDocuments } from './recent-documents.js';
import type { Database, StoreDialect } from './schema.js';

/**
 * What every query function is handed: the connection (or open transaction), its dialect, and the
 * open store's in-memory copies: the pending near-duplicate band keys and the recent documents.
 */
export type StoreContext = {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** SQLite: the connection under db, for prepared queries inside a transaction (see runPrepared). */
  sqlite?: SqliteDatabase | null;
  pendingBands: PendingBands;
  recent: RecentDocuments;
};

/** Runs fn in a transaction, or in the caller's when one is already open. */
export async function inTransaction<T>(ctx: StoreContext, fn: (ctx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  let result: T;
  try {
    result = await ctx.db.transaction().execute((tx) => fn({ ...ctx, db: tx }));
  } catch (error) {
    ctx.recent.rolledBack();
    throw error;
  }
  ctx.recent.committed();
  return result;
}

// Compiled once: an ingest opens and releases a savepoint for every document.
const OPEN = CompiledQuery.raw('savepoint unit');
const UNDO = CompiledQuery.raw('rollback to savepoint unit');
const RELEASE = CompiledQuery.raw('release savepoint unit');

/** Runs fn in a savepoint of the open transaction: undone, and the error rethrown, when fn throws. */
export async function savepoint<T>(ctx: StoreContext, fn: () => Promise<T>): Promise<T> {
  if (!ctx.db.isTransaction) throw new Error('savepoint: no transaction is open');
  await execute(ctx, OPEN);
  const mark = ctx.recent.mark();
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    ctx.recent.undo(mark);
    await execute(ctx, UNDO);
    await execute(ctx, RELEASE);
    throw error;
  }
  await execute(ctx, RELEASE);
  return result;
}

/** A statement of the open transaction: on SQLite run on its connection directly (see runPrepared). */
async function execute(ctx: StoreContext, query: CompiledQuery): Promise<void> {
  if (ctx.sqlite) ctx.sqlite.prepare(query.sql).run([]);
  else await ctx.db.executeQuery(query);
}
