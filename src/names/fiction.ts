/**
 * Characters of novels, films and plays in a post that reviews or discusses them ("the novel's
 * narrator, Ifemelu", "in the film, Mia and her mother..."). A name is a character only where the
 * text itself ties it to the work: in a sentence that speaks of the work (its narrator, "the book",
 * "if you haven't read it", a word of its title), in a section headed "The book", "The plot" or the
 * work's own title, as a whole italicised title, or where a name already tied recurs. A name the post makes the blogger's own ("my pupil", "one of my
 * Year 6s") or a reader of the work ("loved the book") stays a real person.
 */
import { TITLE_CASE, type Segment, type TextSpan } from '../text.js';
import { STORY_SENTENCE, sentenceBounds } from '../sentence.js';
import { foldName } from '../normalize.js';
import { escapeRegExp } from '../detect/util.js';
import { NEVER_NAMES, OWN_PEOPLE } from './context.js';
import { nameLists } from './lexicon.js';

/** A name the detector would report, as far as this module needs it. */
export interface NameSpan {
  start: number;
  end: number;
  /** The words of the name, folded. */
  keys: string[];
  /** True when the grammar around it makes it one of the blogger's own people. */
  own: boolean;
}

/**
 * Works that have characters. Not "story", "show" or "series": clients tell their stories, and a
 * series of sessions has no cast. "Play" only where it is not play therapy or the play room.
 */
const WORK = String.raw`novel|novella|book|film|movie|musical|memoir|sitcom|sequel|adaptation|picture\s+book|graphic\s+novel|screenplay|play(?!\s+(?:therapy|therapist|room|area|park|session|sessions|group|time|date|dough|ground|equipment|based))`;
/** In "a story about a girl called X" a story is told. */
const TOLD = String.raw`${WORK}|story|fable|fairy\s+tale|tale`;

/**
 * A work named by its maker: "Sally Rooney's novel", "the Pixar film", "a Ken Loach film", "Ken Loach
 * made a film about a carpenter". A maker's
 * name before the work says it is published, so once is enough to make the post one about it.
 */
