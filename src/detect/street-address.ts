/**
 * Street addresses: a house number, a capitalised street name and a street type, in US, UK, Irish,
 * Australian and Canadian styles ("418 Elm Street", "Flat 2, 14 Holly Lane", "1418 Pine Ave., Apt.
 * 3B", "Unit 3/15 Smith St"), with the town and postcode that follow. An address with no street
 * type counts when a postcode or an Irish county closes it ("7 Bóthar na Trá, Tuam, H54 R2X9", "22 Ard
 * na Gréine, Tuam, Co. Galway"); so does a PO box.
 */
import type { Candidate, Recognizer } from './types.js';
import { AU_STATES, PRECISE_CODES, US_STATES } from './postal-code.js';
import { matchesOf, mentionsOf } from './util.js';
import { CITY_POPULATION, isBroadRegion, isCountry, populationOf } from '../places.js';

const STREET_TYPES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Close', 'Crescent',
  'Cres', 'Place', 'Pl', 'Way', 'Terrace', 'Tce', 'Terr', 'Boulevard', 'Blvd', 'Highway', 'Hwy', 'Parkway', 'Pkwy',
  'Circle', 'Cir', 'Square', 'Sq', 'Gardens', 'Gdns', 'Grove', 'Hill', 'Row', 'Walk', 'Mews', 'Park', 'Parade', 'Pde',
  'Esplanade', 'Trail', 'Trl', 'View', 'Rise', 'Green', 'Vale', 'Heights', 'Wynd', 'Brae', 'Gate', 'Quay', 'Loop',
  'Pike', 'Alley', 'Landing', 'Ridge', 'Meadow', 'Meadows', 'Cove', 'Bend', 'Chase', 'Glen', 'Croft', 'Fold', 'Yard',
  'Embankment', 'Promenade', 'Approach', 'Causeway', 'Circuit', 'Cct', 'Concourse', 'Mall', 'Wharf', 'Plaza', 'Ter',
  'Crt', 'Cl', 'Gr', 'Hts', 'Pkwy', 'Expressway', 'Route', 'Villas', 'Drove', 'Lawn', 'Lawns', 'Park',
  // Rural roads of New Zealand and Australia ("1148 Kowhai Track", "7 Gully Access")
  'Track', 'Tk',
  // Estate names in Ireland and Britain ("7 The Paddocks", "12 Orchard Grange")
  'Paddock', 'Paddocks', 'Orchard', 'Orchards', 'Cottages', 'Manor', 'Grange', 'Heath', 'Downs', 'Dale', 'Fields',
  'Copse', 'Glade', 'Spinney', 'Demesne', 'Woods', 'Crescent',
];
/** Street types written before the name: "22 Rue Saint-Denis", "14 Calle Mayor". */
const TYPE_FIRST = String.raw`(?:Rue|Chemin|Calle|Avenida|Rua|Via|Viale|Strada|Straße|Strasse)`;
const TYPE = `(?:${[...new Set(STREET_TYPES)].sort((a, b) => b.length - a.length).join('|')})\\b\\.?`;
const WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const PARTICLE = String.raw`(?:na|an|de|la|le|du|del|van|von|of|the|y|on|upon)`;
const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+)?${WORD}){0,3}`;
/** Words for a home inside a building: "Flat 2", "Apt. 4B". */
const HOME_UNIT = String.raw`Flat|Apt\.?|Apartment|Unit`;
const UNIT = String.raw`(?:${HOME_UNIT}|Suite|Ste\.?|Room|Lot)\s*#?\w{1,4}(?:\/\w{1,3})?`;
/** A unit written before an Australian "4/17" house number, or a unit part with a comma. */
const UNIT_BEFORE = String.raw`(?:${UNIT},?\s+|(?:Unit|Flat|Apt\.?|Apartment|Suite)\s+(?=\d+[A-Za-z]?\/\d))`;
const HOUSE = String.raw`(?<![\w\/.,-])\d{1,5}[A-Za-z]?(?:[-\/]\d{1,5}[A-Za-z]?)?`;
const DIRECTION = String.raw`(?:(?:North|South|East|West|N\.?|S\.?|E\.?|W\.?|NE|NW|SE|SW)\s+)?`;
const POSTCODE = `(?:${Object.values(PRECISE_CODES).join('|')}|(?:${US_STATES}|${AU_STATES}),?\\s\\d{4,5}(?:-\\d{4})?)(?![\\w-])`;
/** An Irish county closing an address: "Co. Galway", "County Clare". */
const COUNTY = String.raw`(?:Co\.?|County)\s+${WORD}`;
const TOWN = `(?:,\\s*(?:${COUNTY}|${NAME}))`;

