/** Finds the words that report a cut, and the words that take a report back (denials, reversals). */

import { Anchored, AnchoredGroup, wordsOf } from './words.js';

export type TriggerKind = 'layoff' | 'cut' | 'closure' | 'passive';
export type Trigger = { start: number; end: number; kind: TriggerKind };

/** Trades counted in cuts as the staff are: "eliminate 120 nurses". */
const TRADES_LIST = [
  'drivers',
  'nurses',
  'pilots',
  'teachers',
  'technicians',
  'developers',
  'programmers',
  'analysts',
  'reporters',
  'journalists',
  'editors',
  'researchers',
  'scientists',
  'consultants',
  'operators',
  'mechanics',
  'miners',
  'salespeople',
  'recruiters',
  'cashiers',
  'clerks',
  'doctors',
  'physicians',
  'lecturers',
  'faculty',
  'specialists',
  'writers',
  'producers',
  'animators',
  'moderators',
  'representatives',
  'translators',
  'interpreters',
  'reviewers',
  'agents',
  'artists',
  'machinists',
  'assemblers',
  'welders',
  'tellers',
  'underwriters',
  'adjusters',
  'caregivers',
  'clinicians',
  'therapists',
  'dockworkers',
  'subeditors',
  'crew',
  'crews',
];
const TRADES = TRADES_LIST.join('|');

/** Jobs, and the people who hold them: the staff in general, or one trade ("310 drivers"). */
const JOB = `(?:jobs?|roles?|positions?|posts|workforce|staff|staffers|employees|workers|headcount|people|personnel|team size|employee base|payrolls?|attendants|engineers|designers|executives|managers|contractors|associates|${TRADES})`;

/** The words JOB can start with, for Anchored. */
const JOB_STEMS = [
  'job',
  'role',
  'position',
  'post',
  'workforce',
  'staff',
  'employee',
  'worker',
  'headcount',
  'people',
  'personnel',
  'team',
  'payroll',
  'attendant',
  'engineer',
  'designer',
  'executive',
  'manager',
  'contractor',
  'associate',
  ...TRADES_LIST,
];
const DIGITS = [...'0123456789'];

/** A verb of cutting and the team it takes: "eliminated its ", "disbanded the entire ". */
export const TEAM_CUT_LEAD = String.raw`\b(?:eliminat(?:e|es|ed|ing)|disband(?:s|ed|ing)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|cut(?:s|ting)?|lay(?:s|ing)? off|laid off)\s+(?:its|the|their|our)\s+(?:entire\s+|whole\s+)?`;

/**
 * A trigger pattern and the words its matches start with (tried only there, see Anchored). `after`: a
 * match right after these words does not count ("pay cuts"); read apart from the pattern because V8
 * scans a pattern that starts with a lookbehind twice as slowly. `needs`: what every match
 * contains, so a text without it is not scanned (a pattern tried at every number costs more than
 * one look for the words it needs).
 */
type Pattern = {
  re: RegExp;
  stems: string[];
  kind: TriggerKind;
  after?: RegExp;
  /** A plain pattern, or one tried only at the words it starts with. */
  needs?: RegExp | Anchored;
};

