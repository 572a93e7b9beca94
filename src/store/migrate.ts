/**
 * Brings a database up to the newest schema when the store opens. Runs every pending migration in one
 * transaction, serialised between processes (PostgreSQL: an advisory lock; SQLite: the write lock taken
 * by BEGIN IMMEDIATE), so several workers starting at once migrate once.
 */
import { type Kysely, sql } from 'kysely';
import { MigrationError } from './migration-error.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';
import type { Database, StoreDialect } from './schema.js';

/** Any fixed number: the key of the advisory lock PostgreSQL holds while migrating. */
const POSTGRES_MIGRATION_LOCK = 0x6c6f_7766; // "lowf"

/** Applies pending migrations; returns the names applied (empty when already up to date). */
export async function migrate(
  db: Kysely<Database>,
  dialect: StoreDialect,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const applied = await appliedMigrations(db);
  if (applied && isUpToDate(applied, migrations)) return [];

  return db.transaction().execute(async (tx) => {
    if (dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(${POSTGRES_MIGRATION_LOCK})`.execute(tx);
    await tx.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const done = new Set(
      (await tx.selectFrom('schema_migrations').select('name').execute()).map((r) => r.name),
    );
    checkKnown(done, migrations);
    const ran: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      try {
        await migration.up(tx, dialect);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(migration.name, `migration ${migration.name} failed: ${reason}`, {
          cause: error,
        });
      }
      await tx
        .insertInto('schema_migrations')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      ran.push(migration.name);
    }
    return ran;
  });
}

/** Names already applied, or null when the migrations table does not exist yet. */
async function appliedMigrations(db: Kysely<Database>): Promise<Set<string> | null> {
  try {
    const rows = await db.selectFrom('schema_migrations').select('name').execute();
    return new Set(rows.map((r) => r.name));
  } catch {
    // A fresh database: the locked path below creates the table (and reports any real error).
    return null;
  }
}

function isUpToDate(applied: Set<string>, migrations: readonly Migration[]): boolean {
  checkKnown(applied, migrations);
  return migrations.every((m) => applied.has(m.name));
}

function checkKnown(applied: Set<string>, migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      unknown[0]!,
      `the database has migration ${unknown.join(', ')} that this version of layoffwatch does not know; upgrade layoffwatch`,
    );
  }
}
