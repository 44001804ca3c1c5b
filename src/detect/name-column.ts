/**
 * A table of people: "| Student | Age |" over "| Destiny | 10 |". A cell under a column headed
 * Name, Student, Client and the like is a person's name whatever word it is, because the header
 * says so; a name that is also a word ("Destiny", "Hope") is found here though prose would not tell.
 */
import type { Candidate, DetectContext, Recognizer } from './types.js';
import type { Segment } from '../text.js';
import { columnCells } from './util.js';
import { classify, nameLists } from '../names/lexicon.js';

const PEOPLE_HEADER = /^(?:(?:first\s+|full\s+|client(?:['’]s)?\s+|student(?:['’]s)?\s+|child(?:['’]s)?\s+)?names?|students?|pupils?|clients?|child(?:ren)?|kids?|patients?|residents?|young\s+(?:person|people)|participants?|service\s+users?|members?|mums?|moms?|mothers?|wom[ae]n|parents?|famil(?:y|ies)|carers?|tenants?|guests?|learners?|callers?|persons?|people|individuals?|who)$/i;
/**
 * One to three capitalised words, or a given name and an initial: "Destiny", "Mateo R.",
 * "Ana-Maria Cruz", "Nguyen Van Phuoc", "Will Tran-Delgado", "Aoife McCann", initials ("D.K.") and
 * titled names ("Mrs R. Nguyen"); perhaps with more after a comma ("Yusuf Abdikadir, DOB
 * 03/14/2017"), which the match leaves out.
 */
const NAME_CELL = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:\p{Lu}\.(?:\s?\p{Lu}\.){0,2}|\p{Lu}[\p{L}'’-]*\p{Ll})(?:\s+\p{Lu}(?:[\p{L}'’-]*\p{Ll}|\.)){0,2}(?=$|,\s)/u;
/** Cells that fill a table without naming anyone. */
const NOT_A_NAME = /^(?:None|Nobody|Unknown|Total|All|Other|Others|Group|Staff|Teacher|Parent|Carer|Mum|Dad|Me|Yes|No|Tbc|Tbd|Withheld|Anonymous|Redacted)$/i;

/** A candidate for the name column: not a filler word, not an alias; a given name, initials, a titled name or no known word. */
function namesSomeone(shown: string, aliases: ReadonlySet<string>): boolean {
  const first = shown.split(/\s+/)[0];
  if (NOT_A_NAME.test(shown) || aliases.has(shown.toLowerCase()) || aliases.has(first.toLowerCase())) return false;
  // "D.K.", "Mrs R. Nguyen": initials, or a title before a name, are someone's.
  if (/^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|\p{Lu}\.)/u.test(shown)) return true;
  // A given name, or a word no dictionary holds: the column may run on into the next table's header.
  if (nameLists(first).given || classify(first) === 'unknown') return true;
  // "Hope Oyelaran": a first name that is also a word, with a family name after it.
  const last = shown.split(/\s+/)[1];
  return last !== undefined && !last.endsWith('.') && ['surname', 'unknown'].includes(classify(last));
}

/** A real name of the post's pseudonym map: replaced when the page is built, so not a finding here. */
function declared(shown: string, realNames: ReadonlyMap<string, string>): boolean {
  const key = shown.toLowerCase();
  return [...realNames.keys()].some((real) => real.toLowerCase() === key);
}

type TablesContext = Pick<DetectContext, 'text' | 'segments' | 'aliases' | 'realNames'>;
/** Found once per post: the health, age and location rules all read rows of people. */
const tablesFound = new WeakMap<TablesContext, { start: number; end: number }[]>();

/** Where tables with a column of people's names stand: every row of one is about a person. */
export function tablesOfPeople(ctx: TablesContext): { start: number; end: number }[] {
  let tables = tablesFound.get(ctx);
  if (tables) return tables;
  tables = [];
  for (const { match, table } of columnCells(ctx.text, ctx.segments, PEOPLE_HEADER, NAME_CELL)) {
    if (namesSomeone(match[0], ctx.aliases) || declared(match[0], ctx.realNames)) tables.push(table);
  }
  tablesFound.set(ctx, tables);
  return tables;
}

/** "| Tavita | 10 | selective mutism |": whether [start, end) stands in a row of a table of people. */
export function inRowOfPerson(ctx: TablesContext, start: number, end: number): boolean {
  return tablesOfPeople(ctx).some((t) => t.start <= start && end <= t.end);
}

/** The names standing in tables of people, each as written: the post has said these are people. */
export function namesInPeopleTables({ text, segments, aliases, realNames }: Pick<DetectContext, 'text' | 'segments' | 'aliases' | 'realNames'>): string[] {
  return [...columnCells(text, segments, PEOPLE_HEADER, NAME_CELL)].map(({ match }) => match[0]).filter((shown) => namesSomeone(shown, aliases) && !declared(shown, realNames));
}

export const nameColumn: Recognizer = {
  id: 'name-column',
  category: 'name',
  description: 'Names in a table column headed Name, Student, Client and the like',
  detect({ text, segments, aliases, realNames }) {
    const out: Candidate[] = [];
    for (const { match, start } of columnCells(text, segments, PEOPLE_HEADER, NAME_CELL)) {
      const shown = match[0];
      if (!namesSomeone(shown, aliases) || declared(shown, realNames)) continue;
      out.push({
        start, end: start + shown.length, category: 'name', severity: 'high',
        message: `"${shown}" stands in a table column of people's names: anyone who knows them will recognise them`,
        hint: 'Use an alias and add it to `pseudonyms`, or describe the row ("one pupil") instead of naming it.',
      });
    }
    return out;
  },
};
