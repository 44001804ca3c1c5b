/**
 * Render-time replacement of declared real names by their aliases (front matter `pseudonyms` maps).
 * Detection never changes text; this is the one place that does. Matching goes through
 * `normalize.ts`, so a name written with an accent, in capitals, split by a tag or an invisible
 * character is replaced like the plain one.
 */
import fs from 'node:fs';
import { pseudonymsOf } from './frontmatter.js';
import { findNames, foldName, type FoldOptions } from './normalize.js';
import { FileFacts } from './cache.js';

export interface NameForm {
  /** A form of the real name: the full name, or one of its words. */
  real: string;
  alias: string;
}

/** Titles that are not part of what identifies the person. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'nurse', 'auntie', 'uncle', 'nan', 'nana']);

const words = (name: string) => name.split(/[\s\u00a0]+/).filter(Boolean);

/**
 * The forms to replace: each full real name, and with `parts`, each of its words alone mapped to the
 * matching word of the alias ("Maria Gonzales: Ana Brook" also turns "Maria" into "Ana" and
 * "Gonzales" into "Brook"). A word shared by two people with different aliases is left out: it
 * cannot be replaced safely, so the output scan reports it instead.
 */
export function nameForms(realToAlias: ReadonlyMap<string, string>, options: { parts?: boolean } = {}): NameForm[] {
  const full = [...realToAlias].map(([real, alias]) => ({ real, alias }));
  if (!options.parts) return full;
  const aliasWords = new Set([...realToAlias.values()].flatMap((alias) => words(alias).map(foldName)));
  const partAlias = new Map<string, { real: string; alias: string | null }>();
  for (const [real, alias] of realToAlias) {
    const realWords = words(real);
    const wordsOfAlias = words(alias);
    if (realWords.length < 2) continue;
    realWords.forEach((word, i) => {
      const key = foldName(word);
      if (key.length < 2 || HONORIFICS.has(key) || aliasWords.has(key)) return;
      const target = i === 0 ? wordsOfAlias[0] : wordsOfAlias[Math.min(i, wordsOfAlias.length - 1)];
      const seen = partAlias.get(key);
      if (seen && seen.alias !== target) seen.alias = null;
      else partAlias.set(key, { real: word, alias: target });
    });
  }
  const parts = [...partAlias.values()].filter((p): p is NameForm => p.alias !== null);
  return [...full, ...parts];
}

/** The alias shaped like the text it replaces: same case style, and joined like a slug if the name was. */
function shapeAlias(alias: string, matched: string): string {
  const letters = matched.replace(/<[^>]*>/g, '').replace(/[^\p{L}]/gu, '');
  let out = alias;
  if (letters.length > 1 && letters === letters.toUpperCase()) out = alias.toUpperCase();
  else if (letters && letters === letters.toLowerCase()) out = alias.toLowerCase();
  const joiner = /^[\p{L}\p{M}]+([-_])[\p{L}\p{M}]/u.exec(matched)?.[1];
  return joiner ? out.split(/\s+/).join(joiner) : out;
}

/**
 * Replaces every form in `raw`; tags inside a replaced name are kept after the alias so markup stays
 * whole. With markup, a second pass reads the text literally, which reaches names inside attributes
 * (alt text, titles, links) that the markup-aware pass skips with the tag.
 */
export function replaceNames(raw: string, forms: readonly NameForm[], options: FoldOptions = {}): string {
  if (!forms.length || !raw) return raw;
  const once = replaceOnce(raw, forms, options);
  return options.markup ? replaceOnce(once, forms, { ...options, markup: false }) : once;
}

function replaceOnce(raw: string, forms: readonly NameForm[], options: FoldOptions): string {
  const aliasOf = new Map(forms.map((f) => [f.real, f.alias]));
  const matches = findNames(raw, forms.map((f) => f.real), options);
  if (!matches.length) return raw;
  let out = '';
  let at = 0;
  for (const m of matches) {
    const matched = raw.slice(m.start, m.end);
    const tags = (matched.match(/<[^>]*>/g) ?? []).join('');
    out += raw.slice(at, m.start) + shapeAlias(aliasOf.get(m.name)!, matched) + tags;
    at = m.end;
  }
  return out + raw.slice(at);
}

/** Replaces names in every string inside a front-matter value (arrays and nested objects included). */
export function replaceInValue(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((v) => replaceInValue(v, replace));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceInValue(v, replace)]));
  }
  return value;
}

/**
 * The pseudonym maps declared in the given posts, read from their front matter alone (no detection),
 * as far as they hold across the site: every real full name in them is forbidden in every output,
 * even when only some posts are rebuilt. A real name of one word ("Jordan", "Marcus") stays in its
 * own post's map only: in another post it is most often someone else, a public figure or a country,
 * and replacing or forbidding it there would garble that post. A post that cannot be read is
 * skipped here; checking it reports the problem.
 */
export async function declaredMaps(files: readonly string[], cacheDir?: string, read: (file: string) => Uint8Array = fs.readFileSync): Promise<Map<string, string>[]> {
  // Parsing every post's front matter on every build costs more than the rest of a build where
  // nothing changed, so the map of each file content is remembered under the cache folder, and the
  // front-matter parser is loaded only for a post that is not remembered.
  const known = cacheDir ? new FileFacts(cacheDir, 'pseudonym-maps', isPairs) : undefined;
  let parse: ((file: string, bytes: Uint8Array) => [string, string][]) | undefined;
  const maps: Map<string, string>[] = [];
  for (const file of files) {
    const bytes = read(file);
    let pairs = known?.get(bytes);
    if (!pairs) {
      parse ??= mapReader(await import('./post.js'));
      pairs = parse(file, bytes);
      known?.set(bytes, pairs);
    }
    pairs = pairs.filter(([real]) => words(real).length > 1);
    if (pairs.length) maps.push(new Map(pairs));
  }
  known?.save();
  return maps;
}

function mapReader({ decodePost, parsePost }: typeof import('./post.js')) {
  return (file: string, bytes: Uint8Array): [string, string][] => {
    try {
      return [...pseudonymsOf(parsePost(file, decodePost(file, bytes)).data).realToAlias];
    } catch {
      return [];
    }
  };
}

function isPairs(value: unknown): value is [string, string][] {
  return Array.isArray(value) && value.every((p) => Array.isArray(p) && p.length === 2 && p.every((s) => typeof s === 'string'));
}
