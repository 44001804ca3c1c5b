/**
 * A child's school year: "she's in Year 9", "a P7", "in Grade 10", "a sophomore at the college". A
 * school year is an age to within twelve months, and with the school or the town it points at one
 * class register. Reported like an age (medium, a quasi-identifier), only when it is one child's:
 * "our Year 9s", "Year 9 pupils", "I teach Year 9" and "in Year 9, students choose options" speak of
 * a whole year group.
 */
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';
import { lastStop, nextStop } from '../sentence.js';
import { isCharacter } from '../names/fiction.js';
import { aboutPublicFigure } from './public-subject.js';

const ORDINAL = '[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth';
const CARDINAL = '[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen';
/** "a junior at the county high school", "a senior in high school": a junior or senior only beside the school. */
const HIGH_SCHOOL_RANK = String.raw`(?:[Jj]unior|[Ss]enior)(?=\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:high|school|academy|prep)\b)`;
/** The ways English-speaking school systems number their years (capitals as schools write them: "P7" is no "p7"). */
const SCHOOL_YEAR = String.raw`(?:(?:[Yy]ear|Yr)\s?(?:1[0-3]|[1-9]|${CARDINAL})|Y(?:1[0-3]|[7-9])|[Gg]rade\s+(?:1[0-2]|[1-9]|${CARDINAL})|(?:1[0-2]|[1-9])(?:st|nd|rd|th)[\s-][Gg]rade(?:r)?|(?:${ORDINAL})[\s-][Gg]rade(?:r)?|P[1-7]|S[1-6]|Primary\s+[1-7]|Form\s+[1-7]|(?:Lower|Upper)\s+Sixth|[Ff]reshman|[Ss]ophomore|[Kk]indergartener|${HIGH_SCHOOL_RANK})(?![\p{L}\p{N}])`;
/** One child named by the year: "our Grade 11 girl", "that Year 10 lad". */
const ONE_NOUN = String.raw`(?:girl|boy|lad|lass|pupil|student|kid|child)\b`;
const ONE_NOUN_AFTER = new RegExp(String.raw`^\s+${ONE_NOUN}`);
/** One child and the year: "she's in Year 9", "Tilly, in P7,", "he started Grade 10", "a Year 9 girl", "a sophomore". */
const ONE_CHILD = new RegExp(String.raw`(?:\b(?:in|into|started|starts|starting|entered|entering|repeating|repeated|finished|finishing|going\s+into|moving\s+up\s+to|moved\s+up\s+to|went\s+into|goes\s+into)\s+(?:the\s+)?|\b(?:is|was|['’]s)\s+(?:now\s+|only\s+|just\s+|already\s+)?(?:a\s+|an\s+)?|(?<![\p{L}])(?:[Aa]n?)\s+|\b(?:[Oo]ur|[Tt]he|[Tt]his|[Tt]hat)\s+(?=${SCHOOL_YEAR}\s+${ONE_NOUN}))(${SCHOOL_YEAR})`, 'gu');
/**
 * After the year, words that make it a year group, a job or a stage of something else: "Year 9
 * pupils", "our Year 9s", "the Year 9 tutor", "year 2 of her degree". "A Year 9 girl" stays one child.
 */
