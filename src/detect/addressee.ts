/**
 * A post written to one person: "A letter to Arn", "Dear Wendell,", "To the boy on the night bus". In
 * such a post "you" is that person, so what is said of "you" (an age, a condition) is said of them.
 */
import type { DetectContext } from './types.js';

const TITLE_TO_SOMEONE = /\b(?:letter|note|postcard|card|words|goodbye|message)s?\s+(?:to|for)\s+(?!(?:my|our|the|a|an)\s+(?:younger|older|newly|future|past|new|first-year)\b)(?:\p{Lu}|(?:my|our|the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:client|patient|resident|boy|girl|man|woman|lad|lass|mum|mother|dad|father|family|gentleman|lady)\b)/u;
const DEAR_OPENING = /^\s*(?:Dear|Dearest|To)\s+\p{Lu}[\p{L}'’-]*\s*[,—–-]/u;

export function addressesOnePerson(context: Pick<DetectContext, 'text' | 'segments'>): boolean {
  const { text, segments } = context;
  const title = segments.find((s) => s.kind === 'title');
  if (title && TITLE_TO_SOMEONE.test(text.slice(title.start, title.end))) return true;
  const first = segments.find((s) => s.kind === 'text');
  return first !== undefined && DEAR_OPENING.test(text.slice(first.start, first.end));
}
