/**
 * Names of private people: clients, their families, colleagues. A capitalised phrase is a name when
 * its words are known names (given and family names of many origins), or when grammar says a person
 * stands there (a title, "her daughter", "told me", "everyone calls her"). Words that are also
 * names (Hope, Grace, Will, May) need that grammar. Public figures, the author, declared aliases and
 * pseudonym-map names (replaced at render time) are left alone. A name found once is found everywhere
 * in the post, in any case: the chat log's "tiff" is the "Tiff" of the paragraph above.
 */
import type { Candidate, DetectContext, Recognizer } from './types.js';
import { escapeRegExp, lineOf } from './util.js';
import { populationOf, isBroadRegion, isCountry, CITY_POPULATION } from '../places.js';
import { foldName } from '../normalize.js';
import { dataLines, dataSet } from '../data.js';
import { authorNames } from '../config.js';
import { nameForms } from '../pseudonymize.js';
import { classify, isAnyEnglishWord, isEnglishWord, nameLists } from '../names/lexicon.js';
import { publicNames, type PublicNames } from '../names/public.js';
import { citedInContext, clientBeside } from '../names/cited.js';
import { BARE_STOP_MARKS, CREDIT_SENTENCE, lastStop, paragraphAround, sentenceEnd, sentenceStart } from '../sentence.js';
import { wordsOf, type Word } from '../names/tokens.js';
import { ORDINARY_OPENERS } from './tags.js';
import { charactersOf } from '../names/characters.js';
import { aboutPublicFigure } from './public-subject.js';
import { namesInPeopleTables } from './name-column.js';
import { discussesAWork, fictionalNames, type NameSpan } from '../names/fiction.js';
import { documentTitles, isLoanword, isOriginOrLetterCompound, namesABrand, namesAFaith, sellsAfter, namesAVoiceAssistant, namesLoanPlace, opensATitle, petFormsOf, petNames, usedAsElderTitle, wholeItalicTitle } from '../names/everyday.js';
import {
  ALIAS_AFTER, ALIAS_BEFORE, CALENDAR, CITATION_VERBS, NAME_MONTHS, NAMED_THINGS, HONORIFICS, KIN_TITLES, NAMED_BEFORE, NEVER_NAMES,
  NICKNAME_PREFIXES, NUMBER_WORD_SOURCE, NUMBER_WORDS, PARTICLES, PERSON_VERBS, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_WORDS,
  PUBLIC_ROLES, RELATIONS, ROLE_WORDS, SPEECH_VERBS, ANIMATE_VERBS, SUFFIXES, VERBS_TO_A_PERSON, WORKS, set,
  PLACE_OR_ORG_THINGS, TIME_WITH, OWN_PEOPLE, PUBLIC_CALLING_AFTER, PUBLIC_CALLING_BEFORE, MEMORIAL_BEFORE, PUBLIC_DEED_AFTER, LITERARY_PRESENT, EPONYM, EPONYM_ONE, ANIMATE_BASE, BODY_AND_BED, CLIENT_THINGS, FAMILY, OWN_THINGS_VERBS, VIRTUE_NAMES, TOPIC_BEFORE, HISTORY_WORDS,
} from '../names/context.js';
import { isGreeting, isHolidayWords } from '../names/greetings.js';
import { inForeignQuote } from '../names/quoted-language.js';
import { isSaintOfTheDay } from '../names/saints.js';
import { stormNamed } from '../names/storms.js';
import { isDisaster } from '../names/disasters.js';
import { legalTermNamed } from '../names/legal-terms.js';
import { inHistoricalEvent } from '../names/history.js';
import { namedAmongFamous, playsInPublic, talkedAboutStar } from '../names/celebrity.js';

/** Segments whose text the render-time replacement cannot reach. */
const UNREPLACED_KINDS = new Set(['permalink', 'url']);

/** Place words that are also common family names, so "Jane Hill" stays a person ("Maple Hill" does not). */
const SURNAME_PLACE_WORDS = set('hill hills wood woods field fields ford brook lane church hall marsh moor ridge green banks bridge bridges grove wells cross park rivers dale vale heath');

const SAINT_TITLE = /^(?:St\.?|Saint)$/;
/** Offices written before a holder's name. */
const OFFICE_TITLE = /^(?:(?:Former|Then|Late|Deputy|Acting|Vice|Chief|First|Prime|Lord|High)[ \u00a0]+)*(?:Minister|President|Premier|Senator|Governor|Chancellor|Justice|Judge|Secretary|Ambassador|Mayor|Chief|Commissioner|Taoiseach|Speaker|Leader|King|Queen|Prince|Princess|General|Admiral|Bishop|Archbishop|Pope|Cardinal)$/;
const ROUTE_OR_BEARING_BEFORE = /\b(?:(?:plane|planes|flight|flights|ferry|ferries|boat|mailboat|bus|buses|coach|train|trains|helicopter|chopper|barge|road|highway|track)[ \u00a0]+(?:from|to|out[ \u00a0]+of|into)|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[ \u00a0]+of)[ \u00a0]+$/i;
/** A service, its staff or its office, then where it is: "the register team in", "our colleagues at". */
const TEAM_IN_BEFORE = /\b(?:team|teams|office|offices|clinic|clinics|hospital|service|services|unit|staff|colleagues?|lab|laboratory|register|registry|centre|center|headquarters|HQ|branch|agency|department|board|council|coordinator|specialists?|nurses|doctors|consultants?)[ \u00a0]+(?:in|at|from|out[ \u00a0]+of)[ \u00a0]+$/i;
/** Titles public figures are cited by; a client is "Mr" or "Mrs". */
const SCHOLAR_TITLE = /^(?:Dr\.?|Doctor|Prof\.?|Professor|Sir|Dame)$/;

/** Dotted letters that are abbreviations, not someone's initials. */
const ABBREVIATIONS = new Set(['us', 'uk', 'eu', 'un', 'am', 'pm', 'nb', 'ps', 'pps', 'ie', 'eg', 'ba', 'ma', 'bs', 'bsc', 'msc', 'phd', 'md', 'rn', 'dc', 'la', 'ny', 'nz', 'bc', 'ad', 'ce', 'bce', 'aka', 'asap', 'rsvp', 'ot', 'pt', 'ta', 'gp', 'er', 'ed', 'icu', 'ok']);

/** How sure the grammar around a phrase makes us that it names a person. */
const enum Evidence { None = 0, Some = 1, Strong = 2 }

interface Phrase {
  /** Words of the name itself (no title, no trailing common word). */
  core: Word[];
  /** First word of the span as reported: a title or a nickname prefix is part of what identifies. */
  first: Word;
  personalTitle: boolean;
  publicTitle: boolean;
  nickname: boolean;
}

/** What one post tells about its names, shared by every decision in it. */
interface PostNames {
  text: string;
  /** The text folded by foldName, to find public figures' full names in it. */
  folded: string;
  /** Each word of an alias or of the author's name, folded; grows when the text declares an alias. */
  aliasWords: Set<string>;
  /** Whole aliases, folded. */
  aliases: ReadonlySet<string>;
  /** Real names and their parts that the render-time replacement rewrites, folded. */
  replaced: Set<string>;
  publicNames: PublicNames;
  /**
   * Full names (folded) that the post itself shows to be public ("the suffragist X", "X (2014)",
   * "the X Lecture"), and their last words: once public in a post, the surname alone is public too.
   */
  publicFull: Set<string>;
  publicLast: Set<string>;
  /** Word-names the post uses as the word ("lose hope"), by lower-case form. */
  abstractWords: Map<string, boolean>;
  /** Names the post gives to a toy, a pet or a thing ("a T. rex called Bill"), folded: the thing wherever they recur. */
  thingNames: Set<string>;
  /**
   * First names of people the post makes public by their story ("Molly" of "Molly Craig, who in 1931
   * walked...", "Clare" of Clare's Law): theirs alone too.
   */
  historicalFirst: Set<string>;
  /** Initials matched to a public figure named in full beside them ("H.M." for Henry Molaison). */
  publicInitials: Set<string>;
  context: DetectContext;
}

export const personName: Recognizer = {
  id: 'person-name',
  category: 'name',
  description: 'Names, nicknames and initials of private people',
  detect(context) {
    const { text } = context;
    const words = wordsOf(text);
    const post: PostNames = {
      text,
      folded: foldName(text),
      aliases: new Set([...context.aliases].map(foldName)),
      thingNames: new Set(),
      historicalFirst: new Set(),
      publicInitials: new Set(),
      // Aliases and the author's own names, each word of them on its own too.
      aliasWords: new Set([...context.aliases, ...authorNames(context.config)].flatMap((a) => foldName(a).split(' ')).filter((w) => w.length > 1 && !HONORIFICS.has(w) && !KIN_TITLES.has(w))),
      replaced: new Set(nameForms(context.realNames, { parts: true }).map((f) => foldName(f.real))),
      publicNames: publicNames(context.config),
      publicFull: new Set(),
      publicLast: new Set(),
      abstractWords: new Map(),
      context,
    };
    const found: Candidate[] = [];
    const cleared = new Set<number>();
    const known = new Map<string, boolean>();
    const byStart = new Map(words.map((w) => [w.start, w]));
    const remember = (c: Candidate) => {
      found.push(c);
      for (const w of words) {
        if (w.start < c.start || w.end > c.end || w.initial || w.text.length < 2 || w.cls === 'word' || isTitle(w) || NICKNAME_PREFIXES.has(w.lower) || PARTICLES.has(w.lower) || SUFFIXES.has(w.lower)) continue;
        known.set(foldName(w.text), w.cls === 'ambiguous');
      }
    };

    eponyms(post);
    for (const pet of petNames(text, (w) => !NEVER_NAMES.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()))) post.aliasWords.add(pet);
    // "| Sky | 6 |" under "Who": a word the post's own table gives as someone's name is a name everywhere in it.
    for (const shown of namesInPeopleTables(context)) if (!/\s/.test(shown) && !post.aliasWords.has(foldName(shown))) known.set(foldName(shown), false);
    const register = registerNames(post);
    for (const c of register) remember(c);
    const flagged: Phrase[] = [];
    /** Name-like phrases left alone here, which may still tie a character's name to the work. */
    const unflagged: Phrase[] = [];
    for (const phrase of phrasesOf(words, text)) {
      const verdict = judge(phrase, post);
      if (verdict === 'clear') { for (const w of phrase.core) cleared.add(w.start); continue; }
      if (verdict === 'flag') flagged.push(phrase);
      else if (phrase.core.some((w) => w.cls !== 'word' && !w.initial)) unflagged.push(phrase);
    }
    // Characters of the book or film a post discusses, where the text ties them to it.
    const emphasis = context.emphasis ?? [];
    const fiction = discussesAWork(text, emphasis) ? fictionalNames([...flagged, ...unflagged].map((p) => nameSpanOf(p, post)), text, context.segments, emphasis) : new Set<number>();
    // A name shown to be public later in the post ("Bronfenbrenner insists that...") is public earlier too.
    const isCharacter = charactersOf(text, emphasis);
    for (const [i, phrase] of flagged.entries()) {
      const character = () => !nameSpanOf(phrase, post).own && isCharacter(text.slice(phrase.first.start, phrase.core[phrase.core.length - 1].end));
      // A name the post makes the blogger's own ("one of my Year 3s, X") stays private, however public another mention reads.
      const publicHere = () => !phrase.personalTitle && (isPublicHere(phrase.core, post) || headsACitation(phrase, post)) && !nameSpanOf(phrase, post).own;
      if (fiction.has(i) || publicHere() || character()) { for (const w of phrase.core) cleared.add(w.start); continue; }
      const last = phrase.core[phrase.core.length - 1];
      const end = SUFFIXES.has(last.lower) && text[last.end] === '.' ? last.end + 1 : last.end;
      if (!register.some((c) => c.start <= phrase.first.start && end <= c.end)) remember(addressedToTheAuthor(phrase, post) ? authorAsAddressee(phrase.first.start, end, post) : nameCandidate(phrase.first.start, end, post));
      // "known to everyone as Dally ... Dally turned up": a nickname introduced is a name at every later use, word or not.
      if (phrase.core.length === 1 && introducedAsNickname(text.slice(Math.max(0, phrase.first.start - 60), phrase.first.start), text.slice(end, end + 60))) known.set(foldName(phrase.core[0].text), false);
    }
    for (const c of [...nicknames(found, byStart, post), ...chatNames(post), ...transcriptNames(post), ...messageLabels(post), ...lowerCaseKinNames(words, found, post), ...lowerCaseChatNames(words, found, post)]) remember(c);
    // A nickname is a name wherever it stands, even one that is a word ("Peg").
    for (const { whole, nickname } of quotedNicknames(found, byStart, post)) {
      // The parts found on their own give way to the one name they make together.
      for (let i = found.length - 1; i >= 0; i--) if (found[i].category === 'name' && whole.start <= found[i].start && found[i].end <= whole.end) found.splice(i, 1);
      remember(whole);
      known.set(foldName(nickname), false);
    }
    for (const c of shortForms(words, found, known, cleared, post)) remember(c);
    for (const c of nicknamesOfMapped(words, found, cleared, post)) remember(c);
    // A name found spreads to its other appearances, and from there to names listed with it.
    for (let round = 0; round < 2; round++) {
      for (const c of elsewhere(words, found, known, cleared, post)) remember(c);
      for (const c of coordinated(words, found, cleared, post)) remember(c);
    }
    for (const c of inLinks(known, post)) if (!found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
    return found;
  },
};

/** Consecutive capitalised words (with particles and initials) that could form a name. */
function* phrasesOf(words: Word[], text: string): Generator<Phrase> {
  let i = 0;
  while (i < words.length) {
    if (!startsName(words[i])) { i++; continue; }
    const run = [words[i]];
    let j = i + 1;
    for (; j < words.length; j++) {
      const prev = run[run.length - 1];
      const w = words[j];
      if (!joined(text, prev, w)) break;
      // "Ms. B. Sam was...": after a title and one initial the name is complete.
      if (run.length === 2 && prev.initial && isTitle(run[0])) break;
      if (startsName(w) || SUFFIXES.has(w.lower) || particleRun(words, j, text)) run.push(w);
      else break;
      if (prev.possessive) { run.pop(); break; }
    }
    i = j;
    const phrase = shape(run);
    if (phrase) yield phrase;
  }
}

/** "van der Meer": particles, one or more, then a capitalised word. */
function particleRun(words: Word[], j: number, text: string): boolean {
  let k = j;
  while (k < words.length && PARTICLES.has(words[k].lower) && !words[k].capitalised) {
    if (k + 1 >= words.length || !joined(text, words[k], words[k + 1])) return false;
    k++;
  }
  return k > j && k < words.length && startsName(words[k]);
}

function startsName(w: Word): boolean {
  if (w.initial) return true;
  return (w.capitalised || w.allCaps) && !NEVER_NAMES.has(w.lower) && !isCalendarWord(w.lower);
}

/** "Tuesday", and days or months joined by hyphens ("Tuesday-Thursday-Saturday"); "Jun-Jun" is a nickname. */
function isCalendarWord(lower: string): boolean {
  return CALENDAR.has(lower) || (lower.includes('-') && lower.split('-').every((part) => CALENDAR.has(part)));
}

/**
 * "Reading Bowlby again", "Revisiting Maslow": a heading or sentence that opens with a verb's -ing form
 * before a name. "Reading" is also a town and a family name, but in first place it is what the writer did.
 */
function isOpeningGerund(w: Word): boolean {
  return w.sentenceStart && w.capitalised && !w.allCaps && /\p{Ll}ing$/u.test(w.text) && w.cls !== 'given' && isEnglishWord(w.text.slice(0, -3));
}

/** Verbs that open advice to the reader before an author's name ("Read Gaskin on birth", "See Bowlby (1969)"). */
const OPENING_IMPERATIVES = new Set(['read', 'see', 'phone', 'ring', 'call', 'visit', 'tell', 'remind', 'reread', 'try', 'ask', 'watch', 'listen', 'check', 'compare', 'consider', 'cf', 'revisit', 'skim', 'follow', 'cite', 'quote', 'trust', 'google', 'hear', 'thank', 'blame', 'start']);

/** "Try Winnicott first": in first place the word is the advice, not a given name, though "Read" is a family name too. */
function isOpeningImperative(w: Word): boolean {
  return w.sentenceStart && w.capitalised && !w.allCaps && OPENING_IMPERATIVES.has(w.lower);
}

/** Words that open a sentence before a name and are family names too ("Like Riley in the film", "Just Kai and me", "Hey Joy!"), and the Māori "Ko" of "Ko Tama tōku ingoa". */
const OPENING_FUNCTION_WORDS = set('like just as but so yet unlike since until till when while even only also then maybe perhaps still ko hey hi hiya hello');

function isOpeningFunctionWord(w: Word): boolean {
  return (w.sentenceStart || w.lower === 'ko') && w.capitalised && !w.allCaps && OPENING_FUNCTION_WORDS.has(w.lower);
}

function isTitle(w: Word): boolean {
  return HONORIFICS.has(w.lower) || KIN_TITLES.has(w.lower) || PUBLIC_ROLES.has(w.lower);
}

function isTitlePlural(w: Word): boolean {
  const singular = w.lower.replace(/(?<=[^s])s$/u, '').replace(/ie$/u, 'y');
  return singular !== w.lower && (HONORIFICS.has(singular) || KIN_TITLES.has(singular) || PUBLIC_ROLES.has(singular) || KIN_TITLES.has(w.lower.slice(0, -1)));
}

/** Two words belong to one name when only a space (or a title's or initial's full stop) parts them. */
function joined(text: string, a: Word, b: Word): boolean {
  const gap = text.slice(a.end + (a.possessive ? 2 : 0), b.start);
  if (a.possessive) return false;
  if (gap === ' ' || gap === '\u00a0') return true;
  const titled = HONORIFICS.has(a.lower) || KIN_TITLES.has(a.lower) || PUBLIC_ROLES.has(a.lower) || SUFFIXES.has(a.lower) || a.lower === 'st';
  return (gap === '. ' && titled) || (a.initial && gap === ' ');
}

/** Words that end the name of an office and are nobody's surname. */
const OFFICE_HEADS = set('minister ministers taoiseach tánaiste tanaiste premier chancellor secretary president commissioner governor senator');

/** Splits titles, nickname prefixes and common words off a run; null when nothing name-like is left. */
function shape(run: Word[]): Phrase | null {
  let personalTitle = false, publicTitle = false, nickname = false;
  let k = 0;
  let first: Word | undefined;
  for (; k < run.length - 1; k++) {
    const w = run[k];
    if (HONORIFICS.has(w.lower) || KIN_TITLES.has(w.lower)) { personalTitle = true; first ??= w; continue; }
    if (PUBLIC_ROLES.has(w.lower)) { publicTitle = true; continue; }
    if (NICKNAME_PREFIXES.has(w.lower) && run[k + 1].cls !== 'word' && !run[k + 1].initial) { nickname = true; first ??= w; continue; }
    if ((w.cls === 'word' && !w.allCaps) || (w.initial && ABBREVIATIONS.has(w.lower.replace(/\./g, ''))) || (k === 0 && (isOpeningGerund(w) || isOpeningImperative(w) || isOpeningFunctionWord(w)))) { first = undefined; personalTitle = false; continue; }
    break;
  }
  // "First Minister", "the Deputy Prime Minister", "Health Secretary": an office, whoever holds it.
  if (run.length > 1 && OFFICE_HEADS.has(run[run.length - 1].lower)) return null;
  let core = run.slice(k);
  // "an Elder opened the circle", "the Aunties cooked": a title alone, or titles, name nobody.
  if (!core.length || (core.length === 1 && (isTitle(core[0]) || isTitlePlural(core[0])))) return null;
  // Places and organisations: "Willow Bank", "Taco Cabana", "Sligo General Hospital", "San Isidro".
  const placeAt = run.findIndex((w, i) => i > 0 && PLACE_WORDS.has(w.lower));
  if (placeAt > 0) {
    // "Jane Hill", "Tom Ford": some place words are common family names after a given name.
    const surnameShaped = placeAt === run.length - 1 && SURNAME_PLACE_WORDS.has(run[placeAt].lower) && core[0].cls === 'given' && core.length > 1;
    if (!surnameShaped) return null;
  }
  if (core.length > 1 && PLACE_PREFIXES.has(core[0].lower) && !personalTitle) return null;
  while (core.length > 1 && core[core.length - 1].cls === 'word' && !core[core.length - 1].initial) core = core.slice(0, -1);

  return { core, first: first ?? core[0], personalTitle, publicTitle, nickname };
}

type Verdict = 'flag' | 'skip' | 'clear';

