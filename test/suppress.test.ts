import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parsePost } from '../src/post.js';
import { applySuppressions } from '../src/suppress.js';
import { parseConfig } from '../src/config.js';
import type { Finding } from '../src/types.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const HELPLINE = 'jo.maddox@quiet-harbour-mail.org';

function check(source: string, watched: string[] = []) {
  return checkPost('post.md', source, { config: parseConfig({}), now: NOW, watched }).report;
}

const open = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule && !f.suppressed);

test('a front-matter allow entry with a reason silences that text everywhere, and says why', () => {
  const source = post(
    `title: "Where to turn"\ndiscreet:\n  allow:\n    - text: ${HELPLINE}\n      reason: a public helpline, not a client`,
    `If you need someone tonight, write to ${HELPLINE}.\n\nAgain: ${HELPLINE.toUpperCase()} answers all night.`,
  );
  const report = check(source);
  const emails = report.findings.filter((f) => f.rule === 'email');
  assert.is(emails.length, 2, 'both mentions are still reported');
  assert.ok(emails.every((f) => f.suppressed && f.suppressedBy === 'a public helpline, not a client'));
  assert.is(report.status, 'cleared');
  assert.is(report.findings.filter((f) => f.category === 'suppression').length, 0);
});

test('an allow entry without a reason silences nothing and is itself a finding at the entry', () => {
  const source = post(`title: "Where to turn"\ndiscreet:\n  allow:\n    - ${HELPLINE}`, `Write to ${HELPLINE} any time.`);
  const report = check(source);
  assert.is(report.status, 'blocked');
  assert.is(open(report.findings, 'email').length, 1);
  const [missing] = open(report.findings, 'suppression-without-reason');
  assert.ok(missing, 'reported');
  assert.is(missing.severity, 'medium');
  assert.is(missing.line, 5, 'points at the allow entry, not at the body');
  assert.is(source.slice(missing.offset, missing.offset + missing.length), HELPLINE);
  assert.match(missing.hint!, /reason/);
});

test('the allow entry is located in front matter even when the same text appears earlier in the title', () => {
  const source = post(`title: "Mail ${HELPLINE}"\ndiscreet:\n  allow:\n    - text: ${HELPLINE}\n      reason: a public helpline`, 'Nothing else.');
  const report = check(source);
  assert.ok(report.findings.every((f) => f.rule !== 'email' || f.suppressed));
  const unusedOrMissing = report.findings.filter((f) => f.category === 'suppression');
  assert.is(unusedOrMissing.length, 0);
});

test('an allow entry that matches nothing is reported as unused (low, never blocking)', () => {
  const source = post('title: "Rain"\ndiscreet:\n  allow:\n    - text: Someone Elsewhere\n      reason: a novelist I quote', 'It rained all week.');
  const report = check(source);
  const [unused] = open(report.findings, 'unused-suppression');
  assert.ok(unused);
  assert.is(unused.severity, 'low');
  assert.is(unused.line, 5);
  assert.is(report.status, 'cleared');
});

test('names on the watch-list can never be allowed, and the entry says so', () => {
  const source = post('title: "Visit"\ndiscreet:\n  allow:\n    - text: Ottoline Verhoeven\n      reason: she said it was fine', 'I sat with Ottoline Verhoeven today.');
  const report = check(source, ['Ottoline Verhoeven']);
  assert.is(report.status, 'blocked');
  assert.is(open(report.findings, 'watched-name').length, 1);
  const [refused] = open(report.findings, 'unused-suppression');
  assert.match(refused.message, /can never be allowed/);
});

test('an inline comment with a reason silences the next non-blank line only', () => {
  const source = post('title: "Helplines"', [
    `<!-- discreet-allow-next-line -- a public helpline -->`,
    '',
    `Write to ${HELPLINE} tonight.`,
    '',
    `Or write to ${HELPLINE} tomorrow.`,
  ].join('\n'));
  const report = check(source);
  const emails = report.findings.filter((f) => f.rule === 'email');
  assert.equal(emails.map((f) => f.suppressed), [true, false]);
  assert.is(emails[0].suppressedBy, 'a public helpline');
  assert.is(report.status, 'blocked');
});

test('an inline comment may name rules: other rules on that line still count', () => {
  const source = post('title: "Helplines"', [
    '<!-- discreet-allow-next-line phone-number -- a public helpline -->',
    `Write to ${HELPLINE} tonight.`,
  ].join('\n'));
  const report = check(source);
  assert.is(open(report.findings, 'email').length, 1, 'email is not covered by a phone-number suppression');
  assert.is(open(report.findings, 'unused-suppression').length, 1);
});

