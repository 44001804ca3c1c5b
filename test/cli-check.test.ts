import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressLine } from '../src/cli/progress.js';
import { formatStylish } from '../src/report/stylish.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';

const NOW = '2026-11-25T12:00:00Z';
const ANSI = /\x1b\[[0-9;]*m/;

const blockedPost = post('title: "A week"\ndate: 2026-10-01', 'It was a long week. I called her on (740) 555-0192 after school.');

test('stylish groups findings by post: position, severity, message, rule, quoted line, marker, fix', async () => {
  const dir = writeTree({ 'posts/a-week.md': blockedPost, 'posts/rain.md': post('title: "Rain"', 'It rained all week.') });
  const result = await runCli(['check', 'posts', '--now', NOW], { cwd: dir });
  assert.is(result.code, 1);
  const lines = result.stdout.split('\n');
  const header = lines.findIndex((l) => l.includes('posts/a-week.md'));
  assert.ok(header >= 0, result.stdout);
  assert.match(lines[header], /blocked/);
  const finding = lines[header + 1];
  assert.match(finding, /^\s+6:37\s+high\s+.*phone.*\s+phone-number$/i);
  const quoted = lines[header + 2];
  const marker = lines[header + 3];
  assert.ok(quoted.includes('I called her on (740) 555-0192 after school.'));
  const at = quoted.indexOf('(740)');
  assert.is(marker.indexOf('^'), at, 'marker starts under the span');
  assert.is(marker.trim(), '^'.repeat('(740) 555-0192'.length), 'and is as long as it');
  assert.match(lines[header + 4], /fix: /);
  assert.not.match(result.stdout, /rain\.md/, 'clean posts are not listed');
  assert.match(result.stdout, /1 finding \(1 high\)/);
  assert.match(result.stdout, /2 posts: 1 cleared, 1 blocked/);
  assert.not.match(result.stdout, ANSI, 'no colour when stdout is not a terminal');
});

test('a clean check prints exactly one summary line', async () => {
  const dir = writeTree({ 'rain.md': post('title: "Rain"', 'It rained all week.'), 'sun.md': post('title: "Sun"', 'Then the sun came out.') });
  const result = await runCli(['check', '.', '--now', NOW], { cwd: dir });
  assert.is(result.code, 0);
  assert.is(result.stdout, '2 posts: 2 cleared\n');
  assert.is(result.stderr, '');
});

test('colour only on a terminal, and never with NO_COLOR', async () => {
  const dir = writeTree({ 'a.md': blockedPost });
  const tty = await runCli(['check', '.', '--now', NOW], { cwd: dir, isTTY: true, env: {} });
  assert.match(tty.stdout, ANSI);
  const noColor = await runCli(['check', '.', '--now', NOW], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } });
  assert.not.match(noColor.stdout, ANSI);
  assert.is(noColor.stdout, (await runCli(['check', '.', '--now', NOW], { cwd: dir })).stdout);
});

test('scheduled posts with findings are listed with their publish time but do not fail', async () => {
  const dir = writeTree({ 'later.md': post('title: "Later"\npublishAfter: 2027-01-01', 'Ring (740) 555-0192.') });
  const result = await runCli(['check', '.', '--now', NOW], { cwd: dir });
  assert.is(result.code, 0);
  assert.match(result.stdout, /later\.md {2}scheduled, publishes 2027-01-01T00:00:00\.000Z/);
  assert.match(result.stdout, /phone-number/);
  assert.match(result.stdout, /1 post: 1 scheduled/);
});

test('a post that cannot be read is listed as an error with its line', async () => {
  const dir = writeTree({ 'bad.md': '---\ntitle: [unclosed\n---\nBody\n' });
  const result = await runCli(['check', '.', '--now', NOW], { cwd: dir });
  assert.is(result.code, 1);
  assert.match(result.stdout, /bad\.md {2}error/);
  assert.match(result.stdout, /unreadable-post/);
  assert.match(result.stdout, /Posts that could not be read are not published/);
  assert.not.match(result.stdout, /Blocked posts/);
});

