/**
 * Family composition: "her four children", "a dad of six", "the youngest of seven", "a widower",
 * "their triplets". Common alone, so `low` in the practitioner preset (reported, never counted against
 * precision), but a quasi-identifier: with an age, a town and a condition it helps point at one family.
 * The strict preset raises it to medium (src/presets.ts).
 */
import type { Recognizer } from './types.js';
import { candidatesFromPatterns } from './util.js';
import { PARENTS, words } from '../names/person-words.js';

const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
const KIN = String.raw`(?:children|kids|boys|girls|sons|daughters|grandchildren|grandkids|siblings|brothers|sisters|stepchildren|foster children|little ones)`;

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:her|his|their|my client's|the family's)[ \u00a0]+(?:own[ \u00a0]+)?${COUNT}[ \u00a0]+(?:young[ \u00a0]+|grown[ \u00a0]+|little[ \u00a0]+)?${KIN}\b`, 'gi'),
  // The age before "dad of six" is the age rule's finding, so it stays outside this span.
  new RegExp(String.raw`(?<=\b(?:a|the)[ \u00a0]+(?:[\w-]+-year-old[ \u00a0]+|young[ \u00a0]+|proud[ \u00a0]+)?)(?:single[ \u00a0]+)?(?:${words(PARENTS)}|parent|grandmother|grandfather|gran|granny|nan)[ \u00a0]+of[ \u00a0]+${COUNT}\b`, 'gi'),
  new RegExp(String.raw`\b(?:the[ \u00a0]+)?(?:youngest|eldest|oldest|middle|second|third)[ \u00a0]+of[ \u00a0]+${COUNT}(?:[ \u00a0]+${KIN})?\b`, 'gi'),
  new RegExp(String.raw`\bone[ \u00a0]+of[ \u00a0]+${COUNT}(?:[ \u00a0]+${KIN}\b|(?=[ \u00a0]*[.,;:!?)]))`, 'gi'),
  // "She has seven children": a count said of someone; five or more is unusual enough to narrow things down.
  new RegExp(String.raw`\b(?:she|he|they|who)[ \u00a0]+(?:has|had|have|is raising|was raising|raised|brought up)[ \u00a0]+(?:five|six|seven|eight|nine|ten|eleven|twelve|\d{2})[ \u00a0]+${KIN}\b`, 'gi'),
  /\b(?:(?:four|five|six|seven|eight|\d{1,2})-(?:month|year)-old[ \u00a0]+)?(?:twins|triplets|quadruplets|quads)\b/gi,
  /\b(?:a|the|recently|newly)[ \u00a0]+(?:widow|widower|widowed)\b/gi,
  new RegExp(String.raw`\b(?:single|lone)[ \u00a0]+(?:${words(PARENTS)}|parent)\b`, 'gi'),
  /\b(?:kinship carer|kinship care|raising (?:her|his|their) grand(?:children|kids|son|daughter))\b/gi,
  new RegExp(String.raw`\b(?:with|and)[ \u00a0]+(?:her|his|their)[ \u00a0]+${COUNT}[ \u00a0]+${KIN}\b`, 'gi'),
];

/** "Parents of twins often..." is talk about families in general. */
const GENERAL_BEFORE = /\b(?:parents|families|carers|mothers|fathers|many|most|some|all|people|anyone|those)\s+(?:of|with|raising)\s+$/i;

export const family: Recognizer = {
  id: 'family',
  category: 'family',
  description: 'Family size and composition (number of children, twins, widowed, single parent)',
  detect({ text }) {
    return candidatesFromPatterns(text, PATTERNS, (m) => GENERAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ? undefined : {
      start: m.index, end: m.index + m[0].length, category: 'family', severity: 'low', quasi: true,
      message: `"${m[0]}" describes the family's make-up: with an age, a town or a condition it helps readers recognise the family`,
      hint: 'Leave the number out ("her children", "a parent") unless the story needs it.',
    });
  },
};
