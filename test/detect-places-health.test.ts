import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function findings(body: string, options: DiscreetOptions = {}) {
  return checkPost('post.md', post('title: "A week of visits"\ndate: 2026-01-05', body), { config: parseConfig(options), now: NOW }).report.findings;
}

/** Each body has a location reported at medium or high that contains its place. */
function reportsEach(cases: [string, string][]) {
  for (const [body, place] of cases) {
    const found = reported(body, 'location');
    assert.ok(found.some((t) => t.includes(place)), `${body} -> ${found}`);
  }
}

/** Texts the rule reports at medium or high (what blocks or counts against precision). */
function reported(body: string, rule: string, options: DiscreetOptions = {}): string[] {
  return findings(body, options).filter((f) => f.rule === rule && f.severity !== 'low').map((f) => f.text);
}

test('a small town is reported with its size; a village missing from the gazetteer is caught by "lives in"', () => {
  const found = findings('She moved to Tewkesbury with her two dogs last spring.').find((f) => f.rule === 'location');
  assert.ok(found, 'Tewkesbury reported');
  assert.is(found!.severity, 'medium');
  assert.match(found!.message, /small town \(about [\d,]+ people\)/);
  assert.match(found!.hint!, /small town in the north/);
  assert.equal(reported('Her nan lives in Drumcarrow, up a lane off the main road.', 'location'), ['Drumcarrow']);
  assert.equal(reported('They rent a caravan outside Skibbereen for the summer.', 'location'), ['Skibbereen']);
});

test('a big city is only noted, the blogger\'s own city is silent, and regions are not places', () => {
  const city = findings('I have worked in Leeds for nine years.').filter((f) => f.rule === 'location');
  assert.equal(city.map((f) => [f.text, f.severity]), [['Leeds', 'low']]);
  assert.equal(findings('I have worked in Leeds for nine years.', { allowedPlaces: ['Leeds'] }).filter((f) => f.rule === 'location'), []);
  assert.equal(reported('She grew up in Poland and moved to Yorkshire, then to Ohio.', 'location'), []);
});

test('streets, schools, wards, care homes and workplaces that point at a person are reported', () => {
  assert.equal(reported('He lives on Fenwick Street with his brother.', 'location'), ['Fenwick Street']);
  assert.equal(reported('She is in Year 4 at Larchwood Primary and loves reading.', 'location'), ['Larchwood Primary']);
  assert.equal(reported('He has been a nurse on Ward 12C at the Infirmary for years; 12C is never quiet.', 'location'), ['Ward 12C at the Infirmary', '12C']);
  assert.equal(reported('She moved into Hollybank Care Home in June.', 'location'), ['Hollybank Care Home']);
  assert.equal(reported('He works nights at the Corran steelworks.', 'location'), ['Corran steelworks']);
  assert.equal(reported('Her dad runs the chemist on Quarry Lane in Ballinrobe.', 'location'), ['Quarry Lane', 'Ballinrobe']);
  assert.equal(reported('She stacks shelves at the Tesco on Mill Road.', 'location'), ['Tesco', 'Mill Road']);
  assert.equal(reported('He is in seventh grade at Fairhaven Middle and plays trumpet.', 'location'), ['Fairhaven Middle']);
  // Irish school names read like a person's name too; either way the post must report them.
  assert.ok(findings('Her son started at Scoil Bhríde Dromcolla in September.').some((f) => f.text === 'Scoil Bhríde Dromcolla' && f.severity !== 'low'));
  assert.ok(findings('She grew up on Wapekeka First Nation and moved south at sixteen.').some((f) => f.text === 'Wapekeka First Nation' && f.severity !== 'low'));
  assert.equal(reported('Her family lives on the Carrow Creek Reservation.', 'location'), ['Carrow Creek Reservation']);
  // A reserve named in plain words, written with a plain noun, is a community all the same.
  assert.equal(reported('His grandmother lives on the Red Pheasant reserve.', 'location'), ['Red Pheasant']);
  assert.equal(reported('She went to the Game reserve with her dad.', 'location'), []);
});

