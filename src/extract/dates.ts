/**
 * The announcement date: a day named near the cut ("on Thursday", "July 21"), resolved against the
 * publication date with chrono-node; else the publication date itself for breaking news; never a
 * day the text does not support.
 */
import * as chrono from 'chrono-node';
import { WORD_UNITS } from './amounts.js';
import type { Sentence } from './segment.js';

export type FoundDate = { value: string; start: number; end: number } | null;

const DATE_HINT =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b/i;
const WEEK_OR_MONTH =
  /\b(?:this week|last week|this weekend|past (?:couple of |few )?weeks|earlier this month|this month|in recent weeks|over the past (?:couple of |few )?weeks|(?:late |early |earlier |)last month)\b/i;
const AGO = /\b(a|an|one|two|three|four|five|six|\d{1,2})\s+(days?|weeks?)\s+ago\b/i;
const NOT_ANNOUNCEMENT =
  /\b(?:effective|starting|start(?:s|ing)?|begin(?:s|ning)?|from|by|until|through|till|before|slated|scheduled|set|expected|due|deadline|take(?:s)? effect|will|end(?:s|ing)? (?:on|by)|no later than|between|and)\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function parsePublished(published: string | null | undefined): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const d = new Date(`${published.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * "Published March 4, 2025", "Posted: 2025-02-11" on a line of its own near the top: the date the text
 * gives itself when none was given with it.
 */
const DATELINE =
  /^[ \t]*(?:published|posted|date)[ \t]*:?[ \t]*(?:on[ \t]+)?(?:(?<iso>\d{4}-\d{2}-\d{2})|(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t]+(?<day>\d{1,2}),?[ \t]+(?<year>\d{4})|(?<day2>\d{1,2})[ \t]+(?<month2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?[ \t]+(?<year2>\d{4}))\b/im;

export function datelineOf(text: string): Date | null {
  const m = DATELINE.exec(text.slice(0, 600));
  if (!m) return null;
  const g = m.groups!;
  if (g.iso) return parsePublished(g.iso);
  const month = MONTHS.indexOf((g.month ?? g.month2)!.slice(0, 3).toLowerCase());
  const day = Number(g.day ?? g.day2);
  const d = new Date(Date.UTC(Number(g.year ?? g.year2), month, day, 12));
  return month < 0 || d.getUTCDate() !== day ? null : d;
}

/** The year a text is about, when it gives no publication date: the nearest year written before. */
function contextYear(text: string, before: number): number | null {
  const head = text.slice(Math.max(0, before - 3000), before);
  const years = [...head.matchAll(/\b(?:19[89]\d|20\d\d)\b/g)];
  const last = years.at(-1);
  if (last) return Number(last[0]);
  const rest = text.slice(before, before + 3000).match(/\b(?:19[89]\d|20\d\d)\b/);
  return rest ? Number(rest[0]) : null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const SIMPLE = new RegExp(
  String.raw`\b(?:(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\s*,?\s*${MONTH}\s+\d)|(?<md>${MONTH})\s+(?<mdDay>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<mdYear>(?:19|20)\d\d))?|(?<dmDay>\d{1,2})(?:st|nd|rd|th)?\s+(?<dm>${MONTH})(?:,?\s+(?<dmYear>(?:19|20)\d\d))?|(?<my>${MONTH})(?:,?\s+(?<myYear>(?:19|20)\d\d))|(?<today>today|yesterday)|(?<numA>\d{1,2})(?<numSep>[/.])(?<numB>\d{1,2})\k<numSep>(?<numY>(?:19|20)\d\d))\b`,
  'gi',
);

/**
 * The common ways news names a day — a weekday, "July 21", "14 May 2024", "today" — read without
 * chrono, which costs a hundred times more; anything else goes to chrono.
 */
function simpleDate(text: string, s: Sentence, published: Date | null): FoundDate | 'unknown' {
  SIMPLE.lastIndex = 0;
  let seen = false;
  for (let m = SIMPLE.exec(s.text); m; m = SIMPLE.exec(s.text)) {
    seen = true;
    const left = s.text.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_ANNOUNCEMENT.test(left)) continue;
    const g = m.groups!;
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (g.weekday) {
      if (!published) continue;
      // "will be implementing the layoffs on Friday": a day to come, not the announcement.
      const before = s.text.slice(0, m.index);
      if (
        /\b(?:will|set to|scheduled|slated|plans? to|expected to)\b/i.test(before) &&
        !/\b(?:said|says|announced|told|confirmed|reported|filed|according to)\b/i.test(before)
      )
        continue;
      // "last Thursday", written on a Thursday: a week before.
      const back =
        (published.getUTCDay() - WEEKDAYS.indexOf(g.weekday.toLowerCase()) + 7) % 7 ||
        (/\blast\s+$/i.test(before) ? 7 : 0);
      return { value: iso(new Date(published.getTime() - back * 86_400_000)), start, end };
    }
    if (g.today) {
      if (!published) continue;
      return {
        value: iso(new Date(published.getTime() - (/yesterday/i.test(g.today) ? 86_400_000 : 0))),
        start,
        end,
      };
    }
    // "dated 14/05/2025", "21.10.2025": day first when the first number cannot be a month or the
    // numbers are dotted; "5/14/2025" month first; "05/06/2025" could be either and is left alone.
    if (g.numA) {
      const a = Number(g.numA);
      const b = Number(g.numB);
      const dayFirst = (a > 12 && b <= 12) || (g.numSep === '.' && a <= 31 && b <= 12);
      const monthFirst = !dayFirst && b > 12 && a <= 12;
      if (!dayFirst && !monthFirst) continue;
      const [day, month] = dayFirst ? [a, b - 1] : [b, a - 1];
      const d = new Date(Date.UTC(Number(g.numY), month, day, 12));
      if (day < 1 || d.getUTCMonth() !== month) continue;
      if (published && d.getTime() > published.getTime() + 86_400_000) continue;
      return { value: iso(d), start, end };
    }
    if (g.my) {
      const month = MONTHS.indexOf(g.my.slice(0, 3).toLowerCase());
      const d = new Date(Date.UTC(Number(g.myYear), month, 1, 12));
      if (published && d.getTime() > published.getTime()) continue;
      if (published && published.getTime() - d.getTime() > 45 * 86_400_000) continue;
      return { value: `${g.myYear}-${pad(month + 1)}`, start, end };
    }
    const monthName = (g.md ?? g.dm)!;
    const day = Number(g.mdDay ?? g.dmDay);
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
    if (month < 0 || day < 1 || day > 31) continue;
    const writtenYear = g.mdYear ?? g.dmYear;
    let year = writtenYear
      ? Number(writtenYear)
      : published
        ? published.getUTCFullYear()
        : contextYear(text, s.start);
    if (year === null) continue;
    let d = new Date(Date.UTC(year, month, day, 12));
    if (d.getUTCMonth() !== month) continue;
    if (published && d.getTime() > published.getTime() + 86_400_000) {
      if (writtenYear) continue;
      year--;
      d = new Date(Date.UTC(year, month, day, 12));
    }
    if (published && !writtenYear && published.getTime() - d.getTime() > 45 * 86_400_000) continue;
    return { value: iso(d), start, end };
  }
  return seen ? null : 'unknown';
}

/**
 * Reads the sentences that report the cut, in order of importance, and returns the first day or
 * month they support.
 */
export function findDate(text: string, sentences: Sentence[], published: Date | null): FoundDate {
  for (const s of sentences) {
    // "had first announced the layoffs in September": an earlier step, not this report's date.
    if (
      /\bhad (?:first |previously |already |earlier )?(?:announced|said|reported|disclosed)\b|\bfirst announced\b|\bpreviously\b/i.test(
        s.text,
      )
    )
      continue;
    const weekMonth = WEEK_OR_MONTH.exec(s.text);
    if (!DATE_HINT.test(s.text)) {
      // "two weeks ago": counted back from publication.
      const ago = AGO.exec(s.text);
      if (ago && published) {
        const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : (WORD_UNITS[ago[1]!.toLowerCase()] ?? 1);
        const days = n * (/^week/i.test(ago[2]!) ? 7 : 1);
        return {
          value: iso(new Date(published.getTime() - days * 86_400_000)),
          start: s.start + ago.index,
          end: s.start + ago.index + ago[0].length,
        };
      }
      if (weekMonth && published) {
        const back = /last week/i.test(weekMonth[0]) ? 7 : 0;
        const d = new Date(published.getTime() - back * 86_400_000);
        // "late last month": the month before publication.
        if (/last month/i.test(weekMonth[0])) d.setUTCDate(0);
        return {
          value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`,
          start: s.start + weekMonth.index,
          end: s.start + weekMonth.index + weekMonth[0].length,
        };
      }
      continue;
    }
    const simple = simpleDate(text, s, published);
    if (simple) {
      if (simple !== 'unknown') return simple;
    } else {
      continue;
    }
    // Only relative phrases ("last Thursday", "earlier this month", "two weeks ago") need chrono.
    if (
      !/\b(?:last|this|past|earlier this|later this)\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bago\b/i.test(
        s.text,
      )
    )
      continue;
    const reference = published ?? new Date(Date.UTC(contextYear(text, s.start) ?? 2000, 11, 31, 12));
    // chrono reads only around the date words: its cost grows with the text it is given.
    const hint = DATE_HINT.exec(s.text)!;
    const offset = Math.max(0, hint.index - 60);
    const windowText = s.text.slice(offset, hint.index + 80);
    const results = chrono.parse(windowText, { instant: reference, timezone: 0 }, { forwardDate: false });
    for (const raw of results) {
      const r = { ...raw, index: raw.index + offset, text: raw.text, start: raw.start };
      const left = s.text.slice(Math.max(0, r.index - 40), r.index);
      if (NOT_ANNOUNCEMENT.test(left)) continue;
      const known = r.start;
      if (!known.isCertain('day') && !known.isCertain('weekday')) {
        // "in February 2025", "last month": a month is what the text supports.
        if (known.isCertain('month') && (known.isCertain('year') || published)) {
          const d = known.date();
          if (published && d.getTime() > published.getTime() + 86_400_000) continue;
          // A month long before publication is history ("initiated in September"), not this report.
          if (published && published.getTime() - d.getTime() > 45 * 86_400_000) continue;
          return {
            value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`,
            start: s.start + r.index,
            end: s.start + r.index + r.text.length,
          };
        }
        continue;
      }
      if (!published && !known.isCertain('year') && !known.isCertain('month')) continue; // a weekday alone
      if (!published && !known.isCertain('year') && contextYear(text, s.start) === null) continue;
      let d = known.date();
      if (!published && !known.isCertain('year')) {
        const year = contextYear(text, s.start)!;
        d = new Date(Date.UTC(year, d.getUTCMonth(), d.getUTCDate(), 12));
      }
      if (published && d.getTime() > published.getTime() + 86_400_000) {
        if (known.isCertain('weekday') && !known.isCertain('day')) d = new Date(d.getTime() - 7 * 86_400_000);
        else if (!known.isCertain('year'))
          d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
        else continue;
      }
      if (published && published.getTime() - d.getTime() > 45 * 86_400_000 && !known.isCertain('year'))
        continue;
      return { value: iso(d), start: s.start + r.index, end: s.start + r.index + r.text.length };
    }
    if (weekMonth && published) {
      return {
        value: `${published.getUTCFullYear()}-${pad(published.getUTCMonth() + 1)}`,
        start: s.start + weekMonth.index,
        end: s.start + weekMonth.index + weekMonth[0].length,
      };
    }
  }
  return null;
}

/**
 * The month or year a passing mention gives, without chrono: written out ("in February 2025", "in
 * 2023"), or counted back from `published` ("in April", "last month", "last year").
 */
export function roughDate(text: string, published: Date | null = null): string | null {
  const m =
    /\b(?:in|on|since|during)\s+(?:early |late |mid-)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{4})\b/i.exec(
      text,
    );
  if (m) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    return `${m[2]}-${pad(month)}`;
  }
  const y = /\bin\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)/i.exec(text);
  if (y) return y[1]!;
  if (!published) return null;
  // Counted from publication: "in April" (the last April up to it), "last month", "last year".
  const named = MONTH_NO_YEAR.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
    const year = published.getUTCFullYear() - (month > published.getUTCMonth() ? 1 : 0);
    return `${year}-${pad(month + 1)}`;
  }
  if (/\blast month\b/i.test(text)) {
    const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1, 12));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if (/\blast year\b/i.test(text)) return String(published.getUTCFullYear() - 1);
  return null;
}

/** A month named without its year (capitalised: "may" is a verb). */
const MONTH_NO_YEAR =
  /\b(?:in|during)\s+(?:early |late |mid-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)/;
