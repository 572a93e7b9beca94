import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SourceError } from './source-error.js';
import { readStdinDocument } from './stdin.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/sources');

describe('readStdinDocument', () => {
  it('reads plain text with origin "-"', async () => {
    const document = await readStdinDocument(Readable.from([Buffer.from('Line one\n\nSecond paragraph.')]));
    expect(document).toMatchObject({
      origin: '-',
      text: 'Line one\n\nSecond paragraph.',
      content_type: 'text/plain',
    });
  });

  it('sniffs HTML and reads the article', async () => {
    const document = await readStdinDocument(Readable.from([readFileSync(join(FIXTURES, 'article.html'))]));
    expect(document.content_type).toBe('text/html');
    expect(document.title).toBe('Harbor Lane Software to cut 140 jobs in Portland');
  });

  it('refuses empty, binary and oversized input, naming "-"', async () => {
    await expect(readStdinDocument(Readable.from([]))).rejects.toThrow(/^-: empty/);
    await expect(readStdinDocument(Readable.from([Buffer.from([1, 2, 0, 3])]))).rejects.toThrow(/^-: binary/);
    const big = Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'a')]);
    const error = await readStdinDocument(big, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/^-: standard input is larger than the 1 KB/);
  });
});
