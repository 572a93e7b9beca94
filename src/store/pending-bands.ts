/**
 * Near-duplicate band keys of the documents stored since the last move to the big index, kept in
 * memory by each open store. The database holds them too (`document_bands_pending`, one row per
 * document, appended in order), so that any process can rebuild them; a store checks before each
 * lookup that its copy matches the table (count, last document, sum of checksums) and catches up
 * when another process or a rolled-back savepoint changed it. A stale entry could only add a
 * candidate, which the signature comparison then rejects; it can never hide one.
 */

export type PendingState = { count: number; last: number; sum: number };

export class PendingBands {
  readonly #bandsBySeq = new Map<number, { bands: readonly number[]; checksum: number }>();
  readonly #seqsByBand = new Map<number, number[]>();
  #last = -1;
  #sum = 0;
  /**
   * The transaction the copy was last checked in. Within one, only this store writes (SQLite holds
   * the write lock), so one check serves its whole batch; a savepoint undone meanwhile leaves at most
   * a stale entry, replaced when its document number is used again.
   */
  checkedIn: unknown = null;

  get state(): PendingState {
    return { count: this.#bandsBySeq.size, last: this.#last, sum: this.#sum };
  }

  has(seq: number, checksum: number): boolean {
    return this.#bandsBySeq.get(seq)?.checksum === checksum;
  }

  bandsOf(seq: number): readonly number[] {
    return this.#bandsBySeq.get(seq)?.bands ?? [];
  }

  seqs(): IterableIterator<number> {
    return this.#bandsBySeq.keys();
  }

  /** Records (or replaces) a document's keys. */
  add(seq: number, bands: readonly number[], checksum: number): void {
    this.remove(seq);
    this.#bandsBySeq.set(seq, { bands, checksum });
    for (const band of bands) {
      const seqs = this.#seqsByBand.get(band);
      if (seqs) seqs.push(seq);
      else this.#seqsByBand.set(band, [seq]);
    }
    this.#sum += checksum;
    if (seq > this.#last) this.#last = seq;
  }

  remove(seq: number): void {
    const entry = this.#bandsBySeq.get(seq);
    if (!entry) return;
    this.#bandsBySeq.delete(seq);
    for (const band of entry.bands) {
      const seqs = this.#seqsByBand.get(band);
      if (!seqs) continue;
      const rest = seqs.filter((s) => s !== seq);
      if (rest.length > 0) this.#seqsByBand.set(band, rest);
      else this.#seqsByBand.delete(band);
    }
    this.#sum -= entry.checksum;
    if (seq === this.#last) this.#last = Math.max(-1, ...this.#bandsBySeq.keys());
  }

  clear(): void {
    this.#bandsBySeq.clear();
    this.#seqsByBand.clear();
    this.#last = -1;
    this.#sum = 0;
  }

  /** The documents holding any of the keys. */
  find(bands: readonly number[], into: Set<number>): void {
    for (const band of bands) for (const seq of this.#seqsByBand.get(band) ?? []) into.add(seq);
  }
}

/** A 31-bit checksum of a document's keys, so that a reused document number with other keys shows. */
export function bandsChecksum(bands: readonly number[]): number {
  let h = 0x2545f491;
  for (const band of bands) {
    h = Math.imul(h ^ (band % 0x100000000), 0x01000193);
    h = Math.imul(h ^ Math.floor(band / 0x100000000), 0x01000193);
  }
  return (h >>> 1) & 0x7fffffff;
}
