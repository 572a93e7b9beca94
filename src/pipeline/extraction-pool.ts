/**
 * Reading documents (extraction and near-duplicate signatures, the CPU-heavy, pure part of ingesting)
 * on worker threads, so that it runs beside the main thread's reading of inputs and writing to the
 * store. With no workers (one core, or running from the TypeScript sources) it runs inline.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../domain.js';
import { ExtractionError } from './extraction-error.js';
import { type PreparedDocument, readDocument } from './prepare-document.js';

export type DocumentToRead = Pick<Document, 'id' | 'text' | 'title' | 'published' | 'url' | 'origin'>;
export type DocumentReading = Omit<PreparedDocument, 'document'>;

export type ExtractionRequest = { seq: number; document: DocumentToRead };
export type ExtractionResponse =
  | ({ seq: number; ok: true } & DocumentReading)
  | { seq: number; ok: false; message: string };

export type ExtractionPool = {
  /** How many documents may usefully be in flight at once. */
  readonly capacity: number;
  read(document: DocumentToRead): Promise<DocumentReading>;
  close(): Promise<void>;
};

const WORKER_URL = new URL('./extraction-worker.js', import.meta.url);

/** One worker per core but one, which the main thread keeps for reading inputs and writing. */
export function defaultPoolSize(): number {
  return availableParallelism() - 1;
}

export function createExtractionPool(size = defaultPoolSize()): ExtractionPool {
  // Workers run the compiled module; under the TypeScript sources (tests) there is none.
  if (size < 1 || !existsSync(fileURLToPath(WORKER_URL))) return inlinePool();
  return workerPool(size);
}

function inlinePool(): ExtractionPool {
  return {
    capacity: 1,
    read: async (document) => readDocument(document),
    close: async () => {},
  };
}

type Pending = {
  resolve: (reading: DocumentReading) => void;
  reject: (error: Error) => void;
  origin: string;
};

function workerPool(size: number): ExtractionPool {
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER_URL);
    load.set(worker, 0);
    worker.on('message', (response: ExtractionResponse) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const waiting = pending.get(response.seq);
      pending.delete(response.seq);
      if (!waiting) return;
      if (response.ok) {
        const { seq: _seq, ok: _ok, ...reading } = response;
        waiting.resolve(reading);
      } else {
        waiting.reject(new ExtractionError(waiting.origin, { cause: new Error(response.message) }));
      }
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    return worker;
  });
  return {
    capacity: size * 4,
    read(document) {
      const worker = workers.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = seq++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, origin: document.origin });
        worker.postMessage({ seq: id, document } satisfies ExtractionRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
