/**
 * A sports star or celebrity that a group talks about: "Somebody brought up X at supper and the room
 * split", "half the lads are obsessed with X since the final". A full name as the thing talked about,
 * in a paragraph about a sport or fame, is the famous person, not a client. A client's name is the one
 * who does the talking, and "one of my lads" or "my client" in the sentence keeps it theirs.
 */
import { paragraphAround, sentenceByMarks } from '../sentence.js';
import { OWN_PEOPLE } from './context.js';
import { isBroadRegion } from '../places.js';
import { everyMention } from './history.js';
import { CLIENTS, words } from './person-words.js';

const TALKED_ABOUT_BEFORE = /\b(?:brought\s+up|bringing\s+up|brings\s+up|(?:talk|talked|talking|argue|argued|arguing|debate|debated|debating|row|rowed|rowing|fight|fought|fighting|fell\s+out|falling\s+out|went\s+on|going\s+on|raved|raving|ranted|ranting|obsessed|obsessing)\s+(?:about|over|with|on)(?:\s+(?:whether|if|how|why))?|(?:worships?|worshipped|idoli[sz]es?|idoli[sz]ed|hero-worships?)|(?:a|the|huge|big|massive|mad|die-hard)\s+fans?\s+of|posters?\s+of|(?:impression|impersonation)s?\s+of|mentioned|mentioning|(?:opinions?|views?|takes?)\s+on)\s+$/i;
const FAME = /\b(?:hat-trick|penalty|knockout|podium|fixture|fixtures|football|footballer|soccer|rugby|hurling|camogie|GAA|cricket|tennis|golf|boxing|boxer|darts|snooker|netball|basketball|NBA|NFL|AFL|NRL|league|premiership|cup|final|semi-final|derby|match|matches|game|games|goal|goals|scored|season|transfer|signing|signed|striker|midfielder|goalkeeper|keeper|captain|manager|gaffer|team|club|fans|supporters|pitch|stadium|Olympics?|medal|telly|TV|film|show|singer|album|tour|concert|famous|celebrity|celeb|star|stars|podcast|influencer|YouTuber|TikTok|YouTube)\b/i;
const CLIENT_IN_SENTENCE = new RegExp(String.raw`\b(?:my|our)\s+(?:${words(CLIENTS)}|young\s+person|service\s+user)s?\b|\bone\s+of\s+(?:my|our)\b`, 'i');

function amongFameTalk(text: string, start: number, end: number): boolean {
  const sentence = sentenceByMarks(text, start - 1, end);
  if (CLIENT_IN_SENTENCE.test(sentence) || OWN_PEOPLE.test(sentence)) return false;
  const paragraph = paragraphAround(text, start).replace(text.slice(start, end), '');
  return FAME.test(paragraph) || NAMED_CLUB.test(paragraph);
}

/**
 * Whether the full name between `start` and `end` is a famous person that people are talking about:
 * talked about here, and every other mention of it also among talk of sport or fame.
 */
export function talkedAboutStar(text: string, start: number, end: number): boolean {
  return TALKED_ABOUT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && everyMention(text, start, end, amongFameTalk);
}

/** "celebrities like X and Y", "role models such as X": a full name given as an example of the famous. */
const FAMOUS_EXAMPLE_BEFORE = /\b(?:celebrit(?:y|ies)|celebs|famous\s+(?:people|faces|names|folk|women|men)|well-known\s+(?:people|faces|names)|(?:pop|rock|film|tv|movie|sports?|football|rugby|hollywood)\s+stars|role\s+models|public\s+figures|athletes|olympians|paralympians|footballers|singers|actors|actresses|musicians|pop\s+stars)\s+(?:(?:who|that)\s+[\p{Ll}'’]+(?:\s+[\p{Ll}'’\d]+){0,4}\s*,?\s+)?(?:like|such\s+as|including)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*(?:,|and|&|or)\s*)*$/u;

/**
 * Whether the full name between `start` and `end` is one of the famous given as examples ("stars
 * like X and Y have spoken about it"), with none of the blogger's own people in its sentence.
 */
