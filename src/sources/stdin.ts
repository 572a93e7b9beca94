/** Standard input as one document (`ingest -`): HTML when it looks like HTML, plain text otherwise. */
import type { SourceDocument } from '../domain.js';
import { DEFAULT_FILE_MAX_BYTES } from './file.js';
import { formatBytes } from './format-bytes.js';
import { SourceError } from './source-error.js';
import { decodeLocalText, textDocument } from './text-document.js';

export type ReadStdinOptions = {
  /** Largest input read; reading stops with an error past it. Default 20 MB, as for files. */
  maxBytes?: number;
};

/** The origin that stands for standard input in documents and error messages. */
export const STDIN_ORIGIN = '-';

/** Reads all of `input` (standard input by default) into a document whose origin is "-". */
export async function readStdinDocument(
  input: AsyncIterable<Uint8Array | string> = process.stdin,
  options: ReadStdinOptions = {},
): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_FILE_MAX_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) {
      throw new SourceError(
        STDIN_ORIGIN,
        `standard input is larger than the ${formatBytes(maxBytes)} a document may be; split it`,
      );
    }
    chunks.push(bytes);
  }
  const raw = Buffer.concat(chunks);
  const { text, kind } = decodeLocalText(STDIN_ORIGIN, raw, null);
  return textDocument(text, kind, { origin: STDIN_ORIGIN, url: null, raw });
}
