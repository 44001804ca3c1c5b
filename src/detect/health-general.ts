/**
 * Talk about a condition or a drug that attaches it to nobody, although a pronoun or a person word
 * stands nearby: guidance about a hypothetical pupil ("a child with T1D may need...", "if a pupil has
 * asthma, their inhaler..."), the questions on a form or the bullets of a slide ("the form asks about
 * insulin, amputation, epilepsy"), rules for storing or checking a drug ("insulin has to be kept out
 * of the sun"), and the words people use quoted as words ("older people say their 'nerves are bad'").
 *
 * These are the posts where a practitioner teaches: the health rule notes such a mention at `low`
 * (never blocking, never counted towards a mosaic) instead of reporting it as someone's.
 */
import { STOP_MARKS, lastStop, nextStop, sentenceByMarks } from '../sentence.js';

/** Sentence stops, counting a stop inside closing quotes: '"I've had a wee turn." When a woman...'. */
const MARKS = [...STOP_MARKS, '." ', '.” ', '?" ', '?” ', '!" ', '!” '];

function sentenceOf(text: string, start: number, end: number): string {
  return sentenceByMarks(text, start - 1, end, MARKS).replace(/^[\s"”’]+/, '');
}

export type GeneralReason = 'topic' | 'hypothetical' | 'group' | 'form' | 'question' | 'definition' | 'rule' | 'quoted' | 'stock';

/** Why a mention is general talk, or undefined when it may be someone's. */
export function generalTalk(text: string, start: number, end: number, guide = false): GeneralReason | undefined {
  if (quotedAsWords(text, start, end)) return 'quoted';
  const sentence = sentenceOf(text, start, end);
  if (emergencyStock(text, start, end, sentence) || serviceRound(text, start, end) || serviceOffer(text, start) || workList(text, start)) return 'stock';
  if (SOMEONE_REAL.test(sentence)) return undefined;
  if (askedOnAForm(text, start) || taughtInAList(text, start)) return 'form';
  if (peopleIMeet(text, start) || forAGroup(sentence)) return 'group';
  if (askedWhatItIs(text, start, end) || ANYONES_QUESTION.test(sentence.trim())) return 'question';
  if (definesIt(text, start, end)) return 'definition';
  if (hypotheticalPerson(sentence) || (guide && IF_PRONOUN.test(sentence) && !ANCHORED.test(sentence))) return 'hypothetical';
  if (handlingRule(text, start, end) || howItWorks(sentence)) return 'rule';
  return undefined;
}

/** Anyone in particular: the writer's client or pupil, a name with a title, a person met at a time. */
const SOMEONE_REAL = /\b(?:my|our)[ \u00a0]+(?:client|patient|pupil|student|resident|son|daughter|mum|mom|dad|husband|wife|partner|nan|gran|grandad)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+\p{Lu}|\b(?:this|that)[ \u00a0]+(?:girl|boy|child|lad|lass|man|woman|client|patient|pupil|resident)\b|\b(?:yesterday|last[ \u00a0]+(?:week|month|year|term|night)|this[ \u00a0]+(?:morning|week|term|year)|on[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/u;

const ANY_PERSON = String.raw`(?:(?:a|an|any|every|each|another)[ \u00a0]+(?:(?:young|little|older|new|teenage|adult)[ \u00a0]+)?(?:child|kid|pupil|student|learner|patient|client|person|adult|teenager|young[ \u00a0]+person|parent|resident|baby|toddler|woman|man|girl|boy|service[ \u00a0]+user)|someone|somebody|anyone|anybody|everyone|your[ \u00a0]+(?:child|son|daughter|patient|client|pupil))`;
/** "If a pupil has asthma", "When someone is on lithium": a condition put to a person who may not exist. */
const IF_SOMEONE = new RegExp(String.raw`^\s*(?:if|when|whenever|where|once|until|unless|suppose|imagine)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?${ANY_PERSON}\b`, 'i');
/** In a guide, "If she coughs at night, her asthma is not controlled" speaks of any reader's child. */
const IF_PRONOUN = /^\s*(?:if|when|whenever|once)[ \u00a0]+(?:he|she|they)\b/i;
/** A title that promises guidance: "What staff need to know", "A checklist", "Tips for...". */
export const GUIDE_TITLE = /\b(?:how[ \u00a0]+to|what[ \u00a0]+(?:to|staff|parents|teachers|carers|families|you)[ \u00a0]+(?:need[ \u00a0]+to[ \u00a0]+)?(?:know|do|should)|guide|guidance|checklist|tips|advice|FAQs?|a[ \u00a0]+primer|explained|basics|101)\b/i;

/** "A child with T1D may need...", "A woman might tell you...": a kind of person and what holds for them. */
const KIND_OF_PERSON = new RegExp(String.raw`(?:^\s*|[,;:]\s*|\b(?:that|and|but)[ \u00a0]+)(?:${ANY_PERSON}|the[ \u00a0]+(?:child|pupil|patient|person)(?=[ \u00a0]+with\b))(?:[ \u00a0]+(?:of|aged)[ \u00a0]+[\w-]+)?[ \u00a0]+(?:with|on|who|taking|having|living|newly|may|might|can|could|should|will|would|often|usually|sometimes)\b`, 'i');
const GENERIC_VERB = /\b(?:may|might|can|cannot|can['’]t|could|should|shouldn['’]t|must|mustn['’]t|will|won['’]t|would|needs?|(?:has|have)[ \u00a0]+to|is|are|isn['’]t|aren['’]t|tends?|is likely|are likely|often|usually|always|never|sometimes|deserves?)\b/i;
/** A story told of the person: "A girl in my tutor group has epilepsy", "a boy with T1D joined us". */
const ANCHORED = new RegExp(String.raw`${ANY_PERSON}[ \u00a0]+(?:in|on|from|at)[ \u00a0]+(?:my|our)\b|\b(?:in|on|from|at|to|joined)[ \u00a0]+(?:my|our)[ \u00a0]+(?:(?:[\w-]+[ \u00a0]+)?class|caseload|ward|group|list|unit|school|team|tutor|service|clinic|practice)\b|(?<!\b(?:has|have|may[ \u00a0]+have|might[ \u00a0]+have|would[ \u00a0]+have)[ \u00a0]+)\b(?:joined|came|arrived|started|told|said|asked|was|were|had|did)\b`, 'i');

/** "The child's care plan should say...", "a pupil's epilepsy plan should be read by...": anyone's, in guidance. */
const ANYONES = /(?:^\s*|[,;:]\s*|\b(?:that|and|but)[ \u00a0]+)(?:a|an|the|each|every|any|your)[ \u00a0]+(?:child|pupil|student|learner|patient|person|young[ \u00a0]+person|resident|client)['’]s\b/i;

function hypotheticalPerson(sentence: string): boolean {
  // "should have been updated" looks back at what happened to one child.
  if (ANYONES.test(sentence) && /\b(?:should|must|needs?[ \u00a0]+to|has[ \u00a0]+to|will[ \u00a0]+need)\b(?![ \u00a0]+have\b)/i.test(sentence)) return !ANCHORED.test(sentence);
  if (IF_SOMEONE.test(sentence)) return !/\b(?:in|on|from|at)[ \u00a0]+(?:my|our)[ \u00a0]+(?:class|caseload|ward|group|list)\b/i.test(sentence);
  return KIND_OF_PERSON.test(sentence) && GENERIC_VERB.test(sentence) && !ANCHORED.test(sentence);
}

/** "the people I have met on methadone", "the men we support with COPD": everyone of a kind the writer meets. */
const PEOPLE_I_MEET_BEFORE = /\b(?:the|all[ \u00a0]+the|those|so[ \u00a0]+many|many|most|some)[ \u00a0]+(?:(?:young|older|other)[ \u00a0]+)?(?:people|men|women|lads|girls|boys|kids|children|families|parents|clients|patients|residents|pupils|students|mums|dads)[ \u00a0]+(?:(?:I|we)[ \u00a0]+(?:have[ \u00a0]+|had[ \u00a0]+|['’]ve[ \u00a0]+)?(?:met|meet|see|saw|seen|know|knew|work[ \u00a0]+with|worked[ \u00a0]+with|support|supported|nursed|taught|visit|visited)|who[ \u00a0]+(?:are|were|have[ \u00a0]+been))[ \u00a0]+(?:(?:over[ \u00a0]+the[ \u00a0]+years|since|here)[ \u00a0]+)?(?:on|with|taking|having|living[ \u00a0]+with)[ \u00a0]+$/i;

/**
 * "A spacer makes salbutamol work better for most children": a sentence whose only people are a
 * group in general, although the sentence before spoke of one child.
 */
const GROUP = /\b(?:most|many|all|some|lots[ \u00a0]+of|a[ \u00a0]+lot[ \u00a0]+of|plenty[ \u00a0]+of)[ \u00a0]+(?:of[ \u00a0]+(?:the|our|my)[ \u00a0]+)?(?:children|kids|people|patients|pupils|students|adults|families|residents|clients|women|men|teenagers|users)\b|\b(?:everyone|everybody|anyone|anybody)\b/i;
/** A pronoun of someone in particular, at a sentence's start too ("She has..."), or a name with a possessive. */
const ONE_PERSON = /\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]ers|[Hh]imself|[Hh]erself|I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b|\p{Lu}\p{Ll}+['’]s\b/u;

function forAGroup(sentence: string): boolean {
  return GROUP.test(sentence) && !ONE_PERSON.test(sentence);
}

function peopleIMeet(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 90), start);
  const group = PEOPLE_I_MEET_BEFORE.exec(lead);
  // "He is one of the people I see on methadone": one of them, so it is his.
  return group !== null && !/\bone[ \u00a0]+of[ \u00a0]+$/i.test(lead.slice(0, group.index));
}

/** The questions a form asks and the points a slide or leaflet lists: "the form asks about insulin, amputation...". */
const DOCUMENT = String.raw`(?:forms?|questionnaires?|checklists?|leaflets?|booklets?|handouts?|slides?|posters?|templates?|screening[ \u00a0]+tools?|proformas?|referral[ \u00a0]+forms?|care[ \u00a0]+plan[ \u00a0]+templates?|training|courses?|modules?|lists?)`;
const DOCUMENT_ASKS = new RegExp(String.raw`\b${DOCUMENT}[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?(?:asks?|asked|lists?|listed|covers?|covered|includes?|included|mentions?|mentioned|wants?[ \u00a0]+to[ \u00a0]+know[ \u00a0]+(?:about|whether|if)|goes[ \u00a0]+through|went[ \u00a0]+through|has[ \u00a0]+(?:a[ \u00a0]+)?(?:boxes|box|questions?|sections?)|had[ \u00a0]+(?:a[ \u00a0]+)?(?:boxes|box|questions?|sections?))\b`, 'i');

/** "questions about insulin, amputation and epilepsy", "a box for epilepsy": the parts of a form, named by what they ask. */
const FORM_PARTS_BEFORE = /\b(?:questions?|boxes|box|sections?|tick-?boxes|fields?|bullet[ \u00a0]+points?|bullets)[ \u00a0]+(?:about|on|for|asking[ \u00a0]+about)[ \u00a0]+(?:[\w-]+(?:,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+|[ \u00a0]+)){0,8}$/i;

function askedOnAForm(text: string, start: number): boolean {
  const lead = text.slice(lastStop(text, start - 1) + 1, start);
  // "She ticked the box for epilepsy": the answer is hers.
  if (/\b(?:ticked|ticks|ticking|marked|circled|checked|selected|crossed)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?(?:box|boxes|tick-?box)/i.test(lead)) return false;
  return DOCUMENT_ASKS.test(lead) || FORM_PARTS_BEFORE.test(lead);
}

/** "We covered epilepsy, T1D and anaphylaxis", "I went through insulin and glucagon": a training's topics. */
const TAUGHT = /\b(?:we|I)[ \u00a0]+(?:(?:always|usually|also|then|first)[ \u00a0]+)?(?:covered|cover|went[ \u00a0]+through|go[ \u00a0]+through|taught|teach|talked[ \u00a0]+(?:about|through)|talk[ \u00a0]+(?:about|through)|listed|list|ran[ \u00a0]+through|run[ \u00a0]+through)[ \u00a0]+(?:[\w-]+(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+)){0,8}$/i;

function taughtInAList(text: string, start: number): boolean {
  const lead = text.slice(lastStop(text, start - 1) + 1, start);
  return TAUGHT.test(lead) && !/\b(?:his|her|their|my|your)[ \u00a0]+$/i.test(lead);
}

/** '"Is it safe to drink on sertraline?"', "Can I take ibuprofen with warfarin?": a question anyone asks. */
const ANYONES_QUESTION = /^["“‘']?(?:is[ \u00a0]+it|can[ \u00a0]+(?:I|you|we)|should[ \u00a0]+(?:I|you|we)|do[ \u00a0]+(?:I|you)|does[ \u00a0]+it|will[ \u00a0]+it|how[ \u00a0]+(?:long|much|soon|often)|what[ \u00a0]+(?:happens|if))\b[^?]*\?["”’']?$/i;
/** "she asked me what T1D means", "whether lithium is addictive": a question about the thing itself. */
const QUESTION_BEFORE = /\b(?:what|whether|how(?:[ \u00a0]+(?:long|much|often|fast|quickly))?|why|if)[ \u00a0]+$/i;
const QUESTION_AFTER = /^[ \u00a0]+(?:(?:actually|really|even|exactly)[ \u00a0]+)?(?:means|is|are|does|do|stays|lasts|works|affects|causes|can|would|feels|looks)\b/i;

function askedWhatItIs(text: string, start: number, end: number): boolean {
  return QUESTION_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && QUESTION_AFTER.test(text.slice(end, end + 20));
}

/**
 * "Selective mutism, for anyone who has not met it, is a fear of...", "With selective mutism, a child
 * can...": the condition opening a sentence that explains what it is or what it does to anyone.
 */
const SENTENCE_OPENS = /(?:^|[.!?:\n]\s*|\b(?:that|because)\s+)$/i;
const DEFINED_AFTER = /^,[^,.;:!?]{1,60},[ \u00a0]+(?:is|are|means|describes)[ \u00a0]+(?:a|an|the|not|when|what|simply|really)\b/i;

/** "she had never thought of methadone as harm reduction": an idea of the thing itself. */
const SEEN_AS_BEFORE = /\b(?:thought|think|thinks|thinking)[ \u00a0]+of[ \u00a0]+$/i;

function definesIt(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (SEEN_AS_BEFORE.test(lead) && /^[ \u00a0]+as\b/i.test(text.slice(end, end + 5))) return true;
  if (SENTENCE_OPENS.test(lead) && DEFINED_AFTER.test(text.slice(end, end + 90))) return true;
  const sentence = sentenceOf(text, start, end);
  return /(?:^|[.!?:\n]\s*)(?:with|in)[ \u00a0]+$/i.test(lead) && text[end] === ',' && GENERIC_VERB.test(sentence) && !ANCHORED.test(sentence);
}

/**
 * Harm reduction keeps an overdose-reversal drug everywhere ("naloxone on every floor", "a naloxone
 * spray in the first-aid box", "the nurse carries naloxone"): it is the service's stock, and says
 * something of a person only when it was given to someone or someone needed it.
 */
const REVERSAL_DRUG = /^(?:naloxone|narcan|nyxoid|prenoxad)\b/i;
const GIVEN_TO_SOMEONE = /\b(?:gave|give|gives|given|giving|needed|needs|need|needing|received|receiving|administered|administering|sprayed|injected|jabbed|revived|reversed|doses?[ \u00a0]+of|shots?[ \u00a0]+of|sprays?[ \u00a0]+of|came[ \u00a0]+round|brought[ \u00a0]+(?:him|her|them)[ \u00a0]+(?:round|back))\b/i;

function emergencyStock(text: string, start: number, end: number, sentence: string): boolean {
  return REVERSAL_DRUG.test(text.slice(start, end)) && !GIVEN_TO_SOMEONE.test(sentence);
}

/**
 * "The methadone pick-ups at the chemist", "the buprenorphine queue": the daily round of a treatment
 * service, not one person's prescription ("his methadone pick-up" stays his).
 */
const SUBSTITUTE_DRUG = /^(?:methadone|buprenorphine|subutex|espranor|buvidal|suboxone|physeptone)$/i;
const ROUND_AFTER = /^[ \u00a0]+(?:pick-?ups?|collections?|queues?|dispensing|programmes?|programs?|clinics?|services?|rounds?)\b/i;

function serviceRound(text: string, start: number, end: number): boolean {
  if (!SUBSTITUTE_DRUG.test(text.slice(start, end)) || !ROUND_AFTER.test(text.slice(end, end + 20))) return false;
  return !/(?:\b(?:his|her|their|my)|\p{L}['’]s?)[ \u00a0]+(?:daily[ \u00a0]+|weekly[ \u00a0]+|supervised[ \u00a0]+)?$/iu.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "We offer a quick route onto methadone", "the clinic can start people on buprenorphine": what a
 * service offers anyone who comes, not one person's prescription.
 */
const OFFER_BEFORE = /\b(?:we|the[ \u00a0]+(?:service|team|clinic|van|project|hub|unit)|our[ \u00a0]+(?:service|team|clinic|van|project|hub|nurses?|prescribers?|doctors?))[ \u00a0]+(?:(?:can|could|will|also|now|still|usually|often)[ \u00a0]+)*(?:offers?|provides?|prescribes?|arranges?|refers?|fast-?tracks?|dispenses?|hands?[ \u00a0]+out|gives?[ \u00a0]+out|stocks?|carr(?:y|ies)|start[s]?[ \u00a0]+(?:people|anyone|clients|patients)[ \u00a0]+on|get[s]?[ \u00a0]+(?:people|anyone|clients|patients)[ \u00a0]+(?:on|onto|started[ \u00a0]+on))\b[^.!?;]{0,50}$/i;
const ROUTE_BEFORE = /\b(?:routes?|ways?|path(?:way)?s?|access|referrals?|doorways?)[ \u00a0]+(?:in)?to[ \u00a0]+$|\b(?:routes?|ways?)[ \u00a0]+onto[ \u00a0]+$|\b(?:a|the)[ \u00a0]+(?:(?:same-?day|quick|quicker|fast|faster|direct)[ \u00a0]+)?(?:start|script|prescription)[ \u00a0]+(?:on|for)[ \u00a0]+$/i;

function serviceOffer(text: string, start: number): boolean {
  const lead = text.slice(lastStop(text, start - 1) + 1, start);
  return OFFER_BEFORE.test(lead) && (ROUTE_BEFORE.test(lead) || /\b(?:offers?|provides?|prescribes?|dispenses?|stocks?|carr(?:y|ies)|hands?[ \u00a0]+out|gives?[ \u00a0]+out)[ \u00a0]+(?:[\w-]+(?:,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+|[ \u00a0]+)){0,6}$/i.test(lead)) && !/\b(?:his|her|their|him|them)\b/i.test(lead);
}

/**
 * "She sees a lot of blood thinners, insulin and dressings", "the usual inhalers and insulin": the run
 * of a working week, a list opened by how much of it there is, with nobody's own among it.
 */
const WORK_LIST_BEFORE = /\b(?:a[ \u00a0]+lot[ \u00a0]+of|lots[ \u00a0]+of|loads[ \u00a0]+of|plenty[ \u00a0]+of|all[ \u00a0]+the|the[ \u00a0]+usual|mostly|mainly)[ \u00a0]+((?:[\w-]+(?:,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+|[ \u00a0]+)){0,8})$/i;

function workList(text: string, start: number): boolean {
  const list = WORK_LIST_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  return list !== null && !/\b(?:his|her|their|my|your)\b/i.test(list[1]);
}

/**
 * "Insulin has to be kept out of the sun", "salbutamol goes in every PE bag": the drug as the subject
 * of a rule for storing, carrying or checking it. The clause ends at a comma or "and", so "her pump"
 * in the next clause does not make the rule hers.
 */
const HANDLING_AFTER = /^[ \u00a0]+(?:(?:has|have|needs?)[ \u00a0]+to[ \u00a0]+be|must[ \u00a0]+(?:be|not|never|always)|should[ \u00a0]+(?:be|not|never|always|go|come)|is[ \u00a0]+(?:kept|stored|checked|carried|given|taken)|are[ \u00a0]+(?:kept|stored|checked|carried|given|taken)|goes|go|lives|belongs|keeps|lasts)\b/i;
const CLAUSE_OPENS = /(?:^\s*|[.!?:;\n]\s*|[-*•]\s+|\b(?:that|because|remember|rule|and|but|so)[:,]?\s+)$/i;

function handlingRule(text: string, start: number, end: number): boolean {
  const lead = text.slice(lastStop(text, start - 1) + 1, start);
  if (!CLAUSE_OPENS.test(lead) || !HANDLING_AFTER.test(text.slice(end, end + 30))) return false;
  // "She keeps her pump on her belt and insulin goes in the fridge": the clause before says whose.
  if (/\b(?:and|but|so),?\s+$/i.test(lead) && /\b(?:his|her|their|he|she|him)\b/i.test(lead)) return false;
  const clause = text.slice(end, nextStop(text, end)).split(/[,;]|\b(?:and|but|so)\b/)[0];
  return !/\b(?:his|her|their|my|he|she|him)\b/i.test(clause);
}

/**
 * "Ibuprofen and some blood pressure tablets push lithium up as well", "Insulin that has got too hot
 * loses its strength": how a drug behaves, in a sentence of its own with no one in it.
 */
const HOW_IT_WORKS = /\b(?:push(?:es)?|raises?|lowers?|loses|lose|reduces?|increases?|interacts?|blocks?|breaks?[ \u00a0]+down|wears?[ \u00a0]+off|lasts|(?<!\b(?:at|to|from|off|after|before|of)[ \u00a0]+)works?\b|stops?[ \u00a0]+working|goes[ \u00a0]+(?:cloudy|off|bad))\b/i;
const NARRATIVE = /\b(?:was|were|had|did|have[ \u00a0]+been|got|went|came|said|told|asked|started|stopped|yesterday|today|ago)\b|\d/i;

function howItWorks(sentence: string): boolean {
  return HOW_IT_WORKS.test(sentence) && !ONE_PERSON.test(sentence) && !NARRATIVE.test(sentence.replace(/\bthat[ \u00a0]+has[ \u00a0]+got\b/gi, ''));
}

/**
 * "Older people say their 'nerves are bad'", "'It's my nerves.' 'I've had a wee turn.'": the everyday
 * words reported as words, in quotation marks, in a paragraph about how people in general speak.
 */
const SAYING = /\b(?:say|says|said|saying|speak|speaks|talk|talks|use|uses|using|call|calls|called|calling|describe|describes|described|describing|mean|means|tell|tells|telling|words?|phrases?|expressions?|language|like|such[ \u00a0]+as)\b/i;
const PEOPLE_IN_GENERAL = /\b(?:people|patients|clients|residents|folk|families|relatives|generation|someone|somebody|anyone|older|elderly|many|most|some|often|usually|always|might|may|would)\b/i;

function quotedAsWords(text: string, start: number, end: number): boolean {
  const quoteStart = insideQuotes(text, start, end);
  if (quoteStart < 0) return false;
  const paragraph = text.slice(text.lastIndexOf('\n\n', start) + 1, start);
  // Who says it: nobody (a quote standing alone), or people in general ("older people say").
  const speaker = text.slice(lastStop(text, quoteStart - 1, MARKS) + 1, quoteStart);
  const general = /^[\s"”’]*$/.test(speaker) || PEOPLE_IN_GENERAL.test(speaker);
  return general && SAYING.test(paragraph) && PEOPLE_IN_GENERAL.test(paragraph) && !SOMEONE_REAL.test(paragraph);
}

/**
 * Where the quotation holding the span opens (-1 when there is none): opened before it and closed after
 * it on the same line. Apostrophes inside words are no quotes.
 */
function insideQuotes(text: string, start: number, end: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = nextStop(text, end, ['\n']);
  const unword = (s: string) => s.replace(/(?<=\p{L})['’](?=\p{L})/gu, '');
  const before = unword(text.slice(Math.max(lineStart, start - 120), start));
  const after = unword(text.slice(end, Math.min(lineEnd, end + 80)));
  const from = start - before.length;
  if ((before.match(/"/g) ?? []).length % 2 === 1 && after.includes('"')) return from + before.lastIndexOf('"');
  if (before.lastIndexOf('“') > before.lastIndexOf('”') && after.includes('”')) return from + before.lastIndexOf('“');
  const single = /(?:^|[\s(])[‘']([^‘’']*)$/.exec(before);
  return single && /[’'](?:$|[\s.,;:!?)])/.test(after) ? start - single[1].length - 1 : -1;
}
