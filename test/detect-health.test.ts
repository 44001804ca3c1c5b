import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { post } from './helpers/fixtures.js';
import { findingsIn } from './helpers/findings.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function findings(body: string, title = 'A week of visits') {
  return checkPost('post.md', post(`title: "${title}"\ndate: 2026-01-05`, body), { config: parseConfig({}), now: NOW }).report.findings;
}

/** Health findings at medium or high (what blocks or counts against precision). */
function reported(body: string, title?: string): string[] {
  return findings(body, title).filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text);
}

/** Each body reports exactly the expected health texts at medium or high. */
function expectReported(cases: [string, string[]][]) {
  for (const [body, expected] of cases) assert.equal(reported(body), expected, body);
}

test('regimens by their short forms are a medication when someone is on them', () => {
  expectReported([
    ['He started on the HRZE intensive phase in March and hated the tablets.', ['HRZE intensive phase']],
    ['Kwame was moved onto 2HRZE/4HR after the culture came back.', ['2HRZE/4HR']],
    ['Her clinic switched her to TLD last spring, one tablet a day.', ['TLD']],
    ['He finished six months of BPaLM over the summer.', ['BPaLM']],
    ['After the scan she started R-CHOP, six cycles three weeks apart.', ['R-CHOP']],
    ['He started RIPE therapy in the spring and hated the orange tears.', ['RIPE']],
    ['She was given PEP after the assault.', ['PEP']],
    ['The PEP talk before the match went well.', []],
    // The same letters that are no regimen: a pep talk, a web domain, a word in capitals.
    ['The TLD in that email address was wrong, so the form bounced.', []],
    ['SHE SAID NO, and she meant it.', []],
  ]);
});

test('a short form with an article is a diagnosis only when the word after says so', () => {
  expectReported([
    ['She had a TB diagnosis at twelve and missed most of a school year.', ['TB']],
    ['His mum got the CF diagnosis when he was two.', ['CF']],
    ['The TB clinic moved to the health centre, and she goes there now.', []],
    // "in" after the short form says when or where; after a degree it names the subject.
    ['She was diagnosed with TB in March.', ['TB']],
    ['He has CF in both lungs, and physio twice a day.', ['CF']],
    ['He got an MS in social work in 2010.', []],
  ]);
});

test('the nurse or clinic of someone\'s own condition says they have it; a service alone does not', () => {
  expectReported([
    ['Her COPD nurse comes on Tuesdays.', ['COPD']],
    ['Amir\'s epilepsy clinic moved to Thursdays.', ['epilepsy']],
    ['The COPD nurse comes on Tuesdays to the surgery.', []],
  ]);
});

test('a drug\'s form, and two drugs given together, are one finding', () => {
  expectReported([
    ['She takes oxycodone oral solution for the pain.', ['oxycodone oral solution']],
    ['He was given paracetamol suspension for the fever.', ['paracetamol suspension']],
    ['She is on levothyroxine and liothyronine now.', ['levothyroxine and liothyronine']],
    ['He was on methadone plus diazepam when I met him.', ['methadone plus diazepam']],
    // Everyday painkillers stay silent until they are plainly someone's.
    ['Paracetamol and ibuprofen are in every first aid box.', []],
  ]);
});

test('a diagnosis named by its antibody is one rare finding, the antibody included', () => {
  const found = findings('She spent five weeks on the ward with anti-LGI1 encephalitis.').filter((f) => f.rule === 'health');
  assert.equal(found.map((f) => [f.text, f.severity]), [['anti-LGI1 encephalitis', 'high']]);
  assert.match(found[0].message, /rare condition/);
  expectReported([
    ['Her anti-MOG disease relapsed in June.', ['anti-MOG disease']],
    ['He has anti-GAD ataxia and walks with a frame.', ['anti-GAD ataxia']],
    ['She has anti-phospholipid syndrome and sees the clinic monthly.', ['anti-phospholipid syndrome']],
  ]);
});

test('common conditions said of a pupil in a year group, a resident with an age, or a title and initial', () => {
  expectReported([
    ['A Year 5 boy had a tonic-clonic seizure in class on Tuesday.', ['tonic-clonic seizure']],
    ['Our new starter has T1D and wears a pump to PE.', ['T1D']],
    ['Many of our residents have heart failure. Edna, 91, has heart failure and sleeps in her chair.', ['heart failure']],
    ['Mr K\'s amputation healed slowly over the winter.', ['amputation']],
    ['He\'s a type 1 diabetic and manages it well.', ['type 1 diabetic']],
    // A year group in general is no one.
    ['Year 5 pupils with epilepsy need a care plan before the residential trip.', []],
  ]);
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
  expectReported([
    ['A girl in my tutor group has epilepsy and nobody told me.', ['epilepsy']],
    ['A boy with T1D joined my class in September and his pump alarmed on day one.', ['T1D']],
    ['If my client misses her lithium, she gets unwell within days.', ['lithium']],
  ]);
});

test('the questions on a form and a rule for keeping a drug are no one\'s', () => {
  expectReported([
    ['The care plan form asks whether she uses insulin, has had an amputation or has epilepsy.', []],
    ['I always tell new staff: insulin must be kept out of the sun, and her pump should never be left in a hot car.', []],
    // Said of her, the same drug is hers.
    ['She keeps her insulin in a cool bag on trips.', ['insulin']],
  ]);
});

test('a drug as the subject of a general claim, what it treats, and a work about it are no one\'s', () => {
  expectReported([
    ['Methadone and buprenorphine are both prescribed for opioid dependence; she explained the difference well.', []],
    ['Amputation rates are higher in deprived areas, and she wants that to change.', []],
    ['The book follows a family through the opioid crisis, and her writing on fentanyl is brutal.', []],
    ['A reader asked about the film I mentioned. It follows a nurse whose son became addicted to OxyContin.', []],
    ['She is prescribed methadone for opioid dependence.', ['methadone', 'opioid dependence']],
  ]);
});

test('everyday words quoted as words, in talk about how people speak, are noted only', () => {
  expectReported([
    ['Older people speak of "bad nerves" when they mean anxiety or low mood.', []],
    ['When an older man tells me he has "the sugar", I know what he means.', []],
    ['A woman might tell you her nerves are bad, or that she took a turn.', []],
    // A relative of the writer said it of herself: hers.
    ['My nan used to say she had "bad nerves" after the war.', ['bad nerves']],
  ]);
});

test('a training\'s topics, a question about a drug and a definition of a condition are no one\'s', () => {
  for (const body of [
    'We covered epilepsy, T1D and anaphylaxis on the training day, and he said it was the most useful session all year.',
    'She wanted to know how long methadone stays in the body.',
    'I\'m a school nurse, and she asked me what T1D actually means.',
    'Selective mutism, for anyone who has not met it, is a fear of speaking that grips a child in some places.',
    'With selective mutism, she can talk at home but not at school, and that confuses everyone.',
  ]) assert.equal(reported(body), [], body);
  expectReported([
    ['We talked about her epilepsy and what the school could do.', ['epilepsy']],
    ['With her epilepsy, she can never swim alone.', ['epilepsy']],
  ]);
});

