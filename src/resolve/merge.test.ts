import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CuratedRecord, Document, Event, Report } from '../domain.js';
import type { ExtractedEvent, Headcount } from '../extract/types.js';
import { createCompanyResolver } from './company.js';
import { loadGazetteer } from './gazetteer.js';
import {
  type Candidate,
  curatedToCandidate,
  findEvent,
  isSameEvent,
  mergeIntoEvent,
  rebuildEvents,
  reportToCandidate,
} from './merge.js';

const resolver = createCompanyResolver(loadGazetteer());

const HUNDREDS: Headcount = { value: null, min: 200, max: 999, qualifier: 'vague', words: 'hundreds' };
const SEVERAL_HUNDRED: Headcount = {
  value: null,
  min: 300,
  max: 900,
  qualifier: 'vague',
  words: 'several hundred',
};
const exact = (n: number): Headcount => ({ value: n, min: n, max: n, qualifier: 'exact', words: null });

function extracted(fields: Partial<ExtractedEvent>): ExtractedEvent {
  return {
    company: null,
    parent_company: null,
    headcount: null,
    percent: null,
    date: null,
    country: null,
    locations: [],
    units: [],
    reasons: [],
    ai_attribution: 'none',
    support: { severance: null, continued_pay_days: null, healthcare: null, job_placement: null, notes: [] },
    hiring_areas: [],
    context: [],
    evidence: {},
    ...fields,
  };
}

function doc(id: string, fields: Partial<Document> = {}): Document {
  return {
    id,
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    outlet: `Outlet ${id}`,
    published: '2025-07-18',
    language: 'en',
    text: '',
    raw: null,
    content_type: 'text/plain',
    origin: `https://news.example/${id}`,
    duplicate_of: null,
    fetched_at: '2025-07-18T10:00:00Z',
    ...fields,
  };
}

function report(
  document: Document,
  event: Partial<ExtractedEvent>,
  role: Report['role'] = 'primary',
): Candidate {
  const r: Report = {
    id: `${document.id}-${role}-${event.company}`,
    document_id: document.id,
    role,
    extractor_version: 'test',
    confidence: 0.9,
    event: extracted(event),
  };
  const candidate = reportToCandidate(r, document, resolver);
  if (!candidate) throw new Error('expected a candidate');
  return candidate;
}

function curated(fields: Partial<CuratedRecord>): Candidate {
  const record: CuratedRecord = {
    id: 'fyi-1',
    dataset: 'layoffs-fyi',
    company: 'Amazon',
    location: 'Seattle',
    industry: 'Retail',
    headcount: null,
    percent: null,
    date: '2025-07-17',
    country: 'US',
    stage: 'Post-IPO',
    source_url: 'https://wire.example/amazon-cloud-cuts',
    raw: {},
    ...fields,
  };
  const candidate = curatedToCandidate(record, resolver);
  if (!candidate) throw new Error('expected a candidate');
  return candidate;
}

// Two write-ups of one cloud-unit cut, in words written for this test.
const docA = doc('doc-a');
const docB = doc('doc-b', { published: '2025-07-18', outlet: 'Second Outlet' });
const denied = 'the company said the cuts were not mainly about AI spending';
const blamed = 'the cuts follow a shift of resources toward AI';
const articleA = report(docA, {
  company: 'AWS',
  parent_company: 'Amazon',
  headcount: HUNDREDS,
  date: '2025-07-17',
  country: 'US',
  units: ['frontline support', 'training and certification'],
  reasons: ['restructuring'],
  ai_attribution: 'denied',
  support: {
    severance: true,
    continued_pay_days: 60,
    healthcare: true,
    job_placement: true,
    notes: ['internal job placement'],
  },
  hiring_areas: ['AI research'],
  evidence: {
    company: [{ start: 0, end: 3, text: 'AWS' }],
    ai_attribution: [{ start: 100, end: 100 + denied.length, text: denied }],
    'support.continued_pay_days': [{ start: 300, end: 320, text: 'about 60 days of pay' }],
  },
});
const articleB = report(docB, {
  company: 'Amazon Web Services',
  parent_company: 'Amazon',
  headcount: SEVERAL_HUNDRED,
  date: '2025-07-17',
  units: ['Sales Support Specialists', 'Frontline Support'],
  reasons: ['restructuring', 'ai_automation'],
  ai_attribution: 'blamed',
  hiring_areas: ['generative AI', 'AI Research'],
  evidence: { ai_attribution: [{ start: 50, end: 50 + blamed.length, text: blamed }] },
});
const amazonRow = curated({});

