/**
 * E-mail addresses, including the spelled-out kind ("jo.bird at gmail dot com"). A personal address
 * leads straight to a person (high). A role address of an organisation (info@, referrals@,
 * office@...) reaches a team, not a client, and is reported as low so the author still sees it.
 */
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const SPELLED_EMAIL = /\b[A-Za-z0-9._%+-]+\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*[A-Za-z]{2,})+\b/gi;
const ROLE_ACCOUNTS = /^(?:info|admin|office|enquiries|enquiry|inquiries|referrals?|intake|hello|contact|support|help|reception|team|duty|noreply|no-reply|bookings?|appointments|press|media|feedback|complaints|safeguarding|hr|jobs|careers|sales|accounts|webmaster)@/i;

export const email: Recognizer = {
  id: 'email',
  category: 'contact',
  description: 'E-mail addresses',
  detect({ text }) {
    return [...matchesOf(text, EMAIL), ...matchesOf(text, SPELLED_EMAIL)].map((m): Candidate => {
      const role = ROLE_ACCOUNTS.test(m[0]);
      return {
        start: m.index, end: m.index + m[0].length, category: 'contact', severity: role ? 'low' : 'high',
        message: role
          ? `An organisation's e-mail address ("${m[0]}") shows where you work`
          : `An e-mail address ("${m[0]}") lets anyone reach or identify the person`,
        hint: role ? 'Keep it only if naming your workplace is intended.' : 'Remove the address; if it matters, say "I e-mailed her".',
      };
    });
  },
};