const PATTERNS: Pattern[] = [
  {
    re: /\b(?:lay(?:s|ing)?[\s-]*off|laid[\s-]*off|layoffs?|lay-offs?|redundanc(?:y|ies)|dismissals(?=\s*(?:[,;.)]|$|\s+(?:of|at|in|across|from|under|after|compared|fewer|more|and)\b))|retrench(?:es|ed|ing|ments?)?|furlough(?:s|ed|ing)?|downsiz(?:e|es|ed|ing)|reductions? in (?:force|workforce|headcount|staff)|(?:workforce|headcount|staff(?:ing)?|job) reductions?|job[\s-](?:cuts?|losses|eliminations?|cutbacks?)|mass (?:firings?|layoffs?)|sack(?:s|ed|ing)?|let(?:s|ting)?\s+(?:[\w,’'-]+\s+){0,6}?go\b|(?:fir(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|disengag(?:e|es|ed|ing))(?=\s+(?:[\w,’'-]+\s+){0,6}?(?:employees|workers|staff|staffers|people|executives|contractors|engineers|managers))|terminat(?:e|es|ed|ing)\s+the\s+(?:services|contracts|employment)\s+of(?=\s)|halv(?:e|es|ed|ing)\s+(?:its\s+)?(?:workforce|staff|headcount)|collective (?:dismissals?|redundanc(?:y|ies))|EREs?|(?:change|co-?operation|codetermination) negotiations)\b/gi,
    stems: [
      'lay',
      'laid',
      'redundanc',
      'dismissals',
      'retrench',
      'furlough',
      'downsiz',
      'reduction',
      'workforce',
      'headcount',
      'staff',
      'job',
      'mass',
      'sack',
      'let',
      'fir',
      'terminat',
      'disengag',
      'halv',
      'collective',
      'ere',
      'change',
      'cooperation',
      'co$',
      'codetermination',
    ],
    kind: 'layoff',
  },
  {
    re: new RegExp(
      String.raw`\b(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|cull(?:s|ed|ing)?|trim(?:s|med|ming)?|disestablish(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|reductions?\s+of|shrink(?:s|ing)?|shrunk|targeting|scal(?:e|es|ed|ing) back|remov(?:e|es|ed|ing)(?=\s+(?:(?:about|around|approximately|some|up to|nearly|more than)\s+)?\d))\b(?=[^;:]{0,60}?\b${JOB}\b)`,
      'gi',
    ),
    stems: [
      'cut',
      'eliminat',
      'slash',
      'shed',
      'ax',
      'cull',
      'trim',
      'disestablish',
      'reduc',
      'shrink',
      'shrunk',
      'targeting',
      'scal',
      'remov',
    ],
    kind: 'cut',
    after: /(?<=\b(?:pay|salary|wage|price|rate|cost|budget|tax|interest|spending|production|output)\s)/iy,
  },
  {
    re: new RegExp(
      String.raw`\b${JOB}\b[^.;\n]{0,60}?\b(?:(?:will|to|are|is|were|was|have|has|had|being|be|been|get|got|could|would|may|might)\s+(?:be\s+|being\s+|been\s+)?(?:cut|eliminated|axed|slashed|shed|lost|let go|laid off|made redundant|declared redundant)|(?:are |were |will |is )?(?:expected |set |going |due )?to go|los(?:e|es|ing|t)\s+(?:their\s+)?jobs?|(?:are|were|is|was|now|remain)\s+at risk|(?:are|is|were|will be)\s+ending)\b`,
      'gi',
    ),
    stems: JOB_STEMS,
    kind: 'passive',
  },
  // "Some 2,000 jobs will go", "up to 700 posts could go", "about 700 jobs go" (a headline), "1,200 jobs cut at…", "900 jobs at risk",
  // "up to 900 positions could be affected", "with 1,100 jobs lost": counted jobs, so that
  // "others will go" is none. The number is bounded: "1,000,000," a megabyte long must not be rescanned
  // from each of its digits.
  {
    re: new RegExp(
      String.raw`(?:\b\d[\d,.]{0,14}|\b(?:hundreds|thousands|dozens))\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?${JOB}\s+(?:(?:will|could|would|may|might|are to|are set to|are expected to)\s+go|go(?=\s*$|\s*[,;:.]|\s+(?:as|at|in|after|amid|from|with|under)\b)|(?:cut|axed|slashed|eliminated)\s+(?:at|from|in|by)(?=\s)|lost(?=\s*[,.;)]|\s+as\b|\s*$)|(?:are\s+|now\s+)?(?:at risk|on the line)\b|(?:will|could|would|may|might)\s+be\s+affected\b)`,
      'gi',
    ),
    stems: [...DIGITS, 'hundreds', 'thousands', 'dozens'],
    kind: 'passive',
    needs: new Anchored(
      /\bgo\b|\b(?:cut|axed|slashed|eliminated)\s+(?:at|from|in|by)\s|\bat risk\b|\bon the line\b|\bbe affected\b|\blost\b/i,
      ['go$', 'cut', 'axed', 'slashed', 'eliminated', 'at$', 'on$', 'be$', 'lost'],
    ),
  },
  // "About 120 staff will be leaving Halvorsen Foods", "85 people will leave the company": counted
  // staff leaving the employer, never "leaving for" somewhere (case-sensitive: the employer's capital).
  {
    re: /(?:\b\d[\d,.]{0,14}|\b[Hh]undreds|\b[Tt]housands|\b[Dd]ozens)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:staff|staffers|employees|workers|people|personnel|colleagues)\s+(?:will\s+be\s+leaving|will\s+leave|are\s+(?:set\s+|due\s+|expected\s+)?to\s+leave)(?=\s+(?:the\s+(?:company|business|firm|bank|group|organi[sz]ation|newsroom|paper|charity|council|university|college|plant|factory|site)\b|[A-Z])|\s*[.;,]|\s+(?:as part of|under|by the end|in the coming|over the (?:coming|next))\b)/g,
    stems: [...DIGITS, 'hundreds', 'thousands', 'dozens'],
    kind: 'passive',
    needs: new Anchored(/\bleav(?:e|ing)\b/i, ['leav']),
  },
  // "the loss of 11,000 jobs", "make 350 staff redundant", "declares 480 workers redundant", "will
  // suspend the contracts of 800 workers" (Brazil's lay-off), "parted ways with 60 employees", "a
  // restructuring that will see 200 roles go", "the suppression of 390 posts", "up to 500 voluntary exits".
  {
    re: new RegExp(
      String.raw`\bsee(?:s|ing)?\s+(?:[\w,.'’-]+\s+){0,3}?${JOB}\s+(?:go(?!\s+(?:through|to|on|back|into|onto|ahead|up|down|out|for|beyond|unfilled|unpaid|home)\b)|cut|axed|lost|eliminated)\b|\b(?:loss(?:es)?|suppressions?) of\s+(?:[\w,.'’-]+\s+){0,4}?(?:jobs|roles|positions|posts)\b|\b(?:\d[\d,.]{0,14}|hundreds|dozens|thousands)\s+(?:voluntary|early|forced|compulsory)\s+(?:exits|departures|separations|retirements)\b|\b(?:mak(?:e|es|ing)|made|declar(?:e|es|ed|ing))\s+(?:[\w,.'’-]+\s+){0,5}?(?:[a-z]+-)?${JOB}\s+redundant\b|\bsuspend(?:s|ed|ing)?\s+the\s+(?:employment\s+)?contracts\s+of\b|\bpart(?:s|ed|ing)? ways with\s+(?:[\w,.'’-]+\s+){0,5}?${JOB}\b|\b(?:(?:say(?:s|ing)?|bid(?:s|ding)?|wav(?:e|es|ed|ing))\s+)?goodbye to\s+(?:[\w,.'’-]+\s+){0,4}?(?:${JOB}|colleagues|teammates|team members|[A-Z][a-z]+(?:ers|ians|ites)(?=[\s,.;]))\b|\breduc(?:e|es|ed|ing) the size of (?:our|its|their|the) (?:team|workforce|company|organi[sz]ation|staff)\b`,
      'gi',
    ),
    stems: [
      'see',
      'loss',
      'suppression',
      'mak',
      'made',
      'declar',
      'suspend',
      'part',
      'say',
      'bid',
      'wav',
      'goodbye',
      'reduc',
      ...DIGITS,
      'hundreds',
      'dozens',
      'thousands',
    ],
    kind: 'cut',
  },
  // "has stood down 90 workers without pay", "120 staff were stood down": laid off, for now or for good.
  {
    re: /\bst(?:and(?:s|ing)?|ood)\s+down\s+(?:(?:about|around|nearly|some|more than|up to|almost|another)\s+)?(?:\d[\d,]*|hundreds|dozens)\s+(?:[\w-]+\s+){0,2}?(?:workers|staff|employees|people|miners|drivers|crew)\b|\b(?:\d[\d,]*|hundreds|dozens)\s+(?:[\w-]+\s+){0,2}?(?:workers|staff|employees|people|miners|drivers)(?:\s+(?:at|from|of|in)\s+[^.;,]{2,40}?)?\s+(?:have been|has been|were|was|will be|are being|to be)\s+stood down\b/gi,
    stems: ['stand', 'stood', ...DIGITS, 'hundreds', 'dozens'],
    kind: 'layoff',
    needs: new Anchored(/\bst(?:and(?:s|ing)?|ood)\s+down\b/i, ['stand', 'stood']),
  },
  // "eliminated its 23-person copy desk", "disbanded the 40-strong data team": a team, counted, that goes.
  {
    re: new RegExp(
      String.raw`${TEAM_CUT_LEAD}\d[\d,]*-(?:person|member|people|strong)\s+(?:[\w-]+\s+){0,3}?(?:desk|team|unit|department|division|staff|newsroom|group|office|crew|squad)\b`,
      'gi',
    ),
    stems: ['eliminat', 'disband', 'scrap', 'ax', 'cut', 'lay', 'laid'],
    kind: 'cut',
  },
  // "we are reducing our team by 18%", "cuts 30% of team": a startup's team is its
  // staff, counted by a share ("its sales team by 20%" is a unit's, read elsewhere).
  {
    re: /\b(?:reduc(?:e|es|ed|ing)|cut(?:s|ting)?|shrink(?:s|ing)?|shrunk|trim(?:s|med|ming)?)\s+(?:(?:(?:about|around|nearly|roughly)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|a (?:third|quarter|fifth|half)|half)\s+of\s+(?:(?:our|its|their|the)\s+)?team\b|(?:the size of\s+)?(?:our|its|their|the)\s+(?:(?:whole|entire|global|overall)\s+)?team\s+(?=by\s+(?:(?:about|around|roughly|nearly|some|approximately|almost|more than|over)\s+)?(?:\d|a (?:third|quarter|fifth|half)\b|half\b|one[- ](?:third|quarter|fifth)\b)))/gi,
    stems: ['reduc', 'cut', 'shrink', 'shrunk', 'trim'],
    kind: 'cut',
  },
  // "dismissed about 300 employees", a translated headline's "dismisses about 300;": a count of people
  // dismissed, never "dismissed the reports" or "dismissed 12 charges".
  {
    re: /\bdismiss(?:es|ed|ing)?\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|up to|approximately|at least)\s+)?(?:\d[\d,.]{0,14}|hundreds|dozens|thousands|several (?:hundred|dozen|thousand))(?:\s+(?:[\w-]+\s+){0,2}?(?:employees|workers|staff|staffers|people|personnel|officials|civil servants)\b|(?=\s*(?:[;:,.]|$)))/gim,
    stems: ['dismiss'],
    kind: 'layoff',
  },
  // "has issued section 189 notices to more than 1,100 workers": South Africa's notice of retrenchment.
  {
    re: /\bsection\s+189A?\s+(?:notices?|process|consultations?)\b/gi,
    stems: ['section'],
    kind: 'layoff',
  },
  // "a collective dismissal procedure (ERE) affecting 85 workers": the European form of a layoff.
  {
    re: /\bcollective (?:dismissals?|redundanc(?:y|ies)|layoffs?)\b/gi,
    stems: ['collective'],
    kind: 'layoff',
  },
  // "seek 2,000 voluntary retirements", "offer voluntary redundancy": a cut the staff choose. Apart from
  // the pattern above: "early" shares its first letters with "earlier" and "earnings".
  {
    re: /\b(?:voluntary|early)\s+(?:retirements?|redundanc(?:y|ies)|separations?|severance|exits?|departures?)\b(?!\s+(?:age|pension|benefits?|savings|accounts?|plans? for retirees)\b)/gi,
    stems: ['voluntary', 'early'],
    kind: 'layoff',
  },
  // "a restructuring that affects 12% of staff", "the store closings will affect about 80 employees":
  // the people a named change reaches, counted.
  {
    re: new RegExp(
      String.raw`\b(?:restructur\w*|reorgani[sz]ations?|overhaul|closures?|closings?|layoffs?|lay-offs?|job cuts?|cutbacks?|proposals?|plans?|changes)\s+(?:that\s+|which\s+|to\s+|will\s+|would\s+|could\s+|(?:is|are)\s+(?:expected|set)\s+to\s+)?(?:affect|impact)(?:s|ed|ing)?\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|up to\s+|more than\s+|approximately\s+)?(?:\d[\d,.]{0,14}\s*%?|(?:hundreds|dozens|thousands)\s+of)\s+(?:of\s+)?(?:(?:its|the|their|our)\s+)?(?:[\w-]+\s+)?${JOB}\b`,
      'gi',
    ),
    stems: [
      'restructur',
      'reorgani',
      'overhaul',
      'closure',
      'closing',
      'layoff',
      'lay',
      'job',
      'cutback',
      'proposal',
      'plan',
      'changes',
    ],
    kind: 'cut',
    needs: /\b(?:affect|impact)/i,
  },
  // "Paisaflow cuts 180; Rangoli Retail also trims staff", "Acme axes 300": a bare count after the verb,
  // ending its clause, counts people.
  {
    re: /\b(?:cuts|axes|sheds|lays off|slashes)\s+(?:about\s+|nearly\s+|around\s+|some\s+)?\d[\d,]*(?=\s*[;,:]|\s*$)/gm,
    stems: ['cuts', 'axes', 'sheds', 'lays', 'slashes'],
    kind: 'cut',
  },
  // "leaving about 240 employees out of work", "will put nearly 1,100 workers out of work", "ceased
  // operations", "went out of business", a mine put "on care and maintenance".
  {
    re: /\b(?:leav(?:e|es|ing)|left|put(?:s|ting)?|throw(?:s|ing|n)?|threw)\s+(?:about\s+|around\s+|nearly\s+|some\s+|more than\s+|roughly\s+|up to\s+)?\d[\d,]{0,9}\s+(?:[\w-]+\s+){0,3}?(?:out of work|out of (?:their )?jobs|without (?:jobs|work|a job))\b|\b(?:ceas(?:e|es|ed|ing)\s+(?:all\s+)?operations|(?:went|go|goes|going)\s+out\s+of\s+business)\b|(?<=\b(?:on|into|under)\s)care and maintenance\b/gi,
    stems: ['leav', 'left', 'put', 'throw', 'threw', 'ceas', 'went', 'go$', 'goes', 'going', 'care'],
    kind: 'closure',
  },
  // "will not renew the contracts of hundreds of staff", "will not renew as many as 45 fixed-term
  // research contracts", "let 60 casual contracts lapse": contracts ended, people gone.
  {
    re: /(?<=\bnot\s+(?:to\s+)?)renew(?:ing)?\s+(?:the\s+)?(?:contracts?\s+of\s+)?(?:[\w,’'-]+\s+){0,6}?(?:contracts|staff|workers|employees|nurses|teachers|researchers)\b|\blet\s+(?:[\w,’'-]+\s+){0,6}?contracts\s+(?:lapse|expire|run out)\b/gi,
    stems: ['renew', 'let'],
    kind: 'layoff',
  },
  // "will delete 120 posts", "deleted 35 roles": counted posts deleted (never posts of a feed).
  {
    re: /\bdelet(?:e|es|ed|ing)\s+(?:about\s+|some\s+|up to\s+|around\s+|nearly\s+|more than\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:posts|roles|positions|jobs)\b/gi,
    stems: ['delet'],
    kind: 'cut',
  },
  // "Pebblecart is shutting down", "the startup is closing.", "we're winding Pebblecart down": the
  // whole company goes.
  {
    re: /(?<=\b(?:is|are|was|will be|to be|['’]re|['’]s)\s+)(?:shutting|closing)(?:\s+down)?(?=\s*[.;!]|[ \t]*(?:\n|$)|\s+(?:for good|entirely|completely|its doors)\b)|\bwind(?:s|ing)?\s+(?:[A-Z][\w&.-]*\s+){1,3}down\b/g,
    stems: ['shutting', 'closing', 'wind', 'winds', 'winding'],
    kind: 'closure',
  },
  // Tracker lines: "Acme — Austin — 1,400 employees (35%)".
  {
    re: /\b\d[\d,]*\s+(?:employees|workers|people|staff|jobs)\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)/g,
    stems: DIGITS,
    kind: 'layoff',
    needs: /%\s*\)/,
  },
  {
    re: /\b(?:clos(?:e|es|ed|ing|ure|ures)|shut(?:s|ting)?(?:\s+down)?|shutter(?:s|ed|ing)?|idl(?:e|es|ed|ing))\b(?=[^.;]{0,50}?\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|stores?|offices?|sites?|mills?|warehouses?|branch(?:es)?|hospitals?|cent(?:er|re)s?|restaurants?|locations?|shops?|baker(?:y|ies)|depots?|mines?|refiner(?:y|ies)|smelters?|campus(?:es)?|studios?|outlets?|branches|sawmills?|foundr(?:y|ies)|terminals?|stations?|yards?|clinics?|schools?|laborator(?:y|ies)|labs?|shafts?|canner(?:y|ies)|quarr(?:y|ies)|hotels?|branches|lines?|(?:swimming )?pools|leisure cent(?:re|er)s?|librar(?:y|ies)|gyms|cinemas?|theat(?:re|er)s|museums?|nurser(?:y|ies)|care homes?)\b)/gi,
    stems: ['clos', 'shut', 'idl'],
    kind: 'closure',
  },
];
const ANCHORED = PATTERNS.map((p) => ({ ...p, anchored: new Anchored(p.re, p.stems) }));
const GROUP = new AnchoredGroup(ANCHORED.map((p) => p.anchored));

