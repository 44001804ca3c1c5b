import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function report(body: string, options: DiscreetOptions = {}) {
  return checkPost('post.md', post('title: "Thursday"\ndate: 2026-01-05', body), { config: parseConfig(options), now: NOW }).report;
}

const mosaicOf = (body: string, options: DiscreetOptions = {}) => report(body, options).findings.find((f) => f.rule === 'mosaic');

test('an unnamed person described by age, street and diagnosis is blocked, and the finding names its parts', () => {
  const r = report('This week I visited a 92-year-old widower who lives alone on Cobble Street. His Parkinson\'s is getting worse and he will not use the frame.');
  const mosaic = r.findings.find((f) => f.rule === 'mosaic');
  assert.ok(mosaic, 'mosaic raised');
  assert.is(mosaic!.severity, 'high');
  assert.is(r.status, 'blocked');
  for (const part of ['92-year-old', 'Cobble Street', "Parkinson's"]) assert.ok(mosaic!.message.includes(part), `names ${part}`);
  assert.match(mosaic!.hint!, /in her seventies/);
});

test('a vague description of the same person is not a mosaic', () => {
  const r = report('This week I visited an older man who lives alone in a small town. He has a long-term condition and will not use the frame.');
  assert.is(r.findings.find((f) => f.rule === 'mosaic'), undefined);
  assert.is(r.status, 'cleared');
});

test('two kinds are not enough, and a family detail alone does not make the second strong part', () => {
  assert.is(mosaicOf('She turned 47 in March and was diagnosed with lupus soon after.'), undefined);
  assert.is(mosaicOf('She is a widow who moved to Tewkesbury with her twins.'), undefined);
});

test('a named place with a condition said of someone there is enough on its own', () => {
  const mosaic = mosaicOf('She moved to Tewkesbury last year and was diagnosed with lupus soon after.');
  assert.ok(mosaic, 'a town and a diagnosis');
  for (const part of ['Tewkesbury', 'lupus']) assert.ok(mosaic!.message.includes(part), `names ${part}`);
  // A school named only in the tags still points at the one pupil the post describes.
  const tagged = checkPost('post.md', post('title: "Signing"\ntags:\n  - teaching\n  - Harwood Primary School', 'I teach a class of twenty. This year one of them is profoundly deaf, and she has changed how we start the day.'), { config: parseConfig({}), now: NOW }).report;
  assert.is(tagged.status, 'blocked');
  assert.ok(tagged.findings.some((f) => f.rule === 'mosaic' && f.message.includes('Harwood Primary School')));
  // General talk names no one: the condition is not said of anyone, so there is no pair.
  assert.is(mosaicOf('Children who are profoundly deaf do well at Harwood Primary School with the right support.'), undefined);
});

test('a low family detail completes a mosaic of two medium details', () => {
  const mosaic = mosaicOf('Her three boys keep her going. She moved to Tewkesbury last year and was diagnosed with lupus soon after.');
  assert.ok(mosaic);
  assert.ok(mosaic!.message.includes('Her three boys'));
});

test('details far apart in a long post are not taken as one person', () => {
  const filler = '\n\n' + 'The rest of the week was paperwork, supervision and a long team meeting about rotas. '.repeat(25) + '\n\n';
  assert.is(mosaicOf(`A 41-year-old man came in on Monday.${filler}Another family moved to Tewkesbury.${filler}Someone else was diagnosed with lupus.`), undefined);
});

test('a suppressed part no longer counts towards the mosaic', () => {
  const body = 'This week I visited a 92-year-old who lives alone on Cobble Street. His Parkinson\'s is getting worse.';
  const source = post('title: "Thursday"\ndiscreet:\n  allow:\n    - text: Cobble Street\n      reason: the street was changed, it is not his', body);
  const r = checkPost('post.md', source, { config: parseConfig({}), now: NOW }).report;
  assert.is(r.findings.find((f) => f.rule === 'mosaic'), undefined);
});

test('a large family, a trans child and the week of a pregnancy count as mosaic parts, never alone', () => {
  const family = report('She has seven children and lives in Drumcorrin.');
  assert.equal(family.findings.filter((f) => f.rule === 'family').map((f) => [f.text, f.severity]), [['She has seven children', 'low']]);
  assert.ok(report('Her son is transgender.').findings.some((f) => f.rule === 'gender' && f.severity === 'low'));
  assert.is(report('Her son is transgender.').status, 'cleared');
  // Age, village and the week of a pregnancy: no name, but one young woman.
  const r = report('She is 17, twenty-eight weeks pregnant, and lives with her nan in Drumcorrin.');
  assert.ok(r.findings.some((f) => f.rule === 'mosaic'), 'mosaic raised');
  assert.is(r.status, 'blocked');
});

test.run();
