/**
 * Merging reports and records into events (DESIGN.md, "Merging reports into events"). Every report
 * of a document and every curated row becomes a candidate: its company resolved to the key of the
 * top-level company, its date, amount and other fields as claims of its source. Candidates about the
 * same cut join one event; the event keeps every claim and shows, field by field, the best-supported
 * value, with the disagreements listed as conflicts. Pure: no clock, no I/O.
 */
import { createHash } from 'node:crypto';
import type {
  AiClaim,
  Claim,
  Claimant,
  Conflict,
  CuratedRecord,
  Document,
  Event,
  EventSource,
  Report,
} from '../domain.js';
import type { AiAttribution, EvidenceSpan, Headcount, Reason, Support } from '../extract/types.js';
import type { CompanyResolver } from './company.js';
import { companyKey } from './company-name.js';

export type MergeOptions = {
  /** Days between two day-dated reports of one cut. Default 14. */
  windowDays?: number;
};

/** An event as the store saves it: with the key of its top-level company. */
export type MergedEvent = Event & { company_key: string };

/**
 * One report or record, ready to merge: the company resolved, the date's precision known, and the
 * source that makes its claims.
 */
export type Candidate = {
  /** The report or record id. */
  id: string;
  /** A mention (a cut a document names in passing) supports an event but never starts one. */
  role: 'primary' | 'mention' | 'record';
  /** Key of the top-level company: candidates merge only within one key. */
  key: string;
  /** The company as resolved ("AWS"), and its top-level parent ("Amazon") when it has one. */
  company: string;
  parent_company: string | null;
  source: EventSource;
  /** Who speaks in the source: the writer of an article, the company in its own press release, a dataset. */
  claimant: Claimant;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  /** The publication date of the document: an undated report is about a cut shortly before it. */
  anchor: string | null;
  headcount: Headcount | null;
  percent: number | null;
  country: string | null;
  locations: string[];
  units: string[];
  reasons: Reason[];
  ai_attribution: AiAttribution;
  support: Support;
  hiring_areas: string[];
  context: string[];
  evidence: Record<string, EvidenceSpan[]>;
};

