/** The Eleventy plugin on small real sites: gating, pseudonyms, the output scan, stale pages. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite, filesMentioning, readerText, SITE_BASICS } from './helpers/eleventy.js';
import { post, writeTree } from './helpers/fixtures.js';

const CLEAN = 'It rained all week and the team was tired, but the new rota helped.';

test('only cleared posts render; drafts, scheduled and retracted posts are in no page, list, feed or tag page', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/open.md': post('title: "Open door"\ndate: 2026-10-01\ntags: [practice]', CLEAN),
    'content/posts/draft.md': post('title: "Unfinished lantern"\ndate: 2026-10-01\ndraft: true\ntags: [practice, lantern-tag]', CLEAN),
    'content/posts/later.md': post('title: "Future harbour"\ndate: 2026-10-01\npublishAfter: 2027-03-01\ntags: [harbour-tag]', CLEAN),
    'content/posts/gone.md': post('title: "Withdrawn compass"\ndate: 2026-10-01\ntags: [practice]\ndiscreet:\n  retracted: true', CLEAN),
  });
  const first = await buildSite(dir);
  assert.ok(first.ok, first.error);
  assert.ok(first.files['posts/open/index.html']);
  for (const hidden of ['Unfinished lantern', 'Future harbour', 'Withdrawn compass', 'lantern-tag', 'harbour-tag']) {
    assert.equal(filesMentioning(first.files, hidden), [], hidden);
  }
  assert.equal(Object.keys(first.files).filter((f) => f.startsWith('posts/')), ['posts/open/index.html']);
  assert.match(first.log, /1 scheduled, 1 draft, 1 retracted/);

  // The clock moves past publishAfter: the same site now publishes the scheduled post.
  const later = await buildSite(dir, { env: { DISCREET_NOW: '2027-03-02T00:00:00Z' } });
  assert.ok(later.ok, later.error);
  assert.equal(filesMentioning(later.files, 'Future harbour').sort(), ['feed.xml', 'index.html', 'posts/later/index.html', 'tags/harbour-tag/index.html']);
});

test("the author's allowance comments and their reasons are not published", async () => {
  const body = `${CLEAN}\n\n<!-- discreet-allow-next-line -- a private note about why this is safe -->\nThe rota helped everyone.`;
  const dir = writeTree({ ...SITE_BASICS, 'content/posts/open.md': post('title: "Open door"\ndate: 2026-10-01', body) });
  const built = await buildSite(dir);
  assert.ok(built.ok, built.error);
  assert.ok(built.files['posts/open/index.html'].includes('The rota helped everyone.'));
  assert.equal(filesMentioning(built.files, 'discreet-allow'), []);
  assert.equal(filesMentioning(built.files, 'a private note'), []);
});

test('blocked posts fail the build with every problem in one report, and nothing is written', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/fine.md': post('title: "Fine"\ndate: 2026-10-01', CLEAN),
    'content/posts/phone.md': post('title: "Calls"\ndate: 2026-10-01', 'She rang me from 0412 558 903 late at night.'),
    'content/posts/mail.md': post('title: "Mail"\ndate: 2026-10-01', 'Her worker wrote from jo.bloggs@example.org about it.'),
  });
  const result = await buildSite(dir);
  assert.not.ok(result.ok);
  assert.match(result.error, /2 posts cannot be published/);
  assert.match(result.error, /content\/posts\/phone\.md/);
  assert.match(result.error, /content\/posts\/mail\.md/);
  assert.match(result.error, /\b6:\d+\s+high/);
  assert.match(result.error, /fix:/);
  assert.not.match(result.error, /at \S+\.(?:js|ts):\d+/, 'no stack trace');
  assert.equal(Object.keys(result.files), []);
});

test('a pseudonym map replaces every form of the real name in every output, and the file name too', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/visit-with-tobias-wrenfield.md': post(
      'title: "Tobias Wrenfield and the bus"\ndate: 2026-10-01\ndescription: "What Tobias taught me"\ntags: [Tobias Wrenfield]\npseudonyms:\n  Tobias Wrenfield: Sam Hart',
      'TOBIAS WRENFIELD waited. Tobias\'s coat was wet; Wrenfield is rare. M<strong>obias</strong> no, T<em>obias</em> yes.',
    ),
  });
  const result = await buildSite(dir);
  assert.ok(result.ok, result.error);
  for (const name of ['Tobias', 'Wrenfield']) assert.equal(filesMentioning(result.files, name), [], name);
  const page = result.files['posts/visit-with-sam-hart/index.html'];
  assert.ok(page, `renamed output, got ${Object.keys(result.files)}`);
  const text = readerText(page);
  assert.match(text, /SAM HART waited/);
  assert.match(text, /Sam's coat/);
  assert.match(text, /Hart is rare/);
  assert.match(readerText(result.files['feed.xml']), /Sam Hart and the bus/);
  assert.match(result.files['index.html'], /What Sam taught me/);
  assert.ok(result.files['tags/sam-hart/index.html'], 'tag page under the alias');
});

test('a real name that reaches the output another way fails the build, names the file and removes it', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/_data/helpers.json': JSON.stringify({ thanks: 'Thanks to Tobias Wrenfield for the bus story.' }),
    'content/about.njk': '---\ntitle: About\n---\n<p>{{ helpers.thanks }}</p>',
    'content/posts/bus.md': post('title: "The bus"\ndate: 2026-10-01\npseudonyms:\n  Tobias Wrenfield: Sam Hart', CLEAN),
    'content/posts/other.md': post('title: "Other"\ndate: 2026-10-01', 'We met near the old cinema. Mаrgаrеt Qwillan was there.'),
  });
  const result = await buildSite(dir, { env: { DISCREET_WATCHLIST: 'Margaret Qwillan' }, configure: (c) => c.addTransform('leak-later', (s: string) => s) });
  assert.not.ok(result.ok);
  // The Cyrillic look-alike letters in the post are caught by the engine before anything renders.
  assert.match(result.error, /content\/posts\/other\.md/);
  fs.writeFileSync(path.join(dir, 'content/posts/other.md'), post('title: "Other"\ndate: 2026-10-01', CLEAN));
  const again = await buildSite(dir, { env: { DISCREET_WATCHLIST: 'Margaret Qwillan' } });
  assert.ok(again.ok, again.error);
  assert.equal(filesMentioning(again.files, 'Wrenfield'), [], 'the data file was replaced by the site-wide pass');

  // A layout the engine never checks, with a watched name split by markup and an entity. (A new
  // file: one process keeps the layouts it compiled, as a one-off build of Eleventy does.)
  fs.writeFileSync(path.join(dir, 'content/_includes/footer.njk'), '<html><body>{{ content | safe }}<footer>M<b>arg</b>&#97;ret Qwillan</footer></body></html>');
  fs.writeFileSync(path.join(dir, 'content/posts/posts.11tydata.json'), JSON.stringify({ layout: 'footer.njk', tags: ['posts'] }));
  const leaked = await buildSite(dir, { env: { DISCREET_WATCHLIST: 'Margaret Qwillan' } });
  assert.not.ok(leaked.ok);
  assert.match(leaked.error, /a real name reached the output/);
  assert.match(leaked.error, /_site\/posts\/bus\/index\.html/);
  assert.not.match(leaked.error, /Margaret|Qwillan/, 'the log does not publish the name');
  assert.equal(filesMentioning(leaked.files, 'Margaret Qwillan'), []);

  // Rendering to JSON writes no file, but the rendered pages are searched all the same.
  const json = await buildSite(dir, { env: { DISCREET_WATCHLIST: 'Margaret Qwillan' }, toJSON: true });
  assert.match(json.error, /a real name reached the rendered output[\s\S]*content\/posts\/bus\.md/);
});

test('pages of posts that are no longer cleared do not survive from an earlier build', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/keep.md': post('title: "Keep"\ndate: 2026-10-01', CLEAN),
    'content/posts/one.md': post('title: "Lighthouse one"\ndate: 2026-10-01\npermalink: /custom/one/', CLEAN),
    'content/posts/two.md': post('title: "Lighthouse two"\ndate: 2026-10-01', CLEAN),
    'content/posts/three.md': post('title: "Lighthouse three"\ndate: 2026-10-01', CLEAN),
  });
  const first = await buildSite(dir);
  assert.ok(first.ok, first.error);
  assert.ok(first.files['custom/one/index.html'] && first.files['posts/two/index.html'] && first.files['posts/three/index.html']);

  fs.writeFileSync(path.join(dir, 'content/posts/one.md'), post('title: "Lighthouse one"\ndate: 2026-10-01\npermalink: /custom/one/\ndiscreet:\n  retracted: true', CLEAN));
  fs.writeFileSync(path.join(dir, 'content/posts/two.md'), post('title: "Lighthouse two"\ndate: 2026-10-01\ndraft: true', CLEAN));
  fs.rmSync(path.join(dir, 'content/posts/three.md'));
  const second = await buildSite(dir);
  assert.ok(second.ok, second.error);
  assert.equal(filesMentioning(second.files, 'Lighthouse'), []);
  assert.equal(Object.keys(second.files).filter((f) => f.startsWith('posts/') || f.startsWith('custom/')), ['posts/keep/index.html']);

  // Without the record of earlier outputs, a literal permalink still locates the old page.
  const orphan = path.join(dir, '_site/custom/one/index.html');
  fs.mkdirSync(path.dirname(orphan), { recursive: true });
  fs.writeFileSync(orphan, '<p>Lighthouse one</p>');
  fs.rmSync(path.join(dir, '.discreet'), { recursive: true });
  assert.ok((await buildSite(dir)).ok);
  assert.not.ok(fs.existsSync(orphan));

  // Blocked now: the old page goes even though the build fails.
  fs.writeFileSync(path.join(dir, 'content/posts/keep.md'), post('title: "Keep"\ndate: 2026-10-01', 'Ring her on 0412 558 903.'));
  const third = await buildSite(dir);
  assert.not.ok(third.ok);
  assert.not.ok(third.files['posts/keep/index.html']);
});

test('the same gates hold when one Eleventy instance builds again, as in watch mode', async () => {
  const dir = writeTree({ ...SITE_BASICS, 'content/posts/a.md': post('title: "Evening lights"\ndate: 2026-10-01', CLEAN) });
  const instance = {};
  const first = await buildSite(dir, { instance });
  assert.ok(first.ok, first.error);
  assert.ok(first.files['posts/a/index.html']);
  fs.writeFileSync(path.join(dir, 'content/posts/a.md'), post('title: "Evening lights"\ndate: 2026-10-01\ndraft: true', CLEAN));
  const second = await buildSite(dir, { instance });
  assert.ok(second.ok, second.error);
  assert.equal(filesMentioning(second.files, 'Evening lights'), []);
  fs.writeFileSync(path.join(dir, 'content/posts/a.md'), post('title: "Evening lights"\ndate: 2026-10-01', 'Text me on 0412 558 903.'));
  const third = await buildSite(dir, { instance });
  assert.not.ok(third.ok);
  assert.match(third.error, /content\/posts\/a\.md/);
});

test('an incremental rebuild of one changed post keeps the gates and the site-wide names', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/a.md': post('title: "Evening lights"\ndate: 2026-10-01', CLEAN),
    'content/posts/b.md': post('title: "Bus"\ndate: 2026-10-01\npseudonyms:\n  Tobias Wrenfield: Sam Hart', CLEAN),
  });
  const instance = {};
  assert.ok((await buildSite(dir, { instance })).ok);
  fs.writeFileSync(path.join(dir, 'content/posts/a.md'), post('title: "Evening lights"\ndate: 2026-10-01\ndraft: true', CLEAN));
  const draft = await buildSite(dir, { instance, incrementalFile: 'content/posts/a.md' });
  assert.ok(draft.ok, draft.error);
  assert.not.ok(draft.files['posts/a/index.html'], 'the page of the post made a draft is gone');

  // Only a.md is rebuilt, yet the real name from b.md's map is forbidden in it.
  fs.writeFileSync(path.join(dir, 'content/posts/a.md'), post('title: "Evening lights"\ndate: 2026-10-01', 'We waved at the harbour. <span title="Tobias Wrenfield">A wave.</span>'));
  const leak = await buildSite(dir, { instance, incrementalFile: 'content/posts/a.md' });
  assert.not.ok(leak.ok);
  assert.match(leak.error, /content\/posts\/a\.md[\s\S]*watched-name/);
  assert.equal(filesMentioning(leak.files, 'Wrenfield'), []);
});

test('posts written as Nunjucks, Liquid, HTML or JavaScript templates are checked too', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/a.njk': '---\ntitle: A\n---\n<p>{{ title }}: call me on 0412 558 903</p>',
    'content/posts/b.liquid': '---\ntitle: B\n---\n<p>{% if true %}Mail jo.bloggs@example.org{% endif %}</p>',
    'content/posts/c.html': '---\ntitle: C\n---\n<p>Phone 0412 558 903 after six.</p>',
    'content/posts/d.11ty.js': 'export default class { render() { return "<p>Her number is 0412 558 903.</p>"; } }',
    'content/posts/fine.11ty.js': 'export default class { data() { return { title: "Fine" }; } render() { return "<p>A quiet week.</p>"; } }',
  });
  const result = await buildSite(dir);
  assert.not.ok(result.ok);
  for (const file of ['a.njk', 'b.liquid', 'c.html', 'd.11ty.js']) assert.match(result.error, new RegExp(`content/posts/${file.replace(/\./g, '\\.')}`));
  assert.not.match(result.error, /fine\.11ty\.js/);

  for (const file of ['a.njk', 'b.liquid', 'c.html', 'd.11ty.js']) fs.rmSync(path.join(dir, 'content/posts', file));
  const fine = await buildSite(dir);
  assert.ok(fine.ok, fine.error);
  assert.match(fine.files['posts/fine/index.html'], /<p>A quiet week\.<\/p>/);
});

test('invalid plugin options, a broken config file or a bad DISCREET_NOW stop the build with a clear message', async () => {
  const dir = writeTree({ ...SITE_BASICS, 'content/posts/a.md': post('title: "A"\ndate: 2026-10-01', CLEAN) });
  const badOption = await buildSite(dir, { options: { holdDay: 7 } as any });
  assert.not.ok(badOption.ok);
  assert.match(badOption.error, /unknown key "holdDay" \(did you mean "holdDays"\?\)/);

  fs.mkdirSync(path.join(dir, 'content/_data'));
  fs.writeFileSync(path.join(dir, 'content/_data/discreet.json'), '{ "holdDays": 7, }');
  const badFile = await buildSite(dir);
  assert.not.ok(badFile.ok);
  assert.match(badFile.error, /discreet\.json: the configuration is not valid JSON/);
  assert.equal(Object.keys(badFile.files), []);

  fs.writeFileSync(path.join(dir, 'content/_data/discreet.json'), '{ "holdDays": "a week" }');
  const wrongType = await buildSite(dir);
  assert.match(wrongType.error, /holdDays/);

  fs.rmSync(path.join(dir, 'content/_data/discreet.json'));
  const badNow = await buildSite(dir, { env: { DISCREET_NOW: 'next tuesday' } });
  assert.match(badNow.error, /DISCREET_NOW must be an ISO date/);
  assert.not.match(badNow.error, /at \S+\.(?:js|ts):\d+/, 'no stack trace');
});

test('a watch-list committed to git is a loud warning; its names are still enforced', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    '.discreet/watchlist.txt': '# real names, never published\nMargaret Qwillan\n',
    'content/posts/a.md': post('title: "A"\ndate: 2026-10-01', 'Margaret Qwillan came in late.'),
  });
  const git = spawnSync('git', ['init', '-q'], { cwd: dir });
  assert.is(git.status, 0);
  spawnSync('git', ['add', '.discreet/watchlist.txt'], { cwd: dir });
  const result = await buildSite(dir);
  assert.match(result.log, /watchlist\.txt is committed to git/);
  assert.not.ok(result.ok);
  assert.match(result.error, /watched-name/);
});

test.run();
