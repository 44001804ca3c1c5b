/**
 * The example blog in content/ builds cleared, and its output holds only what is cleared. This is
 * `npm run build` in-process: the site's own config sets the output folder, `_site/`.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Eleventy from '@11ty/eleventy';
import { filesMentioning, readOutput } from './helpers/eleventy.js';

test('the example blog builds, with drafts, scheduled and retracted posts and real names absent', async () => {
  const env = { ...process.env };
  Object.assign(process.env, { DISCREET_NOW: '2026-11-25T12:00:00Z', DISCREET_WATCHLIST: '' });
  const log = console.log;
  console.log = () => {};
  try {
    await new Eleventy(undefined, undefined, { quietMode: true, configPath: 'eleventy.config.ts' }).write();
  } finally {
    console.log = log;
    process.env = env;
  }
  const files = readOutput('_site');
  const posts = Object.keys(files).filter((f) => f.startsWith('posts/')).sort();
  assert.equal(posts, [
    'posts/2026-09-03-the-kettle-test/index.html',
    'posts/2026-09-17-paperwork-is-care/index.html',
    'posts/2026-10-01-supervision/index.html',
    'posts/2026-10-15-a-boy-called-sam/index.html',
  ]);
  for (const absent of ['Tobias', 'Wrenfield', 'Notes for the winter rota', 'Half-finished thoughts', 'A post I took down', 'endings']) {
    assert.equal(filesMentioning(files, absent), [], absent);
  }
  assert.match(files['feed.xml'], /A boy I will call Sam/);
  assert.match(files['sitemap.xml'], /a-boy-called-sam/);
});

test.run();
