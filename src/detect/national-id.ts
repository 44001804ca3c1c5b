/**
 * National identity and health numbers recognised by their own structure, without a label:
 * US SSN (with its never-issued ranges), NHS numbers (mod-11), US Medicare MBI (fixed letter/digit
 * positions), Australian Medicare cards (check digit, or the card's own 4-5-1 grouping) and Irish PPS
 * numbers (check letter), South African ID numbers (birth date + Luhn), Canadian social insurance numbers (Luhn), Ontario health cards (version code or Luhn), payment cards (Luhn), UK National Insurance numbers
 * (issued prefixes only). A look-alike that fails its check is left alone here; if a label stands
 * before it ("NHS number ...") the record-number rule still reports it.
 */
import type { Candidate, Recognizer } from './types.js';
import { isValidAuMedicare, isValidNhsNumber, isValidPps, isValidSaId, isValidSsn, MBI_SOURCE, passesLuhn } from './checksums.js';
import { matchesOf } from './util.js';
import { phoneWordBefore } from './id-context.js';

interface Scheme {
  name: string;
  pattern: RegExp;
  accept(value: string, text: string, at: number): boolean;
}


const SCHEMES: Scheme[] = [
  {
    name: 'Social Security number',
    pattern: /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g,
    accept: isValidSsn,
  },
  {
    // "xxx-xx-6619", "***-**-4417": a masked number still gives away its last four digits, which
    // forms and banks ask for to confirm who someone is.
    name: 'Social Security number (last four digits)',
    pattern: /(?<![\w*-])(?:[xX]{3}|\*{3}|#{3})-(?:[xX]{2}|\*{2}|#{2})-\d{4}(?![\w-])/g,
    accept: () => true,
  },
  {
    name: 'NHS number',
    // Issued NHS numbers start 3, 4, 6 or 7 (a leading 0 is a phone's trunk prefix). Ten digits in
    // 3-3-4 are also how North Americans write phones: the check digit decides, and a phone word
    // earlier in the clause hands it to the phone rule.
    pattern: /(?<![\w-])[3467]\d{2}[ -]?\d{3}[ -]?\d{4}(?![\w-])/g,
    accept: (value, text, at) => isValidNhsNumber(value) && !phoneWordBefore(text, at),
  },
  {
    name: 'Medicare number (US, MBI)',
    pattern: new RegExp(`(?<![\\w-])${MBI_SOURCE}(?![\\w-])`, 'g'),
    // The fixed positions and the missing S, L, O, I, B, Z already make a look-alike unlikely.
    accept: () => true,
  },
  {
    name: 'Medicare card number (Australia)',
    pattern: /(?<![\w-])[2-6]\d{3} ?\d{5} ?\d(?:[ -\/]?\d)?(?![\w-])/g,
    accept: (value) => isValidAuMedicare(value) || /^\d{4} \d{5} \d(?:[ -\/]?\d)?$/.test(value),
  },
  {
    name: 'Social Insurance number (Canada)',
    pattern: /(?<![\w-])[1-79]\d{2}([ -])\d{3}\1\d{3}(?![\w-])/g,
    accept: passesLuhn,
  },
  {
    // Prefix letters D, F, I, Q, U, V are never issued, nor O second, nor BG GB NK KN TN NT ZZ.
    name: 'National Insurance number',
    pattern: /(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w-])/g,
    accept: () => true,
  },
  {
    // Ontario's health card: ten digits as 4-3-3 and a two-letter version code; without the code, the Luhn check decides.
    name: 'health card number (Ontario)',
    pattern: /(?<![\w-])\d{4}([ -])\d{3}\1\d{3}(?:[ -]?[A-Z]{2})?(?![\w-])/g,
    accept: (value) => /[A-Z]{2}$/.test(value) || passesLuhn(value),
  },
  {
    name: 'payment card number',
    pattern: /(?<![\w-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\w-])/g,
    accept: passesLuhn,
  },
  {
    name: 'South African ID number',
    // Written run together or as 6-4-3 (birth date, sequence, citizenship + check).
    pattern: /(?<![\w-])\d{6}[ -]?\d{4}[ -]?\d{3}(?![\w-])/g,
    accept: isValidSaId,
  },
  {
    name: 'PPS number',
    pattern: /(?<![\w-])\d{7}[A-W][A-IW]?(?![\w-])/g,
    accept: isValidPps,
  },
];

export const nationalId: Recognizer = {
  id: 'national-id',
  category: 'id',
  description: 'Social security, NHS, South African ID, Medicare (US MBI, Australia), PPS, SIN, Ontario health card, National Insurance and payment card numbers',
  detect({ text }) {
    const found: Candidate[] = [];
    for (const scheme of SCHEMES) {
      for (const m of matchesOf(text, scheme.pattern)) {
        if (!scheme.accept(m[0], text, m.index)) continue;
        found.push({
          start: m.index, end: m.index + m[0].length, category: 'id', severity: 'high',
          message: `A ${scheme.name} ("${m[0]}") belongs to exactly one person`,
          hint: 'Remove the number entirely; nothing in a post needs it.',
        });
      }
    }
    return found;
  },
};
