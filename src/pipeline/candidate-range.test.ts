import { describe, expect, it } from 'vitest';
import type { Candidate } from '../resolve/index.js';
import { addDays, candidateRange } from './candidate-range.js';

const candidate = (date: string | null, anchor: string | null) => ({ date, anchor }) as Candidate;

describe('candidateRange', () => {
  it.each([
    ['a day: the window either side', '2025-07-17', null, { from: '2025-07-03', to: '2025-07-31' }],
    ['a month: that month', '2025-07', '2025-07-18', { from: '2025-07', to: '2025-07' }],
    ['a year: that year', '2025', null, { from: '2025', to: '2025' }],
    ['undated: the window before publication', null, '2025-03-05', { from: '2025-02-19', to: '2025-03-05' }],
    ['undated and unpublished: no range', null, null, null],
  ])('%s', (_name, date, anchor, range) => {
    expect(candidateRange(candidate(date, anchor), 14)).toEqual(range);
  });

  it('counts days across months, leap days and years in UTC', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-25', 14)).toBe('2025-01-08');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
