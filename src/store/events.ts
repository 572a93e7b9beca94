/** Events with their sources and claims: saved whole, read whole, listed by company, date and words. */

import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Claim, Claimant, EventSource, SourceKind } from '../domain.js';
import type { EvidenceSpan } from '../extract/types.js';
import { dateRangeLimits, type EventFilter, eventConditions } from './event-filter.js';
import {
  type EventToSave,
  eventColumns,
  eventFields,
  type StoredEvent,
  toStoredEvent,
} from './event-rows.js';
import { inList, insertRows, paramList, runPrepared } from './prepared-query.js';
import { chunks, nullsLast, toCount } from './query-helpers.js';
import type { SaveResult } from './save-result.js';
import type { EventsTable } from './schema.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { StoreInputError } from './store-input-error.js';

export type CandidateEventQuery = {
  /** Company keys (resolve's companyKey); an event matches by its top-level company, its own name or its parent. */
  companyKeys: readonly string[];
  from?: string | undefined;
  to?: string | undefined;
};

const EVENT_COLUMNS = [
  'id',
  'company',
  'company_key',
  'name_key',
  'parent_company',
  'parent_key',
  'date',
  'date_start',
  'date_end',
  'headcount',
  'headcount_value',
  'headcount_min',
  'headcount_max',
  'percent',
  'country',
  'ai_attribution',
  'details',
  'search_text',
  'digest',
  'created_at',
  'updated_at',
] as const;

/**
 * Inserts the event or replaces it (its sources and claims too) in one transaction. Saving an event
 * equal to the stored one writes nothing and keeps its updated_at.
 */
export async function saveEvent(ctx: StoreContext, input: EventToSave): Promise<SaveResult> {
  const event = eventFields(input);
  checkSources(event);
  const columns = eventColumns(event);
  return inTransaction(ctx, async (tx) => {
    const { rows } = await runPrepared(tx, 'event digest', [event.id], (db, p) =>
      db.selectFrom('events').select('digest').where('id', '=', p(0)),
    );
    const existing = rows[0];
    if (existing?.digest === columns.digest) return 'unchanged';
    const now = new Date().toISOString();
    // Upsert first: on PostgreSQL it locks the event row, so a concurrent save of the same event waits
    // here instead of interleaving its children with ours.
    const values = EVENT_COLUMNS.map((column) =>
      column === 'created_at' || column === 'updated_at' ? now : columns[column],
    );
    await runPrepared(tx, 'upsert event', values, (db, p) => {
      const placeholders = Object.fromEntries(EVENT_COLUMNS.map((column, i) => [column, p(i)]));
      const { id: _id, created_at: _created, ...changes } = placeholders;
      return db
        .insertInto('events')
        .values(placeholders as Insertable<EventsTable>)
        .onConflict((oc) => oc.column('id').doUpdateSet(changes as Updateable<EventsTable>));
    });
    // An event that was not there has no children to remove (their foreign keys need the event row).
    // Only SQLite may skip the deletes: its transaction holds the write lock from BEGIN, so no other
    // save can have added the event since it was read; on PostgreSQL one may have, until the upsert.
    if (existing || tx.dialect === 'postgres') {
      await runPrepared(tx, 'delete event claims', [event.id], (db, p) =>
        db.deleteFrom('claims').where('event_id', '=', p(0)),
      );
      await runPrepared(tx, 'delete event sources', [event.id], (db, p) =>
        db.deleteFrom('event_sources').where('event_id', '=', p(0)),
      );
    }
    await insertRows(
      tx,
      'event_sources',
      ['event_id', 'position', 'kind', 'ref', 'url', 'outlet', 'title', 'published', 'document_id'],
      event.sources.map((s, position) => ({ event_id: event.id, position, ...sourceColumns(s) })),
    );
    for (const part of chunks(
      event.claims.map((c, position) => ({ c, position })),
      200,
    )) {
      await insertRows(
        tx,
        'claims',
        ['event_id', 'position', 'field', 'value', 'source_kind', 'source_ref', 'claimant', 'evidence'],
        part.map(({ c, position }) => ({
          event_id: event.id,
          position,
          field: c.field,
          value: JSON.stringify(c.value ?? null),
          source_kind: c.source.kind,
          source_ref: c.source.ref,
          claimant: c.claimant,
          evidence: JSON.stringify(c.evidence),
        })),
      );
    }
    return existing ? 'updated' : 'inserted';
  });
}

