/**
 * What the engine knows about the words of a person's name: given names and family names of many
 * origins, and the everyday English vocabulary that tells "Grace" the client from "grace" the virtue.
 * Built by scripts/build-names.mjs, read once per process.
 */
import { dataSet } from '../data.js';
import { populationOf } from '../places.js';

export type WordClass =
  /** A known given name that is not also an everyday English word ("Xiomara"). */
  | 'given'
  /** A known family name or other name part that is not an everyday word ("Okafor"). */
  | 'surname'
  /** A known name that is also an everyday word ("Grace", "Will", "Brown"): only context decides. */
  | 'ambiguous'
  /** An everyday English word that is not a known name ("Garden"). */
  | 'word'
  /** Neither: an unfamiliar proper noun, a person's or a place's ("Quyen", "Ouray"). */
  | 'unknown';

interface Lexicon {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  english: ReadonlySet<string>;
  /** Less common English words ("postnatal", "screenshot", "carter"). */
  rare: ReadonlySet<string>;
}

let lexicon: Lexicon | undefined;

function load(): Lexicon {
  return (lexicon ??= {
    // The generated list, widened by hand where it is thin (Welsh, Punjabi, Māori, Somali, Igbo...).
    given: new Set([...dataSet('names/given.txt'), ...dataSet('names/given-extra.txt')]),
    surnames: dataSet('names/surnames.txt'),
    english: dataSet('words/english.txt'),
    rare: dataSet('words/english-rare.txt'),
  });
}

/** Lower-case search key: curly apostrophes straightened, composed accents. */
export function nameKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/[\u2010\u2011]/g, '-');
}

export function isEnglishWord(word: string): boolean {
  const key = nameKey(word);
  return load().english.has(key) || load().english.has(key.replace(/(?:'s|s'|s|es|ed|ing|ly)$/, ''));
}

/** Any English word, however rare ("carter", "cooper"), for lower-case text where a name would be capitalised. */
export function isAnyEnglishWord(word: string): boolean {
  return isEnglishWord(word) || load().rare.has(nameKey(word));
}

const classified = new Map<string, WordClass>();

/** Classifies one word; hyphenated words ("Wallace-Jones", "Kaylee-Ann") by their most name-like part. */
export function classify(word: string): WordClass {
  const key = nameKey(word);
  let cls = classified.get(key);
  if (cls === undefined) {
    cls = classifyWord(key);
    // Memoised: prose repeats its words. Bounded, for long-running builds.
    if (classified.size > 100_000) classified.clear();
    classified.set(key, cls);
  }
  return cls;
}

function classifyWord(key: string): WordClass {
  if (key.includes('-')) {
    // "Al-Anon", "El-Amin": a leading article is not a name of its own.
    const parts = key.split('-').filter(Boolean);
    const meaningful = parts.length > 1 && /^(?:al|el|ul|ad|ar|as|an|at|ash|abu|bin|ibn|ben|de|di|da|du|la|le)$/.test(parts[0]) ? parts.slice(1) : parts;
    // "Re-reading", "Co-leading", "Self-referring": a bound prefix makes a word of a word.
    if (parts.length === 2 && BOUND_PREFIXES.has(parts[0]) && ['word', 'ambiguous'].includes(classifyPart(parts[1]))) return 'word';
    const classes = meaningful.map(classifyPart);
    if (classes.includes('word') && meaningful.length === 1) return 'word';
    for (const wanted of ['given', 'surname', 'ambiguous', 'unknown'] as const) if (classes.includes(wanted)) return wanted;
    return 'word';
  }
  return classifyPart(key);
}

/** Prefixes that attach to English words ("re-reading", "rewatching", "unpacking"). */
const BOUND_PREFIXES = new Set(['re', 'pre', 'co', 'non', 'un', 'self', 'anti', 'over', 'under', 'mid', 'post', 'semi', 'multi', 'sub', 'inter', 'counter', 'mis', 'out', 'half', 'well']);

/** Combining forms of the vocabulary of care and science: "tele-", "neuro-", "psycho-", "cyber-". */
const COMBINING_FORMS = ['tele', 'neuro', 'psycho', 'cyber', 'eco', 'bio', 'hydro', 'physio', 'micro', 'macro', 'hyper', 'hypo', 'poly', 'auto'];

/** "Telehealth", "Neurodiversity", "Psychoeducation", "Cyberbullying": a combining form before an English word. */
function isCompoundWord(key: string): boolean {
  const { english } = load();
  return COMBINING_FORMS.some((form) => key.startsWith(form) && key.length - form.length >= 4 && english.has(key.slice(form.length)));
}

