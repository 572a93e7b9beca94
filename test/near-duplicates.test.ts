/**
 * Syndicated copies and second write-ups, through the pipeline on every dialect: a copy of a story
 * (another headline, other boilerplate, a few sentences edited) is stored linked to its original and
 * changes no event; another outlet's own story about the same cut is a second source.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../src/domain.js';
import { createPipelineContext, type DocumentOutcome, ingestDocument } from '../src/pipeline/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { testDatabases } from '../src/store/test-databases.js';
import { seedFiles } from './support/layoffwatch.js';

const DIALECTS = await testDatabases();
const context = createPipelineContext({ now: () => new Date('2026-03-11T09:00:00Z') });

function source(text: string, fields: Partial<SourceDocument> = {}): SourceDocument {
  return {
    url: null,
    title: null,
    outlet: null,
    published: null,
    language: 'en',
    text,
    raw: Buffer.from(text),
    content_type: 'text/plain',
    origin: 'test',
    ...fields,
  };
}

/** Replaces `from` with `to`, failing when the text no longer holds `from` (the copy must differ). */
function edit(text: string, from: string, to: string): string {
  expect(text, `the text should contain "${from}"`).toContain(from);
  return text.replace(from, to);
}

/**
 * A wire partner's copy of the first seed article: its site furniture and ads dropped, a headline
 * and boilerplate of its own, three sentences reworded.
 */
function syndicatedSeed(): string {
  const original = readFileSync(seedFiles[0]!, 'utf8');
  const furniture =
    /^(Home Latest|Amazon Lays Off Hundreds|Register for|Tekedia|Join Tekedia|No posts|Post Comment|Please enter)/;
  let body = original
    .split('\n')
    .filter((line) => !furniture.test(line.trim()))
    .join('\n')
    .trim();
  body = edit(body, 'as confirmed by Reuters on Thursday', 'Reuters reported on Thursday');
  body = edit(
    body,
    'AWS remains a core profit engine for Amazon',
    'AWS is still the part of Amazon that makes most of its profit',
  );
  body = edit(
    body,
    'sparked concern among employees about job security',
    'left staff worried about their jobs',
  );
  return `AWS trims hundreds of jobs in support and training teams

Advertisement — story continues below. Sign up for our daily markets newsletter.

${body}

© Wire Partner 2025. Republished under licence. Related: five cloud stocks to watch this week.`;
}

// Stories written for this test about a made-up company: an original, a copy, and another outlet's own.
const HALCYON = `Halcyon Robotics to cut 450 jobs as warehouse orders slow

Halcyon Robotics will eliminate about 450 jobs, roughly 9% of its workforce, the warehouse automation maker said on Tuesday, after two quarters of falling orders from retailers and parcel carriers.

Most of the cuts fall on its field service teams and on a parts plant in Dayton, Ohio, which will close by the end of the year. Chief executive Priya Raman told staff in a memo that the company had hired too quickly during the e-commerce boom and now had to match its costs to demand.

Raman said the reductions had nothing to do with artificial intelligence. "This is about orders, not about software replacing people," she wrote.

Employees who lose their jobs will get 12 weeks of pay, continued health insurance through March and help applying for open roles at the company's Austin headquarters, a spokesperson said.

Halcyon reported revenue of 840 million dollars last quarter, down 14% from a year earlier. The company still plans to hire engineers for its new picking-arm product line.

Shares of Halcyon fell 3% in afternoon trading.`;

const HALCYON_COPY = `Robot maker Halcyon sheds 9% of staff

(Wire Service) — Subscribe for unlimited access to business news.

${HALCYON.split('\n\n')
  .slice(1)
  .join('\n\n')
  .replace('the warehouse automation maker said on Tuesday', 'the company confirmed on Tuesday')
  .replace(
    'Shares of Halcyon fell 3% in afternoon trading.',
    'Halcyon stock slipped about 3% after the news.',
  )}

Copyright Wire Service. All rights reserved.`;

