/**
 * One candidate (a report or a curated record) into the stored events: the events of its company near
 * its date are loaded, the resolver picks the one it belongs to (or none), and the merged event is saved.
 */
import { type Candidate, findEvent, mergeIntoEvent } from '../resolve/index.js';
import type { Store } from '../store/index.js';
import { candidateRange } from './candidate-range.js';
import { distinctEventId } from './distinct-event-id.js';

/** created: a new event; merged: an event changed; unchanged: it said nothing new; dropped: a mention of no known event. */
export type MergeOutcome = 'created' | 'merged' | 'unchanged' | 'dropped';

export async function mergeCandidate(
  store: Store,
  candidate: Candidate,
  windowDays: number,
  /** An event that already cites this candidate's source, which it should stay in. */
  preferred: string | null = null,
): Promise<MergeOutcome> {
  const range = candidateRange(candidate, windowDays);
  const nearby = await store.findCandidateEvents({ companyKeys: [candidate.key], ...range });
  const existing =
    nearby.find((event) => event.id === preferred && event.company_key === candidate.key) ??
    findEvent(nearby, candidate, { windowDays });
  if (!existing && candidate.role === 'mention') return 'dropped';
  let merged = mergeIntoEvent(existing, candidate);
  if (merged.id !== existing?.id) {
    merged = await distinctEventId(merged, async (id) => id !== existing?.id && (await store.hasEvent(id)));
  }
  if (existing && existing.id !== merged.id) await store.deleteEvent(existing.id);
  const saved = await store.saveEvent(merged);
  if (!existing) return 'created';
  return saved === 'unchanged' && existing.id === merged.id ? 'unchanged' : 'merged';
}
