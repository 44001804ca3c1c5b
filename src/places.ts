/**
 * What the engine knows about places: a gazetteer of towns and cities with their population
 * (data/places.tsv, built from GeoNames by scripts/build-places.mjs, and data/districts.tsv, the
 * city-sized districts and townships GeoNames files under their city, and data/city-names.tsv, big
 * cities by their Indigenous names), broad regions that never point
 * at a person (data/regions.txt, plus every country and language name the runtime knows).
 */
import { dataLines, dataSet } from './data.js';

/** At or above this many inhabitants a place is a city: naming it alone does not narrow down a person. */
export const CITY_POPULATION = 50_000;

let gazetteer: Map<string, number> | undefined;
/** Folded name -> the countries column of data/places.tsv ("AU", or "AU:27878,US:220289"). */
let countriesOf: Map<string, string> | undefined;

/** Largest population of any place of this name, or undefined when the gazetteer does not know it. */
export function populationOf(name: string): number | undefined {
  if (!gazetteer) loadGazetteer();
  return gazetteer!.get(fold(name));
}

/**
 * Largest population of a place of this name in one country: "Richmond" in a post from Australia is a
 * town of about 28,000, not Virginia's capital. Undefined where the country has no place of that name
 * (its namesake there is too small for the list), or where the list records no country for the name.
 */
export function populationIn(name: string, country: string): number | undefined {
  if (!gazetteer) loadGazetteer();
  const key = fold(name);
  const countries = countriesOf!.get(key);
  if (!countries) return gazetteer!.get(key);
  if (!countries.includes(':')) return countries === country ? gazetteer!.get(key) : undefined;
  const entry = countries.split(',').find((c) => c.startsWith(`${country}:`));
  return entry ? Number(entry.slice(country.length + 1)) : undefined;
}

function loadGazetteer(): void {
  gazetteer = new Map();
  countriesOf = new Map();
  for (const line of [...dataLines('places.tsv'), ...dataLines('districts.tsv'), ...dataLines('city-names.tsv')]) {
    const [place, population, countries] = line.split('\t');
    const key = fold(place);
    gazetteer.set(key, Math.max(gazetteer.get(key) ?? 0, Number(population)));
    if (countries) countriesOf.set(key, countries);
  }
}

/** "Montréal" and "Montreal" are one place: lower case without accents. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[łøæßđı]/g, (letter) => PLAIN_LETTERS[letter]);
}

/** Letters that carry no separable accent, as English writes them: "Łódź" is "Lodz", "Tromsø" is "Tromso". */
const PLAIN_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ı: 'i' };

let broad: Set<string> | undefined;

/** Countries, states, provinces, counties, languages and broad regions ("Ohio", "the Midlands", "Polish"). */
export function isBroadRegion(name: string): boolean {
  if (!broad) {
    broad = new Set(dataSet('regions.txt'));
    for (const name of countryNames()) broad.add(name);
    for (const name of runtimeNames('language', 'aa')) broad.add(name.toLowerCase());
    broad.add('republic of ireland');
  }
  const key = name.toLowerCase().replace(/^the\s+/, '');
  if (broad.has(key) || broad.has(`the ${key}`)) return true;
  // "North Wales", "Western Cape", "Mid Ulster": a part of a region is still a region.
  const part = COMPASS.exec(key);
  if (part && part[0].length < key.length && isBroadRegion(key.slice(part[0].length))) return true;
  // "the East End", "the South Side", "the Northside": a quarter of a city, home to tens of thousands.
  if (/^(?:north|south|east|west)[ -]?(?:end|side)$/.test(key)) return true;
  // "the Darling Downs", "the Scottish Borders", "the Northern Rivers": a landscape that spans many towns.
  return /\s(?:downs|highlands|lowlands|midlands|uplands|tablelands|dales|fens|wolds|moors|valleys|borders|rivers|ranges|plains|prairies|territories|hinterland|outback|wheatbelt|riviera|peninsula|coast)$/.test(key);
}

let countries: Set<string> | undefined;

/** Every country name the runtime knows, and the short ones people write, lower-cased. */
function countryNames(): Set<string> {
  return (countries ??= new Set([...runtimeNames('region', 'AA'), 'USA', 'US', 'UK', 'America', 'the States'].map((n) => n.toLowerCase())));
}

/** A country's name ("Jordan", "Ireland", "USA"), as against a state, a county or a region within one. */
export function isCountry(name: string): boolean {
  return countryNames().has(name.toLowerCase().replace(/^the\s+(?=\p{L})/u, ''));
}

const COMPASS = /^(?:(?:far|deep|upper|lower|greater|outer|inner|central|mid|north|south|east|west|northern|southern|eastern|western|north[- ]?east(?:ern)?|north[- ]?west(?:ern)?|south[- ]?east(?:ern)?|south[- ]?west(?:ern)?)[ -])+/;

/** Every name Intl knows for two-letter region or language codes, so no country list has to be shipped. */
function runtimeNames(type: 'region' | 'language', first: 'AA' | 'aa'): string[] {
  const names = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
  const base = first.charCodeAt(0);
  const out: string[] = [];
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(base + i, base + j);
      const name = names.of(code);
      if (name && name !== code) out.push(name.replace(/\s*\(.*\)$/, ''));
    }
  }
  return out;
}