test('a heading that opens with "Living with" names no one', () => {
  expectReported([
    ['# Living with FND\n\nFunctional neurological disorder is real, and it is not faking.', []],
    ['Dayo has FND and uses a wheelchair on bad days.', ['FND']],
  ]);
});

test('quoted everyday words in a paragraph about how people speak, and the people a writer meets, are noted only', () => {
  const body = 'Older patients talk about their health in a language of their own. "I\'ve had a wee turn." "It\'s my nerves." When a woman tells me her nerves are bad, I ask what that feels like.';
  assert.equal(reported(body), []);
  assert.ok(noted(body).includes('nerves'));
  expectReported([
    ['Most of the men I work with on methadone have been in prison at some point.', []],
    // A speaker who is someone, and one of the people met, still count.
    ['People often ask me about it. His mum said, "He has epilepsy, you know."', ['epilepsy']],
    ['He is one of the people I see on methadone.', ['methadone']],
  ]);
});

test('diagnoses listed after a case-note label are the person\'s; guidance under a heading is not', () => {
  expectReported([
    ['Background: epilepsy, well controlled on lamotrigine.', ['epilepsy', 'lamotrigine']],
    ['The referral said: heart failure, COPD, lives alone.', ['heart failure', 'COPD']],
    ['Diagnosis at fourteen: epilepsy. Medication: levetiracetam.', ['epilepsy', 'levetiracetam']],
    ['Medication: we keep the inhalers in the office, and insulin goes in the fridge.', []],
    ['She keeps her pump on her belt and insulin goes in the fridge.', ['insulin']],
  ]);
});

test('thinking of a drug as something is an idea of the drug, not a dose of it', () => {
  expectReported([
    ['One colleague said she had never thought of methadone as harm reduction until she saw it.', []],
    ['He sees insulin as a punishment.', ['insulin']],
  ]);
});

test('a shorthand fragment opening with a diagnosis describes the person the sentence before named', () => {
  expectReported([
    ['I first met Agnes in the spring. Epilepsy since childhood, two children, a husband who did everything.', ['Epilepsy']],
    ['We moved to Leeds in 2019. Epilepsy, for those who do not know, is common.', []],
  ]);
});

test('lay words said by a kind of person, in talk about how older people speak, are noted only', () => {
  expectReported([
    ['A woman of eighty may say her nerves are bad when she means she is frightened.', []],
    ['In the Highlands, an older man might tell you he has had a wee turn, or that he has the sugar.', []],
    ['Mrs Duffy told me her nerves are bad since the funeral.', ['nerves']],
  ]);
});

test('the parts of a form named by what they ask are no one\'s; a box someone ticked is theirs', () => {
  expectReported([
    ['The PIP form wants to know about insulin, amputation and epilepsy, and she found it humiliating.', []],
    ['There are questions about insulin, dialysis and epilepsy, and he answered every one.', []],
    ['She ticked the box for epilepsy because she has it.', ['epilepsy']],
  ]);
});

test('the post\'s topic named again without saying whose is noted; said of someone in its own sentence it is theirs', () => {
  const title = 'Selective mutism: what silence taught me';
  const general = 'She never spoke in my class that first year. Nobody had ever mentioned selective mutism to me before then.';
  assert.equal(findings(general, title).filter((f) => f.rule === 'health').map((f) => [f.text, f.severity]), [['selective mutism', 'low']]);
  const hers = 'She never spoke in my class that first year. She had selective mutism, and nobody had told me.';
  assert.equal(findings(hers, title).filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text), ['Selective mutism', 'selective mutism']);
});

test('a sentence about a group, or about how a drug behaves, is general even after one about a pupil', () => {
  expectReported([
    ['Check the inhaler is in date before she goes out. A spacer makes salbutamol work better for most children.', []],
    ['He will need blood tests. Ibuprofen and some blood pressure tablets push lithium up as well.', []],
    ['She asked why her pens went cloudy. Insulin that has got too hot loses its strength.', []],
    // The sentence before says whose, and this one tells what happened to it.
    ['He was admitted in May. His lithium had pushed his kidneys too far.', ['lithium']],
  ]);
});

test('anyone\'s care plan in guidance is general; what should have happened for one child is theirs', () => {
  expectReported([
    ['The child\'s care plan should say where the insulin is kept.', []],
    ['A pupil\'s epilepsy care plan should be read by every adult who teaches them.', []],
    ['The child\'s epilepsy plan should have been updated after the last seizure.', ['epilepsy']],
  ]);
});

test('in a post titled as a guide, "if she..." speaks of any reader\'s child; in a story it is hers', () => {
  const guide = 'Asthma at school: a guide for PE staff';
  assert.equal(findings('If she coughs at night, her asthma is not controlled.', guide).filter((f) => f.rule === 'health' && f.severity !== 'low'), []);
  assert.equal(reported('If she coughs at night in my class, her asthma is not controlled.', guide), ['asthma']);
  assert.equal(reported('If she misses her lithium, she gets unwell within days.', 'A week with Jo'), ['lithium']);
});

test('deafness and sight loss said as an adjective of someone are theirs; general talk and idioms are not', () => {
  expectReported([
    ['This year one of my pupils is profoundly deaf, and she has changed how we start the day.', ['profoundly deaf']],
    ['Her son is hard of hearing and sits at the front.', ['hard of hearing']],
    ['Mr Doyle is partially sighted now and needs the large-print letters.', ['partially sighted']],
    ['Children who are profoundly deaf do well in mainstream classes with the right support.', []],
    ['Our pleas fell on deaf ears for years.', []],
  ]);
});


test('a heart attack named with the wall it struck is one person\'s, in a paragraph about them', () => {
  expectReported([
    ['A man in his fifties at the sawmill, grey and sweating, and the trace showed an inferior STEMI. We took him straight to the cath lab.', ['inferior STEMI']],
    ['It was an anterior NSTEMI in the end, and the cardiologist kept him in for a week.', ['anterior NSTEMI']],
    ['Dennis had a posterior MI at the depot and was back on the allotment by June.', ['posterior MI']],
    // Teaching talk, and the short form in lower case, name no one.
    ['Posterior MI is easy to miss on a standard ECG.', []],
    ['She said a lateral mi sounded like a town in Italy.', []],
  ]);
});

test('drugs for drug-resistant TB and other specialist infections are medications', () => {
  expectReported([
    ['Her nephew spent six months on bedaquiline, delamanid and linezolid, and kept every appointment.', ['bedaquiline', 'delamanid and linezolid']],
    ['He was started on clofazimine after the second culture came back.', ['clofazimine']],
    // A drug no list holds yet still ends like its family, when someone is on it.
    ['She was started on sutezolid in the trial and tolerated it well.', ['sutezolid']],
    ['Her daughter was on vanzacaftor for a year.', ['vanzacaftor']],
  ]);
});

