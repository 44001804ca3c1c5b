/**
 * Checking many posts into one report (the JSON contract of DESIGN.md), with a content-hash cache
 * for posts that did not change and worker threads for the ones that did.
 *
 * The detectors are imported only when some post has to be checked, so a build where nothing
 * changed costs a file read and a hash per post.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CheckOptions, PostCheck } from './check.js';
import { CheckCache, type CachedCheck } from './cache.js';
import type { DiscreetConfig } from './config.js';
import { collectPosts, relativePath } from './files.js';
import { pseudonymsOf, type FrontMatter } from './frontmatter.js';
import { declaredMaps } from './pseudonymize.js';
import type { PostInput } from './pool.js';
import { decideStatus } from './status.js';
import { STATUSES, type Report, type Summary } from './types.js';

export interface CheckManyOptions extends Omit<CheckOptions, 'displayPath'> {
  /**
   * The cache folder, or false to check every post afresh. Default: `<root>/<config.stateDir>/cache`
   * (root defaulting to the current folder).
   */
  cache?: string | false;
  /** Project root the default cache folder is under. */
  root?: string;
  /** Worker threads for posts not in the cache: a number (0 = this thread) or 'auto' (the default). */
  workers?: number | 'auto';
  /** The path reports show for a file (default: relative to the current folder). */
  displayPath?: (file: string) => string;
  onProgress?: ProgressListener;
  /** How a post's bytes are read (default: from disk); see `readOnce`. */
  read?: (file: string) => Uint8Array;
}

/**
 * A reader that keeps what it read, for one run that looks at each post twice (its pseudonym map,
 * then its check): the file is read once, and the same bytes are hashed once (see `cache.ts`).
 */
export function readOnce(): (file: string) => Uint8Array {
  const read = new Map<string, Uint8Array>();
  return (file) => {
    let bytes = read.get(file);
    if (!bytes) read.set(file, (bytes = fs.readFileSync(file)));
    return bytes;
  };
}

/** Where the check cache lives for a site: `<root>/<config.stateDir>/cache`. */
export function defaultCacheDir(root: string, config: DiscreetConfig): string {
  return path.resolve(root, config.stateDir, 'cache');
}

/** Called as posts are checked (cached ones count at once). */
export type ProgressListener = (done: number, total: number) => void;

/** The environment variable that sets `workers` when the caller does not (a number; 0 checks in one thread). */
export const WORKERS_ENV = 'DISCREET_WORKERS';

/** One post's result, whether checked now or found in the cache. */
export interface CheckedPost extends PostCheck {
  /** The validated front matter, or null when the post could not be read. */
  data: FrontMatter | null;
  /** The text that was checked, exactly as read (what a report's offsets point into). */
  source: string;
  /** The part of `source` after the front matter: what Eleventy renders. */
  body: string;
}

/**
 * Checks `files` (paths) and returns one result per file, in the same order, the same as `checkPost`
 * would. Posts found in the cache come back without `post` (the parsed source); `data`, `source`
 * and `body` are always there.
 */
export async function checkMany(files: readonly string[], options: CheckManyOptions): Promise<CheckedPost[]> {
  const cache = options.cache === false ? undefined
    : CheckCache.open(options.cache ?? defaultCacheDir(options.root ?? '.', options.config), { config: options.config, watched: options.watched });
  const shown = options.displayPath ?? ((file: string) => relativePath(file));
  const results: CheckedPost[] = new Array(files.length);
  const misses: { index: number; key?: string; input: PostInput }[] = [];
  files.forEach((file, index) => {
    const input = { file, displayPath: shown(file), content: (options.read ?? fs.readFileSync)(file) };
    const key = cache?.keyFor(input.displayPath, input.content);
    const hit = key === undefined ? undefined : cache!.get(key);
    if (hit) results[index] = fromCache(input, hit, options);
    else misses.push({ index, key, input });
  });
  const hits = files.length - misses.length;
  options.onProgress?.(hits, files.length);
  const checked = await checkMisses(misses.map((m) => m.input), options, (done) => options.onProgress?.(hits + done, files.length));
  misses.forEach((miss, i) => {
    const result = checked[i];
    results[miss.index] = result;
    if (miss.key) cache!.set(miss.key, { findings: result.report.findings, data: result.report.status === 'error' ? null : result.data, bodyOffset: result.source.length - result.body.length });
  });
  cache?.save();
  return results;
}

