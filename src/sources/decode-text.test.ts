import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeUtf8, decodeWebText, looksBinary } from './decode-text.js';

describe('looksBinary', () => {
  it('spots NUL bytes and control-character noise, not text', () => {
    expect(looksBinary(Buffer.from('plain text\twith tabs\r\n'))).toBe(false);
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from([1, 2, 3, 4, 5, 65, 66, 67, 68, 69]))).toBe(true);
    expect(looksBinary(iconv.encode('text', 'utf-16le', { addBOM: true }))).toBe(false);
  });
});

describe('decodeUtf8', () => {
  it('accepts UTF-8 and refuses other bytes', () => {
    expect(decodeUtf8(Buffer.from('naïve — “ok”'))).toBe('naïve — “ok”');
    expect(decodeUtf8(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBeNull();
  });
});

describe('decodeWebText', () => {
  const page = '<html><head><title>x</title></head><body><p>“Café” naïve — Zürich</p></body></html>';
  const cp1252 = iconv.encode(page, 'windows-1252');

  it('finds a charset declared in the page', () => {
    expect(declaredCharset(Buffer.from('<meta charset="windows-1252">'))).toBe('windows-1252');
    expect(
      declaredCharset(
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
      ),
    ).toBe('iso-8859-1');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><rss/>'))).toBe(
      'ISO-8859-15',
    );
  });

  it.each([
    ['Content-Type charset', cp1252, 'text/html; charset=windows-1252'],
    ['ISO-8859-1 label read as windows-1252', cp1252, 'text/html; charset=iso-8859-1'],
    ['detected', cp1252, 'text/html'],
  ])('decodes windows-1252 (%s)', (_, bytes, contentType) => {
    expect(decodeWebText(bytes, contentType).text).toBe(page);
  });

  it('prefers valid UTF-8 when nothing is declared, and a byte-order mark over a wrong label', () => {
    expect(decodeWebText(Buffer.from(page), null)).toEqual({ text: page, charset: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)]);
    expect(decodeWebText(bom, 'text/html; charset=windows-1252').text).toBe(page);
  });
});
