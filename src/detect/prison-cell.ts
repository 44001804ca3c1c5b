/**
 * A cell in a prison, written wing-landing-cell ("C2-14", "B3-07"): in a post set in a prison it is
 * where one prisoner sleeps, so it points to them as surely as a home address.
 */
import type { Candidate, Recognizer } from './types.js';
import { PRISON_NUMBER_SOURCE, setInPrison } from './id-context.js';
import { columnCells, matchesOf } from './util.js';

/** Wing letter, landing digit, then the cell: "C2-14", "B3-07", "A1-112". */
const CELL = /(?<![\w\/.-])[A-Z][1-6]-\d{2,3}(?![\w\/-]|\.\d)/g;
const CELL_ONLY = /^[A-Z][1-6]-\d{2,3}$/;
/** "cell C2-14", "moved to B3-07", "on A1-112": the code stands where a place does. */
const PLACE_WORD_BEFORE = /\b(?:cells?|pad|landing|wing|in|on|to|from|into|out\s+of|next\s+door\s+to|opposite)[ \t:]*$/i;
const PRISON_NUMBER_ANYWHERE = new RegExp(PRISON_NUMBER_SOURCE);
const CELL_HEADER = /^(?:cell|location|loc\.?|wing\s*\/\s*cell|cell\s+location|pad)$/i;

/**
 * "C wing, cell 3-14", "the B2 landing": where on a wing one prisoner sleeps, written out. A cell number
 * alone ("check on cell 6") is as often a police custody cell, someone else's by tonight.
 */
const CELL_WRITTEN = /\b[A-H]-?[ \u00a0]?[Ww]ing,?[ \u00a0]+[Cc]ell[ \u00a0]+\d{1,3}(?:-\d{1,3})?(?![\w\/-])|\b(?:the[ \u00a0]+)?[A-H]\d[ \u00a0]+landing\b/g;

export const prisonCell: Recognizer = {
  id: 'prison-cell',
  category: 'location',
  description: 'Prison cell locations (wing, landing and cell) in posts set in a prison',
  detect({ text, segments }) {
    const written = [...matchesOf(text, CELL_WRITTEN)];
    const spelled = written.length && setInPrison(text) ? written.map((m) => cellCandidate(m.index, m[0])) : [];
    // Nearly every post has no cell code at all: the setting and the table are read only when one does.
    const codes = [...matchesOf(text, CELL)];
    if (!codes.length) return spelled;
    const inCellColumn = new Set([...columnCells(text, segments, CELL_HEADER, CELL_ONLY)].map((c) => c.start));
    // A table of cells beside prison numbers is a prison list, whatever the prose says.
    if (!setInPrison(text) && !(inCellColumn.size > 0 && PRISON_NUMBER_ANYWHERE.test(text))) return spelled;
    const coded = codes
      .filter((m) => inCellColumn.has(m.index) || PLACE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
      .map((m) => cellCandidate(m.index, m[0]));
    return [...spelled, ...coded.filter((c) => !spelled.some((o) => o.start < c.end && c.start < o.end))];
  },
};

function cellCandidate(start: number, shown: string): Candidate {
  return {
    start, end: start + shown.length, category: 'location', severity: 'medium',
    message: `"${shown}" is a prison cell (wing, landing, cell): staff and other prisoners know who lives there`,
    hint: 'Leave the cell out, or say "on the wing".',
  };
}
