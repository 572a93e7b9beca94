import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../domain.js';
import { type FeedEntry, feedEntryDocuments, isFullText, parseFeed, pollFeed } from './feed.js';
import { FeedFormatError } from './feed-parser.js';
import { readUrl } from './read-url.js';
import { SourceError } from './source-error.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/sources');
const fixture = (name: string, base: string) =>
  readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', base);

const ETAG = '"v42"';
const LAST_MODIFIED = 'Thu, 12 Feb 2026 18:00:00 GMT';

let server: Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const feeds: Record<string, [string, string]> = {
      '/feed.rss': ['feed.rss', 'application/rss+xml; charset=utf-8'],
      '/feed.atom': ['feed.atom', 'application/atom+xml'],
      '/feed.json': ['feed.json', 'application/feed+json'],
    };
    const feed = feeds[path];
    if (feed) return send(res, 200, feed[1], fixture(feed[0], base));
    if (path === '/conditional.rss') {
      if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
        res.writeHead(304, { etag: ETAG });
        return res.end();
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: ETAG,
        'last-modified': LAST_MODIFIED,
      });
      return res.end(fixture('feed.rss', base));
    }
    if (path === '/moved.rss') {
      res.writeHead(301, { location: '/feed.rss' });
      return res.end();
    }
    if (path === '/article') return send(res, 200, 'text/html', readFileSync(join(FIXTURES, 'article.html')));
    if (path === '/not-a-feed') return send(res, 200, 'application/xml', '<html><body>hello</body></html>');
    send(res, 404, 'text/plain', 'no route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

const local = { allowPrivate: true };

async function collect(entries: FeedEntry[], options: Parameters<typeof feedEntryDocuments>[1]) {
  const out: (SourceDocument | SourceError)[] = [];
  for await (const item of feedEntryDocuments(entries, options)) out.push(item);
  return out;
}

describe('parseFeed', () => {
  const BASE = 'https://news.example';

  it('reads RSS 2.0: links (relative ones resolved), guids, dates, CDATA and escaped HTML', () => {
    const feed = parseFeed(fixture('feed.rss', BASE), 'application/rss+xml', `${BASE}/feed.rss`);
    expect(feed.title).toBe('Example Ledger & Co: Business');
    expect(feed.entries.map(({ content, ...entry }) => entry)).toEqual([
      {
        id: 'ledger-1001',
        url: `${BASE}/article`,
        title: 'Harbor Lane Software to cut 140 jobs',
        published: '2026-02-12',
      },
      {
        id: `${BASE}/ostrava`,
        url: `${BASE}/ostrava`,
        title: 'Ostrava Analytics begins cutting 75 jobs',
        // The day as the publisher wrote it, not moved to UTC.
        published: '2026-02-09',
      },
    ]);
    expect(feed.entries[0]!.content).toBe(
      'The scheduling-software maker will close its Portland office… Read more',
    );
    expect(feed.entries[1]!.content).toMatch(
      /^Ostrava Analytics, a supplier .*\n\nThe company told employees/s,
    );
  });

  it('reads Atom: alternate link, html titles, text and xhtml content, published before updated', () => {
    const feed = parseFeed(fixture('feed.atom', BASE));
    expect(feed.title).toBe('Example Ledger (Atom)');
    expect(feed.entries).toEqual([
      {
        id: 'urn:example:ledger:1001',
        url: `${BASE}/article`,
        title: 'Harbor Lane Software to cut 140 jobs',
        published: '2026-02-12',
        content: 'The scheduling-software maker will close its Portland office.',
      },
      {
        id: 'urn:example:ledger:1002',
        url: `${BASE}/quarry`,
        title: 'Quarry Bank trims back-office staff',
        published: '2026-02-10',
        content: 'Quarry Bank will eliminate 60 positions in mortgage processing & servicing.',
      },
    ]);
  });

  it('reads JSON Feed', () => {
    const feed = parseFeed(fixture('feed.json', BASE));
    expect(feed.title).toBe('Example Ledger (JSON)');
    expect(feed.entries.map((entry) => [entry.id, entry.url, entry.published])).toEqual([
      ['1001', `${BASE}/article`, '2026-02-12'],
      ['1003', `${BASE}/ostrava`, '2026-02-09'],
    ]);
    expect(isFullText(feed.entries[0]!.content)).toBe(false);
    expect(isFullText(feed.entries[1]!.content)).toBe(true);
  });

  it('does not expand nested entities (billion laughs) and bounds flat expansion', () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://a.example/1</link></item></channel></rss>`;
    const started = Date.now();
    const feed = parseFeed(laughs);
    expect(`${feed.title}${feed.entries[0]?.title}`).not.toContain('lollol');
    expect(Date.now() - started).toBeLessThan(1_000);

    const wide = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(1000)}">]><rss version="2.0"><channel><title>${'&a;'.repeat(5000)}</title></channel></rss>`;
    expect(() => parseFeed(wide)).toThrow(FeedFormatError);
  });

  it('rejects what is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>')).toThrow(FeedFormatError);
    expect(() => parseFeed('{"items": []}')).toThrow(/not a JSON Feed/);
    expect(() => parseFeed('{not json')).toThrow(/not valid JSON/);
    expect(() => parseFeed('%PDF-1.7', 'application/pdf')).toThrow('application/pdf, neither XML nor JSON');
  });
});

