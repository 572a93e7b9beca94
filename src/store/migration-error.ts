/** The database schema cannot be brought up to date by this version of layoffwatch. */
export class MigrationError extends Error {
  override name = 'MigrationError';

  constructor(
    /** The migration that failed or that this version does not know. */
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
