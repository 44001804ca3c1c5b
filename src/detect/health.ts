/**
 * Health details attached to a person: a specific diagnosis ("diagnosed with lupus", "his Parkinson's"),
 * a medication ("started on sertraline", "her insulin"), a rare condition (one of a handful of cases,
 * so identifying alone). General talk ("clients with diabetes often...", "depression remains a leading
 * cause...") is not a finding, and umbrella words (depression, anxiety, cancer, a stroke) never are.
 *
 * Lexicons: data/conditions.txt, data/rare-conditions.txt, data/medications.txt, data/devices.txt, plus the endings of
 * generic drug names and eponymous syndromes, so a drug or syndrome missing from the lists still counts.
 */
import { inRowOfPerson as rowOfPerson } from './name-column.js';
import { addressesOnePerson } from './addressee.js';
import { dataLines, dataSet } from '../data.js';
import type { Candidate, DetectContext, Recognizer } from './types.js';
import { escapeRegExp, inNotesOnAPerson, matchesOf } from './util.js';
import { FULL_STOP_MARKS, lastStop, nextStop, paragraphAround, sentenceByMarks } from '../sentence.js';
import { CLIENTS, OFFSPRING, PARENTS, SPOUSES, words } from '../names/person-words.js';
import { TermMatcher } from './terms.js';
import { isBroadRegion } from '../places.js';
import { aboutPublicFigure } from './public-subject.js';
import { EPONYM_ALONE, LAY_TERMS } from './health-lay.js';
import { classify } from '../names/lexicon.js';
import { GUIDE_TITLE, generalTalk, type GeneralReason } from './health-general.js';
import { discussesAWork, isCharacter } from '../names/fiction.js';
import { OWN_PEOPLE } from '../names/context.js';

type Kind = 'condition' | 'rare' | 'medication' | 'device';
/** Why a finding identifies, beyond the kind of term: care with its details, a common condition or medicine made someone's. */
type Reason = Kind | 'care' | 'oxygen' | 'common' | 'everyday medicine' | 'result';

interface Lexicon {
  /** Lexicon words, any case. */
  words: TermMatcher;
  /** Short all-capital entries (ADHD, COPD, MND), capitals only: "add" and "ms" are ordinary words. */
  acronyms: TermMatcher;
  kinds: Map<string, Kind>;
}

let lexicon: Lexicon | undefined;

const FILES: [string, Kind][] = [['conditions.txt', 'condition'], ['medications.txt', 'medication'], ['rare-conditions.txt', 'rare'], ['devices.txt', 'device']];

/**
 * British and American spellings of the same diagnosis ("haemophilia", "hemophilia"; "oesophageal",
 * "esophageal"; "generalised", "generalized"): the lists hold one, people write either.
 */
const TO_AMERICAN: [RegExp, string][] = [
  [/haem/g, 'hem'], [/aem(?=i)/g, 'em'], [/paed/g, 'ped'], [/praevia/g, 'previa'], [/(?<![a-z])oesophag/g, 'esophag'], [/\boedema/g, 'edema'],
  [/foet/g, 'fet'], [/(pn|rrh)oea\b/g, '$1ea'], [/coeliac/g, 'celiac'], [/oestrogen/g, 'estrogen'], [/(tum|behavi)our\b/g, '$1or'],
  [/(?<=[a-z]{3})is(ed|ation|ing)\b/g, 'iz$1'],
];
const TO_BRITISH: [RegExp, string][] = [
  [/\bhem(?=[oa])/g, 'haem'], [/(?<=[a-z][^a])emia\b/g, 'aemia'], [/ischemic/g, 'ischaemic'], [/\besophag/g, 'oesophag'], [/\bedema/g, 'oedema'], [/\bfetal/g, 'foetal'],
  [/(pn|rrh)ea\b/g, '$1oea'], [/celiac/g, 'coeliac'], [/\bestrogen/g, 'oestrogen'], [/(tum|behavi)or\b/g, '$1our'], [/pedi(?=atric)/g, 'paedi'],
  [/(?<=[a-z]{3})iz(ed|ation|ing)\b/g, 'is$1'],
];

/** A term with its other spellings, when it has any. */
function spellings(term: string): string[] {
  const respell = (rules: [RegExp, string][]) => rules.reduce((t, [from, to]) => t.replace(from, to), term);
  return [...new Set([term, respell(TO_AMERICAN), respell(TO_BRITISH)])];
}

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const kinds = new Map<string, Kind>();
  for (const [file, kind] of FILES) for (const term of dataLines(file)) kinds.set(normalise(term), kind);
  // The other spelling of a term is the same kind, unless the lists hold it too.
  const spelled = FILES.map(([file, kind]) => ({ kind, terms: dataLines(file).flatMap(spellings) }));
  for (const { kind, terms } of spelled) for (const term of terms) if (!kinds.has(normalise(term))) kinds.set(normalise(term), kind);
  const terms = spelled.flatMap((list) => list.terms).sort((a, b) => b.length - a.length);
  // Short forms match in their own capitals only: "PrEP" is a drug, "Prep" a school year, "add" a verb.
  const isAcronym = (t: string) => t.length <= 5 && (/^[A-Z0-9/.-]+$/.test(t) || /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9/.-]+$/.test(t));
  lexicon = {
    words: new TermMatcher(terms.filter((t) => !isAcronym(t))),
    acronyms: new TermMatcher(terms.filter(isAcronym), true),
    kinds,
  };
  return lexicon;
}

