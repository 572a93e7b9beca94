/**
 * `ingest URL` and `ingest FEEDURL` end to end, through the built CLI, against an HTTP server this test
 * runs: article pages, a redirect, a windows-1252 page, a 10 MB page, RSS, Atom and JSON feeds, a
 * followed feed answering 304, and private addresses refused unless --allow-private is given.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { buildIfStale, layoffwatch } from './support/layoffwatch.js';

const folder = mkdtempSync(join(tmpdir(), 'layoffwatch-urls-'));
let server: Server;
let base: string;
const hits: string[] = [];

/** Sentence patterns for the stories below; each story uses its own, so no two read as copies. */
const PATTERNS: ((c: string, jobs: number, city: string, day: string) => string[])[] = [
  (c, jobs, city, day) => [
    `${c} said on ${day} it would cut ${jobs} jobs at its ${city} offices as orders from its largest customers slowed.`,
    `The reductions fall mostly on sales and customer support staff, a spokesperson said, adding that affected employees would receive severance and help finding other roles.`,
    `The company reported lower revenue for a second quarter in a row and said it would keep hiring engineers for its newer products.`,
  ],
  (c, jobs, city, day) => [
    `${c} is laying off ${jobs} workers, the company told employees in ${city} on ${day}, blaming a sharp drop in bookings since the start of the year.`,
    `Managers in the marketing and finance departments were among those told their positions had been eliminated, according to an internal memo.`,
    `Rivals have trimmed payrolls too, and analysts expect more announcements before the summer.`,
  ],
  (c, jobs, city, day) => [
    `In a filing on ${day}, ${c} disclosed plans to eliminate ${jobs} positions and consolidate its ${city} operations into two sites.`,
    `Warehouse and logistics roles make up most of the affected jobs; the firm expects to record a restructuring charge in the current quarter.`,
    `Union officials said they had not been consulted and would seek talks over redundancy terms.`,
  ],
  (c, jobs, city, day) => [
    `Staff at ${c} learned on ${day} that ${jobs} of them will lose their jobs, with the ${city} plant closing by the end of the year.`,
    `The company cited rising input costs and weaker export demand, and said production would move to a newer factory.`,
    `Local officials called the decision a blow to the region and promised retraining help.`,
  ],
  (c, jobs, city, day) => [
    `${c} will shed ${jobs} roles across its ${city} branch network, it announced ${day}, as more customers move to mobile banking.`,
    `Tellers and branch managers account for most of the reductions; some staff will be offered posts in the contact centre.`,
    `The lender's chief executive said the changes would save money that it planned to spend on fraud prevention.`,
  ],
  (c, jobs, city, day) => [
    `Hospital operator ${c} plans to cut ${jobs} administrative jobs in ${city}, according to a statement released ${day}.`,
    `Clinical staff are not affected, the operator said; billing, scheduling and records teams will be merged.`,
    `The cuts follow lower reimbursement rates from insurers and a hiring spree during the pandemic.`,
  ],
];

/** A short news story about a made-up company; `pattern` picks its wording. */
function story(pattern: number, company: string, jobs: number, city: string, weekday: string): string {
  return PATTERNS[pattern]!(company, jobs, city, weekday).join('\n\n');
}