async function checkMisses(inputs: readonly PostInput[], options: CheckManyOptions, onChecked: (done: number) => void): Promise<CheckedPost[]> {
  if (!inputs.length) return [];
  // The pool is loaded only when some post has to be checked, like the detectors.
  const { autoWorkers, checkInWorkers } = await import('./pool.js');
  const workers = workerCount(inputs, options, autoWorkers);
  const shared = { config: options.config, now: options.now, watched: options.watched };
  if (workers > 0) {
    const results = await checkInWorkers(inputs, shared, workers, onChecked);
    return results.map((result, i) => withSource(result, inputs[i].content, result.bodyOffset));
  }
  const { checkPost } = await import('./check.js');
  return inputs.map(({ file, displayPath, content }, i) => {
    const result = checkPost(file, content, { ...shared, displayPath });
    onChecked(i + 1);
    const { post } = result;
    return post ? { ...result, data: post.data, source: post.raw, body: post.body } : withSource({ ...result, data: null }, content, -1);
  });
}

function workerCount(inputs: readonly PostInput[], options: CheckManyOptions, autoWorkers: (bytes: number) => number): number {
  const fromEnv = process.env[WORKERS_ENV]?.trim();
  const wanted = options.workers ?? (fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : 'auto');
  if (wanted === 'auto') return autoWorkers(inputs.reduce((n, i) => n + i.content.length, 0));
  return Math.max(0, Math.min(wanted, inputs.length));
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Adds the checked text back to a result; `bodyOffset` -1 when the post could not be read (no body). */
function withSource<T extends PostCheck & { data: FrontMatter | null }>(result: T, content: Uint8Array, bodyOffset: number): T & CheckedPost {
  const source = decoder.decode(content);
  return { ...result, source, body: bodyOffset < 0 ? '' : source.slice(bodyOffset) };
}

/** A result rebuilt from the cache: findings as found then, status decided now. */
function fromCache(input: PostInput, hit: CachedCheck, options: CheckManyOptions): CheckedPost {
  const { displayPath, content } = input;
  const { findings, data } = hit;
  if (!data) return withSource({ report: { path: displayPath, status: 'error', publishAt: null, findings }, pseudonyms: pseudonymsOf({}), data }, content, -1);
  const decision = decideStatus(data, findings, options.now, options.config);
  return withSource({
    report: { path: displayPath, status: decision.status, publishAt: decision.publishAt?.toISOString() ?? null, findings },
    pseudonyms: pseudonymsOf(data),
    reason: decision.reason,
    data,
  }, content, hit.bodyOffset);
}

export function summarize(checks: readonly { report: { status: string } }[]): Summary {
  const summary = Object.fromEntries([['files', checks.length], ...STATUSES.map((s) => [s, 0])]) as unknown as Summary;
  for (const c of checks) summary[c.report.status as keyof Summary]++;
  return summary;
}

export function buildReport(checks: readonly PostCheck[], now: Date): Report {
  return { version: 1, now: now.toISOString(), files: checks.map((c) => c.report), summary: summarize(checks) };
}

/**
 * Checks the posts under `paths` as one site: as in a build, the real names of every post's
 * pseudonym map are watched in every other post (the CLI and the review page both come here).
 */
export async function checkPathsAsync(paths: readonly string[], options: CheckManyOptions): Promise<Report> {
  const files = collectPosts(paths);
  const cacheDir = options.cache === false ? undefined : options.cache ?? defaultCacheDir(options.root ?? '.', options.config);
  const read = options.read ?? readOnce();
  const mapped = (await declaredMaps(files, cacheDir, read)).flatMap((map) => [...map.keys()]);
  const watched = [...new Set([...(options.watched ?? []), ...mapped])];
  return buildReport(await checkMany(files, { ...options, watched, read }), options.now);
}
