/**
 * Named storms: "after Storm Babet", "Hurricane Beryl", "Cyclone Gabrielle". Forecasters give storms
 * people's names, and a post about the damage goes on to call the storm by its name alone ("when
 * Beryl hit"). There the name is the weather, not a client. "Storm" is a given name too, so a storm
 * called so needs talk of weather in the post; a hurricane, a cyclone or a typhoon is never a person.
 */
import { dataLines } from '../data.js';

const NAMED_STORM = /(?<![\p{L}])(?:(?:Tropical\s+|Ex-?)?(Hurricane|Cyclone|Typhoon|Superstorm)|(Storm|Tropical\s+Storm))[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const STORM_BEFORE = /(?<![\p{L}])(?:Hurricane|Cyclone|Typhoon|Superstorm|Storm)[ \u00a0]+$/u;

/** What a storm brings: without such talk in the post, "Storm Ellis" is a person called Storm. */
const WEATHER_TALK = /\b(?:winds?|gusts?|gales?|rain|rainfall|downpours?|flood\w*|landfall|power\s+cuts?|without\s+(?:power|heat|heating|electricity|water)|snowdrifts?|blizzards?|power\s+(?:was|went)\s+(?:out|off)|trees?\s+(?:down|came\s+down|fell)|roofs?|met\s+(?:office|éireann|service)|weather|forecast\w*|red\s+warning|amber\s+warning|evacuat\w*|storm\s+damage|slips?|landslides?|sandbags?|surge|battered|hunker\w*|shelters?|blew|blown|fences?)\b/i;

/** A post about storms in general: "hurricane season", "the cyclone", "two typhoons". */
const STORM_TALK = /\b(?:hurricanes?|cyclones?|typhoons?|named\s+storms?|storm\s+season)\b/i;
/** Spoken of as an event: "after Harvey", "for Beryl last July", "since Katrina", "when Yasi hit". */
const EVENT_BEFORE = /(?:^|[^\p{L}])(?:after|during|since|before|through|for|survived|post-|and(?:\s+then)?)\s*$/iu;
const EVENT_AFTER = /^\s+(?:hit|struck|flooded|came\s+(?:through|ashore)|made\s+landfall|tore|knocked|took\s+out|wiped\s+out|destroyed|damaged)\b/i;

let remembered: Set<string> | undefined;

/** Storms remembered by name alone (data/names/storms.txt), lower case. */
function rememberedStorms(): Set<string> {
  return (remembered ??= new Set(dataLines('names/storms.txt').map((name) => name.toLowerCase())));
}

let cached: { text: string; storms: Set<string> } | undefined;

/** The names of storms the text gives ("Babet" of "Storm Babet"), lower case. */
export function stormsOf(text: string): ReadonlySet<string> {
  if (cached?.text === text) return cached.storms;
  // The storm is weather where the post speaks of weather, or of storms in lower case ("the third storm this winter").
  const weather = WEATHER_TALK.test(text) || /\bstorms?\b/.test(text);
  const storms = new Set<string>();
  for (const m of text.matchAll(NAMED_STORM)) if (m[1] || weather) storms.add(m[3].toLowerCase());
  cached = { text, storms };
  return storms;
}

/**
 * Whether the words between `start` and `end` name a storm of the post: 'titled' for "Storm Babet"
 * itself or the name right after "Hurricane", 'bare' for the name alone elsewhere ("when Beryl hit").
 */
export function stormNamed(text: string, start: number, end: number): 'titled' | 'bare' | undefined {
  const storms = stormsOf(text);
  const words = text.slice(start, end).split(/[ \u00a0]+/).map((w) => w.replace(/['’]s?$/u, '').toLowerCase());
  const name = words.filter((w) => !STORM_WORD.test(w));
  if (name.length === 1 && !storms.has(name[0]) && rememberedStorms().has(name[0]) && words.length === 1 && STORM_TALK.test(text)
    && (EVENT_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || EVENT_AFTER.test(text.slice(end, end + 30)))) return 'bare';
  if (name.length !== 1 || !storms.has(name[0])) return undefined;
  return words.length > 1 || STORM_BEFORE.test(text.slice(Math.max(0, start - 20), start)) ? 'titled' : 'bare';
}

const STORM_WORD = /^(?:storm|hurricane|cyclone|typhoon|superstorm|tropical|ex-?hurricane)$/;
