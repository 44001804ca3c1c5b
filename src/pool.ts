/**
 * Checking posts on worker threads (a tinypool pool), for runs where many posts must be checked:
 * the detectors are CPU-bound, and each worker parses its share of the posts in parallel.
 */
import os from 'node:os';
import path from 'node:path';
import Tinypool from 'tinypool';
import type { DiscreetConfig } from './config.js';
import type { FrontMatter, Pseudonyms } from './frontmatter.js';
import type { FileReport } from './types.js';

export interface PostInput {
  file: string;
  displayPath: string;
  /** The bytes that were hashed for the cache: the worker checks exactly these, never a newer version. */
  content: Uint8Array;
}

export interface WorkerTask {
  posts: PostInput[];
  config: DiscreetConfig;
  now: Date;
  watched?: readonly string[];
}

export interface WorkerResult {
  report: FileReport;
  pseudonyms: Pseudonyms;
  reason?: 'retracted';
  /** The post's front matter, or null when it could not be read. */
  data: FrontMatter | null;
  /** Where the body starts in the decoded text, or -1 when the post could not be read. */
  bodyOffset: number;
}

/** Posts sent to a worker at once: large enough to amortise messaging, small enough to balance. */
const BATCH_BYTES = 64 * 1024;
/** Below this much text a pool costs more to start than it saves. */
export const MIN_POOL_BYTES = 256 * 1024;
const MAX_WORKERS = 8;
/**
 * Tagging makes a great deal of short-lived garbage, and V8 lets a worker's young generation grow
 * to tens of megabytes for it: a cap keeps each worker near its live heap (1,000 posts on 2 workers:
 * peak 530 MB instead of 790 MB) at no cost in CPU time.
 */
const YOUNG_GENERATION_MB = 8;

/** How many workers suit `bytes` of posts: 0 means check in this thread. */
export function autoWorkers(bytes: number): number {
  const cpus = os.availableParallelism();
  if (cpus < 2 || bytes < MIN_POOL_BYTES) return 0;
  return Math.min(cpus, MAX_WORKERS, Math.ceil(bytes / MIN_POOL_BYTES));
}

/** The worker module next to this one, in the same form (TypeScript from source, JavaScript when built). */
function workerFile(): string {
  const here = new URL(import.meta.url);
  const extension = path.extname(here.pathname);
  const worker = new URL(`./check-worker${extension}`, here).href;
  if (extension !== '.ts') return worker;
  // Running from source under tsx: Node 20 worker threads do not inherit its loader, so a tiny
  // entry module registers it before importing the TypeScript worker.
  const entry = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
export default (await import(${JSON.stringify(worker)})).default;`;
  return `data:text/javascript,${encodeURIComponent(entry)}`;
}

/** Checks `posts` on `workers` threads; results come back in the order of `posts`. */
export async function checkInWorkers(posts: readonly PostInput[], options: Omit<WorkerTask, 'posts'>, workers: number, onChecked?: (done: number) => void): Promise<WorkerResult[]> {
  const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  let done = 0;
  const run = async (batch: PostInput[]) => {
    const results = (await pool.run({ ...options, posts: batch } satisfies WorkerTask)) as WorkerResult[];
    onChecked?.((done += batch.length));
    return results;
  };
  try {
    return (await Promise.all(batchesOf(posts).map(run))).flat();
  } finally {
    await pool.destroy();
  }
}

function batchesOf(posts: readonly PostInput[]): PostInput[][] {
  const batches: PostInput[][] = [];
  let current: PostInput[] = [];
  let size = 0;
  for (const post of posts) {
    current.push(post);
    size += post.content.length;
    if (size >= BATCH_BYTES) {
      batches.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}
