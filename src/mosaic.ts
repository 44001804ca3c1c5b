/**
 * Mosaic risk: details that are harmless alone (an exact age, a small town, a condition, a date, a
 * family of six) identify a person together. When several different kinds of quasi-identifier stand
 * close together in one post (about one person), one `high` finding names them all.
 *
 * Calibrated on invented posts and the annotated sets: three different kinds, at least two of them
 * medium or higher, within a few paragraphs, or a named small place with a condition. Family and gender details are `low` in the practitioner
 * preset (never blocking alone) but still count as one of the three.
 */
import type { Candidate } from './detect/types.js';
import type { Finding } from './types.js';

/** How many different kinds of quasi-identifier about one person make them recognisable. */
export const MOSAIC_THRESHOLD = 3;
/** Of those, how many must be medium or high on their own. */
export const MOSAIC_STRONG_PARTS = 2;
/** "About one person": parts within this many characters of source (a few paragraphs). */
export const MOSAIC_WINDOW = 1500;
/**
 * Two kinds that identify on their own together: a named small place (a village, a school, a ward)
 * and a condition said of someone there. Few people in one small place share one diagnosis.
 */
const IDENTIFYING_PAIR: readonly Finding['category'][] = ['location', 'health'];

/**
 * `findings` starts with one finding per candidate, in the same order (the engine's own findings,
 * such as suppression notes, follow), so a candidate's `quasi` flag can be read for its finding.
 */
export function addMosaicFindings(findings: Finding[], candidates: readonly Candidate[]): Finding[] {
  const parts = findings.filter((f, i) => i < candidates.length && candidates[i].quasi && candidates[i].rule === f.rule && !f.suppressed);
  const cluster = largestCluster(parts.sort((a, b) => a.offset - b.offset));
  if (!cluster) return findings;
  const named = describe(cluster);
  return [
    ...findings,
    {
      ...anchor(cluster),
      rule: 'mosaic', category: 'mosaic', severity: 'high', suppressed: false,
      message: `Together these details could identify one person even without a name: ${named}`,
      hint: 'Blur at least two of them: "in her seventies" instead of an exact age, "a small town" instead of its name, "a long-term condition" instead of the diagnosis, "last spring" instead of a date, "her children" instead of how many.',
    },
  ];
}

/** The window of parts with the most kinds, if it reaches the threshold. */
function largestCluster(parts: Finding[]): Finding[] | undefined {
  let best: Finding[] | undefined;
  let bestKinds = 0;
  for (let i = 0; i < parts.length; i++) {
    const window = parts.filter((p) => p.offset >= parts[i].offset && p.offset - parts[i].offset <= MOSAIC_WINDOW);
    const kinds = new Set(window.map((p) => p.category));
    const strong = new Set(window.filter((p) => p.severity !== 'low').map((p) => p.category));
    const enough = (kinds.size >= MOSAIC_THRESHOLD && strong.size >= MOSAIC_STRONG_PARTS) || IDENTIFYING_PAIR.every((kind) => strong.has(kind));
    if (enough && kinds.size > bestKinds) {
      best = window;
      bestKinds = kinds.size;
    }
  }
  return best;
}

/** Kinds in the order a reader should blur them: the most specific detail first. */
const SPECIFICITY = ['health', 'location', 'age', 'date', 'family', 'gender'];

/** The part the finding points at: the most specific, strongest detail, so fixing it first helps most. */
function anchor(parts: Finding[]): Finding {
  const rank = (f: Finding) => (f.severity === 'low' ? 100 : 0) + (SPECIFICITY.indexOf(f.category) + 1 || SPECIFICITY.length + 1);
  return parts.reduce((best, f) => (rank(f) < rank(best) ? f : best));
}

/** One example per kind, strongest first: `age "92-year-old", location "Elm Street", health "Parkinson's"`. */
function describe(parts: Finding[]): string {
  const rank = { high: 0, medium: 1, low: 2 } as const;
  const byKind = new Map<string, Finding>();
  for (const p of [...parts].sort((a, b) => rank[a.severity] - rank[b.severity])) if (!byKind.has(p.category)) byKind.set(p.category, p);
  return [...byKind.values()].sort((a, b) => a.offset - b.offset).map((f) => `${f.category} "${f.text}"`).join(', ');
}
