/** Which database a command uses: --db PATH, else LAYOFFWATCH_DB, else DATABASE_URL, else ./data/layoffwatch.db. */
import { StoreOpenError } from './store-open-error.js';

export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type ResolveStoreTargetOptions = {
  /** The --db option, when given. */
  db?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
};

export const DEFAULT_DB_PATH = './data/layoffwatch.db';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function resolveStoreTarget({ db, env }: ResolveStoreTargetOptions): StoreTarget {
  const explicit = nonEmpty(db) ?? nonEmpty(env.LAYOFFWATCH_DB);
  // A postgres:// URL given to --db or LAYOFFWATCH_DB is taken for what it plainly is.
  if (explicit)
    return POSTGRES_URL.test(explicit)
      ? { kind: 'postgres', url: explicit }
      : { kind: 'sqlite', path: explicit };
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl) {
    if (!POSTGRES_URL.test(databaseUrl)) {
      throw new StoreOpenError(
        databaseUrl,
        'DATABASE_URL is not a postgres:// URL',
        'set DATABASE_URL=postgres://user@host/db, or use --db PATH or LAYOFFWATCH_DB for a SQLite file',
      );
    }
    return { kind: 'postgres', url: databaseUrl };
  }
  return { kind: 'sqlite', path: DEFAULT_DB_PATH };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}
