/**
 * Postal codes precise enough to find a home: UK postcodes (validated by the `postcode` package),
 * Irish Eircodes (one per address), Canadian postal codes, US ZIP+4 and ZIP or Australian postcodes
 * after a state. A full UK, Irish or Canadian code or a ZIP+4 is as good as an address (high); a
 * five-digit ZIP or an Australian postcode names a district (medium, counts towards mosaic risk).
 */
import { isValid as isUkPostcode } from 'postcode';
import type { Candidate, Recognizer } from './types.js';
import { before, matchesOf } from './util.js';

export const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
export const AU_STATES = 'NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT';

/** The codes that pin down a street, as bare patterns (the street-address rule reuses them). */
export const PRECISE_CODES = {
  uk: String.raw`[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}`,
  eircode: String.raw`(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}`,
  canada: String.raw`[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d`,
  zip4: String.raw`\d{5}-\d{4}`,
};
const standalone = (source: string): RegExp => new RegExp(`(?<![\\w-])${source}(?![\\w-])`, 'g');

/** Each form: its pattern, how precise it is, and a name for the message. */
interface PostalForm {
  name: string;
  pattern: RegExp;
  precise: boolean;
  accept?(code: string, text: string, at: number): boolean;
}

const POSTAL_FORMS: PostalForm[] = [
  {
    name: 'UK postcode',
    pattern: standalone(PRECISE_CODES.uk),
    precise: true,
    accept: (code) => isUkPostcode(code),
  },
  {
    name: 'Eircode',
    pattern: standalone(PRECISE_CODES.eircode),
    precise: true,
    // Four letters after a routing key could be a word in capitals; a digit or the word "Eircode" settles it.
    accept: (code, text, at) => /\d/.test(code.slice(-4)) || /eircode/.test(before(text, at, 30)),
  },
  {
    name: 'Canadian postal code',
    pattern: standalone(PRECISE_CODES.canada),
    precise: true,
  },
  {
    name: 'ZIP+4 code',
    pattern: standalone(PRECISE_CODES.zip4),
    precise: true,
    accept: (_code, text, at) => new RegExp(`\\b(?:${US_STATES})\\s*$|\\bzip\\b`, 'i').test(before(text, at, 12)) || /\b(?:zip|address)\b/i.test(before(text, at, 60)),
  },
  {
    name: 'ZIP code',
    pattern: new RegExp(`(?<=\\b(?:${US_STATES}),?\\s)\\d{5}(?![\\w-])`, 'g'),
    precise: false,
  },
  {
    name: 'postcode',
    pattern: new RegExp(`(?<=\\b(?:${AU_STATES}),?\\s)\\d{4}(?![\\w-])`, 'g'),
    precise: false,
  },
];

export const postalCode: Recognizer = {
  id: 'postal-code',
  category: 'contact',
  description: 'UK postcodes, Eircodes, Canadian postal codes, US ZIP codes after a state, Australian postcodes',
  detect({ text }) {
    const found: Candidate[] = [];
    for (const form of POSTAL_FORMS) {
      for (const m of matchesOf(text, form.pattern)) {
        if (form.accept && !form.accept(m[0], text, m.index)) continue;
        found.push({
          start: m.index, end: m.index + m[0].length, category: 'contact',
          severity: form.precise ? 'high' : 'medium', quasi: !form.precise || undefined,
          message: form.precise
            ? `A full ${form.name} ("${m[0]}") narrows the place down to a handful of homes`
            : `A ${form.name} ("${m[0]}") names the district where someone lives`,
          hint: form.precise ? 'Remove the code; "in the north of the city" is enough.' : 'Leave the code out; name a region instead.',
        });
      }
    }
    return found;
  },
};
