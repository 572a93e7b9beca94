import { expect, it } from 'vitest';
import { csvLine } from './csv.js';

it('quotes fields with commas, quotes and line breaks, and leaves others bare', () => {
  expect(
    csvLine(['AWS', 'Seattle, WA', 'the "Specialist" unit', 'two\nlines', 12, null, undefined, '']),
  ).toBe('AWS,"Seattle, WA","the ""Specialist"" unit","two\nlines",12,,,\r\n');
});
