import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { runCli } from './helpers/cli.js';
import { post, writeTree } from './helpers/fixtures.js';

const NOW = '2026-11-25T12:00:00Z';
// The SARIF 2.1.0 schema (rtm.5, the version GitHub code scanning validates against), as bundled by
// Microsoft's @microsoft/jest-sarif package (MIT).
const schema = JSON.parse(fs.readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// The schema's language-tag pattern is not valid as a Unicode regular expression, hence unicodeRegExp: false.
// Both are CommonJS modules whose class/function is also exported as `default` (what the types describe).
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

async function sarifOf(files: Record<string, string>): Promise<{ log: Log; dir: string; code: number }> {
  const dir = writeTree(files);
  const result = await runCli(['check', '.', '--format', 'sarif', '--now', NOW], { cwd: dir });
  return { log: JSON.parse(result.stdout), dir, code: result.code };
}

test('sarif output validates against the SARIF 2.1.0 schema', async () => {
  const { log, code } = await sarifOf({
    'posts/blocked.md': post('title: "Call"', 'I called her on (740) 555-0192 after school.'),
    'posts/allowed.md': post('title: "Help"\ndiscreet:\n  allow:\n    - text: help@harbour-line.org\n      reason: a public helpline', 'Write to help@harbour-line.org.'),
    'posts/bad.md': '---\ntitle: [unclosed\n---\nBody\n',
  });
  assert.is(code, 1);
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  // The validator is real: a result without a message, or a level SARIF does not know, is refused.
  assert.not.ok(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'x', level: 'high' }] }] }));
});

test('rules, levels, relative locations and fingerprints are what code scanning needs', async () => {
  const source = post('title: "Call"', 'I called her on (740) 555-0192 after school.');
  const { log } = await sarifOf({ 'content/posts/a week.md': source });
  const run = log.runs[0];
  assert.is(log.version, '2.1.0');
  assert.is(run.tool.driver.name, 'discreet');
  const result = run.results!.find((r) => r.ruleId === 'phone-number')!;
  assert.ok(result, 'phone finding present');
  const rule = run.tool.driver.rules!.find((r) => r.id === 'phone-number')!;
  assert.ok(rule.shortDescription?.text);
  assert.match(rule.helpUri!, /^https:\/\//);
  assert.is(rule.defaultConfiguration?.level, 'error');
  assert.is(run.tool.driver.rules![result.ruleIndex!].id, 'phone-number');
  assert.is(result.level, 'error');
  const location = result.locations![0].physicalLocation!;
  assert.is(location.artifactLocation!.uri, 'content/posts/a%20week.md', 'relative, URI-encoded');
  const region = location.region!;
  const line = source.split('\n')[region.startLine! - 1];
  assert.is(line.slice(region.startColumn! - 1, region.endColumn! - 1), '(740) 555-0192', 'endColumn is exclusive');
  assert.is(region.endLine, region.startLine);
  assert.match(result.message.text!, /phone/i);
  assert.match(result.message.text!, /Fix:/, 'the fix hint travels with the message');
  assert.ok(Object.values(result.partialFingerprints ?? {})[0], 'a partial fingerprint');
});

test('fingerprints survive edits elsewhere in the post', async () => {
  const first = await sarifOf({ 'a.md': post('title: "Call"', 'I called her on (740) 555-0192.') });
  const second = await sarifOf({ 'a.md': post('title: "Call"', 'A new first paragraph.\n\nThen I called her on (740) 555-0192.') });
  const print = (log: Log) => log.runs[0].results!.find((r) => r.ruleId === 'phone-number')!.partialFingerprints;
  assert.equal(print(first.log), print(second.log));
});

test('findings allowed with a reason become in-source suppressions carrying the reason', async () => {
  const { log, code } = await sarifOf({
    'help.md': post('title: "Help"\ndiscreet:\n  allow:\n    - text: help@harbour-line.org\n      reason: a public helpline', 'Write to help@harbour-line.org.'),
  });
  assert.is(code, 0);
  const result = log.runs[0].results!.find((r) => r.ruleId === 'email')!;
  assert.equal(result.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'a public helpline' }]);
});

test('a clean site gives a valid log with no results', async () => {
  const { log, code } = await sarifOf({ 'rain.md': post('title: "Rain"', 'It rained all week and the team was tired.') });
  assert.is(code, 0);
  assert.ok(validate(log), JSON.stringify(validate.errors));
  assert.equal(log.runs[0].results, []);
});

test('files outside the folder the check ran from get absolute file URIs', async () => {
  const elsewhere = writeTree({ 'x.md': post('title: "Call"', 'Ring (740) 555-0192.') });
  const here = writeTree({ 'keep.txt': '' });
  const result = await runCli(['check', path.join(elsewhere, 'x.md'), '--format', 'sarif', '--now', NOW], { cwd: here });
  const log: Log = JSON.parse(result.stdout);
  const uri = log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri!;
  assert.match(uri, /^file:\/\/\//);
  assert.ok(validate(log), JSON.stringify(validate.errors));
});

test.run();
