/**
 * Event dates may be a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY). Each is stored with the first
 * and last day it can mean, so a date filter keeps every event whose period overlaps the asked range.
 * Bounds are plain YYYY-MM-DD strings: they compare correctly as text on both dialects
 * (a month's end is written as day 31, which sorts after every real day of that month).
 */

export type DateBounds = { start: string; end: string };

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The period a partial date can mean, or null when the value is not a (partial) ISO date. */
export function dateBounds(date: string | null | undefined): DateBounds | null {
  if (!date) return null;
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return { start: date, end: date };
  if (month) return { start: `${year}-${month}-01`, end: `${year}-${month}-31` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}
