/** A worker thread of the extraction pool: documents in, their signature, bands and reports out. */
import { parentPort } from 'node:worker_threads';
import type { ExtractionRequest, ExtractionResponse } from './extraction-pool.js';
import { readDocument } from './prepare-document.js';

parentPort?.on('message', ({ seq, document }: ExtractionRequest) => {
  let response: ExtractionResponse;
  try {
    response = { seq, ok: true, ...readDocument(document) };
  } catch (error) {
    response = {
      seq,
      ok: false,
      message:
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error),
    };
  }
  parentPort?.postMessage(response);
});
