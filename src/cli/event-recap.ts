/**
 * An event as `layoffwatch event ID` prints it: the Quick Recap (scope, reason, impacted roles,
 * financial status, growth areas, employee support), each row marked with the sources that said it,
 * the AI claims side by side with who made each, the sources, and the conflicts between them.
 */
import type { Conflict, Event, EventSource } from '../domain.js';
import type { Headcount } from '../extract/types.js';
import { companyText, headcountText, placesText, supportText, words } from './event-text.js';

const LABEL_WIDTH = 18;

type RecapRow = { label: string; values: string[]; fields: string[] };

export function eventRecap(e: Event): string {
  const index = new Map(e.sources.map((s, i) => [`${s.kind}:${s.ref}`, i + 1]));
  const marks = (fields: string[]): string => {
    const cited = new Set<number>();
    for (const claim of e.claims) {
      if (fields.includes(claim.field)) cited.add(index.get(`${claim.source.kind}:${claim.source.ref}`) ?? 0);
    }
    return [...cited]
      .filter((i) => i > 0)
      .sort((a, b) => a - b)
      .map((i) => `[${i}]`)
      .join('');
  };
  const scope = [
    headcountText(e.headcount),
    e.percent === null ? '' : `${e.percent}% of the workforce`,
    placesText(e.locations),
    e.country ?? '',
  ].filter(Boolean);
  const rows: RecapRow[] = [
    {
      label: 'Scope of layoffs',
      values: scope.length ? [scope.join(' · ')] : [],
      fields: ['headcount', 'percent', 'locations', 'country'],
    },
    { label: 'Reason', values: e.reasons.length ? [words(e.reasons)] : [], fields: ['reasons'] },
    { label: 'Impacted roles', values: e.units, fields: ['units'] },
    { label: 'Financial status', values: e.context, fields: ['context'] },
    { label: 'Growth areas', values: e.hiring_areas, fields: ['hiring_areas'] },
    {
      label: 'Employee support',
      values: [supportText(e.support), ...e.support.notes].filter(Boolean),
      fields: ['support'],
    },
  ];

  const out: string[] = [];
  out.push(`${companyText(e)} — ${e.date ?? 'date unknown'}`);
  out.push(`Event ${e.id} · ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}`);
  out.push('', 'Quick Recap');
  for (const row of rows) {
    const [first = '—', ...rest] = row.values.map(oneLine);
    const mark = marks(row.fields);
    out.push(`  ${row.label.padEnd(LABEL_WIDTH)} ${first}${mark ? `  ${mark}` : ''}`);
    for (const value of rest) out.push(`  ${''.padEnd(LABEL_WIDTH)} ${value}`);
  }
  out.push(`  ${'AI attribution'.padEnd(LABEL_WIDTH)} ${e.ai_attribution}`);

  if (e.ai_claims.length > 0) {
    out.push('', 'AI claims');
    for (const claim of e.ai_claims) {
      const i = index.get(`${claim.source.kind}:${claim.source.ref}`);
      const quote = claim.quote ? `: "${oneLine(claim.quote)}"` : '';
      out.push(`  [${i}] ${claim.attribution} — said by the ${claim.claimant}${quote}`);
    }
  }

  out.push('', 'Sources');
  e.sources.forEach((s, i) => {
    out.push(`  [${i + 1}] ${sourceLine(s)}`);
    const where = [s.url, s.document_id ? `document ${s.document_id}` : null].filter(Boolean).join(' · ');
    if (where) out.push(`      ${where}`);
  });

  if (e.conflicts.length > 0) {
    out.push('', 'Conflicts');
    for (const conflict of e.conflicts) out.push(`  ${conflictLine(conflict, e.sources, index)}`);
  }
  return `${out.join('\n')}\n`;
}

/** Values quote the text they came from, line breaks included; a recap row is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sourceLine(s: EventSource): string {
  const parts = [s.kind, s.published ?? '', [s.outlet, s.title].filter(Boolean).join(' — ')];
  return parts.filter(Boolean).join('  ');
}

function conflictLine(conflict: Conflict, sources: EventSource[], index: Map<string, number>): string {
  const refIndex = (ref: string) => {
    const source = sources.find((s) => s.ref === ref);
    return source ? `[${index.get(`${source.kind}:${source.ref}`)}]` : ref;
  };
  const values = conflict.values.map(
    (v) => `${conflictValue(conflict.field, v.value)} ${v.sources.map(refIndex).join('')}`,
  );
  return `${conflict.field}: ${values.join(' · ')}`;
}

function conflictValue(field: string, value: unknown): string {
  if (field === 'headcount' && value && typeof value === 'object') return headcountText(value as Headcount);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