test('capitalised common words, months, names, venues and famous streets are not places', () => {
  const body = [
    'Hope is a practice, not a feeling. In March I sat in the Rose garden.',
    'I spoke to Grace about her week, and Jordan came along.',
    'The conference was at the Harbourside Convention Centre on Quay Street.',
    'Every analyst on Wall Street knows the feeling.',
    'She kept her pay slips in a Ziploc bag.',
    'She sent it to me in WhatsApp, then again in Canva.',
    'We meet at Christmas and again at Easter.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
});

test('ordinary words with capitals, generic school names and big employers are not a client\'s place', () => {
  const body = [
    'Her little brother is in Reception and doing well in Maths.',
    'He lives in Sheltered Housing now, and she started at Primary School in September.',
    'She moved into Supported Living last month and goes to Mass on Sundays.',
    'My client works at Amazon and hates the shifts.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
});

test('the blogger\'s own workplace is only noted, a client\'s village is reported', () => {
  assert.equal(findings('I work in Crossmolina Heights with families in temporary housing.', { allowedPlaces: ['Crossmolina Heights'] }).filter((f) => f.rule === 'location'), []);
  assert.equal(reported('I visited her at home in Crossmolina Heights.', 'location'), ['Crossmolina Heights']);
  // Where the blogger goes to meet someone, or a block people live in, is the client's place.
  assert.equal(reported('I climbed nine floors of a tower block in Carrowkeel Rise because the lift was out, to meet Adaeze.', 'location'), ['Carrowkeel Rise']);
  assert.equal(reported('Twice a week I run a homework club in the community room at Larkfield Plaza.', 'location'), ['Larkfield Plaza']);
});

test('the blogger\'s own place of work counts when it is small: its clients are few', () => {
  const own = (body: string) => findings(body).filter((f) => f.rule === 'location').map((f) => [f.text, f.severity]);
  // A town of a few thousand or more hides its clients among many (a remote region's base town serves a
  // whole district); a village of under 3,000 or an unlisted one does not.
  assert.equal(own('A school nurse in Dumfries on the first week of term.'), [['Dumfries', 'low']]);
  assert.equal(own('A district nurse in Dingwall on leg ulcers.'), [['Dingwall', 'low']]);
  assert.equal(own('A district nurse in Aberfeldy on leg ulcers.'), [['Aberfeldy', 'medium']]);
  assert.equal(own('A primary teacher in Kilbrannagh on welcoming a new pupil.'), [['Kilbrannagh', 'medium']]);
  const only = findings("I'm the only nurse in Ardmoyle, so everyone knows me by sight.").find((f) => f.text === 'Ardmoyle');
  assert.is(only?.severity, 'medium');
  assert.match(only!.message, /where you work.*small place.*your clients there are few/);
  assert.match(only!.hint!, /allowedPlaces/);
  // Where the blogger grew up or lives is their own life, not a client's: still only noted.
  assert.equal(own('I grew up in Ardmoyle and left at eighteen.'), [['Ardmoyle', 'low']]);
  assert.equal(own('We live in Ardmoyle now, twenty minutes from the office.'), [['Ardmoyle', 'low']]);
  // A landscape a state owns is a region, not a place of work.
  assert.equal(own("A school psychologist in Nevada's Great Basin on meetings."), [['Nevada\'s Great Basin', 'low']]);
});

test('a relative or a named person, then "in" a place, is where that person lives', () => {
  assert.equal(reported('Her aunt in Dunkillow sends parcels every month.', 'location'), ['Dunkillow']);
  assert.equal(reported('His cousins up in Glenbrack keep asking after him.', 'location'), ['Glenbrack']);
  assert.ok(findings('I rang Aoife in Gortnahoe yesterday evening.').some((f) => f.text === 'Gortnahoe' && f.severity === 'medium'));
  // A name before a class or a subject is not a place.
  assert.equal(reported('Jordan in Year 9 had a rough week, and Priya in Maths had a good one.', 'location'), []);
});

test('a community a service serves, covers or flies into is where its clients live', () => {
  assert.equal(reported('Our station serves Tuvalik and the outpost camps.', 'location'), ['Tuvalik']);
  assert.equal(reported('The clinic covers Nanuqsaq and two outstations.', 'location'), ['Nanuqsaq']);
  assert.equal(reported('The plane flies into Qilalugaq twice a week.', 'location'), ['Qilalugaq']);
  assert.equal(reported('Our team serves Tuvalik, Seal Harbour and Kangirsuk Inlet.', 'location'), ['Tuvalik', 'Seal Harbour', 'Kangirsuk Inlet']);
  assert.equal(reported('We cover Nanuqsaq on alternate weeks.', 'location'), ['Nanuqsaq']);
  // A regional town a plane flies into serves a wide district; what a session covered is no place.
  assert.equal(reported('The plane flies into Inverness twice a week. The session covered CBT and mindfulness.', 'location'), []);
});

test('a small place named by its show, rodeo or regatta, or as the site of an accident, in a story about someone', () => {
  assert.equal(reported('He came off a horse at the Coonamble campdraft last year.', 'location'), ['Coonamble']);
  assert.equal(reported('She met him at the Bellingen show.', 'location'), ['Bellingen']);
  assert.equal(reported('Her son rowed in the Kilbrack regatta.', 'location'), ['Kilbrack']);
  const event = findings('He was thrown at the Balmoral rodeo.').find((f) => f.text === 'Balmoral');
  assert.match(event!.message, /small place, named by its own show/);
  assert.equal(reported('She was badly hurt in the crash at Dunmore Cross last spring.', 'location'), ['Dunmore Cross']);
  // A big show, a city's show, or a show with no one in the sentence is not a person's place.
  assert.equal(reported('We went to the Royal show and the County fair with the kids. He loved the Melbourne show as a boy.', 'location'), []);
  assert.equal(reported('The Bellingen show had great cakes this year.', 'location'), []);
  // A post plainly set in Australia means the Australian namesake, not a big city abroad of the same name.
  assert.equal(reported('He came off his horse at the Richmond show.', 'location'), []);
  assert.equal(reported('He came off his horse at the Richmond show, and his ute sat in the paddock for a month.', 'location'), ['Richmond']);
});

test('a hamlet no gazetteer knows is caught by a home before it or by a sentence about someone\'s home', () => {
  const cases: [string, string][] = [
    ['The croft at Balnacrask had no mains water until she was twelve.', 'Balnacrask'],
    ['They had a small place at Durnagh until the bank took it.', 'Durnagh'],
    ['Summers in Kilvarrow were long and dry, she told me, and her brothers worked the hay.', 'Kilvarrow'],
    ['She still talks about Glenmurrin, where her father kept cattle.', 'Glenmurrin'],
    ['His mother was a schoolteacher in Otter Creek for thirty years.', 'Otter Creek'],
    ['Winters at Glen Corrach were hard on the family.', 'Glen Corrach'],
    ['Up at Ardcarrig the phone signal drops out completely.', 'Ardcarrig'],
    ['Her dad is the only GP on Inishmore, so everyone knows him.', 'Inishmore'],
  ];
  for (const [body, place] of cases) assert.equal(reported(body, 'location'), [place], body);
  // Not a home: a word describing the noun after it, a region with "the", a first name after "to".
  assert.equal(reported('At home her family kept the radio on Zydeco stations all day.', 'location'), []);
  assert.equal(reported('She went back to Ciaran after a week, and her family said nothing.', 'location'), []);
  assert.equal(reported('They live on Centrelink payments and her mum does cleaning.', 'location'), []);
});

test('Welsh and Irish village names, joined names and places "above" a farm are caught where the parser sees a person', () => {
  const cases: [string, string][] = [
    ['His farm sits up above Cwmrhiwdre, and he drives down twice a week.', 'Cwmrhiwdre'],
    ['He keeps sheep near Llanfair-ym-Nantmor with his brother.', 'Llanfair-ym-Nantmor'],
    ['Her aunt farms outside Ballyconnagh, and she spent summers there.', 'Ballyconnagh'],
  ];
  for (const [body, place] of cases) assert.ok(reported(body, 'location').includes(place), `${body} -> ${reported(body, 'location')}`);
});

test('a small town whose name starts with "Church" or ends in "Wells" is a town, named as someone\'s home', () => {
  reportsEach([
    ['Her uncle still farms near Church Fenton.', 'Church Fenton'],
    ['Builth Wells is where she grew up, and her brothers still farm there.', 'Wells'],
  ]);
  // The organisation is still not a place.
  assert.equal(reported('The Church Army runs the night shelter.', 'location'), []);
});

test('a hospital unit named with its hospital, and a garden, allotment or club named after its estate, are reported', () => {
  reportsEach([
    ['She spent five weeks in the NICU at Our Lady of Mercy before her mum could take her home.', 'NICU at Our Lady of Mercy'],
    ['The baby was in the PICU at St Brendan\'s for a month.', 'PICU at St Brendan\'s'],
    ['He volunteers at Corranmore Community Garden every Saturday with his dad.', 'Corranmore Community Garden'],
    ['Her son digs at the Lisnaree allotments with his grandad.', 'Lisnaree allotments'],
  ]);
  // The blogger's own unit, a city's units in general, and a garden with no name of its own are not.
  assert.equal(reported('I have worked on the NICU at Leeds General Infirmary for ten years.', 'location'), []);
  assert.equal(reported('Twins often spend weeks in the NICU in Manchester.', 'location'), []);
  assert.equal(reported('She volunteers at the Community Garden on Saturdays.', 'location'), []);
});

test('famous grounds, a writer\'s birthplace and the blogger\'s own ferry home are not a client\'s place', () => {
  for (const body of [
    'We watched the final at Croke Park and she cried with joy.',
    'Her dad took her to Murrayfield for the rugby, and she talked about it for weeks.',
    'Kavanagh grew up in Inniskeen, and his poems are full of those small fields.',
    'Patrick Kavanagh farmed at Inniskeen before his poems were published in London.',
    'I caught the last ferry from Oban after a long day of visits.',
  ]) assert.equal(reported(body, 'location'), [], body);
  // A client who writes poems is still a client, and her village is still hers.
  assert.ok(reported('Maeve grew up in Kilbrannagh, and her poems are full of that farm.', 'location').includes('Kilbrannagh'));
});

test('a regional town where someone was only treated is noted; the same town as a home is reported', () => {
  const treated = [
    'She drives three hours to Dubbo for dialysis every week.',
    'Her oncologist is in Inverness, so the appointments eat whole days.',
    'His mum took him to Inverness to see the paediatrician.',
  ];
  for (const body of treated) {
    assert.equal(reported(body, 'location'), [], body);
    assert.match(findings(body).find((f) => f.rule === 'location')?.message ?? '', /where someone was treated/, body);
  }
  assert.equal(reported('She lives in Dubbo with her kids and goes to the clinic there.', 'location'), ['Dubbo']);
  // A small town gets no such relief: its clinic's patients are its own people.
  assert.equal(reported('She goes to Tewkesbury for her appointments.', 'location'), ['Tewkesbury']);
});

test('named regions, valleys, downs and districts are noted, not reported', () => {
  const body = [
    'The family lives in the Hunter Valley.',
    'He lives out on the Liverpool Plains with his brother.',
    'She grew up in the Mackenzie Country and moved to the Peak District at twenty.',
    'They run sheep in the Karoo, and her cousins farm in the Riverina.',
    'He lives in the Cotswolds now.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  assert.ok(findings(body).some((f) => f.text === 'Hunter Valley' && f.severity === 'low' && /region/.test(f.message)));
});

test('a diagnosis or medication said of a person is reported with a plain alternative', () => {
  const lupus = findings('Last summer she was diagnosed with lupus and now rests most afternoons.').find((f) => f.rule === 'health');
  assert.ok(lupus);
  assert.is(lupus!.text, 'lupus');
  assert.is(lupus!.severity, 'medium');
  assert.match(lupus!.hint!, /long-term condition/);
  assert.equal(reported('He started on sertraline in May, 50 mg in the morning.', 'health'), ['sertraline']);
  assert.equal(reported('His early-onset Parkinson\'s makes the night shifts hard.', 'health'), ['early-onset Parkinson\'s']);
  assert.equal(reported('Her ADHD medication ran out in February.', 'health'), ['ADHD']);
  assert.equal(reported('Aoife has been on levetiracetam since the autumn.', 'health'), ['levetiracetam']);
  // Not in any list: a generic drug ending and a medical word ending, said of someone.
  assert.equal(reported('His GP switched him to trandolapril last month.', 'health'), ['trandolapril']);
  assert.equal(reported('In June she was diagnosed with endocarditis.', 'health'), ['endocarditis']);
  // How far along one woman's pregnancy is is private and dates it: reported, and a part of any mosaic.
  const pregnant = findings('She is twenty weeks pregnant and still on nights.').filter((f) => f.rule === 'health');
  assert.equal(pregnant.map((f) => [f.text, f.severity]), [['twenty weeks pregnant', 'medium']]);
  assert.equal(reported('Her diagnosis was a relief, and the prognosis for people with sarcoidosis varies.', 'health'), []);
});

test('a rare condition said of a person blocks on its own', () => {
  const report = checkPost('post.md', post('title: "A new care plan"', 'One of our pupils has Batten disease, and her parents asked us to plan ahead.'), { config: parseConfig({}), now: NOW }).report;
  const rare = report.findings.find((f) => f.rule === 'health');
  assert.is(rare?.severity, 'high');
  assert.is(report.status, 'blocked');
});

test('general talk about conditions, umbrella words and services are not findings', () => {
  const body = [
    'Depression remains a leading cause of disability worldwide.',
    'Clients with diabetes often miss appointments when the buses change.',
    'Many people with epilepsy live full, ordinary lives.',
    'We ran a training session on ADHD for the whole staff.',
    'She has had depression on and off for years.',
    'He was referred to the diabetes nurse and the Parkinson\'s UK adviser.',
    'She told me about her week. Autism is often missed in girls.',
    'He asked what I thought. I said that bipolar disorder is not a character flaw.',
  ].join('\n\n');
  assert.equal(reported(body, 'health'), []);
});

test('a title naming the condition the body attaches to someone is reported; a general title is not', () => {
  const source = (title: string, body: string) => checkPost('post.md', post(`title: "${title}"`, body), { config: parseConfig({}), now: NOW }).report.findings.filter((f) => f.rule === 'health').map((f) => [f.line, f.text]);
  assert.equal(source('Cystic fibrosis in the classroom', 'This term one of my pupils has cystic fibrosis.'), [[2, 'Cystic fibrosis'], [5, 'cystic fibrosis']]);
  assert.equal(source('Cystic fibrosis in the classroom', 'Children with cystic fibrosis need a clean water bottle.'), []);
});

test('named forms of common conditions, obstetric and rare metabolic diagnoses are caught', () => {
  assert.equal(reported('Kerensa has focal impaired awareness seizures, which look like daydreaming.', 'health'), ['focal impaired awareness seizures']);
  assert.equal(reported('When I got to her it was clear: a placental abruption, and her first baby.', 'health'), ['placental abruption']);
  assert.equal(reported('A four-day-old baby boy on the ward had screened positive for homocystinuria.', 'health'), ['homocystinuria']);
  assert.equal(reported('He was admitted last winter with acute rheumatic fever.', 'health'), ['acute rheumatic fever']);
  assert.equal(reported('She was diagnosed with juvenile dermatomyositis after months of sore muscles.', 'health'), ['juvenile dermatomyositis']);
  assert.equal(reported('Her pressure kept climbing, so we started magnesium sulphate overnight.', 'health'), ['magnesium sulphate']);
  // A regimen in a paragraph about someone: the drug is theirs even when the sentence names nobody.
  assert.equal(reported('That means a benzathine penicillin injection every month for years. He hates needles.', 'health'), ['benzathine penicillin']);
});

test('treatments, learning disability and topic lists are not diagnoses unless plainly someone\'s', () => {
  const body = [
    'Shelters could not manage dialysis, and a week without dialysis can kill you.',
    '- Morphine for breathlessness, with a written plan for his wife.',
    'The assessment showed a specific learning disability in reading.',
    'Most of my year is inhalers, lice checks and the occasional broken wrist from the climbing frame.',
  ].join('\n\n');
  assert.equal(reported(body, 'health'), []);
  assert.equal(reported('Most of my patients on dialysis are over sixty. A lot of the lads I see are on methadone.', 'health'), []);
  // Care many conditions share is only noted, even when plainly someone's: it names no diagnosis.
  assert.equal(reported('He goes for haemodialysis three mornings a week.', 'health'), []);
  assert.equal(findings('He goes for haemodialysis three mornings a week.').filter((f) => f.rule === 'health').map((f) => [f.text, f.severity]), [['haemodialysis', 'low']]);
  assert.equal(reported('I adjusted her morphine twice that night.', 'health'), ['morphine']);
  const described = checkPost('post.md', post('title: "Needles"\ndescription: "A school nurse on netball, rheumatic fever and a fifteen-year-old who hates needles."', 'He was diagnosed with rheumatic fever in May.'), { config: parseConfig({}), now: NOW }).report.findings;
  assert.equal(described.filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.line), [6]);
});

test('a cause named before a condition is part of the diagnosis, even before an umbrella word', () => {
  const cases: [string, string][] = [
    ['By the spring she had MRSA osteomyelitis in her shin and a long course of drips.', 'MRSA osteomyelitis'],
    ['He came in with post-streptococcal glomerulonephritis after a sore throat.', 'post-streptococcal glomerulonephritis'],
    ['She developed steroid-induced diabetes on the high doses.', 'steroid-induced diabetes'],
    ['Her bloods showed vitamin B12 deficiency anaemia.', 'vitamin B12 deficiency anaemia'],
    ['He was admitted with Lyme carditis after the camping trip.', 'Lyme carditis'],
    ['She was diagnosed with HIV-associated nephropathy last year.', 'HIV-associated nephropathy'],
    ['He has drug-resistant TB and a long course ahead.', 'drug-resistant TB'],
  ];
  for (const [body, diagnosis] of cases) assert.equal(reported(body, 'health'), [diagnosis], body);
  // "rarely" is not "rare": a common diagnosis stays medium.
  assert.equal(findings('She has lupus and rarely goes out.').filter((f) => f.rule === 'health').map((f) => f.severity), ['medium']);
  // A cause does not make a mood word a diagnosis, and an umbrella word alone stays general.
  assert.equal(reported('He has work-related anxiety, he says, and she has diabetes.', 'health'), []);
});

test('shared care is noted, a fitted device counts, and short forms that are also words need a medical word nearby', () => {
  for (const body of ['She is on home oxygen now and rarely leaves the flat.', 'She has had a stoma bag since the operation.']) {
    assert.equal(reported(body, 'health'), [], body);
    assert.equal(findings(body).filter((f) => f.rule === 'health').map((f) => f.severity), ['low'], body);
  }
  // A tube or a line fitted to someone is theirs alone, seen by everyone around them.
  assert.equal(reported('He has had a feeding tube since the surgery.', 'health'), ['feeding tube']);
  // Beside the diagnosis it serves, the care completes the picture and counts.
  assert.equal(reported('He has end-stage renal disease and goes for dialysis three times a week.', 'health'), ['end-stage renal disease', 'dialysis']);
  assert.equal(reported('She has MS and walks with a stick.', 'health'), ['MS']);
  assert.equal(reported('Her son has CF and is in and out of the respiratory ward.', 'health'), ['CF']);
  assert.equal(reported('She finished her MS in counseling in 2019.', 'health'), []);
  assert.equal(reported('WHAT DID SHE SAY when you asked her?', 'health'), []);
  assert.equal(reported('He did a CF course with the rest of us.', 'health'), []);
  assert.equal(reported('He has CP and uses a walker at school.', 'health'), ['CP']);
  assert.equal(reported('Her CP plan was reviewed in March, and the CP conference went well.', 'health'), []);
});

test('languages, broad regions and saints\' cities are not a person\'s town', () => {
  const body = [
    'She prays in Tagalog and counts in Ilocano; her brother answered in Gaelic.',
    'Mary Seacole paid her own way to the Crimea.',
    'Sunlight in Orkney in winter is not the main problem.',
    'We drove out to help them pack for the flight to St. John\'s.',
    'The nearest theatre was in Abbeville, an hour away.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  assert.equal(findings('A district nurse in Tewkesbury on leg ulcers and stubborn patients.').filter((f) => f.rule === 'location').map((f) => f.severity), ['low']);
  // A surname given with initials elsewhere in the post is that person, not a village.
  assert.equal(reported('From Bowlbyton to bell hooks: the shelf. J. K. Bowlbyton wrote the first one.', 'location'), []);
});

test('rooms: a class called "Room 9" is noted, a resident\'s room is reported', () => {
  const classRoom = findings('My Room 9 class spent the week counting stars.').filter((f) => f.rule === 'location');
  assert.equal(classRoom.map((f) => [f.text, f.severity]), [['Room 9', 'low']]);
  assert.equal(reported('She fell beside the bed in room 22 just after midnight.', 'location'), ['room 22']);
  assert.equal(reported('It is the quietest room I have ever worked in.', 'location'), []);
});

test('prisons, hospitals by their short names, hamlets of plain words and plants named by product', () => {
  assert.equal(reported('He has spent eleven years at Haddon Correctional Institute.', 'location'), ['Haddon Correctional Institute']);
  assert.equal(reported('Her partner drove her to Brannock Regional in the night.', 'location'), ['Brannock Regional']);
  assert.equal(reported('He was a 63-year-old shepherd from Seven Oaks Gap with a bad chest.', 'location'), ['Seven Oaks Gap']);
  assert.equal(reported('A three-week-old baby boy in Salmon River needed the helicopter.', 'location'), ['Salmon River']);
  assert.equal(reported('His mum works early shifts at the chicken plant outside Ardnagrask.', 'location'), ['the chicken plant', 'Ardnagrask']);
  assert.equal(reported('He got a job at the Meatworks after school.', 'location'), []);
  assert.equal(reported('Turning 100 in Kilbrannan\n\nShe had a party.', 'location'), ['Kilbrannan']);
  // A big city's hospital serves a whole region: noted only.
  assert.equal(findings('He was admitted to Auckland Hospital in July.').filter((f) => f.rule === 'location').map((f) => f.severity), ['low']);
});

test('schools attended, prisons named kind-first, places near a shelter and villages like "Port Isaac"', () => {
  assert.equal(reported('She attends Ferncliffe High and plays hockey.', 'location'), ['Ferncliffe High']);
  assert.equal(reported('He has been in HMP Kelderby since the spring.', 'location'), ['HMP Kelderby']);
  assert.equal(reported('He was found asleep in the bus shelter on Tallow Road.', 'location'), ['Tallow Road']);
  assert.equal(reported('She is a 52-year-old cook from Port Ellery.', 'location'), ['Port Ellery']);
  // Services named by what they treat, and a story's setting, are nobody's place.
  assert.equal(reported('He was referred to the Memory Clinic, and the book is set in Narnia.', 'location'), []);
  assert.equal(reported('Hope Street Café is where I write up my notes.', 'location'), []);
  assert.equal(reported('A woman from Victim Support rang her, and he works shifts at the processing plant.', 'location'), []);
});

test('transplants, stomas and adjectives of a diagnosis said of someone are reported', () => {
  assert.equal(reported('He has had a kidney transplant.', 'health'), ['kidney transplant']);
  assert.equal(reported('After the colostomy she stopped going out.', 'health'), ['colostomy']);
  assert.equal(reported('He is epileptic and cannot drive.', 'health'), ['epileptic']);
  assert.equal(reported('Her son has CF and PDA; she was diagnosed with EUPD last year.', 'health'), ['CF and PDA', 'EUPD']);
  assert.equal(reported('She had a double mastectomy last year.', 'health'), ['mastectomy']);
});

test('a place named in apposition, housing estates, leisure centres and a street by a centre', () => {
  assert.equal(reported('Her village, Carrowkeel Beg, has one shop and a church.', 'location'), ['Carrowkeel Beg']);
  assert.equal(reported('Ellesmere, a village of four hundred people, lost its bus last year.', 'location'), ['Ellesmere']);
  assert.equal(reported('He grew up on the Bellknowe estate.', 'location'), ['Bellknowe estate']);
  assert.equal(reported('She is a cleaner at Kingsfold Leisure Centre.', 'location'), ['Kingsfold Leisure Centre']);
  assert.equal(reported('She goes to the family centre on Tanner Lane.', 'location'), ['Tanner Lane']);
});

test('common diagnoses and everyday prescriptions said of someone are reported, across body systems', () => {
  assert.equal(reported('Mr Adeyemi has gout again and his colchicine ran out.', 'health'), ['gout', 'colchicine']);
  assert.equal(reported('She was started on bumetanide for her ascites.', 'health'), ['bumetanide', 'ascites']);
  assert.equal(reported('He has alcohol-related liver disease and stage 3 kidney disease.', 'health'), ['alcohol-related liver disease and stage 3 kidney disease']);
  assert.equal(reported('My client developed bronchiectasis last winter; her sciatica is worse.', 'health'), ['bronchiectasis', 'sciatica']);
  assert.equal(reported('He takes trazodone at night and lurasidone in the morning.', 'health'), ['trazodone', 'lurasidone']);
  assert.equal(reported('She had HELLP syndrome with her second and now has heart failure.', 'health'), ['HELLP syndrome', 'heart failure']);
  // A drug missing from the list still reads as one by its ending.
  assert.equal(reported('He was switched to velmitinib last month.', 'health'), ['velmitinib']);
  // Ordinary words that end like a drug are not one.
  assert.equal(reported('She put down her magazine; his cholesterol was fine.', 'health'), []);
});

test('the same conditions discussed in general are not reported', () => {
  assert.equal(reported('Clients with heart failure often struggle with stairs.', 'health'), []);
  assert.equal(reported('Gout is more common than people think, and many of my patients on furosemide get it.', 'health'), []);
});

test('villages too small for the gazetteer are found by the place words around them', () => {
  assert.equal(reported('Her farm is on the road to Carnbreck, an hour from anywhere.', 'location'), ['Carnbreck']);
  assert.equal(reported("Everyone drinks in Dunmarragh's one pub.", 'location'), ['Dunmarragh']);
  assert.equal(reported('The surgery in Kilmorrow was shut, so she drove on.', 'location'), ['Kilmorrow']);
  assert.equal(reported('He grew up in Otter Gap with his grandparents.', 'location'), ['Otter Gap']);
});

test('a named church, temple or hall where someone worships is reported; denominations and landmarks are not', () => {
  assert.equal(reported("She sings in the choir at St Enda's Chapel.", 'location'), ["St Enda's Chapel"]);
  assert.equal(reported('He goes to Bethel Hill Pentecostal Church with his aunt.', 'location'), ['Bethel Hill Pentecostal Church']);
  assert.equal(reported('The family pray at the Hollins Road Gurdwara most weekends.', 'location'), ['Hollins Road Gurdwara']);
  assert.equal(reported('He was raised in the Methodist Church and still loves the hymns.', 'location'), []);
});

test('broad regions and landscapes are not reported', () => {
  assert.equal(reported('She grew up in North Wales and now lives on the Darling Downs.', 'location'), []);
  assert.equal(reported('They moved to the Scottish Borders when he retired.', 'location'), []);
});

test('a hospital town where someone was only treated, and figures of speech, are not reported', () => {
  assert.equal(reported('He was treated in Dumfries after the fall and came home on the Friday.', 'location'), []);
  assert.equal(reported('It nearly gave him a heart attack when the bill came.', 'health'), []);
  assert.equal(reported('He had a heart attack on the allotment last spring.', 'health'), ['heart attack']);
});

test('a village beyond which someone farms and the pub they drink in are reported', () => {
  assert.equal(reported('They run sheep out beyond Askerby.', 'location'), ['Askerby']);
  assert.equal(reported('He drinks at the Plough and Harrow most nights.', 'location'), ['Plough and Harrow']);
  assert.equal(reported('She buys her lunch at Marks and Spencer.', 'location'), []);
});

test('a stay somewhere for an illness names a hospital, not where the person lives', () => {
  assert.equal(reported('Last spring she spent three weeks in Ballycastle with a kidney infection.', 'location'), []);
  assert.equal(reported('Last spring she spent three weeks in Ballycastle with her cousins.', 'location'), ['Ballycastle']);
});

test('the adjective people use for a diagnosis is reported when said of someone, not of a group', () => {
  assert.equal(reported('Her grandson is dyslexic and hides it well.', 'health'), ['dyslexic']);
  assert.equal(reported('Many autistic adults find open-plan offices exhausting.', 'health'), []);
});

test('a village named first and described right after is reported', () => {
  assert.equal(reported('Lisnagarvey, a village of 400, has one shop and a church.', 'location'), ['Lisnagarvey']);
});

test('big cities named in English, by an old name or by a nickname are cities, not namesake villages', () => {
  const body = [
    'Her sister lives in Ghent and rings on Sundays.',
    'He grew up in Cologne, then moved to Gothenburg for work.',
    'Her grandmother was born in Bombay and still calls it that.',
    'He moved back to Joburg last year; his cousin lives in Philly.',
    'She spent her twenties in Seville.',
    // Letters without a separable accent are written plainly in English: "Łódź" is "Lodz".
    'Her uncle still lives in Lodz; her husband grew up in Raqqa.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  const ghent = findings('Her sister lives in Ghent.').find((f) => f.text === 'Ghent');
  assert.match(ghent!.message, /city \(about [\d,]+ people\)/);
  // A real small town of the same region is still a small town.
  assert.equal(reported('Her sister lives in Tewkesbury.', 'location'), ['Tewkesbury']);
});

test('large islands are regions; small islands, named either way, are where someone lives', () => {
  const body = [
    'She teaches on Vancouver Island and writes about her class.',
    'He grew up on the North Island before moving south.',
    'Her family moved to Cape Breton Island when she was small.',
    'His mum lives on the Isle of Wight.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  assert.equal(reported('He grew up on the Isle of Coll and still fishes there.', 'location'), ['Isle of Coll']);
  assert.equal(reported('She lives on Inishkeel with her mother.', 'location'), ['Inishkeel']);
  assert.equal(reported('Her family lives on Otter Island.', 'location'), ['Otter Island']);
});

test('a neighbourhood named after a kind of home is where someone lives, even in plain words', () => {
  assert.equal(reported('He lives in a tower block in Heron Side with his mum.', 'location'), ['Heron Side']);
  assert.equal(reported('They were rehoused in a high-rise on Blue Gate.', 'location'), ['Blue Gate']);
  assert.equal(reported('The family has a council flat in Thornwick.', 'location'), ['Thornwick']);
  // A big city, a region or a brand after the same words is not a neighbourhood.
  assert.equal(reported('She found a flat in Glasgow, then a caravan in Cornwall; the trailer on YouTube was funny.', 'location'), []);
});

test('a named block of flats where someone lives, or where a club for its residents meets, is reported', () => {
  assert.equal(reported('She lives in Birchfield Towers with her three kids.', 'location'), ['Birchfield Towers']);
  assert.equal(reported('The homework club at Sorrel Heights runs on Tuesdays; he never misses it.', 'location'), ['Sorrel Heights']);
  assert.equal(reported('His family moved into the Oakmere Apartments in May.', 'location'), ['Oakmere Apartments']);
  assert.equal(reported('Birchfield Towers, where she lives, has had no lift since June.', 'location'), ['Birchfield Towers']);
  assert.ok(findings('He has a bedsit at Quarrybank Mansions.').some((f) => f.text === 'Quarrybank Mansions' && /block of flats/.test(f.message)));
  // A court of law, a venue and a public garden are no one's home.
  assert.equal(reported('The hearing at Castle Court ran late, and the conference was at Harbour Plaza.', 'location'), []);
  assert.equal(reported('We visited Kew Gardens on the last day of term. She moved to a flat near the Town Hall.', 'location'), []);
});

test('a settlement named by its one clinic or school, and a station someone lives or works on, are reported', () => {
  // The blogger's own post in a tiny settlement still names where the clients live.
  assert.equal(reported('I spent a month covering the nursing station at Tuktarvik.', 'location'), ['Tuktarvik']);
  assert.equal(reported('We had a call-out to the school in Ngarrindi last week.', 'location'), ['Ngarrindi']);
  const settlement = findings('The kids hang around the airstrip at Kowanyami after school.').find((f) => f.text === 'Kowanyami');
  assert.is(settlement?.severity, 'medium');
  assert.match(settlement!.message, /village/);
  assert.equal(reported('Her dad runs cattle at Gidgee Downs, out past the bore.', 'location'), ['Gidgee Downs']);
  assert.equal(reported('He grew up on Yarrabee Station with four brothers.', 'location'), ['Yarrabee Station']);
  // "The X Downs" is a region; a city's railway station is a public place.
  assert.equal(reported('They farm on the Darling Downs. He works at Central Station as a guard.', 'location'), []);
});

test('named or qualified inflammations and injuries with their anatomy are reported when said of someone', () => {
  assert.equal(reported('Her eldest was diagnosed in March with Behcet-like uveitis.', 'health'), ['Behcet-like uveitis']);
  assert.equal(reported('He has Morvan encephalitis and sleeps badly.', 'health'), ['Morvan encephalitis']);
  assert.equal(reported('Tomasz came back from the specialist on Tuesday. It is Kawasaki-like vasculitis, they think.', 'health'), ['Kawasaki-like vasculitis']);
  assert.equal(reported('Six weeks after the birth she was told it was postpartum thyroiditis.', 'health'), ['postpartum thyroiditis']);
  assert.equal(reported('He came off the quad bike with an open fracture of his left fibula.', 'health'), ['open fracture of his left fibula']);
  assert.equal(reported('She has a T12 compression fracture from the fall.', 'health'), ['T12 compression fracture']);
  assert.equal(reported('He has had a hearing loss in his right ear since the accident.', 'health'), ['hearing loss in his right ear']);
  // The same words in general talk are not about anyone; an ordinary word at a sentence's start is no eponym.
  assert.equal(reported('Clients with Crohn-like colitis often struggle at work. An open fracture needs surgery within hours.', 'health'), []);
  assert.equal(reported('Severe arthritis kept her indoors all winter.', 'health'), []);
});

test('a headline that attaches a condition to someone counts only when the body does too, or it says whose it is', () => {
  const health = (frontMatter: string, body: string) => checkPost('post.md', post(frontMatter, body), { config: parseConfig({}), now: NOW }).report.findings.filter((f) => f.rule === 'health' && f.severity !== 'low').map((f) => f.text);
  const general = 'The training covered first aid for seizures. Most of us had never seen one, and the trainer took questions for an hour.';
  assert.equal(health('title: "What a seven-year-old taught me about epilepsy"', general), []);
  assert.equal(health('title: "Staff training"\ndescription: "She asked about epilepsy, so we booked a session"', general), []);
  assert.equal(health('title: "What a seven-year-old taught me about epilepsy"', 'She has epilepsy and hates the fuss.'), ['epilepsy', 'epilepsy']);
  assert.equal(health('title: "Her epilepsy and the school trip"', general), ['epilepsy']);
});

test('a place the gazetteer lists without a size is reported as a small place, never as "about 0 people"', () => {
  const found = findings('Her nan lives in Barmston with the dog.').find((f) => f.text === 'Barmston');
  assert.is(found?.severity, 'medium');
  assert.not.match(found!.message, /about 0 people/);
});


test('side, brain territory and wound site make a clinical description one person\'s', () => {
  assert.equal(reported('Her husband rang: she had a left middle cerebral artery stroke on Sunday.', 'health'), ['left middle cerebral artery stroke']);
  assert.equal(reported('He came onto the ward with right-sided weakness and right neglect.', 'health'), ['right-sided weakness and right neglect']);
  assert.equal(reported('I did her dressings first: a pressure ulcer, left heel, slow to close.', 'health'), ['pressure ulcer, left heel']);
  assert.equal(reported('He has a diabetic foot ulcer on the right hallux that will not heal.', 'health'), ['diabetic foot ulcer on the right hallux']);
  assert.equal(reported('She had tendon release surgery in the spring and hates the splint.', 'health'), ['tendon release surgery']);
  // The same subjects taught in general belong to nobody.
  assert.equal(reported('Pressure ulcers on the heel are preventable. Strokes in the left hemisphere often affect speech.', 'health'), []);
  const stroke = findings('Her husband rang: she had a left middle cerebral artery stroke on Sunday.').find((f) => f.rule === 'health');
  assert.match(stroke?.hint ?? '', /long-term condition|health problem/);
});

test('a hospital named without the word "Hospital" is reported where a patient is admitted, born or lying', () => {
  assert.equal(reported('Her nan was admitted to Treliske Vale on Friday after the fall.', 'location'), ['Treliske Vale']);
  assert.equal(reported('The twins were born at North Fenwick in the early hours.', 'location'), ['North Fenwick']);
  assert.equal(reported("She's in Brynhafod now and her daughter sits with her.", 'location'), ['Brynhafod']);
  const ward = findings("She's in Brynhafod now and her daughter sits with her.").find((f) => f.rule === 'location');
  assert.match(ward?.message ?? '', /hospital/);
  // Classes, units and plain words after the same verbs are no place.
  assert.equal(reported("She's in Year 9 now. He was discharged from Intensive Care on Monday.", 'location'), []);
});

test('a compass quarter of a big city, and a regional centre the blogger works in, are only noted', () => {
  assert.equal(reported('I run a youth group in South Manchester on Thursdays.', 'location'), []);
  assert.equal(reported('Her family moved to North Glasgow in the summer.', 'location'), []);
  assert.equal(reported("I'm a community nurse based in Whitehorse.", 'location'), []);
  // A town that carries its compass word, and the same centre as a client's new home, are still reported.
  assert.equal(reported('He lives in North Berwick with his gran.', 'location'), ['North Berwick']);
  assert.equal(reported('Her family moved to Whitehorse in the spring.', 'location'), ['Whitehorse']);
});

test('a condition taught in general, of a group or of a public figure is no finding; the same said of a client is', () => {
  assert.equal(reported('She brought her new pupil round. Type 1 diabetes in school: a care plan comes first.', 'health'), []);
  assert.equal(reported('She asked about the clinic. Lithium levels need checking every three months.', 'health'), []);
  assert.equal(reported('He showed me a clip. Autistic kids often find assemblies too loud.', 'health'), []);
  assert.equal(reported('My client loves her books. Temple Grandin is autistic, and she says so plainly.', 'health'), []);
  assert.equal(reported('Her lithium levels were high again on Monday.', 'health'), ['lithium']);
  assert.equal(reported('Her son is autistic and hates assemblies.', 'health'), ['autistic']);
  assert.equal(reported("In March Tom Ferris learned he had early-onset Parkinson's disease.", 'health'), ["early-onset Parkinson's disease"]);
});

test('a building on a street found in most towns is one place when someone goes there', () => {
  assert.equal(reported('Her son goes to the primary school on Church Street.', 'location'), ['Church Street']);
  assert.equal(reported('He still lives above the chemist on Station Road with his dad.', 'location'), ['Station Road']);
  // The street alone, or shops on it with nobody's story, point at no one.
  assert.equal(reported('I popped into the shops on the High Street. The café on High Street does a good breakfast.', 'location'), []);
});


test('small named places tied to a person: pubs, boats, congregations, bus routes, waters, houses and settlements', () => {
  const cases: [string, string][] = [
    ['We met in the Wheatsheaf on Thursdays, and he talked about his brother.', 'Wheatsheaf'],
    ['After his shift he heads down the Crooked Billet with his mates.', 'Crooked Billet'],
    ['Her dad has a pint at the Drovers most evenings.', 'Drovers'],
    ['Her son works as a deckhand on the MV Loch Tarra.', 'MV Loch Tarra'],
    ['He crewed on the trawler Silver Harvest for six years.', 'Silver Harvest'],
    ['His grandmother goes to the mandir on Albert Road every morning.', 'Albert Road'],
    ['Her cousins gather at Waipuna marae for birthdays.', 'Waipuna marae'],
    ['She catches the 17 bus to her mum\'s after school.', '17 bus'],
    ['He takes the Q9 into town for his college course.', 'Q9'],
    ['Their house backs onto the River Brathay and she worries about floods.', 'River Brathay'],
    ['Her kids play at Tregarne cove all summer.', 'Tregarne cove'],
    ['After the stroke her father moved into The Rowans, two streets away.', 'The Rowans'],
    ['He grew up in Mphahlele township with his grandmother.', 'Mphahlele'],
  ];
  reportsEach(cases);
  const pub = findings('We met in the Wheatsheaf on Thursdays, and he talked about his brother.').find((f) => f.text === 'Wheatsheaf');
  assert.match(pub!.message, /pub/);
  assert.match(pub!.hint!, /the local pub/);
});

test('plain words near the same kinds of place are not reported', () => {
  const body = [
    'The Anchor is a good metaphor for what a routine gives a child.',
    'She read it in the Sun, then threw the paper away.',
    'He takes the A30 into town when the traffic is light.',
    'We talked about the river and the beach, and she drew a boat.',
    'Her family goes to the Baptist church on Sundays.',
    'She read The Secret Garden to her little brother.',
    'I took my kids to Bondi beach on holiday last year.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
});

test('history, observances, city quarters, big hospitals and a town\'s employer in general talk are not a client\'s place', () => {
  const body = [
    'My grandfather served in Malaya, and his brother fought in Korea and never spoke of it.',
    'Her great-uncle was at Gallipoli and later on the Somme.',
    'On Waitangi Day and Remembrance Sunday the ward is quiet.',
    'Social work in the East End and on the South Side has changed since the eighties.',
    'I did my placement at Westmead Hospital in Sydney and loved it.',
    'Half the town worked at the fish plant before it closed.',
    'Nelson Mandela lived on Vilakazi Street before he was arrested.',
    'She buys her bread at Tesco Express like everyone else.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  // The same kinds of place, tied to one person, still count.
  // An unnamed plant is one of many until the post names the small place it stands in.
  assert.equal(reported('Her dad worked at the fish plant until his back gave out.', 'location'), []);
  assert.equal(reported('She grew up in Portnahaven. Her dad worked nights at the fish plant.', 'location'), ['Portnahaven', 'the fish plant']);
  assert.equal(reported('Her dad lived on Vilakazi Street before he was arrested.', 'location'), ['Vilakazi Street']);
  assert.equal(reported('She stacks shelves at the Tesco Express on Harrow Lane.', 'location'), ['Tesco Express', 'Harrow Lane']);
  assert.equal(reported('She was admitted to Westmead Hospital after the fall.', 'location'), ['Westmead Hospital']);
});


test('the blogger\'s own small base and a good cause\'s town are reported, but do not make a mosaic alone', () => {
  const status = (body: string) => checkPost('post.md', post('title: "A week of visits"\ndate: 2026-01-05', body), { config: parseConfig({}), now: NOW }).report;
  for (const body of [
    'The charity fun run in Kirkby Stephen is on 14 March 2026. Her three boys will run it in fancy dress.',
    'A district nurse in Aberfeldy. The next clinic is on 14 March 2026. Her three boys will run it in fancy dress.',
  ]) {
    const r = status(body);
    assert.ok(r.findings.some((f) => f.rule === 'location' && f.severity === 'medium'), body);
    assert.is(r.status, 'cleared', body);
  }
  // A client's own small town still completes the mosaic.
  assert.is(status('She moved to Kirkby Stephen on 14 March 2026. Her three boys keep her going.').status, 'blocked');
});


test('more shapes of a small named place: owners\' pubs, town clubs, island ferries, rivers named alone, care homes, nursery names', () => {
  const cases: [string, string][] = [
    ['He drinks in Brannigan\'s most nights and comes home late.', "Brannigan's"],
    ['Her husband spends every Saturday at the Legion.', 'Legion'],
    ['She takes the Inishowen ferry to see her father.', 'Inishowen ferry'],
    ['They live by the Lune and the floods frighten her.', 'Lune'],
    ['Her boys swim at Porthkerris Beach every summer.', 'Porthkerris Beach'],
    ['Last year her mother moved into Brookvale care home.', 'Brookvale'],
    ['Her daughter is at Wattle Grove Kindy three days a week.', 'Wattle Grove Kindy'],
  ];
  reportsEach(cases);
  // A friend's home named by its owner, and a river as a word, are not pubs or places.
  assert.equal(reported('He had a beer at Tom\'s on Friday. We talked about the river and the beach.', 'location'), []);
});


test('a school or home named in plain words is caught by the pupil or the move right before it', () => {
  assert.equal(reported('He\'s in Year 8 at Thornbury and struggling with maths.', 'location'), ['Thornbury']);
  assert.equal(reported('Last month his nan moved into Laurel Bank.', 'location'), ['Laurel Bank']);
  assert.equal(reported('Her dad\'s boat, the Mary Ellen, went down in the storm.', 'location'), ['Mary Ellen']);
  // Kinds of care, first names, big cities and plain words are not named places.
  assert.equal(reported('She moved into Supported Living, and the pupils at Home Education day loved it. He moved to Leeds.', 'location').filter((t) => t !== 'Leeds'), []);
  assert.equal(reported('The students from Maths club stayed late.', 'location'), []);
});


test('a named place as the subject of a sentence about someone, or set off by quotes and emphasis', () => {
  const cases: [string, string][] = [
    ['Mount Hebron Free Methodist Church runs the food pantry she relies on.', 'Free Methodist Church'],
    ['Her grandmother\'s church, Bethany Gospel Hall, sends a meal every week.', 'Bethany Gospel Hall'],
    ['She sings in the choir at Ebenezer Chapel.', 'Ebenezer Chapel'],
    ['The Wheatsheaf is where he drinks away his wages.', 'Wheatsheaf'],
    ['The 42 bus stops right outside her flat.', '42 bus'],
    ['**The Rowans** is where her mother lives now.', 'The Rowans'],
    ['She moved to "The Rowans" after the fall.', 'The Rowans'],
  ];
  reportsEach(cases);
  // A person named like a church, and a newspaper opening a sentence, are not places.
  assert.equal(reported('Charlotte Church sang at the concert. The Sun says the pubs are dying.', 'location'), []);
});


test('the blogger\'s own hospital, a city\'s famous clinic, an errand at a chain and history are only noted', () => {
  const body = [
    'I trained at the Cleveland Clinic before moving home.',
    'Our unit at Westmoor Academic Hospital is always full.',
    'I bought nappies at the Walmart on Route 9 before the visit.',
    'The Freedom Charter was signed in Kliptown in 1955.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  // A client's shop job at a branch, and a client's home in the same township, still count.
  assert.equal(reported('Her son stacks shelves at the Walmart on Route 9.', 'location'), ['Walmart']);
  assert.equal(reported('She moved to Kliptown in 1995 with her aunt.', 'location'), ['Kliptown']);
});


test('any word before a pub\'s noun, a bus by its number, and a farm or school set off by commas', () => {
  assert.equal(reported('His dad drinks at the Bay Horse most nights.', 'location'), ['Bay Horse']);
  assert.equal(reported('She takes bus 42 to her mum\'s every Sunday.', 'location'), ['42']);
  assert.equal(reported('Their farm, Glenrock, was sold after the drought.', 'location'), ['Glenrock']);
  assert.equal(reported('Her school, Whinmoor, has been brilliant with her.', 'location'), ['Whinmoor']);
});


test('a number that counts time, people or distance is not a bus route', () => {
  const body = [
    'It is a 15-minute bus ride for her, and the 3 of them take the bus together.',
    'She works a 12 hour shift and takes the bus home.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  assert.equal(reported('She catches the 42 to her mum\'s.', 'location'), ['42']);
});


test('districts talked about in general, after a plural or a kind of work, are only noted', () => {
  const body = [
    'Social work in Mitchells Plain is different from social work in the southern suburbs.',
    'Gangs in Manenberg and Hanover Park recruit boys as young as ten.',
  ].join('\n\n');
  assert.equal(reported(body, 'location'), []);
  // One family there, or a verb before "in", is not general talk.
  assert.equal(reported('Her family in Manenberg keeps her going.', 'location'), ['Manenberg']);
  assert.equal(reported("Everyone drinks in Dunmarragh's one pub.", 'location'), ['Dunmarragh']);
});


test('a boat named in italics, with a crew and a boat in the sentence, is a named boat', () => {
  assert.equal(reported('He crews the *Morning Tide* out of the harbour with his uncle.', 'location'), ['Morning Tide']);
  assert.equal(reported('She read the *Morning Tide* to her class, then we took the ferry home.', 'location'), []);
});


test('a traditional pub name beside someone, and plural pub nouns, are pubs', () => {
  assert.equal(reported('I sometimes see him in the Plough with his cousins.', 'location'), ['Plough']);
  assert.equal(reported('Her brother is always outside the Fox and Hounds.', 'location'), ['Fox and Hounds']);
  // Nouns that also name a paper or a theatre need the drinking said.
  assert.equal(reported('She read about it in the Sun, and he saw a play at the Globe.', 'location'), []);
});


test('plain words right after a home verb name a place, unless they name a kind of care', () => {
  assert.equal(reported('He grew up in Bolt Head, a place with one shop.', 'location'), ['Bolt Head']);
  assert.equal(reported('She moved into Supported Living last month, and he lives in Sheltered Housing.', 'location'), []);
});


test('beside someone, only a name no one but a pub has is a pub', () => {
  assert.equal(reported('Her son slides back into the Black Dog every winter.', 'location'), []);
  assert.equal(reported('She used to see him in the Wheatsheaf with his cousins.', 'location'), ['Wheatsheaf']);
});

test('everyday words for a diagnosis or a drug are reported when said of someone, never the kitchen table', () => {
  const cases: [string, string][] = [
    ["Gethin's had the sugar for years and won't check his feet.", 'sugar'],
    ['The out-of-hours doctor said she had water on her chest.', 'water on her chest'],
    ["He's on a water tablet now and keeps getting up at night.", 'water tablet'],
    ['Her grandad takes a blood thinner for his heart.', 'blood thinner'],
    ['By the Wednesday he was in the DTs on the ward.', 'the DTs'],
    ['She has been drinking heavily since the funeral.', 'drinking heavily'],
    ['Her aunt always said she had bad nerves.', 'bad nerves'],
  ];
  for (const [body, term] of cases) assert.ok(reported(body, 'health').includes(term), `${body} -> ${reported(body, 'health')}`);
  const message = findings("Gethin's had the sugar for years.").find((f) => f.category === 'health')!.message;
  assert.match(message, /diabetes/);
  assert.ok(reported('He was drinking a bottle of vodka a day by the summer.', 'health').includes('a bottle of vodka a day'));
  assert.ok(reported('She had her gallbladder out in June.', 'health').includes('her gallbladder out'));
  assert.ok(reported("She's got an under-active thyroid.", 'health').includes('under-active thyroid'));
  assert.ok(reported('Her nerves are shot since the break-in.', 'health').includes('nerves'));
  assert.ok(reported('He drank heavily after the divorce.', 'health').includes('drank heavily'));
  assert.ok(reported('She had a tonic-clonic in the lunch hall.', 'health').includes('tonic-clonic'));
  assert.ok(reported("He's been on heroin since the summer.", 'health').includes('heroin'));
  assert.ok(reported('She had a crack habit by the time she left care.', 'health').includes('crack habit'));
  assert.equal(reported('They put the plan on ice until she was ready.', 'health'), []);
  // A kind of drug named in passing is no one's until someone takes it.
  assert.equal(reported('She asked whether anti-psychotics make people put on weight.', 'health'), []);
  assert.equal(reported('She passed me the sugar and said nothing about her week.', 'health'), []);
  assert.equal(reported('He gave me a breakdown of the costs before she arrived.', 'health'), []);
});

test('short forms and eponyms said of someone are diagnoses; a possessive name owns a condition', () => {
  assert.equal(reported('He was started on ARVs in the spring.', 'health'), ['ARVs']);
  assert.equal(reported('She was diagnosed with OUD after the second overdose.', 'health'), ['OUD']);
  assert.equal(reported('The neurologist said it was Korsakoff\'s and he would not improve.', 'health'), ["Korsakoff's"]);
  // An eponym no list holds is read from the words before it.
  assert.equal(reported('The consultant thought it was Batten\'s, and she cried in the car.', 'health'), ["Batten's"]);
  assert.equal(reported("Ruairi's epilepsy is well controlled now.", 'health'), ['epilepsy']);
  assert.equal(reported('She had a tonic-clonic seizure in the lunch queue.', 'health'), ['tonic-clonic seizure']);
  assert.equal(reported('Afterwards he had a right-sided stroke.', 'health'), ['right-sided stroke']);
  assert.equal(reported('She spent a month in intensive care with anti-NMDA receptor encephalitis.', 'health'), ['anti-NMDA receptor encephalitis']);
  // A shop with a possessive is nobody's illness.
  assert.equal(reported("She went round to Tesco's after work and had Sainsbury's bags.", 'health'), []);
});

test('a drug or condition in the news, a film, a training or a general claim is no one\'s', () => {
  assert.equal(reported('I sat with her for an hour. Naloxone saves lives, and every hostel should stock it.', 'health'), []);
  assert.equal(reported('She lent me a box set. The drama shows how OxyContin was sold to family doctors.', 'health'), []);
  assert.equal(reported('She showed me an advert for Ozempic on her phone.', 'health'), []);
  assert.equal(reported('He was fine by teatime. We use a head injury score to decide who needs a scan.', 'health'), []);
  assert.equal(reported('Her mum watched a programme and asked whether memantine works.', 'health'), []);
  assert.equal(reported('I told her buprenorphine is first-line now, and she nodded.', 'health'), []);
  assert.equal(reported('Her buprenorphine is given every Monday.', 'health'), ['buprenorphine']);
  // A condition that follows someone's name a sentence earlier is still theirs, whatever the verb.
  assert.equal(reported('Tomasz came in on Monday. The epilepsy has been worse since the new job.', 'health'), ['epilepsy']);
  // The same drug given to someone is still theirs.
  assert.equal(reported('She watched the documentary while the nurse gave her naloxone.', 'health'), ['naloxone']);
});


test("a charity or body named after its country is neither a place nor a person; a person with a country's surname still is", () => {
  assert.equal(reported('We had a grant from Age Cymru, and research from Youth Link Scotland backs it.', 'location'), []);
  assert.equal(reported('Research from Youth Link Scotland backs it.', 'person-name'), []);
  assert.equal(reported('I met Tom England and his mum on Friday.', 'person-name'), ['Tom England']);
  assert.equal(reported('Last week Grace Ireland came back to group.', 'person-name'), ['Grace Ireland']);
});

test('a drug with its dose, oxygen with its flow and an owned common condition are reported when said of someone', () => {
  assert.equal(reported('Her grandson is on melatonin 2 mg before bed now.', 'health'), ['melatonin 2 mg']);
  // A drug no list holds still reads as one with a dose after it.
  assert.equal(reported('He was put on Dormexal 5 mg at night by the GP.', 'health'), ['Dormexal 5 mg']);
  assert.equal(reported('Since March she has been on continuous oxygen at 3 litres.', 'health'), ['continuous oxygen at 3 litres']);
  assert.equal(reported('He manages on 2 litres of oxygen overnight.', 'health'), ['2 litres of oxygen']);
  assert.equal(reported('His asthma flared every time the heating came on.', 'health'), ['asthma']);
  assert.equal(reported('Kenji has eczema and hates the wool jumpers.', 'health'), ['eczema']);
  const message = findings('She has asthma and walks to the shop.').find((f) => f.text === 'asthma');
  assert.match(message!.message, /common condition said to be theirs/);
  // Talk about the condition, a dose without a drug, and oxygen without a flow stay unreported.
  assert.equal(reported('Asthma is more common in damp flats. Oxygen at 2 litres is a typical starting point.', 'health'), []);
  assert.equal(reported('He takes 20 mg in the morning and came home on oxygen.', 'health'), []);
});

test('a school year spelled like a drug is no drug, and the explanation of a named diagnosis is the same finding', () => {
  assert.equal(reported('Her twins start Prep at the local school in January.', 'health'), []);
  assert.equal(reported('He has been on PrEP since the spring.', 'health'), ['PrEP']);
  assert.equal(reported('Mia has Ledwell syndrome, a rare type of muscular dystrophy that weakens the hips.', 'health'), ['Ledwell syndrome']);
  assert.equal(reported('Mia has Ledwell syndrome (a rare type of muscular dystrophy) and loves the pool.', 'health'), ['Ledwell syndrome']);
  // Two conditions side by side are two findings.
  assert.equal(reported('Mia has Ledwell syndrome and muscular dystrophy.', 'health'), ['Ledwell syndrome and muscular dystrophy']);
});

test('a fracture told as what happened to someone is reported, the paragraph saying whose it is', () => {
  assert.equal(reported('Our neighbour Mrs Ferris is ninety. Taken in on Sunday with a fractured neck of femur.', 'health'), ['fractured neck of femur']);
  assert.equal(reported('He slipped on the ice and broke his wrist.', 'health'), ['broke his wrist']);
  assert.equal(reported('She came back from theatre after a fractured NOF.', 'health'), ['fractured NOF']);
  // A fracture in teaching, and "broke his back" as a figure of speech, are no one's.
  assert.equal(reported('Hip fractures are common after seventy. A fractured neck of femur needs surgery within a day.', 'health'), []);
  assert.equal(reported('He broke his back lifting crates for thirty years.', 'health'), []);
});

test('care notes: a dosed drug or oxygen flow in a paragraph about someone, and kin who have asthma', () => {
  assert.equal(reported('Meds: melatonin 2 mg nocte, sertraline 100mg mane. He sleeps through most nights now.', 'health'), ['melatonin 2 mg', 'sertraline 100mg']);
  assert.ok(!findings('Meds: melatonin 2 mg nocte. He sleeps through now.').some((f) => f.text === 'Meds'), 'a note heading is no speaker');
  assert.equal(reported('Oxygen at 1 litre, continuous, since the winter. She hates the tubing.', 'health'), ['Oxygen at 1 litre']);
  assert.equal(reported('Dorothy, 88, fractured neck of femur, came to us from the ward.', 'health'), ['fractured neck of femur']);
  assert.equal(reported('Their daughter has asthma and eczema.', 'health'), ['asthma and eczema']);
  // Doses and flows in teaching stay general.
  assert.equal(reported('A usual adult dose is 10 mg. Oxygen at 2 litres is a common starting point.', 'health'), []);
});

test('wards named by floor and wing are reported; a street number or a building is not', () => {
  assert.equal(reported('After the op he spent four nights on 3 West, the surgical step-down.', 'location'), ['3 West']);
  assert.equal(reported('They transferred her to 9 South when a bed came free.', 'location'), ['9 South']);
  assert.equal(reported('Overnight she was moved to 6D and the nurses were lovely.', 'location'), ['6D']);
  assert.equal(reported('She was in 5 North for a week before a bed came up on the ward.', 'location'), ['5 North']);
  assert.equal(reported('We meet at 4 North Street every Thursday.', 'location').includes('4 North'), false);
  assert.equal(reported('The score went to 3D printing next.', 'location'), []);
});

test('a firm named with a trade word is an employer; a shop named in plain words is not, unless someone works there', () => {
  reportsEach([
    ['Her dad loads trucks at Donnelly Farm Supplies most mornings.', 'Donnelly Farm Supplies'],
    ['He got a start at Quayside Seafood Co. gutting fish.', 'Quayside Seafood Co'],
    ['His uncle is the foreman at Lanigan Timber and took him on.', 'Lanigan Timber'],
    ['Her son labours for Cassidy & Sons when they have work.', 'Cassidy & Sons'],
  ]);
  assert.equal(reported('I bought the printer ink from Office Supplies online.', 'location'), []);
});

test('a local junior club is reported; a professional side from a city is not', () => {
  reportsEach([
    ['Her boy is in the Riverina Kestrels under-11s and lives for Saturday.', 'Riverina Kestrels'],
    ['He plays for the Tallowood Bulldogs now and his mum drives him.', 'Tallowood Bulldogs'],
  ]);
  assert.equal(reported('We watched the Chicago Bears lose on the telly.', 'location'), []);
  assert.equal(reported('My son was glued to the Adelaide Crows game all night.', 'location'), []);
});

test('a village named after its saint is reported where someone lives; a saint prayed to is not', () => {
  reportsEach([
    ['Her bungalow in St Tudy floods every winter.', 'St Tudy'],
    ['He walks his dog to St Ervan-by-the-Creek and back each morning.', 'St Ervan-by-the-Creek'],
  ]);
  assert.equal(reported('She prayed to St Jude the night before her scan.', 'location'), []);
});

test('where someone grew up, the namesake in the post\'s own country decides the size', () => {
  assert.equal(reported('Her dad grew up in Kerman, out in the California farm country, and picked melons at ten.', 'location'), ['Kerman']);
  assert.equal(reported('Her dad grew up in Kerman and picked melons at ten.', 'location'), []);
});

test('a small island is reported where someone farms, fishes or takes the boat', () => {
  reportsEach([
    ['Her uncle was a crofter on Fuday until his knees went.', 'Fuday'],
    ['His brother fishes off Sgeirvay in all weathers.', 'Sgeirvay'],
    ['The boat to Inchkeel was cancelled, so she missed her scan.', 'Inchkeel'],
  ]);
  assert.equal(reported('We took the boat to France for a week off.', 'location'), []);
});

test('a clinic, health post or firm named after its settlement or road is reported; one named for what it does is not', () => {
  reportsEach([
    ['Her youngest is seen at the Tamboro clinic every month.', 'Tamboro clinic'],
    ['They walk two hours to the Chisenga Road health post for his injections.', 'Chisenga Road health post'],
    ['Her husband kept the books at the Kinvarra stock and station agency until he retired.', 'Kinvarra stock and station agency'],
    ['Her father ran the Doonbeg creamery for thirty years.', 'Doonbeg creamery'],
  ]);
  // Without the article too, after "at" or "attends", and a school named the same way.
  reportsEach([
    ['Her baby was weighed at Chilanga Mission health post.', 'Chilanga Mission health post'],
    ['She attends Tamboro clinic every month.', 'Tamboro clinic'],
    ['Her son is at Tinnakill national school.', 'Tinnakill national school'],
  ]);
  assert.equal(reported('Her kids go to the Steiner school on the hill.', 'location'), []);
  assert.equal(reported('She attended Harvard school of medicine.', 'location'), []);
  assert.equal(reported('She was referred to the Memory clinic last month.', 'location'), []);
  assert.equal(reported('I run the Wednesday clinic with two other nurses.', 'location'), []);
  // A big town's hospital serves a whole district; where the blogger trained is their own.
  assert.equal(reported('They drove her to the Tralee hospital after the fall.', 'location'), []);
  // As someone's workplace, a town's hospital is one of its few employers.
  assert.equal(reported('His mum works nights at the Tralee hospital.', 'location'), ['Tralee hospital']);
  assert.equal(reported('I trained at the Tavistock clinic years ago.', 'location'), []);
});

test('the town a remote service is based in is only noted, unless a client is tied to it', () => {
  assert.equal(reported('I work out of Broome and cover a huge patch of the Kimberley.', 'location'), []);
  assert.equal(reported('The hospital in Tralee is where most of our referrals end up.', 'location'), []);
  assert.equal(reported('Our practice is in Thurso, the most northerly town on the mainland.', 'location'), []);
  assert.equal(reported('My colleague from Ballymena sent me this.', 'location'), []);
  // The blogger's own trip or past, in a paragraph with no one else in it.
  assert.equal(reported('We stopped in Gundagai for lunch on the way to Sydney.', 'location'), []);
  assert.equal(reported('My first placement was in a school in Ballina.', 'location'), []);
  assert.equal(reported('Aoife is nine. We stopped in Gundagai for lunch on the way to her gran.', 'location'), ['Gundagai']);
  assert.equal(reported('She lives in Thurso with her two boys.', 'location'), ['Thurso']);
  assert.equal(reported('The hospital in Tralee discharged him on Friday.', 'location'), ['Tralee']);
  // A baby is someone too: where one was taken into care from is where she was born.
  assert.equal(reported('We brought a four-month-old into care from the hospital in Tralee.', 'location'), ['Tralee']);
  assert.equal(reported('The baby came to us from the hospital in Tralee.', 'location'), ['Tralee']);
  // A boat or a job "out of" a small port is where that person lives and works.
  assert.equal(reported('Her boat works out of Ballyconneely most of the season.', 'location'), ['Ballyconneely']);
});

test('a city\'s football side, a city-sized township, a famous street and a saint\'s parish in general talk are only noted', () => {
  assert.equal(reported('Half the lads on my caseload support Dundee FC, the rest Aberdeen.', 'location'), []);
  assert.equal(reported('He is a huge Cork GAA fan.', 'location'), []);
  // A village's club, or a city club's junior side, is a small world.
  assert.equal(reported('Her son plays for Kilcavan Rovers on Saturdays.', 'location'), ['Kilcavan Rovers']);
  assert.equal(reported('Services on the Cape Flats are stretched thin.', 'location'), []);
  assert.equal(reported('Young people in Khayelitsha wait months for counselling.', 'location'), []);
  assert.equal(reported('The blues were born on Beale Street.', 'location'), []);
  assert.equal(reported('He sleeps in a doorway on Beale Street most nights.', 'location'), ['Beale Street']);
  assert.equal(reported('We held the carol service at St Fintan\'s this year.', 'location'), []);
  assert.equal(reported('Her son goes to St Fintan\'s and hates it.', 'location'), ["St Fintan's"]);
  // A first name in the paragraph is someone in the story too.
  assert.equal(reported('Tomás started at St Fintan\'s in September.', 'location'), ["St Fintan's"]);
});

test('races, rounds and marathons are events, not places; a small place\'s own regatta still counts', () => {
  assert.equal(reported('He drank too much at the Galway Races and ended up in A&E.', 'location'), []);
  assert.equal(reported('She ran the Dublin Marathon for her mam.', 'location'), []);
  assert.equal(reported('She loves the Anzac Round and wears her brother\'s jersey.', 'location'), []);
  assert.equal(reported('Her son broke his arm at the Kilbrack Regatta last summer.', 'location'), ['Kilbrack']);
});

test('a care home with a house-style name is reported where the sentence tells of care or a stay', () => {
  reportsEach([
    ['He spends the afternoons at The Hollies with the other residents.', 'The Hollies'],
    ['Mum has been at The Cedars since March.', 'The Cedars'],
  ]);
  assert.equal(reported('He was at The Oval with his dad on Saturday.', 'location'), []);
  assert.equal(reported('Her son works at The Range on weekends.', 'location'), []);
  // Gaelic and Irish schools put the kind first, as Welsh ones do.
  assert.ok(findings('She teaches the little ones at Sgoil Bhaile Mhanaich.').some((f) => f.text.includes('Sgoil Bhaile Mhanaich') && f.severity !== 'low'));
  // Their names join words with "na", "a'", "y" or "agus": the whole name is the school.
  assert.equal(reported('Her daughter goes to Gaelscoil na Cille.', 'location'), ['Gaelscoil na Cille']);
});

test('a hyphened French place and a bus route taken to a named end are reported', () => {
  assert.equal(reported('Her family is from Saint-Zénon-des-Bois originally.', 'location'), ['Saint-Zénon-des-Bois']);
  reportsEach([
    ['Her mum takes the 5A to the hospital.', '5A'],
    ['They live right by the 134 stop.', '134 stop'],
    ['He rides Route 7 out to his dad\'s.', '7'],
  ]);
  assert.equal(reported('I take the 41 bus to work most days.', 'location'), []);
});

test('a hospital or place named as where research or news came from is only noted', () => {
  assert.equal(reported('A study from Johns Hopkins Hospital found the same thing.', 'location'), []);
  assert.equal(reported('The team at Massachusetts General published a new trial.', 'location'), []);
  assert.equal(reported('Her son was in the research trial at Kilbrannagh Hospital.', 'location'), ['Kilbrannagh Hospital']);
  // A disaster a whole town lived through, with no one person in the sentence.
  assert.equal(reported('After the floods in Lismore last year, our referrals doubled.', 'location'), []);
  assert.equal(reported('The fire at Mallacoota took his shed and his dog.', 'location'), ['Mallacoota']);
});

test('a village club named without "the" is reported where someone plays for it; a city\'s side is not', () => {
  assert.equal(reported('He hurls with Ballyhale Shamrocks.', 'location'), ['Ballyhale Shamrocks']);
  assert.equal(reported('He plays for Dundee United.', 'location'), []);
  assert.equal(reported('He drives a truck for Drumcollogher Co-op.', 'location'), ['Drumcollogher Co-op']);
});

test('a town named like a country or a person, placed in a state; AME churches; a named complex', () => {
  assert.equal(reported('She grew up on a ranch outside of Jordan, Montana.', 'location'), ['Jordan']);
  assert.equal(reported('He is from Victoria, British Columbia.', 'location'), []);
  assert.equal(reported('I had coffee with Jordan, Victoria and Sam after the course.', 'location'), []);
  assert.equal(reported('She attends Mount Olive AME on Sundays.', 'location'), ['Mount Olive AME']);
  assert.equal(reported('They live in Unit 4 of the Pinewood complex.', 'location'), ['Pinewood complex']);
  // A theme park named like a block of flats, on a day out.
  assert.equal(reported('They went to Alton Towers for his birthday.', 'location'), []);
  assert.equal(reported('For his birthday we went to his flat in Carrick Towers.', 'location'), ['Carrick Towers']);
});

test('a cited author or thinker after "from" or "back to" is not a place', () => {
  assert.equal(reported('I keep coming back to Yalom on this.', 'location'), []);
  assert.equal(reported('We used a model from Pennebaker in the group.', 'location'), []);
  assert.equal(reported('The idea comes from Vygotsky and his zone of development.', 'location'), []);
  // A surname that is also where someone's family lives still counts.
  assert.equal(reported('Her family is from Pennebaker and she goes back every summer.', 'location'), ['Pennebaker']);
});

test('the divine is no place; a congregation named before its denomination is one', () => {
  assert.equal(reported('She found faith in Christ after rehab.', 'location'), []);
  assert.equal(reported('We sang at the Church of God in Christ on Sunday.', 'location'), []);
  assert.equal(reported('Her family worships at Greater Mount Calvary Church of God in Christ.', 'location'), ['Greater Mount Calvary Church of God in Christ']);
});

test('charities and the clubs every town has are not one place', () => {
  assert.equal(reported('She gets food parcels from St Vincent de Paul every week.', 'location'), []);
  assert.equal(reported('Her son went to the Samaritans in the end.', 'location'), []);
  assert.equal(reported('She plays bingo at the Working Men\'s Club.', 'location'), []);
  assert.equal(reported('He goes to the Bowls Club with his mate.', 'location'), []);
  // A village's own club is still reported.
  assert.equal(reported('He goes to the Drumkeeran Bowls Club with his mate.', 'location'), ['Drumkeeran Bowls Club']);
});

test('the small place someone grew up in and left is reported', () => {
  assert.equal(reported('She left Inishcarra at sixteen for school on the mainland.', 'location'), ['Inishcarra']);
  assert.equal(reported('She left Barnardos at 30 to retrain.', 'location'), []);
});

test('South Africa\'s provinces are regions, like states and counties', () => {
  assert.equal(reported('I am a child protection social worker in Gauteng, and before that I worked in KwaZulu-Natal and the Eastern Cape.', 'location'), []);
});

test('a school where a group met, "on paper", is still a named school, not research talk', () => {
  assert.equal(reported('Here is how this spring\'s group at Larkspur Elementary looked on paper.', 'location'), ['Larkspur Elementary']);
});


test('a hernia named by its site, a fracture named with its bone, and how far a condition has gone', () => {
  assert.equal(reported('At the children\'s unit they found he had congenital diaphragmatic hernia.', 'health'), ['congenital diaphragmatic hernia']);
  assert.equal(reported('My client Fenna has an inguinal hernia and is waiting for surgery.', 'health'), ['inguinal hernia']);
  assert.equal(reported('The rider, Tomasz, was talking. He had an open tib-fib fracture on the right.', 'health'), ['open tib-fib fracture']);
  assert.equal(reported('Her son Ilan has autism (level 2) and a place at the unit.', 'health'), ['autism (level 2)']);
  assert.equal(reported('Mr Okafor has bowel cancer, stage 3, and is frightened.', 'health'), ['bowel cancer, stage 3']);
  // General talk names no one.
  assert.equal(reported('Hernias are common in older men; an inguinal hernia repair is a day case.', 'health'), []);
});

test('a condition in a table of people is that row\'s person\'s; a table of conditions alone is not', () => {
  const group = '| Child | Age | Why referred |\n|---|---|---|\n| Tavita | 10 | selective mutism |\n| Marek | 9 | autism, level 1 |';
  assert.equal(reported(group, 'health'), ['selective mutism', 'autism, level 1']);
  const counts = '| Condition | Referrals |\n|---|---|\n| selective mutism | 4 |\n| autism | 11 |';
  assert.equal(reported(counts, 'health'), []);
});

test('a bed or a ward called by its name is where one patient was; a bed spoken of in general, or a ward called by what it treats, is not', () => {
  const locations = (body: string) => reported(body, 'location');
  assert.ok(locations('You were in bed six, by the window, and the nurses knew your jokes by heart.').includes('bed six'));
  assert.ok(locations('Mrs Adeyemi in Bed 14 pulled her cannula out again on the night shift.').includes('Bed 14'));
  assert.ok(locations('She spent three weeks on Hawthorn Ward before the discharge meeting.').includes('Hawthorn Ward'));
  assert.equal(locations('Not worth the time if bed 9\'s obs have just tipped into amber on the ward.'), []);
  assert.equal(locations('She went to bed 10 minutes after the nurses left.'), []);
  assert.equal(locations('He was admitted to the Stroke Unit and then the Children\'s Ward for a night.'), []);
});

test('a station someone is back on is their home; a railway station one gets back to is not', () => {
  const locations = (body: string) => reported(body, 'location');
  assert.ok(locations('Her nan is back on Gidgee Creek Station for the wet, two hours past the last town.').includes('Gidgee Creek Station'));
  assert.equal(locations('We got back on the train at Central Station.'), []);
});

test('a public figure talked about in the sentence before is not the "she" of the next', () => {
  const body = 'Nadia was admitted in March after a bad week. Most nights one of us sat outside her room at two in the morning talking about Taylor Swift. She was on Larch Ward for six weeks.';
  assert.ok(reported(body, 'location').includes('Larch Ward'));
});

test('the town right after a named care home or school is reported with it, unless it is a city or a country', () => {
  assert.equal(reported('Mrs Ellis at Glenavon House, Lurgan, taught us to slow down at breakfast.', 'location'), ['Glenavon House', 'Lurgan']);
  assert.equal(reported('The plan was a discharge to Beechcroft Lodge in Swanton Novers after his daughter had visited.', 'location'), ['Beechcroft Lodge', 'Swanton Novers']);
  assert.equal(reported('Mrs Ellis at Glenavon House, Manchester, taught us to slow down.', 'location'), ['Glenavon House']);
  assert.equal(reported('Mrs Ellis moved to Glenavon House, Ireland, last spring.', 'location'), ['Glenavon House']);
  assert.equal(reported('Her son is at Foxwood Academy, Year 9, and loves it.', 'location'), ['Foxwood Academy']);
});

test('the town a client was born in or near is where they come from, however long ago', () => {
  assert.equal(reported('Ouma Lettie was born on 3 May 1927 on a sheep farm outside Cradock.', 'location'), ['Cradock']);
  assert.equal(reported('Aneurin Bevan was born in 1897 in Tredegar.', 'location'), []);
  assert.equal(reported('I was born outside Cradock myself.', 'location'), []);
});

test.run();
