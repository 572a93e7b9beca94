/**
 * An event as `events --json` and `event --json` print it (DESIGN.md): the event's fields, its sources
 * without their internal refs, its AI claims with the source each came from, and its conflicts.
 */
import type { AiClaim, Conflict, Event, EventSource } from '../domain.js';

export type SourceJson = Pick<EventSource, 'kind' | 'url' | 'outlet' | 'title' | 'published' | 'document_id'>;

export type EventJson = Pick<
  Event,
  | 'id'
  | 'company'
  | 'parent_company'
  | 'date'
  | 'headcount'
  | 'percent'
  | 'country'
  | 'locations'
  | 'units'
  | 'reasons'
  | 'ai_attribution'
  | 'support'
  | 'hiring_areas'
  | 'context'
> & {
  ai_claims: (Omit<AiClaim, 'source'> & { source: SourceJson })[];
  sources: SourceJson[];
  conflicts: Conflict[];
};

export function sourceJson(s: EventSource): SourceJson {
  return {
    kind: s.kind,
    url: s.url,
    outlet: s.outlet,
    title: s.title,
    published: s.published,
    document_id: s.document_id,
  };
}

export function eventJson(e: Event): EventJson {
  return {
    id: e.id,
    company: e.company,
    parent_company: e.parent_company,
    date: e.date,
    headcount: e.headcount,
    percent: e.percent,
    country: e.country,
    locations: e.locations,
    units: e.units,
    reasons: e.reasons,
    ai_attribution: e.ai_attribution,
    ai_claims: e.ai_claims.map((c) => ({
      attribution: c.attribution,
      claimant: c.claimant,
      quote: c.quote,
      source: sourceJson(c.source),
    })),
    support: e.support,
    hiring_areas: e.hiring_areas,
    context: e.context,
    sources: e.sources.map(sourceJson),
    conflicts: e.conflicts,
  };
}
