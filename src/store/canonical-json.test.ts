import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

/** The definition: JSON.stringify with every object's keys sorted. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    // No prototype: an own "__proto__" key stays a key instead of setting the copy's prototype.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

describe('canonicalJson', () => {
  it('gives the text of JSON.stringify with sorted keys, for any JSON-like value', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withDate: true,
      withSparseArray: true,
      withBoxedValues: false,
      withBigInt: false,
      withMap: false,
      withSet: false,
      withTypedArray: false,
      withObjectString: false,
    });
    fc.assert(
      fc.property(value, (v) => canonicalJson(v) === (reference(v) ?? 'undefined')),
      {
        numRuns: 2000,
      },
    );
  });

  it('sorts keys at every depth and leaves out what JSON leaves out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, undefined], c: null }, e: undefined, f: () => 1 })).toBe(
      '{"a":{"c":null,"d":[3,null]},"b":1}',
    );
    expect(canonicalJson(JSON.parse('{"__proto__":{"b":1,"a":2}}'))).toBe('{"__proto__":{"a":2,"b":1}}');
    expect(canonicalJson({ when: new Date('2026-01-02T03:04:05Z'), n: Number.NaN, z: -0 })).toBe(
      '{"n":null,"when":"2026-01-02T03:04:05.000Z","z":0}',
    );
  });
});
