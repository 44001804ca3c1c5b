/**
 * Check-digit rules of the national numbers we look for. A number that passes is almost certainly
 * the real thing even without a label; one that fails is reported only when a label says what it is.
 */

const digitsOf = (s: string): number[] => [...s.replace(/\D/g, '')].map(Number);

/** US Social Security number: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export function isValidSsn(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 9) return false;
  const area = Number(d.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** NHS number (England, Wales, Isle of Man): ten digits, mod-11 check digit. */
export function isValidNhsNumber(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10) return false;
  const sum = d.slice(0, 9).reduce((s, digit, i) => s + digit * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d[9];
}

/** Australian Medicare card: first digit 2-6, ninth digit is a weighted check of the first eight. */
export function isValidAuMedicare(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 10 || d.length > 11 || d[0] < 2 || d[0] > 6) return false;
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const sum = weights.reduce((s, w, i) => s + w * d[i], 0);
  return sum % 10 === d[8];
}

/** Irish PPS number: seven digits, a check letter (mod 23), optionally a second letter. */
export function isValidPps(value: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/i.exec(value.replace(/\s/g, ''));
  if (!m) return false;
  const digits = [...m[1]].map(Number);
  let sum = digits.reduce((s, digit, i) => s + digit * (8 - i), 0);
  if (m[3]) sum += 9 * letterValue(m[3]);
  return letterValue(m[2]) === sum % 23;
}

/** PPS letters: A=1 ... V=22, W=0. */
function letterValue(letter: string): number {
  const c = letter.toUpperCase();
  return c === 'W' ? 0 : c.charCodeAt(0) - 64;
}

/**
 * US Medicare Beneficiary Identifier (MBI): 11 characters, positions fixed as digit or letter,
 * letters never S, L, O, I, B or Z (so it cannot spell words).
 */
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI_ALNUM = '[AC-HJKMNP-RT-Y0-9]';
export const MBI_SOURCE = `[1-9]${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}${MBI_ALNUM}\\d-?${MBI_LETTER}{2}\\d{2}`;

/** Luhn check, used by Canadian social insurance numbers and several health numbers. */
export function passesLuhn(value: string): boolean {
  const d = digitsOf(value).reverse();
  if (d.length < 2) return false;
  const sum = d.reduce((s, digit, i) => s + (i % 2 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0);
  return sum % 10 === 0;
}

/**
 * South African identity number: 13 digits, YYMMDD birth date, 4-digit sequence, citizenship digit
 * (0 citizen, 1 permanent resident; 2 refugee since 2017), one more digit, Luhn check digit.
 */
export function isValidSaId(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 13) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return d[10] <= '2' && passesLuhn(d);
}
