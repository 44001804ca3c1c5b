/**
 * Evasion-proof matching of names. Text is folded to a canonical form (NFKC, lower case, homoglyphs
 * to Latin, accents dropped, entities decoded, invisible characters and inline tags removed) and every
 * folded character remembers the raw range it came from, so a match can be reported or replaced in
 * the original text. Used both to replace pseudonyms at render time and to scan written output.
 */
import { decodeHTML } from 'entities';
import unhomoglyph from 'unhomoglyph';
import { escapeRegExp } from './detect/util.js';

/** Characters a reader does not see, which can hide inside a name: zero-width, soft hyphen, bidi controls. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;
const COMBINING_MARK = /\p{M}/u;

/** Tags that sit inside a line of text; splitting a word with them does not split what the reader sees. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?\/?>|^<!--[\s\S]*?-->/;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/;
/** A word hyphenated across a line ("Qwil-" / "lan"); extracted text may already show the break as a space. */
const HYPHENATED_BREAK = /^-(?:[ \t]*\r?\n[ \t]*|[ \t]+)(?=\p{L})/u;

export interface Folded {
  /** The canonical text. */
  text: string;
  /** For each character of `text`, the raw range [start, end) it came from. */
  starts: number[];
  ends: number[];
}

export interface FoldOptions {
  /** Treat `<tags>`, comments and `&entities;` as markup (HTML, XML, Markdown with HTML). */
  markup?: boolean;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case, with look-alikes from other scripts mapped to the Latin letter they imitate (Cyrillic
 * "М" and "а" become "m" and "a"). ASCII is only lower-cased: the confusables table also maps Latin
 * letters onto each other ("I" to "l"), which would merge names that differ.
 */
function toLatin(c: string): string {
  if (ASCII.test(c)) return c.toLowerCase();
  const once = unhomoglyph(c).toLowerCase();
  return ASCII.test(once) ? once : unhomoglyph(once).toLowerCase();
}

/** Folded characters seen so far: folding is per character and pure, and text uses few distinct ones. */
const foldedChars = new Map<string, string>();

/** The canonical form of one character (possibly several, possibly none). */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) foldedChars.set(ch, (folded = foldCharUncached(ch)));
  return folded;
}

function foldCharUncached(ch: string): string {
  if (INVISIBLE.test(ch)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    const plain = toLatin(c).normalize('NFD');
    for (const p of plain) if (!COMBINING_MARK.test(p)) out += p;
  }
  return out;
}

export function fold(raw: string, options: FoldOptions = {}): Folded {
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (value: string, start: number, end: number) => {
    for (const c of value) { text.push(c); starts.push(start); ends.push(end); }
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (options.markup && ch === '<') {
      const tag = TAG.exec(raw.slice(i, i + 2000));
      if (tag) {
        const name = tag[2]?.toLowerCase();
        // Inline tags vanish (M<b>ari</b>a is "Maria"); block tags, breaks and comments separate words.
        if (!name || !INLINE_TAGS.has(name)) emit(' ', i, i + tag[0].length);
        else if (text.length) ends[ends.length - 1] = i + tag[0].length;
        i += tag[0].length;
        continue;
      }
    }
    if (options.markup && ch === '&') {
      const entity = ENTITY.exec(raw.slice(i, i + 40));
      if (entity) {
        const decoded = decodeHTML(entity[0]);
        if (decoded !== entity[0]) {
          for (const c of decoded) emit(foldChar(c), i, i + entity[0].length);
          i += entity[0].length;
          continue;
        }
      }
    }
    if (ch === '-' && i > 0 && /\p{L}/u.test(raw[i - 1])) {
      const hyphenation = HYPHENATED_BREAK.exec(raw.slice(i, i + 40));
      if (hyphenation) { i += hyphenation[0].length; continue; }
    }
    const cp = raw.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(String.fromCodePoint(cp));
    // Accents typed as separate combining marks fold away with the letter before them.
    if (!folded && text.length && !/\s/.test(ch)) ends[ends.length - 1] = i + width;
    emit(folded, i, i + width);
    i += width;
  }
  return { text: text.join(''), starts, ends };
}

/** The canonical form of a name as a search key: folded words joined by single spaces. */
export function foldName(name: string): string {
  return fold(name).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}


/** A pattern over folded text for a folded name: its words separated by any run of non-letters. */
export function namePattern(foldedName: string): RegExp {
  const words = foldedName.split(' ').filter(Boolean).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
}

export interface NameMatch {
  /** Raw range of the match. */
  start: number;
  end: number;
  /** Which of the searched names matched. */
  name: string;
}

/** Every place in `raw` where one of `names` appears, however disguised; raw ranges, not overlapping. */
export function findNames(raw: string, names: readonly string[], options: FoldOptions = {}): NameMatch[] {
  const folded = fold(raw, options);
  const found: NameMatch[] = [];
  for (const { name, pattern } of searchesFor(names)) {
    for (const m of folded.text.matchAll(pattern)) {
      const start = folded.starts[m.index];
      const end = folded.ends[m.index + m[0].length - 1];
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Compiled searches, longest name first, by list of names: the output scan searches every page for the same names. */
const searches = new Map<string, { name: string; pattern: RegExp }[]>();

function searchesFor(names: readonly string[]): { name: string; pattern: RegExp }[] {
  const key = names.join('\u0000');
  let list = searches.get(key);
  if (!list) {
    list = [...new Set(names)].filter((n) => foldName(n)).sort((a, b) => b.length - a.length).map((name) => ({ name, pattern: namePattern(foldName(name)) }));
    if (searches.size > 64) searches.clear();
    searches.set(key, list);
  }
  return list;
}

/**
 * Undoes the encodings that output formats wrap around text, so a name cannot hide behind them:
 * percent-encoding (URLs), JSON \u escapes and entities escaped twice (HTML inside a feed).
 */
export function unwrapEncodings(text: string): string {
  let out = text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try { return decodeURIComponent(run); } catch { return run; }
  });
  out = out.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (let round = 0; round < 3 && /&(?:amp|lt|gt|quot|#3[48]|#x2[26]);/i.test(out); round++) out = decodeHTML(out);
  return out;
}