test('a client kept to an initial after a title or pet name owns the diagnosis', () => {
  expectReported([
    ['Wee C came to us on a community order. ADHD, diagnosed at school, never treated.', ['ADHD']],
    ['Wee C came to us on a community order, with ADHD and a temper that went from nothing to everything.', ['ADHD']],
    ['Mrs K has Parkinson\'s and lives alone above the shop.', ["Parkinson's"]],
    // A letter that labels a thing is no one.
    ['Part B is the interesting bit: insulin pumps and how they fail.', []],
    ['Plan B was a hospital bed, which nobody wanted.', []],
    // Asked of someone, "the" condition is theirs; asked of a trainer, the guidance is nobody's.
    ['I asked C about the ADHD. He shrugged and said school had called it bad behaviour.', ['ADHD']],
    ['I asked the trainer about the epilepsy guidance for staff.', []],
  ]);
});

test('an animal\'s injury is not a client\'s', () => {
  expectReported([
    ['The ewe had an injury in her neck and we called the vet out.', []],
    ['Our old collie broke her leg on the cattle grid last spring.', []],
    ['The horse had a broken leg, and the vet came before dark.', []],
    // A person after the animal is who the injury belongs to.
    ['The horse kicked him and he broke his leg in two places.', ['broke his leg']],
  ]);
});

test('overdose-reversal stock and treatment rounds are the service\'s, not a resident\'s', () => {
  expectReported([
    ['Our manager made sure there is naloxone in every room, and she checks the dates each month.', []],
    ['The nurse carries naloxone in her bag on every shift.', []],
    ['She showed me where the naloxone nasal spray lives in the first-aid box.', []],
    ['She said the methadone pick-ups at the chemist start at nine, and she hates the queue.', []],
    ['I told her daughter that morphine is not the enemy, and she cried.', []],
    // Given to someone, it says what happened to them.
    ['He needed two doses of naloxone on the stairs before he came round.', ['naloxone']],
    ['His methadone pick-up was moved to the chemist near his mum.', ['methadone']],
  ]);
});

test('a medication list of one person in a table or a list reports each drug with its dose', () => {
  expectReported([
    ['Her tablets, as the pharmacist wrote them out for us:\n\n- Sertraline 50 mg mane\n- Lansoprazole 15 mg daily\n', ['Sertraline 50 mg', 'Lansoprazole 15 mg']],
    ['| Mr T.O., DOB 1938 | |\n|---|---|\n| Edoxaban 60 mg | once daily |\n| Memantine 10 mg | at night |\n', ['Edoxaban 60 mg', 'Memantine 10 mg']],
    ['He came home from the ward with a new list.\n\n| Drug | Dose |\n|---|---|\n| Ramipril | 2.5 mg at night |\n', ['Ramipril']],
    ['Her list now:\n\n- Apixaban (5 mg) twice daily\n- Bisoprolol 2.5mg mornings\n', ['Apixaban (5 mg)', 'Bisoprolol 2.5mg']],
    // A heading with a name, or a relative in the line that opens the list, says whose list it is.
    ['## Edna, 91\n\nCurrent medication:\n\n* Rivaroxaban 20mg OD\n* Mirtazapine 15 mg ON\n', ['Rivaroxaban 20mg', 'Mirtazapine 15 mg']],
    ["Dad's tablets since the last review:\n\n| Drug | Dose |\n|---|---|\n| Levothyroxine 100 micrograms | mornings |\n", ['Levothyroxine 100 micrograms']],
    // A teaching table lists doses for anyone.
    ['Common starting doses, for reference:\n\n- Sertraline 50 mg daily\n- Citalopram 20 mg daily\n', []],
  ]);
  assert.equal(reported('Starting doses in adults:\n\n| Drug | Dose |\n|---|---|\n| Sertraline 50 mg | daily |\n', 'How to read a prescription: a guide'), []);
  // In a guide, a hypothetical pupil before the table is anyone's; so are the top doses of a drug in prose.
  assert.equal(reported('If a pupil has brittle asthma, their plan should say what to do.\n\n| Reliever | Amount |\n|---|---|\n| Salbutamol 100 mcg | up to 10 puffs |\n', 'What teachers need to know about asthma'), []);
  assert.equal(reported('Semaglutide 2.4 mg and tirzepatide 15 mg are the top doses. One client told me she was thinking of starting.', 'GLP-1s, explained'), []);
});

test('a condition in a checklist row about one person is theirs, even in lower case', () => {
  expectReported([
    ['I have known Mrs A. for six years, and this is her summary now.\n\n| Area | Notes |\n|---|---|\n| Diagnoses | heart failure, COPD |\n| Other | hep C (treated), PTSD |\n', ['heart failure', 'COPD', 'hep C', 'PTSD']],
  ]);
  // A checklist answered for one person: the conditions ticked are theirs, those answered "no" are not.
  expectReported([
    ['Her health checklist from the review:\n\n| Condition | Y/N |\n|---|---|\n| Epilepsy | yes |\n| COPD | no |\n| Heart failure | since 2019 |\n', ['Epilepsy', 'Heart failure']],
  ]);
  // A template in a guide shows what a row may hold, for anyone.
  assert.equal(reported('Copy this into your notes:\n\n| Area | Notes |\n|---|---|\n| Diagnoses | heart failure, COPD |\n', 'How to write a one-page summary: a guide'), []);
});

test('a death or poisoning put down to drugs is one span, said of someone', () => {
  expectReported([
    ['Tramadol and alcohol toxicity, the inquest heard. He had been out of prison for nine days.', ['Tramadol and alcohol toxicity']],
    ['She died of mixed drug toxicity in a room above a takeaway.', ['mixed drug toxicity']],
    ['Her brother died of a nitazene overdose the winter before.', ['nitazene overdose']],
    ['In the spring he took an overdose of amitriptyline and spent a week on the ward.', ['overdose of amitriptyline']],
    ['He overdosed on pregabalin and methadone the week after release.', ['overdosed on pregabalin and methadone']],
    ['Her son died of toxic drug poisoning the year he turned twenty.', ['toxic drug poisoning']],
    // Counted deaths and how to spot an overdose are no one's.
    ['Deaths from mixed drug toxicity rose by a fifth last year, the report says.', []],
    ['Thousands of people in the province have died from opioid toxicity since the pandemic.', []],
    ['She trained the night staff to spot a heroin overdose early.', []],
    ['Naloxone can reverse a heroin overdose in minutes.', []],
    // "OD" after a drug on a chart is "once daily", and food poisoning names no drug.
    ['Her meds: bisoprolol OD, omeprazole OD.', ['bisoprolol', 'omeprazole']],
    ['She had food poisoning on holiday and lost a week.', []],
  ]);
});

