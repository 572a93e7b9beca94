import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './schema.js';

/** What every query function is handed: the connection (or open transaction) and its dialect. */
export type StoreContext = { db: Kysely<Database>; dialect: StoreDialect };

/** Runs fn in a transaction, or in the caller's when one is already open. */
export function inTransaction<T>(ctx: StoreContext, fn: (ctx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((tx) => fn({ db: tx, dialect: ctx.dialect }));
}
