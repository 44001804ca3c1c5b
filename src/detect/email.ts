/**
 * E-mail addresses, including the spelled-out kind ("jo.bird at gmail dot com", "jo.bird at gmail"). Every address is
 * high: even a role address (info@, office@) can belong to a client's family business. For a role
 * address the hint says how to allow a public service's address with a reason.
 */
import type { Candidate, Recognizer } from './types.js';
import { matchesOf } from './util.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const SPELLED_EMAIL = /\b[A-Za-z0-9._%+-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*[A-Za-z0-9_%+-]+)*\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*[A-Za-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*[A-Za-z]{2,})+\b/gi;
/** "padraig.nf at gmail": an address told by its mail service alone, the ".com" left out. */
const PROVIDER_EMAIL = /\b[A-Za-z0-9%+-]*[._\d][A-Za-z0-9._%+-]*[A-Za-z0-9]\s+at\s+(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|aol|proton(?:mail)?|btinternet|eircom|bigpond|xtra|shaw|rogers|sympatico|comcast|verizon)\b(?!\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s|\.\w))/gi;
const ROLE_ACCOUNTS = /^(?:info|admin|office|enquiries|enquiry|inquiries|referrals?|intake|hello|contact|support|help|reception|team|duty|noreply|no-reply|bookings?|appointments|press|media|feedback|complaints|safeguarding|hr|jobs|careers|sales|accounts|webmaster)@/i;

export const email: Recognizer = {
  id: 'email',
  category: 'contact',
  description: 'E-mail addresses',
  detect({ text }) {
    return [...matchesOf(text, EMAIL), ...matchesOf(text, SPELLED_EMAIL), ...matchesOf(text, PROVIDER_EMAIL)].map((m): Candidate => {
      const role = ROLE_ACCOUNTS.test(m[0]);
      return {
        start: m.index, end: m.index + m[0].length, category: 'contact', severity: 'high',
        message: `An e-mail address ("${m[0]}") lets anyone reach or identify the person or organisation`,
        hint: role
          ? 'If this is a public service\'s address, allow it under `discreet: allow:` with a reason; otherwise remove it.'
          : 'Remove the address; if it matters, say "I e-mailed her".',
      };
    });
  },
};
