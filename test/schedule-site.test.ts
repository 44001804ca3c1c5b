/**
 * The public site must not reveal that a scheduled post exists: no title, URL, tag or count. The
 * strongest form of that promise is tested here: a site with a scheduled post builds byte for byte
 * the same output as the same site without it. Also the second-reader gate through a real build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite, SITE_BASICS } from './helpers/eleventy.js';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';

const BEFORE = '2026-11-25T12:00:00Z';
const AFTER = '2027-02-01T00:00:00Z';

const PUBLIC_POSTS = {
  'content/posts/rain.md': post('title: "A week of rain"\ndate: 2026-10-01\ntags: [weather]', 'It rained all week and the team was tired.'),
  'content/posts/draft.md': post('title: "Half a thought"\ndraft: true', 'Not ready.'),
};
const SCHEDULED = {
  'content/posts/lantern-season.md': post(
    'title: "Lantern season"\ndescription: "Evenings at the allotment"\ndate: 2026-10-01\npublishAfter: 2027-01-15T09:00:00Z\ntags: [lanterns]',
    'We lit the lanterns early this year.',
  ),
};

test('a scheduled post leaves no trace in the built site, then appears when due', async () => {
  const withScheduled = writeTree({ ...SITE_BASICS, ...PUBLIC_POSTS, ...SCHEDULED });
  const without = writeTree({ ...SITE_BASICS, ...PUBLIC_POSTS });
  const a = await buildSite(withScheduled, { env: { DISCREET_NOW: BEFORE } });
  const b = await buildSite(without, { env: { DISCREET_NOW: BEFORE } });
  assert.ok(a.ok && b.ok, a.error + b.error);
  assert.ok(Object.keys(a.files).length > 0);
  assert.equal(a.files, b.files, 'the output is identical to a site that has no scheduled post');
  const everything = Object.entries(a.files).map(([file, content]) => `${file}\n${content}`).join('\n').toLowerCase();
  for (const trace of ['lantern', 'allotment', 'scheduled']) assert.not.ok(everything.includes(trace), `"${trace}" appears in the output`);

  const due = await buildSite(withScheduled, { env: { DISCREET_NOW: AFTER } });
  assert.ok(due.ok, due.error);
  assert.ok(Object.keys(due.files).some((f) => f.includes('lantern-season')), 'published once due');
  assert.match(due.files['feed.xml'], /Lantern season/);
});

test('the scheduled-post time the CLI prints is the time the site starts to show it', async () => {
  const dir = writeTree({ ...SITE_BASICS, ...PUBLIC_POSTS, ...SCHEDULED });
  const next = await runCli(['next', 'content', '--now', BEFORE], { cwd: dir });
  const at = next.stdout.trim();
  assert.is(at, '2027-01-15T09:00:00.000Z');
  const justBefore = new Date(Date.parse(at) - 1000).toISOString();
  const early = await buildSite(dir, { env: { DISCREET_NOW: justBefore } });
  assert.not.ok(Object.keys(early.files).some((f) => f.includes('lantern')));
  const onTime = await buildSite(dir, { env: { DISCREET_NOW: at } });
  assert.ok(Object.keys(onTime.files).some((f) => f.includes('lantern')));
});

test('with requireReview the build refuses a due post until a second reader signs it off', async () => {
  const dir = writeTree({ ...SITE_BASICS, 'content/posts/rain.md': PUBLIC_POSTS['content/posts/rain.md'] });
  const refused = await buildSite(dir, { options: { requireReview: true } });
  assert.not.ok(refused.ok);
  assert.match(refused.error, /review-required/);
  assert.not.ok(fs.existsSync(path.join(dir, '_site/posts/rain/index.html')));

  const signed = await runCli(['approve', 'content/posts/rain.md', '--by', 'Robin', '--now', BEFORE], { cwd: dir });
  assert.is(signed.code, 0, signed.stdout + signed.stderr);
  const built = await buildSite(dir, { options: { requireReview: true } });
  assert.ok(built.ok, built.error);
  assert.ok(built.files['posts/rain/index.html']);
  assert.not.match(JSON.stringify(built.files), /Robin/, 'the reviewer is not named on the site');
});

test.run();
