/**
 * The pure half of ingesting a document: its id, its fields completed with the run's defaults, its
 * near-duplicate signature and bands, and its reports. No store, no clock beyond `fetchedAt`: this is
 * the work an extraction worker does off the main thread.
 */
import type { Document, Report, SourceDocument } from '../domain.js';
import { bandKeys, signature } from '../resolve/index.js';
import { documentId } from './document-id.js';
import { extractReports } from './extract-reports.js';
import { ExtractionError } from './extraction-error.js';

/** Values for documents that carry none of their own (`ingest --published --outlet --url`). */
export type DocumentDefaults = {
  /** YYYY-MM-DD: relative dates in the text ("on Thursday") resolve against it. */
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
};

/** A document ready to store: everything but its near-duplicate link, which needs the store. */
export type PreparedDocument = {
  document: Document;
  signature: string;
  bands: string[];
  reports: Report[];
};

/** The document as it will be stored, before any reading: its id and its fields with the defaults. */
export function draftDocument(
  source: SourceDocument,
  defaults: DocumentDefaults,
  fetchedAt: string,
): Document {
  return {
    ...source,
    id: documentId(source.text),
    published: source.published ?? defaults.published ?? null,
    outlet: source.outlet ?? defaults.outlet ?? null,
    url: source.url ?? defaults.url ?? null,
    duplicate_of: null,
    fetched_at: fetchedAt,
  };
}

/** The reading of a drafted document: signature, bands and reports. */
export function readDocument(
  document: Pick<Document, 'id' | 'text' | 'title' | 'published' | 'url' | 'origin'>,
): Omit<PreparedDocument, 'document'> {
  const sig = signature(document.text);
  let reports: Report[];
  try {
    reports = extractReports(document);
  } catch (error) {
    throw new ExtractionError(document.origin, { cause: error });
  }
  return { signature: sig, bands: bandKeys(sig), reports };
}
