import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, looksLikeHtml, NoArticleError } from './html.js';
import { toCalendarDate } from './html-metadata.js';

/** An article long enough for Readability, written for these tests. */
const STORY = [
  'Harbor Lane Foods said on Wednesday it would close its bakery in Toledo, Ohio, and lay off 85 workers by the end of June.',
  'The company blamed rising flour prices and a drop in orders from grocery chains, and said the work would move to its plant in Indiana.',
  'Workers will be offered severance and help finding jobs at other sites, a spokesperson said in a statement.',
];

type PageParts = { head?: string; htmlAttributes?: string; article?: string; around?: boolean };

function page({ head = '', htmlAttributes = '', article, around = false }: PageParts = {}): string {
  const body = article ?? STORY.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  const boilerplate = around
    ? {
        before: `<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
          <div class="ad advertisement">Advertisement: Register for the Packaging Summit (Apr 7 – Apr 9, 2026)</div>`,
        after: `<section class="comments" id="comments"><h2>Comments</h2>
            <p>I worked there for ten years and the managers knew about this in January already.</p></section>
          <footer>Copyright 2026 Lake Erie Courier. Privacy policy. Terms of use.</footer>`,
      }
    : { before: '', after: '' };
  return `<!doctype html><html ${htmlAttributes}><head><title>Harbor Lane Foods to close Toledo bakery - Lake Erie Courier</title>${head}</head>
    <body>${boilerplate.before}<article><h1>Harbor Lane Foods to close Toledo bakery</h1>${body}</article>${boilerplate.after}</body></html>`;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('htmlToArticle: publication date from page metadata', () => {
  const cases: Array<[name: string, parts: PageParts, published: string | null]> = [
    [
      'article:published_time keeps the day as the publisher wrote it',
      { head: '<meta property="article:published_time" content="2026-03-10T23:30:00-05:00">' },
      '2026-03-10',
    ],
    [
      'og:published_time',
      { head: '<meta name="og:published_time" content="2026-03-11T08:00:00Z">' },
      '2026-03-11',
    ],
    [
      'JSON-LD NewsArticle',
      {
        head: jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          datePublished: '2026-03-12',
        }),
      },
      '2026-03-12',
    ],
    [
      "JSON-LD @graph: the article's date, not the web page's",
      {
        head: jsonLd({
          '@graph': [
            { '@type': 'WebPage', datePublished: '2019-05-01' },
            { '@type': ['NewsArticle'], datePublished: '2026-03-13T10:00:00+01:00' },
          ],
        }),
      },
      '2026-03-13',
    ],
    [
      'JSON-LD top-level array',
      { head: jsonLd([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2026-03-14' }]) },
      '2026-03-14',
    ],
    [
      'broken JSON-LD is skipped for the next source',
      {
        head: `<script type="application/ld+json">{"@type": "NewsArticle", datePublished: </script>
          <meta name="date" content="2026-03-15">`,
      },
      '2026-03-15',
    ],
    [
      'itemprop=datePublished on a <time>',
      {
        article: `<p>Published <time itemprop="datePublished" datetime="2026-03-16T09:00">March 16</time></p>${STORY.map((p) => `<p>${p}</p>`).join('')}`,
      },
      '2026-03-16',
    ],
    [
      'itemprop=datePublished on a <meta>',
      { head: '<meta itemprop="datePublished" content="2026-03-17">' },
      '2026-03-17',
    ],
    ['meta pubdate as YYYYMMDD', { head: '<meta name="pubdate" content="20260318">' }, '2026-03-18'],
    ['meta publishdate', { head: '<meta name="publishdate" content="2026-03-19 14:05:00">' }, '2026-03-19'],
    ['meta DC.date with slashes', { head: '<meta name="DC.date" content="2026/03/20">' }, '2026-03-20'],
    ['meta date in words', { head: '<meta name="date" content="March 21, 2026">' }, '2026-03-21'],
    [
      'meta date in RFC 2822 form',
      { head: '<meta name="date" content="Sun, 22 Mar 2026 14:00:00 GMT">' },
      '2026-03-22',
    ],
    [
      '<time datetime> inside the article',
      {
        article: `<p class="dateline"><time datetime="2026-03-23">23 March</time></p>${STORY.map((p) => `<p>${p}</p>`).join('')}`,
      },
      '2026-03-23',
    ],
    [
      'article:published_time wins over JSON-LD and <time>',
      {
        head: `<meta property="article:published_time" content="2026-03-24">${jsonLd({ '@type': 'NewsArticle', datePublished: '2026-01-01' })}`,
        article: `<time datetime="2025-12-31">old</time>${STORY.map((p) => `<p>${p}</p>`).join('')}`,
      },
      '2026-03-24',
    ],
    [
      'an impossible date falls through to the next source',
      {
        head: `<meta property="article:published_time" content="2026-02-30"><meta name="date" content="2026-02-28">`,
      },
      '2026-02-28',
    ],
    ['no date anywhere', {}, null],
  ];

  it.each(cases)('%s', (_name, parts, published) => {
    expect(htmlToArticle(page(parts)).published).toBe(published);
  });
});

describe('toCalendarDate', () => {
  it.each([
    ['2026-03-10', '2026-03-10'],
    ['2026-3-5', '2026-03-05'],
    ['2026.03.10', '2026-03-10'],
    ['20260310T120000Z', '2026-03-10'],
    ['10 March 2026', '2026-03-10'],
    ['10th Sept. 2026', '2026-09-10'],
    ['Mar. 10, 2026', '2026-03-10'],
    ['Tuesday, March 10th, 2026 at 9:00 AM', '2026-03-10'],
    ['2026-13-01', null],
    ['2026-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['0001-01-01T00:00:00Z', null],
    ['Maybe 10, 2026', null],
    ['yesterday', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(toCalendarDate(raw)).toBe(expected);
  });
});

describe('htmlToArticle: title, outlet, language', () => {
  it('takes the title from og:title, the outlet from og:site_name and the language from <html lang>', () => {
    const article = htmlToArticle(
      page({
        htmlAttributes: 'lang="en-GB"',
        head: `<meta property="og:title" content="Toledo bakery to close, 85 jobs lost">
          <meta property="og:site_name" content="Lake Erie Courier">`,
      }),
    );
    expect(article).toMatchObject({
      title: 'Toledo bakery to close, 85 jobs lost',
      outlet: 'Lake Erie Courier',
      language: 'en-GB',
    });
  });

  it('falls back to the page title and leaves unknown metadata null', () => {
    const article = htmlToArticle(page());
    expect(article.title).toContain('Harbor Lane Foods to close Toledo bakery');
    expect(article.outlet).toBeNull();
    expect(article.language).toBeNull();
  });
});

describe('htmlToArticle: article text', () => {
  it('separates paragraphs by blank lines and keeps list items as lines', () => {
    const article = htmlToArticle(
      page({
        article: `<p>${STORY[0]}</p><p>${STORY[1]}</p>
          <p>Affected departments:</p><ul><li>Mixing</li><li>Packaging <b>and</b> shipping</li></ul>
          <p>${STORY[2]}</p>`,
      }),
    );
    expect(article.text.split('\n\n')).toEqual([
      STORY[0],
      STORY[1],
      'Affected departments:',
      'Mixing\nPackaging and shipping',
      STORY[2],
    ]);
  });

  it('decodes entities and collapses whitespace', () => {
    const article = htmlToArticle(
      page({
        article: `<p>The company&#8217;s   plant &amp; warehouse\n\t will close&nbsp;in&nbsp;June &mdash; 85 jobs.</p>${STORY.map((p) => `<p>${p}</p>`).join('')}`,
      }),
    );
    expect(article.text.split('\n\n')[0]).toBe(
      'The company’s plant & warehouse will close in June — 85 jobs.',
    );
  });

  it('drops navigation, ads, comments and footers around the article', () => {
    const article = htmlToArticle(page({ around: true }));
    expect(article.text).toBe(STORY.join('\n\n'));
  });

  it('reads a fragment without <html> or <body>', () => {
    const fragment = STORY.map((paragraph) => `<p>${paragraph}</p>`).join('');
    expect(htmlToArticle(fragment).text).toBe(STORY.join('\n\n'));
  });

  it('gives each paragraph its words, whitespace collapsed, whatever the words', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.']{1,12}$/);
    const paragraph = fc.array(word, { minLength: 30, maxLength: 60 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 5 }), (paragraphs) => {
        const html = paragraphs.map((words) => `<p>\n  ${words.join('  \n ')} </p>`).join('\n');
        expect(htmlToArticle(page({ article: html })).text).toBe(
          paragraphs.map((words) => words.join(' ')).join('\n\n'),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('reads the example page: its metadata, and none of its boilerplate', () => {
    const html = readFileSync(new URL('../../examples/northwind-layoffs.html', import.meta.url), 'utf8');
    const article = htmlToArticle(html);
    expect(article).toMatchObject({
      title: 'Northwind Robotics to close Reno parts hub, cutting 240 jobs',
      published: '2026-05-19',
      outlet: 'The Allegheny Ledger',
      language: 'en-US',
    });
    expect(article.text).toContain('eliminating 240 jobs');
    for (const boilerplate of [
      'Advertisement',
      'RoboLogistics Expo',
      'Comments',
      'renoworker88',
      'Photo:',
      'Privacy',
    ]) {
      expect(article.text).not.toContain(boilerplate);
    }
  });
});

describe('htmlToArticle: pages without an article', () => {
  const linkList = Array.from(
    { length: 20 },
    (_, i) => `<li><a href="/news/${i}">Company announces quarterly results and outlook number ${i}</a></li>`,
  ).join('');

  it.each([
    [
      'an empty page',
      '<!doctype html><html><head><title>Empty</title></head><body></body></html>',
      /no text/,
    ],
    [
      'a navigation-only page',
      '<html><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>© 2026</footer></body></html>',
      /characters/,
    ],
    ['an index of links', `<html><body><main><ul>${linkList}</ul></main></body></html>`, /links/],
  ])('%s → NoArticleError', (_name, html, reason) => {
    const error = catchError(() => htmlToArticle(html, 'https://news.example/section'));
    expect(error).toBeInstanceOf(NoArticleError);
    expect((error as NoArticleError).reason).toMatch(reason);
    expect((error as NoArticleError).url).toBe('https://news.example/section');
    expect((error as Error).message).toMatch(/^no readable article in https:\/\/news\.example\/section/);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body></body></html>', true],
    ['\ufeff  <html lang="en"><head>', true],
    ['<?xml version="1.0"?>\n<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', true],
    ['<p>Acme cut 300 jobs.</p>', true],
    ['<div class="story"><p>Text</p></div>', true],
    [`<!-- saved page -->\n<html>\n<head><title>x</title></head>`, true],
    ['Acme cut 300 jobs.\n\nThe company said <5% of staff were affected.', false],
    ['Engineers who write <html> and <body> tags by hand were not affected.', false],
    ['# Acme cuts jobs\n\nMarkdown, not HTML.', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  it('is false for any text without a tag', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('<')),
        (text) => !looksLikeHtml(text),
      ),
    );
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
