/**
 * Usernames, handles and gamer tags: "@oregonamy1972", "big_roo_2008", "instagram.com/mimi_3x".
 * A handle is as good as a name: one search finds the person, and it often carries a birth year too.
 */
import type { Candidate, Recognizer } from './types.js';
import { classify, isAnyEnglishWord, isEnglishWord, nameLists } from '../names/lexicon.js';
import { escapeRegExp } from './util.js';

const MENTION = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?)/gu;
const SNAKE = /(?<![\p{L}\p{N}_@./-])(\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+)+_?)(?![\p{L}\p{N}_@]|\.\p{L})/gu;
const NAME_AND_DIGITS = /(?<![\p{L}\p{N}_@./-])(\p{L}{3,})(\d{1,4})(?![\p{L}\p{N}_@]|\.\p{L})/gu;
const PROFILE = /\b(?:instagram|tiktok|twitter|x|facebook|fb|snapchat|threads\.net|youtube|twitch\.tv|twitch|reddit|discord|linkedin|github|soundcloud|pinterest|tumblr|vsco|bsky\.app)(?:\.com)?\/(?:@|u\/|user\/|in\/|add\/|profile\/)?([\p{L}\p{N}_.-]{2,30})/giu;
/** "her username is x", "his gamertag: y" (a noun after a possessive, not "couldn't handle dialysis"). */
const INTRODUCED = /(?:\b(?:my|his|her|their|your|whose|the|a|an|new|old|secret|fake|main|alt)|(?<![\p{L}])\p{Lu}\p{Ll}+['’]s)\s+(?:(?:instagram|insta|tiktok|snapchat|snap|discord|xbox|psn|steam|roblox|fortnite|twitter|x|reddit|twitch|online|gaming)\s+)?(?:user ?name|handle|gamer ?tag|screen ?name|account|tag|name online|insta|instagram|ig|snap|snapchat|tiktok|discord|twitter|threads)(?:\s+(?:is|was|as|reads|says))?\s*[:\s]\s*["“'‘]?([\p{L}\p{N}_.]{3,30})(?!['’]\p{L})/giu;

/** "Snapchat: kiki.b" opening a line or a list item. */
const LABELLED = /(?:^|\n|\n\n)\s*(?:instagram|insta|ig|tiktok|snapchat|snap|discord|twitter|x|reddit|twitch|xbox|psn|steam|roblox|user ?name|handle|gamer ?tag)\s*:\s*["“'‘]?([\p{L}\p{N}_.]{3,30})/giu;

/** "jordan.whitehorse", "amy.k.lee": lower-case words joined by dots, as account names are made. */
const DOTTED = /(?<![\p{L}\p{N}_@./-])(\p{Ll}{2,}(?:\.\p{Ll}+){1,2})(?![\p{L}\p{N}_@]|\.\p{L})/gu;

/** Gamer-tag decoration: "xXmoonmothXx", "xX_Starla_Xx". */
const DECORATED = /(?<![\p{L}\p{N}_@./-])(?:xX|Xx)_?[\p{L}\p{N}_.]{2,30}?_?(?:Xx|xX)(?![\p{L}\p{N}_@])/gu;

/**
 * A name given as an account: "added her as moonmoth.kerns", "added him on Xbox as NightOwlz",
 * "she plays as frostbyte", "known as Kx9 on Discord".
 */
const ADDED_AS = /\b(?:added|adds|add|follows|followed|follow|friended|messaged|blocked|reported|tagged|found|searched for)\s+(?:him|her|them|me|us|each other)\s+(?:on\s+[\p{L}]+\s+)?(?:as|under)\s+["“'‘]?([\p{L}\p{N}_.]{3,30})/giu;
/** "who goes by sky online": a name the writer gives as what someone is called, in lower case as they write it. */
const GOES_BY = /\b(?:goes|went|going|gone)\s+by\s+["“'‘]?(\p{Ll}[\p{L}\p{N}_.]{1,29}?)["”'’]?(?=\s+(?:online|on\s+(?:snapchat|snap|instagram|insta|tiktok|discord|xbox|the\s+group\s+chat)|in\s+(?:game|the\s+group\s+chat))\b)/giu;
const PLAYS_AS = /\b(?:plays|played|playing|posts|posted|posting|streams|streamed|streaming|games|gamed)\s+(?:online\s+)?(?:as|under)\s+["“'‘]?([\p{L}\p{N}_.]{3,30})/giu;

/** Letter-digit words that are products, codes or units, not people ("mp3", "covid19", "b12"). */
const NOT_HANDLES = /^(?:mp|covid|sars|utf|ipv|win|windows|ios|android|gpt|html|css|es|iso|ps|xbox|wii|phq|gad|pcl|icd|dsm|vitamin|omega|level|year|grade|room|ward|bay|bed|unit|page|step|week|day|top|under|over|form|class|key|stage|type|wave|figure|table|chapter|section|part|version|area|zone|route|bus|flight|gate|suite|apt|block|floor|line|channel|episode|season|series|the|and|for)$/i;

export const handle: Recognizer = {
  id: 'handle',
  category: 'name',
  description: 'Usernames, handles and gamer tags',
  detect({ text, aliases, realNames, segmentAt }) {
    const out: Candidate[] = [];
    const add = (start: number, end: number, why: string) => {
      const shown = text.slice(start, end);
      if (aliases.has(shown.toLowerCase()) || aliases.has(shown.replace(/^@/, '').toLowerCase())) return;
      if (out.some((c) => c.start < end && start < c.end)) return;
      out.push({
        start, end, category: 'name', severity: 'high',
        message: `"${shown}" looks like a username or handle${why}: anyone can search for it and find the person`,
        hint: 'Leave the handle out, or describe it ("her account"); if it is a public organisation, suppress this finding with a reason.',
      });
    };
    const notCode = (at: number) => segmentAt(at)?.kind !== 'code';

    for (const m of text.matchAll(PROFILE)) {
      const at = m.index! + m[0].length - m[1].length;
      add(at, at + m[1].length, ' in a social-media link');
    }
    for (const m of text.matchAll(MENTION)) {
      if (/\p{L}/u.test(m[1])) add(m.index!, m.index! + m[0].length, '');
    }
    for (const m of text.matchAll(SNAKE)) {
      if (!notCode(m.index!) || segmentAt(m.index!)?.kind === 'url') continue;
      const word = m[1];
      if (word === word.toUpperCase() || word.replace(/_/g, '').length < 4) continue;
      add(m.index!, m.index! + word.length, '');
    }
    for (const m of text.matchAll(NAME_AND_DIGITS)) {
      if (!notCode(m.index!) || segmentAt(m.index!)?.kind === 'url') continue;
      const [, letters, digits] = m;
      if (letters === letters.toUpperCase() || NOT_HANDLES.test(letters) || !endsWithName(letters.toLowerCase())) continue;
      if (digits.length === 3) continue;
      add(m.index!, m.index! + m[0].length, ', a name fused with a number');
    }
    for (const m of text.matchAll(DECORATED)) if (notCode(m.index!)) add(m.index!, m.index! + m[0].length, ', a gamer tag');
    for (const m of text.matchAll(DOTTED)) {
      if (!notCode(m.index!) || segmentAt(m.index!)?.kind === 'url') continue;
      // A given name, then a family name or initial: a person's account or e-mail name, not "e.g" or "index.html".
      const [first, ...rest] = m[1].split('.');
      const last = rest[rest.length - 1];
      if (!nameLists(first).given || isEnglishWord(first) || !(nameLists(last).surname || classify(last) === 'unknown' || last.length === 1)) continue;
      add(m.index!, m.index! + m[1].length, ', a name written as an account name');
    }
    for (const m of [...text.matchAll(ADDED_AS), ...text.matchAll(PLAYS_AS)]) {
      const word = m[1].replace(/\.$/, '');
      // "plays as Mario" is a game's character: only the shape of a handle (digits, a dot, an underscore, "NightOwlz").
      if (isEnglishWord(word) || classify(word) === 'word' || (m[0].search(/^(?:plays|played|playing|posts|posted|posting|streams|streamed|streaming|games|gamed)\b/i) === 0 && !looksLikeHandle(word))) continue;
      const at = m.index! + m[0].length - m[1].length;
      add(at, at + word.length, ', given as an account');
    }
    for (const m of [...text.matchAll(INTRODUCED), ...text.matchAll(LABELLED)]) {
      const word = m[1].replace(/\.$/, '');
      if (isEnglishWord(word) || classify(word) === 'word' || /^\d+$/.test(word)) continue;
      const at = m.index! + m[0].length - m[1].length;
      add(at, at + word.length, '');
    }
    for (const m of text.matchAll(GOES_BY)) {
      const word = m[1];
      const at = m.index! + m[0].length - word.length - (/["”'’]$/.test(m[0]) ? 1 : 0);
      add(at, at + word.length, ', the name someone goes by online');
      // "sky's Snapchat": the same name, owning something, later in the post.
      for (const again of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}_.@])${escapeRegExp(word)}(?=['’]s\b)`, 'gu'))) add(again.index!, again.index! + word.length, ', the name someone goes by online');
    }
    for (const c of nicknamesFromHandles(text, out, realNames)) add(c.start, c.end, c.why);
    return out;
  },
};

/** Digits, a dot or an underscore inside, or capitals inside a word ("NightOwlz"): a handle's shape. */
function looksLikeHandle(word: string): boolean {
  return /[\d_.]/.test(word) || /\p{Ll}\p{Lu}/u.test(word);
}

/**
 * "Moonmoth" after "moonmoth.kerns", "Frostbyte" after "frostbyte_99": the word a handle is made of,
 * used alone later as the person's nickname, finds them as well as the handle.
 */
function nicknamesFromHandles(text: string, handles: readonly Candidate[], realNames: ReadonlyMap<string, string>): { start: number; end: number; why: string }[] {
  // A handle made of the person's own name ("yusuf.hashimi.07"): the name alone is the name rule's to
  // judge, which knows what the pseudonym map replaces at render time.
  const mapped = new Set([...realNames.keys()].flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u)));
  const parts = new Set<string>();
  for (const h of handles) {
    const bare = text.slice(h.start, h.end).replace(/^@/, '').replace(/^(?:xX|Xx)_?|_?(?:Xx|xX)$/g, '');
    for (const part of bare.split(/[._\d]+/)) {
      if (part.length >= 4 && !isAnyEnglishWord(part) && classify(part) === 'unknown' && !mapped.has(part.toLowerCase())) parts.add(part.toLowerCase());
    }
  }
  const out: { start: number; end: number; why: string }[] = [];
  for (const part of parts) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_.@])${part}(?![\\p{L}\\p{N}_]|\\.\\p{L})`, 'giu'))) {
      if (handles.some((h) => h.start <= m.index! && m.index! < h.end)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, why: ', the word of a handle used as a nickname' });
    }
  }
  return out;
}

/** "oregonamy" ends with "amy", "jaydenb" starts with "jayden": a given name inside a fused word. */
function endsWithName(letters: string): boolean {
  for (let n = Math.min(letters.length, 12); n >= 3; n--) {
    const tail = letters.slice(-n);
    const head = letters.slice(0, n);
    if (isName(tail) || isName(head)) return true;
  }
  return false;
}

function isName(part: string): boolean {
  const c = classify(part);
  return c === 'given' || c === 'ambiguous' && part.length > 3;
}
