/** What every `discreet` command shares: its view of the process, usage errors, the site it works on. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type DiscreetConfig } from '../config.js';
import { parseIsoDate } from '../frontmatter.js';
import { checkPathsAsync, type ProgressListener } from '../run.js';
import { loadWatchlist } from '../watchlist.js';
import type { Report } from '../types.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress line). */
  isErrTTY?: boolean;
  cwd: string;
}

/** A mistake in how the command was called: printed with the usage, exit 2. */
export class UsageError extends Error {}

/** Options every command that checks posts accepts. */
export const SITE_OPTIONS = {
  now: { type: 'string' },
  root: { type: 'string' },
} as const;

export interface Site {
  root: string;
  config: DiscreetConfig;
  now: Date;
  watched: string[];
}

export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const now = parseIsoDate(value);
  if (!now) throw new UsageError(`--now must be an ISO-8601 date or date-time, not "${value}"`);
  return now;
}

export function loadSite(values: { now?: string; root?: string }, io: CliIO): Site {
  const root = path.resolve(io.cwd, values.root ?? '.');
  const config = loadConfig(root);
  return { root, config, now: parseNow(values.now), watched: loadWatchlist(root, config, io.env) };
}

/** Checks the named files and folders (the current folder when none is named), through the cache. */
export async function checkSite(paths: readonly string[], site: Site, io: CliIO, onProgress?: ProgressListener): Promise<Report> {
  const targets = (paths.length ? paths : ['.']).map((p) => path.resolve(io.cwd, p));
  try {
    return await checkPathsAsync(targets, { config: site.config, now: site.now, watched: site.watched, root: site.root, onProgress });
  } catch (error) {
    if ((error as Error).message?.startsWith('no such file')) throw new UsageError((error as Error).message);
    throw error;
  }
}

/** The start of the schedule commands (`status`, `next`): `[paths] [--now] [--root] [--format text|json]`, checked. */
export async function checkForSchedule(args: string[], io: CliIO): Promise<{ report: Report; site: Site; json: boolean }> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format "${values.format}" (use text or json)`);
  const site = loadSite(values, io);
  return { report: await checkSite(positionals, site, io), site, json: values.format === 'json' };
}
