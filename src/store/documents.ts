/** Documents: stored once per content hash, never changed; their near-duplicate bands; full-text search. */
import type { Insertable } from 'kysely';
import type { Document } from '../domain.js';
import { bandKeyNumber } from './band-key.js';
import { indexDocumentText, indexText } from './full-text-backlog.js';
import { documentsMatch, searchWords } from './full-text-search.js';
import { bandsChecksum } from './pending-bands.js';
import { inList, paramList, runPrepared } from './prepared-query.js';
import { chunks, nullsLast, toCount } from './query-helpers.js';
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

/** New band keys wait in document_bands_pending; at this many documents they move to the big index. */
const MOVE_BAND_KEYS_EVERY = 2000;
/** SQLite: new documents (and changed events) wait for the full-text index until this many documents do. */
const INDEX_TEXT_EVERY = 2000;

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
    tx.recent.added(Number(added.seq), {
      id: doc.id,
      signature: doc.signature ?? null,
      duplicate_of: doc.duplicate_of,
    });
    const bands = [...new Set((doc.bands ?? []).map((key) => bandKeyNumber(key, 'insertDocument')))];
    if (bands.length > 0) {
      const seq = Number(added.seq);
      const checksum = bandsChecksum(bands);
      await runPrepared(tx, 'insert pending bands', [seq, checksum, JSON.stringify(bands)], (db, p) =>
        db.insertInto('document_bands_pending').values({ document_seq: p(0), checksum: p(1), bands: p(2) }),
      );
      tx.pendingBands.add(seq, bands, checksum);
      if (tx.pendingBands.state.count >= MOVE_BAND_KEYS_EVERY) await movePendingBandKeys(tx);
    }
    if (tx.dialect === 'sqlite') {
      const { rows } = await runPrepared(tx, 'indexed upto', ['documents'], (db, p) =>
        db.selectFrom('full_text_progress').select('indexed_upto').where('name', '=', p(0)),
      );
      if (Number(added.seq) - Number(rows[0]?.indexed_upto ?? 0) >= INDEX_TEXT_EVERY) await indexText(tx);
    }
    return true;
  });
}

/**
 * Moves the pending band keys into the big index, in key order: each of its pages is written once
 * per move instead of once per commit (migration 0004 tells why).
 */
async function movePendingBandKeys(ctx: StoreContext): Promise<void> {
  await syncPendingBands(ctx);
  const rows: { band: number; document_seq: number }[] = [];
  for (const seq of ctx.pendingBands.seqs()) {
    for (const band of ctx.pendingBands.bandsOf(seq)) rows.push({ band, document_seq: seq });
  }
  rows.sort((a, b) => a.band - b.band || a.document_seq - b.document_seq);
  for (const part of chunks(rows, 400)) {
    const values = part.flatMap((row) => [row.band, row.document_seq]);
    await runPrepared(ctx, `move band keys × ${part.length}`, values, (db, p) =>
      db
        .insertInto('document_band_keys')
        .values(part.map((_, i) => ({ band: p(2 * i), document_seq: p(2 * i + 1) })))
        .onConflict((oc) => oc.doNothing()),
    );
  }
  // Only the rows moved: on PostgreSQL another session may have added some since the copy was synced.
  for (const part of chunks([...ctx.pendingBands.seqs()])) {
    await ctx.db.deleteFrom('document_bands_pending').where('document_seq', 'in', part).execute();
  }
  ctx.pendingBands.clear();
}

/**
 * Brings the store's copy of the pending keys up to date with the table, once per transaction:
 * unchanged (the usual case: one indexed aggregate), or changed by another process or an undone
 * savepoint (then only the rows it lacks are read).
 */
async function syncPendingBands(ctx: StoreContext): Promise<void> {
  const pending = ctx.pendingBands;
  if (ctx.db.isTransaction && pending.checkedIn === ctx.db) return;
  pending.checkedIn = ctx.db.isTransaction ? ctx.db : null;
  const { rows } = await runPrepared(ctx, 'pending bands state', [], (db) =>
    db
      .selectFrom('document_bands_pending')
      .select((eb) => [
        eb.fn.countAll().as('count'),
        eb.fn.max('document_seq').as('last'),
        eb.fn.sum('checksum').as('sum'),
      ]),
  );
  const state = rows[0];
  const mine = pending.state;
  if (
    state &&
    Number(state.count) === mine.count &&
    Number(state.last ?? -1) === mine.last &&
    Number(state.sum ?? 0) === mine.sum
  ) {
    return;
  }
  const listed = await ctx.db
    .selectFrom('document_bands_pending')
    .select(['document_seq', 'checksum'])
    .execute();
  const present = new Set<number>();
  const missing: number[] = [];
  for (const row of listed) {
    const seq = Number(row.document_seq);
    present.add(seq);
    if (!pending.has(seq, Number(row.checksum))) missing.push(seq);
  }
  for (const seq of [...pending.seqs()]) if (!present.has(seq)) pending.remove(seq);
  for (const part of chunks(missing)) {
    const found = await ctx.db
      .selectFrom('document_bands_pending')
      .select(['document_seq', 'checksum', 'bands'])
      .where('document_seq', 'in', part)
      .execute();
    for (const row of found) {
      pending.add(Number(row.document_seq), JSON.parse(row.bands) as number[], Number(row.checksum));
    }
  }
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
  const seqs = new Set<number>();
  const indexed = await runPrepared(ctx, `band keys × ${unique.length}`, unique, (db, p) =>
    db
      .selectFrom('document_band_keys')
      .select('document_seq')
      .where('band', 'in', paramList(p, unique.length)),
  );
  for (const row of indexed.rows) seqs.add(Number(row.document_seq));
  await syncPendingBands(ctx);
  ctx.pendingBands.find(unique, seqs);
  const candidates: DuplicateCandidate[] = [];
  const unread: number[] = [];
  for (const seq of seqs) {
    const known = ctx.recent.get(seq);
    if (known) candidates.push(known);
    else unread.push(seq);
  }
  if (unread.length > 0) {
    const list = inList(unread);
    const { rows } = await runPrepared(ctx, `duplicate candidates × ${list.length}`, list, (db, p) =>
      db
        .selectFrom('documents')
        .select(['seq', 'id', 'signature', 'duplicate_of'])
        .where('seq', 'in', paramList(p, list.length)),
    );
    for (const { seq, ...candidate } of rows) {
      ctx.recent.read(Number(seq), candidate);
      candidates.push(candidate);
    }
  }
  return candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  await indexDocumentText(ctx);
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
