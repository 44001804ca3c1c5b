/**
 * People in a paragraph about a public event of the past: "In 1976 police opened fire on the
 * marchers. The photograph of him being carried by X, with his sister Y alongside, is ...". A post
 * marking an anniversary names those in it the way history books do; they are public, not clients.
 *
 * The paragraph must give both a year long past and a public event (a massacre, an uprising, a
 * strike, an anniversary), and the name's own sentence must not tie it to the blogger's own people:
 * a client's life story has years too ("she came over in 1976"), but no uprising in it.
 */
import { paragraphAround, sentenceByMarks } from '../sentence.js';
import { OWN_PEOPLE } from './context.js';
import { CLIENTS, CLOSE_FAMILY, words } from './person-words.js';
import { escapeRegExp } from '../detect/util.js';

const PAST_YEAR = /\b(?:1[6-8]\d\d|19[0-8]\d)\b/;
const PUBLIC_EVENT = /\b(?:opened fire|massacres?|uprisings?|risings?|rebellions?|revolutions?|riots?|insurrections?|coups?|marches|marchers|protests?|protesters|demonstrators|strikes|strikers|picket lines?|shootings?|bombings?|assassinat\w*|war|wars|battles?|genocide|famine|disaster|apartheid|segregation|civil rights|freedom riders?|hunger strikes?|blitz|air raids?|evacuees|holocaust|shoah|pogroms?|armistice|landings|trenches|the front|workhouses?|suffrage|anniversary|commemorat\w*|memorial|remembrance|iconic|famous (?:photograph|photo|picture|image|speech)|history|historic|historical)\b/i;
/** Every public event the paragraph names, for collecting them all at once. */
const PUBLIC_EVENTS = new RegExp(PUBLIC_EVENT.source, 'gi');
const CLIENT_IN_SENTENCE = String.raw`${words(CLIENTS)}s?|service users?|caseload|referral|session|visit`;
const OWN_IN_SENTENCE = new RegExp(String.raw`\b(?:${CLIENT_IN_SENTENCE}|my|our|I|we|me|us)\b`, 'i');
/** At a commemoration "we" read the names and laid the wreath; a client or one's own family is still a private person. */
const OWN_AT_A_COMMEMORATION = new RegExp(String.raw`\b(?:${CLIENT_IN_SENTENCE})\b|\b(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:${words(CLOSE_FAMILY)}|gran\w*|grand\w+|nan\w*|aunt\w*|uncle|cousin|friend|neighbou?r)s?\b`, 'iu');
/** Words of marking a public past: "at the commemoration", "the anniversary of the rising". */
const COMMEMORATION = /\b(?:commemorat\w*|anniversary|centenary|centennial|bicentenary|remembrance|wreaths?|plaques?)\b/i;

