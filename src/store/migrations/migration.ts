import type { Kysely } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * One step of the schema. Migrations are forward-only and run in the order of the list in index.ts;
 * once shipped, a migration is never edited: a change is a new migration.
 */
export type Migration = {
  /** Stored in schema_migrations; never renamed. */
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a migration must not depend on today's table types (schema.ts), which later migrations change.
  up: (db: Kysely<any>, dialect: StoreDialect) => Promise<void>;
};
