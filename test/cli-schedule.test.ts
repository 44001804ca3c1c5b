import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';

const NOW = '2026-11-25T12:00:00Z';

const blog = () => writeTree({
  '_data/discreet.json': JSON.stringify({ holdDays: 7 }),
  'posts/old.md': post('title: "Old"\ndate: 2026-10-01', 'It rained all week.'),
  'posts/held.md': post('title: "Held"\ndate: 2026-11-22', 'Waiting out the hold.'),
  'posts/later.md': post('title: "Later"\ndate: 2026-10-01\npublishAfter: 2027-01-15T09:30:00Z', 'Not yet.'),
  'posts/draft.md': post('title: "Draft"\ndraft: true\npublishAfter: 2026-12-01', 'Unfinished.'),
  'posts/call.md': post('title: "Call"', 'I called her on (740) 555-0192.'),
});

test('status lists every post with its status and publish time', async () => {
  const dir = blog();
  const result = await runCli(['status', 'posts', '--now', NOW], { cwd: dir });
  assert.is(result.code, 1, 'something due is blocked, as with check');
  const rows = result.stdout.trim().split('\n');
  assert.match(rows[0], /^STATUS\s+PUBLISHES\s+POST$/);
  const row = (name: string) => rows.find((r) => r.includes(`posts/${name}.md`)) ?? '';
  assert.match(row('old'), /^cleared\s+since 2026-10-08T00:00:00\.000Z/);
  assert.match(row('held'), /^scheduled\s+2026-11-29T00:00:00\.000Z/, 'date + holdDays');
  assert.match(row('later'), /^scheduled\s+2027-01-15T09:30:00\.000Z/);
  assert.match(row('draft'), /^draft\s+never \(draft\)/);
  assert.match(row('call'), /^blocked\s+now\s+\S+call\.md\s+1 high finding: run discreet check$/);
  assert.is(rows.length, 6);
});

test('status --format json gives path, status and publishAt for every post', async () => {
  const dir = blog();
  const result = await runCli(['status', 'posts', '--format', 'json', '--now', NOW], { cwd: dir });
  const doc = JSON.parse(result.stdout);
  assert.is(doc.now, '2026-11-25T12:00:00.000Z');
  assert.is(doc.posts.length, 5);
  const later = doc.posts.find((p: any) => p.path.endsWith('later.md'));
  assert.equal(Object.keys(later).sort(), ['path', 'publishAt', 'status']);
  assert.is(later.publishAt, '2027-01-15T09:30:00.000Z');
});

test('next prints the earliest time a scheduled post becomes due, ignoring drafts', async () => {
  const dir = blog();
  const result = await runCli(['next', 'posts', '--now', NOW], { cwd: dir });
  assert.is(result.code, 0);
  assert.is(result.stdout, '2026-11-29T00:00:00.000Z\n', 'the held post, not the later one nor the draft');
  const later = await runCli(['next', 'posts', '--now', '2026-12-01T00:00:00Z'], { cwd: dir });
  assert.is(later.stdout, '2027-01-15T09:30:00.000Z\n', 'once the first is due, the next one');
  const json = await runCli(['next', 'posts', '--format', 'json', '--now', NOW], { cwd: dir });
  assert.is(JSON.parse(json.stdout).next, '2026-11-29T00:00:00.000Z');
});

test('next exits 0 with a clear line when nothing is scheduled', async () => {
  const dir = writeTree({ 'rain.md': post('title: "Rain"', 'It rained.'), 'draft.md': post('title: "D"\ndraft: true', 'Draft.') });
  const result = await runCli(['next', '.', '--now', NOW], { cwd: dir });
  assert.is(result.code, 0);
  assert.is(result.stdout, 'nothing is scheduled\n');
  const json = await runCli(['next', '.', '--format', 'json', '--now', NOW], { cwd: dir });
  assert.is(JSON.parse(json.stdout).next, null);
});

test('status and next default to the current folder and reject unknown formats', async () => {
  const dir = writeTree({ 'later.md': post('title: "Later"\npublishAfter: 2030-01-01', 'Not yet.') });
  assert.is((await runCli(['next', '--now', NOW], { cwd: dir })).stdout, '2030-01-01T00:00:00.000Z\n');
  assert.match((await runCli(['status', '--now', NOW], { cwd: dir })).stdout, /scheduled/);
  assert.is((await runCli(['status', '--format', 'xml'], { cwd: dir })).code, 2);
  assert.is((await runCli(['next', '--now', 'soon'], { cwd: dir })).code, 2);
});

test.run();
