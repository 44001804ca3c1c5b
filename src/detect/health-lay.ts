/**
 * The words people use for a diagnosis when they are not clinicians: "he's had the sugar for years",
 * "water on her chest", "on a water tablet", "in the DTs", "bad nerves". Said of someone they tell a
 * reader the diagnosis as plainly as its clinical name, so the health rule treats them alike; the
 * message says what the everyday phrase stands for.
 *
 * Each phrase carries the grammar that makes it a condition ("had the sugar", not "passed the sugar"),
 * so the phrase alone never fires on the kitchen table.
 */

export interface LayTerm {
  pattern: RegExp;
  /** The diagnosis or drug the everyday phrase stands for, for the message. */
  means: string;
  kind: 'condition' | 'medication';
}

const OWNER = String.raw`(?:his|her|their|my|your)`;
const HAVING = String.raw`(?:has|had|have|having|got|gets|['’]s\s+got|['’]s\s+had|['’]d\s+had|with)`;

/** Someone takes it: an owner or a verb of taking or giving right before the drug. */
const GIVEN = String.raw`\b(?:${OWNER}|on|takes?|took|taking|started|starting|stopped|stopping|restarted|missed|forgot|forgets|came\s+off|prescribed|needs?|needed|given|gave\s+(?:him|her|them)|put\s+(?:him|her|them)\s+on)\s+(?:(?:a|an|the|new|daily|regular|strong|more|extra|some)\s+)*`;

