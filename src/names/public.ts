/**
 * People a practitioner may name freely: public figures and cited authors (the shipped list in
 * data/public-names.txt plus the site's `publicNames`) and the blogger's own name (`author`).
 */
import { authorNames, type DiscreetConfig } from '../config.js';
import { dataLines } from '../data.js';
import { foldName } from '../normalize.js';
import { classify } from './lexicon.js';

export interface PublicNames {
  /** True when `name` (any case, accents or not) is a listed person or the author. */
  has(name: string): boolean;
  /** True when `word` alone stands for a listed person named in full elsewhere in `text` (folded by foldName). */
  surnameOf(word: string, text: string): boolean;
  /** True when `word` is the first name of a listed person named in full in `text` (folded): "Henrietta" for Henrietta Lacks. */
  givenNameOf(word: string, text: string): boolean;
}

const byConfig = new WeakMap<DiscreetConfig, PublicNames>();

export function publicNames(config: DiscreetConfig): PublicNames {
  let names = byConfig.get(config);
  if (!names) byConfig.set(config, (names = build([...dataLines('public-names.txt'), ...config.publicNames, ...authorNames(config)])));
  return names;
}

function build(list: readonly string[]): PublicNames {
  const full = new Set<string>();
  /** Last word of a full name -> the full names ending with it. */
  const lastWords = new Map<string, string[]>();
  /** First word of a full name -> the full names starting with it. */
  const firstWords = new Map<string, string[]>();
  for (const entry of list) {
    const key = foldName(entry);
    if (!key) continue;
    full.add(key);
    const words = key.split(' ');
    if (words.length < 2) continue;
    // "Carl Rogers" clears "Carl Rogers"; "Rogers" alone only where the full name appears too.
    const last = words[words.length - 1];
    lastWords.set(last, [...(lastWords.get(last) ?? []), key]);
    firstWords.set(words[0], [...(firstWords.get(words[0]) ?? []), key]);
    // Initials are written many ways ("B. F. Skinner", "BF Skinner"): the first and last words also count.
    // A middle name is dropped only before a rare surname ("Chimamanda Adichie"): with a common one
    // ("Margaret Wise Brown") the short form is any client's name.
    if (words.slice(1, -1).every((w) => w.length === 1) || classify(last) === 'unknown') full.add(`${words[0]} ${last}`);
    if (words.length > 2 && words.slice(0, -1).every((w) => w.length === 1)) full.add(`${words.slice(0, -1).join('')} ${last}`);
  }
  return {
    has: (name) => full.has(foldName(name)),
    surnameOf(word, text) {
      const last = foldName(word);
      const owners = lastWords.get(last);
      if (!owners) return false;
      // The full name, or its initials ("D. W. Winnicott" for Donald Winnicott), elsewhere in the post.
      return owners.some((owner) => text.includes(owner) || new RegExp(`(?:^|\\s)${owner[0]}(?: \\p{L})? ${last}(?:\\s|$)`, 'u').test(text));
    },
    givenNameOf(word, text) {
      const owners = firstWords.get(foldName(word));
      return owners !== undefined && owners.some((owner) => text.includes(owner));
    },
  };
}
