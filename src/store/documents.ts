/** Documents: stored once per content hash, never changed; their near-duplicate bands; full-text search. */
import { type Insertable, sql } from 'kysely';
import type { Document } from '../domain.js';
import { bandKeyNumber } from './band-key.js';
import { documentsMatch, searchWords } from './full-text-search.js';
import { insertRows, runPrepared } from './prepared-query.js';
import { nullsLast, toCount } from './query-helpers.js';
import type { DocumentsTable } from './schema.js';
import { inTransaction, type StoreContext } from './store-context.js';

/** A document as stored, with the near-duplicate signature the resolver gave it. */
export type StoredDocument = Document & { signature: string | null };

/**
 * A document to store. `signature` is its near-duplicate fingerprint; `bands` are the keys under which
 * documents that may be near-duplicates meet (e.g. the four 16-bit quarters of a 64-bit simhash).
 */
export type NewDocument = Document & { signature?: string | null; bands?: readonly string[] };

export type DuplicateCandidate = { id: string; signature: string | null; duplicate_of: string | null };

export type DocumentSummary = Pick<Document, 'id' | 'url' | 'title' | 'outlet' | 'published'>;

export type IterateDocumentsOptions = { pageSize?: number };

export type SearchDocumentsOptions = { limit?: number; offset?: number };

const COLUMNS = [
  'id',
  'url',
  'title',
  'outlet',
  'published',
  'language',
  'text',
  'raw',
  'content_type',
  'origin',
  'duplicate_of',
  'signature',
  'fetched_at',
] as const;

/** New band keys wait in a small table; every this many documents they move to the big index. */
const MOVE_BAND_KEYS_EVERY = 2000;

/** Stores the document unless one with its id is already there; returns whether it was added. */
export function insertDocument(ctx: StoreContext, doc: NewDocument): Promise<boolean> {
  return inTransaction(ctx, async (tx) => {
    const raw = doc.raw === null ? null : Buffer.from(doc.raw.buffer, doc.raw.byteOffset, doc.raw.byteLength);
    const values = COLUMNS.map((column) =>
      column === 'raw' ? raw : column === 'signature' ? (doc.signature ?? null) : doc[column],
    );
    const { rows } = await runPrepared(tx, 'insert document', values, (db, p) =>
      db
        .insertInto('documents')
        .values(Object.fromEntries(COLUMNS.map((column, i) => [column, p(i)])) as Insertable<DocumentsTable>)
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('seq'),
    );
    const added = rows[0];
    if (!added) return false;
    const bands = [...new Set((doc.bands ?? []).map((key) => bandKeyNumber(key, 'insertDocument')))];
    await insertRows(
      tx,
      'document_band_keys_recent',
      ['band', 'document_seq'],
      bands.map((band) => ({ band, document_seq: added.seq })),
    );
    if (Number(added.seq) % MOVE_BAND_KEYS_EVERY === 0) await moveRecentBandKeys(tx);
    return true;
  });
}

/**
 * Moves the recent band keys into the big index, in key order: its pages are each written once per
 * move instead of once per commit (migration 0004 tells why).
 */
async function moveRecentBandKeys({ db, dialect }: StoreContext): Promise<void> {
  if (dialect === 'postgres') {
    // One statement, so that keys another session commits meanwhile are neither lost nor moved twice.
    await sql`with moved as (delete from document_band_keys_recent returning band, document_seq)
      insert into document_band_keys (band, document_seq)
      select band, document_seq from moved order by band, document_seq
      on conflict do nothing`.execute(db);
    return;
  }
  // SQLite: the transaction holds the write lock since BEGIN IMMEDIATE, so nothing comes in between.
  await db
    .insertInto('document_band_keys')
    .columns(['band', 'document_seq'])
    .expression((eb) =>
      eb
        .selectFrom('document_band_keys_recent')
        .select(['band', 'document_seq'])
        .orderBy('band')
        .orderBy('document_seq'),
    )
    .execute();
  await db.deleteFrom('document_band_keys_recent').execute();
}

export async function getDocument(ctx: StoreContext, id: string): Promise<StoredDocument | null> {
  const row = await ctx.db.selectFrom('documents').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toDocument(row) : null;
}

export async function hasDocument(ctx: StoreContext, id: string): Promise<boolean> {
  const { rows } = await runPrepared(ctx, 'has document', [id], (db, p) =>
    db.selectFrom('documents').select('id').where('id', '=', p(0)),
  );
  return rows.length > 0;
}

export async function countDocuments(ctx: StoreContext): Promise<number> {
  const row = await ctx.db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** Stored documents sharing at least one band with the given ones: the near-duplicate candidates. */
export async function findDuplicateCandidates(
  ctx: StoreContext,
  bands: readonly string[],
): Promise<DuplicateCandidate[]> {
  const unique = [...new Set(bands.map((key) => bandKeyNumber(key, 'findDuplicateCandidates')))];
  if (unique.length === 0) return [];
  // Each table on its own: SQLite plans one query over both (a union, or an IN over it) with temporary
  // b-trees or bloom filters that cost twenty times the index lookups.
  const seqs = new Set<number | string>();
  for (const table of ['document_band_keys', 'document_band_keys_recent'] as const) {
    const { rows } = await runPrepared(ctx, `${table} by band × ${unique.length}`, unique, (db, p) =>
      db
        .selectFrom(table)
        .select('document_seq')
        .where(
          'band',
          'in',
          unique.map((_, i) => p(i)),
        ),
    );
    for (const row of rows) seqs.add(row.document_seq);
  }
  if (seqs.size === 0) return [];
  const list = [...seqs];
  const { rows } = await runPrepared(ctx, `duplicate candidates × ${list.length}`, list, (db, p) =>
    db
      .selectFrom('documents')
      .select(['id', 'signature', 'duplicate_of'])
      .where(
        'seq',
        'in',
        list.map((_, i) => p(i)),
      )
      .orderBy('id'),
  );
  return rows;
}

/**
 * Every stored document in id order, fetched a page at a time so that re-processing a large database
 * neither loads it whole nor holds a read open while the caller writes.
 */
export async function* iterateDocuments(
  ctx: StoreContext,
  { pageSize = 200 }: IterateDocumentsOptions = {},
): AsyncGenerator<StoredDocument> {
  let after: string | null = null;
  for (;;) {
    let query = ctx.db.selectFrom('documents').select(COLUMNS).orderBy('id').limit(pageSize);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.execute();
    for (const row of rows) yield toDocument(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function searchDocuments(
  ctx: StoreContext,
  q: string,
  { limit = 50, offset = 0 }: SearchDocumentsOptions = {},
): Promise<DocumentSummary[]> {
  const words = searchWords(q);
  if (!words) return [];
  return ctx.db
    .selectFrom('documents')
    .select(['id', 'url', 'title', 'outlet', 'published'])
    .where(documentsMatch(ctx.dialect, words))
    .orderBy(nullsLast('published'))
    .orderBy('published', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

function toDocument(row: Pick<DocumentsTable, (typeof COLUMNS)[number]>): StoredDocument {
  // Both drivers hand back a Buffer; callers get a plain copy they may keep or change.
  return { ...row, raw: row.raw === null ? null : new Uint8Array(row.raw) };
}
