/**
 * Markdown to reading text, lightly: the markup a reader does not see (heading marks, emphasis, link
 * targets, image syntax, code fences, HTML comments, list and quote markers) goes, the words and the
 * paragraph structure stay. This is not a Markdown renderer; the extractor only needs the prose.
 */

/** The text of a Markdown document and its first heading, if it starts with one. */
export function markdownToText(markdown: string): { text: string; title: string | null } {
  const source = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    // YAML front matter carries metadata, not prose.
    .replace(/^---\n[\s\S]*?\n(?:---|\.\.\.)\n/, '');
  const lines: string[] = [];
  let title: string | null = null;
  let fenced = false;
  for (const rawLine of source.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(rawLine)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(rawLine);
      continue;
    }
    // Reference-style link definitions and horizontal rules have no words to keep.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(rawLine) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(rawLine)) {
      lines.push('');
      continue;
    }
    // Setext underlines turn the previous line into a heading.
    if (/^\s{0,3}(=+|-+)\s*$/.test(rawLine) && lines.length > 0 && lines[lines.length - 1]!.trim()) {
      if (title === null && lines.filter((line) => line.trim()).length === 1)
        title = lines[lines.length - 1]!.trim();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    let line = heading ? heading[1]! : rawLine;
    line = line.replace(/^\s{0,3}(>\s?)+/, '').replace(/^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/, '$1');
    line = inlineText(line);
    if (heading && title === null && lines.every((previous) => !previous.trim())) title = line.trim() || null;
    lines.push(line.trimEnd());
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, title };
}

function inlineText(line: string): string {
  return (
    line
      // Images go (alt text is a caption, not prose); [text](href) and [text][ref] → text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // Inline HTML tags, keeping their text.
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      // Emphasis and code spans; an underscore inside a word (snake_case) is left alone.
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/`+([^`]+)`+/g, '$1')
      // Backslash escapes: \* → *
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
  );
}
