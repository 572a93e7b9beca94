/** How an Event maps to its row in `events` and back (its sources and claims live in their own tables). */
import { createHash } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { Claim, Event, EventSource } from '../domain.js';
import type { Headcount } from '../extract/types.js';
import { companyKey } from '../resolve/index.js';
import { canonicalJson } from './canonical-json.js';
import { dateBounds } from './date-bounds.js';
import type { EventsTable } from './schema.js';

/** An event as the resolver saves it: `company_key` is the key (resolve's companyKey) of its top-level company. */
export type EventToSave = Event & { company_key: string };

/** An event as stored, with when it was first saved and last changed. */
export type StoredEvent = EventToSave & { created_at: string; updated_at: string };

type EventDetails = Pick<
  Event,
  'locations' | 'units' | 'reasons' | 'ai_claims' | 'support' | 'hiring_areas' | 'context' | 'conflicts'
>;

/** The columns of `events` that come from the event itself (not timestamps). */
export type EventColumns = Omit<Insertable<EventsTable>, 'created_at' | 'updated_at'>;

/** Only the fields an event has: a StoredEvent or an object with extra keys saves like the bare event. */
export function eventFields(event: EventToSave): EventToSave {
  return {
    id: event.id,
    company: event.company,
    company_key: event.company_key,
    parent_company: event.parent_company,
    date: event.date,
    headcount: event.headcount,
    percent: event.percent,
    country: event.country,
    locations: event.locations,
    units: event.units,
    reasons: event.reasons,
    ai_attribution: event.ai_attribution,
    ai_claims: event.ai_claims,
    support: event.support,
    hiring_areas: event.hiring_areas,
    context: event.context,
    sources: event.sources,
    claims: event.claims,
    conflicts: event.conflicts,
  };
}

export function eventColumns(event: EventToSave): EventColumns {
  const bounds = dateBounds(event.date);
  const details: EventDetails = {
    locations: event.locations,
    units: event.units,
    reasons: event.reasons,
    ai_claims: event.ai_claims,
    support: event.support,
    hiring_areas: event.hiring_areas,
    context: event.context,
    conflicts: event.conflicts,
  };
  return {
    id: event.id,
    company: event.company,
    company_key: event.company_key,
    name_key: companyKey(event.company),
    parent_company: event.parent_company,
    parent_key: event.parent_company ? companyKey(event.parent_company) : null,
    date: event.date,
    date_start: bounds?.start ?? null,
    date_end: bounds?.end ?? null,
    headcount: event.headcount ? JSON.stringify(event.headcount) : null,
    headcount_value: event.headcount?.value ?? null,
    headcount_min: event.headcount?.min ?? null,
    headcount_max: event.headcount?.max ?? null,
    percent: event.percent,
    country: event.country,
    ai_attribution: event.ai_attribution,
    details: JSON.stringify(details),
    search_text: searchText(event),
    digest: createHash('sha256')
      .update(canonicalJson(eventFields(event)))
      .digest('hex'),
  };
}

/** The words full-text search finds an event by. */
function searchText(event: Event): string {
  return [
    event.company,
    event.parent_company,
    event.country,
    event.headcount?.words,
    ...event.locations,
    ...event.units,
    ...event.reasons.map((r) => r.replace(/_/g, ' ')),
    ...event.hiring_areas,
    ...event.context,
    ...event.support.notes,
    ...event.ai_claims.map((c) => c.quote),
  ]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join('\n');
}

export function toStoredEvent(
  row: Selectable<EventsTable>,
  sources: EventSource[],
  claims: Claim[],
): StoredEvent {
  const details = JSON.parse(row.details) as EventDetails;
  return {
    id: row.id,
    company: row.company,
    company_key: row.company_key,
    parent_company: row.parent_company,
    date: row.date,
    headcount: row.headcount === null ? null : (JSON.parse(row.headcount) as Headcount),
    percent: row.percent,
    country: row.country,
    locations: details.locations,
    units: details.units,
    reasons: details.reasons,
    ai_attribution: row.ai_attribution as Event['ai_attribution'],
    ai_claims: details.ai_claims,
    support: details.support,
    hiring_areas: details.hiring_areas,
    context: details.context,
    sources,
    claims,
    conflicts: details.conflicts,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
