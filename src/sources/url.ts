/**
 * Article URLs → documents: one guarded GET (see http-get.ts), the body decoded by its declared or
 * detected charset, HTML read with Readability, text/plain taken as it is. Anything else — a feed,
 * a PDF, an image — is a SourceError that says what to do instead.
 */
import type { SourceDocument } from '../domain.js';
import { decodeWebText } from './decode-text.js';
import { looksLikeFeed } from './feed-parser.js';
import { looksLikeHtml } from './html.js';
import { type HttpGetOptions, type HttpResponse, httpGet } from './http-get.js';
import { SourceError } from './source-error.js';
import { textDocument } from './text-document.js';

export type FetchDocumentOptions = HttpGetOptions & {
  /** The outlet of a page that names none (feeds pass their title). Default: the host name. */
  defaultOutlet?: string | null;
};

const ACCEPT_PAGE = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Fetches an article page (or a plain-text file) and reads it into a document whose origin is `url`. */
export async function fetchDocument(
  url: string,
  options: FetchDocumentOptions = {},
): Promise<SourceDocument> {
  const { defaultOutlet, ...getOptions } = options;
  const response = await httpGet(url, { ...getOptions, accept: ACCEPT_PAGE });
  const contentType = response.headers['content-type'] ?? null;
  const { text } = decodeWebText(response.body, contentType);
  if (looksLikeFeed(text, contentType)) {
    throw new SourceError(
      url,
      'a feed, not an article page; add it with `layoffwatch feeds add` to read its entries',
    );
  }
  return responseDocument(url, response, text, defaultOutlet);
}

/** The document for a decoded response body that is not a feed. */
export function responseDocument(
  input: string,
  response: HttpResponse,
  text: string,
  defaultOutlet?: string | null,
): SourceDocument {
  const contentType = response.headers['content-type'] ?? null;
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!text.trim()) throw new SourceError(input, 'the page is empty; check the address');
  const html =
    mime === 'text/html' ||
    mime === 'application/xhtml+xml' ||
    (mime !== 'text/plain' && looksLikeHtml(text));
  if (!html && mime !== 'text/plain' && mime !== '') {
    throw new SourceError(input, `${mime}, not a web page or text; give the address of an HTML article`);
  }
  const document = textDocument(text, html ? 'html' : 'text', {
    origin: input,
    url: response.url,
    raw: response.body,
    contentType,
  });
  return { ...document, outlet: document.outlet ?? defaultOutlet ?? hostOutlet(response.url) };
}

/** "www.reuters.com" → "reuters.com": a fallback outlet name when the page names none. */
function hostOutlet(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
