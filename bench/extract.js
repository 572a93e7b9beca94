/**
 * Extractor speed, in one process: throughput over ≥10 MB of generated layoff-dense articles, next to two
 * baselines that show what the hardware gives for free (touching every character; one regex scan for trigger
 * words), then 1 MiB adversarial inputs timed one by one. The target is ≥10 MB/s on layoff-dense text.
 */
import { Worker } from 'node:worker_threads';
import * as chrono from 'chrono-node';
import { extract } from '../dist/extract/index.js';
import { ADVERSARIAL_CASES } from './adversarial.js';
import { generateCorpus } from './corpus.js';

const CORPUS_BYTES = 10 * 1024 * 1024;
const TARGET_MB_PER_S = 10;
/** Measured where the 10 MB/s target was set; this machine's speed differs from hour to hour. */
const REFERENCE_CHRONO_MB_PER_S = 4;
const REFERENCE_NAIVE_MB_PER_S = 40;
const SLOW_CASE_MS = 2000;
// A case past this is almost surely super-linear; stopping it keeps the bench finite and still reports it.
const CASE_TIMEOUT_MS = 30_000;
const MB = 1e6;

/** The same trigger vocabulary a first-pass scan in an extractor would use; the baseline only counts hits. */
const TRIGGERS =
  /\b(?:lay(?:s|ing)?[\s-]+off|laid[\s-]+off|layoffs?|job[\s-]+cuts?|cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|shed(?:s|ding)?|furlough(?:s|ed|ing)?|redundanc(?:y|ies)|clos(?:e|es|ed|ing|ure))\b/gi;

function readEveryChar(articles) {
  let sum = 0;
  for (const { text } of articles) {
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  }
  return sum;
}

function scanTriggers(articles) {
  let hits = 0;
  for (const { text } of articles) {
    TRIGGERS.lastIndex = 0;
    while (TRIGGERS.exec(text) !== null) hits++;
  }
  return hits;
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const NUMBERS = /\d[\d,]*(?:\.\d+)?%?/g;
const NAMES = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g;
const DATES =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/g;

/**
 * What a naive regex extractor does: split into sentences and, in every one with a trigger word, take
 * the numbers, the capitalised names and the dates. Where the target was set, one ran at ~40 MB/s.
 */
function naiveExtract(articles) {
  let found = 0;
  for (const { text } of articles) {
    SENTENCE.lastIndex = 0;
    for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) {
      const sentence = m[0];
      TRIGGERS.lastIndex = 0;
      if (!TRIGGERS.test(sentence)) continue;
      found += sentence.match(NUMBERS)?.length ?? 0;
      found += sentence.match(NAMES)?.length ?? 0;
      found += sentence.match(DATES)?.length ?? 0;
    }
  }
  return found;
}

/** chrono-node alone over every article, as the extractor would if it gave chrono the whole text. */
function chronoAll(articles) {
  let dates = 0;
  for (const { text, published } of articles) dates += chrono.parse(text, new Date(published)).length;
  return dates;
}

/** Times each article too, so a slow outlier shows even when the average looks fine. */
function extractAll(articles, latencies) {
  const tally = { layoffFlagged: 0, otherFlagged: 0, withHeadcount: 0, mentions: 0 };
  for (let i = 0; i < articles.length; i++) {
    const { text, published, layoff } = articles[i];
    const start = performance.now();
    const result = extract(text, { published });
    latencies[i] = performance.now() - start;
    if (result.is_layoff_report) tally[layoff ? 'layoffFlagged' : 'otherFlagged']++;
    if (result.event?.headcount) tally.withHeadcount++;
    tally.mentions += result.mentions.length;
  }
  return tally;
}

/**
 * Repeats a pass until it has run at least 3 times and for 1 s (capped at 10 s), and keeps the median pass:
 * the fast baselines need many passes to be measurable, a slow extractor must not take minutes.
 */
function measure(pass) {
  const times = [];
  const began = performance.now();
  let output;
  for (;;) {
    const start = performance.now();
    output = pass();
    const end = performance.now();
    times.push(end - start);
    const elapsed = end - began;
    if ((times.length >= 3 && elapsed >= 1000) || elapsed >= 10_000) break;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], passes: times.length, output };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function throughput(articles, bytes) {
  const warmUp = articles.slice(0, 400);
  const scratch = new Float64Array(articles.length);
  for (let i = 0; i < 2; i++) {
    readEveryChar(warmUp);
    scanTriggers(warmUp);
    naiveExtract(warmUp);
    chronoAll(warmUp);
    extractAll(warmUp, scratch);
  }
  const steps = [
    ['reading the text (every char code)', () => readEveryChar(articles)],
    ['one regex scan (trigger words)', () => scanTriggers(articles)],
    ['naive regex extractor', () => naiveExtract(articles)],
    ['chrono-node alone, whole text', () => chronoAll(articles)],
    ['extract() with published date', () => extractAll(articles, scratch)],
  ];
  const rows = [];
  const outputs = [];
  for (const [step, pass] of steps) {
    const { medianMs, passes, output } = measure(pass);
    outputs.push(output);
    rows.push({
      step,
      'MB/s': bytes / MB / (medianMs / 1000),
      'articles/s': articles.length / (medianMs / 1000),
      'ms/pass': medianMs,
      passes,
    });
  }
  // `scratch` holds the per-article times of the last extract pass.
  const sorted = Array.from(scratch).sort((a, b) => a - b);
  const latency = {
    'p50 ms': percentile(sorted, 50),
    'p90 ms': percentile(sorted, 90),
    'p99 ms': percentile(sorted, 99),
    'max ms': sorted[sorted.length - 1],
  };
  // The baselines' outputs are kept (and written out) so their loops produce something observable.
  return { rows, latency, tally: outputs[4], checksums: outputs.slice(0, 4) };
}