/** What a cut verb takes that is not jobs: "cut pay", "reduce working hours", "slash prices". */
const NOT_JOBS_CUT =
  /\s+(?:(?:its|their|the|our|some)\s+)?(?:[a-z-]+\s+)?(?:pay|salar(?:y|ies)|wages?|hours|prices?|corners|(?:the )?ribbon|costs?|budgets?|spending|bonus(?:es)?|production|output|forecasts?|rates?|shifts|light|times|fees|emissions|debt|dividends?|taxes|guidance|outlook)\b/iy;

const AND_MORE = /^\s*,?\s*(?:and|including|as well as|plus|along with)\s/i;

/** "laid-off workers", "the laid off staff": people described, not a cut reported. */
const ADJECTIVAL =
  /(?:\b(?:the|for|to|of|help|helping|encourag\w*|recall\w*|hire|hiring|rehire|former|previously|recently)\s+)?laid[\s-]off\s+(?:employees|workers|staff|staffers|people|designers|engineers)$/i;

export function findTriggers(text: string, from: number, to: number): Trigger[] {
  const slice = text.slice(from, to);
  const out: Trigger[] = [];
  // Characters already claimed by a trigger: overlapping matches are dropped in linear time.
  const shared = slice.length <= CLAIMED.length;
  const taken = shared ? CLAIMED : new Uint8Array(slice.length);
  try {
    claimTriggers(text, from, to, slice, taken, out);
  } finally {
    if (shared) for (const t of out) taken.fill(0, t.start - from, t.end - from);
  }
  return out.sort((a, b) => a.start - b.start);
}

