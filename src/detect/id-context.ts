/**
 * Words that announce an identifying number ("MRN", "case no.", "NHS number", "Medicaid ID").
 * Shared by the number recognizers: a digit run right after one of these is an identifier, not a
 * phone number, whatever its grouping.
 */

/** Labels of identifying numbers, longest first so "case number" wins over "case". */
const ID_LABELS = [
  'social security number', 'social security no', 'social security', 'social insurance number', 'social',
  'medical record number', 'medical record', 'hospital number', 'patient number', 'patient id', 'chart number', 'chart',
  'health card number', 'health card', 'health number', 'health insurance number', 'medical card',
  'medicare number', 'medicare card number', 'medicare card', 'medicare id', 'medicare no', 'medicare',
  'medicaid number', 'medicaid id', 'medicaid',
  'nhs number', 'nhs no', 'nhs', 'chi number', 'chi', 'ni number', 'national insurance number', 'national insurance',
  'pps number', 'ppsn', 'pps', 'nhi number', 'national health index', 'nhi', 'ihi', 'tfn', 'ohip', 'phin', 'phn', 'ramq', 'msp', 'sin', 'ssn', 'mrn',
  'case number', 'case no', 'case ref', 'case reference', 'case', 'court case', 'court file', 'docket number', 'docket',
  'file number', 'file no', 'file ref', 'file', 'record number', 'records number', 'record', 'client id', 'client number',
  'reference number', 'reference', 'our ref', 'ref no', 'ref', 'referral number', 'referral', 'incident number',
  'crime reference', 'crime number', 'log number', 'claim number', 'claim', 'policy number', 'policy',
  'licence number', 'license number', 'licence', 'license', 'permit number', 'account number', 'account',
  'member id', 'member number', 'client', 'student id', 'student number', 'pupil number', 'upn', 'uln', 'id number', 'identity number', 'identity no', 'identity document', 'identity card', 'id document', 'id book', 'id card', 'national id', 'id',
  'intake number', 'intake', 'registration number', 'membership number', 'customer number', 'tenancy reference',
  'housing reference', 'benefit reference', 'crn', 'ird number', 'ird', 'a-number', 'alien number', 'alien registration number',
  'uscis number', 'uci', 'ndis number', 'ndis', 'dva number', 'pnc number', 'pnc', 'cro number',
  'inmate number', 'prisoner number', 'inmate', 'prisoner', 'booking number', 'offender number', 'doc', 'gdc', 'warrant number', 'warrant',
  'passport number', 'passport', 'prescription number', 'rx', 'sort code', 'iban', 'bank account', 'card number', 'badge number', 'employee number', 'wristband', 'bracelet', 'tag number',
  // Devices and vehicles are HIPAA identifiers too: a pump, a hearing aid or a car traced to its owner.
  'serial number', 'serial no', 'serial', 'device id', 'imei', 'vin', 'vehicle identification number', 'certificate number',
  // Insurance cards: "Blue Cross certificate SKB 77120845", "group number", "subscriber ID".
  'certificate', 'member certificate', 'group number', 'subscriber id', 'subscriber number', 'plan number',
  // Ambulance and dispatch records: the report of one call-out is one patient's record.
  'patient care report number', 'patient care report', 'patient report form', 'epcr', 'pcr', 'prf', 'cad number', 'cad', 'run number', 'job number',
];

// "case no." keeps its full stop, so the end of a label is "no word character follows", not \b.
/**
 * Any "his/her/their ... number", "Mum's NHI", "the family's UCI" names a number of that person's,
 * whatever the scheme; only numbers that reach the person another way (a phone, a room, a bed, a
 * shirt) are not identifiers.
 */
const NOT_AN_ID_KIND = String.raw`(?!(?:phone|mobile|cell|telephone|tel|contact|fax|landline|home|work|house|flat|apartment|room|bed|door|bay|bus|seat|table|locker|shoe|jersey|shirt|lucky|favourite|favorite|page|lottery|pin|step|sessions?)\b)[\p{L}-]+\s+`;
const NOT_AN_ID_ACRONYM = String.raw`(?!(?:GBP|USD|AUD|CAD|NZD|EUR|AM|PM|GP|KPI|BMI|IQ|GCSE|SATS?|ATAR|NCEA)\b)[A-Z]{2,5}(?![\p{L}-])`;
// "her number" alone is her phone; "her NHS number", "her ID" and "his NHI" are identifiers.
export const POSSESSIVE_LABEL_SOURCE = String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|(?!(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Ww]ho|[Ll]et|[Hh]e|[Ss]he)['’]s)\p{L}+['’]s)\s+(?:(?:${NOT_AN_ID_KIND}){1,3}?(?:[Nn]umber|[Nn]o\.)|(?:${NOT_AN_ID_KIND}){0,3}?(?:ID|${NOT_AN_ID_ACRONYM}))`;

/** An agency's or scheme's letters, not a currency, a time or a grade. */
export const ACRONYM_SOURCE = NOT_AN_ID_ACRONYM;

const LABEL_PATTERN = ID_LABELS.map((l) => l.replace(/ /g, '\\s+').replace(/\bno$/, 'no\\.?')).join('|');

/**
 * Text that may stand between a label and its number: "number", "no.", "#", "is", a colon, a bracket,
 * "it's", "was". Kept short so a label does not claim a number in the next clause.
 */
const LINK = String.raw`(?:\s*(?:#|no\.?|number|num\.?|id|is|was|reads|said|says|of|it's|it\s+is|:|,|\(|\[|=|-|–|—)\s*){0,4}`;

/** A label right before `at`, joined to it only by linking words. */
const LABEL_BEFORE = new RegExp(String.raw`\b(?:${LABEL_PATTERN})(?!\w)${LINK}\s*$`, 'i');

const POSSESSIVE_BEFORE = new RegExp(String.raw`${POSSESSIVE_LABEL_SOURCE}${LINK}\s*$`, 'u');

export function idLabelBefore(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 60), at);
  return LABEL_BEFORE.test(head) || POSSESSIVE_BEFORE.test(head);
}

