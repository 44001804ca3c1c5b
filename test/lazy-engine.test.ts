/**
 * A build where nothing changed must not load the detectors (compromise and the word lists take
 * longer to load than Eleventy takes to build a small site): the plugin, the cache and the run
 * module reach them only through a dynamic import. This follows the static imports from each entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every project file reachable from `entry` through static (non-type) imports, with the chain that reaches it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), m[1].replace(/\.js$/, '.ts')));
      if (seen.has(target) || !fs.existsSync(path.join(ROOT, target))) continue;
      seen.set(target, [...seen.get(file)!, target]);
      queue.push(target);
    }
  }
  return seen;
}

for (const entry of ['plugins/eleventy.ts', 'src/run.ts', 'src/cache.ts']) {
  test(`${entry} does not load the detectors until a post must be checked`, () => {
    const files = reachable(entry);
    for (const heavy of ['src/check.ts', 'src/detect/index.ts']) {
      assert.not.ok(files.has(heavy), `${heavy} is loaded through ${files.get(heavy)?.join(' -> ')}`);
    }
  });
}

// A build where nothing changed also needs no worker pool, no front-matter parser (every map is
// remembered) and, outside --serve, no web server for the review page.
test('plugins/eleventy.ts loads the pool, the post parser and the review page only when needed', () => {
  const files = reachable('plugins/eleventy.ts');
  for (const heavy of ['src/pool.ts', 'src/post.ts', 'src/review-page.ts']) {
    assert.not.ok(files.has(heavy), `${heavy} is loaded through ${files.get(heavy)?.join(' -> ')}`);
  }
});

test('the import scan sees the detectors where they are loaded', () => {
  assert.ok(reachable('src/check-worker.ts').has('src/detect/index.ts'));
});

test.run();
