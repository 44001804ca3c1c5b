/** Small helpers shared by recognizers. */
import type { Candidate, DetectContext } from './types.js';
import { nameLists } from '../names/lexicon.js';
import type { Segment } from '../text.js';

/** Every match of a global regex as [start, end, match]. */
export function* matchesOf(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    yield m;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every place a name stands whole: not inside a longer word, a hyphened compound or a possessive ("Kinross-shire", "Carrowbeg's"). */
export function mentionsOf(text: string, name: string): Generator<RegExpExecArray> {
  return matchesOf(text, new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${escapeRegExp(name)}(?![\p{L}\p{N}]|['’-]\p{L})`, 'gu'));
}

/** A span of a capture group inside a match (needs the `d` flag). */
export function groupSpan(m: RegExpExecArray, group: number): [number, number] | undefined {
  return m.indices?.[group] ?? undefined;
}

export function candidate(start: number, end: number, fields: Omit<Candidate, 'start' | 'end'>): Candidate {
  return { start, end, ...fields };
}

/** The line (block) holding an offset: a Markdown table row is one line. */
export function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** Text within `radius` characters before a position, lower-cased, for context words. */
export function before(text: string, at: number, radius = 40): string {
  return text.slice(Math.max(0, at - radius), at).toLowerCase();
}

export function after(text: string, at: number, radius = 40): string {
  return text.slice(at, at + radius).toLowerCase();
}

/** Every match of any of `patterns` as a candidate built by `make` (undefined skips it), one per span. */
export function candidatesFromPatterns(text: string, patterns: readonly RegExp[], make: (m: RegExpExecArray) => Candidate | undefined): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const pattern of patterns) {
    for (const m of matchesOf(text, pattern)) {
      const found = make(m);
      if (found) out.set(`${found.start}:${found.end}`, found);
    }
  }
  return [...out.values()];
}

type CellValue = (i: number) => { value: string; start: number } | undefined;

/**
 * The cells of a Markdown table under the header cell `head` that match `cell`, row by row. A row
 * with that cell empty or of another kind is skipped; the table ends where its rows stop.
 */
function* cellsUnder(head: number, segments: readonly Segment[], valueAt: CellValue, cell: RegExp): Generator<{ match: RegExpExecArray; start: number; table: { start: number; end: number } }> {
  const { row: headerRow, column } = segments[head].cell!;
  let lastRow = headerRow;
  for (let j = head + 1; j < segments.length; j++) {
    const at = segments[j].cell;
    if (!at || at.row < headerRow) return;
    if (at.row === headerRow) continue;
    // The delimiter line (|---|) stands between the header and the first row.
    if (at.row > lastRow + (lastRow === headerRow ? 2 : 1)) return;
    lastRow = at.row;
    if (at.column !== column) continue;
    const value = valueAt(j);
    const match = value ? cell.exec(value.value) : null;
    // "| Nanna | carer |" above "| Shaniqua | 14 |": a row whose cell is of another kind is passed over.
    if (!value || !match) continue;
    let rowEnd = j;
    while (segments[rowEnd + 1]?.cell?.row === at.row) rowEnd++;
    yield { match, start: value.start, table: { start: segments[head].start, end: segments[rowEnd].end } };
  }
}

/**
 * The cells under a table header ("| Name | Age |" over "| Tia | 13 |"), down the column until a cell
 * does not match `cell`. Markdown cells know their row and column; cells of an HTML table reach the
 * visible text as separate blocks only, so there the row's width is guessed (the narrowest whose next
 * row matches `cell`). `header` and `cell` must not be global; `start` is where the cell's trimmed
 * value begins in `text`.
 */
export function* columnCells(text: string, segments: readonly Segment[], header: RegExp, cell: RegExp): Generator<{ match: RegExpExecArray; start: number; table: { start: number; end: number } }> {
  const valueAt = (i: number): { value: string; start: number } | undefined => {
    const segment = segments[i];
    if (!segment || segment.kind !== 'text') return undefined;
    const raw = text.slice(segment.start, segment.end);
    const value = raw.trim();
    return value.length <= 40 ? { value, start: segment.start + raw.indexOf(value) } : undefined;
  };
  for (let i = 0; i < segments.length; i++) {
    if (!header.test(valueAt(i)?.value ?? '')) continue;
    if (segments[i].cell) {
      yield* cellsUnder(i, segments, valueAt, cell);
      continue;
    }
    // A table written in HTML: its cells carry no row, so the row's width is guessed.
    for (let width = 2; width <= 8; width++) {
      if (!cell.test(valueAt(i + width)?.value ?? '')) continue;
      for (let row = i + width; ; row += width) {
        const at = valueAt(row);
        const match = at ? cell.exec(at.value) : null;
        if (!at || !match) break;
        // The table runs from its header to the end of this cell's row (at most a row's width further).
        const rowEnd = segments[Math.min(segments.length - 1, row + width - 1)];
        yield { match, start: at.start, table: { start: segments[i].start, end: rowEnd.end } };
      }
      break;
    }
  }
}

/**
 * The cell to the right of a row label in a Markdown table ("| Home | Pentrefelin |", "| Referral
 * received | | 3 March |"): the first non-empty cell after the label in the same row. `start` is where
 * the trimmed value begins in `text`.
 */
export function* cellsBesideLabel(text: string, segments: readonly Segment[], label: RegExp): Generator<{ start: number; value: string; label: string }> {
  for (let i = 0; i < segments.length; i++) {
    const cell = segments[i].cell;
    if (!cell || segments[i].kind !== 'text') continue;
    const name = text.slice(segments[i].start, segments[i].end).trim().replace(/[:*]+$/, '').replace(/^\*+/, '');
    if (!label.test(name)) continue;
    for (let j = i + 1; j < segments.length && segments[j].cell?.row === cell.row; j++) {
      const raw = text.slice(segments[j].start, segments[j].end);
      const value = raw.trim();
      if (!value) continue;
      yield { start: segments[j].start + raw.indexOf(value), value, label: name };
      break;
    }
  }
}

/**
 * "1. Mrs T., 14 Dairy Plains Road", "Teo, Railton", "Mr and Mrs Hollingworth": a line opened by the
 * person the notes under it are about (a title and a name, or a given name).
 */
const PERSON_LEAD = /^(?:\d{1,2}[.)][ \u00a0]+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:[ \u00a0]+(?:and|&)[ \u00a0]+(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)?[ \u00a0]+\p{Lu}[\p{L}'’-]*\.?|(\p{Lu}\p{Ll}+)(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?)(?=[ \u00a0]*(?:[,:(–—]|[ \u00a0]-[ \u00a0]|$))/u;

/**
 * A list item under a line that names whom it is about, as a handover or a caseload note is laid out:
 * "**2. Mr Okafor, Ward 3**" then "- Type 2 diabetes on insulin". Each item is a note about that person.
 */
export function inNotesOnAPerson(ctx: DetectContext, at: number): boolean {
  const here = ctx.segmentAt(at);
  if (!here || here.block !== 'item') return false;
  const index = ctx.segments.indexOf(here);
  for (let i = index - 1; i >= 0 && index - i <= 20; i--) {
    const segment = ctx.segments[i];
    if (segment.kind !== 'text' || segment.cell) return false;
    if (segment.block === 'item') continue;
    const m = PERSON_LEAD.exec(ctx.text.slice(segment.start, segment.end).trim());
    return m !== null && segment.end - segment.start <= 100 && (m[1] === undefined || nameLists(m[1]).given);
  }
  return false;
}
