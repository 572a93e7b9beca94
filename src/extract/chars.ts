/**
 * Character tests by code unit, for the scans that replace regexes on the extractor's hot paths.
 * Each answers exactly as the regex class it names, on any string.
 */

/** `\s`: what trim() removes too. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Index of the first `\s` in s at or after i, or s.length. */
export function nextSpace(s: string, i: number): number {
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Index of the first non-`\s` in s[i, end), or end. */
export function skipSpace(s: string, i: number, end = s.length): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `\d` */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
