/**
 * HTML → article: a saved or fetched page becomes its article's plain text plus the metadata the
 * page carries (title, publication date, outlet, language). Readability finds the article and drops
 * navigation, ads, comments and footers; linkedom parses (jsdom is about 30 times slower).
 */
import { Readability } from '@mozilla/readability';
import { type HtmlElement, parseHtmlDocument } from './html-dom.js';
import { readPageMetadata } from './html-metadata.js';
import { elementToText } from './html-text.js';
import { NoArticleError } from './no-article-error.js';

export { looksLikeHtml } from './looks-like-html.js';
export { NoArticleError } from './no-article-error.js';

export type HtmlArticle = {
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** Paragraphs separated by blank lines; list items and table rows one per line. */
  text: string;
  outlet: string | null;
  language: string | null;
};

/** Below this the page is a teaser, a paywall stub or a link list, not an article to read. */
const MIN_ARTICLE_CHARS = 200;

/** Above this share of linked text the "article" is a list of links to other pages. */
const MAX_LINK_DENSITY = 0.5;

/** Reads the article out of a page; throws NoArticleError when the page has none. */
export function htmlToArticle(html: string, url: string | null = null): HtmlArticle {
  const document = parseHtmlDocument(html);
  // Metadata first: Readability rewrites the document it parses and strips its scripts (JSON-LD).
  const metadata = readPageMetadata(document);
  const documentTitle = document.title.replace(/\s+/g, ' ').trim() || null;
  // Readability is typed against the browser DOM, which this Node project does not compile with.
  const readability = new Readability(document as never, {
    serializer: (node) => node as unknown as HtmlElement,
  });
  const parsed = readability.parse();
  const content = parsed?.content;
  if (!content) throw new NoArticleError('the page has no text content', url);

  const text = elementToText(content);
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new NoArticleError(`only ${text.length} characters of text, fewer than ${MIN_ARTICLE_CHARS}`, url);
  }
  const density = linkDensity(content);
  if (density > MAX_LINK_DENSITY) {
    throw new NoArticleError(`${Math.round(density * 100)}% of its text is links, as on an index page`, url);
  }
  return {
    title: metadata.title ?? (parsed.title?.trim() || null) ?? documentTitle,
    published: metadata.published,
    text,
    outlet: metadata.outlet ?? (parsed.siteName?.trim() || null),
    language: metadata.language ?? (parsed.lang?.trim() || null),
  };
}

/** Share of the content's characters that sit inside links. */
function linkDensity(content: HtmlElement): number {
  const length = (node: { textContent: string | null }) =>
    (node.textContent ?? '').replace(/\s+/g, '').length;
  const total = length(content);
  if (total === 0) return 0;
  let linked = 0;
  const links = content.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += length(links[i]!);
  return linked / total;
}