function page(title: string, body: string, published = '2026-02-12'): string {
  const paragraphs = body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:site_name" content="Test Gazette"><meta property="article:published_time" content="${published}T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>
<article><h1>${title}</h1>${paragraphs}</article><footer>© Test Gazette</footer></body></html>`;
}

const PAGES: Record<string, string> = {
  '/articles/harbor.html': page(
    'Harbor Lane Software to cut 140 jobs',
    story(0, 'Harbor Lane Software', 140, 'Portland', 'Thursday'),
  ),
  '/articles/moved-here.html': page(
    'Quillon Media trims 60 roles',
    story(1, 'Quillon Media', 60, 'Denver', 'Monday'),
  ),
  '/feed/a.html': page(
    'Kestrel Logistics to lay off 220',
    story(2, 'Kestrel Logistics', 220, 'Memphis', 'Tuesday'),
    '2026-02-10',
  ),
  '/feed/b.html': page(
    'Solano Foods closes Fresno plant',
    story(3, 'Solano Foods', 310, 'Fresno', 'Wednesday'),
    '2026-02-11',
  ),
  '/feed/c.html': page(
    'Wrenfield Bank cuts 95 branch jobs',
    story(4, 'Wrenfield Bank', 95, 'Leeds', 'Friday'),
    '2026-02-13',
  ),
  '/feed/d.html': page(
    'Larkspur Health to cut 80 jobs',
    story(5, 'Larkspur Health', 80, 'Omaha', 'Monday'),
    '2026-02-16',
  ),
};

const ATOM_CONTENT = [
  'Zephyr Airlines said on Tuesday it would cut 400 jobs at its Dallas hub, mostly among ground handling and call-centre staff, as it shrinks its schedule for the spring.',
  'The airline said the cuts would be completed by the summer and that no flights would be cancelled as a result. It has struggled with higher fuel costs and weaker demand on its business routes, which it said had not recovered since the autumn.',
  'Employees who leave will receive severance based on their years of service, continued health coverage for six months and free flights for a year, a spokeswoman said.',
  'A union representing Zephyr Airlines ground staff said it would ask the company to offer voluntary departures first and to keep the Dallas maintenance base open, and that it had not been consulted before the plan was announced to employees.',
  'Zephyr Airlines carried 18 million passengers last year. Its shares have lost a third of their value since January, and two of its larger rivals have announced smaller cuts of their own in recent weeks.',
  'Analysts at a Chicago brokerage said the reductions would save the carrier about 40 million dollars a year, but warned that service at its busiest airport could suffer during the summer peak.',
  'The carrier last cut staff four years ago, when it closed a reservations office in Phoenix. Its chief executive told investors in January that the company would rather cut costs than raise fares further.',
  'Travel agents in Texas said corporate clients had been booking fewer trips since the autumn and were increasingly choosing video calls over short business flights, a trend that hurts carriers focused on regional routes.',
].join('\n\n');

const ETAG = '"feed-v1"';

function rss(): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Gazette Business</title><link>${base}/</link>
<item><title>Kestrel Logistics to lay off 220</title><link>${base}/feed/a.html</link><guid>a</guid><pubDate>Tue, 10 Feb 2026 09:00:00 GMT</pubDate><description>Kestrel cuts jobs… Read more</description></item>
<item><title>Solano Foods closes Fresno plant</title><link>${base}/feed/b.html</link><guid>b</guid><pubDate>Wed, 11 Feb 2026 09:00:00 GMT</pubDate><description>Solano closes a plant…</description></item>
</channel></rss>`;
}

function atom(): string {
  const content = ATOM_CONTENT.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id><updated>2026-02-17T10:00:00Z</updated>
<entry><id>urn:atom-wire:1</id><title>Zephyr Airlines to cut 400 jobs</title><link href="${base}/atom/zephyr"/><updated>2026-02-17T10:00:00Z</updated><published>2026-02-17T10:00:00Z</published><content type="text">${content}</content></entry>
</feed>`;
}

function jsonFeed(): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'JSON Desk',
    items: [
      {
        id: 'c',
        url: `${base}/feed/c.html`,
        title: 'Wrenfield Bank cuts 95 branch jobs',
        date_published: '2026-02-13T08:00:00Z',
        summary: 'Wrenfield…',
      },
    ],
  });
}

function conditionalRss(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Followed Feed</title>
<item><title>Larkspur Health to cut 80 jobs</title><link>${base}/feed/d.html</link><guid>d</guid><pubDate>Mon, 16 Feb 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  hits.push(path);
  const send = (
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  if (PAGES[path]) {
    send(200, 'text/html; charset=utf-8', PAGES[path]!);
    return;
  }
  switch (path) {
    case '/moved':
      res.writeHead(301, { location: '/articles/moved-here.html' });
      res.end();
      return;
    case '/cp1252.html':
      send(
        200,
        'text/html; charset=windows-1252',
        iconv.encode(
          page('Société Générale to cut 900 jobs', story(2, 'Société Générale', 900, 'Paris', 'Monday'))
            .replace(
              'would seek talks over redundancy terms.',
              'would seek talks over redundancy terms — “generous” ones, the bank’s spokesperson said.',
            )
            .replace('<meta charset="utf-8">', ''),
          'windows-1252',
        ),
      );
      return;
    case '/huge.html':
      send(200, 'text/html', Buffer.alloc(10 * 1024 * 1024, '<p>filler text </p>'));
      return;
    case '/rss.xml':
      send(200, 'application/rss+xml', rss());
      return;
    case '/atom.xml':
      send(200, 'application/atom+xml', atom());
      return;
    case '/feed.json':
      send(200, 'application/feed+json', jsonFeed());
      return;
    case '/followed.xml':
      if (req.headers['if-none-match'] === ETAG) {
        res.writeHead(304, { etag: ETAG });
        res.end();
        return;
      }
      send(200, 'application/rss+xml', conditionalRss(), { etag: ETAG });
      return;
    default:
      send(404, 'text/plain', 'not found');
      return;
  }
}

beforeAll(async () => {
  buildIfStale();
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

describe('ingest URL', () => {
  const db = () => join(folder, 'articles.db');

  it('refuses private addresses unless --allow-private is given', async () => {
    const url = `${base}/articles/harbor.html`;
    const refused = await layoffwatch(['ingest', '--db', db(), url]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(`^layoffwatch: ${url.replace(/[.?]/g, '\\$&')}: refused.*--allow-private`),
    );
    expect(refused.stdout).toMatch(/^0 documents added, 0 duplicates skipped, 1 failure$/m);
    expect(hits).not.toContain('/articles/harbor.html');
  });

  it('reads article pages, follows redirects, decodes windows-1252, and names a page that is too large', async () => {
    const run = await layoffwatch([
      'ingest',
      '--db',
      db(),
      '--allow-private',
      `${base}/articles/harbor.html`,
      `${base}/moved`,
      `${base}/cp1252.html`,
      `${base}/huge.html`,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^layoffwatch: ${base}/huge.html: .*5(\\.0)? MB`)),
    ]);
    expect(run.stdout).toMatch(/^3 documents added, 0 duplicates skipped, 1 failure$/m);

    const store = await openStore({ db: db() });
    try {
      const found = await store.searchDocuments('Générale');
      expect(found).toHaveLength(1);
      const doc = (await store.getDocument(found[0]!.id))!;
      expect(doc.text).toContain('the bank’s spokesperson said');
      expect(doc.text).toContain('“generous”');
      expect(doc.outlet).toBe('Test Gazette');
      expect(doc.published).toBe('2026-02-12');
      const moved = await store.searchDocuments('Quillon');
      expect((await store.getDocument(moved[0]!.id))?.url).toBe(`${base}/articles/moved-here.html`);
      const events = await store.listEvents();
      expect(events.map((e) => e.company).sort()).toEqual([
        'Harbor Lane Software',
        'Quillon Media',
        'Société Générale',
      ]);
      expect(events.find((e) => e.company === 'Harbor Lane Software')?.headcount?.value).toBe(140);
    } finally {
      await store.close();
    }
  });
});

