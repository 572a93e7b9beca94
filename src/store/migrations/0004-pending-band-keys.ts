/**
 * The band keys of new documents wait in `document_bands_pending`, one appended row per document,
 * and the store looks them up in memory (pending-bands.ts); they move to `document_band_keys` in
 * sorted runs. Each document used to add 42 keys at random places of that index, and once it
 * outgrew what one commit shares, every key dirtied a page of its own that each commit wrote back.
 */
import type { Migration } from './migration.js';

export const pendingBandKeys: Migration = {
  name: '0004-pending-band-keys',
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
  },
};