function startWorker() {
  const worker = new Worker(new URL('./adversarial-worker.js', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

/** Resolves with the case's measurement, or with what went wrong: a throw, or no answer in time. */
function runCase(worker, index) {
  return new Promise((resolve) => {
    const done = (outcome) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      resolve(outcome);
    };
    const onMessage = (message) => done({ ok: true, ...message });
    const onError = (error) => done({ ok: false, note: `threw: ${error.message}` });
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          ms: CASE_TIMEOUT_MS,
          note: `no result after ${CASE_TIMEOUT_MS / 1000} s, stopped`,
        }),
      CASE_TIMEOUT_MS,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(index);
  });
}

async function adversarial() {
  const rows = [];
  let worker = null;
  for (let index = 0; index < ADVERSARIAL_CASES.length; index++) {
    worker ??= await startWorker();
    const outcome = await runCase(worker, index);
    if (!outcome.ok) {
      // A worker that threw or hangs is not reused: the next case gets a fresh, warmed-up one.
      await worker.terminate();
      worker = null;
    }
    const slow = outcome.ok && outcome.ms > SLOW_CASE_MS ? `SLOW: over ${SLOW_CASE_MS / 1000} s` : '';
    rows.push({
      input: ADVERSARIAL_CASES[index].name,
      KiB: outcome.ok ? outcome.bytes / 1024 : null,
      ms: outcome.ms ?? null,
      'MB/s': outcome.ok ? outcome.bytes / MB / (outcome.ms / 1000) : null,
      'layoff report': outcome.ok ? outcome.isLayoffReport : null,
      note: outcome.ok ? slow : outcome.note,
    });
  }
  await worker?.terminate();
  return rows;
}

function peakRssMiB() {
  return process.resourceUsage().maxRSS / 1024;
}

export async function run() {
  const { articles, bytes } = generateCorpus({ seed: 1, bytes: CORPUS_BYTES });
  const layoffCount = articles.filter((a) => a.layoff).length;
  const { rows, latency, tally, checksums } = throughput(articles, bytes);
  const rssAfterThroughput = peakRssMiB();
  const adversarialRows = await adversarial();

  const extractRate = rows[4]['MB/s'];
  const chronoRate = rows[3]['MB/s'];
  const naiveRate = rows[2]['MB/s'];
  const notes = [
    `extract(): ${extractRate.toFixed(1)} MB/s — ${extractRate >= TARGET_MB_PER_S ? 'meets' : 'BELOW'} the ≥${TARGET_MB_PER_S} MB/s target on layoff-dense text.`,
    `Scaled to the machine the target was set on (chrono-node alone ~${REFERENCE_CHRONO_MB_PER_S} MB/s, a naive regex extractor ~${REFERENCE_NAIVE_MB_PER_S} MB/s; here ${chronoRate.toFixed(1)} and ${naiveRate.toFixed(0)} MB/s): extract() would run at about ${((extractRate / chronoRate) * REFERENCE_CHRONO_MB_PER_S).toFixed(1)} MB/s by chrono-node's measure, ${((extractRate / naiveRate) * REFERENCE_NAIVE_MB_PER_S).toFixed(1)} MB/s by the naive extractor's.`,
    `extract() flagged ${tally.layoffFlagged} of ${layoffCount} layoff articles and ${tally.otherFlagged} of ${articles.length - layoffCount} others as reports; ${tally.withHeadcount} events with a headcount, ${tally.mentions} mentions. (The generated text is not labelled for accuracy: this only shows the extraction path ran.)`,
    `Peak RSS: ${rssAfterThroughput.toFixed(0)} MiB after the throughput runs, ${peakRssMiB().toFixed(0)} MiB at the end (the adversarial worker thread included).`,
  ];
  if (tally.layoffFlagged + tally.otherFlagged === 0) {
    notes.push('extract() reported no cut in any article, so these numbers measure only its rejection path.');
  }
  const slow = adversarialRows.filter((row) => row.note);
  if (slow.length > 0)
    notes.push(`Adversarial inputs needing attention: ${slow.map((row) => row.input).join('; ')}.`);

  return {
    tables: [
      {
        title: `Throughput: ${articles.length} articles, ${(bytes / MB).toFixed(1)} MB (${Math.round((100 * layoffCount) / articles.length)}% report a cut), one core, median pass (MB = 10^6 bytes of UTF-8)`,
        rows,
      },
      { title: 'extract() time per article (last pass)', rows: [latency] },
      {
        title: `Adversarial inputs, ~1 MiB each, each timed alone (published 2025-03-06)`,
        rows: adversarialRows,
      },
    ],
    notes,
    data: {
      corpus: { seed: 1, articles: articles.length, bytes, layoffArticles: layoffCount },
      tally,
      checksums,
    },
  };
}
