/**
 * Near-duplicate detection for documents: a syndicated copy (the same story under another headline,
 * with other boilerplate and a few edited sentences) is linked to its twin and never counted as a
 * second source. MinHash over 5-word shingles estimates the Jaccard similarity of two texts from
 * small stored signatures; LSH band keys let the store find candidate twins with an indexed lookup
 * instead of comparing every pair.
 */

/** Words per shingle: long enough that two different stories share few, short enough to survive edits. */
const SHINGLE_WORDS = 5;
const HASHES = 128;
/**
 * 42 bands of 3 rows (126 of the 128 hashes): a pair with similarity 0.4 becomes a candidate with
 * probability 0.94, 0.5 with 0.996; a pair at 0.1 with 0.04, at 0.02 with 0.0003.
 */
const BAND_ROWS = 3;
const BANDS = Math.floor(HASHES / BAND_ROWS);
const SIGNATURE_PREFIX = 'mh1:';

/**
 * Estimated shingle overlap from which two documents are the same story. The test's syndicated copy
 * (other headline, other boilerplate, three of eight paragraphs edited) measures about 0.59; two
 * outlets writing up the same event in their own words measure about 0.01, even sharing a quote.
 * 0.4 leaves room for heavier edits while staying far above what independent write-ups share.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.4;

/** Murmur3's finaliser: a fast, well-mixing 32-bit permutation. */
function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** Whether a code point is a letter or a number (\p{L} or \p{N}); ASCII from a table, the rest asked once. */
const WORD_ASCII = Uint8Array.from({ length: 128 }, (_, c) =>
  Number(/[A-Za-z0-9]/.test(String.fromCharCode(c))),
);
const wordCodePoints = new Map<number, boolean>();
function isWordCodePoint(c: number): boolean {
  if (c < 128) return WORD_ASCII[c] === 1;
  let known = wordCodePoints.get(c);
  if (known === undefined) {
    known = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(c));
    wordCodePoints.set(c, known);
  }
  return known;
}

/** Combining marks only exist from U+0300 on: a text without such characters has none to strip. */
const BEYOND_LATIN1 = /[\u0300-\uffff]/;

/**
 * The FNV-1a hash of each word of the text: its letters and numbers after compatibility decomposition,
 * without combining marks, in lower case, apostrophes dropped ("company’s" is one word). Written as
 * one pass over the text instead of matching and slicing every word (exported for the test that
 * holds it to that definition).
 */
export function wordHashes(text: string): number[] {
  let plain = text.normalize('NFKD');
  if (BEYOND_LATIN1.test(plain)) plain = plain.replace(/\p{M}/gu, '');
  plain = plain.toLowerCase();
  const hashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < plain.length; i++) {
    const unit = plain.charCodeAt(i);
    // Apostrophes are removed before words are read: they join what stands on either side.
    if (unit === 39 || unit === 0x2019) continue;
    let c = unit;
    let units = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < plain.length) {
      const low = plain.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        units = 2;
      }
    }
    if (isWordCodePoint(c)) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h ^= unit;
      h = Math.imul(h, 0x01000193);
      if (units === 2) {
        h ^= plain.charCodeAt(i + 1);
        h = Math.imul(h, 0x01000193);
        i++;
      }
    } else if (inWord) {
      hashes.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

function shingleHashes(text: string): Uint32Array {
  const hashes = wordHashes(text);
  const count = Math.max(1, hashes.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, hashes.length); j++) h = fmix32((h ^ hashes[j]!) + j - i);
    out[i] = h;
  }
  return out;
}

/**
 * For each of the HASHES seeds, the least hash of any shingle (fmix32 of the shingle xor the seed),
 * four seeds per pass over the shingles, their minimums kept in locals: a third faster than one seed
 * a pass, the same answers.
 */
function minHashes(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const n = shingles.length;
  const mins = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i += 4) {
    const s0 = SEEDS[i]!;
    const s1 = SEEDS[i + 1]!;
    const s2 = SEEDS[i + 2]!;
    const s3 = SEEDS[i + 3]!;
    let m0 = 0xffffffff;
    let m1 = m0;
    let m2 = m0;
    let m3 = m0;
    for (let j = 0; j < n; j++) {
      const x = shingles[j]!;
      const h0 = fmix32(x ^ s0);
      if (h0 < m0) m0 = h0;
      const h1 = fmix32(x ^ s1);
      if (h1 < m1) m1 = h1;
      const h2 = fmix32(x ^ s2);
      if (h2 < m2) m2 = h2;
      const h3 = fmix32(x ^ s3);
      if (h3 < m3) m3 = h3;
    }
    mins[i] = m0;
    mins[i + 1] = m1;
    mins[i + 2] = m2;
    mins[i + 3] = m3;
  }
  return mins;
}

function signatureBytes(signature: string): Buffer {
  if (!signature.startsWith(SIGNATURE_PREFIX)) {
    throw new Error(
      `near-duplicate: "${signature.slice(0, 12)}…" is not a MinHash signature; recompute it with signature()`,
    );
  }
  const bytes = Buffer.from(signature.slice(SIGNATURE_PREFIX.length), 'base64url');
  if (bytes.length !== HASHES * 4)
    throw new Error('near-duplicate: signature has the wrong length; recompute it');
  return bytes;
}

function decode(signature: string): Uint32Array {
  const bytes = signatureBytes(signature);
  const mins = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) mins[i] = bytes.readUInt32BE(i * 4);
  return mins;
}

/** The MinHash signature of a text, as a short string to store beside the document ("mh1:" + 684 chars). */
export function signature(text: string): string {
  const mins = minHashes(text);
  const bytes = Buffer.alloc(HASHES * 4);
  for (let i = 0; i < HASHES; i++) bytes.writeUInt32BE(mins[i]!, i * 4);
  return SIGNATURE_PREFIX + bytes.toString('base64url');
}

/**
 * The LSH band keys of a signature ("07:3f2a9c1e", 42 of them): two documents that share any key are candidate
 * near-duplicates, to be confirmed with similarity(). Store one row per key and look candidates up by key.
 */
export function bandKeys(sig: string): string[] {
  const mins = decode(sig);
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band;
    for (let row = 0; row < BAND_ROWS; row++) h = fmix32(h ^ mins[band * BAND_ROWS + row]!);
    keys.push(`${band.toString().padStart(2, '0')}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
export function similarity(a: string, b: string): number {
  return similarityOf(decodeSignature(a), decodeSignature(b));
}

/** A signature's hashes, for comparing one with many without decoding it each time. */
export function decodeSignature(signature: string): Uint32Array {
  return decode(signature);
}

/** similarity() of two decoded signatures. */
export function similarityOf(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}