test('a condition written with a slash or in its other spelling is still found', () => {
  expectReported([
    ['At fifteen she was diagnosed with avoidant/restrictive food intake disorder.', ['avoidant/restrictive food intake disorder']],
    ['Her son has ADHD/ASD and a new school placement.', ['ADHD/ASD']],
    ['He has obsessive compulsive disorder and checks the locks for an hour.', ['obsessive compulsive disorder']],
    ['Her daughter has thalassemia and needs transfusions every month.', ['thalassemia']],
    ['He has bi-polar disorder and a job he loves.', ['bi-polar disorder']],
    ['Her scan last spring showed an intracranial hemorrhage.', ['intracranial hemorrhage']],
    // The service of a pair joined by a slash is no one's diagnosis.
    ['She and/or her sister will see the HIV/AIDS nurse at the clinic.', []],
  ]);
});

test('in a letter to one person, what is said of "you" is theirs', () => {
  assert.equal(reported('You had end-stage heart failure by the time we met. Your macular degeneration meant I read your post to you.', 'A letter to Edith'), ['end-stage heart failure', 'macular degeneration']);
  assert.equal(reported('Dear Walter,\n\nYou had COPD for as long as I knew you, and you never once missed the choir.'), ['COPD']);
  assert.equal(reported('Your asthma never kept you off the fells. After your stroke you fought for every word.', 'To Ronnie'), ['asthma', 'stroke']);
  assert.equal(reported('You were fifteen when we first met. You had anorexia and a rescue greyhound, and I still think of you.', 'What I never said'), ['anorexia']);
  // A guide, a letter to many, or a title that greets no one says "you" to every reader.
  assert.equal(reported('If you have COPD, your inhaler matters more than you think.', "For what it's worth"), []);
  assert.equal(reported('Dear reader, you may have ADHD and not know it yet.'), []);
  assert.equal(reported('If you have epilepsy, tell your employer what to do during a seizure. Your COPD may be worse in winter.', 'A letter to new starters'), []);
  assert.equal(reported('You may find your COPD is worse in winter, so keep your inhaler close.', 'Living well with COPD: a guide'), []);
});

test('a qualifier that names a kind of an umbrella condition makes it a finding', () => {
  expectReported([
    ['He developed occupational asthma after eleven years at the bakery.', ['occupational asthma']],
    ['She has allergic contact dermatitis from the hair dye at work.', ['allergic contact dermatitis']],
    ['Her mum has wet macular degeneration and injections every month.', ['wet macular degeneration']],
    ['He gets recurrent chest infections every winter and hates the antibiotics.', ['recurrent chest infections']],
    // The umbrella word alone, a degree of it, or the kind in general stays general.
    ['Her dad has dementia and still walks the dog every morning.', []],
    ['Occupational asthma is common among bakers and paint sprayers.', []],
    ['Recurrent chest infections are common in older people.', []],
  ]);
});

test('a stroke told as an event in one person\'s life is theirs; stroke in general is not', () => {
  expectReported([
    ['Grandma had a stroke in the spring. After her stroke she could not find her words.', ['stroke', 'stroke']],
    ['My uncle had a massive stroke last year and never came home.', ['stroke']],
    ['Since his stroke he walks with a stick and hates it.', ['stroke']],
    ['Stroke is a leading cause of disability in adults.', []],
    ['After a stroke, many people find swallowing difficult for a while.', []],
    ['It was a stroke of luck that she was in when the letter came.', []],
    ['His stroke has improved since he started swimming lessons.', []],
    // Why someone is on a stroke ward is the ward's work, not an event told of them.
    ['He came to us after a stroke that took most of his speech.', []],
  ]);
});

test('a public figure\'s condition announced by their family, or named after "When", is theirs, not a client\'s', () => {
  const reportedHealth = (body: string) => reported(body);
  assert.equal(reportedHealth('When Bruce Willis\'s family announced his aphasia, our referrals briefly doubled.'), []);
  assert.equal(reportedHealth('Bruce Willis\'s family announced his aphasia in 2022.'), []);
  assert.ok(reportedHealth('My client Ayo, like Bruce Willis, has aphasia.').includes('aphasia'));
});

test('a broken cheekbone or nose, concussion, serotonin toxicity and a thalassaemia named by its severity, said of someone', () => {
  assert.equal(reported('He came in on Friday with a fractured cheekbone after a fight.'), ['fractured cheekbone']);
  assert.equal(reported('He had concussion after the match on Saturday.'), ['concussion']);
  assert.equal(reported('She was moved to the ICU with suspected serotonin toxicity.'), ['serotonin toxicity']);
  assert.equal(reported('Her son has beta thalassaemia major and needs transfusions.'), ['beta thalassaemia major']);
  assert.equal(reported('Concussion in school rugby is under-reported, the research says.'), []);
});

test('a question anyone asks about a drug is general talk; a client asking about theirs is not', () => {
  assert.equal(reported('## "Is it safe to drink on sertraline?"\n\nA small amount is usually fine, but ask your GP.'), []);
  assert.equal(reported('Can I take ibuprofen with warfarin? Usually not without advice.'), []);
  assert.equal(reported('She asked me: is it safe for her to drink on sertraline?'), ['sertraline']);
});


test('a condition in the row of a table of people is that person\'s, even one common enough to be general elsewhere', () => {
  const table = '| Student | Grade | Plan | Medication |\n|---|---|---|---|\n| Destiny Faleolo | 2 | asthma | albuterol before recess |\n| Kai Tupou | 3 | peanut anaphylaxis | pen in the office |';
  assert.equal(reported(table), ['asthma', 'albuterol', 'anaphylaxis']);
  // The same words in a table of things are no one's.
  assert.equal(reported('| Topic | Week |\n|---|---|\n| asthma | 2 |\n| anaphylaxis | 3 |'), []);
  // A real name of the pseudonym map still makes its row someone's.
  const mapped = '| Resident | Notes |\n|---|---|\n| Aurelia Penhaligon | lupus nephritis, fistula in the left arm |';
  assert.equal(findingsIn(mapped, 'title: "Notes"\npseudonyms: { "Aurelia Penhaligon": "Mrs P." }').filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text), ['lupus nephritis']);
});

test('the state someone arrived in is theirs; care that people in general receive stays a note', () => {
  expectReported([
    ['Tomasz was diagnosed last spring after an admission on the 22nd in DKA.', ['DKA']],
    ['She came in in heart failure on Sunday.', ['heart failure']],
    ['Most people who are admitted in DKA recover quickly.', []],
  ]);
  const post = 'Mr Pruitt has polycystic kidney disease. It is not surprising that a lot of people on dialysis struggle with low mood.';
  assert.equal(reported(post), ['polycystic kidney disease']);
});

