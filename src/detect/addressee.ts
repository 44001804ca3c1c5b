/**
 * A post written to one person: "A letter to Jean", "Dear Jean,", "To the boy in bay four", or one that
 * remembers someone to their face ("when we first met ... you were fourteen"). In such a post "you" is
 * that person, so what is said of "you" (an age, a condition) is said of them. Guides say "you" to every
 * reader, and letters to many ("to the families I worked with") to no one in particular.
 */
import type { DetectContext } from './types.js';

const LETTER_TITLE = /^(?:an?[ \u00a0]+)?(?:(?:open|last|late|unsent|final|belated)[ \u00a0]+)?(?:letter|note|postcard|message|words)[ \u00a0]+(?:to|for)[ \u00a0]+/i;
/** "To Margaret", "Dear Jean", "To the boy in bay four": a name or one person, not "For what it's worth". */
const SALUTING_TITLE = /^(?:[Tt]o|[Dd]ear|[Ff]or)[ \u00a0]+(?=\p{Lu}|(?:the|my|our)[ \u00a0]+(?![\p{L}]+s\b))/u;
/** A post that remembers one person to their face: "I still think of you", "when we first met", "you were fourteen". */
const SPEAKS_TO_SOMEONE = /\b(?:I|we)[ \u00a0]+(?:still[ \u00a0]+|often[ \u00a0]+)?(?:miss|missed|remember|think[ \u00a0]+(?:about|of)|thought[ \u00a0]+(?:about|of)|loved|knew|met|visited|nursed)[ \u00a0]+you\b|\bwhen[ \u00a0]+we[ \u00a0]+(?:first[ \u00a0]+)?met\b|\byou[ \u00a0]+died\b/i;
const YOU_IN_THE_PAST = /\byou[ \u00a0]+(?:were|had|used[ \u00a0]+to|told[ \u00a0]+me|said)\b/i;
/** Words that make the addressee many people: "A letter to the families I worked with". */
const MANY_ADDRESSED = /\b(?:all|everyone|every|families|parents|colleagues|students|pupils|clients|patients|nurses|teachers|carers|workers|readers|friends|those|you[ \u00a0]+all)\b/i;
/** "new starters", "my Year 6s": a plural noun among the first words after "to". */
const PLURAL_ADDRESSEE = /^(?:[\p{L}'’-]+[ \u00a0]+){0,2}?(?!(?:this|his|hers|its|is|was|us|yours|always|perhaps)\b)(?:\p{Ll}[\p{L}'’-]*s|\d+s)\b/u;
/** A salutation opening the body: "Dear Jean,", "To Mr K.,", "Jean,". */
const SALUTATION = /^(?:[Dd]ear|[Tt]o|[Hh]i|[Hh]ello)[ \u00a0]+(?!(?:[Rr]eader|[Rr]eaders|[Ff]riends?|[Aa]ll|[Ee]veryone|[Cc]olleagues|[Yy]ou)\b)\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)?(?:[ \u00a0]*[,.!—–-]?\s*$|,)/u;

export function addressesOnePerson(ctx: Pick<DetectContext, 'text' | 'segments'>): boolean {
  const title = ctx.segments.find((s) => s.kind === 'title');
  const titleText = title ? ctx.text.slice(title.start, title.end).trim() : '';
  const greeting = LETTER_TITLE.exec(titleText) ?? SALUTING_TITLE.exec(titleText);
  if (greeting && !MANY_ADDRESSED.test(titleText) && !PLURAL_ADDRESSEE.test(titleText.slice(greeting[0].length))) return true;
  const opening = ctx.segments.find((s) => s.kind === 'text');
  if (opening !== undefined && SALUTATION.test(ctx.text.slice(opening.start, opening.end).trim())) return true;
  return SPEAKS_TO_SOMEONE.test(ctx.text) && YOU_IN_THE_PAST.test(ctx.text);
}
