/**
 * Exact ages of a person and birth years. An exact age narrows a small town down to a few people;
 * over 89 it is a HIPAA Safe Harbor identifier on its own (high), otherwise a quasi-identifier
 * (medium) that counts towards mosaic risk.
 *
 * Forms: "a 92-year-old", "aged 14", "he's 11", "Glenys is 93,", "she turned forty", "Ann Lee, 79,",
 * "died at 87", "born in 1994". Not ages: ranges ("in his late 80s", "in her seventies"), durations
 * ("twenty-two years of nursing", "for six years"), things ("a 100-year-old house"), group talk
 * ("children aged 5 to 11"), public figures ("Thich Nhat Hanh died at ninety-five"). The blogger's own age ("I'm 45") is reported as low: it says nothing
 * about a client, but the author may want to know it is there. So is anyone of an age in general talk
 * ("How do you tell a six-year-old...?", "Imagine being ten", "At 85, falls are the biggest risk"), and a
 * character in a book or film: a note, never a count, unless the sentence tells a day ("was", "last week").
 */
import type { Candidate, DetectContext, Recognizer } from './types.js';
import type { Segment } from '../text.js';
import { NUMBER_SOURCE, NUMBER_SOURCE_ANY_CASE, numberValue } from './numbers.js';
import { columnCells, inNotesOnAPerson, matchesOf } from './util.js';
import { addressesOnePerson } from './addressee.js';
import { paragraphAround, STORY_SENTENCE, sentenceAround, sentenceBefore, sentenceEnd } from '../sentence.js';
import { CLIENTS, CLOSE_FAMILY, OFFSPRING, PARENTS, SIBLINGS, SPOUSES, words } from '../names/person-words.js';
import { aboutPublicFigure } from './public-subject.js';
import { isCharacter } from '../names/fiction.js';
import { inRowOfPerson } from './name-column.js';
import { publicNames } from '../names/public.js';
import { foldName } from '../normalize.js';
import { classify, isEnglishWord, nameLists } from '../names/lexicon.js';

const NUM = NUMBER_SOURCE;
/** A number in words only: after a comma, digits are as often a count. */
const NUM_WORDS = NUM.replace(String.raw`\d{1,3}|`, '');
/** "twenty to midnight", "ten past four": minutes to or past an hour, read as a clock. */
const TO_OR_PAST_HOUR = String.raw`\s+(?:to|past)\s+(?:${NUM}|midnight|noon|midday)\b`;
/** A number as a title or heading capitalises it: "Turning Sixteen", "Ninety-Eight and Still Driving". */
const TITLE_NUM = NUMBER_SOURCE_ANY_CASE;
const UNIT = String.raw`(?:years?|yrs?|months?|weeks?|days?)`;
/** After "she's 12", years and months read as an age; weeks and days only with "old" (else: pregnancy, sobriety). */
const AGE_UNIT = String.raw`(?:\s+(?:years?|yrs?|months?)(?:\s+old)?|\s+(?:weeks?|days?)\s+old)?`;

/** What an "N-year-old" may be when it is not a person. */
const THINGS = new Set(('house home building tree oak church school bridge farmhouse cottage barn car truck van boat bike piano ' +
  'recipe tradition law rule policy system company business firm institution hospital photo photograph letter painting ' +
  'quilt clock wine whisky whiskey cheese debate question problem pattern habit mattress carpet sofa couch chair table ' +
  'fridge boiler computer laptop phone mill pub shop stone wall castle ruin ruins map book song film movie argument feud ' +
  'grudge marriage friendship relationship custom myth legend joke scar injury grievance mortgage loan debt machine dog ' +
  'cat horse pony puppy kitten tortoise parrot pet practice charity organisation organization program programme service ' +
  'scheme estate garden forest woodland statute case file record building diary journal newspaper magazine report study ' +
  'survey trial technique method model theory idea belief prayer hymn instrument guitar violin fiddle uniform dress coat ' +
  'brain mind body perspective level standard equivalent version drawing picture sketch artwork crayon sandwich food leftovers milk bread message email text voicemail note post rug blanket teddy doll toy furniture dresser kettle stove radiator window door roof floor staircase bell organ ship ' +
  'tower block minibus guideline guidance bungalow caravan shed kitchen bathroom heater cooker oven tractor tablet printer software ' +
  'check checks review jab jabs vaccination vaccinations immunisation immunisations assessment screening ' +
  'collie terrier spaniel labrador retriever poodle greyhound whippet lurcher staffie mare gelding stallion budgie hamster rabbit ' +
  'cake biscuit tin jar bottle box suitcase bag handbag shoe boot jacket hat scarf tent wardrobe cupboard sink bath toilet').split(' '));

/** Places, groups and things whose age is told as "the chapel is a hundred years old", "our charity turned 50". */
const AGED_SUBJECTS = new Set([...THINGS, ...('chapel hospice hall tower temple mosque synagogue cathedral abbey library museum centre center ' +
  'clinic village town city street road bus train engine tractor fence hedge plant vine rose cooker oven freezer television ' +
  'tv radio ring necklace cardigan jumper teapot bench statue monument festival club team society choir band group project ' +
  'partnership network movement website blog podcast show series column campaign fund trust association union department ' +
  'agency unit surgery building place site shelter refuge hostel foodbank parish congregation knee leg back joint hip bone ' +
  'heart eye foot feet hand skin lung').split(' ')]);

/** Nouns that stand for a person as the subject of "is 11". */
const PERSON_NOUNS = `boy|girl|${words(OFFSPRING)}|child|kid|baby|toddler|teen|teenager|man|woman|lady|gentleman|${words(CLIENTS)}|` +
  `${words(PARENTS)}|grandmother|grandfather|gran|granny|grandma|grandpa|nan|${words(SPOUSES)}|` +
  `partner|${words(SIBLINGS)}|sibling|twin|twins|nephew|niece|cousin|aunt|uncle|youngest|eldest|oldest|middle one|little one|` +
  'carer|caregiver|neighbour|neighbor|friend|grandson|granddaughter|grandchild|stepson|stepdaughter|stepdad|stepmum|' +
  'stepmom|foster\\s+child|foster\\s+son|foster\\s+daughter|infant|newborn|toddler|lad|lass|fella|bloke|chap|guy|' +
  'youngster|adolescent|learner|tenant|mentee|service\\s+user|young\\s+person|young\\s+man|young\\s+woman|regular|customer|punter';

/** People the blogger works with, whose age is never the blogger's own even after "my". */
const CLIENT_ROLES = new RegExp(String.raw`^(?:${words(CLIENTS)}|learner|tenant|mentee|service\s+user|young\s+person)s?$`, 'i');

/** Capitalised words that start sentences or label things, never a person's name. */
const NOT_NAMES = new Set(('The It This That There Here What Which Where When Why How Year Grade Room Bed Ward Page Chapter ' +
  'Step Level Stage Number Score Day Week Month Class Table Figure Rule Section Question Total Half Part Phase Round Item ' +
  'Mine Ours Yours Theirs Everything Nothing Something Anything Today Tomorrow Tonight Yesterday Monday Tuesday Wednesday ' +
  'Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
  'Unit Flat Apartment Bus Route Gate Platform Lot Exit Ward Form Key Stage Team Group Lesson Session Module Term Semester ' +
  'Time Temperature Pulse Weight Height Dose Rate Count Result Reading Price Cost Fee Bill Rent Wage Salary Income Budget ' +
  'Yes No Okay Well So Then Also Everyone Nobody Somebody Anyone Each Both All None One Two Three Four Five Six Seven Eight Nine Ten ' +
  // Times of day told as a number: "Curfew is eleven", "Kick-off was three".
  'Curfew Bedtime Lights-out Breakfast Lunch Dinner Tea Supper Kick-off Closing Opening Checkout Check-in Visiting Handover Lockup Lock-up Unlock').split(' '));

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ORDINAL_WORDS = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth';
/** "most 16-year-olds", "a typical 15-year-old": talk about an age group, not a person. */
const GROUP_BEFORE = /\b(?:most|many|all|every|some|few|any|typical|average|other|these|those|no|each|the\s+average|the\s+typical)\s+$/i;
/** "kids are eight", "children who are twelve": a plural with no determiner is a whole age group. */
const DETERMINED_BEFORE = /\b(?:the|my|our|his|her|their|your|both|these|those|two|three|four|five|six|all\s+(?:two|three|four|five))\s+(?:(?:two|three|four|five|six|little|young|younger|older|eldest|youngest|own|new|foster|twin)\s+)?$/iu;
const BARE_PLURAL = /^(?:children|kids|people|teenagers|teens|adolescents|youngsters|girls|boys|students|pupils|adults|babies|toddlers|twins)$/i;
/** "At sixteen, most young people...": the clause after the age speaks of a group. */
const GROUP_CLAUSE = /^\s*(?:most|many|all|some|few|every|any|no|lots\s+of|a\s+lot\s+of|young\s+people|kids|children|teenagers|teens|adolescents|girls|boys|people|students|pupils|adults|women|men)\b/i;
/** "Anyone aged 65 or over", "Young people aged 16 and 17": a group, or a threshold. */
const GROUP_AGED_BEFORE = /(?:^|[^\p{L}])(?:anyone|anybody|everyone|everybody|people|those|adults|children|kids|teenagers|teens|young\s+people|women|men|girls|boys|pupils|students|patients|clients|residents|carers|parents)\s+$/iu;
const THRESHOLD_AFTER = /^\s*(?:\+|or\s+(?:over|older|above|under|younger|more)\b|and\s+(?:over|older|above|under|up|upwards|younger)\b)/i;
/**
 * "If a twelve-year-old tells you", "It's normal for a three-year-old", "What does a seventeen-year-old
 * need", "Once a child turns eighteen": any child of that age, in a condition, a norm or a question.
 */
