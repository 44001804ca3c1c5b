/**
 * The sentence around a position in the visible text, for rules that ask who or what a sentence speaks of.
 *
 * Two ways of finding its edges, because rules need different things:
 * - by marks (`lastStop`, `nextStop`, `sentenceByMarks`): a line break or ". ", "! ", "? ", searched
 *   through the whole text. Cheap and blunt; "Dr. Hale" ends a sentence.
 * - by a style (`sentenceBounds`): breaks written as patterns, looked for within a reach either side,
 *   so a break can ask for a capital after it ("e.g. the ward" goes on) or keep its full stop.
 * Each rule names the style it reads with; where two differ, the style's comment says why.
 */
import type { TextSpan } from './text.js';

/** A line break, or a full stop, "!" or "?" before a space. */
export const STOP_MARKS: readonly string[] = ['\n', '. ', '! ', '? '];

/**
 * Line breaks and full stops only, for places: the sentence reads on through "?" and "!" ("Did she
 * grow up in Wirra? She says so."), so the person a place belongs to is still found beside it; a
 * home town missed is worse than a false alarm.
 */
export const FULL_STOP_MARKS: readonly string[] = ['\n', '. '];

/** Stops with nothing after them: for text already cut right after a stop ("...wrote this."). */
export const BARE_STOP_MARKS: readonly string[] = ['.', '!', '?', '\n'];

/** Where the last mark at or before `at` starts (-1 when none): the sentence begins just after it. */
export function lastStop(text: string, at: number, marks: readonly string[] = STOP_MARKS): number {
  return Math.max(...marks.map((mark) => text.lastIndexOf(mark, at)));
}

/** Where the first mark at or after `from` starts, or the text's end. */
export function nextStop(text: string, from: number, marks: readonly string[] = STOP_MARKS): number {
  const stops = marks.map((mark) => text.indexOf(mark, from)).filter((i) => i >= 0);
  return stops.length ? Math.min(...stops) : text.length;
}

/** The sentence holding [start, end), cut at marks: from just past the stop before (its space kept) to the next mark. */
export function sentenceByMarks(text: string, start: number, end: number, marks: readonly string[] = STOP_MARKS): string {
  return text.slice(lastStop(text, start, marks) + 1, nextStop(text, end, marks));
}

export interface SentenceStyle {
  /** A break before the sentence (flag `g`): the sentence starts just past the last one. */
  opening: RegExp;
  /** A break after it: the sentence ends at the first one. */
  closing: RegExp;
  /** How far either way to look: bounds the cost, and a run-on list is not read as one sentence. */
  reach: number;
  /** How far after to look, when it differs from `reach`. */
  reachAfter?: number;
  /**
   * Characters of the span itself the opening may see. With 1, "(?=\p{Lu})" sees the name's capital,
   * so a break right before a name counts; without, only breaks inside the text before it do.
   */
  peek?: number;
  /** Whether the closing punctuation belongs to the sentence. */
  keepStop?: boolean;
}

/**
 * A full stop, "!" or "?" (and a closing quote or bracket) before a capital of any script or an
 * opening quote, or a line break: "e.g. the ward" and "3 p.m. on" do not end a sentence.
 */
/** Abbreviations whose full stop ends nothing: "Mr. Bamford", "Co. Galway", "St. Helens", "No. 4". */
const TITLE_STOP = String.raw`(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Fr|Sr|Jr|St|Mt|Ft|Co|Sgt|Capt|Lt|Col|Gov|Sen|Rep|Hon|No|Nos|Rd|Ave|Blvd)\.)`;
const CAPITAL_BREAK = String.raw`[.!?]${TITLE_STOP}["”’)]?\s+(?=[\p{Lu}"“])|\n`;

/**
 * A date's sentence. It ends only where the next one opens with a capital (or at the window's end),
 * so "at 3 p.m. on" keeps the person after the time in the date's sentence. Without a peek, a date
 * opening its sentence ("...was admitted. 4 March was the worst day") is read with the sentence
 * before it, which says whose day it was; reading dates the story way loses that tie.
 */
