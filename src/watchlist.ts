/**
 * The private watch-list: real names that must never appear in any output.
 * Read at build time from a git-ignored file and the DISCREET_WATCHLIST variable; never copied anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DiscreetConfig } from './config.js';

export const WATCHLIST_ENV = 'DISCREET_WATCHLIST';

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, '').trim()).filter((l) => l.length >= 2);
}

export function loadWatchlist(root: string, config: DiscreetConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  const file = path.resolve(root, config.watchlistPath);
  const fromFile = fs.existsSync(file) ? lines(fs.readFileSync(file, 'utf8')) : [];
  const fromEnv = lines(env[WATCHLIST_ENV] ?? '');
  return [...new Set([...config.watch, ...fromFile, ...fromEnv])];
}