/** Patterns mark the reported words with the named group `term`. */
export const LAY_TERMS: LayTerm[] = [
  // Diabetes
  { pattern: new RegExp(String.raw`\b${HAVING}\s+(?:(?:a|the)\s+)?(?:touch\s+of\s+)?(?<term>(?:the\s+)?sugar(?:\s+diabetes)?)\b(?!\s+(?:in|on|bowl|cubes?|lumps?|tax|free|rush|high|beets?|cane|maple|snap|factory|refinery|mill|crops?|harvest|industry|prices?|syrup|and\s+(?:milk|cream)))`, 'gi'), means: 'diabetes', kind: 'condition' },
  { pattern: new RegExp(String.raw`\b${OWNER}\s+(?<term>(?:blood\s+)?sugars?(?:\s+levels?)?)(?:['’]s|\s+(?:is|are|was|were|have\s+been|has\s+been|went|go|keep|kept|(?:all\s+)?over\s+the\s+place|high|low))\b`, 'gi'), means: 'diabetes', kind: 'condition' },
  { pattern: /\b(?<term>sugar\s+diabetes)\b/gi, means: 'diabetes', kind: 'condition' },
  // Fluid on the lungs: heart failure, pulmonary oedema
  { pattern: new RegExp(String.raw`\b(?<term>(?:water|fluid)\s+on\s+(?:${OWNER}|the)\s+(?:chest|lungs?|brain|heart))\b`, 'gi'), means: 'heart failure or fluid on the lungs', kind: 'condition' },
  // Everyday names of drugs that say what they treat, when someone takes them: "on a water tablet", "her heart pills"
  { pattern: new RegExp(String.raw`${GIVEN}(?<term>(?:water|heart|blood[\s-]pressure|thyroid|sugar|diabetes|nerve|epilepsy|seizure|memory|dementia|cholesterol)\s+(?:tablets?|pills?|meds|medication))\b`, 'gi'), means: 'a named kind of medication', kind: 'medication' },
  { pattern: new RegExp(String.raw`${GIVEN}(?<term>blood[\s-]thinners?|diuretics?|anti-?psychotics?|antiretrovirals?)\b`, 'gi'), means: 'a named kind of medication', kind: 'medication' },
  // Alcohol
  { pattern: /\b(?<term>(?:the\s+)?DT['’]?s|the\s+horrors)\b/g, means: 'alcohol withdrawal (delirium tremens)', kind: 'condition' },
  { pattern: /\b(?:was|were|is|are|been|started|kept|keeps|began|['’]s|['’]d|back\s+to)\s+(?<term>drinking\s+(?:heavily|very\s+heavily|a\s+lot|too\s+much|again|every\s+day|all\s+day|from\s+the\s+morning))\b/gi, means: 'a drinking problem', kind: 'condition' },
  { pattern: /\b(?<term>(?:drank|drinks)\s+(?:very\s+)?heavily)\b/gi, means: 'a drinking problem', kind: 'condition' },
  { pattern: new RegExp(String.raw`\b(?:${OWNER}|a)\s+(?<term>heavy\s+drink(?:ing|er)|drink(?:ing)?\s+problem|problem\s+with\s+(?:the\s+)?(?:drink|drinking|alcohol))\b`, 'gi'), means: 'a drinking problem', kind: 'condition' },
  { pattern: /\b(?:back\s+)?on\s+(?<term>the\s+(?:drink|booze|gear|bottle))\b/gi, means: 'drink or drug dependence', kind: 'condition' },
  { pattern: /\b(?:drinking|drinks|drank|drink)\s+(?<term>(?:a|one|two|three|four|five|six|\d+|half\s+a)\s+(?:bottles?|litres?|liters?|cans?|pints?|units?)\s+(?:of\s+[\w-]+\s+)?(?:a|per|every)\s+(?:day|night))\b/gi, means: 'a drinking problem', kind: 'condition' },
  // Drug use, told the way people tell it
  { pattern: /\b(?:on|using|injecting|smoking|snorting|addicted\s+to|hooked\s+on|dependent\s+on)\s+(?<term>heroin|crack(?:\s+cocaine)?|meth(?:amphetamine)?|spice|ketamine|fentanyl|opiates|opioids|benzos|smack)\b/gi, means: 'drug dependence', kind: 'condition' },
  { pattern: /\b(?:using|injecting|smoking)\s+(?<term>ice)\b/gi, means: 'drug dependence', kind: 'condition' },
  { pattern: /\b(?<term>(?:heroin|crack|coke|cocaine|meth|ice|spice|ketamine|opiate|opioid|benzo|pill|painkiller|drug|gambling)\s+(?:habit|addiction|problem))\b/gi, means: 'an addiction', kind: 'condition' },
  // Self-harm, told as what someone does to themselves
  { pattern: /\b(?:(?:has\s+been|had\s+been|was|is|started|keeps|kept|began)\s+)?(?<term>(?:self-harming|cutting|burning|scratching)\s+(?:her|his|their)\s+(?:arms?|wrists?|thighs?|legs?|stomach|skin)|self-harms|self-harmed)\b/gi, means: 'self-harm', kind: 'condition' },
  // Detention under the Mental Health Act: "sectioned under Section 3", "on a section 2"
  { pattern: /\b(?:sectioned|detained|held|kept|admitted)\s+(?:again\s+)?(?:under|on)\s+(?<term>(?:a\s+)?[Ss]ection\s+(?:2|3|4|5\(2\)|5\(4\)|35|36|37|37\/41|41|47|48|135|136)(?:\s+of\s+the\s+Mental\s+Health\s+Act)?)(?![\w(])/g, means: 'detention under the Mental Health Act', kind: 'condition' },
  // A mental state a clinician would chart: "he was floridly manic", "she became psychotic" ("it was manic at work" is busy).
  { pattern: /\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|is|were|are|became|had\s+become|seemed|looked|got|went)\s+(?:(?:really|very|quite|so)\s+)?(?<term>(?:floridly|acutely|severely|frankly)\s+(?:manic|psychotic|hypomanic|paranoid)|psychotic|hypomanic|catatonic)\b/g, means: 'an episode of mental illness', kind: 'condition' },
  // Nerves and breakdowns
  { pattern: /\b(?<term>(?:bad|shot|frayed|terrible)\s+nerves|nervous\s+breakdown)\b/gi, means: 'a mental health condition', kind: 'condition' },
  { pattern: /\b(?:had|has|having|suffered|['’]d\s+had)\s+(?:a\s+)?(?:complete\s+|total\s+|bit\s+of\s+a\s+)?(?<term>breakdown)\b(?!\s+(?:of|in|on)\b)/gi, means: 'a mental health crisis', kind: 'condition' },
  { pattern: new RegExp(String.raw`\b(?:suffers?|suffered|suffering|bad)\s+(?:with|from)\s+(?<term>${OWNER}\s+nerves)\b`, 'gi'), means: 'a mental health condition', kind: 'condition' },
  { pattern: new RegExp(String.raw`\b${OWNER}\s+(?<term>nerves)\s+(?:are|were|have\s+been|had\s+been)\s+(?:bad|shot|gone|terrible|in\s+bits|in\s+tatters)\b`, 'gi'), means: 'a mental health condition', kind: 'condition' },
  // Bleeds, clots and growths, told in plain words
  { pattern: new RegExp(String.raw`\b(?<term>(?:a\s+)?(?:bleed|clot|blood\s+clot|growth|lump|tumou?r)\s+(?:on|in)\s+(?:${OWNER}|the)\s+(?:brain|lungs?|leg|chest|breast|bowel|liver|kidney|head))\b`, 'gi'), means: 'a specific diagnosis', kind: 'condition' },
  { pattern: /\b(?<term>the\s+big\s+C)\b/g, means: 'cancer', kind: 'condition' },
  { pattern: new RegExp(String.raw`\b(?:${HAVING}|took|takes|taking)\s+(?:a\s+)?(?<term>(?:bad|weak|dicky)\s+(?:heart|chest)|heart\s+trouble|fits)\b(?!\s+of\b)`, 'gi'), means: 'a long-term condition', kind: 'condition' },
  { pattern: /\b(?<term>a\s+water\s+infection|water\s+infections)\b/gi, means: 'a urinary infection', kind: 'condition' },
  { pattern: /\b(?<term>(?:under|over)[\s-]?active\s+thyroid)\b/gi, means: 'a thyroid condition', kind: 'condition' },
  // An organ taken out names the operation, and often the illness behind it
  { pattern: new RegExp(String.raw`\b(?:had|has|having|needs?|needed|getting|got)\s+(?<term>${OWNER}\s+(?:gallbladder|appendix|womb|uterus|ovaries|ovary|prostate|thyroid|spleen|kidney|breasts?|bowel|colon|leg|foot|toes?|eye|lung)\s+(?:out|removed|taken\s+out|off|amputated))`, 'gi'), means: 'an operation that tells readers what was wrong', kind: 'condition' },
];

/**
 * A surname with a possessive, standing where a diagnosis stands: "it was Korsakoff's", "signs of
 * Wernicke's", "diagnosed with Menkes's". The words before say it is an illness, and nothing after
 * it is the thing owned, so it is no one's house or shop.
 */
export const EPONYM_ALONE = /(?<=\b(?:diagnosed\s+with|diagnosis\s+of|signs?\s+of|symptoms?\s+of|a\s+form\s+of|a\s+type\s+of|a\s+kind\s+of|onset\s+of|(?:early|late|end)[\s-]stage|early[\s-]onset|it\s+was|it['’]s|turned\s+out\s+to\s+be|has|had|have|having|got|his|her|their)\s+)(?<term>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|when|which|that|so|too|as\s+well|is|was|has|had|means|meant|in|at|after|since|for|on)\b)/gu;
