/**
 * Names the author has declared real: pseudonym-map keys (outside the places they are replaced),
 * site config `watch` and the private watch-list. Any appearance is high risk.
 */
import type { Recognizer } from './types.js';
import { escapeRegExp, matchesOf } from './util.js';

/** Segments whose text the render-time replacement cannot reach (output paths). */
const UNREPLACED_KINDS = new Set(['permalink']);

export const watchedName: Recognizer = {
  id: 'watched-name',
  category: 'name',
  description: 'Names on the watch-list or declared real in a pseudonym map',
  detect({ text, watched, realNames, segmentAt }) {
    const out = [];
    for (const name of new Set(watched)) {
      const alias = realNames.get(name);
      for (const m of matchesOf(text, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'))) {
        if (alias && !UNREPLACED_KINDS.has(segmentAt(m.index)?.kind ?? '')) continue;
        out.push({
          start: m.index, end: m.index + m[0].length, category: 'name' as const, severity: 'high' as const,
          message: alias ? `The real name "${m[0]}" stands where it cannot be replaced by its alias` : `"${m[0]}" is on your watch-list of real names`,
          hint: alias ? `Write the alias "${alias}" here instead.` : 'Use an alias and add it to `pseudonyms`.',
        });
      }
    }
    return out;
  },
};
