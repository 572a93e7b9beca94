import { type Kysely, sql } from 'kysely';
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

/** Runs fn in a savepoint of the open transaction: undone, and the error rethrown, when fn throws. */
export async function savepoint<T>(ctx: StoreContext, fn: () => Promise<T>): Promise<T> {
  if (!ctx.db.isTransaction) throw new Error('savepoint: no transaction is open');
  await sql`savepoint unit`.execute(ctx.db);
  let result: T;
  try {
    result = await fn();
  } catch (error) {
    await sql`rollback to savepoint unit`.execute(ctx.db);
    await sql`release savepoint unit`.execute(ctx.db);
    throw error;
  }
  await sql`release savepoint unit`.execute(ctx.db);
  return result;
}