/** New York style numbered streets: "410 West 120th Street". */
const NUMBERED = String.raw`\d{1,3}(?:st|nd|rd|th)`;
const TYPED = new RegExp(
  `${UNIT_BEFORE}?${HOUSE}\\s+${DIRECTION}(?:${NAME}|${NUMBERED})\\s+${TYPE}` +
  `(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?(?:,?\\s+${UNIT})?` +
  `(?:${TOWN}{0,2},?\\s+${POSTCODE})?`,
  'gu',
);
/**
 * Rural roads of Canada and the prairies: "5821 Sixth Line, Belwood", "RR 2, 1234 Concession 4",
 * "54012 Range Road 223", "7421 Sideroad 10". Concession lines are numbered; a bare "Line" is not a road.
 */
const ORDINAL_WORD = '(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Base|Town)';
const RURAL_ROAD = new RegExp(`${HOUSE}\\s+(?:(?:${ORDINAL_WORD}|${NUMBERED})\\s+Line|(?:Concession(?:\\s+Road)?|Range\\s+Road|Township\\s+Road|Side\\s?[Rr]oad|Sideroad|County\\s+Road)\\s+\\d{1,4}[A-Z]?)\\b${TOWN}?`, 'gu');
/**
 * "311 Pukekura Line, Halcombe": a New Zealand rural road called a Line, known by the town after it or
 * by "at" before it ("lives at 88 Kakariki Line"); "the 3 Central Line stops" is a train.
 */
const LINE_ROAD = new RegExp(`${HOUSE}\\s+${NAME}\\s+Line\\b(?:${TOWN}|(?<=\\bat\\s+${HOUSE}\\s+${NAME}\\s+Line))`, 'gu');
const TYPE_FIRST_ADDRESS = new RegExp(`${UNIT_BEFORE}?${HOUSE},?\\s+${TYPE_FIRST}\\s+(?:(?:de|du|des|la|le|del|dos|da)\\s+)?${NAME}`, 'gu');
/** "number 14 on Cherry Lane": the house number said apart from its street. */
const NUMBER_ON_STREET = new RegExp(`\\b(?:[Nn]umber|[Nn]o\\.)\\s+\\d{1,4}[A-Za-z]?\\s+(?:on|in|at|along)\\s+(?:the\\s+)?${NAME}\\s+${TYPE}`, 'gu');
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|GPO\s+Box|Locked\s+Bag)\s+\d{1,6}\b/gi;
const CLOSED_BY_POSTCODE = new RegExp(`${UNIT_BEFORE}?${HOUSE}\\s+${NAME}${TOWN}{0,2},?\\s+${POSTCODE}`, 'gu');
/** A home in a named block, with no house number: "Flat 9, Kestrel Court, Seacroft", "Apt 4, Harbour Point" (not "Room 4, Science Block"). */
const FLAT_IN_BLOCK = new RegExp(`(?:${HOME_UNIT})\\s*#?\\w{1,4},?\\s+${NAME}\\s+(?:Court|House|Tower|Towers|Lodge|Mansions|Buildings|Point|Heights|Apartments|Flats|Block|Hall|Gardens)\\b${TOWN}?`, 'gu');
/** Irish estates go without a street type, and the county closes the address: "22 Ard na Gréine, Tuam, Co. Galway". */
const CLOSED_BY_COUNTY = new RegExp(`${UNIT_BEFORE}?${HOUSE}\\s+${NAME},\\s*${NAME},\\s*${COUNTY}(?:,?\\s+${POSTCODE})?`, 'gu');

/** Addresses of public landmarks, which identify no client. */
const LANDMARKS = /^(?:10 Downing Street|1600 Pennsylvania Ave(?:nue|\.)?|221B Baker Street|24 Sussex Drive)\b/i;

/** "Pine Ave." keeps its full stop; "Marchmont Road." ends a sentence. */
const ABBREVIATED_END = /\b(?:St|Rd|Ave?|Ln|Dr|Ct|Cres|Pl|Tce|Terr?|Blvd|Hwy|Pkwy|Cir|Sq|Gdns|Pde|Trl|Cct|Crt|Cl|Gr|Hts|Apt|Ste|[NSEW])\.$/;

