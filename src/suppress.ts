/**
 * Suppressions the author vouches for, always with a reason:
 * front matter `discreet.allow: [{ text, reason }]` (that text, wherever it stands in the post) and,
 * in the body, `<!-- discreet-allow-next-line [rule...] -- reason -->` (the next non-blank line,
 * optionally only the named rules). A suppression without a reason silences nothing and is itself
 * reported, as is one naming an unknown rule or matching nothing. Names on the watch-list or
 * declared real in a pseudonym map can never be allowed: the output scan would refuse them anyway.
 */
import type { Node as YamlNode } from 'yaml';
import type { Post } from './post.js';
import { ruleCatalog } from './rules.js';
import { lineIndex } from './text.js';
import type { Finding } from './types.js';
import { escapeRegExp } from './detect/util.js';
import { suggestKey } from './validate.js';
import { ALLOW_COMMENT } from './allow-comment.js';

export { stripSuppressionComments } from './allow-comment.js';

/** Findings about the post's own machinery, which no suppression may silence. */
const UNSUPPRESSIBLE_CATEGORIES = new Set(['suppression', 'review', 'input', 'mosaic']);
const UNSUPPRESSIBLE_RULES = new Set(['watched-name']);

interface Suppression {
  describe: string;
  reason?: string;
  /** Where the suppression itself is written (reported there). */
  offset: number;
  length: number;
  /** Rule ids named that do not exist. */
  unknownRules: string[];
  covers(f: Finding): boolean;
  used: boolean;
  /** It matched only findings that may not be suppressed. */
  refused: boolean;
}

const OPEN_SUPPRESSION = { used: false, refused: false, unknownRules: [] as string[] };

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame|rev|fr)\.?\s+/;

