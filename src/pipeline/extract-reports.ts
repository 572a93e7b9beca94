/**
 * A stored document → its reports: the extractor's primary event and the cuts it mentions, each a
 * Report whose evidence offsets point into the document's own text.
 */
import type { Document, Report } from '../domain.js';
import { EXTRACTOR_VERSION, extract } from '../extract/index.js';
import type { EvidenceSpan, ExtractedEvent } from '../extract/types.js';

/**
 * Reads the document. The extractor weighs the headline most, so a title the text does not start with
 * (an HTML page's, a feed entry's) is put in front of it for reading; evidence found in that headline
 * has no place in the document's text and is left out.
 */
export function extractReports(
  document: Pick<Document, 'id' | 'text' | 'title' | 'published' | 'url'>,
): Report[] {
  const headline = headlineFor(document);
  const prefix = headline ? `${headline}\n\n` : '';
  const result = extract(prefix + document.text, { published: document.published, url: document.url });
  const events: { role: Report['role']; event: ExtractedEvent }[] = [
    ...(result.event ? [{ role: 'primary' as const, event: result.event }] : []),
    ...result.mentions.map((event) => ({ role: 'mention' as const, event })),
  ];
  return events.map(({ role, event }, position) => ({
    id: `${document.id}:${position}`,
    document_id: document.id,
    role,
    extractor_version: EXTRACTOR_VERSION,
    confidence: result.confidence,
    event: prefix ? shiftEvidence(event, prefix.length) : event,
  }));
}

function headlineFor(document: Pick<Document, 'text' | 'title'>): string | null {
  const title = document.title?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  return document.text.trimStart().startsWith(title) ? null : title;
}

function shiftEvidence(event: ExtractedEvent, offset: number): ExtractedEvent {
  const evidence: Record<string, EvidenceSpan[]> = {};
  for (const [field, spans] of Object.entries(event.evidence)) {
    const kept = spans
      .filter((span) => span.start >= offset)
      .map((span) => ({ ...span, start: span.start - offset, end: span.end - offset }));
    if (kept.length > 0) evidence[field] = kept;
  }
  return { ...event, evidence };
}