describe('isFullText', () => {
  const long = 'Words of an article. '.repeat(100);
  it('takes long content that does not end like a teaser', () => {
    expect(isFullText(long.trim())).toBe(true);
    expect(isFullText(`${long}…`)).toBe(false);
    expect(isFullText(`${long} [...]`)).toBe(false);
    expect(isFullText(`${long} Continue reading`)).toBe(false);
    expect(isFullText('Short summary.')).toBe(false);
    expect(isFullText(null)).toBe(false);
  });
});

describe('pollFeed', () => {
  it.each(['/feed.rss', '/feed.atom', '/feed.json'])('polls %s', async (path) => {
    const result = await pollFeed(base + path, {}, local);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.entries.length).toBe(2);
    expect(result.entries[0]!.url).toBe(`${base}/article`);
  });

  it('keeps ETag and Last-Modified and gets 304 with either', async () => {
    const first = await pollFeed(`${base}/conditional.rss`, {}, local);
    expect(first).toMatchObject({ status: 'ok', etag: ETAG, lastModified: LAST_MODIFIED });
    expect(await pollFeed(`${base}/conditional.rss`, { etag: ETAG }, local)).toEqual({
      status: 'not_modified',
    });
    expect(await pollFeed(`${base}/conditional.rss`, { lastModified: LAST_MODIFIED }, local)).toEqual({
      status: 'not_modified',
    });
    expect((await pollFeed(`${base}/conditional.rss`, { etag: '"old"' }, local)).status).toBe('ok');
  });

  it('follows a moved feed and reports its new address', async () => {
    const result = await pollFeed(`${base}/moved.rss`, {}, local);
    expect(result).toMatchObject({ status: 'ok', url: `${base}/feed.rss` });
  });

  it('names the feed in errors', async () => {
    await expect(pollFeed(`${base}/not-a-feed`, {}, local)).rejects.toThrow(
      `${base}/not-a-feed: not an RSS, Atom or JSON feed`,
    );
    await expect(pollFeed(`${base}/feed.rss`, {})).rejects.toThrow(
      /refused: 127\.0\.0\.1 is a loopback address/,
    );
  });
});

describe('feedEntryDocuments', () => {
  it('uses full-text content as it is and fetches the page of a teaser; a failing entry does not stop the rest', async () => {
    const result = await pollFeed(`${base}/feed.rss`, {}, local);
    if (result.status !== 'ok') throw new Error('expected a feed');
    const broken: FeedEntry = {
      id: 'gone',
      url: `${base}/gone`,
      title: 'Gone',
      published: null,
      content: null,
    };
    const noLink: FeedEntry = { id: 'urn:x', url: null, title: 'Teaser', published: null, content: 'Short.' };
    hits.length = 0;
    const out = await collect([broken, ...result.entries, noLink], { ...local, feedTitle: result.title });

    expect(out[0]).toBeInstanceOf(SourceError);
    expect((out[0] as SourceError).message).toMatch(`${base}/gone: HTTP 404`);

    const fetched = out[1] as SourceDocument;
    expect(fetched.origin).toBe(`${base}/article`);
    expect(fetched.text).toContain('it would cut 140 jobs');
    expect(fetched.outlet).toBe('The Example Ledger');

    const fromContent = out[2] as SourceDocument;
    expect(fromContent.url).toBe(`${base}/ostrava`);
    expect(fromContent.title).toBe('Ostrava Analytics begins cutting 75 jobs');
    expect(fromContent.published).toBe('2026-02-09');
    expect(fromContent.outlet).toBe('Example Ledger & Co: Business');
    expect(fromContent.text.length).toBeGreaterThanOrEqual(1500);

    expect((out[3] as SourceError).message).toMatch(/^urn:x: a feed entry with no link and only a summary/);
    // Only the teaser's page and the broken one were fetched; full text needed no request.
    expect(hits.sort()).toEqual(['/article', '/gone']);
  });

  it('refuses entry pages on private addresses by default', async () => {
    const entry: FeedEntry = { id: '1', url: `${base}/article`, title: null, published: null, content: null };
    const [error] = await collect([entry], {});
    expect((error as SourceError).message).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
  });
});

describe('readUrl', () => {
  it('tells a feed from an article with one request', async () => {
    const feed = await readUrl(`${base}/feed.atom`, local);
    expect(feed.kind).toBe('feed');
    if (feed.kind === 'feed') expect(feed.entries.length).toBe(2);
    const article = await readUrl(`${base}/article`, local);
    expect(article.kind).toBe('article');
    if (article.kind === 'article')
      expect(article.document.title).toBe('Harbor Lane Software to cut 140 jobs in Portland');
  });
});