const DEFAULT_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * Two amounts are of one cut when the larger lower bound is at most this times the smaller upper
 * bound: 3,700 and 3,500 are one cut, 3,700 and 3,000 two (Uber's two rounds of May 2020).
 */
const AMOUNT_TOLERANCE = 1.1;
/** "More than 500" is read as 500..2,000 and "up to 1,000" as 250..1,000 when comparing amounts. */
const OPEN_BOUND_FACTOR = 4;
/** "About 600" is read as 540..660. */
const ABOUT_SPREAD = 0.1;

const EMPTY_SUPPORT: Support = {
  severance: null,
  continued_pay_days: null,
  healthcare: null,
  job_placement: null,
  notes: [],
};

// ---------------------------------------------------------------------------------------------
// Candidates

/**
 * A report as a candidate, or null when it cannot be one: no company named, or the document is a
 * near-duplicate of another (its twin already speaks for it, so a syndicated copy never adds a source
 * or changes a number).
 */
export function reportToCandidate(
  report: Report,
  document: Document,
  resolver: CompanyResolver,
): Candidate | null {
  if (document.duplicate_of) return null;
  const event = report.event;
  if (!event.company?.trim()) return null;
  const company = resolver.resolve(event.company, event.parent_company);
  if (!company.key) return null;
  const source: EventSource = {
    kind: 'article',
    ref: document.id,
    url: document.url,
    outlet: document.outlet,
    title: document.title,
    published: document.published,
    document_id: document.id,
  };
  return {
    id: report.id,
    role: report.role,
    key: company.key,
    company: company.name,
    parent_company: company.parent,
    source,
    claimant: isOwnSite(document.url, company.key) ? 'company' : 'writer',
    date: validDate(event.date),
    anchor: validDate(document.published),
    headcount: event.headcount,
    percent: event.percent,
    country: event.country,
    locations: event.locations,
    units: event.units,
    reasons: event.reasons,
    ai_attribution: event.ai_attribution,
    support: event.support,
    hiring_areas: event.hiring_areas,
    context: event.context,
    evidence: event.evidence,
  };
}

/** A curated row (layoffs.fyi) as a candidate, or null when its company name is empty. */
export function curatedToCandidate(record: CuratedRecord, resolver: CompanyResolver): Candidate | null {
  const company = resolver.resolve(record.company);
  if (!company.key) return null;
  const n = record.headcount;
  return {
    id: record.id,
    role: 'record',
    key: company.key,
    company: company.name,
    parent_company: company.parent,
    source: {
      kind: 'curated',
      ref: record.id,
      url: record.source_url,
      outlet: DATASET_NAMES[record.dataset],
      title: null,
      published: null,
      document_id: null,
    },
    claimant: 'dataset',
    date: validDate(record.date),
    anchor: null,
    headcount: n === null ? null : { value: n, min: n, max: n, qualifier: 'exact', words: null },
    percent: record.percent,
    country: record.country && /^[A-Za-z]{2}$/.test(record.country) ? record.country.toUpperCase() : null,
    locations: record.location ? [record.location] : [],
    units: [],
    reasons: [],
    ai_attribution: 'none',
    support: EMPTY_SUPPORT,
    hiring_areas: [],
    context: [],
    evidence: {},
  };
}

const DATASET_NAMES: Record<CuratedRecord['dataset'], string> = { 'layoffs-fyi': 'layoffs.fyi' };

/** A press release on the company's own site speaks for the company: aboutamazon.com, news.microsoft.com. */
function isOwnSite(url: string | null, key: string): boolean {
  if (!url) return false;
  const labels = hostLabels(url);
  if (!labels) return false;
  const name = key.replace(/-/g, '');
  return labels.some(
    (l) => l === name || l === `about${name}` || l === `${name}news` || l === `${name}newsroom`,
  );
}

// A document's reports ask about the same address one after another: it is parsed once.
let lastHost: { url: string; labels: string[] | null } | null = null;

/** The labels of the address's host before its top-level domain ("news", "microsoft"); null if no URL. */
function hostLabels(url: string): string[] | null {
  if (lastHost?.url !== url) {
    let labels: string[] | null;
    try {
      labels = new URL(url).hostname.toLowerCase().split('.').slice(0, -1);
    } catch {
      labels = null;
    }
    lastHost = { url, labels };
  }
  return lastHost.labels;
}

function validDate(date: string | null | undefined): string | null {
  return date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) ? date : null;
}

// ---------------------------------------------------------------------------------------------
// Is it the same event?

/** The days a date or an anchor covers, as day numbers; `coarse` when it is not one day. */
type Span = { from: number; to: number; coarse: boolean };

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function dateSpan(date: string): Span {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return { from: dayNumber(y, m!, d), to: dayNumber(y, m!, d), coarse: false };
  if (m !== undefined) return { from: dayNumber(y, m, 1), to: dayNumber(y, m + 1, 1) - 1, coarse: true };
  return { from: dayNumber(y, 1, 1), to: dayNumber(y + 1, 1, 1) - 1, coarse: true };
}

/** An undated report is about a cut in the window before it was published. */
function anchorSpan(anchors: string[], windowDays: number): Span | null {
  const days = anchors.map((a) => dateSpan(a)).filter((s) => !s.coarse);
  if (days.length === 0) return null;
  const latest = Math.max(...days.map((s) => s.to));
  return { from: Math.min(...days.map((s) => s.from)) - windowDays, to: latest, coarse: true };
}

function spanOf(date: string | null, anchors: string[], windowDays: number): Span | null {
  return date ? dateSpan(date) : anchorSpan(anchors, windowDays);
}

/**
 * Days between two spans when they may be one cut, or null when they may not. Two days may be
 * `windowDays` apart; a month, a year or an undated report's window must overlap the other side
 * (reports without a day date merge by month). Two sides that have no date at all (nor a
 * publication date) only meet each other.
 */
