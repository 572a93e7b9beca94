/**
 * Is the cut blamed on AI, and by whom? Reads each sentence that ties AI or automation to the cut
 * and says who makes the claim: the company (its statements, executives, memos), or the writer and
 * analysts.
 */
import { LETTER } from './letters.js';
import type { AiAttribution } from './types.js';
import { Anchored } from './words.js';

export type AiClaim = {
  stance: 'cause' | 'denial';
  claimant: 'company' | 'writer' | 'analyst';
  strong: boolean;
  mixed: boolean;
  start: number;
  end: number;
};

export const AI_TERM = new RegExp(
  String.raw`(?:\bA\.?I\.?(?![${LETTER}])|\b(?:[Aa]rtificial [Ii]ntelligence|[Gg]enerative AI|Gen ?AI|[Aa]utomat(?:ion|ed|es|ing)|[Mm]achine [Ll]earning|[Cc]hatbots?|[Aa]gentic|[Ll]arge [Ll]anguage [Mm]odels?|LLMs?|[Rr]obots?|[Rr]obotic)\b)`,
);
const AI = AI_TERM.source;
/** AI_TERM, tried only where its words start. */
export const AI_WORDS = new Anchored(AI_TERM, [
  'a$',
  'ai',
  'artificial',
  'generative',
  'gen',
  'automat',
  'machine',
  'chatbot',
  'agentic',
  'large',
  'llm',
  'robot',
]);