const GROUP_AFTER = /^(?:s\b|['’]s\b|\s+(?:pupils|students|kids|children|girls|boys|lads|classes|class|groups?|cohorts?|teams?|tutors?|teachers?|heads?|leads?|leaders?|co-?ordinators?|assembly|assemblies|trips?|curriculum|options|exams?|tests?|results|parents|level|standard|classrooms?|year\s+group|rooms?|block|corridor|of|on|at\s+(?:uni|university))\b)/i;
/**
 * What may follow a child's year: a pause, a clause, or the child ("a Year 9 girl"). Another word
 * makes it something else's grade or year: "a grade 3 tear", "year 2 maths".
 */
const CHILD_AFTER = /^(?:$|[\s\u00a0]*[,.;:!?)\u2013\u2014]|\s+(?:girl|boy|lad|lass|pupil|student|kid|child|learner|at|in|this|last|next|now|and|but|when|while|who|so|because|with|after|before|since|until|again|already|then|by|from|or|like|too|until|for|to)\b)/;
const TEEN = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** An exact age in the post: "a fourteen-year-old", "aged 14", "she's 14", "turned fifteen". */
const AGE_NEARBY = new RegExp(String.raw`\b${TEEN}[\s-]+(?:years?|months?)[\s-]+old\b|\baged\s+${TEEN}\b|(?:['’]s|\bis|\bwas|\bturned|\bturns|\bjust)\s+${TEEN}(?=\s*[,.;!?]|\s+(?:and|now|this|next|last|when|but|years?)\b)`, 'i');
/** A school named in the post: with it, a year is one class register. */
const NAMED_SCHOOL = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*\s+(?:Primary|High|Academy|College|School|Grammar|Elementary|Middle|Secondary|Collegiate|Comprehensive|Junior|Infants|Prep|Community\s+School|State\s+School|National\s+School|Public\s+School)\b/u;
/** Who the year is said of: a pronoun or a person noun in the sentence. */
const SOMEONE = /\b(?:she|he|her|his|him|my\s+(?:client|son|daughter)|(?:the|this|that|a|our)\s+(?:girl|boy|lad|child|kid|pupil|student|young\s+person|teen|teenager)|(?:son|daughter|brother|sister|grandson|granddaughter|niece|nephew|eldest|youngest))\b/i;
/** A teacher's own classes and general talk about a year group. */
const GROUP_BEFORE = /\b(?:teach|teaches|teaching|taught|cover|covered|covering|tutor|tutoring|all\s+of|most\s+of|every|each|any|most|our|my|the\s+whole|whole|across)\s+(?:the\s+)?$/i;
/**
 * The year said straight of someone, as what they are: "she's in Year 9", "Maddie is a P7", "her
 * brother, a P7,", "Kezia, who is in Year 11,". Further off ("the trip she took in fifth grade") the
 * year may be anyone's, so it is only noted.
 */
const SAID_OF_THEM = new RegExp(String.raw`(?:\b(?:[Ss]he|[Hh]e|who)|(?<![\p{L}])(?!(?:It|This|That|There|What|Which|Here)\b)\p{Lu}\p{Ll}+|\b(?:son|daughter|brother|sister|boy|girl|lad|child|kid|pupil|student|eldest|youngest|client))(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+(?:is|was)\s+now|,|\s+(?:has\s+)?(?:started|starts|is\s+starting|repeated|is\s+repeating|went\s+into|goes\s+into|is\s+going\s+into|moved\s+up\s+to))\s+(?:now\s+|only\s+|just\s+|already\s+|still\s+)?(?:in\s+(?:the\s+)?|an?\s+)?$`, 'u');
/** A name doing something in the sentence: "Tilly is in P7", "Jonah, the eldest, started Year 7". */
const NAME_SUBJECT = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:,[^,.!?]{0,40},|,\s+who)?\s+(?:is|was|['’]s|started|starts|went|goes|moved|repeated|finished)\b/u;

export const schoolYear: Recognizer = {
  id: 'school-year',
  category: 'age',
  description: "A child's school year (\"in Year 9\", \"a P7\", \"a sophomore\"), which gives their age",
  detect(context) {
    const { text } = context;
    const found: Candidate[] = [];
    for (const m of matchesOf(text, ONE_CHILD)) {
      const year = m[1];
      const start = m.index + m[0].length - year.length;
      const end = start + year.length;
      if (GROUP_AFTER.test(text.slice(end, end + 30)) || !CHILD_AFTER.test(text.slice(end, end + 30))) continue;
      // "our Grade 11 girl" is one child, where "our Year 9s" is a year group.
      const oneChild = ONE_NOUN_AFTER.test(text.slice(end, end + 20)) && /\b(?:our|the|this|that)\s+$/i.test(text.slice(Math.max(0, start - 6), start));
      if (!oneChild && GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 20), start))) continue;
      const sentence = sentenceOf(text, start, end);
      const before = text.slice(sentence.start, start);
      // "In Year 9, students choose options": the year opening a general statement.
      if (/^\s*In\s+$/i.test(before) && !SOMEONE.test(sentence.text)) continue;
      // Said of no one ("I was in Year 9 myself", "Year 7 is a big step"): the blogger or the system.
      if (!oneChild && !SOMEONE.test(sentence.text) && !NAME_SUBJECT.test(sentence.text)) continue;
      const saidOf = SAID_OF_THEM.exec(before)?.[0] ?? '';
      // "Harry is in Year 3 at Hogwarts", "Greta was in Year 9 when she started striking": a character or a public figure.
      const name = /^(?!(?:[Ss]he|[Hh]e)\b)\p{Lu}\p{Ll}+/u.exec(saidOf)?.[0];
      if (name && (isCharacter(name, text, context.emphasis ?? []) || aboutPublicFigure(context, start))) continue;
      // "She's fourteen and in Year 9": the exact age is reported already, and says more.
      const own = (saidOf !== '' || oneChild) && !AGE_NEARBY.test(text) && !bloggersOwnChild(text, sentence.start, before) && NAMED_SCHOOL.test(text);
      found.push({
        start, end, category: 'age', severity: own ? 'medium' : 'low', quasi: own,
        message: own
          ? `"${year}" gives a child's school year, which is their age to within a year; with a school or a town it points at one class`
          : `"${year}" is a school year near someone in this post: if it is theirs, it gives their age to within a year`,
        hint: 'Say "at primary school", "in her early teens" or "at secondary school" instead.',
      });
    }
    return found;
  },
};

/**
 * "My eldest is in Year 9", "I told my own two. She's in P7 now": the blogger's own child, whom the
 * blogger may choose to mention; noted, never counted.
 */
function bloggersOwnChild(text: string, sentenceStart: number, before: string): boolean {
  if (OWN_CHILD.test(before)) return true;
  const previous = text.slice(Math.max(0, sentenceStart - 200), sentenceStart).split(/(?<=[.!?])\s+|\n/).filter(Boolean).pop() ?? '';
  return /^\s*(?:[Ss]he|[Hh]e)\b/.test(before) && OWN_CHILD.test(previous) && !/\b(?:client|pupil|student|patient|young person)\b/i.test(previous);
}

const OWN_CHILD = /\b(?:my|our)\s+(?:own\s+)?(?:son|daughter|eldest|youngest|middle\s+one|kid|kids|child|children|boy|girl|lad|two|three|stepson|stepdaughter|grandson|granddaughter)\b/i;

function sentenceOf(text: string, start: number, end: number): { start: number; text: string } {
  const from = lastStop(text, start - 1) + 1;
  return { start: from, text: text.slice(from, nextStop(text, end)) };
}
