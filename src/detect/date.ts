/**
 * Dates tied to a person: a birth, an admission or discharge, a death, a diagnosis, a hearing, an
 * incident ("was admitted on 3 March", "DOB 7/2/1991", "On Boxing Day he was arrested").
 *
 * A date is specific when it names a day ("17/06/2024", "Thursday 5 June", "the 9th of May")
 * or a month with its year ("November 2024"); "in March", "last spring" or "on Friday" are too vague to
 * matter. chrono-node checks that the date exists and gives its day of the year. A specific date is
 * tied to a person when its sentence speaks of someone else (he, she, a client, a name) or of a life
 * event, and is not about a conference, a training, a deadline, a publication, an exam timetable, a day
 * a whole school or town shares, a day that comes round every year, or a nation's history. A short date
 * alone in a table cell is tied by a cell beside it that names someone. Once one mention of
 * a day is tied to a person, every other mention of that day (a title, "that Boxing Day") is too.
 * A date of birth is high; other dates are medium quasi-identifiers that count towards mosaic risk.
 */
// English only: the package's root also loads every other language's parser, at three times the cost.
import * as chrono from 'chrono-node/en';
import type { Candidate, DetectContext, Recognizer } from './types.js';
import { columnCells, matchesOf } from './util.js';
import { DATE_SENTENCE, sentenceAround, sentenceBounds } from '../sentence.js';
import { disastersIn, namesDisaster } from '../names/disasters.js';
import { CLIENTS, CLOSE_FAMILY, PEOPLE, THIRD_PERSON, words } from '../names/person-words.js';
import { aboutPublicFigure } from './public-subject.js';
import { classify } from '../names/lexicon.js';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A weekday in full: "Saturday". */
const FULL_WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+`;
const STARTS_WITH_WEEKDAY = new RegExp(`^${WEEKDAY}`);
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(?:19|20)\d\d)`;

/** Fixed-date holidays people use as dates ("on Boxing Day he...") with their month and day. */
const HOLIDAYS: Record<string, string> = {
  "valentine's day": '02-14', 'christmas day': '12-25', 'christmas eve': '12-24', 'boxing day': '12-26',
  "new year's day": '01-01', "new year's eve": '12-31', hogmanay: '12-31', halloween: '10-31', "hallowe'en": '10-31',
  "st patrick's day": '03-17', "st. patrick's day": '03-17', 'canada day': '07-01', 'australia day': '01-26',
  'anzac day': '04-25', 'bonfire night': '11-05', 'guy fawkes night': '11-05', 'independence day': '07-04',
  'the fourth of july': '07-04', 'remembrance day': '11-11', 'veterans day': '11-11', 'christmas morning': '12-25',
  'christmas night': '12-25', 'thanksgiving': '', 'easter sunday': '', 'good friday': '', "mother's day": '', "father's day": '',
  'mothering sunday': '', 'eid': '', 'diwali': '',
  // Saints' days and national days across the English-speaking world, and the moveable feasts
  "st stephen's day": '12-26', "st andrew's day": '11-30', "st george's day": '04-23',
  "st brigid's day": '02-01', "st swithin's day": '07-15', 'burns night': '01-25', 'waitangi day': '02-06',
  'armistice day': '11-11', 'juneteenth': '06-19', 'bastille day': '07-14',
  'thanksgiving day': '', 'thanksgiving monday': '', 'thanksgiving weekend': '', 'easter monday': '', 'easter saturday': '',
  'holy saturday': '', 'maundy thursday': '', 'palm sunday': '', 'ash wednesday': '', 'shrove tuesday': '', 'pancake day': '',
  'whit monday': '', 'labour day': '', 'labor day': '', 'memorial day': '', 'victoria day': '', 'remembrance sunday': '', 'easter weekend': '', 'cup day': '', 'mardi gras': '',
  'hanukkah': '', 'rosh hashanah': '', 'yom kippur': '',
  "martin luther king day": '', "presidents' day": '', "king's birthday": '', "queen's birthday": '',
};
/** "St Stephen's Day", "St. Stephen's", "Saint Stephen's Day": a saint's day is written every way. */
const HOLIDAY = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map((h) => h.replace(/'/g, "['’]?").replace(/\./g, '\\.').replace(/ /g, '\\s+').replace(/^st\\s\+/, String.raw`(?:st\.?|saint)\s+`)).join('|');

const DATE = new RegExp([
  String.raw`(?<![\w\/.-])\d{1,2}[\/.]\d{1,2}[\/.](?:\d{4}|\d{2})(?![\w\/-]|\.\d)`,
  String.raw`(?<![\w\/.-])\d{1,2}-\d{1,2}-\d{4}(?![\w\/-])`,
  String.raw`(?<![\w\/.-])(?:19|20)\d\d([-\/])\d\d\1\d\d(?![\w\/-])`,
  String.raw`(?:${WEEKDAY})?(?:the\s+)?${ORDINAL}(?:\s+of)?\s+${MONTH}${YEAR}?\b`,
  String.raw`(?:${WEEKDAY})?${MONTH}\s+(?:the\s+)?${ORDINAL}\b(?![:\/])${YEAR}?\b`,
  String.raw`\b${MONTH}\s+(?:of\s+)?(?:19|20)\d\d\b`,
  // "on 3/14": a short US date needs the "on" to be told from a score or a fraction.
  String.raw`(?<=\b[Oo]n\s)\d{1,2}\/\d{1,2}(?![\w\/]|\.\d)`,
].join('|'), 'g');
// "Boxing Day 2025": a holiday with its year is as specific as any full date.
/** "admitted on the 14th", "the night of the 3rd", "her hearing is set for the 21st": a day of a month the reader already knows. */
const BARE_DAY = /(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|(?:date|day)\s+(?:is|was)|(?:night|morning|evening|afternoon|early\s+hours)\s+of|(?:set|booked|listed|scheduled|fixed|arranged|adjourned|moved|postponed|changed|put\s+back|brought\s+forward)\s+(?:for|to|until))\s)the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\b|floor|time|day|week|month|year|anniversary|birthday|century|grade|minute|attempt|try|go|round|visit|session|page|step|hole|lap|call))/g;
const NTH_WEEKDAY = new RegExp(String.raw`\bthe\s+(?:first|second|third|fourth|last|final)\s+${FULL_WEEKDAY}\s+(?:in|of)\s+${FULL_MONTH}(?:,?\s+((?:19|20)\d\d))?\b`, 'g');
const HOLIDAY_DATE = new RegExp(String.raw`(?<!\w)(?:${HOLIDAY})(?:,?\s+((?:19|20)\d\d)\b)?(?!\w)`, 'gi');

const DOB_HEADER = /^(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born)$/i;
const DOB = /(?:\b(?:dob|date\s+of\s+birth|born|birthday|birth\s+date)\b|\bd\.o\.b\.?)[^.;!?\n]{0,20}$|(?:\b(?:dob|date\s+of\s+birth|birth\s*date)\b|\bd\.o\.b\.?)\s*:?\s*\n\n\s*$/i;
/**
 * "Babies born on Christmas Day get...", "a lot of them end up officially born on 1 January": births of
 * many, no one's birthday. A comma closes the group: "Ouma to everyone, was born on" is one woman's.
 */
