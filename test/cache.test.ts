/** The cache and the worker pool must never change what a check reports. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import { collectPosts } from '../src/files.js';
import { checkPost } from '../src/check.js';
import { relativePath } from '../src/files.js';
import { scanOutput } from '../src/output-scan.js';
import { checkMany, type CheckManyOptions } from '../src/run.js';
import { post, tempDir, writeTree } from './helpers/fixtures.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const WATCHED = ['Oriel Branwen'];

/** A small blog with every status and several kinds of finding; repeated so the pool gets many batches. */
function blog(): string {
  const files: Record<string, string> = {
    'posts/clean.md': post('title: Learning to pause\ndate: 2026-01-10', 'Some weeks the work is mostly listening. I sat with a family today and said very little.'),
    'posts/contact.md': post('title: A phone call\ndate: 2026-02-02', 'Her son left his number, 0161 496 0734, and an address, quill.harbour@example.org, on my desk.'),
    'posts/watched.md': post('title: Group day\ndate: 2026-02-09', 'Oriel Branwen came to group for the first time and stayed until the end.'),
    'posts/mapped.md': post('title: Home visit\ndate: 2026-03-01\npseudonyms:\n  "Tamsin Greaves": Client T', 'Tamsin Greaves showed me the garden she planted after the move.'),
    'posts/scheduled.md': post('title: Later\ndate: 2026-05-20\npublishAfter: 2026-07-01', 'Call me on 0161 496 0199 if the visit moves.'),
    'posts/draft.md': post('title: Notes\ndraft: true', 'Oriel Branwen again, unfinished.'),
    'posts/allowed.md': post('title: Thanks\ndate: 2026-01-03\ndiscreet:\n  allow:\n    - text: Oriel Branwen\n      reason: she asked to be thanked by name', 'Thank you, Oriel Branwen, for the training day.'),
    'posts/broken.md': '---\ntitle: [unclosed\n---\n\nBody.\n',
  };
  for (let i = 0; i < 30; i++) {
    files[`posts/week-${String(i).padStart(2, '0')}.md`] = post(`title: Week ${i}\ndate: 2026-04-${String((i % 28) + 1).padStart(2, '0')}`,
      `Week ${i} of the group. ${i % 3 === 0 ? 'Oriel Branwen phoned on 0161 496 0' + String(100 + i) + '.' : 'Nothing here names anyone.'}\n\n${'We talked about sleep, money and the long wait for housing. '.repeat(40)}`);
  }
  return writeTree(files);
}

type Options = Partial<Omit<CheckManyOptions, 'config'>> & { config?: DiscreetOptions };

async function checksOf(dir: string, options: Options = {}) {
  const { config, ...rest } = options;
  return checkMany(collectPosts([dir]), { now: NOW, watched: WATCHED, ...rest, config: parseConfig(config ?? {}) });
}

async function reportOf(dir: string, options: Options = {}) {
  return (await checksOf(dir, options)).map((c) => c.report);
}

/** What checking each post on its own, with no cache and no pool, reports. */
function uncached(dir: string, { now = NOW, watched = WATCHED } = {}) {
  return collectPosts([dir]).map((file) => checkPost(file, fs.readFileSync(file), { config: parseConfig({}), now, watched, displayPath: relativePath(file) }));
}

test('reports are identical with and without the cache, and with 1 and 2 workers', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const expected = uncached(dir).map((c) => c.report);
  assert.ok(expected.some((r) => r.status === 'blocked') && expected.some((r) => r.status === 'error') && expected.some((r) => r.status === 'scheduled'));
  assert.equal(await reportOf(dir, { cache: false, workers: 0 }), expected, 'one thread, no cache');
  assert.equal(await reportOf(dir, { cache: false, workers: 2 }), expected, 'two workers, no cache');
  assert.equal(await reportOf(dir, { cache: cacheDir, workers: 2 }), expected, 'two workers filling the cache');
  assert.ok(fs.existsSync(cacheDir), 'the cache was written');
  assert.equal(await reportOf(dir, { cache: cacheDir, workers: 0 }), expected, 'everything from the cache');
});

test('the checked text, its front matter and the body to render are the same from the cache and from the pool', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const files = collectPosts([dir]);
  const expected = uncached(dir).map((c, i) => ({ source: fs.readFileSync(files[i], 'utf8'), body: c.post?.body ?? '', data: c.post?.data ?? null }));
  for (const options of [{ cache: false, workers: 0 }, { cache: false, workers: 2 }, { cache: cacheDir }, { cache: cacheDir }] as const) {
    const got = (await checksOf(dir, options)).map((c) => ({ source: c.source, body: c.body, data: c.data }));
    assert.equal(got, expected, JSON.stringify(options));
  }
});

test('a cached post gets its status decided afresh: a scheduled post becomes due', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const before = await reportOf(dir, { cache: cacheDir });
  assert.is(before.find((r) => r.path.endsWith('scheduled.md'))!.status, 'scheduled');
  const later = new Date('2026-07-02T00:00:00Z');
  const fromCache = (await checkMany(collectPosts([dir]), { config: parseConfig({}), now: later, watched: WATCHED, cache: cacheDir })).map((c) => c.report);
  const fresh = uncached(dir, { now: later }).map((c) => c.report);
  assert.is(fromCache.find((r) => r.path.endsWith('scheduled.md'))!.status, 'blocked');
  assert.equal(fromCache, fresh);
});

