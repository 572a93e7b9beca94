import { CompiledQuery, type Kysely } from 'kysely';
import type { PendingBands } from './pending-bands.js';
import type { Database, StoreDialect } from './schema.js';

/**
 * What every query function is handed: the connection (or open transaction), its dialect, and the
 * open store's copy of the pending near-duplicate band keys.
 */
export type StoreContext = { db: Kysely<Database>; dialect: StoreDialect; pendingBands: PendingBands };

/** Runs fn in a transaction, or in the caller's when one is already open. */
export function inTransaction<T>(ctx: StoreContext, fn: (ctx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((tx) => fn({ ...ctx, db: tx }));
}

// Compiled once: an ingest opens and releases a savepoint for every document.
const OPEN = CompiledQuery.raw('savepoint unit');
const UNDO = CompiledQuery.raw('rollback to savepoint unit');
const RELEASE = CompiledQuery.raw('release savepoint unit');

/** Runs fn in a savepoint of the open transaction: undone, and the error rethrown, when fn throws. */
export async function savepoint<T>(ctx: StoreContext, fn: () => Promise<T>): Promise<T> {
  if (!ctx.db.isTransaction) throw new Error('savepoint: no transaction is open');
  await ctx.db.executeQuery(OPEN);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    await ctx.db.executeQuery(UNDO);
    await ctx.db.executeQuery(RELEASE);
    throw error;
  }
  await ctx.db.executeQuery(RELEASE);
  return result;
}
