/**
 * Feed documents → entries: RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed. XML is parsed with
 * fast-xml-parser with entity expansion bounded, so a feed declaring nested entities ("billion
 * laughs") cannot blow up memory; rich content (description, content:encoded, Atom content and
 * summary) is kept raw by the parser and turned into plain text here.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseHtmlDocument } from './html-dom.js';
import { toCalendarDate } from './html-metadata.js';
import { elementToText } from './html-text.js';

export type FeedEntry = {
  /** The entry's id (guid, Atom id, JSON Feed id), else its link. */
  id: string;
  /** Absolute link to the entry's page, if it has one. */
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD as the publisher wrote it. */
  published: string | null;
  /** The entry's content (or summary) as plain text, paragraphs separated by blank lines. */
  content: string | null;
};

export type ParsedFeed = { title: string | null; entries: FeedEntry[] };

/** A body that is not an RSS, Atom or JSON feed, or one too broken to read. */
export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|application\/(xml|json)|text\/xml)$/;

/** True when a response looks like a feed: a feed media type, or a body that opens like one. */
export function looksLikeFeed(body: string, contentType?: string | null): boolean {
  const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html') return false;
  const head = body
    .slice(0, 2048)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head)) return true;
  const xml = head.replace(/^<\?xml[^>]*>\s*/, '').replace(/^(<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*/, '');
  if (/^<(rss|feed|rdf:RDF)[\s>]/.test(xml)) return true;
  return FEED_TYPES.test(mime) && mime.includes('+');
}

