/**
 * Killing an ingest with SIGKILL halfway and running it again must end with every document stored
 * once, each with its report and event, and a sound database: one transaction per document.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type StoreTarget } from './index.js';
import { testDatabases } from './test-databases.js';

const DIALECTS = await testDatabases();
const TOTAL = 5000;
const KILL_AFTER = 2000;
const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-crash-'));
const child = join(folder, 'ingest.mts');

// The ingest loop the pipeline runs, reduced to its writes: document, reports, event, per transaction.
writeFileSync(
  child,
  `
import { createHash } from 'node:crypto';
import { openStore } from ${JSON.stringify(resolve(import.meta.dirname, 'index.js'))};

const [target, total] = [JSON.parse(process.argv[2]), Number(process.argv[3])];
const store = await openStore(target);
let added = 0;
for (let i = 0; i < total; i++) {
  const text = 'Document ' + i + ': Example Corp cuts ' + (i + 10) + ' jobs in its support unit. ' + 'More words. '.repeat(40);
  const id = createHash('sha256').update(text).digest('hex');
  await store.transaction(async (tx) => {
    if (!(await tx.insertDocument({ id, url: 'https://news.example/' + i, title: 'Cuts ' + i, outlet: 'Example',
        published: '2026-02-06', language: 'en', text, raw: new TextEncoder().encode(text), content_type: 'text/plain',
        origin: 'crash-test', duplicate_of: null, fetched_at: '2026-02-06T10:00:00.000Z', bands: ['0:' + (i % 97)] }))) return;
    const event = { company: 'Example Corp', parent_company: null, headcount: { value: i + 10, min: i + 10, max: i + 10,
        qualifier: 'exact', words: String(i + 10) }, percent: null, date: '2026-02-05', country: 'US', locations: [],
        units: ['support unit'], reasons: [], ai_attribution: 'none', support: { severance: null, continued_pay_days: null,
        healthcare: null, job_placement: null, notes: [] }, hiring_areas: [], context: [] };
    await tx.replaceReports(id, [{ id: id + ':0', document_id: id, role: 'primary', extractor_version: '1', confidence: 1,
        event: { ...event, evidence: {} } }]);
    const source = { kind: 'article', ref: id, url: null, outlet: 'Example', title: null, published: '2026-02-06', document_id: id };
    await tx.saveEvent({ ...event, id: 'ev-' + i, company_key: 'example corp', ai_claims: [], sources: [source], claims: [],
        conflicts: [] });
    added++;
  });
  if (i % 50 === 0) process.stdout.write(i + '\\n');
}
await store.close();
process.stdout.write('added ' + added + '\\n');
`,
);

type Run = { signal: NodeJS.Signals | null; code: number | null; output: string };

/** Runs the ingest; with killAfter, SIGKILLs it once it reports that many documents. */
function ingest(target: StoreTarget, killAfter?: number): Promise<Run> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(target), String(TOTAL)], {
      cwd: resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const last = Number(output.trim().split('\n').at(-1));
      if (killAfter !== undefined && last >= killAfter) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.on('error', fail);
    proc.on('exit', (code, signal) => done({ code, signal, output }));
  });
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`crash recovery on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it(`SIGKILL halfway through ${TOTAL} documents, then again: each stored once, database sound`, async () => {
      const target = await databases.fresh();
      const killed = await ingest(target, KILL_AFTER);
      expect(killed.signal, killed.output).toBe('SIGKILL');

      let store = await openStore(target);
      const survived = await store.countDocuments();
      await store.close();
      expect(survived).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(survived).toBeLessThan(TOTAL);

      const rerun = await ingest(target);
      expect(rerun.code, rerun.output).toBe(0);
      expect(rerun.output).toContain(`added ${TOTAL - survived}\n`);

      store = await openStore(target);
      try {
        expect(await store.integrityCheck()).toBe('ok');
        expect(await store.countDocuments()).toBe(TOTAL);
        expect(await store.countEvents()).toBe(TOTAL);
        expect(await store.countEvents({ q: 'support unit' })).toBe(TOTAL);
        let withOneReport = 0;
        for await (const d of store.iterateDocuments({ pageSize: 500 })) {
          if ((await store.listReports(d.id)).length === 1) withOneReport += 1;
        }
        expect(withOneReport).toBe(TOTAL);
      } finally {
        await store.close();
      }
    }, 180_000);
  });
}