// One zeroed buffer serves the texts of ordinary length: a typed array allocated per call cost more
// than some of the scans (its memory lives outside the heap and brings collections forward).
const CLAIMED = new Uint8Array(1 << 16);

function claimTriggers(
  text: string,
  from: number,
  to: number,
  slice: string,
  taken: Uint8Array,
  out: Trigger[],
): void {
  const words = wordsOf(text);
  // The whole text: each pattern's candidate words found in one pass for all of them.
  const lists = from === 0 && to === text.length ? GROUP.startsIn(words) : null;
  for (let p = 0; p < ANCHORED.length; p++) {
    const { anchored, kind, after, needs } = ANCHORED[p]!;
    if (needs && !(needs instanceof Anchored ? needs.test(words, slice, from) : needs.test(slice))) continue;
    let next = 0;
    const list = lists?.[p];
    let cursor = 0;
    // As anchored.exec(words, slice, from, next), from the pattern's candidates when they are known.
    const nextMatch = (): RegExpExecArray | null => {
      if (!list) return anchored.exec(words, slice, from, next);
      while (cursor < list.length) {
        const at = list[cursor++]!;
        if (at < next) continue;
        const m = anchored.execAt(slice, at);
        if (m) return m;
      }
      return null;
    };
    for (let m = nextMatch(); m; m = nextMatch()) {
      next = m.index + Math.max(1, m[0].length);
      if (m[0].length === 0) continue;
      if (after) {
        after.lastIndex = m.index;
        if (after.test(slice)) {
          // As the lookbehind did: try again from the next character.
          next = m.index + 1;
          continue;
        }
      }
      // "cutting pay for 2,000 workers", "reduce working hours for 3,000 staff": what is cut is no job.
      if (kind === 'cut') {
        NOT_JOBS_CUT.lastIndex = m.index + m[0].length;
        // "cut costs and 500 jobs": jobs too.
        if (
          NOT_JOBS_CUT.test(slice) &&
          !AND_MORE.test(slice.slice(NOT_JOBS_CUT.lastIndex, NOT_JOBS_CUT.lastIndex + 20))
        )
          continue;
      }
      const start = from + m.index;
      const end = start + m[0].length;
      if (/laid[\s-]off/i.test(m[0])) {
        const tail = text.slice(start, Math.min(to, end + 20)).match(/^laid[\s-]off\s+\w+/i)?.[0] ?? '';
        const lead = text.slice(Math.max(from, start - 30), start);
        if (tail && ADJECTIVAL.test(lead.replace(/.*\s(?=\S+\s*$)/, '') + tail)) continue;
        if (
          /-/.test(m[0]) &&
          /^laid-off\s+(?:employees|workers|staff|people)/i.test(tail) &&
          !/\b(?:has|have|had|was|were|been)\s*$/.test(lead)
        )
          continue;
      }
      if (taken[start - from] || taken[end - from - 1]) continue;
      taken.fill(1, start - from, end - from);
      out.push({ start, end, kind });
    }
  }
}

