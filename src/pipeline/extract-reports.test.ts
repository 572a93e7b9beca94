import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { extractReports } from './extract-reports.js';

const BODY = `Northwind Labs said on Tuesday it would cut 120 jobs at its Leeds research centre, about 8% of its staff.

The company, which makes lab equipment, said orders from universities had fallen for a year. Affected employees will get three months of pay.

Separately, rival Bluepeak Systems cut 40 jobs in March, the company said.`;

const doc = (fields: { title?: string | null; text?: string }) => ({
  id: 'd1',
  text: fields.text ?? BODY,
  title: fields.title ?? null,
  published: '2026-03-11',
  url: null,
});

describe('extractReports', () => {
  it('gives the primary event and the mentions as reports with ids, roles and the extractor version', () => {
    const reports = extractReports(doc({}));
    expect(reports[0]).toMatchObject({
      id: 'd1:0',
      document_id: 'd1',
      role: 'primary',
      extractor_version: EXTRACTOR_VERSION,
    });
    expect(reports[0]!.event.company).toBe('Northwind Labs');
    for (const [i, report] of reports.slice(1).entries())
      expect(report).toMatchObject({ id: `d1:${i + 1}`, role: 'mention' });
  });

  it('reads a title the text lacks as the headline, with evidence offsets still into the text', () => {
    const titled = doc({ title: 'Northwind Labs to cut 120 jobs in Leeds' });
    const reports = extractReports(titled);
    expect(reports[0]?.event.company).toBe('Northwind Labs');
    for (const report of reports) {
      for (const spans of Object.values(report.event.evidence)) {
        for (const span of spans) expect(titled.text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('gives no reports for a text about no cut', () => {
    expect(
      extractReports(doc({ text: 'The city council approved a new park on Tuesday. Work starts in May.' })),
    ).toEqual([]);
  });
});
