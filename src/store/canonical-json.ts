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
      return quote(value);
    case 'number':
      // Number's own text is JSON's for every finite number (-0 included: both write "0").
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // JSON.stringify throws on these too.
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object': {
      const json = (value as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return write(json.call(value));
      // Written by appending to one string: events are digested on every save, and arrays of parts
      // joined, or each object's keys sorted by Array.prototype.sort, were a third of what saving one
      // allocated.
      if (Array.isArray(value)) {
        // A loop, not map: map skips the holes of a sparse array, which JSON writes as null.
        let out = '[';
        for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${write(value[i]) ?? 'null'}`;
        return `${out}]`;
      }
      let out = '{';
      for (const key of sortedKeys(value)) {
        const inner = write((value as Record<string, unknown>)[key]);
        if (inner !== undefined) out += `${out.length > 1 ? ',' : ''}${quotedKey(key)}${inner}`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control characters, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * The keys in the order the sorted copy's JSON had them: sorted, except that keys which are array
 * indices come first in numeric order, as JavaScript enumerates any object's.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.some(isArrayIndex)) {
    keys.sort();
    const indices = keys.filter(isArrayIndex);
    indices.sort((a, b) => Number(a) - Number(b));
    return [...indices, ...keys.filter((key) => !isArrayIndex(key))];
  }
  // Insertion sort, in place: objects here have few keys, often in order already.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i;
    while (j > 0 && keys[j - 1]! > key) {
      keys[j] = keys[j - 1]!;
      j--;
    }
    keys[j] = key;
  }
  return keys;
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
