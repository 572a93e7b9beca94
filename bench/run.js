/**
 * `npm run bench`: runs the benchmark modules listed below, prints their tables, and writes each one's
 * results to bench/out/<name>.json.
 *
 *   node bench/run.js            every benchmark
 *   node bench/run.js extract    only those named
 *
 * A benchmark module exports `run(): Promise<{ tables: { title, rows }[], notes: string[], data? }>`, where
 * rows are objects whose keys are the column headers. When several run, each gets a fresh process so that
 * its peak RSS and JIT state are its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

// Adding a benchmark: write bench/<name>.js and add its name here.
const BENCHMARKS = ['extract', 'ingest'];

const CHILD_ENV = 'LAYOFFWATCH_BENCH_CHILD';
const here = fileURLToPath(new URL('.', import.meta.url));

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

function formatCell(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value) || Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

function printTable({ title, rows }) {
  console.log(`\n${title}`);
  if (rows.length === 0) return;
  const headers = Object.keys(rows[0]);
  const cells = rows.map((row) => headers.map((h) => formatCell(row[h])));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  // Text columns read left to right; numbers line up on the right.
  const numeric = headers.map((h) => rows.every((row) => typeof row[h] !== 'string'));
  const line = (values) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
}

async function runHere(name) {
  const started = new Date().toISOString();
  const { run } = await import(`./${name}.js`);
  const report = await run();
  console.log(`\n== ${name} ==`);
  for (const table of report.tables) printTable(table);
  if (report.notes.length > 0) console.log('');
  for (const note of report.notes) console.log(`* ${note}`);
  const outDir = `${here}out`;
  mkdirSync(outDir, { recursive: true });
  const outFile = `${outDir}/${name}.json`;
  writeFileSync(outFile, `${JSON.stringify({ name, started, machine: machine(), ...report }, null, 2)}\n`);
  console.log(`\nResults written to bench/out/${name}.json`);
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from: ${BENCHMARKS.join(', ')}`);
  process.exit(2);
}
const names = requested.length > 0 ? requested : BENCHMARKS;

if (!process.env[CHILD_ENV]) {
  const m = machine();
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.platform}`);
}

if (names.length === 1) {
  await runHere(names[0]);
} else {
  let failed = false;
  for (const name of names) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), name], {
      stdio: 'inherit',
      env: { ...process.env, [CHILD_ENV]: '1' },
    });
    if (child.status !== 0) {
      console.error(`bench: ${name} failed (exit ${child.status ?? child.signal}); the others still ran`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
}
