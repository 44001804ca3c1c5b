/**
 * Suppressions the author vouches for, always with a reason:
 * front matter `discreet.allow: [{ text, reason }]` and, for the next line of the body,
 * `<!-- discreet-allow-next-line -- reason -->` (optionally naming rules before the `--`).
 * A suppression without a reason does not suppress and is reported; an unused one is reported too.
 */
import type { Post } from './post.js';
import { lineIndex } from './text.js';
import type { Finding } from './types.js';

const INLINE = /<!--\s*discreet-allow-next-line\b([^>]*?)-->/g;

interface Suppression {
  describe: string;
  reason?: string;
  offset: number;
  length: number;
  matches(f: Finding): boolean;
  used: boolean;
}

function frontMatterSuppressions(post: Post): Suppression[] {
  const allow = post.data.discreet?.allow ?? [];
  const yamlStart = post.yamlOffset >= 0 ? post.yamlOffset : 0;
  return allow.map((entry) => {
    const at = post.raw.indexOf(entry.text, yamlStart);
    const wanted = entry.text.toLowerCase();
    return {
      describe: `discreet.allow "${entry.text}"`,
      reason: entry.reason?.trim() || undefined,
      offset: Math.max(0, at), length: at >= 0 ? entry.text.length : 0,
      matches: (f: Finding) => f.text.toLowerCase() === wanted || f.text.toLowerCase().replace(/['’]s$/, '') === wanted,
      used: false,
    };
  });
}

function inlineSuppressions(post: Post): Suppression[] {
  const position = lineIndex(post.raw);
  const out: Suppression[] = [];
  for (const m of post.raw.matchAll(INLINE)) {
    const [rulesPart, ...reasonParts] = m[1].split('--');
    const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
    const line = position(m.index!).line + 1;
    out.push({
      describe: 'discreet-allow-next-line comment',
      reason: reasonParts.join('--').trim() || undefined,
      offset: m.index!, length: m[0].length,
      matches: (f) => f.line === line && (!rules.length || rules.includes(f.rule)),
      used: false,
    });
  }
  return out;
}

export function applySuppressions(findings: Finding[], post: Post): Finding[] {
  const suppressions = [...frontMatterSuppressions(post), ...inlineSuppressions(post)];
  if (!suppressions.length) return findings;
  const position = lineIndex(post.raw);
  const result = findings.map((f) => {
    const by = suppressions.find((s) => s.matches(f));
    if (!by) return f;
    by.used = true;
    return by.reason ? { ...f, suppressed: true, suppressedBy: by.reason } : f;
  });
  for (const s of suppressions) {
    const from = position(s.offset);
    const to = position(s.offset + s.length);
    const base = { category: 'suppression' as const, text: post.raw.slice(s.offset, s.offset + s.length), line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: s.offset, length: s.length, suppressed: false };
    if (!s.reason) {
      result.push({ ...base, rule: 'suppression-without-reason', severity: 'medium', message: `The ${s.describe} gives no reason, so it does not silence anything`, hint: 'Say why the text is safe, e.g. reason: "a public figure" (front matter) or `-- the author\'s own name` (comment).' });
    } else if (!s.used) {
      result.push({ ...base, rule: 'unused-suppression', severity: 'low', message: `The ${s.describe} matches nothing in this post`, hint: 'Remove it, so it cannot hide a real name later.' });
    }
  }
  return result;
}
