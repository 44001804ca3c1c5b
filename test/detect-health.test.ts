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
  assert.equal(reported('He started RIPE therapy in the spring and hated the orange tears.'), ['RIPE']);
  assert.equal(reported('She was given PEP after the assault.'), ['PEP']);
  assert.equal(reported('The PEP talk before the match went well.'), []);
  // The same letters that are no regimen: a web domain, a chopped onion, a word in capitals.
  assert.equal(reported('The TLD in that email address was wrong, so the form bounced.'), []);
  assert.equal(reported('SHE SAID NO, and she meant it.'), []);
});

test('a short form with an article is a diagnosis only when the word after says so', () => {
  assert.equal(reported('She had a TB diagnosis at twelve and missed most of a school year.'), ['TB']);
  assert.equal(reported('His mum got the CF diagnosis when he was two.'), ['CF']);
  assert.equal(reported('The TB clinic moved to the health centre, and she goes there now.'), []);
  // "in" after the short form says when or where; after a degree it names the subject.
  assert.equal(reported('She was diagnosed with TB in March.'), ['TB']);
  assert.equal(reported('He has CF in both lungs, and physio twice a day.'), ['CF']);
  assert.equal(reported('He got an MS in social work in 2010.'), []);
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
  assert.equal(reported('He\'s a type 1 diabetic and manages it well.'), ['type 1 diabetic']);
  // A year group in general is no one.
  assert.equal(reported('Year 5 pupils with epilepsy need a care plan before the residential trip.'), []);
});

/** Health findings noted at low only. */
function noted(body: string): string[] {
  return findings(body).filter((f) => f.rule === 'health' && f.severity === 'low').map((f) => f.text);
}

test('guidance about a hypothetical pupil or patient is noted, not reported; a real one still is', () => {
  for (const body of [
    'A child with T1D may need to eat in class, and nobody should make her feel bad about it.',
    'If a pupil has epilepsy, their rescue medicine goes on every trip with them.',
    'When a young person is on lithium, they need regular blood tests.',
    'A patient with heart failure often wakes at night breathless.',
    'The child with selective mutism needs the pressure taken away, not added.',
    'Her blood sugar can drop in a lesson. Anyone with T1D has to balance food, activity and insulin all day.',
  ]) {
    assert.equal(reported(body), [], body);
    assert.ok(noted(body).length > 0, `noted: ${body}`);
  }
  assert.match(findings('A pupil with epilepsy should never swim without an adult watching him.').find((f) => f.rule === 'health')!.message, /general talk \(guidance about anyone who has it\)/);
  assert.equal(reported('A girl in my tutor group has epilepsy and nobody told me.'), ['epilepsy']);
  assert.equal(reported('A boy with T1D joined my class in September and his pump alarmed on day one.'), ['T1D']);
  assert.equal(reported('If my client misses her lithium, she gets unwell within days.'), ['lithium']);
});

test('the questions on a form and a rule for keeping a drug are no one\'s', () => {
  assert.equal(reported('The care plan form asks whether she uses insulin, has had an amputation or has epilepsy.'), []);
  assert.equal(reported('I always tell new staff: insulin must be kept out of the sun, and her pump should never be left in a hot car.'), []);
  // Said of her, the same drug is hers.
  assert.equal(reported('She keeps her insulin in a cool bag on trips.'), ['insulin']);
});

test('a drug as the subject of a general claim, what it treats, and a work about it are no one\'s', () => {
  assert.equal(reported('Methadone and buprenorphine are both prescribed for opioid dependence; she explained the difference well.'), []);
  assert.equal(reported('Amputation rates are higher in deprived areas, and she wants that to change.'), []);
  assert.equal(reported('The book follows a family through the opioid crisis, and her writing on fentanyl is brutal.'), []);
  assert.equal(reported('A reader asked about the film I mentioned. It follows a nurse whose son became addicted to OxyContin.'), []);
  assert.equal(reported('She is prescribed methadone for opioid dependence.'), ['methadone', 'opioid dependence']);
});

test('everyday words quoted as words, in talk about how people speak, are noted only', () => {
  assert.equal(reported('Older people speak of "bad nerves" when they mean anxiety or low mood.'), []);
  assert.equal(reported('When an older man tells me he has "the sugar", I know what he means.'), []);
  assert.equal(reported('A woman might tell you her nerves are bad, or that she took a turn.'), []);
  // A relative of the writer said it of herself: hers.
  assert.equal(reported('My nan used to say she had "bad nerves" after the war.'), ['bad nerves']);
});

test('a training\'s topics, a question about a drug and a definition of a condition are no one\'s', () => {
  for (const body of [
    'We covered epilepsy, T1D and anaphylaxis on the training day, and he said it was the most useful session all year.',
    'She wanted to know how long methadone stays in the body.',
    'I\'m a school nurse, and she asked me what T1D actually means.',
    'Selective mutism, for anyone who has not met it, is a fear of speaking that grips a child in some places.',
    'With selective mutism, she can talk at home but not at school, and that confuses everyone.',
  ]) assert.equal(reported(body), [], body);
  assert.equal(reported('We talked about her epilepsy and what the school could do.'), ['epilepsy']);
  assert.equal(reported('With her epilepsy, she can never swim alone.'), ['epilepsy']);
});

