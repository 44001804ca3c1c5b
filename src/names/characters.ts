/**
 * Well-known characters of books, films, plays and TV (data/names/characters.txt,
 * titled-characters.txt for those called by a title and a common name, and set-text-characters.txt
 * for the casts of plays and set texts taught in schools). A teacher's post
 * about a class reader names "Hermione Granger" and then "Hermione": the full name is public anywhere,
 * the first name alone only in a post that names the full character or the work, and never where the
 * post makes it one of the blogger's own people ("my pupil Hermione").
 */
import { dataLines } from '../data.js';
import { isAnyEnglishWord } from './lexicon.js';
import { escapeRegExp } from '../detect/util.js';
import { foldName } from '../normalize.js';
import type { TextSpan } from '../text.js';

interface Character {
  /** Folded full name, without the dots of "Mr." or "B.". */
  full: string;
  first: string;
  work: string;
  /** Folded author or studio ("Harper Lee", "Pixar"): naming them names the work. */
  author: string;
  /** Called by a title and a common name ("Mrs Doyle"), or one of a set text's cast: public only beside the work. */
  withWorkOnly: boolean;
  /** The first word of the work's title as written, and of the author's folded name: a post without them names neither. */
  workFirst: string;
  authorFirst: string;
}

let characters: Character[] | undefined;

function loadCharacters(): Character[] {
  const read = (file: string, withWorkOnly: boolean) => dataLines(file).map((line) => {
    const [name, work = '', author = ''] = line.split('|').map((part) => part.trim());
    const full = fold(name);
    const folded = fold(author);
    return { full, first: full.split(' ')[0], work, author: folded, withWorkOnly, workFirst: plainWords(work)[0] ?? '', authorFirst: folded.split(' ')[0] };
  });
  characters ??= [...read('names/characters.txt', false), ...read('names/titled-characters.txt', true), ...read('names/set-text-characters.txt', true)];
  return characters;
}

/** Words as written, for a quick look-up of what a post could be naming. */
function plainWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
}

function fold(name: string): string {
  return foldName(name.replace(/\./g, '')).replace(/\s+/g, ' ').trim();
}

/** Which character names a post makes public, by the full names and the works it mentions. */
export function charactersOf(text: string, emphasis: readonly TextSpan[]): (name: string) => boolean {
  const folded = ` ${fold(text.replace(/[^\p{L}\p{N}'’.\s-]/gu, ' '))} `;
  const shownTitles = emphasis.map((e) => text.slice(e.start, e.end));
  // A work counts when its title stands in the text capitalised: in italics or quotes if it is one
  // word ("Wonder", "Holes" are words too), anywhere if longer.
  // A one-word title that is no English word ("Macbeth", "Othello") counts capitalised inside a sentence too.
  const workHere = (work: string) => /\s/.test(work)
    ? text.includes(work)
    : shownTitles.some((t) => t.trim() === work) || new RegExp(`["“‘']${work}["”’']`, 'u').test(text)
      || (!isAnyEnglishWord(work) && new RegExp(`\\p{Ll}[,;]?[ \\t]+${escapeRegExp(work)}(?![\\p{L}])`, 'u').test(text));
  const inPost = new Set<string>();
  /** Works named by their title or a character's full name: their author, named too, is public. */
  const shownWorks = new Set<string>();
  const fullHere = new Set<string>();
  // Hundreds of characters against every post: only those whose name, work or author could be here
  // are looked at closely.
  const foldedWords = new Set(folded.split(' '));
  const rawWords = new Set(plainWords(text));
  // "The Dursleys' cupboard", "the Weasleys": a fictional family in the plural names their work.
  const families = new Set([...text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+)s(?:['’])?(?![\p{L}])/gu)].map((m) => fold(m[1])));
  for (const c of loadCharacters()) {
    if (families.size && c.full.includes(' ') && families.has(c.full.slice(c.full.lastIndexOf(' ') + 1))) inPost.add(c.work);
    if (!foldedWords.has(c.first) && !rawWords.has(c.workFirst) && !(c.author && foldedWords.has(c.authorFirst))) continue;
    // "Mrs Doyle", "Sister Michael": a title and a common name are anyone's, so such a character is
    // public only where the post names the work too.
    const named = c.full.includes(' ') && folded.includes(` ${c.full} `) && (!c.withWorkOnly || workHere(c.work));
    if (named) fullHere.add(c.full);
    // "When Atticus tells Scout..., Harper Lee was writing": the author in plain text names the work too.
    const shown = named || workHere(c.work);
    if (shown) shownWorks.add(c.work);
    if (shown || (c.author && folded.includes(` ${c.author} `))) inPost.add(c.work);
  }
  return (name: string) => {
    const key = fold(name);
    const family = key.includes(' ') ? key.slice(key.lastIndexOf(' ') + 1) : undefined;
    // "Jackie Elliot" in a post about *Billy Elliot*: a character's family shares the character's surname.
    const kin = (c: Character) => family !== undefined && c.full.includes(' ') && c.full.endsWith(` ${family}`);
    // "Junie B." for "Junie B. Jones": the first words of the full name; "Barbara Park" beside her
    // book: the author of a work the post is discussing.
    const shortened = (c: Character) => key.includes(' ') && c.full.startsWith(`${key} `);
    return loadCharacters().some((c) => (key === c.full && (fullHere.has(key) || inPost.has(c.work)))
      || ((key === c.first || key === c.full || kin(c) || shortened(c)) && inPost.has(c.work))
      || (c.author !== '' && key === c.author && shownWorks.has(c.work)));
  };
}
