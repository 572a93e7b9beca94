/**
 * The resolver names an event after its company key and its first source. One article can be the
 * first source of two events of one company (its own cut, and an earlier round it mentions), which
 * would give both the same id; the later one then gets an id derived from the taken one and its own
 * date and sources, the same on every run.
 */
import { createHash } from 'node:crypto';
import type { MergedEvent } from '../resolve/index.js';

export async function distinctEventId(
  event: MergedEvent,
  isTaken: (id: string) => boolean | Promise<boolean>,
): Promise<MergedEvent> {
  let id = event.id;
  const sources = event.sources.map((s) => `${s.kind}:${s.ref}`).join(',');
  for (let attempt = 1; await isTaken(id); attempt++) {
    id = createHash('sha256')
      .update(`${event.id}|${event.date ?? ''}|${sources}|${attempt}`)
      .digest('hex')
      .slice(0, 16);
  }
  return id === event.id ? event : { ...event, id };
}
