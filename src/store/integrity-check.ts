/** Whether the database file is sound, as SQLite itself judges (used after a crash). */
import { sql } from 'kysely';
import type { StoreContext } from './store-context.js';

/**
 * 'ok', or the problems found joined by "; ": SQLite's integrity_check (pages, indexes, FTS tables)
 * and foreign_key_check (rows pointing at rows that are gone). PostgreSQL verifies its own pages as it
 * reads them and enforces foreign keys always, so there the answer is 'ok' once the server answers.
 */
export async function integrityCheck(ctx: StoreContext): Promise<string> {
  if (ctx.dialect === 'postgres') {
    await sql`select 1`.execute(ctx.db);
    return 'ok';
  }
  const pages = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(ctx.db);
  const problems = pages.rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  const orphans = await sql<{
    table: string;
    rowid: number | null;
    parent: string;
  }>`pragma foreign_key_check`.execute(ctx.db);
  for (const o of orphans.rows)
    problems.push(`row ${o.rowid} of ${o.table} points at a missing ${o.parent} row`);
  return problems.length === 0 ? 'ok' : problems.join('; ');
}
