/**
 * Capitalised words of everyday talk that look like names and are not: titles for elders in the
 * languages families bring with them ("my Lola", "Oma and Opa"), loanwords of New Zealand, South
 * African, Pacific and Canadian English ("kai at the marae"), pets' names ("a retriever called
 * Biscuit") and the words of a law's or a report's title ("the Children (Care and Justice) Act").
 */
import { dataLines } from '../data.js';
import { foldName } from '../normalize.js';
import { escapeRegExp } from '../detect/util.js';
import { BARE_STOP_MARKS, sentenceByMarks } from '../sentence.js';
import { classify, nameLists } from './lexicon.js';
import { KIN_TITLES, RELATIONS } from './context.js';
import type { Word } from './tokens.js';

const wordsOf = (file: string) => dataLines(file).flatMap((line) => line.split(/\s+/)).map((w) => w.normalize('NFC').toLowerCase());

let elderTitles: { titles: Set<string>; alsoNames: Set<string> } | undefined;

/** Elder titles of data/names/elder-titles.txt; those marked "~" are common given names too. */
function elders(): { titles: Set<string>; alsoNames: Set<string> } {
  if (elderTitles) return elderTitles;
  const all = wordsOf('names/elder-titles.txt');
  return (elderTitles = {
    titles: new Set(all.filter((w) => !w.startsWith('~'))),
    alsoNames: new Set(all.filter((w) => w.startsWith('~')).map((w) => w.slice(1))),
  });
}

function isAnyElderTitle(lower: string): boolean {
  return KIN_TITLES.has(lower) || elders().titles.has(lower) || elders().alsoNames.has(lower);
}


/**
 * "my Lola", "her Oma's kitchen", "Lola and Lolo", "Oma, Opa": a title that is also a given name is a
 * title after a possessive, in a list of titles, or anywhere in a post that uses it after a possessive.
 */
