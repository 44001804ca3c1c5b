/**
 * Characters of novels, films and plays in a post that reviews or discusses them ("the novel's
 * narrator, Ifemelu", "in the film, Mia and her mother..."). A name is a character only where the
 * text itself ties it to the work: in a sentence that speaks of the work (its narrator, "the book",
 * "if you haven't read it", a word of its title), in a section headed "The book", "The plot" or the
 * work's own title, as a whole italicised title, or where a name already tied recurs. A name the post makes the blogger's own ("my pupil", "one of my
 * Year 6s") or a reader of the work ("loved the book") stays a real person.
 */
import { TITLE_CASE, type Segment, type TextSpan } from '../text.js';
import { STORY_SENTENCE, sentenceBounds } from '../sentence.js';
import { foldName } from '../normalize.js';
import { NEVER_NAMES, OWN_PEOPLE } from './context.js';

/** A name the detector would report, as far as this module needs it. */
export interface NameSpan {
  start: number;
  end: number;
  /** The words of the name, folded. */
  keys: string[];
  /** True when the grammar around it makes it one of the blogger's own people. */
  own: boolean;
}

/**
 * Works that have characters. Not "story", "show" or "series": clients tell their stories, and a
 * series of sessions has no cast. "Play" only where it is not play therapy or the play room.
 */
const WORK = String.raw`novel|novella|book|film|movie|musical|memoir|sitcom|sequel|adaptation|picture\s+book|graphic\s+novel|screenplay|play(?!\s+(?:therapy|therapist|room|area|park|session|sessions|group|time|date|dough|ground|equipment|based))`;
/** In "a story about a girl called X" a story is told. */
const TOLD = String.raw`${WORK}|story|fable|fairy\s+tale|tale`;

/** Talk of a work: enough of it makes the post one about a book or a film. */
const WORK_TALK = new RegExp(String.raw`\b(?:the|this|that|a|her|his|its|their)\s+(?:${WORK})s?\b|\b(?:narrator|narrates|narrated|protagonist|main\s+character|title\s+character|characters?|heroine|plot|spoilers?|chapters?|screenplay|paperback|hardback)\b`, 'giu');

const CHARACTER_WORD = String.raw`(?:narrator|protagonist|main\s+character|title\s+character|central\s+character|heroine|anti-?hero)`;
/** "the novel's narrator, X", "X, the protagonist", "X narrates": the name is a character, whoever else the sentence speaks of. */
const CHARACTER_BEFORE = new RegExp(String.raw`\b${CHARACTER_WORD}\s*,?\s*$`, 'iu');
const CHARACTER_AFTER = new RegExp(String.raw`^['’]?s?\s*(?:,\s*(?:the|its|our|a)\s+(?:[\p{L}-]+\s+)?${CHARACTER_WORD}\b|\s+(?:narrates|narrated|narrating)\b)`, 'iu');
/** "a story about a girl called X", "In the film, X and her mother...": the sentence is the story's. */
const STORY_FRAME = new RegExp(String.raw`\b(?:a|an)\s+(?:${TOLD})\s+about\s+an?\s+(?:[\p{L}-]+\s+)?(?:girl|boy|woman|man|child|kid|family|teenager|teen|orphan|dog|cat)\s+(?:called|named)\b|(?:^|[.!?]\s+|\n)in\s+the\s+(?:${WORK}|show|series|episode|story)\s*,`, 'iu');

/** A sentence that speaks of the work: the names in it are its people. */
const WORK_REF = new RegExp(String.raw`\b(?:the|this|that)\s+(?:${WORK})(?:['’]s)?\b|\bin\s+the\s+(?:${WORK})\b|\b(?:narrator|narrates|narrated|protagonist|main\s+character|title\s+character|characters?|heroine|anti-?hero|villain)\b|\bpoint\s+of\s+view\b|\b(?:haven['’]t|have\s+not|never|not\s+yet|if\s+you['’]ve)\s+(?:read|seen|watched)\s+it\b|\bchapters?\b`, 'iu');

/** Headings of a section about the work: "The book", "The plot", "What happens". */
const WORK_HEADING = new RegExp(String.raw`^(?:#+\s*)?(?:the\s+)?(?:${WORK}|plot|synopsis|premise|characters|cast|story\s+so\s+far|what\s+happens|plot\s+summary|the\s+gist)\s*$`, 'iu');

