/**
 * Reads what a page says about itself: its title, publication date, outlet and language, from
 * <meta> tags, JSON-LD and microdata. Runs before Readability, which strips scripts and markup.
 */
import { formatCalendarDate } from './calendar-date.js';
import type { HtmlDocument } from './html-dom.js';

export type PageMetadata = {
  /** og:title; the caller falls back to Readability's title and then <title>. */
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** og:site_name */
  outlet: string | null;
  /** <html lang>, as written: "en-US" */
  language: string | null;
};

/** Looser <meta name> conventions for a publication date, tried after the structured ones. */
const DATE_META_NAMES = ['date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued'];

const ARTICLE_TYPE = /Article|BlogPosting|Report/i;

export function readPageMetadata(document: HtmlDocument): PageMetadata {
  const meta = indexMeta(document);
  return {
    title: clean(meta.get('og:title')),
    published: readPublished(document, meta),
    outlet: clean(meta.get('og:site_name')),
    language: clean(document.documentElement?.getAttribute('lang')),
  };
}

function readPublished(document: HtmlDocument, meta: Map<string, string>): string | null {
  // In order of trust: the Open Graph article date, structured data, then looser conventions.
  const candidates: Array<() => string | null | undefined> = [
    () => meta.get('article:published_time'),
    () => meta.get('og:published_time'),
    () => jsonLdDatePublished(document),
    () => microdataDatePublished(document),
    ...DATE_META_NAMES.map((name) => () => meta.get(name)),
    () => document.querySelector('article time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const value = candidate();
    const date = value ? toCalendarDate(value) : null;
    if (date) return date;
  }
  return null;
}

/** The first content of each <meta> property or name, keys lowercased. */
function indexMeta(document: HtmlDocument): Map<string, string> {
  const index = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const element = metas[i]!;
    const content = element.getAttribute('content');
    if (content === null) continue;
    for (const key of [element.getAttribute('property'), element.getAttribute('name')]) {
      const normalised = key?.trim().toLowerCase();
      if (normalised && !index.has(normalised)) index.set(normalised, content);
    }
  }
  return index;
}

function microdataDatePublished(document: HtmlDocument): string | null {
  const element = document.querySelector('[itemprop="datePublished"]');
  if (!element) return null;
  return element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent;
}

/** datePublished of the page's article in JSON-LD, else of any item that has one. */
function jsonLdDatePublished(document: HtmlDocument): string | null {
  const items = readJsonLd(document).filter((item) => typeof item.datePublished === 'string');
  const article = items.find((item) => jsonLdTypes(item).some((type) => ARTICLE_TYPE.test(type)));
  return ((article ?? items[0])?.datePublished as string | undefined) ?? null;
}

function readJsonLd(document: HtmlDocument): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const scripts = document.querySelectorAll('script');
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i]!;
    if (!script.getAttribute('type')?.trim().toLowerCase().startsWith('application/ld+json')) continue;
    // Some CMSes wrap the JSON in CDATA or comment markers for old browsers.
    const source = (script.textContent ?? '').replace(
      /^\s*(?:\/\/\s*)?<!\[CDATA\[|\]\]>\s*$|^\s*<!--|-->\s*$/g,
      '',
    );
    try {
      collectJsonLdItems(JSON.parse(source), items, 0);
    } catch {
      // A page's broken structured data is the page's problem; the other sources still count.
    }
  }
  return items;
}

function collectJsonLdItems(value: unknown, items: Record<string, unknown>[], depth: number): void {
  if (depth > 3 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const entry of value) collectJsonLdItems(entry, items, depth + 1);
    return;
  }
  const item = value as Record<string, unknown>;
  items.push(item);
  if ('@graph' in item) collectJsonLdItems(item['@graph'], items, depth + 1);
}

function jsonLdTypes(item: Record<string, unknown>): string[] {
  const type = item['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : [];
}

const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');

/**
 * Normalises a date as pages write it — ISO 8601, "2026/03/10", "20260310", "March 10, 2026",
 * "10 Mar 2026", "Tue, 10 Mar 2026 14:00:00 GMT" — to YYYY-MM-DD, or null.
 */
export function toCalendarDate(raw: string): string | null {
  const value = raw.trim();
  // The day is kept as the publisher wrote it ("2026-03-10T23:30:00-05:00" → 2026-03-10): that is
  // the day its readers saw, and converting to UTC would move late-evening stories a day on.
  const iso =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(value);
  if (iso) return plausible(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i.exec(value);
  if (dayFirst) return plausible(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(value);
  if (monthFirst) return plausible(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  return null;
}

/** 1-12 for "Mar", "March", "Sept"; 0 for a word that is not a month. */
function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return lower.length < 3 ? 0 : MONTH_NAMES.findIndex((name) => name.startsWith(lower)) + 1;
}

function plausible(year: number, month: number, day: number): string | null {
  // Years outside this range are placeholders ("0001-01-01") or typos, not publication dates.
  if (year < 1900 || year > 2100) return null;
  return formatCalendarDate(year, month, day);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