const RICH_NODES = ['description', 'content:encoded', 'content', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  processEntities: {
    enabled: true,
    maxEntitySize: 1024,
    maxEntityCount: 32,
    maxExpansionDepth: 2,
    maxTotalExpansions: 1000,
    maxExpandedLength: 100_000,
  },
  stopNodes: RICH_NODES.map((name) => `*.${name}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/**
 * Parses a feed. The body decides the format, not `contentType` (servers label feeds text/html,
 * text/plain or the wrong XML type), which only explains a failure. `baseUrl` (the feed's own
 * address) resolves relative entry links. Throws FeedFormatError when the body is not a feed.
 */
export function parseFeed(body: string, contentType?: string | null, baseUrl?: string | null): ParsedFeed {
  const text = body.replace(/^\ufeff/, '').trimStart();
  const base = baseUrl ?? undefined;
  if (text.startsWith('{')) return parseJsonFeed(text, base);
  if (!text.startsWith('<')) {
    const label = contentType ? `${contentType.split(';')[0]!.trim()}, ` : '';
    throw new FeedFormatError(`${label}neither XML nor JSON`);
  }
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new FeedFormatError(
      `not well-formed XML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const rss = object(tree.rss);
  if (rss) return parseRss(object(rss.channel) ?? {}, list(object(rss.channel)?.item), base);
  const rdf = object(tree['rdf:RDF']);
  if (rdf) return parseRss(object(rdf.channel) ?? {}, list(rdf.item), base);
  const atom = object(tree.feed);
  if (atom) return parseAtom(atom, base);
  throw new FeedFormatError('no <rss>, <feed> or <rdf:RDF> element, and not a JSON Feed');
}

function parseRss(channel: Record<string, unknown>, items: unknown[], base: string | undefined): ParsedFeed {
  const entries: FeedEntry[] = [];
  for (const value of items) {
    const item = object(value);
    if (!item) continue;
    const url = absoluteUrl(plain(list(item.link)[0]) ?? guidLink(item.guid), base);
    const title = plain(item.title);
    const richest = rawText(item['content:encoded']) ?? rawText(item.description);
    const content = richest === null ? null : htmlToText(richest) || null;
    const published = date(plain(item.pubDate) ?? plain(item['dc:date']));
    const id = plain(item.guid) ?? url ?? syntheticId(title, published);
    if (!id) continue;
    entries.push({ id, url, title, published, content });
  }
  return { title: plain(channel.title), entries };
}

function parseAtom(feed: Record<string, unknown>, base: string | undefined): ParsedFeed {
  const entries: FeedEntry[] = [];
  for (const value of list(feed.entry)) {
    const entry = object(value);
    if (!entry) continue;
    const url = absoluteUrl(atomLink(list(entry.link)), base);
    const title = atomText(entry.title);
    const content = atomContent(entry.content) ?? atomContent(entry.summary);
    const published = date(plain(entry.published) ?? plain(entry.updated));
    const id = plain(entry.id) ?? url ?? syntheticId(title, published);
    if (!id) continue;
    entries.push({ id, url, title, published, content });
  }
  return { title: atomText(feed.title), entries };
}

function parseJsonFeed(text: string, base: string | undefined): ParsedFeed {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    throw new FeedFormatError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const root = object(feed);
  if (!root || typeof root.version !== 'string' || !root.version.includes('jsonfeed.org/version/')) {
    throw new FeedFormatError('JSON without a jsonfeed.org "version", so not a JSON Feed');
  }
  const entries: FeedEntry[] = [];
  for (const value of list(root.items)) {
    const item = object(value);
    if (!item) continue;
    const url = absoluteUrl(string(item.url) ?? string(item.external_url), base);
    const title = string(item.title);
    const html = string(item.content_html);
    const content =
      html !== null
        ? htmlToText(html) || null
        : paragraphs(string(item.content_text) ?? string(item.summary));
    const published = date(string(item.date_published) ?? string(item.date_modified));
    const id =
      (typeof item.id === 'number' ? String(item.id) : string(item.id)) ??
      url ??
      syntheticId(title, published);
    if (!id) continue;
    entries.push({ id, url, title: clean(title), published, content: content || null });
  }
  return { title: clean(string(root.title)), entries };
}

/** Atom: the alternate link (a link with no rel is alternate), else the first with an href. */
function atomLink(links: unknown[]): string | null {
  const hrefs = links.map(object).filter((link): link is Record<string, unknown> => link !== null);
  const alternate = hrefs.find((link) => (string(link['@_rel']) ?? 'alternate') === 'alternate');
  return string((alternate ?? hrefs[0])?.['@_href']);
}

function atomText(value: unknown): string | null {
  const text = plain(value);
  if (text === null) return null;
  return string(object(value)?.['@_type']) === 'html' ? clean(htmlToText(text)) : text;
}

/** Atom content or summary: type "text" is plain text, "html" escaped HTML, "xhtml" inline markup. */
function atomContent(value: unknown): string | null {
  const raw = rawText(value);
  if (raw === null) return null;
  const type = string(object(value)?.['@_type']) ?? 'text';
  if (type === 'xhtml') return htmlToText(stringValue(value) ?? '') || null;
  if (type === 'text') return paragraphs(raw);
  return htmlToText(raw) || null;
}

/** A guid that is a permalink (the default in RSS 2.0) doubles as the item's link. */
function guidLink(guid: unknown): string | null {
  const value = plain(guid);
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return string(object(guid)?.['@_isPermaLink']) === 'false' ? null : value;
}

/**
 * The text of a rich node the parser left raw: CDATA sections taken as they are, the rest with XML
 * character references decoded. The result is HTML (or plain text) for the caller to read.
 */
function rawText(value: unknown): string | null {
  const raw = stringValue(value);
  if (raw === null) return null;
  let text = '';
  const parts = raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (const part of parts) {
    text += part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlReferences(part);
  }
  return text.trim() ? text : null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return paragraphs(html) ?? '';
  const body = parseHtmlDocument(html).querySelector('body');
  return body ? elementToText(body) : (clean(html) ?? '');
}

function date(value: string | null): string | null {
  return value ? toCalendarDate(value) : null;
}

function syntheticId(title: string | null, published: string | null): string | null {
  return title ? `${published ?? ''} ${title}`.trim() : null;
}

function absoluteUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Text of a parsed node: a string, or the #text of an element with attributes. */
function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return string(object(value)?.['#text']);
}

/** Plain text with its paragraph breaks kept and the white space within lines collapsed. */
function paragraphs(value: string | null): string | null {
  if (value === null) return null;
  const text = value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text || null;
}

function plain(value: unknown): string | null {
  return clean(stringValue(value));
}

function clean(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function string(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function object(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
