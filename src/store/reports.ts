/** Reports: what the extractor read in one document. Re-extraction replaces a document's reports whole. */
import type { Report } from '../domain.js';
import type { ExtractedEvent } from '../extract/types.js';
import { insertRows, runPrepared } from './prepared-query.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { StoreInputError } from './store-input-error.js';

/** Makes `reports` the document's reports, in that order, removing any it had before. */
export async function replaceReports(
  ctx: StoreContext,
  documentId: string,
  reports: readonly Report[],
): Promise<void> {
  const stray = reports.find((r) => r.document_id !== documentId);
  if (stray) {
    throw new StoreInputError(
      'replaceReports',
      `report ${stray.id} belongs to document ${stray.document_id}, not ${documentId}`,
    );
  }
  return inTransaction(ctx, async (tx) => {
    await runPrepared(tx, 'delete reports', [documentId], (db, p) =>
      db.deleteFrom('reports').where('document_id', '=', p(0)),
    );
    await insertRows(
      tx,
      'reports',
      [
        'id',
        'document_id',
        'position',
        'role',
        'extractor_version',
        'confidence',
        'company',
        'date',
        'event',
      ],
      reports.map((r, position) => ({
        id: r.id,
        document_id: documentId,
        position,
        role: r.role,
        extractor_version: r.extractor_version,
        confidence: r.confidence,
        company: r.event.company,
        date: r.event.date,
        event: JSON.stringify(r.event),
      })),
    );
  });
}

/** The document's reports, in the order they were given. */
export async function listReports(ctx: StoreContext, documentId: string): Promise<Report[]> {
  const rows = await ctx.db
    .selectFrom('reports')
    .select(['id', 'document_id', 'role', 'extractor_version', 'confidence', 'event'])
    .where('document_id', '=', documentId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    document_id: row.document_id,
    role: row.role,
    extractor_version: row.extractor_version,
    confidence: row.confidence,
    event: JSON.parse(row.event) as ExtractedEvent,
  }));
}
