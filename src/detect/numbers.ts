/** Numbers as people write them in prose: digits or words ("forty-two", "a hundred and one"). */

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex source for a number from 0 to 119 in digits or words, each word as `word` spells it. */
function numberSource(word: (w: string) => string): string {
  const any = (list: string[]) => list.map(word).join('|');
  const hundred = String.raw`(?:${any(['a', 'one'])})\s+${word('hundred')}`;
  return String.raw`(?:\d{1,3}|(?:${hundred}(?:\s+${word('and')})?[\s-]+)?(?:(?:${any(TENS.filter(Boolean))})(?:[\s-](?:${any(UNITS.slice(1, 10))}))?|${any([...UNITS].reverse())})|${hundred})`;
}

/** Regex source for a number from 0 to 119 in digits or lower-case words. */
export const NUMBER_SOURCE = numberSource((w) => w);

/** The same, in any case a title or heading uses: "Ninety-Eight", "A Hundred and One", "SIXTEEN". */
export const NUMBER_SOURCE_ANY_CASE = numberSource((w) => [...w].map((c) => `[${c}${c.toUpperCase()}]`).join(''));

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
