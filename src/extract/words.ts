/**
 * Patterns tried only where they can start. Most of the extractor's patterns open with `\b` and one of
 * a few words ("lay off", "jobs", "severance"); a regex engine still tries every character of the
 * text for them. Here the text's word starts are listed once, each with a key made of its first three
 * letters, and a pattern is tried (sticky) only at the words whose key begins one of its words.
 *
 * A word is what `\b` sees without the `u` flag: a run of [A-Za-z0-9_]. Keys fold ASCII case, so a
 * pattern flagged `i` or not is tried wherever it could match; a key shared by other words only costs
 * a try that fails. The answers are exactly those of the pattern run over the whole text.
 */

export type Words = {
  text: string;
  /** Where each word starts, in order. */
  starts: Int32Array;
  /** Each word's key (see key()). */
  keys: Uint16Array;
  count: number;
};

const END = 0;
const SIZE = 33 * 33 * 33;

/** 1 for each ASCII code of a word character. */
const WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0,
);

function isWord(c: number): boolean {
  return c < 128 && WORD[c] === 1;
}

/** A word character's part of a key: 1 to 32, upper and lower case alike. */
function fold(c: number): number {
  return (c & 31) + 1;
}

function key(a: number, b: number, c: number): number {
  return (a * 33 + b) * 33 + c;
}

let memo: Words | null = null;
// Reused from text to text: a typed array allocated per text costs more than reading it.
let starts = new Int32Array(4096);
let keys = new Uint16Array(4096);

/**
 * The word starts of a text. The last text's are kept, since every pattern of one extraction asks; the
 * answer holds until words of another text are asked for.
 */
export function wordsOf(text: string): Words {
  if (memo?.text === text) return memo;
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128 || WORD[c] === 0) continue;
    if (count === starts.length) {
      const grownStarts = new Int32Array(starts.length * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownKeys = new Uint16Array(keys.length * 2);
      grownKeys.set(keys);
      keys = grownKeys;
    }
    starts[count] = i;
    let k = fold(c) * 33 * 33;
    c = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (c < 128 && WORD[c] === 1) {
      k += fold(c) * 33;
      c = i + 2 < n ? text.charCodeAt(i + 2) : 32;
      if (c < 128 && WORD[c] === 1) k += fold(c);
    }
    keys[count++] = k;
    // The rest of the word.
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 128 || WORD[c] === 0) break;
    }
  }
  memo = { text, starts, keys, count };
  return memo;
}

/** The characters a word can hold, one of each case fold. */
const WORD_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789_'].map((ch) => ch.charCodeAt(0));

/**
 * A pattern and the words it can start with. A stem is the start of such a word ("layoff" covers
 * "layoffs"); a stem ending in "$" is a whole word ("ai$"). Every match of the pattern must start where
 * a word starting with a stem starts: a test runs each anchored pattern against the plain one.
 */
export class Anchored {
  /** Every anchored pattern made, so a test can hold each to its plain pattern. */
  static readonly all: Anchored[] = [];
  readonly source: RegExp;
  private readonly sticky: RegExp;
  /** 1 at each key a match can start at. */
  readonly allowed = new Uint8Array(SIZE);

  constructor(re: RegExp, stems: readonly string[]) {
    if (re.unicode || re.flags.includes('v'))
      throw new Error(`anchored: ${re} is flagged u; \\b there is not the words listed here`);
    this.source = re;
    this.sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
    for (const stem of stems) this.allow(stem);
    Anchored.all.push(this);
  }

  private allow(stem: string): void {
    const whole = stem.endsWith('$');
    const word = (whole ? stem.slice(0, -1) : stem).toLowerCase();
    const codes = [...word].map((ch) => ch.charCodeAt(0));
    if (codes.length === 0 || !codes.every(isWord)) throw new Error(`anchored: bad stem "${stem}"`);
    const [a, b, c] = codes.map(fold);
    if (codes.length >= 3) this.allowed[key(a!, b!, c!)] = 1;
    else if (codes.length === 2) {
      this.allowed[key(a!, b!, END)] = 1;
      if (!whole) for (const x of WORD_CHARS) this.allowed[key(a!, b!, fold(x))] = 1;
    } else {
      this.allowed[key(a!, END, END)] = 1;
      if (!whole)
        for (const x of WORD_CHARS) {
          this.allowed[key(a!, fold(x), END)] = 1;
          for (const y of WORD_CHARS) this.allowed[key(a!, fold(x), fold(y))] = 1;
        }
    }
  }

  /**
   * The next match in `str` at or after `lastIndex`, as the pattern flagged `g` would find it; `str` is
   * the text's slice from `base` (a sentence, or the text itself with base 0).
   */
  exec(words: Words, str: string, base: number, lastIndex = 0): RegExpExecArray | null {
    const { starts, keys, count, text } = words;
    const sticky = this.sticky;
    const end = base + str.length;
    // A slice that starts inside a word starts a word of its own there.
    if (
      lastIndex === 0 &&
      str.length > 0 &&
      base > 0 &&
      isWord(str.charCodeAt(0)) &&
      isWord(text.charCodeAt(base - 1))
    ) {
      sticky.lastIndex = 0;
      const m = sticky.exec(str);
      if (m) return m;
      lastIndex = 1;
    }
    let lo = 0;
    let hi = count;
    const from = base + lastIndex;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const allowed = this.allowed;
    for (let i = lo; i < count; i++) {
      const at = starts[i]!;
      if (at >= end) break;
      // A word cut by the slice's end has another key inside it: try it.
      if (allowed[keys[i]!] === 0 && at + 3 <= end) continue;
      sticky.lastIndex = at - base;
      const m = sticky.exec(str);
      if (m) return m;
    }
    return null;
  }

  /** The match starting at str[at], if any. */
  execAt(str: string, at: number): RegExpExecArray | null {
    this.sticky.lastIndex = at;
    return this.sticky.exec(str);
  }

  /** Whether the pattern matches `str`, the text's slice from `base`. */
  test(words: Words, str: string, base: number): boolean {
    return this.exec(words, str, base) !== null;
  }
}

/**
 * Anchored patterns read over one whole text together: the text's words are gone through once for all
 * of them, each word's key telling at once which patterns may start there (going through the words
 * once per pattern, each with its own table of keys, cost more than most of the tries).
 */
export class AnchoredGroup {
  /** Bit p at each key pattern p may start at. */
  private readonly masks = new Uint32Array(SIZE);
  /** Reused from text to text: for each pattern, the word starts it is tried at. */
  private readonly lists: number[][];

  constructor(readonly members: readonly Anchored[]) {
    if (members.length > 32) throw new Error('anchored group: at most 32 patterns');
    for (const [p, a] of members.entries()) {
      const bit = 1 << p;
      for (let k = 0; k < SIZE; k++) if (a.allowed[k] === 1) this.masks[k]! |= bit;
    }
    this.lists = members.map(() => []);
  }

  /**
   * For each member, in order, where in the whole of `words.text` it may match: the starts of the words
   * it can start with (no word is cut by the end of a whole text). Valid until the next call.
   */
  startsIn(words: Words): readonly (readonly number[])[] {
    const { starts, keys, count } = words;
    const lists = this.lists;
    for (const list of lists) list.length = 0;
    const masks = this.masks;
    for (let i = 0; i < count; i++) {
      const at = starts[i]!;
      let mask = masks[keys[i]!]!;
      while (mask !== 0) {
        const low = mask & -mask;
        lists[31 - Math.clz32(low)]!.push(at);
        mask ^= low;
      }
    }
    return lists;
  }
}
