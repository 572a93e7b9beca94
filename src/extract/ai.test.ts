/**
 * readAiClaim and attribution: whether a cut is put down to AI, and by whom — the company saying AI
 * will do the work, the company denying it, only the writer or analysts drawing the link, AI among
 * other causes, or AI named with no link to the cut at all.
 */
import { describe, expect, it } from 'vitest';
import { type AiClaim, attribution, readAiClaim } from './ai.js';
import { extract } from './index.js';
import type { AiAttribution } from './types.js';

const COMPANY = ['Acme Robotics', 'Acme'];

/** Reads every sentence as one about this cut, as the extractor does for the sentences near it. */
function claimsIn(sentences: string[]): AiClaim[] {
  const claims: AiClaim[] = [];
  let offset = 0;
  for (const [i, s] of sentences.entries()) {
    const neighbours = `${sentences[i - 1] ?? ''} ${sentences[i + 1] ?? ''}`;
    const claim = readAiClaim(s, offset, COMPANY, true, neighbours);
    if (claim) claims.push(claim);
    offset += s.length + 1;
  }
  return claims;
}

type ClaimRow = {
  text: string;
  claim: Pick<AiClaim, 'stance' | 'claimant'> | null;
};

const claimRows: ClaimRow[] = [
  {
    text: 'Acme will cut 300 customer service jobs, which will be handled by chatbots, the company said.',
    claim: { stance: 'cause', claimant: 'company' },
  },
  {
    text: 'A spokesperson for Acme said AI played no role in the decision.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  {
    text: 'Acme will cut 300 jobs, chief executive Dana Moss said, adding that AI had nothing to do with the decision.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  {
    text: 'Acme said the cuts were driven by slowing demand, not AI.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  {
    text: 'Acme will cut 300 jobs as automation at its new plant reduces the need for manual labor, the company said.',
    claim: { stance: 'cause', claimant: 'company' },
  },
  {
    text: 'Critics blamed automation for the job losses; the company disputed that.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  // The company says AI will do the work.
  {
    text: 'Acme said AI tools will handle the work of the 200 support staff it is laying off.',
    claim: { stance: 'cause', claimant: 'company' },
  },
  {
    text: 'In a memo, the chief executive said the roles are being replaced by AI agents.',
    claim: { stance: 'cause', claimant: 'company' },
  },
  {
    text: 'Acme said the layoffs were driven by its adoption of AI.',
    claim: { stance: 'cause', claimant: 'company' },
  },
  // The company denies it.
  {
    text: 'Acme said the layoffs were not due to AI.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  {
    text: 'A spokesperson for Acme said AI is not the reason for the cuts.',
    claim: { stance: 'denial', claimant: 'company' },
  },
  // The writer or analysts draw the link.
  {
    text: 'Acme is cutting 300 jobs as it pivots toward AI.',
    claim: { stance: 'cause', claimant: 'writer' },
  },
  {
    text: 'Acme said it would cut 300 jobs as it ramps up its use of AI.',
    claim: { stance: 'cause', claimant: 'writer' },
  },
  {
    text: 'The layoffs come as Acme accelerates its investment in artificial intelligence.',
    claim: { stance: 'cause', claimant: 'writer' },
  },
  {
    text: 'Analysts said the cuts were driven by automation.',
    claim: { stance: 'cause', claimant: 'analyst' },
  },
  // AI named, but not as a cause.
  { text: 'Acme, which sells AI software to hospitals, will lay off 300 workers.', claim: null },
  { text: 'Acme is investing heavily in AI and plans to open a lab in Austin.', claim: null },
  { text: 'The company was founded in 2015 by two machine learning researchers.', claim: null },
];

describe('readAiClaim says whether a sentence ties the cut to AI, and who says so', () => {
  it.each(claimRows)('$text', ({ text, claim }) => {
    const found = readAiClaim(text, 0, COMPANY, true);
    if (claim === null) expect(found).toBeNull();
    else {
      expect(found).toMatchObject(claim);
      expect([found!.start, found!.end]).toEqual([0, text.length]);
    }
  });
});

type ArticleRow = { name: string; sentences: string[]; attribution: AiAttribution };

const articles: ArticleRow[] = [
  {
    name: 'the company says AI will do the work → explicit',
    sentences: [
      'Acme Robotics will lay off 200 customer support staff.',
      'Acme said AI tools will handle the work of the staff it is laying off.',
    ],
    attribution: 'explicit',
  },
  {
    name: 'the company quotes its own reasons in terms of AI and work → explicit',
    sentences: [
      'Acme Robotics will lay off 200 customer support staff, its chief executive said in a memo.',
      '“AI now does much of the work these teams did, so we need fewer people,” she wrote.',
    ],
    attribution: 'explicit',
  },
  {
    name: 'the company says the cuts are not due to AI → denied',
    sentences: [
      'Acme Robotics will lay off 300 workers at its Ohio plant.',
      'Acme said the layoffs were not due to AI but to weaker orders.',
    ],
    attribution: 'denied',
  },
  {
    name: 'only the writer links the cut to AI → blamed',
    sentences: [
      'Acme Robotics is cutting 300 jobs as it pivots toward AI.',
      'The company did not give a reason for the layoffs.',
    ],
    attribution: 'blamed',
  },
  {
    name: 'analysts link the cut to automation → blamed',
    sentences: [
      'Acme Robotics will lay off 300 warehouse workers.',
      'Analysts said the cuts were driven by automation.',
    ],
    attribution: 'blamed',
  },
  {
    name: 'the company cites AI and falling demand → mixed',
    sentences: [
      'Acme Robotics will lay off 300 workers.',
      'Acme cited slowing demand and the shift to AI as the reasons for the cuts.',
    ],
    attribution: 'mixed',
  },
  {
    name: 'the company says AI does the work, and demand fell too → mixed',
    sentences: [
      'Acme Robotics will lay off 300 workers.',
      'Acme said AI will take over routine tasks and that demand for its products had fallen.',
    ],
    attribution: 'mixed',
  },
  {
    name: 'AI as strategy, with no link to the cut → none',
    sentences: [
      'Acme Robotics will lay off 300 workers at its Ohio plant because orders fell.',
      'Acme, which sells AI software to hospitals, is investing heavily in AI.',
    ],
    attribution: 'none',
  },
  {
    name: 'critics blame automation and the company disputes it, though it cites AI elsewhere → mixed',
    sentences: [
      'Acme Robotics will lay off 300 workers.',
      'In a memo, the chief executive said the roles are being replaced by AI agents.',
      'Critics blamed automation for the job losses; the company disputed that.',
    ],
    attribution: 'mixed',
  },
  {
    name: 'AI as the product the company invests in, quoted by its chief executive → none',
    sentences: [
      'Acme Robotics announced a restructuring that cuts 11% of its workforce.',
      '"We are focusing our investments on our cloud platform and AI-driven threat detection," the chief executive said.',
    ],
    attribution: 'none',
  },
  {
    name: 'the company cites AI as the reason → explicit',
    sentences: [
      'Acme Robotics will lay off 300 workers.',
      'The company cited artificial intelligence as the main reason for the cuts.',
    ],
    attribution: 'explicit',
  },
  {
    name: 'the company cites AI as a growth area, not a reason → none',
    sentences: [
      'Acme Robotics will lay off 300 workers.',
      'The company cited artificial intelligence as a growth area for next year.',
    ],
    attribution: 'none',
  },
  {
    name: 'no AI at all → none',
    sentences: ['Acme Robotics will lay off 300 workers at its Ohio plant because orders fell.'],
    attribution: 'none',
  },
];

describe('attribution weighs the claims of a text', () => {
  it.each(articles)('$name', ({ sentences, attribution: expected }) => {
    expect(attribution(claimsIn(sentences))).toBe(expected);
  });
});

describe('a company naming AI beside other causes', () => {
  it('is mixed', () => {
    const text =
      'Acme will cut 300 jobs, citing weaker demand and the growing use of automation in its plants.';
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe('mixed');
  });

  it('is mixed when the company cites AI and slowing sales as reasons', () => {
    const text =
      'Acme will lay off 250 workers. The company cited slowing sales and its growing use of AI tools as reasons for the cuts.';
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe('mixed');
  });
});

describe('AI claims of a company its headline names short', () => {
  it('reads the claim of "Copperleaf Support" under a headline naming "Copperleaf"', () => {
    const text = [
      'Copperleaf to lay off 400 at Dublin contact centre',
      '',
      'Copperleaf Support, the customer-contact company, is laying off 400 workers at its Dublin contact centre, its chief executive confirmed on Tuesday, saying AI voice agents now handle most of the calls the centre once answered.',
    ].join('\n');
    const event = extract(text, { published: '2025-05-14' }).event;
    expect(event?.headcount?.value).toBe(400);
    expect(event?.ai_attribution).toBe('explicit');
  });
});

describe('AI beside other causes, denied in a phrase, blamed by others', () => {
  it.each([
    [
      'Halden Soft will cut 300 jobs, its chief executive said, blaming softer ad spending from retail clients and saying artificial intelligence now handles much of the campaign work.',
      'mixed',
    ],
    [
      'Halden Pay is eliminating 100 roles. "Our payment volumes grew more slowly than we planned, and at the same time AI-driven automation has changed how many people we need," its chief executive said.',
      'mixed',
    ],
    [
      'Halden Health will cut 12% of its staff, chief executive Imogen Marsh said on Monday. "Because people will ask: this is not an AI story," she said.',
      'denied',
    ],
    [
      'Halden Games to cut 200 jobs; union points to AI art tools\n\nHalden Games will make 200 staff redundant, the company said on Monday. Its statement gave no reason.',
      'blamed',
    ],
    [
      'Halden Data cut 60 sales jobs this month, according to former employees. Former employees say AI is the unspoken subtext.',
      'blamed',
    ],
    [
      'Halden Bank will make 350 roles redundant, the Finance Staff Alliance said, accusing the lender of replacing staff with artificial intelligence. The bank did not respond to the union’s claims about AI.',
      'blamed',
    ],
    [
      'Halden Software is eliminating 500 support jobs, its chief executive told employees. "These are roles that AI has made redundant, and I won’t pretend otherwise," she said.',
      'explicit',
    ],
    // AI named as a growth area or a battleground is no cause of the cut.
    [
      'Halden Soft will cut 300 jobs to save costs. The company points to AI as its biggest growth area.',
      'none',
    ],
    [
      'Halden Soft will cut 300 jobs. Analysts point to AI as the next battleground for the industry.',
      'none',
    ],
    [
      'Halden Soft, which sells AI tools and analytics software, will cut 300 jobs due to slowing sales.',
      'none',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });
});

describe('AI set beside the cut by the writer, as one factor among several, or denied in a quote', () => {
  it.each([
    // The writer sets the cut beside an AI launch, or asks and gets no answer: blamed.
    [
      'Brisko Labs laid off 90 people in its support team on Monday, months after launching an AI helpdesk agent.',
      'blamed',
    ],
    [
      'Brisko Labs will cut 90 support jobs, the company said on Tuesday. It declined to say whether its new AI assistant played a role.',
      'blamed',
    ],
    [
      'Brisko Labs will cut 90 support jobs, a spokesperson said on Tuesday, citing a reorganisation. The statement did not mention artificial intelligence.',
      'blamed',
    ],
    [
      'Brisko Labs will cut 90 jobs. Several affected employees said they believed the cuts were tied to the chatbot the company rolled out in spring.',
      'blamed',
    ],
    // The company names AI beside other causes: mixed.
    [
      'Brisko Labs will cut 90 jobs, the company said, citing lower bookings. Chief executive Tom Hale told analysts that AI was one factor among several.',
      'mixed',
    ],
    [
      'Brisko Labs will cut 90 jobs, chief operating officer Mia Roth said. About half come from the merger, and the rest reflect "automation in billing and claims review," she said.',
      'mixed',
    ],
    [
      'Brisko Labs will cut 90 jobs, its chief executive wrote in a blog post that pointed to "slower growth in Europe" and to "efficiencies we are seeing from AI in support."',
      'mixed',
    ],
    // A quoted denial that the changes have anything to do with AI.
    [
      'Brisko Labs will cut 90 jobs in its art team. "These changes have nothing to do with AI," a spokesperson said.',
      'denied',
    ],
    // AI beside the cut in time or as a product, with nothing setting one beside the other: none.
    [
      'Brisko Labs will cut 90 jobs as sales fell. Separately, it launched an AI writing tool for customers.',
      'none',
    ],
    [
      'Brisko Labs will cut 90 jobs as orders slump. The company was founded in 2015, shortly after the launch of its first automation product.',
      'none',
    ],
    [
      'Brisko Labs will cut 90 jobs, the company said, attributing them to weaker orders. The company sells AI cameras to farms.',
      'none',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });
});

describe('a company naming AI while the text gives a fall in demand or a merger as causes', () => {
  it('is mixed, not explicit', () => {
    const text = [
      'Brisko Labs will cut 90 jobs as AI agents take over routine support work, the company said on Tuesday.',
      'It also pointed to slowing demand for its scanners.',
    ].join(' ');
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe('mixed');
  });

  it('stays explicit when AI is the only cause given', () => {
    const text =
      'Brisko Labs will cut 90 jobs as AI agents take over routine support work, the company said on Tuesday.';
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe('explicit');
  });
});

describe('admissions, denials and causes in the words companies and their critics use', () => {
  it.each([
    [
      'Brisko Group said on Thursday it would cut 1,200 jobs, blaming a softer advertising market and what it called "structural efficiencies" from generative AI.',
      'mixed',
    ],
    [
      'Brisko laid off 45 people on Monday, and its founder isn’t pretending the reason is anything other than AI.',
      'explicit',
    ],
    [
      'Brisko will cut 420 jobs, its chief executive said.\nQ: Your unions say this is about artificial intelligence.\nA: I won’t pretend AI plays no role.',
      'explicit',
    ],
    [
      'Brisko will cut up to 900 jobs. "Automation and AI play no part in this process," chief executive Sipho Dlamini said.',
      'denied',
    ],
    [
      'Brisko will cut 250 jobs, the company said. "Much of the work these roles performed is now being carried out by an automated system," it said in a statement.',
      'explicit',
    ],
    [
      'Brisko is laying off 90 employees, its chief executive told staff. "These reductions are not because AI is replacing anyone’s work," he wrote.',
      'denied',
    ],
    [
      'Brisko will cut 300 contact-centre jobs, chief executive Dana Moss said. Asked whether AI played a role, Moss said a minority of the reductions reflected new AI tools, but that the bulk of them were about volumes.',
      'mixed',
    ],
    [
      'Brisko will cut 85 jobs. A spokesperson said the cuts were “in no way related” to the company’s trials of artificial intelligence tools.',
      'denied',
    ],
    [
      'Fintech Brisko dismisses 300 employees; former staff blame AI agent\n\nBrisko dismissed 300 employees last Monday, mostly in customer service.',
      'blamed',
    ],
    [
      'Brisko cut 20 jobs this month. "Our support team uses AI to draft replies now, and we decided not to keep eight support roles because of that," its founder said.',
      'explicit',
    ],
    // A rejected suggestion is a denial; a question the company raises is no claim.
    [
      'Brisko will cut 300 jobs. A spokeswoman rejected suggestions that the cuts were linked to the rollout of AI tools.',
      'denied',
    ],
    [
      'Brisko will cut 45 newsroom jobs, its editor told staff. “Many of you will wonder whether these cuts are connected to the AI features we launched in the fall.',
      'none',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });
});

describe('AI in headlines, answers and the words of former staff', () => {
  it.each([
    [
      'Korrin lays off 30% of staff, and its CEO says it out loud: AI did the work\n\nKorrin laid off roughly 45 people this week. Its AI agents now resolve 70% of customer tickets without a human, the chief executive wrote.',
      'explicit',
    ],
    [
      'Korrin laid off 95 employees on Monday, its chief executive said. "AI isn’t part of this," he said.',
      'denied',
    ],
    [
      'Korrin will cut about 2,000 jobs, its HR chief said in an interview.\nQ: So is AI the reason?\nA: AI is one factor, not the factor.',
      'mixed',
    ],
    [
      'Korrin Health to eliminate 140 positions, citing reimbursement pressure and billing automation\n\nKorrin Health will eliminate 140 positions, it said on Tuesday.',
      'mixed',
    ],
    [
      'Dozens of translators at Korrin Language were laid off last week, according to former employees, several of whom say the firm’s growing reliance on AI translation is behind the cuts.',
      'blamed',
    ],
    // The question is no claim; the answer is.
    [
      'Korrin will cut 300 jobs. Asked whether AI was behind the job cuts, its chief executive said the reductions were about the cost of a legacy business.',
      'none',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });
});

describe('AI said to be unrelated, and AI said to do most of the work', () => {
  it.each([
    [
      'New owner Korrin to cut 95 jobs at its Cape Town office, says move is unrelated to its AI launch',
      'denied',
    ],
    ['Korrin Insurance agrees 350 job cuts with unions, insists AI claims pilot is unrelated', 'denied'],
    [
      'Korrin Health to eliminate 240 positions; executive says AI scribe has not eliminated a single position',
      'denied',
    ],
    ['Korrin to cut about 320 jobs as CFO says its AI agent now closes most support tickets', 'explicit'],
    [
      'The founder of Korrin Learning said the company let go of 70 writers because an AI model now drafts most of the material they used to write.',
      'explicit',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });
});

describe('AI doing part of the work, AI among several forces, and a company’s denial in few words', () => {
  it.each([
    // The company says AI does much of the work, in a memo or in its plan.
    [
      'Granite Peak Capital has laid off more than 40 junior equity research analysts, saying AI research agents now do much of the first-pass work those analysts handled, according to a memo sent to staff.',
      'explicit',
    ],
    [
      'Albion Press Agency is making 25 sub-editors redundant and will use artificial intelligence to carry out much of the copy-checking they did, the news agency told staff on Monday.',
      'explicit',
    ],
    [
      'Seri Mahkota Logistics will offer voluntary separation to 800 workers. "The AI system now plans slotting, picking and dispatch on its own," the chief executive said.',
      'explicit',
    ],
    // AI as one of several forces the company gives.
    [
      'Banksia Mutual will cut about 300 roles. Chief executive Rachel Ong said the changes reflected "three forces at once: customers banking on their phones, a tougher cost environment, and the growing use of automation and AI."',
      'mixed',
    ],
    [
      'Harbor & Vale Media is eliminating more than 120 jobs, chief executive Gregory Lind told employees in a memo, citing falling print advertising, higher paper and postal costs, and the company’s growing use of AI tools in production.',
      'mixed',
    ],
    // Others blame it; the company does not answer.
    [
      'Veldhoven Parcels will cut roughly 900 jobs. But the transport union FNV has blamed the company’s new automated warehouse in Venlo for the cuts.',
      'blamed',
    ],
    // The company denies it, however briefly.
    ['Anadolu Beyaz to Cut About 2,500 Jobs, Denies Link to Robotic Lines', 'denied'],
    [
      'Anadolu Beyaz said on Monday it would cut about 2,500 jobs. Asked whether the reductions were linked to the robotic assembly lines installed last year, chief executive Selin Aydemir said: "No."',
      'denied',
    ],
    [
      'Kartwala laid off about 15% of its workforce on Wednesday. "Our support chatbot has been live since 2021 and no role was eliminated because of it," a Kartwala spokesperson said.',
      'denied',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });

  it.each([
    // Translated press: the company's share of AI beside another cause, its AI doing half the work.
    [
      'Halden Logistik will dismiss 140 employees at its terminal in Aarhus. According to managing director Mette Holm, about half of the positions disappear because a new AI-based planning system has taken over tasks that planners did before, while the rest is due to lower freight volumes.',
      'mixed',
    ],
    [
      'Halden Software will cut at most 90 jobs. The company estimates that about one third of the reduction need is connected to the AI tools and the rest to the weaker order book.',
      'mixed',
    ],
    [
      'Grupo Halden opened an ERE for 1,050 employees in its call centres. The company explains that the virtual assistants of artificial intelligence it has deployed for its principal telecommunications clients now resolve more than half of the incoming calls.',
      'explicit',
    ],
    [
      'Halden Assicurazioni agreed on up to 500 voluntary exits. "The plan has no link with artificial intelligence, it is a generational turnover," specified the director of human resources.',
      'denied',
    ],
    // A denial is not undone by the chatbot doing "only" simple work.
    [
      'Halden Kommunikation will eliminate 850 jobs in customer service. "The reduction has nothing to do with AI. Fewer customers are calling us," a spokeswoman said, adding that the company\'s chatbot handles only simple billing questions.',
      'denied',
    ],
    // A union points a finger; the company gives other reasons.
    [
      'Leeds QA firm Halden Test Labs to cut 140 jobs; union points finger at AI tools\n\nHalden Test Labs has begun consultation on 140 redundancies, citing the loss of two large contracts.',
      'blamed',
    ],
    // "The economics of a studio" is no downturn beside AI.
    [
      'Halden closes Copper studio, lays off 85 as it leans on generative AI\n\nHalden Games is closing its Copper studio and laying off 85 people. In a memo, its chief operating officer wrote that the work would move to "a much smaller central team using generative AI tools for art and testing," adding that "the economics of a full studio no longer work."',
      'explicit',
    ],
  ])('%s', (text, attribution) => {
    expect(extract(text, { published: '2025-03-06' }).event?.ai_attribution).toBe(attribution);
  });

  it('keeps an admission whose "not" negates something else', () => {
    const text =
      'Quillbyte let go of 42 people in January. "Our support team uses AI to draft replies now, and we decided not to keep about eight support roles because of that," the founder said.';
    expect(extract(text, { published: '2025-02-20' }).event?.ai_attribution).not.toBe('denied');
  });

  it('reads staff who believe AI replaced them as blaming it, not as the company’s word', () => {
    const text =
      'Vayuvega Logistics laid off several hundred warehouse employees last week. Several of them said they believed they had been replaced by a robotic sortation system.';
    expect(extract(text, { published: '2023-08-21' }).event?.ai_attribution).toBe('blamed');
  });
});
