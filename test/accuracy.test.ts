/**
 * Verdicts on our own annotated development posts (test/devset, format of the shared corpus):
 * every risky post must be blocked, and few clean ones. A regression in any recognizer shows here
 * as a named post, not as a drifting percentage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { declaredMaps } from '../src/pseudonymize.js';

const DEVSET = path.join(path.dirname(new URL(import.meta.url).pathname), 'devset');
const NOW = new Date('2026-11-25T12:00:00Z');
const MAX_FALSE_BLOCK_RATE = 0.05;

interface AnnotatedPost { file: string; expect: string; source: string; gold: { start: number; end: number }[] }

/** Strips `[[category:text]]` markup and the x- keys, keeping gold spans as offsets. */
function readAnnotated(file: string): AnnotatedPost {
  let src = fs.readFileSync(file, 'utf8');
  const expect = /^x-expect:\s*(\w+)\s*$/m.exec(src)?.[1] ?? '';
  src = src.replace(/^x-(expect|note):.*\n/gm, '');
  const gold: AnnotatedPost['gold'] = [];
  let source = '', last = 0;
  for (const m of src.matchAll(/\[\[([a-z]+):([^[\]\n]+?)\]\]/g)) {
    source += src.slice(last, m.index);
    gold.push({ start: source.length, end: source.length + m[2].length });
    source += m[2];
    last = m.index! + m[0].length;
  }
  return { file: path.basename(file), expect, source: source + src.slice(last), gold };
}

const posts = fs.readdirSync(DEVSET).filter((f) => /^\d{3}-.*\.md$/.test(f)).sort().map((f) => readAnnotated(path.join(DEVSET, f)));
const watched = (await declaredMaps(fs.readdirSync(DEVSET).map((f) => path.join(DEVSET, f)))).flatMap((m) => [...m.keys()]);
const checked = posts.map((p) => ({ post: p, report: checkPost(p.file, p.source, { config: parseConfig({}), now: NOW, watched }).report }));

test('every risky development post is blocked', () => {
  const missed = checked.filter((c) => c.post.expect === 'blocked' && c.report.status !== 'blocked').map((c) => `${c.post.file}: ${c.report.status}`);
  assert.ok(posts.length >= 50, 'the development set is present');
  assert.equal(missed, []);
});

test('clean development posts are rarely blocked', () => {
  const clean = checked.filter((c) => c.post.expect === 'cleared');
  const blocked = clean.filter((c) => c.report.status === 'blocked');
  const why = blocked.map((c) => `${c.post.file}: ${c.report.findings.filter((f) => f.severity === 'high' && !f.suppressed).map((f) => `${f.rule} "${f.text}"`).join(', ')}`);
  assert.ok(blocked.length <= Math.floor(clean.length * MAX_FALSE_BLOCK_RATE), `falsely blocked:\n${why.join('\n')}`);
});

test('annotated identifying details are found', () => {
  let gold = 0, found = 0;
  const misses: string[] = [];
  for (const { post, report } of checked) {
    const counted = report.findings.filter((f) => f.severity !== 'low' && !f.suppressed);
    for (const g of post.gold) {
      gold++;
      if (counted.some((f) => f.offset < g.end && f.offset + f.length > g.start)) found++;
      else misses.push(`${post.file}: "${post.source.slice(g.start, g.end)}"`);
    }
  }
  assert.ok(found / gold >= 0.97, `span recall ${(100 * found / gold).toFixed(1)}%; missed:\n${misses.join('\n')}`);
});

test.run();
