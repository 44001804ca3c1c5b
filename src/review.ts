/**
 * Second-reader sign-off: `discreet.review: { by, hash, at }` in a post's front matter, bound to a
 * hash of what the reviewer read. The hash covers the body and the front matter without
 * `discreet.review` itself, so writing the sign-off does not change it, and any later edit voids it.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, parseDocument, stringify, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { DiscreetConfig } from './config.js';
import type { Post } from './post.js';
import type { Review } from './frontmatter.js';
import { lineIndex } from './text.js';
import type { Finding } from './types.js';

export const REVIEW_RULE = 'review-required';

/**
 * What a second reader reads: posts written in Markdown. Site templates (the home page, feeds, tag
 * pages) hold no prose of their own and would otherwise need a sign-off for every layout change.
 */
const WRITTEN_POST = /\.(md|markdown)$/i;

/** Keys sorted, so reordering front matter is not an edit but changing any value is. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Scheduling keys: moving an approved post's date of publication or un-drafting it needs no new read. */
const UNREVIEWED_KEYS = ['draft', 'publishAfter'];

/**
 * What a sign-off approves: everything a reader will see, that is the body and the front matter
 * minus `discreet.review` and the scheduling keys, with line endings and outer blank lines normalised.
 */
export function reviewedContent(post: Pick<Post, 'yaml' | 'body'>): string {
  const data = (post.yaml?.toJS() ?? {}) as Record<string, unknown>;
  for (const key of UNREVIEWED_KEYS) delete data[key];
  const discreet = data.discreet;
  if (discreet && typeof discreet === 'object' && !Array.isArray(discreet)) {
    const { review: _signOff, ...rest } = discreet as Record<string, unknown>;
    if (Object.keys(rest).length) data.discreet = rest;
    else delete data.discreet;
  }
  const body = post.body.replace(/\r\n?/g, '\n').trim();
  return `${JSON.stringify(canonical(data))}\n${body}\n`;
}

export function contentHash(post: Pick<Post, 'yaml' | 'body'>): string {
  return createHash('sha256').update(reviewedContent(post)).digest('hex');
}

export type ReviewState =
  | { state: 'valid'; review: Review }
  | { state: 'missing' }
  | { state: 'void'; review: Review };

export function reviewState(post: Post): ReviewState {
  const review = post.data.discreet?.review;
  if (!review) return { state: 'missing' };
  return review.hash === contentHash(post) ? { state: 'valid', review } : { state: 'void', review };
}

/**
 * With `requireReview`, a post without a valid sign-off gets a `high` finding, so the one status
 * rule (an unresolved high finding blocks a due post) keeps it off the site.
 */
export function reviewFinding(post: Post, config: DiscreetConfig, displayPath: string): Finding | undefined {
  if (!config.requireReview || !WRITTEN_POST.test(displayPath) || post.data.draft === true || post.data.discreet?.retracted) return undefined;
  const state = reviewState(post);
  if (state.state === 'valid') return undefined;
  const approve = `npx discreet approve ${quoteArg(displayPath)} --by "Reviewer Name"`;
  const discreet = post.yaml?.get('discreet', true);
  const signOff = isMap(discreet) ? keyStart(findPair(discreet, 'review')) : undefined;
  const offset = signOff !== undefined && post.yamlOffset >= 0 ? post.yamlOffset + signOff : 0;
  const { line, column } = lineIndex(post.raw)(offset);
  const base = {
    rule: REVIEW_RULE, category: 'review' as const, severity: 'high' as const, text: '',
    line, column, endLine: line, endColumn: column, offset, length: 0, suppressed: false,
  };
  if (state.state === 'missing') {
    return {
      ...base,
      message: 'This post needs a second reader\'s sign-off before it is published (requireReview is on)',
      hint: `Ask a colleague to read it, then record their sign-off: ${approve}`,
    };
  }
  return {
    ...base,
    message: `The post was edited after ${state.review.by} signed it off (${state.review.at}), so the sign-off no longer counts`,
    hint: `Ask ${state.review.by} to read it again, then sign it off anew: ${approve.replace('Reviewer Name', state.review.by.replace(/"/g, ''))}`,
  };
}