/** "Maya loved the book", "Kai read it twice": a reader of the work, a real person. */
const READER_AFTER = new RegExp(String.raw`^['’]?s?\s+(?:(?:just|finally|also|then|never|really)\s+)?(?:read|reads|reread|re-read|loved|loves|hated|hates|borrowed|finished|chose|recommended|watched|lent|devoured|picked\s+up|asked\s+(?:about|for))\s+(?:me\s+)?(?:(?:the|this|that|my|a|her|his|our)\s+(?:[\p{L}-]+\s+)?(?:${WORK}|copy|ending|chapters?)\b|it\s+(?:twice|again|in\s+one|cover\s+to\s+cover|first|before\s+me))|^\s+(?:told|asked|texted|rang|showed|gave|lent|emailed)\s+(?:me|us)\b|^\s+(?:had\s+been|has\s+been|was|is|were)\s+(?:reading|watching|re-?reading)\b`, 'iu');

/** True when the post discusses a book, a film or a play: talk of one twice, or once beside an italicised title. */
export function discussesAWork(text: string, emphasis: readonly TextSpan[]): boolean {
  const talk = text.match(WORK_TALK)?.length ?? 0;
  if (talk >= 2 || STORY_FRAME.test(text)) return true;
  return talk === 1 && (emphasis.some((e) => /^\p{Lu}/u.test(text.slice(e.start, e.end))) || QUOTED_TITLE.test(text));
}

/** '"Matilda" still works on my class', '"The Salt Road"': a short title-case phrase in quotes. */
const QUOTED_TITLE = /["“](\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|an|in|on|to|for|with))*)["”]/u;

/**
 * Which of `names` (by index) are characters of the work the post discusses. Call only when
 * `discussesAWork` is true.
 */
export function fictionalNames(names: readonly NameSpan[], text: string, segments: readonly Segment[], emphasis: readonly TextSpan[]): Set<number> {
  const titleWords = titleWordsOf(text, emphasis);
  const sections = workSections(text, segments, emphasis);
  const fiction = new Set<number>();
  const characters = new Set<string>();
  const tie = (i: number) => {
    fiction.add(i);
    for (const key of names[i].keys) characters.add(key);
  };
  names.forEach((name, i) => {
    if (name.own || readerOfTheWork(name, text)) return;
    // A name that is the whole of an italicised title ("*David Copperfield*") is the work's title.
    if (emphasis.some((e) => e.start <= name.start && name.end <= e.end && !/\p{L}/u.test(text.slice(e.start, name.start) + text.slice(name.end, e.end)))) return tie(i);
    const sentence = sentenceAround(text, name.start, name.end);
    if (isNamedAsCharacter(name, text) || STORY_FRAME.test(sentence.text)) return tie(i);
    // "My client brought in the book her daughter was reading": the blogger's own people, not the book's.
    if (OWN_PEOPLE.test(sentence.text)) return;
    if (WORK_REF.test(sentence.text) || sections.some((s) => s.start <= name.start && name.start < s.end) || mentions(sentence.text, titleWords, name)) tie(i);
  });
  const directlyTied = new Set([...fiction].map((i) => sentenceAround(text, names[i].start, names[i].end).start));
  const aboutTheWork = (sentence: { text: string; start: number } | undefined) => sentence !== undefined
    && (directlyTied.has(sentence.start) || ((WORK_REF.test(sentence.text) || STORY_FRAME.test(sentence.text)) && !OWN_PEOPLE.test(sentence.text)));
  // A character's name recurs, and the sentences it stands in are about the work too.
  for (let round = 0; round < 3; round++) {
    const before = fiction.size;
    names.forEach((name, i) => {
      if (fiction.has(i) || name.own || readerOfTheWork(name, text)) return;
      if (name.keys.some((key) => characters.has(key))) return tie(i);
      const sentence = sentenceAround(text, name.start, name.end);
      // "Mr Browne, Auggie's teacher", "Auggie's sister Via": someone of a character's is in the story too.
      if (ofACharacter(name, text, characters)) return tie(i);
      // "Yusra reminded me of a girl on my caseload": a sentence about the blogger's own people ties no one else.
      if (OWN_PEOPLE.test(sentence.text)) return;
      if (mentions(sentence.text, characters, name)) return tie(i);
      // "The novel's narrator, X, ... . Her sister Y never writes back.": the next sentence goes on about them.
      if (/^(?:she|he|they|her|his|their)\b/i.test(sentence.text) && aboutTheWork(sentenceBefore(text, sentence.start))) tie(i);
    });
    if (fiction.size === before) break;
  }
  return fiction;
}

/**
 * For other rules ("Mia is ten" in a review): whether `name` stands, somewhere in the post, in a
 * sentence about the work and never beside the blogger's own people.
 */
