/**
 * Checking one post end to end: read, extract, detect, resolve, decide. The CLI and the Eleventy
 * plugin both call `checkPost`, so they always agree.
 */
import type { DiscreetConfig } from './config.js';
import { InputError } from './errors.js';
import { pseudonymsOf, type Pseudonyms } from './frontmatter.js';
import { decodePost, parsePost, type Post } from './post.js';
import { visibleText } from './extract.js';
import { recognizersFor } from './detect/index.js';
import type { Candidate, DetectContext } from './detect/types.js';
import { SentenceTags } from './detect/tags.js';
import { lineIndex, UNMAPPED, type VisibleText } from './text.js';
import { applySuppressions } from './suppress.js';
import { reviewFinding } from './review.js';
import { addMosaicFindings } from './mosaic.js';
import { effectiveSeverity } from './presets.js';
import { decideStatus } from './status.js';
import type { FileReport, Finding } from './types.js';

export interface CheckOptions {
  config: DiscreetConfig;
  now: Date;
  /** Real names from the private watch-list and config, never to appear. */
  watched?: readonly string[];
  /** Path shown in reports (defaults to the path given). */
  displayPath?: string;
}

export interface PostCheck {
  report: FileReport;
  /** The parsed post, when it could be read. */
  post?: Post;
  pseudonyms: Pseudonyms;
  reason?: 'retracted';
}

const MARKDOWN = /\.(md|markdown)$/i;

export function checkPost(filePath: string, content: Uint8Array | string, options: CheckOptions): PostCheck {
  const shown = options.displayPath ?? filePath;
  let post: Post;
  let raw: string | undefined;
  try {
    raw = typeof content === 'string' ? content : decodePost(shown, content);
    post = parsePost(shown, raw);
  } catch (error) {
    return { report: errorReport(shown, error, raw), pseudonyms: pseudonymsOf({}) };
  }
  try {
    return assess(filePath, shown, post, options);
  } catch (error) {
    // A fault in a rule must never let an unchecked post through: it fails closed, like a bad file.
    const reason = `a rule failed while checking this post (${(error as Error)?.message ?? String(error)}); it was not checked and will not be published. Please report this.`;
    return { report: errorReport(shown, new InputError(reason, { file: shown })), post, pseudonyms: pseudonymsOf({}) };
  }
}

function assess(filePath: string, shown: string, post: Post, options: CheckOptions): PostCheck {
  const pseudonyms = pseudonymsOf(post.data);
  const visible = visibleText(post, MARKDOWN.test(filePath));
  const candidates = detect(visible, post, pseudonyms, options);
  const toFinding = findingMapper(post.raw, visible);
  let findings = candidates.map(toFinding);
  findings = applySuppressions(findings, post);
  const review = reviewFinding(post, options.config, shown);
  if (review) findings.push(review);
  findings = addMosaicFindings(findings, candidates);
  findings.sort((a, b) => a.offset - b.offset || b.length - a.length);
  const decision = decideStatus(post.data, findings, options.now, options.config);
  return {
    report: { path: shown, status: decision.status, publishAt: decision.publishAt?.toISOString() ?? null, findings },
    post,
    pseudonyms,
    reason: decision.reason,
  };
}

function detect(visible: VisibleText, post: Post, pseudonyms: Pseudonyms, options: CheckOptions): Candidate[] {
  const { config } = options;
  const context: DetectContext = {
    text: visible.text,
    segments: visible.segments,
    emphasis: visible.emphasis,
    config,
    preset: config.preset,
    aliases: new Set(pseudonyms.aliases.flatMap(aliasForms).map((a) => a.toLowerCase())),
    watched: [...(options.watched ?? []), ...pseudonyms.realToAlias.keys()],
    realNames: pseudonyms.realToAlias,
    termTags: lazy(() => new SentenceTags(visible.text)),
    segmentAt: (offset) => visible.segments.find((s) => s.start <= offset && offset < s.end),
  };
  const candidates = recognizersFor(config.preset).flatMap((recognizer) =>
    recognizer.detect(context).map((c) => ({ ...c, rule: c.rule ?? recognizer.id })),
  );
  // Presets and per-rule overrides set severities before overlaps are resolved, so the stronger one wins.
  return resolveOverlaps(candidates.flatMap((c) => {
    const severity = effectiveSeverity(config, c.rule!, c.severity);
    return severity === 'off' ? [] : [{ ...c, severity }];
  }));
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const RANK = { high: 3, medium: 2, low: 1 } as const;

/** Where spans overlap, the stronger (then longer) one wins, so one detail is reported once. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => RANK[b.severity] - RANK[a.severity] || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start <= c.start && c.end <= k.end && RANK[k.severity] >= RANK[c.severity])) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function findingMapper(raw: string, visible: VisibleText): (c: Candidate) => Finding {
  const position = lineIndex(raw);
  const rawAt = (i: number, direction: 1 | -1): number => {
    for (let k = i; k >= 0 && k < visible.map.length; k += direction) if (visible.map[k] !== UNMAPPED) return visible.map[k];
    return 0;
  };
  return (c) => {
    const offset = rawAt(c.start, 1);
    const end = Math.max(offset + 1, rawAt(c.end - 1, -1) + 1);
    const from = position(offset);
    const to = position(end);
    return {
      rule: c.rule!, category: c.category, severity: c.severity, message: c.message,
      text: raw.slice(offset, end), line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
      offset, length: end - offset, suppressed: false, hint: c.hint,
    };
  };
}

/** `raw`, when the file could be decoded, lets the finding's offset agree with its line and column. */
export function errorReport(shown: string, error: unknown, raw?: string): FileReport {
  const input = error instanceof InputError ? error : undefined;
  const message = input ? input.message : `could not check this post: ${(error as Error)?.message ?? String(error)}`;
  const line = input?.line ?? 1;
  const column = input?.column ?? 1;
  const offset = raw === undefined ? 0 : offsetOf(raw, line, column);
  return {
    path: shown, status: 'error', publishAt: null,
    findings: [{
      rule: 'unreadable-post', category: 'input', severity: 'high', message, text: '',
      line, column, endLine: line, endColumn: column, offset, length: 0, suppressed: false,
      hint: 'Fix the problem named above; until then the post is not published.',
    }],
  };
}

function offsetOf(raw: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = raw.indexOf('\n', at);
    if (next < 0) return raw.length;
    at = next + 1;
  }
  return Math.min(raw.length, at + column - 1);
}

export { relativePath } from './files.js';

/** "Mr and Mrs H." declares a couple: "Mrs H." and "Mr H." are each the alias of one of them. */
const COUPLE = /^((?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?)\s+(?:and|&)\s+((?:Mr|Mrs|Ms|Mx|Miss|Dr)\.?)\s+(.+)$/i;

function aliasForms(alias: string): string[] {
  const couple = COUPLE.exec(alias.trim());
  return couple ? [alias, `${couple[1]} ${couple[3]}`, `${couple[2]} ${couple[3]}`] : [alias];
}
