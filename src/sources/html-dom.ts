/**
 * Parses HTML with linkedom and names the small part of the DOM this project walks. The project
 * compiles without the DOM library (it runs on Node), so these structural types stand in for it.
 */
import { parseHTML } from 'linkedom';

export type HtmlNode = {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
};

export type HtmlElement = HtmlNode & {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
};

export type HtmlDocument = {
  readonly documentElement: HtmlElement | null;
  readonly title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a page or a fragment into a document with <html>, <head> and <body>. */
export function parseHtmlDocument(html: string): HtmlDocument {
  // linkedom makes the first element of a fragment the document element (a <p>, say), and
  // Readability then finds no body; wrapping a fragment gives it the page shape it expects.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as HtmlDocument;
}