test('an edited post is checked again, never answered from the cache', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const first = await reportOf(dir, { cache: cacheDir });
  assert.is(first.find((r) => r.path.endsWith('clean.md'))!.status, 'cleared');
  const file = path.join(dir, 'posts/clean.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('very little.', 'very little. Oriel Branwen was there.'));
  const second = await reportOf(dir, { cache: cacheDir });
  const edited = second.find((r) => r.path.endsWith('clean.md'))!;
  assert.is(edited.status, 'blocked');
  assert.ok(edited.findings.some((f) => f.text === 'Oriel Branwen'));
});

test('a change of configuration or watch-list is not answered from the cache', async () => {
  const dir = writeTree({ 'posts/rota.md': post('title: Rota\ndate: 2026-01-05', 'Write to quill.harbour@example.org about the rota. Oriel Branwen is on leave.') });
  const cacheDir = path.join(tempDir(), 'cache');
  const severityOf = (reports: { findings: { rule: string; severity: string }[] }[], rule: string) => reports[0].findings.find((f) => f.rule === rule)?.severity;
  assert.is(severityOf(await reportOf(dir, { cache: cacheDir, config: { rules: { email: 'low' } } }), 'email'), 'low');
  assert.is(severityOf(await reportOf(dir, { cache: cacheDir }), 'email'), 'high');
  assert.is(severityOf(await reportOf(dir, { cache: cacheDir }), 'watched-name'), 'high');
  assert.is(severityOf(await reportOf(dir, { cache: cacheDir, watched: ['Ansel Quarry'] }), 'watched-name'), undefined);
});

test('a corrupt cache file is ignored and rebuilt', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const expected = await reportOf(dir, { cache: false });
  for (const garbage of ['{"format": tru', '[]', 'null', '\u0000\u0001binary']) {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const name of fs.readdirSync(cacheDir)) fs.writeFileSync(path.join(cacheDir, name), garbage);
    if (!fs.readdirSync(cacheDir).length) fs.writeFileSync(path.join(cacheDir, 'checks-v1.json'), garbage);
    assert.equal(await reportOf(dir, { cache: cacheDir }), expected, `after ${JSON.stringify(garbage)}`);
    assert.equal(await reportOf(dir, { cache: cacheDir }), expected, 'from the rebuilt cache');
  }
});

test('a cache written by another engine, or with entries of the wrong shape, is not trusted', async () => {
  const dir = blog();
  const cacheDir = path.join(tempDir(), 'cache');
  const expected = await reportOf(dir, { cache: cacheDir });
  const file = path.join(cacheDir, 'checks-v1.json');
  const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Every entry now claims "nothing found": only a trusted cache could make a blocked post pass.
  const withFindings = (findings: unknown[]) => Object.fromEntries(Object.entries(stored.entries as Record<string, [object, number]>).map(([k, [v, g]]) => [k, [{ ...v, f: findings }, g]]));
  // The same forged entries under this engine's fingerprint are used: the fingerprint is what protects.
  fs.writeFileSync(file, JSON.stringify({ ...stored, entries: withFindings([]) }));
  assert.ok((await reportOf(dir, { cache: cacheDir })).every((r) => r.findings.length === 0 && r.status !== 'blocked'), 'cache entries are used');
  fs.writeFileSync(file, JSON.stringify({ ...stored, entries: withFindings([]), engine: 'another-engine' }));
  assert.equal(await reportOf(dir, { cache: cacheDir }), expected, 'foreign engine');
  fs.writeFileSync(file, JSON.stringify({ ...stored, entries: withFindings([{ rule: 'x' }]) }));
  assert.equal(await reportOf(dir, { cache: cacheDir }), expected, 'malformed findings');
});

test('the output scan remembers only clean pages: a leak is found on every build, and new names search again', () => {
  const site = writeTree({ 'a/index.html': '<p>Thanks to Oriel Branwen.</p>', 'b/index.html': '<p>Thanks to Ansel Quarry.</p>', 'c/index.html': '<p>Nothing to see.</p>' });
  const cacheDir = path.join(tempDir(), 'cache');
  const leaksOf = (names: string[]) => scanOutput(site, { everywhere: names }, cacheDir).map((l) => `${l.file} ${l.name}`);
  assert.equal(leaksOf(['Oriel Branwen']), ['a/index.html Oriel Branwen']);
  assert.equal(leaksOf(['Oriel Branwen']), ['a/index.html Oriel Branwen'], 'the leak again, from a warm cache');
  assert.equal(leaksOf(['Oriel Branwen', 'Ansel Quarry']), ['a/index.html Oriel Branwen', 'b/index.html Ansel Quarry'], 'a page clean for other names is searched again');
  fs.writeFileSync(path.join(site, 'c/index.html'), '<p>Oriel Branwen came back.</p>');
  assert.equal(leaksOf(['Oriel Branwen']), ['a/index.html Oriel Branwen', 'c/index.html Oriel Branwen'], 'a rewritten page is searched again');
  assert.ok(!fs.readdirSync(cacheDir).some((f) => fs.readFileSync(path.join(cacheDir, f), 'utf8').includes('Branwen')), 'names are never stored');
});

const CORPUS = path.resolve('../shared/corpus');

test('on the sample corpus, the cache and the pool change nothing', async () => {
  if (!fs.existsSync(CORPUS)) return;
  const config = parseConfig({});
  const files = collectPosts([CORPUS]);
  const cacheDir = path.join(tempDir(), 'cache');
  const run = async (options: Partial<CheckManyOptions>) => (await checkMany(files, { config, now: NOW, ...options })).map((c) => c.report);
  const expected = await run({ cache: false, workers: 0 });
  assert.equal(await run({ cache: cacheDir, workers: 2 }), expected, 'two workers filling the cache');
  assert.equal(await run({ cache: cacheDir }), expected, 'from the cache');
});

test.run();
