/**
 * Legal tests, rights and laws named after a person: "Miranda rights", "the Gillick test", "Fraser
 * guidelines", "the Jordan ruling", "Clare's Law", "Jordan's Principle", and the parties of a cited case
 * ("R. v. Gladue", then "a Gladue report"). The name is part of the
 * term, not a client; and a post that uses the term may go on to cite it by the name alone ("since
 * Jordan, delays must be justified"). A client who shares the name still has a relation or acts, and
 * the grammar around that mention says so.
 */

/**
 * Nouns of the law and of practice that a name is put before to name a doctrine. A client's things
 * are theirs with a possessive ("Jordan's review"), and "report" or "hearing" are a client's too.
 */
const LEGAL_NOUN = String.raw`(?:rights|warnings?|test|guidelines|competence|criteria|principles?|ruling|doctrine|ceiling|framework|factors|decision|judge?ment|caution|disclosures?|checklist)`;
const LEGAL_TERM_AFTER = new RegExp(String.raw`^[ \u00a0]+${LEGAL_NOUN}\b`, 'u');
/** "Clare's Law", "Martha's Rule": a law named after someone, capitalised as a title. */
const EPONYMOUS_LAW_AFTER = /^['’]s[ \u00a0]+(?:Law|Laws|Principle|Rule|Act|Bill|Amendment)\b/u;
const LEGAL_TERM = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)(?:['’]s[ \u00a0]+(?:Law|Laws|Principle|Rule|Act|Bill|Amendment)|[ \u00a0]+${LEGAL_NOUN})(?![\p{L}])`, 'gu');

/** "R. v. Gladue", "Roe v. Wade", "Brackeen v Haaland": the parties of a cited case, named in public. */
const CASE_CITATION = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]*\.?)[ \u00a0]+v\.?[ \u00a0]+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu;

let cached: { text: string; names: Set<string>; parties: Set<string> } | undefined;

function termNamesOf(text: string): { names: Set<string>; parties: Set<string> } {
  if (cached?.text !== text) {
    const parties = new Set<string>();
    for (const m of text.matchAll(CASE_CITATION)) for (const party of [m[1], m[2]]) if (party.length > 2 && !party.endsWith('.')) parties.add(party.toLowerCase());
    cached = { text, names: new Set([...text.matchAll(LEGAL_TERM)].map((m) => m[1].toLowerCase())), parties };
  }
  return cached;
}

/**
 * Whether the single name between `start` and `end` names a legal term: 'term' where the term's noun
 * follows it, 'bare' where the post uses it in a term elsewhere and alone here.
 */
export function legalTermNamed(text: string, start: number, end: number): 'term' | 'bare' | undefined {
  const after = text.slice(end, end + 40);
  const possessive = /^['’]s?(?![\p{L}])/u.test(after);
  if ((possessive ? EPONYMOUS_LAW_AFTER : LEGAL_TERM_AFTER).test(after)) return 'term';
  const name = text.slice(start, end).replace(/['’]s?$/u, '').toLowerCase();
  const { names, parties } = termNamesOf(text);
  // A party to a case the post cites is the case wherever the name stands alone ("What Gladue asks for").
  if (parties.has(name)) return 'term';
  return names.has(name) ? 'bare' : undefined;
}
