/**
 * Text of a known kind (an HTML page, Markdown, plain text) → the fields of a SourceDocument, and the
 * checks every local input goes through before that: not empty, not binary, valid UTF-8.
 */
import type { SourceDocument } from '../domain.js';
import { declaredCharset, decodeUtf8, decodeWebText, looksBinary } from './decode-text.js';
import { htmlToArticle, looksLikeHtml, NoArticleError } from './html.js';
import { markdownToText } from './markdown-text.js';
import { SourceError } from './source-error.js';

export type TextKind = 'html' | 'markdown' | 'text';

const CONTENT_TYPES: Record<TextKind, string> = {
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
};

/** A title line is short; a longer first line is the start of the text itself. */
const MAX_TITLE_CHARS = 200;

/**
 * Bytes read from a file or stdin → text, refusing what cannot be read reliably. `kind` null means
 * "sniff": HTML when it looks like HTML, plain text otherwise. HTML that declares its charset in a
 * <meta> tag is decoded with it, as a browser would; everything else must be UTF-8.
 */
export function decodeLocalText(
  origin: string,
  bytes: Uint8Array,
  kind: TextKind | null,
): { text: string; kind: TextKind } {
  if (bytes.length === 0) throw new SourceError(origin, 'empty; there is nothing to read');
  if (startsWith(bytes, '%PDF-'))
    throw new SourceError(origin, 'a PDF, not text; save its text as a .txt file and ingest that');
  if (looksBinary(bytes)) throw new SourceError(origin, 'binary, not text; give a .txt, .md or .html file');
  const declared = kind !== 'markdown' && kind !== 'text' ? declaredCharset(bytes) : null;
  let text: string | null;
  if (declared && !/^utf-?8$/i.test(declared)) {
    text = decodeWebText(bytes, null).text;
  } else {
    text = decodeUtf8(bytes);
    if (text === null) {
      throw new SourceError(
        origin,
        'not valid UTF-8; convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
      );
    }
  }
  if (!text.trim()) throw new SourceError(origin, 'empty (only white space); there is nothing to read');
  return { text, kind: kind ?? (looksLikeHtml(text) ? 'html' : 'text') };
}

/**
 * The document for a text of a known kind. HTML goes through Readability (a page without an article
 * is a SourceError naming `origin`); Markdown loses its markup; plain text is kept as written.
 */
export function textDocument(
  text: string,
  kind: TextKind,
  fields: { origin: string; url: string | null; raw: Uint8Array; contentType?: string | null },
): SourceDocument {
  const base = {
    url: fields.url,
    raw: fields.raw,
    content_type: fields.contentType ?? CONTENT_TYPES[kind],
    origin: fields.origin,
  };
  if (kind === 'html') {
    let article: ReturnType<typeof htmlToArticle>;
    try {
      article = htmlToArticle(text, fields.url);
    } catch (error) {
      if (error instanceof NoArticleError) {
        throw new SourceError(
          fields.origin,
          `no readable article (${error.reason}); give the article's own page, or save its text as a .txt file`,
          { cause: error },
        );
      }
      throw error;
    }
    return { ...base, ...article };
  }
  const plain = kind === 'markdown' ? markdownToText(text) : { text: normalizeText(text), title: null };
  if (!plain.text)
    throw new SourceError(fields.origin, 'has no text once its markup is removed; there is nothing to read');
  return {
    ...base,
    title: plain.title ?? firstLineTitle(plain.text),
    outlet: null,
    published: null,
    language: null,
    text: plain.text,
  };
}

function normalizeText(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/**
 * The first line as a title when it reads like one: followed by more text, short, and not ending
 * like a sentence ("Acme to cut 200 jobs" yes; "Acme said on Monday it would cut jobs." no).
 */
function firstLineTitle(text: string): string | null {
  const newline = text.indexOf('\n');
  if (newline < 0) return null;
  const line = text.slice(0, newline).trim();
  if (!line || line.length > MAX_TITLE_CHARS || /[.,;:]$/.test(line)) return null;
  return line;
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
