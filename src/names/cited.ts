/**
 * People a post cites rather than describes: "work by X and colleagues", "Senators X and Y",
 * "anything by X", "I once heard X say", "X's TED talk", "named after X", "X was nine when she was
 * sent to the mission school in 1958; she has told that story in schools ever since". The grammar
 * around the name, not a list, says the person is public. A client cue next to the name ("my client
 * X", "X, 14,") still wins: the caller checks that evidence, and this module refuses a name written
 * beside a client word.
 */
import { citationSentenceAround } from '../sentence.js';

import { OWN_PEOPLE } from './context.js';

/** One capitalised name, initials and particles included ("W. E. B. Du Bois", "Bessel van der Kolk"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.-]*(?:['’](?!s(?!\p{L}))[\p{L}.-]+)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|von|der|den|de|da|di|du|la|le|del|ter|bin|ibn|al)\s+)*${NAME_WORD}){0,3}`;

/** "X, Y and " between a cue and a later name in a list: the list shares what stands before its first name. */
const LIST_BEFORE = String.raw`(?:${NAME}(?:['’]s)?(?:\s*,\s*(?:and\s+|&\s+|or\s+)?|\s+(?:and|&|or)\s+))*`;

const LIST_TAIL = new RegExp(`^${LIST_BEFORE}$`, 'u');

/** A cue that must end right before the name, or before a list of names ending in it. */
const endingBefore = (cue: string) => new RegExp(String.raw`(?:${cue})\s+$`, 'iu');

