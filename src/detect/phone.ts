/** Phone numbers, parsed and validated by libphonenumber for the countries our users write from. */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import type { Candidate, Recognizer } from './types.js';

const COUNTRIES: CountryCode[] = ['US', 'GB', 'CA', 'AU', 'IE', 'NZ'];

export const phone: Recognizer = {
  id: 'phone-number',
  category: 'contact',
  description: 'Phone numbers (US, UK, Canada, Australia, Ireland, New Zealand and international format)',
  detect({ text }) {
    const seen = new Map<number, Candidate>();
    for (const country of COUNTRIES) {
      for (const found of findPhoneNumbersInText(text, { defaultCountry: country, extended: false } as never)) {
        if (seen.has(found.startsAt)) continue;
        seen.set(found.startsAt, {
          start: found.startsAt, end: found.endsAt, category: 'contact', severity: 'high',
          message: `A phone number ("${text.slice(found.startsAt, found.endsAt)}") leads straight to a person`,
          hint: 'Remove the number; "I rang her" says enough.',
        });
      }
    }
    return [...seen.values()];
  },
};