export function usedAsElderTitle(word: Word, before: string, after: string, text: string): boolean {
  if (!elders().alsoNames.has(word.lower)) return false;
  if (/(?:^|[^\p{L}])(?:my|our|his|her|their|your|\p{L}+['’]s)\s+(?:(?:late|old|dear|beloved|own|dearest)\s+)?$/iu.test(before)) return true;
  // "she calls her grandmother Lola": the word the family uses for the relation.
  if (/\b(?:call|calls|called|calling)\s+(?:(?:my|our|his|her|their|your|the)\s+)?(?:great-)?(?:grandmother|grandfather|grandparents?|grandma|grandpa|gran|granny|nan|aunt|auntie|aunty|uncle|elders?)s?\s+$/iu.test(before)) return true;
  const prev = /([\p{L}\p{M}'’-]+)\s*(?:,|\band|\bor|&|\/)\s*$/u.exec(before)?.[1];
  const next = /^['’]?s?\s*(?:,|and\b|or\b|&|\/)\s*([\p{L}\p{M}'’-]+)/u.exec(after)?.[1];
  if ([prev, next].some((w) => w && w.toLowerCase() !== word.lower && isAnyElderTitle(w.normalize('NFC').toLowerCase()))) return true;
  return new RegExp(`(?:^|[^\\p{L}])(?:my|our|his|her|their|your)\\s+${escapeRegExp(word.text)}(?![\\p{L}])`, 'iu').test(text);
}

let loanwords: Set<string> | undefined;

/** A loanword of everyday English in New Zealand, South Africa, the Pacific or Canada ("kai", "braai"). */
export function isLoanword(word: string): boolean {
  loanwords ??= new Set(wordsOf('words/loanwords.txt').flatMap((w) => [w, foldName(w)]));
  const key = word.normalize('NFC').toLowerCase();
  return loanwords.has(key) || loanwords.has(foldName(key));
}

/** Places named with a loanword, as "X Hall" is: "Te Aroha Marae", "Ōtāwhao Kura". */
const LOAN_PLACES = new Set(['marae', 'kura', 'kōhanga', 'kohanga', 'wharekura', 'wharenui', 'wharekai', 'urupā', 'urupa', 'pā', 'pa', 'wānanga', 'wananga', 'fale', 'shebeen', 'kraal', 'lapa']);

/** "Ngāti Porou", "Ngāi Tahu": an iwi, a people, named like a family. */
const PEOPLE_PREFIXES = new Set(['ngāti', 'ngati', 'ngāi', 'ngai', 'ngā', 'nga']);

/**
 * A phrase that names a marae, a kura or an iwi rather than a person, or a model, treaty or idea named
 * in te reo: "Te Whare Tapa Whā", "Te Tiriti". After the article "Te" an everyday word of the language
 * that is no given name ("whare", "tiriti") makes a thing of the phrase; "Te Aroha" may still be a person.
 */
export function namesLoanPlace(core: readonly Word[]): boolean {
  if (core.length < 2) return false;
  const concept = core[0].lower === 'te' && core.slice(1).some((w) => isLoanword(w.text) && !nameLists(w.text).given);
  return concept || LOAN_PLACES.has(core[core.length - 1].lower) || PEOPLE_PREFIXES.has(core[0].lower);
}

const ANIMALS = String.raw`(?:dog|dogs|pup|puppy|doggo|pooch|mutt|hound|cat|cats|kitten|kitty|moggy|moggie|tabby|retriever|labrador|spaniel|terrier|collie|sheepdog|greyhound|whippet|lurcher|poodle|cockapoo|cavapoo|labradoodle|goldendoodle|schnauzer|dachshund|pug|beagle|husky|staffie|staffy|bulldog|rottweiler|alsatian|corgi|chihuahua|westie|mastiff|doberman|rabbit|bunny|guinea pig|hamster|gerbil|budgie|parrot|cockatiel|canary|chicken|hen|rooster|duck|goose|goat|pony|horse|donkey|lamb|pig|piglet|tortoise|turtle|lizard|gecko|snake|goldfish|axolotl|ferret|alpaca|llama|dinosaur|dragon|unicorn|monster|teddy|teddy bear|bear|soft toy|cuddly toy|toy|doll|puppet|robot|imaginary friend)`;

/**
 * "a retriever called Biscuit", "the ward cat, Mittens", "our therapy dog Pickle", "the dog's name was Rufus";
 * toys and imaginary creatures are named the same way ("a teddy called Bernard", "a dinosaur called Keith").
 */
const PET_AFTER_ANIMAL = new RegExp(String.raw`\b${ANIMALS}(?:['’]s\s+name\s+(?:is|was)\s+|\s*,\s*|\s+(?:(?:who\s+|that\s+)?(?:is\s+|was\s+)?(?:called|named|nicknamed)\s+)?)["“‘']?(\p{Lu}[\p{L}\p{M}'’-]+)`, 'giu');

/** "Pickle, our therapy dog", "Biscuit the retriever", "Grace, the head's old golden retriever" (not "Jo, our dog walker"). */
const PET_BEFORE_ANIMAL = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}'’-]+)(?:,\s+|\s+)(?:the|our|my|his|her|their|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?${ANIMALS}\b(?!['’]?s?\s+(?:owner|walker|handler|trainer|groomer|sitter|lover|person|breeder|rescuer|warden))`, 'gu');

/** "before realising Guy was a dog", "Bess is the older collie": a name the text says is an animal's. */
const PET_DECLARED = new RegExp(String.raw`(\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:is|was)\s+(?:(?:actually|only|just|really)\s+)?(?:a|an|the|our|their|his|her|my)\s+(?:[\p{L}'’-]+\s+){0,2}?${ANIMALS}\b(?!['’]?s?\s+(?:owner|walker|handler|trainer|groomer|sitter|lover|person|breeder|rescuer|warden))`, 'gu');
/** "the dogs were called Bill, Pat, Sky and Hope", "all five were called Bob": names shared out to animals, or one shared by many. */
const NAMES_GIVEN_TO_MANY = new RegExp(String.raw`\b(?:${ANIMALS}s?|all\s+(?:\w+\s+)?(?:of\s+them\s+)?|both\s+(?:of\s+them\s+)?)\s*were\s+(?:all\s+|both\s+)?(?:called|named)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+(?:,\s*|\s+(?:and|or)\s+))*\p{Lu}[\p{L}\p{M}'’-]+)`, 'giu');

/** Words the post gives an animal as its name, folded. */
export function petNames(text: string, isNameWord: (word: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PET_AFTER_ANIMAL)) {
    // "the stray dog Jayden found", "the cat, Mia said, was missing": the person who owns or tells.
    const owner = /^,?\s+(?:said|says|found|brought|rescued|adopted|walks|walked|feeds|fed|owns|owned|had|has|got|loves|loved|named|calls|called|told|thinks|thought|reckons|wanted|wants)\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20));
    if (isNameWord(m[1]) && !owner) out.push(foldName(m[1]));
  }
  for (const m of text.matchAll(PET_DECLARED)) if (isNameWord(m[1])) out.push(foldName(m[1]));
  for (const m of text.matchAll(NAMES_GIVEN_TO_MANY)) {
    for (const name of m[1].split(/,\s*|\s+(?:and|or)\s+/)) if (isNameWord(name)) out.push(foldName(name));
  }
  for (const m of text.matchAll(PET_BEFORE_ANIMAL)) {
    // "I told Mia the cat had died": after a verb of telling, the name is the listener's.
    const said = /(?:told|tell|tells|asked|ask|showed|show|gave|give|reminded|warned|promised|taught|assured|reassured)\s+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!));
    if (isNameWord(m[1]) && !(said && !m[0].includes(','))) out.push(foldName(m[1]));
  }
  return out;
}

