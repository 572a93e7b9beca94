/**
 * Near-duplicate bands move to `document_band_keys`: the band key as an integer and the document as its
 * integer `seq`, in one index (SQLite: a WITHOUT ROWID table). `document_bands` kept three b-trees of
 * 64-character ids (the rows, the primary key, the document index); each document adds 42 keys at
 * random places, so every ingest transaction rewrote some hundred pages there. PostgreSQL documents
 * get the `seq` SQLite's already have.
 */
import { sql } from 'kysely';
import { bandKeyNumber } from '../band-key.js';
import type { Migration } from './migration.js';

const PAGE = 5000;

export const documentBandKeys: Migration = {
  name: '0003-document-band-keys',
  async up(db, dialect) {
    if (dialect === 'postgres') {
      await sql`alter table documents add column seq bigint generated always as identity`.execute(db);
      await sql`alter table documents add constraint documents_seq_unique unique (seq)`.execute(db);
    }
    await db.schema
      .createTable('document_band_keys')
      .addColumn('band', 'bigint', (c) => c.notNull())
      .addColumn('document_seq', 'bigint', (c) => c.notNull().references('documents.seq').onDelete('cascade'))
      .addPrimaryKeyConstraint('document_band_keys_pk', ['band', 'document_seq'])
      .$call((table) => (dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table))
      .execute();

    let after: { band: string; document_id: string } | null = null;
    for (;;) {
      let query = db
        .selectFrom('document_bands')
        .innerJoin('documents', 'documents.id', 'document_bands.document_id')
        .select(['document_bands.band', 'document_bands.document_id', 'documents.seq'])
        .orderBy('document_bands.band')
        .orderBy('document_bands.document_id')
        .limit(PAGE);
      if (after) {
        const { band, document_id } = after;
        query = query.where((eb) =>
          eb.or([
            eb('document_bands.band', '>', band),
            eb.and([
              eb('document_bands.band', '=', band),
              eb('document_bands.document_id', '>', document_id),
            ]),
          ]),
        );
      }
      const rows: { band: string; document_id: string; seq: number | string }[] = await query.execute();
      if (rows.length === 0) break;
      await db
        .insertInto('document_band_keys')
        .values(
          rows.map((r) => ({ band: bandKeyNumber(r.band, '0003-document-band-keys'), document_seq: r.seq })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
      after = rows[rows.length - 1]!;
    }
    await db.schema.dropTable('document_bands').execute();
  },
};