function quoteArg(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * The post's text with `discreet.review` set, changing nothing else in the author's front matter:
 * the sign-off is spliced in as text at the right place; only when the front matter's shape makes
 * that unsafe (a flow map, `discreet` not a map) is the YAML document re-serialised.
 */
export function withSignOff(post: Post, review: Review): string {
  const eol = post.raw.includes('\r\n') ? '\r\n' : '\n';
  const fields = stringify(review, { lineWidth: 0 }).trimEnd().split('\n');
  if (post.yamlOffset < 0) {
    const bom = post.raw.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const block = ['---', 'discreet:', '  review:', ...fields.map((f) => `    ${f}`), '---', ''].join(eol);
    return bom + block + (post.raw.slice(bom.length).startsWith('\n') || post.raw.slice(bom.length).startsWith('\r\n') ? '' : eol) + post.raw.slice(bom.length);
  }
  const yamlText = yamlSource(post);
  const withYaml = (text: string) => post.raw.slice(0, post.yamlOffset) + text + post.raw.slice(post.yamlOffset + yamlText.length);
  const spliced = post.yaml ? spliceSignOff(yamlText, post.yaml, fields, eol) : undefined;
  if (spliced !== undefined && holdsSignOff(spliced, post, review)) return withYaml(spliced);
  return withYaml(reserialised(yamlText, review, eol));
}

/** The splice is kept only if it parses to exactly the old front matter plus the sign-off. */
function holdsSignOff(yamlText: string, post: Post, review: Review): boolean {
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length) return false;
  const expected = (post.yaml?.toJS() ?? {}) as Record<string, any>;
  expected.discreet = { ...(expected.discreet ?? {}), review };
  return JSON.stringify(canonical(doc.toJS())) === JSON.stringify(canonical(expected));
}

/** The YAML text between the opening and closing `---` fences (with its final line break). */
function yamlSource(post: Post): string {
  const rest = post.raw.slice(post.yamlOffset);
  const close = /^---[ \t]*\r?$/m.exec(rest);
  return close ? rest.slice(0, close.index) : rest;
}

function spliceSignOff(yamlText: string, doc: Document, fields: string[], eol: string): string | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  const column = lineIndex(yamlText);
  const discreetPair = findPair(root, 'discreet');
  const atLineEnd = (text: string) => (text === '' || text.endsWith('\n') ? text : text + eol);
  if (!discreetPair) {
    const indent = ' '.repeat(column(keyStart(root.items[0]) ?? 0).column - 1);
    const block = [`${indent}discreet:`, `${indent}  review:`, ...fields.map((f) => `${indent}    ${f}`)].join(eol) + eol;
    const end = root.items.length ? yamlText.length : 0;
    return atLineEnd(yamlText.slice(0, end)) + block;
  }
  const discreet = discreetPair.value;
  if (!isMap(discreet) || discreet.flow || !discreet.items.length) return undefined;
  const indent = ' '.repeat(column(keyStart(discreet.items[0]) ?? 0).column - 1);
  const block = [`${indent}review:`, ...fields.map((f) => `${indent}  ${f}`)].join(eol);
  const reviewPair = findPair(discreet, 'review');
  if (reviewPair) {
    const start = keyStart(reviewPair)!;
    const end = lineEnd(yamlText, (reviewPair.value as YamlNode | null)?.range?.[1] ?? start);
    return yamlText.slice(0, start) + block.slice(indent.length) + yamlText.slice(end);
  }
  const last = discreet.items[discreet.items.length - 1];
  const end = lineEnd(yamlText, (last.value as YamlNode | null)?.range?.[1] ?? keyStart(last)!);
  return atLineEnd(yamlText.slice(0, end)) + block + eol + yamlText.slice(end).replace(/^\r?\n/, '');
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return (map.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
}

function keyStart(pair: Pair | undefined): number | undefined {
  return (pair?.key as YamlNode | undefined)?.range?.[0];
}

/** The end of the line holding `offset`, before its line break (a trailing comment stays). */
function lineEnd(text: string, offset: number): number {
  const back = offset > 0 && text[offset - 1] === '\n' ? offset - 1 : offset;
  const at = text.indexOf('\n', back);
  const end = at < 0 ? text.length : at;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function reserialised(yamlText: string, review: Review, eol: string): string {
  const doc: Document = parseDocument(yamlText);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  if (!isMap(doc.getIn(['discreet'], true))) doc.set('discreet', doc.createNode({}));
  doc.setIn(['discreet', 'review'], doc.createNode(review));
  const leading = /^\r?\n/.exec(yamlText)?.[0] ?? '';
  return leading + doc.toString({ lineWidth: 0 }).replace(/\r?\n/g, eol);
}
