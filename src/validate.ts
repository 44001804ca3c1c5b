/** Turns schema issues into sentences a non-programmer can act on, suggesting the nearest known key. */
import { closest, distance } from 'fastest-levenshtein';

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const best = closest(unknown, known as string[]);
  return distance(unknown.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** `knownKeys` lists the keys valid where an issue stands: a list for a flat schema, or a function of the issue's path. */
export function describeZodIssues(issues: readonly Issue[], knownKeys: readonly string[] | ((path: PropertyKey[]) => readonly string[]) = []): string {
  return issues
    .map((issue) => {
      const known = typeof knownKeys === 'function' ? knownKeys(issue.path) : knownKeys;
      const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
      if (issue.code === 'unrecognized_keys' && issue.keys) {
        return issue.keys
          .map((key) => {
            const nearest = suggestKey(key, known);
            return `  - unknown key "${[...issue.path.map(String), key].join('.')}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; known keys: ${known.join(', ')}`;
          })
          .join('\n');
      }
      return `  - ${where}: ${issue.message}`;
    })
    .join('\n');
}
