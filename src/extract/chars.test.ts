/** The character tests answer exactly as the regex classes they replace, on every code unit. */
import { describe, expect, it } from 'vitest';
import { isSpace, nextSpace, skipSpace } from './chars.js';

const units = Array.from({ length: 0x10000 }, (_, c) => c);

describe('character tests match their regex classes', () => {
  it('isSpace is \\s and what trim() removes', () => {
    const wrong = units.filter((c) => {
      const ch = String.fromCharCode(c);
      return isSpace(c) !== /\s/.test(ch) || isSpace(c) !== (ch.trim() === '');
    });
    expect(wrong).toEqual([]);
  });

  it('nextSpace and skipSpace stop at the end of the string', () => {
    expect(nextSpace('Acme\u00a0Corp', 0)).toBe(4);
    expect(nextSpace('Acme', 1)).toBe(4);
    expect(skipSpace('a \u2028\tb', 1)).toBe(4);
    expect(skipSpace('a  ', 1)).toBe(3);
  });
});
