/**
 * Where on a road something happened: a motorway junction ("just past junction 38"), a mile marker
 * ("mile marker 367 on I-90"), a lay-by on a numbered road, or a country road named by the two towns
 * it joins ("the Glenthompson–Dunkeld road"). With a crash, a call-out or a patient in the sentence,
 * the spot and the date are all a local paper needs to find the story, and the person in it.
 */
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';
import { CITY_POPULATION, populationOf } from '../places.js';
import { sentenceByMarks } from '../sentence.js';

const POSITIONS = [
  /\b(?:junction|J)[ \u00a0]?\d{1,2}[a-z]?(?:[ \u00a0]+(?:of|on)[ \u00a0]+the[ \u00a0]+(?:M|A)\d{1,4}(?:\(M\))?)?(?![\p{L}\p{N}])/gu,
  /\b(?:mile[ \u00a0]+marker|milepost|mile[ \u00a0]+post|mile[ \u00a0]+peg|MM)[ \u00a0]?\d{1,4}(?:[ \u00a0]+on[ \u00a0]+(?:I-|US[ \u00a0-]|Highway[ \u00a0]+|Hwy[ \u00a0]+|Route[ \u00a0]+)?\d{1,4})?(?![\p{L}\p{N}])/gu,
  /\bthe[ \u00a0]+lay-?by[ \u00a0]+(?:on|off)[ \u00a0]+the[ \u00a0]+[AB]\d{1,4}(?![\p{L}\p{N}])/gu,
];

/** "the Glenthompson–Dunkeld road": two places joined by a dash, then the road between them. */
const ROAD_BETWEEN = /\bthe[ \u00a0]+(\p{Lu}[\p{L}'’]+(?:[ \u00a0]\p{Lu}[\p{L}'’]+)?)[–—-](\p{Lu}[\p{L}'’]+(?:[ \u00a0]\p{Lu}[\p{L}'’]+)?)[ \u00a0]+(?:road|highway|track|back[ \u00a0]+road)\b/gu;

/** A crash, a call-out or someone hurt or found: what makes a spot on a road someone's. */
const INCIDENT = /\b(?:crash\w*|collision|collided|rolled|overturned|hit|struck|found|collapsed|arrested|arrest|died|dead|killed|injured|trapped|stranded|pulled|lying|slumped|unconscious|overdos\w*|patient|driver|passenger|rider|cyclist|pedestrian|casualty|casualties|job|call(?:ed|-out)?|she|he|her|his|him|they)\b/i;

export const roadPosition: Recognizer = {
  id: 'road-position',
  category: 'location',
  description: 'Motorway junctions, mile markers, lay-bys and country roads where an incident happened',
  detect({ text }) {
    const out: Candidate[] = [];
    for (const pattern of POSITIONS) {
      for (const m of matchesOf(text, pattern)) if (INCIDENT.test(sentenceAround(text, m.index))) out.push(position(m.index, m[0]));
    }
    for (const m of matchesOf(text, ROAD_BETWEEN)) {
      const small = [m[1], m[2]].some((town) => (populationOf(town) ?? 0) < CITY_POPULATION) && [m[1], m[2]].some((town) => populationOf(town) !== undefined);
      if (small && INCIDENT.test(sentenceAround(text, m.index))) out.push(position(m.index + 4, m[0].slice(4)));
    }
    return out;
  },
};

function position(start: number, found: string): Candidate {
  return {
    start, end: start + found.length, category: 'location', severity: 'medium',
    message: `"${found}" pins down where on a road something happened: with the day, it is enough to find the news story and the person in it`,
    hint: 'Say "on the motorway" or "on a country road" instead.',
  };
}

/** The sentence a position stands in, cut at any full stop: a junction's number never holds one. */
function sentenceAround(text: string, at: number): string {
  return sentenceByMarks(text, at, at, ['.', '\n']);
}