/** Endings of generic drug names: a drug missing from the list still reads as one. */
const DRUG_SUFFIXES = 'pril|olol|sartan|statin|azepam|azolam|oxetine|triptyline|ipramine|apine|idone|prazole|tidine|floxacin|cycline|mycin|cillin|parin|xaban|gatran|gliptin|gliflozin|glutide|umab|ximab|zumab|tinib|triptan|dronate|lukast|setron|conazole|navir|tegravir|semide|thiazide|dipine|azine|amide|etine|afine|ciclovir|clovir|previr|buvir|asvir|mab|tinib|ciclib|parib|zomib|terol|onide|asone|olone|oxacin|penem|sporin|quiline|manid|zolid|fungin|vudine|citabine|tegravir|virine|capavir|caftor';
const DRUG_ENDING = new RegExp(String.raw`(?<![\p{L}])[a-z]{3,}(?:${DRUG_SUFFIXES})(?![\p{L}])`, 'gu');
/** An organ and what went wrong with it: "heart failure", "bowel cancer", "liver disease" (with "alcohol-related" or "stage 3" before it). */
const ORGAN_CONDITION = /\b(?:heart|cardiac|liver|hepatic|kidney|renal|lung|pulmonary|respiratory|bowel|bladder|pancreas|pancreatic|brain|spinal|thyroid|adrenal|bone|skin|blood|prostate|ovarian|cervical|testicular|stomach|gallbladder|valve|coronary|artery|motor neurone|motor neuron)[ \u00a0](?:cancer|failure|disease|tumou?r|damage|injury|infection|insufficiency)\b/gi;
/** Eponymous or descriptive named conditions not in the lists: "Kearns-Sayre syndrome", "Stickler's disease". */
const NAMED_SYNDROME = /(?<![\p{L}])(?:\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)*(?:['’]s)?|[A-Z0-9]{2,6})[ \u00a0](?:syndrome|disease|palsy|dystrophy|ataxia|anaemia|anemia|encephalopathy|myopathy|neuropathy|sequence|anomaly)(?![\p{L}])/gu;

/** Medical word endings ("endocarditis", "glioma", "sarcoidosis"): a condition when a diagnosis verb stands before it. */
const CONDITION_ENDING = /(?<![\p{L}])[a-z]{3,}(?:itis|oma|omas|osis|aemia|emia|pathy|plegia|paresis|trophy|algia|iasis|ectomy|otomy|ostomy|plasty)(?![\p{L}])/gu;
const NOT_CONDITIONS = new Set(['diagnosis', 'prognosis', 'hypnosis', 'osmosis', 'symbiosis', 'neurosis', 'apotheosis', 'metamorphosis', 'psychosis', 'diploma', 'diplomas', 'aroma', 'aromas', 'coma', 'stigma', 'empathy', 'sympathy', 'apathy', 'antipathy', 'telepathy', 'trophy', 'nostalgia', 'homeopathy', 'naturopathy', 'osteopathy', 'sociopathy', 'stoma']);
const DIAGNOSED_BEFORE = /\b(?:his|her|their|diagnosed with|diagnosis of|diagnosis was|has|had|have|having|developed|treated for|admitted with|presented with|living with|lives with|recovering from|died of|died from|suffers from|suffering from)\s+(?:(?:a|an|the|severe|acute|chronic|early|advanced|bad|bilateral|recurrent|double|partial|total|emergency|radical|full)\s+)*$/i;
/** Injuries said of someone: "a broken hip". */
/** Bones and joints that break or dislocate, the neck of the femur first so it is taken whole. */
const BROKEN_PART = String.raw`neck[ \u00a0]of[ \u00a0](?:the[ \u00a0])?femur|hip|wrist|ankle|leg|arm|pelvis|femur|collarbone|jaw|spine|shoulder|elbow|knee|skull|ribs?|vertebrae?|cheekbone|eye[ \u00a0]socket|nose|tibia|fibula|humerus|scaphoid|kneecap`;
const INJURY = new RegExp(String.raw`\b(?:broken|fractured|dislocated|shattered)[ \u00a0](?:left[ \u00a0]|right[ \u00a0])?(?:${BROKEN_PART}|NOF|neck|back)\b`, 'gi');
/** The injury told as what happened: "she broke her hip", "fractured his femur" ("broke his back" is mostly a figure of speech). */
const INJURED = new RegExp(String.raw`\b(?:broke|fractured|dislocated|shattered|smashed)[ \u00a0](?:his|her|their)[ \u00a0](?:left[ \u00a0]|right[ \u00a0])?(?:${BROKEN_PART})\b`, 'gi');
/** A fracture or dislocation is one event in one person's life: a paragraph about someone makes it theirs. */
const INJURY_WORD = /\b(?:fractur\w*|broken|broke|dislocat\w*|shattered|smashed|NOF|wounds?|lacerations?|gunshot|stab)\b/i;

/**
 * A death or a poisoning put down to drugs: "methadone and alcohol toxicity", "mixed drug toxicity",
 * "a carfentanil overdose", "an overdose of insulin". A coroner's finding reads as one phrase, and the
 * drugs in it say how someone lived, so the whole phrase is the span. Like a fracture it is one event
 * in one life: a paragraph about someone, or a death told in the sentence, makes it theirs.
 */
const MIXTURE = 'mixed|combined|multiple|multi|poly|prescription|street|recreational|illicit|unregulated|toxic';
const SUBSTANCE = String.raw`(?:(?:${MIXTURE})[ \u00a0-]?drugs?|carbon[ \u00a0]+monoxide|[\p{L}][\p{L}-]*)`;
const SUBSTANCES = String.raw`${SUBSTANCE}(?:(?:,[ \u00a0]*|[ \u00a0]+(?:and|&|plus|with)[ \u00a0]+)${SUBSTANCE}){0,3}`;
const POISONING = new RegExp(String.raw`(?<![\p{L}-])${SUBSTANCES}[ \u00a0]+(?:toxicity|poisoning|overdoses?|intoxication)(?![\p{L}])|(?<![\p{L}])(?:overdose|OD|overdosed[ \u00a0]+on)[ \u00a0]+(?:of[ \u00a0]+)?(?:(?:his|her|their)[ \u00a0]+)?${SUBSTANCES}`, 'gu');
/** "OD" after a drug is "once daily" on a chart; only "an OD of" is an overdose. */
const POISONING_TERM = /(?:toxicity|poisoning|overdoses?|intoxication)$|^(?:overdose|OD|overdosed)[ \u00a0]/;
/** Drugs people die of that no prescription list holds, and the words for a mixture. */
const STREET_SUBSTANCE = new Set('alcohol heroin cocaine crack meth methamphetamine amphetamine amphetamines ketamine mdma ecstasy ghb gbl spice xylazine opioid opioids opiate opiates benzodiazepine benzodiazepines benzo benzos drug drugs lithium digoxin paracetamol acetaminophen insulin'.split(' '));
/** A death told of one person: "the coroner said", "she died", "the post-mortem". "Deaths" are counted, not told. */
const ONE_DEATH = /\b(?:coroner|inquest|post-?mortem|autopsy|toxicology|died|cause[ \u00a0]+of[ \u00a0]+death|found[ \u00a0]+dead|his[ \u00a0]+death|her[ \u00a0]+death|their[ \u00a0]+death)\b/i;

/** "spot a heroin overdose", "signs of opioid toxicity": what anyone may meet, taught. */
const HOW_TO_MEET_BEFORE = /\b(?:spot|spotting|recogni[sz]e|recogni[sz]ing|signs?[ \u00a0]+of|symptoms?[ \u00a0]+of|respond(?:ing)?[ \u00a0]+to|revers(?:e|es|ing)|prevent(?:s|ing)?|manag(?:e|ing)|treat(?:s|ing)?|risks?[ \u00a0]+of|deaths?[ \u00a0]+from|cases[ \u00a0]+of)[ \u00a0]+(?:(?:an?|the|any)[ \u00a0]+)?$/i;

/** "Thousands of people have died from opioid toxicity": deaths counted across a country are no one's. */
const MANY_DEAD = /\b(?:thousands|hundreds|dozens|millions|scores|numbers)[ \u00a0]+of\b|\b(?:have|are|were)[ \u00a0]+(?:died|dying)\b|\bdeaths\b/i;

/** A mixture ("mixed drug"), or a word shaped like a drug's name, opioids' own endings included ("carfentanil", "nitazenes"). */
const MIXTURE_OR_DRUG_WORD = new RegExp(String.raw`^(?:(?:${MIXTURE})[ \u00a0-]?drugs?|carbon[ \u00a0]+monoxide|[a-z]{3,}(?:${DRUG_SUFFIXES})|[a-z]*(?:fentanil|fentanyl|tazenes?|adol|codone|morphone|orphine))$`);

function isSubstance(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase();
  return STREET_SUBSTANCE.has(w) || lex.kinds.get(normalise(w)) === 'medication' || MIXTURE_OR_DRUG_WORD.test(w);
}

/** Where the poisoning phrases stand; a phrase opened by no substance ("an overdose of insulin") is tried again a word on. */
function* poisonings(text: string, lex: Lexicon): Generator<[number, number]> {
  const re = new RegExp(POISONING.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = poisoningSpan(m[0], lex);
    if (span && !HOW_TO_MEET_BEFORE.test(text.slice(Math.max(0, m.index + span[0] - 30), m.index + span[0]))) yield [m.index + span[0], m.index + span[1]];
    else re.lastIndex = m.index + (/^\S+/.exec(m[0])?.[0].length ?? 1);
  }
}

/** The poisoning phrase from its first named substance: "drank heavily and alcohol toxicity" keeps "alcohol toxicity". */
function poisoningSpan(phrase: string, lex: Lexicon): [number, number] | undefined {
  const overdoseOf = /^(?:overdose[ \u00a0]+of|OD[ \u00a0]+of|overdosed[ \u00a0]+on)[ \u00a0]+(?:(?:his|her|their)[ \u00a0]+)?/.exec(phrase);
  const list = overdoseOf ? phrase.slice(overdoseOf[0].length) : phrase.replace(/[ \u00a0]+\S+$/, '');
  const items = [...list.matchAll(new RegExp(SUBSTANCE, 'gu'))].filter((m) => !/^(?:and|plus|with)$/i.test(m[0]));
  if (overdoseOf) {
    // "an overdose of insulin and ...": the substances run from the start while they are substances.
    const kept = items.findIndex((m) => !isSubstance(m[0], lex));
    const last = kept < 0 ? items[items.length - 1] : items[kept - 1];
    return last && isSubstance(items[0][0], lex) ? [0, overdoseOf[0].length + last.index + last[0].length] : undefined;
  }
  let first = items.length;
  while (first > 0 && isSubstance(items[first - 1][0], lex)) first--;
  return first < items.length ? [items[first].index, phrase.length] : undefined;
}

/**
 * A named or qualified inflammation or lesion the lists do not hold: "Takayasu arteritis",
 * "Kawasaki-like vasculitis", "postpartum thyroiditis", "aortic root dilatation". The qualifier is what
 * makes it specific, so the whole phrase is the diagnosis.
 */
const QUALIFIER = String.raw`(?:(?!(?:The|A|An|Her|His|Their|My|Our|Your|This|That|She|He|They|It|We|I|And|But|With|After|Before|When|Then)\b)\p{Lu}[\p{Ll}'’]+(?:-like)?|[a-z]+-(?:like|associated|related|induced|onset)|postpartum|post-partum|postnatal|peripartum|perinatal|neonatal|autoimmune|aortic(?:[ \u00a0]root)?|aortic[ \u00a0]valve|mitral(?:[ \u00a0]valve)?|tricuspid|pulmonary|cerebral|spinal|renal|hepatic|coronary|giant[ -]cell|reactive|septic|ulcerative|necroti[sz]ing|granulomatous|eosinophilic|lymphocytic|interstitial|optic|transverse|sclerosing|cavernous|arteriovenous|ventricular|atrial|congenital|diaphragmatic|inguinal|hiatal|hiatus|umbilical|incisional|strangulated)`;
const QUALIFIED_CONDITION = new RegExp(String.raw`(?<![\p{L}-])(?:${QUALIFIER}[ \u00a0-]+){1,2}(?:[a-z]{3,}(?:itis|osis|opathy|aemia|emia)|dilatation|dilation|aneurysm|stenosis|regurgitation|dissection|coarctation|malformation|dysplasia|hypoplasia|atresia|fistula|thrombosis|embolism|infarction|haemorrhage|hemorrhage|hernia)(?![\p{L}])`, 'gu');

/**
 * "Takayasu arteritis", not "Severe arthritis" at a sentence's start or "Ireland tuberculosis": a
 * capitalised qualifier is an eponym only when it is no English word or region, and an umbrella word
 * stays an umbrella word.
 */
function eponymOrQualifier(phrase: string): boolean {
  const words = phrase.split(/[ \u00a0-]+/);
  if (UMBRELLA.has(words[words.length - 1].toLowerCase())) return false;
  const first = words[0].replace(/['’]s$/, '');
  // Towns lend their names to diseases (Kawasaki, Lyme), so only a country or region is ruled out.
  return !/^\p{Lu}/u.test(first) || !(dataSet('words/english.txt').has(first.toLowerCase()) || isBroadRegion(first));
}

/** Which one, and where along it: "left", "lower", "distal". */
const POSITION = String.raw`(?:(?:left|right|lower|upper|distal|proximal)[ \u00a0])*`;
/** Two bones set in one cast: "tibia-fibula", "tib/fib", "radius-ulna". */
const PAIRED_BONES = String.raw`tib(?:ia)?[-/]fib(?:ula)?|radius[-/]ulna`;
/** A long bone, or the pair set in one cast, with its side: "open tib-fib fracture". */
const BONE = String.raw`${POSITION}(?:${PAIRED_BONES}|radial|ulnar|tibial|femoral|humeral|tibia|fibula|femur|humerus|radius|ulna|pelvic|ankle|wrist|hip|skull|rib)`;
const ANATOMY = String.raw`${POSITION}(?:${PAIRED_BONES}|tibia|fibula|femur|humerus|radius|ulna|pelvis|hip|wrist|ankle|leg|arm|skull|jaw|collarbone|clavicle|scapula|shoulder|elbow|knee|kneecap|patella|spine|vertebrae?|neck|back|ribs?|hand|foot|heel|fingers?|thumb|toes?|ear|eye|eardrum|retina|cheekbone|eye socket|orbit|sternum|coccyx|tailbone|achilles(?:[ \u00a0]tendon)?|side)`;
/** Bones broken in a fall or a blow, beside those above: "a fractured fifth metacarpal", "a spiral fracture of the forearm". */
const BROKEN_BONE = String.raw`(?:${POSITION}(?:neck[ \u00a0]of[ \u00a0](?:the[ \u00a0])?femur|forearm|metacarpals?|metatarsals?|nose|cheekbone|orbital[ \u00a0]floor)|${ANATOMY})`;
/**
 * Injuries described with their anatomy or their type, said of someone: "an open fracture of his
 * right tibia", "a C6 burst fracture", "a hearing loss in her left ear", "a torn ACL".
 */
const INJURY_DETAILS = [
  new RegExp(String.raw`\b(?:(?:open|compound|closed|displaced|comminuted|stress|burst|spiral|greenstick|hairline|avulsion|compression|depressed|pathological|multiple)[ \u00a0-]+){0,3}(?:fractures?|breaks?|dislocation|tear|rupture|injury|injuries|laceration|burns?)[ \u00a0](?:of|in|to|on)[ \u00a0](?:his|her|their|the)[ \u00a0]${ANATOMY}\b`, 'gi'),
  new RegExp(String.raw`\b(?:(?:open|compound|closed|displaced|comminuted|spiral|greenstick)[ \u00a0-]+){0,2}fractures?[ \u00a0]of[ \u00a0](?:(?:his|her|their|the)[ \u00a0])?${BROKEN_BONE}\b`, 'gi'),
  // "a fractured fifth metacarpal", "had broken two of her ribs", "broke her left neck of femur": the bone
  // and how many; after "her" the injury is the bone itself.
  new RegExp(String.raw`\b(?:fractured|broken|dislocated|cracked)[ \u00a0](?:(?:first|second|third|fourth|fifth)[ \u00a0])?${BROKEN_BONE}\b`, 'gi'),
  // ("broke his back" lifting crates is a figure of speech.)
  new RegExp(String.raw`(?<=\b(?:fractured|broken|broke|dislocated|cracked)[ \u00a0](?:his|her|their)[ \u00a0])(?!back\b|neck\b(?![ \u00a0]of))${BROKEN_BONE}\b|(?<=\b(?:broken|broke|fractured|cracked)[ \u00a0])(?:two|three|four|five|several)[ \u00a0]of[ \u00a0](?:his|her|their)[ \u00a0]ribs\b`, 'gi'),
  /\b[CTLS][1-9]\d?(?:[/-][CTLS]?[1-9]\d?)?[ \u00a0](?:(?:burst|compression|wedge|vertebral|spinal|complete|incomplete)[ \u00a0])?(?:fracture|injury|break)\b/g,
  new RegExp(String.raw`\b(?:open|compound|comminuted|displaced|burst|spiral)[ \u00a0](?:${BONE}[ \u00a0])?fracture\b`, 'gi'),
  new RegExp(String.raw`\b(?:hearing[ \u00a0]loss|deafness|sight[ \u00a0]loss|vision[ \u00a0]loss|blindness|weakness|numbness|paralysis|palsy|nerve[ \u00a0]damage|tinnitus)[ \u00a0]in[ \u00a0](?:his|her|their|the|both)[ \u00a0]${ANATOMY}s?\b`, 'gi'),
  /\b(?:torn|ruptured|snapped|severed)[ \u00a0](?:(?:left|right)[ \u00a0])?(?:ACL|anterior[ \u00a0]cruciate(?:[ \u00a0]ligament)?|cruciate(?:[ \u00a0]ligament)?|achilles(?:[ \u00a0]tendon)?|hamstring|rotator[ \u00a0]cuff|meniscus|cartilage|ligaments?|tendons?)\b/gi,
];

/**
 * Clinical descriptions whose side, territory or site is what makes them one person's: "a left middle
 * cerebral artery stroke", "right-sided weakness and right neglect", "a pressure ulcer, left heel",
 * "a diabetic foot ulcer on the right hallux", "tendon release surgery". The umbrella word alone
 * (stroke, ulcer, surgery) stays general; side and anatomy read straight off a discharge letter.
 */
const SIDE = String.raw`(?:left|right|L|R)(?:[ \u00a0-]sided)?`;
const BRAIN_SITE = String.raw`(?:(?:middle|anterior|posterior)[ \u00a0]cerebral[ \u00a0]artery|MCA|ACA|PCA|ICA|(?:internal[ \u00a0])?carotid|hemisphere|hemispheric|frontal(?:[ \u00a0]lobe)?|parietal(?:[ \u00a0]lobe)?|temporal(?:[ \u00a0]lobe)?|occipital(?:[ \u00a0]lobe)?|basal[ \u00a0]ganglia|thalamic|cerebellar|pontine|lacunar|subdural|extradural|intracerebral|cortical|subcortical)`;
const BRAIN_EVENT = String.raw`(?:stroke|CVA|infarct|infarction|bleed|haemorrhage|hemorrhage|haematoma|hematoma|occlusion|aneurysm|lesion|tumou?r|territory[ \u00a0](?:stroke|infarct))`;
const ULCER_SITE = String.raw`(?:heel|hallux|big[ \u00a0]toe|toes?|foot|feet|ankle|malleolus|shin|leg|calf|sacrum|sacral[ \u00a0]area|buttock|hip|elbow|ear|knee|thigh|stump)`;
const CLINICAL_DETAILS = [
  new RegExp(String.raw`\b(?:${SIDE}[ \u00a0]+)${BRAIN_SITE}[ \u00a0]+${BRAIN_EVENT}\b`, 'gi'),
  new RegExp(String.raw`\b(?:left|right)[ \u00a0-]sided[ \u00a0]+(?:${BRAIN_SITE}[ \u00a0]+)?${BRAIN_EVENT}\b`, 'gi'),
  /\b(?:left|right)[ \u00a0-]sided[ \u00a0](?:weakness|hemiparesis|hemiplegia|paralysis|numbness|neglect|facial[ \u00a0]droop|droop|sensory[ \u00a0]loss|visual[ \u00a0]field[ \u00a0]loss)\b/gi,
  /\b(?:left|right)[ \u00a0](?:neglect|hemiparesis|hemiplegia|hemianopia|hemianopsia|homonymous[ \u00a0]hemianopia|facial[ \u00a0]palsy)\b/gi,
  new RegExp(String.raw`\b(?:(?:grade|category|stage)[ \u00a0][1-4][ \u00a0])?(?:pressure|diabetic(?:[ \u00a0]foot)?|venous(?:[ \u00a0]leg)?|arterial|neuropathic|leg|foot)[ \u00a0](?:ulcer|sore|wound)s?(?:,[ \u00a0]*|[ \u00a0]+(?:on|of|to|over)[ \u00a0]+(?:the|his|her|their)[ \u00a0]+|[ \u00a0]+)(?:left|right)[ \u00a0]+${ULCER_SITE}\b`, 'gi'),
  new RegExp(String.raw`\b(?:left|right)[ \u00a0]+${ULCER_SITE}[ \u00a0]+(?:pressure|diabetic|venous|neuropathic)?[ \u00a0]?(?:ulcer|sore)\b`, 'gi'),
  /\b(?:tendon|achilles|carpal[ \u00a0]tunnel|trigger[ \u00a0]finger|contracture|nerve|ligament|spinal|lumbar|cervical|hip|knee|shoulder|ankle|bowel|heart[ \u00a0]valve|valve)[ \u00a0-](?:release|lengthening|transfer|replacement|repair|fusion|reconstruction|decompression|resection)[ \u00a0](?:surgery|operation|op)\b/gi,
  /\b(?:(?:left|right)[ \u00a0])?(?:below|above|through)[ \u00a0-](?:the[ \u00a0-])?(?:knee|elbow)[ \u00a0-]amputation\b/gi,
];

/**
 * A procedure or an injury written as a surgeon writes it, with the structure and the side: "an ACL
 * reconstruction with a medial meniscus repair", "s/p cephalomedullary nail" (status post), "a left
 * intertrochanteric femur fracture", "a complete right brachial plexus avulsion". The anatomy is what
 * makes it one person's operation; "a repair" or "a fracture" alone says nothing. Like a fracture it is
 * one event in one life, so a case study about someone makes it theirs.
 */
const SURGICAL_PART = String.raw`(?:[CTLS][1-9]\d?(?:[-/][CTLS]?[1-9]\d?)?|ACL|PCL|MCL|LCL|anterior|posterior|medial|lateral|cruciate|ligament|meniscus|meniscal|labrum|labral|rotator|cuff|tendon|achilles|patellar?|patella|kneecap|knee|hip|shoulder|ankle|wrist|elbow|spine|spinal|lumbar|cervical|thoracic|disc|vertebral|femur|femoral|tibia|tibial|fibula|fibular|tib[-/]fib|humerus|humeral|radius|radial|ulna|ulnar|pelvis|pelvic|acetabular|acetabulum|clavicle|clavicular|collarbone|scaphoid|skull|cranial|jaw|mandible|mandibular|orbital|intertrochanteric|subtrochanteric|trochanteric|supracondylar|condylar|malleolar|bimalleolar|trimalleolar|distal|proximal|neck[ \u00a0]of[ \u00a0](?:the[ \u00a0])?femur|brachial|plexus|nerve|cephalomedullary|intramedullary|hemi|total|partial|complete|incomplete|bilateral|left|right|open|closed|displaced|comminuted|inguinal|umbilical|hiatus|hiatal|mitral|aortic|valve|coronary|bowel|tracheal|cleft|palate|lip)`;
const SURGICAL_HEAD = String.raw`(?:reconstruction|repair|replacement|re-?attachment|arthroplasty|hemiarthroplasty|fixation|ORIF|nail|nailing|plating|pinning|fusion|osteotomy|decompression|avulsion|fracture|dislocation|rupture|tear|graft|bypass|laminectomy|discectomy|microdiscectomy)`;
const SURGICAL = String.raw`(?:${SURGICAL_PART}[ \u00a0-]+){1,5}${SURGICAL_HEAD}`;
/** The first procedure, then any done with it ("with a medial meniscus repair"), read as one; "s/p" before it belongs to it. */
/** After "s/p" or "status post" the procedure may stand alone: "s/p ORIF of a left distal radius fracture". */
const STATUS_POST = String.raw`(?:s\/p|status[ \u00a0]post)[ \u00a0]+(?:${SURGICAL_PART}[ \u00a0-]+){0,5}${SURGICAL_HEAD}`;
const PROCEDURE = new RegExp(String.raw`(?<![\p{L}/])(?:${STATUS_POST}|${SURGICAL})(?:[ \u00a0]+(?:with|and|plus|for|of)[ \u00a0]+(?:(?:an?|the|his|her|their)[ \u00a0]+)?${SURGICAL})*(?![\p{L}])`, 'gu');
/** The phrase opens a procedure or an injury of this kind (the term `consider` is given). */
const PROCEDURE_TERM = new RegExp(String.raw`^(?:${STATUS_POST}|${SURGICAL})`, 'u');
/**
 * Positions and extents alone ("a left total repair") name no structure, and one word of anatomy
 * ("a hip replacement", "a palate repair") is what a great many people have had: the detail is a
 * second word, a second procedure or the surgeon's "s/p".
 */
const ONLY_EXTENT = /^(?:(?:s\/p|anterior|posterior|medial|lateral|distal|proximal|total|partial|complete|incomplete|bilateral|left|right|open|closed|displaced|comminuted|hemi)[ \u00a0-]+)+\S+$/i;
const DETAILED = /^(?:s\/p|status[ \u00a0]post)[ \u00a0]|[ \u00a0-]\S+[ \u00a0-]+\S/u;

/**
 * A heart attack with the wall of the heart it struck, read off an ECG: "an inferior STEMI", "an anterior
 * NSTEMI", "a posterior MI". "A heart attack" fits a great many people; the site is what a discharge
 * letter says of one. Like a fracture it is one event in one life, so a paragraph about someone makes it theirs.
 */
const INFARCT_SITE = /\b(?:(?:inferior|anterior|posterior|lateral|septal|anteroseptal|anterolateral|inferolateral|inferoposterior|posterolateral|high[ \u00a0-]lateral|right[ \u00a0-]ventricular)(?:[ \u00a0-]wall)?[ \u00a0]+(?:N-?STEMI|STEMI|MI|myocardial[ \u00a0]+infarction|infarct|heart[ \u00a0]+attack))(?![\p{L}])/giu;
/** The same, for testing one term (no `g`, so no position is carried between calls). */
const INFARCT_TERM = new RegExp(INFARCT_SITE.source, 'iu');
/** The short forms keep their capitals: "a lateral mi" is no heart attack. */
const INFARCT_SHORT = /(?:STEMI|[ \u00a0]MI|[Ii]nfarction|[Ii]nfarct|[Aa]ttack)$/;

/** The units a dose is written in. */
const DOSE_UNITS = 'mg|mcg|micrograms?|milligrams?|ml|units';
const DOSE_AFTER = new RegExp(String.raw`^[ \u00a0,]*\(?\d+(?:\.\d+)?[ \u00a0]?(?:${DOSE_UNITS})\b`, 'i');
/** "Eileen, 84,": a name with an age set off by commas, as in notes about one person. */
/** A log line or note about someone that opens with their age: "Nineteen-year-old from the estate, DKA". */
const AGED_OPENING = /(?:^|[.!?]\s+|\n)(?:an?\s+|the\s+)?[\p{L}\d]+(?:-[\p{L}]+)?-(?:year|month|week)-old\b(?!-)/iu;
/** "Ann, 79,", "Hope is nine,": a name given an age is a person. */
const NAME_WITH_AGE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:,[ \u00a0]*(?:aged[ \u00a0]+)?\d{1,3},|[ \u00a0]+(?:is|was|turned)[ \u00a0]+(?:\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?=[ \u00a0]*(?:[,;:!?]|\.(?!\d)|and\b|years?[ \u00a0]+old\b|$)))/u;

/**
 * "Gerry came in on the Monday. ¶ Detox plan: chlordiazepoxide 30 mg, reducing": a dose in a paragraph
 * of its own, right after a paragraph about someone, is their regimen, unless it reads as teaching.
 */
function planAfterSomeone(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n\n', at);
  if (start < 0) return false;
  const own = paragraphAround(text, at);
  return !GENERAL_LEAD.test(own) && !GENERAL_SENTENCE.test(own) && aboutSomeone(paragraphAround(text, Math.max(0, start - 1)));
}

/** A paragraph that speaks of one person: a pronoun, a client or relative, a named subject or a name with an age. */
/** A heading over what a clinician found or noted: "What we found", "On arrival", "Injuries". */
const FINDINGS_HEADING = /^(?:what[ \u00a0]+(?:we|I)[ \u00a0]+(?:found|saw|noted)|on[ \u00a0]+(?:arrival|scene|examination)|findings|injuries|obs|observations|assessment|the[ \u00a0]+(?:injuries|findings|assessment))\b/i;

/**
 * "The patient was Luthando Mbeki, nineteen ... ## What we found - Gunshot wound to the left thigh":
 * a list under a heading of findings goes on with the patient of the paragraph before it.
 */
function findingsOnSomeone(ctx: DetectContext, at: number): boolean {
  const here = ctx.segmentAt(at);
  if (!here || here.block !== 'item') return false;
  let i = ctx.segments.indexOf(here) - 1;
  while (i >= 0 && ctx.segments[i].block === 'item') i--;
  const heading = ctx.segments[i];
  const before = ctx.segments[i - 1];
  if (!heading || heading.block !== 'heading' || !before || before.kind !== 'text' || before.block) return false;
  return FINDINGS_HEADING.test(ctx.text.slice(heading.start, heading.end).trim()) && aboutSomeone(ctx.text.slice(before.start, before.end));
}

function aboutSomeone(paragraph: string): boolean {
  return personal(paragraph) || NAME_WITH_AGE.test(paragraph) || namedSubject(paragraph);
}

/**
 * Tables and lists lose their markup in the visible text: each cell or item stands as a short block of
 * its own. A run of short blocks is one table or list, and the paragraph that opens the run says what
 * it lists ("Her medication, as of March:").
 */
const ITEM_LENGTH = 80;

/**
 * Where the table or list holding `at` stands: `opening`, the cells and the line that open it
 * ("Current medication:"); `context`, back to the paragraph of prose before it, headings included
 * ("Doris, 84"); `label`, the cell just before (a row's label). Undefined outside a table or list.
 */
function recordAround(ctx: DetectContext, at: number): { opening: string; context: string; label: string } | undefined {
  const { segments, text } = ctx;
  const here = ctx.segmentAt(at);
  if (!here || here.kind !== 'text' || here.end - here.start > ITEM_LENGTH) return undefined;
  const index = segments.indexOf(here);
  const before: string[] = [];
  let opened = 0;
  for (let i = index - 1; i >= 0 && index - i <= 40 && segments[i].kind === 'text'; i--) {
    const value = text.slice(segments[i].start, segments[i].end).trim();
    before.push(value);
    if (/:$/.test(value) && !opened) opened = before.length;
    if (value.length > ITEM_LENGTH) break;
  }
  const lines = (n: number) => before.slice(0, n).reverse().join('\n');
  return { opening: lines(opened || before.length), context: lines(before.length), label: before[0] ?? '' };
}

/** A date of birth or a health number: what only one person's record gives. */
const BIRTH_OR_HEALTH_NUMBER = String.raw`DOB|D\.O\.B\.?|date[ \u00a0]+of[ \u00a0]+birth|NHS[ \u00a0]+(?:no|number)`;
/** A table headed by whom it is about: a date of birth, initials ("J.M.", "Mr D.K."), a title and a name. */
const PERSON_HEADING = new RegExp(String.raw`\b(?:${BIRTH_OR_HEALTH_NUMBER})\b|(?<![\p{L}])(?!U\.?[SK]\.)\p{Lu}\.[ \u00a0]?\p{Lu}\.?(?![\p{L}])|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+\p{Lu}`, 'u');
/** A line that gives a date of birth or a health number is one person's record. */
const RECORD_LINE = new RegExp(String.raw`\b(?:${BIRTH_OR_HEALTH_NUMBER}|MRN|NHI|CHI[ \u00a0]+(?:no|number))\b`);
/** Whether the line holding `at` gives a date of birth or a health number before it (within `reach` characters). */
function onRecordLine(text: string, at: number, reach = Infinity): boolean {
  return RECORD_LINE.test(text.slice(Math.max(text.lastIndexOf('\n', at) + 1, at - reach), at)) || ledByNameAndAge(text, at);
}

/** Whether the line holding `at` opens with who it is about (see NAME_AND_AGE_LEAD). */
function ledByNameAndAge(text: string, at: number): boolean {
  return NAME_AND_AGE_LEAD.test(text.slice(text.lastIndexOf('\n', at) + 1, at));
}

/** A handover line opened by who and how old, or by the bed and who is in it: "Mr Ferguson, 88. Parkinson's", "Bed 3, Callum Docherty. ... first-episode psychosis". */
const NAME_AND_AGE_LEAD = /^[\s*•#-]*(?:\d{1,2}[.)][ \u00a0]+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?,[ \u00a0]+\d{1,3}[.,;:][ \u00a0]|^[\s*•#-]*(?:Bed|Bay|Cot|Room)[ \u00a0]+\d{1,3}[A-Za-z]?,[ \u00a0]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+)?["“]?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?["”]?\.?\**[ \u00a0]/u;
/** What a teaching table lists: doses for anyone, examples, a formulary. */
const GENERAL_LEAD = /\b(?:common(?:ly)?|typical(?:ly)?|usual|starting[ \u00a0]+doses?|maximum|max|recommended|examples?|e\.g\.|such[ \u00a0]+as|BNF|formulary|adults|children[ \u00a0]+aged|licensed|guidance|guidelines?)\b/i;
/** The row label of a checklist about one person: "| Diagnoses | ... |", "| Other | ... |". */
const HEALTH_LABEL = /^(?:(?:known|current|main|other|primary|secondary|relevant|significant|previous|past|additional)[ \u00a0]+)?(?:diagnos[ie]s|conditions?|health|(?:physical|mental)(?:[ \u00a0]+health)?|medical(?:[ \u00a0]+(?:history|needs|alerts|issues))?|(?:past[ \u00a0]+)?medical[ \u00a0]+history|PMH|history|background|other|others|issues|needs|co-?morbidit(?:y|ies)|medications?|meds|allergies|disabilit(?:y|ies)|SEND?|additional[ \u00a0]+needs|support[ \u00a0]+needs|health[ \u00a0]+needs|alerts|eligibility|(?:primary[ \u00a0]+|secondary[ \u00a0]+)?(?:disability|exceptionality)(?:[ \u00a0]+(?:category|categories))?|(?:IEP|EHCP|504)[ \u00a0]+(?:category|eligibility|needs))[ \u00a0]*:?$/i;

/**
 * A medication list or a health checklist of one person: a drug with its dose opening a cell or an
 * item, or a condition in the row after a label such as "Diagnoses". The table's header or the
 * paragraph opening it says whose it is, or, when that says nothing, the post is about someone and
 * nothing marks the table as teaching.
 */
function inRecordOfSomeone(ctx: DetectContext, start: number, end: number, dosed: boolean, guide: boolean): boolean {
  if (rowOpenedByPerson(ctx, start) || (!guide && inNotesOnAPerson(ctx, start))) return true;
  const record = recordAround(ctx, start);
  if (!record) return false;
  const item = ctx.segmentAt(start)!;
  const opensItem = /^[\s*•-]*$/.test(ctx.text.slice(item.start, start));
  const fillsCell = item.end <= end + 1;
  // "| Apixaban | 5 mg twice daily |": the dose may stand in the next cell.
  const doseInNextCell = fillsCell && DOSE.test(` ${ctx.text.slice(end, end + 30).trimStart()}`);
  // "| Doreen (room 4) | apixaban, AF |": a med round's row opens with the person it is about.
  const rowOfPerson = personCell(record.label);
  const listed = ((dosed || doseInNextCell) && opensItem) || HEALTH_LABEL.test(record.label) || (opensItem && fillsCell && TICKED.test(nextCell(ctx, item))) || rowOfPerson;
  if (!listed || GENERAL_LEAD.test(record.opening)) return false;
  if (rowOfPerson) return true;
  const { context } = record;
  // In a guide, "if a pupil has..." before a table is anyone: only a name or a date of birth says whose.
  if (guide) return PERSON_HEADING.test(context) || nameHeading(context);
  return aboutSomeone(context) || PERSON_HEADING.test(context) || CLIENT_OR_KIN.test(context) || nameHeading(context) || aboutSomeone(ctx.text);
}

/** A checklist's answer in the cell after a condition: "| Epilepsy | yes |", "| COPD | since 2019 |". */
const TICKED = /^(?:yes|y|[✓✔☑✅x]|ticked|present|current|ongoing|treated|diagnosed|controlled|managed|since[ \u00a0]+\d{4}|(?:19|20)\d{2})(?![\p{L}\p{N}])/iu;

function nextCell(ctx: DetectContext, item: { end: number }): string {
  const next = ctx.segments[ctx.segments.findIndex((s) => s.start >= item.end)];
  return next && next.end - next.start <= ITEM_LENGTH ? ctx.text.slice(next.start, next.end).trim() : '';
}

/**
 * A cell that is a person: a title and a name, or a given name, with a room, a bed or an age after it
 * ("Mr Okoro", "Doreen (room 4)", "Alf, bed 2"). Words the lists also hold as names ("Bill") need the title.
 */
function personCell(cell: string): boolean {
  const m = /^(?:(Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+\p{Lu}[\p{L}'’-]*|(\p{Lu}\p{Ll}+)(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)?)(?:[ \u00a0]*(?:\([^)]{1,20}\)|,[ \u00a0]*[\p{L}\p{N} ]{1,15}))?$/u.exec(cell);
  return m !== null && (m[1] !== undefined || classify(m[2]) === 'given');
}

/** "Nan (Wikitoria)", "Mum": a relative, named in brackets or not, opening a row of a family's table. */
const KIN_CELL = /^(?:nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|koro|kuia|mum|mom|dad|aunty|auntie|uncle|stepdad|stepmum)(?:[ \u00a0]*\([^)]{1,30}\))?$/iu;

/** A Markdown table row whose first cell is a person: every note in the row is that person's, however long. */
function rowOpenedByPerson(ctx: DetectContext, at: number): boolean {
  const here = ctx.segmentAt(at);
  if (!here?.cell || here.cell.column === 0) return false;
  const first = ctx.segments.find((s) => s.cell?.row === here.cell!.row && s.cell.column === 0 && s.kind === 'text');
  const cell = first ? ctx.text.slice(first.start, first.end).trim() : '';
  return personCell(cell) || KIN_CELL.test(cell);
}

/** A line of notes opened by whom it is about: "- Mrs Delaney: chest infection", "Edie (flat 3) – UTI again". */
function lineOfPerson(text: string, start: number): boolean {
  const lead = /^[ \u00a0]*(?:[*•-][ \u00a0]+)?(.+?)[ \u00a0]*(?::|[ \u00a0][–—-])[ \u00a0]*$/u.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  return lead !== null && personCell(lead[1]);
}

/** A line that is only a name, with an age perhaps: "Doris, 84", "Mr Okafor". */
function nameHeading(lines: string): boolean {
  return lines.split('\n').some((line) => {
    const m = /^(\p{Lu}\p{Ll}+)(?:[ \u00a0]+\p{Lu}\p{Ll}+)?(?:,?[ \u00a0]+(?:aged[ \u00a0]+)?\d{1,3})?$/u.exec(line);
    return m !== null && classify(m[1]) === 'given';
  });
}

/** A word with a dose after it is a drug even when no list holds it: "on Somnovel 2 mg at night". */
const DOSED_WORD = /(?<![\p{L}])\p{L}[\p{Ll}-]{3,}(?=[ \u00a0]+\d+(?:\.\d+)?[ \u00a0]?(?:mg|mcg|micrograms?|milligrams?|units)\b)/gu;

/**
 * Oxygen with a flow rate or round the clock ("continuous oxygen at 2 litres", "on 24-hour oxygen"):
 * unlike oxygen alone, it reads off a care plan and says how ill someone is.
 */
const FLOW = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|half[ \u00a0]a)[ \u00a0]?(?:litres?|liters?|L|lpm)(?:[ \u00a0]*(?:a|per|\/)[ \u00a0]*min(?:ute)?)?`;
const OXYGEN_DETAIL = new RegExp(String.raw`\b(?:(?:(?:continuous|constant|24-hour|24[ \u00a0]hour|round-the-clock|overnight|long-term|home|supplemental|supplementary)[ \u00a0]+)+oxygen(?:[ \u00a0]+(?:at|on)[ \u00a0]+${FLOW}(?![\p{L}]))?|oxygen[ \u00a0]+(?:at|on)[ \u00a0]+${FLOW}(?![\p{L}])|${FLOW}[ \u00a0]+of[ \u00a0]+oxygen)`, 'giu');
const OXYGEN_SPECIFIC = new RegExp(FLOW, 'i');

/**
 * Common conditions of childhood, and the hearing loss of old age, that fit too many people to name
 * anyone, until a sentence says whose they are: "his asthma", "she has eczema", "she has mild cognitive
 * impairment and hearing loss". Beside a school, a class or an age they help single a child
 * out. The commoner umbrella words of adult life (diabetes, arthritis, anxiety) stay general even then.
 */
const EVERYDAY_MEDICINE_WORDS = ['inhaler', 'inhalers', 'nebuliser', 'nebulizer', 'nebulisers', 'nebulizers'];
const OWNABLE_UMBRELLA = new Set(['asthma', 'eczema', 'hearing loss', ...EVERYDAY_MEDICINE_WORDS]);
/** Of those, the medicines: "his inhaler" says asthma without naming it. */
const EVERYDAY_MEDICINE = new Set(EVERYDAY_MEDICINE_WORDS);
/** "Yusuf, who is three and has asthma": an age said between the child and the condition. */
const AGE_CLAUSE = String.raw`(?:,?[ \u00a0]+(?:who[ \u00a0]+)?(?:is|was|turned)[ \u00a0]+[\p{L}\d-]+(?:[ \u00a0]+(?:years?|months?)[ \u00a0]+old)?,?[ \u00a0]+and|,[ \u00a0]+who)?`;
const UMBRELLA_OWNER_BEFORE = new RegExp(String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?<![\p{L}])\p{Lu}\p{Ll}+['’]s)[ \u00a0]+(?:(?:bad|severe|poorly[ \u00a0]controlled|worsening|long-standing|type[ \u00a0][12])[ \u00a0]+)?$|\b(?:[Ss]he|[Hh]e|[Tt]hey|son|daughter|child|boy|girl|baby|brother|sister|mum|mom|dad|(?<![\p{L}])\p{Lu}\p{Ll}+)${AGE_CLAUSE}[ \u00a0]+(?:has|had|['’]s[ \u00a0]+got|has[ \u00a0]+got|has[ \u00a0]+had|was[ \u00a0]+diagnosed[ \u00a0]+with|lives[ \u00a0]+with)[ \u00a0]+(?:an?[ \u00a0]+)?(?:(?:bad|mild|moderate|severe|profound|type[ \u00a0][12])[ \u00a0]+)?(?:(?:[\p{L}'’-]+[ \u00a0]+){0,3}[\p{L}'’-]+,?[ \u00a0]+and[ \u00a0]+(?:(?:mild|moderate|severe|profound)[ \u00a0]+)?)?$`, 'u');

/** "Kids with asthma should keep their inhaler in class": "their" is every child of a group. */
function ownedByAGroup(text: string, start: number, end: number): boolean {
  return /\b[Tt]heir[ \u00a0]+$/.test(text.slice(Math.max(0, start - 8), start)) && GROUP_OF_PEOPLE.test(sentenceByMarks(text, start - 1, end));
}

const GROUP_OF_PEOPLE = /\b(?:kids|children|pupils|students|people|everyone|anyone|families|parents|patients|clients|residents|players|athletes|adults|teenagers|young[ \u00a0]+people)\b/i;

/**
 * "X syndrome, a rare form of cerebral palsy that...": the words after a named diagnosis that explain
 * it name the same finding, not a second condition.
 */
const EXPLAINS_BEFORE = /(?:,|\(|:|[ \u00a0][–—-])[ \u00a0]*(?:which[ \u00a0]+is[ \u00a0]+)?(?:a|an|one)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:form|type|kind|variant|subtype|cause|cousin)[ \u00a0]+of[ \u00a0]+$/i;

/**
 * Conditions written as a kind with its site or cause, where no list can hold every combination:
 * "ampullary cancer", "small cell carcinoma"; "methamphetamine use disorder", "bipolar affective
 * disorder", "emotionally unstable personality disorder"; "triple-vessel disease"; "an overdose".
 */
const SITED_CANCER = /(?<![\p{L}-])(?:[a-z]{3,}(?:ary|al|ic|ar|ine|ian|ous|ial)[ \u00a0]+(?:small[ \u00a0]+|non-small[ \u00a0]+|squamous[ \u00a0]+|basal[ \u00a0]+)?(?:cell[ \u00a0]+)?(?:cancer|carcinoma|adenocarcinoma|sarcoma|lymphoma|neoplasm|malignancy)|(?:small|non-small|squamous|basal|clear|renal)[ \u00a0]+cell[ \u00a0]+(?:cancer|carcinoma))(?![\p{L}])/gu;
/** Adjectives before "cancer" that say nothing of where: "general cancer talk", "usual cancer care". */
const NOT_A_SITE = /^(?:general|usual|several|special|total|annual|actual|typical|local|social|national|regional|historical|potential|individual|medical|clinical|terminal|eventual|critical|classic|particular|regular|similar|familiar|popular|rare|ordinary|primary|secondary|necessary|voluntary|various|serious|previous|obvious|numerous|dangerous|curious|nervous|famous|anxious|religious|generic|public|chronic|domestic)[ \u00a0]/i;
const DISORDER_KIND = /(?<![\p{L}-])(?:[a-z]+[ \u00a0]+use|bipolar[ \u00a0]+affective|(?:emotionally[ \u00a0]+unstable|borderline|antisocial|avoidant|dependent|histrionic|narcissistic|paranoid|schizoid|schizotypal|dissocial)[ \u00a0]+personality|schizoaffective|reactive[ \u00a0]+attachment|functional[ \u00a0]+neurological|oppositional[ \u00a0]+defiant|persistent[ \u00a0]+depressive|recurrent[ \u00a0]+depressive|major[ \u00a0]+depressive|binge[ \u00a0]+eating|dissociative[ \u00a0]+identity|body[ \u00a0]+dysmorphic|conversion|somatic[ \u00a0]+symptom)[ \u00a0]+disorder(?![\p{L}])/gu;
/** "Substance use disorder" is the service's name for its field, not anyone's diagnosis. */
const FIELD_NAME = /^(?:substance|drug|alcohol[ \u00a0]+and[ \u00a0]+other)[ \u00a0]/i;
const VESSEL_DISEASE = /(?<![\p{L}-])(?:single|double|triple|two|three|multi)[ \u00a0-]vessel[ \u00a0]+(?:coronary[ \u00a0]+(?:artery[ \u00a0]+)?)?disease(?![\p{L}])/giu;
const OVERDOSE_EVENT = /(?<![\p{L}])(?:an?|another|his|her|their|a[ \u00a0]+second|a[ \u00a0]+third|a[ \u00a0]+further)[ \u00a0]+(?:(?:deliberate|intentional|accidental|unintentional|large|significant|serious|staggered|near-fatal|paracetamol|opioid|mixed)[ \u00a0]+)*overdose(?![\p{L}])(?![ \u00a0]+of[ \u00a0])/giu;

/**
 * A test result or a screening score with its value, as notes record them: "eGFR down to 11", "an
 * EPDS of 19", "CD4 was 187", "HbA1c 98", "PHQ-9 was 22". Said of someone it tells how ill they are;
 * a threshold ("an EPDS of 13 or more") is guidance.
 */
const RESULT_NAME = String.raw`(?:eGFR|HbA1c|A1c|CD4(?:[ \u00a0]+count)?|viral[ \u00a0]+load|PHQ-?9|GAD-?7|EPDS|MMSE|MoCA|ACE-?III|GCS|NEWS2?|INR|FEV1|ferritin|troponin|creatinine|(?:lithium|clozapine|valproate|phenytoin|digoxin|paracetamol)[ \u00a0]+level|Hb|haemoglobin|hemoglobin|platelets|sats|SpO2|BMI)`;
/** "His level came back at 2.1 mmol/L": a drug level named by its owner, the drug said before, with its unit. */
const OWN_LEVEL = /(?<![\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+(?:(?:blood|serum|drug|trough)[ \u00a0]+)?levels?[ \u00a0]+(?:was|is|came[ \u00a0]+back(?:[ \u00a0]+at)?|of|at|had[ \u00a0]+(?:risen|climbed|dropped)[ \u00a0]+to)[ \u00a0]+\d{1,3}(?:\.\d+)?[ \u00a0]*(?:mmol\/L|mg\/L|µmol\/L|umol\/L|ng\/mL|mg\/dL|mcg\/L)/gu;
const RESULT = new RegExp(String.raw`(?<![\p{L}\d-])(?:[Aa]n?[ \u00a0]+)?${RESULT_NAME}(?:[ \u00a0]+(?:score|count|reading|result))?(?:[ \u00a0]+(?:was|is|of|at|came[ \u00a0]+back(?:[ \u00a0]+at)?|had[ \u00a0]+(?:dropped|fallen|risen|climbed)[ \u00a0]+to|(?:dropped|fell|rose|climbed|crept)[ \u00a0]+to|down[ \u00a0]+to|up[ \u00a0]+to|still|now|only|just)){0,3}[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:[ \u00a0]*(?:%|mmol\/mol|mmol\/L|ml\/min|g\/L|cells|copies(?:\/ml)?))?(?![\d.]*\d)`, 'gu');
const OBSERVATION_SCORE = /^(?:[Aa]n?[ \u00a0]+)?(?:GCS|NEWS2?|sats|SpO2|BMI|MMSE|MoCA|PHQ-?9|GAD-?7|EPDS|ACE-?III)[ \u00a0]+\d/;
/** "12 400 copies/ml" in a clinic's table: only a viral load is counted in copies. */
const VIRAL_COPIES = /(?<![\d.])\d{1,3}(?:[ ,\u00a0]\d{3})*[ \u00a0]?copies\/m[lL]\b/g;
const THRESHOLD_AFTER = /^[ \u00a0]*(?:or[ \u00a0]+(?:more|above|over|higher|less|below|under|lower)|and[ \u00a0]+(?:above|over|below|under)|\+|or[ \u00a0]+greater|is[ \u00a0]+(?:a|the)[ \u00a0]+(?:threshold|cut-?off))/i;
const THRESHOLD_BEFORE = /\b(?:above|below|over|under|threshold|cut-?off|target|aim(?:ing)?[ \u00a0]+for|if|when|any|anyone|patients[ \u00a0]+with|people[ \u00a0]+with|score[ \u00a0]+of|scores)[^.!?\n]{0,25}$/i;

/** How far along a pregnancy is: no diagnosis, but with an age and a place it narrows down who (a mosaic part). */
const PREGNANCY = /\b(?:(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|twenty-[a-z]+|thirty|thirty-[a-z]+|forty)[ \u00a0-]weeks?[ \u00a0]pregnant|(?:\d|two|three|four|five|six|seven|eight|nine)[ \u00a0-]months?[ \u00a0]pregnant|pregnant[ \u00a0]with[ \u00a0](?:twins|triplets|her[ \u00a0][a-z]+[ \u00a0]child))\b/gi;

/**
 * What caused a condition, named before it: an organism ("MRSA osteomyelitis", "Lyme carditis"), a
 * missing nutrient ("vitamin B12 deficiency anaemia"), or a cause joined by a hyphen ("steroid-induced
 * diabetes", "post-streptococcal glomerulonephritis"). With one of these even an umbrella word is a
 * specific diagnosis.
 */
const CAUSE = String.raw`(?:post-[a-z]+|anti-[A-Za-z0-9]+(?:[ \u00a0-]receptor)?|[a-z0-9]+-(?:related|induced|associated|acquired|resistant|positive|negative)|MRSA|MSSA|VRE|ESBL|C\.?[ \u00a0]?diff(?:icile)?|E\.[ \u00a0]?coli|Group[ \u00a0][AB][ \u00a0]strep|strep|staph|streptococcal|staphylococcal|pneumococcal|meningococcal|Lyme|COVID(?:-19)?|HIV|CMV|EBV|RSV|viral|bacterial|fungal|tuberculous|listeria|salmonella|(?:vitamin[ \u00a0][A-K]\d{0,2}|B12|iron|folate|thiamine|zinc|magnesium|potassium|calcium|G6PD)[ \u00a0]deficiency)`;
const CAUSE_BEFORE = new RegExp(String.raw`(?:^|[ \u00a0])${CAUSE}[ \u00a0]`, 'i');
/** Adjectives of cause that belong to the diagnosis although they end like any adjective ("-al", "-ic"). */
const CAUSE_ADJECTIVE = /^(?:streptococcal|staphylococcal|pneumococcal|meningococcal|viral|bacterial|fungal)$/i;

/**
 * Qualifiers that turn an umbrella word into a diagnosis of its own: "occupational asthma", "brittle
 * asthma", "allergic contact dermatitis", "wet macular degeneration", "vascular dementia". "Severe" or
 * "chronic" asthma is still asthma; these name a kind a clinician diagnoses.
 */
const SPECIFYING = String.raw`(?:occupational|allergic|irritant|atopic|brittle|wet|dry|neovascular|refractory|recurrent|unstable|end[- ]stage|early[- ]onset|young[- ]onset|late[- ]onset|treatment[- ]resistant|drug[- ]resistant|cough[- ]variant|eosinophilic|steroid[- ]dependent|gestational|vascular|frontotemporal|haemorrhagic|hemorrhagic|ischaemic|ischemic|absence|focal|tonic[- ]clonic|myoclonic|febrile|hemiplegic|vestibular|pernicious|aplastic|sensorineural|conductive|aspiration|neutropenic|psoriatic|rheumatoid|reactive|septic|juvenile|congenital|infantile|psychotic|postnatal|postpartum|perinatal|catatonic|senile|alcoholic|diabetic|hypertensive|inflammatory|degenerative|nocturnal|chronic[ \u00a0]+obstructive)`;
const SPECIFYING_WORD = new RegExp(String.raw`^${SPECIFYING}$`, 'i');
const SPECIFIED_BEFORE = new RegExp(String.raw`(?:^|[ \u00a0])${SPECIFYING}[ \u00a0]`, 'i');

/**
 * Infections that keep coming back, with where they strike: "recurrent chest infections", "frequent
 * UTIs", "repeated ear infections". One infection is everyone's winter; the pattern is a finding in
 * someone's notes, and often the sign of a condition behind it.
 */
const REPEATED_INFECTIONS = /\b(?:recurrent|recurring|repeated|repeat|frequent|persistent|constant)[ \u00a0]+(?:(?:chest|lung|respiratory|urinary(?:[ \u00a0]+tract)?|kidney|bladder|ear|sinus|throat|skin|water|wound|fungal|yeast|bacterial)[ \u00a0]+infections|UTIs|pneumonias?|tonsillitis|cellulitis|pancreatitis|bronchitis|otitis(?:[ \u00a0]+media)?)\b/gi;

/** Words that sharpen a diagnosis and belong to it: "stage IV", "early-onset", "left MCA". */
const MODIFIERS = new RegExp(String.raw`(?:(?:stage[ \u00a0](?:[0-5]|I{1,3}V?|IV|one|two|three|four|five)[ab]?|${CAUSE}|${SPECIFYING}|grade[ \u00a0][1-4]|early[- ]onset|late[- ]onset|end[- ]stage|advanced|metastatic|terminal|inoperable|bilateral|left|right|severe|recurrent|relapsing[- ]remitting|secondary[ -]progressive|primary[ -]progressive|juvenile|congenital|infantile|acute|chronic|treatment[- ]resistant|[a-z]+ic|[a-z]+al)[ \u00a0]+)+$`, 'i');
const CANCER_SITE = /(?:pancreatic|breast|lung|bowel|colon|colorectal|prostate|ovarian|cervical|stomach|oesophageal|esophageal|liver|kidney|bladder|skin|throat|mouth|testicular|thyroid|bone|brain|blood|womb|uterine|rectal|anal|pancreas)$/i;

/** Someone in particular is being described in the sentence. */
const PERSONAL = /\b(?:she|he|her|his|him|hers|himself|herself|i diagnosed|one of (?:my|our|the) (?:clients|patients|students|pupils|residents|kids|children|boys|girls|young people|families|lads|service users|regulars|learners|mums|dads|teenagers|year \d+s)|my (?:client|patient|student|pupil|resident|service user|young person|son|daughter|mum|mom|dad|father|mother|husband|wife|partner)|(?:a|the|this|our) (?:(?:[\w]+-(?:year|month|week|day)-old|baby|little|young|old|elderly|older|teenage|newborn|retired|new|year \d+|grade \d+|reception) ){0,2}(?:woman|man|girl|boy|child|kid|teenager|teen|lad|lass|baby|toddler|infant|patient|client|student|pupil|resident|veteran|mother|father|mum|mom|dad|grandmother|grandfather|widow|widower|farmer|driver|nurse|teacher|starter|youngster|tenant|lodger|pensioner|gentleman|lady)\b|\d+[- ](?:year|month|week|day)[- ]old|(?:year|month|week|day)s?[- ]old)\b/i;
/** "Their baby was born...": one family's child, unless the sentence speaks of parents in general. */
const THEIR_CHILD = /\btheir (?:baby|newborn|son|daughter|little boy|little girl)\b/i;
/**
 * A letter to one person ("A letter to Jean", "Dear Jean,") speaks to its subject as "you": there
 * "you had heart failure" is said of them. Set for each post by the recognizer; guides say "you" to
 * every reader, so only a letter's address turns it on.
 */
let addressedToOne = false;
const SECOND_PERSON = /\b(?:you|your|yours|yourself)\b/i;
/** Someone in particular in the words: a pronoun, a client or relative, or "you" in a letter to one person. */
function personal(words: string): boolean {
  return PERSONAL.test(words) || (addressedToOne && SECOND_PERSON.test(words));
}

/** After a named person, a verb that says the term is theirs: "Dayo has", "Marguerite was diagnosed with". */
const ATTACHED_BEFORE = /(?:\b(?:diagnosed with|diagnosis of|diagnosis was|has|had|have|having|living with|lives with|developed|suffers from|suffering from|treated for|admitted with|presented with|started|starting|started on|restarted|takes|took|taking|prescribed|titrated|titrating)\b[^.!?\n]{0,30})$/i;
/** General talk: about people in the plural, statistics, research, awareness. */
const GENERAL_BEFORE = /\bif[ \u00a0]+you(?:['’]re|[ \u00a0]+are)[ \u00a0]+(?:on|taking|prescribed)[ \u00a0]+$|\b(?:people|clients|patients|children|kids|babies|infants|newborns|adults|families|students|pupils|anyone|everyone|those|someone|somebody|individuals|men|women|parents|carers|teenagers|youngsters|residents|many|most|some|all|any|more|fewer|rates? of|risk of|about|around|awareness|research|study|studies|training|course|talks?|session|webinar|module|like|such as|including|e\.g\.|occasional|odd|usual|typical|common|the rare)\s+(?:\w+\s+){0,2}$/i;
const GENERAL_SENTENCE = /\d+(?:\.\d+)?\s?%|\bper ?cent\b|\bmillion\b|\bbillion\b|\bone in \d+|\b1 in \d+|\bstatistic|\bprevalence\b|\bnationally\b|\bworldwide\b|\bresearch\b|\bstudies\b|\bguidelines?\b|\bNICE\b|\bawareness (?:week|month|day)\b/i;
const RARE_CONTEXT = /\b(?:(?:ultra-)?rare\b|one[- ]in[- ](?:a|two|three|five|ten|\d+)[- ]million|few hundred (?:known )?cases|handful of cases|only (?:child|one|person|patient|case)\b[^.!?]{0,40}\b(?:with it|in the (?:country|province|state|county))|never (?:seen|met) (?:another|a case))/i;
/** The condition names a service or a charity: "the diabetes nurse", "Parkinson's UK", "the stroke unit". */
const SERVICE_AFTER = /^['’]?s?[ \u00a0]+(?:Teams|Word|Excel|Office|Forms|Paint|DOS|UK|Canada|Australia|Ireland|NZ|America|Society|Foundation|Association|Trust|Alliance|Action|Research|Network|Memorial|Quilt|Project|Coalition|Fund|Council|Institute|Conference|Campaign|Vigil|Walk|Ride|Day|Week|Month|charity|nurses?|clinics?|services?|teams?|wards?|units?|specialists?|consultants?|awareness|support group|group|helplines?|centres?|centers?|week|month|day|pathways?|programmes?|programs?|clinic|service|training|course|friends|caseloads?|rounds?|patients|lists?|beds|bays?|registers?|referrals|cohorts?)\b/;
/** A named person does or has something: "Marguerite came home...", "Dayo has...", "Mum, Shauna, has...". */
const NAMED_SUBJECT = /(?:^|[^.!?]\s)(?!(?:The|A|An|This|That|It|There|Then|When|If|But|And|So|In|On|At|We|I|You|They|Our|My|Most|Some|Many|All)\b)\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+|[ \u00a0]\p{Lu}\.?(?![\p{L}\p{N}]))?(?:[ \u00a0]*\([^)\n]{1,60}\)|,[ \u00a0]*(?:aged[ \u00a0]+)?\d{1,3},|(?<=,[ \u00a0]\p{Lu}\p{Ll}+),)?[ \u00a0]+(?:has|had|have|was|is|came|comes|went|takes|took|got|gets|started|lives|lived|spent|spends|needs|needed|uses|used|developed|suffers|suffered|began|remains|woke|collapsed|fell|arrived|returned)\b/u;

/**
 * Headlines shown as links, in feeds and on social cards. A description usually lists what the post is
 * about ("on rugby, rheumatic fever and ..."), so a condition named there stays a topic.
 */
const HEADLINE_FIELDS = new Set(['title', 'subtitle']);

/** Words a letter labels, so the letter is no one: "hepatitis C is", "vitamin D has", "Plan B was". */
const LETTERED = `(?:${'hepatitis hep vitamin vit plan type group grade stage class section level option category part block wing ward floor room unit bay bed factor form box step phase tier band zone area gate platform route team key year appendix figure table schedule article clause paragraph model series division league strep'.split(' ').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/**
 * A client kept to an initial, as court, probation and case-note writing does: "C has ADHD", "C's
 * epilepsy". A lone capital, not "A" or "I", and not the start of a dotted abbreviation.
 */
const INITIAL = String.raw`(?<![\p{L}\p{N}.'’&/-])(?<!\b${LETTERED}[ \u00a0])(?![AI](?![\p{L}]))\p{Lu}(?![\p{L}\p{N}.&/-])`;
const INITIAL_SUBJECT = new RegExp(String.raw`(${INITIAL})[ \u00a0]+(?:(?:has|had|have|was|is|takes|took|got|gets|started|lives|lived|needs|needed|uses|used|developed|suffers|suffered|began|remains|collapsed|fell)\b|['’]s[ \u00a0]+(?:got|been|had)\b)`, 'gu');
const INITIAL_OWNER = new RegExp(String.raw`(${INITIAL})['’]s[ \u00a0]+(?:(?:new|recent|latest|worsening|ongoing|untreated|undiagnosed)[ \u00a0]+)?$`, 'u');

/**
 * Initials the post keeps coming back to: a client written as "C" is named again and again, while a
 * stray capital ("option B was...") turns up once. Set for each post by the recognizer.
 */
let initialsOfPost = new Set<string>();
const LONE_CAPITAL = new RegExp(INITIAL, 'gu');

function recurringInitials(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LONE_CAPITAL)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([letter]) => letter));
}

/** Words before an initial that make it a person: a title, or the pet names used for a young client. */
const BEFORE_INITIAL = /^(?:mr|mrs|ms|miss|mx|dr|wee|young|little|big|baby|client|patient|resident|pupil|auntie|uncle|nana|nan|granny|grandad)$/;

/** "C has ADHD": one of the post's recurring initials is the subject. */
function initialSubject(sentence: string): boolean {
  return [...sentence.matchAll(INITIAL_SUBJECT)].some((m) => initialsOfPost.has(m[1]));
}

/** A subject that is a name, not a capitalised common word or the condition itself ("Autism is..."). */
function namedSubject(sentence: string, initials = true): boolean {
  if (initials && initialSubject(sentence)) return true;
  const english = dataSet('words/english.txt');
  return [...sentence.matchAll(new RegExp(NAMED_SUBJECT.source, 'gu'))].some((m) => {
    const word = /\p{Lu}\p{Ll}+/u.exec(m[0])![0].toLowerCase();
    // "Mrs K has", "Wee C came": a title or a pet name before an initial is how notes keep a client short.
    if (/[ \u00a0]\p{Lu}\.?[ \u00a0]+\p{Ll}+$/u.test(m[0])) return BEFORE_INITIAL.test(word);
    return !english.has(word) && !loadLexicon().kinds.has(word);
  });
}

/** "It nearly gave him a heart attack", "she'll have a fit": a figure of speech, not an event. */
const IDIOM_BEFORE = /\b(?:nearly|almost|practically|half|about to|going to|gonna|(?:gave|give|gives|giving)[ \u00a0]+(?:me|him|her|them|us|you|everyone))[ \u00a0]+(?:had[ \u00a0]+|have[ \u00a0]+|having[ \u00a0]+)?a[ \u00a0]+$/i;

/** Umbrella words describe half the population; only their specific forms identify. */
const UMBRELLA = new Set(['depression', 'anxiety', 'self-harm', 'self harm', 'cancer', 'stroke', 'dementia', 'diabetes', 'psychosis', 'arthritis', 'addiction', 'seizures', 'pneumonia', 'measles', 'sepsis', 'delirium', 'incontinence', 'hearing loss', 'migraine', 'eczema', 'asthma', 'anaemia', 'anemia', 'cataracts', 'chemotherapy', 'radiotherapy', 'immunotherapy', 'premature', 'learning disability', 'learning disabilities', 'learning difficulty', 'learning difficulties', ...EVERYDAY_MEDICINE_WORDS]);

/**
 * Treatments given for many conditions (dialysis, morphine, oxygen): identifying only when plainly
 * theirs ("his morphine", "goes for dialysis", "started on oxygen"), not when the post discusses them.
 */
const TREATMENTS = new Set(['morphine', 'paracetamol', 'acetaminophen', 'ibuprofen', 'codeine', 'antibiotics', 'laxatives', 'oxycodone', 'fentanyl']);
/**
 * Care and equipment that many conditions share ("home oxygen", "dialysis three times a week", "a
 * wheelchair"): they say someone is unwell, not what they have, so they are only noted, even when
 * plainly theirs. The diagnosis behind them, when named, is reported on its own. A device fitted to
 * someone (a feeding tube, a central line, an ICD) is not here: it is theirs alone, seen by everyone
 * around them, and the lexicon reports it like a diagnosis.
 */
const EVERYDAY_CARE = new Set(['dialysis', 'haemodialysis', 'hemodialysis', 'peritoneal dialysis', 'oxygen', 'home oxygen', 'catheter', 'stoma bag', 'colostomy bag', 'hrt', 'hearing aid', 'hearing aids', 'wheelchair']);

const UMBRELLA_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${[...UMBRELLA].map(escapeRegExp).join('|')})(?![\p{L}])`, 'giu');

/** Care that is someone's: "on home oxygen", "goes for dialysis", "has had a feeding tube". */
const CARE_BEFORE = /\b(?:his|her|their|on|for|started|starting|needs|needed|needing|has|had|having|with|uses|using|got|fitted with|receives|receiving)\s+(?:(?:a|an|new|regular|daily|nightly|weekly|home|more|permanent|temporary)\s+)*$/i;

/**
 * A stroke told as an event in one person's life: "Nana had a stroke in March", "after her stroke she
 * could not find her words". Alone it fits many people, but beside an age and a place it points at
 * one; "stroke is a leading cause of disability" stays general, "a stroke of luck" is no stroke.
 */
const STROKE_EVENT_BEFORE = /\b(?:had|has[ \u00a0]+had|['’]d[ \u00a0]+had|suffered|having|survived|died[ \u00a0]+(?:of|from|after))[ \u00a0]+(?:(?:a|an|the|her|his|their|another|second|third|first|massive|major|big|small|minor|mild|bad|severe|serious|sudden|fatal|huge|catastrophic|further|last|latest|recent)[ \u00a0]+)+$/i;
const STROKE_OWNER_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?<![\p{L}])\p{Lu}\p{Ll}+['’]s)[ \u00a0]+(?:(?:first|second|last|latest|recent|big|massive|major)[ \u00a0]+)?$/u;
/**
 * "After her stroke", "since his stroke": the time of one person's life. "Came to us after a stroke"
 * only says why someone is on a stroke ward, and "after the stroke" leans on what came before.
 */
const STROKE_TIME_BEFORE = /\b(?:after|since|before|following|until|from)[ \u00a0]+(?:his|her|their|\p{Lu}\p{Ll}+['’]s)[ \u00a0]+(?:(?:first|second|last|latest|recent|big|massive|major)[ \u00a0]+)?$/iu;
/** What a stroke leaves behind, so "his stroke" is no swimmer's or golfer's. */
const STROKE_AFTERMATH = /\b(?:hospital|ward|ambulance|speech|words|talk|walk|weakness|paralys\w+|rehab\w*|physio\w*|recover\w*|aphasia|swallow\w*|carers?|care[ \u00a0]+home|wheelchair|side|arm|leg|face|never[ \u00a0]+the[ \u00a0]+same|died|diagnos\w*)\b/i;

function strokeEvent(text: string, start: number, end: number): boolean {
  if (!/^stroke$/i.test(text.slice(start, end)) || /^[ \u00a0]+of\b/i.test(text.slice(end, end + 5))) return false;
  const before = text.slice(Math.max(0, start - 50), start);
  if (STROKE_EVENT_BEFORE.test(before) || STROKE_TIME_BEFORE.test(before)) return true;
  const owned = STROKE_OWNER_BEFORE.test(before) || (addressedToOne && /\b(?:[Yy]our|after[ \u00a0]+your|since[ \u00a0]+your)[ \u00a0]+$/.test(before));
  return owned && (/\b(?:after|since|before|following|until|from)[ \u00a0]+\S+[ \u00a0]+$/i.test(before) || STROKE_AFTERMATH.test(paragraphAround(text, start)));
}

/** Umbrella words that a cause does not make specific: "work-related anxiety" is still anxiety. */
const MOOD_UMBRELLA = new Set(['depression', 'anxiety', 'addiction', 'self-harm', 'self harm']);

/**
 * Short forms that are also words or other abbreviations: "MS" (a master's degree, Microsoft), "CF"
 * ("compare"), "DID", "ADD", "PDA". They name a diagnosis only next to a medical word.
 */
const AMBIGUOUS_ACRONYMS = new Set(['MS', 'CF', 'PD', 'AF', 'CP', 'TB', 'ADD', 'ODD', 'DID', 'PDA', 'ALS', 'AML', 'GAD', 'SMA', 'EDS', 'BPD', 'FTD', 'TIA', 'FND', 'POTS', 'ECT', 'HRT', 'SVT', 'CLL', 'DMD', 'FOP', 'PMR', 'IPF', 'JIA', 'TLE', 'TLD', 'TDF', 'CHOP', 'FEC', 'RIPE', 'PEP', 'GCA', 'LVF', 'ICD', 'PEG', 'PEJ', 'NEC', 'CDH', 'VPI', 'PVL', 'AVSD', 'LVAD']);
const MEDICAL_WORDS = /\b(?:diagnos\w*|clinic|clinics|nurse|nurses|condition|flares?|flare-ups?|relapses?|relapsing|symptoms?|consultant|specialist|neurolog\w*|respiratory|hospital|ward|treatment|treated|medication|meds|tablets|infusions?|physio\w*|disease|illness|GP|doctor|paediatrician|pediatrician|psychiatrist|assessment|wheelchair|fatigue|mobility|lungs?|chest|breathing|lesions?|MRI|scans?|enzymes|inhaler|seizures?|prognosis|progressive|remission|chemo|transplant)\b/i;
/** "has MS", "his CF", "living with ADD"; "an MS in social work" is a degree. */
const AMBIGUOUS_OWNED = /\b(?:has|had|have|having|with|his|her|their|diagnosed with)[ \u00a0]+$/i;
/** What the short form describes when it is no diagnosis: "an MS in counseling", "her CP plan", "a PD day". */
const NOT_DIAGNOSIS_AFTER = /^[ \u00a0]+(?:in|degree|from|student|programme|program|thesis|course|plan|plans|conference|register|case|cases|meeting|referral|investigation|concerns?|procedures?|order|officer|day|days|session|hours|card|file|number)\b/i;

/** "diagnosed with TB in March", "CF in both lungs": "in" after the short form says when or where, not a subject of study. */
const IN_TIME_OR_PLACE = /^[ \u00a0]+in[ \u00a0]+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d|the[ \u00a0]+(?:spring|summer|autumn|fall|winter|end|past|same|first|last)|childhood|infancy|her|his|their|both|prison|hospital)\b/;

/**
 * "a TB diagnosis", "an ICD fitted", "a PEG for feeds": after an article, the short form is a diagnosis
 * or a device only when the words after say so.
 */
const DIAGNOSIS_AFTER = /^[ \u00a0]+(?:diagnos[ie]s|(?:was[ \u00a0]+|were[ \u00a0]+)?(?:fitted|implanted|inserted|placed|sited|put[ \u00a0]+in|changed|replaced|removed)|(?:for|with)[ \u00a0]+(?:feeds|feeding|nutrition|meds|medication))\b/i;
/** "ICD-10", "PEG-3350": a number joined to the short form makes it a code or a product. */
const CODE_AFTER = /^[-\u2010\u2011][ \u00a0]?\d/;

function ambiguousAcronymIsDiagnosis(text: string, start: number, end: number, kind: Kind): boolean {
  // "switched to TLE", "started on TLD": a regimen's short form is a drug where a drug is given.
  if (kind === 'medication' && medicationContext(text, start, end)) return true;
  if (CODE_AFTER.test(text.slice(end, end + 3))) return false;
  // "| apixaban, AF |": a drug listed just before says the short form is what it is given for.
  const drugBefore = /([\p{L}-]{4,}),[ \u00a0]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (drugBefore && loadLexicon().kinds.get(normalise(drugBefore[1])) === 'medication') return true;
  if (NOT_DIAGNOSIS_AFTER.test(text.slice(end, end + 20)) && !IN_TIME_OR_PLACE.test(text.slice(end, end + 30))) return false;
  if (/\b(?:a|an|the)[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 6), start))) return DIAGNOSIS_AFTER.test(text.slice(end, end + 30));
  // "has MS", and "has drug-resistant TB": the owner may stand before the words that qualify it.
  const from = extendModifiers(text, start, 'condition');
  if (AMBIGUOUS_OWNED.test(text.slice(Math.max(0, from - 20), from))) return true;
  return MEDICAL_WORDS.test(sentenceAndOneBefore(text, start, end));
}

const TREATMENT_BEFORE = /\b(?:his|her|their|on|for|started|starting|starts|restarted|needs|needed|needing|receives|received|receiving|titrated|titrating|takes|took|taking|prescribed|(?:gave|gives|giving) (?:him|her|them)|given|having|has|had)\s+(?:(?:regular|daily|nightly|weekly|home|more|oral|IV|liquid)\s+)?$/i;

/**
 * The form or phase a drug is given in reads straight off a chart and belongs to its name: "oxycodone
 * oral solution", "paracetamol suspension", "the RHZE intensive phase".
 */
const FORM_AFTER = /^[ \u00a0]+(?:oral[ \u00a0]+(?:solution|suspension|liquid)|(?:sugar-free[ \u00a0]+)?(?:suspension|syrup|elixir|solution|soluble[ \u00a0]+tablets?|dispersible[ \u00a0]+tablets?|orodispersible[ \u00a0]+tablets?|sachets?|suppositor(?:y|ies)|nasal[ \u00a0]+spray|(?:modified|slow|extended|prolonged)[ -]release)|(?:intensive|continuation|maintenance)[ \u00a0]+phase)(?![\p{L}])/iu;
/** A dose right after a drug's name, with its unit: "5 mg", "2.5mg", "100 micrograms", "(10 units)". */
/** A strength per measure, as liquids and infusions are written: "1mg/ml", "10 mg/5 ml", "2 units/hr". */
const PER_MEASURE = String.raw`(?:[ \u00a0]?\/[ \u00a0]?(?:\d+(?:\.\d+)?[ \u00a0]?)?(?:ml|mL|dose|tablet|hr|hour|h|day|kg))?`;
const DOSE = new RegExp(String.raw`^[ \u00a0]+(?:\(\d+(?:\.\d+)?[ \u00a0]?(?:${DOSE_UNITS}|g)${PER_MEASURE}\)|\d+(?:\.\d+)?[ \u00a0]?(?:${DOSE_UNITS}|g)${PER_MEASURE}(?![\p{L}]))`, 'iu');
/** How often, as a chart or a pharmacist writes it. */
const SCHEDULE = String.raw`(?:(?:once|twice|three[ \u00a0]times|four[ \u00a0]times)[ \u00a0](?:a[ \u00a0]day|daily)|daily|nightly|nocte|mane|at[ \u00a0]night|in[ \u00a0]the[ \u00a0]morning|a[ \u00a0]day|OD|BD|TDS|QDS|PRN|as[ \u00a0]needed|weekly|an[ \u00a0]hour|per[ \u00a0]hour)`;
/**
 * After a strength, the amount taken and how often: "methadone 1mg/ml, 60ml daily" is a concentration
 * then a volume, read off a pharmacy label as one regimen.
 */
const AMOUNT_AFTER = new RegExp(String.raw`^(?:,[ \u00a0]*|[ \u00a0]+)\d+(?:\.\d+)?[ \u00a0]?(?:ml|mL|mg|mcg|units?|tablets?)(?![\p{L}])(?:[ \u00a0]+${SCHEDULE}(?![\p{L}]))?`, 'u');
/** "levothyroxine and liothyronine", "methadone plus diazepam": two drugs given together are one span. */
const JOINED_AFTER = /^[ \u00a0]+(?:and|plus|with|&)[ \u00a0]+/i;

/** The end of a drug's span: its form, then a second drug joined to it. `formed` says a form was named. */
function medicationEnd(text: string, end: number, lex: Lexicon): { end: number; formed: boolean } {
  // "Apixaban 5 mg", "paracetamol suspension 250 mg": the dose reads off the chart with the name.
  const dose = DOSE.exec(text.slice(end, end + 24));
  end += dose?.[0].length ?? 0;
  if (dose && /\//.test(dose[0])) end += AMOUNT_AFTER.exec(text.slice(end, end + 30))?.[0].length ?? 0;
  const form = FORM_AFTER.exec(text.slice(end, end + 40));
  if (form) end += form[0].length + (DOSE.exec(text.slice(end + form[0].length, end + form[0].length + 20))?.[0].length ?? 0);
  const joined = JOINED_AFTER.exec(text.slice(end, end + 10));
  if (joined) {
    const at = end + joined[0].length;
    const next = [lex.words, lex.acronyms].map((m) => m.matches(text.slice(at, at + 40)).next().value).find((m) => m?.index === 0);
    if (next && kindOf(lex, next.text) === 'medication') return { end: medicationEnd(text, at + next.text.length, lex).end, formed: form !== null };
  }
  return { end, formed: form !== null };
}

/**
 * An insulin pump by its make and model, with the settings a diabetes team writes beside it: "Omnipod
 * 5 pump, basal around 0.8 units an hour overnight". The settings are one person's, read off their
 * clinic letter, so they belong to the span.
 */
const PUMP_SETTING = String.raw`(?:,?[ \u00a0]+(?:on[ \u00a0]+|with[ \u00a0]+(?:an?[ \u00a0]+)?|and[ \u00a0]+(?:an?[ \u00a0]+)?)?(?:temp[ \u00a0]+)?(?:basal|bolus|carb[ \u00a0]+ratio|insulin[ \u00a0-]to[ \u00a0-]carb[ \u00a0]+ratio|correction[ \u00a0]+factor)[^.;:\n]{0,30}?\d+(?:\.\d+)?[ \u00a0]?(?:units?|u|g)(?![\p{L}])(?:[ \u00a0]?(?:an?|per|\/)[ \u00a0]?(?:hour|hr|h)(?![\p{L}]))?(?:[ \u00a0]+(?:overnight|at[ \u00a0]night|during[ \u00a0]the[ \u00a0]day|in[ \u00a0]the[ \u00a0]day))?)`;
const PUMP = new RegExp(String.raw`(?<![\p{L}])(?:(?<make>\p{Lu}[\p{L}:.-]*(?:[ \u00a0-](?:\p{Lu}[\p{L}\p{N}:.-]*|\p{N}+))?)[ \u00a0]+)?(?:insulin[ \u00a0]+)?pump(?![\p{L}])(?<settings>${PUMP_SETTING}*)`, 'gu');
/** Words of diabetes care that make a make of pump an insulin pump: "the Honda pump" in the barn is no one's. */
const DIABETES_CARE = /\b(?:insulin|diabet\w*|T1D|type[ \u00a0]1|basal|bolus|glucose|sugars?|carbs?|hypos?|CGM|sensor)\b/i;

/**
 * Passing illnesses everyone has now and then: "a chest infection", "a UTI". In prose they name no one,
 * but in a client's row of a log or handover they are one person's week, read off their notes.
 */
const PASSING_ILLNESS = /\b(?:(?:chest|urine|urinary(?:[ \u00a0]+tract)?|kidney|water|ear|skin|wound|eye|throat|sinus)[ \u00a0]+infection|UTI|cellulitis|norovirus|shingles|tonsillitis|bronchitis|gastroenteritis|a[ \u00a0]+(?:bad[ \u00a0]+)?fall)\b/gi;

/** TB regimens in their written shorthand, the months before the letters of the drugs: "2HRZE/4HR". */
const TB_REGIMEN = /(?<![\p{L}\d/])\d{0,2}(?=[HRZES]*H)(?=[HRZES]*R)(?=[HRZES]*Z)[HRZES]{3,5}(?:\/\d{0,2}[HRZES]{2,4})*(?![\p{L}\d])/gu;

/**
 * A diagnosis named by the antibody behind it: "anti-NMDA receptor encephalitis", "anti-GAD ataxia",
 * "anti-MOG disease". These are rare, and the antibody is what makes the diagnosis, so the phrase is one span.
 */
const ANTIBODY_CONDITION = /(?<![\p{L}-])anti-(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{2,10}(?:[ \u00a0-](?:receptor|antibody|antibodies))?(?:[ \u00a0-](?:positive|associated|mediated))?[ \u00a0-](?:autoimmune[ \u00a0]+)?(?:limbic[ \u00a0]+)?(?:encephalitis|encephalopathy|ataxia|disease|syndrome|neuropathy|myelitis|myositis|myasthenia|vasculitis|nephritis|glomerulonephritis|epilepsy|cerebellitis|neuromyelitis[ \u00a0]+optica|optic[ \u00a0]+neuritis|stiff[ \u00a0-]person[ \u00a0]+syndrome)(?![\p{L}])/gu;

/**
 * An organ given as the reason for a hospital stay or a clinic visit: "back at the hospital for her
 * kidneys again", "an appointment for his heart". It says what is wrong without the diagnosis' name.
 * The group is the owner and the organ, the part reported.
 */
const ORGAN_VISIT = /\b(?:hospital|clinic|ward|unit|appointments?|admission|admitted|check-?ups?|consultant|specialist|scans?|tests|bloods|in[ \u00a0]+again|back[ \u00a0]+in|surgery|operation|op)\b[^.!?\n]{0,40}?[ \u00a0]for[ \u00a0]+(?<term>(?:his|her|their)[ \u00a0]+(?:kidneys?|heart|lungs?|liver|bowels?|bladder|brain|hips?|spine|thyroid|pancreas|stomach|gut|airway|windpipe|palate))(?![\p{L}])/giu;

/** How far a condition has gone, written after it: "autism, level 1", "bowel cancer (stage 3)". */
const SEVERITY_AFTER = /^(?:,[ \u00a0]*|[ \u00a0]+|[ \u00a0]*\()(?:level|stage|grade)[ \u00a0]+(?:[1-4]|I{1,3}|IV)[ab]?\)?(?![\p{L}\p{N}])/u;
/**
 * The subtype a diagnosis is written with: "anorexia nervosa, restrictive type", "ADHD (combined
 * presentation)", "bipolar disorder – rapid cycling". It reads straight off a diagnosis letter.
 */
const SUBTYPE_AFTER = /^(?:,[ \u00a0]*|[ \u00a0]*\(|[ \u00a0]+[–—-][ \u00a0]+)(?!(?:a|an|the|one|this|that|some|any|every|which|its|her|his|their|first|second|third|initial|repeat|new|recent|last|late)[ \u00a0])(?:(?:[a-z]+(?:[-\/][a-z]+)*)[ \u00a0]+){1,3}(?:type|subtype|presentation|variant|form)\)?(?![\p{L}\p{N}])|^(?:,[ \u00a0]*|[ \u00a0]*\(|[ \u00a0]+[–—-][ \u00a0]+)(?:rapid[ \u00a0]cycling|with[ \u00a0]+(?:psychotic|mixed|melancholic|catatonic|atypical)[ \u00a0]+features)\)?(?![\p{L}])/u;

/** How far a condition's span runs: its stage or level, or its subtype, after the name. */
function conditionEnd(text: string, end: number): number {
  const after = text.slice(end, end + 50);
  return end + (SEVERITY_AFTER.exec(after)?.[0].length ?? SUBTYPE_AFTER.exec(after)?.[0].length ?? 0);
}

/** Between two drugs of one list: "Lisinopril, amlodipine", "tamsulosin, and trazodone". */
const DRUG_LIST_GAP = /^(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or|plus)[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)$/;
/** A change to one person's prescription: "was stopped", "went back to PRN", "reduced to 5 mg". */
const DOSE_CHANGED_AFTER = /^[ \u00a0]+(?:(?:was|were|is|got|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+)?(?:stopped|started|restarted|reduced|increased|weaned|tapered|halved|doubled|switched|swapped|changed|withheld|held|discontinued|went[ \u00a0]+back|came[ \u00a0]+off|cut)\b/i;

export const health: Recognizer = {
  id: 'health',
  category: 'health',
  description: 'Specific diagnoses, rare conditions and medications attached to a person',
  detect(ctx) {
    const { text } = ctx;
    initialsOfPost = recurringInitials(text);
    addressedToOne = addressesOnePerson(ctx);
    workDiscussed = undefined;
    const lex = loadLexicon();
    const found = new Map<string, Candidate>();
    const saidOfSomeone = new Set<string>();
    const headlines: [number, number, Kind][] = [];
    const care: [number, number, boolean][] = [];
    const loose: [number, number, Kind][] = [];
    let diagnosed = false;
    const title = ctx.segments.find((s) => s.kind === 'title');
    const guide = title !== undefined && GUIDE_TITLE.test(text.slice(title.start, title.end));
    // "| Tavita | 10 | selective mutism |": a row of a table of people is about that person.
    const inRowOfPerson = (start: number, end: number) => rowOfPerson(ctx, start, end);
    const consider = (start: number, end: number, kind: Kind, means?: string) => {
      const term = text.slice(start, end);
      const everyday = EVERYDAY_CARE.has(normalise(term));
      const from = everyday ? start : extendModifiers(text, start, kind);
      const stroke = strokeEvent(text, start, end);
      // In a letter to one person, "your asthma" is theirs as "her asthma" would be.
      const yours = addressedToOne && /\b[Yy]our[ \u00a0]+$/.test(text.slice(Math.max(0, start - 10), start));
      const ownedUmbrella = (OWNABLE_UMBRELLA.has(term.toLowerCase()) && from === start && (UMBRELLA_OWNER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || yours) && !ownedByAGroup(text, start, end)) || stroke;
      const specified = from < start && SPECIFIED_BEFORE.test(` ${text.slice(from, start)}`);
      if (UMBRELLA.has(term.toLowerCase()) && !ownedUmbrella && !specified && !inRowOfPerson(start, end) && (guide || !(inNotesOnAPerson(ctx, start) || underNoteLabel(text, start) || ledByNameAndAge(text, start))) && (MOOD_UMBRELLA.has(term.toLowerCase()) || !causeNamed(text, from, start))) return;
      if (ctx.aliases.has(term.toLowerCase())) return;
      if (IDIOM_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
      // "With no other T1D pupils in the cluster": the group is everyone but the one the post is about, who has it.
      const onlyOne = soleOneOfKind(text, start, end);
      if (!onlyOne && (topicInSummary(ctx, text, start) || aboutAGroup(text, start, end) || genericSubject(text, start, end) || generalMention(text, from, end) || (!HEADLINE_FIELDS.has(ctx.segmentAt(start)?.kind ?? '') && teachingTopic(text, from, end)) || identityOfAGroup(text, end) || ofPublicFigure(ctx, start, end) || ofACharacter(ctx, start, end) || ofAnAnimal(text, from) || saidOfAGroup(text, from) || whatAServiceSees(text, from, end))) return;
      const sentence = sentenceAndOneBefore(text, from, end);
      const treatment = TREATMENTS.has(normalise(term));
      if (everyday) {
        // "a lot of people on dialysis" is general talk, whatever else the post says of someone.
        const careBefore = text.slice(Math.max(0, from - 40), from);
        if (CARE_BEFORE.test(careBefore) && !SERVICE_AFTER.test(text.slice(end, end + 30))) care.push([start, end, GENERAL_BEFORE.test(careBefore)]);
        return;
      }
      // A fracture, or a drug with its dose, in a paragraph about someone is theirs: "Meds: melatonin 3 mg nocte".
      const drug = kind === 'medication' ? medicationEnd(text, end, lex) : { end: kind === 'device' ? end : conditionEnd(text, end), formed: false };
      const poisoning = kind === 'condition' && POISONING_TERM.test(term);
      const eventOrDose = (kind === 'condition' && (INJURY_WORD.test(term) || (PROCEDURE_TERM.test(term) && DETAILED.test(term)) || INFARCT_TERM.test(term) || poisoning)) || (kind === 'medication' && (drug.formed || DOSE_AFTER.test(text.slice(end, end + 20))));
      if (poisoning && MANY_DEAD.test(sentenceByMarks(text, from - 1, end))) return;
      // "Dariusz W., DOB 17.08.1971, NHS no. ..., recurrent depressive disorder": a line of one person's record.
      const injuryOfSomeone = onRecordLine(text, from, 120) || (eventOrDose && (aboutSomeone(paragraphAround(text, from)) || findingsOnSomeone(ctx, from) || (kind === 'medication' && planAfterSomeone(text, from)))) || (poisoning && ONE_DEATH.test(sentence) && !GENERAL_SENTENCE.test(sentence)) || inRecordOfSomeone(ctx, from, end, eventOrDose, guide);
      if (treatment ? !TREATMENT_BEFORE.test(text.slice(Math.max(0, from - 40), from)) && !injuryOfSomeone : !attached(text, from, end, sentence, kind) && !injuryOfSomeone && !(ownedUmbrella && !stroke) && !(stroke && (aboutSomeone(sentence) || CLIENT_OR_KIN.test(sentence))) && !inRowOfPerson(from, end)) {
        if (treatment) return;
        loose.push([from, drug.end, kind]);
        if (HEADLINE_FIELDS.has(ctx.segmentAt(start)?.kind ?? '')) headlines.push([start, end, kind]);
        return;
      }
      const general = generalTalk(text, from, end, guide) ?? (topicOnly(ctx, text, term, from, end) ? 'topic' : undefined);
      if (general) {
        found.set(`${from}:${drug.end}`, generalNote(text.slice(from, drug.end), from, drug.end, general));
        return;
      }
      // A headline that attaches a condition to someone ("What a seven-year-old taught me about epilepsy")
      // still only announces a topic, unless the body says it of someone or the headline says whose it is.
      if (headlineAnnounces(ctx, text, start, from)) {
        headlines.push([start, end, kind]);
        return;
      }
      saidOfSomeone.add(normalise(term));
      const rare = kind === 'rare' || (kind === 'condition' && RARE_CONTEXT.test(paragraphAround(text, from)));
      const key = `${from}:${drug.end}`;
      diagnosed ||= (kind === 'condition' || kind === 'rare') && !EVERYDAY_MEDICINE.has(term.toLowerCase());
      if (!found.has(key) || rare) found.set(key, finding(text.slice(from, drug.end), from, drug.end, rare ? 'rare' : ownedUmbrella ? (EVERYDAY_MEDICINE.has(term.toLowerCase()) ? 'everyday medicine' : 'common') : kind, means));
    };
    // "avoidant/restrictive food intake disorder", "ADHD/ASD": a slash between words is a separator
    // like a space. Swapping one character for another keeps every offset.
    const slashFree = text.replace(/(?<=[\p{L}\p{N}])\/(?=\p{L})/gu, ' ');
    for (const re of [lex.words, lex.acronyms]) {
      for (const { index, text: found } of re.matches(slashFree)) {
        const term = text.slice(index, index + found.length);
        if (AMBIGUOUS_ACRONYMS.has(term) && !ambiguousAcronymIsDiagnosis(text, index, index + term.length, kindOf(lex, found))) continue;
        consider(index, index + term.length, kindOf(lex, found));
      }
    }
    for (const { pattern, means, kind } of LAY_TERMS) {
      for (const m of matchesOf(text, pattern)) {
        const term = m.groups!.term;
        const start = m.index + m[0].lastIndexOf(term);
        // "she had a bad chest in winter": a cough, said the way families say it, names no diagnosis.
        if (COLLOQUIAL_CHEST.test(term) && !inRowOfPerson(start, start + term.length)) {
          found.set(`${start}:${start + term.length}`, colloquialNote(term, start));
          continue;
        }
        consider(start, start + term.length, kind, means);
      }
    }
    for (const m of matchesOf(text, EPONYM_ALONE)) {
      if (lex.kinds.has(normalise(m[0])) || !surnameLike(m[0].replace(/['’]s?$/, ''))) continue;
      consider(m.index, m.index + m[0].length, 'condition');
    }
    for (const m of matchesOf(text, ORGAN_VISIT)) {
      const start = m.index + m[0].lastIndexOf(m.groups!.term);
      consider(start, start + m.groups!.term.length, 'condition', 'what they are treated for');
    }
    for (const m of matchesOf(text, PASSING_ILLNESS)) {
      const start = m.index + (/^a[ \u00a0]/i.test(m[0]) ? 2 : 0);
      const end = m.index + m[0].length;
      const record = recordAround(ctx, start);
      // A listed illness ("UTI") was weighed by the lexicon already; only the line's owner is new here.
      const listed = lex.kinds.has(normalise(text.slice(start, end)));
      if (!listed && (inRowOfPerson(start, end) || (record && personCell(record.label)))) consider(start, end, 'condition');
      else if (lineOfPerson(text, start)) found.set(`${start}:${end}`, finding(text.slice(start, end), start, end, 'condition'));
    }
    for (const m of matchesOf(text, PUMP)) {
      const { make, settings } = m.groups!;
      const named = make !== undefined && !dataSet('words/english.txt').has(make.toLowerCase()) && DIABETES_CARE.test(paragraphAround(text, m.index));
      if (settings || named || /insulin/i.test(m[0])) consider(m.index + (named || !make ? 0 : make.length + 1), m.index + m[0].length, 'device');
    }
    for (const m of matchesOf(text, TB_REGIMEN)) if (!lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'medication');
    for (const m of matchesOf(text, ANTIBODY_CONDITION)) if (!lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'rare');
    for (const m of matchesOf(text, DOSED_WORD)) {
      const word = m[0].toLowerCase();
      if (lex.kinds.has(normalise(word)) || dataSet('words/english.txt').has(word) || classify(m[0]) === 'word') continue;
      consider(m.index, m.index + m[0].length, 'medication');
    }
    for (const m of matchesOf(text, OXYGEN_DETAIL)) {
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      if (!OXYGEN_SPECIFIC.test(m[0]) || !(CARE_BEFORE.test(lead) || /(?:^|[.!?:;\n])[ \u00a0*-]*$/.test(lead))) continue;
      if (aboutSomeone(paragraphAround(text, m.index))) found.set(`${m.index}:${m.index + m[0].length}`, finding(m[0], m.index, m.index + m[0].length, 'oxygen'));
    }
    for (const m of matchesOf(text, DRUG_ENDING)) {
      // "her magazine", "his cholesterol": an ordinary word that happens to end like a drug.
      if (lex.kinds.has(m[0].toLowerCase()) || dataSet('words/english.txt').has(m[0]) || !medicationContext(text, m.index, m.index + m[0].length)) continue;
      consider(m.index, m.index + m[0].length, 'medication');
    }
    for (const m of matchesOf(text, CONDITION_ENDING)) {
      if (lex.kinds.has(m[0]) || NOT_CONDITIONS.has(m[0]) || dataSet('words/english.txt').has(m[0]) && !/(?:itis|oma|osis)$/.test(m[0])) continue;
      // "diagnosed with endocarditis", and "admitted with Lyme carditis": the diagnosis verb may stand before the cause.
      const from = extendModifiers(text, m.index, 'condition');
      if (DIAGNOSED_BEFORE.test(text.slice(Math.max(0, from - 50), from)) || causeNamed(text, from, m.index)) consider(m.index, m.index + m[0].length, 'condition');
    }
    // "steroid-induced diabetes", "post-viral arthritis": an umbrella word made specific by its cause.
    for (const m of matchesOf(text, UMBRELLA_WORD)) if (!lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, ORGAN_CONDITION)) if (!lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'condition');
    for (const re of [INJURY, INJURED]) for (const m of matchesOf(text, re)) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, QUALIFIED_CONDITION)) if (eponymOrQualifier(m[0])) consider(m.index, m.index + m[0].length, 'condition');
    for (const re of INJURY_DETAILS) for (const m of matchesOf(text, re)) consider(m.index, m.index + m[0].length, 'condition');
    for (const re of CLINICAL_DETAILS) for (const m of matchesOf(text, re)) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, PROCEDURE)) if (DETAILED.test(m[0]) && !ONLY_EXTENT.test(m[0]) && !lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'condition');
    for (const [start, end] of poisonings(text, lex)) consider(start, end, 'condition');
    for (const m of matchesOf(text, REPEATED_INFECTIONS)) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, INFARCT_SITE)) if (INFARCT_SHORT.test(m[0])) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, SITED_CANCER)) if (!NOT_A_SITE.test(m[0]) && !lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, DISORDER_KIND)) if (!FIELD_NAME.test(m[0]) && !lex.kinds.has(normalise(m[0]))) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of matchesOf(text, VESSEL_DISEASE)) consider(m.index, m.index + m[0].length, 'condition');
    // "It wasn't an overdose": ruled out, not had.
    for (const m of matchesOf(text, OVERDOSE_EVENT)) if (!/(?:\b(?:not|never|no)|n['’]t)[ \u00a0]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) consider(m.index, m.index + m[0].length, 'condition');
    for (const m of [...matchesOf(text, RESULT), ...matchesOf(text, OWN_LEVEL)]) {
      const end = m.index + m[0].length;
      // "GCS 14", "sats 94": an observation written in passing; a lab value ("CD4 41") needs no verb to be a result.
      if (OBSERVATION_SCORE.test(m[0])) continue;
      if (THRESHOLD_AFTER.test(text.slice(end, end + 25)) || THRESHOLD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "A GCS of 8 means something different in...": a score opening a sentence is any patient's.
      if (/^an?[ \u00a0]/i.test(m[0]) && /(?:^|[.!?:]\s+|\n[\s*-]*)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const said = sentenceAndOneBefore(text, m.index, end);
      // "DOB 3/22/1989 ... CD4 41, viral load 285,000": a result on the line of someone's record.
      if (onRecordLine(text, m.index) || personal(said) || namedSubject(said) || aboutSomeone(paragraphAround(text, m.index)) || inRecordOfSomeone(ctx, m.index, end, true, guide)) found.set(`${m.index}:${end}`, finding(m[0], m.index, end, 'result'));
    }
    for (const m of matchesOf(text, VIRAL_COPIES)) {
      const end = m.index + m[0].length;
      if (inRowOfPerson(m.index, end) || personal(sentenceAndOneBefore(text, m.index, end)) || inRecordOfSomeone(ctx, m.index, end, true, guide)) found.set(`${m.index}:${end}`, finding(m[0], m.index, end, 'result'));
    }
    for (const m of matchesOf(text, PREGNANCY)) {
      const said = sentenceAndOneBefore(text, m.index, m.index + m[0].length);
      if (personal(said) || namedSubject(said)) found.set(`${m.index}:${m.index + m[0].length}`, pregnancy(m[0], m.index));
    }
    for (const m of matchesOf(text, NAMED_SYNDROME)) {
      if (/^(?:The|A|An|This|That|Her|His|Their|Our|My)\b/.test(m[0])) continue;
      consider(m.index, m.index + m[0].length, kindOf(lex, m[0]));
    }
    // Beside a diagnosis the care is part of the picture ("end-stage renal disease ... dialysis three times a week").
    for (const [start, end, general] of care) found.set(`${start}:${end}`, diagnosed && !general ? finding(text.slice(start, end), start, end, 'care') : everydayCare(text.slice(start, end), start, end));
    // "Tamsulosin was stopped", "Lisinopril, amlodipine and trazodone all lower it": once the post has
    // said whose a drug is, a change to it, or a list of their drugs, is still about them.
    const theirDrugs = loose.filter(([start, end, kind]) => kind === 'medication' && saidOfSomeone.has(normalise(text.slice(start, end))) && ctx.segmentAt(start)?.kind === 'text');
    for (const [start, end, kind] of theirDrugs) {
      const listed = theirDrugs.some(([s, e]) => s !== start && (DRUG_LIST_GAP.test(text.slice(end, s)) || DRUG_LIST_GAP.test(text.slice(e, start))));
      if (listed || DOSE_CHANGED_AFTER.test(text.slice(end, end + 40))) found.set(`${start}:${end}`, finding(text.slice(start, end), start, end, kind));
    }
    // A title or description naming the condition the post attaches to someone announces it to every reader.
    for (const [start, end, kind] of headlines) {
      if (saidOfSomeone.has(normalise(text.slice(start, end)))) found.set(`${start}:${end}`, finding(text.slice(start, end), start, end, kind));
    }
    return joinSlashed(text, [...found.values()].filter((c, _, all) => !all.some((o) => o !== c && o.start <= c.start && c.end <= o.end && (o.end - o.start) > (c.end - c.start)) && !explainsEarlier(text, c, all)));
  },
};

/**
 * "ADHD/ASD", "complicated grief with major depression", "cardiac arrest from ventricular fibrillation":
 * two findings joined by a slash, or one written as coming with or from the other, are one diagnosis
 * as written, so one finding.
 */
const JOINS_DIAGNOSES = /^(?:\/|[ \u00a0]+(?:with|from|due[ \u00a0]+to|secondary[ \u00a0]+to|caused[ \u00a0]+by)[ \u00a0]+(?:comorbid[ \u00a0]+|an?[ \u00a0]+)?)$/;

const PAIR_JOIN = /^[ \u00a0]+and[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?$/;

function joinSlashed(text: string, candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, c.start) : '';
    // "he has Down syndrome and early-onset Alzheimer's": two diagnoses after one owner's verb are one pair.
    const pairAfterOwner = last !== undefined && PAIR_JOIN.test(between) && HAS_IT_BEFORE.test(text.slice(Math.max(0, last.start - 40), last.start));
    if (last && last.severity !== 'low' && c.severity !== 'low' && c.start > last.end && (JOINS_DIAGNOSES.test(between) || pairAfterOwner)) {
      const term = text.slice(last.start, c.end);
      const higher = c.severity === 'high' ? c : last;
      out[out.length - 1] = { ...higher, start: last.start, end: c.end, message: higher.message.replace(/^"[^"]*"/, `"${term}"`) };
    } else out.push(c);
  }
  return out;
}

/** The finding only explains a diagnosis named just before it in the same sentence. */
function explainsEarlier(text: string, c: Candidate, all: Candidate[]): boolean {
  const lead = text.slice(lastStop(text, c.start - 1) + 1, c.start);
  const explanation = EXPLAINS_BEFORE.exec(lead);
  if (!explanation) return false;
  const before = c.start - lead.length + explanation.index;
  return all.some((o) => o !== c && o.end <= before && before - o.end <= 2 && o.severity !== 'low');
}

/**
 * The post's topic, named again in a sentence that says nothing of whose it is: in a post titled
 * "Selective mutism: what silence taught me", "I learned more about selective mutism from that year"
 * is the topic, even when the sentence before spoke of a pupil. Said of someone in its own sentence,
 * it is theirs.
 */
const HAS_IT_BEFORE = /\b(?:has|had|have|having|with|diagnosed[ \u00a0]+with|diagnosis[ \u00a0]+of|developed|lives[ \u00a0]+with|living[ \u00a0]+with|treated[ \u00a0]+for)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?$/i;

function topicOnly(ctx: DetectContext, text: string, term: string, from: number, end: number): boolean {
  const title = ctx.segments.find((s) => s.kind === 'title');
  if (!title || from < title.end || !normalise(text.slice(title.start, title.end)).includes(normalise(term))) return false;
  const own = sentenceByMarks(text, from - 1, end);
  const before = text.slice(Math.max(lastStop(text, from - 1) + 1, from - 50), from);
  return !(aboutSomeone(own) || namedOwner(before) || OWNER_BEFORE.test(before) || HAS_IT_BEFORE.test(before));
}

/** An owner right before the term: "her epilepsy", "Tomás's diabetes". */
const OWNER_BEFORE = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y (?:son|daughter|mum|mom|dad|brother|sister|client|patient|student|pupil)['’]s)|\p{Lu}\p{Ll}+['’]s?)[ \u00a0]+$/u;

/** A title, subtitle or summary naming a condition without saying whose it is. */
function headlineAnnounces(ctx: DetectContext, text: string, start: number, from: number): boolean {
  const field = ctx.segmentAt(start)?.kind ?? '';
  if (!HEADLINE_FIELDS.has(field) && !SUMMARY_FIELDS.has(field)) return false;
  return !OWNER_BEFORE.test(text.slice(Math.max(0, from - 30), from)) && !ONE_AGED_WITH_BEFORE.test(text.slice(Math.max(0, from - 60), from));
}

/** "beside an eleven-year-old with rheumatic heart disease": one child of that age has it, not a topic. */
const ONE_AGED_WITH_BEFORE = /\b(?:an?|one|this|that|my|our)[ \u00a0]+[\p{L}\d]+(?:-[\p{L}]+)?-(?:year|month)-old(?:[ \u00a0]+(?:boy|girl|man|woman|child|patient|client|pupil|student|resident))?[ \u00a0]+(?:with|who[ \u00a0]+has|living[ \u00a0]+with|recovering[ \u00a0]+from)[ \u00a0]+$/iu;

/** "Autism is often missed in girls", "I said that bipolar disorder is not a flaw": the condition itself is the subject. */
function genericSubject(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start);
  if (!/(?:^|[.!?:\n]\s*|\b(?:that|because|and|but)\s+)$/i.test(lead)) return false;
  return /^\s+(?:is|are|isn['’]t|aren['’]t|can|can['’]t|may|affects?|remains|means|tends|often|usually|rarely|looks|presents|runs)\b/i.test(text.slice(end, end + 20));
}

/**
 * "Lithium levels need checking", "type 1 diabetes in school: a care plan": the condition or drug as a
 * subject taught in general, with no owner before it ("her lithium levels" stays hers).
 */
const TEACHING_AFTER = /^[ \u00a0]*(?::|[ \u00a0]+(?:levels?|toxicity|monitoring|dosing|side[ \u00a0-]effects|interactions|care[ \u00a0]plans?)\b|[ \u00a0]+in[ \u00a0]+(?:school|schools|the[ \u00a0]+classroom|classrooms|primary[ \u00a0]+schools?|secondary[ \u00a0]+schools?|children|young[ \u00a0]+people|teenagers|older[ \u00a0]+(?:people|adults)|pregnancy|the[ \u00a0]+workplace|practice)\b)/i;
const OWNED_BEFORE = /\b(?:his|her|their|my|your|our|[\p{Lu}][\p{Ll}]+['’]s?)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?$/u;

function teachingTopic(text: string, from: number, end: number): boolean {
  if (!TEACHING_AFTER.test(text.slice(end, end + 30))) return false;
  const lead = text.slice(Math.max(0, from - 30), from);
  if (OWNED_BEFORE.test(lead)) return false;
  // A sentence or heading opens with it, or it follows a general verb: "checking", "about", "managing".
  return /(?:^|[.!?:\n#]\s*|\b(?:that|because|and|but|about|on|managing|supporting|teaching|checking|monitoring|explained|explaining|remember)\s+)$/i.test(lead);
}

const NOT_NAME_WORD_LIST = 'In|On|At|The|This|That|Last|Next|Since|By|When|After|Before|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Two capitalised words; "When Bruce Willis..." is read from "Bruce", not matched as "When Bruce". */
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}])(?!(?:${NOT_NAME_WORD_LIST})[ \u00a0])(\p{Lu}\p{Ll}+)[ \u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}])`, 'gu');
const NOT_NAME_WORDS = new RegExp(`^(?:${NOT_NAME_WORD_LIST})$`);

/** A client, a relative or the writer's own ("my", "our") in the sentence: the term may be theirs, not the public figure's. */
/** "Bruce Willis has aphasia, like my client": someone of the blogger's beside the public figure. */
const LIKENED_CLIENT_AFTER = /^,?[ \u00a0]*(?:just[ \u00a0]+)?(?:like|as[ \u00a0]+(?:does|did|has)|and[ \u00a0]+so[ \u00a0]+(?:does|did)|and)[ \u00a0]+(?:my|our|one[ \u00a0]+of[ \u00a0]+(?:my|our))\b/i;
/** "Bruce Willis's family announced...": the public figure's own family speaking for them. */
const PUBLIC_FAMILY = /(?:\p{Lu}\p{Ll}+['’]s?|\b(?:his|her|their))[ \u00a0]+(?:family|wife|husband|daughters?|sons?|children|publicist|spokes(?:person|man|woman))\b/gu;
const CLIENT_OR_KIN = new RegExp(String.raw`\b(?:${words(CLIENTS, PARENTS, OFFSPRING, SPOUSES)}|service user|my|our|baby|child)\b`, 'i');

/** "Temple Grandin is autistic": said of someone on the public-names list, and of no client in the same sentence. */
function ofPublicFigure(ctx: DetectContext, start: number, end: number): boolean {
  // A full name stands in the sentence before the term: a month after "In" is no one.
  const lead = ctx.text.slice(lastStop(ctx.text, start - 1) + 1, start);
  // "my client and Bruce Willis both have aphasia" is the client's too; "Bruce Willis's family
  // announced his aphasia, and our referrals doubled" is his alone.
  if (CLIENT_OR_KIN.test(lead.replace(PUBLIC_FAMILY, ' ')) || LIKENED_CLIENT_AFTER.test(ctx.text.slice(end, end + 40))) return false;
  return [...lead.matchAll(FULL_NAME)].some((m) => !NOT_NAME_WORDS.test(m[1]) && !NOT_NAME_WORDS.test(m[2])) && aboutPublicFigure(ctx, start);
}

/** Whether the post discusses a book or a film: asked once per post, at the first term that needs it. */
let workDiscussed: boolean | undefined;

/** A post that is a reading list or a club's read: "Book club this month", "We read...", "Our group watched...". */
const READING_TALK = /\b(?:book[ \u00a0-]?club|reading[ \u00a0-](?:list|group|circle)|film[ \u00a0-]club|(?:we|I|the[ \u00a0]+group|our[ \u00a0]+group)[ \u00a0]+(?:read|watched|re-?read|finished)|this[ \u00a0]+month['’]s[ \u00a0]+(?:read|book|pick|film))\b/i;

/** Words for the people of a story: "the narrator has OCD", "the main character is bipolar". */
const CHARACTER_WORD = /\b(?:narrator|protagonist|(?:main|central|title|lead)[ \u00a0]+character|characters?|heroine|hero|anti-?hero|villain)\b/i;
/** The blogger's own people, who may share a character's diagnosis: "my client Sam", "my son". */
const OWN_KIN = /\b(?:my|our)[ \u00a0]+(?:son|daughter|mum|mom|dad|mother|father|husband|wife|partner|brother|sister|nan|gran|grandma|grandad|grandmother|grandfather|aunt|uncle|nephew|niece|friend|client|patient)s?\b|\b(?:told|asked|showed)[ \u00a0]+(?:me|us)\b/i;

/**
 * "Alice is a professor diagnosed with early-onset Alzheimer's", "the narrator has OCD": in a post
 * that discusses a book or a film, the condition of one of its characters is no one's. The sentence
 * must speak of the character (by a name tied to the work, or as "the narrator"), or speak only in
 * pronouns after a sentence that does, and hold none of the blogger's own people.
 */
function ofACharacter(ctx: DetectContext, start: number, end: number): boolean {
  const { text } = ctx;
  const emphasis = ctx.emphasis ?? [];
  workDiscussed ??= discussesAWork(text, emphasis) || (READING_TALK.test(text) && (/\b(?:novels?|memoirs?|books?|films?|movies?)\b/i.test(text) || emphasis.some((e) => /^\p{Lu}\S*\s+\S/u.test(text.slice(e.start, e.end)))));
  if (!workDiscussed) return false;
  const own = sentenceByMarks(text, start - 1, end);
  if (OWN_PEOPLE.test(own) || OWN_KIN.test(own)) return false;
  // The term's own words ("Alzheimer's") are no one's name.
  const sentenceStart = lastStop(text, start - 1) + 1;
  const names = namesIn(`${text.slice(sentenceStart, start)} ${text.slice(end, sentenceStart + own.length)}`);
  const character = (name: string) => (isCharacter(name, text, emphasis) || inTitle(name, text, emphasis)) && !aReader(name, text);
  if (names.some((name) => !character(name))) return false;
  if (names.length || CHARACTER_WORD.test(own)) return true;
  // "She is diagnosed early": a pronoun right after a sentence about the character.
  const previousStop = lastStop(text, start - 1);
  if (previousStop < 0 || text[previousStop] === '\n' || !/\b(?:she|he|they|her|his|their)\b/i.test(own)) return false;
  const before = sentenceByMarks(text, previousStop - 1, previousStop - 1);
  const named = namesIn(before);
  return !OWN_PEOPLE.test(before) && !OWN_KIN.test(before) && (CHARACTER_WORD.test(before) || WORK_INTRODUCED.test(before) || (named.length > 0 && named.every(character)));
}

/** "a memoir by a nurse", "The novel follows...": a sentence that introduces the work, with no one else in it. */
const WORK_INTRODUCED = /^(?![^]*\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]im|[Hh]is|I|me|my)\b)[^]*\b(?:(?:novel|memoir|book|film|movie|play|biography|autobiography|graphic[ \u00a0]+novel)[ \u00a0]+(?:by|about|from)|(?:the|this|that)[ \u00a0]+(?:novel|memoir|book|film|movie|play)[ \u00a0]+(?:follows|tells|is[ \u00a0]+about|centres|centers))\b/;

/** "Sam loved the book", "Sam said...": someone of the club or the blogger's, who reads and talks, not a character. */
const READER_VERB_AFTER = /^[ \u00a0]+(?:(?:just|finally|also|then|never|really|only)[ \u00a0]+)?(?:read|reads|re-?read|loved|loves|hated|hates|borrowed|finished|chose|picked|recommended|watched|lent|devoured|brought|said|says|told|asked|thought|felt|cried|laughed|joined|came|comes)\b/i;

function aReader(name: string, text: string): boolean {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu'))].some((m) => READER_VERB_AFTER.test(text.slice(m.index + name.length, m.index + name.length + 30)));
}

/** "Alice" in a post about *Still Alice*: a name that is a word of the work's italicised title. */
function inTitle(name: string, text: string, emphasis: readonly { start: number; end: number }[]): boolean {
  return emphasis.some((e) => {
    const title = text.slice(e.start, e.end);
    return /\s/.test(title.trim()) && new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(title);
  });
}

/** Capitalised words that could be names, past the sentence's first word and the words a sentence opens with. */
function namesIn(sentence: string): string[] {
  return [...sentence.matchAll(/(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}])/gu)].map((m) => m[0]).filter((word) => {
    const kind = classify(word);
    return (kind === 'given' || kind === 'unknown') && !NOT_NAME_WORDS.test(word) && !dataSet('words/english.txt').has(word.toLowerCase()) && !loadLexicon().kinds.has(normalise(word));
  });
}

/** Farm animals and pets, whose injuries and illnesses fill rural and family posts. */
const ANIMAL = /\b(?:ewes?|rams?|lambs?|sheep|tups?|hoggs?|horses?|mares?|stallions?|geldings?|foals?|ponies|pony|donkeys?|cows?|calf|calves|heifers?|bullocks?|bulls?|steers?|cattle|goats?|kids?(?=[ \u00a0]+(?:and|or)[ \u00a0]+(?:nann(?:y|ies)|goats?)\b)|pigs?|sows?|boars?|piglets?|hens?|chickens?|cockerels?|ducks?|geese|goose|dogs?|puppy|puppies|pups?|collies?|spaniels?|labradors?|terriers?|whippets?|greyhounds?|sheepdogs?|cats?|kittens?|rabbits?|guinea[ \u00a0]+pigs?|hamsters?|ferrets?|llamas?|alpacas?)\b/gi;
/** Who else the words after the animal may be about: someone speaking, a person noun, a name. */
const PERSON_AFTER_ANIMAL = /\b(?:I|we|she|he|they|man|woman|boy|girl|lad|lass|child|kid|son|daughter|mum|mom|dad|farmer|client|patient|resident|owner|wife|husband)\b|(?<=[ \u00a0])\p{Lu}\p{Ll}+/u;

/**
 * "The ewe had an injury in her neck", "the horse's broken leg": an animal's injury or illness, told
 * in the same sentence or the one before with nobody else named between the animal and the term.
 */
function ofAnAnimal(text: string, from: number): boolean {
  const lead = text.slice(sentenceBeforeStart(text, from), from);
  const animals = [...lead.matchAll(ANIMAL)];
  const last = animals[animals.length - 1];
  if (!last) return false;
  return !PERSON_AFTER_ANIMAL.test(lead.slice(last.index + last[0].length));
}

/**
 * "most people there are elderly and hard of hearing", "the lads on the estate were drinking heavily":
 * a plural group is the subject the condition is said of, with no one person named between.
 */
const GROUP_SUBJECT_BEFORE = /\b(?:people|folk|lads|girls|boys|kids|children|residents|clients|patients|members|pupils|students|men|women|families|parents|teenagers|regulars|many|most|all|both|they)\b(?:(?![.!?;:\n]|\b(?:she|he|her|his|him|who)\b)[^])*?[ \u00a0](?:are|were|get|got|have|had|['’]re|became|become|seem|seemed)[ \u00a0](?:(?![.!?;:\n]|\b(?:she|he|her|his|him)\b)[^]){0,30}$/i;

function saidOfAGroup(text: string, from: number): boolean {
  return GROUP_SUBJECT_BEFORE.test(text.slice(Math.max(lastStop(text, from - 1) + 1, from - 90), from));
}

/**
 * "The clinic sees a lot of leg ulcers", "full of chest infections every winter": a condition in the
 * plural, as what a service meets, is its caseload, not anyone's illness. An owner before it keeps it theirs.
 */
const SERVICE_WORD = /\b(?:clinics?|wards?|units?|surgery|practice|service|caseload|team|nurses|district[ \u00a0]+nurses|we[ \u00a0]+see|see[ \u00a0]+most|full[ \u00a0]+of|lots[ \u00a0]+of|a[ \u00a0]+lot[ \u00a0]+of|plenty[ \u00a0]+of)\b/i;

/** "By Wednesday he was in the DTs on the ward": one person is the subject, unless only reporting what was said. */
const ONE_PERSON_IN_CLAUSE = /\b(?:[Ss]he|[Hh]e)\b(?![ \u00a0]+(?:said|says|told|tells|explained|asked|thinks|thought|reckons)\b)/;
/** "He gets recurrent chest infections": one person has them, whatever the clinic sees. */
const ONE_GETS_BEFORE = /\b(?:[Ss]he|[Hh]e|I)[ \u00a0]+(?:(?:still|always|keeps)[ \u00a0]+)?(?:gets|got|getting|has|had|suffers[ \u00a0]+from|battles)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}$/u;

/** Conditions whose names end in s but are one illness: "type 2 diabetes", "psoriasis", "measles". */
const SINGULAR_IN_S = /(?:ss|us|is|diabetes|herpes|rabies|scabies|measles|mumps|shingles|rickets|AIDS|blues)$/i;

function whatAServiceSees(text: string, from: number, end: number): boolean {
  const before = text.slice(Math.max(0, from - 30), from);
  if (!/[a-z]{2}s$/.test(text.slice(from, end)) || SINGULAR_IN_S.test(text.slice(from, end)) || ONE_PERSON_IN_CLAUSE.test(text.slice(lastStop(text, from - 1) + 1, from)) || OWNED_BEFORE.test(before) || OWNER_BEFORE.test(before) || HAS_IT_BEFORE.test(before) || ONE_GETS_BEFORE.test(before)) return false;
  return SERVICE_WORD.test(sentenceAndOneBefore(text, from, end)) && !NAME_WITH_AGE.test(sentenceAndOneBefore(text, from, end));
}

/** "autistic kids often", "deaf adults": an identity word before a plural group describes no one person. */
function identityOfAGroup(text: string, end: number): boolean {
  return /^[ \u00a0]+(?:kids|children|people|adults|girls|boys|women|men|teens|teenagers|students|pupils|young[ \u00a0]+people|folk|learners|clients|patients|communities|adolescents|readers|viewers|audiences|fans|characters|writers|authors)\b/i.test(text.slice(end, end + 25));
}

/** "Most of my patients on dialysis", "a lot of the lads I see are on methadone": a group, nobody in particular. */
function aboutAGroup(text: string, start: number, end: number): boolean {
  const sentence = sentenceByMarks(text, start - 1, end);
  // "Like a lot of the lads on orders, C has ADHD": one of the group, named, is still someone.
  return PLURAL_GROUP.test(sentence) && !/\b(?:she|he|her|his|him)\b/i.test(sentence) && !namedSubject(sentence);
}

const PLURAL_GROUP = /\b(?:most|many|some|all|several|a few|a lot|lots|half|none|plenty|a number|the majority)\s+of\s+(?:my|our|the|these|those|them)\b|\b(?:my|our)\s+(?:patients|clients|residents|students|pupils|service users|young people|families|regulars)\s+(?:on|with|who)\b/i;

/** "A youth worker on rugby, rheumatic fever and ...": what a description says the post is on is its topic. */
function topicInSummary(ctx: DetectContext, text: string, start: number): boolean {
  const segment = ctx.segmentAt(start);
  if (!segment || !SUMMARY_FIELDS.has(segment.kind)) return false;
  const before = text.slice(Math.max(0, start - 70), start);
  return /\b(?:on|about)\b[^.!?;:]{0,60}$/i.test(before) && !ONE_AGED_WITH_BEFORE.test(before);
}

const SUMMARY_FIELDS = new Set(['description', 'summary', 'excerpt']);

function normalise(term: string): string {
  return term.toLowerCase().replace(/[’']/g, '').replace(/[- \u00a0]+/g, ' ');
}

function kindOf(lex: Lexicon, term: string): Kind {
  return lex.kinds.get(normalise(term)) ?? 'condition';
}

/** An organism, a nutrient or a hyphenated cause among the words a diagnosis was extended over. */
function causeNamed(text: string, from: number, start: number): boolean {
  return from < start && CAUSE_BEFORE.test(` ${text.slice(from, start)}`);
}

function extendModifiers(text: string, start: number, kind: Kind): number {
  if (kind === 'medication') {
    const salt = /(?:benzathine|procaine|sodium|potassium|slow-release|extended-release|modified-release|depot|long-acting|liquid|IV|intravenous)[ \u00a0]+$/i.exec(text.slice(Math.max(0, start - 30), start));
    return salt ? start - salt[0].length : start;
  }
  const before = text.slice(Math.max(0, start - 60), start);
  const m = MODIFIERS.exec(before);
  if (!m) return start;
  // Adjective-like words ("-al", "-ic") only count when they name a cancer's site or stand next to "cancer".
  const words = m[0].trim().split(/[ \u00a0]+/);
  let keep = words.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (/^(?:[a-z]+ic|[a-z]+al)$/i.test(w) && !CANCER_SITE.test(w) && !CAUSE_ADJECTIVE.test(w) && !SPECIFYING_WORD.test(w) && !/^(?:metastatic|terminal|bilateral|congenital|infantile|juvenile|acute|chronic)$/i.test(w)) keep = words.length - i - 1;
  }
  const kept = words.slice(words.length - keep);
  if (!kept.length) return start;
  return start - (kept.join(' ').length + 1);
}

/** The sentence holding the term and the one before it in the same paragraph ("Went through her tablets. Found the old warfarin."). */
function sentenceAndOneBefore(text: string, start: number, end: number): string {
  return text.slice(sentenceBeforeStart(text, start), nextStop(text, end) + 1);
}

/** Where the sentence before the one holding `start` begins, within the paragraph. */
function sentenceBeforeStart(text: string, start: number): number {
  const own = lastStop(text, start - 1);
  const previous = own >= 0 && text[own] !== '\n' ? lastStop(text, own - 1) : own;
  return Math.max(previous, text.lastIndexOf('\n', start - 1)) + 1;
}

const NOTES_SHORTHAND_BEFORE = /(?:^|[.!?:;]\s+|\n)[\s*-]*(?:Known|Hx[ \u00a0]+of|Hx:|PMHx?:?|Background[ \u00a0]+of|Previous|Longstanding|Long-standing)[ \u00a0]+$/;

function attached(text: string, start: number, end: number, sentence: string, kind: Kind): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  if (soleOneOfKind(text, start, end)) return true;
  // "the HIV/AIDS nurse": the service follows the second of a pair joined by a slash.
  if (SERVICE_AFTER.test(text.slice(end, end + 40).replace(/^\/[\p{L}\p{N}-]+/u, '')) && !ownCare(text, start, end)) return false;
  // "was born with gastroschisis": a congenital condition is said of someone as a diagnosis is.
  if (/\b(?:diagnosed with|diagnosis of|diagnosis was|diagnosed as having|born with)\s+(?:\w+\s+){0,2}$/i.test(before) && !GENERAL_BEFORE.test(before.replace(/\b(?:diagnosed with|diagnosis of|diagnosis was|diagnosed as having|born with)[\s\S]*$/i, ''))) return true;
  if (underNoteLabel(text, start)) return true;
  // "Known bipolar affective disorder.", "Hx of two NSTEMIs": shorthand of notes, about the patient they are on.
  if (NOTES_SHORTHAND_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  // "The referral mentioned recurrent depressive disorder": what someone's papers say is theirs.
  if (PAPERS_SAID_BEFORE.test(text.slice(Math.max(lastStop(text, start - 1, FULL_STOP_MARKS) + 1, start - 140), start))) return true;
  // "I asked C about the ADHD": asked of someone, "the" is theirs.
  if (ASKED_ABOUT_THEIRS.test(before)) return true;
  // "Dear Rob, ... you told the group about your HIV": in a letter to one person "your" is theirs, whatever comes before.
  // "I know about the cirrhosis": in the same letter, "the" is the one both of them know.
  if (addressedToOne && /\b(?:[Yy]our|about[ \u00a0]+the)[ \u00a0]+(?:(?:new|recent|own|diagnosed|untreated)[ \u00a0]+)?$/.test(before)) return true;
  if (GENERAL_BEFORE.test(before) && !/\b(?:his|her|their|my|she|he|one of (?:our|my|the|her|his) (?:clients|patients|students|pupils|residents|kids|children|boys|girls|young people|families|lads|service users|regulars|learners|mums|dads|teenagers))\s+(?:\w+\s+){0,2}$/i.test(before)) return false;
  if (GENERAL_SENTENCE.test(sentence) && !/\b(?:diagnosed|started|prescribed|his|her)\b/i.test(sentence)) return false;
  if (personal(sentence) || NAME_WITH_AGE.test(sentence) || AGED_OPENING.test(sentence) || namedSubject(sentence, false) || namedOwner(before)) return true;
  if (THEIR_CHILD.test(sentence) && !GROUP_OF_PEOPLE.test(sentence)) return true;
  // "Ife's bloods at the clinic showed iron deficiency anaemia": someone's, named earlier in the sentence.
  if (possessedEarlier(text.slice(lastStop(text, start - 1) + 1, start))) return true;
  if (fragmentAfterSomeone(text, start, end)) return true;
  // "Martin, who lives in the bungalow at the end, has cerebral palsy": the name owns the verb past its clause.
  const clause = NAME_CLAUSE_BEFORE.exec(text.slice(Math.max(lastStop(text, start - 1) + 1, start - 160), start));
  if (clause && classify(clause[1]) !== 'word') return true;
  // "Martin has cerebral palsy and epilepsy": the second of a pair is the owner's when the first is.
  const first = pairedBefore(text, start);
  if (first && attached(text, first[0], first[1], sentence, kind)) return true;
  // A person named just before ("Dayo has thalassaemia"), or the diagnosis verb itself.
  const named = /(?<![\p{L}])(?!(?:The|A|An|This|That|It|There|Then|When|If|But|And|So|In|On|At|We|I|You|They|Our|My|Most|Some|Many|All|What|How|Why)\b)(\p{Lu}\p{Ll}+)(?:['’]s)?[ \u00a0]+(?:\w+[ \u00a0]+){0,3}$/u.exec(before);
  // "Living with FND" as a heading: a capitalised verb form is no one's name.
  if (named && !(/ing$/.test(named[1]) && dataSet('words/english.txt').has(named[1].toLowerCase())) && ATTACHED_BEFORE.test(before)) return true;
  if (kind !== 'condition' && /\b(?:on|started|takes|taking|prescribed|dose of)\s+$/i.test(before)) return true;
  // "I thought it was cellulitis. He didn't want to go to A&E.": a clinician's impression of someone's illness.
  if (IMPRESSION_BEFORE.test(before) && aboutSomeone(paragraphAround(text, start))) return true;
  // "an admission on the 22nd in DKA", "she came in in heart failure": the state someone arrived in.
  if (kind !== 'medication' && ARRIVED_IN_BEFORE.test(before) && aboutSomeone(sentence)) return true;
  // "a benzathine penicillin injection every four weeks": a regimen, in a paragraph about someone, is theirs.
  return kind === 'medication' && REGIMEN_AFTER.test(text.slice(end, end + 40)) && personal(paragraphAround(text, start));
}

/** The diagnosis just before this one, joined to it by "and" or a comma: "cerebral palsy and [epilepsy]". */
function pairedBefore(text: string, start: number): [number, number] | undefined {
  const join = /(?:,|[ \u00a0]and)[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?$/.exec(text.slice(Math.max(0, start - 12), start));
  if (!join) return undefined;
  const end = start - join[0].length;
  const lex = loadLexicon();
  const window = text.slice(Math.max(0, end - 60), end);
  for (const matcher of [lex.words, lex.acronyms]) {
    for (const m of matcher.matches(window)) {
      if (m.index + m.text.length === window.length && lex.kinds.get(normalise(m.text)) !== 'medication') return [end - m.text.length, end];
    }
  }
  return undefined;
}

/** A name opening the sentence, a clause set off by commas about them, then the verb: "Martin, who lives alone, has". */
const NAME_CLAUSE_BEFORE = /^\s*(\p{Lu}\p{Ll}+),[ \u00a0]+(?:who|whose|now|aged|at)\b[^.!?\n]{1,80},[ \u00a0]+(?:has|had|has[ \u00a0]+had|was[ \u00a0]+diagnosed[ \u00a0]+with|lives[ \u00a0]+with|developed)[ \u00a0]+(?:(?:a|an|both)[ \u00a0]+)?(?:[^.!?\n]{0,40}?(?:,|[ \u00a0]and)[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?)?$/u;

/** "With no other T1D pupils in the cluster": the one the post is about is the only one who has it. */
function soleOneOfKind(text: string, start: number, end: number): boolean {
  return ONLY_OTHER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && ONE_OF_A_KIND_AFTER.test(text.slice(end, end + 30));
}

const ONLY_OTHER_BEFORE = /\b(?:no|the[ \u00a0]+only)[ \u00a0]+other[ \u00a0]+$/i;
const ONE_OF_A_KIND_AFTER = /^[ \u00a0]+(?:pupils?|children|child|kids?|students?|patients?|clients?|residents?|families|boys?|girls?|teenagers?|babies|baby)\b/i;
const IMPRESSION_BEFORE = /\b(?:I|we|the[ \u00a0]+(?:GP|doctor|nurse|registrar|consultant|paramedic|team))[ \u00a0]+(?:thought|suspected|worried|feared|wondered[ \u00a0]+if|was[ \u00a0]+sure|could[ \u00a0]+tell)[ \u00a0]+(?:that[ \u00a0]+)?(?:it|this)[ \u00a0]+(?:was|might[ \u00a0]+be|could[ \u00a0]+be|would[ \u00a0]+be)[ \u00a0]+(?:an?[ \u00a0]+)?$/i;
const ARRIVED_IN_BEFORE = /\b(?:admitted|admission|brought[ \u00a0]+in|came[ \u00a0]+in|arrived|presented|presenting|rushed[ \u00a0]+in|ended[ \u00a0]+up|found)\b[^.!?\n]{0,45}?[ \u00a0]in[ \u00a0]+$/i;

const ASKED_ABOUT_THEIRS = /\b(?:asked|ask|asking|told|tell|telling|talked[ \u00a0]+to|spoke[ \u00a0]+to|talk[ \u00a0]+to)[ \u00a0]+(?:him|her|them|(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+\p{Lu}\p{L}*|\p{Lu}\p{L}*)[ \u00a0]+about[ \u00a0]+(?:the|his|her|their)[ \u00a0]+$/u;

/**
 * Notes in shorthand after a person is named: "I first met Agnes in the spring. Epilepsy since
 * childhood, two children...". A fragment that opens with the diagnosis describes whoever the
 * sentence before named.
 */
function fragmentAfterSomeone(text: string, start: number, end: number): boolean {
  const own = lastStop(text, start - 1);
  if (own < 0 || text[own] === '\n' || !/^\s*$/.test(text.slice(own + 1, start))) return false;
  if (!/^(?:,|[ \u00a0]+(?:since|from|aged|at[ \u00a0]+(?:\d+|[a-z]+teen|birth)|diagnosed|first|and[ \u00a0]+(?:a|an|two|three|now)))/i.test(text.slice(end, end + 20))) return false;
  const previous = text.slice(lastStop(text, own - 1) + 1, own);
  // A given name inside the sentence: "I first met Agnes".
  return PERSONAL.test(previous) || [...previous.matchAll(/(?<=\S[ \u00a0]+)\p{Lu}\p{Ll}+/gu)].some((m) => classify(m[0]) === 'given');
}

/** "her COPD nurse", "Amir's epilepsy clinic": the service of someone's own condition says they have it. */
function ownCare(text: string, start: number, end: number): boolean {
  return OWN_CARE_AFTER.test(text.slice(end, end + 30)) && (/\b(?:his|her|their)[ \u00a0]+$/i.test(text.slice(Math.max(0, start - 8), start)) || namedOwner(text.slice(Math.max(0, start - 30), start)));
}

const OWN_CARE_AFTER = /^[ \u00a0]+(?:nurses?|clinics?|consultants?|specialists?)\b/i;

/**
 * Case notes and referrals list a person's diagnoses after a label: "Background: epilepsy, well
 * controlled on lamotrigine", "The referral said: heart failure, COPD, lives alone", "Diagnosis at
 * fourteen: epilepsy". The list after the label is theirs, up to the end of the line or sentence.
 */
const NOTE_LABEL = /(?:^\s*|\b(?:the|her|his|their)[ \u00a0]+)(?:background|diagnos[ie]s|PMH|(?:relevant|significant|past|previous|other)[ \u00a0]+(?:medical[ \u00a0]+)?history|medical[ \u00a0]+history|presenting[ \u00a0]+complaint|reason[ \u00a0]+for[ \u00a0]+referral|meds|medications?|referral(?:[ \u00a0]+(?:said|read|says|letter))?|notes?[ \u00a0]+(?:said|read|say)|discharge[ \u00a0]+(?:letter|summary)(?:[ \u00a0]+(?:said|read))?|handover(?:[ \u00a0]+sheet)?)(?:[ \u00a0]+(?:at|aged|from)[ \u00a0]+[\w-]+)?[ \u00a0]*:[ \u00a0]*(?:(?:[^.\n:;]|\.(?=\d)){0,80}(?:,|\band\b)[ \u00a0]*)?$/i;

/**
 * A person's papers telling their diagnoses in prose: "The referral mentioned recurrent depressive
 * disorder", "her discharge letter listed COPD and heart failure". A referral is always about someone.
 */
const PAPERS_SAID_BEFORE = /\b(?:the|her|his|their)[ \u00a0]+(?:(?:GP|school|hospital|social[ \u00a0]+work|CAMHS|police)[ \u00a0]+)?(?:referral(?:[ \u00a0]+(?:letter|form))?|notes?|case[ \u00a0]+notes|discharge[ \u00a0]+(?:letter|summary)|letter|file|records?|care[ \u00a0]+plan|EHCP|post-?mortem|autopsy|scan|MRI|CT|x-?ray|biopsy|bloods|tests?|results?|ECG|echo)[ \u00a0]+(?:(?:later|then|finally|eventually|also)[ \u00a0]+)?(?:mentioned|mentions|said|says|listed|lists|noted|notes|recorded|records|gave|gives|read|reads|stated|states|flagged|flags|included|includes|showed|shows|found|finds|confirmed|confirms|revealed|reveals)[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?(?:[^.!?\n:;]{0,60}?(?:,|\band\b)[ \u00a0]*)?$/i;

/** "Amir's epilepsy", "Nan's heart failure": a name with a possessive right before the term owns it. */
function namedOwner(before: string): boolean {
  // "Mr K's amputation", "Mrs P.'s epilepsy": a title with an initial is how notes keep a name short.
  if (/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00a0]+\p{Lu}\.?['’]s?[ \u00a0]+$/u.test(before)) return true;
  const initial = INITIAL_OWNER.exec(before);
  if (initial && initialsOfPost.has(initial[1])) return true;
  const owner = /(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s?[ \u00a0]+(?:(?:new|recent|latest|worsening|ongoing|untreated)[ \u00a0]+)?$/u.exec(before);
  return owner !== null && !NOT_NAME_WORDS.test(owner[1]) && !/^(?:Today|Yesterday|Tomorrow|World|Children|Women|Men|People|Everyone|Nobody|Somebody|Someone)$/.test(owner[1]);
}

/** A name with a possessive before a health record or visit, earlier in the sentence: "Ife's bloods showed", "at Rosa's two-year check". */
function possessedEarlier(lead: string): boolean {
  // A name the lists do not hold counts too ("Ife's"), but no everyday word ("Today's", "Nobody's").
  return [...lead.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s(?=[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+){0,2}(?:bloods|blood[ \u00a0]+tests?|results?|scans?|tests|x-?rays?|MRI|check|check-?up|checks|review|appointment|notes|file|referral|diagnosis|letter|records|assessment|GP|doctor|consultant|paediatrician|pediatrician|nurse|health[ \u00a0]+visitor|medication|meds|symptoms|admission|discharge|clinic[ \u00a0]+visit|screening)\b)/gu)].some((m) => !NOT_NAME_WORDS.test(m[1]) && classify(m[1]) !== 'word' && !dataSet('words/english.txt').has(m[1].toLowerCase()));
}

/** "Korsakoff's", "Wernicke's": a word read as a surname, not an everyday word or a first name ("with Mum's", "had Tom's"). */
function surnameLike(word: string): boolean {
  return !NOT_NAME_WORDS.test(word) && classify(word) !== 'word' && !dataSet('names/given.txt').has(word.toLowerCase());
}

/**
 * Talk about a drug or a condition that names nobody's: the news, a film or a training ("the film
 * shows how OxyContin was marketed", "an advert for Ozempic"), or the drug as the subject of a general
 * claim ("Narcan saves lives", "whether memantine works"). A person in the same clause, or an owner or
 * a prescribing verb right before the term, keeps it theirs. (A patient's "first presentation" is a
 * visit to hospital, not a talk.)
 */
const MEDIA = String.raw`(?:writing|chapter|essay|film|movie|documentary|show|series|(?<!(?:recovery|rehab|rehabilitation|detox|outpatient|inpatient|residential|methadone|twelve-step|12-step)[ \u00a0])program(?:me)?|drama|(?<!(?:moderate|severe|mild|depressive|manic|hypomanic|psychotic|mixed|acute|first|single|recurrent|current|another|psychiatric|dissociative|seizure)[ \u00a0])episode|podcast|news|article|headline|story|book|novel|advert|advertisement|ad|campaign|poster|leaflet|training|lecture|course|textbook|module|webinar|trainer|(?<!(?:first|initial|second|repeat|late|early|acute|atypical|typical|clinical)[ \u00a0])presentation)`;
const ABOUT_MEDIA_BEFORE = new RegExp(String.raw`\b${MEDIA}s?[ \u00a0]+(?:about|on|for|called|featuring|promoting|selling|explaining|showing)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}$`, 'i');
/** "a head injury score", "the opioid epidemic": the term names a tool or a public matter, nobody's illness. */
const TOOL_AFTER = /^[ \u00a0]+(?:rates?|figures|statistics|numbers|symptoms|warning[ \u00a0]+signs|scores?|scales?|screen|screening|tools?|questionnaires?|checklists?|kits?|pathways?|protocols?|guidance|polic(?:y|ies)|crisis|epidemic|pandemic|outbreaks?|campaigns?|awareness)\b/i;
/** "buprenorphine is first-line", "naloxone is safe to give": what the drug or condition is, for anyone. */
const GENERAL_CLAIM_AFTER = /^[ \u00a0]+(?:(?:is|are)[ \u00a0]+(?:not[ \u00a0]+)?|isn['’]t[ \u00a0]+|aren['’]t[ \u00a0]+)(?:the[ \u00a0]+(?:enemy|villain|problem|devil)\b|(?:(?:now|still|usually|often|very|really|so|more|less|far|much|not|generally|perfectly|completely)[ \u00a0]+)*(?:the[ \u00a0]+)?(?:first-line|second-line|first[ \u00a0]line|licensed|recommended|approved|safe|safer|effective|addictive|dangerous|available|over[ \u00a0]the[ \u00a0]counter|a[ \u00a0](?:drug|medication|medicine|treatment|condition|disease|opioid|stimulant|sedative|lifesaver|life-saver)|(?:usual|top|standard|normal|maximum|max|starting|typical|highest|lowest|licensed|recommended)[ \u00a0]+doses?))\b/i;
const MEDIA_WORD = new RegExp(String.raw`\b${MEDIA}s?\b`, 'i');
/** "her writing on fentanyl": a work about something, just before it. */
const MEDIA_ON_BEFORE = new RegExp(String.raw`\b${MEDIA}s?[ \u00a0]+(?:about|on)[ \u00a0]+$`, 'i');
const PERSON_IN_CLAUSE = /\b(?:she|he|her|his|him|hers|himself|herself|my (?:client|patient|son|daughter|mum|mom|dad)|client|patient|resident|pupil)\b/i;
const OWNED_OR_GIVEN_BEFORE = /\b(?:his|her|their|my|your|on|started|starting|restarted|takes|took|taking|prescribed|titrated|given|gave (?:him|her|them)|put (?:him|her|them) on|dose of|course of|diagnosed with|has|had|have|having|with)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?$/i;
const CLAUSE_START = /(?:^\s*|[.!?:;\n]\s*|\b(?:that|how|whether|why|because|if|and|but)\s+)$/i;
/** Verbs of a general claim, in the present: "saves lives", "works", "is first-line". "The epilepsy has been worse" is someone's. */
const GENERAL_VERB_AFTER = /^[ \u00a0]+(?:saves|save|works|work|reverses|reverse|kills|kill|helps|help|treats|treat|blocks|block|stops|stop|changes|opens|lowers|raises|reduces|causes|affects|lasts|is|are|can|may|might|remains|becomes)\b/i;

/** A sentence telling a work's story: "It follows...", "The book tells the story of...". */
const PLOT_OPENS = /^\s*(?:it|the[ \u00a0]+(?:story|plot|film|book|novel|series|documentary|play))[ \u00a0]+(?:follows|tells|shows|centres|centers|traces|charts|is[ \u00a0]+about|is[ \u00a0]+set)\b/i;
/** "methadone and buprenorphine are...": a second drug or condition joined to the subject of a general claim. */
const JOINED_TERM = /^[ \u00a0]+(?:and|or|&)[ \u00a0]+[\w-]+(?:[ \u00a0]+(?!(?:is|are|can|may)\b)[\w.-]+){0,2}(?=[ \u00a0]+(?:is|are|can|may|both|all|each)\b)/i;
/** "prescribed for opioid dependence", "used to treat epilepsy": what a drug is for, said of no one. */
const WHAT_IT_TREATS_BEFORE = /\b(?:prescribed|used|licensed|approved|recommended|given)[ \u00a0]+(?:to[ \u00a0]+treat|for)[ \u00a0]+$/i;

function generalMention(text: string, from: number, end: number): boolean {
  const sentenceStart = lastStop(text, from - 1) + 1;
  const lead = text.slice(sentenceStart, from);
  // "A film about opioids. It follows a nurse whose son...": the plot of a work named just before.
  if (PLOT_OPENS.test(lead) && MEDIA_WORD.test(text.slice(lastStop(text, sentenceStart - 2) + 1, sentenceStart))) return true;
  // "her writing on fentanyl": the work is on the drug, although "on" reads as taking it.
  if (MEDIA_ON_BEFORE.test(lead)) return true;
  // "Semaglutide 2.4 mg and tirzepatide 15 mg are the top doses": the claim follows the dose.
  end += DOSE.exec(text.slice(end, end + 20))?.[0].length ?? 0;
  end += JOINED_TERM.exec(text.slice(end, end + 40))?.[0].length ?? 0;
  if (WHAT_IT_TREATS_BEFORE.test(lead) && !PERSON_IN_CLAUSE.test(lead) && !/\b(?:they|I|we|you)\b/i.test(lead)) return true;
  const owned = OWNED_OR_GIVEN_BEFORE.test(lead.slice(-40)) || namedOwner(lead.slice(-30));
  // "I told her buprenorphine is first-line": "her" is who was told, and the claim is about the drug.
  if (GENERAL_CLAIM_AFTER.test(text.slice(end, end + 60)) && (!owned || /\b(?:told|tell|telling|asked|reminded|showed|taught|warned)[ \u00a0]+(?:her|him|them)[ \u00a0]+$/i.test(lead))) return true;
  if (owned) return false;
  if (ABOUT_MEDIA_BEFORE.test(lead.slice(-60)) || TOOL_AFTER.test(text.slice(end, end + 30))) return true;
  // The clause holding the term: from the last "that", "how", colon... to the end of the sentence.
  const clauseStart = Math.max(0, ...[...lead.matchAll(/[,;:]\s*|\b(?:that|how|whether|why|because)\s+/gi)].map((m) => m.index + m[0].length));
  // A clause ends at a semicolon: "...are both prescribed for opioid dependence; she explained...".
  const clauseEnd = Math.min(nextStop(text, end), ...[text.indexOf(';', end)].filter((i) => i >= 0));
  const clause = lead.slice(clauseStart) + text.slice(from, clauseEnd);
  if (PERSON_IN_CLAUSE.test(clause)) return false;
  if (MEDIA_WORD.test(text.slice(sentenceStart, nextStop(text, end)))) return true;
  return CLAUSE_START.test(lead) && GENERAL_VERB_AFTER.test(text.slice(end, end + 20));
}

/**
 * "Relevant history: AF, hearing loss", "Meds: ...": a label of someone's notes owns the list after it.
 * "Medication: we keep the inhalers in the office" is guidance under a heading, not a list of someone's.
 */
function underNoteLabel(text: string, start: number): boolean {
  const label = NOTE_LABEL.exec(text.slice(Math.max(lastStop(text, start - 1, FULL_STOP_MARKS) + 1, start - 120), start));
  return label !== null && !/\b(?:we|I|you|they)\b/.test(label[0].slice(label[0].indexOf(':')));
}

/** A dose or a schedule after a drug's name. */
const REGIMEN_AFTER = /^[ \u00a0]+(?:injections?|jabs?|infusions?|drips?|tablets?|pills?|patch(?:es)?|every[ \u00a0]|twice[ \u00a0]|three times[ \u00a0]|once a[ \u00a0]|daily\b|nightly\b|\d+(?:\.\d+)?[ \u00a0]?(?:mg|mcg|ml|units)\b)/i;

function medicationContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return /\b(?:on|started|starting|takes|took|taking|prescribed|given|titrated|dose of|doses of|his|her|their|(?:switched|changed|moved|put)(?:\s+(?:him|her|them))?\s+(?:to|on)|restarted|stopped|mg of|course of)\s+$/i.test(before) || /^\s*\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms|ml|units)\b/i.test(after);
}

const WHY: Record<Reason, { what: string; severity: Candidate['severity']; hint: string }> = {
  condition: { what: 'a specific diagnosis', severity: 'medium', hint: 'say "a long-term condition" or "a health problem" instead of naming it' },
  rare: { what: 'a rare condition: so few people have it that it can identify them on its own', severity: 'high', hint: 'say "a very rare genetic condition" and leave out its name' },
  medication: { what: 'a named medication, which tells readers the diagnosis', severity: 'medium', hint: 'say "her medication" or "a new medication"' },
  device: { what: 'a device fitted to them: everyone around them sees it, and it tells readers what they have', severity: 'medium', hint: 'say "some medical equipment" or leave it out unless the story needs it' },
  'everyday medicine': { what: 'an everyday medicine said to be theirs: it tells readers the condition it treats, and beside a school or an age it helps point at one child', severity: 'medium', hint: 'say "his medicine" or leave it out' },
  care: { what: 'care that, beside the diagnosis the post names, completes the picture', severity: 'medium', hint: 'say "regular treatment" or leave it out' },
  common: { what: 'a common condition said to be theirs: alone it fits many people, beside an age, a job or a place it helps point at one', severity: 'medium', hint: 'say "a long-term condition" or leave it out unless the story needs it' },
  result: { what: 'a test result or score read straight off someone\'s notes: it tells readers what they have and how ill they are', severity: 'medium', hint: 'say "her kidney function was poor" or "his score was high" without the number' },
  oxygen: { what: 'oxygen with its flow or hours, read straight off a care plan: it tells readers how ill someone is', severity: 'medium', hint: 'say "on oxygen" or "needs help with her breathing" without the rate' },
};

function everydayCare(term: string, start: number, end: number): Candidate {
  return {
    start, end, category: 'health', severity: 'low',
    message: `"${term}" is care or equipment that many conditions share: alone it does not say what someone has`,
    hint: 'Fine alone; leave it out if the post also names the diagnosis, an age and a place.',
  };
}

const GENERAL_WHY: Record<GeneralReason, string> = {
  topic: 'the topic of the post, named again without saying whose',
  hypothetical: 'guidance about anyone who has it',
  group: 'the people of a kind the writer meets',
  form: 'what a form, slide or training lists',
  question: 'a question about what it is',
  definition: 'an explanation of what it is',
  rule: 'a rule for storing, carrying or checking it',
  quoted: 'the words people use, quoted as words',
  stock: 'what a service keeps, carries or hands out',
};

function generalNote(term: string, start: number, end: number, reason: GeneralReason): Candidate {
  return {
    start, end, category: 'health', severity: 'low',
    message: `"${term}" is named in general talk (${GENERAL_WHY[reason]}), not said of anyone in particular`,
    hint: 'Fine as it is; if you had one person in mind, leave out the details that point at them.',
  };
}

/** "A bad chest", "a weak chest": how families speak of coughs and winters, not of a diagnosis. */
const COLLOQUIAL_CHEST = /^(?:bad|weak|dicky)[ \u00a0]+chest$/i;

function colloquialNote(term: string, start: number): Candidate {
  return {
    start, end: start + term.length, category: 'health', severity: 'low',
    message: `"${term}" is an everyday way of speaking of coughs and chest colds: it names no diagnosis`,
    hint: 'Fine as it is; if the post also names the diagnosis behind it, that is what to describe generally.',
  };
}

function pregnancy(term: string, start: number): Candidate {
  return {
    start, end: start + term.length, category: 'health', severity: 'medium', quasi: true,
    message: `"${term}" dates one woman's pregnancy: with an age, a place or a date it points at her, and tells readers something private`,
    hint: 'Say "late in her pregnancy" unless the week matters to the story.',
  };
}

function finding(term: string, start: number, end: number, kind: Reason, means?: string): Candidate {
  const why = WHY[kind];
  return {
    start, end, category: 'health', severity: why.severity, quasi: true,
    message: means
      ? `"${term}" is an everyday way of naming ${means}, said of someone in this post: readers who know them will know what they have`
      : `"${term}" is ${why.what}, said of someone in this post`,
    hint: `Describe it generally: ${why.hint}.`,
  };
}
