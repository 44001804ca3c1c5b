/** Checking many posts into one report (the JSON contract of DESIGN.md). */
import fs from 'node:fs';
import { checkPost, relativePath, type CheckOptions, type PostCheck } from './check.js';
import { collectPosts } from './files.js';
import { STATUSES, type Report, type Summary } from './types.js';

export function checkFiles(files: readonly string[], options: CheckOptions): PostCheck[] {
  return files.map((file) => checkPost(file, fs.readFileSync(file), { ...options, displayPath: relativePath(file) }));
}

export function summarize(checks: readonly { report: { status: string } }[]): Summary {
  const summary = Object.fromEntries([['files', checks.length], ...STATUSES.map((s) => [s, 0])]) as unknown as Summary;
  for (const c of checks) summary[c.report.status as keyof Summary]++;
  return summary;
}

export function buildReport(checks: readonly PostCheck[], now: Date): Report {
  return { version: 1, now: now.toISOString(), files: checks.map((c) => c.report), summary: summarize(checks) };
}

export function checkPaths(paths: readonly string[], options: CheckOptions): Report {
  return buildReport(checkFiles(collectPosts(paths), options), options.now);
}
