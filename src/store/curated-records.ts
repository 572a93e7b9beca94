/** Rows of curated datasets (layoffs.fyi), kept as imported so that importing a file again changes nothing. */
import type { Insertable, Selectable } from 'kysely';
import type { CuratedRecord } from '../domain.js';
import { companyKey } from '../resolve/index.js';
import { canonicalJson } from './canonical-json.js';
import type { SaveResult } from './save-result.js';
import type { CuratedRecordsTable } from './schema.js';
import { inTransaction, type StoreContext } from './store-context.js';

const COLUMNS = [
  'id',
  'dataset',
  'company',
  'company_key',
  'location',
  'industry',
  'headcount',
  'percent',
  'date',
  'country',
  'stage',
  'source_url',
  'raw',
] as const;

export function upsertCuratedRecord(ctx: StoreContext, record: CuratedRecord): Promise<SaveResult> {
  const row = toRow(record);
  return inTransaction(ctx, async ({ db }) => {
    const inserted = await db
      .insertInto('curated_records')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'inserted';
    const stored = await db
      .selectFrom('curated_records')
      .select(COLUMNS)
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    if (COLUMNS.every((column) => stored[column] === row[column])) return 'unchanged';
    await db.updateTable('curated_records').set(row).where('id', '=', row.id).execute();
    return 'updated';
  });
}

export async function getCuratedRecord(ctx: StoreContext, id: string): Promise<CuratedRecord | null> {
  const row = await ctx.db
    .selectFrom('curated_records')
    .select(COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Every curated record in id order, a page at a time (for rebuilding events). */
export async function* iterateCuratedRecords(
  ctx: StoreContext,
  { pageSize = 500 }: { pageSize?: number } = {},
): AsyncGenerator<CuratedRecord> {
  let after: string | null = null;
  for (;;) {
    let query = ctx.db.selectFrom('curated_records').select(COLUMNS).orderBy('id').limit(pageSize);
    if (after !== null) query = query.where('id', '>', after);
    const rows = await query.execute();
    for (const row of rows) yield toRecord(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

function toRecord(row: Selectable<CuratedRecordsTable>): CuratedRecord {
  const { company_key: _key, ...rest } = row;
  return {
    ...rest,
    dataset: rest.dataset as CuratedRecord['dataset'],
    raw: JSON.parse(rest.raw) as Record<string, string>,
  };
}

function toRow(record: CuratedRecord): Required<Insertable<CuratedRecordsTable>> {
  return {
    id: record.id,
    dataset: record.dataset,
    company: record.company,
    company_key: companyKey(record.company),
    location: record.location,
    industry: record.industry,
    headcount: record.headcount,
    percent: record.percent,
    date: record.date,
    country: record.country,
    stage: record.stage,
    source_url: record.source_url,
    raw: canonicalJson(record.raw),
  };
}