/** A label somewhere in the clause before `at` (for numbers in a list after one label). */
export function idLabelInClause(text: string, at: number, radius = 50): boolean {
  const window = text.slice(Math.max(0, at - radius), at);
  const clause = window.split(/[.;!?\n]\s/).pop() ?? window;
  return new RegExp(String.raw`\b(?:${LABEL_PATTERN})(?!\w)`, 'i').test(clause);
}

/**
 * "Baby's NHS number came through. Mum's, 943 476 5919, was wrong": a possessive standing alone before
 * a number carries over the label of the sentence before, unless a phone word came in between.
 */
export function idLabelCarriedOver(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 20), at);
  // "she couldn't remember her PPS number, then rattled it off: 6792314TA": a colon hands the number
  // to the label earlier in its sentence.
  const colon = /:[ \u00a0]*$/.test(head);
  if (!colon && !/(?:\b\p{L}+['’]s|\b(?:his|hers|theirs))(?:,|\s+(?:is|was))?\s+$/iu.test(head)) return false;
  const sentenceStart = text.slice(0, at).search(/[^.!?\n]*$/);
  // "Admin needed his ID number. He knew it by heart: ...": "it" reaches back to the sentence before.
  const referredBack = colon && /\bit\b/i.test(text.slice(sentenceStart, at));
  const from = referredBack ? text.slice(0, Math.max(0, sentenceStart - 1)).search(/[^.!?\n]*$/) : sentenceStart;
  const window = colon ? text.slice(Math.max(0, at - 240, from), at) : text.slice(Math.max(0, at - 180), at);
  // "(503) 555-0163", "+44 ...": written the way only phones are.
  if (/^[(+]/.test(text.slice(at, at + 1))) return false;
  const labels = [...window.matchAll(new RegExp(String.raw`(?<!\bin\s)\b(?:${LABEL_PATTERN})(?!\w)`, 'gi'))];
  const last = labels[labels.length - 1];
  const after = /^[^.!?\n]{0,100}/.exec(text.slice(at))?.[0] ?? '';
  return Boolean(last) && !PHONE_TALK.test(window.slice(last.index)) && !PHONE_TALK.test(after);
}

/** Talk of phoning, before or after a number, that makes it a phone number. */
const PHONE_TALK = /\b(?:voicemail|rang|ring|rings|call\w*|answer\w*|pick\w*\s+up|text\w*|engaged|dial\w*|phone\w*|mobile|cell|landline|line|whats\s?app|(?:my|her|his|their|your)\s+number)\b/i;

export const ID_LABEL_SOURCE = LABEL_PATTERN;
export const ID_LINK_SOURCE = LINK;

/** A word earlier in the clause that says the digits are a phone number ("I rang her daughter on ..."). */
export function phoneWordBefore(text: string, at: number): boolean {
  return /\b(?:call(?:ed)?|ring|rang|phone|mobile|cell|text(?:ed)?|line)\b[^.;\d]{0,50}$/i.test(text.slice(Math.max(0, at - 70), at));
}

/** Words that put a post inside a prison: a prison number or a cell reference there points to one prisoner. */
const PRISON_WORDS = /\b(?:prisons?|prisoners?|inmates?|HMP|HMYOI|YOI|jail|gaol|custody|on\s+remand|lifers?|bang-?up|lock-?up|unlock|in\s+(?:his|her|their|the)\s+cell|landings?|segregation|seg\s+unit|healthcare\s+wing|med(?:ication)?s?\s+(?:round|hatch)|the\s+hatch|prison\s+officers?|screws)\b/i;
/** A wing counts only with its letter or number ("C wing", "wing 3"): hospitals and schools have wings too. */
const NAMED_WING = /\b(?:[A-Z]\s+[Ww]ing|[Ww]ing\s+[A-Z\d])\b/;

/** A UK prison number: one letter, four digits, two letters ("A1234BC"). */
export const PRISON_NUMBER_SOURCE = String.raw`(?<![\w\/-])[A-Z]\d{4}[A-Z]{2}(?![\w\/-])`;

export function setInPrison(text: string): boolean {
  return PRISON_WORDS.test(text) || NAMED_WING.test(text);
}
