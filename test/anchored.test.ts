/**
 * Every anchored pattern of the extractor must find exactly what its plain pattern finds: on real
 * articles, on generated ones, on noise with the patterns' own words in it, and on slices that start
 * and end inside words (sentences are read as slices of the text).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmarks' article generator is plain JavaScript.
import { generateCorpus } from '../bench/corpus.js';
import '../src/extract/index.js';
import { Anchored, AnchoredGroup, wordsOf } from '../src/extract/words.js';

function plainMatches(re: RegExp, str: string): [number, string][] {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: [number, string][] = [];
  for (let m = global.exec(str); m; m = global.exec(str)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

function anchoredMatches(a: Anchored, text: string, from: number, to: number): [number, string][] {
  const str = text.slice(from, to);
  const words = wordsOf(text);
  const out: [number, string][] = [];
  let next = 0;
  for (let m = a.exec(words, str, from, next); m; m = a.exec(words, str, from, next)) {
    out.push([m.index, m[0]]);
    next = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/** Every anchored pattern at once, as the trigger scan reads a whole text. */
const group = (): AnchoredGroup => new AnchoredGroup(Anchored.all.slice(0, 32));

function groupMatches(g: AnchoredGroup, text: string): [number, string][][] {
  const lists = g.startsIn(wordsOf(text));
  return g.members.map((a, p) => {
    const out: [number, string][] = [];
    let next = 0;
    for (const at of lists[p]!) {
      if (at < next) continue;
      const m = a.execAt(text, at);
      if (!m) continue;
      out.push([m.index, m[0]]);
      next = m.index + Math.max(1, m[0].length);
    }
    return out;
  });
}

function expectGroupSame(g: AnchoredGroup, text: string): void {
  const found = groupMatches(g, text);
  for (const [p, a] of g.members.entries())
    expect(found[p], `${a.source} in a group on ${JSON.stringify(text.slice(0, 80))}`).toEqual(
      plainMatches(a.source, text),
    );
}

function expectSame(text: string, from = 0, to = text.length): void {
  const str = text.slice(from, to);
  for (const a of Anchored.all) {
    expect(anchoredMatches(a, text, from, to), `${a.source} on ${JSON.stringify(str.slice(0, 80))}`).toEqual(
      plainMatches(a.source, str),
    );
  }
}

const corpusTexts = (): string[] => {
  const path = new URL('../../shared/corpus/dev/articles.jsonl', import.meta.url);
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
  } catch {
    return [];
  }
};

describe('anchored patterns', () => {
  it('are used by the extractor', () => {
    expect(Anchored.all.length).toBeGreaterThanOrEqual(7);
  });

  it('find what the plain patterns find in real and generated articles', () => {
    const texts = [
      ...corpusTexts(),
      ...generateCorpus({ seed: 7, bytes: 400_000 }).articles.map((a: { text: string }) => a.text),
    ];
    expect(texts.length).toBeGreaterThan(100);
    const g = group();
    for (const text of texts) {
      expectSame(text);
      expectGroupSame(g, text);
      // Sentence-like slices, and slices cut inside words.
      for (const at of [0.25, 0.5, 0.75]) {
        const from = Math.floor(text.length * at);
        expectSame(text, from, Math.min(text.length, from + 157));
      }
    }
  });

  it('find what the plain patterns find in noise made of their own words', () => {
    const pieces = [
      'lay off',
      'laid-off',
      'Layoffs',
      'job cuts',
      'cut',
      'CUTS',
      '1,200',
      '30%',
      'jobs',
      'staff',
      'workers',
      'will go',
      'were let go',
      'at risk',
      'closing',
      'plant',
      'A.I.',
      'AI',
      'ai',
      'automation',
      'severance',
      'because',
      'due to',
      'health',
      'hundreds',
      'of',
      'the',
      '(',
      ')',
      ',',
      '.',
      ' ',
      '\n',
      'x',
      'ab',
      'é',
      '—',
      '_',
      '9',
      'ax',
      'axe',
      'shed',
      'redundancies',
      'sign up',
      'newsletter',
      'you',
      'denied',
      'rehired',
    ];
    const g = group();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const text = parts.join(parts.length % 2 ? ' ' : '');
          const from = text.length ? a % text.length : 0;
          const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
          expectSame(text);
          expectSame(text, from, to);
          expectGroupSame(g, text);
        },
      ),
      { numRuns: 400 },
    );
  });
});
