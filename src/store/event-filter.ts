/** The filters of the events list (company, date range, words), as conditions both dialects share. */
import { type Expression, expressionBuilder, type SqlBool } from 'kysely';
import { companyKeysFor } from './companies.js';
import { dateBounds } from './date-bounds.js';
import { indexEventText } from './full-text-backlog.js';
import { eventsMatch, searchWords } from './full-text-search.js';
import type { Database } from './schema.js';
import type { StoreContext } from './store-context.js';
import { StoreInputError } from './store-input-error.js';

export type EventFilter = {
  /** A company name, alias or parent, in any case: "aws", "Amazon Web Services" and "Amazon" all find AWS. */
  company?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD; an event is kept when its date (itself maybe a month or a year) overlaps. */
  from?: string | undefined;
  to?: string | undefined;
  /** Words that must all appear in the event (company, units, locations, context, quotes). */
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export async function eventConditions(
  ctx: StoreContext,
  filter: EventFilter,
  operation: string,
): Promise<Expression<SqlBool>[]> {
  const eb = expressionBuilder<Database, 'events'>();
  const conditions: Expression<SqlBool>[] = [];
  if (filter.company?.trim()) {
    const keys = await companyKeysFor(ctx, filter.company);
    conditions.push(
      eb.or([
        eb('events.name_key', 'in', keys),
        eb('events.company_key', 'in', keys),
        eb('events.parent_key', 'in', keys),
      ]),
    );
  }
  conditions.push(...dateRangeConditions(filter, operation));
  const words = searchWords(filter.q);
  if (words) {
    await indexEventText(ctx);
    conditions.push(eventsMatch(ctx.dialect, words));
  }
  return conditions;
}

/** Events whose date period overlaps from..to; undated events never match a date range. */
export function dateRangeConditions(
  range: { from?: string | undefined; to?: string | undefined },
  operation: string,
): Expression<SqlBool>[] {
  const eb = expressionBuilder<Database, 'events'>();
  const { endsFrom, startsTo } = dateRangeLimits(range, operation);
  const conditions: Expression<SqlBool>[] = [];
  if (endsFrom) conditions.push(eb('events.date_end', '>=', endsFrom));
  if (startsTo) conditions.push(eb('events.date_start', '<=', startsTo));
  return conditions;
}

/**
 * The limits of a date range as the events table compares them: an event overlaps it when its
 * date_end is at least `endsFrom` and its date_start at most `startsTo` (each null when open).
 */
export function dateRangeLimits(
  range: { from?: string | undefined; to?: string | undefined },
  operation: string,
): { endsFrom: string | null; startsTo: string | null } {
  return {
    endsFrom: range.from ? boundsOf(range.from, 'from', operation).start : null,
    startsTo: range.to ? boundsOf(range.to, 'to', operation).end : null,
  };
}

function boundsOf(value: string, name: string, operation: string) {
  const bounds = dateBounds(value);
  if (!bounds)
    throw new StoreInputError(operation, `${name} date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return bounds;
}
