/**
 * SQLite: documents enter their full-text index in runs instead of one by one. Indexing a document as
 * it was stored cost about a fifth of storing it, most of it in the small index segments each commit
 * wrote and then merged; indexed a few thousand at a time, the same text costs less than half.
 *
 * `full_text_progress` says how far the index has read: every document with `seq` up to
 * `indexed_upto` is in documents_fts, none after it (documents.ts catches up). The triggers that keep
 * the index in step on delete and update now touch only documents the index holds, and a delete that
 * leaves `indexed_upto` past the last document lowers it, so a reused seq is indexed when it comes.
 * PostgreSQL's generated tsvector column needs none of this.
 */
import { sql } from 'kysely';
import type { Migration } from './migration.js';

const INDEXED = `(select indexed_upto from full_text_progress where name = 'documents')`;

export const documentSearchBacklog: Migration = {
  name: '0005-document-search-backlog',
  async up(db, dialect) {
    if (dialect !== 'sqlite') return;
    const statements = [
      `create table full_text_progress (name text primary key, indexed_upto integer not null)`,
      `insert into full_text_progress (name, indexed_upto)
         select 'documents', coalesce(max(seq), 0) from documents`,
      'drop trigger documents_fts_insert',
      'drop trigger documents_fts_delete',
      'drop trigger documents_fts_update',
      `create trigger documents_fts_delete after delete on documents when old.seq <= ${INDEXED} begin
         insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
         update full_text_progress set indexed_upto = (select coalesce(max(seq), 0) from documents)
           where name = 'documents' and indexed_upto > (select coalesce(max(seq), 0) from documents);
       end`,
      `create trigger documents_fts_update after update of title, text on documents when old.seq <= ${INDEXED} begin
         insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
         insert into documents_fts(rowid, title, text) values (new.seq, new.title, new.text);
       end`,
    ];
    for (const statement of statements) await sql.raw(statement).execute(db);
  },
};