test('a log line that opens with someone\'s age is about them, and a first presentation is a visit, not a talk', () => {
  expectReported([
    ['Seventeen-year-old from the flats, diabetic ketoacidosis, first presentation.', ['diabetic ketoacidosis']],
    ['A 34-year-old roofer, query splenic laceration.', ['splenic laceration']],
    ['Most 16-year-olds with diabetic ketoacidosis recover within days.', []],
    ['Her presentation on diabetic ketoacidosis at the study day was excellent.', []],
  ]);
});

test('a summary that gives one child of an age a condition says it of them, not of a topic', () => {
  const summary = (description: string) => findingsIn('We walk to the clinic together every month.', `title: "The long walk"\ndescription: "${description}"`)
    .filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text);
  assert.equal(summary('A health worker on walking beside an eleven-year-old with rheumatic heart disease.'), ['rheumatic heart disease']);
  assert.equal(summary('A health worker on rheumatic heart disease in rural clinics.'), []);
});

test('initials and titled names head rows of people too, and self-harm in such a row is theirs', () => {
  const table = '| Client | Age | Why referred |\n|---|---|---|\n| D.K. | 34 | PTSD after the rollover |\n| Mrs R. Nguyen | 41 | alcohol dependence |\n| Shay Whitlock | 16 | self-harm |';
  assert.equal(reported(table), ['PTSD', 'alcohol dependence', 'self-harm']);
  assert.equal(reported('Self-harm is common among teenagers, and we ran a session on self-harm for staff.'), []);
});

test('advice to anyone on a drug, and sugar beet, are no one\'s health', () => {
  expectReported([
    ["If you're on warfarin, big changes in diet over the holidays matter.", []],
    ["She's on warfarin since the clot.", ['warfarin']],
    ['One night the caller started with the sugar beet harvest.', []],
    ['He has had the sugar for years.', ['sugar']],
  ]);
});

test('a broken neck of femur said of someone is theirs; the audit pathway is no one\'s', () => {
  expectReported([
    ["Mere came in after a fall. She'd broken her left neck of femur.", ['left neck of femur']],
    ['The neck of femur pathway is a national audit.', []],
  ]);
});

test('a clinician\'s impression of someone\'s illness is theirs; a habit of training is not', () => {
  expectReported([
    ["I thought it was cellulitis, possibly worse. He didn't want to go to A&E.", ['cellulitis']],
    ['When I was training I thought it was cellulitis every time a leg was red.', []],
  ]);
});

test('a name given an age in the sentence is a person, so the condition there is theirs', () => {
  expectReported([
    ['Hope is nine, and was diagnosed last spring after an admission in DKA.', ['DKA']],
    ['Chapter is 9 pages on DKA and what to do.', []],
  ]);
});

test('"no other T1D pupils" says the one the post is about has it; a kind of pupil or service says nothing of anyone', () => {
  expectReported([
    ['With no other T1D pupils anywhere in the cluster, none of the staff had ever carb-counted a dinner.', ['T1D']],
    ['Autistic pupils often find assemblies hard.', []],
    ['There are no other epilepsy services in the county.', []],
  ]);
});


test('congenital, newborn, airway and speech diagnoses are said of a child as any diagnosis is', () => {
  expectReported([
    ['Her nephew was born with gastroschisis and spent his first weeks on the unit.', ['gastroschisis']],
    ['Their daughter has laryngomalacia, so every cold sounds frightening.', ['laryngomalacia']],
    ['Bea had an anterior tongue-tie that the midwife spotted on day two.', ['anterior tongue-tie']],
    ['Since the palate repair he still has velopharyngeal insufficiency, and his speech is nasal.', ['velopharyngeal insufficiency']],
    ['My son was born with a congenital diaphragmatic hernia.', ['congenital diaphragmatic hernia']],
    // Said of babies in general, the condition is no one's.
    ['Babies born with gastroschisis usually need surgery on the first day.', []],
    ['Tongue-tie is common and often missed at the newborn check.', []],
  ]);
});

test('a device fitted to someone counts; the same word as a code, a venue or for a group does not', () => {
  expectReported([
    ['Mr Ferris had an ICD fitted in the spring and worries it will fire.', ['ICD']],
    ['Rhiannon has a G-tube for feeds, and her dad is learning to vent it.', ['G-tube']],
    ['He has a PEG for feeds since the stroke.', ['PEG']],
    ['Oskar is on a home ventilator at night, so his mum sleeps lightly.', ['home ventilator']],
    ['He has a tunnelled line in his chest for the treatment.', ['tunnelled line']],
    ['Kai needs his inhaler before PE, and he keeps forgetting it.', ['inhaler']],
    ['Noah uses CPAP at night since the surgery.', ['CPAP']],
    ['She had a pyloromyotomy at three weeks old.', ['pyloromyotomy']],
    ['The CPAP machines on the ward are old.', []],
    ['The ICD-10 code on the form was wrong.', []],
    ['The conference at the NEC was packed.', []],
    ['Kids with asthma should keep their inhaler in the classroom.', []],
    ['Every bed on the unit has a ventilator beside it.', []],
    // Intensive care puts most of its patients on one for a while: the machine says nothing about who.
    ['She spent two weeks on the ventilator after the pneumonia.', []],
  ]);
});

test('a diagnosis keeps its subtype and its companion, and a dose or prophylaxis keeps the drugs joined to it', () => {
  expectReported([
    ['Lola was admitted with anorexia nervosa, restrictive type, at fifteen.', ['anorexia nervosa, restrictive type']],
    ['His ADHD (combined presentation) was confirmed in year four.', ['ADHD (combined presentation)']],
    ['After her husband died she was diagnosed with complicated grief with major depression.', ['complicated grief with major depression']],
    ['My client has recurrent depressive disorder and two admissions behind her.', ['recurrent depressive disorder']],
    ['Tariq takes folic acid and penicillin prophylaxis every day.', ['folic acid and penicillin prophylaxis']],
    // "a rare type of" explains the diagnosis; it is no subtype of it.
    ['Seventeen-year-old from the flats, diabetic ketoacidosis, first presentation.', ['diabetic ketoacidosis']],
  ]);
});

test('an organ as the reason for a hospital stay, and a name owning the sentence, make a finding someone\'s', () => {
  expectReported([
    ['Poor Amira is back at the hospital for her kidneys again.', ['her kidneys']],
    ['He has another appointment for his heart next week.', ['his heart']],
    ["Ife's bloods at the clinic showed iron deficiency anaemia, so iron drops it is.", ['iron deficiency anaemia']],
    ['The ward for kidneys is on the fourth floor.', []],
    ["Today's clinic talk covered iron deficiency anaemia in toddlers.", []],
    ["Maya's school has a good policy on epilepsy.", []],
  ]);
});