function dateGap(a: Span | null, b: Span | null, windowDays: number): number | null {
  if (!a || !b) return !a && !b ? 0 : null;
  const gap = Math.max(0, a.from - b.to, b.from - a.to);
  const allowed = a.coarse || b.coarse ? 0 : windowDays;
  return gap <= allowed ? gap : null;
}

/** The range of people an amount may stand for, or null when it says nothing usable. */
function amountRange(h: Headcount | null): [number, number] | null {
  if (!h) return null;
  const { value, qualifier } = h;
  let min = h.min;
  let max = h.max;
  if (qualifier === 'exact' && value !== null) return [value, value];
  if (qualifier === 'about' && value !== null)
    return [value * (1 - ABOUT_SPREAD), value * (1 + ABOUT_SPREAD)];
  if (qualifier === 'at_least') min ??= value;
  if (qualifier === 'up_to') max ??= value;
  if (min === null && max === null) return value === null ? null : [value, value];
  return [min ?? max! / OPEN_BOUND_FACTOR, max ?? min! * OPEN_BOUND_FACTOR];
}

function headcountsCompatible(a: Headcount | null, b: Headcount | null): boolean {
  const ra = amountRange(a);
  const rb = amountRange(b);
  if (!ra || !rb) return true;
  const low = Math.max(ra[0], rb[0]);
  const high = Math.min(ra[1], rb[1]);
  return low <= Math.max(high, 0) * AMOUNT_TOLERANCE;
}

function percentsCompatible(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  return Math.abs(a - b) <= Math.max(2, 0.25 * Math.max(a, b));
}

/** The key of an event's top-level company, the same one the resolver gives its candidates. */
export function eventKey(event: Event): string {
  const withKey = event as Partial<MergedEvent>;
  return withKey.company_key ?? companyKey(event.parent_company ?? event.company);
}

/**
 * A curated dataset lists each cut once: a row never joins an event that already has a row of the
 * same dataset dated another day (two rows on one day are usually one cut at several sites).
 */
function datasetSeparates(event: Event, candidate: Candidate): boolean {
  if (candidate.source.kind !== 'curated') return false;
  return event.claims.some(
    (c) =>
      c.field === 'date' &&
      c.source.kind === 'curated' &&
      c.source.outlet === candidate.source.outlet &&
      c.source.ref !== candidate.source.ref &&
      c.value !== candidate.date,
  );
}

function eventAnchors(event: Event): string[] {
  return event.sources.flatMap((s) => (s.kind === 'article' && validDate(s.published) ? [s.published!] : []));
}

/** Days between the event and the candidate when they may be one cut (see isSameEvent), else null. */
function matchGap(event: Event, candidate: Candidate, windowDays: number): number | null {
  if (eventKey(event) !== candidate.key || datasetSeparates(event, candidate)) return null;
  const gap = dateGap(
    spanOf(event.date, eventAnchors(event), windowDays),
    spanOf(candidate.date, candidate.anchor ? [candidate.anchor] : [], windowDays),
    windowDays,
  );
  if (gap === null) return null;
  if (!headcountsCompatible(event.headcount, candidate.headcount)) return null;
  if (!percentsCompatible(event.percent, candidate.percent)) return null;
  return gap;
}

/**
 * Whether a candidate reports the event: the same top-level company (after alias and parent
 * resolution); dates within `windowDays` of each other when both are days, in the same month (or
 * year) when either is coarser; and compatible amounts (a later, larger round is a new event).
 * Two rows of one curated dataset with different dates are never one event.
 * An undated candidate counts as dated in the window before its publication date; one with no
 * publication date either only joins events that have no date either.
 */
export function isSameEvent(event: Event, candidate: Candidate, options: MergeOptions = {}): boolean {
  return matchGap(event, candidate, options.windowDays ?? DEFAULT_WINDOW_DAYS) !== null;
}

// ---------------------------------------------------------------------------------------------
// Claims

