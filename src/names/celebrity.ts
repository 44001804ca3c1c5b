/**
 * A sports star or celebrity that a group talks about: "Somebody brought up X at supper and the room
 * split", "half the lads are obsessed with X since the final". A full name as the thing talked about,
 * in a paragraph about a sport or fame, is the famous person, not a client. A client's name is the one
 * who does the talking, and "one of my lads" or "my client" in the sentence keeps it theirs.
 */
import { paragraphAround, sentenceByMarks } from '../sentence.js';
import { OWN_PEOPLE } from './context.js';
import { everyMention } from './history.js';

const TALKED_ABOUT_BEFORE = /\b(?:brought\s+up|bringing\s+up|brings\s+up|(?:talk|talked|talking|argue|argued|arguing|debate|debated|debating|row|rowed|rowing|fight|fought|fighting|fell\s+out|falling\s+out|went\s+on|going\s+on|raved|raving|ranted|ranting|obsessed|obsessing)\s+(?:about|over|with|on)|(?:a|the|huge|big|massive|mad|die-hard)\s+fans?\s+of|posters?\s+of|(?:impression|impersonation)s?\s+of|mentioned|mentioning|(?:opinions?|views?|takes?)\s+on)\s+$/i;
const FAME = /\b(?:football|footballer|soccer|rugby|hurling|camogie|GAA|cricket|tennis|golf|boxing|boxer|darts|snooker|netball|basketball|NBA|NFL|AFL|NRL|league|premiership|cup|final|semi-final|derby|match|matches|game|games|goal|goals|scored|season|transfer|signing|signed|striker|midfielder|goalkeeper|keeper|captain|manager|gaffer|team|club|fans|supporters|pitch|stadium|Olympics?|medal|telly|TV|film|show|singer|album|tour|concert|famous|celebrity|celeb|star|stars|podcast|influencer|YouTuber|TikTok|YouTube)\b/i;
const CLIENT_IN_SENTENCE = /\b(?:my|our)\s+(?:client|patient|resident|pupil|student|young\s+person|service\s+user)s?\b|\bone\s+of\s+(?:my|our)\b/i;

function amongFameTalk(text: string, start: number, end: number): boolean {
  const sentence = sentenceByMarks(text, start - 1, end);
  if (CLIENT_IN_SENTENCE.test(sentence) || OWN_PEOPLE.test(sentence)) return false;
  return FAME.test(paragraphAround(text, start).replace(text.slice(start, end), ''));
}

/**
 * Whether the full name between `start` and `end` is a famous person that people are talking about:
 * talked about here, and every other mention of it also among talk of sport or fame.
 */
export function talkedAboutStar(text: string, start: number, end: number): boolean {
  return TALKED_ABOUT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && everyMention(text, start, end, amongFameTalk);
}
