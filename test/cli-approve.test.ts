import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';

const NOW = '2026-11-25T12:00:00Z';
const REVIEW_ON = JSON.stringify({ requireReview: true });

function site(files: Record<string, string>, config = REVIEW_ON): string {
  return writeTree({ '_data/discreet.json': config, ...files });
}

async function statusOf(dir: string, file: string): Promise<{ status: string; findings: any[] }> {
  const result = await runCli(['check', file, '--format', 'json', '--now', NOW], { cwd: dir });
  return JSON.parse(result.stdout).files[0];
}

function frontMatterOf(text: string): any {
  return parse(text.split(/^---$/m)[1]);
}

test('with requireReview, a due post without a sign-off is blocked and the message says how to get one', async () => {
  const dir = site({ 'posts/rain.md': post('title: "Rain"\ndate: 2026-10-01', 'It rained all week.') });
  const report = await statusOf(dir, 'posts/rain.md');
  assert.is(report.status, 'blocked');
  const [review] = report.findings;
  assert.is(review.rule, 'review-required');
  assert.is(review.category, 'review');
  assert.is(review.severity, 'high');
  assert.match(review.hint, /npx discreet approve \S*posts\/rain\.md --by "Reviewer Name"/);
});

test('without requireReview nothing is asked', async () => {
  const dir = site({ 'rain.md': post('title: "Rain"', 'It rained all week.') }, '{}');
  assert.is((await statusOf(dir, 'rain.md')).status, 'cleared');
});

test('site templates that are not Markdown posts (home page, feed) need no sign-off', async () => {
  const dir = site({ 'index.njk': '---\ntitle: Home\n---\n<ul>{% for p in collections.posts %}<li>{{ p.data.title }}</li>{% endfor %}</ul>\n' });
  assert.is((await statusOf(dir, 'index.njk')).status, 'cleared');
});

test('approve records { by, hash, at } and the post is cleared; the rest of the file is untouched', async () => {
  const original = [
    '---',
    'title: "Rain"   # keep this comment',
    'tags:',
    '- weather',
    '- team',
    'date: 2026-10-01',
    '---',
    '',
    'It rained all week.',
    '',
  ].join('\n');
  const dir = site({ 'posts/rain.md': original });
  const result = await runCli(['approve', 'posts/rain.md', '--by', 'Robin Second-Reader', '--now', NOW], { cwd: dir });
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /Signed off posts\/rain\.md for Robin Second-Reader/);
  const written = fs.readFileSync(path.join(dir, 'posts/rain.md'), 'utf8');
  const lines = original.split('\n');
  assert.ok(written.startsWith(lines.slice(0, 6).join('\n') + '\n'), `author's formatting kept:\n${written}`);
  assert.ok(written.endsWith('---\n\nIt rained all week.\n'));
  const review = frontMatterOf(written).discreet.review;
  assert.is(review.by, 'Robin Second-Reader');
  assert.match(review.hash, /^[0-9a-f]{64}$/);
  assert.is(review.at, '2026-11-25T12:00:00.000Z');
  assert.is((await statusOf(dir, 'posts/rain.md')).status, 'cleared');
});

test('editing the post after the sign-off voids it, and the message names the reviewer', async () => {
  const dir = site({ 'rain.md': post('title: "Rain"', 'It rained all week.') });
  await runCli(['approve', 'rain.md', '--by', 'Robin', '--now', NOW], { cwd: dir });
  const file = path.join(dir, 'rain.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('all week', 'all month'));
  const report = await statusOf(dir, 'rain.md');
  assert.is(report.status, 'blocked');
  const [review] = report.findings;
  assert.is(review.rule, 'review-required');
  assert.match(review.message, /edited after Robin signed it off/);
  assert.match(review.hint, /--by "Robin"/);
  assert.is(review.line, 4, 'points at the sign-off');
});

test('editing the front matter voids it too; scheduling keys and line endings do not', async () => {
  const dir = site({ 'rain.md': post('title: "Rain"\ndraft: true', 'It rained all week.') });
  await runCli(['approve', 'rain.md', '--by', 'Robin', '--now', NOW], { cwd: dir });
  const file = path.join(dir, 'rain.md');
  const signed = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, signed.replace('draft: true', 'draft: false\npublishAfter: 2026-11-01').replace(/\n/g, '\r\n'));
  assert.is((await statusOf(dir, 'rain.md')).status, 'cleared', 'undrafting, scheduling and CRLF keep the sign-off');
  fs.writeFileSync(file, signed.replace('title: "Rain"', 'title: "Rain again"').replace('draft: true', 'draft: false'));
  assert.is((await statusOf(dir, 'rain.md')).status, 'blocked', 'a new title is a new text');
});

