/** A caller handed the store something it cannot keep or look up: a bad date filter, an orphan claim. */
export class StoreInputError extends Error {
  override name = 'StoreInputError';

  constructor(
    /** The store operation that refused the input, e.g. "listEvents". */
    readonly operation: string,
    message: string,
  ) {
    super(`${operation}: ${message}`);
  }
}
