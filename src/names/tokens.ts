/** Words of the visible text as a person's name is made of them, with what their shape says. */
import { classify, type WordClass } from './lexicon.js';
import { HONORIFICS, KIN_TITLES, PUBLIC_ROLES } from './context.js';

export interface Word {
  start: number;
  /** End of the name itself: a possessive "'s" is left outside the span. */
  end: number;
  text: string;
  lower: string;
  possessive: boolean;
  /** "R.", "D.M.": initials standing for a name. */
  initial: boolean;
  capitalised: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  cls: WordClass;
}

/**
 * Hyphens join a double-barrelled name whichever one the keyboard typed: "Pryce-Whitlow", "Pryce‐Whitlow",
 * "Pryce‑Whitlow"; its initials keep the hyphen after a first initial ("D. P-W.", not "the A-Z.").
 */
const WORD = /(\p{Lu}\.(?:\p{Lu}\.)*|(?<=\p{Lu}\.\s?)\p{Lu}[-\u2010\u2011]\p{Lu}\.)|([\p{L}\p{M}]+(?:['’\-\u2010\u2011][\p{L}\p{M}]+)*(?:['’](?![\p{L}]))?)/gu;
const SKIPPED_BEFORE = /["“”'‘’*_([>#|\s-]/u;
const SENTENCE_END = /[.!?:;…]/;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    // "T1D", "B12", "G7": letters run into digits are a code, not a name or an initial.
    if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[start + m[0].length] ?? '')) continue;
    let raw = m[0];
    let possessive = false;
    if (!m[1]) {
      const bare = raw.replace(/['’]s$|(?<=s)['’]$/u, '');
      possessive = bare !== raw;
      raw = bare;
    }
    const initial = Boolean(m[1]) || /^\p{Lu}$/u.test(raw) && !/^[AI]$/.test(raw);
    // "He'd", "I'll", "don't": contractions are never names.
    const contraction = !initial && /['’](?:d|ll|re|ve|m|t)$/i.test(raw);
    const letters = raw.replace(/[^\p{L}]/gu, '');
    words.push({
      start, end: start + raw.length, text: raw, lower: raw.toLowerCase(), possessive, initial,
      capitalised: /^\p{Lu}/u.test(raw),
      // "ADHD", and plural acronyms such as "OTs" and "GPs".
      allCaps: letters.length > 1 && (letters === letters.toUpperCase() || /^\p{Lu}{2,}s$/u.test(letters)) && letters !== letters.toLowerCase(),
      sentenceStart: startsSentence(text, start),
      cls: initial ? 'unknown' : contraction ? 'word' : classify(raw),
    });
  }
  return words;
}

/** True when nothing but quotes, emphasis or list marks stand between `at` and the end of a sentence. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SKIPPED_BEFORE.test(text[i])) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  if (!SENTENCE_END.test(text[i])) return false;
  if (text[i] !== '.') return true;
  // "Dr. Qureshi", "T. J. Okafor": a title's or an initial's full stop does not end a sentence.
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  const word = before.toLowerCase();
  return !(HONORIFICS.has(word) || KIN_TITLES.has(word) || PUBLIC_ROLES.has(word) || /^\p{Lu}$/u.test(before) || word === 'st');
}
