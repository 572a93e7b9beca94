/**
 * JSON with object keys sorted, so equal values always give the same text (and the same digest).
 * The same text JSON.stringify gives with keys sorted — written out directly, since events are
 * digested on every save and copying each object just to sort its keys showed in the profile.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'undefined';
}

/** JSON.stringify's rules: toJSON first; undefined, functions and symbols dropped from objects, null in arrays. */
function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // JSON.stringify throws on these too.
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object': {
      const json = (value as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write(json.call(value));
      if (Array.isArray(value)) {
        // A loop, not map: map skips the holes of a sparse array, which JSON writes as null.
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) items.push(write(value[i]) ?? 'null');
        return `[${items.join(',')}]`;
      }
      const parts: string[] = [];
      for (const key of sortedKeys(value)) {
        const inner = write((value as Record<string, unknown>)[key]);
        if (inner !== undefined) parts.push(quotedKey(key) + inner);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/**
 * The keys in the order the sorted copy's JSON had them: sorted, except that keys which are array
 * indices come first in numeric order, as JavaScript enumerates any object's.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value).sort();
  if (!keys.some(isArrayIndex)) return keys;
  const indices = keys.filter(isArrayIndex);
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((key) => !isArrayIndex(key))];
}

// Events hold the same few keys over and over: each is quoted once.
const quoted = new Map<string, string>();

/** The key as JSON writes it, with its colon. */
function quotedKey(key: string): string {
  let q = quoted.get(key);
  if (q === undefined) {
    q = `${JSON.stringify(key)}:`;
    if (quoted.size < 10_000) quoted.set(key, q);
  }
  return q;
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}
