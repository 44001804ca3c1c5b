/**
 * Disasters, attacks and tragedies known by a name alone: "Piper Alpha", "Aberfan", "Grenfell"
 * (data/names/disasters.txt). In a post that speaks of disasters such a name is the public event:
 * not a person, not a client's home, and the dates told with it are history.
 */
import { dataLines } from '../data.js';
import { escapeRegExp } from '../detect/util.js';

/** Words of a post about disasters, scandals, inquiries and their aftermath. */
const DISASTER_TALK = /\b(?:disasters?|trag(?:edy|edies)|inquir(?:y|ies)|inquests?|explo(?:sion|ded)|fires?|blaze|bomb(?:ing|ings|s)?|shootings?|gunman|massacres?|crash(?:ed|es)?|collapse[sd]?|capsized|sank|sinking|victims|survivors|killed|anniversar(?:y|ies)|memorials?|mass[ \u00a0]+casualt(?:y|ies)|major[ \u00a0]+incidents?|lives[ \u00a0]+lost|scandals?|royal[ \u00a0]+commissions?|undercover|footage|recommendations)\b/i;

let pattern: RegExp | undefined;

function listed(): RegExp {
  if (!pattern) {
    const names = dataLines('names/disasters.txt').sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.join('|')})(?![\p{L}\p{N}])`, 'gu');
  }
  return pattern;
}

let cached: { text: string; found: ReadonlySet<string> } | undefined;

/** The listed disasters a post names, where it speaks of disasters at all. */
export function disastersIn(text: string): ReadonlySet<string> {
  if (cached?.text === text) return cached.found;
  const found = new Set<string>();
  if (DISASTER_TALK.test(text)) for (const m of text.matchAll(listed())) found.add(m[0]);
  cached = { text, found };
  return found;
}

/** "Piper Alpha", "Zeebrugge ferry": a phrase that is, or opens with, a disaster the post names. */
export function isDisaster(text: string, phrase: string): boolean {
  for (const name of disastersIn(text)) if (phrase === name || phrase.startsWith(`${name} `)) return true;
  return false;
}

/** Whether a stretch of text (a sentence, or a sentence and the one before) names a disaster of the post. */
export function namesDisaster(text: string, stretch: string): boolean {
  const named = disastersIn(text);
  if (!named.size) return false;
  for (const m of stretch.matchAll(listed())) if (named.has(m[0])) return true;
  return false;
}
