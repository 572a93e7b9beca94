/**
 * better-sqlite3 as Kysely's SQLite driver sees it, with prepared statements kept for reuse. Kysely
 * prepares every query it runs; compiling the SQL costs more than running most of the small queries
 * an ingest makes per document, and the same few query texts come back for every document.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct query texts kept; `in (…)` lists of every length make many, so the oldest unused go. */
const CAPACITY = 256;

export function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const kept = statements.get(sql);
      // A statement still being iterated (a streamed query) cannot run again until it is done.
      if (kept && !kept.busy) {
        // Re-inserting marks it the most recently used: Map iterates in insertion order.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      if (!kept) {
        statements.set(sql, statement);
        if (statements.size > CAPACITY) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}
