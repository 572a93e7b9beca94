/**
 * SQLite's full-text indexes catch up in runs (migrations 0005 and 0006): a document is indexed some
 * time after it is stored, an event some time after its text changed, many at once. Indexing them one
 * by one cost about a fifth of storing a document, most of it in the small index segments each commit
 * wrote and then merged. They catch up every few thousand documents, at the end of each command that
 * writes, and before any search, so a search always sees every stored row. PostgreSQL indexes each
 * row as it is written: there every function here does nothing.
 */
import { sql } from 'kysely';
import { inTransaction, type StoreContext } from './store-context.js';

/** Indexes what waits in both indexes; returns how many documents and events were indexed. */
export async function indexText(ctx: StoreContext): Promise<{ documents: number; events: number }> {
  return { documents: await indexDocumentText(ctx), events: await indexEventText(ctx) };
}

/** Puts the documents stored since the index last caught up into documents_fts; returns how many. */
export async function indexDocumentText(ctx: StoreContext): Promise<number> {
  if (ctx.dialect !== 'sqlite') return 0;
  // Looked at before a write transaction is opened: a search with nothing to index takes no lock.
  if (!ctx.db.isTransaction && !(await documentsWaiting(ctx))) return 0;
  return inTransaction(ctx, async (tx) => {
    const { upto, last } = await documentBacklog(tx);
    if (last <= upto) return 0;
    const { numAffectedRows } = await sql`insert into documents_fts (rowid, title, text)
      select seq, title, text from documents where seq > ${upto} and seq <= ${last} order by seq`.execute(
      tx.db,
    );
    await tx.db
      .updateTable('full_text_progress')
      .set({ indexed_upto: last })
      .where('name', '=', 'documents')
      .execute();
    return Number(numAffectedRows ?? 0);
  });
}

/** Re-indexes the events whose text changed since the index last caught up; returns how many. */
export async function indexEventText(ctx: StoreContext): Promise<number> {
  if (ctx.dialect !== 'sqlite') return 0;
  if (!ctx.db.isTransaction && !(await eventsWaiting(ctx))) return 0;
  return inTransaction(ctx, async (tx) => {
    if (!(await eventsWaiting(tx))) return 0;
    // Contentless with deletes by rowid: the old words go without the old text.
    await sql`delete from events_fts where rowid in (select event_seq from events_fts_pending)`.execute(
      tx.db,
    );
    const { numAffectedRows } = await sql`insert into events_fts (rowid, search_text)
      select events.seq, events.search_text from events_fts_pending
      join events on events.seq = events_fts_pending.event_seq order by events.seq`.execute(tx.db);
    await tx.db.deleteFrom('events_fts_pending').execute();
    return Number(numAffectedRows ?? 0);
  });
}

async function documentsWaiting(ctx: StoreContext): Promise<boolean> {
  const { upto, last } = await documentBacklog(ctx);
  return last > upto;
}

async function eventsWaiting(ctx: StoreContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('events_fts_pending').select('event_seq').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** How far the index has read the documents, and the last document there is. */
async function documentBacklog(ctx: StoreContext): Promise<{ upto: number; last: number }> {
  const row = await ctx.db
    .selectNoFrom((eb) => [
      eb.selectFrom('full_text_progress').select('indexed_upto').where('name', '=', 'documents').as('upto'),
      eb
        .selectFrom('documents')
        .select((e) => e.fn.max('seq').as('seq'))
        .as('last'),
    ])
    .executeTakeFirstOrThrow();
  return { upto: Number(row.upto ?? 0), last: Number(row.last ?? 0) };
}
