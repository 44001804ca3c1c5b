/**
 * Saints whose day a post names ("St Brigid's Day", "the Feast of St Columba"). Such a post uses the
 * saint's name bare as well: "we made Brigid's crosses", "whether it's Columba, St Andrew or
 * Halloween", "the legend of Brigid". There the name is the saint, not a client. A client who shares
 * the name still acts, speaks or comes to group, and those mentions stay names.
 */

const SAINT_DAY = /(?<![\p{L}])(?:St\.?|Saint)[ \u00a0]+(\p{Lu}\p{Ll}+)(?:['’]s[ \u00a0]+(?:Day|Eve|Night|Feast|Well|Cross)|[ \u00a0]+(?:Day|Feast))(?![\p{L}])|\b[Ff]east[ \u00a0]+(?:[Dd]ay[ \u00a0]+)?of[ \u00a0]+(?:St\.?|Saint)[ \u00a0]+(\p{Lu}\p{Ll}+)/gu;

/** What a saint's name owns in the customs of the day: "Brigid's crosses", "Columba's well". */
const CUSTOM_AFTER = /^[ \u00a0]+(?:crosses|cross|wells?|day|eve|night|feast|cakes?|bread|bannock|loaf|biscuits?|flowers?|blessing|prayer|hymn|story|legend|life|miracles?|cloak|mantle|girdle|shrine|relics?|island|monastery|abbey|church|chapel|parade|procession|festival|bonfires?|fire|flame|symbol|emblem)\b/i;
/** "the story of Columba", "learning about Brigid": the saint as a subject of the day. */
const TOLD_OF_BEFORE = /\b(?:story|stories|legend|legends|life|lives|tale|tales|feast|prayer|day|miracles?|about|of)[ \u00a0]+$/i;
/** A list with the day's other saints and festivals: "Columba, St Andrew or Halloween". */
const FESTIVAL = String.raw`(?:(?:St\.?|Saint)[ \u00a0]+\p{Lu}\p{Ll}+|Halloween|Hallowe['’]en|Christmas|Easter|Diwali|Eid|Hanukkah|Burns[ \u00a0]Night|Bonfire[ \u00a0]Night|Hogmanay|Samhain|Imbolc|Beltane|Lughnasadh|Advent|Lent|Pancake[ \u00a0]Day|Shrove[ \u00a0]Tuesday|Matariki|Thanksgiving|Midsummer)`;
const FESTIVAL_LIST_AFTER = new RegExp(String.raw`^[ \u00a0]*(?:,|and|or|&)[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?${FESTIVAL}`, 'u');
const FESTIVAL_LIST_BEFORE = new RegExp(String.raw`${FESTIVAL}[ \u00a0]*(?:,|and|or|&)[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?$`, 'u');
const SAINT_BEFORE = /(?<![\p{L}])(?:St\.?|Saint)[ \u00a0]+$/u;

let cached: { text: string; saints: Set<string> } | undefined;

function saintsOfDays(text: string): Set<string> {
  if (cached?.text !== text) cached = { text, saints: new Set([...text.matchAll(SAINT_DAY)].map((m) => (m[1] ?? m[2]).toLowerCase())) };
  return cached.saints;
}

/** Whether the single name between `start` and `end` is the saint whose day the post names. */
export function isSaintOfTheDay(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end).toLowerCase();
  if (!saintsOfDays(text).has(name)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (SAINT_BEFORE.test(before) || TOLD_OF_BEFORE.test(before)) return true;
  const possessive = /^['’]s?/.exec(after);
  if (possessive && CUSTOM_AFTER.test(after.slice(possessive[0].length))) return true;
  return FESTIVAL_LIST_AFTER.test(after) || FESTIVAL_LIST_BEFORE.test(before);
}
