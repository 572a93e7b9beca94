import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { CuratedRecord, Document, EventSource, Report } from '../domain.js';
import type { ExtractedEvent } from '../extract/types.js';
import { companyKey } from '../resolve/index.js';
import { type EventToSave, MigrationError, openStore, type Store, StoreInputError } from './index.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openPostgres } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';
import { testDatabases } from './test-databases.js';

const DIALECTS = await testDatabases();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function doc(text: string, extra: Partial<Document> = {}): Document {
  return {
    id: sha256(text),
    url: null,
    title: null,
    outlet: null,
    published: '2026-02-06',
    language: 'en',
    text,
    raw: new TextEncoder().encode(`<p>${text}</p>`),
    content_type: 'text/html',
    origin: 'test',
    duplicate_of: null,
    fetched_at: '2026-02-06T10:00:00.000Z',
    ...extra,
  };
}

const extracted: ExtractedEvent = {
  company: 'AWS',
  parent_company: 'Amazon',
  headcount: { value: null, min: 200, max: 999, qualifier: 'vague', words: 'hundreds' },
  percent: null,
  date: '2026-02-05',
  country: 'US',
  locations: [],
  units: ['frontline support'],
  reasons: ['restructuring'],
  ai_attribution: 'denied',
  support: { severance: true, continued_pay_days: 60, healthcare: true, job_placement: true, notes: [] },
  hiring_areas: [],
  context: [],
  evidence: { company: [{ start: 0, end: 3, text: 'AWS' }] },
};

function report(documentId: string, id: string, role: Report['role'] = 'primary'): Report {
  return { id, document_id: documentId, role, extractor_version: '1', confidence: 0.9, event: extracted };
}

const articleA: EventSource = {
  kind: 'article',
  ref: 'doc-a',
  url: 'https://news.example/aws-cuts',
  outlet: 'Example News',
  title: 'AWS cuts hundreds of jobs',
  published: '2026-02-06',
  document_id: null,
};
const articleB: EventSource = {
  ...articleA,
  ref: 'doc-b',
  url: 'https://other.example/aws',
  outlet: 'Other',
};

function awsEvent(extra: Partial<EventToSave> = {}): EventToSave {
  return {
    id: 'ev-aws-2026-02',
    company: 'AWS',
    // As the resolver keys it: by the top-level company.
    company_key: 'amazon',
    parent_company: 'Amazon',
    date: '2026-02-05',
    headcount: { value: null, min: 200, max: 999, qualifier: 'vague', words: 'hundreds' },
    percent: null,
    country: 'US',
    locations: ['Seattle'],
    units: ['frontline support', 'training and certification', 'Worldwide Specialist Organization'],
    reasons: ['restructuring'],
    ai_attribution: 'mixed',
    ai_claims: [
      {
        attribution: 'denied',
        claimant: 'company',
        quote: "weren't primarily due to investments in AI",
        source: articleA,
      },
      { attribution: 'blamed', claimant: 'writer', quote: 'realignment toward AI', source: articleB },
    ],
    support: {
      severance: true,
      continued_pay_days: 60,
      healthcare: true,
      job_placement: true,
      notes: ['internal job placement'],
    },
    hiring_areas: ['generative AI', 'cloud security'],
    context: ['AWS revenue rose 17% to $29.3 billion'],
    sources: [articleA, articleB],
    claims: [
      {
        field: 'headcount',
        value: { words: 'hundreds' },
        source: articleA,
        claimant: 'writer',
        evidence: [{ start: 10, end: 18, text: 'hundreds' }],
      },
      {
        field: 'headcount',
        value: { words: 'several hundred' },
        source: articleB,
        claimant: 'writer',
        evidence: [],
      },
      { field: 'ai_attribution', value: 'denied', source: articleA, claimant: 'company', evidence: [] },
      { field: 'ai_attribution', value: 'blamed', source: articleB, claimant: 'writer', evidence: [] },
    ],
    conflicts: [
      {
        field: 'ai_attribution',
        values: [
          { value: 'denied', sources: ['doc-a'] },
          { value: 'blamed', sources: ['doc-b'] },
        ],
      },
    ],
    ...extra,
  };
}

