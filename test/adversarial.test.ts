/**
 * The benchmark's adversarial inputs, each a megabyte built to make a pattern rescan (a number a
 * megabyte long, a run-on sentence, brackets nested all the way down): each must give a result. They
 * run in the benchmark's worker thread on the built extractor, so that a super-linear path — which
 * would never return — is stopped and reported as a failure instead of hanging the run.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_CASES } from '../bench/adversarial.js';

/** Far beyond the slowest case (under a second); only a path that does not end reaches it. */
const HANG_MS = 60_000;

type Answer = { index: number; isLayoffReport: boolean } | { hung: true };

async function startWorker(): Promise<Worker> {
  const started = new Worker(new URL('../bench/adversarial-worker.js', import.meta.url));
  await new Promise((resolve, reject) => {
    started.once('message', resolve);
    started.once('error', reject);
  });
  return started;
}

let worker = startWorker();

afterAll(async () => (await worker).terminate());

async function run(index: number): Promise<Answer> {
  const current = await worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      // The worker is stuck in the case: the next cases get a fresh one.
      current.removeAllListeners();
      worker = current.terminate().then(startWorker);
      resolve({ hung: true });
    }, HANG_MS);
    current.once('message', (answer: Answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    current.once('error', reject);
    current.postMessage(index);
  });
}

describe('the benchmark’s adversarial inputs', () => {
  it.each(ADVERSARIAL_CASES.map((c, index) => [c.name, index] as const))(
    '%s gives a result',
    async (_name, index) => {
      const answer = await run(index);
      expect(answer, 'no result: a pattern rescans the input from each position').not.toHaveProperty('hung');
      expect(typeof (answer as { isLayoffReport: boolean }).isLayoffReport).toBe('boolean');
    },
    2 * HANG_MS,
  );
});
