/**
 * `layoffwatch reprocess` through the built CLI on every dialect: the stored documents are read again
 * (their files may be gone), reports replaced, and every event rebuilt from reports and curated
 * records in a fixed order — so a mention of a cut imported later joins it, and a second run changes
 * nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../src/cli/event-json.js';
import { EXTRACTOR_VERSION } from '../src/extract/index.js';
import { openStore } from '../src/store/index.js';
import { testDatabases } from '../src/store/test-databases.js';
import { buildIfStale, dbArgs, layoffsFyiCsv, layoffwatch, seedFiles } from './support/layoffwatch.js';

const DIALECTS = await testDatabases();
const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-reprocess-'));
const csv = join(folder, 'amazon-and-google.csv');

beforeAll(() => {
  buildIfStale();
  // The Amazon and Google rows of the export, so the test stays quick.
  const lines = readFileSync(layoffsFyiCsv, 'utf8').split('\n');
  writeFileSync(csv, [lines[0], ...lines.filter((line) => /^(Amazon|Google),/.test(line))].join('\n'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`reprocess on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it('rebuilds reports and events from stored documents, the same on every run', async () => {
      const target = await databases.fresh();
      const { args: db, env } = dbArgs(target);
      const run = (args: string[]) => layoffwatch([...args, ...db], { env });
      const copies = seedFiles.map((file) => join(folder, `${databases.dialect}-${basename(file)}`));
      for (const [i, file] of seedFiles.entries()) copyFileSync(file, copies[i]!);

      expect((await run(['ingest', '--published', '2025-07-18', ...copies])).status).toBe(0);
      expect((await run(['import', 'layoffs-fyi', csv])).status).toBe(0);
      const before = JSON.parse((await run(['events', '--json'])).stdout) as EventJson[];
      for (const copy of copies) rmSync(copy);

      const first = await run(['reprocess']);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(
        new RegExp(
          `^2 documents re-read with extractor ${EXTRACTOR_VERSION.replace(/\./g, '\\.')}: \\d+ reports$`,
          'm',
        ),
      );
      const after = JSON.parse((await run(['events', '--json'])).stdout) as EventJson[];

      // The seed event is rebuilt as it was built.
      const seedEvent = (events: EventJson[]) =>
        events.find((e) => e.date === '2025-07-17' && e.sources.length === 3);
      expect(seedEvent(after)).toEqual(seedEvent(before));
      expect(after).toHaveLength(before.length);

      // The first seed mentions Google's February 2025 cut; at ingest no such event existed, so the mention
      // was dropped. Rebuilt with the imported rows, it joins that event as a second source.
      const google = (events: EventJson[]) =>
        events.find((e) => e.company === 'Google' && e.date?.startsWith('2025-02'));
      expect(google(before)?.sources.map((s) => s.kind)).toEqual(['curated']);
      expect(
        google(after)
          ?.sources.map((s) => s.kind)
          .sort(),
      ).toEqual(['article', 'curated']);

      const second = await run(['reprocess']);
      expect(second.stdout).toMatch(
        new RegExp(`^0 events created, 0 updated, ${after.length} unchanged, 0 removed$`, 'm'),
      );
      expect(JSON.parse((await run(['events', '--json'])).stdout)).toEqual(after);

      const store = await openStore(target);
      try {
        for await (const document of store.iterateDocuments()) {
          const reports = await store.listReports(document.id);
          expect(reports.length).toBeGreaterThan(0);
          for (const report of reports) expect(report.extractor_version).toBe(EXTRACTOR_VERSION);
        }
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}
