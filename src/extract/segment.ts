/**
 * Splits a text into sentences with their offsets and marks boilerplate (ads, newsletter and
 * comment prompts, navigation, captions) so that no field reads it.
 */

export type Sentence = {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line). */
  paragraph: number;
  /** The first block of a text, short and without a final full stop: a headline. */
  headline: boolean;
  /** Most words capitalised (a headline, a heading, a title). */
  titleCase: boolean;
  boilerplate: boolean;
  /** A list item (bullet or number at the start of its line). */
  listItem: boolean;
};

const BOILERPLATE = new RegExp(
  [
    String.raw`^\s*(register|subscribe|sign up|sign in|log in|join|follow us|click here|read more|continue reading|recommended|related|advertisement|sponsored|share (this|on)|download (the|our)|listen to|watch:?|image credit|photo( credit)?:|getty images|file photo|all rights reserved|copyright|©|no posts to display|post comment|leave a (reply|comment)|please enter your|see full page|este artículo)`,
    String.raw`\b(opens? registrations?|early bird|newsletter|masterclass|mini-mba|co-invest|cookie|privacy policy|terms of (use|service)|unsubscribe|auto-generated|let us know if you have feedback|down arrow button|comment below|your email address|enter your (comment|name|email))\b`,
    String.raw`^\s*(published|updated|posted):?\s.*\d{1,2}:\d{2}`,
    String.raw`^\s*by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*$`,
    String.raw`^\s*(home|latest|news|menu|search)\b.*[|›»]`,
    String.raw`\|\s*updated:`,
  ].join('|'),
  'i',
);

const LIST_ITEM = /^\s*(?:[•·▪◦*‣–-]|\d{1,2}[.)]\s)\s*/;
const TERMINAL = /[.!?:;"”’)]$/;
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'as',
  'from',
  'into',
  'amid',
  'over',
  'its',
  'is',
  'vs',
  'via',
  'per',
  'off',
  'up',
]);

function isTitleCase(text: string): boolean {
  if (text.length > 250) return false;
  // One pass over word starts, leaving as soon as lowercase words outnumber a title's.
  let capital = 0;
  let lower = 0;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter) continue;
    const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
    const startsWord = !(
      (prev >= 65 && prev <= 90) ||
      (prev >= 97 && prev <= 122) ||
      prev === 39 ||
      prev === 0x2019 ||
      prev === 45
    );
    if (!startsWord) continue;
    words++;
    let j = i;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 39 || d === 0x2019 || d === 45)) break;
    }
    if (j - i <= 4 && MINOR_WORDS.has(text.slice(i, j).toLowerCase())) {
      i = j;
      continue;
    }
    if (c <= 90) capital++;
    else if (++lower > 1 && lower * 3 > capital) return false;
    i = j;
  }
  return words >= 3 && capital + lower > 0 && capital / (capital + lower) >= 0.75;
}

/** Sentence ends: terminal punctuation (optionally closed by quotes or brackets) followed by space. */
const SENTENCE_END = /[.!?]+["”’)\]]*(?=\s+["“‘(]?[A-Z0-9])|[.!?]+["”’)\]]*$/g;

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|No|vs|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gov|Sen|Rep|Gen|Ind|Calif|Ill|Fla|Ga|Pa|Va|Wash|Mass|Mich|Minn|Ariz|Colo|Conn|Tenn|Tex|Okla|Ore|Wis|Neb|Ky|Md|Mo|Ala|Ark|Kan|Nev|Oh|N\.C|N\.Y|N\.J|N\.H|S\.C|D\.C|L\.A|a\.m|p\.m|approx|est|e\.g|i\.e|etc)|\b[A-Z])\.$/;

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let firstBlock = true;
  // Lines are the unit for boilerplate and list detection; hard-wrapped lines are joined back.
  const lineRe = /[^\n]*(?:\n|$)/g;
  let blockStart = -1;
  let blockEnd = -1;
  let blockList = false;
  const flush = () => {
    if (blockStart < 0) return;
    splitBlock(text, blockStart, blockEnd, paragraph, firstBlock, blockList, sentences);
    firstBlock = false;
    blockStart = -1;
  };
  let previousBlank = true;
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const raw = m[0];
    const lineEnd = lineStart + raw.trimEnd().length;
    const content = raw.trim();
    if (content.length === 0) {
      flush();
      if (!previousBlank) paragraph++;
      previousBlank = true;
      continue;
    }
    const listItem = LIST_ITEM.test(raw);
    // A new line starts a new block unless the previous one was hard-wrapped mid-sentence.
    const prev = blockStart >= 0 ? text.slice(blockStart, blockEnd) : '';
    const prevLine = prev.slice(prev.lastIndexOf('\n') + 1);
    const continues =
      blockStart >= 0 &&
      !listItem &&
      !TERMINAL.test(prevLine) &&
      prevLine.length >= 45 &&
      !isTitleCase(prevLine) &&
      !(prevLine.length <= 300 && BOILERPLATE.test(prevLine));
    if (!continues) {
      flush();
      blockStart = lineStart + (raw.length - raw.trimStart().length);
      blockList = listItem;
    }
    blockEnd = lineEnd;
    previousBlank = false;
  }
  flush();
  return sentences;
}

function splitBlock(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  firstBlock: boolean,
  listItem: boolean,
  out: Sentence[],
): void {
  const block = text.slice(start, end);
  const blockTitle = isTitleCase(block) && !TERMINAL.test(block.trimEnd());
  const headline = firstBlock && block.length <= 200 && !/[.!?]["”’]?$/.test(block.trimEnd());
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
    const stop = m.index + m[0].length;
    // "U.S." or "Inc." inside a sentence is not its end.
    if (m[0] === '.' && ABBREVIATION.test(block.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    // "2. Hiring is frozen": a list number, not a sentence.
    if (m[0] === '.' && /^\s*\d{1,2}$/.test(block.slice(block.lastIndexOf('\n', m.index) + 1, m.index)))
      continue;
    push(out, text, start + from, start + stop, paragraph, headline, blockTitle, listItem);
    from = stop;
    while (from < block.length && /\s/.test(block[from]!)) from++;
  }
  if (from < block.length) push(out, text, start + from, end, paragraph, headline, blockTitle, listItem);
}

function push(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
  headline: boolean,
  titleCase: boolean,
  listItem: boolean,
): void {
  const body = text.slice(start, end);
  if (body.trim().length === 0) return;
  out.push({
    index: out.length,
    start,
    end,
    text: body,
    paragraph,
    headline,
    titleCase: titleCase || isTitleCase(body),
    // Ads, prompts and captions are short; a long sentence is read as text.
    boilerplate: body.length <= 300 && BOILERPLATE.test(body),
    listItem,
  });
}