test('a character\'s condition in a post about a book or a film is no one\'s, a reader\'s own still is', () => {
  const club = 'Our book club read *The Quiet Year* this month, and the novel stayed with me.';
  expectReported([
    [`${club} Marguerite is a professor diagnosed with early-onset Alzheimer's disease, and the book follows her from the inside.`, []],
    [`${club} The narrator has OCD, and autistic readers have mixed views on how the book handles it.`, []],
    [`${club} The main character has bipolar disorder. She is diagnosed in the second chapter.`, []],
    [`${club} My client Sam has bipolar disorder, and he asked me about the book.`, ['bipolar disorder']],
    [`${club} Sam loved the book. He has bipolar disorder too, and said so.`, ['bipolar disorder']],
    // A reading list: the name is a word of the title, or the sentence before introduces the work.
    ["Reading list for the autumn:\n\n- *Still Marguerite* by an author I love. Marguerite, a linguistics professor, is diagnosed with early-onset Alzheimer's disease.", []],
    ['This month we read a memoir by a nurse. She was diagnosed with breast cancer at forty and kept working.', []],
    // Outside a post about a work, the same sentence is about someone.
    ["Marguerite is a professor diagnosed with early-onset Alzheimer's disease.", ["early-onset Alzheimer's disease"]],
  ]);
});

test('what a service offers and the run of a working week are general talk, not anyone\'s', () => {
  expectReported([
    ['He came to the van on Tuesday. We offer a quick route onto methadone for anyone who asks.', []],
    ['As a district nurse she sees a lot of blood thinners, insulin and dressings.', []],
    ['He is 70. On a heart failure round you see the same faces every week, and he is one of them.', []],
    // Said of someone, the same words are theirs.
    ['She is on blood thinners since the clot.', ['blood thinners']],
    ['He came to the van on Tuesday and asked to go back on methadone.', ['methadone']],
  ]);
});

test('a referral in prose, a dose in its own paragraph after someone, and an illness episode make a diagnosis someone\'s', () => {
  expectReported([
    ['The referral mentioned recurrent depressive disorder, currently a moderate episode, and two admissions.', ['recurrent depressive disorder']],
    ['Gerry came in on the Monday.\n\nDetox plan: chlordiazepoxide 30 mg four times a day, reducing over a week.', ['chlordiazepoxide 30 mg']],
    // A regimen taught for anyone, and notes from a training, stay general.
    ['The usual detox regime for adults is below.\n\nChlordiazepoxide 30 mg four times a day, reducing over a week.', []],
    ['The training notes mentioned recurrent depressive disorder as an example.', []],
  ]);
});

test('a family\'s baby, or a baby given in months, has the diagnosis; parents in general do not', () => {
  expectReported([
    ['I have been visiting a family since March. Their baby came home last week after a scan showed gastroschisis.', ['gastroschisis']],
    ['| 12 May | Baby R., four months old, home on oxygen with bronchopulmonary dysplasia |', ['bronchopulmonary dysplasia']],
    ['Many parents are told their baby has a congenital heart defect at the twenty-week scan.', []],
    ['Parents panic when their baby has developmental dysplasia of the hip, but most do well.', []],
  ]);
});


test('a procedure or an injury written with its structure and side is one span, theirs in a case study', () => {
  expectReported([
    ['Case study: Wren, a keen climber, hurt her knee at the wall. She had a PCL reconstruction with a lateral meniscus repair in April.', ['PCL reconstruction with a lateral meniscus repair']],
    ['Case study. Mr V, 91, came to us from the ward. He is s/p intramedullary nail for a right subtrochanteric femur fracture.', ['s/p intramedullary nail for a right subtrochanteric femur fracture']],
    ['A 30-year-old roofer came in with a complete left brachial plexus avulsion after a fall from scaffolding.', ['complete left brachial plexus avulsion']],
    ['Case study: Mrs W, 83, slipped on ice. She is s/p ORIF of a right distal radius fracture and cannot manage her zips.', ['s/p ORIF of a right distal radius fracture']],
    ['Case study. A 41-year-old plasterer, status post L5-S1 microdiscectomy, joined the back group in May. He walks with a stick.', ['status post L5-S1 microdiscectomy']],
    // The same words as a treatment for anyone, or a repair of no body part.
    ['ACL reconstruction is the usual treatment for young footballers, and most are back within a year.', []],
    ['The left side of the shed needed a repair after the storm, so he fixed it on Sunday.', []],
  ]);
});

test('a regimen as a pharmacist or a diabetes team writes it is one span, and a med round row is the person\'s', () => {
  expectReported([
    ['Rhys has been on the scheme since spring. He picks up oxycodone 5mg/5ml, 10ml twice daily from the pharmacy.', ['oxycodone 5mg/5ml, 10ml twice daily']],
    ['Ayla, 13, runs her own numbers now. She wears a Medtrum pump, basal about 0.6 units an hour overnight, and boluses at lunch.', ['Medtrum pump, basal about 0.6 units an hour overnight']],
    ['The 10pm round on the rehab ward.\n\n| Time | Who | What |\n|---|---|---|\n| 22:00 | Mrs Adeyemi | rivaroxaban, AF |\n| 22:15 | Norma (bed 6) | gabapentin |', ['rivaroxaban', 'AF', 'gabapentin']],
    ['Kit, 12, wears a Dexcom on his arm and checks it at break.', ['Dexcom']],
    ['The Dexcom share price fell this week, the news said.', []],
    // A pump in the barn, and a table of doses for anyone.
    ['The old Lister pump in the barn finally gave out, so we carried water up from the stream.', []],
    ['Usual starting doses for adults:\n\n| Drug | Dose |\n|---|---|\n| gabapentin | 300 mg |', []],
  ]);
});

test('an event or a condition of a named or described person is theirs; the same words of a group or a figure of speech are not', () => {
  expectReported([
    ['Teodor, 61, went down on the bowling green in May. He had an out-of-hospital cardiac arrest from ventricular fibrillation and a bystander started CPR.', ['out-of-hospital cardiac arrest from ventricular fibrillation']],
    ['Shift log.\n\n| Client | Note |\n|---|---|\n| Mrs Okafor | a chest infection, GP visited |\n| Ray | settled |', ['chest infection']],
    ['Case study: an 89-year-old man who lives alone. He has mild cognitive impairment and hearing loss, and his son rings daily.', ['mild cognitive impairment and hearing loss']],
    ['Dear Callum,\n\nIt has been a year since you moved on from the hostel. I still remember the day you told the group about your HIV.', ['HIV']],
    ['Thursday visits:\n\n- Mr Adair: chest infection, GP rang back\n- Joan: no change\n- Edie (flat 3): UTI again', ['chest infection', 'UTI']],
    // A passing illness in prose, a group described, and a colloquial chest.
    ['Ines had a chest infection over Christmas and missed two visits.', []],
    ['Half our lunch club are hard of hearing, so we keep the radio off.', []],
    ['My nan always said she had a bad chest in winter and blamed the coal fire.', []],
  ]);
});

