import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePost } from '../src/post.js';
import { contentHash, reviewState, withSignOff } from '../src/review.js';

const signOff = (raw: string, by = 'Robin') => {
  const post = parsePost('p.md', raw);
  const text = withSignOff(post, { by, hash: contentHash(post), at: '2026-11-25T12:00:00.000Z' });
  return { text, state: reviewState(parsePost('p.md', text)).state };
};

test('a sign-off replaces the old one in place, in the author\'s own indentation, keeping comments', () => {
  const raw = '---\ntitle: A\ndiscreet:\n    retracted: false\n    review:\n        by: Old\n        hash: ' + 'b'.repeat(64) + '\n        at: then\n# a closing comment\n---\nBody\n';
  const { text, state } = signOff(raw);
  assert.is(state, 'valid');
  assert.ok(text.startsWith('---\ntitle: A\ndiscreet:\n    retracted: false\n    review:\n'), text);
  assert.ok(text.includes('# a closing comment\n---\nBody\n'));
  assert.not.match(text, /Old/);
});

test('flow-style discreet settings, empty front matter, a BOM and no front matter all end up signed', () => {
  for (const raw of [
    '---\ntitle: A\ndiscreet: { retracted: false }\n---\nBody\n',
    '---\n---\nBody\n',
    '\ufeff---\ntitle: A\n---\nBody\n',
    '\ufeffJust a body.\n',
  ]) {
    const { text, state } = signOff(raw);
    assert.is(state, 'valid', JSON.stringify(text));
    assert.ok(text.endsWith(raw.replace(/^\ufeff/, '').split(/^---\n/m).pop()!), JSON.stringify(text));
    assert.is(text.startsWith('\ufeff'), raw.startsWith('\ufeff'), 'a BOM stays where it was');
  }
});

test('the hash ignores the sign-off, key order, line endings and scheduling keys, and nothing else', () => {
  const hash = (raw: string) => contentHash(parsePost('p.md', raw));
  const base = hash('---\ntitle: A\ntags: [x]\n---\nBody\n');
  assert.is(hash('---\ntags: [x]\ntitle: A\n---\nBody\n'), base, 'key order');
  assert.is(hash('---\r\ntitle: A\r\ntags: [x]\r\n---\r\nBody\r\n'), base, 'CRLF');
  assert.is(hash('---\ntitle: A\ntags: [x]\ndraft: true\npublishAfter: 2027-01-01\n---\nBody\n'), base, 'scheduling keys');
  assert.is(hash(signOff('---\ntitle: A\ntags: [x]\n---\nBody\n').text), base, 'the sign-off itself');
  assert.is.not(hash('---\ntitle: A\ntags: [y]\n---\nBody\n'), base, 'a tag');
  assert.is.not(hash('---\ntitle: A\ntags: [x]\n---\nBody.\n'), base, 'a full stop');
  assert.is.not(hash('---\ntitle: A\ntags: [x]\ndiscreet:\n  allow:\n    - { text: B, reason: r }\n---\nBody\n'), base, 'an allowance');
});

test.run();
