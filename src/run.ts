/**
 * Checking many posts into one report (the JSON contract of DESIGN.md), with a content-hash cache
 * for posts that did not change and worker threads for the ones that did.
 *
 * The detectors are imported only when some post has to be checked, so a build where nothing
 * changed costs a file read and a hash per post.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkPost, type CheckOptions, type PostCheck } from './check.js';
import { CheckCache } from './cache.js';
import { collectPosts, relativePath } from './files.js';
import { pseudonymsOf } from './frontmatter.js';
import { autoWorkers, checkInWorkers, type PostInput, type WorkerResult } from './pool.js';
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
  onProgress?: ProgressListener;
}

/** Called as posts are checked (cached ones count at once). */
export type ProgressListener = (done: number, total: number) => void;

/** The environment variable that sets `workers` when the caller does not (a number; 0 checks in one thread). */
export const WORKERS_ENV = 'DISCREET_WORKERS';

/**
 * Checks `files` (paths) and returns one result per file, in the same order. Results are the same as
 * `checkPost` on each file; posts found in the cache come back without `post` (the parsed source).
 */
export async function checkMany(files: readonly string[], options: CheckManyOptions): Promise<PostCheck[]> {
  const cache = options.cache === false ? undefined
    : CheckCache.open(options.cache ?? path.resolve(options.root ?? '.', options.config.stateDir, 'cache'), { config: options.config, watched: options.watched });
  const results: PostCheck[] = new Array(files.length);
  const misses: { index: number; key?: string; input: PostInput }[] = [];
  files.forEach((file, index) => {
    const input = { file, displayPath: relativePath(file), content: fs.readFileSync(file) };
    const key = cache?.keyFor(input.displayPath, input.content);
    const hit = key === undefined ? undefined : cache!.get(key);
    if (hit) results[index] = fromCache(input.displayPath, hit.findings, hit.data, options);
    else misses.push({ index, key, input });
  });
  const hits = files.length - misses.length;
  options.onProgress?.(hits, files.length);
  const checked = await checkMisses(misses.map((m) => m.input), options, (done) => options.onProgress?.(hits + done, files.length));
  misses.forEach((miss, i) => {
    results[miss.index] = checked[i];
    if (miss.key) cache!.set(miss.key, { findings: checked[i].report.findings, data: checked[i].report.status === 'error' ? null : checked[i].data });
  });
  cache?.save();
  return results;
}

type CheckedPost = PostCheck & Pick<WorkerResult, 'data'>;

async function checkMisses(inputs: readonly PostInput[], options: CheckManyOptions, onChecked: (done: number) => void): Promise<CheckedPost[]> {
  if (!inputs.length) return [];
  const workers = workerCount(inputs, options);
  const shared = { config: options.config, now: options.now, watched: options.watched };
  if (workers > 0) return checkInWorkers(inputs, shared, workers, onChecked);
  const { checkPost } = await import('./check.js');
  return inputs.map(({ file, displayPath, content }, i) => {
    const result = checkPost(file, content, { ...shared, displayPath });
    onChecked(i + 1);
    return { ...result, data: result.post?.data ?? null };
  });
}

function workerCount(inputs: readonly PostInput[], options: CheckManyOptions): number {
  const fromEnv = process.env[WORKERS_ENV]?.trim();
  const wanted = options.workers ?? (fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : 'auto');
  if (wanted === 'auto') return autoWorkers(inputs.reduce((n, i) => n + i.content.length, 0));
  return Math.max(0, Math.min(wanted, inputs.length));
}

/** A result rebuilt from the cache: findings as found then, status decided now. */
function fromCache(displayPath: string, findings: PostCheck['report']['findings'], data: CheckedPost['data'], options: CheckManyOptions): PostCheck {
  if (!data) return { report: { path: displayPath, status: 'error', publishAt: null, findings }, pseudonyms: pseudonymsOf({}) };
  const decision = decideStatus(data, findings, options.now, options.config);
  return {
    report: { path: displayPath, status: decision.status, publishAt: decision.publishAt?.toISOString() ?? null, findings },
    pseudonyms: pseudonymsOf(data),
    reason: decision.reason,
  };
}

export function summarize(checks: readonly { report: { status: string } }[]): Summary {
  const summary = Object.fromEntries([['files', checks.length], ...STATUSES.map((s) => [s, 0])]) as unknown as Summary;
  for (const c of checks) summary[c.report.status as keyof Summary]++;
  return summary;
}

export function buildReport(checks: readonly PostCheck[], now: Date): Report {
  return { version: 1, now: now.toISOString(), files: checks.map((c) => c.report), summary: summarize(checks) };
}

export async function checkPathsAsync(paths: readonly string[], options: CheckManyOptions): Promise<Report> {
  return buildReport(await checkMany(collectPosts(paths), options), options.now);
}

/** Checks every post in this thread, without the cache. */
export function checkPaths(paths: readonly string[], options: CheckOptions, onProgress?: ProgressListener): Report {
  const files = collectPosts(paths);
  const checks = files.map((file, i) => {
    const check = checkPost(file, fs.readFileSync(file), { ...options, displayPath: relativePath(file) });
    onProgress?.(i + 1, files.length);
    return check;
  });
  return buildReport(checks, options.now);
}
