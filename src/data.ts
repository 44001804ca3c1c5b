/**
 * Word lists and gazetteers shipped in the package's `data/` folder. They are read once per process,
 * lazily, so a rule that never runs costs nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module holding both package.json and data/. */
function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!(fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'data')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('discreet: cannot find the data/ folder of the package');
    dir = parent;
  }
  return (root = dir);
}

const cache = new Map<string, string[]>();

/** Non-empty lines of `data/<name>`, without `#` comments. */
export function dataLines(name: string): string[] {
  let lines = cache.get(name);
  if (!lines) {
    const text = fs.readFileSync(path.join(packageRoot(), 'data', name), 'utf8');
    lines = [];
    // Most lines hold neither a comment nor spaces to trim: the big lists load in half the time this way.
    for (const line of text.split('\n')) {
      const kept = (line.includes('#') ? line.replace(/(^|\s)#.*$/, '') : line).trim();
      if (kept) lines.push(kept);
    }
    cache.set(name, lines);
  }
  return lines;
}

const sets = new Map<string, ReadonlySet<string>>();

/** A lower-cased word set from `data/<name>`, built once: rules ask it about every word they weigh. */
export function dataSet(name: string): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new Set(dataLines(name).map((l) => l.toLowerCase()))));
  return set;
}
