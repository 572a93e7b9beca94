import { describe, expect, it } from 'vitest';
import { Cues } from './cues.js';

describe('Cues', () => {
  const cues = new Cues([['cost', 'budget'], ['costs'], ['arm'], ['warm']]);

  it('sets a bit for each group with a cue in the text, ignoring ASCII case', () => {
    expect(cues.in('no such words')).toBe(0);
    expect(cues.in('BUDGET cuts')).toBe(0b0001);
    expect(cues.in('Costs rose')).toBe(0b0011);
  });

  it('finds cues that overlap or sit inside words', () => {
    expect(cues.in('a warm day')).toBe(0b1100);
    expect(cues.in('pharmacy')).toBe(0b0100);
  });

  it('matches case as a regex flagged i without u does', () => {
    // The Kelvin sign lower-cases to k, and ſ upper-cases to S, but /i without /u matches neither.
    expect(/cost/i.test('coſt')).toBe(false);
    expect(cues.in('coſt')).toBe(0);
    expect(new Cues([['k']]).in('\u212a')).toBe(0);
  });
});
