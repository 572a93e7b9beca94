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

/** FNV-1a over UTF-16 code units. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingleHashes(text: string): Uint32Array {
  const hashes = words(text).map(hashString);
  const count = Math.max(1, hashes.length - SHINGLE_WORDS + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, hashes.length); j++) h = fmix32((h ^ hashes[j]!) + j - i);
    out[i] = h;
  }
  return out;
}

function minHashes(text: string): Uint32Array {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingleHashes(text)) {
    for (let i = 0; i < HASHES; i++) {
      const h = fmix32(shingle ^ SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
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
  const x = signatureBytes(a);
  const y = signatureBytes(b);
  let same = 0;
  for (let i = 0; i < HASHES * 4; i += 4) if (x.readUInt32BE(i) === y.readUInt32BE(i)) same++;
  return same / HASHES;
}

export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}