/** Where the cue before a name may end: right before it, or before each list of names that ends in it. */
function cueEnds(before: string): string[] {
  const heads = [before];
  for (const m of before.matchAll(/(?<![\p{L}'’.-])\p{Lu}/gu)) {
    if (before.length - m.index! <= 160 && LIST_TAIL.test(before.slice(m.index))) heads.push(before.slice(0, m.index));
  }
  return heads;
}

/** " and Y, Z" after a name in a list: the list shares what follows its last name. */
const LIST_AFTER = new RegExp(String.raw`^(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?!colleagues\b)${NAME})+`, 'u');

/** Cited together: "people like X", "the likes of X", "researchers such as X". */
const CITED_COMPANY = endingBefore(String.raw`\b(?:people|researchers|writers|thinkers|scholars|authors|academics|experts|theorists|clinicians|campaigners|activists|advocates|voices|pioneers|figures|leaders|names|giants|heroes|role models|speakers|poets|novelists|psychologists|sociologists|criminologists|economists|historians|educators)\s+(?:like|such as|including)|\bthe likes of`);

/** "with a lot of reference to X", "a nod to X": what a talk or a text draws on. */
const REFERENCE_TO = endingBefore(String.raw`\b(?:references?|a\s+nod|homage)\s+to`);
/** A public work by someone: "work by X", "a speech by X", "anything by X", "edited by X". */
const WORK_BY = endingBefore(String.raw`\b(?:(?:work|works|research|writing|writings|study|studies|paper|papers|book|books|article|articles|speech|speeches|lecture|lectures|keynote|keynotes|address|sermon|interview|interviews|podcast|podcasts|ted talk|ted talks|documentary|memoir|report|novel|novels|anything|everything|whatever)\s+(?:[\p{L}-]+\s+)?by|(?:edited|directed|illustrated|narrated|translated|hosted|produced|presented|foreword|afterword|introduction|preface)\s+by)`);

/**
 * Brought into print or into the field: "published in 1981 by X and Y", "coined by X". Only a published
 * author or a researcher is credited so.
 */
const PUBLISHED_BY = endingBefore(String.raw`\b(?:published|co-?published|coined|pioneered|authored|co-?authored|formulated|validated|peer-reviewed)\s+(?:(?:first|originally|jointly|later)\s+)?(?:(?:in|around|back\s+in)\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\s+)?by`);
/** "developed by X", "first described by X", "the theory comes from X": a researcher's, where the sentence is about a tool or a model. */
const DEVISED_BY = endingBefore(String.raw`\b(?:(?:comes?|came)\s+from|(?:is|was)\s+based\s+on\s+the\s+work\s+of|owes\s+(?:much|everything|a\s+lot|a\s+great\s+deal)\s+to|(?:developed|devised|described|designed|created|proposed|introduced|invented|founded|established|conceived|named)\s+(?:(?:first|originally|jointly|later)\s+)?(?:(?:in|around|back\s+in)\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\s+)?by)`);
/** "the approach, which X developed in the nineties": the maker of a method, right before, in a relative clause. */
const WHICH_BEFORE = /\b(?:scale|framework|theory|approach|method|technique|questionnaire|inventory|index|programme|program|intervention|therapy|criteria|checklist|curriculum|protocol)s?\s*,?\s+(?:which|that)\s+$/i;
const DEVISED_AFTER = /^\s+(?:(?:first|originally|later|jointly|famously)\s+)?(?:developed|devised|published|coined|designed|proposed|created|founded|pioneered|described|formulated|introduced|validated|tested)\b/i;
/** "X's 2015 study", "X's landmark trial": a dated or celebrated piece of research. */
const DATED_STUDY = /^['’]s\s+(?:(?:1[89]\d\d|20\d\d|landmark|seminal|famous|classic|influential|original|pioneering|well-known|large|longitudinal|randomi[sz]ed)\s+)+(?:study|studies|trial|trials|experiment|experiments|survey|cohort|model|framework|paper|theory)\b/iu;
const TOOL_OR_MODEL = /\b(?:scales?|models?|frameworks?|tools?|tests?|assessments?|approach|approaches|programmes?|programs?|theory|theories|methods?|therapy|therapies|techniques?|questionnaires?|inventory|index|scores?|criteria|classifications?|checklists?|measures?|interventions?|curriculum|studies|study|trials?|papers?|concept|term|stages|triangle|wheel|cycle|ladder|pyramid|hierarchy|matrix|protocol)\b/i;

/** A film or life written about someone: "a documentary about X", "a biography of X". */
const LIFE_TOLD = endingBefore(String.raw`\b(?:documentary|documentaries|biopic|biography|biographies|obituary|obituaries|musical|profile)\s+(?:about|on|of)`);

/** A public office in the plural, shared by the names after it: "Senators X and Y", "MPs X and Y". */
const PLURAL_OFFICE = endingBefore(String.raw`(?:^|[^\p{L}])(?:senators|representatives|reps|congressmen|congresswomen|congresspeople|mps|msps|mss|mlas|mpps|tds|senators-elect|ministers|premiers|presidents|governors|mayors|professors|profs|justices|lords|baronesses|dames|bishops|archbishops|cardinals|commissioners|chancellors|secretaries|prime ministers|first ministers|ambassadors|laureates|olympians|nobel laureates)`);

/** Something named for a person: "the act was named after X", "a scholarship in honour of X". */
const NAMED_FOR = endingBefore(String.raw`\b(?:named|renamed)\s+(?:for|after|in hono(?:u)?r of)`);

/**
 * "I once heard X say", "years ago I heard X speak": a talk heard, not a conversation had. Saying is
 * what clients do in front of the writer too, so it needs the full name; speaking to a room does not.
 */
const HEARD_ONCE = /\b(?:once|years ago|decades ago)\s+(?:(?:i|we)\s+)?(?:heard|saw|watched|listened to)\s+$/i;
const HEARD_SPEAK = /\b(?:heard|saw|watched|listened to)\s+$/i;
const SAID_ONCE = /^\s+(?:say|describe|explain|put it|tell an audience|tell a room)\b/i;
const SPOKE_PUBLICLY = /^\s+(?:speak|lecture|give (?:a|the) (?:talk|keynote|lecture|speech))\s+(?:at|in|on|to)\s+(?:the\s+|a\s+)?(?:conference|summit|festival|congress|university|rally|parliament|book|launch|event|symposium|\p{Lu})/u;

/**
 * Looked at as art or read as writing: "the work of X", "the paintings of X", "in the style of X",
 * "inspired by X". Pupils make paintings too, so all but the style need the full name.
 */
const ART_OF = endingBefore(String.raw`\b(?:the|her|his|their)\s+(?:(?:later|early|public|famous|best-known|bold|colourful|colorful)\s+)?(?:work|works|art|artwork|artworks|paintings|murals|sculptures|prints|woodcuts|etchings|portraits|self-portraits|photographs|photography|installations|collages|quilts|illustrations|designs|textiles|ceramics|poetry|poems|plays|novels|films|music|songs|lyrics)\s+of`);
const IN_THE_STYLE_OF = endingBefore(String.raw`\b(?:in\s+the\s+(?:style|manner|spirit)\s+of|inspired\s+by|(?:took|taking|takes|drew|drawing)\s+inspiration\s+from|(?:an?\s+)?homage\s+to|after\s+the\s+style\s+of)`);
/** Works of art a gallery or a street shows, or any owned with a word of renown: "X's murals", "X's famous portraits". */
const OWNED_ART = /^['’]s?\s+(?:(?:(?:public|famous|iconic|later|early|giant|huge|best-known|well-known)\s+)(?:[\p{L}-]+\s+)?(?:paintings|portraits|self-portraits|photographs|artworks|canvases|collages|quilts|illustrations|drawings|works)|(?:(?:public|famous|iconic|later|early|giant|huge|big|bold|bright|colourful|colorful|street|pop|abstract|large|best-known|well-known|fabric|bronze)\s+){0,2}(?:murals|sculptures|installations|woodcuts|etchings|exhibitions?|retrospective|street\s+art|pop\s+art))\b/iu;
/** Looking at someone's art in a lesson: "we looked at X's murals", "my class studied X's prints". */
const STUDIED_BEFORE = endingBefore(String.raw`\b(?:looked\s+at|look\s+at|looking\s+at|studied|studying|explored|exploring|learned\s+about|learnt\s+about|learning\s+about|researched|discovered|copied)`);
/** Art that hangs in public, not in a pupil's folder: "X's murals", "X's woodcuts". */
const PUBLIC_ART = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:murals|sculptures|installations|woodcuts|etchings|lithographs|screen-?prints|frescoes|mosaics|tapestries|exhibitions?|retrospective|street\s+art|pop\s+art)\b/iu;
const STUDIED_ART = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:paintings|portraits|self-portraits|photographs|artworks?|canvases|collages|quilts|illustrations|drawings|prints|works?|murals|sculptures|installations|designs|patterns|style|colours|colors|techniques?)\b/iu;
/** "read X too", "read X first": reading a writer, as no one reads a person (but "read Joy a story"). */
const READ_BEFORE = /\b(?:read|re-?read)\s+$/i;

/** "X's TED talk", "X's 2019 book", "X's famous speech": a public work owned. */
const OWNED_WORK = /^['’]s?\s+(?:(?:new|latest|recent|first|last|second|third|final|early|later|classic|famous|seminal|landmark|brilliant|wonderful|excellent|bestselling|best-selling|award-winning|groundbreaking|influential|viral|moving|powerful|short|opening|closing|inaugural|maiden|acceptance|nobel|victory|\d{4})\s+){0,2}(?:ted\s+talks?|tedx\s+talks?|albums?|guide|handbook|keynote|keynote address|inaugural address|maiden speech|acceptance speech|famous speech|landmark speech|nobel lecture|memoir|bestseller|best-seller|podcast|documentary|theory|framework|research|studies|papers?|books?|novels?)\b/i;

/** A published title right after a possessive: "X's The Body Keeps the Score" (the italics are gone from the text). */
const OWNED_TITLE = /^['’]s\s+(?:(?:new|latest|classic|famous|brilliant|wonderful|excellent|bestselling|best-selling|award-winning|\d{4})\s+)?[“"‘]?(?:The|A|An)\s+\p{Lu}/u;

/** "X gave the keynote", "X delivered the Reith lecture". */
const GAVE_A_TALK = /^\s+(?:gave|delivered|opened with|closed with|headlined)\s+(?:the|a|an|her|his|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:keynote|plenary|lecture|oration|address|ted\s?x?\s+talk|commencement speech)\b/iu;

/** "X got a standing ovation", where the sentence is at a public event (a pupil gets one at a school show). */
const OVATION = /^\s+(?:got|received|earned|drew|won|was given|gets|receives)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?standing ovation\b/iu;
const PUBLIC_EVENT = /\b(?:conference|summit|congress|convention|rally|parliament|senate|keynote|lecture|symposium|festival|awards|launch|march|televised|broadcast)\b/i;

/** A first book or album brought out: "X was 34 when she published her first novel". */
const FIRST_WORK = /^\s+(?:(?:was|were)\s+\S+\s+when\s+(?:she|he|they)\s+|(?:has|had|have)\s+(?:just\s+)?|(?:just|finally|then|later)\s+)?(?:(?:published|released|recorded|brought out|wrote)\s+(?:her|his|their)\s+(?:first|debut|second|third|fourth|last|final|latest|bestselling|best-selling)\s+(?:novel|memoir|album|poetry collection|collection of poems|play)\b|published\s+(?:her|his|their)\s+(?:first|debut|second|third|last|final|latest)\s+book\b)/i;

/** "X and colleagues", in a sentence about research. */
const AND_COLLEAGUES = /^\s+(?:and|&)\s+(?:(?:her|his|their)\s+)?(?:colleagues|co-?authors|collaborators|team)\b/i;
/** "X and colleagues found that": the verbs of a finding reported. */
const FINDING = /^\s+(?:and|&)\s+(?:(?:her|his|their)\s+)?(?:colleagues|co-?authors|collaborators)\s*(?:\(\s*\d{4}\s*\))?\s+(?:have\s+)?(?:found|showed|shown|show|argue|argued|reported|report|described|describe|proposed|propose|suggest|suggested|demonstrated)\s+(?:that|how)\b/i;
const RESEARCH = /\b(?:research|researchers|study|studies|paper|papers|published|journal|trial|review|evidence|theory|model|framework|coined|data|survey|cohort|meta-analysis|findings|literature|desistance)\b|\(\s*(?:1[89]|20)\d{2}(?!\d)|(?<!\d)(?:1[89]|20)\d{2}[a-z]?\s*\)/i;

/** "(X and Y, 2019)", "X & Y (2019)", "X and Y et al.": a citation after a list of authors. */
const CITATION_AFTER = /^['’]s?\s*\(\s*(?:1[89]\d\d|20\d\d)[a-z]?\s*\)|^\s*(?:,\s*)?(?:\(\s*)?(?:1[89]\d\d|20\d\d)[a-z]?\b|^\s+et\s+al\b/i;

/** "Clare's Law", "Martyn's Law": a law, day or fund named after someone. */
const EPONYM_AFTER = /^['’]s\s+(?:Law|Laws|Principle|Day|Act|Bill|Rule|Foundation|Fund|Trust|Legacy|Walk|Run)\b/u;

/** Alternatives written in lower case, matched in lower case or with capitals ("MP", "Labour MP", "Surgeon General"). */
function anyCase(words: string): string {
  const cap = (w: string) => w.replace(/(^|\s)(\p{Ll})/gu, (_, gap: string, c: string) => `${gap}[${c}${c.toUpperCase()}]`);
  return `(?:${words.trim().split(/\s*\|\s*/).map((w) => `${cap(w)}|${w.toUpperCase()}`).join('|')})`;
}

/** Callings that make a person public; workplace roles (director, chief executive, editor) are left out: colleagues hold them. */
const PUBLIC_CALLINGS = `scientist|neuroscientist|psychologist|psychiatrist|psychotherapist|psychoanalyst|sociologist|criminologist|economist|epidemiologist|philosopher|theologian|historian|anthropologist|professor|author|writer|novelist|poet|playwright|memoirist|journalist|columnist|commentator|broadcaster|presenter|comedian|comic|actor|actress|singer|rapper|musician|songwriter|filmmaker|film-maker|campaigner|activist|olympian|paralympian|footballer|cricketer|boxer|laureate|mp|msp|td|mla|senator|congresswoman|congressman|minister|commissioner|ombudsman|surgeon general|chief medical officer|chief nursing officer|chief social worker|prime minister|president|premier|taoiseach|tánaiste|mayor|coroner|podcaster|youtuber|influencer|reporter|illustrator|explorer|astronaut|entrepreneur|billionaire|philanthropist|pundit|olympic champion|world champion|paralympic champion|commonwealth champion|wimbledon champion|gold medallist|olympic gold medallist|olympic medallist|secretary of state|health secretary|home secretary|foreign secretary|education secretary|chancellor of the exchequer|attorney general|speaker of the house|baroness|baron|lord|dame`;
const CALLING = anyCase(`${PUBLIC_CALLINGS}|researcher|academic`);
/** An office "for" or "of" something: "Minister for Children and Young People", "Secretary of State for Health". */
const OFFICE_OF = String.raw`(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|for|of|the|\p{Lu}[\p{L}'’-]*)){0,4})?`;
/** What may lead to a calling: the sentence's start, "the", "former", a party, a nationality, or capitalised words ("Olympic", "Labour"). */
const LEAD_WORD = String.raw`(?:${anyCase('the|former|then|then-|late|veteran|award-winning|best-selling|bestselling|acclaimed|celebrated|renowned|famous|well-known|leading|pioneering|children’s|children\'s|us|uk|american|british|english|irish|scottish|welsh|canadian|australian|new zealand|south african')}\s+|(?:\p{Lu}[\p{L}\d'’-]*|\d+)\s+|${CALLING},?\s+(?:and|&)\s+)`;
const CALLING_LEAD = String.raw`(?:^${LEAD_WORD}*|(?<=[\s(“"‘])${LEAD_WORD}+)`;
/** A cause before a campaigner: "mental health campaigner X", "disability activist X". */
const CAUSE = String.raw`(?:(?<![\p{L}-])(?:(?!(?:a|an|the|my|our|his|her|their|your|this|that|to|with|of|for|and|or|one|another|local|young|old|new)\s)[\p{Ll}-]+\s+){1,3}(?:campaigner|activist))`;
const CALLING_BEFORE = new RegExp(String.raw`(?:${CALLING_LEAD}${CALLING}${OFFICE_OF}|${CAUSE})\s*,?\s+$`, 'u');
/** A private person's own professional: "our psychologist X", "my consultant X", "her social worker X". */
const OWN_PROFESSIONAL = /\b(?:my|our|his|her|their|your|a|an|one|another)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** Who they are, in apposition: "X, the Children's Commissioner,", "X, author of", "X, a professor at the University of". */
const PUBLIC_APPOSITION = new RegExp(String.raw`^['’]?s?,\s+(?:(?:the|then|former|now)\s+)+(?:[\p{L}'’-]+\s+){0,3}?(?:${PUBLIC_CALLINGS}|children's commissioner|children’s commissioner)\b|^,\s+(?:co-)?(?:author|writer|creator|founder|presenter)\s+of\b|^,\s+(?:an?\s+)(?:[\p{L}'’-]+\s+){0,2}?(?:mp|msp|td|senator|congresswoman|congressman|novelist|poet|journalist|columnist|broadcaster|presenter|comedian|actor|actress|campaigner|activist|olympian|paralympian|footballer|laureate)\b`, 'iu');

/** "X, Professor of Social Work at Ulster": a chair in a named subject. */
const CHAIR_OF = /^,\s+(?:(?:the|then|former|now)\s+)?(?:[Pp]rofessor|[Rr]eader|[Ee]meritus [Pp]rofessor|[Rr]egius [Pp]rofessor|[Cc]hair)\s+(?:of|in)\s+\p{Lu}/u;

/** "X, a professor at the University of Otago": an academic post at a named institution. */
const ACADEMIC_POST = /^,\s+an?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:professor|lecturer|researcher|fellow|academic)\s+(?:at|of|in)\s+(?:the\s+)?(?:[Uu]niversity|[Cc]ollege|[Ii]nstitute|\p{Lu})/u;

/** Letters after a name that only office or honours give: "X MP", "X OBE", "X KC". */
const POSTNOMINAL = /^,?\s+(?:MP|MSP|MS|TD|MLA|MPP|MHK|QC|KC|SC|OBE|MBE|CBE|DBE|KBE|FRS|FRCP|FRCPsych|FBA)\b/u;

/** Speaking in public: "X told BBC News", "X, writing in the BMJ,", "X said in an interview with". */
const IN_THE_MEDIA = /^,?\s+(?:(?:told|wrote in|writes in|wrote for|writes for|spoke to|speaking to|writing in|writing for|appeared on|appearing on|speaking on)\s+(?:the\s+)?(?:BBC|ITV|Channel 4|Sky News|CNN|NPR|PBS|ABC|RNZ|RTÉ|RTE|CBC|Guardian|Observer|Times|Telegraph|Independent|Mirror|Herald|Post|New York Times|Washington Post|Atlantic|New Yorker|BMJ|Lancet|Radio 4|Woman's Hour|Desert Island Discs|Newsnight|Panorama|Today programme|Good Morning Britain|Loose Women|This Morning|Oprah|a newspaper|the press|reporters|journalists|parliament|the Commons|the Lords|the Senate|Congress|the Dáil|the committee|the select committee|the inquiry|the royal commission|MPs|senators|an audience)\b|(?:said|says|admitted|revealed|explained|described|recalled|wrote)\s+(?:in|during)\s+(?:an?|her|his|their|the|one)\s+(?:[\p{L}-]+\s+)?(?:interview|podcast|speech|statement|documentary|memoir|op-ed|column|essay|address|lecture|ted talk|keynote|book)\b|(?:was|has been|is|were)\s+(?:interviewed|profiled|featured)\s+(?:on|by|in)\s+(?:the\s+)?\p{Lu})/u;

/** Speaking publicly about one's own life: "X has spoken publicly about her diagnosis". */
const SPOKEN_PUBLICLY = /^(?:,\s+who)?\s+(?:has|had|have|once)?\s*(?:spoken|spoke|talked|written|wrote|campaigned)\s+(?:very\s+)?(?:publicly|widely|in public|on television|on tv|in the media|in the press|in interviews|openly in (?:interviews|the media|the press|public))\b/i;
/** "X, who designed much of it, has said many times that...": the author of a law or a national policy, on the record. */
const POLICY_AUTHOR = /^,\s+who\s+(?:designed|drafted|devised|architected|led|wrote)\s+(?:much\s+of\s+|most\s+of\s+)?(?:it|the\s+(?:law|policy|reform|reforms|act|bill|strategy|programme|program|model|system))\b[^.!?]{0,20}?,\s+(?:has|had)\s+said\b/i;

/** "As X reminds us,", "As X once said,": a saying quoted. */
const AS_BEFORE = /\bas\s+$/i;
const AS_SAYING = /^\s+(?:(?:once|famously|so|memorably|rightly|always)\s+)?(?:reminds us|reminded us|put it|puts it|once said|famously said|has written|has argued|observes|observed|noted|notes|would say|liked to say|used to say)\b/i;

/** "I've been reading X", "quoting X": a writer read, not a person met. */
const READING = /\b(?:reading|re-reading|rereading|quoting|devouring)\s+$/i;
const NOT_A_READER = /^(?:['’]s?|\s+(?:a|an|the|her|his|their|my|our|some|this|that|it|to|out|back|aloud|stories|books?)\b)/i;

/** "X's famous line", "X's best-known words". */
const FAMOUS_OWNED = /^['’]s?\s+(?:famous|well-known|best-known|oft-quoted|much-quoted|iconic|landmark|seminal|celebrated|immortal)\s+\p{L}/iu;

/** "X's line, "Eat food..."", "X's words: ...": a saying owned and quoted. */
const OWNED_SAYING = /^['’]s?\s+(?:(?:old|famous|best|favourite|favorite|classic|great)\s+)?(?:line|lines|words|phrase|quote|quip|maxim|mantra|motto|dictum|advice|rule|question)\s*(?:[,:]\s*|\s+(?:that|is|was|goes|still)\s+)?["“]/iu;
/** "Dr. A B said ... I still quote her to politicians": a full name quoted to the powerful is a public voice. */
const QUOTED_ON = /\b(?:I|we)\s+(?:still\s+|often\s+|always\s+|sometimes\s+)?(?:quote|cite)\s+(?:her|him|them)\s+(?:to|at|in)\s+(?:(?:the|our|local)\s+)?(?:politicians|ministers|MPs|MLAs|MPPs|councillors|councilors|journalists|reporters|the\s+press|conferences|audiences|committees|inquiries|funders|commissioners)\b/i;
/** "X based that on evacuee children he remembered": an author telling where a creation came from. */
const CREATION_BASED = /^\s+(?:based|modelled|modeled)\s+(?:that|this|it|him|her|them|the\s+(?:character|bear|story|book|novel|film|series|boy|girl))\s+on\b/i;

/** A year well in the past, and a story told in public: a figure from history, not a client remembered. */
const PAST_YEAR = /\b(?:1[5-8]\d\d|19[0-8]\d)\b/;
const PUBLIC_STORY = /\b(?:(?:told|tells|telling|shared|shares|sharing|recounted|recounts)\s+(?:that|this|her|his|their|the)\s+story\s+(?:in|at|to|on|across|around|publicly|ever since|for (?:decades|years)|many times|hundreds of times)|testified\b|gave evidence\b|spoke publicly\b|speaks publicly\b|went public\b|(?:her|his|their) memoir\b|wrote a memoir\b|(?:her|his|their) story (?:became|was made into|inspired)\b)/i;

/** An age in words: "X, fourteen," or "X is sixteen". */
const AGE_WORD = String.raw`(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** A client, pupil or resident right beside the name: "my client X", "X, a resident here". */
const CLIENT_BESIDE_BEFORE = /\b(?:my|our|a|the|this|one)\s+(?:[\p{L}-]+\s+)?(?:clients?|pupils?|students?|residents?|patients?|service users?|young persons?|mentees?|tenants?|learners?|families|family)\s*,?\s*$/iu;
const CLIENT_BESIDE_AFTER = new RegExp(String.raw`^['’]?s?\s*,\s*(?:my|our|a|one of my|one of our)\s+(?:[\p{L}-]+\s+)?(?:clients?|pupils?|students?|residents?|patients?|service users?|mentees?|tenants?|learners?)\b|^\s*[,(]\s*(?:aged?\s+)?(?:\d{1,2}|${AGE_WORD})\s*[,)]|^\s+(?:is|turns|has just turned|is now)\s+(?:\d{1,2}|${AGE_WORD})\b(?!\s+(?:of|times|minutes|hours|percent|%))`, 'iu');

/**
 * A client word or an age right beside the name ("my client X", "X, 15,"): then even a name on the
 * public list is a client who shares it.
 */
export function clientBeside(text: string, start: number, end: number): boolean {
  const { before, after } = citationSentenceAround(text, start, end);
  return /\b(?:my|our|the|a|one)\s+(?:[\p{L}-]+\s+)?(?:client|pupil|student|resident|patient|service user|young person|mentee|tenant|learner)\s*,?\s*$/iu.test(before)
    || CLIENT_BESIDE_AFTER.test(after);
}

/**
 * True when the text around the name [start, end) cites the person as public. `start` is the name's
 * first word, `end` the end of its last word (before any possessive "'s").
 */
export function citedInContext(text: string, start: number, end: number): boolean {
  const { before, after } = citationSentenceAround(text, start, end);
  if (CLIENT_BESIDE_BEFORE.test(before) || CLIENT_BESIDE_AFTER.test(after)) return false;
  const listAfter = after.replace(LIST_AFTER, '');
  const heads = cueEnds(before);
  if (heads.some((head) => [CITED_COMPANY, WORK_BY, REFERENCE_TO, PLURAL_OFFICE, NAMED_FOR, LIFE_TOLD, IN_THE_STYLE_OF].some((cue) => cue.test(head)))) return true;
  const fullName = /\s/.test(text.slice(start, end));
  if (fullName && (heads.some((head) => ART_OF.test(head)) || (READ_BEFORE.test(before) && !NOT_A_READER.test(after)))) return true;
  // "In art we looked at X's public murals": an artist's work is looked at in a lesson; a pupil's drawings
  // looked at "in session" are the pupil's.
  const ownHere = OWN_PEOPLE.test(`${before} ${after}`);
  const studied = heads.some((head) => STUDIED_BEFORE.test(head));
  if (fullName && ((studied && (PUBLIC_ART.test(listAfter) || (STUDIED_ART.test(listAfter) && !ownHere))) || (OWNED_ART.test(listAfter) && !ownHere))) return true;
  // "created by Dara, a boy in my group": the blogger's own people make things too.
  if (!OWN_PEOPLE.test(`${before} ${after}`) && (heads.some((head) => PUBLISHED_BY.test(head)) || ((TOOL_OR_MODEL.test(`${before} ${after}`) && heads.some((head) => DEVISED_BY.test(head))) || (WHICH_BEFORE.test(before) && DEVISED_AFTER.test(listAfter))))) return true;
  if (DATED_STUDY.test(listAfter)) return true;
  if ((HEARD_ONCE.test(before) && SAID_ONCE.test(after) && /\s/.test(text.slice(start, end))) || (HEARD_SPEAK.test(before) && SPOKE_PUBLICLY.test(after))) return true;
  if (OWNED_WORK.test(listAfter) || OWNED_TITLE.test(listAfter) || EPONYM_AFTER.test(after) || GAVE_A_TALK.test(after) || CITATION_AFTER.test(listAfter)) return true;
  // "Baroness X", "the Earl Y": a peerage. "Earl" alone is a given name as often ("we found Earl Pettibone").
  if (/(?:^|[^\p{L}])(?:Baroness|Baron|Viscount|Countess|the\s+Earl)\s+$/u.test(before)) return true;
  const calling = CALLING_BEFORE.exec(before);
  if (calling && !OWN_PROFESSIONAL.test(before.slice(0, calling.index))) return true;
  if (/\s(?:MP|MSP|TD|MLA|MPP|QC|KC|OBE|MBE|CBE|DBE|KBE)$/u.test(text.slice(start, end))) return true;
  if (PUBLIC_APPOSITION.test(after) || CHAIR_OF.test(after) || ACADEMIC_POST.test(after) || POSTNOMINAL.test(after) || IN_THE_MEDIA.test(after) || SPOKEN_PUBLICLY.test(after) || POLICY_AUTHOR.test(after) || FAMOUS_OWNED.test(after)) return true;
  if ((AS_BEFORE.test(before) && AS_SAYING.test(after)) || (READING.test(before) && !NOT_A_READER.test(after))) return true;
  if (FIRST_WORK.test(after) || OWNED_SAYING.test(after) || CREATION_BASED.test(after)) return true;
  if (/\s/.test(text.slice(start, end)) && /\b(?:said|wrote|argued|warned|called\s+it)\b/i.test(after) && QUOTED_ON.test(sentenceAfter(text, end + after.length))) return true;
  if (OVATION.test(after) && PUBLIC_EVENT.test(`${before} ${after}`)) return true;
  if (FINDING.test(listAfter) || (AND_COLLEAGUES.test(listAfter) && RESEARCH.test(`${before} ${after}`))) return true;
  return pastPublicStory(text, end, before, after);
}

/** "X was nine when she was sent to the mission school in 1958; she has told that story in schools ever since." */
function pastPublicStory(text: string, end: number, before: string, after: string): boolean {
  if (!PAST_YEAR.test(`${before} ${after}`)) return false;
  return PUBLIC_STORY.test(`${after} ${sentenceAfter(text, end + after.length)}`);
}

/** The sentence that starts at (or just after) `from`. */
function sentenceAfter(text: string, from: number): string {
  return text.slice(from, from + 200).trimStart().split(/(?<=[.!?])\s+/u)[0] ?? '';
}
