/**
 * The near-duplicate lookup: a new document's MinHash bands find the stored documents that may be the
 * same story, and the most similar one above the threshold is its twin. A copy of a copy links to the
 * original, so every syndicated copy points at the document that speaks for the story.
 */
import { decodeSignature, NEAR_DUPLICATE_THRESHOLD, similarityOf } from '../resolve/index.js';
import type { DuplicateCandidate, Store } from '../store/index.js';

/** Candidates' signatures decoded once: the store hands back the same objects for recent documents. */
const decoded = new WeakMap<DuplicateCandidate, Uint32Array>();

export async function findTwin(
  store: Store,
  signature: string,
  bands: readonly string[],
): Promise<string | null> {
  let twin: string | null = null;
  let best = -1;
  const candidates = await store.findDuplicateCandidates(bands);
  if (candidates.length === 0) return null;
  const mine = decodeSignature(signature);
  for (const candidate of candidates) {
    if (!candidate.signature) continue;
    let theirs = decoded.get(candidate);
    if (!theirs) {
      theirs = decodeSignature(candidate.signature);
      decoded.set(candidate, theirs);
    }
    const score = similarityOf(mine, theirs);
    if (score >= NEAR_DUPLICATE_THRESHOLD && score > best) {
      best = score;
      twin = candidate.duplicate_of ?? candidate.id;
    }
  }
  return twin;
}
