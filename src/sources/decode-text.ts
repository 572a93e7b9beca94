/**
 * Bytes to text. Local files and stdin must be UTF-8 (a wrong guess would store garbled text, so the
 * user is asked to convert instead); web pages and feeds are decoded the way browsers do: byte-order
 * mark, then the Content-Type charset, then a charset declared in the first 2 KB (<meta charset>,
 * http-equiv, the XML declaration), then UTF-8 if the bytes are valid UTF-8, then chardet's guess.
 */
import { detect } from 'chardet';
import iconv from 'iconv-lite';

const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which a file is taken to be binary rather than text. */
const CONTROL_RATIO = 0.1;

/**
 * True for bytes that are not text: a NUL byte, or many control characters, in the first 64 KB.
 * UTF-16 text (which is full of NULs) is recognised by its byte-order mark and not called binary.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in real text.
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
      byte === 0x7f
    ) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > CONTROL_RATIO;
}

/** UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark; null when neither fits. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const utf16 = utf16Bom(bytes);
  if (utf16) return iconv.decode(Buffer.from(bytes), utf16);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The charset a page or feed declares in its first 2 KB: <meta charset>, http-equiv or <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** The charset parameter of a Content-Type header, if any. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

/** Decodes a web page or feed body; `charset` names the encoding that was used. */
export function decodeWebText(
  bytes: Uint8Array,
  contentType: string | null,
): { text: string; charset: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = utf16Bom(buffer) ?? (hasUtf8Bom(buffer) ? 'utf-8' : null);
  const declared = [contentTypeCharset(contentType), declaredCharset(buffer)]
    .map((label) => (label ? usableCharset(label) : null))
    .find((label) => label !== null);
  let charset = bom ?? declared ?? null;
  if (!charset) {
    const utf8 = decodeUtf8(buffer);
    if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
    const guess = detect(buffer);
    charset = (guess && usableCharset(guess)) ?? 'windows-1252';
  }
  // iconv-lite drops a UTF-8 or UTF-16 byte-order mark by default.
  return { text: iconv.decode(buffer, charset), charset };
}

/**
 * An encoding iconv-lite can decode, following the WHATWG label mapping where it matters: pages
 * labelled ISO-8859-1 or ASCII are really windows-1252 (curly quotes live in 0x80-0x9F).
 */
function usableCharset(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (
    ['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1', 'cp819'].includes(name)
  ) {
    return 'windows-1252';
  }
  if (name === 'utf8' || name === 'unicode-1-1-utf-8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
