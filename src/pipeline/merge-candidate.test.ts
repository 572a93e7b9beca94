/**
 * Candidates into stored events on every dialect: a new event, a merge, a mention that finds nothing,
 * and one article first in two events of one company (its own cut and an earlier round it mentions).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CuratedRecord, Document, Report } from '../domain.js';
import type { ExtractedEvent } from '../extract/types.js';
import { curatedToCandidate, reportToCandidate } from '../resolve/index.js';
import { openStore } from '../store/index.js';
import { testDatabases } from '../store/test-databases.js';
import { mergeCandidate } from './merge-candidate.js';
import { createPipelineContext } from './pipeline-context.js';

const DIALECTS = await testDatabases();
const { resolver } = createPipelineContext();

const cut = (date: string, value: number): ExtractedEvent => ({
  company: 'Amazon',
  parent_company: null,
  headcount: { value, min: value, max: value, qualifier: 'exact', words: null },
  percent: null,
  date,
  country: 'US',
  locations: [],
  units: [],
  reasons: [],
  ai_attribution: 'none',
  support: { severance: null, continued_pay_days: null, healthcare: null, job_placement: null, notes: [] },
  hiring_areas: [],
  context: [],
  evidence: {},
});

const article: Document = {
  id: 'doc-x',
  url: 'https://news.example/amazon',
  title: 'Amazon cuts 14,000',
  outlet: 'Example News',
  published: '2025-07-18',
  language: 'en',
  text: '',
  raw: null,
  content_type: 'text/plain',
  origin: 'test',
  duplicate_of: null,
  fetched_at: '2025-07-18T00:00:00Z',
};

const report = (i: number, role: Report['role'], event: ExtractedEvent): Report => ({
  id: `doc-x:${i}`,
  document_id: 'doc-x',
  role,
  extractor_version: 'test',
  confidence: 1,
  event,
});

const record: CuratedRecord = {
  id: 'row-2023',
  dataset: 'layoffs-fyi',
  company: 'Amazon',
  location: 'Seattle',
  industry: 'Retail',
  headcount: 8000,
  percent: null,
  date: '2023-01-04',
  country: 'US',
  stage: null,
  source_url: null,
  raw: {},
};

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`mergeCandidate on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it('keeps two events apart when one article is the first source of both', async () => {
      const store = await openStore(await databases.fresh());
      try {
        await store.insertDocument(article);
        await store.upsertCuratedRecord(record);
        const primary = reportToCandidate(report(0, 'primary', cut('2025-07-17', 14000)), article, resolver)!;
        const mention = reportToCandidate(report(1, 'mention', cut('2023-01', 8000)), article, resolver)!;
        const row = curatedToCandidate(record, resolver)!;

        expect(await mergeCandidate(store, mention, 14)).toBe('dropped');
        expect(await mergeCandidate(store, row, 14)).toBe('created');
        expect(await mergeCandidate(store, primary, 14)).toBe('created');
        expect(await mergeCandidate(store, mention, 14)).toBe('merged');
        expect(await mergeCandidate(store, mention, 14)).toBe('unchanged');

        const events = await store.listEvents({ company: 'Amazon' });
        expect(events).toHaveLength(2);
        expect(new Set(events.map((e) => e.id)).size).toBe(2);
        const older = events.find((e) => e.date === '2023-01-04')!;
        expect(older.sources.map((s) => s.ref).sort()).toEqual(['doc-x', 'row-2023']);
        const newer = events.find((e) => e.date === '2025-07-17')!;
        expect(newer.sources.map((s) => s.ref)).toEqual(['doc-x']);
        expect(newer.headcount?.value).toBe(14000);
      } finally {
        await store.close();
      }
    });
  });
}