describe('the two-article example', () => {
  const events = rebuildEvents([articleA, articleB, amazonRow]);
  const event = events[0]!;

  it('makes one Amazon event with the two articles and the curated row as sources', () => {
    expect(events).toHaveLength(1);
    expect(event.company_key).toBe('amazon');
    expect(event.company).toBe('AWS');
    expect(event.parent_company).toBe('Amazon');
    expect(event.sources.map((s) => `${s.kind}:${s.ref}`)).toEqual([
      'article:doc-a',
      'article:doc-b',
      'curated:fyi-1',
    ]);
    expect(event.date).toBe('2025-07-17');
  });

  it('keeps the vague headcount, with no conflict between "hundreds" and "several hundred"', () => {
    expect(event.headcount?.qualifier).toBe('vague');
    expect(event.headcount?.value).toBeNull();
    expect(event.conflicts.map((c) => c.field)).not.toContain('headcount');
    expect(
      event.claims.filter((c) => c.field === 'headcount').map((c) => (c.value as Headcount).words),
    ).toEqual(['hundreds', 'several hundred']);
  });

  it('shows both AI claims side by side, with who made each, and marks the conflict', () => {
    expect(event.ai_claims).toEqual([
      { attribution: 'denied', claimant: 'company', quote: denied, source: articleA.source },
      { attribution: 'blamed', claimant: 'writer', quote: blamed, source: articleB.source },
    ]);
    expect(event.ai_attribution).toBe('mixed');
    expect(event.conflicts).toContainEqual({
      field: 'ai_attribution',
      values: [
        { value: 'denied', sources: ['doc-a'] },
        { value: 'blamed', sources: ['doc-b'] },
      ],
    });
  });

  it('unions units, reasons and hiring areas, case-insensitively', () => {
    expect(event.units).toEqual([
      'frontline support',
      'training and certification',
      'Sales Support Specialists',
    ]);
    expect(event.reasons).toEqual(['restructuring', 'ai_automation']);
    expect(event.hiring_areas).toEqual(['AI research', 'generative AI']);
    expect(event.locations).toEqual(['Seattle']);
  });

  it('takes support from the article that gives it, with its evidence', () => {
    expect(event.support).toEqual({
      severance: true,
      continued_pay_days: 60,
      healthcare: true,
      job_placement: true,
      notes: ['internal job placement'],
    });
    const claim = event.claims.find((c) => c.field === 'support');
    expect(claim?.evidence).toEqual([{ start: 300, end: 320, text: 'about 60 days of pay' }]);
  });

  it('keeps every claim with its source and claimant', () => {
    const companies = event.claims.filter((c) => c.field === 'company');
    expect(companies.map((c) => [c.value, c.source.ref, c.claimant])).toEqual([
      ['AWS', 'doc-a', 'writer'],
      ['Amazon Web Services', 'doc-b', 'writer'],
      ['Amazon', 'fyi-1', 'dataset'],
    ]);
  });

  it('gives the same event whatever order the reports arrive in, one by one or rebuilt', () => {
    let incremental: Event | null = null;
    for (const c of [amazonRow, articleB, articleA]) incremental = mergeIntoEvent(incremental, c);
    expect(incremental).toEqual(event);
    expect(rebuildEvents([amazonRow, articleB, articleA])).toEqual(events);
  });
});

describe('near-duplicates and independent stories', () => {
  it('a syndicated copy yields no candidate, so numbers and sources stay as they were', () => {
    const copy = doc('doc-a-copy', { duplicate_of: 'doc-a', title: 'Another headline' });
    const r: Report = {
      id: 'copy-primary',
      document_id: copy.id,
      role: 'primary',
      extractor_version: 'test',
      confidence: 0.9,
      event: extracted({
        company: 'AWS',
        headcount: exact(500),
        date: '2025-07-17',
        ai_attribution: 'blamed',
      }),
    };
    expect(reportToCandidate(r, copy, resolver)).toBeNull();
  });

  it('two different stories about the same event both count as sources', () => {
    const [event] = rebuildEvents([articleA, articleB]);
    expect(event?.sources).toHaveLength(2);
  });
});

