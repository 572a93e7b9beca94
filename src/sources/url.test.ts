import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from './source-error.js';
import { fetchDocument } from './url.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/sources');
const ARTICLE = readFileSync(join(FIXTURES, 'article.html'), 'utf8');
/** The article with a sentence full of windows-1252's own characters, and no charset declared. */
const CP1252_ARTICLE = ARTICLE.replace('<meta charset="utf-8">', '').replace(
  'Chief executive',
  'At the Zürich café, the naïve “quick fix” — as Müller’s team called it — was dropped. Chief executive',
);
const TEN_MB = 10 * 1024 * 1024;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/article': (_, res) => send(res, 200, 'text/html; charset=utf-8', ARTICLE),
  '/plain': (_, res) =>
    send(res, 200, 'text/plain', 'Kestrel Air cuts 40 pilot jobs\n\nThe carrier said on Friday.'),
  '/cp1252-header': (_, res) =>
    send(res, 200, 'text/html; charset=windows-1252', iconv.encode(CP1252_ARTICLE, 'windows-1252')),
  '/cp1252-meta': (_, res) =>
    send(
      res,
      200,
      'text/html',
      iconv.encode(CP1252_ARTICLE.replace('<head>', '<head><meta charset="windows-1252">'), 'windows-1252'),
    ),
  '/cp1252-latin1-label': (_, res) =>
    send(res, 200, 'text/html; charset=ISO-8859-1', iconv.encode(CP1252_ARTICLE, 'windows-1252')),
  '/cp1252-undeclared': (_, res) => send(res, 200, 'text/html', iconv.encode(CP1252_ARTICLE, 'windows-1252')),
  '/gzip': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync(ARTICLE));
  },
  '/big': (_, res) => {
    // Streamed without a Content-Length, so the cap has to act while reading.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const write = () => {
      while (sent < TEN_MB) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    res.on('error', () => undefined);
    write();
  },
  '/big-declared': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(TEN_MB) });
    res.on('error', () => undefined);
    res.end(Buffer.alloc(TEN_MB, 'a'));
  },
  '/slow': (_, res) => {
    const timer = setTimeout(() => send(res, 200, 'text/html', ARTICLE), 5_000);
    res.on('close', () => clearTimeout(timer));
  },
  '/missing': (_, res) => send(res, 404, 'text/html', 'not here'),
  '/pdf': (_, res) => send(res, 200, 'application/pdf', '%PDF-1.7 ...'),
  '/feed': (_, res) =>
    send(
      res,
      200,
      'application/rss+xml',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
    ),
  '/no-article': (_, res) => send(res, 200, 'text/html', readFileSync(join(FIXTURES, 'no-article.html'))),
  '/to-ftp': (_, res) => redirect(res, 'ftp://example.com/file'),
};

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location });
  res.end();
}