/** "Chapter 7 The Orchard", "Week 3 Green Park": the number counts something else. */
const COUNTED_BEFORE = /\b(?:Chapter|Page|Step|Verse|Track|Episode|Book|Season|Part|Act|Scene|Psalm|Bed|Ward|Level|Stage|Year|Grade|Week|Day|Session|Lesson|Module|Series|Volume|Vol\.)\s+$/i;

/** "In 2019 Church Road closed": a year is not a house number. */
const YEAR_BEFORE = /^(?:19|20)\d\d\s/;

/** ", Tuamarina." after the street: the town closing a rural address with no postcode belongs to it. */
const TOWN_AFTER = new RegExp(`^,[ \\u00a0]*${WORD}(?:[ \\u00a0]${WORD})?(?=[ \\u00a0]*(?:[.;:!?)\\n]|$)|,[ \\u00a0]|[ \\u00a0]+(?:and|since|where|with|in|on|for|near|until)\\b)`, 'u');

function withTown(text: string, at: number, address: string): string {
  if (/,/.test(address.replace(/,\s*$/, ''))) return address;
  const town = TOWN_AFTER.exec(text.slice(at + address.length, at + address.length + 40));
  return town ? address + town[0] : address;
}

export const streetAddress: Recognizer = {
  id: 'street-address',
  category: 'contact',
  description: 'Street addresses with a house number (US, UK, Irish, Australian, Canadian styles)',
  detect({ text }) {
    const found: Candidate[] = [];
    const all = [TYPED, CLOSED_BY_POSTCODE, CLOSED_BY_COUNTY, FLAT_IN_BLOCK, PO_BOX, TYPE_FIRST_ADDRESS, NUMBER_ON_STREET, RURAL_ROAD, LINE_ROAD];
    for (const m of all.flatMap((pattern) => [...matchesOf(text, pattern)])) {
      const address = withTown(text, m.index, m[0]).replace(/[\s,.]+$/, (tail) => (tail.startsWith('.') && ABBREVIATED_END.test(m[0]) ? '.' : ''));
      // "| 7 | Losa | Kōwhai Grove |": a number in one table cell or paragraph and a name in the next are no address.
      if (address.includes('\n\n')) continue;
      if (LANDMARKS.test(address) || COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "walked the 10 Mile Track": a named trail, not a house on one.
      if (/\b(?:Track|Tk|Line)\b/.test(address) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      if (YEAR_BEFORE.test(address) && /\b(?:in|since|by|until|from|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      found.push({
        start: m.index, end: m.index + address.length, category: 'contact', severity: 'high',
        message: `A street address ("${address}") shows where someone lives`,
        hint: 'Remove the address; "a flat across town" keeps the story.',
      });
    }
    return [...found, ...partsMentionedAgain(text, found)];
  },
};

/**
 * "Flat 9, Kestrel Court, Seacroft" ... "the drying room of Kestrel Court": the block, street or
 * suburb of an address given in the post still points at that home when named again on its own.
 */
function partsMentionedAgain(text: string, addresses: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const parts = new Set(addresses.flatMap((a) => text.slice(a.start, a.end).split(/,[ \u00a0]*|\n/)
    .map((part) => part.replace(/^(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \u00a0]+)?[\d\/-]+[A-Za-z]?[ \u00a0]+/, '').trim())
    .filter(isPlaceName)));
  for (const part of parts) {
    for (const m of mentionsOf(text, part)) {
      const end = m.index + m[0].length;
      if ([...addresses, ...out].some((c) => c.start < end && m.index < c.end)) continue;
      out.push({
        start: m.index, end, category: 'location', severity: 'medium',
        message: `"${part}" is part of the address given in this post: named again, it still points at that home`,
        hint: 'Leave it out, or say "her block" or "the estate".',
      });
    }
  }
  return out;
}

/** A capitalised name of a block, street or suburb: not a number, a postcode, a state or a big city. */
function isPlaceName(part: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(part) && !/\d/.test(part) && part.length > 3
    && !isCountry(part) && !isBroadRegion(part) && (populationOf(part) ?? 0) < CITY_POPULATION;
}