test('a message of several lines keeps the rule on its first line and indents the rest under it', async () => {
  const dir = writeTree({ 'bad.md': '---\ntitle: A\npublishAfter: next week\n---\nBody\n' });
  const lines = (await runCli(['check', '.', '--now', NOW], { cwd: dir })).stdout.split('\n');
  const head = lines.findIndex((l) => /unreadable-post$/.test(l));
  assert.ok(head > 0, lines.join('\n'));
  const messageColumn = lines[head].indexOf('high') + 'high    '.length;
  assert.match(lines[head + 1].slice(messageColumn), /^- publishAfter/);
  assert.is(lines[head + 1].slice(0, messageColumn).trim(), '');
});

test('long lines are quoted around the finding, not in full', () => {
  const long = 'word '.repeat(200);
  const raw = `${long}(740) 555-0192 ${long}`;
  const offset = long.length;
  const report: Report = {
    version: 1, now: NOW,
    files: [{ path: 'p.md', status: 'blocked', publishAt: null, findings: [{
      rule: 'phone-number', category: 'contact', severity: 'high', message: 'A phone number', text: '(740) 555-0192',
      line: 1, column: offset + 1, endLine: 1, endColumn: offset + 15, offset, length: 14, suppressed: false, hint: 'Remove it.',
    }] }],
    summary: { files: 1, cleared: 0, blocked: 1, scheduled: 0, draft: 0, error: 0 },
  };
  const lines = formatStylish(report, { source: () => raw }).split('\n');
  const quoted = lines[2];
  assert.ok(quoted.length < 120, `quoted line is short: ${quoted.length}`);
  assert.ok(quoted.includes('…word') && quoted.endsWith('…'));
  assert.is(lines[3].indexOf('^'), quoted.indexOf('(740)'));
});

test('the progress line appears on a slow check only, overwrites itself and is cleared', () => {
  let time = 0;
  let written = '';
  const progress = progressLine((s) => { written += s; }, () => time);
  progress.update(1, 100);
  assert.is(written, '', 'nothing in the first moments: quick checks stay silent');
  time = 2000;
  progress.update(40, 100);
  assert.is(written, '\r\x1b[Kchecking posts: 40/100 (40%)');
  progress.update(41, 100);
  assert.is(written.split('\r').length, 2, 'redrawn at most every so often');
  time = 2500;
  progress.done();
  assert.ok(written.endsWith('\r\x1b[K'), 'the line is wiped before the report');
});

test('progress goes to stderr only when stderr is a terminal, never into json or sarif', async () => {
  const dir = writeTree({ 'a.md': blockedPost });
  const json = await runCli(['check', '.', '--format', 'json', '--now', NOW], { cwd: dir, isTTY: true, isErrTTY: true });
  JSON.parse(json.stdout);
  assert.is(json.stderr, '');
});


test('a full real name from one post\'s map is watched in every post; a first name alone only in its own', async () => {
  const mapped = post('title: "Nights"\ndate: 2026-10-01\npseudonyms:\n  Jordan Whitlow: "J."\n  Jordan: "J."', 'J. came out for noodles again. Jordan laughed at my logbook.');
  const dir = writeTree({
    'posts/nights.md': mapped,
    'posts/arabic.md': post('title: "Arabic corner"\ndate: 2026-10-02', 'Our new pupil came from Syria by way of Jordan, and she reads the labels on every tin.'),
    'posts/slip.md': post('title: "Slip"\ndate: 2026-10-03', 'I still think of Jordan Whitlow on the night desk.'),
  });
  const result = await runCli(['check', 'posts', '--format', 'json', '--now', NOW], { cwd: dir });
  const report = JSON.parse(result.stdout) as Report;
  const status = (name: string) => report.files.find((f) => f.path.endsWith(name))?.status;
  assert.is(status('arabic.md'), 'cleared', 'the country is not the person in another post');
  assert.is(status('slip.md'), 'blocked', 'the full real name is forbidden everywhere');
  assert.ok(report.files.find((f) => f.path.endsWith('slip.md'))!.findings.some((f) => f.rule === 'watched-name'));
});

test.run();
