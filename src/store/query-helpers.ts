/** Small pieces of SQL both dialects need written the same way. */
import { type RawBuilder, sql } from 'kysely';

/** Splits a list so that `in (…)` lists stay far below both dialects' parameter limits. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** COUNT(*) is a bigint (a string) on PostgreSQL and a number on SQLite. */
export function toCount(value: string | number | bigint | undefined): number {
  return Number(value ?? 0);
}

/**
 * Sort key putting rows where `column` is null last. PostgreSQL sorts nulls first in descending order
 * and SQLite last; ordering by this key first makes both agree.
 */
export function nullsLast(column: string): RawBuilder<number> {
  return sql<number>`case when ${sql.ref(column)} is null then 1 else 0 end`;
}
