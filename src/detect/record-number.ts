/**
 * Case, record, file and other reference numbers. Two ways in:
 * - a label ("MRN", "case no.", "Medicaid ID", "our reference") followed by an identifier-shaped
 *   token, whatever its shape: the label says what it is;
 * - a structured code that only case systems produce: letter and digit groups joined by hyphens or
 *   slashes (ABC-2025-00417, CPO/AB/2024/0817, 2019-CR-20417) or a docket like "2023 CR 04411".
 * Vehicle plates count after "reg" or "plate". Years, dates, times, amounts and short counts after a
 * label are not identifiers.
 */
import type { Candidate, Recognizer } from './types.js';
import { ACRONYM_SOURCE, ID_LABEL_SOURCE, ID_LINK_SOURCE, idLabelCarriedOver, POSSESSIVE_LABEL_SOURCE, PRISON_NUMBER_SOURCE, setInPrison } from './id-context.js';
import { columnCells, matchesOf } from './util.js';
import type { Segment } from '../text.js';

const LABEL = new RegExp(String.raw`\b(?:${ID_LABEL_SOURCE})(?!\w)`, 'gi');
const LINK = new RegExp(ID_LINK_SOURCE, 'iy');
const POSSESSIVE_LABEL = new RegExp(POSSESSIVE_LABEL_SOURCE, 'gu');
/** "TDCJ number", "NOMIS no.", "SID #": an agency's letters, then "number", label that agency's number for someone. */
const AGENCY_NUMBER_LABEL = new RegExp(String.raw`\b${ACRONYM_SOURCE}[ \u00a0]+(?:number|no\.?|num\.?|#)(?!\w)`, 'gu');
const IS_LABEL = new RegExp(String.raw`^(?:${ID_LABEL_SOURCE})$`, 'i');
const CELL_LABEL = new RegExp(LABEL.source, 'i');
/** How a label cell of a form ends: "NHS no.", "Client number", "Case ref:", "ID". */
const CELL_LABEL_END = /(?:\bno\.?|\bnumber|\bref\.?|\bid|#|:)$/i;
/**
 * Groups of capitals and digits joined by "-", "/", ".", ":" (2:24-cr-00123) or a single space; a
 * space-joined group must hold a digit or be a short capital code followed by more ("2023 CR 04411").
 */
const TOKEN = /(?:[A-Z](?:&?[A-Z]){0,5}(?:[#-]|\s(?=\d))?)?[A-Z0-9]*\d[A-Z0-9]*(?:[-\/.:][A-Za-z0-9]+|\s(?=[A-Z]{0,4}\d)[A-Z0-9]*\d[A-Z0-9]*|\s[A-Z]{1,4}(?=\s\d))*/y;

const STRUCTURED_CODE = /(?<![\w\/-])(?:[A-Z0-9]+[-\/]){1,5}[A-Z0-9]+(?![\w\/]|-\w)/g;
/** Vehicle plates after their label: "reg KX21 ABC", "plate number 7ABC123". */
const PLATE = /\b(?:[Rr]eg(?:istration)?|(?:[Nn]umber|[Ll]icen[cs]e)\s+plate|[Pp]late)(?:\s+(?:number|no\.?))?(?:\s+(?:is|was))?[\s:,#]*((?=[A-Z0-9 -]{0,9}\d)(?=[A-Z0-9 -]{0,9}[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4})(?![\w-])/gd;
/** Six or more digits, possibly grouped, possibly ending in a letter (PPS, Medicaid). */
const LONG_NUMBER = /(?<![\w\/.-])\d(?:[ -]?\d){5,14}[A-Z]{0,2}(?![\w\/]|[-.]\d)/g;
/** Letters, digits, letters, digits, run together: a court's case number ("CF24C00917"), never a word or a model. */
const INTERLEAVED_CODE = /(?<![\w\/-])[A-Z]{1,4}\d{1,4}[A-Z]{1,3}\d{3,8}(?![\w\/]|-\w)/g;
/** A year joined to a serial of five or more digits: 2025-88731 (never a range like 2019-2021). */
const YEAR_SERIAL = /(?<![\w\/.-])(?:19|20)\d\d-\d{5,8}(?![\w\/]|-\d)/g;
/**
 * "check with Amira (RAE 448 2917)", "Mr Ngata (ZKT4415)": a code in brackets right after a capitalised
 * name is that person's number, a hospital's letters-then-digits number included.
 */
const CODE_AFTER_NAME = /(?<=\p{Lu}\p{Ll}+\s\()(?:[A-Z]{0,4}\s?[1-9][\d -]{4,14}\d|[A-Z]{2,4}\d{4,8}[A-Z]?)(?=\))/gu;
const PRISON_NUMBER = new RegExp(PRISON_NUMBER_SOURCE, 'g');
/** Words just before a code that make it someone's number on a list, whatever the setting. */
const NUMBER_WORD_BEFORE = /\b(?:number|no\.?|num|list|listed|roll|register|ref)\b[^.!?\n]{0,20}$/i;
const NUMBER_HEADER = /^(?:(?:prison(?:er)?|inmate|offender|nomis)\s+)?(?:number|no\.?|num|#|ref)$/i;
const PRISON_NUMBER_CELL = new RegExp(String.raw`^${PRISON_NUMBER_SOURCE}$`);
const DOCKET = /(?<![\w\/-])(?:19|20)\d\d\s[A-Z]{2,3}\s\d{3,7}(?![\w\/])/g;
/** A court's letters, then the year and a serial: "CAI-YJ 2025/00418", "FD 2024/1187". */
const COURT_FILE = /(?<![\w\/-])[A-Z]{2,5}(?:-[A-Z]{1,4})?\s(?:19|20)\d\d\/\d{3,7}(?![\w\/])/g;

export const recordNumber: Recognizer = {
  id: 'record-number',
  category: 'id',
  description: 'Case, record, file, reference and other identifying numbers',
  detect({ text, segments }) {
    return [...labelled(text), ...prisonNumbers(text, segments), ...labelledCells(text), ...idColumns(text, segments), ...carriedOver(text), ...structured(text), ...plates(text)];
  },
};

function labelled(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const label of [...matchesOf(text, LABEL), ...matchesOf(text, POSSESSIVE_LABEL), ...matchesOf(text, AGENCY_NUMBER_LABEL)]) {
    const labelEnd = label.index + label[0].length;
    LINK.lastIndex = labelEnd;
    const link = LINK.exec(text)?.[0] ?? '';
    // "his notes said ABC1234": capitals run straight into the digits, so they are the identifier's own letters, not a label.
    const glued = !link && /\d/.test(text[labelEnd] ?? '') ? /[A-Z]{1,6}$/.exec(label[0]) : null;
    let start = glued ? labelEnd - glued[0].length : labelEnd + link.length;
    while (text[start] === ' ') start++;
    TOKEN.lastIndex = start;
    const token = withInsuranceSuffix(text, start, TOKEN.exec(text)?.[0].replace(/[-\/.]+$/, ''));
    if (!token || !isIdentifier(token) || /^[\w\/-]/.test(text.slice(start + token.length))) continue;
    // "chart (MRN 0051...)": the inner label claims its own number.
    if (/^[A-Z]+\s/.test(token) && IS_LABEL.test(token.split(' ')[0])) continue;
    const shownLabel = glued ? label[0].slice(0, -glued[0].length).trimEnd() : label[0];
    found.push(idCandidate(start, start + token.length, `${shownLabel} ${token}`));
  }
  return found;
}

/**
 * A form laid out in two columns ("| NDIS participant no. | 431 872 096 |"): a short cell holding a
 * label, then a cell that is nothing but an identifier.
 */
function labelledCells(text: string): Candidate[] {
  const found: Candidate[] = [];
  const blocks = [...text.matchAll(/[^\n]+/g)];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const [label, value] = [blocks[i], blocks[i + 1]];
    const cell = label[0].trim();
    if (cell.length > 40 || !CELL_LABEL.test(cell) || !(CELL_LABEL_END.test(cell) || IS_LABEL.test(cell))) continue;
    const token = value[0].trim();
    TOKEN.lastIndex = 0;
    const whole = TOKEN.exec(token)?.[0];
    if (whole !== token || !isIdentifier(token)) continue;
    const start = value.index + value[0].indexOf(token);
    found.push(idCandidate(start, start + token.length, `${cell} ${token}`));
  }
  return found;
}

/** A column headed by an identifier's label: "Plan / member ID", "NHS no.", "MRN". */
const ID_COLUMN_HEADER = new RegExp(String.raw`^(?:[\p{L}]+\s*\/\s*)?(?:${ID_LABEL_SOURCE})(?:\s*(?:no\.?|number|#))?$`, 'iu');
/** A cell ending in an identifier, perhaps after the scheme's name: "Regence RGN448120937", "OHP OR7731954". */
const ID_CELL = /(?:^|\s)([A-Z]{0,4}\d[\dA-Z-]{4,}|\d[\d ]{5,}\d)$/;

/**
 * "| Client | DOB | Plan / member ID |" over "| J.M. | 07/22/1991 | Regence RGN448120937 |": every
 * identifier down a column its header labels is someone's.
 */
function idColumns(text: string, segments: readonly Segment[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { match, start } of columnCells(text, segments, ID_COLUMN_HEADER, ID_CELL)) {
    const token = match[1];
    if (!isIdentifier(token)) continue;
    const at = start + match.index + match[0].length - token.length;
    found.push(idCandidate(at, at + token.length, token));
  }
  return found;
}

/** A UK National Insurance number written in pairs keeps its final letter: "QQ 12 34 56 C". */
function withInsuranceSuffix(text: string, start: number, token: string | undefined): string | undefined {
  if (!token || !/^[A-Z]{2}(?: \d\d){3}$/.test(token)) return token;
  const suffix = /^ [A-D](?![\w'’-])/.exec(text.slice(start + token.length));
  return suffix ? token + suffix[0] : token;
}

/** Long digit runs after a bare possessive whose label came a sentence earlier ("Mum's, 943 476 5919"). */
function carriedOver(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(text, LONG_NUMBER)) {
    if (idLabelCarriedOver(text, m.index)) found.push(idCandidate(m.index, m.index + m[0].length, m[0]));
  }
  return found;
}

function structured(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of [...matchesOf(text, STRUCTURED_CODE), ...matchesOf(text, DOCKET), ...matchesOf(text, COURT_FILE)]) {
    if (isCaseCode(m[0])) found.push(idCandidate(m.index, m.index + m[0].length, m[0]));
  }
  for (const m of matchesOf(text, CODE_AFTER_NAME)) {
    if ((m[0].replace(/\D/g, '').length >= 6 || /^[A-Z]{2,4}\d/.test(m[0])) && isIdentifier(m[0])) found.push(idCandidate(m.index, m.index + m[0].length, m[0]));
  }
  for (const m of matchesOf(text, YEAR_SERIAL)) found.push(idCandidate(m.index, m.index + m[0].length, m[0]));
  for (const m of matchesOf(text, INTERLEAVED_CODE)) if (m[0].replace(/\D/g, '').length >= 5) found.push(idCandidate(m.index, m.index + m[0].length, m[0]));
  return found;
}

/**
 * "K4821TF refused his meds", a med-round table of them: the prison number's shape is plain enough
 * to read as a product code, so it counts in a post set in a prison or right after a number word.
 */
function prisonNumbers(text: string, segments: readonly Segment[]): Candidate[] {
  // The setting and the table are read only for a post that has a code of this shape at all.
  const codes = [...matchesOf(text, PRISON_NUMBER)];
  if (!codes.length) return [];
  const inPrison = setInPrison(text);
  const inNumberColumn = new Set([...columnCells(text, segments, NUMBER_HEADER, PRISON_NUMBER_CELL)].map((c) => c.start));
  return codes
    .filter((m) => inPrison || inNumberColumn.has(m.index) || NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({
      ...idCandidate(m.index, m.index + m[0].length, m[0]),
      message: `"${m[0]}" has the shape of a prison number, which belongs to one prisoner for their whole sentence and beyond`,
      hint: 'Remove the number; "a man on the wing" is enough.',
    }));
}

function plates(text: string): Candidate[] {
  return [...matchesOf(text, PLATE)].flatMap((m) => {
    const span = m.indices?.[1];
    return span ? [idCandidate(span[0], span[1], m[1])] : [];
  });
}

function idCandidate(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'id', severity: 'high',
    message: `An identifying number ("${shown}") points to exactly one person's records`,
    hint: 'Remove the number; "her case" or "his file" is enough.',
  };
}

/** Enough digits to single out a record, and not a year, date, time or amount. */
function isIdentifier(token: string): boolean {
  const digits = token.replace(/\D/g, '').length;
  if (digits < 4 && !(digits >= 3 && /[A-Z]/.test(token))) return false;
  if (/^(?:19|20)\d\d$/.test(token)) return false;
  // "the NHS 2024/25 plan", "2023-24": a financial or school year.
  if (/^(?:19|20)(\d\d)[\/-](\d\d)$/.test(token) && Number(token.slice(-2)) === (Number(token.slice(2, 4)) + 1) % 100) return false;
  if (looksLikeDate(token)) return false;
  return true;
}

/** 17/06/2024 or 2024-06-17, with a real month and day ("00-44-1287" is a record number). */
function looksLikeDate(token: string): boolean {
  const dmy = /^(\d{1,2})[\/.-](\d{1,2})[\/.-]\d{2,4}$/.exec(token);
  if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
  }
  const iso = /^\d{4}-(\d\d)-(\d\d)$/.exec(token);
  return Boolean(iso) && Number(iso![1]) >= 1 && Number(iso![1]) <= 12 && Number(iso![2]) >= 1 && Number(iso![2]) <= 31;
}

/**
 * A code with letter and digit groups, at least one group of three or more digits: ABC-2025-00417.
 * Two-group codes need five digits (so COVID-19, PHQ-9, ISO-9001 stay out); all-digit codes are left
 * to the phone and date rules unless a slash- or hyphen-grouped run is clearly not either.
 */
function isCaseCode(code: string): boolean {
  const groups = code.split(/[-\/\s]/);
  const digits = code.replace(/\D/g, '').length;
  if (!groups.some((g) => /\d{3,}/.test(g))) return false;
  if (!/[A-Z]/.test(code)) return false;
  if (groups.length === 2) return digits >= 5 && /^[A-Z]{2,}$/.test(groups[0]);
  return digits >= 5;
}