export const DENIAL_OF_AI = new RegExp(
  String.raw`(?:\bnothing to do with\b[^.;]{0,40}?${AI})|(?:\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied|ying))\s+(?:the\s+)?(?:suggestions?|claims?|reports?|speculation|rumou?rs?)\b[^.;]{0,160}?\b(?:anything|something) to do with\b)|(?:\bnot\b[^.;]{0,60}?\ba decision to replace\b[^.;]{0,40}?${AI})|(?:(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bnothing to do with\b)[^.;]{0,40}?\b(?:due to|because(?: of)?|result of|driven by|related[”"’']?\s+to|caused by|linked to|the reason|about|replac\w*)\b[^.;]{0,40}?${AI})|(?:${AI}[^.;]{0,30}?\b(?:is not|isn['’]t|was not|wasn['’]t|are not|aren['’]t|were not|weren['’]t|not)\s+(?:the reason|replacing|to blame|a factor|behind|responsible|driving))|(?:${AI}[^.;]{0,30}?\b(?:played|plays|play|had|has|have|was|is)\s+no\s+(?:role|part)\b)|(?:${AI}[^.;]{0,20}?\b(?:is|was)\s+not\s+why\b)|(?:${AI}[^.;]{0,12}?\b(?:isn['’]t|is not|wasn['’]t|was not)\s+(?:part of|behind|the cause of)\s+(?:this|it|the (?:cuts|layoffs|decision))\b)|(?:${AI}[^.;]{0,30}?\b(?:had|has|have)\s+nothing to do with\b)|(?:\b(?:had|has|have|having)\s+nothing to do with\s+(?:[\w’'-]+\s+){0,4}?${AI})|(?:\b(?:due to|because of|driven by|result of|caused by|reflect\w*)\b[^.;]{0,60}?,?\s+(?:and\s+)?(?:not|rather than)\s+(?:by\s+|because of\s+|due to\s+)?${AI})|(?:${AI}[^.]{0,80}?\b(?:the company|the firm|it)\s+(?:has\s+)?(?:disputed|disputes|denied|denies|rejected|rejects)\b)|(?:\b(?:unrelated|not related|not connected|no (?:connection|link|links|relation))\b[^.;]{0,40}?${AI})|(?:\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*)\s+(?:any\s+)?(?:links?|connection|role)\s+(?:to|with|between|of|for)\b[^.;]{0,40}?${AI})|(?:${AI}[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:unrelated|not related|not connected)\b)|(?:${AI}[^.;]{0,30}?\b(?:has|have|had)\s+not\s+(?:eliminated|replaced|cost)\b)|(?:\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|refuted|refutes)\s+(?:[\w’'-]+\s+){0,4}?(?:suggestions?|claims?|reports?|speculation|allegations?|criticism|the idea)\b[^.;]{0,80}?${AI})|(?:\b(?:nobody|no one)\b[^.;]{0,30}?\b(?:thinks|believes|says)\b[^.;]{0,30}?${AI})|(?:\bnot\s+(?:an?\s+)?${AI}[- ](?:story|decision|play|move|thing|cut|layoffs?|restructuring)\b)|(?:${AI}[^.;]{0,80}?\b(?:no (?:roles?|jobs?|positions?|one|employees?|staff)\s+(?:was|were|has been|have been|will be|is being)|(?:was|were|has|have|had|is|are)\s+not\s+(?:been\s+)?)\s*(?:eliminated|cut|lost|replaced|made redundant)\s+(?:because of|due to|as a result of) (?:it|this|that|them)\b)`,
  'i',
);
/** A word every denial above needs: the long pattern runs only in sentences that have one. */
const DENIAL_WORD =
  /\b(?:not|no|never|nothing|nobody|unrelated|rather than|disput\w*|deni\w*|den(?:y|ies)|reject\w*|dismiss\w*|refut\w*)\b|n['’]t\b/i;

/** Does the sentence deny that AI is behind the cut? */
export function deniesAi(sentence: string): boolean {
  return DENIAL_WORD.test(sentence) && DENIAL_OF_AI.test(sentence);
}
/**
 * AI doing the work people did: "replaced by AI", "AI now handles most calls", "shifted its customer
 * chat support to artificial intelligence".
 */
const STRONG = new RegExp(
  String.raw`(?:\b(?:replac\w*|substitut\w*|(?:handled|done|performed|taken over|carried out|answered) by)\b[^.;]{0,40}?${AI})|(?:${AI}[^.;]{0,70}?\b(?:replac\w*|tak(?:e|es|ing|en) (?:on|over)|took (?:on|over)|handl\w+(?!\s+(?:only|just|a few|a handful)\b)|instead|reduce the number of|reduc\w* the need for|(?:do(?:es|ing)?|did|done) (?:the |much of the |most of the )?work|perform\w* the work|used to (?:do|handle|take|perform|answer|write|draft|process|review)|(?:now\s+)?(?:resolves?|closes?|answers?|handles?|writes?|drafts?|processes?)\s+(?:most|the majority|nearly all|almost all|(?:about |around |nearly |almost |over |more than |roughly )?\d+(?:%| per ?cent)|nine in ten|a large share|the bulk|(?:more than |over |about |nearly |almost )?half)\b|without (?:a |any )?humans?\b|on its own|by itself|let (?:smaller|fewer) (?:teams|people|staff)|smaller teams|fewer (?:people|humans|workers|staff)|(?:do(?:es|ing)?|did|done|perform\w*|handl\w+|carr(?:y|ies|ied) out)\s+["“]?(?:much|most|a large part|a (?:large|growing|significant) share|the bulk|part)\s+of\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:work|tasks|jobs|testing|support|checking|analysis|processing))\b)|(?:\b(?:use|uses|using|used|deploy\w*|rely on|relying on|relies on)\s+(?:an?\s+|its\s+|new\s+)*${AI}(?:[- ](?:based|powered|driven))?(?:\s+(?:tools?|systems?|agents?|software))?\s+to\s+(?:carry out|do|handle|perform|take over|replace)\b)|(?:\b(?:using|use|deploy\w*)\s+${AI}[^.;]{0,20}?\binstead\b)|(?:${AI}[^.;]{0,70}?\b(?:made (?:\w+ )?(?:redundant|obsolete|unnecessary)|reduc\w*\b[^.;]{0,40}?\bwork)\b)|(?:${AI}[^.;]{0,160}?\b(?:run (?:a )?leaner|(?:a )?leaner (?:desk|team|staff|workforce|newsroom|operation)|(?:with|needs?|requires?|need) fewer (?:people|staff|employees|workers))\b)|(?:${AI}[^.;]{0,120}?\bnow\s+(?:resolves?|answers?|handles?|attends?|takes?)\s+(?:most|the majority|nearly all|almost all|\d+%|nine in ten|a large share|the bulk|(?:more than |over |about |nearly |almost )?half|the calls|the work)\b)|(?:\b(?:moved|shifted|switched|transferred|handed)\s+(?:[\w'’-]+\s+){0,6}?(?:to|over to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?${AI})`,
  'i',
);
const CAUSAL = new RegExp(
  String.raw`(?:\b(?:due to|because of|as a result of|driven by|result of|owing to|citing|in favou?r of|to (?:prioriti[sz]e|fund|focus on|invest in|make room for|pivot to)|pivot(?:s|ing)? (?:more \w+ )?(?:to|toward)|shift\w* (?:focus )?(?:from [^.;]{0,60}? )?to(?:ward)?|realign\w* (?:toward|to)|push (?:toward|into)|as (?:it|they|the company|[A-Z][\w&.-]+) (?:ramps? up|accelerat\w+|embrac\w+|shifts?|pivots?|invests?|leans?|doubles? down|focus(?:es)?|prioriti[sz]es?|expects?)|amid(?:st)?|in (?:a|its) push|(?:layoffs?|cuts?|move|decision) comes? as|aligns? with)\W+(?:[\w’'-]+\W+){0,8}?${AI})|(?:${AI}[- ](?:driven|led|related|fueled|fuelled|induced|pivot|push|shift|realignment|transition)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:products?|tools?|platforms?|features?|search|solutions?|software|services?|detection|analytics|assistants?|apps?|devices?|offerings?|capabilities)\b))|(?:${AI}\W+(?:[\w’'-]+\W+){0,8}?(?:meant|means|led to|leading to|is (?:also )?one of the reasons|(?:is|was) cited as|cited as))|(?:\breflect(?:s|ed|ing)?\W+(?:[\w’'-]+\W+){0,3}?${AI})|(?:\b(?:efficienc(?:y|ies)|productivity(?: gains)?|savings)\b\W+(?:[\w’'-]+\W+){0,4}?(?:from|through|via|linked to|enabled by|thanks to|delivered by)\s+(?:[\w’'-]+\s+){0,2}?${AI})|(?:${AI}[- ](?:driven\s+|related\s+)?(?:efficienc(?:y|ies)|productivity gains)\b)|(?:\bblam(?:e|es|ed|ing)\s+(?:the\s+|an?\s+|its\s+)?(?:(?:company|firm|group|bank|[A-Z][\w&-]*)['’]s\s+)?(?:new\s+)?${AI})|(?:${AI}[^.;]{0,40}?\b(?:is|was|are|were) behind\b)|(?:${AI}[^.;]{0,120}?\b(?:because of (?:that|this|it)|which is why)\b)|(?:\b(?:linked|tied|connected|attribut\w+)\s+(?:it\s+|them\s+)?(?:to|with)\b\W+(?:[\w’'-]+\W+){0,8}?${AI})|(?:\bpoint(?:s|ed|ing)?\s+(?:(?:the\s+)?fingers?\s+)?(?:to|at)\s+(?:[\w’'-]+\s+){0,2}?${AI}(?:[ \t-]+[a-z][\w-]*){0,3}?(?=\s*(?:$|[.;,:]|\bas\s+(?:the|a|one)\s+(?:\w+\s+)?(?:reasons?|causes?|culprits?|drivers?|factors?)\b)))|(?:${AI}\s+(?:is|was|as)\s+(?:the\s+)?(?:real\s+|unspoken\s+|main\s+|true\s+|hidden\s+)?(?:reason|subtext|cause|culprit|driver)\b)|(?:${AI}\W+(?:[\w’'-]+\W+){0,3}?(?:has eaten|is eating|ate|has replaced|is replacing|replaced)\b)|(?:\bcit(?:ing|ed|es)\b[^.;]{0,140}?,\s+and\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?${AI})|(?:\bcit(?:ed|es)\W+(?:[\w’'-]+\W+){0,8}?${AI}[^.;]{0,40}?\bas\s+(?:a\s+|the\s+|one of the\s+|among the\s+)?(?:\w+\s+)?(?:reasons?|factors?|causes?|drivers?)\b)`,
  'i',
);
/**
 * The writer sets the cut beside AI without anyone claiming it: "months after launching its AI
 * helpdesk agent", "the cuts follow the rollout of an AI copy tool", "the company declined to say
 * whether AI played a role", "the statement did not mention AI". Someone asks; the reader infers.
 */
const AFTER_LAUNCH = new RegExp(
  String.raw`(?:\b(?:after|since|follow(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,4}?(?:launch\w*|roll(?:s|ed|ing)?[- ]?out|rollout|introduc\w*|deploy\w*|adopt\w*|unveil\w*|arrival|debut)\b\W+(?:[\w’'-]+\W+){0,8}?${AI})`,
  'i',
);
const NOT_SAID = new RegExp(
  String.raw`(?:\b(?:did not|didn['’]t|declined to|would not|wouldn['’]t|has not|hasn['’]t|refused to|does not|doesn['’]t)\s+(?:publicly\s+|immediately\s+)?(?:answer|respond|comment|address|mention|discuss|say|cite|reference)\b[^.;]{0,100}?${AI})|(?:\b(?:whether|if)\s+(?:[\w’'-]+\s+){0,8}?${AI}[^.;]{0,60}?\b(?:played|plays|had|was)\s+(?:a|any)\s+(?:role|part|factor)\b)`,
  'i',
);
/** A sentence that itself speaks of the cut: only there does "after launching an AI agent" frame it. */
const OF_THE_CUT =
  /\b(?:lay(?:s|ing)? off|laid off|layoffs?|cuts?|cutting|jobs?|roles|positions|redundan\w*|eliminat\w*|let(?:s|ting)? go)\b/i;
/** "AI was one factor among several", "driven by X and by Y": a cause, and never the only one. */
const ONE_FACTOR =
  /\bone (?:factor|reason|driver|contributor) (?:among|of) (?:several|many|others|a number)\b|\bone of (?:several|many|a number of|multiple) (?:factors|reasons|drivers)\b|\ba (?:contributing )?factor,? but not the (?:main|only|primary|biggest)\b|\b(?:is|was|are|were|has been) (?:a|one) (?:contributing )?factor\b|\bnot the main (?:factor|reason|driver|one)\b|\bone factor, not the\b|\b(?:both|two|three|four|several|multiple) (?:of (?:those|these|the) )?(?:factors|forces|reasons|pressures|drivers|things|causes)\b|\b(?:reasons|causes) (?:are|were) (?:two|three|several|many)\b|\bnot (?:to )?(?:put|pin|blame) (?:it )?all on\b|^\W*(?:the )?(?:second|third|other)(?: reason| factor| driver)? is\b|^\W*(?:secondly|thirdly)\b|\b(?:driven|caused|prompted|explained|motivated) by\b[^.;]{3,100}?\band (?:also )?by\b/i;
/** Causes beside AI that make a company's claim mixed: demand, the economy, slower growth. */
const OTHER_CAUSE = String.raw`(?:demand|econom(?:y|ies|ic)|order ?books?|downturn|macro\w*|sales|revenue|market|inflation|pandemic|spending|slowdown|slow(?:er|ing|ly)|growth|volumes?|orders|tariffs?|interest rates|deferr\w*|paus(?:e|es|ed|ing)|overlap\w*|merger|integrat\w*|acquisition|funding|runway|war|budgets?)`;
const MIXED = new RegExp(
  String.raw`(?:${AI}[^.;]{0,60}?\band\b[^.;]{0,40}?\b${OTHER_CAUSE}\b)|(?:${AI}[^.;]{0,100}?\bbut\b[^.;]{0,50}?\b${OTHER_CAUSE}\b)|(?:\b${OTHER_CAUSE}\b[^.;]{0,60}?\band\b[^.;]{0,60}?${AI})|\balso one of the reasons\b|(?:\bthe rest\b[^.;]{0,40}?\b(?:due to|to|from|because of|by|on)\b[^.;]{0,40}?\b${OTHER_CAUSE}\b)|(?:\bcit(?:es|ed|ing)\s+(?:[\w’'-]+\s+){1,5}and\s+(?:[\w’'-]+\s+){0,3}?${AI})|(?:\bcit(?:ing|ed|es)\b[^.;]{0,140}?,\s+and\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?${AI})|${ONE_FACTOR.source}`,
  'i',
);
const COMPANY_DISPUTES =
  /\b(?:the company|the firm|it)\s+(?:has\s+)?(?:disputed|disputes|denied|denies|rejected|rejects)\b/i;
const COMPANY_SPEAKS =
  /\b(?:said|says|say|saying|told|tells|pointed to|points to|acknowledged|admitted|conceded|recogni[sz]ed|wrote|writes|stated|announced|confirmed|explained|explains|specified|estimates|estimated|added|noted|memo|statement|(?:message|letter|e-?mail|note) to (?:staff|employees|workers|the team|shareholders|investors)|filing|interim report|annual report|blog post|spokes(?:person|man|woman)|is cited as|was cited as|cited|citing)\b/i;
/**
 * Analysts, unions, critics, former staff: someone other than the company. Not after "told" ("told
 * analysts") nor counted as the people cut ("40 junior equity research analysts"); those two checks
 * look back from each match (a pattern opening with lookbehinds is tried at every character).
 */
const ANALYST_WORDS =
  /\b(?:analysts?|experts?|economists?|professor|researchers?|research firm|consultancy|observers|critics|unions?|guild|alliance|federation|staff association|labou?r groups?|advocates?|activists|lawmakers?|former (?:[a-z-]+ ){0,2}(?:staff|employees?|workers?|designers?|engineers?|developers?|managers?|artists?|agents?|writers?)|who (?:was|were) laid off|laid-off (?:staff|employees|workers)|(?:staff|employees|workers|journalists|reporters|members|drivers|nurses|teachers|engineers|developers|artists) (?:said|say|says|believe|believed|fear|feared|argue|argued)|organi[sz]ers?|shop stewards?|accus(?:e|es|ed|ing))\b/gi;
const TOLD_BEFORE = /\b(?:told|tells|telling|briefing|briefed|call with|update to|those|these)\s+$/i;
const COUNTED_BEFORE =
  /\b\d[\d,]*\s+(?:(?!(?:as|by|of|and|to|with|at|in|for|from|after|while|but|amid|the|its)\b)[\w-]+\s+){0,3}$/i;
function analystIn(text: string): boolean {
  ANALYST_WORDS.lastIndex = 0;
  for (let m = ANALYST_WORDS.exec(text); m; m = ANALYST_WORDS.exec(text)) {
    const before = text.slice(0, m.index);
    if (!TOLD_BEFORE.test(before) && !COUNTED_BEFORE.test(before)) return true;
    ANALYST_WORDS.lastIndex = m.index + 1;
  }
  return false;
}
const EXECUTIVE =
  /\b(?:CEO|CFO|COO|CTO|chief executive|chief \w+ officer|(?:finance|managing|finance and \w+) director|director (?:of \w+|general)|(?:senior|managing) partner|founder|president|chairman|chairwoman|executive|spokes(?:person|man|woman)|management|leadership|board)\b/i;
const OTHER_TIME =
  /\b(?:recall that|in the coming years|in the future|had said|earlier this year|last year|years ago)\b/i;

const PRONOUN_SPEAKS = /\b(?:(?:she|he) (?:said|says|added|told|explained)|(?:said|added) (?:she|he))\b/i;
const DENIAL_UNDONE =
  /\b(?:(?:won['’]t|wouldn['’]t|isn['’]t|aren['’]t|not|never|can['’]t|cannot|didn['’]t)\s+(?:be\s+|going to\s+)?pretend\w*|(?:anything|something) (?:other|else) than)\b/i;
/** The company speaking in the first person, in a quotation or an interview's answer. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|I)\b|^\s*A:/;
const NAMED_SPEAKER =
  /\b[A-Z][\p{L}’'-]+,? (?:said|says|added|told|wrote)\b|\b(?:said|says|added|wrote) [A-Z]/u;
const QUESTION_CLAUSE =
  /\b(?:asked|asking|ask|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?)\s+(?:whether|if)\b[^,;]*(?:,|$)/gi;
const NO_ANSWER =
  /\b(?:did not|didn['’]t|declined to|would not|wouldn['’]t|has not|hasn['’]t|could not|couldn['’]t|refused to)\s+(?:immediately\s+)?(?:respond|answer|comment|reply|address|return|say|elaborate|discuss|confirm)\b/i;

const ANSWER_NO =
  /\b(?:said|says|replied|answered|told \w+)\s*:?\s*["“‘']?(?:no|not at all|absolutely not|none)\b[.,!”"’]|\b(?:said|says|replied|answered)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:had|has|have|did|does|do|was|were)\s*(?:not|n['’]t)\s*[.,;]/i;

function inQuote(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const open = (before.match(/[“"]/g) ?? []).length;
  const close = (before.match(/[”]/g) ?? []).length;
  return /[“]/.test(before) ? open > close : open % 2 === 1;
}

/**
 * Reads one sentence. `aboutCut`: the sentence, or its neighbour, speaks of this cut.
 * `companyNames`: how the text names the company (and its executives' roles are recognised).
 */
export function readAiClaim(
  sentence: string,
  start: number,
  companyNames: string[],
  aboutCut: boolean,
  neighbours = '',
  /** The surnames of the company's people ("chief executive Dana Moss" → Moss), read when needed. */
  people: () => string[] = () => [],
): AiClaim | null {
  const term = AI_TERM.exec(sentence);
  if (!term) return null;
  // "Asked whether the cuts were linked to the robotic lines installed last year, the chief executive
  // said: “No.”"
  QUESTION_CLAUSE.lastIndex = 0;
  const answeredNo = QUESTION_CLAUSE.test(sentence) && ANSWER_NO.test(sentence);
  // "had said earlier this year": another time's claim; but "rejected suggestions that the rollout of an
  // AI assistant earlier this year had anything to do with the reductions" dates the AI, not the denial.
  const otherTime = OTHER_TIME.exec(sentence);
  if (otherTime && !answeredNo && !(otherTime.index > term.index && deniesAi(sentence))) return null;
  // "The bank did not respond to the union's claims about AI": no answer is no denial.
  // "I won't pretend AI plays no role", "isn't pretending the reason is anything other than AI": an admission.
  const admitted = DENIAL_UNDONE.test(sentence);
  const denial = (deniesAi(sentence) || answeredNo) && !NO_ANSWER.test(sentence) && !admitted;
  const strong = STRONG.test(sentence);
  const oneFactor = ONE_FACTOR.test(sentence);
  // Set beside the cut by the writer, with no one's word for it: the writer's framing.
  if (
    !denial &&
    !/\b(?:said|says|according to)\b/i.test(sentence) &&
    (NOT_SAID.test(sentence) || (AFTER_LAUNCH.test(sentence) && OF_THE_CUT.test(sentence)))
  )
    return {
      stance: 'cause',
      claimant: analystIn(sentence) ? 'analyst' : 'writer',
      strong: false,
      mixed: oneFactor || MIXED.test(sentence),
      start,
      end: start + sentence.length,
    };
  const quoted = inQuote(sentence, term.index);
  // A quotation counts only when it speaks of work and people, not of a product.
  const quotedAboutWork =
    quoted &&
    aboutCut &&
    /\b(?:work|jobs?|roles?|skills?|skill sets|people|talent|workforce|teams?|restructur\w*|headcount|hiring|humans?|employees)\b/i.test(
      sentence,
    );
  // "Many of you will wonder whether these cuts are connected to AI", "Asked whether AI was behind the
  // cuts, she said…": the question is no claim; what follows it may be. (Read last: the longest pattern.)
  const causal = () => oneFactor || admitted || CAUSAL.test(sentence.replace(QUESTION_CLAUSE, ' '));
  if (!denial && !strong && !quotedAboutWork && !causal()) return null;
  const mentionsCompany =
    companyNames.some((n) => n && sentence.includes(n)) ||
    /\b(?:it said|the (?:[\w-]+\s+){0,3}(?:company|firm|bank|group|lender|retailer|airline|carrier|startup|giant|maker|business))\b/i.test(
      sentence,
    ) ||
    // "Moss said…", Moss being its chief executive.
    (NAMED_SPEAKER.test(sentence) && people().some((n) => sentence.includes(n)));
  // A quotation's speaker is often named in the sentence next to it.
  const speaksHere = COMPANY_SPEAKS.test(sentence);
  const attributed = quoted && !speaksHere ? neighbours : '';
  const speaks = speaksHere || COMPANY_SPEAKS.test(attributed);
  const citedAs = /\b(?:is|was) cited as\b/i.test(sentence);
  const firstPerson = FIRST_PERSON.test(sentence);
  let claimant: AiClaim['claimant'] = 'writer';
  if (citedAs) claimant = 'company';
  const speaker = sentence.match(/\b(?:said|says|according to)\s+([^,.;]{0,60})/i)?.[1] ?? '';
  if (
    analystIn(sentence) ||
    // A quotation whose speaker, named next to it, is a union or an analyst.
    (attributed && analystIn(attributed) && !EXECUTIVE.test(attributed)) ||
    (speaker &&
      /\b[A-Z][\w&]+ (?:Research|Capital|Partners|Group|Securities|Institute|University)\b/.test(speaker) &&
      !companyNames.some((n) => speaker.includes(n)))
  )
    claimant = 'analyst';
  else if (
    speaks &&
    (mentionsCompany ||
      EXECUTIVE.test(sentence) ||
      // "…," she said — the speaker named in the sentence before.
      (PRONOUN_SPEAKS.test(sentence) &&
        !analystIn(neighbours) &&
        (EXECUTIVE.test(neighbours) || /\b[A-Z][\p{L}’'-]+ (?:said|says|told|added)\b/u.test(neighbours))) ||
      (attributed &&
        (EXECUTIVE.test(attributed) ||
          /\b(?:memo|statement|letter to (?:staff|employees))\b/i.test(attributed) ||
          companyNames.some((n) => n && attributed.includes(n)))))
  )
    claimant = 'company';
  // "Our support team uses AI to draft replies now": the company speaking, in a quotation or an answer.
  else if (firstPerson || (admitted && (EXECUTIVE.test(sentence) || mentionsCompany))) claimant = 'company';
  // "Critics blamed automation; the company disputed that": the denial is the company's.
  if (denial && COMPANY_DISPUTES.test(sentence)) claimant = 'company';
  if (denial)
    return { stance: 'denial', claimant, strong, mixed: false, start, end: start + sentence.length };
  // A company's own words about AI count when quoted or when they say AI does the work; reported
  // framing ("as it accelerates AI adoption") is the writer's.
  // "said the layoffs were driven by AI" is the company's claim; "as it accelerates AI adoption" is framing.
  const saysItCaused =
    /\b(?:driven by|due to|because of|as a result of|result of|owing to|caused by|blamed on|blaming|because of (?:that|this|it)|linked to|tied to|connected (?:to|with)|attributed (?:it |them )?to|reflect(?:s|ed)?|point(?:s|ed)? to)\b/i.test(
      sentence,
    ) && !/\bas (?:it|they|the company)\b/i.test(sentence);
  if (
    claimant === 'company' &&
    !strong &&
    !quotedAboutWork &&
    !saysItCaused &&
    !oneFactor &&
    !admitted &&
    !firstPerson &&
    !citedAs &&
    !/\bcit(?:ed|ing)\b/i.test(sentence) &&
    !/\btold (?:staff|employees|workers)\b/i.test(sentence)
  )
    claimant = 'writer';
  // "…replaced by AI, several of them said they believed": staff's belief, not the company's word.
  if (
    strong &&
    claimant === 'writer' &&
    !/\b(?:reflects?|trend|could|may|might|likely|believ\w*|fear\w*|suspect\w*|alleg\w*|claimed|claiming|claims? that)\b/i.test(
      sentence,
    )
  )
    claimant = 'company';
  return {
    stance: 'cause',
    claimant,
    strong,
    // MIXED holds ONE_FACTOR.
    mixed: oneFactor || MIXED.test(sentence),
    start,
    end: start + sentence.length,
  };
}

export function attribution(claims: AiClaim[]): AiAttribution {
  const companyDenies = claims.some((c) => c.stance === 'denial' && c.claimant === 'company');
  const companyCites = claims.some((c) => c.stance === 'cause' && c.claimant === 'company');
  const othersBlame = claims.some((c) => c.stance === 'cause' && c.claimant !== 'company');
  const mixed = claims.some((c) => c.stance === 'cause' && c.mixed);
  if (companyDenies && companyCites) return 'mixed';
  if (companyDenies || claims.some((c) => c.stance === 'denial')) return 'denied';
  if (companyCites) return mixed ? 'mixed' : 'explicit';
  if (othersBlame) return 'blamed';
  return 'none';
}