const MAKER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?`;
/** "the Hendry film night", "Marcus's novel idea": the work's word as the first half of a thing of the blogger's day. */
const NOT_THE_WORK = String.raw`(?!\s+(?:night|nights|club|clubs|group|groups|bag|bags|idea|ideas|shelf|corner|session|sessions|day|days|afternoon|evening|trip|review|report|list|week|time|area|room|corner|box|token|voucher|fair|sale|swap)\b)`;
/** Published works only: a client's book, play or musical is theirs ("Kayla's play was cancelled"), unless a sentence opens in it ("In Roddy Doyle's book,"). */
const PUBLISHED_WORK = String.raw`novel|novella|memoir|film|movie|sitcom|screenplay|adaptation|graphic\s+novel|picture\s+book|debut`;
const AUTHORED_WORK = new RegExp(String.raw`\b${MAKER}['’]s?\s+(?:(?:new|latest|first|last|debut|early|later|best|famous|short|animated)\s+)?(?:${PUBLISHED_WORK})\b${NOT_THE_WORK}|\b${MAKER}\s+(?:made|wrote|directed|filmed|published)\s+(?:a|an|the|his|her|their)\s+(?:(?:new|first|last|short|quiet|furious|brilliant)\s+)?(?:${PUBLISHED_WORK})\s+about\b|\b(?:the|this|that|a|an)\s+(?:(?:new|latest|first|last|old|early|animated|original)\s+)?${MAKER}\s+(?:${WORK}|cartoon|animation)\b${NOT_THE_WORK}|(?:^|[.!?]\s+|\n)(?:In|From)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+['’]s\s+(?:(?:new|latest|first|last)\s+)?(?:book|books|play|plays|stories),`, 'u');

/** Talk of a work: enough of it makes the post one about a book or a film. */
const WORK_TALK = new RegExp(String.raw`${AUTHORED_WORK.source}|\b(?:the|this|that|a|her|his|its|their)\s+(?:${WORK})s?\b|\b(?:narrator|narrates|narrated|protagonist|main\s+character|title\s+character|characters?|heroine|plot|spoilers?|chapters?|screenplay|paperback|hardback)\b`, 'giu');

/**
 * Talk of watching a show or a series. Strong: what only screen works have ("box set", "the cast",
 * "played by", "series two", "a TV drama", "on BBC One"). Weak: what a client's day has too ("the TV
 * was on", "the show"; an episode is as often one of illness). Talk twice, or once beside a title,
 * makes "the show" and "the series" works with a cast, which alone they are not (a school show, a
 * series of workshops); only strong words and a few weak ones make a sentence one about the show.
 */
const SCREEN_STRONG = /\b(?:box\s*-?\s*sets?|binge-?watch\w*|re-?watch(?:ed|ing|es)?|sitcoms?|soap\s+opera|(?:the|whole|main|supporting|ensemble|original)\s+cast(?:\s+(?:of|list|is|are))?(?!\s+(?:came|comes|was\s+removed|on|off))|cast\s+list|actress(?:es)?|(?:the|an|lead|young)\s+actor|(?<!(?:role|roles|part|parts)\s+)played\s+by\s+\p{Lu}|screenwriters?|showrunners?|(?:series|season)\s+(?:one|two|three|four|five|\d+)(?!\s*(?:%|per))|(?:first|second|third|new|last|final|latest)\s+series(?!\s+of)|(?:tv|television|bbc|itv|period|medical|hospital|police|crime|costume|courtroom|sunday[- ]night)\s+dramas?|drama\s+series|(?:on|from)\s+(?:BBC\s*(?:One|Two|Three|Four|1|2|3|4|Scotland|Wales)|ITV\s*\d?|Channel\s+(?:4|5|Four|Five)|S4C|TVNZ|Sky\s+(?:One|Atlantic)|HBO|Prime\s+Video|Disney\+|Apple\s+TV))(?![\p{L}])/giu;
const SCREEN_WEAK = /\b(?:telly|tv|television|streaming|binged|bingeing|binging|(?:new|latest)\s+drama|(?<!(?:psychotic|manic|depressive|acute|seizure|panic|dissociative|hypomanic|mixed|first|an|one|another|recent|single|this|that|each|the)\s+)episodes?(?!\s+(?:of|\d|one|two|three|four|five))|netflix|iplayer|actors|on\s+screen|the\s+(?:show|series)(?!\s+(?:of|and\s+tell)\b))\b/giu;

/**
 * Words that make a sentence one about the show; not "TV" or "episode", nor the telly as a thing in a
 * home ("the telly is on all day", "watching telly", "in front of the telly"), which a client's day has too.
 */
const SCREEN_WORD = new RegExp(String.raw`${SCREEN_STRONG.source}|\b(?:streaming|actors|on\s+screen|(?<!(?:watch|watches|watched|watching|front\s+of|turn|turns|turned|switch|switched|switches|put|puts)\s+(?:the\s+)?)telly(?!\s+(?:is|was|were|on|off|blaring|blared|went|goes|remote|room|in\s+the\s+corner)\b))\b`, 'iu');

/** A sentence about the show: "the show", "in the last episode", "on the telly", "the cast", "played by". */
const SCREEN_REF = /\b(?:(?:the|this|that)\s+(?:show|series|cast|finale|box\s*-?\s*set|sitcom|soap)(?!\s+(?:of|and\s+tell)\b)|(?<!(?:sat|sits|sitting|asleep|lay|lying|lies|slept|dozed|dozing|shouting|shouted|crisps|dinner|tea)\s+(?:\w+\s+)?)\bon\s+(?:the\s+)?(?:telly|tv|television|screen)\b|in\s+(?:the\s+)?(?:first|second|third|last|final|opening)\s+(?:episode|series|season)|in\s+the\s+(?:series|finale)|(?:series|season)\s+(?:one|two|three|four|five|\d+)|played\s+by|the\s+(?:writers|script|scriptwriters)|actors?|actress)\b/iu;

/** "played by Harriet Vole", "Tom Rye and Ola Benn play the two detectives": casting says a cast is there. */
const CASTING = /\bplayed\s+by\s+\p{Lu}|\(\s*who\s+plays\b|\bcast\s+(?:is|was)\s+(?:led|headed|fronted)\s+by\s+\p{Lu}|\p{Lu}\p{Ll}+\s+(?:is|was)\s+(?:(?:so|just|quite|utterly|really)\s+)?(?:brilliant|superb|wonderful|excellent|perfect|terrifying|heartbreaking|convincing|magnificent|astonishing|extraordinary|remarkable|outstanding|believable|fantastic|uncanny|chilling)\s+as\s+(?:the\s+)?\p{L}|\b(?:starring|co-starring|stars)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:plays|played)\s+\p{Lu}\p{Ll}+|\p{Lu}[\p{L}'’-]+\s+(?:plays|play|played|stars\s+as|starred\s+as)\s+(?:(?:the|a|an)\s+)?(?:(?:two|three|four|both|title|lead|main|young|older|central)\s+)?(?:role|part|lead|roles|parts|detectives?|doctors?|nurses?|gps?|sisters?|brothers?|mother|father|mum|dad|villain|hero|heroine|matron|consultant|surgeon|teacher|headteacher|cops?|officers?|social\s+workers?|foster\s+carers?|(?:Dr|Nurse|Sister|Matron|Mr|Mrs|Ms|Miss|Professor|DI|DCI|DS)\.?\s+\p{Lu})/u;

/** True when the post is about a show or a series it watched: screen talk twice, or once beside a title. */
function aboutAScreenWork(text: string, emphasis: readonly TextSpan[]): boolean {
  if (CASTING.test(text) && !SCHOOL_SHOW.test(text)) return true;
  if (watchedTitle(text, emphasis) || reviewedTitle(text, emphasis)) return true;
  const strong = text.match(SCREEN_STRONG)?.length ?? 0;
  const talk = strong + (text.match(SCREEN_WEAK)?.length ?? 0);
  const titled = emphasis.some((e) => TITLE_CASE.test(text.slice(e.start, e.end).trim())) || QUOTED_TITLE.test(text);
  return talk >= 2 || (talk === 1 && titled);
}

/** "*Harbour Lights* got one thing right", "*Dockside* is back": a title judged, as a review opens. */
function reviewedTitle(text: string, emphasis: readonly TextSpan[]): boolean {
  return emphasis.some((e) => TITLE_CASE.test(text.slice(e.start, e.end).trim()) && /(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, e.start - 3), e.start))
    && /^\s+(?:(?:still|finally|always|never|really)\s+)?(?:got|gets|get|has\s+got|nails|nailed|is\s+back|returns|returned|is\s+(?:still\s+)?the\s+best|was\s+(?:the\s+)?best)\b/u.test(text.slice(e.end, e.end + 40)));
}

/** "watching *The Ward*", "I finally watched *Dockside*": an italicised title watched. */
function watchedTitle(text: string, emphasis: readonly TextSpan[]): boolean {
  return emphasis.some((e) => /^\p{Lu}/u.test(text.slice(e.start, e.end)) && /\b(?:watch|watches|watching|watched|rewatching|rewatched|re-watching|re-watched|streaming|streamed|binged|bingeing|binging)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?$/iu.test(text.slice(Math.max(0, e.start - 30), e.start)));
}

/**
 * How a class speaks of a play it studies: "Act 1", "the balcony scene", "her soliloquy", "the set text".
 * Not in a post about a school's own production, whose scenes are played by pupils.
 */
const STAGE_TALK = /\b[Aa]ct\s+(?:[1-5]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|IV|V|I{1,3})\b|\b(?:fight|balcony|ball|banquet|sleepwalking|dagger|tomb|graveyard|storm|trial|letter|ghost|witches['’]?|duel|opening|closing)\s+scene\b|\bsoliloqu(?:y|ies)\b|\bstage\s+directions?\b|\bset\s+texts?\b|\bdramatic\s+irony\b/gu;
/** What only a play studied has: an act by number, a soliloquy, stage directions, a set text, Shakespeare. */
const STAGE_STRONG = /\b[Aa]ct\s+(?:[1-5]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|IV|V|I{1,3})\b(?![^.!?\n]{0,12}\bof\s+(?:my|her|his|their|our|your)\b)|\bsoliloqu(?:y|ies)\b|\bstage\s+directions?\b|\bset\s+texts?\b|\bShakespeare(?:['’]s)?\b/u;

/** "Kayden played Tybalt", "Ava forgot her lines", "Mo read the Nurse": a pupil taking a part, not the part. */
const PERFORMER_AFTER = /^['’]?s?\s+(?:(?:just|then|finally|also|never|still|even|bravely)\s+)?(?:played|plays|playing|(?:is|was)\s+playing|read|reads|forgot|forgets|learned|learnt|knew|delivered|nailed|fluffed|practised|practiced|rehearsed|auditioned|volunteered|was\s+cast|got\s+the\s+part|took\s+the\s+part|as\s+\p{Lu})\b/u;

/** True when the post studies a play, told by how it speaks of acts and scenes, and is no school show. */
function studiesAPlay(text: string): boolean {
  return !SCHOOL_SHOW.test(text) && STAGE_STRONG.test(text);
}

/** Whether a sentence speaks of the work: of a book or a film, in a post about a show of the show, in a post studying a play of its acts and scenes. */
function refersToWork(sentence: string, screen: boolean, stage = false): boolean {
  return WORK_REF.test(sentence) || (screen && (SCREEN_REF.test(sentence) || SCREEN_WORD.test(sentence))) || (stage && new RegExp(STAGE_TALK.source, 'u').test(sentence));
}

/**
 * "a boy I work with", "a family we support", "I see her on Tuesdays": the blogger's work, whose people
 * are real beside any character they are likened to.
 */
const WORK_PEOPLE = /\b(?:I|we)\s+(?:(?:still|now|currently|used\s+to)\s+)?(?:work(?:ed)?\s+with|support(?:ed)?|visit(?:ed)?|see|saw|teach|taught|nurse[ds]?|care[ds]?\s+for|look(?:ed)?\s+after|mentor(?:ed)?|key-?work(?:ed)?)\b|\b(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:caseload|ward|visits?|sessions?|placements?)\b|\b(?:in|at)\s+our\s+(?:home|house|unit|service|school|hospice|centre|center|practice|surgery|ward)\b/u;

function ownSentence(sentence: string): boolean {
  return OWN_PEOPLE.test(sentence) || WORK_PEOPLE.test(sentence);
}

const CHARACTER_WORD = String.raw`(?:narrator|protagonist|main\s+character|title\s+character|central\s+character|heroine|anti-?hero)`;
/** "the novel's narrator, X", "X, the protagonist", "X narrates": the name is a character, whoever else the sentence speaks of. */
const CHARACTER_BEFORE = new RegExp(String.raw`\b${CHARACTER_WORD}\s*,?\s*$`, 'iu');
const CHARACTER_AFTER = new RegExp(String.raw`^['’]?s?\s*(?:,\s*(?:the|its|our|a)\s+(?:[\p{L}-]+\s+)?${CHARACTER_WORD}\b|\s+(?:narrates|narrated|narrating)\b)`, 'iu');
/** "a story about a girl called X", "In the film, X and her mother...": the sentence is the story's. */
const STORY_FRAME = new RegExp(String.raw`\b(?:a|an)\s+(?:${TOLD})\s+about\s+an?\s+(?:[\p{L}-]+\s+)?(?:girl|boy|woman|man|child|kid|family|teenager|teen|orphan|dog|cat)\s+(?:called|named)\b|(?:^|[.!?]\s+|\n)(?:in|on)\s+the\s+(?:${WORK}|show|series|episode|story|soap|drama|sitcom|cartoon)\s*,|\b(?:the|this|that)\s+(?:[\p{Lu}\d][\p{L}\d]*\s+){0,2}(?:${WORK}|series|drama|sitcom|show|cartoon)\s+(?:follows|centres\s+on|centers\s+on|tells\s+the\s+story\s+of)\b`, 'iu');

/**
 * A title in plain text, told by how a work is spoken of: "fans of Derry Girls", "anyone who watched
 * Line of Duty", "if you've read Holes", "an episode of Bluey", "the cast of Derry Girls". Not "watching X": people are watched too.
 */
const PLAIN_TITLE = /\b(?:[Ff]ans\s+of|[Aa]nyone\s+who\s+(?:has\s+|have\s+|['’]s\s+)?(?:ever\s+)?(?:watched|seen|read)|[Ii]f\s+you(?:['’]ve|\s+have)\s+(?:ever\s+)?(?:watched|seen|read)|(?:[Aa]n?|[Tt]he|[Ee]very|[Tt]his|[Tt]hat)\s+episode\s+of|(?:[Ss]eries|[Ss]eason)\s+(?:\d+|one|two|three|four|five)\s+of|(?:[Tt]he|[Ww]hole)\s+cast\s+(?:of|from)|(?:[Rr]e-?runs|[Rr]epeats|[Bb]ox\s*-?\s*sets?)\s+of)\s+((?:The\s+|A\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|in|on|a|\p{Lu}[\p{L}'’-]*)){0,4})/gu;

/** The spans of plain-text titles in the text. */
function plainTitles(text: string): TextSpan[] {
  return [...text.matchAll(PLAIN_TITLE)].flatMap((m) => {
    const title = m[1].replace(/\s+(?:of|the|and|in|on|a)$/u, '');
    // "fans of Kayden": a given name alone is someone's, not a show's.
    if (!/\s/.test(title) && nameLists(title).given) return [];
    const start = m.index + m[0].length - m[1].length;
    return [{ start, end: start + title.length }];
  });
}

/** A sentence that speaks of the work: the names in it are its people. */
const WORK_REF = new RegExp(String.raw`${AUTHORED_WORK.source}|\b(?:the|this|that)\s+(?:${WORK})(?:['’]s)?\b|\bin\s+the\s+(?:${WORK})\b|\b(?:narrator|narrates|narrated|protagonist|main\s+character|title\s+character|characters?|heroine|anti-?hero|villain)\b|\bpoint\s+of\s+view\b|\b(?:haven['’]t|have\s+not|never|not\s+yet|if\s+you['’]ve)\s+(?:read|seen|watched)\s+it\b|\bchapters?\b`, 'iu');

/** Headings of a section about the work: "The book", "The plot", "What happens". */
const WORK_HEADING = new RegExp(String.raw`^(?:#+\s*)?(?:the\s+)?(?:${WORK}|plot|synopsis|premise|characters|cast|story\s+so\s+far|what\s+happens|plot\s+summary|the\s+gist)\s*$`, 'iu');

/** "Maya loved the book", "Kai read it twice": a reader of the work, a real person. */
const READER_AFTER = new RegExp(String.raw`^['’]?s?\s+(?:(?:just|finally|also|then|never|really)\s+)?(?:read|reads|reread|re-read|loved|loves|hated|hates|borrowed|finished|chose|recommended|watched|lent|devoured|picked\s+up|asked\s+(?:about|for))\s+(?:me\s+)?(?:(?:the|this|that|my|a|her|his|our)\s+(?:[\p{L}-]+\s+)?(?:${WORK}|copy|ending|chapters?)\b|it\s+(?:twice|again|in\s+one|cover\s+to\s+cover|first|before\s+me))|^\s+(?:told|asked|texted|rang|showed|gave|lent|emailed)\s+(?:me|us)\b|^\s+(?:had\s+been|has\s+been|was|is|were)\s+(?:reading|watching|re-?reading)\b`, 'iu');

/** True when the post discusses a book, a film or a play: talk of one twice, or once beside an italicised title. */
export function discussesAWork(text: string, emphasis: readonly TextSpan[]): boolean {
  if (aboutAScreenWork(text, emphasis) || plainTitles(text).length) return true;
  const talk = (text.match(WORK_TALK)?.length ?? 0) + (studiesAPlay(text) ? text.match(STAGE_TALK)?.length ?? 0 : 0);
  if (talk >= 2 || STORY_FRAME.test(text) || AUTHORED_WORK.test(text)) return true;
  return talk === 1 && (emphasis.some((e) => /^\p{Lu}/u.test(text.slice(e.start, e.end))) || QUOTED_TITLE.test(text));
}

/** '"Matilda" still works on my class', '"The Salt Road"': a short title-case phrase in quotes. */
const QUOTED_TITLE = /["“](\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|an|in|on|to|for|with))*)["”]/u;

/**
 * Which of `names` (by index) are characters of the work the post discusses. Call only when
 * `discussesAWork` is true.
 */
export function fictionalNames(names: readonly NameSpan[], text: string, segments: readonly Segment[], emphasis: readonly TextSpan[]): Set<number> {
  const screen = aboutAScreenWork(text, emphasis);
  const stage = studiesAPlay(text);
  const titleWords = titleWordsOf(text, emphasis);
  const sections = workSections(text, segments, emphasis);
  const fiction = new Set<number>();
  const characters = new Set<string>();
  const tie = (i: number) => {
    fiction.add(i);
    for (const key of names[i].keys) characters.add(key);
  };
  const realPerson = (name: NameSpan) => name.own || readerOfTheWork(name, text) || viewerOfTheWork(name, text, emphasis, titleWords) || (stage && PERFORMER_AFTER.test(text.slice(name.end, name.end + 60)));
  names.forEach((name, i) => {
    if (realPerson(name)) return;
    // A name that is the whole of an italicised title ("*David Copperfield*"), or a word of one ("*Carter's Ward*").
    if (inTitle(name, text, emphasis) || plainTitles(text).some((t) => t.start <= name.start && name.end <= t.end)) return tie(i);
    const sentence = sentenceAround(text, name.start, name.end);
    if (isNamedAsCharacter(name, text) || inCast(name, text) || STORY_FRAME.test(sentence.text)) return tie(i);
    // "My client brought in the book her daughter was reading": the blogger's own people, not the book's.
    if (ownSentence(sentence.text)) return;
    // Under the work's heading or title, a name told in the past ("Kayden was terrified of it") is a reader's.
    const inSection = sections.some((s) => s.start <= name.start && name.start < s.end) && !PAST_AFTER.test(text.slice(name.end, name.end + 80));
    if (refersToWork(sentence.text, screen, stage) || inSection || mentions(sentence.text, titleWords, name)) tie(i);
  });
  const directlyTied = new Set([...fiction].map((i) => sentenceAround(text, names[i].start, names[i].end).start));
  const aboutTheWork = (sentence: { text: string; start: number } | undefined) => sentence !== undefined
    && (directlyTied.has(sentence.start) || STORY_FRAME.test(sentence.text)
      // "Aaliyah knows every character. Her brother Zain...": a sentence about a viewer goes on about viewers.
      || (refersToWork(sentence.text, screen, stage) && !ownSentence(sentence.text) && !VIEWING.test(sentence.text)));
  // A character's name recurs, and the sentences it stands in are about the work too.
  for (let round = 0; round < 3; round++) {
    const before = fiction.size;
    names.forEach((name, i) => {
      if (fiction.has(i) || realPerson(name)) return;
      if (name.keys.some((key) => characters.has(key))) return tie(i);
      const sentence = sentenceAround(text, name.start, name.end);
      // "Mr Browne, Auggie's teacher", "Auggie's sister Via": someone of a character's is in the story too.
      if (ofACharacter(name, text, characters)) return tie(i);
      // "Yusra reminded me of a girl on my caseload": a sentence about the blogger's own people ties no one else.
      if (ownSentence(sentence.text)) return;
      if (mentions(sentence.text, characters, name)) return tie(i);
      // "The novel's narrator, X, ... . Her sister Y never writes back.": the next sentence goes on about them.
      if (/^(?:she|he|they|her|his|their)\b/i.test(sentence.text) && aboutTheWork(sentenceBefore(text, sentence.start))) return tie(i);
      // "Spud, who is kind and doomed. Gully, who is terrifying.": a paragraph about the work lists its people.
      const tiedHere = (s: { start: number }) => [...fiction].some((j) => sentenceAround(text, names[j].start, names[j].end).start === s.start);
      const speaksOfWork = (s: { text: string; start: number }) => aboutTheWork(s) || refersToWork(s.text, screen, stage);
      if (castParagraph(name, sentence, text, segments, titleWords, (s) => speaksOfWork(s) || namesTitle(s.text, titleWords) || tiedHere(s) || sections.some((w) => w.start <= s.start && s.start < w.end))) tie(i);
    });
    if (fiction.size === before) break;
  }
  return fiction;
}

/** First person, or an age: a sentence that speaks of the blogger's life or of a real child. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?)\b|\b(?:I|[Ww]e)['’](?:m|ve|d|ll|re)\b/u;
const AGED = /^['’]?s?\s*,\s*(?:who\s+is|who['’]s|aged?)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b/iu;

/** "X is", "X would be", "X never sits", "X means well": a character described in the present or the conditional. */
const LITERARY_PRESENT = /^(?:\s*,[^,.!?]{1,50},)?\s+(?:(?:still|always|never|only|just|really|also|finally|clearly)\s+)?(?:is|are|isn['’]t|has|hasn['’]t|does|doesn['’]t|would|wouldn['’]t|will|won['’]t|can|can['’]t|could|couldn['’]t|never|(?!(?:was|has|is|does|goes)\b)\p{Ll}+[^s\s]s)\b/u;

const PAST_AFTER = /^(?:\s*,[^,.!?]{1,50},)?\s+(?:(?:just|then|also|never|still|suddenly|finally)\s+)?(?:was|were|had|did|went|came|got|said|told|hid|ran|sat|cried|\p{Ll}+ed)\b/u;

const VIEWING = /\b(?:watch|watches|watched|watching|rewatch\w*|binge\w*|loved|loves|enjoyed|enjoys|laughed\s+at|cried\s+at|fell\s+asleep|dozed|asked\s+for|put\s+on|turned\s+on|switched\s+on|knows|knew|can\s+name|quotes|quoted|says|said|thinks|thought|reckons|reckoned|told\s+me)\b/iu;

/** "Has anyone else been watching *X*?": a question to readers, no one's day. */
const GENERIC_VIEWER = /\b(?:anyone|anybody|everyone|everybody|you|nobody|no\s+one)\b/i;

/** Where the blogger watches with the people of their work, or with family: "in the lounge", "with my niece". */
const CARE_SETTING = /\b(?:lounge|ward|unit|day\s*room|dayroom|session|group|class|classroom|residents?|patients?|clients?|pupils?|students?|kids|children|family|with\s+(?:my|our|her|his|their|the|a)\b)/;

function namesTitle(sentence: string, titleWords: ReadonlySet<string>): boolean {
  return [...sentence.matchAll(/\p{Lu}[\p{L}'’-]+/gu)].some((m) => titleWords.has(foldName(m[0])));
}

/**
 * In a paragraph that speaks of the work, a sentence with no first person and no age beside the name
 * ("Gully, who is terrifying.", "Grandpa Ned is every grandfather in the valley") goes on about the
 * work's people; one about the blogger's day ("Declan reminds me of him") does not.
 */
function castParagraph(name: NameSpan, sentence: { text: string; start: number }, text: string, segments: readonly Segment[], titleWords: ReadonlySet<string>, aboutTheWork: (s: { text: string; start: number }) => boolean): boolean {
  if (FIRST_PERSON.test(sentence.text) || AGED.test(text.slice(name.end, name.end + 40))) return false;
  const paragraph = segments.find((s) => s.kind === 'text' && s.start <= name.start && name.start < s.end);
  if (!paragraph) return false;
  // "Spud, who is kind and doomed.": a name and a relative clause, no verb of its own, as a cast list is written.
  const fragment = sentence.start === name.start && /^[^,]+,\s+who\s+(?:is|was|are)\s+[^,.!?]+[.!?]?$/u.test(sentence.text.trim());
  const literaryPresent = LITERARY_PRESENT.test(text.slice(name.end, name.end + 40));
  // "Kayden was terrified of it": a real child is told in the past; a character in the present of a review.
  if (!fragment && PAST_AFTER.test(text.slice(name.end, name.end + 80))) return false;
  let about = false;
  for (let at = paragraph.start; at < paragraph.end;) {
    const s = sentenceAround(text, at, at);
    const end = s.start + s.text.length;
    if (ownSentence(s.text)) return false;
    // "We watched it on the ward", "Mrs Evans loved the episode", "The family watch *X* every night":
    // watching is the viewers' day, not the work's. The blogger may speak of the work in the first
    // person ("I shout at the telly"), or of watching it alone or to readers ("I have been rewatching
    // *X*", "Has anyone else seen *X*?", not "we put *X* on in the lounge"), where the name's own
    // sentence is in the present a review is written in ("Nurse Trixie would be sacked in a week").
    const viewing = VIEWING.test(s.text);
    const watchedAlone = (FIRST_PERSON.test(s.text) || GENERIC_VIEWER.test(s.text)) && namesTitle(s.text, titleWords) && !CARE_SETTING.test(s.text);
    const aboutIt = fragment || (viewing ? literaryPresent && watchedAlone : !FIRST_PERSON.test(s.text) || literaryPresent);
    if (aboutTheWork(s) && aboutIt) about = true;
    at = Math.max(end, at + 1);
    while (at < paragraph.end && /\s/.test(text[at])) at++;
  }
  return about;
}

/** Instruments, games and sports: "Kai plays the guitar" is no casting. */
const NOT_A_ROLE = String.raw`(?:the\s+|a\s+|an\s+)?(?:piano|guitar|drums?|violin|cello|flute|trumpet|ukulele|recorder|keyboard|bass|game|games|football|rugby|netball|cricket|tennis|chess|cards|pool|darts|golf|hockey|basketball|fool|field|victim|system|long\s+game|ball|up|out|along|with|away|outside|together|online|for)\b`;
/** How a review praises an actor in a part: "X is superb as Y". */
const PRAISE = String.raw`(?:brilliant|superb|wonderful|great|excellent|perfect|terrifying|heartbreaking|convincing|magnificent|astonishing|extraordinary|remarkable|outstanding|believable|good|fantastic|uncanny|moving|chilling)`;
const CAST_AFTER = new RegExp(String.raw`^(?:\s+\p{Lu}[\p{L}'’-]*)?(?:(?:\s*,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})*(?:\s+(?:(?:plays|played|play|is\s+playing|stars\s+as|starred\s+as|starring\s+as)\s+(?!${NOT_A_ROLE})|(?:is|was|are|were)\s+(?:(?:so|just|quite|utterly|really)\s+)?${PRAISE}\s+as\s+)|\s*\(\s*who\s+(?:plays|played)\b)|^['’]?s?\s*,\s*(?:who\s+is\s+)?played\s+by\b|^\s+(?:is|was)\s+played\s+by\b`, 'u');
/** Before the name: "played by", "X plays", "X is superb as", "starring X and", "X plays his social worker,", "X as". */
const CAST_BEFORE = new RegExp(String.raw`(?:\bplayed\s+by|\p{Lu}[\p{L}'’-]*\s+(?:plays|played|is\s+playing|stars\s+as|starred\s+as|as)|\p{Lu}[\p{L}'’-]*\s+(?:is|was)\s+(?:(?:so|just|quite|utterly|really)\s+)?${PRAISE}\s+as|\b(?:starring|co-starring|stars|co-stars|starred)|\bcast\b[^.!?]{0,30}\b(?:led|headed|fronted)\s+by|\bplays?\s+(?:his|her|their|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*,)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s*,\s*|\s+(?:and|&)\s+))*$`, 'u');
/** A school's own production: its cast are the blogger's pupils. */
const SCHOOL_SHOW = /\b(?:nativity|school\s+(?:play|show|production|musical|panto)|(?:our|my|the\s+class|class|year\s*\d+s?['’]?)\s+(?:play|show|production|assembly|panto|musical)|rehearsals?|auditions?|drama\s+club|drama\s+group|youth\s+theatre)\b/i;

/**
 * "Harriet Vole plays Dr Ambrose Kettle", "Ambrose, played by Harriet Vole", "Tom Rye and Ola Benn play
 * the two detectives", "starring X and Y", "X is superb as Y": actors and the characters they play,
 * unless the post is about a school's own production, whose cast are pupils.
 */
function inCast(name: NameSpan, text: string): boolean {
  if (SCHOOL_SHOW.test(text)) return false;
  return CAST_AFTER.test(text.slice(name.end, name.end + 120)) || CAST_BEFORE.test(text.slice(Math.max(0, name.start - 100), name.start));
}

/** Whether the name stands inside a short italicised title ("*David Copperfield*", "*Carter's Ward*"). */
function inTitle(name: NameSpan, text: string, emphasis: readonly TextSpan[]): boolean {
  return emphasis.some((e) => e.start <= name.start && name.end <= e.end && (!/\p{L}/u.test(text.slice(e.start, name.start) + text.slice(name.end, e.end))
    || (e.end - e.start <= 60 && TITLE_CASE.test(text.slice(e.start, e.end).trim()))));
}

/** "Ruby, who is nine, loves *Bluey*", "Kai watches the show every night": a viewer of the work, a real person. */
const VIEWER_AFTER = /^['’]?s?\s*(?:,[^,.!?]{1,40},\s*)?(?:(?:just|also|really|still|only|now)\s+)?(?:loves|loved|adores|adored|watches|watched|rewatched|re-watched|binged|likes|liked|hates|hated|is\s+obsessed\s+with|was\s+obsessed\s+with|quotes|quoted|knows|knew|can\s+name|(?:can['’]t|won['’]t)\s+stop\s+watching|(?:says|said|thinks|thought|reckons|reckoned|told\s+me)(?:\s+that)?)\s+/iu;

function viewerOfTheWork(name: NameSpan, text: string, emphasis: readonly TextSpan[], titleWords: ReadonlySet<string>): boolean {
  const m = VIEWER_AFTER.exec(text.slice(name.end, name.end + 100));
  if (!m) return false;
  const at = name.end + m[0].length;
  const next = text.slice(at, at + 40);
  return emphasis.some((e) => e.start === at && /^\p{Lu}/u.test(text.slice(e.start, e.end)))
    || /^(?:the|this|that|an?)\s+(?:(?:new|last|latest|first|final|whole|old)\s+)?(?:show|series|film|movie|book|novel|programme|cartoon|box\s*set|episodes?|soap|drama|documentary|sitcom)\b|^(?:the\s+)?(?:telly|tv|television)\b|^(?:every|all\s+the|the)\s+(?:characters?|episodes?|lines?|words|songs?|theme)\b/iu.test(next)
    || titleWords.has(foldName(/^\p{Lu}[\p{L}'’-]+/u.exec(next)?.[0] ?? ''));
}

/**
 * For other rules ("Mia is ten" in a review): whether `name` stands, somewhere in the post, in a
 * sentence about the work and never beside the blogger's own people.
 */
export function isCharacter(name: string, text: string, emphasis: readonly TextSpan[]): boolean {
  if (!discussesAWork(text, emphasis)) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu');
  let tied = false;
  const screen = aboutAScreenWork(text, emphasis);
  for (const m of text.matchAll(pattern)) {
    const sentence = sentenceAround(text, m.index, m.index + name.length).text;
    const named = isNamedAsCharacter({ start: m.index, end: m.index + name.length }, text);
    if (ownSentence(sentence) && !named) return false;
    if (named || STORY_FRAME.test(sentence) || refersToWork(sentence, screen, studiesAPlay(text))) tied = true;
  }
  return tied;
}

function isNamedAsCharacter(name: { start: number; end: number }, text: string): boolean {
  return CHARACTER_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start)) || CHARACTER_AFTER.test(text.slice(name.end, name.end + 60));
}

function ofACharacter(name: NameSpan, text: string, characters: ReadonlySet<string>): boolean {
  const owner = /^\s*,\s+(\p{Lu}[\p{L}-]+)['’]s\s/u.exec(text.slice(name.end, name.end + 40))?.[1]
    ?? /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1];
  return owner !== undefined && characters.has(foldName(owner));
}

function readerOfTheWork(name: NameSpan, text: string): boolean {
  return READER_AFTER.test(text.slice(name.end, name.end + 60));
}

/** Capitalised words of the work's titles: italics, and "Title by Author". */
function titleWordsOf(text: string, emphasis: readonly TextSpan[]): Set<string> {
  const words = new Set<string>();
  const add = (title: string) => {
    for (const w of title.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
      const key = foldName(w);
      if (key.length > 2 && !NEVER_NAMES.has(key)) words.add(key);
    }
  };
  for (const e of emphasis) {
    const title = text.slice(e.start, e.end);
    // A title is short and starts with a capital; emphasis on a phrase of prose is not one.
    if (/^\p{Lu}/u.test(title) && title.split(/\s+/).length <= 8) add(title);
  }
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+by\s+\p{Lu}/gu)) add(m[1]);
  for (const m of text.matchAll(new RegExp(QUOTED_TITLE.source, 'gu'))) if (m[1].split(/\s+/).length <= 6) add(m[1]);
  for (const t of plainTitles(text)) add(text.slice(t.start, t.end));
  return words;
}

/** Whether the sentence has one of `words` capitalised, outside the name itself. */
function mentions(sentence: string, words: ReadonlySet<string>, name: NameSpan): boolean {
  if (!words.size) return false;
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const key = foldName(m[0].replace(/['’]s$/u, ''));
    if (words.has(key) && !name.keys.includes(key)) return true;
  }
  return false;
}

/** The stretches of text under a heading that names the work or is its title, up to the next heading. */
function workSections(text: string, segments: readonly Segment[], emphasis: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  let open: number | undefined;
  for (const segment of segments) {
    const field = text.slice(segment.start, segment.end).trim();
    const heading = segment.kind === 'text' && field.length <= 60 && !/[.!?:;,]$/.test(field);
    // "**Matilda.** Roald Dahl gives children a heroine...": a paragraph led by the work's title is about it.
    if (!heading && segment.kind === 'text' && ledByTitle(text, segment, emphasis)) out.push({ start: segment.start, end: segment.end });
    if (!heading) continue;
    if (open !== undefined) out.push({ start: open, end: segment.start });
    // "## The book", or a heading that is the work's title itself ("## *Holes*").
    const titled = emphasis.some((e) => !/\p{L}/u.test(text.slice(segment.start, e.start) + text.slice(e.end, segment.end)) && e.start >= segment.start && e.end <= segment.end)
      || new RegExp(`^${QUOTED_TITLE.source}$`, 'u').test(field);
    open = WORK_HEADING.test(field) || titled ? segment.end : undefined;
  }
  if (open !== undefined) out.push({ start: open, end: text.length });
  return out;
}

function ledByTitle(text: string, segment: Segment, emphasis: readonly TextSpan[]): boolean {
  return emphasis.some((e) => e.start >= segment.start && e.end < segment.end && !/\S/.test(text.slice(segment.start, e.start))
    && e.end - e.start <= 60 && TITLE_CASE.test(text.slice(e.start, e.end).trim()));
}

/** The sentence before the one starting at `start`, in the same paragraph. */
function sentenceBefore(text: string, start: number): { text: string; start: number } | undefined {
  if (start < 2 || /\n\s*$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  return sentenceAround(text, start - 2, start - 2);
}

function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const bounds = sentenceBounds(text, start, end, STORY_SENTENCE);
  return { text: text.slice(bounds.start, bounds.end), start: bounds.start };
}