let server: Server;
let base: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // /hops/N redirects N more times, then lands on the article.
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) return redirect(res, Number(hops[1]) > 1 ? `/hops/${Number(hops[1]) - 1}` : '/article');
    const handler = routes[path];
    if (handler) handler(req, res);
    else send(res, 404, 'text/plain', 'no route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivate: true };

async function fetchError(
  url: string,
  options: Parameters<typeof fetchDocument>[1] = local,
): Promise<SourceError> {
  const error = await fetchDocument(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  expect((error as SourceError).input).toBe(url);
  expect((error as SourceError).message.startsWith(`${url}: `)).toBe(true);
  return error as SourceError;
}

describe('fetchDocument', () => {
  it('reads an HTML article', async () => {
    const document = await fetchDocument(`${base}/article`, local);
    expect(document.title).toBe('Harbor Lane Software to cut 140 jobs in Portland');
    expect(document.published).toBe('2026-02-12');
    expect(document.outlet).toBe('The Example Ledger');
    expect(document.text).toContain('it would cut 140 jobs');
    expect(document.url).toBe(`${base}/article`);
    expect(document.origin).toBe(`${base}/article`);
    expect(document.content_type).toBe('text/html; charset=utf-8');
    expect(Buffer.from(document.raw!).toString('utf8')).toBe(ARTICLE);
  });

  it('takes text/plain as text', async () => {
    const document = await fetchDocument(`${base}/plain`, local);
    expect(document.text).toBe('Kestrel Air cuts 40 pilot jobs\n\nThe carrier said on Friday.');
    expect(document.title).toBe('Kestrel Air cuts 40 pilot jobs');
    expect(document.outlet).toBe('127.0.0.1');
  });

  it.each(['/cp1252-header', '/cp1252-meta', '/cp1252-latin1-label', '/cp1252-undeclared'])(
    'decodes a windows-1252 page (%s)',
    async (path) => {
      const document = await fetchDocument(base + path, local);
      expect(document.text).toContain(
        'At the Zürich café, the naïve “quick fix” — as Müller’s team called it — was dropped.',
      );
    },
  );

  it('decompresses a gzip body', async () => {
    expect((await fetchDocument(`${base}/gzip`, local)).text).toContain('it would cut 140 jobs');
  });

  it('follows redirects up to the limit and names the final address', async () => {
    const document = await fetchDocument(`${base}/hops/5`, local);
    expect(document.url).toBe(`${base}/article`);
    expect(document.origin).toBe(`${base}/hops/5`);
    expect((await fetchError(`${base}/hops/6`)).message).toMatch(/more than 5 redirects/);
    expect((await fetchError(`${base}/hops/2`, { ...local, maxRedirects: 1 })).message).toMatch(
      /more than 1 redirects/,
    );
    expect((await fetchError(`${base}/to-ftp`)).message).toMatch(
      /redirected to ftp: which cannot be fetched/,
    );
  });

  it('refuses a 10 MB page by the 5 MB cap, streamed or declared', async () => {
    for (const path of ['/big', '/big-declared']) {
      const error = await fetchError(base + path);
      expect(error.message).toBe(
        `${base}${path}: larger than 5 MB, too large for an article; save the text to a file and ingest that`,
      );
    }
  });

  it('gives up on a slow server at the deadline', async () => {
    const started = Date.now();
    const error = await fetchError(`${base}/slow`, { ...local, timeoutMs: 300 });
    expect(error.message).toMatch(/no complete answer within 0.3 s; try again later/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('reports HTTP errors, non-pages, feeds and pages without an article', async () => {
    expect((await fetchError(`${base}/missing`)).message).toMatch(
      /HTTP 404, the page is not there; check the address/,
    );
    expect((await fetchError(`${base}/pdf`)).message).toMatch(/application\/pdf, not a web page or text/);
    expect((await fetchError(`${base}/feed`)).message).toMatch(/a feed, not an article page/);
    expect((await fetchError(`${base}/no-article`)).message).toMatch(/no readable article/);
  });

  it('fetches only http and https URLs', async () => {
    expect((await fetchError('file:///etc/passwd')).message).toMatch(
      /only http and https URLs can be fetched/,
    );
    expect((await fetchError('not a url')).message).toMatch(/not a valid URL/);
  });

  it('refuses private, loopback and link-local addresses by default, without connecting', async () => {
    const port = (server.address() as AddressInfo).port;
    const before = hits;
    const loopback = await fetchError(`${base}/article`, {});
    expect(loopback.message).toBe(
      `${base}/article: refused: 127.0.0.1 is a loopback address; pass --allow-private to fetch from your own network`,
    );
    // A name that resolves to loopback is refused at connect time, after DNS.
    expect((await fetchError(`http://localhost:${port}/article`, {})).message).toMatch(
      /refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address; pass --allow-private/,
    );
    expect((await fetchError(`http://[::1]:${port}/article`, {})).message).toMatch(
      /::1 is a loopback address/,
    );
    expect((await fetchError(`http://0x7f.1:${port}/article`, {})).message).toMatch(
      /127\.0\.0\.1 is a loopback/,
    );
    expect((await fetchError('http://169.254.169.254/latest/meta-data/', {})).message).toMatch(/link-local/);
    expect((await fetchError('http://10.1.2.3/', {})).message).toMatch(/10\.1\.2\.3 is a private address/);
    expect(hits).toBe(before);
  });
});