/**
 * An English word in a form the word lists lack: "Channelling" (a doubled consonant), "Rewatching"
 * (a prefix), "Skimmed", "Honestly". At a sentence's start such words would otherwise join the name
 * after them ("Channelling Rogers").
 */
function isInflected(key: string): boolean {
  const { english } = load();
  const stems = new Set<string>();
  const m = /^(\p{L}{3,}?)(ing|ed|ly|ingly|edly)$/u.exec(key);
  if (m) {
    const stem = m[1];
    stems.add(stem).add(`${stem}e`);
    if (/(\p{L})\1$/u.test(stem)) stems.add(stem.slice(0, -1));
    if (m[2] === 'ly' && stem.endsWith('i')) stems.add(`${stem.slice(0, -1)}y`);
  }
  for (const s of [...stems, key]) {
    if (english.has(s)) return m !== null;
    // Only with an ending too: "Rewatching", but "Comartin" is not co- + martin.
    const prefix = m && [...BOUND_PREFIXES].find((p) => s.startsWith(p) && s.length - p.length >= 4);
    if (prefix && english.has(s.slice(prefix.length))) return true;
  }
  return false;
}

function classifyPart(key: string): WordClass {
  const { given, surnames, english, rare } = load();
  const bare = key.replace(/^(?:o'|mc|mac)(?=\p{L}{3})/u, '');
  // "Rāwiri", "Hēmi": the lists hold most names without their macrons and accents.
  const plain = withoutMarks(key);
  const isGiven = given.has(key) || given.has(plain);
  const isName = isGiven || surnames.has(key) || surnames.has(plain) || (bare !== key && surnames.has(bare));
  const isWord = english.has(key) || (key.length > 3 && english.has(key.replace(/(?:s|es|ed|ing)$/, '')));
  if (isName) return isWord ? 'ambiguous' : isGiven ? 'given' : 'surname';
  if (isWord || rare.has(key) || (key.length > 4 && rare.has(key.replace(/(?:s|es)$/, '')))) return 'word';
  if (isInflected(key) || isCompoundWord(key)) return 'word';
  // Gaelic and Scottish patronymics are family names whatever follows (McGettigan, O'Shea).
  if (/^(?:mc|o')\p{L}{2,}/u.test(key)) return 'surname';
  if (isMateyForm(key, given)) return 'given';
  return 'unknown';
}

/**
 * Australian, Irish and British matey forms of a given name: "-zza" for a name whose first syllable ends in
 * r ("Dazza" for Darren, "Shazza" for Sharon, "Bazza" for Barry), "-o" after a doubled consonant
 * ("Robbo", "Johnno", "Thommo") and "-cko" ("Decko", "Jacko"). Built from the name, so only where a given name starts that way.
 */
function isMateyForm(key: string, given: ReadonlySet<string>): boolean {
  const zza = /^(\p{L}{1,3}?)(?:zz|rr)(?:a|ie|y)$/u.exec(key);
  const doubled = /^(\p{L}{2,4}?)(\p{L})\2o$/u.exec(key);
  // "Decko" for Declan, "Jacko" for Jack: "-ko" after a hard c.
  const cko = /^(\p{L}{1,3}c)ko$/u.exec(key);
  const stem = zza ? `${zza[1]}r` : doubled ? `${doubled[1]}${doubled[2]}` : cko ? cko[1] : undefined;
  // "Dubbo", "Warragul": a town is not a nickname, however it ends.
  if (!stem || stem.length < 3 || populationOf(key) !== undefined) return false;
  return givenStarts(given).has(stem);
}

let starts: Set<string> | undefined;
/** The first three to five letters of every given name. */
function givenStarts(given: ReadonlySet<string>): Set<string> {
  if (!starts) {
    starts = new Set();
    for (const name of given) for (let n = 3; n <= Math.min(5, name.length - 1); n++) starts.add(name.slice(0, n));
  }
  return starts;
}

/** Whether a word is on the given-name list and on the family-name list, words or not ("Rose", "Hunter"). */
export function nameLists(word: string): { given: boolean; surname: boolean } {
  const { given, surnames } = load();
  const key = nameKey(word);
  const plain = withoutMarks(key);
  return { given: given.has(key) || given.has(plain), surname: surnames.has(key) || surnames.has(plain) };
}

/**
 * Te reo Māori names written with their macrons ("Rāwiri", "Hēmi") as the lists hold them, without.
 * Only macrons, and only in words of four letters or more: other accents mark words of other
 * languages ("chère", "cái"), and short words with macrons are most often te reo words ("ngā", "tā").
 */
function withoutMarks(key: string): string {
  return key.length >= 4 && /[āēīōū]/.test(key) ? key.replace(/[āēīōū]/g, (c) => 'aeiou'['āēīōū'.indexOf(c)]) : key;
}
