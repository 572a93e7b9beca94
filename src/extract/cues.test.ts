import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Cues } from './cues.js';

/** The definition: a regex of the cues, longest first, tried again one character after each match. */
function reference(groups: string[][], text: string): number {
  const own = new Map<string, number>();
  groups.forEach((cues, group) => {
    for (const cue of cues) own.set(cue.toLowerCase(), (own.get(cue.toLowerCase()) ?? 0) | (1 << group));
  });
  const cues = [...own.keys()].sort((a, b) => b.length - a.length);
  const scan = new RegExp(cues.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'gi');
  let found = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    for (const [cue, bits] of own) if (m[0].toLowerCase().startsWith(cue)) found |= bits;
    scan.lastIndex = m.index + 1;
  }
  return found;
}

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

  it('finds what a regex of the cues finds, for any cues and any text', () => {
    const letters = fc.constantFrom('a', 'b', 'A', 'B', ' ', '.', '%', 'ab', 'ba', 'aab');
    const cue = fc.string({ unit: letters, minLength: 1, maxLength: 4 });
    const groups = fc.array(fc.array(cue, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '.', '%', 'é', '\n', 'ſ'), maxLength: 40 }),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(groups, text, (g, t) => {
        expect(new Cues(g).in(t)).toBe(reference(g, t));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches case as a regex flagged i without u does', () => {
    // The Kelvin sign lower-cases to k, and ſ upper-cases to S, but /i without /u matches neither.
    expect(/cost/i.test('coſt')).toBe(false);
    expect(cues.in('coſt')).toBe(0);
    expect(new Cues([['k']]).in('\u212a')).toBe(0);
  });
});
