import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  isNearDuplicate,
  NEAR_DUPLICATE_THRESHOLD,
  signature,
  similarity,
  wordHashes,
} from './near-duplicate.js';

/** The definition of a document's words: compatibility-decomposed, no marks, lower case, apostrophes joined. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** FNV-1a over UTF-16 code units: the hash each word enters the shingles with. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Stories written for these tests about a made-up company.
const STORY = [
  'Northwind Cloud is cutting about 600 jobs across its storage and networking groups, the company said on Tuesday, as the hosting provider shifts spending toward data centres built for machine learning workloads.',
  'The reductions amount to roughly 4 percent of the company’s staff and will mostly affect engineering managers, technical account teams and a support centre in Leeds that handled small business customers.',
  'Chief executive Mara Ellison told employees in a memo that the cuts were painful but necessary to keep the business growing, adding that the company would keep hiring in security and in its chip design unit.',
  'Affected employees in the United States will receive eight weeks of pay, an extended period of health coverage and help finding other roles inside the company, a spokesperson said.',
  'Northwind reported revenue of 2.1 billion dollars in its most recent quarter, up 11 percent from a year earlier, while operating costs rose faster than sales for a third quarter in a row.',
  'Analysts at Harbour Securities said the move mirrored cuts at larger rivals, which have trimmed older product lines while pouring money into graphics processors and the power contracts needed to run them.',
  'The company laid off around 300 people in a smaller round last spring, most of them in its sales organisation, and closed an office in Rotterdam at the end of last year.',
  'Shares of Northwind rose 2 percent in early trading after the announcement, giving the company a market value of about 19 billion dollars.',
].join('\n\n');

const ORIGINAL = `Northwind Cloud to cut 600 jobs in storage and networking

Subscribe to our morning briefing for the day's top technology stories.

${STORY}

Share this article: Facebook | X | LinkedIn | Email
Comments are closed for this story. Read our community guidelines.`;

/** The same story from a wire partner: other headline, other boilerplate, three sentences edited. */
const SYNDICATED = `Hosting firm Northwind trims workforce by 4% as AI spending grows

(Reporting by the Tech Desk; editing by a night editor) Advertisement — continue reading below.

${STORY.replace('the company said on Tuesday', 'the firm confirmed late on Tuesday')
  .replace(
    'Shares of Northwind rose 2 percent in early trading after the announcement, giving the company a market value of about 19 billion dollars.',
    'Northwind shares gained about 2% in morning trade following the news.',
  )
  .replace('a spokesperson said', 'according to a company spokesperson')}

© Wire Partner. All rights reserved. Republished under licence. Related: five stocks to watch this week.`;

/** Another outlet's own write-up of the same cuts: same facts and quote, different words. */
const OTHER_STORY = `Northwind Cloud layoffs hit 600 as it bets on AI data centres

Northwind Cloud will lay off roughly 600 workers, or about 4 percent of its employees, in a restructuring of its storage and networking businesses announced Tuesday.

The company is redirecting money to new facilities designed for training and serving AI models. In an internal memo, CEO Mara Ellison described the cuts as painful but necessary to keep the business growing.

Those losing their jobs include engineering managers and technical account staff, and a customer support site in Leeds will close. Laid-off US staff get eight weeks of salary and longer health benefits, the company said, and it is still recruiting for security and chip design positions.

Northwind's quarterly revenue climbed 11 percent to 2.1 billion dollars, but expenses have outpaced sales for three straight quarters. The firm previously cut about 300 sales jobs last spring.`;

describe('near-duplicate signatures', () => {
  it('read the words of any text as their definition does', () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: codeUnit, maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'É',
          'é',
          '\u0301',
          "'",
          '’',
          ' ',
          'ΟΔΟΣ',
          'İ',
          'ﬁ',
          '½',
          '𝐀',
          '\ud800',
          '-',
        ),
        maxLength: 60,
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(wordHashes(t)).toEqual(words(t).map(hashString));
      }),
      { numRuns: 3000 },
    );
    for (const t of [STORY, 'Café workers at Élan Foods’ plant: ΟΔΟΣ İstanbul ﬁnance ½ µ² 😀 𝟘', ''])
      expect(wordHashes(t)).toEqual(words(t).map(hashString));
  });

  it('are compact, stable strings', () => {
    const sig = signature(ORIGINAL);
    expect(sig).toBe(signature(ORIGINAL));
    expect(sig.startsWith('mh1:')).toBe(true);
    expect(sig.length).toBeLessThan(700);
    expect(similarity(sig, sig)).toBe(1);
  });

  it('find a syndicated copy with another headline, boilerplate and edited sentences', () => {
    const s = similarity(signature(ORIGINAL), signature(SYNDICATED));
    expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD + 0.1);
    expect(isNearDuplicate(signature(ORIGINAL), signature(SYNDICATED))).toBe(true);
  });

  it('keep apart two different write-ups of the same event', () => {
    const s = similarity(signature(ORIGINAL), signature(OTHER_STORY));
    expect(s).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
    expect(s).toBeLessThan(0.1);
  });

  it('keep apart unrelated texts', () => {
    const unrelated =
      'The city council approved a new bicycle lane on Harbour Street after a two-hour debate on Monday night.';
    expect(similarity(signature(ORIGINAL), signature(unrelated))).toBeLessThan(0.05);
  });

  it('give a syndicated copy a shared band key, so the store finds it as a candidate', () => {
    const a = new Set(bandKeys(signature(ORIGINAL)));
    const shared = bandKeys(signature(SYNDICATED)).filter((k) => a.has(k));
    expect(shared.length).toBeGreaterThan(0);
    expect(bandKeys(signature(ORIGINAL))).toHaveLength(42);
  });

  it('ignore case, accents and punctuation', () => {
    expect(
      similarity(
        signature('Café workers at Élan Foods lose jobs!'),
        signature('cafe WORKERS at elan foods lose jobs'),
      ),
    ).toBe(1);
  });

  it('handle texts shorter than one shingle', () => {
    expect(similarity(signature('Layoffs'), signature('layoffs'))).toBe(1);
    expect(similarity(signature(''), signature('x'))).toBeLessThan(0.05);
  });

  it('reject a string that is not a signature', () => {
    expect(() => similarity('abc', signature('x'))).toThrow(/not a MinHash signature/);
  });
});