export function isCharacter(name: string, text: string, emphasis: readonly TextSpan[]): boolean {
  if (!discussesAWork(text, emphasis)) return false;
  const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  let tied = false;
  for (const m of text.matchAll(pattern)) {
    const sentence = sentenceAround(text, m.index, m.index + name.length).text;
    const named = isNamedAsCharacter({ start: m.index, end: m.index + name.length }, text);
    if (OWN_PEOPLE.test(sentence) && !named) return false;
    if (named || STORY_FRAME.test(sentence) || WORK_REF.test(sentence)) tied = true;
  }
  return tied;
}

function isNamedAsCharacter(name: { start: number; end: number }, text: string): boolean {
  return CHARACTER_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start)) || CHARACTER_AFTER.test(text.slice(name.end, name.end + 60));
}

function ofACharacter(name: NameSpan, text: string, characters: ReadonlySet<string>): boolean {
  const owner = /^\s*,\s+(\p{Lu}[\p{L}-]+)['’]s\s/u.exec(text.slice(name.end, name.end + 40))?.[1]
    ?? /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(0, name.start - 40), name.start))?.[1];
  return owner !== undefined && characters.has(foldName(owner));
}

function readerOfTheWork(name: NameSpan, text: string): boolean {
  return READER_AFTER.test(text.slice(name.end, name.end + 60));
}

/** Capitalised words of the work's titles: italics, and "Title by Author". */
function titleWordsOf(text: string, emphasis: readonly TextSpan[]): Set<string> {
  const words = new Set<string>();
  const add = (title: string) => {
    for (const w of title.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
      const key = foldName(w);
      if (key.length > 2 && !NEVER_NAMES.has(key)) words.add(key);
    }
  };
  for (const e of emphasis) {
    const title = text.slice(e.start, e.end);
    // A title is short and starts with a capital; emphasis on a phrase of prose is not one.
    if (/^\p{Lu}/u.test(title) && title.split(/\s+/).length <= 8) add(title);
  }
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s+by\s+\p{Lu}/gu)) add(m[1]);
  for (const m of text.matchAll(new RegExp(QUOTED_TITLE.source, 'gu'))) if (m[1].split(/\s+/).length <= 6) add(m[1]);
  return words;
}

/** Whether the sentence has one of `words` capitalised, outside the name itself. */
function mentions(sentence: string, words: ReadonlySet<string>, name: NameSpan): boolean {
  if (!words.size) return false;
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) {
    const key = foldName(m[0].replace(/['’]s$/u, ''));
    if (words.has(key) && !name.keys.includes(key)) return true;
  }
  return false;
}

/** The stretches of text under a heading that names the work or is its title, up to the next heading. */
function workSections(text: string, segments: readonly Segment[], emphasis: readonly TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  let open: number | undefined;
  for (const segment of segments) {
    const field = text.slice(segment.start, segment.end).trim();
    const heading = segment.kind === 'text' && field.length <= 60 && !/[.!?:;,]$/.test(field);
    // "**Matilda.** Roald Dahl gives children a heroine...": a paragraph led by the work's title is about it.
    if (!heading && segment.kind === 'text' && ledByTitle(text, segment, emphasis)) out.push({ start: segment.start, end: segment.end });
    if (!heading) continue;
    if (open !== undefined) out.push({ start: open, end: segment.start });
    // "## The book", or a heading that is the work's title itself ("## *Holes*").
    const titled = emphasis.some((e) => !/\p{L}/u.test(text.slice(segment.start, e.start) + text.slice(e.end, segment.end)) && e.start >= segment.start && e.end <= segment.end)
      || new RegExp(`^${QUOTED_TITLE.source}$`, 'u').test(field);
    open = WORK_HEADING.test(field) || titled ? segment.end : undefined;
  }
  if (open !== undefined) out.push({ start: open, end: text.length });
  return out;
}

function ledByTitle(text: string, segment: Segment, emphasis: readonly TextSpan[]): boolean {
  return emphasis.some((e) => e.start >= segment.start && e.end < segment.end && !/\S/.test(text.slice(segment.start, e.start))
    && e.end - e.start <= 60 && TITLE_CASE.test(text.slice(e.start, e.end).trim()));
}

/** The sentence before the one starting at `start`, in the same paragraph. */
function sentenceBefore(text: string, start: number): { text: string; start: number } | undefined {
  if (start < 2 || /\n\s*$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  return sentenceAround(text, start - 2, start - 2);
}

function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
  const bounds = sentenceBounds(text, start, end, STORY_SENTENCE);
  return { text: text.slice(bounds.start, bounds.end), start: bounds.start };
}
