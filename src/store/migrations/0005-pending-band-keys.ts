/**
 * The band keys of the latest documents wait in `document_bands_pending`, one row per document, and
 * the store looks them up in memory (pending-bands.ts) instead of in an index of its own: 0004's
 * small index still took 42 random inserts a document, each dirtying a page every commit rewrote.
 * Keys already waiting in 0004's table move to the big index; the table goes.
 */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const pendingBandKeys: Migration = {
  name: '0005-pending-band-keys',
  async up(db, dialect) {
    await db.schema
      .createTable('document_bands_pending')
      .addColumn('document_seq', dialect === 'sqlite' ? 'integer' : 'bigint', (c) =>
        c.primaryKey().references('documents.seq').onDelete('cascade'),
      )
      .addColumn('checksum', 'bigint', (c) => c.notNull())
      .addColumn('bands', 'text', (c) => c.notNull())
      .execute();
    // Covers count, max and sum over the table without reading its rows (the store's freshness check).
    await db.schema
      .createIndex('document_bands_pending_checksum')
      .on('document_bands_pending')
      .columns(['checksum', 'document_seq'])
      .execute();
    await sql`insert into document_band_keys (band, document_seq)
      select band, document_seq from document_band_keys_recent order by band, document_seq
      on conflict do nothing`.execute(db);
    await db.schema.dropTable('document_band_keys_recent').execute();
  },
};
