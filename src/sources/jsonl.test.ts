import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../domain.js';
import { readJsonlDocuments } from './jsonl.js';
import { SourceError } from './source-error.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'layoffwatch-jsonl-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(...args: Parameters<typeof readJsonlDocuments>) {
  const out: (SourceDocument | SourceError)[] = [];
  for await (const item of readJsonlDocuments(...args)) out.push(item);
  return out;
}

const good = (n: number) =>
  JSON.stringify({
    url: `https://news.example/${n}`,
    published: `2026-03-0${n}`,
    title: `Story ${n}`,
    text: `Company ${n} said it would cut ${n}0 jobs.`,
  });

describe('readJsonlDocuments', () => {
  it('reads one document per line and goes on past bad lines, naming FILE:LINE', async () => {
    const path = join(dir, 'articles.jsonl');
    const lines = [
      good(1),
      '{"text": "broken',
      '',
      '["not", "an", "object"]',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 'Dated badly.', published: 'sometime' }),
      JSON.stringify({ text: 'Bad url.', url: 'javascript:alert(1)' }),
      good(2),
      JSON.stringify({ text: 'Only text here.', published: '2026-03-05T14:00:00Z' }),
    ];
    await writeFile(path, `${lines.join('\r\n')}\n`);
    const out = await collect(path);
    expect(out.map((item) => (item instanceof SourceError ? item.message : item.origin))).toEqual([
      `${path}:1`,
      expect.stringMatching(new RegExp(`^${path}:2: not valid JSON .*; each line must be one JSON object$`)),
      `${path}:4: not a JSON object; each line must look like {"url", "published", "title", "text"}`,
      `${path}:5: no "text"; each line needs the article text in a "text" field`,
      `${path}:6: "published" is not a date (sometime); write it YYYY-MM-DD`,
      `${path}:7: "url" is not an http(s) address (javascript:alert(1))`,
      `${path}:8`,
      `${path}:9`,
    ]);
    const first = out[0] as SourceDocument;
    expect(first).toMatchObject({
      url: 'https://news.example/1',
      published: '2026-03-01',
      title: 'Story 1',
      text: 'Company 1 said it would cut 10 jobs.',
      content_type: 'text/plain',
    });
    expect((out[7] as SourceDocument).published).toBe('2026-03-05');
  });

  it('reads a stream, naming it "-" by default, with lines split across chunks', async () => {
    const body = `${good(1)}\n${good(2)}\n{oops}`;
    const chunks = [body.slice(0, 10), body.slice(10, 75), body.slice(75)].map((part) => Buffer.from(part));
    const out = await collect(Readable.from(chunks));
    expect(out.map((item) => (item instanceof SourceError ? item.input : item.origin))).toEqual([
      '-:1',
      '-:2',
      '-:3',
    ]);
    expect(out[2]).toBeInstanceOf(SourceError);
  });

  it('reports invalid UTF-8 and over-long lines per line', async () => {
    const path = join(dir, 'mixed.jsonl');
    const latin1 = Buffer.from('{"text": "Caf\xe9 closes"}', 'latin1');
    await writeFile(
      path,
      Buffer.concat([latin1, Buffer.from(`\n${JSON.stringify({ text: 'x'.repeat(500) })}\n${good(3)}\n`)]),
    );
    const out = await collect(path, { maxLineBytes: 200 });
    expect((out[0] as SourceError).message).toBe(`${path}:1: not valid UTF-8; convert the file to UTF-8`);
    expect((out[1] as SourceError).message).toMatch(`${path}:2: a line longer than 1 KB`);
    expect((out[2] as SourceDocument).title).toBe('Story 3');
  });

  it('reports a missing file as one error', async () => {
    const path = join(dir, 'missing.jsonl');
    const out = await collect(path);
    expect(out).toHaveLength(1);
    expect((out[0] as SourceError).message).toBe(`${path}: no such file; check the path`);
  });
});
