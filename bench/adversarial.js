/**
 * 1 MB inputs built to find super-linear paths in the extractor: regexes that backtrack, loops that
 * rescan, date parsing that explodes on repetition. Each is about 1 MiB of UTF-8; they are deterministic.
 */
import { createRng } from './corpus.js';

export const ADVERSARIAL_BYTES = 1024 * 1024;

/** `unit` repeated until the text is `bytes` of UTF-8 (units here are ASCII, so chars = bytes). */
function repeat(unit, bytes = ADVERSARIAL_BYTES) {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Openers then closers, so every bracket and quote is nested inside all the previous ones. */
function nested() {
  const openers = '(["“«‘{\'<';
  const closers = ')]"”»’}\'>';
  const depth = Math.floor(ADVERSARIAL_BYTES / Buffer.byteLength(openers + closers)) * openers.length;
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const k = i % openers.length;
    open += openers[k];
    close = closers[k] + close;
  }
  return `${open}Acme said it will lay off 1,200 workers${close}`;
}

/** One endless sentence, no punctuation at all, dense with triggers, organisations and numbers. */
function runOnSentence() {
  const rng = createRng(7);
  const words = [
    'Acme',
    'Corp',
    'will',
    'lay',
    'off',
    'laid',
    'cut',
    'jobs',
    'workers',
    'hundreds',
    'of',
    'thousands',
    '1200',
    '3700',
    '14',
    'percent',
    'employees',
    'on',
    'Thursday',
    'since',
    '2022',
    'billion',
    'AI',
    'the',
    'staff',
    'eliminate',
    'roles',
    'in',
    'Seattle',
    'said',
    'CEO',
    'Jane',
    'Doe',
    'redundancies',
    'plant',
  ];
  const parts = [];
  let length = 0;
  while (length < ADVERSARIAL_BYTES) {
    const word = rng.pick(words);
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ').slice(0, ADVERSARIAL_BYTES);
}

/**
 * Code points from every plane: controls (C0, C1), BMP letters and punctuation, combining marks, bidi and
 * zero-width characters, line/paragraph separators, astral emoji and CJK, and a few lone surrogates
 * (decoded bytes never hold them, but JSON input can).
 */
function randomUnicode() {
  const rng = createRng(11);
  const ranges = [
    [0x00, 0x1f],
    [0x7f, 0x9f],
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x590, 0x6ff],
    [0x200b, 0x202e],
    [0x2028, 0x2029],
    [0x4e00, 0x9fff],
    [0xfeff, 0xfeff],
    [0xd800, 0xdfff],
    [0x1f300, 0x1faff],
    [0x20000, 0x2a6df],
    [0xe0000, 0xe007f],
    [0x10fff0, 0x10ffff],
  ];
  const parts = [];
  let bytes = 0;
  while (bytes < ADVERSARIAL_BYTES) {
    const [lo, hi] = rng.pick(ranges);
    const cp = rng.int(lo, hi);
    parts.push(String.fromCodePoint(cp));
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return parts.join('');
}

export const ADVERSARIAL_CASES = [
  { name: 'digits', make: () => repeat('0123456789') },
  { name: '"1,000,000," repeated', make: () => repeat('1,000,000,') },
  { name: '"laid off " repeated', make: () => repeat('laid off ') },
  { name: '"hundreds of thousands of " repeated', make: () => repeat('hundreds of thousands of ') },
  { name: 'one word, no spaces', make: () => repeat('layoffs') },
  { name: 'nested brackets and quotes', make: nested },
  { name: 'one run-on sentence', make: runOnSentence },
  { name: 'newlines', make: () => repeat('\n') },
  { name: 'random unicode', make: randomUnicode },
  { name: '"Thursday, " repeated', make: () => repeat('Thursday, ') },
];
