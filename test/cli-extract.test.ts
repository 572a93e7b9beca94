/**
 * `layoffwatch extract` driven through the built CLI, as users and ../shared/eval/score.mjs run it.
 * These tests check the plumbing (arguments, exit codes, HTML, JSON lines, the result's shape), not
 * how well the extractor reads: that is measured by the accuracy harness.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { toExtractorInput } from '../src/cli/extract.js';
import { extractResultSchema } from '../src/extract/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedsCorpus = join(root, '../shared/corpus/seeds/articles.jsonl');
const exampleText = join(root, 'examples/northwind-layoffs.txt');
const exampleHtml = join(root, 'examples/northwind-layoffs.html');

type Run = { status: number | null; stdout: string; stderr: string };

function layoffwatch(args: string[], input?: string): Run {
  const run = spawnSync(process.execPath, ['bin/layoffwatch.js', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `npm test` builds first; a lone `vitest run` of this file builds when dist/ is older than src/. */
function buildIfStale(): void {
  const built = join(root, 'dist/cli/index.js');
  const newestSource = Math.max(
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => statSync(join(root, 'src', file)).mtimeMs),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
  } catch {
    // tsc still writes dist/ when some other module has type errors; the CLI is what is under test.
  }
}

const lines = (text: string) => text.split('\n').filter((line) => line.trim());

beforeAll(buildIfStale);

describe('extract FILE', () => {
  it('prints one pretty-printed result for a text file', () => {
    const run = layoffwatch(['extract', exampleText, '--published', '2026-03-10']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\{\n {2}"/);
    extractResultSchema.parse(JSON.parse(run.stdout));
  });

  it('reads a saved HTML page', () => {
    const run = layoffwatch(['extract', exampleHtml, '--url', 'https://ledger.example/business/northwind']);
    expect(run.status).toBe(0);
    extractResultSchema.parse(JSON.parse(run.stdout));
  });

  it('reads standard input for -, and sniffs HTML there', () => {
    const run = layoffwatch(['extract', '-'], readFileSync(exampleHtml, 'utf8'));
    expect(run.status).toBe(0);
    extractResultSchema.parse(JSON.parse(run.stdout));
  });

  it.each(['2026-02-30', '10/03/2026', '2026-3-10', 'Tuesday'])(
    'rejects --published %s with exit 2 and the expected form',
    (published) => {
      const run = layoffwatch(['extract', exampleText, '--published', published]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toContain('YYYY-MM-DD');
    },
  );

  it('exits 2 without a FILE', () => {
    const run = layoffwatch(['extract']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('FILE');
  });

  it('exits 1 naming a missing file and what to do', () => {
    const missing = join(root, 'examples/no-such-article.txt');
    const run = layoffwatch(['extract', missing]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([expect.stringContaining(missing)]);
    expect(run.stderr).toMatch(/no such file; check the path/);
  });

  it('exits 1 for empty input, saying so', () => {
    const run = layoffwatch(['extract', '-'], '  \n');
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringContaining('standard input: it is empty')]);
  });

  it('exits 1 for a page with no article, naming the file', () => {
    const page = join(mkdtempSync(join(tmpdir(), 'layoffwatch-')), 'index.html');
    writeFileSync(page, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const run = layoffwatch(['extract', page]);
    expect(run.status).toBe(1);
    expect(lines(run.stderr)).toEqual([expect.stringContaining(`${page}: no readable article`)]);
  });
});

describe('HTML input for the extractor', () => {
  const html = readFileSync(exampleHtml, 'utf8');

  it("heads the article text with the page's title and takes its publication date", async () => {
    const input = await toExtractorInput({ text: html, published: null, url: null }, true);
    expect(input.published).toBe('2026-05-19');
    expect(input.text.startsWith('Northwind Robotics to close Reno parts hub, cutting 240 jobs\n\n')).toBe(
      true,
    );
    expect(input.text).not.toContain('<p>');
  });

  it('lets an explicit publication date win over the page metadata', async () => {
    const input = await toExtractorInput(
      { text: html, published: '2026-05-20', url: 'https://x.example/a' },
      true,
    );
    expect(input).toMatchObject({ published: '2026-05-20', url: 'https://x.example/a' });
  });

  it('passes plain text through untouched', async () => {
    const input = { text: 'Acme cut 300 jobs.', published: null, url: null };
    expect(await toExtractorInput(input, false)).toEqual(input);
  });
});

describe('extract --jsonl', () => {
  it('answers every line in order, echoing ids, and goes on past bad lines', () => {
    const input = [
      JSON.stringify({
        id: 'good',
        text: readFileSync(exampleText, 'utf8'),
        published: '2026-03-10',
        url: null,
      }),
      '',
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text', published: '2026-03-10' }),
      JSON.stringify({ id: 42, text: readFileSync(exampleHtml, 'utf8'), published: null, url: null }),
      JSON.stringify({ id: 'bad-date', text: 'Acme cut 300 jobs.', published: '2026-02-30' }),
    ].join('\n');
    const run = layoffwatch(['extract', '--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const output = lines(run.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(output.map((result) => result.id)).toEqual(['good', null, 'no-text', '42', 'bad-date']);
    for (const result of output) expect(Object.keys(result)[0]).toBe('id');

    const [good, invalidJson, noText, html, badDate] = output;
    extractResultSchema.parse(good);
    extractResultSchema.parse(html);
    expect(invalidJson).toEqual({ id: null, error: expect.stringMatching(/^line 3: not valid JSON/) });
    expect(noText).toEqual({ id: 'no-text', error: expect.stringContaining('"text"') });
    expect(badDate).toEqual({ id: 'bad-date', error: expect.stringContaining('YYYY-MM-DD') });
  });

  it('streams many lines through one process', () => {
    const count = 3000;
    const input = Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        id: `a${i}`,
        text: `Line ${i}: Acme Corp said it would cut ${i + 10} jobs.`,
        published: null,
      }),
    ).join('\n');
    const run = layoffwatch(['extract', '--jsonl'], input);
    expect(run.status).toBe(0);
    const ids = lines(run.stdout).map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `a${i}`));
  });

  it('exits 2 when given a FILE or per-article options', () => {
    expect(layoffwatch(['extract', '--jsonl', exampleText]).status).toBe(2);
    expect(layoffwatch(['extract', '--jsonl', '--published', '2026-03-10'], '').status).toBe(2);
  });

  it.skipIf(!existsSync(seedsCorpus))('reads the accuracy corpus the way score.mjs sends it', () => {
    const corpus = lines(readFileSync(seedsCorpus, 'utf8')).map(
      (line) =>
        JSON.parse(line) as { id: string; text: string; published?: string | null; url?: string | null },
    );
    const input = corpus
      .map((r) =>
        JSON.stringify({ id: r.id, text: r.text, published: r.published ?? null, url: r.url ?? null }),
      )
      .join('\n');
    const run = layoffwatch(['extract', '--jsonl'], `${input}\n`);
    expect(run.status).toBe(0);
    const output = lines(run.stdout).map((line) => extractResultSchema.parse(JSON.parse(line)));
    expect(output.map((result) => result.id)).toEqual(corpus.map((r) => r.id));
  });
});