describe('when reports are the same event', () => {
  const base = mergeIntoEvent(null, articleA);

  it('a later, larger round is a new event', () => {
    const october = report(doc('doc-oct', { published: '2025-10-28' }), {
      company: 'Amazon',
      headcount: exact(14_000),
      date: '2025-10-28',
    });
    expect(isSameEvent(base, october)).toBe(false);
    expect(rebuildEvents([articleA, articleB, amazonRow, october])).toHaveLength(2);
  });

  it('a larger amount inside the window is a new event too', () => {
    const larger = report(doc('doc-big'), {
      company: 'Amazon',
      headcount: exact(14_000),
      date: '2025-07-20',
    });
    expect(isSameEvent(base, larger)).toBe(false);
  });

  it('a compatible exact number joins, and wins over vague words', () => {
    const four = curated({ id: 'fyi-400', headcount: 400 });
    expect(isSameEvent(base, four)).toBe(true);
    const event = mergeIntoEvent(base, four);
    expect(event.headcount).toEqual(exact(400));
    expect(event.conflicts.map((c) => c.field)).not.toContain('headcount');
  });

  it('two different exact numbers of one cut are kept and marked as a conflict', () => {
    const a = curated({ id: 'fyi-a', headcount: 400 });
    const b = report(doc('doc-420'), { company: 'Amazon', headcount: exact(420), date: '2025-07-17' });
    const [event] = rebuildEvents([a, b]);
    expect(event?.conflicts).toContainEqual({
      field: 'headcount',
      values: [
        { value: exact(420), sources: ['doc-420'] },
        { value: exact(400), sources: ['fyi-a'] },
      ],
    });
  });

  it('two rounds close in time and size stay apart', () => {
    const first = report(doc('doc-r1', { published: '2020-05-06' }), {
      company: 'Uber',
      headcount: exact(3_700),
      date: '2020-05-06',
    });
    const second = report(doc('doc-r2', { published: '2020-05-18' }), {
      company: 'Uber',
      headcount: exact(3_000),
      date: '2020-05-18',
    });
    expect(rebuildEvents([first, second])).toHaveLength(2);
  });

  it('two rows of one dataset on different days are two events', () => {
    const a = curated({ id: 'fyi-x', company: 'Acme Widgets', date: '2024-03-01', headcount: null });
    const b = curated({ id: 'fyi-y', company: 'Acme Widgets', date: '2024-03-05', headcount: null });
    const sameDay = curated({ id: 'fyi-z', company: 'Acme Widgets', date: '2024-03-01', location: 'Austin' });
    expect(rebuildEvents([a, b])).toHaveLength(2);
    expect(rebuildEvents([a, sameDay])).toHaveLength(1);
  });

  it('the same day, another company: separate events', () => {
    const meta = report(doc('doc-meta'), { company: 'Instagram', headcount: HUNDREDS, date: '2025-07-17' });
    expect(isSameEvent(base, meta)).toBe(false);
    const events = rebuildEvents([articleA, meta]);
    expect(events.map((e) => e.company_key).sort()).toEqual(['amazon', 'meta']);
  });

  it('days merge within the window, not beyond it', () => {
    const near = report(doc('doc-near', { published: '2025-07-30' }), {
      company: 'AWS',
      headcount: HUNDREDS,
      date: '2025-07-30',
    });
    const far = report(doc('doc-far', { published: '2025-08-05' }), {
      company: 'AWS',
      headcount: HUNDREDS,
      date: '2025-08-05',
    });
    expect(isSameEvent(base, near)).toBe(true);
    expect(isSameEvent(base, far)).toBe(false);
    expect(isSameEvent(base, far, { windowDays: 30 })).toBe(true);
  });

  it('a month-dated report merges by month', () => {
    const july = report(doc('doc-july'), { company: 'Amazon', headcount: HUNDREDS, date: '2025-07' });
    const august = report(doc('doc-aug'), { company: 'Amazon', headcount: HUNDREDS, date: '2025-08' });
    expect(isSameEvent(base, july)).toBe(true);
    expect(isSameEvent(base, august)).toBe(false);
    const event = mergeIntoEvent(base, july);
    expect(event.date).toBe('2025-07-17');
  });

  it('an undated report joins an event in the window before its publication', () => {
    const recent = report(doc('doc-undated', { published: '2025-07-25' }), {
      company: 'AWS',
      headcount: HUNDREDS,
    });
    const later = report(doc('doc-undated-2', { published: '2025-09-01' }), {
      company: 'AWS',
      headcount: HUNDREDS,
    });
    const before = report(doc('doc-undated-3', { published: '2025-07-10' }), {
      company: 'AWS',
      headcount: HUNDREDS,
    });
    expect(isSameEvent(base, recent)).toBe(true);
    expect(isSameEvent(base, later)).toBe(false);
    expect(isSameEvent(base, before)).toBe(false);
  });

  it('a report with neither date nor publication date only meets undated events', () => {
    const undated = report(doc('doc-nodate', { published: null }), { company: 'AWS', headcount: HUNDREDS });
    const other = report(doc('doc-nodate-2', { published: null }), {
      company: 'Amazon',
      headcount: exact(500),
    });
    expect(isSameEvent(base, undated)).toBe(false);
    expect(isSameEvent(mergeIntoEvent(null, undated), other)).toBe(true);
  });

  it('findEvent picks the nearest of several matching events', () => {
    const early = mergeIntoEvent(null, curated({ id: 'fyi-early', date: '2025-07-05' }));
    const late = mergeIntoEvent(null, curated({ id: 'fyi-late', date: '2025-07-16' }));
    expect(findEvent([early, late], articleA)?.id).toBe(late.id);
  });
});