/** Claimants ranked: an official record over the company's own word over everyone else's. */
const CLAIMANT_RANK: Record<Claimant, number> = {
  official: 3,
  company: 2,
  writer: 1,
  analyst: 1,
  dataset: 1,
};
const KIND_ORDER: Record<EventSource['kind'], number> = { article: 0, curated: 1, warn: 2 };
const QUALIFIER_RANK: Record<Headcount['qualifier'], number> = {
  exact: 4,
  about: 3,
  at_least: 2,
  up_to: 2,
  vague: 1,
};

/** Fields whose values are lists: the event shows their union. */
const LIST_FIELDS = ['locations', 'units', 'reasons', 'hiring_areas', 'context'] as const;

function sourceId(source: EventSource): string {
  return `${source.kind}:${source.ref}`;
}

function evidenceFor(evidence: Record<string, EvidenceSpan[]>, field: string): EvidenceSpan[] {
  return Object.entries(evidence)
    .filter(([k]) => k === field || k.startsWith(`${field}.`) || k.startsWith(`${field}[`))
    .flatMap(([, spans]) => spans);
}

/** Explicit and denied are, by definition, the company's word; blamed and mixed are the writer's reading. */
function aiClaimant(attribution: AiAttribution, claimant: Claimant): Claimant {
  if (claimant === 'company' || claimant === 'official') return claimant;
  return attribution === 'explicit' || attribution === 'denied' ? 'company' : claimant;
}

function candidateClaims(c: Candidate): Claim[] {
  const claims: Claim[] = [];
  const add = (field: string, value: unknown, claimant: Claimant = c.claimant): void => {
    claims.push({ field, value, source: c.source, claimant, evidence: evidenceFor(c.evidence, field) });
  };
  add('company', c.company);
  if (c.parent_company) add('parent_company', c.parent_company);
  if (c.date) add('date', c.date);
  if (c.headcount) add('headcount', c.headcount);
  if (c.percent !== null) add('percent', c.percent);
  if (c.country) add('country', c.country);
  for (const field of LIST_FIELDS) if (c[field].length) add(field, c[field]);
  if (c.ai_attribution !== 'none')
    add('ai_attribution', c.ai_attribution, aiClaimant(c.ai_attribution, c.claimant));
  const s = c.support;
  if (
    s.severance !== null ||
    s.continued_pay_days !== null ||
    s.healthcare !== null ||
    s.job_placement !== null ||
    s.notes.length
  ) {
    add('support', s);
  }
  return claims;
}

