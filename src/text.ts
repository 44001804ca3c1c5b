/**
 * The text a reader will see, as one string, with the raw-file offset of every character.
 * Recognizers work on `text`; findings are mapped back through `map` so they point into the file.
 */
export const UNMAPPED = -1;

export type SegmentKind = string;

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
  /** A Markdown table cell: the source line of its row, and its column. */
  cell?: TableCell;
  /** A Markdown list item's text or a heading, where notes and their subjects stand. */
  block?: BlockKind;
}

export type BlockKind = 'item' | 'heading';

export interface TableCell {
  row: number;
  column: number;
}

/** A stretch of `text`, start inclusive, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface VisibleText {
  text: string;
  /** Emphasised stretches (Markdown *italics*): where titles of books and films usually stand. */
  emphasis: TextSpan[];
  /** map[i] = offset in the raw file of text[i], or UNMAPPED for separators. */
  map: Int32Array;
  segments: Segment[];
}

const SEPARATOR = '\n\n';

export class VisibleTextBuilder {
  private parts: string[] = [];
  private offsets: number[] = [];
  private length = 0;
  private segments: Segment[] = [];
  private emphasis: TextSpan[] = [];
  private openKind: SegmentKind | null = null;
  private openStart = 0;
  private openCell: TableCell | undefined;
  private openBlock: BlockKind | undefined;

  /** Starts a new segment (a field, a block); consecutive appends join without a gap. */
  begin(kind: SegmentKind, cell?: TableCell, block?: BlockKind): void {
    this.end();
    if (this.length) this.push(SEPARATOR, new Array(SEPARATOR.length).fill(UNMAPPED));
    this.openKind = kind;
    this.openStart = this.length;
    this.openCell = cell;
    this.openBlock = block;
  }

  end(): void {
    if (this.openKind !== null && this.length > this.openStart) {
      this.segments.push({ kind: this.openKind, start: this.openStart, end: this.length, ...(this.openCell && { cell: this.openCell }), ...(this.openBlock && { block: this.openBlock }) });
    }
    this.openKind = null;
  }

  /** Where the next pushed text will start. */
  get size(): number {
    return this.length;
  }

  emphasize(start: number, end: number): void {
    if (end > start) this.emphasis.push({ start, end });
  }

  push(text: string, offsets: readonly number[]): void {
    this.parts.push(text);
    for (const o of offsets) this.offsets.push(o);
    this.length += text.length;
  }

  build(): VisibleText {
    this.end();
    return { text: this.parts.join(''), map: Int32Array.from(this.offsets), segments: this.segments, emphasis: this.emphasis };
  }
}

/**
 * Aligns a rendered string with the raw source it came from. Exact substrings map one to one;
 * otherwise (escapes, entities) each character is matched greedily a short way ahead.
 */
export class SourceAligner {
  constructor(private readonly raw: string, private cursor: number, private limit: number) {}

  take(value: string): number[] {
    const exact = this.raw.indexOf(value, this.cursor);
    if (value && exact >= 0 && exact + value.length <= this.limit) {
      this.cursor = exact + value.length;
      return Array.from({ length: value.length }, (_, i) => exact + i);
    }
    return this.greedy(value);
  }

  /** Maps a value that may stand anywhere in the file (a reference link's URL) without moving the cursor. */
  locateAnywhere(value: string): number[] {
    const at = this.raw.indexOf(value, this.cursor);
    const found = at >= 0 ? at : this.raw.indexOf(value);
    if (found < 0) return this.greedy(value);
    return Array.from({ length: value.length }, (_, i) => found + i);
  }

  private greedy(value: string): number[] {
    const out: number[] = [];
    for (const ch of value) {
      for (let k = 0; k < ch.length; k++) {
        const c = ch[k];
        let at = -1;
        for (let p = this.cursor; p < Math.min(this.limit, this.cursor + 64); p++) {
          if (this.raw[p] === c) { at = p; break; }
        }
        if (at >= 0) { out.push(at); this.cursor = at + 1; } else out.push(out.length ? out[out.length - 1] : this.cursor);
      }
    }
    return out;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineIndex(raw: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** A title in title case, perhaps closed by a full stop ("Charlotte's Web.", "The Day the Crayons Quit"; not "Update:"). */
export const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|an|in|on|to|for|with|at|by|from))*\.?$/u;