function plainEvent(
  id: string,
  company: string,
  date: string | null,
  extra: Partial<EventToSave> = {},
): EventToSave {
  const source: EventSource = { ...articleA, ref: `doc-${id}` };
  return {
    ...awsEvent(),
    id,
    company,
    company_key: companyKey(company),
    parent_company: null,
    date,
    units: [],
    locations: [],
    context: [],
    hiring_areas: [],
    ai_claims: [],
    support: { severance: null, continued_pay_days: null, healthcare: null, job_placement: null, notes: [] },
    sources: [source],
    claims: [],
    conflicts: [],
    ...extra,
  };
}

const curated: CuratedRecord = {
  id: 'layoffs-fyi:amazon:2026-01-28',
  dataset: 'layoffs-fyi',
  company: 'Amazon',
  location: 'Seattle',
  industry: 'Retail',
  headcount: 16000,
  percent: 4.5,
  date: '2026-01-28',
  country: 'United States',
  stage: 'Post-IPO',
  source_url: 'https://example.com/amazon',
  raw: { Company: 'Amazon', Laid_Off_Count: '16000' },
};

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`store on ${databases.dialect}`, () => {
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
    /** A fresh database with only the first `count` migrations run, to hold rows written before the next. */
    async function migratedThrough(count: number) {
      const target = await databases.fresh();
      const db = target.kind === 'sqlite' ? openSqlite(target.path) : await openPostgres(target.url);
      await migrate(db, databases.dialect, MIGRATIONS.slice(0, count));
      await db.destroy();
      return target;
    }

    it('migrates once: opening again, even twice at once, keeps the data and succeeds', async () => {
      const target = await databases.fresh();
      const first = await openStore(target);
      await first.insertDocument(doc('kept across opens'));
      await first.close();
      const [a, b] = await Promise.all([openStore(target), openStore(target)]);
      expect(await a.hasDocument(sha256('kept across opens'))).toBe(true);
      expect(await b.countDocuments()).toBe(1);
      expect(await a.integrityCheck()).toBe('ok');
      await a.close();
      await b.close();
    });

    it('refuses a database migrated by a newer version', async () => {
      const target = await databases.fresh();
      await (await openStore(target)).close();
      await databases.exec(
        target,
        "insert into schema_migrations (name, applied_at) values ('9999-future', 'x')",
      );
      await expect(openStore(target)).rejects.toThrow(MigrationError);
      await expect(openStore(target)).rejects.toThrow(/upgrade layoffwatch/);
    });

    it('migration 0002 gives events stored before it their name key', async () => {
      const target = await migratedThrough(1);
      const row = `'ev-old', 'Amazon Web Services', 'amazon', '2026-02', 'none', '{}', 'x', 'digest', 'x', 'x'`;
      await databases.exec(
        target,
        `insert into events (id, company, company_key, date, ai_attribution, details, search_text, digest, created_at, updated_at) values (${row})`,
      );
      const store = await openStore(target);
      try {
        expect(await store.countEvents({ company: 'amazon web services inc' })).toBe(1);
      } finally {
        await store.close();
      }
    });

    it('migration 0003 keeps the near-duplicate bands of documents stored before it', async () => {
      const target = await migratedThrough(2);
      await databases.exec(
        target,
        `insert into documents (id, text, origin, signature, fetched_at) values
           ('doc-a', 'A', 'test', 'sig-a', 'x'), ('doc-b', 'B', 'test', 'sig-b', 'x');
         insert into document_bands (band, document_id) values
           ('00:aaaa', 'doc-a'), ('01:bbbb', 'doc-a'), ('00:cccc', 'doc-b'), ('01:bbbb', 'doc-b')`,
      );
      const store = await openStore(target);
      try {
        const ids = async (bands: string[]) => (await store.findDuplicateCandidates(bands)).map((c) => c.id);
        expect(await ids(['00:aaaa'])).toEqual(['doc-a']);
        expect(await ids(['01:bbbb', '02:ffff'])).toEqual(['doc-a', 'doc-b']);
        expect(await ids(['00:bbbb'])).toEqual([]);
        const c = doc('A third document.');
        expect(await store.insertDocument({ ...c, signature: 'sig-c', bands: ['00:cccc'] })).toBe(true);
        expect(await ids(['00:cccc'])).toEqual([c.id, 'doc-b'].sort());
      } finally {
        await store.close();
      }
    });

    it('migration 0005 keeps earlier documents searchable; later, deleted and reused ones stay in step', async () => {
      const target = await migratedThrough(4);
      await databases.exec(
        target,
        `insert into documents (id, text, origin, fetched_at) values ('doc-a', 'Acme closes its plant', 'test', 'x')`,
      );
      const store = await openStore(target);
      try {
        const found = async (q: string) => (await store.searchDocuments(q)).map((d) => d.id).sort();
        expect(await found('plant')).toEqual(['doc-a']);
        const later = doc('The Acme plant reopens.');
        await store.insertDocument(later);
        expect(await found('plant')).toEqual(['doc-a', later.id].sort());
        expect(await found('reopens')).toEqual([later.id]);
        // The last document goes; the next one stored takes its number (SQLite reuses the largest rowid).
        await databases.exec(target, `delete from documents where id = '${later.id}'`);
        expect(await found('reopens')).toEqual([]);
        const next = doc('A new plant opens in Ohio.');
        await store.insertDocument(next);
        expect(await found('ohio')).toEqual([next.id]);
        expect(await found('plant')).toEqual(['doc-a', next.id].sort());
        if (target.kind === 'sqlite') {
          // FTS5's own check against the documents: the index holds exactly the stored text.
          await databases.exec(
            target,
            `insert into documents_fts (documents_fts, rank) values ('integrity-check', 1)`,
          );
        }
        expect(await store.integrityCheck()).toBe('ok');
      } finally {
        await store.close();
      }
    });

    it('stores a document once and gives it back byte for byte', async () => {
      const store = await fresh();
      const d = doc('AWS cuts hundreds of jobs.', { url: 'https://news.example/a', title: 'AWS cuts' });
      expect(await store.insertDocument(d)).toBe(true);
      expect(await store.insertDocument(d)).toBe(false);
      expect(await store.countDocuments()).toBe(1);
      expect(await store.hasDocument(d.id)).toBe(true);
      expect(await store.hasDocument('nope')).toBe(false);
      expect(await store.getDocument(d.id)).toEqual({ ...d, signature: null });
      expect(await store.getDocument('nope')).toBeNull();
    });

    it('finds near-duplicate candidates by shared signature bands', async () => {
      const store = await fresh();
      const original = doc('original article');
      await store.insertDocument({ ...original, signature: 'aaaa-bbbb', bands: ['0:aaaa', '1:bbbb'] });
      await store.insertDocument({
        ...doc('unrelated'),
        signature: 'cccc-dddd',
        bands: ['0:cccc', '1:dddd'],
      });
      const copy = doc('syndicated copy', { duplicate_of: original.id });
      await store.insertDocument({ ...copy, signature: 'aaaa-eeee', bands: ['0:aaaa', '1:eeee'] });
      expect(await store.findDuplicateCandidates(['0:aaaa', '1:ffff'])).toEqual(
        [
          { id: original.id, signature: 'aaaa-bbbb', duplicate_of: null },
          { id: copy.id, signature: 'aaaa-eeee', duplicate_of: original.id },
        ].sort((x, y) => (x.id < y.id ? -1 : 1)),
      );
      expect(await store.findDuplicateCandidates([])).toEqual([]);
      expect((await store.getDocument(copy.id))?.duplicate_of).toBe(original.id);
    });

    it('finds near-duplicate candidates before and after their bands move to the big index', async () => {
      const target = await databases.fresh();
      const store = await openStore(target);
      opened.push(store);
      // 2,000 documents' keys wait as pending; the 2,000th moves them all in one sorted run.
      const first = doc('document 0 of the run');
      await store.transaction(async (tx) => {
        for (let i = 0; i < 2001; i++) {
          const d = i === 0 ? first : doc(`document ${i} of the run`);
          await tx.insertDocument({
            ...d,
            signature: `sig-${i}`,
            bands: [`00:${i.toString(16)}`, '01:ffff'],
          });
        }
      });
      const ids = async (bands: string[]) => (await store.findDuplicateCandidates(bands)).map((c) => c.id);
      // The first document's keys were moved, the last one's were not; both are found, once each.
      expect(await ids(['00:0'])).toEqual([first.id]);
      expect(await ids(['00:7d0', '00:7d0'])).toEqual([doc('document 2000 of the run').id]);
      expect(await ids(['00:0', '00:7d0'])).toHaveLength(2);
      expect(await ids(['01:ffff'])).toHaveLength(2001);
      expect(await store.integrityCheck()).toBe('ok');
      const db = target.kind === 'sqlite' ? openSqlite(target.path) : await openPostgres(target.url);
      try {
        const count = async (table: 'document_band_keys' | 'document_bands_pending') =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        expect(await count('document_band_keys')).toBe(4000);
        expect(await count('document_bands_pending')).toBe(1);
        if (target.kind === 'sqlite') {
          // The full-text index read the first 2,000 documents in one run; the last one waits until a search.
          const progress = () =>
            db.selectFrom('full_text_progress').select('indexed_upto').executeTakeFirstOrThrow();
          expect(Number((await progress()).indexed_upto)).toBe(2000);
          expect((await store.searchDocuments('2000')).map((d) => d.id)).toEqual([
            doc('document 2000 of the run').id,
          ]);
          expect(Number((await progress()).indexed_upto)).toBe(2001);
          expect(await store.indexText()).toEqual({ documents: 0, events: 0 });
        } else {
          expect(await store.indexText()).toEqual({ documents: 0, events: 0 });
        }
      } finally {
        await db.destroy();
      }
    });

    it('finds pending near-duplicate candidates another open store added, and forgets undone ones', async () => {
      const target = await databases.fresh();
      const a = await openStore(target);
      const b = await openStore(target);
      opened.push(a, b);
      const ids = async (store: Store, bands: string[]) =>
        (await store.findDuplicateCandidates(bands)).map((c) => c.id);
      const first = doc('stored through the first store');
      await a.insertDocument({ ...first, signature: 'sig-1', bands: ['00:1', '01:1'] });
      expect(await ids(b, ['00:1'])).toEqual([first.id]);
      // Undone by a failing transaction: b's copy held it for a moment, then no store finds it.
      const undone = doc('undone');
      await expect(
        b.transaction(async (tx) => {
          await tx.insertDocument({ ...undone, signature: 'sig-2', bands: ['00:2'] });
          expect(await ids(tx, ['00:2'])).toEqual([undone.id]);
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');
      // The same document number, now another document with other keys, stored through a.
      const second = doc('stored through the first store again');
      await a.insertDocument({ ...second, signature: 'sig-3', bands: ['00:3'] });
      expect(await ids(b, ['00:2'])).toEqual([]);
      expect(await ids(b, ['00:3', '01:1'])).toEqual([first.id, second.id].sort());
      expect(await ids(a, ['00:3', '01:1'])).toEqual([first.id, second.id].sort());
    });

    it('a savepoint that throws undoes only its own writes', async () => {
      const store = await fresh();
      const kept = doc('kept before the savepoint');
      const undone = doc('undone by the savepoint');
      await store.transaction(async (tx) => {
        await tx.insertDocument({ ...kept, signature: 'sig-kept', bands: ['00:1'] });
        await expect(
          tx.savepoint(async () => {
            await tx.insertDocument({ ...undone, signature: 'sig-undone', bands: ['00:2', '01:1'] });
            expect((await tx.findDuplicateCandidates(['00:2'])).map((c) => c.id)).toEqual([undone.id]);
            await tx.replaceReports(undone.id, [report(kept.id, 'stray')]);
          }),
        ).rejects.toThrow(StoreInputError);
        // The undone document is no near-duplicate candidate any more, within the transaction or after.
        expect(await tx.findDuplicateCandidates(['00:2', '01:1'])).toEqual([]);
        await tx.savepoint(() => tx.replaceReports(kept.id, [report(kept.id, 'r1')]));
      });
      expect(await store.findDuplicateCandidates(['00:1', '00:2'])).toEqual([
        { id: kept.id, signature: 'sig-kept', duplicate_of: null },
      ]);
      expect(await store.hasDocument(kept.id)).toBe(true);
      expect(await store.hasDocument(undone.id)).toBe(false);
      expect(await store.listReports(kept.id)).toHaveLength(1);
      await expect(store.savepoint(async () => 1)).rejects.toThrow(/no transaction/);
    });

    it('iterates every document a page at a time', async () => {
      const store = await fresh();
      const ids = [];
      for (let i = 0; i < 7; i++) {
        const d = doc(`document number ${i}`);
        ids.push(d.id);
        await store.insertDocument(d);
      }
      const seen = [];
      for await (const d of store.iterateDocuments({ pageSize: 3 })) seen.push(d.id);
      expect(seen).toEqual(ids.sort());
    });

    it('finds documents by words of their title and text', async () => {
      const store = await fresh();
      const d = doc('Amazon Web Services is laying off workers in training and certification.', {
        title: 'AWS layoffs',
      });
      await store.insertDocument(d);
      await store.insertDocument(doc('A recipe for bread.'));
      expect((await store.searchDocuments('certifications laying')).map((r) => r.id)).toEqual([d.id]);
      expect((await store.searchDocuments('layoffs')).map((r) => r.id)).toEqual([d.id]);
      expect(await store.searchDocuments('"AND" OR -(')).toEqual([]);
    });

    it('replaces the reports of a document', async () => {
      const store = await fresh();
      const d = doc('report holder');
      await store.insertDocument(d);
      await store.replaceReports(d.id, [report(d.id, 'r1'), report(d.id, 'r2', 'mention')]);
      await store.replaceReports(d.id, [report(d.id, 'r3')]);
      expect(await store.listReports(d.id)).toEqual([report(d.id, 'r3')]);
      await expect(store.replaceReports(d.id, [report('other', 'r4')])).rejects.toThrow(StoreInputError);
    });

    it('saves an event with its sources, claims and conflicts and reads it back', async () => {
      const store = await fresh();
      const event = awsEvent();
      expect(await store.saveEvent(event)).toBe('inserted');
      const stored = await store.getEvent(event.id);
      const { created_at, updated_at, ...rest } = stored!;
      expect(rest).toEqual(event);
      expect(created_at).toBe(updated_at);
      expect(await store.getEvent('missing')).toBeNull();
      expect(await store.hasEvent(event.id)).toBe(true);
      expect(await store.hasEvent('missing')).toBe(false);
      expect(await store.findEventIdsBySource('article', 'doc-b')).toEqual([event.id]);
    });

    it('saving the same event again changes nothing; a changed one replaces its sources and claims', async () => {
      const store = await fresh();
      await store.saveEvent(awsEvent());
      const before = await store.getEvent('ev-aws-2026-02');
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await store.saveEvent(before!)).toBe('unchanged');
      expect(await store.getEvent('ev-aws-2026-02')).toEqual(before);

      const changed = awsEvent({
        sources: [articleA],
        claims: [awsEvent().claims[0]!],
        ai_claims: [awsEvent().ai_claims[0]!],
        conflicts: [],
        ai_attribution: 'denied',
      });
      expect(await store.saveEvent(changed)).toBe('updated');
      const after = await store.getEvent('ev-aws-2026-02');
      expect(after).toMatchObject({ ...changed, created_at: before!.created_at });
      expect(after!.updated_at > before!.updated_at).toBe(true);
      expect(await store.findEventIdsBySource('article', 'doc-b')).toEqual([]);
    });

    it('two saves of one event at once leave one whole version, never a mix', async () => {
      // On PostgreSQL the two saves run on two pooled connections; on SQLite they queue for the one.
      const store = await fresh();
      const one = awsEvent({
        sources: [articleA],
        claims: [awsEvent().claims[0]!],
        ai_claims: [],
        conflicts: [],
      });
      const two = awsEvent({
        sources: [articleB],
        claims: [awsEvent().claims[1]!],
        ai_claims: [],
        conflicts: [],
      });
      await Promise.all([store.saveEvent(one), store.saveEvent(two)]);
      const { created_at: _c, updated_at: _u, ...saved } = (await store.getEvent(one.id))!;
      expect([one, two]).toContainEqual(saved);
    });

    it('refuses a claim citing a source the event does not list, writing nothing', async () => {
      const store = await fresh();
      const orphan = awsEvent({ sources: [articleA] });
      await expect(store.saveEvent(orphan)).rejects.toThrow(/not among its sources/);
      expect(await store.getEvent(orphan.id)).toBeNull();
    });

    it('deletes an event with its sources and claims', async () => {
      const store = await fresh();
      await store.saveEvent(awsEvent());
      expect(await store.deleteEvent('ev-aws-2026-02')).toBe(true);
      expect(await store.deleteEvent('ev-aws-2026-02')).toBe(false);
      expect(await store.getEvent('ev-aws-2026-02')).toBeNull();
      expect(await store.findEventIdsBySource('article', 'doc-a')).toEqual([]);
      expect(await store.saveEvent(awsEvent())).toBe('inserted');
    });

    it('lists events by company name, parent, alias and subsidiary, in any case', async () => {
      const store = await fresh();
      await store.saveEvent(awsEvent());
      await store.saveEvent(plainEvent('ev-meta', 'Meta', '2026-01-10'));
      await store.saveEvent(plainEvent('ev-whole-foods', 'Whole Foods', '2025-06-01'));
      await store.upsertCompany({
        id: 'aws',
        name: 'Amazon Web Services',
        slug: 'amazon-web-services',
        aliases: ['AWS'],
        parent: 'Amazon',
        industry: 'Cloud',
        country: 'US',
        ticker: null,
      });
      await store.upsertCompany({
        id: 'meta',
        name: 'Meta Platforms',
        slug: 'meta-platforms',
        aliases: ['Meta', 'Facebook'],
        parent: null,
        industry: null,
        country: 'US',
        ticker: 'META',
      });
      await store.upsertCompany({
        id: 'whole-foods',
        name: 'Whole Foods Market',
        slug: 'whole-foods-market',
        aliases: ['Whole Foods'],
        parent: 'Amazon.com',
        industry: 'Retail',
        country: 'US',
        ticker: null,
      });
      await store.upsertCompany({
        id: 'amazon',
        name: 'Amazon',
        slug: 'amazon',
        aliases: ['Amazon.com'],
        parent: null,
        industry: 'Retail',
        country: 'US',
        ticker: 'AMZN',
      });
      const ids = async (company: string) => (await store.listEvents({ company })).map((e) => e.id);
      expect(await ids('aws')).toEqual(['ev-aws-2026-02']);
      expect(await ids('Amazon Web Services')).toEqual(['ev-aws-2026-02']);
      expect(await ids('AMAZON')).toEqual(['ev-aws-2026-02', 'ev-whole-foods']);
      expect(await ids('facebook')).toEqual(['ev-meta']);
      expect(await ids('Google')).toEqual([]);
      expect(await store.countEvents({ company: 'amazon' })).toBe(2);
    });

    it('lists events by date range, treating months and years as periods', async () => {
      const store = await fresh();
      await store.saveEvent(plainEvent('ev-day', 'A', '2025-03-15'));
      await store.saveEvent(plainEvent('ev-month', 'B', '2025-04'));
      await store.saveEvent(plainEvent('ev-year', 'C', '2024'));
      await store.saveEvent(plainEvent('ev-undated', 'D', null));
      const ids = async (from?: string, to?: string) =>
        (await store.listEvents({ from, to })).map((e) => e.id);
      expect(await ids()).toEqual(['ev-month', 'ev-day', 'ev-year', 'ev-undated']);
      expect(await ids('2025-03-01', '2025-03-31')).toEqual(['ev-day']);
      expect(await ids('2025-04-30')).toEqual(['ev-month']);
      expect(await ids('2025-03-16', '2025-04-01')).toEqual(['ev-month']);
      expect(await ids('2025')).toEqual(['ev-month', 'ev-day']);
      expect(await ids(undefined, '2024-06')).toEqual(['ev-year']);
      expect(await ids('2026-01-01')).toEqual([]);
      expect(await store.countEvents({ from: '2024-12-31', to: '2025-03-15' })).toBe(2);
      await expect(store.listEvents({ from: 'last week' })).rejects.toThrow(StoreInputError);
    });

    it('finds events by words of their units, context and quotes (full-text, stemmed)', async () => {
      const store = await fresh();
      await store.saveEvent(awsEvent());
      await store.saveEvent(plainEvent('ev-meta', 'Meta', '2026-01-10', { units: ['Reality Labs'] }));
      const ids = async (q: string) => (await store.listEvents({ q })).map((e) => e.id);
      expect(await ids('certification')).toEqual(['ev-aws-2026-02']);
      expect(await ids('specialist organizations')).toEqual(['ev-aws-2026-02']);
      expect(await ids('revenue')).toEqual(['ev-aws-2026-02']);
      expect(await ids('realignment AI')).toEqual(['ev-aws-2026-02']);
      expect(await ids('reality lab')).toEqual(['ev-meta']);
      expect(await ids('certification reality')).toEqual([]);
      expect(await ids('"unbalanced (quote* AND')).toEqual([]);
      expect(await store.countEvents({ q: 'support', company: 'AWS' })).toBe(1);
    });

    it('finds an event by its current words only: after it changes, after it goes, after 0006 migrates it', async () => {
      const target = await migratedThrough(5);
      await databases.exec(
        target,
        `insert into events (id, company, company_key, ai_attribution, details, search_text, digest, created_at, updated_at)
         values ('ev-old', 'Acme', 'acme', 'none', '{}', 'Acme closes its Toledo plant', 'x', 'x', 'x')`,
      );
      const store = await openStore(target);
      try {
        const ids = async (q: string) => (await store.listEvents({ q })).map((e) => e.id).sort();
        expect(await ids('toledo')).toEqual(['ev-old']);
        await store.saveEvent(plainEvent('ev-meta', 'Meta', '2026-01-10', { units: ['Reality Labs'] }));
        expect(await ids('reality')).toEqual(['ev-meta']);
        // Its text changes: the old words no longer find it, the new ones do.
        await store.saveEvent(plainEvent('ev-meta', 'Meta', '2026-01-10', { units: ['Oculus hardware'] }));
        expect(await ids('reality')).toEqual([]);
        expect(await store.countEvents({ q: 'oculus' })).toBe(1);
        // Changed and saved twice before a search: found once.
        await store.saveEvent(plainEvent('ev-meta', 'Meta', '2026-01-10', { units: ['Quest headsets'] }));
        await store.saveEvent(
          plainEvent('ev-meta', 'Meta', '2026-01-10', { units: ['Quest headsets', 'Horizon'] }),
        );
        expect(await ids('quest')).toEqual(['ev-meta']);
        expect(await ids('oculus')).toEqual([]);
        // Gone, then a new event that may take its row number.
        expect(await store.deleteEvent('ev-meta')).toBe(true);
        expect(await ids('quest')).toEqual([]);
        await store.saveEvent(plainEvent('ev-new', 'Globex', '2026-02-01', { units: ['Quest support'] }));
        expect(await ids('quest')).toEqual(['ev-new']);
        expect(await ids('toledo')).toEqual(['ev-old']);
        expect(await store.indexText()).toEqual({ documents: 0, events: 0 });
        if (target.kind === 'sqlite')
          await databases.exec(target, `insert into events_fts (events_fts) values ('integrity-check')`);
        expect(await store.integrityCheck()).toBe('ok');
      } finally {
        await store.close();
      }
    });

    it('pages through events with limit and offset', async () => {
      const store = await fresh();
      for (let i = 1; i <= 5; i++) await store.saveEvent(plainEvent(`ev-${i}`, 'Acme', `2025-0${i}-01`));
      expect((await store.listEvents({ limit: 2 })).map((e) => e.id)).toEqual(['ev-5', 'ev-4']);
      expect((await store.listEvents({ limit: 2, offset: 2 })).map((e) => e.id)).toEqual(['ev-3', 'ev-2']);
      expect((await store.listEvents({ offset: 4 })).map((e) => e.id)).toEqual(['ev-1']);
      expect(await store.countEvents({ limit: 1 })).toBe(5);
    });

    it('finds candidate events for a report by company or parent key and date window', async () => {
      const store = await fresh();
      await store.saveEvent(awsEvent());
      await store.saveEvent(plainEvent('ev-aws-2024', 'AWS', '2024-05-01', { company_key: 'aws' }));
      const ids = async (companyKeys: string[], from?: string, to?: string) =>
        (await store.findCandidateEvents({ companyKeys, from, to })).map((e) => e.id);
      expect(await ids(['aws'], '2026-01-22', '2026-02-19')).toEqual(['ev-aws-2026-02']);
      expect(await ids(['amazon'], '2026-02')).toEqual(['ev-aws-2026-02']);
      expect(await ids(['aws'])).toEqual(['ev-aws-2024', 'ev-aws-2026-02']);
      expect(await ids([])).toEqual([]);
      const [candidate] = await store.findCandidateEvents({ companyKeys: ['aws'], from: '2026-02-01' });
      expect(candidate?.claims).toHaveLength(4);
    });

    it('upserts curated records idempotently', async () => {
      const store = await fresh();
      expect(await store.upsertCuratedRecord(curated)).toBe('inserted');
      expect(
        await store.upsertCuratedRecord({ ...curated, raw: { Laid_Off_Count: '16000', Company: 'Amazon' } }),
      ).toBe('unchanged');
      expect(await store.getCuratedRecord(curated.id)).toEqual(curated);
      expect(await store.upsertCuratedRecord({ ...curated, headcount: 16500 })).toBe('updated');
      expect((await store.getCuratedRecord(curated.id))?.headcount).toBe(16500);
    });

    it('keeps companies with aliases; an alias stays with the company that claimed it first', async () => {
      const store = await fresh();
      const aws = {
        id: 'aws',
        name: 'Amazon Web Services',
        slug: 'amazon-web-services',
        aliases: ['AWS', 'aws', 'Amazon Web Services'],
        parent: 'Amazon',
        industry: 'Cloud',
        country: 'US',
        ticker: null,
      };
      expect(await store.upsertCompany(aws)).toBe('inserted');
      expect(await store.upsertCompany(aws)).toBe('unchanged');
      expect(await store.findCompanyByAlias('aws')).toEqual({ ...aws, aliases: ['AWS'] });
      expect((await store.findCompanyByAlias('AMAZON WEB SERVICES'))?.id).toBe('aws');
      expect(await store.getCompanyBySlug('amazon-web-services')).toEqual({ ...aws, aliases: ['AWS'] });

      const rival = {
        ...aws,
        id: 'aws-2',
        name: 'Another AWS',
        slug: 'another-aws',
        aliases: ['A.W.S. Ltd', 'AWSome'],
      };
      expect(await store.upsertCompany(rival)).toBe('inserted');
      expect((await store.findCompanyByAlias('AWS Inc.'))?.id).toBe('aws');
      expect((await store.findCompanyByAlias('awsome'))?.aliases).toEqual(['AWSome']);

      expect(await store.upsertCompany({ ...aws, ticker: 'AMZN', aliases: ['AWS', 'Amazon AWS'] })).toBe(
        'updated',
      );
      expect((await store.findCompanyByAlias('amazon aws'))?.ticker).toBe('AMZN');
      await expect(store.upsertCompany({ ...rival, id: 'aws-3' })).rejects.toThrow(/slug "another-aws"/);
      expect(await store.findCompanyByAlias('nobody')).toBeNull();
    });

    it('keeps feed state between polls: validators, error count, reset on success', async () => {
      const store = await fresh();
      expect(await store.addFeed('https://news.example/feed.xml', { title: 'Example' })).toBe(true);
      expect(await store.addFeed('https://news.example/feed.xml')).toBe(false);
      const ok = await store.saveFeedState('https://news.example/feed.xml', {
        etag: '"v1"',
        lastModified: 'Fri, 06 Feb 2026 10:00:00 GMT',
        polledAt: '2026-02-06T10:00:00.000Z',
      });
      expect(ok).toMatchObject({ title: 'Example', etag: '"v1"', consecutiveErrors: 0, lastError: null });
      await store.saveFeedState('https://news.example/feed.xml', {
        polledAt: '2026-02-06T11:00:00.000Z',
        error: 'HTTP 503',
      });
      const failing = await store.saveFeedState('https://news.example/feed.xml', {
        polledAt: '2026-02-06T12:00:00.000Z',
        error: 'HTTP 503',
      });
      expect(failing).toMatchObject({
        etag: '"v1"',
        lastModified: 'Fri, 06 Feb 2026 10:00:00 GMT',
        lastPolledAt: '2026-02-06T12:00:00.000Z',
        consecutiveErrors: 2,
        lastError: 'HTTP 503',
      });
      await store.saveFeedState('https://news.example/feed.xml', {
        etag: '"v2"',
        polledAt: '2026-02-06T13:00:00.000Z',
      });
      expect(await store.getFeedState('https://news.example/feed.xml')).toMatchObject({
        etag: '"v2"',
        consecutiveErrors: 0,
        lastError: null,
      });
      await store.saveFeedState('https://other.example/rss', { polledAt: '2026-02-06T13:00:00.000Z' });
      expect((await store.listFeeds()).map((f) => f.url).sort()).toEqual([
        'https://news.example/feed.xml',
        'https://other.example/rss',
      ]);
      expect(await store.getFeedState('https://unknown.example/')).toBeNull();
    });

    it('a transaction that throws leaves nothing half-written', async () => {
      const store = await fresh();
      const d = doc('half-written');
      await expect(
        store.transaction(async (tx) => {
          await tx.insertDocument(d);
          await tx.replaceReports(d.id, [report(d.id, 'r1')]);
          await tx.saveEvent(awsEvent());
          await tx.upsertCuratedRecord(curated);
          throw new Error('crash in the middle');
        }),
      ).rejects.toThrow('crash in the middle');
      expect(await store.hasDocument(d.id)).toBe(false);
      expect(await store.listReports(d.id)).toEqual([]);
      expect(await store.getEvent('ev-aws-2026-02')).toBeNull();
      expect(await store.countEvents({ q: 'certification' })).toBe(0);
      expect(await store.getCuratedRecord(curated.id)).toBeNull();

      await store.transaction(async (tx) => {
        await tx.insertDocument(d);
        await tx.transaction((inner) => inner.replaceReports(d.id, [report(d.id, 'r1')]));
      });
      expect(await store.listReports(d.id)).toHaveLength(1);
      expect(await store.integrityCheck()).toBe('ok');
    });
  });
}
