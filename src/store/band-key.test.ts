import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandKeys, signature } from '../resolve/index.js';
import { bandKeyNumber } from './band-key.js';

/** The definition the hand-written reader follows. */
function reference(key: string): number | null {
  const m = /^(\d{1,5}):([0-9a-f]{1,8})$/.exec(key);
  return m ? Number(m[1]) * 2 ** 32 + Number.parseInt(m[2]!, 16) : null;
}

function read(key: string): number | null {
  try {
    return bandKeyNumber(key, 'test');
  } catch {
    return null;
  }
}

describe('bandKeyNumber', () => {
  it('reads the keys bandKeys makes', () => {
    const keys = bandKeys(
      signature('Globex will cut 300 jobs at its Halden plant, the company said on Monday.'),
    );
    expect(keys).toHaveLength(42);
    for (const key of keys) expect(read(key)).toBe(reference(key));
    expect(read('07:3f2a9c1e')).toBe(7 * 2 ** 32 + 0x3f2a9c1e);
  });

  it('accepts and refuses what the pattern does, for any string', () => {
    const keyLike = fc
      .tuple(
        fc.stringMatching(/^[0-9]{0,6}$/),
        fc.constantFrom(':', '', '::', ';'),
        fc.stringMatching(/^[0-9a-gA-F]{0,9}$/),
      )
      .map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(
        fc.oneof(keyLike, fc.string(), fc.constant('07:3f2a9c1e\n')),
        (key) => read(key) === reference(key),
      ),
      { numRuns: 3000 },
    );
  });

  it('names the operation and the key it refuses', () => {
    expect(() => bandKeyNumber('7:xyz', 'insertDocument')).toThrow(/insertDocument.*7:xyz/);
  });
});