/** Removes the event with its sources and claims; returns whether there was one. */
export async function deleteEvent(ctx: StoreContext, id: string): Promise<boolean> {
  const result = await ctx.db.deleteFrom('events').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether an event has this id (asked for each new event's id: one indexed lookup, built once). */
export async function hasEvent(ctx: StoreContext, id: string): Promise<boolean> {
  const { rows } = await runPrepared(ctx, 'has event', [id], (db, p) =>
    db.selectFrom('events').select('id').where('id', '=', p(0)),
  );
  return rows.length > 0;
}

export async function getEvent(ctx: StoreContext, id: string): Promise<StoredEvent | null> {
  const row = await ctx.db.selectFrom('events').select(EVENT_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [event] = await withChildren(ctx, [row]);
  return event ?? null;
}

/** Events matching the filter, latest first (undated last). */
export async function listEvents(ctx: StoreContext, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const conditions = await eventConditions(ctx, filter, 'listEvents');
  let query = ctx.db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where((eb) => eb.and(conditions))
    .orderBy(nullsLast('events.date_start'))
    .orderBy('events.date_start', 'desc')
    .orderBy('events.id');
  // SQLite accepts OFFSET only after a LIMIT.
  if (filter.limit !== undefined || filter.offset)
    query = query.limit(filter.limit ?? Number.MAX_SAFE_INTEGER);
  if (filter.offset) query = query.offset(filter.offset);
  return withChildren(ctx, await query.execute());
}

export async function countEvents(ctx: StoreContext, filter: EventFilter = {}): Promise<number> {
  const conditions = await eventConditions(ctx, filter, 'countEvents');
  const row = await ctx.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eb.and(conditions))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/**
 * Events a new report might belong to: same company or parent (by key) and, when a range is given,
 * a date period overlapping it. The resolver decides which, if any, it is.
 */
export async function findCandidateEvents(
  ctx: StoreContext,
  query: CandidateEventQuery,
): Promise<StoredEvent[]> {
  const keys = [...new Set(query.companyKeys)];
  if (keys.length === 0) return [];
  const { endsFrom, startsTo } = dateRangeLimits(query, 'findCandidateEvents');
  const limits = [endsFrom, startsTo].filter((limit) => limit !== null);
  const shape = `candidate events × ${keys.length}${endsFrom ? ' from' : ''}${startsTo ? ' to' : ''}`;
  const { rows } = await runPrepared(ctx, shape, [...keys, ...limits], (db, p) => {
    const k = paramList(p, keys.length);
    let next = keys.length;
    return db
      .selectFrom('events')
      .select(EVENT_COLUMNS)
      .where((eb) =>
        eb.and([
          eb.or([eb('company_key', 'in', k), eb('name_key', 'in', k), eb('parent_key', 'in', k)]),
          ...(endsFrom ? [eb('events.date_end', '>=', p(next++))] : []),
          ...(startsTo ? [eb('events.date_start', '<=', p(next++))] : []),
        ]),
      )
      .orderBy('events.id');
  });
  return withChildren(ctx, rows);
}

/** The id of every event, in order (for rebuilding events: the ones no longer built are removed). */
export async function listEventIds(ctx: StoreContext): Promise<string[]> {
  const rows = await ctx.db.selectFrom('events').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Ids of the events that cite a source (a document, a curated record, a WARN notice). */
export async function findEventIdsBySource(
  ctx: StoreContext,
  kind: SourceKind,
  ref: string,
): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('event_sources')
    .select('event_id')
    .distinct()
    .where('kind', '=', kind)
    .where('ref', '=', ref)
    .orderBy('event_id')
    .execute();
  return rows.map((r) => r.event_id);
}

/** Reads the sources and claims of a page of events (a few queries, not two per event). */
async function withChildren(ctx: StoreContext, rows: Selectable<EventsTable>[]): Promise<StoredEvent[]> {
  const sources = new Map<string, EventSource[]>();
  const claims = new Map<string, Claim[]>();
  const eventIds = rows.map((r) => r.id);
  for (const part of chunks(eventIds, 512)) {
    const ids = inList(part);
    const { rows: sourceRows } = await runPrepared(ctx, `event sources × ${ids.length}`, ids, (db, p) =>
      db
        .selectFrom('event_sources')
        .select(['event_id', 'kind', 'ref', 'url', 'outlet', 'title', 'published', 'document_id'])
        .where('event_id', 'in', paramList(p, ids.length))
        .orderBy('event_id')
        .orderBy('position'),
    );
    for (const { event_id, ...s } of sourceRows) {
      push(sources, event_id, { ...s, kind: s.kind as SourceKind });
    }
    const { rows: claimRows } = await runPrepared(ctx, `event claims × ${ids.length}`, ids, (db, p) =>
      db
        .selectFrom('claims')
        .select(['event_id', 'field', 'value', 'source_kind', 'source_ref', 'claimant', 'evidence'])
        .where('event_id', 'in', paramList(p, ids.length))
        .orderBy('event_id')
        .orderBy('position'),
    );
    for (const c of claimRows) {
      const source = sources.get(c.event_id)?.find((s) => s.kind === c.source_kind && s.ref === c.source_ref);
      push(claims, c.event_id, {
        field: c.field,
        value: JSON.parse(c.value) as unknown,
        // The foreign key guarantees the source row exists.
        source: source!,
        claimant: c.claimant as Claimant,
        evidence: JSON.parse(c.evidence) as EvidenceSpan[],
      });
    }
  }
  return rows.map((row) => toStoredEvent(row, sources.get(row.id) ?? [], claims.get(row.id) ?? []));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sourceColumns(s: EventSource) {
  return {
    kind: s.kind,
    ref: s.ref,
    url: s.url,
    outlet: s.outlet,
    title: s.title,
    published: s.published,
    document_id: s.document_id,
  };
}

/** Each source once; every claim cites one of the event's sources (the table's foreign key says so too). */
function checkSources(event: EventToSave): void {
  const seen = new Set<string>();
  for (const s of event.sources) {
    const key = `${s.kind}:${s.ref}`;
    if (seen.has(key)) throw new StoreInputError('saveEvent', `event ${event.id} lists source ${key} twice`);
    seen.add(key);
  }
  for (const c of event.claims) {
    if (!seen.has(`${c.source.kind}:${c.source.ref}`)) {
      throw new StoreInputError(
        'saveEvent',
        `event ${event.id}: the ${c.field} claim cites ${c.source.kind}:${c.source.ref}, which is not among its sources`,
      );
    }
  }
}
