/**
 * Local files: folders expanded into the text files they hold, and one file read into a document.
 * Every problem with one file (missing, empty, binary, too large, not UTF-8, a page without an
 * article) is a SourceError naming it, so an ingest run reports it and goes on with the rest.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { SourceDocument } from '../domain.js';
import { formatBytes } from './format-bytes.js';
import { SourceError } from './source-error.js';
import { decodeLocalText, type TextKind, textDocument } from './text-document.js';

export type ReadFileOptions = {
  /** Largest file read; a larger one is refused before it is read. Default 20 MB. */
  maxBytes?: number;
};

export const DEFAULT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** Extensions picked up inside folders; a file named on the command line is read whatever its name. */
const KINDS: Record<string, TextKind> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * The files to read for the paths a user gave: a file as given, a folder as the .txt, .md, .markdown,
 * .html and .htm files under it (recursively, sorted by name, dotfiles and dot-folders skipped). A
 * path that does not exist, or a folder with no such files, is yielded as given so that reading it
 * reports the problem under the name the user typed.
 */
export async function* expandPaths(paths: string[]): AsyncIterable<string> {
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      yield path;
      continue;
    }
    let found = false;
    for await (const file of walk(path, new Set())) {
      found = true;
      yield file;
    }
    if (!found) yield path;
  }
}

async function* walk(folder: string, visiting: Set<string>): AsyncIterable<string> {
  // Symlinked folders can form loops; a folder already on the current path is not entered again.
  const id = await stat(folder).then((info) => `${info.dev}:${info.ino}`);
  if (visiting.has(id)) return;
  visiting.add(id);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const names = entries.map((entry) => entry.name).filter((name) => !name.startsWith('.'));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walk(path, visiting);
    else if (info?.isFile() && extname(name).toLowerCase() in KINDS) yield path;
  }
  visiting.delete(id);
}

/**
 * Reads one file into a document. The kind comes from the extension (.html/.htm, .md/.markdown,
 * .txt); any other file is read as HTML when it looks like HTML and as plain text otherwise.
 */
export async function readFileDocument(path: string, options: ReadFileOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_FILE_MAX_BYTES;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  if (info.isDirectory()) {
    throw new SourceError(path, 'a folder with no .txt, .md or .html files in it; check the path');
  }
  if (!info.isFile()) throw new SourceError(path, 'not a regular file; give a .txt, .md or .html file');
  if (info.size > maxBytes) {
    throw new SourceError(
      path,
      `${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} a document may be; split it or check it is the right file`,
    );
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error);
  });
  const declaredKind = KINDS[extname(path).toLowerCase()] ?? null;
  const { text, kind } = decodeLocalText(path, bytes, declaredKind);
  return textDocument(text, kind, { origin: path, url: null, raw: bytes });
}

function fileError(path: string, error: NodeJS.ErrnoException): SourceError {
  switch (error.code) {
    case 'ENOENT':
      return new SourceError(path, 'no such file or folder; check the path', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new SourceError(path, 'permission denied; check that you can read it', { cause: error });
    case 'ENOTDIR':
      return new SourceError(path, 'a part of the path is not a folder; check the path', { cause: error });
    default:
      return new SourceError(path, `cannot read it (${error.code ?? error.message})`, { cause: error });
  }
}
