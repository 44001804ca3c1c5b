/** E-mail addresses: always personal contact details in a practitioner's post. */
import type { Recognizer } from './types.js';
import { matchesOf } from './util.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export const email: Recognizer = {
  id: 'email',
  category: 'contact',
  description: 'E-mail addresses',
  detect({ text }) {
    return [...matchesOf(text, EMAIL)].map((m) => ({
      start: m.index, end: m.index + m[0].length, category: 'contact', severity: 'high',
      message: `An e-mail address ("${m[0]}") lets anyone reach or identify the person`,
      hint: 'Remove the address; if it matters, say "I e-mailed her".',
    }));
  },
};
