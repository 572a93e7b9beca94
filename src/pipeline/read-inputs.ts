/**
 * What `ingest` is given — files, folders, article URLs, feed URLs, "-" — as one stream of documents
 * and errors. Every problem with one input is a SourceError naming it, and the stream goes on.
 */
import type { SourceDocument } from '../domain.js';
import { feedEntryDocuments, pollFeed } from '../sources/feed.js';
import type { FeedEntry } from '../sources/feed-parser.js';
import { expandPaths, readFileDocument } from '../sources/file.js';
import type { HttpGetOptions } from '../sources/http-get.js';
import { readJsonlDocuments } from '../sources/jsonl.js';
import { readUrl } from '../sources/read-url.js';
import { SourceError } from '../sources/source-error.js';
import { readStdinDocument } from '../sources/stdin.js';

/** One input to read: a file (folders are expanded when planned), a URL, or standard input. */
export type InputTask =
  | { kind: 'file'; path: string }
  | { kind: 'jsonl'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin'; jsonl: boolean };

/**
 * What reading yields: a document, an input that failed, a known feed that has not changed, or work
 * to do once everything before it is stored.
 */
export type InputItem =
  | { kind: 'document'; document: SourceDocument }
  | { kind: 'error'; error: SourceError }
  | { kind: 'feed-unchanged'; url: string }
  /** Work to do once every item before it is stored: a feed's validators are kept only then. */
  | { kind: 'after-stored'; run: () => Promise<void> };

/** The validators of feeds already known (added with `feeds add`), so polling them is conditional. */
export type FeedStates = {
  get(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  save(
    url: string,
    poll: { etag?: string | null; lastModified?: string | null; error?: string | null },
  ): Promise<void>;
};

export type ReadInputsOptions = HttpGetOptions & {
  /** Read files and standard input as JSON Lines of articles. */
  jsonl?: boolean;
  /** The outlet of pages that name none (instead of their host name). */
  outlet?: string | null;
  feeds?: FeedStates;
  /** Called when a feed turns out to hold more documents than the one its URL was counted as. */
  onMore?: (count: number) => void;
};

const URL_INPUT = /^https?:\/\//i;

/** Folders become the files in them, so the tasks can be counted before any is read. */
export async function planInputs(
  inputs: readonly string[],
  options: { jsonl?: boolean } = {},
): Promise<InputTask[]> {
  const tasks: InputTask[] = [];
  const paths: string[] = [];
  for (const input of inputs) {
    if (input === '-') tasks.push({ kind: 'stdin', jsonl: options.jsonl ?? false });
    else if (URL_INPUT.test(input)) tasks.push({ kind: 'url', url: input });
    else if (options.jsonl) tasks.push({ kind: 'jsonl', path: input });
    else {
      paths.length = 0;
      for await (const path of expandPaths([input])) paths.push(path);
      for (const path of paths) tasks.push({ kind: 'file', path });
    }
  }
  return tasks;
}

export async function* readInputs(
  tasks: readonly InputTask[],
  options: ReadInputsOptions = {},
): AsyncIterable<InputItem> {
  for (const task of tasks) {
    switch (task.kind) {
      case 'file':
        yield await attempt(task.path, () => readFileDocument(task.path));
        break;
      case 'jsonl':
        yield* documentsOrErrors(readJsonlDocuments(task.path));
        break;
      case 'stdin':
        if (task.jsonl) yield* documentsOrErrors(readJsonlDocuments(process.stdin, { name: '-' }));
        else yield await attempt('-', () => readStdinDocument());
        break;
      case 'url':
        yield* readUrlInput(task.url, options);
        break;
    }
  }
}

async function* readUrlInput(url: string, options: ReadInputsOptions): AsyncIterable<InputItem> {
  const { jsonl: _jsonl, outlet, feeds, onMore, ...http } = options;
  const known = feeds ? await feeds.get(url) : null;
  let feed: { title: string | null; entries: FeedEntry[]; etag: string | null; lastModified: string | null };
  try {
    if (known) {
      const poll = await pollFeed(url, known, http);
      if (poll.status === 'not_modified') {
        await feeds?.save(url, {});
        yield { kind: 'feed-unchanged', url };
        return;
      }
      feed = poll;
    } else {
      const read = await readUrl(url, { ...http, defaultOutlet: outlet ?? null });
      if (read.kind === 'article') {
        yield { kind: 'document', document: read.document };
        return;
      }
      feed = read;
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    if (known) await feeds?.save(url, { error: error.message });
    yield { kind: 'error', error };
    return;
  }
  onMore?.(feed.entries.length - 1);
  yield* documentsOrErrors(feedEntryDocuments(feed.entries, { ...http, feedTitle: outlet ?? feed.title }));
  // Saved once the entries are stored: a run killed before that polls the feed in full next time.
  if (known && feeds) {
    const { etag, lastModified } = feed;
    yield { kind: 'after-stored', run: () => feeds.save(url, { etag, lastModified }) };
  }
}

/** Any failure to read one input, even one no adapter foresaw, is that input's error and the run goes on. */
async function attempt(input: string, read: () => Promise<SourceDocument>): Promise<InputItem> {
  try {
    return { kind: 'document', document: await read() };
  } catch (error) {
    if (error instanceof SourceError) return { kind: 'error', error };
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'error', error: new SourceError(input, `cannot be read (${reason})`, { cause: error }) };
  }
}

async function* documentsOrErrors(
  source: AsyncIterable<SourceDocument | SourceError>,
): AsyncIterable<InputItem> {
  try {
    for await (const item of source) {
      yield item instanceof SourceError
        ? { kind: 'error', error: item }
        : { kind: 'document', document: item };
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    yield { kind: 'error', error };
  }
}