const ANY_CHILD_BEFORE = /(?:\b(?:if|when|whenever|once|until|unless|before|after|by\s+the\s+time|as\s+soon\s+as|does|do|can|should|would|could|will)\s+|\b(?:normal|typical|common|usual|unusual|rare|natural|hard|easy|important|tough|impossible)\s+for\s+)(?:a|an|any|every|your)\s+$/i;
/** "A fourteen-year-old can't legally work...": a rule or a norm, said in the present, of anyone that age. */
const NORM_AFTER = /^\s+(?:can|can['’]t|cannot|should|shouldn['’]t|must|mustn['’]t|may|might|would|wouldn['’]t|could|couldn['’]t|will|won['’]t|tends?\s+to|usually|typically|generally|often|rarely|needs?|has\s+to|have\s+to|doesn['’]t|won['’]t|isn['’]t\s+(?:allowed|able|expected|meant)|is\s+(?:allowed|able|expected|meant|entitled|legally))\b/i;
/** "The average age of our residents is 84": a statistic, not a person. */
const STATISTIC_BEFORE = /\b(?:average|mean|median|typical)\s+age\b[^.!?]*$/i;
/** "Every parent of a two-year-old", "For a seven-year-old, that's...": anyone of that age. */
const ANY_ONE_BEFORE = /(?:\b(?:every|any|each)\s+[\p{L}-]+\s+of\s+an?|(?:^|[.!?]\s+|\n)(?:For|To)\s+an?)\s+$/iu;
/** "under age 5", "from age 14": a threshold in general talk. */
const THRESHOLD_BEFORE = /\b(?:under|over|above|below|from|until|till|before|by|after|retirement|pension|school|legal|voting|minimum|maximum)\s+(?:the\s+)?$/i;
/** What may follow a bare age so that "is 11" is an age and "is 11 minutes late" is not. */
const FOLLOW = String.raw`(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+in\s+(?:a|an|one|two|three|four|five|six|a\s+few|\d{1,2})\s+(?:fortnight|weeks?|months?|days?)\b|\s+(?:a|a\s+few|several|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:after|before|ago|later|earlier|into)\b|\s+(?:and|but|now|today|this|next|last|when|going|with|already|too|so|or|yet|then|soon|tomorrow|on|at|as|he|she|they|his|her|their|because|before|after|while|until|in\s+(?:${MONTHS}|the\s+(?:spring|summer|autumn|fall|winter|new\s+year)))\b)`;
const COPULA = String.raw`(?:['’]s\s+going\s+to\s+be|['’]s|['’]re|['’]m|['’]ll\s+be|['’]ll\s+turn|\s+will\s+turn|\s+(?:(?:is|was)\s+going\s+to\s+be|makes\s+(?:him|her|them)|made\s+(?:him|her|them)|is|was|are|were|had\s+just\s+turned|has\s+just\s+turned|just\s+turned|turned|turns|is\s+turning|will\s+be|would\s+have\s+been|would\s+be))`;
/** "nearly 17", "a sprightly ninety-one": words between the verb and the age that leave it exact. */
const HEDGE = String.raw`(?:(?:just|only|now|nearly|almost|barely|already|about|still|recently)\s+|an?\s+(?:sprightly|spritely|spry|youthful|feisty|fit|frail|lively|mere|healthy|grand\s+old|ripe\s+old)\s+)?`;
// A closing bracket or comma stands for a name with an aside: "Grzegorz (Grzesiek to everyone) is 38",
// "Joe, who has been Jojo since school, is 61".
// A lone capital is a client kept to an initial, as court and probation writing does: "C's 19 now".
// "The girl I'm writing about is fourteen", "the young person we support is 17": a person, then who they are to the writer.
const SUBJECT = String.raw`(?:(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur)\s+(?:(?:${PERSON_NOUNS})s?|young\s+person|person)\s+)(?:(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|\s+was|\s+were|['’]ve\s+been|\s+have\s+been)?\s+(?:writing|talking|thinking)\s+(?:about|of)|(?:I|we)\s+(?:work|worked|support|supported|visit|visited|teach|taught|foster|fostered|mentor|mentored)(?:\s+with)?)|\b(?:I|he|she|they|who|which|(?:${PERSON_NOUNS})s?|children)|\b\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}\.|(?<![\p{L}\p{N}.'’&/-])(?![AI](?![\p{L}]))\p{Lu}(?=['’]s\s|\s+(?:is|was|turned|turns|had\s+just\s+turned)\s)|\)|,)`;

const PATTERNS: { name: string; pattern: RegExp }[] = [
  // a 38-year-old, five-year-old triplets, a 6-month-old, 15yo, 94 y.o.
  { name: 'year-old', pattern: new RegExp(String.raw`\b(${NUM})(?:[\s-]+${UNIT}[\s-]+(?:old|young)\b|\s?(?:yo|y\/o)\b|\s?y\.o\.?(?!\w))`, 'giu') },
  // aged 14, age 9, at the age of 16, ages 7 and 9, a woman of 82 (but "a dad of six" counts children)
  { name: 'aged', pattern: new RegExp(String.raw`\b(?:aged|age:?|ages|the\s+age\s+of|(?:her|his|their)\s+age\s+(?:as|was|is|at)|(?:woman|man|lady|gentleman|boy|girl|teen|teenager|child|kid|toddler|baby|infant|widow|widower|lad|lass|youngster|pensioner)\s+of)\s+(?:(?:just|only|nearly|almost|barely)\s+)?(${NUM})(?:\s*(?:,|and|&)\s*${NUM})*\b(?!\s*(?:-|–|to|or)\s*\d|\s*(?:-|–|to|or)\s*(?:${NUM})\b)`, 'giu') },
  // "twenty-six of his sixty-one years": the years of a life, not of a job ("his thirty years in nursing").
  { name: 'life-years', pattern: new RegExp(String.raw`\bof\s+(?:his|her|their)\s+(${NUM})\s+years\b(?!\s+(?:of|in|at|with|as|on|since|behind|inside|served|working|teaching|nursing|married|sober|clean)\b)`, 'giu') },
  // he's 11, Glenys is 93, who is nine, she turned forty, I'm 45
  { name: 'copula', pattern: new RegExp(String.raw`(${SUBJECT})${COPULA}\s+${HEDGE}(${NUM})${AGE_UNIT}\b${FOLLOW}`, 'gu') },
  // Ann Lee, 79, who lives...; Mr H., 81, fell; Kay (16)
  { name: 'apposition', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\(["“]?\p{Lu}[\p{L}'’-]*["”]?\))?|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}\.|\b(?:${PERSON_NOUNS})s?(?:\s+of\s+[\p{L}-]+)?),\s+(?:now\s+|just\s+|only\s+|aged\s+)?(\d{1,3})(?=,|\s+and\s+\d{1,3},|\.(?!\d)|[ \t]*\n|\s+(?:who|and|from|with|lives|has|had|is|was)\b)|(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS}))\s+\((\d{1,3})\)`, 'gu') },
  // "Ruby, nine, drew a horse", "the twins, eleven and thirteen,", "our oldest, at 97,", "her son, three
  // months,": a first name or a person, then the age as a word between commas
  { name: 'apposition-word', pattern: new RegExp(String.raw`(?<![\p{L}'’])(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS})s?),\s+(?:now\s+|just\s+|only\s+|aged\s+|at\s+)?(${NUM})(?:\s+and\s+${NUM}|\s+(?:weeks?|months?)(?:\s+old)?)?,(?!\s*(?:\d|${NUM}\b))`, 'gu') },
  // "she's coming up to 90", "he's pushing eighty", "two months shy of 100": an age all but reached
  { name: 'copula', pattern: new RegExp(String.raw`(${SUBJECT})${COPULA}\s+(?:(?:coming\s+up\s+to|pushing|approaching|knocking\s+on|going\s+on|rising|nudging|(?:just\s+)?shy\s+of|on\s+the\s+cusp\s+of)\s+|(?:a|one|two|three|four|five|six|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:shy|short)\s+of\s+)(${NUM})\b${FOLLOW}`, 'gu') },
  // died at 87; At 87, she...
  { name: 'at', pattern: new RegExp(String.raw`\b(?:died|passed\s+away|passed|retired|married|widowed|diagnosed|pregnant|gave\s+birth|left\s+school|left\s+home|emigrated|adopted)\b[^.!?\n]{0,30}?\bat\s+(${NUM})\b(?!${TO_OR_PAST_HOUR}|\s*(?:%|:|\.\d|[ap]\.?m\b|o'clock|mph|km|miles|minutes|hours|kg|weeks|degrees|percent))|(?:^|[.!?]\s+|\n)At\s+(${NUM}),|(?:^|[.!?]\s+|\n)At\s+(${NUM})\s+(?=(?:I|she|he|they)\s)`, 'gu') },
  // her 16th birthday, his sixteenth birthday
  { name: 'birthday', pattern: new RegExp(String.raw`\b(?:her|his|their|my\s+(?:son|daughter)['’]s)\s+(\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+birthday\b`, 'giu') },
  // Turning 100, turned ninety on Sunday (a heading or a clause without its subject)
  { name: 'turning', pattern: new RegExp(String.raw`\b(?:[Tt]urning|[Tt]urned|[Tt]urns)\s+(${TITLE_NUM})\b(?=\s*(?:[,.;:!?)\u2013\u2014]|$)|\s+(?:in|on|at|this|next|last|today|tomorrow|soon|and|with|without|when|before|after|alone)\b)`, 'gu') },
  // in her 93rd year
  { name: 'birthday', pattern: new RegExp(String.raw`\bin\s+(?:her|his|their)\s+(\d{2,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+year\b(?!\s+(?:of|teaching|nursing|working)\b)`, 'giu') },
  // her 90th in the day room, his 21st at the rugby club (the birthday left unsaid; 16 and over, so
  // "her third in a row" stays a count)
  { name: 'birthday', pattern: new RegExp(String.raw`\b(?:her|his|their)\s+(\d{2,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})(?=\s*[,.;!?]|\s+(?:in|on|at|with|last|this|next)\b)`, 'giu') },
  // "a cake for Edna's 100th", "for his 90th and he cried": a resident's birthday, said of them by name or
  // followed by the party ("her 100th party"). 16 and over, as above.
  { name: 'birthday', pattern: new RegExp(String.raw`(?:\b(?:[Hh]er|[Hh]is|[Tt]heir)|(?<![\p{L}'’])(?<!\bthe\s)(\p{Lu}\p{Ll}+|resident|patient|client|gran|nan|nana|granny|grandma|grandad|grandpa|grandmother|grandfather)['’]s)\s+(\d{2,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})(?=\s*[,.;:!?)\u2013\u2014]|\s*$|\s+(?:in|on|at|with|last|this|next|and|was|were|is|fell|falls|party|parties|bash|do|tea|lunch|dinner|cake|celebrations?|when|so|because|we|she|he|they)\b)`, 'gu') },
  // "a 91st birthday party for Edna": a birthday of 16 and over said with "a" or "the" is still someone's age
  { name: 'birthday', pattern: new RegExp(String.raw`(?<!\b(?:my|our)\s+)\b(?:a|the)\s+(\d{2,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+birthday\b`, 'giu') },
  // "she celebrates 94 years this week": years of life, not of a marriage or a job
  { name: 'birthday', pattern: new RegExp(String.raw`\bcelebrat(?:es|ed|ing|e)\s+(?:(?:her|his|their)\s+)?(${NUM})\s+years\b(?!\s+(?:of|at|in|with|as|since|together|married|sober|clean|service|working|teaching|nursing)\b)`, 'giu') },
  // "born at 24 weeks and 3 days", "born at 29+4 weeks": how early a baby came is as telling as an age
  // "stillborn on 3rd October at 37 weeks", "arrived by emergency section on Sunday, at 29+4".
  { name: 'gestation', pattern: new RegExp(String.raw`\b(?:(?:still)?born|arrived)\b(?:[^.!?\n]{0,60}?\s)?(?:at|after)\s+(?:just\s+|only\s+)?(${NUM})(?:\s*\+\s*[0-6](?:\s+weeks)?(?![\p{N}+])|\s+weeks(?:\s*(?:\+|and)\s*(?:\d|${NUM})\s+days?)?)`, 'giu') },
  // born in 1994, born 1994, b. 1994
  { name: 'birth-year', pattern: /\b(?:born(?:\s+(?:in|around|circa))?(?:\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|early|late|middle|mid|end|start)(?:\s+of)?)?|b\.)\s+((?:18|19|20)\d\d)\b(?![\/.-]\d)/giu },
  // "a 1932 baby", "born in '32": the same year, said the way older people say it
  { name: 'birth-year', pattern: /\ba\s+((?:18|19|20)\d\d)\s+(?:baby|babe|child)\b|\bborn(?:\s+(?:in|around|circa))?\s+(['’]\d\d)\b(?![\/.-]\d)/giu },
  // Margaret — 94 this spring — still runs the choir; Edna - 91 - came to lunch
  { name: 'aside', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+[—–-]\s+(?:now\s+|just\s+|aged\s+)?(\d{1,3}|${NUM})(?=\s*[—–,]|\s+-\s|\s+(?:this|next|last|now|in)\b[^—–\n]{0,20}[—–])`, 'gu') },
];

/**
 * A title or heading that is an age: "Ninety-Eight and Still Driving", "A Hundred and One Candles",
 * "Eighty Not Out". Read only where the post speaks of someone in particular.
 */
const HEADING_AGE = new RegExp(String.raw`^(?:(?:at|aged?|happy)\s+)?(${NUM})(?:st|nd|rd|th)?(?=\s+(?:and\s+(?:still|counting|not\s+out)\b|candles\b|today\b|not\s+out\b|years?\s+(?:young|old)\b|going\s+on\b)|\s+and\s+(?!a\s+half\b)(?!${NUM}\b)\p{L})`, 'iu');

/**
 * A kind of care, a role or a stage of life before "at": "Kinship care at seventy", "Grandparenting at
 * 80", "Starting over at sixty". The heading names what it is like at that age, for anyone.
 */
const TOPIC_AT_AGE = /(?:^|[\s:–—-])(?:(?:kinship|foster|family|respite|end[- ]of[- ]life|elder|palliative|social|self|home)\s+care|care|caring|fostering|adoption|adopting|parenting|grandparenting|kinship|motherhood|fatherhood|parenthood|retirement|retiring|widowhood|loneliness|grief|dating|love|sex|marriage|divorce|work|working|volunteering|learning|studying|university|school|starting\s+(?:over|again)|beginning\s+again|coming\s+out|life|living|ageing|aging|carers?|grandparents|parents|mothers|fathers|mums|dads|women|men|people)\s+at\s+$/i;

/** `heading`: only in a field that reads as a title (no closing full stop), not in a short sentence. */
const HEADING_AGES: { pattern: RegExp; min: number; heading?: boolean }[] = [
  { pattern: new RegExp(HEADING_AGE.source, 'diu'), min: 1 },
  // "Still Dancing at Ninety-Three", "At Eighty-Seven, a First Passport": past a clock's hours, so not a time.
  { pattern: new RegExp(String.raw`(?:^|\s)at\s+(${NUM})(?=\s*(?:[,;!?\u2013\u2014]|:\s|$))`, 'diu'), min: 13, heading: true },
  // "Fifteen, Pregnant and Brave", "Sweet Sixteen on the Ward"
  { pattern: new RegExp(String.raw`^(${NUM}),\s`, 'diu'), min: 13, heading: true },
  { pattern: /\bsweet\s+(sixteen|16)\b/diu, min: 16 },
];

/** "when you're eleven and your mum is in hospital": a generic "you" for a child the post is about. */
const YOU_AGE = new RegExp(String.raw`\b(?:when|if|once|until|because|by\s+the\s+time)\s+you(?:['’]re|\s+are)\s+${HEDGE}(${NUM})${AGE_UNIT}\b${FOLLOW}`, 'giu');

export const age: Recognizer = {
  id: 'age',
  category: 'age',
  description: 'Exact ages of a person and birth years',
  detect(context) {
    const { text } = context;
    const found: Candidate[] = clauseAges(context);
    // Public names are matched on folded text (lower case, words apart), as the list stores them.
    let folded: string | undefined;
    for (const { name, pattern } of PATTERNS) {
      for (const m of matchesOf(text, new RegExp(pattern.source, pattern.flags + 'd'))) {
        const hit = ageOf(name, m, text);
        // "Mia is ten" in a review of the book Mia is in.
        const subject = [m[1], m[3]].find((s) => s && /^\p{Lu}\p{Ll}/u.test(s) && !NOT_NAMES.has(s));
        if (hit && subject && isCharacter(subject, text, context.emphasis ?? [])) continue;
        // "Heaney was twelve when his brother died": a public figure named in full elsewhere, here by surname.
        folded ??= foldName(text);
        if (hit && subject && publicNames(context.config).surnameOf(subject, folded)) continue;
        const kept = hit && !aboutPublicFigure(context, hit.start) ? asClientAge(context, hit) : undefined;
        if (kept) found.push(kept);
      }
    }
    for (const hit of agedLists(text)) if (!found.some((f) => f.start < hit.end && hit.start < f.end)) found.push(hit);
    for (const hit of [...headingAges(context.segments, text), ...notedAges(context), ...youAges(text), ...listedAfter(found, text), ...gestationNotes(context)]) {
      if (!found.some((f) => f.start < hit.end && hit.start < f.end)) found.push(hit);
    }
    // In a letter to one person, "you're forty-one" is theirs, not anyone's imagined to make a point.
    for (const hit of addresseeAges(context)) {
      const overlapping = found.filter((f) => f.start < hit.end && hit.start < f.end);
      if (overlapping.some((f) => f.severity !== 'low')) continue;
      for (const f of overlapping) found.splice(found.indexOf(f), 1);
      found.push(hit);
    }
    return found;
  },
};

/** "my gran, who died at 96", "my dad retired at 60": the blogger's own family just before an age. */
const OWN_ELDER_BEFORE = new RegExp(String.raw`\b(?:my|our)\s+(?:late\s+|own\s+)?(?:${words(CLOSE_FAMILY)}|gran|granny|grandma|nan|nana|grandad|grandpa|grandmother|grandfather|aunt|auntie|uncle)(?:,\s*who)?\s+$`, 'i');
/** The generation above: their care is what a carer's post is about, so their age counts as a client's would. */
const ELDER_RELATIVE = /^(?:mother|father|mum|mom|mam|mammy|dad|daddy|gran|granny|grandma|grandmother|nan|nana|nanna|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle|mother-in-law|father-in-law|stepmother|stepfather|stepmum|stepdad)$/i;

/** A person just before "celebrates": "she", "the resident". */
const PERSON_BEFORE = new RegExp(String.raw`\b(?:she|he|they|(?:${PERSON_NOUNS})s?)\s+$`, 'iu');

function ageOf(form: string, m: RegExpExecArray, text: string): Candidate | undefined {
  if (form === 'birth-year') return birthYear(m);
  const group = form === 'copula' || form === 'aside' || form === 'apposition-word' || (form === 'birthday' && m[2]) ? 2 : form === 'apposition' ? (m[2] ? 2 : 4) : form === 'at' ? (m[1] ? 1 : m[2] ? 2 : 3) : 1;
  const written = m[group];
  const span = m.indices?.[group];
  if (!written || !span) return undefined;
  const value = form === 'birthday' ? ordinalValue(written) : numberValue(written);
  if (!(value >= 0 && value <= 119)) return undefined;
  // "made several of us feel about a hundred years old", "I look ninety today": how someone feels, not an age.
  if (/\b(?:feel|feels|felt|feeling|look|looks|looked|looking)\s+(?:about\s+|like\s+|at\s+least\s+|nearly\s+|almost\s+|every\s+bit\s+of\s+|all\s+of\s+)?(?:a\s+)?$/i.test(text.slice(Math.max(0, span[0] - 30), span[0]))) return undefined;
  // "her 90th", "in her 93rd year"; "her third in a row", "in their first year" are counts.
  if (form === 'birthday' && !/birthday$/i.test(m[0]) && value < 16) return undefined;
  // "in her 20th year at the firm" is a career; "in her 94th year in the home" can only be a life.
  if (form === 'birthday' && /year$/i.test(m[0]) && value < 60 && /^\s+(?:at|in|with|on|as|for)\b/i.test(text.slice(m.index + m[0].length))) return undefined;
  // "Year 10 students are 14 or 15": a guess at a group's age, not one person's ("she was 14 or 15" still counts).
  if (form === 'copula' && /^(?:they|children|\p{Ll}+s)$/iu.test(m[1]) && /^\s*(?:or|to)\s/.test(text.slice(span[1]))) return undefined;
  // "My patients are 80, 90, nearly 100": the ages a caseload spans, listed, are no one's ("the boys are 8, 10 and 12" are three boys).
  if (form === 'copula' && (CLIENT_ROLES.test(m[1]) || /^(?:people|folk|members|regulars|ladies|gentlemen|men|women|visitors|callers|families)$/i.test(m[1])) && /s$/i.test(m[1]) && /^(?:are|were|['’]re)$/i.test(/\S+\s+$/.exec(text.slice(m.index, span[0]).replace(/\s+(?:just|only|now|nearly|almost|barely|already|about|still|recently)\s+$/i, ' '))?.[0].trim() ?? '') && new RegExp(String.raw`^\s*,\s*(?:(?:nearly|almost|over|about|even|some)\s+)?(?:${NUM})\b`, 'iu').test(text.slice(span[1]))) return undefined;
  // "They were four, all boys", "we were six in all": a head count, not an age.
  if (form === 'copula' && /^(?:they|we)$/i.test(m[1]) && /^,?\s+(?:all|both|including|counting|in\s+all|altogether|maybe|or\s+so|of\s+(?:us|them))\b/i.test(text.slice(span[1]))) return undefined;
  if (form === 'year-old' && new RegExp(String.raw`\b(?:are|were)\s+(?:${NUM})\s+(?:or|to)\s+$`, 'iu').test(text.slice(Math.max(0, span[0] - 40), span[0]))) return undefined;
  // "my gran, who died at 96", "my dad retired at 60": the blogger's own family.
  if (form === 'at' && m[1] && OWN_ELDER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return ownAge(span[0], span[1], written);
  // "At 15 she was sofa-surfing" is an age; "At 3 she left the ward" is a time.
  if (form === 'at' && m[3] && value < 13) return undefined;
  let [start, end] = span;
  // "Babies born at 24 weeks need months in the unit": what is true of any baby that early.
  if (form === 'gestation' && /\b(?:babies|infants|children|most|many|some|any|all|every|a\s+baby|if|when)\b[^.!?]*$/i.test(text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  if (form === 'gestation') return gestationAge(start, m.index + m[0].length, text.slice(start, m.index + m[0].length));
  if (form === 'year-old') {
    end = m.index + m[0].length;
    if (isThing(text, end) || GROUP_BEFORE.test(text.slice(Math.max(0, span[0] - 30), span[0]))) return undefined;
  }
  if (form === 'aged' && /^age/i.test(m[0]) && THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
  // "Free childcare starts at age three", "screening is offered from age 50": when a service starts.
  if (form === 'aged' && /^age/i.test(m[0]) && /\b(?:starts?|begins?|ends?|stops?|kicks\s+in|applies|(?:is|are)\s+(?:offered|available|eligible)|qualify|qualifies)\s+(?:from|at)\s+$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
  if (STATISTIC_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  if (form === 'year-old' && (isAnyChildOfThatAge(text, span[0], m.index + m[0].length) || generalAgeTalk(text, span[0]))) return undefined;
  if (form === 'year-old' && anyYoungPersonInReflection(text, span[0])) return lowGeneralAge(start, m.index + m[0].length, text);
  if ((form === 'year-old' || form === 'turning') && thingIsSubject(text, span[0])) return undefined;
  // "If your 15-year-old won't talk to you", "Your teenager is 16": the reader's child, in advice to parents.
  const lead = text.slice(Math.max(0, m.index - 30), form === 'year-old' ? span[0] : m.index);
  if ((form === 'year-old' || form === 'copula') && /\byour\s+(?:own\s+)?$/i.test(lead)) return lowGeneralAge(start, form === 'year-old' ? m.index + m[0].length : span[1], text, "the reader's own child, in advice to parents");
  // "As a mum of a 10-year-old, I get it": the blogger's own child.
  if (form === 'year-old' && /\b[Aa]s\s+(?:a|the)\s+(?:mum|mom|mother|dad|father|parent|grandparent|gran|grandma|grandad)\s+(?:of|to)\s+(?:a|an)\s+$/.test(lead)) return ownAge(start, m.index + m[0].length, text.slice(start, m.index + m[0].length));
  // "From two years old, toddlers need fewer naps", "By one year old, most babies...": a threshold.
  if (form === 'year-old' && /\b(?:from|until|till|under|over|above|below|after|before|by)\s+$/i.test(text.slice(Math.max(0, span[0] - 10), span[0]))) return undefined;
  // "When a baby is six weeks old, the first jabs are due": any baby that age.
  const copulaSubject = /\b((?:young\s+)?\p{L}+)\s+(?:is|are)\s+(?:(?:about|around|only|just)\s+)?$/u.exec(text.slice(Math.max(0, span[0] - 40), span[0]));
  if (form === 'year-old' && copulaSubject && isAgeGroup(copulaSubject[1], text, span[0] - copulaSubject[0].length)) return undefined;
  if (form === 'year-old' || (form === 'birthday' && /^(?:a|the)\s/i.test(m[0]))) {
    const reason = anyChildInGeneralTalk(text, span[0], m.index + m[0].length);
    if (reason) return lowGeneralAge(start, form === 'year-old' ? m.index + m[0].length : end, text, reason);
  }
  // "She celebrates 94 years": said of a person; "the cafe celebrates 40 years" is a business.
  if (form === 'birthday' && /^celebrat/i.test(m[0])) {
    const lead = text.slice(Math.max(0, m.index - 40), m.index).replace(/(?:(?:will|would|is|was|has|had|just|proudly)\s+)?$/i, '');
    if (!PERSON_BEFORE.test(lead) && !/(?<![\p{L}])\p{Lu}\p{Ll}+\s+$/u.test(lead)) return undefined;
  }
  // "the first birthday after a death" is a count; "a 91st birthday party" is someone's age.
  if (form === 'birthday' && /^(?:a|the)\s/i.test(m[0]) && value < 16) return undefined;
  if (form === 'year-old' && ANY_ONE_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])) && /^[,\s]/.test(text.slice(m.index + m[0].length))) {
    if (!/^\s+(?:who|whose|that)\b/.test(text.slice(m.index + m[0].length))) return undefined;
  }
  if (form === 'aged' && (THRESHOLD_AFTER.test(text.slice(m.index + m[0].length)) || (GROUP_AGED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && !DETERMINED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index).replace(GROUP_AGED_BEFORE, ' '))))) return undefined;
  if (form === 'at' && m[2]) {
    const general = generalAtAge(text, m.index + m[0].length);
    if (general) return lowGeneralAge(start, end, text, general);
  }
  if (form === 'at' && !m[1] && (GROUP_CLAUSE.test(text.slice(m.index + m[0].length)) || (/^\s*you\b/i.test(text.slice(m.index + m[0].length)) && !specificPersonNear(text, m.index)))) return undefined;
  if (form === 'copula') {
    const subject = m[1];
    if ((NOT_NAMES.has(subject) && !monthNamedPerson(subject, m[0])) || GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return undefined;
    if (isAgeGroup(subject, text, m.index)) return undefined;
    // "The oldest woman in Britain is 114": a public record, not a client.
    if (/\b(?:oldest|youngest)\s+(?:living\s+)?[\p{L}-]+\s+(?:in|on)\s+(?:the\s+)?(?:world|country|planet|UK|US|USA|Britain|England|Scotland|Wales|Ireland|Australia|Canada|America|Europe|history|record)\s*(?:is|was|['’]s)\s+$/u.test(text.slice(Math.max(0, m.index - 60), span[0]))) return undefined;
    // "Some of my clients are 90": a share of a group, not one person.
    if (/\b(?:some|many|most|a\s+few|several|lots|half|all)\s+of\s+(?:my|our|the|his|her|their)\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) && /s$/.test(subject)) return undefined;
    // "He acts like he's five": a comparison, not his age.
    if (/\b(?:like|as\s+if|as\s+though)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return lowGeneralAge(span[0], span[1], text, 'a comparison, not an age');
    // "everyone who is 75 or older", "if they are 16 and over": a threshold, not one person's age.
    if (/^(?:who|they|you)$/i.test(subject) && THRESHOLD_AFTER.test(text.slice(span[1]))) return undefined;
    // "Joe, who has been Jojo since school, is 61", "One of the boys involved, Mateo, is 12": a name set off by commas.
    if (subject === ',' && !closesWhoClause(text, m.index) && !/,\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) return undefined;
    end = m.index + m[0].length;
    // "My son is 7" is the blogger's family; "my client is 72" is a client.
    const ownFamily = (/\b(?:my|our)\s+(?:own\s+|late\s+)?$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) && !CLIENT_ROLES.test(subject)) ||
      // "I have a son who is 12"
      (subject === 'who' && /\b(?:I|we)\s+(?:have|had|['’]ve\s+got)\s+(?:a|an|one|two|three)\s+(?:[\p{L}-]+\s+)?(?:son|daughter|child|kid|boy|girl|grandson|granddaughter|stepson|stepdaughter)s?\s+$/iu.test(text.slice(Math.max(0, m.index - 50), m.index)));
    // "We were thirteen, she and I included": a head count, or the blogger's own age back then; no client's.
    // "My mother is 79 and has dementia": an elderly parent a carer writes about is the person the post is
    // about. "My own mum", "my late dad" mark the blogger's aside, and stay a note.
    if (ownFamily && ELDER_RELATIVE.test(subject) && value >= 60 && /\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return exactAge(start, end, value, text.slice(start, end));
    if (subject === 'I' || /^we$/i.test(subject) || ownFamily) return ownAge(start, end, text.slice(start, end));
  }
  // "Turning 18 in care is a cliff edge": the turning itself is the subject, for anyone.
  if (form === 'turning' && /(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
    /^[^.!?\n]{0,40}?\b(?:is|means|can\s+be|feels|isn['’]t)\b/.test(text.slice(span[1]))) return lowGeneralAge(start, end, text, 'anyone turning that age, said in general');
  if (form === 'turning') {
    // "Once a child turns eighteen, the support stops": any child.
    const subject = /\b((?:young\s+)?[\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (subject && isAgeGroup(subject[1], text, m.index - subject[0].length)) return undefined;
    // "the dial turned 90 degrees" is left out by the lookahead; "I'm turning 50", "my son turned 7" are the blogger's.
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:I(?:['’]m|\s+am|\s+was|['’]ll|\s+will)?|me|we|our)(?:\s+(?:just|only|be|been|now))*\s+$|\bmy\s+(?:[\p{L}'’-]+\s+){1,2}$/iu.test(before)) return ownAge(start, end, written);
  }
  // "At 30, I left nursing", "I was 22 years old": the blogger's own age.
  if ((form === 'at' && /^\s*I\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) ||
    (form === 'year-old' && /\bI(?:['’]m|\s+am|\s+was)\s+(?:\w+\s+)?$/.test(text.slice(Math.max(0, start - 20), start)))) {
    return ownAge(start, end, text.slice(start, end));
  }
  // "Price (14)" is a price, "Ffion Price (14)" a girl: a word of that list after a given name is a family name.
  if (form === 'apposition') {
    const givenBefore = /(\p{Lu}\p{Ll}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const familyName = givenBefore !== null && nameLists(givenBefore[1]).given;
    if ((NOT_NAMES.has(m[1] ?? m[3]) && !familyName) || value < 1 || value > 110) return undefined;
  }
  if (form === 'apposition' && /\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && !CLIENT_ROLES.test(m[1] ?? m[3])) {
    return ownAge(start, end, text.slice(start, end));
  }
  if (form === 'aside' && (NOT_NAMES.has(m[1]) || value < 1 || value > 110)) return undefined;
  // "Ruby, nine, ..." and "Edna's 100th": only a word that can be a first name owns the age ("Honestly, ten, ...").
  if (form === 'apposition-word' && (NOT_NAMES.has(m[1]) || (/^\p{Lu}/u.test(m[1]) && classify(m[1]) === 'word') || value < 1 || value > 110)) return undefined;
  // "the kids, at nine, went to bed" is a clock.
  if (form === 'apposition-word' && /,\s+at\s/.test(m[0]) && !/(?:weeks?|months?)(?:\s+old)?,$/.test(m[0]) && value < 13) return undefined;
  if (form === 'apposition-word' && /\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && !CLIENT_ROLES.test(m[1])) return ownAge(start, end, written);
  // "Bill's 90th", "our resident's 104th": the birthday says whose it is; "my gran's 90th" is the blogger's family.
  if (form === 'birthday' && m[1] && m[2]) {
    if (NOT_NAMES.has(m[1]) || value > 110) return undefined;
    if (/\b(?:my|our)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, m.index - 20), m.index)) && !CLIENT_ROLES.test(m[1])) return ownAge(start, end, written);
  }
  // "Both boys, 9 and 11, were there" is an aside; "Of the students, 12 and 14 were absent" is a count.
  if (form === 'apposition' && m[1] && /^\p{Ll}.*s$/u.test(m[1]) && !/^(?:\s+and\s+\d{1,3})?,/.test(text.slice(end))) return undefined;
  const named = m[1] === 'who' ? /\p{Lu}\p{Ll}+,\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) : /^\p{Lu}\p{Ll}/u.test(m[1] ?? m[3] ?? '');
  if ((form === 'copula' || form === 'apposition') && named && ownChildrenJustMentioned(text, m.index)) {
    return ownAge(start, end, text.slice(start, end));
  }
  if (inFiction(text, start, end)) return lowGeneralAge(start, end, text, 'the age of a character in the book or film the sentence speaks of');
  if (IMAGINED.test(sentenceBefore(text, start, STORY_SENTENCE)) && !NAMED_AFTER_OPENING.test(sentenceBefore(text, start, STORY_SENTENCE)) && !PAST_TELLING.test(sentenceBefore(text, start, STORY_SENTENCE) + text.slice(start, sentenceEnd(text, end, STORY_SENTENCE)))) return lowGeneralAge(start, end, text, 'the age of someone imagined to make a point');
  return exactAge(start, end, value, text.slice(start, end));
}

/** "June was ten months", "May is six years old": with the unit said, a month's name is a girl's. */
function monthNamedPerson(subject: string, said: string): boolean {
  return new RegExp(`^(?:${MONTHS})$`).test(subject) && /\s(?:(?:years?|months?)(?:\s+old)?|(?:weeks?|days?)\s+old)$/i.test(said.trimEnd());
}

/**
 * "Suppose a resident is 92 and refuses to eat", "You're 16, your mum has just died, and...": someone
 * made up for the sake of the point, or the reader put in their place.
 */
const IMAGINED = /^\s*(?:imagine|picture|suppose|supposing|say|let['’]s\s+say|think\s+of|consider|for\s+example|for\s+instance|e\.g\.|you(?:['’]re|\s+are)\b)/i;
/** "Say hello to Doris, who is 94", "Picture Doris at the piano": a real person named after the opening. */
const NAMED_AFTER_OPENING = /^\s*\S+(?:\s+\S+)*?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+/u;

/**
 * "In the book, the girl is nine", "The film is about a ninety-year-old", "the hero is a twelve-year-old":
 * a story's character. Said in the sentence itself, since a client may love the same books.
 */
const FICTION = /\b(?:in|throughout)\s+(?:the|this|that)\s+(?:book|film|movie|novel|story|play|series|show|episode|musical|comic|cartoon|documentary|picture\s+book|poem|sonnet|ballad|song)\b|\b(?:the|this|that|her|his|their|my|our)\s+(?:favourite\s+|favorite\s+|new\s+|latest\s+)?(?:book|film|movie|novel|story|play|series|show|episode|documentary|picture\s+book)\b[^.!?;]{0,30}?\b(?:is\s+about|was\s+about|follows|followed|tells|told|stars|starred|features|featured|centres|centers)\b|\b(?:hero|heroine|protagonist|narrator|main\s+character|title\s+character)\b/i;

function inFiction(text: string, start: number, end: number): boolean {
  const { before, after } = sentenceAround(text, start, end, STORY_SENTENCE);
  return FICTION.test(`${before}${text.slice(start, end)}${after}`);
}

/** The blogger speaks of work, not home: "my clients' kids", "a family I work with". */
const CLIENTS_SPOKEN_OF = new RegExp(String.raw`\b(?:${words(CLIENTS)}|caseload|family\s+I)\b`, 'i');

/**
 * "I told my own two about it at dinner. Rory, who is eight, ...": a name right after the blogger
 * speaks of their own children is one of them.
 */
function ownChildrenJustMentioned(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 240), at);
  const sentences = window.split(/(?<=[.!?])\s+(?=\p{Lu})|\n\n/u).slice(-2).join(' ');
  return /\bmy\s+(?:own\s+(?:two|three|four|kids|children|boys|girls|son|daughter|lot)|(?:kids|children|boys|girls|sons|daughters)\b)/i.test(sentences) &&
    !CLIENTS_SPOKEN_OF.test(sentences);
}

/** Short fields and headings that open with an age, in a post about someone ("she", "his"). */
function headingAges(segments: readonly Segment[], text: string): Candidate[] {
  if (!/\b(?:she|he|her|him|his)\b/i.test(text) && !/\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const segment of segments) {
    const field = text.slice(segment.start, segment.end);
    if (field.length > 90 || /[.!?]\s+\p{Lu}/u.test(field)) continue;
    for (const { pattern, min, heading } of HEADING_AGES) {
      if (heading && /[.?]\s*$/.test(field)) continue;
      const m = pattern.exec(field);
      const span = m?.indices?.[1];
      if (!m || !span) continue;
      const value = numberValue(m[1]);
      // "Kinship care at seventy", "Fostering at sixty": a kind of care or a stage of life at an age is a topic.
      if (heading && TOPIC_AT_AGE.test(field.slice(0, span[0]))) continue;
      // "Two and a Half Weeks", "Three and Out": small numbers before "and" are counts more often than ages.
      if (!(value >= min && value <= 119) || (value < 10 && /^\s+and\s+(?!still|counting|not\s+out)/i.test(field.slice(span[1])))) continue;
      out.push(exactAge(segment.start + span[0], segment.start + span[1], value, m[1]));
      break;
    }
  }
  return out;
}

/** "88, lives alone", "Only 67, but...", "Ninety-six.": a number opening a note, as handovers give an age. */
const NOTED_AGE = new RegExp(String.raw`^(?:(?:only|just|aged?|now)\s+)?(${NUM})(?:\s+(?:years?\s+old|y\.?o\.?))?(?=\s*(?:[,.;:–—]|$)|\s+(?:and|but)\b)`, 'diu');

/** The age a list item opens with, in notes under the person they are about (see `inNotesOnAPerson`). */
function notedAges(context: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of context.segments) {
    if (segment.block !== 'item') continue;
    const m = NOTED_AGE.exec(context.text.slice(segment.start, segment.end));
    const span = m?.indices?.[1];
    if (!m || !span || !inNotesOnAPerson(context, segment.start)) continue;
    const value = numberValue(m[1]);
    if (value >= 1 && value <= 115) out.push(exactAge(segment.start + span[0], segment.start + span[1], value, m[1]));
  }
  return out;
}

/** "You were in your 94th year": in a letter to one person, "your" is theirs. */
const YOUR_BIRTHDAY = new RegExp(String.raw`\b(?:on|for|before|after|since)\s+your\s+(\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})(?:\s+birthday)?\b(?!\s+(?:year|day|week|time|visit|placement|school|move|try|attempt)\b)`, 'dgiu');
const YOUR_NTH_YEAR = new RegExp(String.raw`\bin\s+your\s+(\d{2,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})\s+year\b(?!\s+(?:of|teaching|nursing|working|with|at|here|on|in)\b)`, 'dgiu');

/** "You're forty-one now", "you turned 18 in March": the addressee's own age, told to them ("when you're twenty" is not yet). */
const YOU_ARE_AGE = new RegExp(String.raw`(?<!\b(?:when|if|once|until|till|since|before|after|time)\s+)\b[Yy]ou(?:['’]re|\s+are|\s+turned|['’]ll\s+be)\s+(?:(?:only|just|nearly|almost|now|already)\s+)?(${NUM})(?:\s+years?\s+old)?${FOLLOW}`, 'dgu');

function addresseeAges(context: DetectContext): Candidate[] {
  if (!addressesOnePerson(context)) return [];
  const nth = [...matchesOf(context.text, YOUR_NTH_YEAR)].flatMap((m) => {
    const value = ordinalValue(m[1]);
    return value >= 1 && value <= 119 ? [exactAge(m.index, m.index + m[0].length, value, m[0])] : [];
  });
  // "Dear Dara, on your eighteenth": the birthday the letter is written for.
  const birthday = [...matchesOf(context.text, YOUR_BIRTHDAY)].flatMap((m) => {
    const [start, end] = m.indices![1]!;
    const value = ordinalValue(m[1]);
    // "For your first birthday": a baby's first year says next to nothing.
    return value >= 2 && value <= 119 ? [exactAge(start, end, value, m[1])] : [];
  });
  const told = [...matchesOf(context.text, YOU_ARE_AGE)].flatMap((m) => {
    const [start, end] = m.indices![1]!;
    const value = numberValue(m[1]);
    return value >= 1 && value <= 119 ? [exactAge(start, end, value, m[1])] : [];
  });
  return [...nth, ...birthday, ...told];
}

/** ", 8 and 5." after "the boys are": the ages that follow one found, in the same list, are ages too. */
const LISTED_AGE = new RegExp(String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+)(${NUM}(?:\s+months?)?)(?=\s*(?:[,.;:!?)|]|$|\s+and\b|\s+(?:years?|yrs?)\s+old\b))`, 'iu');
/** "kids aged 11, 9, 6 and 20 months": a family's ages, listed; each is one child's, whoever the noun before. */
const AGED_LIST = new RegExp(String.raw`\baged\s+(${NUM})(?=(?:,\s*(?:${NUM})){1,}(?:,?\s+and\s+(?:${NUM})))`, 'giud');

/** "three kids: 9, 6 and 2": the ages of a family's children, listed after them. */
const CHILDREN_AGES = new RegExp(String.raw`\b(?:kids|children|boys|girls|sons|daughters|grandchildren|grandkids|twins|siblings)\s*(?:,\s*aged|:|\(|—|–)\s*(${NUM})(?=(?:\s*,\s*(?:${NUM}))*(?:,?\s+and\s+(?:${NUM}))(?:\s+(?:months|years)(?:\s+old)?)?\s*(?:[.;)]|$))`, 'giud');

function agedLists(text: string): Candidate[] {
  return [...matchesOf(text, AGED_LIST), ...matchesOf(text, CHILDREN_AGES)].flatMap((m) => {
    const value = numberValue(m[1]);
    const span = m.indices?.[1];
    return span && value >= 0 && value <= 119 ? [exactAge(span[0], span[1], value, m[1])] : [];
  });
}

function listedAfter(found: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const age of found) {
    if (age.category !== 'age') continue;
    for (let at = age.end, m = LISTED_AGE.exec(text.slice(at, at + 40)); m; m = LISTED_AGE.exec(text.slice(at, at + 40))) {
      // "20 months" is a toddler's age: the hint speaks in years.
      const count = m[1].replace(/\s+months?$/i, '');
      const value = count === m[1] ? numberValue(count) : Math.floor(numberValue(count) / 12);
      if (!(value >= 0 && value <= 119)) break;
      const start = at + m[0].length - m[1].length;
      out.push(exactAge(start, start + m[1].length, value, m[1]));
      at = start + m[1].length;
    }
  }
  return out;
}

/** "when you're eleven", counted only next to someone in particular ("That was Leah's week"). */
function youAges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(text, new RegExp(YOU_AGE.source, 'dgiu'))) {
    const span = m.indices?.[1];
    const value = numberValue(m[1]);
    if (!span || !(value >= 1 && value <= 119)) continue;
    // "when you're seventeen or so", "when you're 15 or 16": a rough age anyone may be.
    if (new RegExp(String.raw`^\s*(?:or\s+so|or\s+thereabouts|-?ish|or\s+(?:older|younger|over|under|more|less)|(?:or|to)\s+(?:${NUM})\b)`, 'iu').test(text.slice(span[1]))) continue;
    // "Seven months is a long time when you're eleven": in a post about one child, "when" tells of that child.
    const aboutSomeone = /^when\b/i.test(m[0]) && (text.match(/\b(?:she|he|her|him|his)\b/gi)?.length ?? 0) >= 3;
    if (!aboutSomeone && !specificPersonNear(text, m.index)) continue;
    out.push(exactAge(span[0], span[1], value, m[1]));
  }
  return out;
}

/**
 * "By the time kids are eight", "children who are ten or eleven": a bare plural, or "who" after one,
 * is every child of that age ("the boys are 8 and 10" are two boys).
 */
function isAgeGroup(subject: string, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (BARE_PLURAL.test(subject)) return !DETERMINED_BEFORE.test(before);
  // "When a child is five", "Once a young person turns eighteen".
  if (/^(?:child|kid|baby|toddler|teen|teenager|young\s+person|boy|girl|youngster|adolescent|student|pupil)$/i.test(subject) && ANY_CHILD_BEFORE.test(before)) return true;
  if (subject !== 'who') return false;
  const group = /\b([\p{L}]+)\s+$/u.exec(before);
  return Boolean(group && BARE_PLURAL.test(group[1]) && !DETERMINED_BEFORE.test(before.slice(0, group.index)));
}

/** "If a twelve-year-old tells you...", "A fourteen-year-old can't legally work...": any child that age. */
function isAnyChildOfThatAge(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (ANY_CHILD_BEFORE.test(before)) return true;
  // At the head of a sentence, with a rule or a norm in the present after it.
  return /(?:^|[.!?]\s+|\n|\b(?:said|says|explained|reckons|thinks|that|because)\s+)an?\s+$/i.test(before) && NORM_AFTER.test(text.slice(end, end + 40));
}

/**
 * "scores lower than a forty-year-old", "living to a hundred years old" said of us all: a comparison
 * or a long life in general, not someone's age. "She lived to a hundred" stays hers.
 */
const COMPARED_BEFORE = /\b(?:than|as)\s+(?:a|an|the\s+average|your\s+average|any)\s+$|\b(?:body|mind|brain|energy|heart|legs|knees|skin|face|looks|stamina|attention\s+span|maturity|reading\s+age|mental\s+age)\s+of\s+an?\s+$/i;
const LIVE_TO_BEFORE = /\b(?:live|lives|living|lived|make\s+it|making\s+it|get|getting|reach|reaching)\s+(?:to\s+(?:be\s+)?|past\s+)$/i;
const ANYONE_IN_SENTENCE = /\b(?:we|us|you|your|people|most|anyone|everyone|everybody|nobody|no\s+one|one\s+in|few|many|all\s+of)\b/i;

function generalAgeTalk(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (COMPARED_BEFORE.test(before)) return true;
  if (!LIVE_TO_BEFORE.test(before)) return false;
  const sentence = text.slice(Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0), start);
  // "Living to a hundred years old isn't the point": the long life itself is the subject.
  return (ANYONE_IN_SENTENCE.test(sentence) || /^\W*(?:living|to\s+live|reaching|making\s+it)\b/i.test(sentence)) && !/\b(?:she|he|her|his|him)\b/i.test(sentence);
}

/** Words of a paragraph about the work in general: a book, a habit of the job, what keeps happening. */
const REFLECTION = /\b(?:book|novel|memoir|chapter|author|reading|reread|essay|poem|podcast|reflect(?:ion|ing)?|often|sometimes|some days|most days|mostly|so many|so often|again and again|every time|whenever|the kind of|any of us|years? of this work|in this work|in this job|the job|this job|the work|you(?:['’]re|\s+are)\s+(?:sitting|standing|left|holding)|you\s+(?:sit|find\s+yourself))\b/i;
/** Words that put a paragraph on one day with one person. */
const STORY_TIME = /\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week|term|month|year|semester)|at the moment|currently|right now|recently|lately|(?:was|were|had|did|said|told|came|went|sat|met)\b(?![^.!?\n]*\b(?:book|novel|memoir|chapter|author|scene)\b)|last (?:week|night|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;

/**
 * "Sitting with a fifteen-year-old who has just failed every subject": in a paragraph about a book or
 * about the work in general, with no she, he or name anywhere in it, the age is of anyone, not a client.
 */
function anyYoungPersonInReflection(text: string, at: number): boolean {
  if (!/\b(?:a|an|any)\s+$/i.test(text.slice(Math.max(0, at - 6), at))) return false;
  const paragraph = paragraphAround(text, at);
  // "In her memoir the author ...": the writer's pronoun, not the young person's.
  const people = paragraph.replace(/\b(?:her|his)\s+(?:own\s+|new\s+|latest\s+|first\s+)?(?:memoir|book|novel|essay|poem|chapter|story|writing|column|podcast)\b/gi, ' ');
  if (/\b(?:she|he|her|him|his|herself|himself)\b/i.test(people) || STORY_TIME.test(paragraph)) return false;
  // A name in the paragraph (not the first word of a sentence) may be the young person's.
  if ([...paragraph.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}\p{Ll}+/gu)].some((n) => classify(n[0]) === 'given')) return false;
  return REFLECTION.test(paragraph);
}

function lowGeneralAge(start: number, end: number, text: string, reason = 'anyone of that age in a paragraph about the work in general'): Candidate {
  const shown = text.slice(start, end);
  return {
    start, end, category: 'age', severity: 'low', quasi: false,
    message: `"${shown}" reads as ${reason}, not one client`,
    hint: 'Fine as it is; if this is someone you work with, say "a teenager" instead.',
  };
}

/** Openings of advice and thought experiments: "Imagine being...", "Try explaining...", "Remember, a...". */
const ADVICE_OPENING = /^\s*(?:imagine|picture|try|think|consider|remember|never|don['’]t|do\s+not|even|what|how|why)\b/i;
/** A sentence led by what anyone does: "Explaining a pump to a nine-year-old is...", "Being a teenage carer...". */
const GERUND_OPENING = /^\s*(?!during\b|morning\b|evening\b|nothing\b|something\b|anything\b|everything\b)\p{L}+ing\b[^,;:]*$/iu;
/** "if you've ever tried...", "when you're talking to...", "You don't expect...": the reader, not the blogger's day. */
const GENERIC_YOU = /\b(?:if|when|whenever|once|unless|until)\s+you\b|^\s*you\b/i;
/** A told day puts the sentence in a story, whatever its opening. */
const PAST_TELLING = /\b(?:was|were|(?<!\b(?:has|have|['’]ve)\s+(?:never\s+|not\s+|always\s+|ever\s+)?)had|did|said|told|yesterday|last\s+(?:week|night|month|term))\b/i;
/** "A fourteen-year-old wants...", "Even a four-year-old knows...": what anyone that age is like. */
const STATE_AFTER = /^\s+(?:wants?|knows?|understands?|deserves?|feels?|thinks?|learns?|notices?|remembers?|sees?\s+through|is\s+not|isn['’]t|can|can['’]t|cannot|should|shouldn['’]t|will|won['’]t|needs?)\b/i;

/**
 * "a nine-year-old" as anyone that age: in a question, a piece of advice or a thought experiment, a
 * comparison ("talks like a forty-year-old") or a norm ("Even a four-year-old knows"). Returns why,
 * for the note; a told story ("was", "last week") keeps it a client's.
 */
function anyChildInGeneralTalk(text: string, start: number, end: number): string | undefined {
  const before = sentenceBefore(text, start, STORY_SENTENCE);
  if (!/\b(?:an?|any)\s+$/i.test(before)) return undefined;
  const sentence = before + text.slice(start, sentenceEnd(text, end, STORY_SENTENCE));
  if (/\blike\s+(?:an?|any)\s+$/i.test(before)) return 'anyone of that age in a comparison';
  if (PAST_TELLING.test(sentence)) return undefined;
  if (/\?\s*$/.test(sentence)) return 'anyone of that age in a question';
  if (ADVICE_OPENING.test(before) || GERUND_OPENING.test(before) || GENERIC_YOU.test(before)) return 'anyone of that age in advice or a thought experiment';
  if (STATE_AFTER.test(text.slice(end, end + 30))) return 'anyone of that age in a statement about what children that age are like';
  // "A ninety-year-old's skin tears like paper": what is true of anyone that age.
  if (/^\s*an?\s+$/i.test(before) && /^['’]s\s/.test(text.slice(end, end + 3))) return 'anyone of that age in a statement about what people that age are like';
  return undefined;
}

/** "you shouldn't", "you can", "you're meant to": the reader as anyone, told what holds at an age. */
const GENERIC_YOU_NORM = /^\s*you(?:['’]re|\s+are)?\s+(?:should|shouldn['’]t|can|can['’]t|cannot|need|needn['’]t|have\s+to|must|mustn['’]t|ought|are\s+(?:meant|supposed|expected|allowed)|meant|supposed|expected|allowed|don['’]t|do\s+not)\b/i;
/** Someone in particular in a clause: a pronoun, a possessive, or a capitalised name after the opening. */
const SOMEONE_IN_CLAUSE = /\b(?:he|she|they|I|we|his|her|hers|him|their|them|my|our|me|us)\b|\b\p{Lu}\p{Ll}+/u;

/**
 * "At 85, falls are the biggest risk", "At fourteen, you shouldn't be doing the meds": an age opening a
 * statement about anyone that age. Said of someone ("At 15, already pregnant, she left home") it stays.
 */
function generalAtAge(text: string, clauseStart: number): string | undefined {
  const clause = text.slice(clauseStart, sentenceEnd(text, clauseStart, STORY_SENTENCE));
  if (GENERIC_YOU_NORM.test(clause)) return 'anyone of that age, in what the reader should or can do at it';
  return SOMEONE_IN_CLAUSE.test(clause) || /^\s*you\b/i.test(clause) ? undefined : 'anyone of that age, in a statement that names no one';
}

/** "The tree in her garden is", "Our charity turned": a thing opens the clause whose age follows. */
const THING_SUBJECT = /(?:^|[,;:(]\s*(?:(?:and|but|while|so)\s+)?)(?:the|this|that|our|my|their|its|his|her|your)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)(?:\s+(?:in|on|at|of|by|near)\s+[^,;:]*?)?\s+(?:is|was|are|were|['’]s|turned|turns|will\s+(?:be|turn)|has\s+(?:just\s+)?turned|is\s+turning)\s+(?:(?:about|nearly|almost|over|more\s+than|just|now|already|a\s+good)\s+)?$/iu;

function thingIsSubject(text: string, at: number): boolean {
  const lead = sentenceBefore(text, at, STORY_SENTENCE);
  // "so it's fifteen years old", "it turns 100 this year": "it" is never the person.
  if (/\bit(?:['’]s|\s+(?:is|was|turns|turned|will\s+(?:be|turn)|has\s+(?:just\s+)?turned))\s+(?:(?:about|nearly|almost|over|more\s+than|just|now|already)\s+)?$/i.test(lead)) return true;
  const written = THING_SUBJECT.exec(lead)?.[1];
  if (written === undefined) return false;
  // "The NHS is 76 years old": an organisation by its initials.
  if (/^\p{Lu}{2,6}$/u.test(written)) return true;
  const subject = written.toLowerCase();
  return AGED_SUBJECTS.has(subject) || AGED_SUBJECTS.has(subject.replace(/s$/, ''));
}

/** Someone in particular (she, his, "Leah's") in the sentences around `at`. */
function specificPersonNear(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 200), at + 200);
  const sentences = window.split(/(?<=[.!?])\s+(?=\p{Lu})|\n\n/u);
  let offset = Math.max(0, at - 200);
  let index = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (offset + sentences[i].length >= at) { index = i; break; }
    offset += sentences[i].length + 1;
  }
  const near = sentences.slice(Math.max(0, index - 1), index + 2).join(' ');
  return /\b(?:she|he|her|him|his|herself|himself)\b/i.test(near) || [...near.matchAll(/(?<=\S\s+)(\p{Lu}\p{Ll}{2,})['’]s\b/gu)].some((n) => !NOT_NAMES.has(n[1]));
}

/** ", is 61": the comma closes an aside about the subject ("Joe, who has been Jojo since school, is 61"). */
function closesWhoClause(text: string, comma: number): boolean {
  const before = text.slice(Math.max(0, comma - 160), comma);
  const sentence = before.split(/[.!?]\s+(?=\p{Lu})|\n/u).pop() ?? before;
  return /\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+(?:who|whom|whose)\b/u.test(sentence) || NAME_IN_APPOSITION.test(sentence) || ASIDE_AFTER_NAME.test(sentence);
}

/**
 * "Her youngest, Yusuf, is three", "The younger one, Tobi, is four", notes' "Big brother, Odhrán, is
 * four": the comma closes a name set beside who they are.
 */
const NAME_IN_APPOSITION = /(?:\b(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he)\s+|(?:^|[.!?:;]\s+|\n\s*)(?=\p{Lu}))(?:[\p{L}-]+\s+){0,2}?(?:(?:youngest|eldest|oldest|younger|older|elder|middle|little|big)(?:\s+one)?|son|daughter|boy|girl|lad|lass|kid|grandson|granddaughter|grandchild|nephew|niece|brother|sister|mum|mom|mam|mother|dad|father|stepmum|stepmom|stepdad|gran|nan|grandmother|grandfather|aunt|auntie|uncle|cousin|partner|husband|wife|boyfriend|girlfriend|carer|neighbou?r|friend|client|patient|resident|pupil|student|child|baby|toddler|twin)s?,\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?$/u;
/** "Tel, as he insists everyone calls him, is 71", "Ty, Tyrone to his mum, is 29": an aside about the name. */
const ASIDE_AFTER_NAME = /(?:^|[^\p{L}])\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?,\s+(?:as\s+(?:he|she|they)\s+|(?:known|called)\s+|\p{Lu}\p{Ll}[\p{L}'’-]*\s+to\s+)[^,.;!?]{0,80}$/u;

/** 16th -> 16, sixteenth -> 16, twenty-first -> 21. */
function ordinalValue(written: string): number {
  if (/^\d/.test(written)) return parseInt(written, 10);
  const cardinal = written.toLowerCase()
    .replace(/first$/, 'one').replace(/second$/, 'two').replace(/third$/, 'three').replace(/fifth$/, 'five')
    .replace(/eighth$/, 'eight').replace(/ninth$/, 'nine').replace(/twelfth$/, 'twelve').replace(/ieth$/, 'y').replace(/th$/, '');
  return numberValue(cardinal.replace(/(ty)(?=[a-z])/, '$1-'));
}

/** "a 100-year-old house": the age of a thing, not a person. */
function isThing(text: string, end: number): boolean {
  const next = /^\s+(?:[\p{L}'’-]+\s+)?([\p{L}'’-]+)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const words = next[0].trim().toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/s$/, ''));
  return words.some((w) => THINGS.has(w) || THINGS.has(w + 's'));
}

/** How early a baby came ("29+4", "37 weeks"): with a birth date and a unit it picks out one baby. */
function gestationAge(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'age', severity: 'medium', quasi: true,
    message: `How many weeks into the pregnancy a baby came ("${shown}") is as telling as an age: with a birth date or a unit it picks out one baby`,
    hint: 'Say "born early" or "very premature" instead.',
  };
}

/**
 * "| 1 | K.M. | Boy, 39+2, 3.9 kg |": weeks and days of a pregnancy in the notation only maternity notes
 * use, in notes on a person or a sentence about one. "Most women go into labour by 40+3" is anyone's.
 */
const GESTATION_NOTATION = /(?<![\p{L}\p{N}.+\/-])(?:2\d|3\d|4[0-2])\+[0-6](?![\p{N}+])(?:\s+weeks)?/gu;
const ANY_PREGNANCY = /\b(?:most|many|some|all|any|every|if|when|women|mothers|mums|moms|babies|pregnancies|guidance|guideline|NICE|offered|recommend\w*)\b/i;
function gestationNotes(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  for (const m of matchesOf(text, GESTATION_NOTATION)) {
    const end = m.index + m[0].length;
    const { before, after } = sentenceAround(text, m.index, end, STORY_SENTENCE);
    const sentence = before + m[0] + after;
    const someone = inRowOfPerson(context, m.index, end) || inNotesOnAPerson(context, m.index) || /\b(?:she|he|her|his|(?:the|their|her|his)\s+(?:baby|twins?)|boy|girl)\b/i.test(sentence);
    if (someone && !ANY_PREGNANCY.test(sentence)) out.push(gestationAge(m.index, end, m[0]));
  }
  return out;
}

function exactAge(start: number, end: number, value: number, shown: string): Candidate {
  const overNinety = value > 89;
  return {
    start, end, category: 'age', severity: overNinety ? 'high' : 'medium', quasi: true,
    message: overNinety
      ? `An exact age over 89 ("${shown}") is identifying on its own (HIPAA Safe Harbor)`
      : `An exact age ("${shown}") narrows down who this is, especially with a place or a condition`,
    hint: `Say "${ageRange(value)}" instead.`,
  };
}

function ownAge(start: number, end: number, shown: string): Candidate {
  return {
    start, end, category: 'age', severity: 'low',
    message: `An age about you or your family ("${shown}") can identify you, and through you the people you work with`,
    hint: 'Leave it in only if you are comfortable being recognised.',
  };
}

function birthYear(m: RegExpExecArray): Candidate | undefined {
  const group = m[1] ? 1 : 2;
  const span = m.indices?.[group];
  if (!span) return undefined;
  const written = m[group];
  // "I was born in 1979", "my son was born in 2012": the blogger's and their family's.
  if (/\b(?:I\s+was|I['’]m|we\s+were|my\s+(?:[\p{L}'’-]+\s+){1,2}was)\s+$/iu.test(m.input.slice(Math.max(0, m.index - 30), m.index))) {
    return ownAge(span[0], span[1], written);
  }
  const year = fullYear(written);
  const impliedAge = new Date().getUTCFullYear() - year;
  const overNinety = impliedAge > 89;
  return {
    start: span[0], end: span[1], category: 'age', severity: overNinety ? 'high' : 'medium', quasi: true,
    message: `A birth year ("${written}") gives away the person's exact age`,
    hint: `Say "${ageRange(impliedAge)}" instead, or leave it out.`,
  };
}

/** "'32" is the last century's unless it is still to come this one. */
function fullYear(written: string): number {
  const digits = Number(written.replace(/\D/g, ''));
  if (written.length > 3) return digits;
  const thisCentury = new Date().getUTCFullYear() % 100;
  return digits <= thisCentury ? 2000 + digits : 1900 + digits;
}

/** A range wide enough to hide one person. */
function ageRange(value: number): string {
  if (value < 2) return 'a baby';
  if (value < 5) return 'a toddler';
  if (value < 12) return 'primary-school age';
  if (value < 18) return 'a teenager';
  if (value > 89) return '90 or older';
  const decades = ['', '', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties'];
  return value < 20 ? 'in their late teens' : `in their ${decades[Math.floor(value / 10)]}`;
}

// ---------- ages said in other ways: onsets, past perfects, asides in words, table columns ----------

/** Clock words after "at nine": a time of day, not an age. */
const CLOCK_AFTER = String.raw`(?!${TO_OR_PAST_HOUR}|\s*(?:%|:|\.\d|[ap]\.?m\b|o['’]clock|sharp\b|on\s+the\s+dot|in\s+the\s+(?:morning|evening|afternoon)|at\s+night|tonight|that\s+(?:night|morning|evening)|this\s+(?:morning|evening)|pounds|dollars|euros|quid|mph|km|miles|minutes|hours|kg|degrees|percent|per\s+cent))`;
/** Habits and events that start at an age: "started drinking at 13", "began self-harming at twelve". */
const ONSET_HABIT = String.raw`(?:drinking|smoking|vaping|using|self-harming|cutting|gambling|offending|stealing|shoplifting|truanting|dieting|purging|bingeing|starving|caring|hearing\s+voices|running\s+away|going\s+missing|wetting\s+the\s+bed|stammering|stuttering|her\s+periods?|his\s+periods?)`;
/** Life events said with "first": "was first excluded at seven", "first went missing at twelve". */
const FIRST_EVENT = String.raw`(?:came\s+into\s+care|went\s+into\s+care|taken\s+into\s+care|went\s+missing|ran\s+away|excluded|suspended|arrested|cautioned|charged|convicted|diagnosed|hospitali[sz]ed|admitted|sectioned|placed|removed|fostered|adopted|drank|used|smoked|self-harmed|cut|overdosed|got\s+drunk|got\s+pregnant|fell\s+pregnant|had\s+sex|tried\s+\w+)`;
/** Stages of a life that happen at an age, not at a time of day: "expelled at thirteen", "went into care at nine". */
const LIFE_STAGE = String.raw`(?:expelled|excluded|went\s+into\s+care|came\s+into\s+care|taken\s+into\s+care|put\s+into\s+care|fostered|orphaned|lost\s+(?:her|his|their)\s+(?:mum|mom|mother|dad|father|parents|brother|sister|twin|gran|nan|grandmother|grandfather)|came\s+to\s+live\s+with|went\s+to\s+live\s+with|moved\s+(?:here|over|to\s+(?:this\s+country|the\s+UK|Ireland|Canada|Australia|New\s+Zealand|the\s+US)|in\s+with)|arrived\s+in\s+(?:this\s+country|the\s+UK|Ireland|Canada|Australia|New\s+Zealand|the\s+US)|was\s+sent\s+(?:away|to\s+(?:boarding|residential)\s+school)|started\s+school|dropped\s+out|came\s+out\s+(?:as|to)|became\s+a\s+(?:mum|mom|mother|dad|father|parent)|had\s+(?:her|his|their)\s+first\s+(?:baby|child)|got\s+married|was\s+abused|was\s+groomed|was\s+trafficked)`;
/** Things that are scheduled, so "her first appointment at 10" is a time. */
const SCHEDULED = /^(?:appointment|session|shift|class|lesson|meeting|visit|call|dose|feed|bottle|round|day|night|week|review|assessment|interview|exam|test|match|game|race|stop|break|lecture|period|slot|bus|train|flight)s?$/i;
/** Words up to the first "at": "excluded at 2pm and collected at three" is not an age of three. */
const UNTIL_AT = String.raw`(?:(?!\bat\b)[^.!?\n])`;
const SUBJECT_PRONOUN = String.raw`(?:I|he|she|they|\p{Lu}\p{Ll}[\p{L}'’-]*)`;

/** Ages a teenager has, in words: no clock or count reads like these after "at" or alone. */
const TEEN_WORDS = '[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen';
/** "In many families a girl has her quinceañera at fifteen": any teenager, not one. */
const ANY_TEEN = /\b(?:a|an|any|every|each|many|most|some|all)\s+(?:[\p{L}-]+\s+)?(?:girl|boy|child|kid|teen|teenager|young\s+(?:person|people)|people|families|children|kids|girls|boys|teenagers)\b/iu;
/** A group of people defined by what happened to them: "young people who were excluded", "kids who went into care". */
const GROUP_WHO = /\b(?:young\s+people|kids|children|pupils|students|teenagers|people|those|anyone|everyone|boys|girls|adults)\s+who\s+(?:were|are|get|got|have\s+been|had\s+been|went|came|started|began)\b/i;
/** Someone in particular, by pronoun or possessive: whose the bare teen age is. */
const ONE_PERSON_NEAR = /\b(?:she|he|her|his|him)\b/i;

const CLAUSE_PATTERNS: { name: string; pattern: RegExp }[] = [
  // started drinking at 13, began self-harming at twelve
  { name: 'onset', pattern: new RegExp(String.raw`\b(?:started|began|start|begin|starting|beginning)\s+${ONSET_HABIT}\b${UNTIL_AT}{0,25}?\bat\s+(${NUM})\b${CLOCK_AFTER}`, 'giu') },
  // was first excluded at seven, first went missing at twelve
  { name: 'onset', pattern: new RegExp(String.raw`\bfirst\s+${FIRST_EVENT}\b${UNTIL_AT}{0,25}?\bat\s+(${NUM})\b${CLOCK_AFTER}`, 'giu') },
  // expelled at thirteen, went into care at nine, lost her mum at seven, moved here at 14
  { name: 'onset', pattern: new RegExp(String.raw`\b${LIFE_STAGE}\b${UNTIL_AT}{0,30}?\bat\s+(?:the\s+age\s+of\s+)?(${NUM})\b${CLOCK_AFTER}`, 'giu') },
  // ...and at thirteen she was sleeping rough (mid-sentence; 13 and over, so "and at nine she went to bed" is a time)
  // "Even at sixteen she was the one...", "only at fifteen he...": an adverb before "at" leaves it an age
  { name: 'and-at', pattern: new RegExp(String.raw`(?:,|;|\b(?:and|but|then|so|until|even|only|already|still|just|barely))\s+at\s+(${NUM}),?\s+(?=(?:he|she|they|I)\s)`, 'giu') },
  // flown out at fifteen, joined the fleet at sixteen and never went back: a teen age in words after "at",
  // at a clause's end, where no clock reads "fifteen"
  { name: 'teen-at', pattern: new RegExp(String.raw`\bat\s+(${TEEN_WORDS})\b(?=\s*[,.;:!?)\u2013\u2014]|\s+(?:and|but|when|because|after|before|with|without|alone|she|he|they)\b)`, 'giu') },
  // "Sixteen, and already caring for her gran." "Nineteen. On an order.": a teen age opening a fragment
  { name: 'teen-fragment', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${TEEN_WORDS})(?=,?\s+(?:and\s+)?(?:already|still|now|pregnant|alone|homeless|in\s+care|on\s+an?\s+order|living|caring|scared|frightened|terrified|angry|years\s+old)\b|\.\s+(?!(?:That|That['’]s|It|It['’]s|Those|These|They|There)\b))`, 'gu') },
  // "born on 3 March, eleven weeks ago now": a baby's age told as the time since the birth
  { name: 'elapsed', pattern: new RegExp(String.raw`(?:(?:\b(?:[Ss]he|[Hh]e|[Yy]ou|[Tt]hey|(?:${PERSON_NOUNS})s?)|\b\p{Lu}\p{Ll}+)\s+(?:was|were)\s+born|(?:^|[.!?]\s+|\n)Born)\b[^.!?\n]{0,40}?\b((?:${NUM})\s+(?:days?|weeks?|months?|years?)\s+ago)\b`, 'gu') },
  // "five months old (one week corrected)", "a corrected age of 4 months": a premature baby's age by its due date
  { name: 'infant', pattern: new RegExp(String.raw`\b((?:${NUM})\s+(?:weeks?|months?)(?:\s+old)?\s+corrected)\b|\bcorrected(?:\s+age)?(?:\s+(?:of|is|was)|:)?\s+((?:${NUM})\s+(?:weeks?|months?))\b`, 'giu') },
  // "her palate was repaired at 11 months", "walked at ten months", "diagnosed at six weeks old": a baby's age at an event
  { name: 'infant-at', pattern: new RegExp(String.raw`\b(?:was|were|had|got|\p{Ll}{2,}ed)\b[^.!?\n]{0,40}?\bat\s+((?:${NUM})\s+(?:months?(?:\s+old)?|weeks?\s+old))\b`, 'giu') },
  // "At 14 months, he was not crawling": a baby's age opening the sentence
  { name: 'infant-at', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)[Aa]t\s+((?:${NUM})\s+(?:months?|weeks?)(?:\s+old)?),`, 'gu') },
  // "Age at first contact: 15", "Age on admission - 82": a label of notes, in prose
  { name: 'age-label', pattern: new RegExp(String.raw`\b[Aa]ge\s+(?:now|at\s+(?:referral|admission|assessment|diagnosis|placement|first\s+contact|the\s+time)|on\s+(?:admission|referral)|when\s+(?:referred|admitted|seen|placed))\s*[:\-–]\s*(${NUM})\b`, 'gu') },
  // "You came to me in 2019, fifty-one and working the tills": an age set beside what the person was doing
  { name: 'aside-and', pattern: new RegExp(String.raw`(?:,|[—–])\s+(${NUM})\s+and\s+(?:(?:still|already|newly|just|recently|now)\s+)?(?:\p{Ll}+ing|pregnant|single|married|widowed|divorced|unemployed|homeless|retired|alone|scared|frightened|terrified|angry|furious|lonely|broke|skint|sober|clean)\b`, 'giu') },
  // "Mrs Cole, 62 when we started", "62 when we started and 66 now": an age at the start of the work together
  { name: 'when-we', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n|[,;:—–(]\s*)(${NUM})\s+when\s+(?:we|you|she|he|they)\s+(?:first\s+)?(?:started|met|began|came|arrived|moved|worked)\b`, 'giu') },
  // "He's in Grade 11, sixteen, and has never missed": an age in words between commas after a clause about someone
  { name: 'aside-clause', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:[Hh]e|[Ss]he|\p{Lu}\p{Ll}+)(?:['’]s|\s+(?:is|was|has|had|came|comes|started|joined|arrived|lives|lived))\b[^.!?\n,]{1,60},\s+(${NUM_WORDS})\s*,\s+(?:and|but|yet)\s+`, 'gu') },
  // 13 years of age
  { name: 'years-of-age', pattern: new RegExp(String.raw`\b(${NUM})\s+years?\s+of\s+age\b`, 'giu') },
  // got his first phone at eleven, her first drink at twelve
  { name: 'first-thing', pattern: new RegExp(String.raw`\b(?:his|her|their)\s+first\s+([\p{L}-]+)\s+at\s+(${NUM})\b${CLOCK_AFTER}`, 'giu') },
  // She had been nine at the time; he has been 13 since May
  { name: 'had-been', pattern: new RegExp(String.raw`\b(${SUBJECT_PRONOUN})\s+(?:had\s+been|has\s+been|must\s+have\s+been|can['’]t\s+have\s+been|could\s+only\s+have\s+been|might\s+have\s+been)\s+${HEDGE}(${NUM})${AGE_UNIT}\b${FOLLOW}`, 'gu') },
  // By thirteen she had left school; By 15, he was sofa-surfing
  { name: 'by', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)By\s+(${NUM})(?:\s+years?\s+old)?,?\s+(?=(?:I|he|she|they|\p{Lu}\p{Ll}+)\s)`, 'gu') },
  // Now thirteen, he barely speaks; Aged 9, she was already...
  { name: 'now', pattern: new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:Now|Aged|Barely|Not\s+yet|Still\s+only)\s+(${NUM})(?:\s+years?\s+old)?,\s+(?=(?:I|he|she|they|\p{Lu}\p{Ll}+)\b)`, 'gu') },
  // Tia, thirteen, lives with her nan (an aside in words; digits are the apposition form above)
  { name: 'aside-words', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS})),\s+(?:now\s+|just\s+|only\s+|aged\s+)?(${NUM}),\s+(?!${NUM}\b)(?=(?:who|and|from|with|still|now|is|was|has|had|says|said|can|could|would|will|does|did|lives|lived|came|comes|went|goes|sat|told|tells|wants|wanted|loves|hates|likes|\p{Ll}+(?:s|ed)\b))`, 'gu') },
  // Tia Brown, a keen artist, is 14; Mr Dunne, our oldest resident, turned 101
  { name: 'aside-copula', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+(?:a|an|the|my|our|her|his|their)\s+[^,.;!?\n()]{1,50},\s+(?:is|was|turned|turns|had\s+just\s+turned|has\s+just\s+turned)\s+${HEDGE}(${NUM})${AGE_UNIT}\b${FOLLOW}`, 'gu') },
  // Tia (13 yrs), Tia (thirteen), the three children (13, 11 and 9)
  { name: 'bracket', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS}|children|grandchildren)s?)\s+\(((?:${NUM})(?:\s*(?:years?|yrs?|y\/?o)(?:\s+old)?)?(?:\s*(?:,|and|&)\s*(?:${NUM}))*)\)`, 'gu') },
  // Tia, 13 this month, came too; Joe, 80 in May, still drives
  { name: 'aside-when', pattern: new RegExp(String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS})),\s+(${NUM})\s+(?:this|next|last)\s+(?:week|month|year|spring|summer|autumn|fall|winter|birthday)\s*,|(\p{Lu}\p{Ll}[\p{L}'’-]*|\b(?:${PERSON_NOUNS})),\s+(${NUM})\s+in\s+(?:${MONTHS})\s*,`, 'gu') },
  // in her 94th year, now in her ninety fourth year, entering his 101st year
  { name: 'year-of-life', pattern: new RegExp(String.raw`\b(?:(?:in|into|entering|entered|enters|begins|began|starting|started)\s+)?(?:her|his|their)\s+(\d{2,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${ORDINAL_WORDS})\s+year(?:\s+of\s+life)?\b`, 'giu') },
];

/** Ceremonies held at a set age: "a quinceañera is held when a girl turns fifteen" tells the custom, not a person. */
const CEREMONY_WORDS = String.raw`(?:quincea[ñn]eras?|quinces?|bar\s+mitzvahs?|bat\s+mitzvahs?|b['’]nai\s+mitzvah|confirmation|first\s+(?:holy\s+)?communion|coming[\s-]of[\s-]age|sweet\s+sixteen|debut|debutantes?|rites?\s+of\s+passage|initiation|seijin\s+shiki|upanayana|sacred\s+thread)`;
const CEREMONY = new RegExp(String.raw`\b${CEREMONY_WORDS}\b`, 'i');
/** "her quinceañera", "Tia's bar mitzvah": the ceremony of someone in particular. */
const OWN_CEREMONY = new RegExp(String.raw`(?:\b(?:her|his|their)|\p{L}['’]s)\s+(?:[\p{L}-]+\s+)?${CEREMONY_WORDS}\b`, 'iu');
/** " who slams doors is often scared": a relative clause, then what is usually true of anyone like that. */
const ANYONE_WHO_AFTER = /^\s+who\s+[^.;!?]{1,60}?\b(?:is|are|will\s+be|can\s+be|tends\s+to\s+be)\s+(?:usually|often|generally|typically|probably|likely|rarely|almost\s+always|nearly\s+always|frequently)\b/i;
/** "A child of seven can understand death": an indefinite person with a present-tense general verb is anyone that age. */
const GENERAL_VERB_AFTER = /^\s*(?:(?:weeks?|months?|years?)(?:\s+old)?\s+)?(?:can|cannot|can['’]t|is\s+able|understands?|knows?|learns?|tends?|usually|typically|generally|often|will\s+usually|will\s+often|needs?|thinks?|sees?|grasps?|has\s+(?:no|little)|does\s+not|doesn['’]t)\b/i;
/**
 * A full name with a public calling beside it: "the poet Mary Oliver", "Phyllis Ekwueme, the founder of
 * the movement,". Clients are not introduced by their public work.
 */
const PUBLIC_CALLING = String.raw`(?:founder|co-founder|activist|campaigner|author|poet|novelist|memoirist|playwright|singer|songwriter|rapper|actor|actress|comedian|broadcaster|journalist|presenter|olympian|psychologist|psychiatrist|psychoanalyst|theorist|philosopher|politician|president|prime\s+minister|senator|premier|mayor|bishop|archbishop|queen|king|princess|prince|saint|suffragette|abolitionist)`;
/** Callings a pupil or a client may be called too ("a budding poet"), so only public as a title before the name. */
const PUBLIC_ROLE = new RegExp(String.raw`\b(?:[Tt]he|[Ff]amous|[Rr]enowned|[Cc]elebrated|[Ll]ate)\s+(?:[\p{L}-]+\s+)?${PUBLIC_CALLING}\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,\s+(?:the|an?)\s+(?:(?:founder|co-founder)\s+of\b|(?:civil\s+rights\s+|anti-[\p{L}]+\s+)?(?:activist|campaigner|novelist|memoirist|playwright|broadcaster|journalist|politician|president|prime\s+minister|senator|premier|mayor|bishop|archbishop|suffragette|abolitionist)\b)`, 'u');
/** The one holder of a public office, named by the office: "The Queen, in her ninety-sixth year, ...". */
const PUBLIC_OFFICE = /\b[Tt]he\s+(?:late\s+)?(?:Queen|King|Pope|Dalai\s+Lama|Prime\s+Minister|President|Princess\s+Royal|Prince\s+of\s+Wales|Archbishop\s+of\s+\p{Lu}\p{Ll}+)\b/u;
/** People in general: "most people", "many residents", "adults". */
const GROUP_OF_PEOPLE = /\b(?:most|many|some|all|few)\s+(?:\p{L}+\s+)?(?:people|adults|women|men|residents|patients|clients|folk)\b|(?:^|[^\p{L}])(?:people|adults|women|men|folk)\b/iu;
/** A year long enough ago to be history: "in 1973", "in the 1960s". */
const PAST_YEAR = /\b(?:in|by|from|during|until|of)\s+(?:the\s+)?((?:18|19|20)\d\d)s?\b/;

/** Ages said in forms the main patterns leave out, with the same filters for public and general talk. */
function clauseAges(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  for (const { name, pattern } of CLAUSE_PATTERNS) {
    for (const m of matchesOf(text, new RegExp(pattern.source, pattern.flags + 'd'))) {
      const hit = clauseAgeOf(name, m, text);
      const kept = hit && !aboutPublicFigure(context, hit.start) ? asClientAge(context, hit) : undefined;
      if (kept) out.push(kept);
    }
  }
  return [...out, ...tableAges(context)];
}

function clauseAgeOf(form: string, m: RegExpExecArray, text: string): Candidate | undefined {
  const group = form === 'first-thing' || form === 'had-been' || form === 'aside-words' || form === 'bracket' || form === 'aside-copula' ? 2 : form === 'aside-when' ? (m[2] ? 2 : 4) : form === 'infant' && !m[1] ? 2 : 1;
  const span = m.indices?.[group];
  if (!span) return undefined;
  const written = m[group];
  if (form === 'elapsed' || form === 'infant' || form === 'infant-at') return infantAge(form, m, text, span, written);
  const value = form === 'year-of-life' ? ordinalValue(written.replace(/\s+/, '-')) : numberValue(form === 'bracket' ? firstNumber(written) : written);
  if (!(value >= 1 && value <= 119)) return undefined;
  const lead = sentenceBefore(text, span[0], STORY_SENTENCE);
  // "a lot of young people who were excluded at fourteen go on to...": what happened to a group, at its age.
  if (form === 'onset' && GROUP_WHO.test(lead)) return undefined;
  const subjectIsBlogger = /(?:^|[^\p{L}])(?:I|I['’]d|I['’]ve|my|me)\s/u.test(lead) && !/\b(?:he|she|they|his|her)\b/i.test(lead);
  switch (form) {
    case 'year-of-life':
      // "in his 20th year at the practice" is a career; no one works for sixty years.
      if (value < 60 && !/of\s+life$/i.test(m[0])) return undefined;
      return exactAge(m.index, m.index + m[0].length, value, m[0]);
    case 'first-thing':
      if (SCHEDULED.test(m[1]) || (/^\d/.test(written) && value < 13)) return undefined;
      break;
    case 'had-been':
      if (NOT_NAMES.has(m[1])) return undefined;
      if (m[1] === 'I') return ownAge(span[0], span[1], written);
      break;
    case 'by': {
      // "By nine he was at his desk" is a time; "By 15, he was" or "By nine she had been in four homes" is an age.
      const next = /^\s*(?:I|he|she|they|\p{Lu}\p{Ll}+)\s+(\w+\s+\w+)/u.exec(text.slice(m.index + m[0].length))?.[1] ?? '';
      if (value < 13 && !/^had\s+(?:been|already|lived|moved|had|lost|changed|attended|started|stopped|left)$/.test(next)) return undefined;
      if (/^\s*I\b/.test(text.slice(m.index + m[0].length))) return ownAge(span[0], span[1], written);
      break;
    }
    case 'and-at':
      if (value < 13) return undefined;
      if (/^\s*I\b/.test(text.slice(m.index + m[0].length))) return ownAge(span[0], span[1], written);
      break;
    case 'now':
      if (/^\s*I\b/.test(text.slice(m.index + m[0].length))) return ownAge(span[0], span[1], written);
      break;
    case 'aside-copula':
      if (NOT_NAMES.has(m[1].split(/\s+/)[0])) return undefined;
      if (/\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return ownAge(span[0], span[1], written);
      break;
    case 'aside-words':
      // Digits are the apposition form's ("Our eldest, 17, is..."); this one reads number words.
      if (/^\d/.test(written) || NOT_NAMES.has(m[1]) || isCountedThing(m[1])) return undefined;
      if (/\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && !CLIENT_ROLES.test(m[1])) return ownAge(span[0], span[1], written);
      break;
    case 'bracket':
    case 'aside-when': {
      const subject = m[1] ?? m[3];
      if (NOT_NAMES.has(subject) || value > 110 || isCountedThing(subject)) return undefined;
      // "Tia (13)" alone is the apposition form's; words, units and lists are read here.
      if (form === 'bracket' && /^\d{1,3}$/.test(written)) return undefined;
      if (/\b(?:my|our)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && !CLIENT_ROLES.test(subject)) return ownAge(span[0], span[1], written);
      break;
    }
    case 'teen-at':
    case 'teen-fragment': {
      // A pronoun in the sentence (or, for a fragment, the next one) says whose age it is.
      const own = lead + text.slice(span[0], sentenceEnd(text, span[1], STORY_SENTENCE));
      const next = form === 'teen-fragment' ? text.slice(span[1], span[1] + 160).split(/(?<=[.!?])\s/).slice(0, 3).join(' ') : '';
      if (!ONE_PERSON_NEAR.test(own + next) || ANY_TEEN.test(own)) return undefined;
      if (form === 'teen-at' && subjectIsBlogger) return ownAge(span[0], span[1], written);
      break;
    }
    case 'aside-and':
    case 'when-we':
    case 'aside-clause': {
      // Digits after a comma may be a count: only an adult's or a teenager's age reads without its unit.
      if (/^\d/.test(written) && value < 13) return undefined;
      // "It was late, eleven, and...": a time, not an age.
      const opener = /\p{Lu}\p{Ll}*/u.exec(m[0])?.[0] ?? '';
      if (form === 'aside-clause' && (NOT_NAMES.has(opener) || /\b(?:late|early|night|morning|evening|afternoon|o['’]clock|time|hour|clock)\b/i.test(m[0]))) return undefined;
      const own = lead + text.slice(span[0], sentenceEnd(text, span[1], STORY_SENTENCE));
      if (!SOMEONE_ELSE.test(own) && !(form === 'aside-clause')) return undefined;
      if (ANY_TEEN.test(own) || GROUP_OF_PEOPLE.test(own)) return undefined;
      // "You came to me in 2019, fifty-one": "me" is who was come to; only "I" as the subject is the blogger.
      if (/^\s*(?:(?:then|back\s+then|so|and)\s+)?I\b/i.test(lead) && !/\b(?:you|she|he)\b/i.test(lead)) return ownAge(span[0], span[1], written);
      break;
    }
    case 'years-of-age':
      // "children under 5 years of age", "16 years of age and over": a threshold.
      if (THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || /^\s*(?:and|or)\s+(?:over|under|older|younger|above|below)\b/i.test(text.slice(m.index + m[0].length))) return undefined;
      break;
  }
  if (subjectIsBlogger && (form === 'onset' || form === 'first-thing' || form === 'years-of-age')) return ownAge(span[0], span[1], written);
  return exactAge(span[0], span[1], value, written);
}

/** Someone other than the blogger in the words: a pronoun, "you" in a story told to someone, a name. */
const SOMEONE_ELSE = /\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Yy]ou|[Yy]our)\b|(?<=\S\s+)\p{Lu}\p{Ll}{2,}/u;

/** What a baby's age is told in: "eleven weeks ago", "one week corrected", "at 11 months". */
const INFANT_UNIT = /\b(days?|weeks?|months?|years?)\b/i;
/** Babies in general: "most babies walk at twelve months", "the check is due at six weeks old". */
const ANY_BABY = /\b(?:babies|infants|most|many|all|every|usually|typically|routinely|should|offered|due)\b/i;

/**
 * A baby's or toddler's age in weeks or months, in the forms only an infant's age takes: the time since
 * the birth, the age corrected for prematurity, the age at an event. Said of no one in particular
 * ("most babies walk at twelve months") it is no one's.
 */
function infantAge(form: string, m: RegExpExecArray, text: string, span: [number, number], written: string): Candidate | undefined {
  const count = numberValue(new RegExp(`^(?:${NUM})`, 'iu').exec(written)?.[0] ?? '');
  const unit = INFANT_UNIT.exec(written)?.[1].toLowerCase() ?? '';
  if (!(count >= 0) || (unit.startsWith('year') && count > 5) || (unit.startsWith('month') && count > 36)) return undefined;
  const sentence = sentenceBefore(text, span[0], STORY_SENTENCE) + text.slice(span[0], sentenceEnd(text, span[1], STORY_SENTENCE));
  if (form === 'infant-at' && (!SOMEONE_ELSE.test(sentence) || ANY_BABY.test(sentence) || /\bpregnan|\bgestation|\binduced\b|\bdelivered\b/i.test(sentence))) return undefined;
  // "A baby born at 30 weeks is about ten weeks corrected at three months": any baby, in an explanation.
  if (form === 'infant' && !SOMEONE_ELSE.test(sentence) && (ANY_BABY.test(sentence) || /\b(?:an?|any|your)\s+(?:baby|infant|child|toddler)\b/i.test(sentence))) return undefined;
  if (form === 'elapsed' && /\b(?:I|we)\s+(?:was|were)\s+born\b/i.test(sentence)) return ownAge(span[0], span[1], written);
  const years = unit.startsWith('year') ? count : unit.startsWith('month') ? Math.floor(count / 12) : 0;
  return exactAge(span[0], span[1], years, written);
}

/** A table with an "Age" column: "| Name | Age |" over "| Tia | 13 |". */
function tableAges(context: DetectContext): Candidate[] {
  const AGE_HEADER = /^(?:age|aged|age\s*\(\s*(?:years|yrs)\s*\)|age\s+(?:now|at\s+referral|at\s+admission|on\s+admission))$/i;
  const AGE_CELL = new RegExp(String.raw`^(${NUM})(?:\s*(?:years?|yrs?|y\/?o)(?:\s+old)?)?$`, 'iu');
  const out: Candidate[] = [];
  for (const { match, start } of columnCells(context.text, context.segments, AGE_HEADER, AGE_CELL)) {
    const value = numberValue(match[1]);
    if (value >= 0 && value <= 119) out.push(exactAge(start, start + match[1].length, value, match[1]));
  }
  return [...out, ...rowAges(context).filter((row) => !out.some((o) => o.start < row.end && row.start < o.end))];
}

/** A row labelled as an age: "| Age at referral | 3 years 4 months |", "| Age | 79 |". */
const AGE_ROW_LABEL = /^(?:(?:current|present)\s+)?age(?:\s*\(\s*(?:years|yrs|months)\s*\))?(?:\s+(?:now|at\s+(?:referral|admission|assessment|diagnosis|placement|first\s+contact|death|the\s+time)|on\s+(?:admission|referral)|when\s+(?:referred|admitted|seen|placed)))?\s*:?$/i;
const AGE_ROW_VALUE = new RegExp(String.raw`^(${NUM})(?:\s*(?:years?|yrs?|y)\b(?:\s*(?:,|and)?\s*(?:${NUM})\s*(?:months?|mths?|m)\b)?|\s*(?:months?|mths?|weeks?|wks?)\b)?(?:\s+old)?$`, 'iu');

function rowAges(context: DetectContext): Candidate[] {
  const { text, segments } = context;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const label = segments[i];
    const cell = segments[i + 1];
    if (!label.cell || !cell.cell || label.cell.row !== cell.cell.row || cell.cell.column !== label.cell.column + 1) continue;
    if (!AGE_ROW_LABEL.test(text.slice(label.start, label.end).trim())) continue;
    const raw = text.slice(cell.start, cell.end);
    const value = raw.trim();
    const match = AGE_ROW_VALUE.exec(value);
    if (!match) continue;
    const start = cell.start + raw.indexOf(value);
    // "3 years 4 months" is a child of three; "18 months" a toddler of one.
    const count = numberValue(match[1]);
    const years = /^\S+\s*(?:months?|mths?)\b/i.test(value) ? Math.floor(count / 12) : /^\S+\s*(?:weeks?|wks?)\b/i.test(value) ? 0 : count;
    if (years >= 0 && years <= 119) out.push(exactAge(start, start + value.length, years, value));
  }
  return out;
}

/**
 * Ages that belong to no client: a public figure the sentence refers back to with "he" or "she"
 * ("Matthew Perry died ... He was 54") or introduces by a public calling, the set age of a ceremony,
 * and an indefinite "a child of seven can...".
 */
function ageOfNoClient(context: DetectContext, hit: Candidate): boolean {
  const { text } = context;
  const before = sentenceBefore(text, hit.start, STORY_SENTENCE);
  const tail = text.slice(hit.end, hit.end + 200);
  const after = tail.slice(0, Math.max(0, tail.search(/[.!?](?:\s|$)|\n/)) || tail.length);
  const sentence = `${before}${text.slice(hit.start, hit.end)}${after}`;
  if (CEREMONY.test(sentence) && !OWN_CEREMONY.test(sentence) &&
    !/\b(?:turned|was|were|had)\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
  if (/\b(?:an?|any|every)\s+(?:[\p{L}-]+\s+)?(?:child|kid|girl|boy|baby|toddler|teen|teenager|person|adult|youngster)\s+(?:of|aged)\s+$/iu.test(before) && GENERAL_VERB_AFTER.test(tail)) return true;
  // "*The Story of Tracy Beaker* is thirty years old now": the age of a titled work.
  const subjectEnd = hit.start - (/\s+(?:is|was|turns|turned|will\s+be)\s+(?:(?:now|nearly|almost|over|just)\s+)?$/i.exec(before)?.[0].length ?? NaN);
  // One italicised word may be a pseudonym set off ("*Skye* is nine"); a title has several.
  if ((context.emphasis ?? []).some((e) => (e.end === subjectEnd || e.end + 1 === subjectEnd) && /\s/.test(text.slice(e.start, e.end).trim()))) return true;
  // "A seven-year-old who wets the bed is usually frightened": anyone that age, by the general verb after.
  if (/(?:^|[^\p{L}])(?:an?|any|every)\s+$/iu.test(before) && /year-old$/i.test(text.slice(hit.start, hit.end)) && (GENERAL_VERB_AFTER.test(tail) || ANYONE_WHO_AFTER.test(tail))) return true;
  // "No child of nine should be caring for a parent": no one at all.
  if (/\bno\s+(?:[\p{L}-]+\s+)?(?:child|kid|girl|boy|baby|toddler|teen|teenager|person|adult|youngster)\s+(?:of|aged)\s+$/iu.test(before)) return true;
  if (PUBLIC_ROLE.test(before) || PUBLIC_OFFICE.test(before)) return true;
  // "Most people in their eightieth year need help": anyone that age.
  if ((/\btheir\s+$/i.test(before) || /^(?:\p{L}+\s+)?their\b/iu.test(text.slice(hit.start, hit.end))) &&
    (GROUP_OF_PEOPLE.test(before) || /^[^;:]*?,\s*(?:most\s+|many\s+)?(?:people|adults|women|men|folk)\b/i.test(after))) return true;
  return /^\s*(?:\p{Lu}\p{Ll}+\s+){0,2}(?:he|she)\b/iu.test(before) && publicAntecedent(context, hit.start - before.length);
}

/**
 * The age as reported: left out when it is no client's (ageOfNoClient), a note when the sentence sets
 * it decades back ("she was six when she was sent to residential school in 1973"), which is history
 * more often than a client's story.
 */
function asClientAge(context: DetectContext, hit: Candidate): Candidate | undefined {
  if (hit.severity === 'low') return hit;
  if (ageOfNoClient(context, hit)) return undefined;
  const { text } = context;
  // A birth year is the year the history note would find: it dates the person, not the story.
  if (/^(?:['’]\d\d|(?:18|19|20)\d\d)$/.test(text.slice(hit.start, hit.end))) return hit;
  const before = sentenceBefore(text, hit.start, STORY_SENTENCE);
  const sentence = before + text.slice(hit.start, hit.start + 200).split(/[.!?](?:\s|$)|\n/)[0];
  const year = PAST_YEAR.exec(sentence);
  if (!year || new Date().getUTCFullYear() - Number(year[1]) < 40 || !/\b(?:was|were|aged|at)\b/i.test(before) ||
    SOMEONE_KNOWN.test(sentence)) return hit;
  // "He was born in 1931 and is now in his ninety-fifth year": an age now, beside the year of a birth, is today's.
  if (AGE_NOW_BEFORE.test(before) || /\bborn\b[^.!?]{0,20}$/i.test(sentence.slice(0, year.index))) return hit;
  const shown = text.slice(hit.start, hit.end);
  return {
    ...hit, severity: 'low', quasi: false,
    message: `An age at a moment decades back ("${shown}", ${year[1]}) reads as history; with the year it gives away a birth year if this is someone you work with`,
    hint: `If this is a client, say "as a young child" and leave the year out.`,
  };
}

const AGE_NOW_BEFORE = /\b(?:is|are|turns|now)\s+(?:(?:just|nearly|almost|now|well)\s+)?$/i;

/** A client or a relative mentioned between a public name and the age: the age may be theirs. */
const CLIENT_BETWEEN = new RegExp(String.raw`\b(?:${words(CLIENTS)}|service\s+user|young\s+person|son|daughter|mum|mom|dad|boy|girl)\b`, 'i');

/** Someone the blogger knows (a client, "my", "Mrs", "Nan"): an old age is theirs, not history's. Capitals as written. */
const SOMEONE_KNOWN = new RegExp(String.raw`\b(?:${words(CLIENTS)}|service\s+user|my|our|Mr|Mrs|Ms|Miss|Nan|Gran|Granny|Grandma|Grandad|Auntie)\b`);

/** The nearest person named before `at` (compromise's Person tags) is on the public-names list. */
function publicAntecedent(context: DetectContext, at: number): boolean {
  const tags = context.termTags();
  // Names are capitalised: only those words are asked about, so only their sentences are tagged.
  const from = Math.max(0, at - 800);
  const starts = [...context.text.slice(from, at).matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}/gu)].map((m) => from + m.index).reverse();
  for (const start of starts) {
    const termTags = tags.get(start);
    if (!termTags || !termTags.has('Person') || termTags.has('Pronoun') || termTags.has('Honorific')) continue;
    const words = /^[\p{L}'’.-]+/u.exec(context.text.slice(start))?.[0] ?? '';
    const run = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.exec(context.text.slice(Math.max(0, start - 60), start))?.[0] ?? '';
    const full = `${run}${words}`.trim();
    const between = context.text.slice(start, at);
    if (CLIENT_BETWEEN.test(between)) return false;
    const names = publicNames(context.config);
    const parts = full.split(/\s+/);
    for (let i = 0; i < parts.length - 1; i++) if (names.has(parts.slice(i).join(' ')) || names.has(parts.slice(i, i + 2).join(' '))) return true;
    // The list is matched on folded text (lower case, words apart), as it stores names.
    return names.surnameOf(words, foldName(context.text));
  }
  return false;
}

/** "13, 11 and 9" -> "13"; "thirteen yrs" -> "thirteen". */
function firstNumber(list: string): string {
  return list.split(/\s*(?:,|&|\band\b)\s*/)[0].replace(/\s*(?:years?|yrs?|y\/?o)(?:\s+old)?$/i, '');
}

/** "Referrals (40, 52)", "Sessions (12 and 14)", "Altogether, twelve, came": a capitalised everyday word counts things. */
function isCountedThing(subject: string): boolean {
  if (new RegExp(String.raw`^(?:${PERSON_NOUNS}|children|grandchildren)s?$`, 'i').test(subject)) return false;
  if (classify(subject) === 'word') return true;
  const singular = subject.replace(/e?s$/, '');
  return singular !== subject && isEnglishWord(singular) && classify(singular) !== 'given';
}