function candidateAiClaim(c: Candidate): AiClaim | null {
  if (c.ai_attribution === 'none') return null;
  const quote = evidenceFor(c.evidence, 'ai_attribution')
    .map((span) => span.text.trim())
    .filter(Boolean);
  return {
    attribution: c.ai_attribution,
    claimant: aiClaimant(c.ai_attribution, c.claimant),
    quote: quote.length ? [...new Set(quote)].join(' … ') : null,
    source: c.source,
  };
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

/**
 * Sources in a fixed order that does not depend on arrival: by the date each claims (else its
 * publication date), then publication, then kind, then ref. The first is the event's founding source.
 */
function orderSources(sources: EventSource[], claims: Claim[]): EventSource[] {
  const dateOf = new Map<string, string>();
  for (const claim of claims)
    if (claim.field === 'date') dateOf.set(sourceId(claim.source), String(claim.value));
  const sortKey = (s: EventSource): string[] => [
    dateOf.get(sourceId(s)) ?? s.published ?? '9999',
    s.published ?? '9999',
    String(KIND_ORDER[s.kind]),
    s.ref,
  ];
  return [...sources].sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

type Ranked<T> = { value: T; claim: Claim; order: number };

/**
 * The best-supported value among claims: the highest-ranked claimants (official > company > others),
 * then the most specific value, then the value the most sources claim, then the earliest source's.
 */
function best<T>(
  claims: Ranked<T>[],
  specificity: (claim: Ranked<T>) => number,
  identity: (value: T) => string,
): Ranked<T> | null {
  if (claims.length === 0) return null;
  const topRank = Math.max(...claims.map((c) => CLAIMANT_RANK[c.claim.claimant]));
  const ranked = claims.filter((c) => CLAIMANT_RANK[c.claim.claimant] === topRank);
  const topSpecificity = Math.max(...ranked.map(specificity));
  const specific = ranked.filter((c) => specificity(c) === topSpecificity);
  const groups = new Map<string, Ranked<T>[]>();
  for (const c of specific) {
    const id = identity(c.value);
    groups.set(id, [...(groups.get(id) ?? []), c]);
  }
  let winner: Ranked<T>[] | null = null;
  for (const group of groups.values()) {
    const sources = new Set(group.map((c) => sourceId(c.claim.source))).size;
    const winnerSources = winner ? new Set(winner.map((c) => sourceId(c.claim.source))).size : -1;
    const earliest = Math.min(...group.map((c) => c.order));
    if (
      sources > winnerSources ||
      (sources === winnerSources && earliest < Math.min(...winner!.map((c) => c.order)))
    ) {
      winner = group;
    }
  }
  return winner ? [...winner].sort((a, b) => a.order - b.order)[0]! : null;
}

function headcountIdentity(h: Headcount): string {
  return `${h.qualifier}|${h.value}|${h.min}|${h.max}`;
}

function headcountSpecificity(h: Headcount): number {
  const range = amountRange(h);
  const width = range ? range[1] - range[0] : 1e9;
  return QUALIFIER_RANK[h.qualifier] * 1e10 - Math.min(width, 1e9);
}

/** Two claimed amounts that cannot both be true: different numbers, or ranges that do not meet. */
function headcountsDisagree(a: Headcount, b: Headcount): boolean {
  if (a.value !== null && b.value !== null) return a.value !== b.value;
  const ra = amountRange(a);
  const rb = amountRange(b);
  return ra !== null && rb !== null && (ra[0] > rb[1] || rb[0] > ra[1]);
}

function datesDisagree(a: string, b: string): boolean {
  return !a.startsWith(b) && !b.startsWith(a);
}

function conflictOf<T>(
  field: string,
  claims: Ranked<T>[],
  identity: (value: T) => string,
  disagree: (a: T, b: T) => boolean,
): Conflict | null {
  const groups = new Map<string, { value: T; sources: string[] }>();
  for (const c of claims) {
    const id = identity(c.value);
    const group = groups.get(id) ?? { value: c.value, sources: [] };
    if (!group.sources.includes(c.claim.source.ref)) group.sources.push(c.claim.source.ref);
    groups.set(id, group);
  }
  const values = [...groups.values()];
  const any = values.some((a, i) => values.slice(i + 1).some((b) => disagree(a.value, b.value)));
  return any ? { field, values } : null;
}

function dedupeText(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const id = value
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push(value.trim());
  }
  return out;
}

/**
 * The event's AI attribution from all claims: the company denying while someone blames AI, or a
 * report that is itself mixed, reads "mixed"; otherwise the strongest single claim (explicit >
 * blamed > denied).
 */
function reconcileAi(claims: AiClaim[]): AiAttribution {
  const seen = new Set(claims.map((c) => c.attribution));
  if (seen.has('mixed')) return 'mixed';
  if (seen.has('denied') && (seen.has('explicit') || seen.has('blamed'))) return 'mixed';
  if (seen.has('explicit')) return 'explicit';
  if (seen.has('blamed')) return 'blamed';
  if (seen.has('denied')) return 'denied';
  return 'none';
}

function eventId(key: string, first: EventSource): string {
  return createHash('sha256')
    .update(`${key}|${sourceId(first)}`)
    .digest('hex')
    .slice(0, 16);
}

/** The event its claims, AI claims and sources add up to. */
function reconcile(key: string, sourcesIn: EventSource[], claimsIn: Claim[], aiIn: AiClaim[]): MergedEvent {
  const sources = orderSources(sourcesIn, claimsIn);
  const order = new Map(sources.map((s, i) => [sourceId(s), i]));
  const orderOf = (s: EventSource): number => order.get(sourceId(s)) ?? sources.length;
  const claims = [...claimsIn].sort((a, b) => orderOf(a.source) - orderOf(b.source));
  const ai_claims = [...aiIn].sort((a, b) => orderOf(a.source) - orderOf(b.source));
  const of = <T>(field: string): Ranked<T>[] =>
    claims
      .filter((c) => c.field === field)
      .map((c) => ({ value: c.value as T, claim: c, order: orderOf(c.source) }));
  const conflicts: Conflict[] = [];
  const mark = (conflict: Conflict | null): void => {
    if (conflict) conflicts.push(conflict);
  };

  // Company: the most specific name (a subsidiary over its parent), with the parent that source resolved.
  const parents = new Map(of<string>('parent_company').map((c) => [sourceId(c.claim.source), c.value]));
  const company = best(
    of<string>('company'),
    (c) => (parents.has(sourceId(c.claim.source)) ? 1 : 0),
    (name) => name.toLowerCase(),
  );
  const companyName = company?.value ?? '';
  const parentName = company ? (parents.get(sourceId(company.claim.source)) ?? null) : null;

  // Date: the finest, best-supported date; a dataset's day yields to an article's day.
  const dateClaims = of<string>('date');
  const articleDay = dateClaims.some((c) => c.claim.source.kind === 'article' && c.value.length === 10);
  const date = best(
    articleDay ? dateClaims.filter((c) => c.claim.source.kind !== 'curated') : dateClaims,
    (c) => c.value.length,
    (d) => d,
  );
  mark(conflictOf('date', dateClaims, (d) => d, datesDisagree));

  const headcountClaims = of<Headcount>('headcount');
  const headcount = best(headcountClaims, (c) => headcountSpecificity(c.value), headcountIdentity);
  mark(conflictOf('headcount', headcountClaims, headcountIdentity, headcountsDisagree));

  const percentClaims = of<number>('percent');
  const percent = best(
    percentClaims,
    () => 0,
    (p) => p.toFixed(1),
  );
  mark(
    conflictOf(
      'percent',
      percentClaims,
      (p) => p.toFixed(1),
      (a, b) => a.toFixed(1) !== b.toFixed(1),
    ),
  );

  const countryClaims = of<string>('country');
  const country = best(
    countryClaims,
    () => 0,
    (c) => c,
  );
  mark(
    conflictOf(
      'country',
      countryClaims,
      (c) => c,
      (a, b) => a !== b,
    ),
  );

  const aiClaims = of<AiAttribution>('ai_attribution');
  mark(
    conflictOf(
      'ai_attribution',
      aiClaims,
      (a) => a,
      (a, b) => a !== b,
    ),
  );

  const support = reconcileSupport(of<Support>('support'), mark);

  const list = (field: (typeof LIST_FIELDS)[number]): string[] =>
    dedupeText(of<string[]>(field).flatMap((c) => c.value));

  return {
    id: eventId(key, sources[0]!),
    company: companyName,
    company_key: key,
    parent_company: parentName && companyKey(parentName) !== companyKey(companyName) ? parentName : null,
    date: date?.value ?? null,
    headcount: headcount?.value ?? null,
    percent: percent?.value ?? null,
    country: country?.value ?? null,
    locations: list('locations'),
    units: list('units'),
    reasons: list('reasons') as Reason[],
    ai_attribution: reconcileAi(ai_claims),
    ai_claims,
    support,
    hiring_areas: list('hiring_areas'),
    context: list('context'),
    sources,
    claims,
    conflicts,
  };
}

const SUPPORT_FLAGS = ['severance', 'continued_pay_days', 'healthcare', 'job_placement'] as const;

/** Support field by field: the first value given, by claimant rank then source order; notes unioned. */
function reconcileSupport(claims: Ranked<Support>[], mark: (conflict: Conflict | null) => void): Support {
  const ranked = [...claims].sort(
    (a, b) => CLAIMANT_RANK[b.claim.claimant] - CLAIMANT_RANK[a.claim.claimant] || a.order - b.order,
  );
  const support: Support = { ...EMPTY_SUPPORT, notes: dedupeText(ranked.flatMap((c) => c.value.notes)) };
  for (const field of SUPPORT_FLAGS) {
    const given = ranked
      .filter((c) => c.value[field] !== null)
      .map((c) => ({ ...c, value: c.value[field] as boolean | number }));
    if (given[0]) (support[field] as boolean | number | null) = given[0].value;
    mark(conflictOf(`support.${field}`, given, String, (a, b) => a !== b));
  }
  return support;
}

// ---------------------------------------------------------------------------------------------
// Merging

/**
 * The event with the candidate merged in (or a new event from the candidate alone). The candidate's
 * source replaces whatever that source claimed before, so merging the same candidate twice, or a
 * newer extraction of the same document, changes nothing but what changed. A mention does not
 * override what its document's own report already claims for the event.
 *
 * The event's id is derived from its key and its first source in a fixed order (see orderSources):
 * rebuilding from the same sources gives the same id, whatever order they came in.
 */
export function mergeIntoEvent(event: Event | null, candidate: Candidate): MergedEvent {
  if (event && eventKey(event) !== candidate.key) {
    throw new Error(
      `merge: a report about "${candidate.company}" cannot join the event of "${event.company}"`,
    );
  }
  const id = sourceId(candidate.source);
  const sources = event?.sources ?? [];
  const claims = event?.claims ?? [];
  const aiClaims = event?.ai_claims ?? [];
  if (event && candidate.role === 'mention' && sources.some((s) => sourceId(s) === id)) {
    return reconcile(candidate.key, sources, claims, aiClaims);
  }
  const ai = candidateAiClaim(candidate);
  return reconcile(
    candidate.key,
    [...sources.filter((s) => sourceId(s) !== id), candidate.source],
    [...claims.filter((c) => sourceId(c.source) !== id), ...candidateClaims(candidate)],
    [...aiClaims.filter((c) => sourceId(c.source) !== id), ...(ai ? [ai] : [])],
  );
}

/** The index of the event nearest in time that the candidate may belong to; the earliest on a tie. */
function nearest(events: readonly Event[], candidate: Candidate, windowDays: number): number {
  let found = -1;
  let foundGap = Number.POSITIVE_INFINITY;
  events.forEach((event, i) => {
    const gap = matchGap(event, candidate, windowDays);
    if (gap !== null && gap < foundGap) {
      found = i;
      foundGap = gap;
    }
  });
  return found;
}

/** Of the events a candidate may belong to (isSameEvent), the nearest in time; the earliest given on a tie. */
export function findEvent<E extends Event>(
  events: readonly E[],
  candidate: Candidate,
  options: MergeOptions = {},
): E | null {
  return events[nearest(events, candidate, options.windowDays ?? DEFAULT_WINDOW_DAYS)] ?? null;
}

function candidateOrder(c: Candidate): string[] {
  return [
    c.role === 'mention' ? '1' : '0',
    c.date ?? c.anchor ?? '9999',
    c.key,
    String(KIND_ORDER[c.source.kind]),
    c.source.ref,
    c.id,
  ];
}

/**
 * All events, computed from scratch from every candidate (what `reprocess` does). Candidates are
 * taken in a fixed order — reports and records by date, then mentions — so the result does not depend
 * on the order they are given in. Each joins the nearest event it matches (isSameEvent), or starts a
 * new one; a mention that matches no event is dropped.
 */
export function rebuildEvents(candidates: Candidate[], options: MergeOptions = {}): MergedEvent[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const sorted = [...candidates].sort((a, b) => compareKeys(candidateOrder(a), candidateOrder(b)));
  const events: MergedEvent[] = [];
  const byKey = new Map<string, number[]>();
  for (const candidate of sorted) {
    const indexes = byKey.get(candidate.key) ?? [];
    const found = nearest(
      indexes.map((i) => events[i]!),
      candidate,
      windowDays,
    );
    if (found >= 0) {
      const i = indexes[found]!;
      events[i] = mergeIntoEvent(events[i]!, candidate);
    } else if (candidate.role !== 'mention') {
      byKey.set(candidate.key, [...indexes, events.length]);
      events.push(mergeIntoEvent(null, candidate));
    }
  }
  return events;
}
