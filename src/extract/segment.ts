/**
 * Splits a text into sentences with their offsets and marks boilerplate (ads, newsletter and
 * comment prompts, navigation, captions) so that no field reads it.
 */
import { isDigit, isSpace, skipSpace } from './chars.js';
import { Anchored, wordsOf } from './words.js';

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

/** "Published 22 January 2024, 7:02am AWST", "Updated 3 hours ago", "Last updated: 12/02/2024": the page's time. */
const PAGE_STAMP =
  /^\s*(?:published|updated|posted|last updated|first published)(?:\s+(?:on|at))?:?\s+[^\n]{0,40}?(?:\b(?:19|20)\d\d\b|\d{1,2}:\d{2}|\bago\b)[^\n]{0,30}$/i;

/** The time of day a page gives: "11:04 AM", "7:02am AWST", "09:12". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?`;
/**
 * A line that is a date alone, or with its time, reading time or byline ("15 January 2026", "Friday, June 6,
 * 2025 11:04 AM", "Tuesday, August 15, 2023 – 09:12", "Sep 24, 2025 · 6 min read"): the page's.
 */
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:,?\s+(?:at\s+)?${CLOCK})?(?:\s*[–—-]\s*${CLOCK})?(?:\s*[·•|]\s*[^\n]{0,60})?\s*$`,
  'i',
);

/** "By Mei Lin Scarborough", "By Gareth Pennington-Hall, local democracy reporter". */
const BYLINE = /^\s*by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*(,\s+[^.!?\n]{2,60})?$/i;

/**
 * Ads, prompts, bylines and captions. What opens a line is read there alone; the words that mark one
 * anywhere are tried only where such a word starts (Anchored).
 */
const BOILERPLATE_START = new RegExp(
  [
    String.raw`^\s*(register|subscribe|sign up|sign in|log in|join|follow us|click here|read more|continue reading|recommended|related|advertisement|sponsored|share (this|on)|download (the|our)|listen to|watch:?|image credit|photo( credit)?:|getty images|file photo|all rights reserved|copyright|©|no posts to display|post comment|leave a (reply|comment)|please enter your|see full page|este artículo|we value your privacy|view (this )?(email |newsletter )?(in|on) (your |a )?(web )?browser|view online|forward this (email |newsletter )?to a friend|we use cookies|this (web)?site uses cookies|accept (all )?cookies|know of (a|an|any)\b[^.!?]{0,60}\?|(got|have) (a|any) (news )?tips?\b|send us (a|your) (news )?tips?\b|\[\s*(accept|reject|agree|i agree|more options|manage|ok|got it|allow)\b)`,
    String.raw`^\s*(published|updated|posted):?\s.*\d{1,2}:\d{2}`,
    PAGE_STAMP.source,
    DATE_LINE.source,
    BYLINE.source,
    String.raw`^\s*(home|latest|news|menu|search)\b.*[|›»]`,
  ].join('|'),
  'i',
);
const BOILERPLATE_WORDS = new Anchored(
  /\b(opens? registrations?|early bird|newsletter|masterclass|mini-mba|co-invest|cookies?|personal data|privacy policy|terms of (use|service)|unsubscribe|auto-generated|let us know if you have feedback|down arrow button|comment below|your email address|enter your (comment|name|email))\b/i,
  [
    'open',
    'early',
    'newsletter',
    'masterclass',
    'mini',
    'co$',
    'cookie',
    'personal',
    'privacy',
    'terms',
    'unsubscribe',
    'auto',
    'let',
    'down',
    'comment',
    'your',
    'enter',
  ],
);
const BOILERPLATE_PIPE = /\|\s*updated:?\s/i;

/** Whether `line`, the text's slice from `start`, is boilerplate. */
function isBoilerplate(text: string, line: string, start: number): boolean {
  return (
    BOILERPLATE_START.test(line) ||
    BOILERPLATE_WORDS.test(wordsOf(text), line, start) ||
    (line.includes('|') &&
      (BOILERPLATE_PIPE.test(line) ||
        ((PIPED_LINE.test(line.trim()) || line.length < 80) && PIPED_DATE.test(line))))
  );
}

/** A bullet or a list number, read where a line's text starts. */
const LIST_MARK = /[•·▪◦*‣–-]|\d{1,2}[.)]\s/y;
const TERMINAL = /[.!?:;"”’)]$/;
const TERMINAL_CHARS = '.!?:;"”’)';
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
  // Particles inside names: "Autopartes del Bajío", "Banco de la Nación".
  'de',
  'del',
  'da',
  'la',
  'van',
  'von',
  'der',
]);

// Short words as numbers, five bits a letter: a word is looked up without being sliced and lowercased.
function wordKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
    key = key * 32 + c - 96;
  }
  return key;
}
const MINOR_KEYS = new Set([...MINOR_WORDS].map((w) => wordKey(w, 0, w.length)));

/** A letter (Latin, accents included), an apostrophe or a hyphen: "Bajío" and "O’Neill" are one word each. */
function isTitleWordChar(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 39 ||
    c === 0x2019 ||
    c === 45 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

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
    if (isTitleWordChar(prev)) continue;
    words++;
    let j = i;
    while (j < text.length && isTitleWordChar(text.charCodeAt(j))) j++;
    if (j - i <= 4 && MINOR_KEYS.has(wordKey(text, i, j))) {
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
  let blockStart = -1;
  let blockEnd = -1;
  let blockList = false;
  let lastLineStart = -1;
  // Below "47 Comments" or "Join the conversation", readers speak: none of it is the story.
  let comments = false;
  // The sentences of a first block that may be the site's name, until the next block says.
  let mastheadEnd = -1;
  // Below "MOST READ" or "Related stories", the page lists other stories' headlines: each item, and
  // each line without a full stop, is the page's, until a paragraph of the story comes back.
  let pageList = false;
  const flush = () => {
    if (blockStart < 0) return;
    const block = text.slice(blockStart, blockEnd);
    // "Join the conversation" under a byline links to the comments: they start only after some story.
    if (
      !comments &&
      COMMENTS_HEADING.test(block) &&
      (!/^\s*join the conversation/i.test(block) ||
        sentences.filter(
          (x) => !x.boilerplate && !x.headline && x.text.length >= 60 && /[.!?]["”’]?\s*$/.test(x.text),
        ).length >= 2)
    )
      comments = true;
    if (!comments && PAGE_LIST_HEADING.test(block)) pageList = true;
    else if (pageList && !blockList && (TERMINAL.test(block) || block.length > 160)) pageList = false;
    if (comments || pageList) {
      const first = sentences.length;
      splitBlock(text, blockStart, blockEnd, paragraph, false, blockList, sentences);
      for (let i = first; i < sentences.length; i++) sentences[i]!.boilerplate = true;
      blockStart = -1;
      return;
    }
    // "Home > News > Business", "WLNQ 6 News | Mid-Michigan" above the headline: the page's, not the story's.
    const nav = (firstBlock || mastheadEnd >= 0) && isNavigation(text.slice(blockStart, blockEnd));
    // "STACKWIRE" then a navigation line: the site's name, and the headline is still to come.
    if (nav && mastheadEnd >= 0) {
      for (let i = 0; i < mastheadEnd; i++) {
        sentences[i]!.headline = false;
        sentences[i]!.boilerplate = true;
      }
      firstBlock = true;
    }
    mastheadEnd = -1;
    const first = sentences.length;
    splitBlock(text, blockStart, blockEnd, paragraph, firstBlock && !nav, blockList, sentences, nav);
    // "View in browser", "Updated 3 hours ago" above the story: the page's line, and the headline is
    // still to come.
    const pageLine =
      firstBlock && !nav && sentences.length > first && sentences.slice(first).every((x) => x.boilerplate);
    if (pageLine) for (let i = first; i < sentences.length; i++) sentences[i]!.headline = false;
    if (!nav && firstBlock && !pageLine) {
      if (first === 0 && isMasthead(text.slice(blockStart, blockEnd))) mastheadEnd = sentences.length;
      firstBlock = false;
    }
    blockStart = -1;
  };
  let previousBlank = true;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const next = newline < 0 ? text.length : newline + 1;
    const contentStart = skipSpace(text, lineStart, next);
    if (contentStart >= next) {
      flush();
      if (!previousBlank) paragraph++;
      previousBlank = true;
      lineStart = next;
      continue;
    }
    let lineEnd = next;
    while (isSpace(text.charCodeAt(lineEnd - 1))) lineEnd--;
    LIST_MARK.lastIndex = contentStart;
    const listItem = LIST_MARK.test(text);
    // A new line starts a new block unless the previous one was hard-wrapped mid-sentence.
    let continues = false;
    if (blockStart >= 0 && !listItem) {
      const prevStart = Math.max(blockStart, lastLineStart);
      const length = blockEnd - prevStart;
      // A dateline opens the story: the line before it is a headline, never the start of its sentence.
      if (
        !TERMINAL_CHARS.includes(text[blockEnd - 1]!) &&
        length >= 45 &&
        !DATELINE_OPENS.test(text.slice(contentStart, contentStart + 120)) &&
        // "FreightLine Daily | Warehousing | Sept. 28, 2023" under a headline: the page's line, not the headline's.
        !PIPED_LINE.test(text.slice(contentStart, lineEnd)) &&
        // "India Jobs Watch | Saturday, 3 August 2024": an outlet and its date.
        !PIPED_DATE.test(text.slice(contentStart, lineEnd)) &&
        // "Published 22 January 2024, 7:02am AWST", "15 January 2026" under a headline: the page's time.
        !PAGE_STAMP.test(text.slice(contentStart, lineEnd)) &&
        !DATE_LINE.test(text.slice(contentStart, lineEnd)) &&
        // "By Mei Lin Scarborough" under a headline: the byline, not the headline's last words.
        !BYLINE.test(text.slice(contentStart, lineEnd))
      ) {
        const prevLine = text.slice(prevStart, blockEnd);
        continues = !isTitleCase(prevLine) && !(length <= 300 && isBoilerplate(text, prevLine, prevStart));
      }
    }
    if (!continues) {
      flush();
      blockStart = contentStart;
      blockList = listItem;
    }
    blockEnd = lineEnd;
    lastLineStart = lineStart;
    previousBlank = false;
    lineStart = next;
  }
  flush();
  return sentences;
}

/** A line of two or more " | " separators: an outlet, a section and a date. */
const PIPED_LINE = /^[^|\n]{2,60}\s\|\s[^|\n]{2,60}\s\|\s[^|\n]{2,60}$/;
/** The date such a line ends with: "| Sept. 28, 2023", "| 3 October 2024". */
const PIPED_DATE =
  /\|\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/;

/** "BERGEN (Nordpress) - ", "CIUDAD JUÁREZ, Chihuahua (Agencia X) - ", "CHICAGO — ": a dateline at a line's start. */
const DATELINE_OPENS =
  /^\p{Lu}[\p{Lu}'’.-]{2,}(?: \p{Lu}[\p{Lu}'’.-]*){0,3}(?:,[ \p{L}\d.]{2,30})?\s*(?:\([^()\n]{2,60}\)\s*)?[-–—]\s/u;

/** A site's name: a few capitalised words, no verb of a cut, no full stop. */
function isMasthead(block: string): boolean {
  const words = block.trim().split(/\s+/);
  return (
    words.length <= 4 &&
    block.length <= 40 &&
    /^\p{Lu}/u.test(block.trim()) &&
    !/[.!?:]$/.test(block.trim()) &&
    !NAV_CUT_WORDS.test(block)
  );
}

const PAGE_LIST_HEADING =
  /^\s*(?:most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|popular (?:now|stories)|read next|up next|more (?:from|on|in) [\w\s&'’-]{1,40}|you may (?:also )?like|you might (?:also )?like|recommended(?: for you| stories| reading)?|related(?: stories| articles| coverage| content| news| links)?|more stories|latest (?:news|stories|headlines)|editor['’]s picks)\s*:?\s*$/i;
const COMMENTS_HEADING =
  /^\s*(?:\d[\d,]*\s+)?(?:comments?|reader comments|responses)\s*(?:\(\d+\))?\s*$|^\s*(?:join the conversation|show comments|view comments|comments are closed)\b/i;

/**
 * A line of the page around the story: parts between " | ", " > ", " › " or " » ", each a few words in
 * capitals, none speaking of a cut ("Europe | Transport" stays a kicker the story may need, but is not
 * its headline).
 */
function isNavigation(block: string): boolean {
  if (block.length > 120 || block.includes('\n')) return false;
  // "Weather: 91°F Partly Cloudy", "LIVE: 6 News at Noon", "Skip to content".
  if (
    /^\s*(?:(?:weather|trending|watch live|breaking news alert)\s*:|skip to (?:main )?content\s*$)|\d\s*°[FC]\b/i.test(
      block,
    )
  )
    return true;
  // "Live: ASX finishes higher; Wattle Telecom to axe 600 jobs": a live blog's headline, not a menu.
  if (/^\s*live\s*:/i.test(block) && !NAV_CUT_WORDS.test(block)) return true;
  // "LOCAL NEWS", "BUSINESS": a section's label in capitals.
  if (
    /^\s*[A-Z][A-Z&' ]{2,30}$/.test(block) &&
    block.trim().split(/\s+/).length <= 3 &&
    !NAV_CUT_WORDS.test(block)
  )
    return true;
  const parts = block.split(NAV_SEPARATOR_ALL).map((part) => part.trim().split(/\s+/).length);
  if (parts.length < 2) return false;
  // "Traffic | Jobs | Announcements": a menu, whatever its items are called.
  if (parts.length >= 3 && parts.every((words) => words <= 3)) return true;
  return !NAV_CUT_WORDS.test(block) && parts.every((words) => words <= 6) && !/[.!?]$/.test(block.trim());
}
const NAV_SEPARATOR_ALL = /\s[|>›»/]\s/g;
const NAV_CUT_WORDS =
  /\b(?:cuts?|cutting|lay(?:s|ing)?[- ]?offs?|laid off|jobs?|redundan\w*|shed\w*|ax\w*|eliminat\w*|slash\w*)\b/i;

function splitBlock(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  firstBlock: boolean,
  listItem: boolean,
  out: Sentence[],
  navigation = false,
): void {
  const block = text.slice(start, end);
  const blockTitle = isTitleCase(block) && !TERMINAL.test(block.trimEnd());
  const headline = firstBlock && block.length <= 200 && !/[.!?]["”’]?$/.test(block.trimEnd());
  const first = out.length;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(block); m; m = SENTENCE_END.exec(block)) {
    const stop = m.index + m[0].length;
    // "U.S." or "Inc." inside a sentence is not its end.
    if (m[0] === '.' && ABBREVIATION.test(block.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    // "2. Hiring is frozen": a list number, not a sentence.
    if (
      m[0] === '.' &&
      isDigit(block.charCodeAt(m.index - 1)) &&
      /^\s*\d{1,2}$/.test(block.slice(block.lastIndexOf('\n', m.index) + 1, m.index))
    )
      continue;
    push(out, text, start + from, start + stop, paragraph, headline, blockTitle, listItem);
    from = stop;
    from = skipSpace(block, from);
  }
  if (from < block.length) push(out, text, start + from, end, paragraph, headline, blockTitle, listItem);
  if (navigation) for (let i = first; i < out.length; i++) out[i]!.boilerplate = true;
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
  if (skipSpace(text, start, end) === end) return;
  const body = text.slice(start, end);
  out.push({
    index: out.length,
    start,
    end,
    text: body,
    paragraph,
    headline,
    titleCase: titleCase || isTitleCase(body),
    // Ads, prompts and captions are short; a long sentence is read as text.
    boilerplate: body.length <= 300 && isBoilerplate(text, body, start),
    listItem,
  });
}
