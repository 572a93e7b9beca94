/** The rest of an event, read from the sentences about it: units, reasons, support, hiring, context. */
import { Cues } from './cues.js';
import { LETTER } from './letters.js';
import { findPlaces } from './places.js';
import type { Reason, Support } from './types.js';
import { Anchored, wordsOf } from './words.js';

/** "4,000 support roles": up to three words between an amount and the noun it counts. */
const WORDS_BEFORE_JOB_NOUN = new RegExp(
  String.raw`^\s*\**\s*((?:(?!(?:of|in|at|from|to|by|and|or|the|its|more|new|additional|jobs?|roles?|positions?|employees|workers|people|staff)\b)[${LETTER}-]+\s+){1,3})(jobs?|roles?|positions?|employees|workers|staff|attendants|engineers|designers|executives|managers|specialists|mechanics|pilots|nurses|drivers|technicians|developers|analysts|agents|representatives|reporters|journalists|editors|teachers|researchers|scientists|consultants|contractors|operators|associates|crew|salespeople|recruiters)\b`,
  'i',
);

export type Found = { value: string; start: number; end: number };

const UNIT_NOUN =
  '(?:units?|divisions?|teams?|business|businesses|departments?|groups?|organi[sz]ations?|segments?|arm|operations|functions?|verticals?|staff|roles|workforce|plants?|sites?|factor(?:y|ies)|facilit(?:y|ies)|stores|offices?|cent(?:er|re)s?|hospital|mills?|warehouses?)';
/** The head nouns a list of units can share: "sales, marketing and gaming divisions". */
const SHARED_HEAD =
  /\s+(?:teams|divisions|departments|units|businesses|groups|functions|segments|operations|plants|sites|offices|stores)$/i;