test('an inline comment without a reason, or with an unknown rule, is a finding and silences nothing', () => {
  const bare = check(post('title: "T"', `<!-- discreet-allow-next-line -->\nWrite to ${HELPLINE}.`));
  assert.is(open(bare.findings, 'suppression-without-reason').length, 1);
  assert.is(open(bare.findings, 'email').length, 1);

  const typo = check(post('title: "T"', `<!-- discreet-allow-next-line emial -- public helpline -->\nWrite to ${HELPLINE}.`));
  const [unknown] = open(typo.findings, 'suppression-unknown-rule');
  assert.ok(unknown, 'unknown rule reported');
  assert.match(unknown.message, /"emial"/);
  assert.match(unknown.hint!, /"email"/, 'suggests the nearest rule');
  assert.is(open(typo.findings, 'email').length, 1);

  // The common slip: a reason written without the two dashes reads as rule names.
  const noDashes = check(post('title: "T"', `<!-- discreet-allow-next-line public helpline -->\nWrite to ${HELPLINE}.`));
  assert.is(open(noDashes.findings, 'suppression-unknown-rule').length, 1);
  assert.is(open(noDashes.findings, 'email').length, 1);
});

test('a suppression comment shown inside a code block is example text, not a suppression', () => {
  const source = post('title: "How I mark things"', [
    'This is how I write it:',
    '',
    '```markdown',
    '<!-- discreet-allow-next-line -->',
    '```',
    '',
    `Write to ${HELPLINE}.`,
  ].join('\n'));
  const report = check(source);
  assert.is(report.findings.filter((f) => f.category === 'suppression').length, 0);
  assert.is(open(report.findings, 'email').length, 1);
});

test('a reason may contain ">" and "--" without breaking the comment', () => {
  const source = post('title: "T"', `<!-- discreet-allow-next-line email -- public helpline -> listed on its own site -- see footer -->\nWrite to ${HELPLINE}.`);
  const [email] = check(source).findings.filter((f) => f.rule === 'email');
  assert.ok(email.suppressed);
  assert.is(email.suppressedBy, 'public helpline -> listed on its own site -- see footer');
});

test('the first reasoned suppression wins when a reasonless one also matches', () => {
  const source = post(`title: "T"\ndiscreet:\n  allow:\n    - ${HELPLINE}\n    - text: ${HELPLINE}\n      reason: a public helpline`, `Write to ${HELPLINE}.`);
  const report = check(source);
  const [email] = report.findings.filter((f) => f.rule === 'email');
  assert.ok(email.suppressed, 'the reasoned entry silences it');
  assert.is(open(report.findings, 'suppression-without-reason').length, 1, 'the bare entry is still reported');
  assert.is(open(report.findings, 'unused-suppression').length, 0);
});

test('suppressed findings do not count towards the status but stay in the report', () => {
  const source = post(`title: "T"\ndiscreet:\n  allow:\n    - text: ${HELPLINE}\n      reason: a public helpline`, `Write to ${HELPLINE}.`);
  const report = check(source);
  assert.is(report.status, 'cleared');
  assert.ok(report.findings.some((f) => f.suppressed));
});

test('an allowed name also covers it with a title and its surname alone, never the first name alone', () => {
  const body = 'I reread Dr Ottilie Brandvold, and Brandvold still says it best. Ottilie, my client, disagreed.';
  const source = post('title: "Reading"\ndiscreet:\n  allow:\n    - text: Ottilie Brandvold\n      reason: the author of a book I quote', body);
  const parsed = parsePost('post.md', source);
  const nameAt = (text: string, from = 0): Finding => {
    const offset = source.indexOf(text, from);
    return { rule: 'person-name', category: 'name', severity: 'high', message: 'a name', text, line: 6, column: 1, endLine: 6, endColumn: 1, offset, length: text.length, suppressed: false };
  };
  const findings = applySuppressions([nameAt('Dr Ottilie Brandvold'), nameAt('Brandvold', source.indexOf('and Brandvold')), nameAt('Ottilie', source.indexOf('Ottilie, my'))], parsed);
  assert.equal(findings.filter((f) => f.rule === 'person-name').map((f) => [f.text, f.suppressed]), [
    ['Dr Ottilie Brandvold', true],
    ['Brandvold', true],
    ['Ottilie', false],
  ]);
});

test.run();
