/**
 * SQLite: events enter their full-text index in runs too (see 0005 for documents). An event changes
 * whenever a report merges into it, and re-indexing its text at every save cost about a fourteenth of
 * storing a document. The index becomes contentless with deletes by rowid (FTS5 contentless_delete),
 * so an event's old words can be removed later without its old text; `events_fts_pending` lists the
 * events whose text changed since the index last caught up (full-text-backlog.ts).
 * (Not "insert or ignore": inside a trigger the upsert that saves an event imposes its own conflict
 * handling, and the duplicate would fail it.) PostgreSQL's generated tsvector column needs none of this.
 */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

export const eventSearchBacklog: Migration = {
  name: '0006-event-search-backlog',
  async up(db, dialect) {
    if (dialect !== 'sqlite') return;
    const statements = [
      'drop trigger events_fts_insert',
      'drop trigger events_fts_delete',
      'drop trigger events_fts_update',
      'drop table events_fts',
      `create virtual table events_fts using fts5(search_text, content='', contentless_delete=1,
         tokenize='porter unicode61 remove_diacritics 2')`,
      'insert into events_fts (rowid, search_text) select seq, search_text from events',
      'create table events_fts_pending (event_seq integer primary key)',
      `create trigger events_fts_insert after insert on events begin
         insert into events_fts_pending (event_seq) select new.seq
           where not exists (select 1 from events_fts_pending where event_seq = new.seq);
       end`,
      `create trigger events_fts_update after update of search_text on events begin
         insert into events_fts_pending (event_seq) select new.seq
           where not exists (select 1 from events_fts_pending where event_seq = new.seq);
       end`,
      `create trigger events_fts_delete after delete on events begin
         delete from events_fts where rowid = old.seq;
         delete from events_fts_pending where event_seq = old.seq;
       end`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
