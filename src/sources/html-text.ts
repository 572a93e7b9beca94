/**
 * Turns an article's content element into plain text: one paragraph per block element, separated
 * by blank lines; list items and table rows are lines of their paragraph; whitespace collapsed.
 */
import { ELEMENT_NODE, type HtmlElement, type HtmlNode, TEXT_NODE } from './html-dom.js';

const BLOCKS = new Set([
  ...'address article aside blockquote details div dl fieldset figure footer header hr main nav'.split(' '),
  ...'h1 h2 h3 h4 h5 h6 ol p pre section summary table ul'.split(' '),
]);

/** Lines within a paragraph rather than paragraphs of their own. */
const LINES = new Set(['li', 'tr', 'dt', 'dd', 'caption']);

// Captions are boilerplate to the extractor (DESIGN.md): a photo credit must not feed any field.
// The rest is markup whose text is not prose a reader sees.
const SKIPPED = new Set(
  'button figcaption form iframe noscript script select style svg template textarea'.split(' '),
);

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The plain text of an element, paragraphs separated by blank lines. */
export function elementToText(root: HtmlElement): string {
  const writer = new ParagraphWriter();
  walk(root, writer);
  return writer.finish();
}

function walk(node: HtmlNode, writer: ParagraphWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.inline(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as HtmlElement).localName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    writer.lineBreak();
    return;
  }
  if (tag === 'td' || tag === 'th') {
    writer.cell();
    walkChildren(node, writer);
    return;
  }
  const breaks = LINES.has(tag) ? 'line' : BLOCKS.has(tag) ? 'paragraph' : 'none';
  // A list nested in a list item continues its parent's paragraph rather than starting one.
  const nested = breaks === 'paragraph' && (tag === 'ul' || tag === 'ol') && writer.listDepth > 0;
  if (breaks === 'line' || nested) writer.lineBreak();
  else if (breaks === 'paragraph') writer.paragraphBreak();
  if (tag === 'li') writer.listDepth++;
  walkChildren(node, writer);
  if (tag === 'li') writer.listDepth--;
  if (breaks === 'line' || nested) writer.lineBreak();
  else if (breaks === 'paragraph') writer.paragraphBreak();
}

function walkChildren(node: HtmlNode, writer: ParagraphWriter): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, writer);
}

class ParagraphWriter {
  listDepth = 0;
  private line = '';
  private lineHasCell = false;
  private lines: string[] = [];
  private readonly paragraphs: string[] = [];

  inline(text: string): void {
    this.line += text;
  }

  /** Table cells of one row are joined on one line, so a two-column table reads "label | value". */
  cell(): void {
    const written = this.line.trimEnd();
    if (this.lineHasCell && written && !written.endsWith('|')) this.line += ' | ';
    this.lineHasCell = true;
  }

  lineBreak(): void {
    const line = this.line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.line = '';
    this.lineHasCell = false;
  }

  paragraphBreak(): void {
    this.lineBreak();
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join('\n\n');
  }
}