describe('reconciliation', () => {
  it('an article’s day wins over a dataset’s day, and the difference is a conflict', () => {
    const row = curated({ id: 'fyi-18', date: '2025-07-18' });
    const [event] = rebuildEvents([row, articleA]);
    expect(event?.date).toBe('2025-07-17');
    expect(event?.conflicts.map((c) => c.field)).toContain('date');
  });

  it('a dataset’s day wins over an article’s month', () => {
    const month = report(doc('doc-m'), { company: 'Amazon', headcount: HUNDREDS, date: '2025-07' });
    const [event] = rebuildEvents([month, amazonRow]);
    expect(event?.date).toBe('2025-07-17');
    expect(event?.conflicts).toEqual([]);
  });

  it('the company’s own statement wins over a writer’s figure', () => {
    const release = report(doc('doc-release', { url: 'https://www.aboutamazon.com/news/update' }), {
      company: 'Amazon',
      headcount: exact(1_000),
      date: '2025-07-17',
    });
    const article = report(doc('doc-writer'), {
      company: 'Amazon',
      headcount: { value: 1_100, min: null, max: null, qualifier: 'about', words: 'about 1,100' },
      date: '2025-07-17',
    });
    expect(release.claimant).toBe('company');
    const [event] = rebuildEvents([article, release]);
    expect(event?.headcount?.value).toBe(1_000);
  });

  it('the value most sources give wins among equals', () => {
    const a = report(doc('doc-1'), { company: 'Acme Widgets', percent: 10, date: '2025-03-03' });
    const b = report(doc('doc-2'), { company: 'Acme Widgets', percent: 12, date: '2025-03-03' });
    const c = report(doc('doc-3'), { company: 'Acme Widgets', percent: 12, date: '2025-03-03' });
    const [event] = rebuildEvents([a, b, c]);
    expect(event?.percent).toBe(12);
    expect(event?.conflicts.map((x) => x.field)).toEqual(['percent']);
  });

  it.each([
    [['explicit', 'blamed'], 'explicit'],
    [['blamed'], 'blamed'],
    [['denied'], 'denied'],
    [['denied', 'blamed'], 'mixed'],
    [['explicit', 'denied'], 'mixed'],
    [['mixed', 'blamed'], 'mixed'],
    [['none', 'none'], 'none'],
  ] as const)('AI claims %j read %s', (attributions, expected) => {
    const candidates = attributions.map((a, i) =>
      report(doc(`doc-ai-${i}`), { company: 'Acme Widgets', date: '2025-03-03', ai_attribution: a }),
    );
    const [event] = rebuildEvents(candidates);
    expect(event?.ai_attribution).toBe(expected);
    expect(event?.ai_claims).toHaveLength(attributions.filter((a) => a !== 'none').length);
  });
});

