import { expect, it } from 'vitest';
import { dateBounds } from './date-bounds.js';

it.each([
  ['2026-02-05', { start: '2026-02-05', end: '2026-02-05' }],
  ['2026-02', { start: '2026-02-01', end: '2026-02-31' }],
  ['2026', { start: '2026-01-01', end: '2026-12-31' }],
  ['2026-13', null],
  ['2026-02-5', null],
  ['Q1 2026', null],
  ['', null],
  [null, null],
])('dateBounds(%j)', (date, bounds) => {
  expect(dateBounds(date)).toEqual(bounds);
});