const BIRTHS_OF_MANY = /\b(?:[Bb]abies|[Pp]eople|[Tt]hose|[Aa]nyone|[Ee]veryone|[Ee]verybody|[Tt]housands|[Hh]undreds|(?:a\s+lot|lots|many|most|some|all)\s+of\s+them|(?:children|kids|refugees|migrants)\s+(?:who\s+(?:were|are)\s+)?)[^.;!?\n,]{0,70}\bborn\b[^.;!?\n]{0,20}$/i;
const OTHER_PERSON = new RegExp(String.raw`\b(?:${words(THIRD_PERSON, CLIENTS, CLOSE_FAMILY, PEOPLE)}|hers|service\s+user|baby|newborn|infant|toddler|teenager|child|kid|partner|boys|girls|lads|brothers|sisters|grandmother|grandfather|gran|family|parents?|young\s+person|caseload|mr|mrs|ms|miss)\b`, 'i');
const LIFE_EVENT = /\b(?:(?:home|back\s+home|out)\s+since|adjourn\w*|re-?listed|continued\s+again|continuances?|(?:it|case|matter)\s+was\s+(?:re)?set\s+for|(?:lithium|clozapine|blood|drug|sugar|glucose|valproate)\s+levels?|bloods|biopsy|born|birth|died|dies|death|passed\s+away|admitted|admission|discharged?|diagnos\w*|overdos\w*|fell|fall|collapsed|arrested|charged|sentenced|convicted|released|hearing|court|trial|incident|seizure|surgery|operation|removed|placed|placement|moved|referred|referral|went\s+missing|missing|attempt\w*|assault\w*|self-harm\w*|disclos\w*|came\s+(?:in|to|up|home|into)|went\s+(?:home|to)|transferred|flown|funeral|buried|married|adopted|custody|missed|appointment|visit|ran\s+away|stroke|fracture\w*|relapse\w*|accident|crash\w*|injur\w*|came\s+off|screened\s+positive|tested\s+positive|removal|evict\w*|arrest|sectioned|detained|hospitali[sz]ed|suicid\w*|killed|murdered|attacked|raped|abused|expelled|excluded|kicked\s+out|left\s+(?:home|care)|into\s+care|exclusion|eviction|arrest|called\s+out|call-?out|turned\s+up|showed\s+up|came\s+round|took\s+(?:him|her|them)\s+(?:away|in)|rang|phoned|tried\s+to\s+(?:end|kill|take|hang)|taken\s+(?:to|into|away)|blue-?lighted|rushed\s+(?:in|to)|hit|punched|stabbed|beaten|threatened|smashed|kicked\s+off|ran\s+off|walked\s+out|set\s+fire|told\s+me|confided|broke\s+down|ended\s+up|(?:a|the)\s+fight|fight\s+broke\s+out|fought|brawl|(?:had|['’]d)\s+gone\s+in\s+(?:her|his|their|your)\s+sleep|slipped\s+away|died\s+in\s+(?:her|his|their|your)\s+sleep)\b/i;
/** An exam timetable is the same for every pupil in the country: "the first paper is on 10 June", "results day". */
const EXAMS = String.raw`exams?|examinations?|mocks?|GCSEs?|A[\s-]levels?|SATs|finals|(?:first|second|third|final|last)\s+paper|paper\s+(?:one|two|three|[123])|exam\s+timetable|results\s+day|resits?|exam\s+board`;
/** Days a whole school or town shares: "sports day on 19 June", "the Christmas concert", "the storm on 26 November". */
const SHARED_DAYS = String.raw`sports\s+day|(?:christmas|summer|spring|school)\s+(?:concert|fair|fete|show)|concert|nativity|parents['’]?\s+evening|open\s+(?:day|evening)|prom|school\s+trip|eleven[\s-]plus|11[\s-]plus|heatwave|storm|snow\s+day|marathon|fun\s+run|carnival|gala|(?<!\b(?:covers?|covering|covered|across|around|over|throughout|of|in|from)\s+(?:the\s+)?)(?:the\s+)?whole\s+(?:school|class|year\s+group|town|village|country|nation|community)`;
const PUBLIC_EVENT = new RegExp(String.raw`\b(?:${EXAMS}|${SHARED_DAYS}|clocks\s+(?:go|went|change)|(?:school|summer|easter|christmas)\s+holidays?|holidays\s+(?:start|begin|end)|half[\s-]term|inset\s+day|inspection|ofsted|strike|industrial\s+action|conference|webinar|training|workshop|seminar|course|summit|agm|election|budget|deadline|due\s+date|published|publish|blog|newsletter|launch\w*|release\s+date|bank\s+holiday|term\s+(?:starts|begins|ends)|applications?|submissions?|registration|awareness\s+(?:day|week|month)|legislation|guidance|came\s+into\s+force|consultation|my\s+(?:last|first)\s+day|annual\s+leave|holiday\s+from|talk|keynote|panel|world\s+[\w\s]{0,20}day|international\s+[\w\s]{0,20}day|statistics|figures|data|survey|census|quarter|financial\s+year|per\s+cent|percent|public\s+holiday|national\s+holiday|observance|commemorat\w*|anniversary\s+of|parades?|festivals?|carnivals?|mardi\s+gras|pride\s+(?:march|parade|month|week|events?)|earthquake|hurricane|cyclone|tsunami|bush\s?fires?|wild\s?fires?|floods|bombings?|terror\w*|pandemic|lockdown|referendum|massacre|disaster|inquiry)\b|%|\b\d[\d,]*\s+(?:people|lives|deaths|victims|residents|families)\b`, 'i');
/**
 * A named observance in the sentence ("NAIDOC Week ran from 6 to 13 July", "National Day for Truth and
 * Reconciliation on September 30"): the date is the calendar's, not a person's.
 */
const OBSERVANCE = /\b\p{Lu}[\p{L}'’]*\s+(?:(?:of|for|and)\s+(?:the\s+)?\p{Lu}[\p{L}'’]*\s+)*(?:Day|Week|Month|Festival|Fortnight|Games|Cup|Parade|Show)\b/u;
/**
 * A holiday named with its month or day ("Anzac Day in April", "ANZAC Day, 25 April", "Canada Day on
 * 1 July"): the writer is telling the calendar, not a person's day, whoever is near.
 */
const HOLIDAY_THEN_MONTH = new RegExp(String.raw`^\s*(?:,|\(|on|in|(?:is|was|falls|fell)(?:\s+on)?)?\s*(?:the\s+)?(?:${ORDINAL}\s+(?:of\s+)?)?${MONTH}(?!\w)`, 'i');
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}[\p{L}'’.]*\s+)+(?:Day|Night|Eve)\s*(?:,|\(|on|(?:is|was|falls|fell)(?:\s+on)?)\s*(?:the\s+)?$/u;
const NAMED_DAY_AFTER = [
  new RegExp(String.raw`^\s*(?:(?:,|\(|[–—-])\s*(?:which\s+is\s+|is\s+)?|\s(?:is|was|marks|will\s+be)\s+)(?:the\s+)?(?:${HOLIDAY})(?!\w)`, 'i'),
  // "September 30th is Orange Shirt Day", "30 January, Bloody Sunday,": a day with a name of its own.
  /^\s*(?:(?:,|\(|[–—-])\s*(?:which\s+is\s+|is\s+)?|\s(?:is|was|marks|will\s+be)\s+)(?:\p{Lu}[\p{L}'’.]*\s+)+(?:Day|Night|Eve|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/u,
  // "June 16th is when we remember", "on 12 July we mark": the date a community keeps, told as such.
  /^\s*,?\s*(?:is\s+(?:when|the\s+day)\s+)?(?:we|the\s+(?:whole\s+)?(?:country|nation|world|school|town|community))\s+(?:all\s+|always\s+)?(?:remember|honou?r|mark|commemorate|observe|wear)\b/i,
];
/**
 * "the Good Friday Agreement", "the Easter Rising", "the Boxing Day Test": a holiday's name inside the
 * proper name of an agreement, an uprising or a fixture is that event's, not a day in anyone's life;
 * "St Brigid's Day Centre" is a place.
 */
const HOLIDAY_IN_NAME = /^\s+(?:Agreement|Accords?|Rising|Uprising|Rebellion|Massacre|Bombings?|Attacks?|Tsunami|Earthquake|Floods?|Fires?|Bushfires?|Storm|Blizzard|Offensive|Raid|Riots?|Test|Match|Classic|Parade|Sales?|Appeal|Truce|Proclamation|Declaration|Treaty|Tragedy|Disaster|Marathon|Regatta|Races?|Dip|Swim|Concert|Special|Episode|Centre|Center|Nursery|Hospice|Shelter|Hostel|Clinic|Unit|Ward|School|Hospital|Home|House|Services?|Programme|Program|Drop-in)\b/;
/**
 * "Today is the anniversary of Piper Alpha. On 6 July 1988, the platform exploded": the date of a
 * disaster the public knows by name, told in the sentence naming it or the one after, is history.
 */
function dateOfADisaster(text: string, start: number, end: number): boolean {
  if (!disastersIn(text).size) return false;
  const own = sentenceBounds(text, start, end, DATE_SENTENCE);
  const sentence = text.slice(own.start, own.end);
  if (namesDisaster(text, sentence)) return true;
  // The sentence after may go on with the disaster, unless it turns to someone ("She was admitted on ...").
  const previous = own.start > 1 ? sentenceBounds(text, own.start - 2, own.start - 1, DATE_SENTENCE) : own;
  return !SOMEONES_DAY.test(sentence) && namesDisaster(text, text.slice(previous.start, own.start));
}

const SOMEONES_DAY = new RegExp(String.raw`\b(?:she|he|her|his|him|${words(CLIENTS, CLOSE_FAMILY)}|my|our)\b`, 'i');

/** "R U OK? Day,", "which falls on", "held every year on": the day an observance keeps. */
const OBSERVANCE_BEFORE = /\b(?:Day|Week|falls\s+on|held\s+on|marked\s+on|every\s+year(?:\s+on)?|each\s+year(?:\s+on)?|annually(?:\s+on)?)\W*$/;
const CALENDAR_RULE = /^(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:of|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** "Bloody Sunday", "Black Saturday": a weekday named for what happened on it is a public event's name. */
const NAMED_WEEKDAY_BEFORE = /(?<![.!?:\n]\s*)\b(?!(?:On|Last|Next|This|That|Every|By|From|Until|Since|The)\s)\p{Lu}\p{Ll}+\s+$/u;

function namedPublicDay(text: string, mention: Mention): boolean {
  return STARTS_WITH_WEEKDAY.test(mention.text) && NAMED_WEEKDAY_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start));
}
/** "fell on a Friday this year": the calendar falling, not a person. */
const CALENDAR_FALL = new RegExp(String.raw`\b(?:fell|falls|fall|falling)\s+on\s+(?:a\s+|the\s+|my\s+|our\s+)?(?:${FULL_WEEKDAY}|weekend|weekday|the\s+same\s+day|(?:(?:night|day|late|early|long|weekend)\s+)?shift|birthday|day\s+off)\b`, 'gi');

/** "his release date", "her hearing": a possessive makes an otherwise public word the person's own event. */
/** "lost 11% of his birth weight": a share of someone's own measure, not a statistic. */
const OWN_MEASURE = /\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+(?:his|her|their)\b/gi;
const PERSONAL_EVENT = /\b(?:his|her|their)\s+(?:\w+\s+)?(?:release|court|parole|hearing|discharge|admission|due)\s+date\b/i;
/**
 * The event the date is the date of, right before it: "was discharged on", "died on the", "her funeral
 * was on". Told this plainly, the date is the person's whatever else the sentence mentions ("after a
 * course of antibiotics", "a week after our last talk").
 */
const EVENTS = String.raw`(?:born|died|passed\s+away|admitted|readmitted|discharged|diagnosed|arrested|charged|sentenced|convicted|released|removed|placed|moved|referred|transferred|buried|cremated|married|adopted|sectioned|detained|hospitali[sz]ed|killed|excluded|expelled|evicted|went\s+missing|ran\s+away|overdosed|collapsed|fell|taken\s+into\s+care|came\s+into\s+care|went\s+into\s+care|moved\s+in|moved\s+out)`;
const EVENT_RIGHT_BEFORE = new RegExp(String.raw`\b(?:${EVENTS}(?:(?:\s+[\p{L}'’-]+){0,4}?\s+(?:on|from|until|since|of))?|(?:funeral|hearing|admission|discharge|death|birth|overdose|arrest|surgery|operation|sentencing|removal|eviction|exclusion|diagnosis|birthday|court\s+date|release)\s+(?:was|is|will\s+be|fell|falls|took\s+place)\s+(?:on)?)\s*(?:the\s+)?$`, 'iu');
/** "On 19 October he was sentenced": the event told right after the date. */
const EVENT_RIGHT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:he|she|they|\p{Lu}\p{Ll}+)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|got\s+)?${EVENTS}\b`, 'u');
/** The work with a client turning: "we ended in", "we first met on", "our last session was on". */
const SOMEONE_UNDERWENT_AFTER = /^\s*,?\s*(?:he|she|they|\p{Lu}\p{Ll}+)\s+(?:had|suffered|developed|went\s+into|took\s+(?:an?\s+)?(?:overdose|turn|fall))\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:(?:bad|big|major|minor|severe|serious|nasty|sudden|first|second|third|another|further)\s+)*(?:exacerbation|flare|flare-up|attack|seizure|fit|fall|stroke|heart\s+attack|crisis|episode|relapse|collapse|bleed|turn|labou?r|miscarriage|infection|overdose|breakdown|admission|operation|surgery)\b/u;
const WORK_TOGETHER = String.raw`(?:work(?:ing)?|therapy|sessions|together|the\s+work|(?:her|his|their)\s+case)`;
const WORK_TOGETHER_TURN = new RegExp(String.raw`\b(?:(?:we|I)\s+(?:(?:ended|finished|stopped|closed|terminated|said\s+goodbye|first\s+met|last\s+met)(?:\s+${WORK_TOGETHER})?|(?:started|began)\s+${WORK_TOGETHER})|we\s+(?:started|began)|(?:our|her|his|their)\s+(?:last|first|final)\s+(?:session|appointment|visit)\s+(?:was|is))\s+(?:on|in|at)?\s*(?:the\s+)?$`, 'i');

/** "I'll never forget 14 March. That was the day he was taken into care." */
const THAT_WAS_THE_DAY = /^(?:that|it|this)(?:['’]s|\s+(?:was|is))\s+(?:also\s+)?the\s+(?:day|night|morning|evening|date)\b/i;

/** Capitalised words that are not a person when they stand mid-sentence. */
const NOT_A_NAME = /^(?:I|I'm|I've|I'd|I'll|My|We|Our|The|A|An|On|In|At|By|It|This|That|ED|A&E|ICU|GP|NHS|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Valentine's|Day|Eve|New|Year's|Mr|Mrs|Ms|Dr)$/;

export const personDate: Recognizer = {
  id: 'date',
  category: 'date',
  description: 'Dates tied to a person (birth, admission, discharge, death, diagnosis, incident)',
  detect(context) {
    const { text } = context;
    // "R U OK? Day, the second Thursday of September": the calendar's rule for an observance, the same day for everyone.
    const mentions = [...dateMentions(text), ...rangeMentions(text), ...shorthandMentions(context)].filter((m) => !(CALENDAR_RULE.test(text.slice(m.start, m.end)) && OBSERVANCE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))));
    const tiedDays = new Set<string>();
    const found: Candidate[] = [];
    // "| Client | DOB |" over "| J.M. | 07/22/1991 |": every date down a date-of-birth column is one.
    const birthCells = new Set([...columnCells(text, context.segments, DOB_HEADER, /^\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}$/)].map((c) => c.start));
    for (const mention of mentions) {
      if (BIRTHS_OF_MANY.test(text.slice(Math.max(0, mention.start - 90), mention.start))) continue;
      const dob = DOB.test(text.slice(Math.max(0, mention.start - 24), mention.start)) || birthCells.has(mention.start);
      // A short date alone in a cell is read only by its row: elsewhere it may be a score or a fraction.
      const tied = mention.cell ? inSomeonesRow(context, mention) || inCaseTimeline(context, mention) : dob || isTiedToPerson(text, mention) || personalAbsence(text, mention) || personIsSubject(text, mention) || actingForSomeone(context, mention) || inSomeonesRow(context, mention) || inCaseTimeline(context, mention);
      // "on Bloody Sunday, 30 January 1972": the date of a named public event.
      if (!tied || aboutPublicFigure(context, mention.start) || namedPublicDay(text, mention) || dateOfADisaster(text, mention.start, mention.end)) continue;
      if (mention.day) tiedDays.add(mention.day);
      found.push(dateCandidate(mention, dob));
    }
    for (const mention of mentions) {
      if (mention.day && tiedDays.has(mention.day) && !found.some((c) => c.start === mention.start)) found.push(dateCandidate(mention, false));
    }
    // "Oct 6–10, Oct 20–24", "| Oct 6–10 | Oct 20–24 |": a date listed right after a person's date is theirs too.
    const byStart = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const mention of byStart) {
      if (found.some((c) => c.start < mention.end && mention.start < c.end)) continue;
      if (found.some((c) => c.end <= mention.start && listedTogether(context, c.end, mention))) found.push(dateCandidate(mention, false));
    }
    for (const hit of [...partOfMonthEvents(context), ...yearOfEvents(context)]) {
      if (!found.some((c) => c.start < hit.end && hit.start < c.end)) found.push(hit);
    }
    return found;
  },
};

const PART_OF_MONTH = String.raw`(?:(?:(?:early|late|mid)[\s-]+|the\s+(?:start|beginning|middle|end|(?:first|second|third|fourth|last|final)\s+(?:week|weekend|fortnight))\s+of\s+)${FULL_MONTH}(?:,?\s+(?:19|20)\d\d)?|the\s+(?:week|weekend)\s+of\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|[Tt]he\s+(?:week|weekend|fortnight)\s+(?:before|after)\s+(?:Christmas|Easter|New\s+Year))\b`;
/** "diagnosed in late September", "moved out mid-June": a life event, then the part of a month it fell in. */
/** Turns in a life that a part of a month dates as well as the events above do. */
const TURNS = String.raw`(?:${EVENTS}|started|began|stopped|finished|left|lost|relapsed|split\s+up|separated|came\s+home|came\s+out|got\s+out|went\s+into\s+labou?r|gave\s+birth|miscarried|was\s+told)`;
const EVENT_IN_PART = new RegExp(String.raw`\b${TURNS}(?:\s+(?!and\b|but\b)[\p{L}'’-]+){0,3}?\s+(?:(?:in|at|around|by|from|until|since|towards|toward)\s+)?(${PART_OF_MONTH})`, 'giud');
/** "In late September she was diagnosed": the part of a month, then someone and the event. */
const PART_THEN_EVENT = new RegExp(String.raw`(?:\b(?:[Ii]n|[Aa]t|[Aa]round|[Bb]y)\s+|(?<=^|[.!?]\s|\n)(?=The\s))(${PART_OF_MONTH}),?\s+(?:he|she|they|\p{Lu}\p{Ll}+)\s+(?:was\s+|were\s+|had\s+been\s+|got\s+)?${TURNS}\b`, 'gud');

/**
 * "her family moved up last August", "he was arrested this past June": a month named by how long ago it
 * was, after an event of someone's life (not a start every pupil shares, "started Reception last September").
 */
const EVENT_LAST_MONTH = new RegExp(String.raw`\b${EVENTS}(?:\s+(?!and\b|but\b)[\p{L}'’-]+){0,3}?\s+((?:last|this\s+past)\s+${FULL_MONTH})\b`, 'giud');

/**
 * "Her mum was diagnosed in late September": a third of a month, tied to someone's admission, diagnosis
 * or move, narrows a record search to a few days; "late September" alone, or the blogger's own, does not.
 */
function partOfMonthEvents(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  for (const { start, end, sentence, around } of eventDates(text, [EVENT_IN_PART, PART_THEN_EVENT, EVENT_LAST_MONTH])) {
    if (!(OTHER_PERSON.test(around) || hasNameLikeWord(sentence.before) || hasNameLikeWord(sentence.after)) || PUBLIC_EVENT.test(around)) continue;
    if (aboutPublicFigure(context, start) || dateOfADisaster(text, start, end)) continue;
    out.push(quasiDate(start, end, `A month, or part of one, tied to someone's event ("${text.slice(start, end)}") narrows the records to a few weeks; with a place or an age it can be matched`, 'Say "in the autumn" or "earlier this year" instead.'));
  }
  return out;
}

/** Turns told by a noun: "since his diagnosis in 2021", "after her stroke in 2018". */
const TURN_NOUNS = String.raw`(?:his|her|their)\s+(?:\w+\s+)?(?:diagnosis|death|stroke|accident|crash|overdose|arrest|divorce|separation|miscarriage|stillbirth|surgery|operation|transplant|injury|breakdown|conviction|sentence|release|discharge|admission|adoption|removal|eviction|exclusion|amputation|first\s+seizure|relapse)`;
const BARE_YEAR = String.raw`((?:(?:early|late|mid)[\s-]+|the\s+(?:spring|summer|autumn|fall|winter|start|end|middle|beginning)\s+of\s+)?(?:19|20)\d\d)\b(?!s|\s*[-–\/]\s*\d)`;
/** Turns a year dates on its own: a diagnosis, a death or loss, an arrest, a removal, an arrival ("came to Ireland in 2015"). */
const YEAR_TURNS = String.raw`(?:diagnosed|died|passed\s+away|(?<!(?:reported|presumed|thought|declared|marked|listed)\s+)lost|killed|widowed|orphaned|stillborn|miscarried|arrested|charged|convicted|sentenced|jailed|imprisoned|deported|evicted|adopted|taken\s+into\s+care|came\s+into\s+care|went\s+into\s+care|sectioned|overdosed|emigrated|immigrated|fled|arrived|came\s+(?:to|over)|divorced|relapsed)`;
const EVENT_IN_YEAR = new RegExp(String.raw`\b(?:${YEAR_TURNS}|${TURN_NOUNS})(?:\s+(?!and\b|but\b|in\b)[\p{L}'’-]+){0,4}?\s+(?:back\s+)?in\s+${BARE_YEAR}`, 'giud');
const YEAR_THEN_EVENT = new RegExp(String.raw`\b[Ii]n\s+${BARE_YEAR},?\s+(?:he|she|they|\p{Lu}\p{Ll}+|(?:her|his|their)\s+\w+)\s+(?:was\s+|were\s+|had\s+been\s+|got\s+|finally\s+)?${YEAR_TURNS}\b`, 'gud');

/** Each event pattern's date (its first group) with the sentence around it, less the blogger's own ("I moved out in mid-June"). */
function* eventDates(text: string, patterns: RegExp[]): Generator<{ start: number; end: number; sentence: { before: string; after: string }; around: string }> {
  for (const re of patterns) {
    for (const m of matchesOf(text, re)) {
      const span = m.indices?.[1];
      if (!span) continue;
      const [start, end] = span;
      const sentence = sentenceAround(text, start, end, DATE_SENTENCE);
      const around = `${sentence.before} ${sentence.after}`;
      if (/\b(?:I|we)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) && !OTHER_PERSON.test(around)) continue;
      yield { start, end, sentence, around };
    }
  }
}

/**
 * "She was diagnosed in 2021", "he lost his son in 2019", "In 2020 he came to Ireland": a year tied to one
 * person's diagnosis, loss or arrival narrows the records (a registry, a death notice, a court list) to one
 * year's worth; with a place or an age it can be matched. The blogger's own years are theirs.
 */
function yearOfEvents(context: DetectContext): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  for (const { start, end, sentence, around } of eventDates(text, [EVENT_IN_YEAR, YEAR_THEN_EVENT])) {
    if (!(OTHER_PERSON.test(around) || hasNameLikeWord(`${sentence.before} ${text.slice(start, end)} ${sentence.after}`)) || PUBLIC_EVENT.test(around) || OWN_MILESTONE.test(around)) continue;
    if (aboutPublicFigure(context, start) || dateOfADisaster(text, start, end) || historyOfANation({ start, end, text: text.slice(start, end) }, around)) continue;
    out.push(quasiDate(start, end, `A year tied to someone's diagnosis, loss or arrival ("${text.slice(start, end)}") narrows the records to one year; with a place or an age it can be matched`, 'Say "a few years ago" or "some time back" instead.'));
  }
  return out;
}

function quasiDate(start: number, end: number, message: string, hint: string): Candidate {
  return { start, end, category: 'date', severity: 'medium', quasi: true, message, hint };
}

/** Only a list separator, or a table's cell boundary, between a date ending at `end` and `next`. */
function listedTogether(context: DetectContext, end: number, next: Mention): boolean {
  const gap = context.text.slice(end, next.start);
  if (/^\s*(?:[,;&\/|+]|and|then|or)?\s*(?:(?:and|then)\s+)?(?:again\s+)?$/i.test(gap) && !/\n/.test(gap)) return true;
  // Table cells reach the text as blocks of their own: the next cell must hold the date and nothing else.
  const cell = context.segmentAt(next.start);
  return /^\s*\n\n\s*$/.test(gap) && cell !== undefined && context.text.slice(cell.start, cell.end).trim() === next.text;
}

/** `holiday` and `bare` mentions ("Christmas Eve", "the 14th") need an event beside them to be a person's. */
interface Mention { start: number; end: number; text: string; day?: string; year?: boolean; holiday?: boolean; bare?: boolean; cell?: boolean; weekday?: boolean }

function* dateMentions(text: string): Generator<Mention> {
  for (const m of matchesOf(text, DATE)) {
    // "April" and "4/4" in neighbouring table cells are not one date.
    if (/\n\s*\n/.test(m[0])) continue;
    const numeric = /^(\d{1,2})[\/.-](\d{1,2})(?:[\/.-]\d{2,4})?$/.exec(m[0]);
    if (numeric) {
      // 7/2/1991 or 17.06.2024: chrono reads some of these one way only, so check both orders by hand.
      const [a, b] = [Number(numeric[1]), Number(numeric[2])];
      if (!((a <= 12 && b <= 31) || (b <= 12 && a <= 31)) || !a || !b) continue;
      yield { start: m.index, end: m.index + m[0].length, text: m[0], day: a <= 12 ? monthDay(a, b) : monthDay(b, a), year: /\d[\/.-]\d+[\/.-]\d/.test(m[0]) };
      continue;
    }
    const parsed = chrono.casual.parse(m[0], new Date(Date.UTC(2000, 0, 1)))[0];
    if (!parsed) continue;
    const day = parsed.start.isCertain('day') ? monthDay(parsed.start.get('month'), parsed.start.get('day')) : undefined;
    // "Saturday 11 January": the weekday pins the day to one week of one year, like "Tuesday the 14th".
    yield { start: m.index, end: m.index + m[0].length, text: m[0], day, year: parsed.start.isCertain('year'), weekday: STARTS_WITH_WEEKDAY.test(m[0]) };
  }
  for (const m of matchesOf(text, BARE_DAY)) yield { start: m.index, end: m.index + m[0].length, text: m[0], bare: true };
  // "the last Sunday in June": one day of one year, named by its place in the month.
  for (const m of matchesOf(text, NTH_WEEKDAY)) yield { start: m.index, end: m.index + m[0].length, text: m[0], year: Boolean(m[1]), weekday: true };
  for (const m of matchesOf(text, HOLIDAY_DATE)) {
    if (HOLIDAY_IN_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const name = m[0].replace(/,?\s+(?:19|20)\d\d$/, '');
    const day = HOLIDAYS[holidayKey(name)] || undefined;
    yield { start: m.index, end: m.index + m[0].length, text: m[0], day, year: Boolean(m[1]), holiday: true };
  }
}

/** "Saint Stephens Day" -> "st stephen's day", the key it is listed under. */
function holidayKey(name: string): string {
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').replace(/^(?:saint|st\.) /, 'st ');
  return key in HOLIDAYS ? key : key.replace(/s (day|night|eve|birthday)$/, "'s $1");
}

function monthDay(month: number | null, day: number | null): string | undefined {
  return month && day ? `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

/** A holiday is mentioned for many reasons ("on Christmas Eve he walked in"); only an event ties it to a person. */
function isTiedToPerson(text: string, mention: Mention): boolean {
  // "signed at Waitangi on 6 February 1840": a year the date pattern does not take, before anyone alive.
  if (/^,?[ \u00a0]+1[0-8]\d\d\b/.test(text.slice(mention.end, mention.end + 8))) return false;
  if (mention.holiday && HOLIDAY_THEN_MONTH.test(text.slice(mention.end, mention.end + 40))) return false;
  if (!mention.holiday && (NAMED_DAY_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) || HOLIDAY_IS_ON.test(text.slice(Math.max(0, mention.start - 60), mention.start)))) return false;
  // "the 1st of March, St David's Day, ...": the date given as the holiday's own.
  if (!mention.holiday && !mention.year && NAMED_DAY_AFTER.some((re) => re.test(text.slice(mention.end, mention.end + 60)))) return false;
  const sentence = sentenceAround(text, mention.start, mention.end, DATE_SENTENCE);
  let rest = (sentence.before + ' ' + sentence.after).replace(CALENDAR_FALL, ' ');
  // A date alone in a table cell, a heading or a list item takes its meaning from the blocks around it
  // (the column header "Admitted", the paragraph under the heading).
  if (!/\p{L}{2}/u.test(rest)) rest = text.slice(Math.max(0, mention.start - 150), mention.start) + ' ' + text.slice(mention.end, mention.end + 150);
  if (PERSONAL_EVENT.test(rest)) return true;
  const someone = OTHER_PERSON.test(rest) || hasNameLikeWord(sentence.before) || hasNameLikeWord(sentence.after);
  if (someone && (EVENT_RIGHT_BEFORE.test(sentence.before) || EVENT_RIGHT_AFTER.test(sentence.after))) return true;
  // "We ended in March 2020": the blogger's work with a client began or ended that day, and the client is in the paragraph.
  if (WORK_TOGETHER_TURN.test(sentence.before) && someoneInParagraph(text, mention) && !GATHERING.test(rest)) return true;
  if (commemorated(text, mention) || historyOfANation(mention, `${sentence.before} ${sentence.after}`)) return false;
  // "Every year on 11 November he wears the medals", "Boxing Day is always quiet": a day that comes round
  // again is the calendar's, unless a death or a birth it marks is told with it.
  if (!mention.year && RECURRING.test(rest) && !LIFE_EVENT.test(rest)) return false;
  const next = nextSentence(text, mention.end);
  if (THAT_WAS_THE_DAY.test(next) && (OTHER_PERSON.test(next) || LIFE_EVENT.test(next) || hasNameLikeWord(next))) return true;
  // "On the 3rd of February he had a bad exacerbation in the middle of a storm": what happened to him that day.
  if (SOMEONE_UNDERWENT_AFTER.test(sentence.after)) return true;
  // "On November 18th, in a storm, an aide called about a 4-year-old girl": someone told by their age,
  // in the sentence or in the one after a date that opens a story ("On the 17th of December, ... A 39-year-old woman").
  if (AGED_PERSON.test(rest) || (/^\s*On\s+(?:the\s+)?$/i.test(sentence.before) && AGED_PERSON.test(nextSentence(text, mention.end)))) return true;
  if (PUBLIC_EVENT.test(rest.replace(OWN_MEASURE, '')) || (OBSERVANCE.test(rest) && !LIFE_EVENT.test(rest))) return false;
  if ((mention.holiday || mention.bare) && !mention.year) return LIFE_EVENT.test(rest) || CALL_OUT.test(rest) || (Boolean(mention.bare) && someoneActed(rest));
  if (OTHER_PERSON.test(rest) || LIFE_EVENT.test(rest) || hasNameLikeWord(sentence.before) || hasNameLikeWord(sentence.after)) return true;
  // "The lab called on January 12, 2026. A six-day-old baby...": a full date opens the story that follows.
  // ...unless the date is the blogger's own ("I qualified on 12 July 2010. My first patient was...").
  // "Last Tuesday the 14th was the day everything changed": a weekday and its date pin one day of this
  // year; in a paragraph about someone else it is their day, told a sentence away from them.
  // "By 9am on Friday 15 May I had rung the ward": a full date told with the blogger's own doing is
  // their diary; "on last Tuesday the 14th I opened her email" is how a client's day is told.
  const ownDiary = mention.day !== undefined && /\b(?:I|we)\b/.test(rest);
  if (mention.weekday && !ownDiary && !OWN_MILESTONE.test(rest) && (someoneInParagraph(text, mention) || someoneToldNext(text, mention))) return true;
  if (/\b(?:I|we|my|our)\b/i.test(rest)) return false;
  return Boolean(mention.year && mention.day) && OTHER_PERSON.test(nextSentence(text, mention.end));
}

/**
 * National days of remembrance by their date ("16 June" for Youth Day, "11 November", "25 April",
 * "4 July"): in a post that speaks of the commemoration, the date is the nation's, not a client's.
 */
const COMMEMORATION_DAYS = new Set(['01-26', '03-21', '04-25', '04-27', '05-08', '06-16', '07-01', '07-04', '08-09', '09-24', '09-30', '11-11', '12-16']);
const COMMEMORATION_WORDS = /\b(?:remember\w*|remembrance|commemorat\w*|memorial|anniversary|uprising|massacre|armistice|anzac|veterans?|fallen|wreaths?|poppy|poppies|(?:two|one)[\s-]+minutes?['’]?\s+silence|minute['’]s\s+silence|dawn\s+service|parade|fireworks|flags?|independence|freedom|heritage|reconciliation|youth\s+day|women['’]s\s+day|human\s+rights\s+day|public\s+holiday|national\s+(?:day|holiday)|apartheid|soweto|colonial\w*|treaty)\b/i;

function commemorated(text: string, mention: Mention): boolean {
  if (mention.year || !mention.day || !COMMEMORATION_DAYS.has(mention.day)) return false;
  const near = text.slice(Math.max(0, mention.start - 400), mention.end + 400);
  return COMMEMORATION_WORDS.test(near);
}

/** "Remembrance Sunday is on 9 November", "Thanksgiving falls on the 27th": the date given as a holiday's own. */
/** Festivals that move with the moon or the stars, said to fall on a date this year: "Matariki falls on ...". */
const MOVEABLE_FESTIVAL = String.raw`matariki|ramadan|eid(?:\s+al-[a-z]+)?|diwali|deepavali|passover|vaisakhi|holi|lunar\s+new\s+year|chinese\s+new\s+year|hanukkah|chanukah|rosh\s+hashanah|yom\s+kippur|navratri|nowruz`;
const HOLIDAY_IS_ON = new RegExp(String.raw`(?:${HOLIDAY}|${MOVEABLE_FESTIVAL})\s*(?:,|\(|[–—-]|(?:is|was|falls|fell|will\s+be)(?:\s+on)?)\s*(?:this\s+year\s+)?(?:the\s+)?$`, 'i');

/** A day that comes round every year or month: "every year on", "of each month", "payday", "always". */
const RECURRING = /\b(?:every|each)\s+(?:year|month|week|time)\b|\bof\s+(?:each|every|the)\s+month\b|\b(?:always|annually|monthly|yearly|payday|pay\s+day)\b/i;

/** Who acts in a nation's history: "police fired on a crowd", "troops landed", "the government signed". */
const NATIONAL_ACTORS = /\b(?:police|soldiers|troops|army|navy|crowds?|protesters|marchers|marched|protests?|demonstrations?|demonstrators|strikers|miners|rebels|government|parliament|the\s+(?:king|queen|president|state|nation|country|regime)|war|invasion|riots?|strike|uprising|revolution|massacre|bombing|assassination|treaty|independence|referendum|act\s+of\s+\p{L}+|the\s+\p{Lu}\p{Ll}+\s+Act)\b/u;

/**
 * "On 21 March 1960 police fired on a crowd": a full date decades back, told of a nation's actors, is
 * history, whoever the post is about. A client's own old date ("married on 12 June 1965") has none of them.
 */
function historyOfANation(mention: Mention, sentence: string): boolean {
  const year = /\b(?:1[6-9]|20)\d\d\b/.exec(mention.text)?.[0];
  if (year === undefined) return false;
  // "the report was tabled in parliament", "the Prime Minister said sorry": what a state does is public however recent.
  // (A title in capitals, "the Bringing Them Home report", holds no one.)
  if (STATE_ACTS.test(sentence) && !OTHER_PERSON.test(sentence.replace(/\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)+/gu, ' '))) return true;
  if (new Date().getUTCFullYear() - Number(year) < 40) return false;
  // "signed at Waitangi on 6 February 1840": no one alive was born more than 120 years ago.
  if (new Date().getUTCFullYear() - Number(year) > 120) return true;
  // "The NHS began on 5th July 1948": a public body founded, with no one's life in the sentence.
  return NATIONAL_ACTORS.test(sentence) || (FOUNDED.test(sentence) && !OTHER_PERSON.test(sentence));
}

const STATE_ACTS = /\b(?:parliament|congress|the\s+senate|the\s+d[aá]il|prime\s+minister|premier|taoiseach|(?:the\s+)?president\s+(?:signed|announced|declared|apologi[sz]ed)|royal\s+commission|supreme\s+court|high\s+court\s+ruled|tabled|enacted|passed\s+into\s+law|national\s+apology|referendum|general\s+election)\b/i;

const FOUNDED = /\b(?:began|begun|founded|established|created|formed|launched|came\s+into\s+(?:being|existence|force)|was\s+set\s+up|opened\s+its\s+doors|was\s+born)\b/i;

const AGED_PERSON = /\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week)s?[- ]old[ \u00a0]+(?:girl|boy|woman|man|child|baby|lad|lass|mother|father|mum|dad|grandmother|grandfather|patient|client|pupil|student)\b/i;
/** Who comes to a person's door on a day: "the bailiffs came on the 2nd", "police were called on the 19th". */
const CALL_OUT = /\b(?:bailiffs?|police|ambulance|paramedics|fire\s+brigade|social\s+services|enforcement|landlord|court\s+date|review)\b/i;
/** Past tenses that tell what someone did on a day: "she rang on the 14th", "he came back on the 3rd". */
const DID = /\b(?:\p{Ll}{3,}ed|came|went|saw|rang|told|said|got|took|left|ran|fell|gave|brought|sent|wrote|met|lost|broke|woke|slept|sat|stood|spent|began|started|stopped)\b/u;

/** Someone else and a past tense in the same sentence: a day in their story ("I saw her on the 5th"). */
function someoneActed(sentence: string): boolean {
  return OTHER_PERSON.test(sentence) && DID.test(sentence);
}

/** Someone other than the blogger in the paragraph around the mention (a few sentences either side). */
function someoneInParagraph(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - 400), mention.start);
  const after = text.slice(mention.end, mention.end + 400);
  const paragraph = `${before.slice(before.lastIndexOf('\n\n') + 1)} ${after.split('\n\n')[0]}`;
  return OTHER_PERSON.test(paragraph) || hasNameLikeWord(paragraph);
}

/**
 * "I want to write about a call from last Tuesday the 14th." then "## The call" and the patient;
 * "At 7:52 on Tuesday the 14th my phone buzzed:" then the client's message: a day named to open a
 * story belongs to the people of the blocks that follow.
 */
function someoneToldNext(text: string, mention: Mention): boolean {
  const paragraphEnd = text.indexOf('\n\n', mention.end);
  if (paragraphEnd < 0) return false;
  const next = text.slice(paragraphEnd, paragraphEnd + 500).replace(/^\s*#+[^\n]*\n/gm, ' ');
  return OTHER_PERSON.test(next) || hasNameLikeWord(next);
}

/** The sentence after the one holding `end`. */
function nextSentence(text: string, end: number): string {
  const tail = text.slice(end, end + 300);
  const stop = tail.search(/[.!?]["”’)]?\s+(?=[A-Z"“])/);
  if (stop < 0) return '';
  const rest = tail.slice(stop + 1).trimStart();
  const next = rest.search(/[.!?]["”’)]?(?:\s|$)|\n/);
  return next >= 0 ? rest.slice(0, next) : rest;
}

/** A capitalised word mid-sentence that is not a month, weekday or pronoun: most often a name. */
function hasNameLikeWord(fragment: string): boolean {
  // Not the sentence's first word, which is capitalised anyway.
  for (const m of fragment.matchAll(/(?<=\S[\s(,;:“"]+)(\p{Lu}\p{Ll}+(?:['’]s)?)\b/gu)) {
    if (!NOT_A_NAME.test(m[1].replace(/['’]s$/, ''))) return true;
  }
  return false;
}

function dateCandidate(mention: Mention, dob: boolean): Candidate {
  return {
    start: mention.start, end: mention.end, category: 'date', severity: dob ? 'high' : 'medium', quasi: true,
    message: dob
      ? `A date of birth ("${mention.text}") identifies a person almost on its own`
      : `A date tied to a person ("${mention.text}") can be matched against records, news or memories`,
    hint: dob ? 'Remove it; if age matters, say "in her twenties".' : 'Say "earlier this year" or "one evening in spring" instead.',
  };
}

// ---------- ranges, weekday + ordinal, absences ----------

const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const TO = String.raw`\s*(?:[–—-]|to|until|till|through|thru)\s*`;
const WEEKDAY_OPT = `(?:${WEEKDAY})?`;
/**
 * A stretch of days: "Oct 6–10", "3–7 March", "12 to 19 June 2025", "28 February – 3 March",
 * "between 3 and 7 March", "6/10–10/10". An absence or a stay told this way dates the person's
 * record as surely as a single day.
 */
const DATE_RANGE = new RegExp([
  String.raw`\b${MONTH}\s+(${DAY})${TO}(?:${MONTH}\s+)?${DAY}\b${YEAR}?`,
  String.raw`(?<![\w\/.-])${WEEKDAY_OPT}(?:the\s+)?(${DAY})(?:\s+${MONTH})?${TO}${WEEKDAY_OPT}(?:the\s+)?${DAY}(?:\s+of)?\s+(${MONTH})${YEAR}?\b`,
  String.raw`\bbetween\s+(?:the\s+)?(${DAY})\s+and\s+(?:the\s+)?${DAY}(?:\s+of)?\s+(${MONTH})${YEAR}?\b`,
  String.raw`(?<![\w\/.-])(\d{1,2})\/(\d{1,2})\s*[–—-]\s*\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?(?![\w\/]|\.\d)`,
].join('|'), 'g');
/** "Last Tuesday the 14th", "on Friday the 3rd", "Thurs 9th": a weekday pins the day down to a week of the year. */
const WEEKDAY_ORDINAL = /\b(?:(?:last|next|this|that|on)\s+)?(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?:,?\s+|\s*[(–—-]\s*)(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\b|floor|time|day|week|month|year|anniversary|birthday))/g;
const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** "twenty-first" -> 21, "thirtieth" -> 30. */
function ordinalDay(written: string): number {
  const [tens, unit] = written.toLowerCase().split(/[\s-]+/);
  if (unit) return (tens === 'thirty' ? 30 : 20) + ORDINAL_DAYS.indexOf(unit) + 1;
  return tens === 'thirtieth' ? 30 : ORDINAL_DAYS.indexOf(tens) + 1;
}
const ORDINAL_DAY_WORD = String.raw`(?:(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|${ORDINAL_DAYS.join('|')})`;
/** Months typed in lower case that are no words ("may", "march" are). */
const LOWER_MONTH = '(january|february|april|june|july|august|september|october|november|december)';
/** "the 28th of july", "3 june", "july 14th": a date in notes typed in lower case. */
const LOWER_CASE_DATE = new RegExp(String.raw`\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+${LOWER_MONTH}(?:\s+\d{4})?\b|\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+${LOWER_MONTH}|${LOWER_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\b`, 'g');
/** "the sixth of October", "October the twenty-first": a day written out in words. */
const WORDED_DATE = new RegExp(String.raw`\b[Tt]he\s+(${ORDINAL_DAY_WORD})\s+of\s+(${MONTH})${YEAR}?\b|\b(${MONTH})\s+the\s+(${ORDINAL_DAY_WORD})\b${YEAR}?`, 'g');
/** "Tues 4/3", "Mon 3/14", "06-Oct-2025": shorthand days of case notes. */
const SHORT_DATE = new RegExp(String.raw`(?<=\b(?:arrived|admitted|discharged|born|died|moved\s+in|placed|returned|released|removed|booked\s+in)\s+(?:on\s+)?)\d{1,2}\/\d{1,2}(?![\w\/]|\.\d)|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+\d{1,2}\/\d{1,2}(?![\w\/]|\.\d)|(?<![\w\/.-])\d{1,2}-${MONTH}(?:-(?:\d{4}|\d{2}))?(?![\w\/-])`, 'g');
/** Being away from school, work or home, or in hospital: a person's record of days. */
const ABSENCE = /\b(?:absent|absences?|absentee\w*|off\s+(?:school|sick|work|ill)|sick\s+(?:days?|leave|note)|in\s+hospital|on\s+the\s+ward|inpatient|in-patient|admissions?|admitted|discharged?|away\s+from\s+(?:school|home|class|the\s+unit|placement)|(?:was|were)\s+away|kept\s+(?:home|off)|missed\s+(?:school|class|lessons|sessions|college|work)|truan\w*|exclusions?|excluded|suspensions?|hospital\s+stay)\b/i;

/** "Admissions rose across the region", "absence rates": absences counted over many people. */
const ABSENCE_STATISTIC = /\b(?:rose|rise|rising|fell|falling|increased?|decreased?|across|region\w*|national\w*|rates?|numbers?|totals?|average|overall|county|country|nationwide|schools|hospitals|wards|pupils|patients|children)\b/i;

/** Date ranges, as mentions like any other date. */
function* rangeMentions(text: string): Generator<Mention> {
  for (const m of matchesOf(text, DATE_RANGE)) {
    if (/\n\s*\n/.test(m[0])) continue;
    let day: string | undefined;
    if (m[6] && m[7]) {
      day = numericDay(Number(m[6]), Number(m[7]));
      if (!day) continue;
    } else {
      const month = monthNumber(m[0]);
      const first = Number((m[1] ?? m[2] ?? m[4] ?? '').replace(/\D/g, ''));
      if (!month || !first) continue;
      day = monthDay(month, first);
    }
    const year = /(?:19|20)\d\d\b/.test(m[0]) || Boolean(m[7] && /\/\d{2,4}$/.test(m[0]));
    yield { start: m.index, end: m.index + m[0].length, text: m[0], day, year };
    const month = monthNumber(m[0]);
    if (month) yield* sharedMonthRanges(text, m.index, m.index + m[0].length, month, year);
  }
}

/** A bare stretch of days ("20–24"), not a count of years, hours or people. */
const BARE_RANGE = String.raw`(${DAY})${TO}${DAY}\b(?!\s*(?:[-‐]\s*)?(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|per\b|percent|people|kids|children|pupils|patients|%|:\d|[ap]\.?m\b))`;
const NEXT_RANGE = new RegExp(String.raw`^(?:\s*(?:,|;|&|and|\/)\s*(?:and\s+)?|\s*\|?\s*\n\n\s*(?=${BARE_RANGE}\s*(?:\n|\|?\s*$)))(?:the\s+)?${BARE_RANGE}`, 'u');
const PREVIOUS_RANGE = new RegExp(String.raw`(?<![\w\/.-])(?:the\s+)?${BARE_RANGE}\s*(?:,|;|&|and)\s*$`, 'u');

/**
 * "Oct 6–10 and 20–24", "6–10 and 20–24 October", "| Oct 6–10 | 20–24 |": ranges that share one
 * month written once are each a stretch of the same record.
 */
function* sharedMonthRanges(text: string, start: number, end: number, month: number, year: boolean): Generator<Mention> {
  let at = end;
  for (let next = NEXT_RANGE.exec(text.slice(at, at + 80)); next; next = NEXT_RANGE.exec(text.slice(at, at + 80))) {
    const rangeStart = at + next[0].search(/\d/);
    at += next[0].length;
    yield { start: rangeStart, end: at, text: text.slice(rangeStart, at), day: monthDay(month, Number(next[1] ?? next[2])), year };
  }
  if (!/^\d/.test(text.slice(start, end))) return;
  const previous = PREVIOUS_RANGE.exec(text.slice(Math.max(0, start - 40), start));
  if (previous) {
    const rangeStart = start - previous[0].length + (/^the\s+/.exec(previous[0])?.[0].length ?? 0);
    const rangeText = previous[0].replace(/^the\s+/, '').replace(/\s*(?:,|;|&|and)\s*$/, '');
    yield { start: rangeStart, end: rangeStart + rangeText.length, text: rangeText, day: monthDay(month, Number(previous[1])), year };
  }
}

/** Short forms of a day: "Tuesday the 14th", "Tues 4/3", "06-Oct-2025", and the cells of a table's Date column. */
/** A date matched in words or in lower case, once its month and day are read: a real day of a month, or nothing. */
function dayOfMonth(m: RegExpExecArray, month: number | undefined, day: number): Mention | undefined {
  if (!month || day < 1 || day > 31) return undefined;
  return { start: m.index, end: m.index + m[0].length, text: m[0], day: monthDay(month, day), year: /\d{4}$/.test(m[0]) };
}

function* shorthandMentions(context: DetectContext): Generator<Mention> {
  const { text } = context;
  for (const m of matchesOf(text, WEEKDAY_ORDINAL)) {
    // "Friday the 13th" is as often the superstition as a day: it needs an event beside it, like "the 14th".
    const start = m.index + (/^(?:last|next|this|that|on)\s/i.exec(m[0])?.[0].length ?? 0);
    const bare = /Friday,?\s+the\s+13th/i.test(m[0]);
    yield { start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), bare, weekday: !bare };
  }
  for (const m of matchesOf(text, SHORT_DATE)) {
    const numeric = /(\d{1,2})\/(\d{1,2})$/.exec(m[0]);
    if (numeric) {
      const day = numericDay(Number(numeric[1]), Number(numeric[2]));
      if (day) yield { start: m.index, end: m.index + m[0].length, text: m[0], day };
      continue;
    }
    const parts = /^(\d{1,2})-(\p{L}+)/u.exec(m[0]);
    const month = parts ? monthNumber(parts[2]) : undefined;
    if (parts && month) yield { start: m.index, end: m.index + m[0].length, text: m[0], day: monthDay(month, Number(parts[1])), year: /-\d{2,4}$/.test(m[0]) };
  }
  for (const m of matchesOf(text, WORDED_DATE)) {
    const month = monthNumber(m[2] ?? m[3]);
    const day = ordinalDay(m[1] ?? m[4]);
    const mention = dayOfMonth(m, month, day);
    if (mention) yield mention;
  }
  // "on the 28th of july": notes and chats typed in lower case write the month so too (not "may" or "march", words too).
  for (const m of matchesOf(text, LOWER_CASE_DATE)) {
    const month = MONTH_NUMBERS[(m[2] ?? m[4] ?? m[5]).slice(0, 3)];
    const day = Number(m[1] ?? m[3] ?? m[6]);
    const mention = dayOfMonth(m, month, day);
    if (mention) yield mention;
  }
  yield* dateColumn(context);
  // "| Kai M. | 03/03 | late again |": a short date alone in a table cell, judged by its row.
  for (const segment of context.segments) {
    // "| Kai | 3/10 |" under "Score" is a mark, and "14.02" may be a time or a sum.
    const cell = /^\s*((\d{1,2})\/(\d{1,2}))\s*$/.exec(text.slice(segment.start, segment.end));
    if (cell && /\b(?:scores?|marks?|ratio|out\s+of|results?|grades?|levels?|points|ratings?|totals?|fractions?|sessions?\s+attended)\b/i.test(text.slice(Math.max(0, segment.start - 300), segment.start))) continue;
    const day = cell ? numericDay(Number(cell[2]), Number(cell[3])) : undefined;
    if (cell && day) {
      const start = segment.start + text.slice(segment.start, segment.end).indexOf(cell[1]);
      yield { start, end: start + cell[1].length, text: cell[1], day, cell: true };
    }
  }
  // "absent 13/10, 14/10 and 20/10", "Admitted 3/3, discharged 9/3", "w/c 6/10": a day and month with
  // no year, read as a date only right after a word that says what happened on it.
  for (const m of matchesOf(text, /(?<![\w\/.-])(\d{1,2})\/(\d{1,2})(?![\w\/]|\.\d)/g)) {
    const lead = text.slice(Math.max(0, m.index - 60), m.index).split(/[.!?;\n]/).pop() ?? '';
    const day = numericDay(Number(m[1]), Number(m[2]));
    if (day && DATED_BY_WORD.test(lead)) yield { start: m.index, end: m.index + m[0].length, text: m[0], day, bare: true };
  }
}

/** A word before a run of short dates that says what happened on them. */
const DATED_BY_WORD = /(?:\b(?:absent|absences?|off|missed|excluded|suspended|admitted|readmitted|discharged|seen|visited|reviewed|arrested|w\/c|week\s+(?:commencing|beginning)|wb)\b|\bw\/c)\s*:?\s*(?:(?:on|from|the)\s+)?(?:\d{1,2}\/\d{1,2}\s*(?:,|and|&|–|-|to)\s*)*$/i;

/** 4/3 read day-first or month-first, whichever is a real day; undefined when neither is. */
function numericDay(a: number, b: number): string | undefined {
  if (!a || !b || !((a <= 12 && b <= 31) || (b <= 12 && a <= 31))) return undefined;
  return a <= 12 && b > 12 ? monthDay(a, b) : monthDay(b, a);
}

/** A cell that names or describes one person: "Kai M.", "Shannon", "Mrs T", "J.", "the Year 9 girl". */
const PERSON_CELL = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\s*\p{Lu}\.)?|(?:the|our|my|her|his)\s+.*\b(?:${words(PEOPLE, CLIENTS, CLOSE_FAMILY)}|boy|girl|lad|lass|child|kid|baby|teen|teenager|young\s+(?:man|woman|person)|resident|tenant)s?)$`, 'u');

/** "Gareth Pryce": a given name and a family name fill a cell as a person, where "Manual Handling" does not. */
function fullName(cell: string): boolean {
  return /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+$/u.test(cell) && classify(cell.split(/\s+/)[0]) === 'given';
}

/** Words that head a column rather than name someone. */
const COLUMN_HEADER = /^(?:Date|Day|When|Name|Note|Notes|Event|Topic|Week|Term|Total|Speaker|Lead|Pupil|Client|Who|Year|Seen|Status|Outcome|Action|Staff|Worker|Patient|Resident|Child)$/i;

/**
 * "| Shannon P. | 14/02/2025 | missed review |": a date alone in a table cell beside a cell that names or
 * describes someone is that person's day, whatever the other cells say. A row of a public programme
 * (a speaker, a topic, a training) is not.
 */
function inSomeonesRow(context: DetectContext, mention: Mention): boolean {
  const { text, segments } = context;
  const index = segments.findIndex((s) => s.start <= mention.start && mention.end <= s.end);
  if (index < 0 || text.slice(segments[index].start, segments[index].end).trim() !== mention.text) return false;
  const cell = (i: number): string => (segments[i]?.kind === 'text' ? text.slice(segments[i].start, segments[i].end).trim() : '');
  const neighbours = [cell(index - 1), cell(index + 1)].filter((c) => c.length > 0 && c.length <= 40);
  if (neighbours.some((c) => PUBLIC_EVENT.test(c) || NOT_A_NAME.test(c))) return false;
  const someone = (c: string): boolean => PERSON_CELL.test(c) && !COLUMN_HEADER.test(c) && (c.includes(' ') || /\.$/.test(c) || classify(c) !== 'word');
  // The name usually leads the row, a cell further back: "| Shannon P. | Year 9 | 14/02 | missed review |".
  // A full name counts there only: after the date it is more often a speaker or a trainer.
  const leading = (c: string): boolean => someone(c) || (fullName(c) && !COLUMN_HEADER.test(c));
  const further = cell(index - 2);
  return neighbours.some(someone) || leading(cell(index - 1)) || (leading(further) && /\s|\.$/.test(further) && !PUBLIC_EVENT.test(further));
}

/** "| Date | Event |" over "| 03/10 | Home visit |": a short date in a Date column is a day of the record the table keeps. */
function* dateColumn(context: DetectContext): Generator<Mention> {
  const DATE_HEADER = /^(?:date|dates|day|when|date\s+seen|visit\s+date)$/i;
  for (const { match, start } of columnCells(context.text, context.segments, DATE_HEADER, /^(\d{1,2})[\/.](\d{1,2})$/)) {
    const day = numericDay(Number(match[1]), Number(match[2]));
    if (day) yield { start, end: start + match[0].length, text: match[0], day };
  }
}

function monthNumber(written: string): number | undefined {
  const name = new RegExp(MONTH).exec(written)?.[0];
  return name ? MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] : undefined;
}

/**
 * "| Absent | Oct 6–10 |", "Off school 3–7 March": an absence or a stay dates someone's record even
 * where no one is named in the sentence (a table, a terse note), unless the writer's own or public.
 */
function personalAbsence(text: string, mention: Mention): boolean {
  // "Hospital admissions rose in March 2025": a month is a statistic's period, not a day of someone's.
  if (!mention.day) return false;
  const sentence = sentenceAround(text, mention.start, mention.end, DATE_SENTENCE);
  // The date stays in the middle: "On Christmas Day the ward is quiet" must not read as "on the ward".
  let rest = `${sentence.before} ${mention.text} ${sentence.after}`;
  if (!/\p{L}{2}/u.test(`${sentence.before}${sentence.after}`)) rest = text.slice(Math.max(0, mention.start - 150), mention.end + 150);
  if (!ABSENCE.test(rest) || PUBLIC_EVENT.test(rest) || ABSENCE_STATISTIC.test(rest) || (!mention.year && RECURRING.test(rest))) return false;
  return OTHER_PERSON.test(rest) || !/\b(?:I|we|my|our|me|us)\b/i.test(rest);
}

// ---------- a person's day told as their story, or the blogger's day spent on their case ----------

/** Someone other than the blogger, as the subject of a clause: "she", "Mr Osei", "the boy", "Kemi". */
const SUBJECT = String.raw`(?:he|she|they|(?:the|this|that|my|our|his|her|their)\s+(?:${words(PEOPLE, CLIENTS, CLOSE_FAMILY)}|lad|lass|baby|child|kid|teen|teenager|young\s+(?:man|woman|person)|family|couple|partner|nan|gran|grandmother|grandfather|twins?)|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+)`;
/** "On 4 March 2025 she got...", "On 12 June 2024, Mr Osei moved...": the subject right after the date. */
const SUBJECT_AFTER = new RegExp(String.raw`^\s*,?\s*(${SUBJECT})\s+(?:had\s+|has\s+|was\s+|were\s+|finally\s+|then\s+|just\s+)?\p{Ll}{2,}`, 'u');
/** "She got her first wheelchair on 4 March 2025": the subject opening the sentence. */
const SUBJECT_BEFORE = new RegExp(String.raw`^\s*(${SUBJECT})\s+\p{Ll}{2,}`, 'u');
/** Gatherings and public business whose date is the calendar's even when someone took part. */
const GATHERING = new RegExp(String.raw`\b(?:${EXAMS}|conference|webinar|training|workshop|seminar|summit|keynote|panel|lecture|election|referendum|budget|legislation|consultation|inquiry|launch\w*|published|broadcast|aired|premiered?|awareness\s+(?:day|week|month))\b`, 'i');

/**
 * A full date told of someone's life, whatever the verb: "On the 4th of March 2025 she got her first
 * proper wheelchair". Words that would mark a public date elsewhere ("after two years of applications")
 * do not outweigh a person as the sentence's subject; gatherings and the blogger's own days still do.
 */
function personIsSubject(text: string, mention: Mention): boolean {
  if (!mention.day || !mention.year || mention.holiday || mention.bare) return false;
  const { before, after } = sentenceAround(text, mention.start, mention.end, DATE_SENTENCE);
  const opener = /^\s*(?:on|by|from|since|as\s+of)?\s*(?:the\s+)?$/i.test(before) ? SUBJECT_AFTER.exec(after) : SUBJECT_BEFORE.exec(before);
  if (!opener || !isSomeone(opener[1])) return false;
  return !GATHERING.test(`${before} ${after}`);
}

function isSomeone(subject: string): boolean {
  const word = subject.split(/\s+/).pop() ?? '';
  // A lone capitalised word is a name only if it is not an everyday word ("Applications close on...").
  return /\s/.test(subject) || /^(?:he|she|they)$/i.test(subject) || (!NOT_A_NAME.test(word) && classify(word) !== 'word');
}

/** What happens to a client on a day the blogger spends on their case. */
const CASE_EVENT = /\b(?:discharg\w*|admission|admitted|removal|removed|funeral|died|death|hearing|court|tribunal|appeal|trial|parole|inquest|eviction|evicted|placement|moving\s+day|moved|move|release[ds]?|sentenc\w*|custody|transfer\w*|surgery|operation|birth|born|buried|cremat\w*|taken\s+into\s+care|child\s+protection|safeguarding|sectioned|detained|went\s+home|going\s+home|home\s+from\s+hospital)\b/i;
/** The blogger's own milestones, which are theirs even in a post about a client. */
const OWN_MILESTONE = /\b(?:I|we)\s+(?:qualified|graduated|retired|started\s+(?:my|our|the\s+job|work)|joined|resigned|began\s+my|moved\s+(?:house|jobs?|teams?))\b|\bmy\s+(?:first|last|new)\s+(?:day|shift|job|week|post|placement)\b/i;

/**
 * "By 9am on Friday 15 May I had rung the ward, booked transport..." in a post about one patient's
 * discharge: the blogger's day spent on a client's event is that client's day. Tied when the title,
 * the heading above or the next sentences tell that person's event.
 */
function actingForSomeone(context: DetectContext, mention: Mention): boolean {
  const { text } = context;
  if (!mention.day || mention.holiday || mention.bare) return false;
  const { before, after } = sentenceAround(text, mention.start, mention.end, DATE_SENTENCE);
  const sentence = `${before} ${mention.text} ${after}`;
  if (!/\b(?:I|we)\b/.test(sentence) || PUBLIC_EVENT.test(sentence) || OWN_MILESTONE.test(sentence)) return false;
  // A year-dated day with no weekday is more often the blogger's own history than a case's working day.
  if (mention.year && !STARTS_WITH_WEEKDAY.test(mention.text)) return false;
  // The paragraph before and the lines after (often a list of what was done) tell whose day it was.
  const story = `${text.slice(Math.max(0, mention.start - before.length - 300), mention.start - before.length)} ${text.slice(mention.end + after.length, mention.end + after.length + 300)}`;
  const frame = [titleOf(context), headingAbove(context, mention.start), sentence, story].join(' \n ');
  return CASE_EVENT.test(frame) && OTHER_PERSON.test(text.slice(Math.max(0, mention.start - 300), mention.end + 600));
}

function titleOf(context: DetectContext): string {
  const title = context.segments.find((s) => s.kind === 'title');
  return title ? context.text.slice(title.start, title.end) : '';
}

/** The nearest short block without sentence punctuation above `at`: a heading. */
function headingAbove(context: DetectContext, at: number): string {
  for (let i = context.segments.length - 1; i >= 0; i--) {
    const segment = context.segments[i];
    if (segment.start >= at || segment.kind !== 'text') continue;
    const block = context.text.slice(segment.start, Math.min(segment.end, at));
    if (segment.end <= at && block.length <= 80 && !/[.!?:]\s*$/.test(block.trim())) return block;
  }
  return '';
}

/** Steps of a case that a table of its timeline labels its rows with: "Request submitted", "Final plan", "Hearing". */
const CASE_STEP = /\b(?:request\w*|referr\w*|submitted|received|assess\w*|plan|review\w*|decision|appeal\w*|tribunal|hearing|court|visit\w*|meeting|conference|panel|allocated|opened|closed|started|ended|first\s+session|last\s+session|sessions?|admitted|admission|discharg\w*|moved|placement|placed|diagnos\w*|birth|born|died|death|incident|disclos\w*|report\w*|application|applied|approved|refused|agreed|signed|issued|consent|attended|seen|offered|outcome|draft|final|EHCP|IEP|CAF|ECHP)\b/i;

/**
 * "| Request submitted | | 3 February 2025 |", "| Final plan | 20 weeks | 19/01/26 |": a date alone in a
 * row of a table that tells the steps of someone's case is a day of that person's record. The row names
 * the step; someone in the post is whose case it is. A timetable of public events is not.
 */
function inCaseTimeline(context: DetectContext, mention: Mention): boolean {
  const { text, segments } = context;
  const index = segments.findIndex((s) => s.start <= mention.start && mention.end <= s.end);
  const row = segments[index]?.cell?.row;
  // "- Appeal lodged, tribunal listed for 14 April 2026.": a list item of the case's steps.
  const item = row === undefined && segments[index]?.block === 'item' && segments[index].end - segments[index].start <= 120 && Boolean(mention.day) && !mention.holiday;
  // The date may carry a short note in its cell: "| 3 February 2025 (by the school) |".
  if (!item && (row === undefined || text.slice(segments[index].start, segments[index].end).trim().length > 60)) return false;
  const cells = item ? [text.slice(segments[index].start, mention.start)] : segments.filter((s) => s.cell?.row === row && s !== segments[index]).map((s) => text.slice(s.start, s.end).trim());
  const label = cells.join(' ');
  const wholeRow = item ? text.slice(segments[index].start, segments[index].end) : `${label} ${text.slice(segments[index].start, segments[index].end)}`;
  if (!CASE_STEP.test(label) || PUBLIC_EVENT.test(wholeRow) || GATHERING.test(wholeRow)) return false;
  // Whose case: someone named or described before the table, or in the title.
  const lead = text.slice(Math.max(0, mention.start - 1200), mention.start);
  return OTHER_PERSON.test(lead) || OTHER_PERSON.test(titleOf(context));
}
