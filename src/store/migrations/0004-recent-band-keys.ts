/**
 * New near-duplicate band keys go to a small `document_band_keys_recent` first and move to
 * `document_band_keys` in sorted runs (documents.ts). Each document adds 42 keys at random places of
 * the index; once the index outgrows the pages one commit can share, every key dirtied a page of its
 * own and each commit wrote them all back (some 1.5 ms a document at 30,000 documents). The recent
 * table stays a few hundred pages, and a sorted move writes each page of the big index once.
 */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const recentBandKeys: Migration = {
  name: '0004-recent-band-keys',
  async up(db, dialect) {
    await db.schema
      .createTable('document_band_keys_recent')
      .addColumn('band', 'bigint', (c) => c.notNull())
      .addColumn('document_seq', 'bigint', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .addPrimaryKeyConstraint('document_band_keys_recent_pk', ['band', 'document_seq'])
      .$call((table) => (dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table))
      .execute();
  },
};
