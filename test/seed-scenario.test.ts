/**
 * The first acceptance scenario, through the built CLI on SQLite (--db) and PostgreSQL
 * (DATABASE_URL): the two seed articles and the layoffs.fyi export make one Amazon event dated
 * 2025-07-17 with three sources; running both commands again changes nothing; the whole export
 * imports with its skipped rows counted by reason, and its events are found by company, dates and words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventJson } from '../src/cli/event-json.js';
import { openStore } from '../src/store/index.js';
import { testDatabases } from '../src/store/test-databases.js';
import { buildIfStale, dbArgs, layoffsFyiCsv, layoffwatch, seedFiles } from './support/layoffwatch.js';

const DIALECTS = await testDatabases();

beforeAll(buildIfStale);

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`seed scenario on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it('two seed articles and a curated row make one event; running again changes nothing', async () => {
      const target = await databases.fresh();
      const { args: db, env } = dbArgs(target);
      const run = (args: string[]) => layoffwatch([...args, ...db], { env });

      const ingest = await run(['ingest', '--published', '2025-07-18', ...seedFiles]);
      expect(ingest.stderr).toBe('');
      expect(ingest.status).toBe(0);
      expect(ingest.stdout).toMatch(/^2 documents added, 0 duplicates skipped, 0 failures$/m);

      const imported = await run(['import', 'layoffs-fyi', layoffsFyiCsv]);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      const rows = Number(/^([\d,]+) rows read/m.exec(imported.stdout)?.[1]?.replace(/,/g, ''));
      expect(rows).toBeGreaterThan(4000);
      // Every row is accounted for: added, or skipped with its reason.
      const added = Number(/^([\d,]+) records added/m.exec(imported.stdout)?.[1]?.replace(/,/g, ''));
      const skipped = /^([\d,]+) rows? skipped: (.+)$/m.exec(imported.stdout);
      expect(skipped, imported.stdout).not.toBeNull();
      expect(added + Number(skipped![1]!.replace(/,/g, ''))).toBe(rows);
      expect(skipped![2]).toMatch(/^\d+ [a-z ]+(, \d+ [a-z ]+)*$/);

      const before = await run(['events', '--company', 'Amazon', '--json']);
      expect(before.status).toBe(0);
      const amazon = JSON.parse(before.stdout) as EventJson[];
      const july = amazon.filter((e) => e.date === '2025-07-17');
      expect(july).toHaveLength(1);
      const event = july[0]!;

      expect(Object.keys(event)).toEqual([
        'id',
        'company',
        'parent_company',
        'date',
        'headcount',
        'percent',
        'country',
        'locations',
        'units',
        'reasons',
        'ai_attribution',
        'ai_claims',
        'support',
        'hiring_areas',
        'context',
        'sources',
        'conflicts',
      ]);
      expect([event.company, event.parent_company]).toContain('Amazon');
      const articles = event.sources.filter((s) => s.kind === 'article');
      const curated = event.sources.filter((s) => s.kind === 'curated');
      expect(event.sources).toHaveLength(3);
      expect(articles).toHaveLength(2);
      expect(new Set(articles.map((s) => s.document_id)).size).toBe(2);
      expect(curated).toHaveLength(1);
      expect(curated[0]!.url).toMatch(/amazons-aws-cloud-computing-unit-cuts/);
      expect(Object.keys(event.sources[0]!)).toEqual([
        'kind',
        'url',
        'outlet',
        'title',
        'published',
        'document_id',
      ]);

      // A vague amount: "hundreds", not a number read from money, totals or days of pay.
      expect(event.headcount).toMatchObject({ value: null, qualifier: 'vague' });

      // The company's denial and the second outlet's blame, side by side, each with its source.
      const aiSources = new Set(event.ai_claims.map((c) => c.source.document_id));
      expect(aiSources).toEqual(new Set(articles.map((s) => s.document_id)));
      expect(event.ai_claims.map((c) => c.attribution).sort()).toEqual(['blamed', 'denied']);
      expect(event.ai_claims.find((c) => c.attribution === 'denied')?.claimant).toBe('company');
      expect(event.ai_attribution).toBe('mixed');

      // The units of both articles, and the support of the first.
      const store = await openStore(target);
      try {
        const stored = (await store.getEvent(event.id))!;
        for (const article of articles) {
          const units = stored.claims.filter(
            (c) => c.field === 'units' && c.source.document_id === article.document_id,
          );
          expect(units, `units claimed by ${article.title}`).toHaveLength(1);
          for (const unit of units[0]!.value as string[]) expect(event.units).toContain(unit.trim());
        }
        const first = stored.claims.find((c) => c.field === 'support' && c.source.kind === 'article');
        expect(first?.source.document_id).toBe(articles[0]!.document_id);
        expect(event.support).toMatchObject({ continued_pay_days: 60, severance: true, healthcare: true });
      } finally {
        await store.close();
      }

      // Again: nothing added, nothing changed.
      const again = await run(['ingest', '--published', '2025-07-18', ...seedFiles]);
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/^0 documents added, 2 duplicates skipped, 0 failures$/m);
      expect(again.stdout).toMatch(/^0 events created, 0 events merged$/m);
      const reimported = await run(['import', 'layoffs-fyi', layoffsFyiCsv]);
      expect(reimported.status).toBe(0);
      expect(reimported.stdout).toMatch(/^0 records added, 0 updated, [\d,]+ already imported$/m);
      expect(reimported.stdout).toMatch(/^0 events created, 0 events merged$/m);
      const after = await run(['events', '--company', 'Amazon', '--json']);
      expect(after.stdout).toBe(before.stdout);
      const all = await run(['events', '--csv']);
      expect(all.stdout.split('\r\n').filter(Boolean).length - 1).toBeGreaterThan(4000);

      // The imported events by company, date range and words.
      const google = JSON.parse(
        (await run(['events', '--company', 'Google', '--json'])).stdout,
      ) as EventJson[];
      expect(google.length).toBeGreaterThan(3);
      for (const e of google) expect([e.company, e.parent_company]).toContain('Google');
      const january = JSON.parse(
        (await run(['events', '--from', '2023-01-01', '--to', '2023-01-31', '--json'])).stdout,
      ) as EventJson[];
      expect(january.length).toBeGreaterThan(100);
      for (const e of january) expect(e.date!.slice(0, 7)).toBe('2023-01');
      const bengaluru = JSON.parse(
        (await run(['events', '--q', 'Bengaluru', '--json'])).stdout,
      ) as EventJson[];
      expect(bengaluru.length).toBeGreaterThan(10);
      for (const e of bengaluru) expect(e.locations.join(' ')).toMatch(/Bengaluru/);
      const both = JSON.parse(
        (
          await run([
            'events',
            '--company',
            'Amazon',
            '--from',
            '2023',
            '--to',
            '2023',
            '--q',
            'Seattle',
            '--json',
          ])
        ).stdout,
      ) as EventJson[];
      expect(both.length).toBeGreaterThan(0);
      for (const e of both) expect(e.date!.startsWith('2023')).toBe(true);
    }, 240_000);
  });
}
