/** Numbers as people write them in prose: digits or words ("forty-two", "a hundred and one"). */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex source for a number from 0 to 119 in digits or words. */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}|(?:(?:a|one)\s+hundred(?:\s+and)?[\s-]+)?(?:(?:${TENS.filter(Boolean).join('|')})(?:[\s-](?:${UNITS.slice(1, 10).join('|')}))?|${[...UNITS].reverse().join('|')})|(?:a|one)\s+hundred)`;

/** The value of a number written in digits or words; NaN when it is not one. */
export function numberValue(written: string): number {
  const text = written.toLowerCase().trim();
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'a') { total += 1; continue; }
    if (word === 'hundred') { total = Math.max(total, 1) * 100; continue; }
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    if (unit >= 0) total += unit;
    else if (ten >= 2) total += ten * 10;
    else return NaN;
  }
  return total;
}
