/**
 * HTML sniffing, kept apart from html.ts so that deciding whether a text is HTML does not load the
 * HTML parser (linkedom adds about a quarter of a second to every CLI start).
 */

/**
 * True when the text is an HTML page or fragment rather than plain text: after any comments and
 * XML prolog it opens with a doctype, <html>, <head>, <body> or a block tag, or it carries an HTML
 * doctype within its first kilobyte. Prose that merely mentions tags does not open with one.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024);
  if (/<!doctype\s+html/i.test(head)) return true;
  const opening = head.replace(/^\ufeff?(?:\s*<!--[\s\S]*?-->|\s*<\?xml[^>]*\?>)*\s*/i, '');
  return /^<(?:html|head|body|article|main|div|p|meta|title|section)[\s>/]/i.test(opening);
}