test('approving twice by the same reader changes nothing; a new reader replaces the sign-off', async () => {
  const dir = site({ 'rain.md': post('title: "Rain"', 'It rained all week.') });
  await runCli(['approve', 'rain.md', '--by', 'Robin', '--now', NOW], { cwd: dir });
  const file = path.join(dir, 'rain.md');
  const first = fs.readFileSync(file, 'utf8');
  const again = await runCli(['approve', 'rain.md', '--by', 'Robin', '--now', '2026-11-26T09:00:00Z'], { cwd: dir });
  assert.match(again.stdout, /already signed off/);
  assert.is(fs.readFileSync(file, 'utf8'), first);
  await runCli(['approve', 'rain.md', '--by', 'Alex', '--now', '2026-11-26T09:00:00Z'], { cwd: dir });
  const text = fs.readFileSync(file, 'utf8');
  assert.is((text.match(/review:/g) ?? []).length, 1, 'one sign-off, replaced in place');
  assert.is(frontMatterOf(text).discreet.review.by, 'Alex');
});

test('a post with unresolved high findings cannot be signed off', async () => {
  const source = post('title: "Call"', 'I called her on (740) 555-0192.');
  const dir = site({ 'call.md': source });
  const result = await runCli(['approve', 'call.md', '--by', 'Robin', '--now', NOW], { cwd: dir });
  assert.is(result.code, 1);
  assert.match(result.stdout, /phone-number/);
  assert.match(result.stderr, /fix or allow them before signing it off/);
  assert.is(fs.readFileSync(path.join(dir, 'call.md'), 'utf8'), source, 'file untouched');
});

test('sign-off keeps existing discreet settings, CRLF files and posts without front matter', async () => {
  const dir = site({
    'allow.md': post('title: "Help"\ndiscreet:\n  allow:\n    - text: help@harbour-line.org\n      reason: a public helpline', 'Write to help@harbour-line.org.'),
    'crlf.md': '---\r\ntitle: Windows\r\n---\r\n\r\nWritten on Windows.\r\n',
    'bare.md': 'No front matter here, just a thought.\n',
  });
  for (const name of ['allow.md', 'crlf.md', 'bare.md']) {
    const result = await runCli(['approve', name, '--by', 'Robin', '--now', NOW], { cwd: dir });
    assert.is(result.code, 0, `${name}: ${result.stdout}${result.stderr}`);
    assert.is((await statusOf(dir, name)).status, 'cleared', name);
  }
  const allow = fs.readFileSync(path.join(dir, 'allow.md'), 'utf8');
  assert.is(frontMatterOf(allow).discreet.allow[0].reason, 'a public helpline');
  const crlf = fs.readFileSync(path.join(dir, 'crlf.md'), 'utf8');
  assert.not.match(crlf.replace(/\r\n/g, ''), /\n/, 'every line break stays CRLF');
  assert.ok(fs.readFileSync(path.join(dir, 'bare.md'), 'utf8').endsWith('No front matter here, just a thought.\n'));
});

test('approve usage errors exit 2', async () => {
  const dir = site({ 'rain.md': post('title: "Rain"', 'It rained.') });
  assert.is((await runCli(['approve', 'rain.md'], { cwd: dir })).code, 2, 'no --by');
  assert.is((await runCli(['approve', 'rain.md', '--by', '  '], { cwd: dir })).code, 2, 'empty --by');
  assert.is((await runCli(['approve', '--by', 'Robin'], { cwd: dir })).code, 2, 'no post');
  assert.is((await runCli(['approve', 'missing.md', '--by', 'Robin'], { cwd: dir })).code, 2, 'missing post');
});

test.run();
