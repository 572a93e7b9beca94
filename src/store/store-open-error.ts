/** The database named by --db, LAYOFFWATCH_DB or DATABASE_URL could not be opened. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';

  /**
   * @param target the path or (password-redacted) URL that was tried
   * @param reason what went wrong, in one line
   * @param hint what the user can do about it
   */
  constructor(
    readonly target: string,
    readonly reason: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot open the database at ${target}: ${oneLine(reason)}; ${hint}`, options);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
