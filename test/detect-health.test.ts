import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function findings(body: string, title = 'A week of visits') {
  return checkPost('post.md', post(`title: "${title}"\ndate: 2026-01-05`, body), { config: parseConfig({}), now: NOW }).report.findings;
}

/** Health findings at medium or high (what blocks or counts against precision). */
function reported(body: string, title?: string): string[] {
  return findings(body, title).filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text);
}

test('regimens by their short forms are a medication when someone is on them', () => {
  assert.equal(reported('He started on the HRZE intensive phase in March and hated the tablets.'), ['HRZE intensive phase']);
  assert.equal(reported('Kwame was moved onto 2HRZE/4HR after the culture came back.'), ['2HRZE/4HR']);
  assert.equal(reported('Her clinic switched her to TLD last spring, one tablet a day.'), ['TLD']);
  assert.equal(reported('He finished six months of BPaLM over the summer.'), ['BPaLM']);
  assert.equal(reported('After the scan she started R-CHOP, six cycles three weeks apart.'), ['R-CHOP']);
  // The same letters that are no regimen: a web domain, a chopped onion, a word in capitals.
  assert.equal(reported('The TLD in that email address was wrong, so the form bounced.'), []);
  assert.equal(reported('SHE SAID NO, and she meant it.'), []);
});

test('a short form with an article is a diagnosis only when the word after says so', () => {
  assert.equal(reported('She had a TB diagnosis at twelve and missed most of a school year.'), ['TB']);
  assert.equal(reported('His mum got the CF diagnosis when he was two.'), ['CF']);
  assert.equal(reported('The TB clinic moved to the health centre, and she goes there now.'), []);
});

test('the nurse or clinic of someone\'s own condition says they have it; a service alone does not', () => {
  assert.equal(reported('Her COPD nurse comes on Tuesdays.'), ['COPD']);
  assert.equal(reported('Amir\'s epilepsy clinic moved to Thursdays.'), ['epilepsy']);
  assert.equal(reported('The COPD nurse comes on Tuesdays to the surgery.'), []);
});

test('a drug\'s form, and two drugs given together, are one finding', () => {
  assert.equal(reported('She takes oxycodone oral solution for the pain.'), ['oxycodone oral solution']);
  assert.equal(reported('He was given paracetamol suspension for the fever.'), ['paracetamol suspension']);
  assert.equal(reported('She is on levothyroxine and liothyronine now.'), ['levothyroxine and liothyronine']);
  assert.equal(reported('He was on methadone plus diazepam when I met him.'), ['methadone plus diazepam']);
  // Everyday painkillers stay silent until they are plainly someone's.
  assert.equal(reported('Paracetamol and ibuprofen are in every first aid box.'), []);
});

test('a diagnosis named by its antibody is one rare finding, the antibody included', () => {
  const found = findings('She spent five weeks on the ward with anti-LGI1 encephalitis.').filter((f) => f.rule === 'health');
  assert.equal(found.map((f) => [f.text, f.severity]), [['anti-LGI1 encephalitis', 'high']]);
  assert.match(found[0].message, /rare condition/);
  assert.equal(reported('Her anti-MOG disease relapsed in June.'), ['anti-MOG disease']);
  assert.equal(reported('He has anti-GAD ataxia and walks with a frame.'), ['anti-GAD ataxia']);
  assert.equal(reported('She has anti-phospholipid syndrome and sees the clinic monthly.'), ['anti-phospholipid syndrome']);
});

test('common conditions said of a pupil in a year group, a resident with an age, or a title and initial', () => {
  assert.equal(reported('A Year 5 boy had a tonic-clonic seizure in class on Tuesday.'), ['tonic-clonic seizure']);
  assert.equal(reported('Our new starter has T1D and wears a pump to PE.'), ['T1D']);
  assert.equal(reported('Many of our residents have heart failure. Edna, 91, has heart failure and sleeps in her chair.'), ['heart failure']);
  assert.equal(reported('Mr K\'s amputation healed slowly over the winter.'), ['amputation']);
  // A year group in general is no one.
  assert.equal(reported('Year 5 pupils with epilepsy need a care plan before the residential trip.'), []);
});

test.run();
