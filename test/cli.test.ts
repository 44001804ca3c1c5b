import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';
import { STATUSES, SEVERITIES } from '../src/types.js';

const NOW = '2026-11-25T12:00:00Z';

function assertContractShape(doc: any): void {
  assert.is(doc.version, 1);
  assert.is(typeof doc.now, 'string');
  assert.ok(Array.isArray(doc.files));
  for (const file of doc.files) {
    assert.is(typeof file.path, 'string');
    assert.ok(STATUSES.includes(file.status), `status ${file.status}`);
    assert.ok(file.publishAt === null || !Number.isNaN(Date.parse(file.publishAt)));
    for (const f of file.findings) {
      for (const key of ['rule', 'category', 'severity', 'message', 'text']) assert.is(typeof f[key], 'string', key);
      for (const key of ['line', 'column', 'endLine', 'endColumn', 'offset', 'length']) assert.ok(Number.isInteger(f[key]) && f[key] >= 0, key);
      assert.ok(SEVERITIES.includes(f.severity));
      assert.is(typeof f.suppressed, 'boolean');
    }
  }
  const s = doc.summary;
  assert.is(s.files, doc.files.length);
  assert.is(s.cleared + s.blocked + s.scheduled + s.draft + s.error, s.files);
}

test('json report follows the contract and points into the raw file', async () => {
  const source = post('title: "A week"\ndate: 2026-10-01', 'I called her on (740) 555-0192 after school.');
  const dir = writeTree({ 'posts/a-week.md': source });
  const result = await runCli(['check', dir, '--format', 'json', '--now', NOW]);
  assert.is(result.code, 1, result.stderr);
  const doc = JSON.parse(result.stdout);
  assertContractShape(doc);
  assert.is(doc.now, '2026-11-25T12:00:00.000Z');
  const [file] = doc.files;
  assert.is(file.status, 'blocked');
  const phone = file.findings.find((f: any) => f.category === 'contact');
  assert.ok(phone, 'phone number found');
  assert.is(source.slice(phone.offset, phone.offset + phone.length), '(740) 555-0192');
  assert.is(phone.line, 6);
});

test('exit 0 when nothing due is blocked, and scheduled posts are reported but do not fail', async () => {
  const dir = writeTree({
    'clean.md': post('title: "Rain"\ndate: 2026-10-01', 'It rained all week and the team was tired.'),
    'later.md': post('title: "Later"\ndate: 2026-10-01\npublishAfter: 2027-01-01', 'Call 0412 558 903 about it.'),
  });
  const result = await runCli(['check', dir, '--format', 'json', '--now', NOW]);
  assert.is(result.code, 0, result.stdout);
  const doc = JSON.parse(result.stdout);
  assertContractShape(doc);
  const later = doc.files.find((f: any) => f.path.endsWith('later.md'));
  assert.is(later.status, 'scheduled');
  assert.is(later.publishAt, '2027-01-01T00:00:00.000Z');
  assert.ok(later.findings.length > 0, 'findings of scheduled posts are still reported');
});

test('usage errors exit 2 with a message', async () => {
  assert.is((await runCli([])).code, 2);
  const bad = await runCli(['check', 'x', '--format', 'xml']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /unknown --format/);
  const missing = await runCli(['check', '/no/such/place']);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, /no such file/);
  assert.is((await runCli(['check', '.', '--now', 'next week'])).code, 2);
});

test.run();
