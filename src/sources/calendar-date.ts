/** Calendar dates as the contract writes them: YYYY-MM-DD, checked to be a real day. */

/** True for a real day written YYYY-MM-DD ("2026-02-30" is false). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Formats a year, month (1-12) and day as YYYY-MM-DD, or null when that day does not exist. */
export function formatCalendarDate(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC keeps the host's time zone out of it.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
