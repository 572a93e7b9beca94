import { describe, expect, it } from 'vitest';
import { placesText } from './event-text.js';

describe('placesText', () => {
  it('reads a place named with its state once, and keeps the others apart', () => {
    expect(placesText(['Reno', 'Reno, Nevada', 'Nevada'])).toBe('Reno, Nevada');
    expect(placesText(['Pittsburgh', 'Pennsylvania', 'Austin, Texas'])).toBe(
      'Pittsburgh; Pennsylvania; Austin, Texas',
    );
    expect(placesText(['Halewood, Merseyside', 'Solihull', 'Merseyside'])).toBe(
      'Halewood, Merseyside; Solihull',
    );
    expect(placesText([])).toBe('');
  });
});
