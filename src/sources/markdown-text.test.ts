import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text.js';

describe('markdownToText', () => {
  it('keeps the words and paragraphs and drops the markup', () => {
    const markdown = [
      '---',
      'layout: post',
      '---',
      '# Acme cuts **200** jobs',
      '',
      'Acme said on _Thursday_ it would cut [200 jobs](https://x.example/a) in its snake_case unit.',
      '',
      '> "We regret it," said the CEO.',
      '',
      '- Sales',
      '1. Support',
      '',
      '![photo credit: someone](a.png)',
      '<!-- note to self -->',
      '```',
      'kept *as is*',
      '```',
      '[ref]: https://x.example',
      '***',
      'End.',
    ].join('\n');
    expect(markdownToText(markdown)).toEqual({
      title: 'Acme cuts 200 jobs',
      text: [
        'Acme cuts 200 jobs',
        '',
        'Acme said on Thursday it would cut 200 jobs in its snake_case unit.',
        '',
        '"We regret it," said the CEO.',
        '',
        'Sales',
        'Support',
        '',
        'kept *as is*',
        '',
        'End.',
      ].join('\n'),
    });
  });

  it('takes a setext heading as title, and none when the text does not open with a heading', () => {
    expect(markdownToText('Big news\n========\n\nBody.')).toEqual({
      title: 'Big news',
      text: 'Big news\n\nBody.',
    });
    expect(markdownToText('Body first.\n\n## Later heading').title).toBeNull();
  });
});
