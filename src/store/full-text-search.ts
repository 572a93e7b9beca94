/**
 * Full-text conditions, the one place where the dialects differ in query text: SQLite asks its FTS5
 * tables, PostgreSQL its tsvector columns. Both read the query as plain words that must all appear
 * (stemmed: "cuts" finds "cut"); quotes, operators and punctuation are ignored so no user input can
 * be a syntax error.
 */
import { type RawBuilder, sql } from 'kysely';
import type { StoreDialect } from './schema.js';

/** Words PostgreSQL's english configuration drops; dropped from SQLite queries too, to match. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those to too ' +
    'was we were what when where which while who whom why will with you your'
  ).split(' '),
);

/** The words of a search, or null when there is nothing to search for (no filter). */
export function searchWords(q: string | null | undefined): string[] | null {
  const words = (q ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 0 ? words : null;
}

/** A condition on `events` true for events whose text contains every word. */
export function eventsMatch(dialect: StoreDialect, words: string[]): RawBuilder<boolean> {
  if (dialect === 'postgres')
    return sql<boolean>`events.search @@ plainto_tsquery('english', ${words.join(' ')})`;
  const query = fts5Query(words);
  if (query === null) return sql<boolean>`1 = 0`;
  return sql<boolean>`events.seq in (select rowid from events_fts where events_fts match ${query})`;
}

/** A condition on `documents` true for documents whose title or text contains every word. */
export function documentsMatch(dialect: StoreDialect, words: string[]): RawBuilder<boolean> {
  if (dialect === 'postgres')
    return sql<boolean>`documents.search @@ plainto_tsquery('english', ${words.join(' ')})`;
  const query = fts5Query(words);
  if (query === null) return sql<boolean>`1 = 0`;
  return sql<boolean>`documents.seq in (select rowid from documents_fts where documents_fts match ${query})`;
}

/** Each word as an FTS5 string (implicitly ANDed); null when only stopwords remain. */
function fts5Query(words: string[]): string | null {
  const kept = words.filter((w) => !STOPWORDS.has(w));
  return kept.length > 0 ? kept.map((w) => `"${w}"`).join(' ') : null;
}