test('two conditions joined by "and" after one owner are one span, and each is the owner\'s', () => {
  expectReported([
    ['I have known Declan for years. At 49 he has Down syndrome and early-onset Alzheimer\'s, and his brother visits on Fridays.', ['Down syndrome and early-onset Alzheimer\'s']],
    // "Martin" is also a word, so only the verb right after it said whose the first was.
    ['Martin has cerebral palsy and epilepsy.', ['cerebral palsy and epilepsy']],
    ['Martin, who lives in the flat above the shop, has cerebral palsy and epilepsy.', ['cerebral palsy and epilepsy']],
    ['People with cerebral palsy and epilepsy often wait years for a wheelchair.', []],
  ]);
});

test('a condition said of a plural group, or as what a clinic sees, is no one\'s; an owner keeps it theirs', () => {
  expectReported([
    ['She runs the chess club, where most members are retired and hard of hearing, so she writes the moves up.', []],
    ['He told me the boys on the estate were drinking heavily by fourteen.', []],
    ['I asked her what the clinic sees most. Leg ulcers, she said, and the dressings never last.', []],
    ['Her leg ulcers keep the district nurses busy three mornings a week.', ['leg ulcers']],
    ['Vince was drinking heavily again by April, and his daughter rang us.', ['drinking heavily']],
    ['By the Friday she was in the DTs on the ward.', ['the DTs']],
  ]);
});

test('an illness whose name ends in s is one person\'s, not a ward\'s caseload', () => {
  expectReported([
    ['Mrs Ida Kerr came in after a fall. She was on Ward 9, the stroke ward, by Friday. Her other history: heart failure, type 2 diabetes, glaucoma.', ['heart failure', 'type 2 diabetes', 'glaucoma']],
  ]);
});

test('a "relevant history" line of a case study lists the patient\'s conditions, doses with decimals included', () => {
  expectReported([
    ['- **Name:** Rosa Quispe\n- **Relevant history:** atrial fibrillation on apixaban 2.5 mg BID, mild cognitive impairment', ['atrial fibrillation', 'apixaban 2.5 mg', 'mild cognitive impairment']],
  ]);
});

test('conditions written as a kind with its site, a disorder by its kind, or an overdose are found, said of someone', () => {
  expectReported([
    ['Last spring he had surgery for gallbladder-adjacent trouble, then a scan found hilar cancer.', ['hilar cancer']],
    ['She was treated for duodenal carcinoma at the regional centre.', ['duodenal carcinoma']],
    ['Known schizoaffective disorder, one admission last year.', ['schizoaffective disorder']],
    ['He has alcohol use disorder and lives with his sister.', ['alcohol use disorder']],
    ['Her dad has double-vessel disease and is on the list for surgery.', ['double-vessel disease']],
    ['He came in after an overdose on Sunday night.', ['an overdose']],
    // General talk about the kind stays general.
    ['Most people with alcohol use disorder never see a specialist.', []],
    ['We run a substance use disorder service two days a week.', []],
    ['There is a general cancer helpline on the back of the leaflet.', []],
    ['Naloxone can reverse an overdose in minutes.', []],
    ['We called his GP. It wasn’t an overdose, it was withdrawal.', []],
  ]);
});

test('a result or score with its value is found when it is someone\u2019s, not when it is a threshold', () => {
  expectReported([
    ['Her eGFR had dropped to 14 by the autumn clinic.', ['eGFR had dropped to 14']],
    ['At the eight-week visit she scored an EPDS of 21.', ['an EPDS of 21']],
    ['His HbA1c was 97 when he moved up to secondary school.', ['HbA1c was 97']],
    ['An EPDS of 13 or more means a referral the same week.', []],
    ['We aim for an HbA1c under 48 in most adults.', []],
  ]);
});

test('a note in a row of a family table is the person the row opens with, however long', () => {
  expectReported([
    ['| Who | Age | Notes |\n|---|---|---|\n| Grandad (Tomasz) | | Heart failure, on the community nurse list every Tuesday and Friday, and struggling with the stairs now. |', ['Heart failure']],
  ]);
});

test('an age said between the child and the condition still makes it theirs', () => {
  expectReported([
    ['Her middle one, Ruairi, is six and has eczema that keeps him up at night.', ['eczema']],
    ['The night before, Precious had a bad asthma attack and nobody slept.', ['asthma']],
  ]);
});

test('a name with an aside before the verb still owns the condition, and a result in a paragraph about someone is theirs', () => {
  expectReported([
    ['On the first day back, Nikolai (aged 9, in the Year 4 class) had a focal seizure in the dinner queue.', ['focal seizure']],
    ['We filled in the questionnaire together, and it came back as a PHQ-9 of 23. I rang her GP from the car before I drove off.', ['a PHQ-9 of 23']],
  ]);
});

test('the eligibility row of a pupil record lists the pupil\u2019s conditions', () => {
  expectReported([
    ['| Field | |\n|---|---|\n| Student | Kerry-Ann Dobbs |\n| DOB | 03/02/2016 |\n| Eligibility | dyscalculia, ADHD, inattentive type |', ['dyscalculia', 'ADHD, inattentive type']],
  ]);
});

const HANDOVER = [
  '## Tuesday visits',
  '',
  '**1. Mrs Pryor, Oak Street**',
  '- 84, lives with her son.',
  '- Venous leg ulcer, right calf. Compression twice weekly.',
  '',
  '**2. Alfie, Gorse Lane**',
  '- Type 2 diabetes on insulin, BSL and a foot check.',
].join('\n');

test('notes listed under the person they are about are theirs: a handover of visits', () => {
  expectReported([[HANDOVER, ['Venous leg ulcer, right calf', 'Type 2 diabetes', 'insulin']]]);
  // The same conditions listed under a topic are teaching.
  expectReported([['**What we see most often**\n- Venous leg ulcers, usually on the calf.\n- Type 2 diabetes, often with foot problems.', []]]);
});

test('a sepsis named by its source is a diagnosis, where sepsis alone is too common to name anyone', () => {
  expectReported([
    ['He is 87. He was admitted with urosepsis and was home by day nine.', ['urosepsis']],
    ['He is 87. He was admitted with sepsis and was home by day nine.', []],
    ['Neutropenic sepsis is an emergency on any oncology ward.', []],
  ]);
});

test('hospital, palliative and contraceptive medicines and inhaler brands are medications when someone is on them', () => {
  expectReported([
    ['She was started on octreotide after the leak.', ['octreotide']],
    ['His Qvar inhaler ran out on the Friday.', ['Qvar']],
    ['She had her Nexplanon taken out in March.', ['Nexplanon']],
  ]);
});

test('rare skin diseases, injuries told by their surgery, and harm done are diagnoses of someone', () => {
  expectReported([
    ['She came to me because of her skin: she has bullous pemphigoid, a rare blistering condition.', ['bullous pemphigoid']],
    ['He had compartment syndrome in his forearm and needed a fasciotomy.', ['compartment syndrome', 'fasciotomy']],
    ['Malaria still kills children in many countries.', []],
  ]);
});

