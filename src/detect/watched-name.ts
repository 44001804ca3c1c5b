/**
 * Names the author has declared real: pseudonym-map keys (outside the places they are replaced),
 * site config `watch` and the private watch-list. Any appearance is high risk.
 */
import type { Recognizer } from './types.js';
import { findNames } from '../normalize.js';

/** Segments whose text the render-time replacement cannot reach (output paths). */
const UNREPLACED_KINDS = new Set(['permalink']);

export const watchedName: Recognizer = {
  id: 'watched-name',
  category: 'name',
  description: 'Names on the watch-list or declared real in a pseudonym map',
  detect({ text, watched, realNames, aliases, segmentAt }) {
    const out = [];
    // A name another post maps as real but this post declares as its own alias ("Tomás" in both) is
    // the alias here: the author chose it for this post.
    const names = [...new Set(watched)].filter((name) => realNames.has(name) || !aliases.has(name.toLowerCase()));
    // Folded matching: capitals, accents, look-alike letters and invisible characters do not hide a name.
    for (const { start, end, name } of findNames(text, names)) {
      const alias = realNames.get(name);
      if (alias && !UNREPLACED_KINDS.has(segmentAt(start)?.kind ?? '')) continue;
      const found = text.slice(start, end);
      out.push({
        start, end, category: 'name' as const, severity: 'high' as const,
        message: alias ? `The real name "${found}" stands where it cannot be replaced by its alias` : `"${found}" is on your watch-list of real names`,
        hint: alias ? `Write the alias "${alias}" here instead.` : 'Use an alias and add it to `pseudonyms`.',
      });
    }
    return out;
  },
};
