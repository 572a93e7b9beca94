/**
 * `reprocess`: the current extractor over every stored document, without fetching anything. Each
 * document's reports are replaced; then every event is rebuilt from scratch — reports and curated
 * records merged in a fixed order (rebuildEvents) — and saved in one transaction, so the result does
 * not depend on the order things were ingested in, and a second run changes nothing.
 */
import type { Report } from '../domain.js';
import {
  type Candidate,
  curatedToCandidate,
  type MergedEvent,
  rebuildEvents,
  reportToCandidate,
} from '../resolve/index.js';
import type { Store, StoredDocument } from '../store/index.js';
import { distinctEventId } from './distinct-event-id.js';
import { extractReports } from './extract-reports.js';
import { ExtractionError } from './extraction-error.js';
import type { PipelineContext } from './pipeline-context.js';

export type ReprocessSummary = {
  documents: number;
  reports: number;
  eventsCreated: number;
  eventsUpdated: number;
  eventsUnchanged: number;
  eventsRemoved: number;
};

export type ReprocessOptions = {
  /** Documents re-read per transaction. */
  batchSize?: number;
  /** After each document, with the number done so far. */
  onDocument?: (done: number) => void;
};

export async function reprocess(
  store: Store,
  context: PipelineContext,
  options: ReprocessOptions = {},
): Promise<ReprocessSummary> {
  const batchSize = options.batchSize ?? 200;
  const summary: ReprocessSummary = {
    documents: 0,
    reports: 0,
    eventsCreated: 0,
    eventsUpdated: 0,
    eventsUnchanged: 0,
    eventsRemoved: 0,
  };
  const candidates: Candidate[] = [];
  let batch: { document: StoredDocument; reports: Report[] }[] = [];
  const flush = async () => {
    const done = batch;
    batch = [];
    await store.transaction(async (tx) => {
      for (const { document, reports } of done) await tx.replaceReports(document.id, reports);
    });
  };
  for await (const document of store.iterateDocuments()) {
    let reports: Report[];
    try {
      reports = extractReports(document);
    } catch (error) {
      throw new ExtractionError(document.origin, { cause: error });
    }
    batch.push({ document, reports });
    for (const report of reports) {
      const candidate = reportToCandidate(report, document, context.resolver);
      if (candidate) candidates.push(candidate);
    }
    summary.documents++;
    summary.reports += reports.length;
    if (batch.length >= batchSize) await flush();
    options.onDocument?.(summary.documents);
  }
  if (batch.length > 0) await flush();

  for await (const record of store.iterateCuratedRecords()) {
    const candidate = curatedToCandidate(record, context.resolver);
    if (candidate) candidates.push(candidate);
  }
  const events = await withDistinctIds(rebuildEvents(candidates, { windowDays: context.windowDays }));
  const kept = new Set(events.map((e) => e.id));

  await store.transaction(async (tx) => {
    for (const id of await tx.listEventIds()) {
      if (!kept.has(id) && (await tx.deleteEvent(id))) summary.eventsRemoved++;
    }
    for (const event of events) {
      const saved = await tx.saveEvent(event);
      if (saved === 'inserted') summary.eventsCreated++;
      else if (saved === 'updated') summary.eventsUpdated++;
      else summary.eventsUnchanged++;
    }
  });
  await store.indexText();
  return summary;
}

async function withDistinctIds(events: MergedEvent[]): Promise<MergedEvent[]> {
  const taken = new Set<string>();
  const out: MergedEvent[] = [];
  for (const event of events) {
    const distinct = await distinctEventId(event, (id) => taken.has(id));
    taken.add(distinct.id);
    out.push(distinct);
  }
  return out;
}