/** "Nurse Sunshine, they call me", "the kids call me Miss Sparkle": the blogger's own nickname. */
const SELF_NICKNAME_BEFORE = /\b(?:they|people|everyone|the\s+(?:kids|children|young\s+people|residents|patients|team|staff|girls|boys)|my\s+(?:colleagues|team|class|pupils|students|patients|residents))\s+(?:all\s+)?(?:call|called|nickname|nicknamed)\s+me\s*[,:"“‘]?\s*$/i;
const SELF_NICKNAME_AFTER = /^['’"”]?\s*[,–—-]\s*(?:as\s+)?(?:they|people|everyone|the\s+(?:kids|children|young\s+people|residents|patients|team|staff)|my\s+(?:colleagues|team|class|pupils|students|patients))\s+(?:all\s+)?(?:call|called|nickname|nicknamed)\s+me\b/i;

/** Weekday abbreviations that are also names ("Thu", "Sat"): a day beside a date, a time or another day. */
const DAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
function isDayAbbreviation(w: Word, before: string, after: string): boolean {
  if (!DAY_ABBREVIATIONS.has(w.lower.replace(/\.$/, ''))) return false;
  const day = String.raw`(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?`;
  return new RegExp(String.raw`^\.?\s*(?:\d|(?:morning|afternoon|evening|night)s?\b)|^\.?(?:\s*,\s*|\s*[-–/&]\s*|\s+(?:and|or|to)\s+)${day}(?![\p{L}])`, 'iu').test(after)
    || new RegExp(String.raw`(?:\b(?:on|every|next|last|this|from|until|till|by|before|after)|\b${day}\s*(?:,|[-–/&]|and|or|to))\s*$`, 'iu').test(before)
    || /^\s+(?:was|is|will\s+be)\s+(?:a\s+)?(?:[\p{L}-]+\s+)?(?:shift|day|night|one)\b/iu.test(after);
}

/** "| Mon | Family time |" ... "| Thu | ... |": a day's letters alone in a cell of a timetable that lists other days. */
function dayInTimetable(w: Word, text: string, before: string, after: string): boolean {
  if (!DAY_ABBREVIATIONS.has(w.lower.replace(/\.$/, '')) || !/(?:^|\n)[ \t]*$/.test(before) || !/^\.?[ \t]*(?:\n|$)/.test(after)) return false;
  const days = text.match(/^[ \t]*(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?[ \t]*$/gim) ?? [];
  return new Set(days.map((d) => d.trim().slice(0, 3).toLowerCase())).size > 1;
}

/** What a person named in italics does next ("*Jayden* read his poem"), which a title does not. */
const ACTS_AFTER_TITLE = /^\s+(?:\p{Ll}+ed|read|reads|said|says|was|is|went|came|drew|wrote|sang|told|asked|cried|laughed|ran|sat|stood)\b/u;

/** "*Noli timere*": the capitalised word opening an italic phrase whose other words are lower case and no English. */
function foreignInItalics(post: PostNames, start: number, end: number): boolean {
  const span = (post.context.emphasis ?? []).find((e) => e.start === start && end <= e.end);
  if (!span) return false;
  const rest = post.text.slice(end, span.end).match(/[\p{L}'’-]+/gu) ?? [];
  return rest.length > 0 && rest.length <= 5 && rest.every((w) => /^\p{Ll}/u.test(w) && !isAnyEnglishWord(w) && classify(w) === 'unknown');
}

/**
 * "the cast of Derry Girls", "we all love Happy Valley": inside a sentence of prose a name followed by
 * a capitalised everyday word ("Girls", "Game") is the start of a title. People's names are followed
 * by family names, not by common words in capitals; a heading's title case proves nothing.
 */
function opensATitleInProse(last: Word, after: string, post: PostNames): boolean {
  if (last.possessive) return false;
  const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(after)?.[1];
  if (!next || classify(next) !== 'word' || SUFFIXES.has(next.toLowerCase())) return false;
  // "Delbert Two Crows, 54,": an age set after the words makes them a surname, as in many Lakota names.
  if (/^(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)+,[ \u00a0]*(?:aged[ \u00a0]+)?\d{1,3},/u.test(after)) return false;
  if ((post.context.segmentAt(last.start)?.kind ?? 'text') !== 'text') return false;
  const line = lineOf(post.text, last.start);
  return /[.!?,;]/.test(line) && (line.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= 4;
}

/** Endings of the Greek and Latin adjectives of medicine: "dichorionic", "idiopathic", "bilateral", "fibrous". */
const JARGON_ADJECTIVE = /\p{Ll}{3}(?:ic|ical|al|ous|oid|ary)$/u;

/**
 * "Dichorionic twins need more scans", "Periventricular bleeds are...": a word of no name list, opening
 * a sentence with an adjective's ending and a noun after it, is jargon capitalised by its place, not a
 * surname. "Anibal came in" has a verb after the word.
 */
function opensAsJargonAdjective(w: Word, after: string, post: PostNames): boolean {
  if (!w.sentenceStart || w.cls !== 'unknown' || w.possessive || w.allCaps || !JARGON_ADJECTIVE.test(w.text)) return false;
  const tags = tagsOfWordAfter(post, w.end, after, /^[ \t]+(\p{Ll}[\p{Ll}-]+)/u);
  return (tags.has('Noun') || tags.has('Adjective')) && !tags.has('Verb');
}

/** compromise's tags of the word `next` finds in `after` (the text from `end` on), or none: "Heather moorland". */
function tagsOfWordAfter(post: PostNames, end: number, after: string, next: RegExp): ReadonlySet<string> {
  const m = next.exec(after);
  return m ? tagsAt(post, end + m[0].length - m[1].length) : NO_TAGS;
}

/** A capitalised word inside a sentence right before the phrase: the phrase is the end of a longer proper name. */
const ORGANISATION_HEAD_BEFORE = /[\p{Ll},;]\s+\p{Lu}[\p{L}'’&-]*\s+$/u;

/** What a programme, law or model is, said after its name: "Good Samaritan laws", "the Pathways model". */
const KIND_OF_THING_AFTER = /^\s+(?:laws?|acts?|model|approach|programmes?|programs?|schemes?|initiatives?|framework|principles?|polic(?:y|ies)|protocols?|pathways?|projects?|pilots?|trials?|method|toolkit|curriculum|course|training|award|standards?)\b/;
/** A capitalised word of an ordinary kind right before, opening the sentence: "Housing First says". */
const WORD_OPENING_BEFORE = /(?:^|[.!?:]\s+|\n\s*)(\p{Lu}\p{Ll}+)\s+$/u;
/** Title case run on through a small word: "Skills to Foster", "Space for Change". */
const TITLE_RUNS_ON = /^\s+(?:to|for|of|and|in|on|with|at)\s+\p{Lu}/u;

/**
 * The name of a programme, law or model, not of a person: words no given-name list holds, written
 * as a title. "Housing First says", "Good Samaritan laws", "It's called Skills to Foster".
 * "Yesterday Hope said" keeps Hope, a given name.
 */
function namedThing(core: readonly Word[], before: string, after: string): boolean {
  if (core.some((w) => nameLists(w.text).given)) return false;
  if (KIND_OF_THING_AFTER.test(after)) return true;
  if (core.length !== 1) return false;
  // Both words are English words: "Housing First", not "What Stavros wanted" or "Meanwhile Okafor".
  const wordLike = core[0].cls === 'word' || core[0].cls === 'ambiguous';
  const opener = WORD_OPENING_BEFORE.exec(before)?.[1];
  const ordinaryOpener = opener !== undefined && (ORDINARY_OPENERS.has(opener.toLowerCase()) || /ly$/.test(opener));
  return wordLike && ((opener !== undefined && !ordinaryOpener && classify(opener) === 'word') || (core[0].cls === 'word' && TITLE_RUNS_ON.test(after)));
}

/** Reading someone: "we're reading X", "I re-read X", "our group picked X again" (not "went back to X": a visit). */
const READ_AUTHOR_BEFORE = /(?:\b(?:read|reading|re-?read|re-?reading|devoured|devouring|quoting|quoted|discovered)|\b(?:group|club|circle|class)\b[^.!?\n]{0,20}\b(?:picked|chose))[ \u00a0]+(?:(?:some|more|early|late|the[ \u00a0]+poet|the[ \u00a0]+novelist|the[ \u00a0]+writer)[ \u00a0]+)?$/i;

/**
 * "Our book group picked Wendell Berry again. *Hannah Coulter* this time.": a full name read by a
 * group or the blogger, with a title in italics right after it, is an author.
 */
function authorOfWorkShown(phrase: Phrase, before: string, post: PostNames): boolean {
  if (phrase.core.length < 2 || !READ_AUTHOR_BEFORE.test(before)) return false;
  const end = phrase.core[phrase.core.length - 1].end;
  const paragraphEnd = post.text.indexOf('\n', end);
  const limit = Math.min(end + 200, paragraphEnd < 0 ? post.text.length : paragraphEnd);
  return (post.context.emphasis ?? []).some((e) => e.start >= end && e.start < limit && /^\p{Lu}/u.test(post.text.slice(e.start, e.end)));
}

/** "June is always a heavy month", "the month of June", "every June": the post uses the name as the month. */
function spokenOfAsMonth(month: string, text: string): boolean {
  return new RegExp(String.raw`\b${month}\s+(?:is|was)\s+(?:always\s+|usually\s+|often\s+|never\s+)?(?:a|the|our|my)\s+(?:[\p{L}-]+\s+){0,2}month\b|\bmonth\s+of\s+${month}\b|\b(?:every|each|last|next|this|since|until)\s+${month}\b`, 'u').test(text);
}

/**
 * "GeneXpert", "PowerPoint", "NovoRapid": a capital inside a word, after four letters or more that are
 * no given name, marks a make. Names keep short prefixes ("DeShawn", "LaToya", "McKenzie", "MacLeod")
 * or join two names ("MaryAnn", "JoAnne").
 */
function isRunTogetherMake(word: string): boolean {
  const inner = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}*)$/u.exec(word.replace(/['’]s$/, ''));
  return inner !== null && !/^(?:Mac|Fitz)/.test(inner[1]) && classify(inner[1]) !== 'given' && classify(inner[2]) !== 'given';
}

/** A make of medicine or device from the health lists (most are brand names, capitalised like names). */
function isMedicineOrDevice(word: string): boolean {
  const key = word.replace(/['’]s$/, '').toLowerCase();
  // A make that is also a given name ("Allegra") may still be a client's.
  return (dataSet('medications.txt').has(key) || dataSet('devices.txt').has(key)) && !nameLists(word).given;
}

function judge(phrase: Phrase, post: PostNames): Verdict {
  const { core } = phrase;
  const start = phrase.first.start;
  const end = core[core.length - 1].end;
  const last = core[core.length - 1];
  const shown = post.text.slice(core[0].start, end);
  const before = post.text.slice(Math.max(0, start - 60), start);
  const after = post.text.slice(end, end + 60);
  if (isAlias(shown, core, post) || post.aliases.has(foldName(post.text.slice(start, end)))) return 'clear';
  if (ALIAS_BEFORE.test(before) || ALIAS_AFTER.test(after)) {
    // "a woman I'll call Bernadette": the alias holds for the rest of the post.
    for (const w of core) post.aliasWords.add(foldName(w.text));
    return 'clear';
  }
  if (SELF_NICKNAME_BEFORE.test(before) || SELF_NICKNAME_AFTER.test(after)) return 'clear';
  // "Teacher, you are speaking too British", "a list called "Teacher's strange words"": a calling used to
  // address someone, or named after them, is no name.
  if (!phrase.personalTitle && core.length === 1 && ADDRESSED_CALLINGS.has(core[0].lower.replace(/['’]s$/, ''))) return 'skip';
  // "Block C", "Wing B", "Pod D": a part of a building and its letter, not a surname and an initial.
  if (!phrase.personalTitle && core.length === 2 && BUILDING_PART.test(core[0].text) && /^\p{Lu}\.?$/u.test(core[1].text)) return 'skip';
  // "UK GDPR says", "SEND reforms": acronyms, whatever verb follows them.
  if (!phrase.personalTitle && core.every((w) => isAcronym(w.text))) return 'skip';
  // "Case KY-DCBS-26-041873": capitals joined by hyphens beside an ordinary word are a code, not a surname.
  if (!phrase.personalTitle && core.some((w) => /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+$/u.test(w.text)) && core.some((w) => /\p{Ll}/u.test(w.text))) return 'skip';
  // "Puao-te-Ata-tu", "Stratford-upon-Avon": small words inside a hyphened run make a title or a place.
  if (!phrase.personalTitle && core.length === 1 && /^\p{Lu}[\p{L}]*(?:-[\p{L}]+)*-\p{Ll}+-[\p{L}]/u.test(core[0].text)) return 'skip';
  // "at the NICU", tags [nicu]: a hospital unit's letters, though "Nicu" is also a Romanian name.
  if (!phrase.personalTitle && core.length === 1 && UNIT_ACRONYMS.has(core[0].lower)) return 'skip';
  // "Undetectable = Untransmittable": a word built with a prefix and a suffix no name has is a word the lists lack.
  if (!phrase.personalTitle && core.length === 1 && core[0].cls === 'unknown' && DERIVED_WORD.test(core[0].text)) return 'skip';
  // "Clare's Law ... Clare Wood was killed in 2009": a law named after someone makes her story public.
  if (!phrase.personalTitle && !last.possessive && lawNamedAfter(core[0].text, post.text)) {
    publicWithFirstName(core, post);
    return 'clear';
  }
  // "Bill C-92", "Bill S-3": a parliament's bill, not a man and his initial.
  if (core.length === 2 && core[0].lower === 'bill' && /^-\d/.test(after)) return 'skip';
  // "April is Child Abuse Prevention Month": the month an awareness campaign runs.
  if (core.length === 1 && NAME_MONTHS.has(core[0].lower) && /^[ \u00a0]+(?:is|was)[ \u00a0][^.!?\n]{0,60}\b(?:Month|month|awareness)\b/.test(after)) return 'skip';
  // "Her GeneXpert came back", "on PowerPoint": two words run together under one capital are a make.
  if (!phrase.personalTitle && core.length === 1 && isRunTogetherMake(core[0].text)) return 'skip';
  // "St Brigid's Day ... we made Brigid's crosses": the saint of the day the post names.
  if (core.length === 1 && !(phrase.personalTitle && !SAINT_TITLE.test(phrase.first.text)) && isSaintOfTheDay(post.text, core[0].start, core[0].end)) return 'clear';
  // "Research from Youth Link Scotland": the tail of an organisation's name that ends in its country.
  if (!phrase.personalTitle && core.length > 1 && isBroadRegion(last.text) && ORGANISATION_HEAD_BEFORE.test(before)) return 'skip';
  // "Care Inspectorate Wales", "Cafcass Cymru", "Pride Cymru": a body named for the nation it serves.
  // With a given name first ("Morgan Wales") it may be a person whose family name is a place.
  if (!phrase.personalTitle && core.length > 1 && isBroadRegion(last.text) && core.slice(0, -1).every((w) => !nameLists(w.text).given)) return 'skip';
  // "a school nurse, Northern Ireland", "back home in Northern Ireland, my mum...": a region named in full is
  // a place whatever relation stands beside it ("Jordan" alone may be a boy; "South Africa" is no one).
  if (!phrase.personalTitle && (core.length > 1 && isBroadRegion(shown) || partOfARegion(shown, after))) return 'skip';
  if (core.length === 1 && (isDayAbbreviation(core[0], before, after) || dayInTimetable(core[0], post.text, before, after))) return 'skip';
  if (!phrase.personalTitle && post.thingNames.has(foldName(shown))) return 'skip';
  // "The hall has three side rooms ... somebody decided to call them Hope, Faith and Joy": names given to things.
  if (!phrase.personalTitle && core.length === 1 && THINGS_CALLED.test(post.text.slice(Math.max(0, start - 200), start))) {
    post.thingNames.add(foldName(shown));
    return 'skip';
  }
  if (!phrase.personalTitle && NAMED_THINGS.test(before.slice(before.search(/(?:[^.!?]*)$/)))) {
    if (core.length === 1) post.thingNames.add(foldName(shown));
    return 'skip';
  }
  // "The Dexcom shares readings", "a Dexcom G7", "Nutrizym and Pancrex exist": a medicine or a device by its make (and model).
  // (A model code's digits never reach a word: "G7" leaves no "G", see tokens.ts; a single capital may stay.)
  if (!phrase.personalTitle && core.some((w) => isMedicineOrDevice(w.text)) && core.every((w) => isMedicineOrDevice(w.text) || w.initial || /^\p{Lu}$/u.test(w.text))) return 'skip';
  // "the Old Man of Storr", "the Maid of the Loch": a landmark or a title named with "the" and "of", not a person's name.
  if (!phrase.personalTitle && /(?:^|[^\p{L}])the\s+$/iu.test(before) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after)) return 'skip';
  const afterFrom = !phrase.personalTitle && /(?:^|[^\p{L}])from\s+$/iu.test(before);
  // "the cardiac rehab nurse from Whakatāne agreed...": a town the gazetteer knows, after "from", and no one's given name.
  if (afterFrom && core.length === 1 && populationOf(core[0].text) !== undefined && !nameLists(core[0].text).given) return 'skip';
  // "A nurse consultant in Tucson walks through...": a town the gazetteer knows, right after a preposition of
  // place, is the place whatever verb follows, unless it is also someone's given name ("sat in Jordan's room").
  // So is a city in a list of places ("in Victoria or Ottawa announces") or opening a longer name ("Perth Children's Hospital").
  if (!phrase.personalTitle && core.length === 1 && !nameLists(core[0].text).given && townHere(core[0].text, before, after)) return 'skip';
  // "the little plane from Tingwall", "everything west of Bethel": where transport runs, or a bearing from it, is a place.
  if (!phrase.personalTitle && core.length === 1 && !last.possessive && ROUTE_OR_BEARING_BEFORE.test(before)) return 'skip';
  // "The register team in Darwin rang me": a service or a team in a city named like a person.
  if (!phrase.personalTitle && core.length === 1 && !last.possessive && TEAM_IN_BEFORE.test(before) && (populationOf(core[0].text) ?? 0) >= CITY_POPULATION) return 'skip';
  // "from Te Hāpua to Wellington": a journey between places.
  if (afterFrom && /^\s+to\s+\p{Lu}/u.test(after)) return 'skip';
  const evidence = personEvidence(phrase, before, after, last, post);
  if (!phrase.personalTitle && core.length === 1 && opensAsJargonAdjective(core[0], after, post)) return 'skip';
  if (!phrase.personalTitle && authorOfWorkShown(phrase, before, post)) {
    madePublic(phrase.core, post);
    return 'clear';
  }
  // "after Storm Babet ... when Babet hit": a storm given a person's name, and the storm called by it.
  const storm = phrase.personalTitle ? undefined : stormNamed(post.text, start, end);
  if (storm === 'titled' || (storm === 'bare' && evidence < Evidence.Strong)) return 'clear';
  // "the Tribunal's *Tū Mai te Rangi!* report": words of a title set in italics, before the kind of work it is.
  if (inTitledWork(post, start, end)) return 'skip';
  // "*The 13-Storey Treehouse* series by Andy Griffiths and Terry Denton": the authors of a work named in italics.
  if (!phrase.personalTitle && creditedForAWork(post, start)) { madePublic(core, post); return 'clear'; }
  // "chaired by Mr Justice Keith": a High Court judge, named by office in reports and inquiries.
  if (/(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Lord|Lady)\.?[ \u00a0]+Justice[ \u00a0]+$/u.test(post.text.slice(Math.max(0, start - 16), core[0].start)) || (core.length > 1 && core[0].lower === 'justice' && /(?:Mr|Mrs|Ms|Lord|Lady)\.?[ \u00a0]+$/.test(post.text.slice(Math.max(0, core[0].start - 8), core[0].start)))) return 'clear';
  // "covers the whole of Angus": what a service covers is an area, even one named like a man.
  if (!phrase.personalTitle && core.length <= 2 && /\b(?:the[ \u00a0]+whole[ \u00a0]+of|covers?|covering|covered|across|throughout)[ \u00a0]+$/i.test(before) && evidence < Evidence.Strong) return 'skip';
  // "the anniversary of Piper Alpha", "Aberfan, where the tip slid": a disaster known by its name.
  if (!phrase.personalTitle && isDisaster(post.text, shown)) return 'skip';
  // "her Miranda rights", "the Gillick test", "Clare's Law", and later "since Jordan": a legal term named after someone.
  const legal = phrase.personalTitle || core.length !== 1 ? undefined : legalTermNamed(post.text, start, end);
  if (legal === 'term' || (legal === 'bare' && evidence < Evidence.Strong)) return 'clear';
  if (!phrase.personalTitle && namedThing(core, before, after)) return 'skip';
  // "A Glasgow social worker": a big city after "a" describes what follows; a person is never "a Glasgow".
  if (!phrase.personalTitle && core.length === 1 && /(?:^|[^\p{L}])an?\s+$/iu.test(before) && (populationOf(last.text) ?? 0) >= CITY_POPULATION && core[0].cls !== 'given') return 'skip';
  // "Meri Kirihimete", "Dydd Calan Hapus": a greeting in another language; "*Nollaig Shona*" on a card.
  if (!phrase.personalTitle && isGreeting(post.text.slice(start, end))) return 'clear';
  // '"Nos da, cariad"', '"Ko Hikurangi te maunga"': the words of a phrase quoted in another language.
  const quoted = phrase.personalTitle ? undefined : inForeignQuote(post.text, start, end);
  if (quoted === 'name') return 'flag';
  if (quoted === 'words' && evidence < Evidence.Strong) return 'skip';
  // "*Noli timere*", "*Carpe diem*": a phrase of another language in italics opens with a capital, and its
  // other words are in lower case and no English.
  if (!phrase.personalTitle && foreignInItalics(post, start, end)) return 'skip';
  // (Unless the name then acts: "*Jayden* read his poem"; "we saw *Les Misérables* on tour" is seeing a show.)
  if (!phrase.personalTitle && (evidence < Evidence.Strong || !ACTS_AFTER_TITLE.test(after)) && wholeItalicTitle(start, end, post.text, post.context.emphasis ?? [], post.context.segmentAt(start)?.start ?? 0)) return 'skip';
  if (!phrase.personalTitle && evidence === Evidence.None && !(core.length === 1 && core[0].cls === 'given') && isHolidayWords(post.text, start, end, post.context.emphasis ?? [])) return 'skip';
  const everyday = everydayVerdict(phrase, before, evidence, post);
  if (everyday) return everyday;
  // "Mr Kipling's cakes", "Aunt Bessie's yorkshires": a brand that is a title and a name.
  // Only before what it sells: "Mr Kipling rang about his son" is a man called Kipling, "Aunt Bessie's house" a relative's.
  // "Mum, Shona, phoned": a language or a people that is also a given name is a person where the sentence says so.
  const namedSomeone = core.length === 1 && nameLists(core[0].text).given && (evidenceBefore(before) >= Evidence.Strong || /^,?\s+(?:said|says|told|tells|asked|asks|phoned|rang|texted|cried|laughed|smiled|shouted)\b/.test(after)) && !/\b(?:speaks?|spoke|speaking|in|learning|learns?|learnt|learned|fluent\s+in|taught|teaches|translat\w+|interpret\w*)\s+$/i.test(before);
  if ((isNotAPerson(shown) && !namedSomeone) || (phrase.first !== core[0] && last.possessive && sellsAfter(after) && isNotAPerson(post.text.slice(start, end)))) return 'clear';
  if (!phrase.personalTitle && core.length === 1 && namesABrand(last, after)) return 'clear';
  // "Council said no", "Leader: me": a role or a body spoken of by its role, unless someone is called it.
  if (!phrase.personalTitle && core.length === 1 && ROLE_WORDS.has(last.lower) && !introducedAsNickname(before, after) && !NAMED_BEFORE.test(before)) return 'skip';
  // "at risk of Huntington's", "her Crohn's flared": the eponym of a condition, short for it.
  if (!phrase.personalTitle && core.length === 1 && last.possessive && isConditionEponym(shown)) return 'clear';
  if (isPluralSubject(phrase, before, after, post)) return 'skip';
  // "the Sheilas and the Mr Birlings": a character or a figure in the plural is a type of person, not one.
  if (typeInThePlural(phrase, before, post)) return 'skip';
  // "Seamus Heaney wrote it about ... his four-year-old brother, Christopher": a public figure's family, named in their story.
  if (!phrase.personalTitle && core.length <= 3 && PUBLIC_FIGURES_KIN_BEFORE.test(before) && aboutPublicFigure(post.context, start)) {
    if (core.length > 1) publicWithFirstName(core, post);
    return 'clear';
  }
  if (core.length > 1 && !post.publicNames.has(shown) && thankedPrivately(post.text, start, end) && !isReplaced(core, post)) return 'flag';
  // A one-word public name ("Jesus") is still a client's name behind a title or a relation ("her son Jesus").
  const personal = phrase.personalTitle || (!phrase.first.sentenceStart && evidenceBefore(before) === Evidence.Strong);
  if (core.length > 1 && post.publicNames.has(shown) && clientBeside(post.text, phrase.first.start, end) && !isReplaced(core, post)) return 'flag';
  if (isPublic(phrase, shown, before, after, post) && !(core.length === 1 && personal && !post.publicNames.surnameOf(shown, post.folded))) {
    // "Hemi Walters's framework ... Walters says": a full name shown public makes its surname, and its other mentions, public.
    if (core.length > 1 && !phrase.personalTitle) madePublic(core, post);
    else citedSurname(phrase, post);
    return 'clear';
  }
  if (citedHere(phrase, before, after, post)) { madePublic(core, post); citedSurname(phrase, post); return 'clear'; }
  // "In 1976 police opened fire ... carried by X": those in a public event long past are history's.
  if (!phrase.personalTitle && (inHistoricalEvent(post.text, start, end) || (core.length > 1 && (talkedAboutStar(post.text, start, end) || playsInPublic(post.text, start, end) || namedAmongFamous(post.text, start, end))))) { madePublic(core, post); return 'clear'; }
  // "the cast of Derry Girls": a name opening a title; left for the fiction check, which ties characters to the work by it.
  if (!phrase.personalTitle && opensATitleInProse(last, after, post)) return 'skip';
  if (core.length === 1 && VIRTUE_NAMES.has(core[0].lower) && !phrase.personalTitle && !strongPersonCue(before, after, evidence)
    && (usedAsAbstractNoun(core[0], post) || (core[0].sentenceStart && PERSONIFIED_AFTER.test(after)))) return 'skip';
  const segment = post.context.segmentAt(core[0].start);
  if (!UNREPLACED_KINDS.has(segment?.kind ?? '') && (isReplaced(core, post) || post.replaced.has(foldName(post.text.slice(start, end))))) return 'clear';

  const names = core.filter((w) => !w.initial && !SUFFIXES.has(w.lower) && !PARTICLES.has(w.lower));
  const initials = core.filter((w) => w.initial || /^\p{Lu}$/u.test(w.text));

  // Initials alone: "D.M.", "T. J."; a single letter only behind a title ("Mr V").
  if (!names.length) {
    const letters = initials.map((w) => w.text.replace(/[^\p{L}]/gu, '')).join('');
    // "Mr V": a title and an initial still single someone out; declared in `pseudonyms` it is an alias.
    if (phrase.personalTitle) return 'flag';
    // "J. told me he wanted to stop": one initial, with its stop, speaking, as case notes keep a client.
    const stopped = initials.length === 1 && (initials[0].text.endsWith('.') || post.text[initials[0].end] === '.');
    if (letters.length === 1 && stopped && !/^[AI]$/.test(letters) && /^\s+(?:(?:then|just|also|finally)\s+)?(?:told|said|says|asked|asks|rang|phoned|texted|cried|wanted|wants|came|arrived|left|refused|agreed|admitted|disclosed|explained)\b/.test(after)) return 'flag';
    return letters.length >= 2 && !ABBREVIATIONS.has(letters.toLowerCase()) && !initials.some((w) => w.allCaps && !w.initial) ? 'flag' : 'skip';
  }
  // "Mrs Brown" is a person even though brown is a word; "Mr Men" (books) is not: no name in it.
  if (phrase.personalTitle && HONORIFICS.has(phrase.first.lower)) return names.some((w) => w.cls !== 'word') ? 'flag' : 'skip';
  // "T. J. Abernathy", "Mateo R.": initials with a name are a name.
  if (initials.length && names.some((w) => w.cls !== 'word')) return 'flag';
  if (phrase.nickname && names.every((w) => w.cls !== 'word')) return 'flag';
  let place: boolean | undefined;
  const placeLike = () => (place ??= looksLikePlace(names, shown, before, post));

  if (names.length >= 2) {
    // "| Rose Baker-Hill | 14 |", "Summer Lane-Fox": a given name and a double-barrelled surname are a person's, words or not.
    if (doubleBarrelled(names) && !/(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(before)) return 'flag';
    const wordLike = names.every((w) => w.cls === 'ambiguous' || w.cls === 'word');
    // "a small school in Te Tai Tokerau": unfamiliar words after "in" name a place, unless a given name leads.
    if (evidence < Evidence.Some && names[0].cls !== 'given' && !last.possessive && /(?:^|[^\p{L}])(?:in|near|outside|around|across|throughout|within)\s+$/iu.test(before)) return 'skip';
    // "the Baby Box", "the Good Samaritan": people are not named with an article.
    if (/(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(before) && (wordLike || evidence < Evidence.Strong)) return 'skip';
    if (evidence >= (wordLike ? Evidence.Strong : Evidence.Some)) return 'flag';
    if (placeLike()) return 'skip';
    const classes = names.map((w) => w.cls);
    const named = classes.filter((c) => c === 'given' || c === 'surname').length;
    const strange = classes.filter((c) => c === 'unknown').length;
    if (names.some((w) => w.allCaps && w.cls === 'unknown')) return 'skip';
    if (classes.includes('word')) return phrase.personalTitle ? 'flag' : 'skip';
    if (named >= 1) return 'flag';
    // Unfamiliar words in a row ("Sione Taufa", "Majok Atem"): a name when not opening a sentence, or
    // when a verb follows as it follows a subject.
    if (strange >= 1 && (!names[0].sentenceStart || verbFollows(post, end, after))) return 'flag';
    // "## Faith Ní Bhriain and the day it came out", a tag "Sky Tuhiwai": a given name, even one that is a
    // word, then family names no list holds, standing as a heading or a label, is someone's full name.
    if (strange >= 1 && labelsSomeone(names, post)) return 'flag';
    return phrase.personalTitle ? 'flag' : 'skip';
  }

  const [w] = names;
  if (phrase.personalTitle && w.cls !== 'word') return 'flag';
  // "everyone calls him Smudge": any word can be a nickname once someone is called it.
  if (w.cls === 'word') return (!w.sentenceStart && introducedAsNickname(before, after)) || relationInApposition(w, after, post) ? 'flag' : 'skip';
  // "Our Lady of Lourdes", "University of Limerick": the end of an institution's name.
  const institution = /(\p{Lu}[\p{L}'’]*)\s+(?:of|for|de|del)\s+$/u.exec(before);
  if (institution && evidence < Evidence.Strong && !/(?:^|[.!?:]\s+|\n|\[)\s*$/.test(before.slice(0, institution.index))) return 'skip';
  // "five Australians", "other OTs": counted things are groups, not a person.
  if (/(?:^|[^\p{L}])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|most|some|all|other|few|several|fellow|more|fewer)\s+$/iu.test(before) && evidence < Evidence.Strong) return 'skip';
  // "the Hilton", "a Foster": people are not named with an article (the family is, "the Zielonka family").
  if (/(?:^|[^\p{L}])(?:the|a|an|this|that|our|your)\s+$/iu.test(before) && evidence < Evidence.Strong) return 'skip';
  // "In Ireland, a young person...": a country after a preposition of place is the country, whatever follows.
  if (isBroadRegion(w.text) && /(?:^|[^\p{L}])(?:in|to|from|across|throughout|around|into|across)\s+$/iu.test(before)) return 'skip';
  // "Notes from a school nurse, Ireland": after "a" or "the" and a calling, a country is where; "her daughter, Kenya" is a girl.
  // "June is always a heavy month for us ... What June asks of us": a post that speaks of the month personifies it.
  if (NAME_MONTHS.has(w.lower) && !phrase.personalTitle && evidenceBefore(before) < Evidence.Strong && spokenOfAsMonth(w.text, post.text)) return 'skip';
  // "In May, our doctor referred him": a month after "in" or "since", whatever apposition seems to follow.
  if (NAME_MONTHS.has(w.lower) && !phrase.personalTitle && !w.possessive && MONTH_AS_DATE_BEFORE.test(before)) return 'skip';
  if (NAME_MONTHS.has(w.lower) || isBroadRegion(w.text)) return evidence >= Evidence.Strong && !(isBroadRegion(w.text) && /(?:^|[^\p{L}])(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+,[ \t]*$/iu.test(before)) ? 'flag' : 'skip';
  if (w.allCaps && goesByLetters(w, after, evidence)) return 'flag';
  // "ADHD", "NHI": capitals are acronyms, unless a given name of some length ("BRAXTON" on a drawing).
  if (w.allCaps && (w.cls !== 'given' || w.text.length <= 3)) return 'skip';
  // "Carter, Cooper, Mason, Taylor: half my clients' jobs": a list of words that happen to be names.
  const listed = /^((?:,\s+\p{Lu}[\p{L}'’-]*){2,})/u.exec(after)?.[1].split(/,\s+/).filter(Boolean);
  if (listed && evidence < Evidence.Strong && listed.filter((item) => isAnyEnglishWord(item)).length * 2 > listed.length) return 'skip';
  if (evidence < Evidence.Strong && placeOrDateHere(w, post.text)) return 'skip';
  if (evidence === Evidence.None && placedElsewhere(w, post.text)) return 'skip';
  switch (w.cls) {
    case 'given':
      if (placeLike()) return evidence >= Evidence.Strong ? 'flag' : 'skip';
      return 'flag';
    case 'surname':
    case 'unknown':
      if (placeLike()) return evidence >= Evidence.Strong ? 'flag' : 'skip';
      return evidence >= Evidence.Some || actionFollows(post, end, after) ? 'flag' : 'skip';
    case 'ambiguous':
      return evidence >= Evidence.Strong || mostlyAName(w, end, after, post) ? 'flag' : 'skip';
    default:
      return 'skip';
  }
}

/**
 * A given name first ("Faith", "Sky"), family names after it that are no word ("Ní Bhriain", "Tuhiwai"),
 * in a front-matter field, a tag or a heading: a title names its subject without a verb after it.
 */
function labelsSomeone(names: Word[], post: PostNames): boolean {
  const [first, ...rest] = names;
  const opening = tagsAt(post, first.start);
  if (!nameLists(first.text).given || first.allCaps || first.lower === 'will' || opening.has('Modal')) return false;
  // "Hope Kōrero", "Rose Ngāti Porou", "Summer Tauranga": words of another language, an iwi or a place are no family name.
  if (/^(?:ngāti|ngati|ngāi|ngai|ngā|nga|te|ko)$/.test(rest[0]?.lower ?? '')) return false;
  if (!rest.every((w) => (w.cls === 'unknown' || w.cls === 'surname') && !isLoanword(w.text) && populationOf(w.text) === undefined && !isBroadRegion(w.text) && !tagsAt(post, w.start).has('Place'))) return false;
  const segment = post.context.segmentAt(first.start);
  if (!segment) return false;
  if (segment.kind !== 'text') return true;
  const field = post.text.slice(segment.start, segment.end).trim();
  return field.length <= 80 && !/[.!?;]$/.test(field);
}

/**
 * "I visited Maria on Friday", "Peter cried": a name the tagger knows as a man's or a woman's, whose
 * other sense is rare ("maria", "peter out"), is the name, in mid-sentence or as the subject of a verb.
 * Names that are also everyday adjectives stay words ("Roman baths", "Amber warning").
 */
function mostlyAName(w: Word, end: number, after: string, post: PostNames): boolean {
  if (ADJECTIVE_NAMES.has(w.lower)) return false;
  const tags = tagsAt(post, w.start);
  if (!tags.has('MaleName') && !tags.has('FemaleName')) return false;
  // "Iris and Heather in the far border": listed with other words, it is one of them.
  const before = post.text.slice(Math.max(0, w.start - 30), w.start);
  const listedWith = [/(\p{Lu}\p{Ll}+)(?:,?[ \u00a0]+(?:and|&|or)|,)[ \u00a0]+$/u.exec(before)?.[1], /^(?:,?[ \u00a0]+(?:and|&|or)|,)[ \u00a0]+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1]];
  if (listedWith.some((other) => other !== undefined && ['word', 'ambiguous'].includes(classify(other)))) return false;
  // "Heather moorland": before a plain noun it describes the noun.
  const next = tagsOfWordAfter(post, end, after, /^\s+(\p{Ll}[\p{Ll}-]*)/u);
  if (next.has('Noun') && !next.has('Verb') && !next.has('Pronoun')) return false;
  return !w.sentenceStart || verbFollows(post, end, after);
}
const ADJECTIVE_NAMES = set('roman valentine genesis amber emerald garnet golden');

/** "Northern" of "Northern Territory", "West" of "West Yorkshire": the start of a region's name, the rest a common word. */
function partOfARegion(shown: string, after: string): boolean {
  const rest = /^[ \t]+(\p{Lu}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}[\p{L}'’-]*))?/u.exec(after);
  return rest !== null && (isBroadRegion(`${shown} ${rest[1]}`) || (rest[2] !== undefined && isBroadRegion(`${shown} ${rest[1]} ${rest[2]}`)));
}

/** A register's row: "| Pryce-Whitlow, Shannon |", "- Okafor, Tayo: discharged", a family name first at the start of a cell or a list line. */
const REGISTER_ROW = /(?:^|\|)[ \t]*(?:[-*•][ \t]+)?(\p{Lu}[\p{L}'’\-\u2010\u2011]+),[ \t]*(\p{Lu}[\p{L}'’\-\u2010\u2011]+)(?=[ \t]*(?:\||:|\(|$))/gmu;

/**
 * Names written surname first, as registers and spreadsheets list them: both words name the person,
 * where the first is a family name (or two joined) and the second a given or unfamiliar name.
 */
function registerNames(post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (const m of post.text.matchAll(REGISTER_ROW)) {
    const [family, given] = [m[1], m[2]];
    const familyNamed = DOUBLE_BARREL.test(family) || ['surname', 'unknown'].includes(classify(family));
    const givenNamed = nameLists(given).given || classify(given) === 'unknown';
    if (!familyNamed || !givenNamed || [family, given].some((w) => NEVER_NAMES.has(w.toLowerCase()) || CALENDAR.has(w.toLowerCase()) || isNotAPerson(w) || isBroadRegion(w))) continue;
    // "| Ennis, Clare |", "- Bendigo, Victoria": a town and its county or state.
    if (populationOf(family) !== undefined) continue;
    const start = m.index + m[0].indexOf(family);
    const end = m.index + m[0].length;
    if (post.aliases.has(foldName(`${given} ${family}`)) || post.aliasWords.has(foldName(given)) || post.replaced.has(foldName(given))) continue;
    out.push(nameCandidate(start, end, post));
  }
  return out;
}

/** Two capitalised name parts joined by a hyphen: "Baker-Hill", "Pryce-Whitlow" (not "Half-Term", "Anglo-Saxon"). */
const DOUBLE_BARREL = /^\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+$/u;

/**
 * A given name, then a family name of two capitalised name parts joined by a hyphen. The given name may
 * be one no list holds ("Rangimārie Tūhoe-Walker") when it is no English word and no place.
 */
function doubleBarrelled(names: Word[]): boolean {
  const last = names[names.length - 1];
  const first = names[0];
  const given = nameLists(first.text).given || (names.length === 2 && first.cls === 'unknown' && !isEnglishWord(first.text) && populationOf(first.text) === undefined);
  if (!DOUBLE_BARREL.test(last.text) || isOriginOrLetterCompound(last) || !given) return false;
  return last.text.split('-').every((part) => { const lists = nameLists(part); return lists.surname || lists.given || classify(part) === 'unknown'; });
}

/** "Hope says things matter", "Grace asks nothing of us", "Wisdom tells us to wait": a quality speaking in general. */
const PERSONIFIED_AFTER = /^\s+(?:says|tells|asks|teaches|reminds|whispers|demands|requires|invites|wants|needs|knows)\s+(?:us|nothing|everything|little|much|more|things|something|no one|nobody|everyone)\b(?!\s+(?:that\s+)?(?:she|he|her|him|his|they|them)\b)/;

/** Nouns that say a word-name is spoken of as a quality: "Hope is a discipline", "Patience is a skill". */
const ABSTRACT_KINDS = 'discipline|practice|virtue|choice|skill|habit|verb|noun|muscle|gift|word|feeling|emotion|value|decision|act|state|process|posture|stance|strategy|luxury|privilege|necessity|kind of|form of|way of|thing';

/**
 * "Hope is not the same as optimism", "lose hope", a heading "Hope in the dark months": a word-name the
 * post uses as the word elsewhere. Its capitalised uses as a subject ("Hope says things matter",
 * "Grace asks nothing of us") are then the word personified, not a client.
 */
function usedAsAbstractNoun(w: Word, post: PostNames): boolean {
  const word = escapeRegExp(w.lower);
  const cached = post.abstractWords.get(word);
  if (cached !== undefined) return cached;
  const text = post.text;
  const answer =
    new RegExp(`(?:^|[^\\p{L}])${word}\\s+(?:is|was)\\s+(?:not\\s+|never\\s+|n['’]t\\s+)?(?:the same (?:thing )?as|(?:a|an|not a|not an)\\s+(?:[\\p{L}-]+\\s+)?(?:${ABSTRACT_KINDS})\\b)`, 'iu').test(text)
    || new RegExp(`(?:^|[^\\p{L}])(?:give|gives|gave|giving|find|finds|found|finding|lose|loses|lost|losing|keep|keeps|kept|hold|holds|held|offer|offers|offered|bring|brings|brought|restore|restored|cling to|hang on to|hold on to|no|little|some|false|more|of|with|without|about)\\s+(?:(?:a|the|some|any|more|real|little|much|bit of|sense of|their|our|your|my|her|his)\\s+)?${word}(?![\\p{L}'’])`, 'u').test(text)
    || new RegExp(`(?:^|\\n)(?:#+\\s*)?${word[0].toUpperCase()}${word.slice(1)}\\s+(?:in|as|and|versus|vs|without|after|against|under)\\s+(?:the\\s+)?\\p{Ll}`, 'u').test(text);
  post.abstractWords.set(word, answer);
  return answer;
}

/** What makes a word-name a person whatever else the post does with the word: a relation, an age, a body or a bed. */
function strongPersonCue(before: string, after: string, evidence: Evidence): boolean {
  // Whatever else makes a person sure ("Joy was discharged", "Joy, who runs the group"), but a quality
  // may speak in the present ("Hope says things matter") unless it speaks of someone ("says she").
  const present = /^\s+(?:says|tells|asks|teaches|reminds|whispers|demands|requires|invites|wants|needs|knows)\b([^.!?]{0,30})/.exec(after);
  if (present ? /^\s+(?:that\s+)?(?:she|he|her|him|his|they|them|i|me)\b/i.test(present[1]) : evidence === Evidence.Strong) return true;
  if (evidenceBefore(before) === Evidence.Strong) return true;
  // "Hope told me", "Grace rang us": a quality does not ring anyone, nor tell the writer anything in the past.
  if (/^\s+(?:\p{Ll}+ly\s+|just\s+|then\s+)?(?:told|asked|texted|rang|phoned|emailed|messaged|hugged|thanked|called|said|came|arrived|cried|laughed)\b/u.test(after)) return true;
  if (/^\s*(?:,|\()\s*(?:aged?\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/i.test(after)) return true;
  const owned = /^['’]s\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/u.exec(after);
  return Boolean(owned && (BODY_AND_BED.has(owned[1]) || /^(?:home|house|flat|room|family|mum|dad|mother|father)$/.test(owned[1])));
}

function isAlias(shown: string, core: Word[], post: PostNames): boolean {
  if (post.aliases.has(foldName(shown))) return true;
  const parts = core.filter((w) => !PARTICLES.has(w.lower)).map((w) => foldName(w.text));
  return parts.length > 0 && parts.every((p) => post.aliasWords.has(p));
}

function isReplaced(core: Word[], post: PostNames): boolean {
  const whole = foldName(core.map((w) => w.text).join(' '));
  if (post.replaced.has(whole)) return true;
  const parts = core.filter((w) => !w.initial && !PARTICLES.has(w.lower)).map((w) => foldName(w.text));
  return parts.length > 0 && parts.every((p) => post.replaced.has(p));
}

/**
 * "Albert Einstein, Madeleine Albright, Freddie Mercury, Rita Ora, M.I.A., Mo Farah": a name in a list
 * of four names or more, most of them public figures, is one of them. Clients are not listed among
 * the famous; a client beside one or two famous names ("Jo, Mo Farah and me") is not such a list.
 */
function listedAmongPublicFigures(phrase: Phrase, post: PostNames): boolean {
  const { text } = post;
  const start = phrase.first.start;
  const end = phrase.core[phrase.core.length - 1].end;
  if (!/(?:,|\band|&)\s*$/u.test(text.slice(Math.max(0, start - 6), start)) && !/^(?:['’]s)?\s*(?:,|and\b|&)/u.test(text.slice(end, end + 6))) return false;
  const line = lineOf(text, start);
  const sentence = line.split(/(?<=[.!?:;])\s+(?=\p{Lu})/u).find((part) => part.includes(text.slice(start, end))) ?? line;
  const items = sentence.split(/,\s*|\s+(?:and|&)\s+/).map((item) => item.replace(/^(?:and|&)\s+/, '').replace(/[.!?:;"“”]+$/, '').trim());
  // The list may open after words of its own ("on Terry Pratchett") and close before more ("Bruce Willis said").
  const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
  const names = items.map((item, i) => new RegExp(i === 0 ? `(?:^|\\s)(${NAME})$` : i === items.length - 1 ? `^(${NAME})(?:\\s|$)` : `^(${NAME})$`, 'u').exec(item)?.[1]).filter((name): name is string => name !== undefined);
  const famous = names.filter((name) => post.publicNames.has(name)).length;
  // Four names or more, most of them famous: a short list ("Ben Okri, Chinua Achebe and Tavita") may add a pupil.
  return names.length >= 4 && famous >= 2 && famous >= 0.6 * names.length;
}

function initialsOfPublicFigure(letters: string, near: string, post: PostNames): boolean {
  if (letters.length < 2 || letters.length > 3) return false;
  for (const m of near.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
    const words = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
    if (words.map((w) => w[0]).join('') !== letters.toUpperCase()) continue;
    const full = words.join(' ');
    if (post.publicNames.has(full) || post.publicFull.has(foldName(full))) return true;
  }
  return false;
}

/** Public figures: listed, titled by a public role, or cited like an author. */
/**
 * A public office, then the person holding it: "the U.S. Surgeon General, Dr. Vivek Murthy", "the
 * Minister for Children, X", "our local MSP, X", "the leader of the opposition, X".
 */
const PUBLIC_OFFICE_BEFORE = /\b(?:(?:senator|president|governor|mayor|premier|minister|chancellor|commissioner|general|ceo|founder|ambassador|secretary|spokesperson|spokeswoman|spokesman)(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’-]*)){0,4})?|mp|msp|ms|td|mla|mpp|mep|councill?or|cllr|taoiseach|tánaiste|tanaiste|(?:opposition|party|council|labour|tory|conservative|green|liberal|snp|dup|sdlp)\s+leader|leader\s+of\s+the\s+(?:opposition|council|house))\s*,\s*$|\b(?:(?:opposition|party|council)\s+leader|leader\s+of\s+the\s+(?:opposition|council|house)|(?:minister|secretary)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’-]*)){0,4})\s+$/iu;

function isPublic(phrase: Phrase, shown: string, before: string, after: string, post: PostNames): boolean {
  const { publicNames: names } = post;
  if (names.has(shown) || names.has(post.text.slice(phrase.first.start, phrase.core[phrase.core.length - 1].end))) return true;
  // "Like Dickens said": a listed name after a capitalised word that opens the sentence.
  if (phrase.core.length > 1 && phrase.core[0].sentenceStart && names.has(post.text.slice(phrase.core[1].start, phrase.core[phrase.core.length - 1].end))) return true;
  // "Prime Minister Kevin Rudd", "Chief Justice Warren Burger": a listed name after the office it held.
  for (let k = 1; k < phrase.core.length - 1; k++) {
    const office = post.text.slice(phrase.core[0].start, phrase.core[k - 1].end);
    if (OFFICE_TITLE.test(office) && names.has(post.text.slice(phrase.core[k].start, phrase.core[phrase.core.length - 1].end))) return true;
  }
  if (phrase.core.length === 1 && !phrase.personalTitle && names.surnameOf(shown, post.folded)) return true;
  // "Dr Spock's first line ... Benjamin Spock opened": a doctor or a professor by the surname of a figure the post names in full.
  if (phrase.core.length === 1 && phrase.personalTitle && SCHOLAR_TITLE.test(phrase.first.text) && names.surnameOf(shown, post.folded)) return true;
  // "Philomena Lee's story ... Philomena": the first name of a public figure the post names in full, unless someone's own.
  if (phrase.core.length === 1 && !phrase.personalTitle && names.givenNameOf(shown, post.folded) && evidenceBefore(before) < Evidence.Strong) return true;
  // "Known only as "H.M.", Henry Molaison had surgery in 1953": initials of a public figure the post names in full.
  // The full name stands within a sentence or two of the initials; once matched, the initials are public in the post.
  if (!phrase.personalTitle && phrase.core.every((w) => w.initial)) {
    const letters = phrase.core.map((w) => w.text.replace(/[^\p{L}]/gu, '')).join('');
    if (post.publicInitials.has(letters)) return true;
    if (initialsOfPublicFigure(letters, post.text.slice(Math.max(0, phrase.first.start - 100), phrase.first.start + 100), post)) {
      post.publicInitials.add(letters);
      return true;
    }
  }
  // "Molly Craig ... Molly was fourteen": the first name alone of someone in the post's history.
  if (phrase.core.length === 1 && !phrase.personalTitle && evidenceBefore(before) < Evidence.Strong && post.historicalFirst.has(foldName(shown))) return true;
  // "D. W. Winnicott": initials and the surname of a listed figure.
  const last = phrase.core[phrase.core.length - 1];
  if (phrase.core.length > 1 && phrase.core.slice(0, -1).every((w) => w.initial) && names.surnameOf(last.text, post.folded)) return true;
  if (phrase.publicTitle && !phrase.personalTitle) return true;
  // "the U.S. Surgeon General, Dr. Vivek Murthy": a public office, then the person holding it.
  if (PUBLIC_OFFICE_BEFORE.test(before)) return true;
  if (phrase.personalTitle) return false;
  if (isPublicHere(phrase.core, post)) return true;
  // "Yalom's Thelma", "Freud's Dora": a case or a character a public figure wrote, under their name.
  const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)['’]s?\s+$/u.exec(before)?.[1];
  const ownersCase = owner !== undefined && (names.has(owner) || names.surnameOf(owner, post.folded)) && !OWN_PEOPLE.test(before);
  if (ownersCase || listedAmongPublicFigures(phrase, post) || publicByContext(phrase, before, post)) {
    madePublic(phrase.core, post);
    return true;
  }
  // Below, a credit ("by X", "X wrote about") reads as a published author's, unless X is the blogger's own pupil or client.
  if (madeByOwnPeople(phrase, post)) return false;
  const next = /^['’]?s?\s*(\S+)/u.exec(after)?.[1]?.toLowerCase().replace(/[^\p{L}-]/gu, '') ?? '';
  // "Bowlby (1969)", "Bowlby, 1969": a year of publication, not "(4127 60938 2)", a number about a client.
  if (/^\s*\(\s*(?:(?:1[5-9]|20)\d{2}[a-z]?\s*[),;:]|n\.d\.)/.test(after) || /^\s*,?\s*(?:(?:1[5-9]|20)\d{2}\b(?!\s*\d)|et al)/.test(after)) return true;
  if (CITATION_VERBS.has(next) && !phrase.core.some((w) => w.possessive)) return true;
  // "Doka called grief that goes unrecognised "disenfranchised grief"": coining a term.
  if (/^\s+(?:called|calls|termed|terms|named|dubbed)\s+(?!(?:me|us|him|her|them|you|back|the office|the ward|911|999|000)\b)[^.!?"“]{1,60}["“]/i.test(after)) return true;
  // "Rogers wrote that...", "Rogers wrote about it" (but "Bronka wrote to me").
  if (/^\s+(?:wrote|writes|puts it|put it|notes|noted|reminds us|called (?:it|this|that|them)|calls (?:it|this|that|them)|termed|named it)\b(?!\s+(?:to|back|me|us|him|her))/i.test(after) && /^\s+\w+\s+(?:it\s+|this\s+|that\s+|them\s+|us\s+)?(?:that|about|in|of|:|["“'‘]|\w+\s+["“'‘])/i.test(after)) return true;
  if (phrase.core[phrase.core.length - 1].possessive && WORKS.has(next)) return true;
  // "Beverley Costa's work on multilingual therapy": a researcher's work, named in full.
  if (last.possessive && phrase.core.length > 1 && /^['’]s\s+(?:\w+\s+)?work\s+(?:on|at|with|in|found|shows|showed|suggests)\b/i.test(after)) return true;
  const prior = before.toLowerCase().match(/([\p{L}-]+)\W+([\p{L}-]+)\W+$/u);
  if (prior && (prior[2] === 'by' || prior[2] === 'from') && /^(?:\S+\s+)?(?:\S+)$/.test(prior[1]) && WORKS.has(prior[1])) return true;
  // "*Hope in the Dark* by Rebecca Solnit": a capitalised title, then "by".
  // Not a sentence's first word: "Poems by Eluned Pryce were displayed" is someone's work on a wall.
  const titled = /(\p{Lu}[\p{L}'’]*)([*_"”]?)\s+by\s+$/u.exec(before);
  if (titled && (titled[2] || !/(?:^|[.!?:]\s+|\n\s*|[#>*-]\s+)$/u.test(before.slice(0, titled.index)))) return true;
  if (/\b(?:according to|as)\s*$/i.test(before) && /^\s*(?:puts it|says|said|wrote|writes|argues)/i.test(after)) return true;
  return false;
}

/**
 * "a drawing by Aroha Tane (Year 3)", "by one of my Year 9s, Kezia Brennan", "the poem Tomasz wrote in
 * group": the maker is someone the blogger teaches or works with, so the credit names a private person.
 * Reading a book with a class ("we read X by Y with my Year 6") keeps its author public.
 */
function madeByOwnPeople(phrase: Phrase, post: PostNames): boolean {
  const start = phrase.first.start;
  const end = phrase.core[phrase.core.length - 1].end;
  const from = Math.max(0, start - CREDIT_SENTENCE.reach);
  const head = post.text.slice(from, start);
  const cut = sentenceStart(post.text, start, CREDIT_SENTENCE) - from;
  const tail = post.text.slice(end, end + (CREDIT_SENTENCE.reachAfter ?? CREDIT_SENTENCE.reach));
  // A name that closes its sentence ("... by Aroha Tane.") is read with what follows: often who made the work.
  const ownTail = sentenceEnd(post.text, end, CREDIT_SENTENCE) - end;
  const sentence = `${head.slice(cut)}${post.text.slice(start, end)}${ownTail > 0 ? tail.slice(0, ownTail) : tail}`;
  // "A student in my group wrote this. 'Rain Song' by ...": the sentence before points at the work.
  const previous = lastSentence(head.slice(0, cut));
  // "A student in my group wrote this.", "My student Hemi wrote a poem.": the sentence before says who made it.
  const madeBefore = /\b(?:this|these|it|below|here)\s*[.:!]\s*$|\b(?:wrote|drew|made|painted|composed|created|penned|sketched|designed)\b/i.test(previous);
  if (OWN_PERSON_AFTER.test(tail)) return true;
  if (sharedOwnWork(post.text, start, `${previous}${sentence}`)) return true;
  if (/\b(?:I|we|I['’]ve|we['’]ve|they|the\s+class|my\s+class)\s+(?:[\p{L}'’]+\s+){0,3}?(?:read|reading|re-?read|studied|studying|taught|teaching|finished|listened\s+to)\b/iu.test(head.slice(cut))) return false;
  return OWN_MAKER_AFTER.test(tail) || (madeBefore && OWN_PEOPLE.test(previous)) || OWN_PEOPLE.test(sentence);
}

/** The last sentence of `text` when it ends one ("...wrote this. "), else nothing. */
function lastSentence(text: string): string {
  const body = text.trimEnd();
  if (!/[.:!]$/.test(body)) return '';
  const from = body.length - 2;
  const start = from < 0 ? 0 : lastStop(body, from, BARE_STOP_MARKS) + 1;
  return text.slice(start);
}

/** "Thanks to", "with thanks also to my neighbour", "thanks to my sister and": a thanks ending right before a name. */
const THANKS_BEFORE = /\b(?:thanks|thank\s+you|thanking|grateful|gratitude|indebted|shout-?out)\b(?:\s+(?:also|too|again|as\s+ever|as\s+always|so\s+much))?(?:\s+go(?:es)?(?:\s+out)?)?\s+(?:to|for)\s+(?:[^.!?]{0,80}?(?:,|\band)\s+)?(?:(?:my|our)\s+(?:[\p{L}-]+\s+){1,2},?\s*)?$/iu;
/** What only a private helper of the writer is: a draft read, a friend, a neighbour, a lift given. */
const PRIVATE_HELPER_AFTER = /^\s*(?:(?:,\s*)?(?:in|from|of)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*)?,?\s*(?:who\s+(?:(?:also|kindly|patiently)\s+)?(?:read|reads|checked|proof-?read|looked\s+(?:at|over)|listened|sat\s+with|put\s+up\s+with|lent|drove|fed|minded|babysat|looked\s+after|let\s+me)|for\s+(?:reading|checking|proof-?reading|looking\s+(?:at|over)|listening|minding|the\s+(?:tea|coffee|lifts?|photos?|childcare|sofa|spare\s+room|proof-?read|edits?|notes?))|(?:my|our|a|an)\s+(?:(?:old|dear|close|lifelong)\s+)?(?:family\s+friend|friend|neighbou?r|parent|mum|dad|sister|brother|cousin|aunt|auntie|uncle|colleague|former\s+colleague|fellow\s+parent|school\s+(?:mum|dad)|partner|housemate|flatmate)\b)/iu;
/** "my neighbour X", "my friend X": the thanked person described before the name. */
const PRIVATE_HELPER_BEFORE = /\b(?:my|our)\s+(?:(?:old|dear|close|lifelong|lovely)\s+)?(?:family\s+friend|friend|neighbou?r|mum|dad|sister|brother|cousin|aunt|auntie|uncle|colleague|partner|housemate|flatmate)\s*,?\s*$/iu;

/**
 * "thanks to X in Ballyvourney, who read this draft", "with thanks to my neighbour X": a full name
 * thanked with a private description is a private person, even a name that is also words.
 */
function thankedPrivately(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 160), start);
  const before = head.slice(Math.max(0, ...[...head.matchAll(/[.!?]\s+|\n/g)].map((m) => m.index + m[0].length)));
  if (!THANKS_BEFORE.test(before)) return false;
  return PRIVATE_HELPER_BEFORE.test(before) || PRIVATE_HELPER_AFTER.test(text.slice(end, end + 120));
}

/** "one of his poems", "her story", "their own song": a work the post has said is someone's own. */
const OWN_WORK = /\b(?:(?:one|some|two|three|a\s+few|any)\s+of\s+(?:his|her|their)|(?:his|her|their)\s+(?:own\s+|first\s+|latest\s+|new\s+|last\s+)?)\s*(?:poems?|poetry|stor(?:y|ies)|songs?|raps?|lyrics|drawings?|paintings?|pictures?|pieces?|writing|essays?|letters?|artwork|art|memoir|words|verses?|comics?|zines?)\b/i;
/** "He said I could share it", "she gave me permission to post this", "wrote it in group". */
const LEAVE_TO_SHARE = /\b(?:(?:he|she|they)\s+(?:said|says|agreed|told\s+me|was\s+happy|is\s+happy|were\s+happy|wanted\s+me)\s+(?:that\s+)?(?:(?:I|we)\s+(?:could|can|might|should)\s+|for\s+me\s+to\s+|to\s+)(?:share|post|publish|use|print|put)|(?:he|she|they)\s+(?:gave|has\s+given|have\s+given)\s+(?:me|us)\s+(?:permission|(?:the\s+)?ok(?:ay)?|(?:the\s+)?go-ahead|(?:their|his|her)\s+blessing)|(?:wrote|written|made|drew)\s+(?:it|this|that)\s+in\s+(?:group|session|class|prison|custody|rehab|hospital|the\s+unit|detox|our\s+(?:group|session|sessions))|with\s+(?:(?:his|her|their)\s+(?:own\s+)?)?(?:(?:his|her|their)\s+)?(?:mum['’]s|mom['’]s|dad['’]s|parents['’]|family['’]s|carers?['’]s?\s+)?(?:permission|blessing|consent|say-so)\b[^.!?\n]{0,80}\b(?:up|posted|shared|published)\b|\b(?:on|up\s+on|to)\s+(?:the|our|my)\s+class\s+(?:blog|website|page|wall))\b/i;

/**
 * "One of his poems was picked for an anthology. He said I could share it: "Low Tide" by X": a
 * credit for a work shared with its maker's leave, or called someone's own in the sentence that
 * shares it, names the blogger's client however published the work is.
 */
function sharedOwnWork(text: string, start: number, lead: string): boolean {
  const context = `${text.slice(Math.max(0, start - 400), start)} ${lead}`;
  // Leave to share is said only of someone the blogger knows; "her story" alone may introduce a published one.
  return LEAVE_TO_SHARE.test(context) || (OWN_WORK.test(lead) && /\b(?:shar(?:e|ed|ing)|post(?:ed|ing)?|here\s+it\s+is)\b/i.test(lead));
}

/** ", one of my Year 5s", " (Year 3)", ", aged nine": the maker described as the blogger's own. */
const OWN_PERSON_AFTER = new RegExp(String.raw`^['’]?s?\s*(?:,\s*|\(\s*)(?:one\s+of\s+(?:my|our)\b|(?:year|grade|yr|form|class)\s*\d|aged?\s|\d{1,2}\s*(?:[,)]|\.(?:\s|$)|$)|(?:${NUMBER_WORD_SOURCE})\s*[,)]|an?\s+(?:student|pupil|client|resident|patient|learner|child|young\s+person)\b|who\s+(?:is|was)\s+in\s+(?:my|our)\b)`, 'iu');
/** The same, or any ", my ..." after a maker's name ("by X, my Year 4 star"). */
const OWN_MAKER_AFTER = new RegExp(String.raw`${OWN_PERSON_AFTER.source}|^['’]?s?\s*(?:,\s*|\(\s*)(?:my|our)\s|^\s+(?:in|from)\s+(?:room|class|form|year|grade|group|tutor\s+group)\s*\d`, 'iu');

/**
 * "Kerry-Ann was like Zuri in the film", "Kerry-Ann reminded me of Zuri": the one likened to a character
 * is real. "Yusra reminded me of a girl on my caseload" likens a character to the real one instead.
 */
const LIKENED_AFTER = /^\s+(?:(?:is|was|seemed|seems|looked|looks|sounded|sounds|felt|acted|acts)\s+)?(?:just\s+|so\s+|a\s+bit\s+|exactly\s+)?like\s+\p{Lu}|^\s+(?:reminds|reminded)\s+(?:me|us|everyone)\s+of\b(?![^.!?\n]{0,40}?\b(?:(?:on|in|from)\s+(?:my|our)\s+(?:caseload|class|group|ward|team|books|list|unit)|(?:I|we)\s+(?:work|worked|used\s+to\s+work)\s+with)\b)/u;

/**
 * A phrase as the fiction check sees it: its words, and whether the post makes it one of the
 * blogger's own people ("my pupil Maya", "one of my Year 6s, ...", "Kai, 9,", "I rang Kai").
 */
function nameSpanOf(phrase: Phrase, post: PostNames): NameSpan {
  const start = phrase.first.start;
  const end = phrase.core[phrase.core.length - 1].end;
  const before = post.text.slice(Math.max(0, start - 60), start);
  const after = post.text.slice(end, end + 60);
  const relation = /\b(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),?\s*\(?\s*$/iu.exec(before)?.[1]?.toLowerCase();
  const own = Boolean(relation && (RELATIONS.has(relation) || RELATIONS.has(relation.replace(/(?<=child)ren$|(?<=[^s])s$/, ''))))
    // "one of my Year 6s, Tavish", not "one of my students asked whether Miss Trunchbull...".
    || /\bone\s+of\s+(?:my|our)\s+(?:(?!(?:asked|asks|said|says|told|tells|wondered|whether|if|that|thought|knew|wanted|was|is|who|about)\b)[\p{L}\d]+\s*){1,3},?\s*$/iu.test(before)
    || /^\s+(?:on|in|from)\s+(?:my|our)\s+(?:caseload|class|group|ward|team|books|list|unit)\b/i.test(after)
    || /\b(?:I|we)\s+(?:\p{L}+\s+)?(?:told|asked|rang|phoned|texted|met|saw|visited|hugged|thanked|called|drove|sat\s+with)\s+$/u.test(before)
    || OWN_MAKER_AFTER.test(after) || AGE_IN_APPOSITION.test(after) || LIKENED_AFTER.test(after);
  return { start, end, keys: phrase.core.filter((w) => !w.initial && !isTitle(w)).map((w) => foldName(w.text)), own };
}

/**
 * Cited in the grammar of the sentence ("work by X and colleagues", "Senators X and Y", "X's TED
 * talk"), with no client cue beside the name. "Dr" alone is no cue: cited experts carry it too.
 */
function citedHere(phrase: Phrase, before: string, after: string, post: PostNames): boolean {
  const { core } = phrase;
  const last = core[core.length - 1];
  if (phrase.nickname || (phrase.personalTitle && !/^dr\.?$/.test(phrase.first.lower))) return false;
  // What a cited person does ("X wrote", "X, who led the inquiry") is what clients do too; what they
  // are to someone ("her son X", "X's mum") is not.
  const cue = Math.max(phrase.first.sentenceStart ? Evidence.None : evidenceBefore(before), last.possessive ? evidenceAfter(phrase, before, after, last, post) : Evidence.None);
  if (sharedOwnWork(post.text, phrase.first.start, before)) return false;
  return cue < Evidence.Strong && citedInContext(post.text, phrase.first.start, last.end);
}

const citedSurnames = new WeakMap<PostNames, Set<string>>();

/** "Pike's study", "as Pike argues": a surname the post cites on its own, remembered for its headings. */
function citedSurname(phrase: Phrase, post: PostNames): void {
  const [w] = phrase.core;
  if (phrase.core.length !== 1 || phrase.personalTitle || w.cls === 'given' || w.cls === 'word' || w.initial) return;
  let cited = citedSurnames.get(post);
  if (!cited) citedSurnames.set(post, (cited = new Set()));
  cited.add(foldName(w.text));
}

/**
 * "## Jo Pike was right" over a post that cites "Pike's study": a heading or a title naming in full
 * someone the post cites by surname. In running text a full name still needs its own cue.
 */
function headsACitation(phrase: Phrase, post: PostNames): boolean {
  const last = phrase.core[phrase.core.length - 1];
  if (phrase.core.length < 2 || !citedSurnames.get(post)?.has(foldName(last.text))) return false;
  const segment = post.context.segmentAt(phrase.core[0].start);
  if (!segment) return false;
  const field = post.text.slice(segment.start, segment.end).trim();
  return segment.kind !== 'text' || (field.length <= 80 && !/[.!?:;,]$/.test(field));
}

function isPublicHere(core: Word[], post: PostNames): boolean {
  const key = foldName(core.map((w) => w.text).join(' '));
  return post.publicFull.has(key) || (core.length === 1 && post.publicLast.has(key));
}

/** Makes a name public, and its first name alone with it ("Molly Craig ... Molly", "Clare's Law ... Clare"). */
function publicWithFirstName(core: Word[], post: PostNames): void {
  madePublic(core, post);
  post.historicalFirst.add(foldName(core[0].text));
}

function madePublic(core: Word[], post: PostNames): void {
  const names = core.filter((w) => !w.initial && !PARTICLES.has(w.lower));
  post.publicFull.add(foldName(core.map((w) => w.text).join(' ')));
  // "Ina May" for "Ina May Gaskin": the first two words or more of a public full name stand for it.
  for (let n = 2; n < core.length; n++) post.publicFull.add(foldName(core.slice(0, n).map((w) => w.text).join(' ')));
  if (names.length > 1) post.publicLast.add(foldName(names[names.length - 1].text));
}

/**
 * What the post says of someone that only a public figure does: a public calling before the name
 * ("the suffragist X"), a memorial ("the statue of X"), a public deed after it ("X, who led the
 * campaign for...", "X won gold at...", "X is on the ten-dollar note"), or a bare surname cited in
 * the literary present after the full name ("Bronfenbrenner insists that...").
 */
function publicByContext(phrase: Phrase, before: string, post: PostNames): boolean {
  const { core } = phrase;
  const last = core[core.length - 1];
  const sentence = before.slice(before.search(/(?:[^.!?]*)$/)).toLowerCase();
  if (PUBLIC_CALLING_BEFORE.test(sentence) || MEMORIAL_BEFORE.test(sentence)) return true;
  const rest = post.text.slice(last.end, last.end + 240).replace(/(?<=[.!?])\s+\p{Lu}[\s\S]*$/u, '');
  if (calledPublicAfter(rest)) return true;
  if (PUBLIC_DEED_AFTER.test(rest)) return true;
  // "X and Y discovered the hormone in 1921", "In 1866 X first described the syndrome": a discovery long past.
  if (DISCOVERY_AFTER.test(rest) && DISCOVERY_YEAR.test(`${sentence} ${rest}`) && !OWN_PEOPLE.test(sentence) && evidenceBefore(before) < Evidence.Strong) return true;
  // "Doris Pilkington Garimara's book about her mother, Molly Craig, who in 1931 walked...": the subject of
  // a published book or film, in a story dated long before any client's file.
  if (WORK_ABOUT.test(sentence) && HISTORY_YEAR.test(`${sentence} ${rest}`) && !OWN_PEOPLE.test(sentence)) {
    if (core.length > 1) post.historicalFirst.add(foldName(core[0].text));
    return true;
  }
  // "an afternoon on X and how women won the vote": a lesson's topic, in a sentence about history.
  if (!phrase.personalTitle && TOPIC_BEFORE.test(sentence) && HISTORY_WORDS.test(`${sentence} ${rest}`) && evidenceBefore(before) < Evidence.Strong) return true;
  if (core.length === 1 && !last.possessive && last.cls !== 'given' && LITERARY_PRESENT.test(rest)) {
    // Only the last word of a full name in the post: scholars are cited by surname, clients by first name.
    const full = new RegExp(`(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3})${escapeRegExp(last.text)}(?![\\p{L}])`, 'gu');
    const owners = [...post.text.matchAll(full)].map((m) => `${m[1]}${last.text}`).filter((name) => !name.split(/\s+/).some((w) => NEVER_NAMES.has(w.toLowerCase())));
    if (owners.length) {
      for (const owner of owners) post.publicFull.add(foldName(owner));
      post.publicLast.add(foldName(last.text));
      return true;
    }
  }
  return false;
}

/**
 * "X, the Irish poet,": a public calling in apposition. An office ("the senator") is public by itself; a
 * coach, a captain or a presenter only of a state, a country or a city ("the Tennessee basketball coach"),
 * since a club's coach or a team's captain may be someone a client knows.
 */
function calledPublicAfter(rest: string): boolean {
  const m = PUBLIC_CALLING_AFTER.exec(rest);
  if (!m) return false;
  // "X, the Wendy's founder": the founder of a named company.
  if (m[2] || m[4]) return true;
  const office = /^(?:senator|governor|congress\w+|premier|prime\s+minister|president)$/i.test(m[3]);
  return office || (m[1] !== undefined && (isBroadRegion(m[1]) || (populationOf(m[1]) ?? 0) >= CITY_POPULATION));
}

/** A name (with a co-discoverer) making a discovery of medicine or science: "discovered the hormone", "first described the syndrome". */
const DISCOVERY_AFTER = /^(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}?)?\s*(?:(?:first|later|famously|together)\s+)?(?:discovered|isolated|identified|described|invented|developed|synthesi[sz]ed|purified|extracted)\s+(?:the\s+|an?\s+)?(?:first\s+)?(?:[\p{L}-]+\s+){0,3}?(?:hormone|insulin|penicillin|vaccines?|virus|viruses|bacteri\w*|genes?|cure|treatment|drugs?|syndrome|disease|condition|disorder|structure|dna|x-rays?|antibiotics?|cells?|proteins?|enzymes?|molecules?|elements?|technique|procedure|operation)\b/iu;
const WORK_ABOUT = /\b(?:book|books|memoir|biography|film|documentary|novel|play|musical)\s+(?:is\s+|was\s+)?(?:about|on|telling)\b/i;
/** A year long before any client's file (to 1959). */
const HISTORY_YEAR = /\b(?:1[5-8]\d\d|19[0-5]\d)\b/;
/** A year before living memory of a client's own life events (1500 to 1999). */
const DISCOVERY_YEAR = /\b(?:1[5-9]\d\d)\b/;

/** Names that something public is named after: "the Mary Seacole Lecture", "the Okafor Building". */
function eponyms(post: PostNames): void {
  for (const m of [...post.text.matchAll(EPONYM), ...post.text.matchAll(EPONYM_ONE)]) {
    const words = wordsOf(m[1]);
    if (words.some((w) => w.cls === 'given' || w.cls === 'surname' || w.cls === 'unknown') && !words.some((w) => NEVER_NAMES.has(w.lower) || PLACE_WORDS.has(w.lower))) madePublic(words, post);
  }
}

const PUBLIC_FIGURES_KIN_BEFORE = /\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:brothers?|sisters?|sons?|daughters?|wife|husband|mother|father|parents|partner|twin|cousin|grandsons?|granddaughters?|grandmother|grandfather|grandparents|aunt|uncle|stepmother|stepfather|adoptive\s+parents),?\s+(?:\p{Lu}[\p{L}'’-]+\s+(?:and|&)\s+)?$/iu;

function typeInThePlural(phrase: Phrase, before: string, post: PostNames): boolean {
  const last = phrase.core[phrase.core.length - 1];
  if (last.possessive || !/\p{Ll}s$/u.test(last.text) || !/(?:^|[^\p{L}])the\s+$/iu.test(before)) return false;
  // "the Kowalskis" is a family, and named: only a title in the plural ("the Mr Birlings") or a public figure is a type.
  const singular = post.text.slice(phrase.first.start, last.end - 1);
  return Boolean(phrase.personalTitle) || post.publicNames.has(singular);
}

/**
 * "Working-class Glaswegians die younger", "Older Samoans are...": a plural noun as subject, told by
 * the verb agreeing with it, is a group; one person "is", "dies", "lives". "Bronka and Tom are" is two
 * people, each found on their own.
 */
function isPluralSubject(phrase: Phrase, before: string, after: string, post: PostNames): boolean {
  const last = phrase.core[phrase.core.length - 1];
  if (last.possessive || phrase.personalTitle || !/\p{Ll}s$/u.test(last.text) || last.cls === 'given' || /(?:\band|&|,)\s*$/.test(before)) return false;
  const verb = /^\s+(?:(?:often|still|also|usually|generally|tend to|now)\s+)?([\p{L}'’]+)/u.exec(after);
  if (!verb) return false;
  if (/^(?:are|were|have|do|don['’]t|aren['’]t|weren['’]t|haven['’]t)$/i.test(verb[1])) return true;
  if (/s$/.test(verb[1])) return false;
  const tags = tagsAt(post, last.end + verb.index + verb[0].length - verb[1].length);
  return tags.has('Verb') && tags.has('PresentTense') && !tags.has('Copula');
}

let notPeople: Set<string> | undefined;

/** Organisations, services, brands and peoples that look like names ("Ofsted", "Samaritans", "Australians"). */
function isNotAPerson(shown: string): boolean {
  // Medicines too: "Naloxone brought him back" is a drug at work. So are conditions known by their
  // capitals ("HIV:" as a list label, "the COPD got worse"): letters of a diagnosis, not initials.
  notPeople ??= new Set([...dataLines('names/not-people.txt'), ...dataLines('medications.txt'), ...conditionAbbreviations()].map(foldName));
  const key = foldName(shown);
  // A people in the plural ("Young Australians", "Older Samoans") is a group as much as the singular.
  // "Barnardo's", "Nando's": organisations whose own name ends in a possessive.
  const listed = (k: string) => notPeople!.has(k) || notPeople!.has(`${k} s`) || (/[^s]s$/.test(k) && notPeople!.has(k.slice(0, -1)));
  // "Irish Traveller", "British Pakistani": peoples and communities named together are still no one.
  // "Northern Sámi", "Plains Cree": a people or a language with the branch of it.
  return listed(key) || (key.includes(' ') && key.split(' ').every(listed)) || listed(key.replace(BRANCH_OF_A_PEOPLE, ''));
}

const BRANCH_OF_A_PEOPLE = /^(?:northern|southern|eastern|western|north|south|east|west|central|upper|lower|lule|inari|skolt|plains|woodland|swampy|moose|old|middle|modern) /;

/** "HIV", "COPD", "PTSD": listed conditions written as three or more capitals. */
function conditionAbbreviations(): string[] {
  return [...dataLines('conditions.txt'), ...dataLines('rare-conditions.txt')].filter((line) => /^\p{Lu}[\p{Lu}\d]{2,5}$/u.test(line));
}

let conditionEponyms: Set<string> | undefined;

/** "Huntington", "Crohn": the person a listed condition is named after ("Huntington's disease"). */
function isConditionEponym(shown: string): boolean {
  conditionEponyms ??= new Set([...dataLines('conditions.txt'), ...dataLines('rare-conditions.txt')].flatMap((line) => {
    const eponym = /^([\p{L}-]+)['’]s\b/u.exec(line)?.[1];
    return eponym ? [foldName(eponym)] : [];
  }));
  return conditionEponyms.has(foldName(shown.replace(/['’]s?$/u, '')));
}

function townHere(word: string, before: string, after: string): boolean {
  const listed = /(?:^|[^\p{L}])(\p{L}+)\s+(\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)*),?\s+(?:or|and|&)\s+$/u.exec(before);
  const listedAfterPlace = listed !== null && PLACE_PREPOSITIONS.has(listed[1].toLowerCase());
  // "now in Germany, Sweden and Stoke": the last of a list of places is a place too, known or not.
  if (listedAfterPlace && listed[2].split(/,\s+/).every((item) => isBroadRegion(item) || populationOf(item) !== undefined)) return true;
  const population = populationOf(word);
  if (population === undefined) return false;
  if (PLACE_PREPOSITIONS.has(/(\p{L}+)\s+$/u.exec(before)?.[1].toLowerCase() ?? '')) return true;
  if (population < CITY_POPULATION) return false;
  return listedAfterPlace || /^\s+\p{Lu}/u.test(after);
}

/** A single capitalised word where a place would stand: "lives in Galway", a city, a region. */
function looksLikePlace(names: Word[], shown: string, before: string, post: PostNames): boolean {
  // "lives in Galway", "a nurse in rural Angus": a preposition of place, perhaps a lower-case word between.
  const prev = /([\p{L}]+)\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?$/u.exec(before);
  // "in rural Angus", "in north Belfast", but not "in group Paulina talked", "in class Maria said": a plain noun between is a setting.
  const between = prev?.[2] ? tagsAt(post, names[0].start - before.length + prev.index + prev[0].indexOf(prev[2], prev[1].length)) : NO_TAGS;
  const setting = between.has('Noun') && !between.has('Place') && !between.has('Adjective');
  if (names.length === 1 && prev && (PLACE_PREPOSITIONS.has(prev[2] ?? prev[1].toLowerCase()) || (prev[2] && PLACE_PREPOSITIONS.has(prev[1].toLowerCase()) && !RELATIONS.has(prev[2]) && !setting))) return true;
  if ((populationOf(shown) ?? 0) >= CITY_POPULATION || isBroadRegion(shown)) return true;
  const tags = tagsAt(post, names[0].start);
  // "Scottish", "Christian": a capitalised adjective is a people or a creed; "Hamish" only ends like one.
  // Before a noun it still describes one ("Buzzy vibrating bee").
  const nextTags = tagsOfWordAfter(post, names[0].end, post.text.slice(names[0].end, names[0].end + 30), /^\s+([\p{L}-]+)/u);
  const describes = nextTags.has('Noun') || nextTags.has('Adjective') || nextTags.has('Gerund');
  const adjective = names.length === 1 && tags.has('Adjective') && !tags.has('Person') && !(names[0].cls === 'given' && !isBroadRegion(shown) && !describes);
  return tags.has('Place') || tags.has('Organization') || adjective;
}

const NOT_ACTIONS = set('is was are were be been being has had have will would can could should may might must do does did get gets got seems seemed looks means aged');

/**
 * "Rhys and Ffion built a den": two capitalised subjects doing something (a verb that is not "is" or
 * "has"). One alone is not enough: drugs and agencies do things too ("Naloxone reverses...").
 */
function actionFollows(post: PostNames, end: number, after: string): boolean {
  const m = /^(\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*)\s+(?:(?:both|all|then|just|also)\s+)?([\p{L}-]+)/u.exec(after);
  if (!m || NOT_ACTIONS.has(m[2].toLowerCase())) return false;
  const tags = tagsAt(post, end + m[0].length - m[2].length);
  return tags.has('Verb') && (tags.has('PastTense') || tags.has('PresentTense')) && !tags.has('Auxiliary') && !tags.has('Copula');
}

function verbFollows(post: PostNames, end: number, after: string): boolean {
  const gap = /^['’]?s?\s+/u.exec(after)?.[0].length;
  return gap !== undefined && tagsAt(post, end + gap).has('Verb');
}

/** The parse reads a noun, not a verb, at an offset: "Christian values", not "Christian said". */
function nounAt(post: PostNames, offset: number): boolean {
  const tags = tagsAt(post, offset);
  return tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun');
}

function tagsAt(post: PostNames, offset: number): ReadonlySet<string> {
  return post.context.termTags().get(offset) ?? NO_TAGS;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** "…, 15," or "… (nine)" right after a name: an age in apposition. */
const AGE_IN_APPOSITION = new RegExp(String.raw`^\s*(?:,|\()\s*(?:aged?\s+)?(?:\d{1,3}|${NUMBER_WORD_SOURCE})\b[\w-]*\s*[,)]`);

/** "The hall has three side rooms ... somebody decided to call them Hope, Faith and Joy": things named, a sentence or two on. */
const THINGS_CALLED = /\b(?:rooms|wards|bays|houses|cottages|cabins|huts|boats|buildings|wings|units|classrooms|classes|groups|teams|dogs|cats|horses|ponies|goats|hens|chickens|pigs|cows|sheep|lambs|calves|puppies|kittens|rabbits|toys|dolls|teddies|plants)\b[^!?]{0,160}?\bcall(?:ed)?\s+them\s+(?:\p{Lu}[\p{L}'’-]*,?\s+(?:and\s+)?)*$/u;
/** Callings used to address someone ("Teacher, ...", "Nurse, can I..."), never a name on their own. */
const ADDRESSED_CALLINGS = new Set(['teacher', 'teach', 'nurse', 'doctor', 'doc', 'coach', 'officer', 'sergeant', 'matron', 'chef', 'boss', 'pastor', 'reverend', 'judge', 'counsellor', 'counselor', 'therapist', 'miss', 'sir', 'madam', 'ma\'am', 'mister', 'missus', 'social', 'worker']);
/** Parts of a building named by a letter ("Block C", "Wing B"). */
const BUILDING_PART = /^(?:Block|Wing|Unit|Flat|Room|Bay|Bed|Ward|Cell|Landing|Floor|Level|Tower|Pod|Zone|Gate|Section|Corridor|Annex|Annexe|Hut|Cabin|Chalet|Villa|Lodge|House)$/;

/** "Yusmary, (713) 555-0193", "Kev - 07700 900123": a phone number given right after a name is that person's. */
const PHONE_AFTER = /^[ \t]*(?:,|[ \t][-–—])[ \t]*(?:\(\d{2,5}\)[ \t]*|\+\d{1,3}[ \t]*)?\d[\d \t-]{6,}\d/u;
/** An aside in brackets right after a name. */
const ASIDE = /^\s*\([^()\n]{1,60}\)/u;

/** What the words around a phrase say about it being a person. */
function personEvidence(phrase: Phrase, before: string, after: string, last: Word, post: PostNames): Evidence {
  if (phrase.personalTitle || phrase.nickname) return Evidence.Strong;
  // "J.M. (Joy)": the name a client goes by, in brackets after their initials.
  if (/(?:^|[^\p{L}])(?:\p{Lu}\.[ \t]?){2,3}[ \t]*\([ \t]*$/u.test(before) && /^[ \t]*\)/.test(after)) return Evidence.Strong;
  // ("Case CP-NT, 0412...", "UC, 7734 ...": a label or an acronym before a number is no one.)
  if (PHONE_AFTER.test(after) && phrase.core.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !isEnglishWord(w.text))) return Evidence.Strong;
  const fromBefore = phrase.first.sentenceStart ? Evidence.None : evidenceBefore(before);
  // "Summer Kovačević ("Sum" to everyone) turned sixteen": what follows an aside in brackets is said of the name.
  const aside = ASIDE.exec(post.text.slice(last.end, last.end + 64));
  const pastAside = aside ? post.text.slice(last.end + aside[0].length, last.end + aside[0].length + 60) : undefined;
  return Math.max(fromBefore, evidenceAfter(phrase, before, after, last, post), pastAside === undefined ? Evidence.None : evidenceAfter(phrase, before, pastAside, last, post));
}

function namedOutright(whole: string): boolean {
  const before = whole.slice(whole.search(/(?:[^.!?]*)$/));
  return !NAMED_THINGS.test(before) && NAMED_BEFORE.test(before);
}

/** ", Bruiser to his mates,", "(Tink to everyone)": what a circle of people calls someone, set off after their name. */
const TO_HIS_CIRCLE_AFTER = /^[ \t]+to[ \t]+(?:(?:his|her|their|the|all[ \t]+(?:his|her|their|the))[ \t]+(?:[\p{L}-]+[ \t]+)?(?:mates|friends|pals|family|mum|mam|dad|nan|gran|brothers|sisters|siblings|cousins|team|teammates|lads|girls|boys|crew|kids|staff|nurses|residents|regulars|class|classmates|neighbours|neighbors)|everyone|everybody|all|friends|family)\b/iu;

/** A nickname the text introduces: "known to everyone as Dally", "goes by Tink", "Marek, Bruiser to his mates,". */
function introducedAsNickname(before: string, after: string): boolean {
  return namedOutright(before) || (/[,(—–][ \t]*$/.test(before) && TO_HIS_CIRCLE_AFTER.test(after));
}

/** "her daughter Orlaith", "a shift manager named Charmaine", "I rang Quyen". */
function evidenceBefore(whole: string): Evidence {
  // Only the sentence the name stands in speaks for it.
  const before = whole.slice(whole.search(/(?:[^.!?]*)$/));
  if (NAMED_THINGS.test(before)) return Evidence.None;
  if (NAMED_BEFORE.test(before)) return Evidence.Strong;
  const lower = before.toLowerCase();
  // "her daughter Orlaith", "our new grad, Imani", "Corey's mum, Shanice": a relation someone has.
  // "one of my Year 6 pupils, Maria", "one of my Year 9s, Kezia": a year group is part of the relation.
  const related = /(?:^|[^\p{L}])(?:my|his|her|their|our|your|the|a|an|whose|[\p{L}]+['’]s)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:([\p{L}\p{N}-]+)\s+)?([\p{L}\p{N}-]+),?\s*\(?\s*$/u.exec(lower);
  // "her brother-in-law Rusty", "his step-dad, Shane": the relation within the compound.
  const relation = related?.[2].replace(/-in-law$/, '').replace(/^(?:step|half|foster|god|great|grand)-/, '');
  // "the boys, Chibueze and Tunde": plural relations too.
  const yearGroup = relation !== undefined && /^\d{1,2}s$/.test(relation) && /^(?:year|grade|yr|form|p|s)$/.test(related?.[1] ?? '');
  if (relation && (yearGroup || RELATIONS.has(relation) || RELATIONS.has(relation.replace(/(?<=child)ren$|(?<=[^s])s$/, '')))) return Evidence.Strong;
  // "her middle one, Blaze", "their little one, Wren": a child by their place among the children.
  if (relation === 'one' && /^(?:eldest|youngest|oldest|middle|little|baby|older|younger|big|wee)$/.test(related?.[1] ?? '')) return Evidence.Strong;

  // "She brought little Joy", "baby Wren": a small child, called so without an article.
  if (/(?:^|[^\p{L}])(?<!\b(?:a|the|some|this|that|bit\s+of)\s)(?:little|baby|wee)\s+$/u.test(before)) return Evidence.Strong;
  // "My EN that night, Priya": a relation a few words back, then a comma.
  const prev = lower.match(/[\p{L}'’-]+/gu) ?? [];
  if (/,\s*$/.test(before) && prev.slice(-5, -1).some((w) => RELATIONS.has(w)) && /\b(?:my|his|her|their|our|your)\b/.test(prev.slice(-6).join(' '))) return Evidence.Strong;
  const p1 = prev[prev.length - 1];
  if (p1 && VERBS_TO_A_PERSON.has(p1) && !/,\s*$/.test(before)) return Evidence.Strong;
  if (/\b(?:thank(?:s| you)(?:,| so much)?|shout-?out|credit|kudos|hats off)\s+(?:to\s+)?$/i.test(before)) return Evidence.Some;
  // "a portrait of Esperanza", "a card from Kezia".
  if (/\b(?:photo|photograph|picture|portrait|drawing|painting|sketch|card|letter|note|message|text|gift|present|birthday|funeral|wedding|memorial|grave|voice|hand|smile)\s+(?:of|from|for|to)\s+$/i.test(before)) return Evidence.Some;
  // "We visited Chidubem at home": visiting, collecting or driving someone (towns are visited too, so only some).
  if (/\b(?:visited|visiting|visit|visits|collected|collecting|supported|supporting|helped|helping|drove|driving|picked up|dropped off)\s+$/i.test(before)) return Evidence.Some;
  // "Tuesdays with Gwilym", "Walks with Bedwyr", often a heading: time spent in someone's company.
  if (TIME_WITH.test(before)) return Evidence.Some;
  // "Sitting with Bartholomew": time spent in someone's company.
  if (/\b(?:sat|sit|sits|sitting|spoke|speak|speaking|talked|talking|talk|met|meet|meeting|worked|working|visit|visited|visiting|stayed|staying|played|playing|walked|walking|laughed|prayed|danced|lunch|dinner|tea|coffee|session|sessions|appointment|visits?)\s+with\s+$/i.test(before)) return Evidence.Some;
  return Evidence.None;
}

/** "Dayo's mam", "the Zielonka family", "Tuan, 15,", "Bronka told me". */
/**
 * "Hope and Will Caudill were born", "Hazel and Wade Brennan-Okoro arrived": a first name joined to a
 * full name that both then act under is one of two siblings or a couple sharing the surname.
 */
const BEFORE_FULL_NAME = /^[ \u00a0]+and[ \u00a0]+(\p{Lu}\p{Ll}+)[ \u00a0]+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?[ \u00a0]+(?:were|are|have|had|both|each|arrived|came|went|moved|live|lived|share|shared|spent|got|turned)\b/u;
function siblingBeforeFullName(after: string): boolean {
  const pair = BEFORE_FULL_NAME.exec(after);
  return pair !== null && (classify(pair[1]) === 'given' || nameLists(pair[1]).given);
}

function evidenceAfter(phrase: Phrase, before: string, after: string, last: Word, post: PostNames): Evidence {
  const wordLike = phrase.core.every((w) => w.cls === 'ambiguous' || w.cls === 'word');
  if (wordLike && wordNameIsAPerson(phrase, before, after, post)) return Evidence.Strong;
  if (phrase.core.length === 1 && siblingBeforeFullName(after)) return Evidence.Strong;
  // "- Mason, born 03/04/19", "Poppy, born in 2021": a birth date given with the name.
  if (/^,?[ \u00a0]+(?:born[ \u00a0]+(?:on[ \u00a0]+|in[ \u00a0]+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|DOB\b|d\.o\.b\.)/i.test(after)) return Evidence.Strong;
  if (!wordLike && unfamiliarSubjectActs(phrase, after, post)) return Evidence.Strong;
  const rest = after.toLowerCase();
  if (last.possessive) {
    // "Dayo's mam", "Destiny's foster carer", "Linh's little brother".
    const owned = /^['’]?s?\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u.exec(rest);
    if (owned && [owned[1], owned[2]].some((w) => w && RELATIONS.has(w.replace(/s$/, '')))) return Evidence.Strong;
    // "Catriona's hands", "Hope's bedroom": a body, or a bed, is a person's.
    if (owned && BODY_AND_BED.has(owned[2])) return Evidence.Strong;
    // "Ifeanyi's foster placement", "Tipene's diagnosis": what a client has.
    if (owned && [owned[1], owned[2]].some((w) => w && CLIENT_THINGS.has(w))) return Evidence.Some;
    // "Harpreet's first week back", "Mahlet's exclusion": an unfamiliar name owning a noun of a life.
    if (phrase.core.every((w) => w.cls === 'unknown' || w.cls === 'given' || w.cls === 'surname' || w.initial) && ownsThingsOfALife(post, last.end, after)) return Evidence.Some;
  }
  if (/[,(—–][ \t]*$/.test(before) && TO_HIS_CIRCLE_AFTER.test(after)) return Evidence.Strong;
  // "It was Rhodri who found the note": a cleft on a person.
  if (/^\s+who\b/.test(rest) && /\bit\s+(?:was|is)\s+$/i.test(before)) return Evidence.Strong;
  // "Tāne is the youngest of five", "Harjeet has two younger brothers": a person's place in a family.
  const described = /^\s+(is|was|has|had|has got)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(rest);
  // A word-name needs a family ("Grace has two sisters", "Hope is the eldest"): hope is no friend's.
  if (described && (!wordLike || /^ha/.test(described[1]) || /^(?:\S+\s+)?(?:youngest|eldest|oldest|middle child|only child)\b/.test(described[2]))) {
    // The noun phrase only: "a place for children" is no child.
    const phrase = described[2].split(/\s+(?:for|of|to|with|in|on|at|and|or|who|that|which|from|like)\b/)[0];
    const nouns = phrase.split(/\s+/).map((w) => w.replace(/(?<=child)ren$|(?<=[^s])s$/, ''));
    if (nouns.some((w) => (/^ha/.test(described[1]) ? FAMILY : RELATIONS).has(w))) return Evidence.Strong;
  }
  // "Gwilym hasn't been in school since Easter."
  if (!wordLike && /^\s+(?:hasn['’]t|had(?:n['’]t)?|has|was(?:n['’]t)?)\s+(?:not\s+)?been\s+(?:in|to|at)\s+(?:school|class|college|work|group|clinic|church|training)\b/.test(rest)) return Evidence.Some;
  // "Tipene got his learner licence", "Ravinder wouldn't look at her mum": someone's own, in the clause the name opens.
  // Only verbs of handling one's own things: drugs and agencies act on people too ("X gave her dreams").
  const own = /^\s+(?:(?:\p{Ll}+n['’]t|never|just|finally|still|then|had|has)\s+)?(\p{Ll}+)\s+(?:(?:up|on|off|out|back|down|in)\s+)?(?:his|her|himself|herself)\s+(\p{Ll}+)/u.exec(rest);
  if (own && !wordLike && OWN_THINGS_VERBS.has(own[1]) && own[2] !== 'to') return Evidence.Some;
  // "Ravinder wouldn't talk", "Iolo doesn't like loud rooms": a negated verb only a person does.
  const negated = /^\s+(?:\p{Ll}+n['’]t|never|won['’]t)\s+(?:(?:even|really|always)\s+)?([\p{L}]+)/u.exec(rest);
  if (negated && phrase.core.every((w) => w.cls !== 'word') && ANIMATE_BASE.has(negated[1])) return Evidence.Some;
  if (!wordLike && /^\s+(?:family|household|twins|kids|children|boys|girls|siblings|brothers|sisters|parents|clan)\b|^\s+(?:two|three|four|five|six|seven|eight)\b(?!\s+(?:of|times|days|weeks|months|years|hours|miles)\b)(?=[\s,.;:!?"”]|$)/.test(rest)) return Evidence.Strong;
  // "Ruairí, our night porter": a relation in apposition; "Kaito and his sister".
  // "Joy, the youngest,", "Joy (her youngest)": birth order is a place in a family whatever the article.
  // "Honey, his little sister,": the relation may come after a word or two.
  const apposed = /^\s*(?:,|\()\s*(my|our|his|her|their|the|a)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(rest);
  const relation = apposed?.[2].split(/\s+/).find((word) => RELATIONS.has(word));
  if (apposed && relation) return /^(?:the|a)$/.test(apposed[1]) && !BIRTH_ORDER.has(relation) ? Evidence.Some : Evidence.Strong;
  if (/^,\s+(?:my|our|his|her|their)\s+\p{L}/u.test(rest)) return Evidence.Some;
  if (/^\s+and\s+(?:his|her|their|my|our)\s+([\p{L}-]+)/u.test(rest) && RELATIONS.has(/^\s+and\s+\S+\s+([\p{L}-]+)/u.exec(rest)![1])) return Evidence.Strong;
  // "Wirihana from the youth service", "Ximena on reception": someone's place in a team.
  if (/^\s+(?:from|at|with)\s+(?:the|our|my|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:service|services|team|council|school|office|agency|clinic|trust|charity|church|surgery|practice|hospital|ward|unit|department|centre|center|club|group|project|programme|program|rota|shift)\b/u.test(rest)) return Evidence.Some;
  if (/^\s+(?:on|from)\s+(?:reception|nights|days|the desk|the front desk|the ward|duty|shift|the rota|the phones|the team)\b/.test(rest)) return Evidence.Some;
  // "Bronka, whose grandfather was a miner": only a person has a family.
  const whose = /^,\s+whose\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u.exec(rest);
  if (whose && RELATIONS.has(whose[1].replace(/s$/, ''))) return Evidence.Strong;
  // "Llamau and Platfform, who we refer to": services are where people are sent, not people.
  if (REFERRED_TO_AFTER.test(rest)) return Evidence.None;
  // "Joy, who runs the group": people are "who"; "in Kinross, who'd..." speaks of someone else.
  if (/^,\s+who\b/.test(rest) || /^\s+(?:him|her|them)sel(?:f|ves)\b/.test(rest)) return PLACE_PREPOSITIONS.has(/([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '') ? Evidence.Some : Evidence.Strong;
  if (AGE_IN_APPOSITION.test(rest)) return Evidence.Strong;
  // "**Bed 11, "Tam".**": who is in a bed, by name, in a handover.
  if (/\b(?:[Bb]ed|[Bb]ay|[Cc]ot|[Rr]oom)\s+\d{1,3}[A-Za-z]?\s*[,:\-–]\s*["“]?$/.test(before)) return Evidence.Strong;
  // "Deccy, as everyone calls him,": a name someone is called by.
  if (/^,?\s+as\s+(?:everyone|everybody|we\s+all|all\s+of\s+us|the\s+\w+|(?:his|her|their)\s+\w+)\s+(?:calls?|called|knows?|knew)\s+(?:him|her|them)\b/i.test(rest)) return Evidence.Strong;
  // "I visited Sofia at home", "Tyler is doing well at school": where only a person is, how only a person gets on.
  if ((PERSON_PLACE_AFTER.test(rest) && !(wordLike && phrase.first.sentenceStart)) || GETTING_ON_AFTER.test(rest)) return Evidence.Strong;
  // "Rose was tired", "Hope seemed anxious": how someone felt, which no place, word or body does.
  // "June is tired" is the month, felt as the year wears on.
  // "The talk on Joy was tearful": a topic, not the one who felt it.
  if (FELT_AFTER.test(rest) && !(phrase.core.length === 1 && NAME_MONTHS.has(phrase.core[0].lower)) && !/\b(?:on|about|of|for|called|titled|entitled)\s+$/i.test(before)) return Evidence.Strong;
  // "Marama, one of my Year 5s,", "Ngaio (Year 4)": one of the blogger's own pupils or clients.
  if (OWN_PERSON_AFTER.test(after)) return Evidence.Strong;
  // "Glenys is 91", "Tuan is fifteen and...", but not "Faith is one of those words".
  if (/^\s+(?:is|was|turned|turns|just turned|has just turned)\s+(?:now\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s+(?:years? old|and a half|next|this|last|in|on)\b|\s*(?:[,.;:!?)]|$)|\s+and\s)/.test(rest)) {
    const age = /^\s+\S+\s+(?:now\s+)?(\S+?)[,.;:!?)]?(?:\s|$)/.exec(rest)?.[1] ?? '';
    if ((/^\d{1,3}$/.test(age) || NUMBER_WORDS.test(age)) && !/^\s+\S+\s+\S+\s+(?:\S+\s+)?(?:miles|km|minutes|hours|percent|%)/.test(rest)) return Evidence.Strong;
  }
  // "Siddharth was discharged", "Abdirahman has been on my caseload": what happens to clients.
  if (/^\s+(?:is|was|has been|had been|got|were)\s+(?:\w+\s+)?(?:discharged|admitted|readmitted|diagnosed|born|referred|sectioned|arrested|adopted|excluded|suspended|expelled|released|sentenced|fostered|placed|removed|moved|transferred|seen|assessed|prescribed|started|weaned|bullied|hospitali[sz]ed)\b/.test(rest)) return Evidence.Strong;
  if (/^\s+(?:is|was|has been|had been|came|went|is now|was put)\s+(?:back\s+)?(?:on|onto|off) (?:my|our|the) (?:caseload|books|list|ward|unit|waiting list)\b/.test(rest)) return Evidence.Strong;
  // "Bronka told me", "Tyrone and Shaniqua both came": the name is the subject of what a person does.
  const subject = rest.replace(/^\s+(?:and|&)\s+[\p{L}'’-]+(?=\s)/u, '');
  const verb = /^(?:['’]s)?\s+(?:(?:just|then|quietly|finally|suddenly|also|never|always|still|only|already|really|even|actually|literally|immediately|simply|both|all|each)\s+)?([\p{L}-]+)/u.exec(subject)?.[1];
  if (verb && (SPEECH_VERBS.has(verb) || REPORTING_VERBS.has(verb)) && !(phrase.core.length === 1 && WORKING_GROUPS.has(phrase.core[0].lower))) return Evidence.Strong;
  // Many of these are nouns too ("Postnatal visits here are..."): the parse must read a verb.
  const verbs = phrase.core.every((w) => w.cls === 'unknown') ? ANIMATE_VERBS : PERSON_VERBS;
  if (verb && verbs.has(verb) && tagsAt(post, last.end + after.toLowerCase().indexOf(verb, rest.length - subject.length)).has('Verb')) {
    // "On Friday Grace came to group": mid-sentence, a capitalised word that comes, sits or cries is someone.
    return !phrase.first.sentenceStart && ANIMATE_VERBS.has(verb) && !MOTION_OF_THINGS.has(verb) ? Evidence.Strong : Evidence.Some;
  }
  // "Dayo, your mam's here": a name called out at the start of a quotation.
  if (/["“]\s*$/.test(before) && /^,\s/.test(rest) && !wordLike) {
    // '...shouted, "Kiran, bring her in"': called out by name after a verb of speech.
    if (/\b(?:said|says|shouted|shouts|called|calls|yelled|yells|asked|asks|whispered|whispers|cried|replied|added|went)\s*,?\s*["“]\s*$/i.test(before)) return Evidence.Strong;
    if (phrase.core[0].cls !== 'unknown') return Evidence.Some;
  }
  return Evidence.None;
}

/**
 * After "X's": the noun owned, past adjectives and ordinals ("first", "new"), is one a person has,
 * not one only places and organisations have ("car park", "website", "headquarters").
 */
function ownsThingsOfALife(post: PostNames, end: number, after: string): boolean {
  const m = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(after);
  if (!m) return false;
  let at = end + m[0].length - m[1].length;
  const words = m[1].split(/\s+/);
  // The nouns in a row, compounds too ("food bank", "bus service"): any of them may belong to a place.
  let nouns = 0;
  for (let i = 0; i < words.length; i++) {
    const tags = tagsAt(post, at);
    if (PLACE_OR_ORG_THINGS.has(words[i]) || (i + 1 < words.length && PLACE_OR_ORG_THINGS.has(`${words[i]} ${words[i + 1]}`))) return false;
    const noun = tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Pronoun');
    if (noun) nouns++;
    else if (nouns) break;
    else if (!tags.has('Adjective') && !tags.has('Ordinal') && !tags.has('Value') && !tags.has('Adverb')) return false;
    at += words[i].length + 1;
  }
  return nouns > 0;
}

/** Names joined to a found name by "and", "&" or a comma in a list: "Dara and Clodagh". */
function coordinated(words: Word[], found: Candidate[], cleared: Set<number>, post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  const covered = (w: Word) => found.some((c) => c.start <= w.start && w.end <= c.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Two capitals someone goes by ("Rhys and JJ") are a name beside a name; longer capitals are acronyms.
    const letters = twoLetterName(w);
    if (!w.capitalised || covered(w) || cleared.has(w.start) || (w.cls !== 'given' && w.cls !== 'surname' && w.cls !== 'unknown' && w.cls !== 'ambiguous') || (w.allCaps && !letters)) continue;
    if (NEVER_NAMES.has(w.lower) || CALENDAR.has(w.lower) || isTitle(w) || isAliasWord(w, post) || isBroadRegion(w.text)) continue;
    if (replacedHere(w, post)) continue;
    const next = words[i + 1];
    if (next && next.capitalised && post.text.slice(w.end, next.start) === ' ') continue;
    const left = post.text.slice(Math.max(0, w.start - 6), w.start);
    const right = post.text.slice(w.end + (w.possessive ? 2 : 0), w.end + 8);
    const partner = /(?:\band|&|,)\s+$/.test(left) ? found.find((c) => /^\s*(?:,|and|&)?\s*$/.test(post.text.slice(c.end, w.start)) && c.end <= w.start && w.start - c.end < 8)
      : /^\s+(?:and|&)\s+/.test(right) ? found.find((c) => c.start > w.end && c.start - w.end < 8) : undefined;
    if (!partner) continue;
    // "Her two girls, Joy and Faith": a word-name only after a relation that both names answer to.
    if (w.cls === 'ambiguous' && (w.sentenceStart || partner.start > w.start || evidenceBefore(post.text.slice(Math.max(0, partner.start - 60), partner.start)) < Evidence.Strong)) continue;
    if (isLoanword(w.text) && isLoanword(post.text.slice(partner.start, partner.end))) continue;
    if (looksLikePlace([w], w.text, post.text.slice(Math.max(0, w.start - 60), w.start), post) || placeOrDateHere(w, post.text)) continue;
    out.push(nameCandidate(w.start, w.end, post));
  }
  return out;
}

/** "Grzegorz Malinowski (Grzesiek to everyone)": a nickname in brackets right after a name. */
function nicknames(found: Candidate[], byStart: Map<number, Word>, post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const m = /^['’]?s?\s*\(\s*(?:aka\s+|a\.k\.a\.\s+|known as\s+|or\s+)?(\p{Lu}[\p{L}'’-]+)(?=[\s),])/u.exec(post.text.slice(c.end, c.end + 40));
    if (!m) continue;
    const at = c.end + m.index + m[0].length - m[1].length;
    const w = byStart.get(at);
    if (!w || isEnglishWord(w.text) || w.allCaps || isAliasWord(w, post) || CALENDAR.has(w.lower)) continue;
    if (replacedHere(w, post)) continue;
    out.push(nameCandidate(at, w.end, post));
  }
  return out;
}

/** 'Margaret "Peg" Vandermeer', 'Bríd "Bridie" Ní Fhlatharta': given name, quoted nickname, family name (with its particle). */
const QUOTED_NICKNAME = /(?<![\p{L}])(?<given>\p{Lu}\p{Ll}+)[ \u00a0]+["“‘'](?<nickname>\p{Lu}[\p{Ll}'’-]+)["”’'][ \u00a0]+(?:(?:Ní|Nic|Uí|Ó|Ua|Mac|Mc|De|Di|Da|Van|Von|Al|El|Ben|Bin|Abu|St\.?)[ \u00a0]+)?(?<family>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)(?![\p{L}])/dgu;

/**
 * 'Margaret "Peg" Vandermeer': a nickname in quotes between the names of someone found. The whole
 * span is one name (given, nickname and family name together), and the nickname alone is a name too.
 */
function quotedNicknames(found: Candidate[], byStart: Map<number, Word>, post: PostNames): { whole: Candidate; nickname: string }[] {
  const out: { whole: Candidate; nickname: string }[] = [];
  for (const m of post.text.matchAll(QUOTED_NICKNAME)) {
    const { given: givenName, family } = m.groups!;
    const w = byStart.get(m.indices!.groups!.nickname[0]);
    const end = m.index + m[0].length;
    // Found already, or a given name before the quotes: 'Rose "Bunny" Green' reads as a person either way.
    const given = byStart.get(m.index)?.cls;
    // 'Remedios "Medy" Dimaculangan': names in no list, but a quoted nickname between two words that are
    // no English words is how people are named, not things.
    const unlisted = !isAnyEnglishWord(givenName) && !isAnyEnglishWord(family);
    const named = found.some((c) => c.start < end && m.index < c.end) || given === 'given' || given === 'ambiguous' || unlisted;
    if (!w || !named || CALENDAR.has(w.lower) || isAliasWord(w, post) || replacedHere(w, post)) continue;
    const whole = nameCandidate(m.index, end, post);
    out.push({ whole: { ...whole, message: `"${m[0]}" is a full name with the nickname friends use: a nickname identifies as surely as the name, wherever it appears` }, nickname: w.text });
  }
  return out;
}

/**
 * Link targets and output paths, where names are slugs ("/posts/maria-gonzales-story"): a name found
 * in the text, a real name from the pseudonym map (render-time replacement cannot rewrite a path), or a
 * given name followed by a family name.
 */
function inLinks(known: Map<string, boolean>, post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of post.context.segments) {
    if (!UNREPLACED_KINDS.has(segment.kind)) continue;
    const parts = [...post.text.slice(segment.start, segment.end).matchAll(/\p{L}+/gu)].map((m) => ({ start: segment.start + m.index!, end: segment.start + m.index! + m[0].length, key: foldName(m[0]) }));
    parts.forEach((p, i) => {
      const next = parts[i + 1];
      const pair = next && next.start - p.end === 1 && classify(p.key) === 'given' && ['given', 'surname'].includes(classify(next.key));
      if (pair) out.push(nameCandidate(p.start, next.end, post));
      else if ((known.get(p.key) === false || post.replaced.has(p.key)) && p.key.length > 2 && !post.aliasWords.has(p.key)) out.push(nameCandidate(p.start, p.end, post));
    });
  }
  return out;
}

/**
 * Short forms of a name found or declared in the pseudonym map ("Geth" for Gethin, "Grzesiek" for
 * Grzegorz): the map replaces only the forms it lists, and a nickname identifies as well.
 */
function shortForms(words: Word[], found: Candidate[], known: Map<string, boolean>, cleared: Set<number>, post: PostNames): Candidate[] {
  const full = [...new Set([...[...known].filter(([, ambiguous]) => !ambiguous).map(([key]) => key), ...post.replaced])]
    .filter((key) => key.length >= 5 && !key.includes(' '));
  if (!full.length) return [];
  const out: Candidate[] = [];
  for (const w of words) {
    if (w.initial || w.allCaps || cleared.has(w.start) || w.text.length < 3 || (w.cls !== 'unknown' && w.cls !== 'surname' && w.cls !== 'given')) continue;
    if (!w.capitalised && !/^\p{Ll}+$/u.test(w.text)) continue;
    const key = foldName(w.text);
    if (post.replaced.has(key) || known.has(key) || isAliasWord(w, post) || NEVER_NAMES.has(key)) continue;
    const of = full.find((name) => isShortFor(key, name));
    if (!of || found.some((c) => c.start <= w.start && w.end <= c.end)) continue;
    if (!w.capitalised && !found.some((c) => foldName(post.text.slice(c.start, c.end)).split(' ').includes(of))) continue;
    out.push(nameCandidate(w.start, w.end, post));
  }
  return out;
}

/**
 * "Ray" or "Ray K." for the map's Raymond Kowalski, "Dot" for its Dorothy, "Bill" for its William: the
 * map replaces only the forms it lists, so a nickname of a given name it holds still names the person,
 * even a nickname that is an English word. Capitalised only: "a ray of light", "sue the council".
 */
function nicknamesOfMapped(words: Word[], found: Candidate[], cleared: Set<number>, post: PostNames): Candidate[] {
  const given = [...new Set([...post.context.realNames.keys()].map((real) => foldName(real).split(' ')[0]))]
    .filter((key) => key.length >= 4 && !HONORIFICS.has(key) && !KIN_TITLES.has(key) && !PUBLIC_ROLES.has(key));
  if (!given.length) return [];
  const out: Candidate[] = [];
  for (const w of words) {
    if (w.allCaps || w.initial || w.text.length < 2 || cleared.has(w.start)) continue;
    // "kirst x" signing a text: in lower case only a fragment no dictionary holds.
    if (!w.capitalised && (w.text.length < 4 || isAnyEnglishWord(w.text))) continue;
    const key = foldName(w.text);
    if (post.replaced.has(key) || isAliasWord(w, post) || NEVER_NAMES.has(key) || CALENDAR.has(key)) continue;
    if (!given.some((name) => name !== key && (petFormsOf(name).has(key) || (key.length >= 3 && name.startsWith(key))))) continue;
    if (found.some((c) => c.start <= w.start && w.end <= c.end)) continue;
    const before = post.text.slice(Math.max(0, w.start - 20), w.start);
    const after = post.text.slice(w.end, w.end + 30);
    // "a Ray of hope", "the Will to live": an article or "of" makes it the word.
    if (/(?:^|[^\p{L}])(?:the|a|an)[ \t]+$/iu.test(before) || /^\s+of\b/.test(after)) continue;
    // Opening a sentence, a word may be the word ("Will you sign?", "Pat it dry"): a verb must follow.
    if (w.sentenceStart && isEnglishWord(w.text) && !w.possessive && !/^\s+\p{Lu}\./u.test(after)) {
      const next = /^\s+([\p{L}'’]+)/u.exec(after);
      if (!next || /^(?:you|we|i|it|they|he|she|the|a|an|this|that|your|my|me|us|them|him|her)$/i.test(next[1]) || !tagsAt(post, w.end + next[0].length - next[1].length).has('Verb')) continue;
    }
    const initial = /^\s+\p{Lu}\./u.exec(after);
    out.push(nameCandidate(w.start, initial ? w.end + initial[0].length : w.end, post));
  }
  return out;
}

/**
 * "Geth" for Gethin, "Grzesiek" for Grzegorz, "Dayo" for Adedayo, "Tobi" for Oluwatobiloba: the start
 * of a name, its end, or (four letters or more) its middle.
 */
function isShortFor(key: string, name: string): boolean {
  if (name.length <= key.length) return false;
  if (name.startsWith(key) || name.endsWith(key)) return true;
  if (key.length >= 5 && name.slice(0, 4) === key.slice(0, 4)) return true;
  return key.length >= 4 && name.includes(key);
}

/** Speaker labels of a chat log ("tiff: ok see u") and sign-offs of text messages ("- bex"). */
function chatNames(post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of post.context.segments) {
    if (segment.kind !== 'text') continue;
    const body = post.text.slice(segment.start, segment.end);
    // A label opens a paragraph ("Tiff: ..."); in a chat log, lower-case labels follow on the next lines.
    const chat = /^[\p{L}\p{N}_.@]{2,25}:\s/u.test(body);
    for (const label of body.matchAll(/(?:^|(?<=\s))(\p{L}[\p{L}\p{N}_.]{1,24}):\s/gu)) {
      if ((label.index! > 0 && !(chat && /^\p{Ll}+$/u.test(label[1]))) || !isChatName(label[1], post) || fieldLabel(label[1], body.slice(label.index! + label[0].length))) continue;
      out.push(nameCandidate(segment.start + label.index!, segment.start + label.index! + label[1].length, post));
    }
    // "molo sisi. its lindiwe.", "hi miss it's tyler": a texter saying who they are, in lower case.
    for (const intro of body.matchAll(/(?:^|[\s"“'‘])(?:its|it['’]s|this\s+is|im|i['’]m)\s+(\p{Ll}{2,15})(?=\s*(?:[.,!?]|here\b|$))/gmu)) {
      if (!nameLists(intro[1]).given || !isChatName(intro[1], post)) continue;
      const at = segment.start + intro.index! + intro[0].length - intro[1].length;
      out.push(nameCandidate(at, at + intro[1].length, post));
    }
    // "... see u tmrw - kerrigan", "- jadey.k": a sign-off is the sender's name or handle.
    const signOff = /\s[-–—~]\s?(\p{L}{2,15}(?:\.\p{L}{1,10})?)\s*$/u.exec(body);
    if (signOff && isChatName(signOff[1], post) && !/^\p{Lu}/u.test(signOff[1])) {
      const at = segment.start + signOff.index + signOff[0].indexOf(signOff[1]);
      out.push(nameCandidate(at, at + signOff[1].length, post));
    }
  }
  return out;
}

/** "MRN: 00482913": capitals before a number label a field of a record, not a speaker (a name typed in capitals still counts). */
function fieldLabel(label: string, after: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(label) && ((/^[#\d]/.test(after) && !['given', 'surname', 'ambiguous'].includes(classify(label))) || isAcronym(label));
}

/**
 * "GDPR", "UK GDPR", "SEND": capitals of three letters or more that are no known name, or two that
 * abbreviate a role or a service ("UK", "OT"), are an acronym, as a label and as a word; "JJ" and
 * "TIFF" typed in capitals are still names.
 */
function isAcronym(word: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(word)) return false;
  if (word.length === 2) return ROLE_LETTERS.has(word.toLowerCase());
  return !['given', 'surname', 'ambiguous'].includes(classify(word)) && !nameLists(word).given;
}

/**
 * One line of a pasted chat: a speaker label of a word or two, perhaps an initial, at the start of the
 * line, then ":" or " - " and the message ("nanny pat: running late x", "sky t.: who took my charger",
 * "guy m - lol").
 */
const TRANSCRIPT_LINE = /^[ \t]*(?:\*\*)?(\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?(?:[ \t]+\p{L}\.?)?)(?:\*\*)?(?::(?:\*\*)?|[ \t]+[-–][ \t])[ \t]*\S/gmu;
/** Labels of a chat that name no one: the blogger, a role, a relation without a name, a field of a form. */
const NOT_A_SPEAKER = new Set(['me', 'you', 'us', 'them', 'her', 'him', 'she', 'he', 'they', 'we', 'i', 'mum', 'mom', 'mam', 'dad', 'nanny', 'client', 'worker', 'teacher', 'staff', 'admin', 'group', 'everyone', 'all', 'bot', 'system', 'host', 'note', 'edit', 'update', 'q', 'a', 'tip', 'pros', 'cons', 'time', 'date', 'ps', 'nb', 'day', 'week', 'am', 'pm',
  // Headings of a care note: "Meds: melatonin 3 mg", "Plan: review in May".
  'meds', 'medication', 'medications', 'diagnosis', 'allergies', 'obs', 'plan', 'background', 'history', 'summary', 'outcome', 'actions', 'goals', 'risks', 'notes', 'bloods']);

/**
 * A pasted group chat: in a paragraph of three or more speaker lines (two in a short exchange of
 * lower-case labels), every label is a name, even one that is also an English word ("pat", "sky",
 * "guy"), and a kinship word before it ("nanny", "pop", "aunty") belongs to it.
 */
function transcriptNames(post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of post.context.segments) {
    if (segment.kind !== 'text') continue;
    const body = post.text.slice(segment.start, segment.end);
    const lines = [...body.matchAll(TRANSCRIPT_LINE)];
    const lower = lines.filter((l) => !/\p{Lu}/u.test(l[1])).length;
    // "Sky: who took my charger / Me: not me": an exchange with the blogger (or a questioner) in it is a chat, two lines or more.
    const withMe = lines.some((l) => OTHER_SIDE.has(l[1].toLowerCase()));
    if (lines.length < 2 || (lines.length < 3 && lower < 2 && !withMe) || lines.length < body.split('\n').length / 2) continue;
    for (const line of lines) {
      const label = line[1];
      const words = label.toLowerCase().replace(/\.$/, '').split(/[ \t]+/);
      if (words.every((w) => NOT_A_SPEAKER.has(w) || KIN_TITLES.has(w) || CALENDAR.has(w) || w.length < 2) || label.split(/[ \t]+/).every(isAcronym) || words.some((w) => post.aliasWords.has(foldName(w)) || post.replaced.has(foldName(w)))) continue;
      // "Goal: ...", "Plan: ...": capitalised words of a form are its fields; chats are typed in lower case.
      // Given names that are words ("Sky", "Hope") speak in an exchange with the blogger.
      if (lower < 2 && /^\p{Lu}/u.test(label) && label.split(/[ \t]+/).every((w) => isEnglishWord(w)) && !(withMe && label.split(/[ \t]+/).every((w) => nameLists(w).given))) continue;
      const at = segment.start + line.index! + line[0].indexOf(label);
      out.push({ ...nameCandidate(at, at + label.length, post), message: `"${label}" labels a speaker in a pasted chat: chat names are real names (or nicknames friends and family know), even when they are also everyday words` });
    }
  }
  return out;
}

/** A paragraph that is one speaker line: "**Grace:** fine. ish.", "> **Me:** ok". */
const LABEL_PARAGRAPH = /^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?):[ \t]*\S[^\n]*$/u;
/** Labels of the other side of an exchange: the blogger, or a role asking the questions. */
const OTHER_SIDE = set('me i interviewer interviewee worker staff teacher counsellor counselor nurse mum dad mam');
/** "She texted at midnight:", "the message she sent:": a paragraph introducing a message. */
const MESSAGE_INTRO = /\b(?:texted|texts|messaged|messages|message|text|whatsapp(?:ed)?|dm['’]?d|dms|wrote|writes|sent|sends|emailed|posted|replied|replies|chat|group\s+chat)\b[^\n]*:\s*$/i;

/**
 * Speaker lines written as paragraphs of their own: an exchange of two or more with the blogger or a
 * questioner in it ("**Me:** how are you? / **Grace:** fine"), or one message introduced as sent
 * ("She texted at midnight: / > **Sunny:** cant sleep"). A given name labelling such a line is the
 * sender's, even one that is a word.
 */
function messageLabels(post: PostNames): Candidate[] {
  const lines = post.context.segments.filter((s) => s.kind === 'text').map((segment) => ({ segment, label: LABEL_PARAGRAPH.exec(post.text.slice(segment.start, segment.end))?.[1] }));
  const out: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { segment, label } = lines[i];
    const parts = label?.split(/[ \t]+/) ?? [];
    if (!label || !parts.every((w) => nameLists(w).given || classify(w) === 'unknown' || classify(w) === 'surname')) continue;
    const first = foldName(parts[0]);
    if (!nameLists(first).given || post.aliasWords.has(first) || post.aliases.has(foldName(label)) || post.replaced.has(first)) continue;
    // The run of speaker paragraphs this one stands in.
    let from = i, to = i;
    while (from > 0 && lines[from - 1].label) from--;
    while (to + 1 < lines.length && lines[to + 1].label) to++;
    const run = lines.slice(from, to + 1);
    const exchange = run.length >= 2 && run.some((l) => OTHER_SIDE.has(l.label!.toLowerCase()));
    const introduced = from > 0 && MESSAGE_INTRO.test(post.text.slice(lines[from - 1].segment.start, lines[from - 1].segment.end));
    // "Pat Rennick: running late": a given name and a family name sign a message on their own.
    const signed = parts.length > 1 && !isAnyEnglishWord(parts[1]);
    if (!exchange && !introduced && !signed) continue;
    const at = segment.start + post.text.slice(segment.start, segment.end).indexOf(label);
    out.push({ ...nameCandidate(at, at + label.length, post), message: `"${label}" labels who sent a message: a sender's name is a real name (or one friends and family know), even when it is also an everyday word` });
  }
  return out;
}

/** Family titles typed in lower case before a name in chats and family speech: "nanny pat", "pop wade", "aunty bev". */
const LOWER_KIN = set('nanny nana nanna nan gran granny grandma grandpa grandad granddad gramps pop pops poppa pa aunty auntie aunt uncle cousin nonna nonno');
/** After a name that is also a word, what makes "pat" a subject or an object, not a verb: "nanny pat was", "with pop wade.". */
const NAME_WORD_AFTER = /^(?:['’]s\b|\s*[,.!?;:)"”]|\s*(?:\n|$)|\s+(?:and|&|x+)\b|\s+(?:was|is|were|has|had|said|says|drove|drives|came|comes|rang|rings|texted|brought|brings|took|takes|picked|gets?|got|will|would|can|could|did|does|made|makes|bought|sent|wants|wanted|thinks|reckons|told|asked|loves|died|passed|lives|lived|keeps|kept|cooked|cooks)\b)/u;

/**
 * "she said nanny pat was picking her up", "pop wade drove us": in chats and family speech a title
 * before a lower-case given name belongs to it, and the two name someone the family knows. A given
 * name that is also a word ("pat", "wade") needs the grammar of a name after it: "uncle will drive"
 * is a modal, "nan pat the dog" a verb.
 */
function lowerCaseKinNames(words: Word[], found: Candidate[], post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [title, name] = [words[i], words[i + 1]];
    // "nanny pat", and "Nanny pat" where the phone capitalised the line's first word.
    if ((title.capitalised && !title.sentenceStart) || name.capitalised || !LOWER_KIN.has(title.lower) || post.text.slice(title.end, name.start) !== ' ' || name.text.length < 2) continue;
    // "aunty bev": a given name, or a short form the lists hold as a family name only, but no English word.
    const named = nameLists(name.text).given || (name.cls === 'surname' && !isAnyEnglishWord(name.text));
    if (!named || NEVER_NAMES.has(name.lower) || CALENDAR.has(name.lower) || KIN_TITLES.has(name.lower) || RELATIONS.has(name.lower)) continue;
    if (isAliasWord(name, post) || replacedHere(name, post) || isLoanword(name.text) || found.some((c) => c.start < name.end && title.start < c.end)) continue;
    const after = post.text.slice(name.end, name.end + 20);
    if (isAnyEnglishWord(name.text) || tagsAt(post, name.start).has('PastTense')) {
      // "with nanny pat to the shops": after a preposition the pair is an object, and the word no verb ("her aunt rose to her feet").
      const object = /(?:^|[^\p{L}])(?:with|to|at|from|for|by|and|&|see|saw|visit|visited|visiting|call|called|ask|asked|tell|told)\s+$/iu.test(post.text.slice(Math.max(0, title.start - 12), title.start));
      if (tagsAt(post, name.start).has('PastTense') || !(NAME_WORD_AFTER.test(after) || (object && /^\s+(?:to|at|from|for|with|in|on)\s/u.test(after)))) continue;
    }
    // "to pop ruby's coat on": "pop" the verb, before a name that is the name alone.
    const verb = title.lower === 'pop' && /(?:^|[^\p{L}])(?:to|['’]ll|will|can|could|just|gonna|i|we|you|and|please)\s+$/iu.test(post.text.slice(Math.max(0, title.start - 12), title.start));
    if (verb && isAnyEnglishWord(name.text)) continue;
    // "the pop star", "her favourite pop song": pop music, not a grandad.
    if (title.lower === 'pop' && (/^(?:star|stars|song|songs|music|art|group|band|idol|idols|culture|princess|punk|quiz|corn|tart|tarts|up|ups)$/.test(name.lower) || /(?:^|[^\p{L}])(?:the|a|an|this|that|some|favourite|favorite|any)\s+$/iu.test(post.text.slice(Math.max(0, title.start - 12), title.start)))) continue;
    const from = verb ? name.start : title.start;
    out.push({ ...nameCandidate(from, name.end, post), message: `"${post.text.slice(from, name.end)}" is ${verb ? 'a given name' : 'a family title and a given name'}: typed in lower case it still names someone the family and their friends know` });
  }
  return out;
}

/** What a person does next in a chat: "aroha said", "tamati's bringing", "mere was there". */
const PERSON_ACTS_AFTER = /^(?:['’]s[ \u00a0]+(?:bringing|coming|picking|going|doing|driving|got|gonna|not|on|at|here|there|back|mum|dad|kids?|car|place|house|birthday)\b|[ \u00a0]+(?:said|says|was|is|were|has|had|texted|messaged|rang|called|brought|brings|bringing|came|comes|coming|went|goes|going|got|gets|will|would|can|could|did|does|didn['’]t|doesn['’]t|can['’]t|won['’]t|wants|wanted|thinks|reckons|told|asked|asks|reckon|left|drove|drives|picked|dropped|sent|cooked|made|might|should|owes|owed|wrote|writes|slept|stayed|needs|needed|lost|found|and[ \u00a0]+(?:i|me|her|him)\b))/u;
/** Whom someone sees, tells or owes in a note: "if anyone sees dunc", "big al owes mags a fiver". */
const PERSON_TOLD_BEFORE = /(?:^|[^\p{L}])(?:sees?|seen|saw|tell|told|ask|asked|ring|rang|text|texted|call|owes?|owed|meet|met|give|gave|thank|thanks|tag)[ \u00a0]+$/u;
/** A lower-case chat: the line starts in lower case, or the post says it is a chat or texts. */
const CHAT_POST = /\b(?:group[ \u00a0]?chat|groupchat|the[ \u00a0]+chat|whats?app|messenger|texts?|texted|messages?|messaged|dms?|snapchat|signal)\b/i;

/**
 * "aroha said she'd bring the kids": in a chat typed in lower case, a given name that is no English
 * word, doing something, is a person, even one that is also a word of another language.
 */
function lowerCaseChatNames(words: Word[], found: Candidate[], post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  const chatPost = CHAT_POST.test(post.text);
  for (const w of words) {
    if (w.capitalised || w.text.length < 2 || !/^\p{Ll}+$/u.test(w.text) || !nameLists(w.text).given) continue;
    // "faith says..." in a parent's text, where the post names Faith Mensah: a word only when the post has no such person,
    // or, in a post typed in lower case, when the sentence goes on about them ("sunny came out ... with her release bag").
    if (isEnglishWord(w.text) && !firstOfFullName(w.lower, found, post) && !spokenOfInLowerCase(w, post)) continue;
    if (NEVER_NAMES.has(w.lower) || CALENDAR.has(w.lower) || KIN_TITLES.has(w.lower) || RELATIONS.has(w.lower) || NOT_A_SPEAKER.has(w.lower)) continue;
    if (isAliasWord(w, post) || replacedHere(w, post) || found.some((c) => c.start < w.end && w.start < c.end)) continue;
    // The line's first letter, past quote marks and bullets, is lower case: typed the way chats are.
    const lowerLine = /^[\s>*\-–—"“]*\p{Ll}/u.test(post.text.slice(post.text.lastIndexOf('\n', w.start) + 1, w.end));
    // "if anyone sees dunc tell him", or "gethin, a 34-year-old postie": told something, or given an age.
    const told = (PERSON_TOLD_BEFORE.test(post.text.slice(Math.max(0, w.start - 12), w.start)) && /^[ \u00a0]+(?:a|an|the|to|tell|his|her|their|back|that|\d)\b/u.test(post.text.slice(w.end, w.end + 12)))
      || /^,[ \u00a0]+(?:(?:a|an)[ \u00a0]+[\p{L}\d]+-year-old\b|\d{1,2},)/u.test(post.text.slice(w.end, w.end + 30));
    // "kez — ur charger is behind the counter": a note opened by whom it is for.
    const addressed = /(?:^|\n)[\s>*\-–—"“]*$/u.test(post.text.slice(Math.max(0, w.start - 4), w.start)) && /^[ \u00a0]*[—–:,][ \u00a0]/u.test(post.text.slice(w.end, w.end + 4));
    if (!(chatPost || lowerLine) || !(PERSON_ACTS_AFTER.test(post.text.slice(w.end, w.end + 30)) || told || addressed)) continue;
    // "the kai was great", "so much aroha was shown": a word of another language, used as a noun.
    if (/(?:^|[^\p{L}])(?:the|a|an|some|so[ \u00a0]+much|much|more|no|any|my|our|your|his|her|their|this|that|of|with|for)[ \u00a0]+$/iu.test(post.text.slice(Math.max(0, w.start - 12), w.start))) continue;
    out.push({ ...nameCandidate(w.start, w.end, post), message: `"${w.text}" is a given name typed in lower case, as people do in chats: it still names someone their friends and family know` });
  }
  return out;
}

/** A word opening a sentence, acting, and the sentence going on with her or him: "sunny came out ... with her bag". */
function spokenOfInLowerCase(w: Word, post: PostNames): boolean {
  if (!/(?:^|\n|[.!?][ \u00a0]+)[\s>*\-–—"“]*$/u.test(post.text.slice(Math.max(0, w.start - 6), w.start))) return false;
  const sentence = post.text.slice(w.end, w.end + 160).split(/[.!?\n]/)[0];
  return PERSON_ACTS_AFTER.test(sentence.slice(0, 30)) && /\b(?:she|he|her|his|him|herself|himself)\b/.test(sentence);
}

function isChatName(word: string, post: PostNames): boolean {
  // "> ok - tane": a name the pseudonym map declares is replaced in the text, in any case.
  if (isLoanword(word) || post.replaced.has(foldName(word))) return false;
  if (/\d|_/.test(word)) return false; // handles are the handle rule's
  const key = foldName(word);
  // "Scotland: the Domestic Abuse Act": a country opening a line labels what follows, no one's message.
  return !isEnglishWord(word) && !CALENDAR.has(key) && classify(word) !== 'word' && !isNotAPerson(word) && !isBroadRegion(word) && !isCountry(word) && !NOT_A_SPEAKER.has(key) && !post.aliasWords.has(key) && !post.aliases.has(key) && !NEVER_NAMES.has(key)
    && !/^(?:ps|pps|nb|fyi|tldr|eta|re|fwd|cc|bcc|lol|idk|tbh|omg|btw|imo|ok|okay|edit|update|note)$/i.test(word);
}

/** A word the pseudonym map rewrites at render time, where the rewrite reaches (not in a link or a path). */
function replacedHere(w: Word, post: PostNames): boolean {
  return !UNREPLACED_KINDS.has(post.context.segmentAt(w.start)?.kind ?? '') && post.replaced.has(foldName(w.text));
}

function isAliasWord(w: Word, post: PostNames): boolean {
  return post.aliasWords.has(foldName(w.text)) || post.aliases.has(foldName(w.text));
}

/** Every other appearance of a name found once, in any case ("Tiff" -> "tiff"); word-names only capitalised. */
function elsewhere(words: Word[], found: Candidate[], known: Map<string, boolean>, cleared: Set<number>, post: PostNames): Candidate[] {
  const out: Candidate[] = [];
  const covered = (w: Word) => found.some((c) => c.start <= w.start && w.end <= c.end);
  for (const w of words) {
    if (w.initial || cleared.has(w.start) || covered(w)) continue;
    const key = foldName(w.text);
    const ambiguous = known.get(key);
    if (ambiguous === undefined || isAliasWord(w, post)) continue;
    // A name that is also a word spreads only where it is capitalised mid-sentence, or opens one as a
    // subject ("Hope rang again"), never to "hope" the word.
    if (ambiguous && (!w.capitalised || (w.sentenceStart && !personVerbFollows(post.text, w.end) && !openingAsThePerson(w, post) && !openingAsKnownPerson(w, post) && !(firstOfFullName(key, found, post) && OWNER_OR_NEGATED_AFTER.test(post.text.slice(w.end, w.end + 20)))))) continue;
    if (!w.capitalised && isLoanword(w.text)) continue;
    // In lower case, "carter" and "te" are words, not the Carter found elsewhere.
    if (!w.capitalised && (key.length < 3 || isAnyEnglishWord(w.text))) continue;
    const segment = post.context.segmentAt(w.start);
    if (!UNREPLACED_KINDS.has(segment?.kind ?? '') && post.replaced.has(key)) continue;
    if (PLACE_PREPOSITIONS.has(/([\p{L}]+)\W*$/u.exec(post.text.slice(Math.max(0, w.start - 20), w.start))?.[1]?.toLowerCase() ?? '') && !w.capitalised) continue;
    if (placeOrDateHere(w, post.text) || isSaintOfTheDay(post.text, w.start, w.end)) continue;
    // "The Dean of the faculty", "the Will of the people": a role or a thing, with an article and "of".
    if (/(?:^|[^\p{L}])the\s+$/iu.test(post.text.slice(Math.max(0, w.start - 6), w.start)) && /^\s+of\b/u.test(post.text.slice(w.end, w.end + 5))) continue;
    out.push(nameCandidate(w.start, w.end, post));
  }
  return out;
}

/** "Faith's own history", "Faith didn't cry": someone's things, or what they did not do. */
const OWNER_OR_NEGATED_AFTER = /^(?:['’]s[ \u00a0]+\p{Ll}|[ \u00a0]+(?:didn['’]t|doesn['’]t|don['’]t|wasn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|hasn['’]t|hadn['’]t|isn['’]t|never)\b)/u;

/** The word is the first name of a full name found in the post ("Faith" of "Faith Ogle"). */
function firstOfFullName(key: string, found: readonly Candidate[], post: PostNames): boolean {
  return found.some((c) => {
    const parts = foldName(post.text.slice(c.start, c.end)).split(' ');
    return parts.length > 1 && parts[0] === key;
  });
}

/** Two-letter abbreviations of roles, services, subjects and conditions: "the OT", "TA said", "MS flared". */
const ROLE_LETTERS = set(`
  gp ot pt ta sw hv ep mp pc ds di dc cp dv hr it re pe dt rn en yp po cm cw kw sm tl dm pa ae ed mh sn
  ss fe he ld ac qc kc ni id tv uk us eu un nb ps am pm ok aa na ms bp hb od iv ct cv pr hq ai vr iq fb
  ig ex sg st sa ma ba gm cb tb cf`);

const DERIVED_WORD = /^(?:un|non|in|im|ir|dis|mis|re|pre|anti|over|under|counter|de)\p{Ll}{4,}(?:able|ible|ness|ment|tion|sion|ity|ful|less|ive|ous|ism|ist|ise|ize|ised|ized)$/iu;
/** "Clare's Law", "Sarah's Law", "Megan's Law": laws and acts named after the person whose death or case led to them. */
function lawNamedAfter(first: string, text: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(first)}['’]s[ \u00a0]+(?:Law|Act|Bill)\b`, 'u').test(text);
}

/** Hospital units known by their letters. */
const UNIT_ACRONYMS = set('nicu picu scbu cicu nnu icu itu hdu ccu');

/** Two capitals that could be what someone goes by ("JJ"), not the abbreviation of a role or service ("OT"). */
function twoLetterName(w: Word): boolean {
  return /^\p{Lu}{2}$/u.test(w.text) && !ROLE_LETTERS.has(w.lower);
}

/**
 * "JJ turned up late", "TJ's probation officer", "DJ and his mum": two capitals a young person goes by,
 * where the sentence makes them a person (a relation, someone's things, a person's verb after them).
 * Abbreviations of roles and services ("OT said", "the GP") are not.
 */
function goesByLetters(w: Word, after: string, evidence: Evidence): boolean {
  if (!twoLetterName(w)) return false;
  if (evidence >= Evidence.Some) return true;
  const verb = /^(?:['’]s)?\s+(?:(?:just|then|finally|also|never|always|still|eventually)\s+)?([\p{Ll}-]+)/u.exec(after)?.[1];
  return verb !== undefined && (PERSON_VERBS.has(verb) || ANIMATE_VERBS.has(verb));
}

/** "in August", "since August", "by 3 June": a month where a date stands. */
const MONTH_AS_DATE_BEFORE = /(?:^|[^\p{L}])(?:in|since|until|till|by|during|through|throughout|last|next|this|early|late|mid|every|before|after|come|(?:end|start|beginning|middle|rest|half|part|weeks?|days?)\s+of|\d{1,2}(?:st|nd|rd|th)?)[ \t]+$/iu;
/** "live on Skye", "the ferry to Arran", "back on Islay": an island or a town reached or lived on. */
const ISLAND_OR_TOWN_BEFORE = /(?:^|[^\p{L}])(?:(?:lives?|living|lived|based|born|grew\s+up|grow\s+up|works?|worked|working|stay(?:s|ed|ing)?|holiday(?:s|ed|ing)?|weeks?|weekends?|days?|home|rounds?|ferry|up|out|back|over|down|here|there|families|people|nurses?|schools?|surgery|practice|clinic|croft|farm|life|winters?|summers?|everyone|somewhere|nowhere)\s+on|(?:moved?|moving|went|go|goes|going|drove|drive|driving|travel(?:l?ed|l?ing|s)?|flew|fly|flight|ferry|train|bus|trip|holiday|back|home|came|comes|originally|is|was|are|were|emigrated|emigrating|immigrated|relocated|relocating|fled|escaped|deported|returned|returning|sailed|headed|heading)\s+(?:back\s+|over\s+|up\s+|down\s+|out\s+|across\s+)?(?:to|from))\s+$/iu;
/** "a change in Derry", "something in Skye": after these nouns "in" reaches into a person. */
const INNER_NOUN_BEFORE = /\b(?:change|changes|difference|something|nothing|anything|interest|confidence|faith|belief|trust|pride|improvement|shift|spark|light|fight|anger)\s+in\s+$/iu;
/** "the Tay ferry", "the Arran road": a place noun after the word. */
const PLACE_NOUN_AFTER = /^\s+(?:ferry|ferries|river|island|isle|estuary|coast|coastline|valley|bridge|road|roads|crossing|shore|shoreline|beach|loch|lough|burn|water|side|catchment|floods?|banks?)\b/iu;
/** "the Carter family", "the Tay boys", "the Harris girl": a family or one of it, named with an article. */
const FAMILY_AFTER = /^(?:['’]s)?\s+(?:family|families|household|twins|kids|kid|children|child|boys|boy|girls|girl|lads?|lass|brothers|sisters|siblings|parents|clan|lot)\b/iu;

/**
 * A single capitalised word that stands where a date or a place stands, whatever else the post calls
 * it: a month after "in" or "since", an island after "lives on", a town after "moved to", a river after
 * "the" ("down by the Tay"), a word before a place noun ("the Arran ferry"). A name found elsewhere
 * in the post is not the person here.
 */
function placeOrDateHere(w: Pick<Word, 'start' | 'end' | 'lower' | 'possessive'>, text: string): boolean {
  const before = text.slice(Math.max(0, w.start - 40), w.start);
  const after = text.slice(w.end, w.end + 40);
  // "Arran's only GP": an island owns what no person does; any other possessive is someone's.
  if (w.possessive) return islandHere(w, text, before, after);
  if (NAME_MONTHS.has(w.lower) && (MONTH_AS_DATE_BEFORE.test(before) || /^[ \t]+\d{1,4}\b/.test(after))) return true;
  if (FAMILY_AFTER.test(after)) return false;
  // "Derry born and bred": where someone comes from.
  if (ISLAND_OR_TOWN_BEFORE.test(before) || PLACE_NOUN_AFTER.test(after) || /^\s+born\s+and\s+(?:bred|raised)\b/iu.test(after)) return true;
  if (islandHere(w, text, before, after)) return true;
  if (/(?:^|[^\p{L}])(?:in|near|outside|around|across|throughout|inside|towards)\s+$/iu.test(before) && !INNER_NOUN_BEFORE.test(before)) return true;
  // "Iona Abbey", "Harris Academy": the first word of a place's name.
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1].toLowerCase();
  if (next && PLACE_WORDS.has(next) && !SURNAME_PLACE_WORDS.has(next)) return true;
  // "The Clyde was flooded", "down by the Tay": people are not named with an article.
  return /(?:^|[^\p{L}])the\s+$/iu.test(before);
}

let islands: ReadonlySet<string> | undefined;

/** "visiting Iona", "the boat to Arran": travel there, in a paragraph that speaks of the crossing. */
const ISLAND_TRAVEL_BEFORE = /(?:^|[^\p{L}])(?:visit(?:s|ed|ing)?|(?:boat|ferry|crossing|sail(?:s|ed|ing)?|plane|flight|causeway)\s+(?:over\s+|out\s+|across\s+)?(?:to|from|off))\s+$/iu;
const CROSSING_TALK = /\b(?:island|islands|isle|ferry|ferries|boat|crossing|mainland|causeway|tide|harbour|harbor|pier|jetty|sailing)\b/i;
/** "Skye in winter", "Iona in the rain": a place in its seasons and weather. */
const WEATHER_AFTER = /^\s+in\s+(?:the\s+)?(?:rain|winter|summer|spring|autumn|fog|mist|wind|gales?|snow|sun|sunshine|storms?|dark)\b/iu;

/** "the whole of Lewis and Harris", "the north end of Skye": a part of a place. */
const ISLAND_PART_BEFORE = /\b(?:whole|rest|length|north|south|east|west|far\s+end|north\s+end|south\s+end|top|tip|other\s+side)\s+of\s+(?:\p{Lu}[\p{L}]+\s+(?:and|&)\s+)?$/u;
/** "Arran's only GP", "Iona's abbey", "Barra's airstrip": what an island has and a person does not. */
const ISLAND_THINGS_AFTER = /^['’]s?\s+(?:only|one|main|tiny|little|single)\s+(?:gp|doctor|nurse|school|shop|surgery|road|pub|ferry|hotel|bus)\b|^['’]s?\s+(?:(?:west|east|north|south)(?:ern)?\s+)?(?:abbey|pier|harbour|harbor|coast|coastline|beaches|roads|population|crofts|crofters|ferry|ferries|lighthouse|hills|villages|islanders|distillery|distilleries|airstrip|causeway|machair)\b/iu;

/** A small island whose name is also a given name, where the sentence travels there, speaks of its weather, or of its parts and its things. */
function islandHere(w: Pick<Word, 'start' | 'lower'>, text: string, before: string, after: string): boolean {
  islands ??= new Set(dataLines('names/islands.txt').flatMap((line) => line.toLowerCase().split(/\s+/)));
  if (!islands.has(w.lower)) return false;
  return WEATHER_AFTER.test(after) || ISLAND_PART_BEFORE.test(before) || ISLAND_THINGS_AFTER.test(after) || (ISLAND_TRAVEL_BEFORE.test(before) && (/\b(?:boat|ferry|crossing|sail\w*|plane|flight|causeway)\b/i.test(before) || CROSSING_TALK.test(paragraphAround(text, w.start))));
}

/** "She lives on Lewis. Lewis is quiet in winter.": a word the post puts in a place elsewhere. */
function placedElsewhere(w: Word, text: string): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}'’])${escapeRegExp(w.text)}(?![\p{L}\p{M}])`, 'gu');
  return [...text.matchAll(pattern)].some((m) => m.index !== w.start
    && placeOrDateHere({ start: m.index, end: m.index + m[0].length, lower: w.lower, possessive: /^['’]s\b/u.test(text.slice(m.index + m[0].length)) }, text));
}

/** "Will you...", "Hope you're well", "Pat dry": the word opening a sentence as a verb. */
const VERB_OPENING = /^\s+(?:you|we|they|it|I|he|she|there|this|that|not|so|the|a|an|your|my|our|dry|down)\b/;
/** "Summer holidays", "Sunny spells": the word as the first half of an everyday compound. */
const COMPOUND_OPENING = /^\s+(?:holidays?|hols|term|camp|school|break|job|jobs|reading|solstice|season|months?|days?|nights?|evenings?|mornings?|afternoons?|sun|heat|fair|fete|festival|programme|program|scheme|club|sale|time|timetable|garden|dress|rain|weather|spells?|skies|side|intake|residential|placement|breeze|storm|showers?|power)\b/i;

/**
 * A word-name the post establishes as a person ("Summer is 17", "Pat rang me") is that person where it
 * opens the title or a sentence with its verb ("Pat and the long winter", "Summer made breakfast"),
 * unless the post uses the word as the word, or it opens as a verb or a compound ("Will you...",
 * "Summer holidays").
 */
function openingAsThePerson(w: Word, post: PostNames): boolean {
  const next = post.text.slice(w.end, w.end + 30);
  const field = (post.context.segmentAt(w.start)?.kind ?? 'text') !== 'text';
  const line = lineOf(post.text, w.start).trim();
  // A heading is too often the word itself ("## Will", "## Hope"); in running text the word must open
  // a clause with its verb ("Summer made", "Pat was"), not a compound ("Grace period").
  if (!field && (!/[.!?]/.test(line) || !verbAfter(post, w.end))) return false;
  return !VERB_OPENING.test(next) && !COMPOUND_OPENING.test(next) && !(VIRTUE_NAMES.has(w.lower) && usedAsAbstractNoun(w, post))
    && establishedAsPerson(w.text, post);
}

/**
 * "Wade kept his word", "Joy woke at four": a word-name found as a person elsewhere in the post opens a
 * sentence as the subject of a verb in a tense ("kept", "wakes"), not as a verb itself ("Will be
 * there", "Hope you're well") or a compound ("Summer holidays"). A quality the post also speaks of
 * ("no joy in it") needs a person's own verb after it.
 */
function openingAsKnownPerson(w: Word, post: PostNames): boolean {
  const next = post.text.slice(w.end, w.end + 30);
  if (VERB_OPENING.test(next) || COMPOUND_OPENING.test(next) || !/[.!?]/.test(lineOf(post.text, w.start))) return false;
  const m = /^(?:['’]s)?\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}'’]+)/u.exec(next);
  if (!m) return false;
  // "Joy woke at four", "Joy hid": a quality does not wake, sleep or hide (the parse may read "woke" as a noun).
  if ((ANIMATE_VERBS.has(m[1]) || HUMAN_ACTIONS.has(m[1]) || m[1] === 'woke') && !/s$/.test(m[1])) return true;
  const tags = tagsAt(post, w.end + m[0].length - m[1].length);
  if (!tags.has('Verb') || !(tags.has('PastTense') || tags.has('PresentTense')) || tags.has('Infinitive') || tags.has('Auxiliary')) return false;
  return !(VIRTUE_NAMES.has(w.lower) && usedAsAbstractNoun(w, post) && !strongPersonCue('', next, Evidence.None));
}

/** The next word (past one adverb) is a verb: "made", "has", "quietly left". */
function verbAfter(post: PostNames, end: number): boolean {
  const m = /^(?:['’]s)?\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}'’]+)/u.exec(post.text.slice(end, end + 40));
  return m !== null && tagsAt(post, end + m[0].length - m[1].length).has('Verb');
}

const AGE_AFTER = new RegExp(String.raw`^(?:\s+(?:is|was|turned|turns|is\s+now|was\s+only|was\s+just)\s+|\s*,\s*(?:aged?\s+)?)(?:\d{1,2}|${NUMBER_WORD_SOURCE})\b(?!\s*(?:%|am|pm|minutes|hours|o['’]clock))`, 'iu');

/** Somewhere in the post the word is plainly a person: an age ("Summer is 17"), an act ("Pat rang me"), a relation ("her son Will"). */
function establishedAsPerson(shown: string, post: PostNames): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}'’])${escapeRegExp(shown)}(?![\p{L}\p{M}])`, 'gu');
  for (const m of post.text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (AGE_AFTER.test(post.text.slice(end, end + 30)) || personVerbFollows(post.text, end)) return true;
    if (evidenceBefore(post.text.slice(Math.max(0, m.index - 80), m.index)) === Evidence.Strong) return true;
  }
  return false;
}

/**
 * Everyday words that look like names: the words of a named law or report, an elder's title that is
 * also a given name ("my Lola"), a marae or an iwi ("Te Aroha Marae", "Ngāti Porou"), and loanwords
 * opening a sentence or in a title ("Kai was served", "Whānau Day").
 */
function everydayVerdict(phrase: Phrase, before: string, evidence: Evidence, post: PostNames): Verdict | undefined {
  const { core } = phrase;
  const start = core[0].start, end = core[core.length - 1].end;
  if (core.length === 1 && opensATitle(core[0], post.text, post.context.emphasis ?? [], phrase.first.start)) return 'clear';
  if (phrase.personalTitle) return undefined;
  if (documentSpans(post).some(([from, to]) => from <= start && end <= to)) return 'clear';
  // "Polish-speaking", "Z-drugs", "a Christian charity", "*Carter's Ward*": an origin, a thing, a faith, a title.
  if (core.length === 1 && (isOriginOrLetterCompound(core[0])
    || namesAFaith(core[0], before, post.text.slice(end, end + 40), (at) => nounAt(post, at)) || namesAVoiceAssistant(core[0], before, post.text.slice(end, end + 80)))) return 'clear';
  if (core.length === 1 && usedAsElderTitle(core[0], before, post.text.slice(end, end + 40), post.text)) return 'clear';
  if (namesLoanPlace(core)) return 'skip';
  const heading = (post.context.segmentAt(start)?.kind ?? 'text') !== 'text';
  if (!core.every((w) => isLoanword(w.text))) return undefined;
  // "Ubuntu says I am because we are", "Tino rangatiratanga": a word of the language no one is named,
  // or one opening a phrase of the language, whatever verb follows it.
  const nextWord = /^\s+(\p{Ll}[\p{L}\p{M}'’-]*)/u.exec(post.text.slice(end, end + 30))?.[1];
  if ((core.every((w) => !nameLists(w.text).given && !nameLists(w.text).surname) && evidenceBefore(before) < Evidence.Strong) || (nextWord !== undefined && isLoanword(nextWord) && !isAnyEnglishWord(nextWord))) return 'clear';
  if (evidence >= Evidence.Strong) return undefined;
  // "Kai, Kōrero and Whānau", "Aroha and Manaaki were the themes": a title, or loanwords listed together.
  const listedWith = /([\p{L}\p{M}]+)\s*(?:,|\band|&)\s*$/u.exec(before)?.[1] ?? /^\s*(?:,|and\b|&)\s*([\p{L}\p{M}]+)/u.exec(post.text.slice(end, end + 30))?.[1];
  if (heading || (listedWith && isLoanword(listedWith))) return 'clear';
  if (!core[0].sentenceStart) return undefined;
  // "Aroha", "Kai" are given names too: the word where the post writes it in lower case as well, or
  // where the sentence serves it ("Kai was served"); a person otherwise ("Aroha was in good spirits").
  const alsoAName = core.some((w) => w.cls === 'given' || w.cls === 'ambiguous');
  if (!alsoAName || new RegExp(`(?:^|[^\\p{L}])${core[0].lower}(?![\\p{L}])`, 'u').test(post.text)) return 'clear';
  // "Aroha was what we needed", "Aroha means love": the word spoken of as a value.
  const next = post.text.slice(end, end + 40);
  if (/^\s+(?:is|was)\s+(?:what|everywhere|at the heart|the heart|the word|the theme|the value|the key)\b|^\s+means\b/.test(next)) return 'clear';
  return /^\s+(?:was|is|were|had been)\s+(?:\w+\s+)?(?:served|shared|cooked|eaten|provided|laid on|dished up|plated)\b/.test(next) ? 'clear' : undefined;
}

/** Rooms and homes a person has, and what a client's life holds: "Brook's flat", "Sunny's bedroom", "Wade's placement". */
const HOME_NOUNS = 'flat|house|home|room|bedroom|kitchen|bed|bathroom|caravan|front door|sofa|couch|car|bike|hands|face|hair|eyes|voice|arms|legs|feet|shoes|coat|bag|phone|school bag|placements?|diagnosis|medication|meds|caseworker|keyworker|referral|discharge|admission|parole|bail|school|homework|birthday|nightmares|tantrums|baby|pregnancy|appointments?|attendance|exclusion|care plan';

/** Taking, meeting or ringing someone: what is done to a person, not to a quality. */
const TAKEN_BEFORE = /\b(?:drove|drive|driving|picked\s+up|pick\s+up|collected|collect|collecting|dropped\s+off|drop\s+off|took|take|taking|walked|walking|met|meet|meeting|visited|visit|visiting|rang|phoned|texted|called)\s+$/i;

/** "she", "his", "herself": a person spoken of again. */
const PERSONAL_PRONOUN = /\b(?:she|he|her|his|him|herself|himself)\b/i;

/**
 * A name that is also a word ("Summer", "Wade Cardinal", "Rose Hunter") is a person when the sentence
 * says so: an age ("was sixteen when"), a full name of a given and a family name doing what people
 * do ("Rose Hunter came to group"), or doing it and spoken of again as "she" or "he" ("Autumn walked
 * in. She did not speak"; "I sat with Summer while she waited").
 */
function wordNameIsAPerson(phrase: Phrase, before: string, after: string, post: PostNames): boolean {
  const { core } = phrase;
  const end = core[core.length - 1].end;
  // Only known names: "Music stopped and she looked up" is no one.
  if (!core.every((w) => w.cls === 'ambiguous') || !nameLists(core[0].text).given) return false;
  if (new RegExp(String.raw`^\s+(?:is|was|turned|turns)\s+(?:now\s+)?(?:\d{1,2}|(?:${NUMBER_WORD_SOURCE})(?:-[a-z]+)?)\s+(?:when|but|so|now|then|until|at the time)\b`).test(after)) return true;
  // "Faith had moved rooms", "Star hadn't slept", "Bliss had her baby": what only a person does, in any tense.
  // "Dear Joy,", "Hi Sunny -": the salutation of a letter or a message names the one it is written to.
  // "Hello Summer!", "Hi May": a season or a month is greeted too, so those need a letter's "Dear".
  if (core.length === 1 && SALUTATION_BEFORE.test(before) && SALUTATION_AFTER.test(after) && (!SEASONS_AND_MONTHS.has(core[0].lower) || /dear\w*[ \t]+$/i.test(before))) return true;
  // "have you noticed Sunny being left out", "I heard Will shouting": someone seen or heard doing something.
  if (core.length === 1 && !core[0].sentenceStart && PERCEIVED_BEFORE.test(before) && (gerundAt(after) || LEFT_OUT_AFTER.test(after))) return true;
  // "it made Joy cry", "we let Hope sit with us", "I watched Joy play": made, let or watched to do what a person does.
  if (core.length === 1 && !core[0].sentenceStart && CAUSED_BEFORE.test(before) && ANIMATE_BASE.has(/^[ \t]+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) return true;
  // "she walks Faith and Hope, the twins, to school", "gets May and Rose dressed": children cared for, two by name.
  if (core.length === 1 && !core[0].sentenceStart && childrenNamedInPair(before, after)) return true;
  // Not the object of a preposition: "the talk on Joy was tearful" is the talk's.
  if (core.length === 1 && PERSONAL_ACT_AFTER.test(after) && !/(?:^|[^\p{L}])(?:on|about|of|in|with|for|from|the|a|an|no|some|without|into|to|than)\s+$/iu.test(before)) return true;
  // "What Sunny taught me": teaching, telling or thanking the writer, with the name capitalised
  // mid-sentence and the verb not (a title-case heading capitalises every word and proves nothing).
  if (core.length === 1 && !core[0].sentenceStart && TOLD_THE_WRITER.test(after)) return true;
  // '"I'm not going back," said Faith': the speaker of a quotation.
  if (/["”’],?\s*(?:said|says|asked|replied|shouted|whispered|added|muttered|snapped|sighed|yelled|mumbled|insisted)\s+$/u.test(before) && /^\s*[.,!?;]/u.test(after)) return true;
  // "Brook's flat", "Rose's kitchen": a home and a body are a person's; "Sky and I walked": so is company.
  if (core[core.length - 1].possessive && new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${HOME_NOUNS})\\b`, 'u').test(after)) return true;
  if (/^\s+and\s+(?:I|me)\b/.test(after)) return true;
  // "I drove Faith to the clinic", "we met Wade at the youth centre": taken, met or rung somewhere, capitalised mid-sentence.
  if (!core[0].sentenceStart && TAKEN_BEFORE.test(before) && /^\s+(?:to|from|at|home|back|up|off|round|into|outside)\b/.test(after)) return true;
  const sentence = after.split(/(?<=[.!?])\s+/u);
  const rest = sentence[0];
  const nextOpens = /^(?:["“]\s*)?(?:she|he|his|her)\b/i.test(sentence[1] ?? '');
  const verb = /^\s+(?:(?:just|then|finally|also|never|always|still|quietly|slowly)\s+)?([\p{Ll}-]+)/u.exec(rest);
  const acts = verb !== null && (PERSON_VERBS.has(verb[1]) || ANIMATE_VERBS.has(verb[1]) || MOOD_VERBS.has(verb[1])) && tagsAt(post, end + verb[0].length - verb[1].length).has('Verb');
  const pronounBack = PERSONAL_PRONOUN.test(rest.slice(verb?.[0].length ?? 0)) || nextOpens;
  if (acts && (pronounBack || core.length === 2 || opensSentencesActing(core[0], post))) return true;
  if (refusesLikeAPerson(core, rest)) return true;
  return !core[0].sentenceStart && evidenceBefore(before) >= Evidence.Some && PERSONAL_PRONOUN.test(rest);
}

/** A salutation opening a line, a sentence or a quotation: "Dear Joy,", "> Hi Sunny,", a title "Dear Sunny, three years on". */
const SALUTATION_BEFORE = /(?:^|\n|[.!?]["”’]?[ \t]+|["“‘][ \t]*)[ \t>*_]*(?:(?:my[ \t]+)?dear(?:est)?|hi|hiya|hello|hey|morning|evening),?[ \t]+$/i;
const SEASONS_AND_MONTHS = set('summer autumn winter spring january february march april may june july august september october november december');
/** What closes a salutation: a comma, a colon, a dash or the end of the line ("Dear Hope Street residents" goes on). */
const SALUTATION_AFTER = /^[ \t]*(?:[,:!—–]|\.(?:\s|$)|[ \t]-[ \t]|\n|$)/;

/** Seeing, hearing or noticing someone at something: "noticed", "saw", "caught", "heard". */
const PERCEIVED_BEFORE = /\b(?:notice|noticed|noticing|see|saw|seen|seeing|spot|spotted|watch|watched|watching|hear|heard|hearing|catch|caught|find|found|imagine|picture|remember|left|leave|keep|kept)[ \t]+$/i;

/** Words in -ing that are nouns only, never what someone is seen doing, and what a quality is seen doing ("see hope growing"). */
const ING_NOUNS = set(`thing something nothing anything everything king ring spring string wing sibling morning evening ceiling
  wedding pudding building meeting during growing rising returning fading spreading flickering blooming blossoming dying creeping
  coming seeping shining emerging developing waning flourishing slipping deepening glowing burning`);

/** "noticed Sunny was left out", "saw Joy was on her own": what is noticed of a child, not of a quality. */
const LEFT_OUT_AFTER = /^[ \t]+(?:was|is|had\s+been|has\s+been|seemed|looked|kept\s+being)[ \t]+(?:always[ \t]+|still[ \t]+|often[ \t]+|being[ \t]+|getting[ \t]+)?(?:left[ \t]+out|crying|alone|upset|absent|hungry|tired|withdrawn|on[ \t]+(?:her|his|their)[ \t]+own|by[ \t]+(?:her|him|them)sel(?:f|ves)|picked[ \t]+on|bullied|excluded|ignored|limping|bruised)\b/iu;

/** Making, letting, helping or watching someone do something: "made Joy cry", "let Hope sit", "watched Joy play". */
const CAUSED_BEFORE = /\b(?:made|make|makes|making|let|lets|letting|help|helped|helping|helps|watched|watch|watching|saw|see|heard|hear|noticed|notice)[ \t]+$/i;

/** "being left out", "crying", "walking home": a verb's -ing form right after (the parse often calls it a noun). */
function gerundAt(after: string): boolean {
  const m = /^[ \t]+(\p{Ll}{2,}ing)(?![\p{L}])/u.exec(after);
  return m !== null && !ING_NOUNS.has(m[1]) && (m[1] === 'being' || isAnyEnglishWord(m[1]));
}

/** Verbs of getting children through their day: "walks", "gets", "drops", "puts", "bathes". */
const CARE_VERB_BEFORE = /\b(?:gets?|got|getting|walks?|walked|walking|takes?|took|taking|drops?|dropped|dropping|puts?|putting|brings?|brought|bringing|drives?|drove|driving|collects?|collected|collecting|picks?[ \t]+up|picked[ \t]+up|wakes?|woke|waking|dresses|dressed|dressing|feeds|fed|feeding|bathes|bathed|bathing|settles|settled|settling)[ \t]+$/i;
/** Where or how the children are got: "dressed", "ready", "to school", "to bed". */
const CARE_RESULT_AFTER = /^[ \t]*(?:\([^)]*\)[ \t]*)?(?:every[ \t]+\p{Ll}+[ \t]+)?(?:dressed|ready|up|washed|fed|bathed|changed|settled|home|(?:off[ \t]+|over[ \t]+|down[ \t]+)?to[ \t]+(?:school|nursery|bed|kindy|kindergarten|daycare|creche|crèche|preschool|playgroup|swimming|football|dance|church|mosque|the[ \t]+(?:bus|school|childminder|minder|park|playground|shops|beach|library|pool|dentist|doctor|gp|clinic)|(?:their|her|his)[ \t]+\p{Ll}+))\b/iu;
/** The pair's apposition: ", the twins,", ", my girls", ", her two boys", ", 6 and 9,". */
const PAIR_APPOSITION = new RegExp(String.raw`^\s*[,(]\s*(?:(?:the|my|our|his|her|their)\s+(?:(?:two|little|older|younger|eldest|youngest|wee|baby)\s+)?(?:twins|girls|boys|kids|children|daughters|sons|sisters|brothers|grandchildren|grandkids|grandsons|granddaughters|little\s+ones|youngest|eldest|oldest)|(?:aged?\s+)?(?:\d{1,2}|${NUMBER_WORD_SOURCE})\s+and\s+(?:\d{1,2}|${NUMBER_WORD_SOURCE}))\b`, 'iu');

/**
 * Two given names joined by "and", said to be children cared for: an apposition that says so ("Faith and
 * Hope, the twins,") or a verb of care with its result ("gets May and Rose dressed"). "faith and hope" as
 * values have neither.
 */
function childrenNamedInPair(before: string, after: string): boolean {
  const right = /^[ \t]+(?:and|&)[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/u.exec(after);
  const left = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)[ \t]+(?:and|&)[ \t]+$/u.exec(before);
  const partner = right?.[1] ?? left?.[1];
  if (!partner || !nameLists(partner).given) return false;
  const head = left ? before.slice(0, left.index) : before;
  const tail = right ? after.slice(right[0].length) : after;
  return PAIR_APPOSITION.test(tail) || (CARE_VERB_BEFORE.test(head) && CARE_RESULT_AFTER.test(tail));
}

/** Case-sensitive on purpose: "What Hope Taught Me" is a title, "what Sunny taught me" a person. */
const TOLD_THE_WRITER = /^\s+(?:(?:just|once|finally|also)\s+)?(?:taught|teaches|showed|shows|told|tells|reminded|thanked|hugged|emailed|messaged|texted)\s+(?:me|us)\b/u;

/**
 * What only a person does or is, whatever its tense or negation: moving rooms, sleeping, eating, turning
 * up, ringing, having a baby, being tearful or quiet in group. Not "came", "went" or "left": hope and
 * faith come and go too.
 */
const PERSONAL_ACT_AFTER = /^\s+(?:has|had|was)(?:n['’]t)?\s+(?:not\s+)?been\s+(?:in|to|at)\s+(?:school|class|college|work|group|clinic|church|training|nursery)\b|^\s+(?:(?:had|has|have)\s+(?:just\s+|already\s+|finally\s+|since\s+)?|(?:had|has|did|was|would|could|is|does)n['’]t\s+(?:even\s+|yet\s+|really\s+)?|never\s+|just\s+|finally\s+)?(?:moved\s+(?:rooms?|house|flats?|schools?|out|in|wards?|beds?|placements?|units?|bedrooms?|seats?|tables?)|packed(?!\s+(?:up|in)\b)|unpacked|(?:eaten|ate|eat)(?!\s+(?:away|into|up)\b)|slept|sleep|showered|dressed|turned\s+up|turn\s+up|showed\s+up|rang|rung|ring|phoned|texted|asked\s+(?:for|me|us|if|about|to|whether)|cried|wept|had\s+(?:her|his|their|a)\s+(?:baby|babies|twins|operation|scan|jabs?)|gave\s+birth|given\s+birth|ran\s+away|run\s+away|absconded|self-harmed|overdosed|kicked\s+off|got\s+dressed|brushed\s+(?:her|his|their)|put\s+(?:her|his|their)\s+(?:coat|shoes|hood|bag|hand|head))\b|^\s+(?:is|was|seemed|seems|looked|looks)\s+(?:very\s+|really\s+|so\s+|a\s+bit\s+|quite\s+)?(?:tearful|withdrawn|agitated|distressed|asleep|awake|off\s+sick|off\s+school|(?:quiet|chatty|settled|unsettled|upset|angry|calm|sleepy|tired|hungry|late)\s+(?:in|at|during)\s+(?:group|class|school|session|clinic|the\s+session|the\s+meeting|the\s+review|handover|breakfast|lunch|tea|dinner))\b/iu;

/**
 * "Jade hadn't left the flat", "Amber wouldn't eat": a gem, a colour or a flower does not refuse
 * or fail to do what people do. Virtues ("Hope didn't last"), months and "Will" are left to the rest.
 */
function refusesLikeAPerson(core: Word[], rest: string): boolean {
  const word = core[0];
  if (core.length !== 1 || VIRTUE_NAMES.has(word.lower) || NAME_MONTHS.has(word.lower) || word.lower === 'will') return false;
  const m = /^\s+(?:(?:had|has|have|did|does|do|would|could|was|were|is|wo|ca)n['’]t|(?:had|did|would|could)\s+not|never)\s+(?:even\s+|really\s+|yet\s+)?([\p{Ll}-]+)/u.exec(rest);
  return m !== null && (PERSON_VERBS.has(m[1]) || MOOD_VERBS.has(m[1]) || ANIMATE_VERBS.has(m[1]) || REFUSABLE_ACTS.has(m[1]));
}

/** What people, not things, fail or refuse to do (a different list from HUMAN_ACTIONS, the things people are seen doing). */
const REFUSABLE_ACTS = set('want wanted left leave eat ate sleep slept speak spoke talk talked answer answered phone phoned ring rang call called text texted come came go went tell told say said cry cried smile smiled look looked open opened remember remembered trust trusted');

/** Verbs that report what someone said, beyond the narrow speech verbs: "Wade reckoned the flat was damp". */
const REFERRED_TO_AFTER = /^(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*)?,\s+(?:who|whom|which)\s+(?:we|I)\s+(?:usually\s+|often\s+|always\s+|can\s+|also\s+)?(?:refer|signpost|send|point|direct)\b/u;
const PERSON_PLACE_AFTER = /^\s+(?:at\s+(?:home|school|nursery|college|playgroup|work)|in\s+(?:hospital|hospice|foster\s+care|care|custody|prison|her\s+room|his\s+room|their\s+room|bed))\b(?!\s+(?:of|for)\b)/;
const GETTING_ON_AFTER = /^\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:really|so|very|still|now)\s+)?(?:doing|getting\s+on|settling|coping|managing)\s+(?:(?:really|so|very|much|a\s+lot|far)\s+)?(?:well|better|brilliantly|okay|ok|fine|badly|worse|in)\b[^.!?\n]{0,25}?\b(?:at\s+(?:school|nursery|college|home|work)|in\s+(?:class|school|(?:her|his|their)\s+(?:placement|new\s+home|flat|room))|on\s+the\s+ward|since|after\s+(?:the|her|his|their)|with\s+(?:her|his|their))\b/;
/** Verbs things and bodies do as well as people: "Hope came too late", "Toronto ran a workshop". */
const MOTION_OF_THINGS = set('came comes went goes lived lives works worked needed needs brought stayed tried managed missed looks looked spent ran runs plays played won lost wants wanted decided agreed refused promised started stopped turned gave gives took takes');
const FELT_AFTER = /^\s+(?:is|was|seemed|seems|looked|looks|felt|feels|sounded|sounds|got|gets|became|stayed)\s+(?:(?:so|very|really|quite|a\s+bit|a\s+little|too|still|more|less|visibly|clearly|obviously|understandably)\s+)?(?:tired|exhausted|upset|happy|sad|angry|furious|scared|frightened|terrified|anxious|nervous|worried|teary|tearful|withdrawn|chatty|cheerful|lonely|distressed|agitated|drowsy|sleepy|hungry|poorly|unwell|cross|embarrassed|ashamed|shy|pleased|relieved|delighted|excited|bored|restless|grumpy|giggly|clingy|unsettled|homesick|heartbroken|overwhelmed|frustrated|annoyed|livid|gutted|thrilled|mortified)\b/;
const KIND_OF_WORK_AFTER = /^[!?.,]?\s*\**\s*(?:(?:report|review|inquiry|book|novel|memoir|film|documentary|series|programme|program|podcast|play|album|song|poem|exhibition|strategy|framework|plan|guidance|act|bill)\b|by\s+\p{Lu})/iu;

/** " series by ", " by X and ": what stands between an italic title and its authors. */
const CREDIT_BEFORE = /^\s*(?:(?:series|books?|novels?|picture\s+books?|trilogy|stories|poems|play|film|memoir)\s+)?(?:(?:written|illustrated|edited|directed)\s+)?by\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and|&)\s+)?$/u;

function creditedForAWork(post: PostNames, start: number): boolean {
  return (post.context.emphasis ?? []).some((e) => e.end <= start && start - e.end < 80 && CREDIT_BEFORE.test(post.text.slice(e.end, start)));
}

function inTitledWork(post: PostNames, start: number, end: number): boolean {
  const span = (post.context.emphasis ?? []).find((e) => e.start <= start && end <= e.end);
  return span !== undefined && /\s/.test(post.text.slice(span.start, span.end).trim()) && KIND_OF_WORK_AFTER.test(post.text.slice(span.end, span.end + 20));
}

/** "Crews joked about it", "Porters grumbled": people at work, by the plural of their calling, also family names. */
const WORKING_GROUPS = set('crews guards cooks porters masons bakers millers miners fishers hunters farmers drivers riders walkers marshals stewards carers butchers barbers tailors turners weavers fletchers shepherds sawyers');
const REPORTING_VERBS = set('reckoned reckons claimed claims mentioned mentions announced announces confessed confesses swore swears warned warns boasted bragged moaned grumbled protested admits insists promises');

/**
 * "Honey, his little sister, was asleep": any word, set off by commas with a relation someone has
 * and followed by what a person does, is what that person is called.
 */
function relationInApposition(w: Word, after: string, post: PostNames): boolean {
  const m = /^\s*,\s+(?:my|our|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s*,\s+(?:(?:just|then|still|never|always|already)\s+)?([\p{Ll}'’-]+)/u.exec(after);
  if (!m || !RELATIONS.has(m[1])) return false;
  const tags = tagsAt(post, w.start);
  if (!tags.has('Noun') || tags.has('Adverb')) return false;
  const verbTags = tagsAt(post, w.end + m[0].length - m[2].length);
  return verbTags.has('Verb') || PERSON_VERBS.has(m[2]);
}

/** "Joy, the youngest", "Wade, the eldest": a place in a family, whatever the article. */
const BIRTH_ORDER = set('youngest eldest oldest firstborn');

/** How someone seems and keeps on: "Wade seemed tired", "Wade kept checking his phone". */
const MOOD_VERBS = set('seemed seems kept keeps reckons reckoned sounded sounds looked knows');

/**
 * "Wade was late. Wade wants to be a mechanic. Wade hates the job centre.": a word-name that opens two
 * or more sentences with what a person does is a person's name, with or without "he" or "she".
 */
function opensSentencesActing(w: Word, post: PostNames): boolean {
  const opening = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|\n)${escapeRegExp(w.text)}\s+(?:(?:just|then|still|never|always|really|also)\s+)?([\p{Ll}'’-]+)`, 'gu');
  let acting = 0;
  for (const m of post.text.matchAll(opening)) if (PERSON_VERBS.has(m[1]) || ANIMATE_VERBS.has(m[1]) || MOOD_VERBS.has(m[1])) acting++;
  return acting >= 2;
}

/** What children and adults do with their hands and bodies, and places and firms do not: "Nomvula hid", "Palesa drew". */
const HUMAN_ACTIONS = set(`
  read reads drew draws painted paints sang sings fixed kicked kicks tidied stacked carried spilled hid
  finished checks checked cooked baked cleaned knitted sewed climbed jumped hummed typed counted spelled
  practised practiced recited swam swims rode skipped hopped scribbled coloured colored sketched traced
  copied yawned napped cuddled tied zipped buttoned brushed combed washed dressed poured stirred chopped
  peeled threw caught bounced chased lifted pushed pulled dragged sorted folded whistled shouted
  grumbled tiptoed crawled wriggled fidgeted wandered skated cycled jogged sprinted waited listened
  watched hugged borrowed fetched organised organized collected gathered handed planted watered fed
  tidies stacks carries draws paints reads sings swims rides`);

/**
 * "Nomvula hid in the library", "At break Lwazi kicked a ball", "Palesa drew a map": one word that is
 * no English word, as the subject of something only a person does, is a person's name, known or not,
 * unless the parse reads a place or an organisation there.
 */
function unfamiliarSubjectActs(phrase: Phrase, after: string, post: PostNames): boolean {
  const [w] = phrase.core;
  if (phrase.core.length !== 1 || w.allCaps || w.initial || isAnyEnglishWord(w.text) || (w.cls !== 'unknown' && w.cls !== 'given')) return false;
  const tags = tagsAt(post, w.start);
  if (tags.has('Place') || tags.has('Organization')) return false;
  const verb = /^\s+(?:(?:just|then|quietly|slowly|carefully|finally|also|always|often)\s+)?(\p{Ll}+)\b/u.exec(after);
  if (!verb) return false;
  const at = w.end + verb[0].length - verb[1].length;
  const verbTags = tagsAt(post, at);
  if (!verbTags.has('Verb') || verbTags.has('Copula') || verbTags.has('Auxiliary')) return false;
  return HUMAN_ACTIONS.has(verb[1]) || ANIMATE_VERBS.has(verb[1]);
}

const documentsOf = new WeakMap<PostNames, Array<[number, number]>>();

function documentSpans(post: PostNames): Array<[number, number]> {
  let spans = documentsOf.get(post);
  if (!spans) documentsOf.set(post, (spans = documentTitles(post.text)));
  return spans;
}

function personVerbFollows(text: string, end: number): boolean {
  const verb = /^(?:['’]s)?\s+(?:(?:just|then|finally|also|never|always|still|now|usually|often|even|already|sometimes)\s+)?([\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase();
  return verb !== undefined && PERSON_VERBS.has(verb);
}

/** A greeting opening a message: "Hi", "Dear", "Thanks", "Thank you so much". */
const GREETING_BEFORE = /(?:^|\n|["“‘:]\s*)[ \t>*_]*(?:hi|hiya|hello|hey|dear|morning|thanks|thank\s+you(?:\s+so\s+much)?|cheers)[ \t,]+$/i;
/** The message was sent to the blogger: "a parent wrote to me", "I got this card", "in my inbox". */
const SENT_TO_ME = /\b(?:wrote|writes|sent|sends|messaged|emailed|e-mailed|texted|left|handed|gave)\s+(?:(?:to|back\s+to)\s+)?me\b|\b(?:I|we)\s+(?:got|received|had|found|opened)\s+(?:a|an|this|the|one)\s+(?:(?:lovely|little|short|long|handwritten|thank-you|thank\s+you)\s+)?(?:card|note|message|email|e-mail|text|letter|DM)\b|\b(?:in\s+)?my\s+(?:inbox|pigeonhole|tray|voicemail|messages)\b|\b(?:a|an|this|the|one)\s+(?:[\p{L}-]+\s+)?(?:card|note|message|email|e-mail|text|letter|DM|voicemail)\s+from\b|\b(?:card|note|message|email|e-mail|text|letter)\s+(?:to\s+me|for\s+me|addressed\s+to\s+me)\b/iu;

/**
 * "One parent wrote to me: 'Hi Mrs. K, thanks for everything'": a title and an initial greeted in a
 * message sent to the blogger is how the blogger is addressed, the author's own name, not a client's.
 * Only a title with initials, greeted, with the sending to the blogger said in the paragraph or the
 * one before; anything less stays a name.
 */
function addressedToTheAuthor(phrase: Phrase, post: PostNames): boolean {
  if (!phrase.personalTitle || !HONORIFICS.has(phrase.first.lower.replace(/\.$/, '')) || !phrase.core.every((w) => w.initial || /^\p{Lu}\.?$/u.test(w.text))) return false;
  const end = phrase.core[phrase.core.length - 1].end;
  const greeting = GREETING_BEFORE.exec(post.text.slice(Math.max(0, phrase.first.start - 40), phrase.first.start));
  // "Hi Mrs. K,", "Morning Mr. D!", and "Thank you Mrs K for believing in me".
  const closed = /^\.?[ \t]*(?:[,!:—–\n]|$)/u.test(post.text.slice(end, end + 4)) || (/thank/i.test(greeting?.[0] ?? '') && /^\.?[ \t]+for\b/u.test(post.text.slice(end, end + 8)));
  if (!greeting || !closed) return false;
  const paragraphs = post.text.slice(Math.max(0, phrase.first.start - 400), phrase.first.start).split(/\n\s*\n|\n/);
  return SENT_TO_ME.test(paragraphs.slice(-3).join(' '));
}

function authorAsAddressee(start: number, end: number, post: PostNames): Candidate {
  const shown = post.text.slice(start, end);
  return {
    ...nameCandidate(start, end, post),
    severity: 'low',
    message: `"${shown}" is greeted in a message sent to you, so it reads as how you are addressed, not as someone you write about`,
    hint: 'If this is you, nothing to do (add it to `author` to silence this note); if it is someone else, use an alias and add it to `pseudonyms`.',
  };
}

function nameCandidate(start: number, end: number, post: PostNames): Candidate {
  const shown = post.text.slice(start, end);
  const segment = post.context.segmentAt(start);
  const where = segment && UNREPLACED_KINDS.has(segment.kind) ? ' in a link or output path, which readers see and aliases cannot replace' : '';
  return {
    start, end, category: 'name', severity: 'high',
    message: `"${shown}" looks like a real person's name${where}: a name lets anyone who knows them recognise them`,
    hint: 'Use an alias and add it to `pseudonyms` (or map the real name to an alias there); if this is a public figure or you, add them to `publicNames` or `author`.',
  };
}
