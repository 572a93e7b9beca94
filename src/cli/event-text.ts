/** Event fields as short text for tables and the Quick Recap: "hundreds (200–999)", "60 days' pay". */
import type { Event } from '../domain.js';
import type { Headcount, Support } from '../extract/types.js';

export function headcountText(h: Headcount | null): string {
  if (!h) return '';
  const n = (x: number) => x.toLocaleString('en-US');
  const range =
    h.min !== null && h.max !== null && h.min !== h.max
      ? `${n(h.min)}–${n(h.max)}`
      : h.min !== null && h.max === null
        ? `${n(h.min)}+`
        : null;
  if (h.value !== null) {
    const prefix = { exact: '', about: 'about ', at_least: 'at least ', up_to: 'up to ', vague: '' }[
      h.qualifier
    ];
    return `${prefix}${n(h.value)}`;
  }
  if (h.words) return range ? `${h.words} (${range})` : h.words;
  return range ?? '';
}

export function companyText(e: Pick<Event, 'company' | 'parent_company'>): string {
  return e.parent_company ? `${e.company} (${e.parent_company})` : e.company;
}

export function supportText(s: Support): string {
  const parts: string[] = [];
  if (s.severance) parts.push('severance');
  if (s.continued_pay_days !== null) parts.push(`${s.continued_pay_days} days of continued pay`);
  if (s.healthcare) parts.push('healthcare');
  if (s.job_placement) parts.push('internal job placement');
  return parts.join(', ');
}

/**
 * The places of an event for reading: a place named with its state or region ("Reno, Nevada") stands
 * for its parts named elsewhere ("Reno", "Nevada"), which the event keeps as claimed; places are
 * separated by semicolons, since a place's own name may hold a comma.
 */
export function placesText(locations: readonly string[]): string {
  const parts = new Set(locations.flatMap((place) => (place.includes(',') ? place.split(/,\s*/) : [])));
  return locations.filter((place) => !parts.has(place)).join('; ');
}

export function words(values: readonly string[]): string {
  return values.map((v) => v.replace(/_/g, ' ')).join(', ');
}
