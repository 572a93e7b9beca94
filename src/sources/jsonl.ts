/**
 * JSON Lines of articles (`ingest --jsonl FILE`): one `{"url", "published", "title", "text"}` object
 * per line, only "text" required. A line that cannot be read yields a SourceError naming `FILE:LINE`
 * and the rest of the file is still read.
 */
import { createReadStream } from 'node:fs';
import type { SourceDocument } from '../domain.js';
import { DEFAULT_FILE_MAX_BYTES } from './file.js';
import { formatBytes } from './format-bytes.js';
import { toCalendarDate } from './html-metadata.js';
import { SourceError } from './source-error.js';
import { textDocument } from './text-document.js';

export type ReadJsonlOptions = {
  /** How errors name a stream input. Default "-" (standard input). */
  name?: string;
  /** Longest line read; a longer one is an error for that line. Default 20 MB. */
  maxLineBytes?: number;
};

/** Reads documents from a JSON Lines file (a path) or stream; blank lines are skipped. */
export async function* readJsonlDocuments(
  input: string | AsyncIterable<Uint8Array | string>,
  options: ReadJsonlOptions = {},
): AsyncIterable<SourceDocument | SourceError> {
  const name = typeof input === 'string' ? input : (options.name ?? '-');
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_FILE_MAX_BYTES;
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  try {
    for await (const line of splitLines(stream, maxLineBytes)) {
      const origin = `${name}:${line.number}`;
      if ('tooLong' in line) {
        yield new SourceError(origin, `a line longer than ${formatBytes(maxLineBytes)}; split the text`);
        continue;
      }
      if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
      try {
        yield lineDocument(origin, line.bytes);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        yield error;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') yield new SourceError(name, 'no such file; check the path', { cause: error });
    else if (code === 'EISDIR')
      yield new SourceError(name, 'a folder, not a JSON Lines file; check the path');
    else if (code === 'EACCES') yield new SourceError(name, 'permission denied; check that you can read it');
    else throw error;
  }
}

function lineDocument(origin: string, bytes: Buffer): SourceDocument {
  let line: string;
  try {
    line = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceError(origin, 'not valid UTF-8; convert the file to UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SourceError(origin, `not valid JSON (${reason}); each line must be one JSON object`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SourceError(
      origin,
      'not a JSON object; each line must look like {"url", "published", "title", "text"}',
    );
  }
  const fields = value as Record<string, unknown>;
  if (typeof fields.text !== 'string' || !fields.text.trim()) {
    throw new SourceError(origin, 'no "text"; each line needs the article text in a "text" field');
  }
  const url = optionalString(origin, fields, 'url');
  if (url !== null && !/^https?:\/\/\S+$/i.test(url)) {
    throw new SourceError(origin, `"url" is not an http(s) address (${url.slice(0, 80)})`);
  }
  const publishedText = optionalString(origin, fields, 'published');
  const published = publishedText === null ? null : toCalendarDate(publishedText);
  if (publishedText !== null && published === null) {
    throw new SourceError(
      origin,
      `"published" is not a date (${publishedText.slice(0, 40)}); write it YYYY-MM-DD`,
    );
  }
  const title = optionalString(origin, fields, 'title');
  const document = textDocument(fields.text, 'text', { origin, url, raw: bytes, contentType: 'text/plain' });
  return { ...document, title: title ?? document.title, published };
}

function optionalString(origin: string, fields: Record<string, unknown>, key: string): string | null {
  const value = fields[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new SourceError(origin, `"${key}" must be a string`);
  return value.trim() || null;
}

type Line = { number: number; bytes: Buffer } | { number: number; tooLong: true };

/** Splits a byte stream on line feeds, without decoding, so each line's UTF-8 is checked on its own. */
async function* splitLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncIterable<Line> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let skipping = false;
  let number = 1;
  for await (const chunk of stream) {
    let bytes =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let newline = bytes.indexOf(0x0a); newline >= 0; newline = bytes.indexOf(0x0a)) {
      const piece = bytes.subarray(0, newline);
      if (skipping || pendingSize + piece.length > maxLineBytes) yield { number, tooLong: true };
      else yield { number, bytes: stripCr(Buffer.concat([...pending, piece])) };
      pending = [];
      pendingSize = 0;
      skipping = false;
      number++;
      bytes = bytes.subarray(newline + 1);
    }
    if (skipping) continue;
    if (pendingSize + bytes.length > maxLineBytes) {
      skipping = true;
      pending = [];
      pendingSize = 0;
    } else if (bytes.length > 0) {
      pending.push(Buffer.from(bytes));
      pendingSize += bytes.length;
    }
  }
  if (skipping) yield { number, tooLong: true };
  else if (pendingSize > 0) yield { number, bytes: stripCr(Buffer.concat(pending)) };
}

function stripCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line;
}