test('a heading that opens with "Living with" names no one', () => {
  assert.equal(reported('# Living with FND\n\nFunctional neurological disorder is real, and it is not faking.'), []);
  assert.equal(reported('Dayo has FND and uses a wheelchair on bad days.'), ['FND']);
});

test('quoted everyday words in a paragraph about how people speak, and the people a writer meets, are noted only', () => {
  const body = 'Older patients talk about their health in a language of their own. "I\'ve had a wee turn." "It\'s my nerves." When a woman tells me her nerves are bad, I ask what that feels like.';
  assert.equal(reported(body), []);
  assert.ok(noted(body).includes('nerves'));
  assert.equal(reported('Most of the men I work with on methadone have been in prison at some point.'), []);
  // A speaker who is someone, and one of the people met, still count.
  assert.equal(reported('People often ask me about it. His mum said, "He has epilepsy, you know."'), ['epilepsy']);
  assert.equal(reported('He is one of the people I see on methadone.'), ['methadone']);
});

test('diagnoses listed after a case-note label are the person\'s; guidance under a heading is not', () => {
  assert.equal(reported('Background: epilepsy, well controlled on lamotrigine.'), ['epilepsy', 'lamotrigine']);
  assert.equal(reported('The referral said: heart failure, COPD, lives alone.'), ['heart failure', 'COPD']);
  assert.equal(reported('Diagnosis at fourteen: epilepsy. Medication: levetiracetam.'), ['epilepsy', 'levetiracetam']);
  assert.equal(reported('Medication: we keep the inhalers in the office, and insulin goes in the fridge.'), []);
  assert.equal(reported('She keeps her pump on her belt and insulin goes in the fridge.'), ['insulin']);
});

test('thinking of a drug as something is an idea of the drug, not a dose of it', () => {
  assert.equal(reported('One colleague said she had never thought of methadone as harm reduction until she saw it.'), []);
  assert.equal(reported('He sees insulin as a punishment.'), ['insulin']);
});

test('a shorthand fragment opening with a diagnosis describes the person the sentence before named', () => {
  assert.equal(reported('I first met Agnes in the spring. Epilepsy since childhood, two children, a husband who did everything.'), ['Epilepsy']);
  assert.equal(reported('We moved to Leeds in 2019. Epilepsy, for those who do not know, is common.'), []);
});

test('lay words said by a kind of person, in talk about how older people speak, are noted only', () => {
  assert.equal(reported('A woman of eighty may say her nerves are bad when she means she is frightened.'), []);
  assert.equal(reported('In the Highlands, an older man might tell you he has had a wee turn, or that he has the sugar.'), []);
  assert.equal(reported('Mrs Duffy told me her nerves are bad since the funeral.'), ['nerves']);
});

test('the parts of a form named by what they ask are no one\'s; a box someone ticked is theirs', () => {
  assert.equal(reported('The PIP form wants to know about insulin, amputation and epilepsy, and she found it humiliating.'), []);
  assert.equal(reported('There are questions about insulin, dialysis and epilepsy, and he answered every one.'), []);
  assert.equal(reported('She ticked the box for epilepsy because she has it.'), ['epilepsy']);
});

test('the post\'s topic named again without saying whose is noted; said of someone in its own sentence it is theirs', () => {
  const title = 'Selective mutism: what silence taught me';
  const general = 'She never spoke in my class that first year. Nobody had ever mentioned selective mutism to me before then.';
  assert.equal(findings(general, title).filter((f) => f.rule === 'health').map((f) => [f.text, f.severity]), [['selective mutism', 'low']]);
  const hers = 'She never spoke in my class that first year. She had selective mutism, and nobody had told me.';
  assert.equal(findings(hers, title).filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text), ['Selective mutism', 'selective mutism']);
});

test('a sentence about a group, or about how a drug behaves, is general even after one about a pupil', () => {
  assert.equal(reported('Check the inhaler is in date before she goes out. A spacer makes salbutamol work better for most children.'), []);
  assert.equal(reported('He will need blood tests. Ibuprofen and some blood pressure tablets push lithium up as well.'), []);
  assert.equal(reported('She asked why her pens went cloudy. Insulin that has got too hot loses its strength.'), []);
  // The sentence before says whose, and this one tells what happened to it.
  assert.equal(reported('He was admitted in May. His lithium had pushed his kidneys too far.'), ['lithium']);
});

test('anyone\'s care plan in guidance is general; what should have happened for one child is theirs', () => {
  assert.equal(reported('The child\'s care plan should say where the insulin is kept.'), []);
  assert.equal(reported('A pupil\'s epilepsy care plan should be read by every adult who teaches them.'), []);
  assert.equal(reported('The child\'s epilepsy plan should have been updated after the last seizure.'), ['epilepsy']);
});

test.run();