/** The last word of a named law, report or public programme: "the X Act", "the X Review". */
const DOCUMENT_WORD = /\b(?:Act|Acts|Bill|Law|Regulations|Order|Code|Review|Inquiry|Enquiry|Report|Strategy|Framework|Commission|Guidance|Standards|Charter|Statute|Directive|Convention|Amendment|Programme|Program)\b/gu;

/** What a title may be made of before its last word: capitalised words, bracketed parts, small joiners. */
const TITLE_WORDS = /(?:(?:\p{Lu}[\p{L}\p{M}-]*|\([^()\n]{1,60}\)|and|of|for|the|in|on|to|&|with|from|at|by)\s+)+$/u;

/**
 * Spans of the named laws, bills, reviews, inquiries and programmes in the text: the words inside a
 * title are the title's, and a person named in one ("the Munro Review") is named in public.
 */
export function documentTitles(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(DOCUMENT_WORD)) {
    const from = Math.max(0, m.index! - 160);
    const words = TITLE_WORDS.exec(text.slice(from, m.index!));
    if (!words) continue;
    // The title starts at its first capitalised word or bracket: "under the Children (Scotland) Act".
    const lead = /^(?:(?:and|of|for|the|in|on|to|&|with|from|at|by)\s+)*/u.exec(words[0])![0].length;
    if (lead === words[0].length) continue;
    let end = m.index! + m[0].length;
    // "the Munro Review of Child Protection", "the Children Act 1989".
    const tail = /^(?:\s+\d{4}|\s+(?:of|into|on)\s+(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|and|of|the|in)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(end, end + 120));
    if (tail) end += tail[0].length;
    spans.push([from + words.index + lead, end]);
  }
  return spans;
}

let shortForms: Map<string, Set<string>> | undefined;

