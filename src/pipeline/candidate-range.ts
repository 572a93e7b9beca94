/**
 * The dates an event must overlap to be worth loading for a candidate: a superset of what the
 * resolver's isSameEvent accepts, so the store returns few events and the resolver decides.
 */
import type { Candidate } from '../resolve/index.js';

export type DateRange = { from: string; to: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Null when the candidate has neither a date nor a day to anchor it: every event of its company may match. */
export function candidateRange(candidate: Candidate, windowDays: number): DateRange | null {
  if (candidate.date) {
    if (!DAY.test(candidate.date)) return { from: candidate.date, to: candidate.date };
    return { from: addDays(candidate.date, -windowDays), to: addDays(candidate.date, windowDays) };
  }
  if (candidate.anchor && DAY.test(candidate.anchor)) {
    return { from: addDays(candidate.anchor, -windowDays), to: candidate.anchor };
  }
  return null;
}

/** YYYY-MM-DD plus n days, in UTC so the host's time zone cannot shift it. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
