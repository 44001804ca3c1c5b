/**
 * Greetings and festival wishes in other languages ("Meri Kirihimete", "Dydd Calan Hapus", "Feliz
 * Día"), which a post writes title-case like a name, and foreign words italicised in a sentence about
 * a holiday ("we made cards saying *Nollaig Shona*"). Neither names anyone.
 */
import { dataLines } from '../data.js';
import { foldName } from '../normalize.js';
import type { TextSpan } from '../text.js';
import { sentenceByMarks } from '../sentence.js';

let greetings: string[] | undefined;

/** Each greeting of data/words/greetings.txt, folded and padded with spaces for whole-word search. */
function loadGreetings(): string[] {
  greetings ??= dataLines('words/greetings.txt').map((line) => ` ${foldName(line)} `).filter((g) => g.trim().includes(' '));
  return greetings;
}

/** Whether a run of two or more capitalised words is the whole or a part of a known greeting. */
export function isGreeting(shown: string): boolean {
  const key = foldName(shown);
  if (!key.includes(' ')) return false;
  return loadGreetings().some((g) => g.includes(` ${key} `));
}

/** A sentence about a holiday, a festival or wishing someone well. */
const HOLIDAY = /\b(?:christmas|xmas|new\s+year|hogmanay|eid|ramadan|diwali|deepavali|hanukkah|chanukah|passover|easter|lunar|matariki|thanksgiving|solstice|festival|festive|holidays?|feast|celebrat\w*|greetings?|wish(?:ed|es|ing)?|cards?|saint['’]?s\s+day|st\s+\w+['’]?s\s+day)\b/iu;

/**
 * "the kids wrote *Joyeux Noël* on the cards": a capitalised phrase wholly in italics, in a sentence
 * about a holiday, is the foreign words of the occasion. `start`/`end` bound the phrase; the sentence
 * is the text around it up to the nearest full stops.
 */
export function isHolidayWords(text: string, start: number, end: number, emphasis: readonly TextSpan[]): boolean {
  if (!emphasis.some((e) => e.start <= start && end <= e.end)) return false;
  return HOLIDAY.test(sentenceByMarks(text, start, end, ['.', '\n']));
}
