/** Every rule a report can name, with a one-line description: the recognizers plus the engine's own checks. */
import { recognizers } from './detect/index.js';
import { REVIEW_RULE } from './review.js';
import type { Category } from './types.js';

export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
}

const ENGINE_RULES: readonly RuleInfo[] = [
  { id: 'mosaic', category: 'mosaic', description: 'Several details that together could identify one person even without a name' },
  { id: 'unreadable-post', category: 'input', description: 'The post could not be read or checked, so it is not published' },
  { id: 'suppression-without-reason', category: 'suppression', description: 'A suppression that gives no reason, so it silences nothing' },
  { id: 'suppression-unknown-rule', category: 'suppression', description: 'A suppression comment naming a rule that does not exist, so it silences nothing' },
  { id: 'unused-suppression', category: 'suppression', description: 'A suppression that matches nothing in the post' },
  { id: REVIEW_RULE, category: 'review', description: 'A post that needs a valid second-reader sign-off before it is published' },
];

export function ruleCatalog(): Map<string, RuleInfo> {
  const all = [...recognizers.map(({ id, category, description }) => ({ id, category, description })), ...ENGINE_RULES];
  return new Map(all.map((r) => [r.id, r]));
}
