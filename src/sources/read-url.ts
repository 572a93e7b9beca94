/**
 * A URL the user gave to `ingest`, which may be an article or a feed: fetched once, and handed back
 * either as a document or as a parsed feed whose entries the caller turns into documents
 * (feedEntryDocuments) and whose validators it may keep for the next poll.
 */
import type { SourceDocument } from '../domain.js';
import { decodeWebText } from './decode-text.js';
import { readFeedResponse } from './feed.js';
import { type FeedEntry, looksLikeFeed } from './feed-parser.js';
import { httpGet } from './http-get.js';
import { type FetchDocumentOptions, responseDocument } from './url.js';

export type UrlSource =
  | { kind: 'article'; document: SourceDocument }
  | {
      kind: 'feed';
      /** The feed's address after redirects. */
      url: string;
      title: string | null;
      etag: string | null;
      lastModified: string | null;
      entries: FeedEntry[];
    };

const ACCEPT_ANY =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Fetches `url` and reads it as a feed when it is one, as an article otherwise. */
export async function readUrl(url: string, options: FetchDocumentOptions = {}): Promise<UrlSource> {
  const { defaultOutlet, ...getOptions } = options;
  const response = await httpGet(url, { ...getOptions, accept: ACCEPT_ANY });
  const contentType = response.headers['content-type'] ?? null;
  const { text } = decodeWebText(response.body, contentType);
  if (looksLikeFeed(text, contentType)) {
    const feed = readFeedResponse(url, response, text);
    return {
      kind: 'feed',
      url: response.url,
      title: feed.title,
      etag: response.headers.etag ?? null,
      lastModified: response.headers['last-modified'] ?? null,
      entries: feed.entries,
    };
  }
  return { kind: 'article', document: responseDocument(url, response, text, defaultOutlet) };
}