describe('idempotency', () => {
  it('merging the same candidate twice changes nothing', () => {
    const once = mergeIntoEvent(mergeIntoEvent(null, articleA), articleB);
    expect(mergeIntoEvent(once, articleB)).toEqual(once);
    expect(mergeIntoEvent(once, articleA)).toEqual(once);
    expect(rebuildEvents([articleA, articleB, articleA, amazonRow, amazonRow])).toEqual(
      rebuildEvents([articleA, articleB, amazonRow]),
    );
  });

  it('a newer extraction of a document replaces what it claimed before', () => {
    const event = mergeIntoEvent(null, articleA);
    const newer = { ...articleA, headcount: exact(600), id: 'newer' };
    const updated = mergeIntoEvent(event, newer);
    expect(updated.headcount).toEqual(exact(600));
    expect(updated.claims.filter((c) => c.field === 'headcount')).toHaveLength(1);
    expect(updated.id).toBe(event.id);
  });

  it('a mention supports an event but never starts one', () => {
    const mention = report(
      doc('doc-roundup'),
      { company: 'Amazon', headcount: HUNDREDS, date: '2025-07-17' },
      'mention',
    );
    const lone = report(doc('doc-roundup-2'), { company: 'Intel', date: '2025-02-01' }, 'mention');
    const events = rebuildEvents([mention, lone, articleA]);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.ref)).toEqual(['doc-a', 'doc-roundup']);
  });

  it('refuses to merge a candidate of another company', () => {
    const meta = report(doc('doc-meta'), { company: 'Meta', date: '2025-07-17' });
    expect(() => mergeIntoEvent(mergeIntoEvent(null, articleA), meta)).toThrow(/cannot join/);
  });
});

describe('rebuildEvents', () => {
  const companies = ['Amazon', 'AWS', 'Meta', 'Acme Widgets'];
  const dates = ['2025-07-01', '2025-07-10', '2025-07-20', '2025-07', '2025-08-15', null];
  const amounts: (Headcount | null)[] = [null, HUNDREDS, SEVERAL_HUNDRED, exact(400), exact(14_000)];
  const candidateArb = fc
    .record({
      n: fc.integer({ min: 0, max: 10_000 }),
      company: fc.constantFrom(...companies),
      date: fc.constantFrom(...dates),
      published: fc.constantFrom('2025-07-05', '2025-07-25', null),
      headcount: fc.constantFrom(...amounts),
      kind: fc.constantFrom('article', 'curated', 'mention'),
      ai: fc.constantFrom('none', 'blamed', 'denied'),
    })
    .map((x): Candidate => {
      if (x.kind === 'curated') {
        return curated({
          id: `fyi-${x.n}`,
          company: x.company,
          date: x.date?.length === 10 ? x.date : '2025-07-15',
          headcount: x.headcount?.value ?? null,
        });
      }
      return report(
        doc(`doc-${x.n}`, { published: x.published }),
        { company: x.company, date: x.date, headcount: x.headcount, ai_attribution: x.ai as 'none' },
        x.kind === 'mention' ? 'mention' : 'primary',
      );
    });

  it('does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(candidateArb, { maxLength: 14, selector: (c) => c.source.ref })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        ([list, shuffled]) => {
          const a = rebuildEvents(list);
          const b = rebuildEvents(shuffled);
          const shape = (events: Event[]) =>
            events.map((e) => [e.id, e.sources.map((s) => `${s.kind}:${s.ref}`).sort()]).sort();
          expect(b.length).toBe(a.length);
          expect(shape(b)).toEqual(shape(a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts every source once, in exactly one event', () => {
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb, { maxLength: 14, selector: (c) => c.source.ref }), (list) => {
        const refs = rebuildEvents(list).flatMap((e) => e.sources.map((s) => s.ref));
        expect(new Set(refs).size).toBe(refs.length);
      }),
    );
  });
});