/** Case, spacing, Markdown emphasis, a title such as "Dr" and a possessive do not make an allowed text a different one. */
function normalise(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/['’]s$/, '').replace(HONORIFIC, '');
}

/**
 * An allowed full name also allows the surname alone ("as Rogers says"), the usual way to cite
 * someone again. Never the first name alone: a client may well share it.
 */
function surnameOf(text: string): string | undefined {
  const words = normalise(text).split(' ');
  return words.length >= 2 && words.every((w) => /^\p{L}[\p{L}'’.-]*$/u.test(w)) ? words[words.length - 1] : undefined;
}

function frontMatterSuppressions(post: Post): Suppression[] {
  const allow = post.data.discreet?.allow ?? [];
  return allow.map((entry, i) => {
    const node = post.yaml?.getIn(['discreet', 'allow', i], true) as YamlNode | undefined;
    const [start, end] = node?.range && post.yamlOffset >= 0 ? [post.yamlOffset + node.range[0], post.yamlOffset + node.range[1]] : [0, 0];
    const wanted = normalise(entry.text);
    const surname = surnameOf(entry.text);
    const words = entry.text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    const occurrence = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
    const spans = [...post.raw.matchAll(occurrence)].map((m) => [m.index!, m.index! + m[0].length] as const);
    return {
      ...OPEN_SUPPRESSION,
      describe: `discreet.allow entry "${entry.text}"`,
      reason: entry.reason?.trim() || undefined,
      offset: start, length: Math.max(0, end - start),
      covers: (f: Finding) => {
        const found = normalise(f.text);
        return found === wanted || (f.category === 'name' && found === surname) || spans.some(([s, e]) => s <= f.offset && f.offset + f.length <= e);
      },
    };
  });
}

/** Line ranges (1-based, inclusive) of fenced code blocks, where a comment is shown as text, not obeyed. */
function fencedLines(lines: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { fence: string; line: number } | undefined;
  lines.forEach((text, i) => {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (!open && fence) open = { fence, line: i + 1 };
    else if (open && fence && fence[0] === open.fence[0] && fence.length >= open.fence.length && /^\s*[`~]+\s*$/.test(text)) {
      ranges.push([open.line, i + 1]);
      open = undefined;
    }
  });
  if (open) ranges.push([open.line, lines.length]);
  return ranges;
}

function inlineSuppressions(post: Post, knownRules: readonly string[]): Suppression[] {
  const position = lineIndex(post.raw);
  const lines = post.raw.split('\n');
  const code = fencedLines(lines);
  const out: Suppression[] = [];
  for (const m of post.raw.matchAll(ALLOW_COMMENT)) {
    const at = position(m.index!).line;
    if (code.some(([from, to]) => from <= at && at <= to)) continue;
    const [rulesPart, ...reasonParts] = m[1].split('--');
    const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
    const first = at;
    const last = position(m.index! + m[0].length).line;
    let target = last + 1;
    while (target <= lines.length && lines[target - 1].trim() === '') target++;
    out.push({
      ...OPEN_SUPPRESSION,
      describe: 'discreet-allow-next-line comment',
      reason: reasonParts.join('--').trim() || undefined,
      offset: m.index!, length: m[0].length,
      unknownRules: rules.filter((r) => !knownRules.includes(r)),
      covers: (f) => (f.line === target || (f.line >= first && f.line <= last)) && (!rules.length || rules.includes(f.rule)),
    });
  }
  return out;
}

function suppressible(f: Finding): boolean {
  return !UNSUPPRESSIBLE_CATEGORIES.has(f.category) && !UNSUPPRESSIBLE_RULES.has(f.rule);
}

export function applySuppressions(findings: Finding[], post: Post): Finding[] {
  const knownRules = [...ruleCatalog().keys()];
  const suppressions = [...frontMatterSuppressions(post), ...inlineSuppressions(post, knownRules)];
  if (!suppressions.length) return findings;
  const result = findings.map((f) => {
    const matching = suppressions.filter((s) => s.covers(f));
    if (!suppressible(f)) {
      for (const s of matching) s.refused = true;
      return f;
    }
    for (const s of matching) s.used = true;
    const by = matching.find((s) => s.reason && !s.unknownRules.length);
    return by ? { ...f, suppressed: true, suppressedBy: by.reason } : f;
  });
  const position = lineIndex(post.raw);
  for (const s of suppressions) {
    const from = position(s.offset);
    const to = position(s.offset + s.length);
    const base = { category: 'suppression' as const, text: post.raw.slice(s.offset, s.offset + s.length), line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: s.offset, length: s.length, suppressed: false };
    if (s.unknownRules.length) {
      const guesses = s.unknownRules.map((r) => suggestKey(r, knownRules)).filter(Boolean);
      result.push({
        ...base, rule: 'suppression-unknown-rule', severity: 'medium',
        message: `The ${s.describe} names ${s.unknownRules.map((r) => `"${r}"`).join(', ')}, which ${s.unknownRules.length === 1 ? 'is not a rule' : 'are not rules'}, so it silences nothing`,
        hint: `${guesses.length ? `Did you mean ${guesses.map((g) => `"${g}"`).join(', ')}? ` : ''}Write the reason after two dashes: <!-- discreet-allow-next-line ${guesses[0] ?? 'rule-name'} -- why it is safe -->`,
      });
    } else if (!s.reason) {
      result.push({
        ...base, rule: 'suppression-without-reason', severity: 'medium',
        message: `The ${s.describe} gives no reason, so it does not silence anything`,
        hint: 'Say why the text is safe: in front matter `- { text: "Brené Brown", reason: "published author I quote" }`; in a comment `<!-- discreet-allow-next-line -- the author\'s own name -->`.',
      });
    } else if (s.refused && !s.used) {
      result.push({
        ...base, rule: 'unused-suppression', severity: 'low',
        message: `The ${s.describe} matches only a name on your watch-list or a real name from a pseudonym map, which can never be allowed`,
        hint: 'Write the alias instead of the real name, then remove this entry.',
      });
    } else if (!s.used) {
      result.push({
        ...base, rule: 'unused-suppression', severity: 'low',
        message: `The ${s.describe} matches nothing in this post`,
        hint: 'Remove it, so it cannot hide a real name later.',
      });
    }
  }
  return result;
}