/** A named event marked, or the names on a memorial: "the Bloody Sunday commemoration", "names from the village memorial", "Remembrance Sunday". */
const NAMED_COMMEMORATION = /\b(?:\p{Lu}[\p{L}-]*[^\s'’s]\s+){1,3}(?:commemoration|memorial\s+march)\b|\banniversary\s+of\s+the\s+\p{Lu}|\bnames\s+(?:from|on|of)\s+the\s+(?:[\p{L}-]+\s+)?(?:memorial|cenotaph|roll\s+of\s+honou?r|monument|plaque)\b|\bRemembrance\s+(?:Sunday|Day)\b|\bAnzac\s+Day\b|\bArmistice\s+Day\b/u;

/**
 * Politics of a recent past: "the peace agreement was signed in 1998", "when the president visited in
 * 1995". Those who sign, negotiate or address the crowd are public; a year alone is not enough, since a
 * client's story of the nineties has years and wars in it, but no treaty.
 */
const POLITICAL_YEAR = /\b(?:1[6-9]\d\d|200\d)\b/;
const POLITICAL_EVENT = /\b(?:peace\s+(?:agreement|deal|process|talks|accord|treaty)|agreement\s+was\s+signed|treaty|accords?|ceasefire|referendum|state\s+visit|(?:president|prime\s+minister|taoiseach|queen|king|pope)(?:['’]s)?\s+(?:visit|came|visited|arrived)|visit\s+(?:of|by)\s+(?:the\s+)?(?:president|prime\s+minister|queen|king|pope)|general\s+election|inauguration|independence\s+day|partition)\b/i;

/** "was born the year of the agreement", "her dad was at the signing": a life told beside the event. */
const LIFE_STORY = /\b(?:was|were)\s+born\b|\bgrew\s+up\b|\b(?:her|his|their)\s+(?:mum|mam|mom|dad|da|mother|father|parents|son|daughter|gran|granny|grandad|nan|brother|sister)\b/i;

/**
 * "Kaelan read his poem to the assembly", "Kai drew the march", "Tia asked me why": at a commemoration
 * the class does what a class does, and the one doing it is a pupil of the blogger's, not history's.
 */
const CLASSROOM_ACT_AFTER = /^\s+(?:(?:then|also|just|proudly|quietly)\s+)?(?:drew|painted|coloured|colored|recited|sang|read\s+(?:out\s+)?(?:a|an|his|her|their|the)\s+(?:own\s+)?(?:poem|piece|speech|prayer|letter|story|essay)|asked\s+(?:me|us|if|whether|why|what|how|who)|put\s+(?:his|her|their)\s+hand\s+up|came\s+in|brought\s+in|told\s+(?:me|us|the\s+class|the\s+group)|made\s+(?:a|an|the)\s+(?:poster|card|timeline|model|banner|wreath|display))\b/i;

function aboutTheEvent(text: string, start: number, end: number): boolean {
  if (CLASSROOM_ACT_AFTER.test(text.slice(end, end + 60))) return false;
  const paragraph = paragraphAround(text, start);
  if (POLITICAL_YEAR.test(paragraph) && POLITICAL_EVENT.test(paragraph)) {
    const sentence = sentenceByMarks(text, start - 1, end);
    return !OWN_PEOPLE.test(sentence) && !OWN_IN_SENTENCE.test(sentence) && !LIFE_STORY.test(sentence);
  }
  const events = new Set([...paragraph.matchAll(PUBLIC_EVENTS)].map((m) => m[0].toLowerCase()));
  // A commemoration names the event it marks ("the hunger strikers", "the rising"), with or without its year.
  // A client's memorial day ("the anniversary of her death, a memorial at the centre") names no public event.
  const commemorated = (COMMEMORATION.test(paragraph) && [...events].some((e) => !COMMEMORATION.test(e) && !/^(?:memorial|history|historic|historical|iconic)$/.test(e)))
    || NAMED_COMMEMORATION.test(paragraph);
  if (!commemorated && !(PAST_YEAR.test(paragraph) && events.size)) return false;
  const sentence = sentenceByMarks(text, start - 1, end);
  // At a commemoration the class or the group reads the names; those read are still history's.
  if (commemorated) return !OWN_AT_A_COMMEMORATION.test(sentence);
  return !OWN_PEOPLE.test(sentence) && !OWN_IN_SENTENCE.test(sentence);
}

/**
 * Whether the name between `start` and `end` stands in a paragraph about a public event long past,
 * and so does every other mention of it: a client who lived through the event is met elsewhere too.
 */
export function inHistoricalEvent(text: string, start: number, end: number): boolean {
  return everyMention(text, start, end, aboutTheEvent);
}

/** Whether `test` holds at every mention of the first word of the name between `start` and `end`. */
export function everyMention(text: string, start: number, end: number, test: (text: string, start: number, end: number) => boolean): boolean {
  if (!test(text, start, end)) return false;
  const name = escapeRegExp(text.slice(start, end).split(/\s+/)[0]);
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))].every((m) => test(text, m.index, m.index + m[0].length));
}
