/**
 * Words for people, shared by the rules that ask whether a sentence speaks of someone other than the
 * writer: a client, a relative, "she". One list per kind, so adding a word (a role, a relative) reaches
 * every rule that asks the same question. Rules add the words only they need next to these.
 *
 * The lists are plain words in regex syntax ("service\\s+user" stays with its rule), joined by `words`.
 */

/** Pronouns for someone other than the writer. */
export const THIRD_PERSON: readonly string[] = ['he', 'she', 'him', 'her', 'his', 'they', 'them', 'their'];

/** What practitioners call the people they work with. */
export const CLIENTS: readonly string[] = ['client', 'patient', 'resident', 'pupil', 'student'];

export const PARENTS: readonly string[] = ['mum', 'mom', 'mother', 'dad', 'father'];
export const OFFSPRING: readonly string[] = ['son', 'daughter'];
export const SIBLINGS: readonly string[] = ['brother', 'sister'];
export const SPOUSES: readonly string[] = ['husband', 'wife'];

/** Someone's nearest family: parents, children, siblings, spouse. */
export const CLOSE_FAMILY: readonly string[] = [...PARENTS, ...OFFSPRING, ...SIBLINGS, ...SPOUSES];

/** A person by age and sex alone: "the boy", "a woman". */
export const PEOPLE: readonly string[] = ['man', 'woman', 'boy', 'girl'];

/** The words of the lists as one regex alternation, for use inside "(?:...)". */
export function words(...lists: readonly (readonly string[])[]): string {
  return lists.flat().join('|');
}
