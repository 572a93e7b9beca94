/**
 * Feeds: polled politely (ETag and Last-Modified are kept per feed and sent back, so an unchanged feed
 * costs a 304), and their entries turned into documents — from the entry's own content when the feed
 * carries the full text, otherwise by fetching the entry's page.
 */
import type { SourceDocument } from '../domain.js';
import { decodeWebText } from './decode-text.js';
import { type FeedEntry, FeedFormatError, type ParsedFeed, parseFeed } from './feed-parser.js';
import { type HttpGetOptions, type HttpResponse, httpGet } from './http-get.js';
import { SourceError } from './source-error.js';
import { fetchDocument } from './url.js';

export { type FeedEntry, FeedFormatError, looksLikeFeed, type ParsedFeed, parseFeed } from './feed-parser.js';

export type FeedState = { etag?: string | null; lastModified?: string | null };

export type PollFeedOptions = HttpGetOptions;

export type PollResult =
  | { status: 'not_modified' }
  | {
      status: 'ok';
      /** The feed's address after redirects. */
      url: string;
      etag: string | null;
      lastModified: string | null;
      title: string | null;
      entries: FeedEntry[];
    };

export type FeedEntryDocumentsOptions = HttpGetOptions & {
  /** The feed's title: the outlet of entries whose page names none. */
  feedTitle?: string | null;
};

/** An entry's content is its full text from this length on, unless it ends like a teaser. */
export const FULL_TEXT_MIN_CHARS = 1500;

const ACCEPT_FEED =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const TEASER_ENDING =
  /(\u2026|\.\.\.|\[\s*(\u2026|\.\.\.)\s*\]|read more|continue reading|read the (full|rest)[\w ]*|more\s*»)\W*$/i;

/** GETs a feed, conditionally when `state` holds the validators of the last poll. */
export async function pollFeed(
  url: string,
  state: FeedState = {},
  options: PollFeedOptions = {},
): Promise<PollResult> {
  const headers: Record<string, string> = {};
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  const response = await httpGet(url, { ...options, accept: ACCEPT_FEED, headers });
  if (response.status === 304) return { status: 'not_modified' };
  const feed = readFeedResponse(url, response);
  return {
    status: 'ok',
    url: response.url,
    etag: response.headers.etag ?? null,
    lastModified: response.headers['last-modified'] ?? null,
    title: feed.title,
    entries: feed.entries,
  };
}

/**
 * Parses a feed response (decoding its body unless `text` is the body already decoded); a body that
 * is not a feed is a SourceError naming `input`.
 */
export function readFeedResponse(input: string, response: HttpResponse, text?: string): ParsedFeed {
  const contentType = response.headers['content-type'] ?? null;
  text ??= decodeWebText(response.body, contentType).text;
  try {
    return parseFeed(text, contentType, response.url);
  } catch (error) {
    if (error instanceof FeedFormatError) {
      throw new SourceError(
        input,
        `not an RSS, Atom or JSON feed (${error.message}); check the feed address`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** True when an entry's content is the article itself rather than a teaser for it. */
export function isFullText(content: string | null): content is string {
  return content !== null && content.length >= FULL_TEXT_MIN_CHARS && !TEASER_ENDING.test(content.slice(-80));
}

/**
 * One document (or one SourceError, and the run goes on) per entry, in feed order. Entry pages are
 * fetched one at a time, under the same address policy and limits as any URL.
 */
export async function* feedEntryDocuments(
  entries: FeedEntry[],
  options: FeedEntryDocumentsOptions = {},
): AsyncIterable<SourceDocument | SourceError> {
  const { feedTitle = null, ...getOptions } = options;
  for (const entry of entries) {
    if (isFullText(entry.content)) {
      yield {
        url: entry.url,
        title: entry.title,
        outlet: feedTitle,
        published: entry.published,
        language: null,
        text: entry.content,
        raw: Buffer.from(entry.content),
        content_type: 'text/plain',
        origin: entry.url ?? entry.id,
      };
      continue;
    }
    if (!entry.url) {
      yield new SourceError(
        entry.id,
        'a feed entry with no link and only a summary; there is no article to read',
      );
      continue;
    }
    try {
      const document = await fetchDocument(entry.url, { ...getOptions, defaultOutlet: feedTitle });
      yield {
        ...document,
        title: document.title ?? entry.title,
        published: document.published ?? entry.published,
      };
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      yield error;
    }
  }
}
