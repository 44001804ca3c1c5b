/**
 * Gender that singles someone out: "the only girl in the unit", "the only woman on the crew", a trans
 * or non-binary identity said of a client. `low` in practitioner (a mosaic part only), medium in strict.
 */
import type { Recognizer } from './types.js';
import { candidatesFromPatterns } from './util.js';
import { PARENTS, PEOPLE, words } from '../names/person-words.js';

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:the|was|is|as)[ \u00a0]+only[ \u00a0]+(?:${words(PEOPLE, PARENTS)}|female|male|lad|lass)[ \u00a0]+(?:in|on|at|among)[ \u00a0]+(?:the|her|his|their|our|a)[ \u00a0]+[a-z]+`, 'gi'),
  /\b(?:(?:she|he|they)[ \u00a0]+(?:is|was|are|were|came out as|identifies as|identify as)[ \u00a0]+(?:a[ \u00a0]+)?)(?:trans(?:gender)?(?:[ \u00a0]+(?:man|woman|girl|boy))?|non-binary|nonbinary|intersex|genderqueer|genderfluid)\b/gi,
  /\b(?:a|the|our)[ \u00a0]+(?:trans(?:gender)?|non-binary|nonbinary|intersex)[ \u00a0]+(?:man|woman|girl|boy|teen|teenager|student|pupil|client|patient|young person|kid|child)\b/gi,
  /\b(?:she|he|they)[ \u00a0]+(?:is|was|are|were|has been|had been)[ \u00a0]+transitioning\b/gi,
  /\b(?:her|his|their|my client's)[ \u00a0]+(?:son|daughter|child|kid|teenager|grandchild|partner|sibling)[ \u00a0]+(?:is|was|came out as)[ \u00a0]+(?:trans(?:gender)?|non-binary|nonbinary|intersex)\b/gi,
];

export const gender: Recognizer = {
  id: 'gender',
  category: 'gender',
  description: 'Gender details that single a person out (the only girl on the unit, a trans client)',
  detect({ text }) {
    return candidatesFromPatterns(text, PATTERNS, (m) => ({
      start: m.index, end: m.index + m[0].length, category: 'gender', severity: 'low', quasi: true,
      message: `"${m[0]}" singles the person out by gender: in a small group that is close to naming them`,
      hint: 'Leave gender out where it is not the point, or say "one of the young people".',
    }));
  },
};
