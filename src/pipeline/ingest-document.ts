/**
 * The ingestion of one document: hash → skip when stored → read (signature, reports) → store in one
 * transaction (near-duplicate link, document, reports, events). Ingesting it again changes nothing.
 */
import type { SourceDocument } from '../domain.js';
import type { Store } from '../store/index.js';
import type { PipelineContext } from './pipeline-context.js';
import { type DocumentDefaults, draftDocument, readDocument } from './prepare-document.js';
import { type DocumentOutcome, storeDocument } from './store-document.js';

export type { DocumentDefaults } from './prepare-document.js';
export type { DocumentOutcome } from './store-document.js';

export async function ingestDocument(
  store: Store,
  source: SourceDocument,
  context: PipelineContext,
  defaults: DocumentDefaults = {},
): Promise<DocumentOutcome> {
  const document = draftDocument(source, defaults, context.now().toISOString());
  if (await store.hasDocument(document.id)) return { status: 'duplicate', documentId: document.id };
  return storeDocument(store, { document, ...readDocument(document) }, context);
}