/** Where a list stops naming units: a relative clause, a contrast, a source. */
const LIST_END =
  /,?\s+(?:which|who|that|where|while|but|although|though|as well as helping|rather than|instead of|according to|with|citing|saying|amid)\b|,\s+(?:(?:he|she|they|it)\s+|(?:the\s+)?(?:[\w'’-]+\s+){1,3})(?:said|says|told|wrote|added|announced|confirmed)\b/;
const LIST_SPLIT = /\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+as well as\s+|;\s*)/;

/** Functions that name a unit on their own, so "sales and indirect departments" is two units. */
const STANDALONE_FUNCTION =
  /^(?:sales|marketing|finance|legal|HR|IT|engineering|product|research|support|operations|manufacturing|editorial|content|tech|technology|admin|recruiting|communications|procurement|logistics|retail|services|gaming|news)$/i;

function trimUnit(s: string): string {
  return (
    s
      .replace(/^[\s“”"'‘’*•·-]+|[\s“”"'‘’*.,:;-]+$/g, '')
      .replace(
        /^(?:(?:the|its|their|a|an|some|other|various|several|both|in|at|from|on|of|like|including|such as|especially|notably|mostly|mainly|primarily|largely|total|entire|whole)\s+)+/i,
        '',
      )
      .replace(/\s+of the (?:company|firm|group|business)$/i, '')
      // Quotes go; an apostrophe inside a word stays ("the carrier’s call centre").
      .replace(/[“”"]|[‘’](?![A-Za-z])|(?<![A-Za-z])[‘’]/g, '')
      .trim()
  );
}

/**
 * The items of a list of units, each with its offset in the list. "A, B and C" is three items;
 * "a and b c" without a comma is one when a lower-case word that is no function of its own shares
 * the noun ("middle and senior management"); "sales and regional offices" and "Azure and Xbox
 * teams" are two. A beneficiary after "for" is not part of the unit ("account managers for schools").
 */
function listItems(list: string): { item: string; at: number }[] {
  const items: { item: string; at: number }[] = [];
  let chunkAt = 0;
  for (const chunk of list.includes('plus') ? list.split(/,?\s+plus\s+/) : [list]) {
    const at = list.indexOf(chunk, chunkAt);
    chunkAt = at + chunk.length;
    const body = (chunk.includes('for') ? chunk.split(/\s+for\s+/)[0]! : chunk).replace(/[\s,;]+$/, '');
    let parts: string[];
    if (body.includes(',') || body.includes(';')) {
      parts = body.split(/\s*,\s*(?:and\s+|or\s+)?|\s*;\s*/);
      const last = parts.pop()!;
      parts.push(...last.split(/\s+(?:and|or)\s+/));
    } else {
      parts = body.split(LIST_SPLIT);
      if (
        parts.length === 2 &&
        /^[a-z][^\s]*$/.test(parts[0]!.trim()) &&
        !STANDALONE_FUNCTION.test(parts[0]!.trim()) &&
        /\s/.test(parts[1]!.trim()) &&
        /\s+and\s+/.test(body)
      )
        parts = [body];
    }
    // "design, research and support teams", "Azure and Xbox teams" share the head; "sales and
    // regional offices" does not.
    const shared = parts.length > 2 || parts.every((p) => /^\s*[A-Z]/.test(p));
    if (shared && parts.length > 1 && !parts.slice(0, -1).some((p) => SHARED_HEAD.test(p)))
      parts[parts.length - 1] = parts[parts.length - 1]!.replace(SHARED_HEAD, '');
    let offset = 0;
    for (const part of parts) {
      const partAt = body.indexOf(part, offset);
      offset = partAt + part.length;
      items.push({ item: part, at: at + partAt });
    }
  }
  return items;
}

/** Words that point at units named elsewhere instead of naming one: "others", "some", "the rest". */
const STANDS_FOR_OTHERS =
  /^(?:others|other (?:ones|areas|parts|departments|teams|divisions|units|roles)|some|many|most|them|these|those|the rest|elsewhere)$/i;

function pushList(out: Found[], text: string, listStart: number, whole: string): void {
  const list = whole.split(LIST_END)[0]!;
  const items = listItems(list);
  for (const { item, at } of items) {
    const value = trimUnit(item);
    // "across the business" names no unit; "business, content and tech teams" lists three.
    if (
      (items.length === 1 || /^\s*(?:its|their|the|various|several|other|all)\s/i.test(item)) &&
      GENERIC_UNIT.test(value)
    )
      continue;
    const short = value.length < 3 && !/^[A-Z]{2}$/.test(value);
    // "8% of its workforce, as the maker of warehouse robots": a clause after the list, not an item.
    if (
      short ||
      value.length > 80 ||
      /^(?:which|who|that|and|or|as|while|after|because|since|when)\b/i.test(value)
    )
      continue;
    // "hiring aggressively in others": a word standing for units named elsewhere names none itself.
    if (STANDS_FOR_OTHERS.test(value)) continue;
    const s = listStart + at + Math.max(0, item.indexOf(value.split(' ')[0]!));
    out.push({ value, start: s, end: Math.min(s + value.length, text.length) });
  }
}

/** "from Azure and Xbox teams": capitalised names, kept only when the match names a team. */
const TEAM_NAMED =
  /\b(?:from|at)\s+((?:[A-Z][\w-]*\s*)+(?:and\s+(?:[A-Z][\w-]*\s*)+)?)(?:teams?|units?|divisions?)?\b/g;

/**
 * Each pattern with the words a sentence must contain for it to match at all: a pattern runs only
 * where one of its words is, and one scan of the sentence finds the words of them all (Cues).
 */
const UNIT_PATTERNS: [cues: string[], pattern: RegExp][] = [
  [
    ['affected', 'impacted'],
    // "Affected employees are eligible for severance": what they get, not where they work.
    /\b(?:affected|impacted) (?:teams|roles|units|departments|divisions|areas|functions|employees|staff)\s+(?:include|including|are|were|in)\b\s*:?\s*(?![\s:])(?!(?:eligible|entitled|expected|offered|being|able|set|due|invited|encouraged|given|paid|receiving|going|to|not|also|now)\b)([^.;]+)/gi,
  ],
  [
    [
      'unit',
      'division',
      'team',
      'business',
      'department',
      'group',
      'organi',
      'segment',
      'arm',
      'operations',
      'function',
      'vertical',
      'staff',
      'roles',
      'workforce',
      'plant',
      'site',
      'factor',
      'facilit',
      'store',
      'office',
      'center',
      'centre',
      'hospital',
      'mill',
      'warehouse',
    ],
    new RegExp(
      String.raw`\b(?:in|from|at|across|within) (?:its|their|the(?: company['’]s)?|[A-Z][\w&.-]*['’]s) ([\w\s&,-]{3,60}?${UNIT_NOUN})\b`,
      'g',
    ),
  ],
  [
    // "8% of the total gaming division", "a restructuring of its London services team".
    [
      '%',
      'percent',
      'per cent',
      'half',
      'third',
      'quarter',
      'share',
      'part',
      'portion',
      'restructuring',
      'closure',
      'reduction',
      'review',
      'overhaul',
    ],
    new RegExp(
      String.raw`(?:%|\b(?:percent|per cent|half|third|quarter|share|part|portion|restructuring|closure|reduction|review|overhaul)) of (?:its|their|the(?: company['’]s)?|[A-Z][\w&.-]*['’]s) ([\w\s&,-]{3,60}?${UNIT_NOUN})\b`,
      'g',
    ),
  ],
  [
    ['primarily', 'mainly', 'mostly', 'largely', 'predominantly', 'chiefly', 'particularly'],
    /\b(?:primarily|mainly|mostly|largely|predominantly|chiefly|particularly)\s+(?:in|on|affect(?:ing)?|hit(?:ting)?|from|among)\s+(?:the\s+)?([^.;,–—(]{3,80})/gi,
  ],
  [
    // "the cuts will fall on", "the job cut is likely to focus on": the cut, not a strategy, falls.
    // "the cuts will fall across engineering, support and marketing", "the layoffs span sales, …".
    ['fall', 'fell', 'focus', 'concentrated', 'span'],
    /\b(?:cuts?|layoffs?|reductions?|redundancies|job losses)\s+(?:(?:will|would|are|is|were|was|to|be|likely|expected|set|mostly|mainly|largely|primarily)\s+){0,4}(?:(?:fall|falls|fell|focus(?:es|ed)?|concentrated)\s+(?:\w+\s+)?(?:on|across|among)|span(?:s|ned)?)\s+((?:the\s+)?[^.;]{3,200}?)(?=,\s+(?:according|the company|a spokes|with|while)|[.;]|$)/gi,
  ],
  [
    // "Cabin crew and head-office staff are among those who will be laid off."
    ['affected', 'impacted', 'among'],
    new RegExp(
      String.raw`^(?:some\s+|the\s+)?((?:[${LETTER}'’-]+,?\s+){1,12}?)(?:are|were|will be|would be)\s+(?:also\s+)?(?:the (?:most|hardest|worst)\s+)?(?:affected|impacted|hit|among (?:those|the (?:staff|workers|employees|roles|jobs|positions))(?: who (?:will|would|are to) be| being| to be)?\s+(?:affected|impacted|laid off|let go|cut|made redundant|eliminated))\b`,
      'gi',
    ),
  ],
  [
    ['affect', 'hit', 'impact', 'target'],
    new RegExp(
      String.raw`\b(?:affect|hit|impact|target)(?:s|ed|ing)?\s+(?:its\s+|the\s+)?((?:[${LETTER}“”"'-]+\s+){0,4}?(?:teams?|staff|roles|organi[sz]ation|division|unit|departments?|functions|workforce|employees|positions))\b`,
      'gi',
    ),
  ],
  [
    ['jobs', 'roles', 'positions', 'employees', 'workers', 'staff'],
    new RegExp(
      String.raw`\b(?:jobs|roles|positions|employees|workers|staff)\s+(?:in|across|from)\s+((?:(?!\d)[${LETTER}&\s,-]){3,120}?)(?=\s+(?:and will|will|to|as|in|by|over|while|,? (?:and|but) (?:will|is))\b|[.;(–—]|$)`,
      'gi',
    ),
  ],
  [['team', 'unit', 'division'], TEAM_NAMED],
  [
    // "across departments such as HR, finance and marketing", "its verticals, like A, B and C".
    ['such as', 'including', 'like'],
    /\b(?:(?:teams|departments|divisions|units|functions|areas|verticals|businesses|segments|roles|positions|jobs|groups|operations|sites|plants|offices|stores)\s*,?\s+(?:such as|including)|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}(?:teams|departments|divisions|units|functions|verticals|businesses|segments|brands|groups|operations)\s*,?\s+like)\s+([^.;:()–—]{3,160})/gi,
  ],
  [
    // "positions eliminated include", "those affected will be".
    ['affected', 'impacted', 'eliminated', 'losing'],
    /\b(?:teams|roles|positions|jobs|units|departments|functions|employees|staff|workers|those)\s+(?:affected|impacted|eliminated|losing (?:their )?jobs)\s+(?:include[sd]?|are|were|will be|would be)\s+(?:mostly\s+|mainly\s+|largely\s+|primarily\s+)?:?\s*([^.;]{3,200})/gi,
  ],
  [
    // "5,000 roles — largely held by managers".
    ['held by'],
    /\b(?:jobs|roles|positions)\b[^.;]{0,20}?\bheld by\s+([^.;,–—]{3,60})/gi,
  ],
  [
    // "a heavy impact on sales, marketing and gaming divisions".
    ['impact on', 'toll on'],
    /\b(?:heavy|heavier|heaviest|big|bigger|biggest|great|greater|greatest|large|largest|hard|harder|hardest|particular|significant|most)\s+(?:impact|toll) on\s+(?:the\s+)?([^.;]{3,160})/gi,
  ],
  [
    // "close its beef plant", "idle the assembly plant", "shut seven stores": the site that goes.
    ['clos', 'shut', 'idl'],
    /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|shutter(?:s|ed|ing)?|idl(?:e|es|ed|ing))\s+(?:down\s+)?(?:its\s+|the\s+|their\s+|a\s+)?((?:[\w'’-]+\s+){0,4}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|mills?|stores|shops|offices|sites|hospitals?|warehouses?|cent(?:er|re)s?|baker(?:y|ies)|depots?|mines?|refiner(?:y|ies)|smelters?))\b/gi,
  ],
];
const UNIT_CUES = new Cues(UNIT_PATTERNS.map(([cues]) => cues));

const NOT_UNIT =
  /\d|\b(?:said|says|say|told|reported|reports|confirm\w*|could|would|will|may|might|is|are|was|were|has|have|had|begin|began|memo|statement|week|weeks|month|months|year|years|monday|tuesday|wednesday|thursday|friday|saturday|sunday|layoffs?|cuts?|job cuts|restructuring|plan|move|growth|confirmation|largest|latest|past|this|that|there|it|they|we|who|which|according|reuters|bloomberg)\b/i;

/** A team, division, site or role — not a clause, a date or a place read by mistake. */
function isUnitLike(value: string): boolean {
  // "IT" is a unit; "it" is a pronoun.
  if (!/^[A-Z]{2}$/.test(value) && NOT_UNIT.test(value)) return false;
  if (value.split(/\s+/).length > 8) return false;
  if (findPlaces(value, 0, value.length).some((p) => p.start === 0 && p.end === value.length)) return false;
  if (/^(?:mostly|mainly|largely|also|only|just|even|more|most)$/i.test(value)) return false;
  // "multiple teams", "dozens in sales roles": a quantity, not a unit.
  if (
    /^(?:more|many|multiple|several|various|numerous|all|certain|most)\b|\b(?:dozens?|hundreds?|thousands?)\b/i.test(
      value,
    )
  )
    return false;
  // "its UK workforce", "global staff": the whole company somewhere, not a part of it.
  const whole = /^(.+?)\s+(?:workforce|staff|employees|workers)$/i.exec(value);
  if (
    whole &&
    (/^(?:global|worldwide|entire|overall|total|international|domestic|local|own)$/i.test(whole[1]!) ||
      findPlaces(whole[1]!, 0, whole[1]!.length).some((p) => p.start === 0 && p.end === whole[1]!.length))
  )
    return false;
  return true;
}

/** A word for a unit that names no unit on its own: "the business", "its verticals". */
const GENERIC_UNIT =
  /^(?:jobs?|roles|positions|employees|workers|staff|people|the company|company|workforce|teams?|business(?:es)?|divisions?|units?|departments?|groups?|functions?|operations|segments?|areas?|verticals?|organi[sz]ations?|offices|stores|shops|plants|sites|facilities)$/i;
/** Staff in general, wherever the words were found. */
const BARE_STAFF =
  /^(?:jobs?|roles|positions|employees|workers|staff|people|the company|company|workforce|teams?)$/i;
/** Staff named by where they work: "staff at the briefing centers", "employees in sales". */
const STAFF_OF =
  /^(?:staff|employees|workers|people|individuals|those|jobs|roles|positions)\s+(?:at|in|from|of|within|across)\s/i;
/** Head nouns that a unit may be named with or without: "sales roles" and "sales team" are one. */
const UNIT_HEAD =
  /\s+(?:teams?|roles|positions|jobs|staff|employees|workers|units?|divisions?|departments?|functions?)$/i;
/** A cause for not reading a match: negated ("did not include jobs in video"). */
const NEGATED_BEFORE = /\b(?:not|n['’]t|no|never)\b[^.]{0,30}$/i;
/** Moving people between units is no cut of the first: "shift focus from its X business". */
const SHIFT_BEFORE = /\b(?:shift|mov|pivot|transition|redeploy|reassign|transfer)\w*(?:\s+\w+){0,2}\s*$/i;

/** Teams, divisions and roles the cut affects. `people` are the amounts that count this cut. */
export function findUnits(
  text: string,
  sentences: { start: number; end: number; text: string }[],
  peopleSpans: { end: number }[],
): Found[] {
  const out: Found[] = [];
  for (const s of sentences) {
    const t = s.text.includes('*') ? s.text.replace(/\*/g, ' ') : s.text;
    const found = UNIT_CUES.in(t);
    for (let i = 0; i < UNIT_PATTERNS.length; i++) {
      if (!(found & (1 << i))) continue;
      const re = UNIT_PATTERNS[i]![1];
      // exec, not matchAll: matchAll copies the regex on every call.
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        if (re === TEAM_NAMED && !/\b(?:teams?|units?|divisions?)\b/.test(m[0])) continue;
        const before = t.slice(Math.max(0, m.index - 40), m.index);
        if (NEGATED_BEFORE.test(before) || (/^from\b/i.test(m[0]) && SHIFT_BEFORE.test(before))) continue;
        const list = m[1]!;
        pushList(out, text, s.start + m.index + m[0].indexOf(list), list);
      }
    }
  }
  // "4,000 support roles", "1,800 flight attendants": the words between an amount and its noun.
  for (const p of peopleSpans) {
    const m = WORDS_BEFORE_JOB_NOUN.exec(text.slice(p.end, p.end + 80));
    if (m) {
      const value = `${m[1]!.trim()} ${m[2]}`;
      if (
        !/^(?:full-time|part-time|total|global|worldwide|other|about|around|nearly|vacant|open|unfilled)\b/i.test(
          value,
        )
      ) {
        const start = p.end + m.index + m[0].indexOf(m[1]!);
        out.push({ value, start, end: start + value.length });
      }
    }
  }
  // "Other impacted roles include:" followed by a list, one item a line.
  for (const s of sentences) {
    if (!s.text.includes(':') || !/\b(?:include|including|are|affected|impacted)\s*:\s*$/i.test(s.text))
      continue;
    for (const line of listLines(text, s.end, 800, 120)) {
      const item = line.text.split(/\s+(?:working|involved|where|who|that|which|with|in charge)\b/)[0]!;
      const value = trimUnit(item);
      if (value && value.length <= 60) out.push({ value, start: line.start, end: line.start + value.length });
      if (out.length > 40) break;
    }
  }
  const seen = new Set<string>();
  const kept = out.filter((u) => {
    const k = u.value.toLowerCase().replace(UNIT_HEAD, '');
    if (seen.has(k) || BARE_STAFF.test(u.value)) return false;
    if (!isUnitLike(u.value)) return false;
    seen.add(k);
    return true;
  });
  // "staff at the briefing centers" and "briefing centers" are one unit, and "A and B" are A and B
  // when those were read on their own: the unit's own name stays.
  const lower = kept.map((u) => ` ${u.value.toLowerCase()} `);
  return kept.filter(
    (_, i) =>
      !(STAFF_OF.test(kept[i]!.value) || / and /.test(lower[i]!)) ||
      !lower.some((other, j) => j !== i && other.length < lower[i]!.length && lower[i]!.includes(other)),
  );
}

/** The line pattern of listLines for each longest item length it is asked for. */
const LIST_LINES = new Map<number, RegExp>();

/**
 * The items of a list that follows a colon, one a line: capitalised lines of at most `longest`
 * characters within `window` characters of `from`. A list of bullets ends at the first line without
 * one ("Amazon AWS layoffs: What’s Next?", the heading after it, is no item).
 */
function listLines(
  text: string,
  from: number,
  window: number,
  longest: number,
): { text: string; start: number }[] {
  const tail = text.slice(from, from + window);
  const out: { text: string; start: number }[] = [];
  let lines = LIST_LINES.get(longest);
  if (!lines) {
    lines = new RegExp(`^\\s*([•·▪*-]?)\\s*([A-Z][^\\n]{2,${longest}})$`, 'gm');
    LIST_LINES.set(longest, lines);
  }
  let bulleted = false;
  let after = 0;
  for (const line of tail.matchAll(lines)) {
    if (out.length === 0) bulleted = line[1] !== '';
    else if (bulleted && (line[1] === '' || /\S/.test(tail.slice(after, line.index)))) break;
    out.push({ text: line[2]!, start: from + line.index! + line[0].length - line[2]!.length });
    after = line.index! + line[0].length;
  }
  return out;
}

/** What a business sells or is paid for, as its fall is reported: the nouns of a decline in demand. */
const DEMAND = String.raw`(?:sales|demand|enrol+ments?|revenues?|orders|bookings|traffic|travel|growth|volumes?|advertising(?:\s+(?:revenue|market|spending|sales))?|ad (?:market|revenue|sales|spending|spend)|circulation|subscriptions|subscribers|ridership|footfall|passenger numbers)`;

/** Each cause with the words (any one) its pattern cannot match without, and the pattern. */
const REASONS: [Reason, cues: string[], pattern: RegExp][] = [
  [
    'cost_cutting',
    ['cost', 'expenses', 'spending', 'saving', 'leaner', 'budget', 'efficien', 'save'],
    // "citing rising labor costs", "to become more efficient".
    /\b(?:rising|higher|soaring|surging|increased|mounting)\s+(?:[\w-]+\s+)?costs\b|\b(?:become|be|run|operate)\s+(?:\w+\s+)?more efficient(?:ly)?\b|\bcost(?:s)?[- ](?:cut\w*|saving\w*|reduction\w*|discipline|optimi[sz]ation|control)|\b(?:cut|reduc|lower|sav|trim)\w*\s+(?:its\s+|their\s+|our\s+)?(?:[\w-]+\s+)?(?:costs|expenses|spending)|\b(?:costs|expenses|spending)\s+(?:are\s+|is\s+)?(?:expected\s+to\s+|set\s+to\s+)?(?:drop|fall|decline|decrease|shrink)|\bsave\s+(?:it\s+|us\s+|the company\s+)?(?:money|(?:about\s+|around\s+|roughly\s+|up to\s+|as much as\s+|more than\s+|nearly\s+|an estimated\s+)?[$€£¥])|\bsavings?\b|\bleaner\b|\bcost base\b|\bbudget (?:shortfall|cuts|gap|deficit)|\b(?:achiev\w*|improv\w*|boost\w*|increas\w*|driv\w*|greater|more)\s+(?:[\w-]+\s+)?efficienc\w*/gi,
  ],
  [
    'restructuring',
    [
      'restructur',
      'reorgani',
      'streamlin',
      'realign',
      'transformation',
      'simplif',
      'refocus',
      'prioriti',
      'overhaul',
      'management layers',
      'delayer',
      'redesign',
      'turn',
      'consolidat',
      'align',
      'strateg',
      'revitali',
      'focus',
    ],
    /\bshift(?:s|ed|ing)?\s+(?:its\s+|their\s+|our\s+)?focus\b|\brestructur\w*|\breorgani[sz]\w*|\bstreamlin\w*|\brealign\w*|\btransformation\b|\bsimplif\w*|\brefocus\w*|\bre-?prioriti\w*|\boverhaul\w*|\bmanagement layers\b|\bdelayer\w*|\bredesign\w*|\bturn(?:ing)?[- ]?around\b|\bconsolidat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:its\s+|the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:businesses|operations|teams|units|divisions|functions|offices|sites|brands)\b|\balign(?:s|ed|ing)?\s+(?:its\s+|our\s+|their\s+|the\s+)?(?:staffing|workforce|headcount|organi[sz]ation|resources|cost structure)|\bstrategic\s+(?:shift|pullback|review|reset|realignment|revamp)|\bstrategy\s+(?:revamp|shift|to (?:re)?focus|to shift|to reshape|to pivot)|\brevitali[sz]\w*/gi,
  ],
  [
    'economic_downturn',
    ['econom', 'macro', 'recession', 'inflation', 'downturn', 'headwinds', 'war in', 'market uncertainty'],
    /\becono(?:my|mic)\b[^.]{0,30}\b(?:downturn|uncertain\w*|conditions|reality|environment|headwinds|slowdown|weak\w*|pressure)|\b(?:global|world|weak|weakening|weaker|slowing|sluggish|struggling|gloomy|glooming|uncertain|faltering)\s+economy\b|\bmacro\w*|\brecession\w*|\binflation\b|\bdownturn\b|\bheadwinds\b|\bwar in\b|\bmarket uncertainty\b/gi,
  ],
  [
    'demand_decline',
    [
      'sales',
      'demand',
      'enrol',
      'revenue',
      'orders',
      'bookings',
      'traffic',
      'travel',
      'growth',
      'volume',
      'advertis',
      'ad market',
      'ad spend',
      'circulation',
      'subscri',
      'ridership',
      'footfall',
      'passenger numbers',
      'linear declines',
      'customer priorities',
    ],
    // "softer demand for leisure travel", "a slowdown in enrolments", "sales fell 19 per cent",
    // "bookings are down 18%", "as European orders wilt", "as the podcast ad market slumps".
    new RegExp(
      String.raw`\b(?:slow\w*|weak\w*|declin\w*|fall\w*|drop\w*|lower\w*|reduced|soft\w*|sluggish|disappointing|plung\w*|slump\w*|dip|decreas\w*|shrink\w*|collaps\w*|dwindl\w*|flagging|faltering|waning|cooling|tepid|contraction|loss of)\s+(?:in\s+|of\s+|for\s+)?(?:[\w-]+\s+){0,2}${DEMAND}|\b${DEMAND}\s+(?:[\w-]+\s+){0,2}?(?:ha(?:s|ve|d)\s+(?:been\s+)?|is\s+|are\s+|was\s+|were\s+|continued? to\s+|kept\s+)?(?:slump\w*|declin\w*|slowdown|slow(?:ed|s|ing)|weaken\w*|soften\w*|fell|fallen|dropped|plung\w*|shr[ua]nk\w*|tumbl\w*|dried up|wilt\w*|evaporat\w*|dwindl\w*|(?:been\s+)?down\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?\d)|\b(?:demand|sales|orders)\b[^.;]{0,60}?\b(?:is|are|was|were|remains?|remained|has been|have been)\s+(?:\w+\s+)?(?:weak|soft|sluggish|subdued|depressed|falling|declining)\b|\blower demand\b|\blinear declines\b|\bchanging customer priorities\b`,
      'gi',
    ),
  ],
  ['covid', ['covid', 'coronavirus', 'pandemic'], /\bcovid|\bcoronavirus|\bpandemic/gi],
  [
    'merger_acquisition',
    ['merger', 'acquisition', 'takeover', 'integration', 'combined company', 'acquired by'],
    /\bmerger\b|\bacquisition\b|\btakeover\b|\bintegration (?:of|with)\b|\bcombined company\b|\b(?:was|were|been|being) acquired by\b/gi,
  ],
  [
    'closure',
    ['clos', 'shut', 'wind', 'idl', 'administration', 'bankrupt'],
    /\bclos(?:e|es|ed|ing|ure)\s+(?:\w+\s+){0,3}(?:plants?|stores?|offices?|factor(?:y|ies)|sites?|division|facilit(?:y|ies)|branches|news division|operations|hospital)|\bshut(?:ting|s)? (?:down|its)\b|\bwind(?:ing)?[- ]down\b|\bidl(?:e|ing)\b|\badministration\b|\bbankrupt\w*|\bshutting\b/gi,
  ],
  [
    'relocation',
    ['relocat', 'offshor', 'outsourc', 'hub', 'mov'],
    /\brelocat\w*|\boffshor\w*|\boutsourc\w*|\bhubs?\b|\bmov(?:e|es|ed|ing)\s+(?:some\s+|its\s+|the\s+|their\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,2}(?:jobs|roles|positions|work|operations|production|manufacturing|functions|teams|headquarters)\b[^.]{0,40}?\b(?:to|overseas|abroad|offshore)\b/gi,
  ],
  [
    'funding',
    ['funding', 'budget', 'grant', 'cash runway', 'raise capital'],
    /\bfunding\b|\bbudget shortfall\b|\bgrants?\b|\bcash runway\b|\braise capital\b/gi,
  ],
  [
    'regulation',
    ['regulat', 'tariff', 'legislation', 'sanctions', 'trade polic'],
    /\bregulat(?!ory (?:filing|notice|disclosure))\w*|\btariffs?\b|\blegislation\b|\bsanctions\b|\btrade polic\w*/gi,
  ],
  [
    'other',
    ['overhir', 'over-hir', 'hiring spree', 'poor judg', 'home prices', 'competition'],
    /\bover-?hir\w*|\bhiring spree\b|\bpoor judge?ment\b|\bforecast\w* home prices\b|\bcompetition\b/gi,
  ],
];
const REASON_CUES = new Cues(REASONS.map(([, cues]) => cues));

/**
 * The causes the sentences give, the first sentence for each. The sentences are joined, one a line,
 * so that each pattern scans them in one call.
 */
export function findReasons(
  sentences: { start: number; text: string }[],
  aiBlamed: boolean,
): { reason: Reason; start: number; end: number }[] {
  const out: { reason: Reason; start: number; end: number }[] = [];
  const offsets: number[] = [];
  let joined = '';
  for (const s of sentences) {
    offsets.push(joined.length);
    joined += `${s.text}\n`;
  }
  const found = REASON_CUES.in(joined);
  for (let i = 0; i < REASONS.length; i++) {
    if (!(found & (1 << i))) continue;
    const [reason, , re] = REASONS[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      const i = lineAt(offsets, m.index);
      const s = sentences[i]!;
      const at = m.index - offsets[i]!;
      // A match that runs on into the next sentence is not one.
      if (at + m[0].length > s.text.length) {
        re.lastIndex = m.index + 1;
        continue;
      }
      // "spokesman Grant Ellis": Grant inside a sentence is a name, not money.
      if (reason === 'funding' && /^Grants?$/.test(m[0]) && /\S/.test(s.text.slice(0, at))) {
        re.lastIndex = m.index + m[0].length;
        continue;
      }
      // A negated cause is not a reason: "not connected to the slump in sales".
      if (/\b(?:not|n['’]t)\b[^.]{0,30}$/.test(s.text.slice(Math.max(0, at - 40), at))) {
        re.lastIndex = offsets[i + 1] ?? joined.length;
        continue;
      }
      out.push({ reason, start: s.start + at, end: s.start + at + m[0].length });
      break;
    }
  }
  return aiBlamed ? out : out.filter((r) => r.reason !== 'ai_automation');
}

/** The index of the line that holds `position`, given each line's first offset in order. */
function lineAt(offsets: number[], position: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const PAY =
  /\b(\d+|[a-z]+(?:-[a-z]+)?)\s+(days?|weeks?|months?)\s+of\s+(?:continued\s+|their\s+|base\s+|full\s+|regular\s+)*(?:pay|salary|wages|compensation)\b/i;
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  sixteen: 16,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};

export function findSupport(sentences: { start: number; end: number; text: string }[]): {
  support: Support;
  spans: Found[];
} {
  const support: Support = {
    severance: null,
    continued_pay_days: null,
    healthcare: null,
    job_placement: null,
    notes: [],
  };
  const spans: Found[] = [];
  for (const s of sentences) {
    let hit = false;
    if (/\bseverance\b/i.test(s.text) && !/\bno severance\b/i.test(s.text)) {
      support.severance = true;
      hit = true;
    }
    const pay = PAY.exec(s.text);
    if (pay && support.continued_pay_days === null) {
      const n = /^\d+$/.test(pay[1]!) ? Number(pay[1]) : (WORD_NUMBERS[pay[1]!.toLowerCase()] ?? null);
      if (n !== null) {
        const unit = pay[2]!.toLowerCase();
        support.continued_pay_days = unit.startsWith('week') ? n * 7 : unit.startsWith('month') ? n * 30 : n;
        hit = true;
      }
    }
    if (
      /\bhealth\s*(?:care|insurance|coverage|benefits)|\bmedical (?:coverage|benefits|insurance)|\bCOBRA\b/i.test(
        s.text,
      )
    ) {
      support.healthcare = true;
      hit = true;
    }
    if (
      /\b(?:job placement|placement services|outplacement|(?<!mid-)career (?:support|services|transitions?|coaching)|apply for (?:other|open|new) (?:roles|positions|jobs)|internal (?:job|mobility|transfers?|roles)|redeploy\w*|find new (?:jobs|roles|positions)|(?:place|placing) (?:laid[ -]off )?employees in open positions|help (?:everyone|them|employees) (?:get|find))/i.test(
        s.text,
      )
    ) {
      support.job_placement = true;
      hit = true;
    }
    if (hit) {
      support.notes.push(s.text.trim());
      spans.push({ value: s.text, start: s.start, end: s.end });
    }
  }
  return { support, spans };
}

/** A sentence that may say where the company still hires. */
const HIRING = new Anchored(
  /\b(?:hiring|hire|recruit\w*|growing|open roles|increased investment|investing in|still hiring|continue to hire)\b/i,
  ['hiring', 'hire', 'recruit', 'growing', 'open', 'increased', 'investing', 'still', 'continue'],
);

/** Where the company says it is still hiring. */
export function findHiringAreas(
  text: string,
  sentences: { start: number; end: number; text: string }[],
): Found[] {
  const out: Found[] = [];
  const words = wordsOf(text);
  for (const s of sentences) {
    if (!HIRING.test(words, s.text, s.start)) continue;
    const m =
      /\b(?:positions|roles|jobs|hiring(?: \w+)?|hire|investing|investment)\s+in\s+([^.;]{3,160}?)(?=\s+(?:are|is|were|will|as|while|where)\b|[.;]|$)/i.exec(
        s.text,
      );
    if (m) pushList(out, text, s.start + m.index + m[0].indexOf(m[1]!), m[1]!);
    if (/\binclude\s*:\s*$/i.test(s.text)) {
      for (const line of listLines(text, s.end, 600, 80)) {
        const value = line.text.trim();
        out.push({ value, start: line.start, end: line.start + value.length });
        if (out.length > 20) break;
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((h) => !seen.has(h.value.toLowerCase()) && seen.add(h.value.toLowerCase()));
}

const FINANCIAL = new Anchored(
  /\b(?:revenue|profit|income|margin|earnings|sales|shares|stock|valuation|funding round|market cap\w*|net loss|losses|quarter(?:ly)? results|run rate|growth)\b/i,
  [
    'revenue',
    'profit',
    'income',
    'margin',
    'earnings',
    'sales',
    'shares',
    'stock',
    'valuation',
    'funding',
    'market',
    'net',
    'losses',
    'quarter',
    'run',
    'growth',
  ],
);

/** Financial and strategic context: revenue, profit, shares, funding, around the cut. */
export function findContext(
  text: string,
  sentences: { start: number; end: number; text: string }[],
): Found[] {
  const out: Found[] = [];
  const words = wordsOf(text);
  for (const s of sentences) {
    if (FINANCIAL.test(words, s.text, s.start) && /\d/.test(s.text)) {
      out.push({ value: s.text.trim(), start: s.start, end: s.end });
      if (out.length >= 5) break;
    }
  }
  return out;
}
