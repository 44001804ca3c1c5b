/**
 * Whether a detail is said of a public figure ("Thich Nhat Hanh died in 2022, at ninety-five"): the
 * age or date of someone on the public-names list identifies no client.
 */
import type { DetectContext } from './types.js';
import { publicNames, type PublicNames } from '../names/public.js';
import { citedInContext } from '../names/cited.js';
import { CLIENTS, CLOSE_FAMILY, PEOPLE, words } from '../names/person-words.js';

/** Capitalised words, with the particles of names like "Bessel van der Kolk" between them. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|der|den|de|da|di|du|la|le|del|dos|das|bin|ibn|al|ter)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}/gu;

/**
 * A name with an honour or office ("Dame Judi Dench", "Sir David Attenborough"):
 * people who carry these are public, and a practitioner's client is never written up with one.
 */
const HONOURED = /\b(?:Dame|Sir|Baroness|Archbishop|Cardinal|Pope|President|Senator|Congresswoman|Congressman)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b(?!\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Court|Place|Square|Park|Hospital|House|School|College|Centre|Center|Hall|Ward|Unit|Building|Bridge))/u;

/** True when the sentence before `at` (or the one before it, for "He was 54.") names a public figure. */
export function aboutPublicFigure(context: DetectContext, at: number): boolean {
  const names = publicNames(context.config);
  const window = context.text.slice(Math.max(0, at - 300), at);
  const sentences = window.split(/(?<=[.!?])\s+(?=\p{Lu})|\n\n/u);
  const own = sentences[sentences.length - 1] ?? '';
  const previous = sentences[sentences.length - 2] ?? '';
  // The previous sentence counts only when this one refers back with a pronoun ("She", "Her son").
  const pronoun = /^(?:he|she|they|his|her|their)\b/i.test(own.trim());
  const scope = pronoun ? `${withoutFiguresTalkedAbout(previous)} ${own}` : own;
  if (HONOURED.test(scope) || namesPublicFigure(scope, names) || citedNearby(context, at, own, previous, pronoun)) return true;
  if (!pronoun) return false;
  // "Matthew Perry died... I did not know him. ... He was 54.": the pronoun reaches back past sentences
  // about the blogger to the last person named, when nobody else has come up since.
  const earlier = context.text.slice(Math.max(0, at - 700), at).split(/(?<=[.!?])\s+(?=\p{Lu})|\n\n/u).slice(-8, -1).reverse();
  for (const sentence of earlier) {
    // "...a nurse outside her room at 2 a.m. talking about Taylor Swift": a figure talked about is no one "she" refers back to.
    if (namesPublicFigure(withoutFiguresTalkedAbout(sentence), names)) return true;
    if (SOMEONE_ELSE.test(sentence)) return false;
  }
  return false;
}

/** Someone the sentence cites ("Psychologist X, now 80", "X was nine when she was sent to the mission school in 1958"). */
function citedNearby(context: DetectContext, at: number, own: string, previous: string, referredBack: boolean): boolean {
  const ownStart = at - own.length;
  const previousStart = referredBack ? context.text.lastIndexOf(previous, ownStart) : -1;
  for (const [part, start] of [[own, ownStart], [previous, previousStart]] as const) {
    if (start < 0) continue;
    for (const m of part.matchAll(CAPITALISED_RUN)) {
      const end = start + m.index! + m[0].length;
      // Each word may open the name: "Psychologist Imelda Brandt" is a calling, then the person.
      for (const w of m[0].matchAll(/(?:^|(?<=\s))\S/gu)) if (citedInContext(context.text, start + m.index! + w.index!, end)) return true;
    }
  }
  return false;
}

/**
 * A sentence without the figures it only talks about: "...sat outside her room talking about Taylor
 * Swift" leaves the client as the one a later "she" points back to; "I recommend Sonia Sotomayor's
 * memoir. She was diagnosed at seven" keeps the figure.
 */
function withoutFiguresTalkedAbout(sentence: string): string {
  return sentence.replace(/\b(?:about|to|by|like|on|with|over)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu, ' ');
}

/** Someone other than a public figure the pronoun could point back to. */
const SOMEONE_ELSE = new RegExp(String.raw`\b(?:${words(CLIENTS, PEOPLE, CLOSE_FAMILY)}|friend|colleague|partner|nan|gran|grandmother|grandfather|neighbour|neighbor)s?\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}`, 'u');

function namesPublicFigure(scope: string, names: PublicNames): boolean {
  for (const m of scope.matchAll(CAPITALISED_RUN)) {
    // "Bruce Willis's family": the possessive is not part of the name.
    const words = m[0].replace(/['’]s?$/u, '').split(/\s+/);
    for (let i = 0; i < words.length - 1; i++) {
      for (let j = words.length; j >= i + 2; j--) if (names.has(words.slice(i, j).join(' '))) return true;
    }
  }
  return false;
}
