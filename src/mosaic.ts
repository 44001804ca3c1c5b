/**
 * Mosaic risk: details that are harmless alone (an exact age, a small town, a rare condition, a date)
 * identify a person together. Several distinct kinds in one post raise one `high` finding naming them.
 */
import type { Candidate } from './detect/types.js';
import type { Finding } from './types.js';

/** How many different kinds of quasi-identifier in one post make a person recognisable. */
export const MOSAIC_THRESHOLD = 3;

export function addMosaicFindings(findings: Finding[], candidates: readonly Candidate[]): Finding[] {
  const quasiRules = new Set(candidates.filter((c) => c.quasi).map((c) => c.rule));
  const parts = findings.filter((f) => quasiRules.has(f.rule) && !f.suppressed && f.severity !== 'low');
  const kinds = [...new Set(parts.map((f) => f.category))];
  if (kinds.length < MOSAIC_THRESHOLD) return findings;
  const first = parts.reduce((a, b) => (b.offset < a.offset ? b : a));
  const named = parts.map((f) => `${f.category} "${f.text}"`).join(', ');
  return [
    ...findings,
    {
      ...first,
      rule: 'mosaic', category: 'mosaic', severity: 'high', suppressed: false,
      message: `Together these details could identify one person even without a name: ${named}`,
      hint: 'Blur at least two of them: "in her seventies" instead of an exact age, "a small town" instead of its name, "a long-term condition" instead of the diagnosis, "last spring" instead of a date.',
    },
  ];
}
