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
import { CLIENTS, words } from './person-words.js';
import { escapeRegExp } from '../detect/util.js';

const PAST_YEAR = /\b(?:1[6-8]\d\d|19[0-8]\d)\b/;
const PUBLIC_EVENT = /\b(?:opened fire|massacres?|uprisings?|risings?|rebellions?|revolutions?|riots?|insurrections?|coups?|marches|marchers|protests?|protesters|demonstrators|strikes|strikers|picket lines?|shootings?|bombings?|assassinat\w*|war|wars|battles?|genocide|famine|disaster|apartheid|segregation|civil rights|freedom riders?|hunger strikes?|anniversary|commemorat\w*|memorial|remembrance|iconic|famous (?:photograph|photo|picture|image|speech)|history|historic|historical)\b/i;
const OWN_IN_SENTENCE = new RegExp(String.raw`\b(?:${words(CLIENTS)}s?|my|our|I|we|me|us|service users?|caseload|referral|session|visit)\b`, 'i');

function aboutTheEvent(text: string, start: number, end: number): boolean {
  const paragraph = paragraphAround(text, start);
  if (!PAST_YEAR.test(paragraph) || !PUBLIC_EVENT.test(paragraph)) return false;
  const sentence = sentenceByMarks(text, start - 1, end);
  return !OWN_IN_SENTENCE.test(sentence) && !OWN_PEOPLE.test(sentence);
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
