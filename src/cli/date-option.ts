/** Checks of date-valued options, as usage errors that show the expected form. */
import { isCalendarDate } from '../sources/calendar-date.js';
import { UsageError } from './usage-error.js';

export const DAY_FORM = 'a date as YYYY-MM-DD, for example 2026-03-10';

/** A day (YYYY-MM-DD) option, or undefined when not given. */
export function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new UsageError(`${name} takes ${DAY_FORM}, not "${value}"`);
  return value;
}

const PARTIAL = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** A day, month or year (YYYY-MM-DD, YYYY-MM, YYYY) option, or undefined when not given. */
export function periodOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!PARTIAL.test(value) || (value.length === 10 && !isCalendarDate(value))) {
    throw new UsageError(`${name} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
