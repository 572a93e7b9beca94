import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, readFileDocument } from './file.js';
import { SourceError } from './source-error.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/sources');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layoffwatch-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for await (const path of expandPaths(paths)) files.push(path);
  return files;
}

async function readError(path: string, options?: { maxBytes?: number }): Promise<SourceError> {
  const error = await readFileDocument(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  const sourceError = error as SourceError;
  expect(sourceError.input).toBe(path);
  expect(sourceError.message.startsWith(`${path}: `)).toBe(true);
  expect(sourceError.message).not.toContain('\n');
  return sourceError;
}

describe('expandPaths', () => {
  it('walks folders recursively, sorted, keeping text files and skipping dotfiles', async () => {
    const folder = join(FIXTURES, 'folder');
    expect(await collect([folder])).toEqual([
      join(folder, 'a-brief.txt'),
      join(folder, 'b-notes.md'),
      join(folder, 'sub/c-page.htm'),
    ]);
  });

  it('passes files and missing paths through as given, in order', async () => {
    const article = join(FIXTURES, 'article.html');
    expect(await collect(['nope/missing.txt', article])).toEqual(['nope/missing.txt', article]);
  });

  it('yields a folder with no text files itself, so reading it reports the problem', async () => {
    const empty = join(dir, 'empty-folder');
    await mkdir(empty);
    expect(await collect([empty])).toEqual([empty]);
    const error = await readError(empty);
    expect(error.message).toMatch(/folder with no \.txt, \.md or \.html files/);
  });
});

describe('readFileDocument', () => {
  it('reads an HTML article with Readability and keeps the bytes', async () => {
    const path = join(FIXTURES, 'article.html');
    const document = await readFileDocument(path);
    expect(document.title).toBe('Harbor Lane Software to cut 140 jobs in Portland');
    expect(document.published).toBe('2026-02-12');
    expect(document.outlet).toBe('The Example Ledger');
    expect(document.text).toContain('it would cut 140 jobs');
    expect(document.text).not.toContain('Subscribe');
    expect(document.text).not.toContain('All rights reserved');
    expect(document.origin).toBe(path);
    expect(document.content_type).toBe('text/html');
    expect(document.raw?.length).toBeGreaterThan(document.text.length);
  });

  it('strips Markdown markup and takes the first heading as title', async () => {
    const document = await readFileDocument(join(FIXTURES, 'folder/b-notes.md'));
    expect(document.title).toBe('Quarry Bank trims back-office staff');
    expect(document.text).toContain('eliminate 60 positions in its operations group, mostly');
    expect(document.text).not.toMatch(/\*\*|\]\(|^- /m);
    expect(document.content_type).toBe('text/markdown');
  });

  it('reads plain text as written and takes a headline-like first line as title', async () => {
    const document = await readFileDocument(join(FIXTURES, 'folder/a-brief.txt'));
    expect(document.title).toBe('Millbrook Foods closes its Dayton plant');
    expect(
      document.text.startsWith('Millbrook Foods closes its Dayton plant\n\nMillbrook Foods will close'),
    ).toBe(true);
  });

  it('sniffs HTML in a file without a known extension', async () => {
    const path = join(dir, 'saved-page');
    await writeFile(path, await readFile(join(FIXTURES, 'article.html')));
    const document = await readFileDocument(path);
    expect(document.content_type).toBe('text/html');
    expect(document.title).toBe('Harbor Lane Software to cut 140 jobs in Portland');
  });

  it('decodes an HTML page by the charset its <meta> declares', async () => {
    const path = join(dir, 'latin.html');
    const html = (await readFile(join(FIXTURES, 'article.html'), 'utf8'))
      .replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
      )
      .replace('Chief executive', 'Café owner’s “chief” executive');
    await writeFile(path, iconv.encode(html, 'windows-1252'));
    const document = await readFileDocument(path);
    expect(document.text).toContain('Café owner’s “chief” executive');
  });

  it('refuses each bad input with a one-line error naming it', async () => {
    const binary = join(dir, 'image.txt');
    await writeFile(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    expect((await readError(binary)).message).toMatch(/binary, not text/);

    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    expect((await readError(empty)).message).toMatch(/empty/);

    const blank = join(dir, 'blank.md');
    await writeFile(blank, '  \n\n\t\n');
    expect((await readError(blank)).message).toMatch(/empty/);

    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, iconv.encode('Caf\u00e9 M\u00fcller cuts 30 jobs, the owner said.', 'latin1'));
    expect((await readError(latin1)).message).toMatch(/not valid UTF-8; convert it to UTF-8/);

    const missing = join(dir, 'does-not-exist.txt');
    expect((await readError(missing)).message).toMatch(/no such file or folder; check the path/);

    expect((await readError(join(FIXTURES, 'no-article.html'))).message).toMatch(/no readable article/);

    const pdf = join(dir, 'report.txt');
    await writeFile(pdf, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
    expect((await readError(pdf)).message).toMatch(/a PDF, not text/);
  });

  it('refuses a 50 MB file by its size, before reading it', async () => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 50 * 1024 * 1024);
    const error = await readError(huge);
    expect(error.message).toBe(
      `${huge}: 50 MB, larger than the 20 MB a document may be; split it or check it is the right file`,
    );
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', async () => {
    const bom = join(dir, 'bom.txt');
    await writeFile(
      bom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zürich office closes\n\nText.')]),
    );
    expect((await readFileDocument(bom)).text).toBe('Zürich office closes\n\nText.');
    const utf16 = join(dir, 'utf16.txt');
    await writeFile(utf16, iconv.encode('Zürich office closes\n\nText.', 'utf-16le', { addBOM: true }));
    expect((await readFileDocument(utf16)).text).toBe('Zürich office closes\n\nText.');
  });

  it('reads the good inputs of a mixed run and gives each bad one a one-line error naming it', async () => {
    const run = join(dir, 'run');
    await mkdir(run);
    await writeFile(join(run, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
    await writeFile(join(run, 'empty.md'), '');
    await writeFile(join(run, 'huge.txt'), '');
    await truncate(join(run, 'huge.txt'), 50 * 1024 * 1024);
    await writeFile(join(run, 'latin1.txt'), Buffer.from('Caf\xe9 closes', 'latin1'));
    await writeFile(join(run, 'no-article.html'), await readFile(join(FIXTURES, 'no-article.html')));
    await writeFile(join(run, 'zz-good.txt'), 'Kestrel Air cuts 40 jobs\n\nThe carrier said so on Friday.');
    const inputs = [run, join(dir, 'missing-input.txt'), join(FIXTURES, 'article.html')];

    const stored: string[] = [];
    const errors: string[] = [];
    for await (const path of expandPaths(inputs)) {
      try {
        stored.push((await readFileDocument(path)).origin);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        errors.push(error.message);
      }
    }
    expect(stored).toEqual([join(run, 'zz-good.txt'), join(FIXTURES, 'article.html')]);
    expect(errors).toHaveLength(6);
    for (const name of [
      'binary.txt',
      'empty.md',
      'huge.txt',
      'latin1.txt',
      'no-article.html',
      'missing-input.txt',
    ]) {
      expect(
        errors.filter((message) =>
          message.startsWith(`${join(name.startsWith('missing') ? dir : run, name)}: `),
        ),
      ).toHaveLength(1);
    }
    expect(errors.every((message) => !message.includes('\n'))).toBe(true);
  });
});
