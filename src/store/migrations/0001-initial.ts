/** The first schema: documents, reports, events with sources and claims, companies, curated rows, WARN, feeds. */
import { type Kysely, sql } from 'kysely';
import type { Migration } from './migration.js';

export const initial: Migration = {
  name: '0001-initial',
  async up(db, dialect) {
    const real = dialect === 'sqlite' ? 'real' : 'double precision';
    const blob = dialect === 'sqlite' ? 'blob' : 'bytea';

    // SQLite's FTS5 indexes by an integer rowid that VACUUM must not renumber, hence an explicit `seq`.
    let documents = db.schema.createTable('documents');
    documents =
      dialect === 'sqlite'
        ? documents
            .addColumn('seq', 'integer', (c) => c.primaryKey())
            .addColumn('id', 'text', (c) => c.notNull().unique())
        : documents.addColumn('id', 'text', (c) => c.primaryKey());
    await documents
      .addColumn('url', 'text')
      .addColumn('title', 'text')
      .addColumn('outlet', 'text')
      .addColumn('published', 'text')
      .addColumn('language', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('raw', blob)
      .addColumn('content_type', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('duplicate_of', 'text', (c) => c.references('documents.id'))
      .addColumn('signature', 'text')
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_url').on('documents').column('url').execute();

    await db.schema
      .createTable('document_bands')
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('document_bands_pk', ['band', 'document_id'])
      .execute();
    await db.schema
      .createIndex('document_bands_document')
      .on('document_bands')
      .column('document_id')
      .execute();

    await db.schema
      .createTable('reports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('extractor_version', 'text', (c) => c.notNull())
      .addColumn('confidence', real, (c) => c.notNull())
      .addColumn('company', 'text')
      .addColumn('date', 'text')
      .addColumn('event', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('reports_document')
      .on('reports')
      .columns(['document_id', 'position'])
      .execute();

    let events = db.schema.createTable('events');
    events =
      dialect === 'sqlite'
        ? events
            .addColumn('seq', 'integer', (c) => c.primaryKey())
            .addColumn('id', 'text', (c) => c.notNull().unique())
        : events.addColumn('id', 'text', (c) => c.primaryKey());
    await events
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('company_key', 'text', (c) => c.notNull())
      .addColumn('parent_company', 'text')
      .addColumn('parent_key', 'text')
      .addColumn('date', 'text')
      .addColumn('date_start', 'text')
      .addColumn('date_end', 'text')
      .addColumn('headcount', 'text')
      .addColumn('headcount_value', 'integer')
      .addColumn('headcount_min', 'integer')
      .addColumn('headcount_max', 'integer')
      .addColumn('percent', real)
      .addColumn('country', 'text')
      .addColumn('ai_attribution', 'text', (c) => c.notNull())
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('search_text', 'text', (c) => c.notNull())
      .addColumn('digest', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_company_key').on('events').column('company_key').execute();
    await db.schema.createIndex('events_parent_key').on('events').column('parent_key').execute();
    await db.schema.createIndex('events_date').on('events').columns(['date_start', 'date_end']).execute();

    await db.schema
      .createTable('event_sources')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('outlet', 'text')
      .addColumn('title', 'text')
      .addColumn('published', 'text')
      .addColumn('document_id', 'text', (c) => c.references('documents.id'))
      .addPrimaryKeyConstraint('event_sources_pk', ['event_id', 'position'])
      .addUniqueConstraint('event_sources_source', ['event_id', 'kind', 'ref'])
      .execute();
    await db.schema.createIndex('event_sources_ref').on('event_sources').columns(['kind', 'ref']).execute();
    await db.schema.createIndex('event_sources_document').on('event_sources').column('document_id').execute();

    await db.schema
      .createTable('claims')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('source_kind', 'text', (c) => c.notNull())
      .addColumn('source_ref', 'text', (c) => c.notNull())
      .addColumn('claimant', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('claims_pk', ['event_id', 'position'])
      .addForeignKeyConstraint(
        'claims_source',
        ['event_id', 'source_kind', 'source_ref'],
        'event_sources',
        ['event_id', 'kind', 'ref'],
        (c) => c.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('companies')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('parent', 'text')
      .addColumn('parent_key', 'text')
      .addColumn('industry', 'text')
      .addColumn('country', 'text')
      .addColumn('ticker', 'text')
      .execute();
    await db.schema.createIndex('companies_parent_key').on('companies').column('parent_key').execute();

    await db.schema
      .createTable('company_aliases')
      .addColumn('alias_key', 'text', (c) => c.primaryKey())
      .addColumn('alias', 'text', (c) => c.notNull())
      .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('company_aliases_company')
      .on('company_aliases')
      .column('company_id')
      .execute();

    await db.schema
      .createTable('curated_records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('company_key', 'text', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('industry', 'text')
      .addColumn('headcount', 'integer')
      .addColumn('percent', real)
      .addColumn('date', 'text')
      .addColumn('country', 'text')
      .addColumn('stage', 'text')
      .addColumn('source_url', 'text')
      .addColumn('raw', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('curated_records_company')
      .on('curated_records')
      .columns(['company_key', 'date'])
      .execute();

    await db.schema
      .createTable('warn_notices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('employer', 'text', (c) => c.notNull())
      .addColumn('site', 'text')
      .addColumn('city', 'text')
      .addColumn('county', 'text')
      .addColumn('notice_date', 'text')
      .addColumn('effective_date', 'text')
      .addColumn('employees', 'integer')
      .addColumn('closure_or_layoff', 'text')
      .addColumn('raw', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('warn_notices_state_date')
      .on('warn_notices')
      .columns(['state', 'notice_date'])
      .execute();

    await db.schema
      .createTable('feeds')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_polled_at', 'text')
      .addColumn('consecutive_errors', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    if (dialect === 'sqlite') await createSqliteFullText(db);
    else await createPostgresFullText(db);
  },
};

/** FTS5 tables reading documents and events as external content, kept in step by triggers. */
async function createSqliteFullText(db: Kysely<unknown>): Promise<void> {
  const tokenize = `tokenize='porter unicode61 remove_diacritics 2'`;
  const statements = [
    `create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='seq', ${tokenize})`,
    `create trigger documents_fts_insert after insert on documents begin
       insert into documents_fts(rowid, title, text) values (new.seq, new.title, new.text);
     end`,
    `create trigger documents_fts_delete after delete on documents begin
       insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
     end`,
    `create trigger documents_fts_update after update of title, text on documents begin
       insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
       insert into documents_fts(rowid, title, text) values (new.seq, new.title, new.text);
     end`,
    `create virtual table events_fts using fts5(search_text, content='events', content_rowid='seq', ${tokenize})`,
    `create trigger events_fts_insert after insert on events begin
       insert into events_fts(rowid, search_text) values (new.seq, new.search_text);
     end`,
    `create trigger events_fts_delete after delete on events begin
       insert into events_fts(events_fts, rowid, search_text) values ('delete', old.seq, old.search_text);
     end`,
    `create trigger events_fts_update after update of search_text on events begin
       insert into events_fts(events_fts, rowid, search_text) values ('delete', old.seq, old.search_text);
       insert into events_fts(rowid, search_text) values (new.seq, new.search_text);
     end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Generated tsvector columns with GIN indexes; PostgreSQL keeps them current by itself. */
async function createPostgresFullText(db: Kysely<unknown>): Promise<void> {
  // A tsvector is limited to 1 MB: index the first 500,000 characters of very long documents.
  const statements = [
    `alter table documents add column search tsvector generated always as
       (to_tsvector('english', coalesce(title, '') || ' ' || left(text, 500000))) stored`,
    'create index documents_search on documents using gin (search)',
    `alter table events add column search tsvector generated always as
       (to_tsvector('english', search_text)) stored`,
    'create index events_search on events using gin (search)',
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