/** The company denies the cut, or reports of it; not a denial that AI or automation is behind it. */
export const DENIAL =
  /\b(?:den(?:y|ies|ied|ying)(?!\s+(?:\w+\s+){0,2}?(?:links?|connection|role|involvement|AI|A\.I\.|automation|robots?|chatbots?)\b)|refut\w*|dismiss(?:ed|es|ing)? (?:the )?(?:reports?|rumou?rs|claims)|(?:rumou?rs?|reports?|speculation|claims)\b[^.;]{0,100}?\b(?:were|was|have been|has been) dismissed|erroneous|baseless|untrue|no (?:plans?|intention)s? (?:to (?:lay|cut|reduce|trim|shed|eliminate)|for (?:any )?(?:layoffs|job cuts|restructuring|workforce reductions|redundancies|cuts))|none of (?:its|the|their|our)\b[^.;]{0,40}?\b(?:will|would)\s+(?:lose|be laid off|be let go)|no (?:one|jobs?|employees?|workers?|staff)\b[^.;]{0,20}?\b(?:will|would)\s+(?:lose|be (?:laid off|cut|lost|let go))|nobody['’]?s? (?:is )?(?:being )?(?:let go|laid off)|no (?:job cuts|layoffs|redundancies|job losses) (?:have|has) (?:yet )?been (?:announced|confirmed|proposed)|not (?:to )?(?:have )?(?:been |be )?(?:let go|laid off|made redundant)|(?:staff|employees|workers|jobs)\s+(?:will\s+)?(?:keep|kept|retain|retained)\s+(?:their\s+)?(?:jobs|pay|wages)|not (?:planning|plan|going) to (?:lay|cut)|will not (?:lay|cut|be laying)|won['’]t (?:lay|cut)|no layoffs will|rul(?:ed|es|ing) out (?:any )?(?:AI[- ]|compulsory |forced )?(?:layoffs|job cuts|job losses|redundancies|cuts)|(?:has|have|had|did|does|do)(?: not|n['’]t) (?:\w+ )?(?:cut|laid off|lay off|eliminated|made redundant)|never (?:\w+ )?(?:cut|laid off|had layoffs|had to lay))\b/i;

/** The cut is being undone: reinstatements, recalls, rehiring. */
export const REVERSAL =
  /\b(?:reinstat\w*|rehir\w*|re-hir\w*|recall(?:s|ed|ing)?\s+(?:their |its |laid-off |about |some |nearly |up to |all )?(?:[\d,]+\s+)?(?:(?:of\s+)?(?:its|their|the)\s+)?(?:laid-off |furloughed )?(?:workers|employees|staff)|call(?:s|ed|ing)? back|recall(?:s|ed|ing)?\s+(?:all\s+)?[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:laid off|furloughed)|tak(?:e|es|ing) back|took back|bring(?:s|ing)? back|brought back|revers(?:e|ed|ing) (?:the )?(?:layoffs|cuts)|rescind\w*\s+(?:\w+\s+){0,2}?(?:layoff|lay-off|redundancy|termination|dismissal)s?\s+(?:notices?|letters?|plans?)|withdr(?:aw|aws|ew|awn|awing)\s+(?:its\s+|the\s+|a\s+)?(?:layoff|lay-off|redundancy|termination|dismissal|WARN)\s+(?:notices?|letters?|plans?)|(?:scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|shelv(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|call(?:s|ed|ing)? off|withdr(?:aw|aws|ew|awn))\s+(?:its\s+|the\s+|a\s+)?(?:planned\s+|plans?\s+(?:to|for)\s+(?:\w+\s+)?|proposed\s+)(?:layoffs|job cuts|lay(?:ing)? off|cuts|redundancies))\b/i;

/** Advice, definitions, opinion: talk about layoffs in general. */
export const GENERIC_TALK =
  /\b(?<!-)(?:you|your|you['’]re)\b(?!-)|\b(?:what is a|is defined as|occurs when|refers to|how to|should (?:you|companies)|are (?:almost always|often|usually|commonly)|can mean|could eventually|potentially|fears? (?:that )?(?:\w+ ){0,3}?(?:could|would|might|may))\b/i;
