/**
 * Irish housing-estate addresses: a house number, then the estate's Irish-language name ("number four,
 * Ard na Gréine", "No. 12 Cluain Ard"). Estates carry no street word, so the street-address rule misses
 * them, and the name reads like a person's; together with the number it is one house.
 */
import type { Candidate, Recognizer } from './types.js';
import { NUMBER_WORD_SOURCE } from '../names/context.js';
import { matchesOf } from './util.js';

/** Words Irish estate and townland names are built from: height, meadow, view, park, hill, glen, fort, wood... */
const IRISH_ELEMENT = String.raw`(?:Ard|Árd|Cluain|Radharc|Páirc|Pairc|Cnoc|Gleann|Lios|Dún|Dun|Baile|Cill|Coill|Coillte|Cúil|Cuil|Sráid|Plás|Plas|Céide|Ceide|Garrán|Garran|Bóthar|Bothar|Ascaill|Mullach|Barr|Ros|Tír|Tir|Droim|Achadh|Áth|Carraig|Móin|Moin|Cois|Clós|Clos|Faiche|Machaire|Sliabh|Tobar|Bruach|Caisleán|Caislean|Gort|Cúirt|Cuirt|Teach|Tigh|Ráth|Rath|Abhainn|Bealach|Bán|Ban|Lána|Lana|Crann|Dara|Glas|Gréine|Greine|Aoibhinn|Rua|Mór|Mor|Beag|Nua|Álainn|Alainn)`;
/** The estate: an Irish element, then up to three more words, joined by "na", "an", "a" or "de". */
const ESTATE = String.raw`${IRISH_ELEMENT}(?:[ \u00a0](?:(?:na|an|a|de|na[ \u00a0]h-?)[ \u00a0]?)?\p{Lu}[\p{L}\p{M}'’-]*){1,3}`;
const ESTATE_ADDRESS = new RegExp(String.raw`\b(?:[Nn]umber|[Nn]o\.|[Nn]º|#)[ \u00a0]*(?:\d{1,4}[A-Za-z]?|(?:${NUMBER_WORD_SOURCE})(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?)(?:,[ \u00a0]*|[ \u00a0]+)(${ESTATE})(?![\p{L}])`, 'gu');

export const estateAddress: Recognizer = {
  id: 'estate-address',
  category: 'contact',
  description: 'House numbers in Irish-language housing estates ("No. 12 Cluain Ard")',
  detect({ text }) {
    const found: Candidate[] = [];
    for (const m of matchesOf(text, ESTATE_ADDRESS)) {
      const address = m[0];
      found.push({
        start: m.index, end: m.index + address.length, category: 'contact', severity: 'high',
        message: `"${address}" is a house number in a named estate: it is one home, as exact as a street address`,
        hint: 'Remove the number and the estate; "an estate on the edge of town" keeps the story.',
      });
    }
    return found;
  },
};