/** Known short and pet forms of a given name, folded ("robert" -> rob, bob, bobby...), from data/names/nicknames.txt. */
export function petFormsOf(name: string): ReadonlySet<string> {
  shortForms ??= new Map(dataLines('names/nicknames.txt').map((line) => {
    const [full, ...forms] = line.split(/\s+/).map(foldName);
    return [full, new Set(forms)] as const;
  }));
  return shortForms.get(foldName(name)) ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();

/** Faiths and denominations: "Christian" is a given name too, but "a Christian charity" is a faith's. */
const FAITHS = new Set(`
  christian muslim moslem jewish jew hindu sikh buddhist catholic protestant anglican methodist baptist
  orthodox quaker mormon pentecostal evangelical lutheran presbyterian episcopalian unitarian calvinist
  adventist coptic jain bahai baha'i rastafarian rasta pagan wiccan humanist atheist agnostic shia
  sunni ismaili islamic druze zoroastrian parsi yazidi alevi amish mennonite moravian salvationist`.trim().split(/\s+/));

const isFaith = (word: string | undefined) => word !== undefined && FAITHS.has(word.toLowerCase().replace(/s$/, ''));

/**
 * "a Christian charity", "Christian values", "Muslim, Christian and Jewish families", "a devout
 * Christian": the word of a faith as an adjective, in a list of faiths, or as what someone is. `nounAt`
 * says whether the parse reads a noun (not a verb) at an offset of the text.
 */
export function namesAFaith(word: Word, before: string, after: string, nounAt: (offset: number) => boolean): boolean {
  if (!isFaith(word.lower) || word.possessive) return false;
  // "Muslim, Christian and Jewish", "Christian or Muslim": listed with another faith.
  const prev = /([\p{L}'’]+)\s*(?:,|\band|\bor|&|\/)\s*$/u.exec(before)?.[1];
  const next = /^\s*(?:,|and\b|or\b|&|\/)\s*([\p{L}'’]+)/u.exec(after)?.[1];
  if (isFaith(prev) || isFaith(next)) return true;
  // "a devout Christian", "as a Christian", "being Christian", "Christian or not": what someone is, not who.
  if (/(?:^|[^\p{L}])(?:a|an|the|devout|practising|practicing|committed|born-again|lapsed|fellow|good|staunch|strict|observant|non-practising|being|raised|brought\s+up|identif(?:y|ies)\s+as)\s+$/iu.test(before)) return true;
  if (/^\s+or\s+not\b/iu.test(after)) return true;
  // "Christian values", "Christian faith": an adjective before its noun; "Christian Aid": an organisation's name.
  const noun = /^[ \t]+(\p{L}[\p{Ll}-]*)/u.exec(after);
  if (noun && /^\p{Lu}/u.test(noun[1])) return classify(noun[1]) === 'word';
  return noun !== null && nounAt(word.end + noun[0].length - noun[1].length);
}

const PRODUCT_OPENING = String.raw`^['’]s?\s+(?:(?:own|value|basics|finest|premium|original|classic|new|mini|chocolate|caramel|salted|plain|cheese|tomato|frozen)[\s-]+)?`;
/** What only a maker or a shop sells, or how its range is spoken of: "Kellogg's cornflakes", "Sainsbury's own-brand". */
const BRANDED_AFTER = new RegExp(String.raw`${PRODUCT_OPENING}(?:own[\s-]?brand|teacakes|cornflakes|frosties|happy\s+meals?|range|products|meal\s+deals?|vouchers?|clubcard|advert|adverts|ads|logo|packaging|jingle|mascot|drive[\s-]?thru|drive[\s-]?through|superstore|online\s+shop)\b`, 'iu');
/** What a shop sells and a neighbour bakes too: "Brannigan's scones" is a bakery's or a colleague's. */
const FOOD_AFTER = new RegExp(String.raw`${PRODUCT_OPENING}(?:crisps|fries|nuggets|milkshakes?|ketchup|mayo|mayonnaise|cola|lemonade|cakes?|biscuits|cookies|crackers|wafers|burgers?|beans|soup|cereal|porridge|oats|chocolates?|sweets|bars?|ice[\s-]cream|squash|crumpets|scones|bread|jam|custard|gravy|sausages|sausage\s+rolls|pasties|pies)\b`, 'iu');
/** What a listed brand that is a title and a name sells: "Aunt Bessie's yorkshires". */
const SOLD_AFTER = new RegExp(String.raw`${PRODUCT_OPENING}(?:yorkshires?|rice|puddings?|fish\s+fingers|boots|shoes|ads?|adverts?)\b`, 'iu');

/**
 * "Tunnock's teacakes", "Kellogg's cornflakes", "McDonald's fries": a maker's or a shop's name before
 * what it sells. A given name owns things ("Joy's cake"), and an unfamiliar name may be a client's
 * ("Tamsin's biscuits"), so home-made food takes a known family name to be a brand.
 */
export function namesABrand(word: Word, after: string): boolean {
  if (!word.possessive || nameLists(word.text).given) return false;
  return BRANDED_AFTER.test(after) || (word.cls === 'surname' && FOOD_AFTER.test(after));
}

/** What follows a listed brand that is a title and a name ("Aunt Bessie's yorkshires"): a thing sold, not a home or a relative. */
export function sellsAfter(after: string): boolean {
  return BRANDED_AFTER.test(after) || FOOD_AFTER.test(after) || SOLD_AFTER.test(after);
}

/**
 * "Polish-speaking", "Jordan-born", "Kenya-based", "Florence-raised": a place or a language joined to
 * what it says of someone's origin or tongue, not a person's double-barrelled name.
 */
const ORIGIN_COMPOUND = /-(?:speaking|speaker|speakers|born|raised|bred|based|educated|trained|heritage|descended|language|medium|registered|qualified|style|run|led|inspired|themed|type)$|^(?:Afro|Anglo|Franco|Sino|Indo|Euro|Latino|Hispano|Italo|Greco|Judeo|Russo|Irano|Celto|Pan)-\p{Lu}/u;

/** "Z-drugs", "X-rays", "C-section", "A-levels": a letter joined to a word is a thing, never a name. */
const LETTER_COMPOUND = /^\p{Lu}-\p{L}{2,}$/u;

/** One hyphenated word that names an origin, a language or a thing rather than a person. */
export function isOriginOrLetterCompound(word: Word): boolean {
  const text = word.text.replace(/['’]s?$/u, '');
  return ORIGIN_COMPOUND.test(text) || LETTER_COMPOUND.test(text);
}

/** Words that may follow a title's possessive and still be a person's ("Carter's Mum", "Jo's Nan"). */
const PERSONAL_AFTER_POSSESSIVE = /^(?:year|class|form|room|group|birthday|party|day|maths|english|science|art|music|pe|xbox|playstation)$/;

/** "watched", "the series", "a book": the sentence speaks of a show, a film or a book. */
const WORK_CUE = /\b(?:production|musical|opera|play|album|song|saw|see|seen|tour|touring|theatre|theater|stage|cinema|watch(?:es|ed|ing)?|re-?watch(?:es|ed|ing)?|binge(?:d|s|ing)?(?:-watch(?:es|ed|ing)?)?|show|shows|series|programme|program|episodes?|seasons?|box\s*set|telly|tv|film|films|movie|movies|book|books|novel|read|reads|reading|re-?read|podcast|game|soap|sitcom|drama|streaming|netflix)\b/i;

/**
 * "*Carter's Ward*", "she loves Carter's Ward, the hospital drama": a possessive word opening the
 * title of a show or a book (a capitalised word that is no name follows it mid-sentence), in italics or
 * quotes, or in a sentence about watching or reading. The word is the title's, not a client's, even
 * after a title of its own ("*Dr Carter's Casebook*", from the title's first word).
 */
export function opensATitle(word: Word, text: string, emphasis: readonly { start: number; end: number }[], from = word.start): boolean {
  if (!word.possessive) return false;
  const next = /^['’]s?\s+(\p{Lu}\p{Ll}+)\b(?![ \t]*\d)/u.exec(text.slice(word.end, word.end + 40))?.[1];
  if (!next) return false;
  const lower = next.toLowerCase();
  if (classify(next) === 'given' || classify(next) === 'surname' || KIN_TITLES.has(lower) || RELATIONS.has(lower) || PERSONAL_AFTER_POSSESSIVE.test(lower)) return false;
  const title = `${escapeRegExp(word.text)}['’]s\\s+${escapeRegExp(next)}`;
  const quoted = (at: number) => emphasis.some((span) => span.start <= at && at < span.end) || /["“‘*_]\s*$/u.test(text.slice(Math.max(0, at - 2), at));
  const aboutAWork = (at: number) => WORK_CUE.test(sentenceByMarks(text, at - 1, at, BARE_STOP_MARKS));
  // This title, here or anywhere in the post, in italics or quotes or in a sentence about a show or a book.
  if (quoted(from) || aboutAWork(from)) return true;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${title}(?![\\p{L}])`, 'gu'))) if (quoted(m.index) || aboutAWork(m.index)) return true;
  return false;
}

/**
 * "a touring production of *Les Misérables*", "we read *Esperanza Rising*": a name that is the whole of
 * a stretch in italics mid-sentence, in a sentence about a book, a show or a film, is the work's title.
 * (A bold name opening a paragraph is emphasis too, so a title must stand mid-sentence.)
 */
export function wholeItalicTitle(start: number, end: number, text: string, emphasis: readonly { start: number; end: number }[], segmentStart: number): boolean {
  const span = emphasis.find((e) => e.start <= start && end <= e.end && e.start > segmentStart);
  if (!span || /\p{L}/u.test(text.slice(span.start, start).replace(/^(?:the|a|an|les|la|le|el|los|las|die|der|das)\s+/i, '')) || /\p{L}/u.test(text.slice(end, span.end))) return false;
  return WORK_CUE.test(sentenceByMarks(text, start - 1, end, BARE_STOP_MARKS));
}

/** The voice assistants people talk to at home, two of them given names too. */
const ASSISTANTS = new Set(['alexa', 'siri', 'cortana', 'bixby']);

/** "asked Alexa to play music", "Alexa, turn the lights off", "Siri didn't understand her accent". */
export function namesAVoiceAssistant(word: Word, before: string, after: string): boolean {
  if (!ASSISTANTS.has(word.lower)) return false;
  const sentence = after.split(/[.!?\n]/)[0];
  // Asked to do what a device does, spoken to as one, failing to understand, or living in a speaker.
  return /^\s+to\s+(?:play\s+(?:music|songs?|the\s+radio|some\s+music|a\s+song|(?:her|his|their)\s+(?:song|playlist))|set\s+(?:a|an|the)\s+(?:timer|alarm|reminder)|turn\s+(?:on|off|up|down|the)|remind|add)\b|^\s*,\s*(?:play|set|turn|stop|what['’]s|add|remind)\b/i.test(after)
    || /^\s+(?:didn['’]t|doesn['’]t|can['’]t|couldn['’]t|won['’]t|never)\s+(?:understand|recogni[sz]e|hear|get)\b/i.test(after)
    || /\b(?:timer|alarm|volume|shopping\s+list|the\s+lights)\b/i.test(sentence)
    || /\b(?:echo|smart\s+speaker|speaker|device|iphone)\b[^.!?\n]*$/i.test(before);
}
