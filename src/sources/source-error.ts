/**
 * The one error every source adapter reports: an input (path, URL, `FILE:LINE`, "-") that could not be
 * read, with one line that names it and says what to do. An ingest run prints it and goes on.
 */
export class SourceError extends Error {
  override name = 'SourceError';
  /** The input as the user gave it. */
  readonly input: string;

  constructor(input: string, problem: string, options?: { cause?: unknown }) {
    super(`${oneLine(input)}: ${oneLine(problem)}`, options);
    this.input = input;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
