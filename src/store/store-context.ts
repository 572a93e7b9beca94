import { CompiledQuery, type Kysely } from 'kysely';
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
  await ctx.db.executeQuery(OPEN);
  const mark = ctx.recent.mark();
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    ctx.recent.undo(mark);
    await ctx.db.executeQuery(UNDO);
    await ctx.db.executeQuery(RELEASE);
    throw error;
  }
  await ctx.db.executeQuery(RELEASE);
  return result;
}
