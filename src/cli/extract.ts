/**
 * `layoffwatch extract`: one article (a file or standard input) → one ExtractResult as JSON, or
 * `--jsonl`: a stream of {"id","text","published","url"} lines → one result line each, in one
 * process (how ../shared/eval/score.mjs runs the extractor).
 */
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { extract } from '../extract/index.js';
import type { ExtractResult } from '../extract/types.js';
import { isCalendarDate } from '../sources/calendar-date.js';
import { looksLikeHtml } from '../sources/looks-like-html.js';
import { NoArticleError } from '../sources/no-article-error.js';
import { UsageError } from './usage-error.js';

type ExtractCommandOptions = { published?: string; url?: string; jsonl?: boolean };

/** What the extractor is given for one article. */
export type ExtractorInput = { text: string; published: string | null; url: string | null };

/** One output line of `--jsonl`: the id echoed first, then a result or an error. */
type JsonlOutput = ({ id: string | null } & Omit<ExtractResult, 'id'>) | { id: string | null; error: string };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

const DATE_FORM = 'a date as YYYY-MM-DD, for example 2026-03-10';

/** A FILE argument (or standard input) with no article to read; the message says what to do. */
export class InputFileError extends Error {
  override name = 'InputFileError';

  constructor(
    readonly path: string,
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`${path}: ${problem}`, options);
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Read one article and print, as JSON, the workforce reduction it reports.')
    .argument('[file]', 'a text, Markdown or saved HTML article; - reads standard input')
    .option('--published <date>', `publication date, ${DATE_FORM}; relative dates resolve against it`)
    .option('--url <url>', "the article's address, given to the extractor")
    .option(
      '--jsonl',
      'read {"id","text","published","url"} lines on standard input, write one result line each',
    )
    .action(async (file: string | undefined, options: ExtractCommandOptions) => {
      if (options.jsonl) {
        if (file !== undefined || options.published !== undefined || options.url !== undefined) {
          throw new UsageError(
            '--jsonl reads every article from standard input; give published and url on each line, not as a FILE or options',
          );
        }
        await extractJsonLines(process.stdin, process.stdout);
        return;
      }
      if (file === undefined) {
        throw new UsageError('extract needs a FILE to read (or - for standard input), or --jsonl');
      }
      await extractFile(file, options, process.stdout);
    });
}

async function extractFile(file: string, options: ExtractCommandOptions, output: Writable): Promise<void> {
  const published = options.published ?? null;
  if (published !== null && !isCalendarDate(published)) {
    throw new UsageError(`--published takes ${DATE_FORM}, not "${published}"`);
  }
  const text = file === '-' ? await readStream(process.stdin) : await readInputFile(file);
  if (!text.trim()) {
    throw new InputFileError(file === '-' ? 'standard input' : file, "it is empty; give an article's text");
  }
  const isHtml = HTML_EXTENSIONS.has(extname(file).toLowerCase()) || looksLikeHtml(text);
  let input: ExtractorInput;
  try {
    input = await toExtractorInput({ text, published, url: options.url ?? null }, isHtml);
  } catch (error) {
    if (error instanceof NoArticleError) throw new InputFileError(file, error.message, { cause: error });
    throw error;
  }
  const result = extract(input.text, { published: input.published, url: input.url });
  await writeText(output, `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * Turns a page into its article text when it is HTML. The page's own publication date fills in
 * when none was given, and its title heads the text because the extractor weighs the headline most.
 */
export async function toExtractorInput(input: ExtractorInput, isHtml: boolean): Promise<ExtractorInput> {
  if (!isHtml) return input;
  // Loaded on first use: most input is plain text, and the HTML parser is slow to load.
  const { htmlToArticle } = await import('../sources/html.js');
  const article = htmlToArticle(input.text, input.url);
  const startsWithTitle = article.title !== null && article.text.startsWith(article.title);
  return {
    text: article.title === null || startsWithTitle ? article.text : `${article.title}\n\n${article.text}`,
    published: input.published ?? article.published,
    url: input.url,
  };
}

async function readInputFile(path: string): Promise<string> {
  try {
    return stripByteOrderMark(await readFile(path, 'utf8'));
  } catch (error) {
    const problem = describeReadFailure((error as NodeJS.ErrnoException).code);
    throw new InputFileError(path, `cannot read it: ${problem}`, { cause: error });
  }
}

function describeReadFailure(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file; check the path, or give - to read standard input';
    case 'EISDIR':
      return 'it is a folder; give one article file (layoffwatch ingest reads folders)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make the file readable or copy it somewhere you can read';
    default:
      return `${code ?? 'read failed'}; check that it is a readable file`;
  }
}

async function readStream(stream: Readable): Promise<string> {
  stream.setEncoding('utf8');
  let text = '';
  for await (const chunk of stream) text += chunk as string;
  return stripByteOrderMark(text);
}

/** Evidence offsets count characters of the text as the extractor saw it, so the BOM goes first. */
function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads JSON lines until the input ends; a bad line becomes an error line and the run goes on. */
async function extractJsonLines(input: Readable, output: Writable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // A write can fail after write() returned; without a listener that would crash the process.
  let writeError: unknown = null;
  const onWriteError = (error: Error) => {
    writeError = error;
    lines.close();
  };
  output.on('error', onWriteError);
  try {
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      await writeText(output, `${JSON.stringify(await extractJsonLine(line, lineNumber))}\n`);
    }
  } catch (error) {
    writeError ??= error;
  } finally {
    output.off('error', onWriteError);
  }
  // A reader that stopped listening (`| head`) has what it wanted: end quietly.
  if (writeError !== null && (writeError as NodeJS.ErrnoException).code !== 'EPIPE') throw writeError;
}

async function extractJsonLine(line: string, lineNumber: number): Promise<JsonlOutput> {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { id: null, error: `line ${lineNumber}: expected an object {"id","text","published","url"}` };
  }
  const fields = record as Record<string, unknown>;
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? String(fields.id) : null;
  const fail = (message: string): JsonlOutput => ({ id, error: `line ${lineNumber}: ${message}` });
  const { text, published = null, url = null } = fields;
  if (typeof text !== 'string' || !text.trim()) return fail('"text" is missing or empty');
  if (published !== null && (typeof published !== 'string' || !isCalendarDate(published))) {
    return fail(`"published" must be ${DATE_FORM}, or null`);
  }
  if (url !== null && typeof url !== 'string') return fail('"url" must be a string or null');
  try {
    const input = await toExtractorInput({ text, published, url }, looksLikeHtml(text));
    const { id: _ignored, ...result } = extract(input.text, { published: input.published, url: input.url });
    return { id, ...result };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Writes and waits while the reader is behind, so a slow consumer does not fill memory. */
async function writeText(output: Writable, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}
