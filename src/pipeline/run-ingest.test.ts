/**
 * Storing documents a batch at a time, on every dialect: documents ready together share one
 * transaction, yet each goes in whole or not at all, in input order; work queued after documents
 * (a feed's validators) runs only once they are stored.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../domain.js';
import { openStore, type Store } from '../store/index.js';
import { testDatabases } from '../store/test-databases.js';
import { createPipelineContext } from './pipeline-context.js';
import { draftDocument, type PreparedDocument, readDocument } from './prepare-document.js';
import type { InputItem } from './read-inputs.js';
import { runIngest } from './run-ingest.js';
import { storeDocuments } from './store-document.js';

const DIALECTS = await testDatabases();
const context = createPipelineContext();
const COMPANIES = [
  'Halcyon Freight',
  'Brindle Software',
  'Ostrander Mills',
  'Corvid Health',
  'Pellucid Bank',
];

function source(i: number): SourceDocument {
  const company = COMPANIES[i % COMPANIES.length]!;
  const text = `${company} said on Tuesday it would lay off ${100 + i} workers at its plant number ${i}, citing weaker demand.`;
  return {
    url: `https://news.example/${i}`,
    title: null,
    outlet: 'Example News',
    published: `2026-03-${String(10 + i).padStart(2, '0')}`,
    language: 'en',
    text,
    raw: null,
    content_type: 'text/plain',
    origin: `story ${i}`,
  };
}

function prepare(i: number): PreparedDocument {
  const document = draftDocument(source(i), {}, '2026-03-30T00:00:00.000Z');
  return { document, ...readDocument(document) };
}

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`storing documents in batches on ${databases.dialect}`, () => {
    const opened: Store[] = [];
    async function fresh(): Promise<Store> {
      const store = await openStore(await databases.fresh());
      opened.push(store);
      return store;
    }
    afterAll(async () => {
      for (const store of opened) await store.close();
      await databases.dispose();
    });

    it('a document that cannot be stored is undone alone: the ones before it stay, the error is thrown', async () => {
      const store = await fresh();
      const batch = [0, 1, 2, 3].map(prepare);
      const broken = batch[2]!;
      // A report naming another document: the store refuses it, after the document row is written.
      batch[2] = { ...broken, reports: broken.reports.map((r) => ({ ...r, document_id: 'elsewhere' })) };
      await expect(storeDocuments(store, batch, context)).rejects.toThrow(/belongs to document elsewhere/);
      const stored = await Promise.all(batch.map((p) => store.hasDocument(p.document.id)));
      expect(stored).toEqual([true, true, false, false]);
      expect(await store.listReports(batch[1]!.document.id)).toHaveLength(1);
      expect(await store.countEvents()).toBe(2);
      expect(await store.integrityCheck()).toBe('ok');

      // The rest of the run can be stored afterwards, and storing all again adds nothing.
      const outcomes = await storeDocuments(store, [0, 1, 2, 3].map(prepare), context);
      expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate', 'added', 'added']);
      expect(await store.countDocuments()).toBe(4);
    });

    it('runs work queued after documents only once they are stored, and counts every item in order', async () => {
      const store = await fresh();
      const seenByTask: number[] = [];
      const statuses: string[] = [];
      async function* items(): AsyncIterable<InputItem> {
        for (let i = 0; i < 5; i++) yield { kind: 'document', document: source(i) };
        yield { kind: 'after-stored', run: async () => void seenByTask.push(await store.countDocuments()) };
        yield { kind: 'document', document: source(0) };
        yield { kind: 'document', document: source(5) };
      }
      const summary = await runIngest(store, items(), context, {
        workers: 0,
        onItem: (_summary, outcome) => statuses.push(outcome?.status ?? 'none'),
      });
      expect(seenByTask).toEqual([5]);
      expect(statuses).toEqual(['added', 'added', 'added', 'added', 'added', 'duplicate', 'added']);
      expect(summary).toMatchObject({
        documentsAdded: 6,
        duplicatesSkipped: 1,
        eventsCreated: 5,
        // Story 5 is Halcyon Freight's again, five days after story 0: the same cut, merged.
        eventsMerged: 1,
        failures: 0,
      });
      expect(await store.countDocuments()).toBe(6);
    });
  });
}
