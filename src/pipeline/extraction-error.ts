/** The extractor failed on one document: that input is reported and the run goes on. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';

  constructor(
    /** Where the document came from, as the user gave it. */
    readonly input: string,
    options?: { cause?: unknown },
  ) {
    const reason = options?.cause instanceof Error ? options.cause.message : String(options?.cause);
    super(
      `${input}: the extractor failed on it (${reason}); please report it with the file attached`,
      options,
    );
  }
}