describe('ingest FEEDURL', () => {
  const db = () => join(folder, 'feeds.db');

  it('reads RSS (fetching each entry’s page), Atom (full text in the feed) and JSON Feed', async () => {
    const run = await layoffwatch([
      'ingest',
      '--db',
      db(),
      '--allow-private',
      `${base}/rss.xml`,
      `${base}/atom.xml`,
      `${base}/feed.json`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^4 documents added, 0 duplicates skipped, 0 failures$/m);
    expect(hits).not.toContain('/atom/zephyr');

    const store = await openStore({ db: db() });
    try {
      const events = await store.listEvents();
      expect(events.map((e) => e.company).sort()).toEqual([
        'Kestrel Logistics',
        'Solano Foods',
        'Wrenfield Bank',
        'Zephyr Airlines',
      ]);
      const zephyr = await store.searchDocuments('Zephyr');
      const doc = (await store.getDocument(zephyr[0]!.id))!;
      expect(doc).toMatchObject({ outlet: 'Atom Wire', published: '2026-02-17', url: `${base}/atom/zephyr` });
    } finally {
      await store.close();
    }

    const again = await layoffwatch([
      'ingest',
      '--db',
      db(),
      '--allow-private',
      `${base}/rss.xml`,
      `${base}/feed.json`,
    ]);
    expect(again.stdout).toMatch(/^0 documents added, 3 duplicates skipped, 0 failures$/m);
  });

  it('polls a followed feed conditionally: an unchanged feed answers 304 and nothing is read', async () => {
    const url = `${base}/followed.xml`;
    expect((await layoffwatch(['feeds', 'add', '--db', db(), url])).stdout).toBe('1 added\n');
    const first = await layoffwatch(['feeds', 'poll', '--db', db(), '--allow-private']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^1 document added, 0 duplicates skipped, 0 failures$/m);

    const pagesBefore = hits.filter((h) => h === '/feed/d.html').length;
    const second = await layoffwatch(['ingest', '--db', db(), '--allow-private', url]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^0 documents added, 0 duplicates skipped, 1 feed unchanged, 0 failures$/m);
    expect(hits.filter((h) => h === '/feed/d.html').length).toBe(pagesBefore);

    const list = await layoffwatch(['feeds', 'list', '--db', db(), '--json']);
    const [feed] = JSON.parse(list.stdout) as { url: string; etag: string; consecutiveErrors: number }[];
    expect(feed).toMatchObject({ url, etag: ETAG, consecutiveErrors: 0 });
  });
});