export const DATE_SENTENCE: SentenceStyle = {
  opening: new RegExp(CAPITAL_BREAK, 'gu'),
  closing: /[.!?]["”’)]?(?:\s+(?=[\p{Lu}"“])|\s*$)|\n/u,
  reach: 200,
};

/**
 * The sentence a name or an age stands in, as a story is told. The opening sees the span's own first
 * letter, so a break right before a capitalised name counts; the sentence ends at any stop, kept.
 */
export const STORY_SENTENCE: SentenceStyle = {
  opening: new RegExp(CAPITAL_BREAK, 'gu'),
  closing: /[.!?]["”’)]?(?:\s|$)|\n/,
  reach: 300,
  peek: 1,
  keepStop: true,
};

/**
 * A credit for a work ("a drawing by Aroha Tane (Year 3)"): any stop before a space ends the sentence,
 * whatever follows, so the maker is read with the words of the credit itself.
 */
export const CREDIT_SENTENCE: SentenceStyle = {
  opening: /[.!?]["”’)]?\s+|\n/g,
  closing: /[.!?](?:\s|$)|\n/,
  reach: 240,
  reachAfter: 200,
};

/** Where the sentence holding `at` starts, by `style`. */
export function sentenceStart(text: string, at: number, style: SentenceStyle): number {
  const from = Math.max(0, at - style.reach);
  let cut = 0;
  for (const m of text.slice(from, at + (style.peek ?? 0)).matchAll(style.opening)) cut = m.index + m[0].length;
  return from + cut;
}

/** Where the sentence holding `end` ends, by `style` (past its stop when the style keeps it). */
export function sentenceEnd(text: string, end: number, style: SentenceStyle): number {
  const tail = text.slice(end, end + (style.reachAfter ?? style.reach));
  const stop = tail.search(style.closing);
  return stop < 0 ? end + tail.length : end + stop + (style.keepStop ? 1 : 0);
}

/** The sentence holding [start, end), by `style`. */
export function sentenceBounds(text: string, start: number, end: number, style: SentenceStyle): TextSpan {
  return { start: sentenceStart(text, start, style), end: sentenceEnd(text, end, style) };
}

/** The sentence holding [start, end), split into the part before and the part after. */
export function sentenceAround(text: string, start: number, end: number, style: SentenceStyle): { before: string; after: string } {
  const bounds = sentenceBounds(text, start, end, style);
  return { before: text.slice(bounds.start, start), after: text.slice(end, bounds.end) };
}

/** The part of the sentence holding `at` that comes before it. */
export function sentenceBefore(text: string, at: number, style: SentenceStyle): string {
  return text.slice(sentenceStart(text, at, style), at);
}

/**
 * The sentence around a name being cited, split around it. Citations are full of stops that end
 * nothing ("Smith et al.", "Dr. Hale", "J. Bowlby"), so a stop after a capital or one of those
 * abbreviations is passed over, and only a blank line, not a single line break, ends the sentence.
 * The before part starts after the last stop with no stop or line break after it: with an
 * abbreviation's stop or a single line break in the way, it reaches back to the window's start.
 */
export function citationSentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - 300), start);
  const cut = head.search(/(?:(?<![A-Z]|\bal|\bDr|\bMr|\bMrs|\bMs|\bSt|\bProf)[.!?]["”’)]?\s+|\n\s*\n)(?=[^.!?\n]*$)/u);
  const before = cut < 0 ? head : head.slice(cut).replace(/^[.!?"”’)\s]+/u, '');
  const tail = text.slice(end, end + 300);
  const stop = tail.search(/(?<![A-Z]|\bal|\bDr|\bMr|\bMrs|\bMs|\bSt|\bProf)[.!?](?:\s|$)|\n\s*\n/u);
  return { before, after: stop < 0 ? tail : tail.slice(0, stop + 1) };
}

/** The paragraph (text between blank lines) holding `at`. */
export function paragraphAround(text: string, at: number): string {
  const from = text.lastIndexOf('\n\n', at);
  const to = text.indexOf('\n\n', at);
  return text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to);
}
