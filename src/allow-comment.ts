/**
 * The inline allowance comment, `<!-- discreet-allow-next-line [rule...] -- reason -->`. Kept apart
 * from suppress.ts (which needs the rule catalogue, hence every detector) so that rendering a page
 * can strip these comments without loading the detectors.
 */

/** One inline allowance comment; group 1 is everything between the keyword and `-->`. */
export const ALLOW_COMMENT = /<!--\s*discreet-allow-next-line\b([\s\S]*?)-->/g;

/** The page a reader gets carries no trace of the author's allowances or their reasons. */
export function stripSuppressionComments(body: string): string {
  return body.replace(ALLOW_COMMENT, '');
}
