/**
 * Curated rows (layoffs.fyi) into records and events: each row stored as read and merged into the
 * event it reports (or a new one), a batch of rows per transaction. A row already imported unchanged is left alone, so
 * importing a file again changes nothing.
 */
import type { CuratedRecord } from '../domain.js';
import { curatedToCandidate } from '../resolve/index.js';
import type { LayoffsFyiRow } from '../sources/layoffs-fyi.js';
import type { Store } from '../store/index.js';
import { type MergeOutcome, mergeCandidate } from './merge-candidate.js';
import type { PipelineContext } from './pipeline-context.js';

export type ImportSummary = {
  /** Data rows read (the header not counted). */
  rows: number;
  recordsAdded: number;
  /** Rows imported before whose other columns changed (industry, stage, source…). */
  recordsUpdated: number;
  alreadyImported: number;
  /** Rows that could not become records, by reason ("no date", "same cut as an earlier row", …). */
  skipped: Record<string, number>;
  eventsCreated: number;
  eventsMerged: number;
};

export type RecordOutcome =
  | { status: 'unchanged' }
  | { status: 'skipped'; reason: string }
  | { status: 'inserted' | 'updated'; event: MergeOutcome };

/** Why a row whose company name resolves to nothing (only punctuation) is skipped. */
export const UNUSABLE_COMPANY = 'company name has no letters or digits';

export async function importCuratedRecord(
  store: Store,
  record: CuratedRecord,
  context: PipelineContext,
): Promise<RecordOutcome> {
  const candidate = curatedToCandidate(record, context.resolver);
  if (!candidate) return { status: 'skipped', reason: UNUSABLE_COMPANY };
  return store.transaction(async (tx) => {
    const saved = await tx.upsertCuratedRecord(record);
    if (saved === 'unchanged') return { status: 'unchanged' };
    const [citing = null] = await tx.findEventIdsBySource('curated', record.id);
    const event = await mergeCandidate(tx, candidate, context.windowDays, citing);
    return { status: saved, event };
  });
}

export type ImportCuratedOptions = {
  /** Rows written per transaction: a row never half-imports, and a file imports in fewer commits. */
  batchSize?: number;
  /** After each batch, with the counts so far. */
  onRows?: (summary: ImportSummary) => void;
};

export async function importCuratedRows(
  store: Store,
  rows: AsyncIterable<LayoffsFyiRow>,
  context: PipelineContext,
  options: ImportCuratedOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 200;
  const summary: ImportSummary = {
    rows: 0,
    recordsAdded: 0,
    recordsUpdated: 0,
    alreadyImported: 0,
    skipped: {},
    eventsCreated: 0,
    eventsMerged: 0,
  };
  const skip = (reason: string) => {
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
  };
  const count = (outcome: RecordOutcome) => {
    if (outcome.status === 'skipped') skip(outcome.reason);
    else if (outcome.status === 'unchanged') summary.alreadyImported++;
    else {
      if (outcome.status === 'inserted') summary.recordsAdded++;
      else summary.recordsUpdated++;
      if (outcome.event === 'created') summary.eventsCreated++;
      else if (outcome.event === 'merged') summary.eventsMerged++;
    }
  };
  let batch: CuratedRecord[] = [];
  const flush = async () => {
    const records = batch;
    batch = [];
    const outcomes = await store.transaction(async (tx) => {
      const out: RecordOutcome[] = [];
      for (const record of records) out.push(await importCuratedRecord(tx, record, context));
      return out;
    });
    outcomes.forEach(count);
    options.onRows?.(summary);
  };
  for await (const row of rows) {
    summary.rows++;
    if ('skipped' in row) skip(row.skipped.reason);
    else batch.push(row.record);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  // Changed events wait for the full-text index in runs; the import leaves none waiting.
  await store.indexText();
  return summary;
}