const HALCYON_OTHER = `Dayton plant to close in Halcyon Robotics layoffs

Halcyon Robotics, the warehouse robot maker, is laying off some 450 employees and shutting its Dayton parts factory, according to a memo from CEO Priya Raman seen by this newspaper on Tuesday.

The Austin-based company blamed weaker demand from online retailers. Field technicians who maintain robots at customer sites are among the hardest hit, people familiar with the plan said.

Analysts at Northgate Research said the company was also shifting work to AI-driven remote diagnostics, which need fewer technicians on the road. Raman's memo said software was not the reason.

Sales dropped 14% to 840 million dollars in the latest quarter. Laid-off workers are being offered three months of salary and extended health coverage.`;

async function ingest(
  store: Store,
  text: string,
  fields: Partial<SourceDocument> = {},
): Promise<DocumentOutcome> {
  return ingestDocument(store, source(text, fields), context);
}

async function eventsOf(store: Store, company: string) {
  return store.listEvents({ company });
}

for (const databases of DIALECTS) {
  describe.skipIf(!databases.available)(`near-duplicates on ${databases.dialect}`, () => {
    afterAll(() => databases.dispose());

    it('a syndicated copy of a seed article is linked to it and changes no event', async () => {
      const store = await openStore(await databases.fresh());
      try {
        const seeds = [];
        for (const file of seedFiles) {
          seeds.push(
            await ingest(store, readFileSync(file, 'utf8').trim(), { published: '2025-07-18', origin: file }),
          );
        }
        const [before] = await eventsOf(store, 'Amazon');
        expect(before?.sources).toHaveLength(2);

        const copy = await ingest(store, syndicatedSeed(), {
          published: '2025-07-18',
          outlet: 'Wire Partner',
        });
        expect(copy).toMatchObject({
          status: 'added',
          duplicateOf: seeds[0]!.documentId,
          eventsCreated: 0,
          eventsMerged: 0,
        });
        expect((await store.getDocument(copy.documentId))?.duplicate_of).toBe(seeds[0]!.documentId);

        const after = await eventsOf(store, 'Amazon');
        expect(after).toHaveLength(1);
        const { updated_at: _a, ...unchanged } = after[0]!;
        const { updated_at: _b, ...original } = before!;
        expect(unchanged).toEqual(original);
      } finally {
        await store.close();
      }
    });

    it('a copy adds no source; another outlet’s own story of the same cut does', async () => {
      const store = await openStore(await databases.fresh());
      try {
        const original = await ingest(store, HALCYON, { published: '2026-03-11', outlet: 'Daily Ledger' });
        expect(original).toMatchObject({ status: 'added', duplicateOf: null, eventsCreated: 1 });

        const copy = await ingest(store, HALCYON_COPY, { published: '2026-03-11', outlet: 'Wire Service' });
        expect(copy).toMatchObject({
          status: 'added',
          duplicateOf: original.documentId,
          eventsCreated: 0,
          eventsMerged: 0,
        });

        const other = await ingest(store, HALCYON_OTHER, { published: '2026-03-11', outlet: 'Ohio Courier' });
        expect(other).toMatchObject({
          status: 'added',
          duplicateOf: null,
          eventsCreated: 0,
          eventsMerged: 1,
        });

        const events = await eventsOf(store, 'Halcyon Robotics');
        expect(events).toHaveLength(1);
        const event = events[0]!;
        expect(event.sources.map((s) => s.document_id).sort()).toEqual(
          [original.documentId, other.documentId].sort(),
        );
        expect(event.headcount?.value).toBe(450);
        expect(event.date).toBe('2026-03-10');

        // The same text again is the same document.
        expect(await ingest(store, HALCYON_OTHER, { origin: 'elsewhere' })).toEqual({
          status: 'duplicate',
          documentId: other.documentId,
        });
        expect(await store.countDocuments()).toBe(3);
      } finally {
        await store.close();
      }
    });
  });
}
