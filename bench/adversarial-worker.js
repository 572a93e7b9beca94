/**
 * Runs adversarial cases one at a time for bench/extract.js. It is a worker thread so that a case that
 * never finishes (catastrophic backtracking) can be stopped and reported instead of hanging the bench.
 * The input is built before the clock starts; only extract() is timed.
 */
import { parentPort } from 'node:worker_threads';
import { extract } from '../dist/extract/index.js';
import { ADVERSARIAL_CASES } from './adversarial.js';
import { generateCorpus } from './corpus.js';

// Warm the extractor up, so the first case is not charged for compiling it.
for (const article of generateCorpus({ seed: 99, bytes: 500_000 }).articles) {
  extract(article.text, { published: article.published });
}

parentPort.on('message', (index) => {
  const text = ADVERSARIAL_CASES[index].make();
  const start = performance.now();
  const result = extract(text, { published: '2025-03-06' });
  const ms = performance.now() - start;
  parentPort.postMessage({
    index,
    ms,
    chars: text.length,
    bytes: Buffer.byteLength(text),
    isLayoffReport: result.is_layoff_report,
    mentions: result.mentions.length,
  });
});
parentPort.postMessage('ready');
