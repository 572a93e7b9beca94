/**
 * What the near-duplicate lookup reads of a document (id, signature, twin), kept in memory for the
 * documents an open store lately wrote or read, so that an ingest does not read back from the database
 * the documents it has just stored. Stored documents never change, so an entry can only go stale when
 * the write that added it is undone: entries written inside a transaction stay tentative until it
 * commits, and a savepoint undone or a transaction rolled back drops the ones it added.
 */
import type { DuplicateCandidate } from './documents.js';

/** Entries kept at most, the oldest dropped first: about 0.8 KiB each. */
const KEEP = 20_000;

export class RecentDocuments {
  readonly #kept = new Map<number, DuplicateCandidate>();
  readonly #tentative = new Map<number, DuplicateCandidate>();
  /** The tentative entries in the order they were added, for undoing a savepoint. */
  #order: number[] = [];

  get(seq: number): DuplicateCandidate | undefined {
    return this.#tentative.get(seq) ?? this.#kept.get(seq);
  }

  /** A document written by the open transaction: kept only once it commits. */
  added(seq: number, document: DuplicateCandidate): void {
    this.#tentative.set(seq, document);
    this.#order.push(seq);
  }

  /** A document read from the database outside this store's open writes: already committed. */
  read(seq: number, document: DuplicateCandidate): void {
    if (this.#tentative.has(seq)) return;
    this.#keep(seq, document);
  }

  /** Where the tentative entries stand: undo(mark) forgets those added after it. */
  mark(): number {
    return this.#order.length;
  }

  undo(mark: number): void {
    for (const seq of this.#order.splice(mark)) this.#tentative.delete(seq);
  }

  committed(): void {
    for (const seq of this.#order) this.#keep(seq, this.#tentative.get(seq)!);
    this.rolledBack();
  }

  rolledBack(): void {
    this.#tentative.clear();
    this.#order = [];
  }

  #keep(seq: number, document: DuplicateCandidate): void {
    this.#kept.delete(seq);
    this.#kept.set(seq, document);
    if (this.#kept.size > KEEP) this.#kept.delete(this.#kept.keys().next().value!);
  }
}
