import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import { PRESET_SEVERITIES } from '../src/presets.js';
import { recognizers } from '../src/detect/index.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function severities(body: string, options: DiscreetOptions = {}): Record<string, string> {
  const r = checkPost('post.md', post('title: "Notes"', body), { config: parseConfig(options), now: NOW }).report;
  return Object.fromEntries(r.findings.filter((f) => f.rule !== 'mosaic').map((f) => [f.text, f.severity]));
}

const FAMILY = 'She is raising her four children on her own since she became a widow.';

test('practitioner: family details are low (shown, never counted against the post)', () => {
  const found = severities(FAMILY);
  assert.is(found['her four children'], 'low');
  assert.is(found['a widow'], 'low');
});

test('family patterns: counts of children, a parent of many, birth order, twins', () => {
  const found = severities('A 44-year-old dad of six, he is the youngest of seven himself, and his twins start school soon.');
  for (const text of ['dad of six', 'the youngest of seven', 'twins']) assert.ok(Object.keys(found).some((k) => k.includes(text)), text);
  assert.equal(Object.keys(severities('Parents of twins often tell me the first year is a blur.')), []);
});

test('strict: the same family details are reported as medium', () => {
  const found = severities(FAMILY, { preset: 'strict' });
  assert.is(found['her four children'], 'medium');
  assert.is(found['a widow'], 'medium');
});

test('strict: "the only girl on the unit" is reported; in practitioner it is low', () => {
  const body = 'She was the only girl on the unit that summer.';
  assert.is(severities(body)['the only girl on the unit'], 'low');
  assert.is(severities(body, { preset: 'strict' })['the only girl on the unit'], 'medium');
});

test('hipaa-safe-harbor: every place below a state blocks, big cities included', () => {
  const body = 'She moved from Leeds to Tewkesbury.';
  assert.equal(severities(body), { Leeds: 'low', Tewkesbury: 'medium' });
  assert.equal(severities(body, { preset: 'hipaa-safe-harbor' }), { Leeds: 'high', Tewkesbury: 'high' });
  const r = checkPost('post.md', post('title: "Notes"', body), { config: parseConfig({ preset: 'hipaa-safe-harbor' }), now: NOW }).report;
  assert.is(r.status, 'blocked');
});

test('a county is only noted in practitioner, and blocks under hipaa-safe-harbor', () => {
  const body = 'The family moved to Marion County last year.';
  assert.equal(severities(body), { 'Marion County': 'low' });
  assert.equal(severities(body, { preset: 'hipaa-safe-harbor' }), { 'Marion County': 'high' });
});

test('a rule override in the config wins over the preset', () => {
  const body = 'She moved from Leeds to Tewkesbury.';
  assert.equal(severities(body, { preset: 'hipaa-safe-harbor', rules: { location: 'medium' } }), { Leeds: 'medium', Tewkesbury: 'medium' });
  assert.equal(severities(body, { rules: { location: 'off' } }), {});
});

test('the preset table names only rules that exist', () => {
  const ids = new Set(recognizers.map((r) => r.id));
  for (const [preset, rules] of Object.entries(PRESET_SEVERITIES)) {
    for (const rule of Object.keys(rules)) assert.ok(ids.has(rule), `${preset} names unknown rule ${rule}`);
  }
});

test.run();