export function namedAmongFamous(text: string, start: number, end: number): boolean {
  const sentence = sentenceByMarks(text, start - 1, end);
  // The sentence's first word is capitalised by its place: "Celebrities like X".
  const head = sentence.slice(0, Math.max(0, sentence.indexOf(text.slice(start, end)))).replace(/^\s*\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  if (!FAMOUS_EXAMPLE_BEFORE.test(head) || CLIENT_IN_SENTENCE.test(sentence) || OWN_PEOPLE.test(sentence)) return false;
  // "... Dara told me she waited a year": a mention elsewhere in the blogger's own day is someone they know.
  return everyMention(text, start, end, (t, s, e) => s === start || !FIRST_PERSON.test(sentenceByMarks(t, s - 1, e)));
}

const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/;

/** "X plays for Scotland", "X scored against Wales", "X captained Munster": a player of a country or a senior club. */
/** A senior club named in a paragraph ("He supports Celtic", "since Bolton Wanderers signed him"): the talk is of sport. */
const NAMED_CLUB = /\p{Lu}[\p{L}'’-]+\s(?:United|Rovers|Athletic|Albion|Wanderers|Hotspur|Villa|FC|GAA)\b|\b(?:Celtic|Rangers|Arsenal|Leinster|Munster)\b/u;

/** "X scored the winner", "X scored twice": a goal in a match, told of a player. */
const SCORED = /^\s+(?:(?:just|then|finally)\s+)?scored\s+(?:the\s+(?:winner|equali[sz]er|opener|decider)|twice|a\s+hat-trick|a\s+penalty|a\s+late\s+goal)\b/iu;
const PLAYS_FOR = /^(?:['’]s)?\s+(?:(?:has|had|just|then|finally|also)\s+)?(?:play(?:s|ed|ing)?|start(?:s|ed|ing)?|scor(?:e|es|ed|ing)|captain(?:s|ed|ing)?|debut(?:s|ed)?|sign(?:s|ed|ing)?|won|wins|line[sd]?\s+up|came\s+on)\s+(?:(?:\p{Ll}+|\d+)\s+){0,3}?(?:for|against|with|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;
/** What a senior club's name ends in: "Celtic", "Cork City", "Leinster Rugby". */
const CLUB = /\s(?:United|City|Rovers|Athletic|Albion|Wanderers|Town|County|Rangers|Celtic|Hotspur|Villa|Rugby|FC|GAA|Giants|Warriors|Blues|Reds)$|^(?:Celtic|Rangers|Arsenal|Chelsea|Liverpool|Everton|Munster|Leinster|Ulster|Connacht|Kerry|Dublin|Tyrone|Armagh|Galway|Cork|Kilkenny)$/u;
/** "Kieran Tierney's goal", "X's hat-trick": a player's deed in a match. */
const MATCH_DEED = /^['’]s?\s+(?:(?:first|second|late|last-minute|winning|stunning|brilliant|famous)\s+)?(?:goal|goals|penalty|try|tries|hat-trick|free\s+kick|header|equaliser|equalizer|red\s+card|transfer|debut|century|wicket|knockout|medal|gold)\b/iu;

/**
 * Whether the full name between `start` and `end` is a player talked about: playing for a country or
 * a senior club, or a deed of a match ("X's goal"), among talk of sport, at every mention.
 */
export function playsInPublic(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const m = PLAYS_FOR.exec(after);
  const team = m?.[1];
  // "plays for Scotland under-16s", "for Kerry minors": a youth side is where clients play.
  const youth = m !== null && /^\s+(?:under|u-?\d|youths?|schools|schoolboys|schoolgirls|juniors?|minors|academy|development)\b/iu.test(after.slice(m.index + m[0].length));
  const country = team !== undefined && isBroadRegion(team) && !youth;
  const player = country || (team !== undefined && CLUB.test(team) && !youth) || MATCH_DEED.test(after) || SCORED.test(after);
  const sentence = sentenceByMarks(text, start - 1, end);
  if (!player || OWN_FAMILY.test(sentence) || YOUTH_SPORT.test(sentence)) return false;
  // A country's side is no client's, wherever else the name stands: the sentence may name the blogger's group who watched.
  return country || everyMention(text, start, end, amongFameTalk);
}

/** "scored twice for the school team", "the under-12s", "five-a-side": the sport clients play themselves. */
const YOUTH_SPORT = /\b(?:school|schools|under-?\s?\d+s?|u-?\d+s?|youth|juniors?|minors|academy|five-a-side|primary|year\s*\d+|pe|sports\s+day|kickabout)\b/i;

/** "his mum drives him to every match": a player with a family beside him in the sentence is someone the blogger knows. */
const OWN_FAMILY = /\b(?:his|her|their)\s+(?:mum|mam|mom|dad|da|mother|father|parents|nan|nana|gran|granny|grandad|brother|sister|carer|foster\s+carers?|social\s+worker|key\s?worker)\b/i;
