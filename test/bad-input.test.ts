/**
 * Bad input fails closed: a post that cannot be read is an error with a message naming the file and
 * line, never a crash and never a published page. Engine level first, then through real builds.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { recognizers } from '../src/detect/index.js';
import type { Recognizer } from '../src/detect/types.js';
import { buildSite, SITE_BASICS } from './helpers/eleventy.js';
import { post, writeTree } from './helpers/fixtures.js';

const options = { config: parseConfig({}), now: new Date('2026-11-25T12:00:00Z'), watched: [] };
const check = (content: string | Uint8Array) => checkPost('posts/p.md', content, options).report;
const CLEAN = 'It rained all week and the team was tired.';

function assertError(content: string | Uint8Array, message: RegExp, line?: number) {
  const report = check(content);
  assert.is(report.status, 'error', JSON.stringify(report.findings));
  const [finding] = report.findings;
  assert.match(finding.message, message);
  assert.match(finding.message, /posts\/p\.md/);
  if (line !== undefined) assert.is(finding.line, line);
  // The offset must agree with the line and column, as for every other finding.
  if (typeof content === 'string') {
    const before = content.slice(0, finding.offset).split('\n');
    assert.is(before.length, finding.line, 'offset on the reported line');
    assert.is(before[before.length - 1].length + 1, finding.column, 'offset at the reported column');
  }
  assert.not.match(finding.message, /\n\s+at /, 'no stack trace');
}

test('invalid YAML names the line', () => {
  assertError('---\ntitle: "A\ndate: 2026-10-01\n---\nBody', /not valid YAML/);
  assertError('---\ntitle: A\ntitle: B\n---\nBody', /not valid YAML/);
});

test('a publishAfter that is not a date, and an impossible date', () => {
  assertError(post('title: A\npublishAfter: next week', CLEAN), /publishAfter must be an ISO date/, 3);
  assertError(post('title: A\npublishAfter: 2026-02-31', CLEAN), /publishAfter/, 3);
});

test('pseudonyms of the wrong type, or two real names mapped to one alias', () => {
  assertError(post('title: A\npseudonyms: Sam', CLEAN), /pseudonyms/);
  assertError(post('title: A\npseudonyms:\n  Tobias Wrenfield: Sam\n  Ellis Wrenfield: Sam', CLEAN), /both mapped to the alias "Sam"/);
  assertError(post('title: A\npseudonyms:\n  Tobias Wrenfield: 42', CLEAN), /pseudonyms/);
});

test('one person written several ways may share an alias', () => {
  for (const map of ['Siddhant Ravel: Client S\n  Sid: Client S', 'Folake Adeyemi: Client F\n  Mrs Adeyemi: Client F', 'Małgosia Wrenfield: Mrs W\n  Gosia: Mrs W']) {
    const result = checkPost('ok.md', post(`title: A\npseudonyms:\n  ${map}`, CLEAN), { config: parseConfig({}), now: new Date('2026-11-25T12:00:00Z') });
    assert.is.not(result.report.status, 'error', `${map}: ${result.report.findings[0]?.message}`);
  }
});

test('unknown discreet keys suggest the nearest one', () => {
  assertError(post('title: A\ndiscreet:\n  retract: true', CLEAN), /unknown key "discreet\.retract" \(did you mean "retracted"\?\)/);
  assertError(post('title: A\ndraft: yes please', CLEAN), /draft must be true or false/);
});

test('binary files, invalid UTF-8 and oversized posts are refused, not guessed at', () => {
  assertError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary file/);
  const latin1 = Buffer.concat([Buffer.from('---\ntitle: A\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
  assertError(latin1, /not valid UTF-8/, 5);
  assertError(Buffer.from(post('title: A', 'word '.repeat(2_200_000))), /larger than/);
});

test('an empty file is refused with a clear message', () => {
  assertError('', /the file is empty/, 1);
});

test('a BOM and CRLF line endings are read correctly, not errors', () => {
  assert.is(check('\ufeff' + post('title: A\ndate: 2026-10-01', CLEAN)).status, 'cleared');
  const crlf = post('title: A\ndate: 2026-10-01\ndraft: true', CLEAN).replace(/\n/g, '\r\n');
  assert.is(check(crlf).status, 'draft');
  const blocked = check(post('title: A\ndate: 2026-10-01', 'Ring 0412 558 903 today.').replace(/\n/g, '\r\n'));
  assert.is(blocked.status, 'blocked');
  assert.is(blocked.findings[0].line, 6);
});

test('a rule that fails fails the post closed, never lets it through unchecked', () => {
  const faulty: Recognizer = { id: 'faulty', category: 'name', description: 'always fails', detect() { throw new Error('boom'); } };
  (recognizers as Recognizer[]).push(faulty);
  try {
    const result = checkPost('ok.md', post('title: A', CLEAN), { config: parseConfig({}), now: new Date('2026-11-25T12:00:00Z') });
    assert.is(result.report.status, 'error');
    assert.match(result.report.findings[0].message, /a rule failed while checking this post \(boom\)/);
  } finally {
    (recognizers as Recognizer[]).pop();
  }
});

test('through a real build: every unreadable post is reported at once and nothing is published', async () => {
  const dir = writeTree({
    ...SITE_BASICS,
    'content/posts/fine.md': post('title: "Fine"\ndate: 2026-10-01', CLEAN),
    'content/posts/yaml.md': '---\ntitle: "Unclosed\ndate: 2026-10-01\n---\nBody text.\n',
    'content/posts/when.md': post('title: "When"\npublishAfter: next week', CLEAN),
    'content/posts/binary.md': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]),
    'content/posts/latin1.md': Buffer.concat([Buffer.from('---\ntitle: A\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from('.\n')]),
    'content/posts/twins.md': post('title: "Twins"\npseudonyms:\n  Tobias Wrenfield: Sam\n  Ellis Wrenfield: Sam', CLEAN),
  });
  const result = await buildSite(dir);
  assert.not.ok(result.ok);
  assert.match(result.error, /5 posts cannot be published/);
  for (const file of ['yaml', 'when', 'binary', 'latin1', 'twins']) assert.match(result.error, new RegExp(`content/posts/${file}\\.md`), file);
  assert.not.match(result.error, /Original error stack trace|at \S+\.(?:js|ts):\d+/);
  assert.equal(Object.keys(result.files), []);
});

test.run();
