/**
 * Phone numbers as people write them in the US, Canada, the UK, Ireland, Australia and New Zealand,
 * plus any +NN international number.
 *
 * A digit run counts only when its grouping is a phone grouping of one of those countries (a
 * trunk "0" or a NANP area code, or a leading "+") and libphonenumber agrees that it is a possible
 * number there. "Possible" rather than "valid" on purpose: the reserved fiction ranges (555-01xx,
 * 07700 900xxx) are what careful writers use in examples, and a real number looks the same.
 * Case numbers like 2025-04417, numbers after an identifier label ("NHS number 943 476 5919") and
 * helplines (toll-free, shared-cost) are not a person's phone.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import type { Candidate, Recognizer } from './types.js';
import { idLabelBefore, idLabelCarriedOver, phoneWordBefore } from './id-context.js';
import { isValidNhsNumber } from './checksums.js';
import { before, matchesOf } from './util.js';

/**
 * A run of digit groups joined by single separators, optionally opened by + or (area). Not inside a
 * longer number, a time, a path or a query string, except right after a "tel:" link.
 */
const PHONE_SHAPE = /(?:(?<=\btel:)|(?<![\w+\/.,:=?&#@-]))(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,11}(?:[ .-]\d{1,6}){0,5}(?![\w\/]|[.,:-]\d)/g;

const NATIONAL_COUNTRIES: CountryCode[] = ['GB', 'IE', 'AU', 'NZ'];
/** Numbers that reach an organisation, not a person. */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN', 'VOICEMAIL']);
/** Words that say the next digits are a phone number even when their grouping is unusual. */
const PHONE_WORDS = /\b(?:call(?:ed|ing)?|ring(?:s|ing)?|rang|phone|mobile|cell|tel|text(?:ed)?|landline|whats ?app|number|line|reach (?:her|him|them|me) (?:at|on))\b[^.\d]{0,12}$/;

export const phone: Recognizer = {
  id: 'phone-number',
  category: 'contact',
  description: 'Phone numbers (US, Canada, UK, Ireland, Australia, New Zealand and international format)',
  detect({ text }) {
    const found: Candidate[] = [];
    for (const m of matchesOf(text, PHONE_SHAPE)) {
      const raw = m[0].replace(/[ .-]+$/, '');
      const number = phoneNumberOf(raw, text, m.index);
      // "Her cell, for the file, is +27 73 ...": a number in international form after a word for a phone is one, whatever label is near.
      const dialled = raw.startsWith('+') && phoneWordBefore(text, m.index);
      if (!number || (!dialled && (idLabelBefore(text, m.index) || idLabelCarriedOver(text, m.index))) || readsAsNhsNumber(raw, text, m.index)) continue;
      if (number !== LOCAL && number.isValid() && SERVICE_TYPES.has(number.getType() ?? '')) continue;
      found.push({
        start: m.index, end: m.index + raw.length, category: 'contact', severity: 'high',
        message: `A phone number ("${raw}") leads straight to a person`,
        hint: 'Remove the number; "I rang her" says enough.',
      });
    }
    return found;
  },
};

/**
 * "943 476 5919": spaced 3-3-4 is also how NHS numbers are printed. When the check digit works and
 * nothing says "call", the national-id rule reports it instead.
 */
function readsAsNhsNumber(raw: string, text: string, at: number): boolean {
  return /^[3467]\d\d \d{3} \d{4}$/.test(raw) && isValidNhsNumber(raw) && !phoneWordBefore(text, at);
}

/** A seven- or eight-digit local number, which libphonenumber cannot judge without an area code. */
const LOCAL = 'local';

function phoneNumberOf(raw: string, text: string, at: number): PhoneNumber | typeof LOCAL | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (looksLikeYearSerial(raw)) return undefined;
  if (raw.startsWith('+')) return possible(raw);
  if (isNanpShaped(raw)) return possible(raw, 'US');
  if (digits.startsWith('0') && isNationalShaped(raw)) {
    for (const country of NATIONAL_COUNTRIES) {
      const number = possible(raw, country);
      if (number) return number;
    }
    return undefined;
  }
  // A local number ("555-0192") or an unusual grouping only counts when the sentence says it is a phone.
  // Australian and Irish local numbers come in two groups of four ("9876 5432") or three and four.
  if (PHONE_WORDS.test(before(text, at, 30)) && /^[2-9]\d{2,3}[ .-]\d{4}$/.test(raw)) return LOCAL;
  return undefined;
}

function possible(raw: string, country?: CountryCode): PhoneNumber | undefined {
  const number = parsePhoneNumberFromString(raw, country);
  return number?.isPossible() ? number : undefined;
}

/** (614) 555-0137, 614-555-0137, 614.555.0137, 614 555 0137, with an optional leading 1. */
function isNanpShaped(raw: string): boolean {
  return /^(?:1[ .-]?)?(?:\([2-9]\d\d\)[ .-]?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}$/.test(raw);
}

/**
 * National formats with a trunk 0: 07700 900317, 020 7946 0018, 0161 496 0000, (02) 9876 5432,
 * 0491 570 156, 085 412 7730, 01 555 2345, 07700 900317. Groups after the first have 3 to 6 digits.
 */
function isNationalShaped(raw: string): boolean {
  const digits = raw.replace(/\D/g, '').length;
  // Unbroken, only a full-length number reads as a phone; shorter runs are usually record numbers.
  if (/^\d+$/.test(raw) && digits < 10) return false;
  return digits >= 9 && digits <= 11 && /^(?:\(0\d{1,4}\)|0\d{1,4})(?:[ .-]?\d{3,6}){1,2}$/.test(raw);
}

/** 2025-04417, 2019 0331: a year joined to a serial is a file number. */
function looksLikeYearSerial(raw: string): boolean {
  return /^(?:19|20)\d\d[ .\/-]\d{3,}$/.test(raw);
}
