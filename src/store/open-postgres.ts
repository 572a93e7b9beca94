/** Connects a pool to PostgreSQL and checks, once, that the server answers. */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { StoreOpenError } from './store-open-error.js';

const HINT = 'check that PostgreSQL is running and that DATABASE_URL (or --db) names it';

export async function openPostgres(url: string): Promise<Kysely<Database>> {
  const shown = redactPassword(url);
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  } catch (error) {
    throw new StoreOpenError(shown, messageOf(error), HINT, { cause: error });
  }
  // An idle client whose connection dies is dropped by the pool and the next query reconnects;
  // without a listener the 'error' event would end the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreOpenError(shown, messageOf(error), HINT, { cause: error });
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The URL as it may be shown in messages and logs. */
export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}
