/**
 * Company names as text: the normal form two spellings of one company share ("Amazon.com, Inc.",
 * "AMAZON COM INC" and "Amazon" all become "amazon"), the key events are grouped and linked by, and
 * a clean display form of a name as written.
 */

/** Legal-form words dropped from the end of a name; repeated, so "Holdings Co., Ltd." goes too. */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'companies',
  'cos',
  'llc',
  'lp',
  'llp',
  'ltd',
  'limited',
  'plc',
  'ag',
  'se',
  'nv',
  'bv',
  'sa',
  'sas',
  'sarl',
  'spa',
  'srl',
  'ab',
  'asa',
  'oyj',
  'gmbh',
  'kgaa',
  'kg',
  'kk',
  'pte',
  'pty',
  'pvt',
  'private',
  'pbc',
  'holdings',
  'holding',
  'group',
  'adr',
]);

/** Words that join a suffix to the name ("JPMorgan Chase & Co", "SA de CV") and go with it. */
const SUFFIX_JOINERS = new Set(['and', 'de', 'cv']);

const PARENTHETICAL = /\s*\([^)]*\)/g;
const TRAILING_NOTE = /^(.*\S)\s*\(([^)]+)\)\s*$/;
/** SEC conformed names carry state and filer tags: "BANK OF AMERICA CORP /DE/", "Royal Mail plc/ADR". */
const SEC_TAG = /\s*\/[^/]*\/?\s*$/;
const DOT_COM = /\.com\b/gi;
const POSSESSIVE = /['’]s\b/gi;
const APOSTROPHE = /['’`]/g;

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function stripSecTags(name: string): string {
  let out = name;
  for (let i = 0; i < 3 && SEC_TAG.test(out); i++) out = out.replace(SEC_TAG, '');
  return out;
}

/** Joins runs of single letters: "l p" → "lp", "j p morgan" → "jp morgan". */
function joinInitials(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (token.length === 1 && /\p{L}/u.test(token)) {
      run += token;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(token);
  }
  if (run) out.push(run);
  return out;
}

function stripSuffixes(tokens: string[]): string[] {
  const out = [...tokens];
  while (out.length > 1) {
    const last = out[out.length - 1]!;
    if (LEGAL_SUFFIXES.has(last) || SUFFIX_JOINERS.has(last)) out.pop();
    else if (last === 'com' && out.length > 1) out.pop();
    else break;
  }
  return out;
}

/** "Lilly (Eli)" → "Eli Lilly", "Walt Disney Company (The)" → "The Walt Disney Company". */
function frontTrailingNote(name: string): string {
  const note = TRAILING_NOTE.exec(name);
  return note && /^(?:The|\p{Lu}\p{Ll}+)$/u.test(note[2]!) ? `${note[2]} ${note[1]}` : name;
}

function tokens(name: string, { keepPossessive }: { keepPossessive: boolean }): string[] {
  let text = frontTrailingNote(stripSecTags(name.normalize('NFKC').trim())).replace(PARENTHETICAL, ' ');
  text = text.replace(DOT_COM, ' ');
  text = keepPossessive ? text.replace(APOSTROPHE, '') : text.replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  text = fold(text).replace(/&/g, ' and ');
  let words = joinInitials(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (words.length > 1 && words[0] === 'the') words = words.slice(1);
  return stripSuffixes(words);
}

/**
 * The normal form of a company name: case- and accent-folded, without "The", legal suffixes
 * (Inc, Corp, Co, LLC, Ltd, plc, AG, SE, NV, SA, GmbH, Holdings, Group…), ".com", parentheticals,
 * possessive 's, punctuation; "&" reads "and". Suffixes are only dropped while a word remains,
 * so "The Group" stays "group".
 */
export function normaliseCompanyName(name: string): string {
  return tokens(name, { keepPossessive: false }).join(' ');
}

/**
 * The spellings a name may be looked up by: its normal form and, when it has an apostrophe, the
 * form that keeps the "s" ("Lowe's" → "lowe" and "lowes", since filings write "LOWES COMPANIES").
 */
export function nameVariants(name: string): string[] {
  const variants = [normaliseCompanyName(name), tokens(name, { keepPossessive: true }).join(' ')];
  return [...new Set(variants.filter(Boolean))];
}

/** The key of a company name: its normal form as a URL-safe slug ("The Walt Disney Company" → "walt-disney"). */
export function companyKey(name: string): string {
  return normaliseCompanyName(name).replace(/ /g, '-');
}

/** Short words that are words, not acronyms, in an upper-case name ("BIG LOTS", "ONE GAS"). */
const SHORT_WORDS = new Set(
  'air all art bay big bio box car day era eye fox gas go hub ice joy key kid lab low max mid my net new oil old one pet pro red sea sky son sun tax top via web zen'.split(
    ' ',
  ),
);
/** Three letters shaped like a word (consonant-vowel-consonant or vowel-consonant-vowel): "BIG", "ELI". */
const WORD_SHAPE = /^(?:[^AEIOU][AEIOU][^AEIOUY]|[AEIOU][^AEIOU][AEIOU])$/;
const LOWER_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'du',
  'la',
  'le',
  'del',
  'in',
  'on',
  'at',
  'to',
]);

function titleCaseWord(word: string, first: boolean): string {
  const bare = word.replace(/[^\p{L}]/gu, '');
  const lower = bare.toLowerCase();
  if (!bare || /[\d&]/.test(word)) return word;
  if (!first && LOWER_WORDS.has(lower)) return word.toLowerCase();
  const wordLike = SHORT_WORDS.has(lower) || (bare.length === 3 && WORD_SHAPE.test(bare));
  if ((bare.length <= 3 && !wordLike) || !/[AEIOUY]/.test(bare)) return word;
  return (word.charAt(0) + word.slice(1).toLowerCase()).replace(
    /^Mc(\p{Ll})/u,
    (_m, c: string) => `Mc${c.toUpperCase()}`,
  );
}

/**
 * Title-cases a name written in capitals ("JPMORGAN CHASE & CO" → "Jpmorgan Chase & Co"); a name that
 * already mixes cases is kept. Short words and words without vowels read as acronyms and stay upper
 * case ("CSX", "AMC", "AT&T"), unless they are common words or shaped like one ("AIR", "BIG", "ELI").
 */
export function titleCaseName(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .split(/(\s+|-|\/)/)
    .map((word, i) => titleCaseWord(word, i === 0))
    .join('');
}

const DISPLAY_SUFFIX =
  /(?:,?\s+(?:&\s*)?(?:Inc|Incorporated|Corp|Corporation|Co|Company|Cos|LLC|L\.?L\.?C|LP|L\.?\s?P|LLP|Ltd|Limited|plc|P\.?L\.?C|AG|SE|N\.?V|B\.?V|S\.?A|SpA|GmbH|Pty|Pvt|PBC|ADR)\.?)+\s*$/i;
/** Share-class notes and acronyms in parentheses: "(Class A)", "(AWS)". */
const DROPPED_NOTE = /\s*\((?:(?:[Cc]lass|[Ss]eries)\s+[^)]*|[\p{Lu}\d&.]+)\)\s*$/u;
/** SEC writes "Amazon.com" as "AMAZON COM". */
const SEC_DOT_COM = /\s+com$/i;

/**
 * A name as it should be shown: trimmed, without legal suffixes, share-class notes or SEC filer
 * tags; "Walt Disney Company (The)" → "The Walt Disney Company", "Lilly (Eli)" → "Eli Lilly".
 * A name that starts with "The" and ends in "Company" is kept whole: that is how it is called.
 */
export function cleanCompanyName(name: string): string {
  const out = frontTrailingNote(
    stripSecTags(name.normalize('NFKC').replace(/\s+/g, ' ').trim()).replace(DROPPED_NOTE, ''),
  );
  if (/^The\s.*\b(?:Company|Companies)$/i.test(out)) return out;
  const stripped = out
    .replace(DISPLAY_SUFFIX, '')
    .replace(/[\s,]+$/, '')
    .replace(SEC_DOT_COM, '');
  return stripped || out;
}