test('a diagnosis on a line that gives a date of birth or a health number is that person\'s record', () => {
  expectReported([
    ['Referral letter, 2025: Dariusz W., DOB 17.08.1971, NHS no. 943 476 5919, recurrent depressive disorder. Keep for audit.', ['recurrent depressive disorder']],
    ['Recurrent depressive disorder is common, and the NHS has guidance on it.', []],
  ]);
});

test('in a letter to one person, "about the" condition is the one both know; elsewhere it stays general', () => {
  expectReported([
    ['Dear Declan,\n\nI know about the cirrhosis and what the consultant said.', ['cirrhosis']],
    ['I went to a study day about the cirrhosis pathway and diabetes.', []],
  ]);
});

test('a common condition listed under a label of someone\'s notes ("Relevant history:") is theirs; guidance under a heading is not', () => {
  expectReported([
    ['- **Relevant history:** atrial fibrillation, mild cognitive impairment, hearing loss', ['atrial fibrillation', 'mild cognitive impairment', 'hearing loss']],
    ['Medication: we keep the inhalers in the office.', []],
  ]);
});

test('a recovery programme for a condition is treatment of the person in it; a TV programme about it is not', () => {
  expectReported([
    ["Their mom is 20. She's in a recovery program for methamphetamine use disorder.", ['methamphetamine use disorder']],
    ['She watched a TV programme about opioid use disorder with her class.', []],
  ]);
});

test('obstetric injuries and what a post-mortem or a scan showed are someone\'s', () => {
  expectReported([
    ['Her first had been born after a long labour and a third-degree tear.', ['third-degree tear']],
    ['The post-mortem later showed a cord accident.', ['cord accident']],
    ['Mum, Shauna, has epilepsy.', ['epilepsy']],
    ['An MRI often shows a fracture that an x-ray misses.', []],
  ]);
});

test('results written as notes write them ("CD4 41, viral load 285,000") on a record line, and viral loads in a table of members, are someone\'s', () => {
  expectReported([
    ['> **Bed 14**: D. W., MRN JH-40918277, DOB 3/22/1989. Admitted with advanced HIV, CD4 41, viral load 285,000.', ['advanced HIV', 'CD4 41', 'viral load 285,000']],
    ['| Member | Viral load |\n|---|---|\n| Nomvula | 12 400 copies/ml |', ['12 400 copies/ml']],
    ['Treatment usually starts when the CD4 count is under 350.', []],
  ]);
});

test('bones broken by someone, told as notes or as a story, are the injured person\'s; a skin tear is not', () => {
  expectReported([
    ['He had broken two of her ribs.', ['two of her ribs']],
    ['She came in at midnight with a fractured fifth metacarpal.', ['fractured fifth metacarpal']],
    ['She had broken her left neck of femur.', ['left neck of femur']],
    ['No fracture that we could find, a skin tear on the forearm, and a very cross resident.', []],
  ]);
});

test('a row of a ward table headed "Mum" is one woman\'s notes', () => {
  expectReported([
    ['| Bed | Mum | Baby | Notes |\n|---|---|---|---|\n| 1 | Kylie Matthews | Boy | wants to go home tomorrow |\n| 3 | Ngoc Anh Pham | Girl | gestational diabetes, interpreter booked |\n| 4 | Tahlia Wright | Girl | social work review Monday |', ['gestational diabetes']],
  ]);
});

test('a drug the post has given someone is still theirs when it is changed or listed with their others later', () => {
  const table = '| Medication | Dose |\n|---|---|\n| Lisinopril | 20 mg |\n| Amlodipine | 10 mg |\n| Sertraline | 50 mg |';
  const record = `Mrs Okafor's medication chart:\n\n${table}\n\n`;
  expectReported([
    [`${record}Sertraline was stopped in March. Lisinopril, amlodipine and many others lower blood pressure.`, ['Lisinopril', 'Amlodipine', 'Sertraline', 'Sertraline', 'Lisinopril', 'amlodipine']],
    // Named again on its own, in talk about the drug, it is the topic, not her.
    [`${record}Sertraline is one of the most prescribed drugs in the country.`, ['Lisinopril', 'Amlodipine', 'Sertraline']],
  ]);
});

test('a list of what the crew found, under its heading after the patient\'s paragraph, is the patient\'s', () => {
  const story = 'The patient was Luthando Mbeki, nineteen, lying on a blanket outside a house.\n\n## What we found\n\n- Gunshot wound to the left thigh with a femoral bleed.\n- Cold and clammy.';
  expectReported([
    [story, ['Gunshot wound']],
    // A teaching list under the same heading, after no one in particular, is general.
    ['Most shootings we attend happen late at night.\n\n## What we found\n\n- Gunshot wound to a limb is the commonest picture.', []],
  ]);
});

test('a handover line opened by who and how old is that person\'s', () => {
  expectReported([
    ["3. **Mr Ferguson**, 88. Parkinson's, meds are TIME CRITICAL: co-careldopa 25/100 at 12.00 on the dot.", ["Parkinson's", 'co-careldopa']],
    ["Parkinson's, in the UK, affects about 153,000 people.", []],
  ]);
});

test("how far along one woman's pregnancy is, in weeks or months, is hers; the weeks of any pregnancy are not", () => {
  expectReported([
    ['She was fourteen weeks pregnant when I met her.', ['fourteen weeks pregnant']],
    ['She is seven months pregnant with her third.', ['seven months pregnant']],
    ['Most women are twelve weeks pregnant at the first scan.', []],
  ]);
});

test('self-harm told of someone, detention under a section and a condition by its eponym alone are health details', () => {
  expectReported([
    ['She self-harms by cutting her arms.', ['self-harms', 'cutting her arms']],
    ['He was sectioned under Section 3 last week.', ['Section 3']],
    ['Her son has Duchenne and uses a wheelchair.', ['Duchenne']],
    ['Most people who self-harm are not trying to die.', []],
    ['Section 136 allows police to take someone to a place of safety.', []],
  ]);
});

test('a PDA profile said of a child is a health detail', () => {
  expectReported([['Kirsty-Ann has a PDA profile.', ['PDA profile']], ['A PDA profile needs low demands, generally.', []]]);
});

test('a drug level given with its owner and unit, and a charted mental state, are the person\'s', () => {
  expectReported([
    ['I saw him at home within two hours. His level came back at 2.1 mmol/L and he was admitted.', ['His level came back at 2.1 mmol/L']],
    ['He was floridly manic, not sleeping for days.', ['floridly manic']],
    ['She became psychotic after the birth.', ['psychotic']],
    ['It was manic at work today.', []],
    ['Her level of English was 3 out of 5.', []],
  ]);
});

test.run();
