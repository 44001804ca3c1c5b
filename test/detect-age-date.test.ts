import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectReported, findingOf, findingsIn, reported } from './helpers/findings.js';

// ---------- ages ----------

test('each way of writing an exact age is reported', () => {
  const cases: [string, string][] = [
    ['I met a 34-year-old welder on Tuesday.', '34-year-old'],
    ['Her four-year-old twins came too.', 'four-year-old'],
    ['The boy, aged 14, sat by the door.', '14'],
    ["He's 11, in sixth grade, and hates maths.", '11'],
    ['One of our patients, Mr H., 81, fell in his kitchen.', '81'],
    ['Cian was born at 24 weeks and 3 days, weighing 640 grams.', '24 weeks and 3 days'],
    ['Mira is 67 and still drives the school run.', '67'],
    ['She turned forty last week and cried about it.', 'forty'],
    ['Oona Reilly, 72, who lives alone, fell again.', '72'],
    ['Her youngest, who is eighteen months, slept through it.', 'eighteen months'],
    ['Her husband died at 58 and she never moved.', '58'],
    ['He was born in 1987 in the next valley.', '1987'],
    ['Texts from a sixteen-year-old', 'sixteen-year-old'],
    ['She was twenty-three when the baby came.', 'twenty-three'],
    ['A woman of 82 came to the drop-in.', '82'],
    ["He'll turn 18 next month, and then the placement ends.", '18'],
    ['It was her 16th birthday on the ward.', '16th'],
    ['Age: 14, referred by school.', '14'],
    ['Her son, 58, visits on Sundays.', '58'],
    ["She's going to be 40 next week.", '40'],
    ['The boys are 8 and 10, and share a room.', '8'],
    ['A teen of 15 should not be sleeping rough.', '15'],
    ['I met Mr Lee, now 83, at the door.', '83'],
    ['Tomasz, who has been Tom to the whole estate since school, is 58 and lives alone.', '58'],
    ['Turning 100 on the ward', '100'],
    ["She's turning 90 next month and wants a party.", '90'],
    ['A father of four, 37, waited by the door.', '37'],
    ['At 15 she was sleeping on a friend\'s sofa.', '15'],
    ['My client is 72 and lives alone.', '72'],
    ['The lad was barely fifteen.', 'fifteen'],
    ['Bernadette — 94 this spring — still leads the choir.', '94'],
    ["He'll be 18 in a fortnight and the support stops.", '18'],
    ['She was born in the spring of 2008.', '2008'],
    ['Mrs Quill is in her 93rd year and sharp as a tack.', '93rd'],
    ['He is 91 years young, he tells everyone.', '91 years young'],
    ['Our client, 17, is applying to college.', '17'],
    ['By the time she was 13 she had moved schools six times.', '13'],
    ['We had cake for her 90th on the ward.', '90th'],
    ['He gave his age as 52, which nobody believed.', '52'],
    ['Both girls, 6 and 8, were in the back seat.', '6'],
  ];
  for (const [body, age] of cases) {
    const found = reported(body, 'age');
    assert.ok(found.some((t) => t.includes(age)), `${body} -> ${JSON.stringify(found)}`);
  }
});

test('an exact age is a medium quasi-identifier; over 89 it blocks on its own', () => {
  const young = findingOf('Kit is 41 and a farmer.', '41');
  assert.is(young?.severity, 'medium');
  assert.match(young?.hint ?? '', /in their forties/);
  const old = findingOf('Mrs Arden is 93, sharp as ever.', '93');
  assert.is(old?.severity, 'high');
  assert.match(old?.message ?? '', /HIPAA/);
  assert.match(old?.hint ?? '', /90 or older/);
});

test('ranges, durations, things and group talk are not ages', () => {
  assert.equal(reported('Babies born at 24 weeks need months in the unit.', 'age'), []);
  for (const body of [
    'She is in her late 80s and sharp.',
    'A man in his seventies came in.',
    'After twenty-two years of nursing I still learn.',
    'I worked there for six years.',
    'They live in a 100-year-old house by the river.',
    'We sat under a 300-year-old oak.',
    'The group is for children aged 5 to 11.',
    'She was 5 minutes late and he was 3 points short.',
    "She's 12 weeks along and tired.",
    'The bill was 40 and the rent was 90.',
    'It was 2 years before we heard back.',
    'It was a six-week-old drawing, already curling.',
    'Most 16-year-olds I meet are tired, and a typical 15-year-old sleeps late.',
    'Screening starts from age 14, and children under age 5 are seen at home.',
    'A 10-year-old brain is still developing.',
    'Most kids are 5 when they start school.',
    'He is a dad of six and the youngest of seven.',
    'The answer, as it turned out, is 42.',
    'The valve turned 90 degrees and stuck.',
    'It was her third in a row this winter.',
    'At 3 she left the ward and went home.',
    'Year 9 pupils are 13 or 14 years old.',
    'Of the pupils, 12 and 14 were absent that week.',
    'New nurses, in their first year, still ask everything.',
    'He is in his 20th year at the practice.',
  ]) assert.equal(reported(body, 'age'), [], body);
  // A client right after the blogger's own children is still a client.
  assert.equal(reported('I told my own kids about my client. Orla, who is ten, asked if it hurt.', 'age'), ['ten']);
});

test('ages and dates of public figures are not reported', () => {
  assert.equal(reported('Thich Nhat Hanh died at his root temple, at ninety-five.', 'age'), []);
  assert.equal(reported('Carl Rogers was born on 8 January 1902 in Illinois.', 'date'), []);
  // The same sentence about someone else still counts.
  assert.equal(reported('Nell Varga died at home, at ninety-five.', 'age'), ['ninety-five']);
  // A knighthood or damehood marks a public life, even for a name no list holds.
  assert.equal(reported('Dame Merewyn Aroha led the march when she was nearly eighty.', 'age'), []);
  assert.equal(reported('She lives off Dame Street and she was nearly eighty.', 'age'), ['eighty']);
  // Particles inside a listed name ("van der") do not hide it.
  assert.equal(reported('Bessel van der Kolk, now 82, still teaches.', 'age'), []);
  assert.equal(reported('Anneke van der Berg, now 82, still rings me.', 'age'), ['82']);
});

test("the blogger's own age is reported as low, never blocking", () => {
  for (const body of ["I'm 45 and still on nights.", 'At 30, I left nursing for social work.', 'I was 22 years old then.', 'My son turned 7 last week.', "I'm turning 50 this spring.", 'I was born in 1981, two streets from the clinic.', 'I told my own two about it over tea. Orla, who is ten, asked if it hurt.', 'Our eldest, 17, is applying to college.']) {
    const own = findingsIn(body).filter((f) => f.category === 'age');
    assert.is(own.length, 1, body);
    assert.is(own[0].severity, 'low', body);
  }
});

// ---------- dates ----------

test('dates tied to a person are reported in every common format', () => {
  const cases: [string, string][] = [
    ['She was admitted on 3 March 2025 after a fall.', '3 March 2025'],
    ['He died at 4:10 a.m. on 11/23/2025.', '11/23/2025'],
    ['Ruth came home from hospital on 14/10/2025.', '14/10/2025'],
    ['On Tuesday 18 February she had a cluster of seizures.', 'Tuesday 18 February'],
    ['He was diagnosed on September 8, 2025, and told no one.', 'September 8, 2025'],
    ['The hearing for her son was on Jan. 9, 2026.', 'Jan. 9, 2026'],
    ['He passed away on the 2nd of May 2025, at home.', 'the 2nd of May 2025'],
    ['In August 2025 she was told it was cancer.', 'August 2025'],
    ["On Valentine's Day she overdosed in the car park.", "Valentine's Day"],
    ['On 3/14 he was arrested outside the school.', '3/14'],
    ['She was admitted on 2025/03/12 after he called.', '2025/03/12'],
    ['His parole date was 3 November 2025, and no hostel had a bed.', '3 November 2025'],
    ['He came off a trail bike on Christmas Eve 2024 and lay there an hour.', 'Christmas Eve 2024'],
    // A full date opens the story told in the next sentence.
    ['The screening lab rang on March 3, 2025. A four-day-old boy had tested positive.', 'March 3, 2025'],
    ['Mr Ferris was admitted on the 14th, after a fall.', 'the 14th'],
    ['The removal happened on 11/04/2025, before school.', '11/04/2025'],
    ['| Client | Admitted |\n|---|---|\n| Ward B | 6 May 2025 |', '6 May 2025'],
    ['## 21 March 2025\n\nThat was the night she rang me from the bridge.', '21 March 2025'],
  ];
  expectPersonDates(cases);
});

test('a date of birth is high', () => {
  for (const [body, date] of [
    ['DOB 4/7/1991, no fixed address.', '4/7/1991'],
    ['D.O.B.: 1/30/1972 on the top sheet.', '1/30/1972'],
    ['He was born on 2 June 2010 in Sligo.', '2 June 2010'],
  ]) {
    const found = findingOf(body, date);
    assert.is(found?.severity, 'high', body);
    assert.match(found?.message ?? '', /date of birth/);
  }
});

test('a day tied to a person elsewhere in the post is flagged wherever it appears', () => {
  const body = 'She died on 14 February 2026, just before dawn.\n\nEvery Valentine\'s Day from now on will be hard.';
  assert.ok(reported(body, 'date').includes("Valentine's Day"));
});

test('vague times, public events and the blogger\'s own plans are not person-tied dates', () => {
  for (const body of [
    'Last spring was hard for everyone.',
    'In March the days get longer.',
    'On Friday I finally cleared my inbox.',
    'The conference on 12 May 2026 is in Leeds; I am speaking.',
    'Applications close on 30 September 2026.',
    'My last day before leave is 19 December.',
    'The new guidance came into force on 1 April 2025.',
    'On Christmas Eve he walked in with a tin of biscuits.',
    'Version 2.10.3 was released, see 1.2.2025b.',
    'She scored 3/14 on the quiz and laughed.',
    'Between 1 January and 31 March 2025, 40% of families told us they waited.',
    'On 10 October, World Mental Health Day, services opened their doors.',
    'Refugee Week ran from 16 to 22 June, and my class cooked for their families.',
    'Harvest Festival on 27 September filled the hall with tins and her famous scones.',
    'It was a public holiday on Monday 2 June, so the clinic was shut.',
    'The council published its figures on 2 May 2025. The numbers for children were grim.',
    'We meet on the 14th of each month in the library.',
    'The Napier earthquake on 3 February 1931 killed 256 people.',
    'I qualified on 12 July 2010. My first patient was a man who taught me everything.',
    'Visits were suspended on 23 March 2020 across the trust.',
    'I get paid on the 28th and the rent goes out the next day.',
    '| Event | Date |\n|---|---|\n| Regional conference | 6 May 2025 |',
    '## 21 March 2025\n\nToday I cleared my inbox and went for a run.',
    '| Month | Sessions | Tests |\n|---|---|---|\n| June | 4/4 | 3/4 |\n| July | 4/4 | 4/4 |\n\nHe has done well since his relapse.',
  ]) assert.equal(reported(body, 'date'), [], body);
});

test('a commemoration named with its month or day is the calendar\'s, even with a person near', () => {
  for (const body of [
    'The juniors painted poppies for Remembrance Day in November, and Lio\'s grandad came in with his medals.',
    'Armistice Day, 11 November, fell on a Tuesday this year and the whole school stood still.',
    'Our hall hosted a picnic for Independence Day on 4 July; her uncle ran the barbecue.',
  ]) assert.equal(reported(body, 'date'), [], body);
  // A person's event on a holiday is still theirs.
  assert.ok(reported('On Boxing Day he was arrested outside the shop.', 'date').includes('Boxing Day'));
});

test('a day given as a national day, or a holiday inside the name of an agreement or a rising, is no one\'s date', () => {
  for (const body of [
    'October 3rd is Harvest Lantern Day, and my pupils made lanterns for their grandparents.',
    'August 9th is when we remember the miners who were killed, and she always lays flowers.',
    'On 2 March, Black Thursday, his family joins the silent walk.',
    'Her father was born the year of the Good Friday Agreement.',
    'His great-grandmother carried messages during the Easter Rising.',
    'The Boxing Day Test was on the radio when he was admitted.',
    'On Bloody Monday, 14 May 1979, her uncle was among the marchers.',
  ]) assert.equal(reported(body, 'date'), [], body);
});

test('a weekday with its date is a client\'s day when the paragraph is about them, however it is punctuated', () => {
  assert.equal(reported('Last Thursday the 9th was the day it all fell apart. Rowan had waited months for the letter.', 'date'), ['Thursday the 9th']);
  assert.equal(reported('It happened last Thursday (the 9th), when her brother came home.', 'date'), ['Thursday (the 9th']);
  assert.equal(reported('last thursday the 9th she rang me in tears.', 'date'), ['thursday the 9th']);
  assert.equal(reported('I have a study day on Thursday the 9th, so no visits.', 'date'), []);
});

test('a bare year tied to someone\'s diagnosis, loss or move is reported; the blogger\'s own and a service\'s are not', () => {
  for (const [body, year] of [
    ['He was diagnosed with lupus in 2017 and still works nights.', '2017'],
    ['She lost her twin brother in 2012 and has not been back to the coast since.', '2012'],
    ['In 2020 he lost his job and then his flat.', '2020'],
    ['Since his stroke in 2022 his wife does the driving.', '2022'],
    ['Her brother was diagnosed in early 2016.', 'early 2016'],
    ['He came to Scotland in 2014 as an unaccompanied minor.', '2014'],
    ['In 2018 Niamh was diagnosed with epilepsy.', '2018'],
  ]) assert.equal(reported(body, 'date'), [year], body);
  for (const body of [
    'I was diagnosed in 2014 and it changed how I practise.',
    'The drop-in started in 2019 with two nurses and a kettle.',
    'The guidance changed in 2021, and families noticed.',
  ]) assert.equal(reported(body, 'date'), [], body);
});

test('dates do not claim identifiers, times or phone numbers', () => {
  const body = 'Her case, CPS-2025-04417, was opened on 3 March 2025 when she rang from 07700 900 148 at 10:45.';
  const dates = reported(body, 'date');
  assert.equal(dates, ['3 March 2025']);
});

test('an age in words opening a title or heading is an age when the post is about someone', () => {
  const title = (t: string) => `title: "${t}"\ndate: 2026-10-01`;
  assert.equal(reported('She still drives to the shops every Friday.', 'age', { frontMatter: title('Ninety-Seven and Still Driving') }), ['Ninety-Seven']);
  assert.equal(reported('We had a party on the ward for Mr Quayle.', 'age', { frontMatter: title('A Hundred and Two Candles') }), ['A Hundred and Two']);
  assert.equal(reported('He spent his birthday with us on the unit.', 'age', { frontMatter: title('Turning Fifteen on the Unit') }), ['Fifteen']);
  assert.ok(reported('She bowls every Saturday.\n\n## Eighty-One Not Out\n\nStill bowling.', 'age').includes('Eighty-One'));
  assert.equal(reported('She waltzed with the physio on Tuesday.', 'age', { frontMatter: title('Still Dancing at Ninety-Four') }), ['Ninety-Four']);
  assert.equal(reported('He never left the country until this year.', 'age', { frontMatter: title('At Eighty-Six, a First Passport') }), ['Eighty-Six']);
  assert.equal(reported('She came to the clinic on her own.', 'age', { frontMatter: title('Fourteen, Pregnant and Brave') }), ['Fourteen']);
  // Times and head counts in short sentences are not ages.
  assert.equal(reported('We left at 14:00 and she slept.', 'age'), []);
  // Counts and durations in titles are not ages.
  assert.equal(reported('She stayed longer than planned.', 'age', { frontMatter: title('Two and a Half Weeks on the Unit') }), []);
  assert.equal(reported('He taught me most of them.', 'age', { frontMatter: title('Five Things I Learned This Year') }), []);
  assert.equal(reported('I have been a nurse for a decade. She was my first patient.', 'age', { frontMatter: title('Ten Years and Counting') }), []);
});

test('a generic "you" with an age is a child\'s age in a post about that child, not in general advice', () => {
  assert.equal(reported('When you\'re twelve and your dad is in prison, school is the least of it. That was Kirra\'s autumn.', 'age'), ['twelve']);
  const aboutHim = 'He waited four months for the hoist. His mum rang every week. He kept his chin up.\n\n| Step | Wait |\n|---|---|\n| Quote | 6 weeks |\n\nFour months is forever when you\'re nine and the stairs beat you.';
  assert.equal(reported(aboutHim, 'age'), ['nine']);
  assert.equal(reported('If you\'re 16 and homeless, the council has a duty to help.', 'age'), []);
  assert.equal(reported('He barely spoke. His mum said he was fine. He was not. Walking side by side is easier when you\'re sixteen or so and mortified.', 'age'), []);
});

test('ages said of an age group, or as a threshold, are general talk', () => {
  for (const body of [
    'By the time kids are eight, they know who is in charge.',
    'When children are twelve they start to notice everything.',
    'Children who are ten or eleven can understand death.',
    'At sixteen, most young people can leave school here.',
    'At 16, you can consent to your own treatment.',
    'Anyone aged 65 or over can get the vaccine.',
    'Young people aged 16 and 17 fall through the gaps.',
    'Every parent of a two-year-old knows this.',
    'For a seven-year-old, that is a long time to wait.',
    'A fourteen-year-old can\'t legally work more than twelve hours a week in term time.',
    'If a twelve-year-old tells you they\'re fine, ask again.',
    'What does a seventeen-year-old need from a social worker?',
    'It\'s normal for a three-year-old to have tantrums.',
    'Once a child turns eighteen, the support just stops.',
    'When a child is five, they think magically.',
    'The average age of our residents is 84.',
  ]) assert.equal(reported(body, 'age'), [], body);
  assert.equal(reported('A 34-year-old welder came in on Tuesday.', 'age'), ['34-year-old']);
  assert.equal(reported('Many of the women are in their eighties; the oldest is 97.', 'age'), ['97']);
  // Particular people still have ages.
  assert.ok(reported('The boys are 8 and 10, and share a room.', 'age').includes('8'));
  assert.equal(reported('Her girls, aged 6 and 9, came too.', 'age'), ['6', '9']);
  assert.equal(reported('At 15, she was sleeping on a friend\'s sofa.', 'age'), ['15']);
});

test('a day and month without a year is a person\'s date when the event it dates is told right before it', () => {
  for (const [body, date] of [
    ['She was discharged on 14 March after a course of IV antibiotics.', '14 March'],
    ['He died on the 2nd of June, a week after our last talk.', 'the 2nd of June'],
    ['He was admitted on Friday 9 April, the day after the training day.', 'Friday 9 April'],
    ['She was moved out on 3 May after her application for a flat came through.', '3 May'],
    ['I will never forget 11 November. That was the day Tane was taken into care.', '11 November'],
    ['We moved her to the hospice on 2 May; the data from her bloods were awful.', '2 May'],
    ['On 19 October he was sentenced, and the training I was on that week felt pointless.', '19 October'],
    ['She was admitted Tuesday 9 April, after the training day.', 'Tuesday 9 April'],
    ['He died in the early hours of 2 June, after our last talk.', '2 June'],
  ]) assert.equal(reported(body, 'date'), [date], body);
  // An event right before a date, but nobody's: the calendar of an organisation.
  assert.equal(reported('The conference was moved on 14 March to a bigger room.', 'date'), []);
});

test('"he was 54" after sentences about the blogger still points back to the public figure named before', () => {
  assert.equal(reported('Two years ago today Matthew Perry died, and I heard in the staff room. I have been a counsellor for fifteen years. I did not know him. And still.\n\n## Why it hit\n\nHe was 54.', 'age'), []);
  // Someone else in between takes the pronoun.
  assert.equal(reported('Matthew Perry died two years ago. I thought about it all week. My client came in on Monday, angry. He was 54 and newly sober.', 'age'), ['54']);
});

test('the age of a character in the book a post discusses is not a person\'s; a pupil of the same name is', () => {
  assert.equal(reported('In the book, Mia and her mother run a motel. Mia is ten. I gave it to a pupil whose family runs a takeaway.', 'age'), []);
  assert.equal(reported('In the book, Mia and her mother run a motel. My pupil Mia is ten and loves it.', 'age'), ['ten']);
});

test('an age said as an onset, a past perfect, an aside in words or an opening "By" or "Now" is reported', () => {
  const cases: [string, string][] = [
    ['He started drinking at thirteen and nobody noticed.', 'thirteen'],
    ['She began self-harming at 12, long before anyone asked.', '12'],
    ['He was first excluded at seven, for biting.', 'seven'],
    ['He got his first phone at eleven.', 'eleven'],
    ['Marnie had been nine at the time, she reckons.', 'nine'],
    ['By thirteen she had left school for good.', 'thirteen'],
    ['By 15, he was sofa-surfing across town.', '15'],
    ['Now fourteen, he barely speaks in group.', 'fourteen'],
    ['Ottilie, twelve, lives with her aunt above the chip shop.', 'twelve'],
    ['She was expelled at thirteen and never went back.', 'thirteen'],
    ['He went into care at nine, after the second removal.', 'nine'],
    ['She lost her mum at seven and her nan at eight.', 'seven'],
    ['It got worse over the summer, and at fourteen she was sleeping in stairwells.', 'fourteen'],
    ['He was 15 years of age when the police first picked him up.', '15'],
    ['By nine she had been in four foster homes.', 'nine'],
    ['Rua (14 yrs) waited in the car with his headphones on.', '14 yrs'],
    ['Rua (fourteen) waited in the car.', 'fourteen'],
    ['The three children (12, 10 and 7) share one room.', '12, 10 and 7'],
    ['Her daughter Mele, 16 this month, came along.', '16'],
    ['Tia Brown, a keen artist, is 14.', '14'],
  ];
  for (const [body, age] of cases) assert.ok(reported(body, 'age').includes(age), `${body} -> ${JSON.stringify(reported(body, 'age'))}`);
  // Clock times and appointments stay times.
  for (const body of [
    'She started drinking at nine in the morning by the end.',
    'Her first appointment at 10 went well.',
    'By nine he was at his desk with a coffee.',
    'He has been sober 13 months now.',
    'She was excluded at 2pm and collected at three.',
    'She came out at ten and we walked to the car.',
    'By ten, Mrs Arden had arrived with the biscuits.',
    'The leaflet is for children under 5 years of age.',
    'It was quiet, and at nine she went to bed.',
  ]) assert.equal(reported(body, 'age'), [], body);
  // The blogger's own start is theirs.
  assert.equal(reported('By 14 I was working weekends at the chippy.', 'age', { low: true }).length, 1);
  assert.equal(reported('By 14 I was working weekends at the chippy.', 'age'), []);
});

test('an Age column in a table reports each row\'s age', () => {
  const body = '| Pupil | Age | Year group |\n|---|---|---|\n| Rua | 13 | 8 |\n| Kit | nine | 5 |\n\nBoth started in September.';
  assert.equal(reported(body, 'age'), ['13', 'nine']);
  // Counted things in brackets or between commas are not ages.
  assert.equal(reported('Referrals (40, 52) went up again.', 'age'), []);
  assert.equal(reported('Altogether, twelve, came to the party.', 'age'), []);
  // A count column next to an age-group label is not an age.
  assert.equal(reported('| Age group | Referrals |\n|---|---|\n| 13 | 40 |', 'age'), []);
});

test('an ordinal year of life is one finding over the whole phrase', () => {
  for (const [body, phrase] of [
    ['Mrs Quill, in her ninety-fourth year, still plays bridge.', 'in her ninety-fourth year'],
    ['Mrs Quill is now in her ninety fourth year.', 'in her ninety fourth year'],
    ['He is entering his 94th year with style.', 'entering his 94th year'],
    ['She is in her 94th year at the home and still sharp.', 'in her 94th year'],
  ]) {
    const ages = findingsIn(body).filter((f) => f.category === 'age');
    assert.equal(ages.map((f) => f.text), [phrase], body);
    assert.is(ages[0].severity, 'high', body);
  }
  // Twenty years at a practice is a career; a monarch's or anyone's year of life is not a client's.
  assert.equal(reported('He is in his 20th year at the practice.', 'age'), []);
  assert.equal(reported('The Queen, in her ninety-sixth year, opened the new wing.', 'age'), []);
  assert.equal(reported('Most people in their eightieth year need some help at home.', 'age'), []);
  assert.equal(reported('In their ninetieth year, people often need more help.', 'age'), []);
  assert.equal(reported('The twins had their 90th at the club; people came from miles.', 'age'), ['90th']);
});

test('ages of public figures, ceremonies, anyone that age and history are not a client\'s', () => {
  for (const body of [
    'Two years ago today Matthew Perry died. I had never been to the city he lived in. And still.\n\nHe was 54. He wrote a memoir about it.',
    'A quinceañera is held when a girl turns fifteen.',
    'In many families a girl has her quinceañera at fifteen.',
    'A child of seven can understand that death is permanent.',
    'Lowenna Prynne was six when she was sent to residential school in 1973.',
    'Zinzi Mathebula, the founder of the movement, was six when she was sent away.',
    'The poet Aroha Tane was 54 when she died.',
  ]) assert.equal(reported(body, 'age'), [], body);
  // History is a note, so a client's childhood told with its year is still seen.
  assert.equal(reported('Lowenna Prynne was six when she was sent to residential school in 1973.', 'age', { low: true }), ['six']);
  // The same forms about someone in particular still count.
  for (const [body, age] of [
    ['Tia turned fifteen in May and her quinceañera was the talk of the estate.', 'fifteen'],
    ['A boy of seven sat by the door, crying.', 'seven'],
    ['Mrs Okafor was six when she was evacuated in 1940.', 'six'],
    ['He turned seventy-eight two days after his surgery, on our ward.', 'seventy-eight'],
    // "Earl" is a given name as often as a peerage.
    ['Under the viaduct we found Earl Pettibone and his dog. He\'s 67, a Navy vet.', '67'],
    // A birth year and an age now: today's age, however long ago the year.
    ['Lowenna Prynne was born in 1931 and is now in her ninety-fifth year.', 'in her ninety-fifth year'],
    ['Carl Rogers wrote a lot. My client read him last winter. He was 85 when he died.', '85'],
  ] as [string, string][]) assert.ok(reported(body, 'age').includes(age), body);
});
/** Each body reports its date, exactly that text, as a medium date finding. */
function expectPersonDates(cases: [string, string][]): void {
  for (const [body, date] of cases) {
    const found = findingOf(body, date);
    assert.ok(found, `${body} -> ${JSON.stringify(reported(body, 'date'))}`);
    assert.is(found!.category, 'date');
    assert.is(found!.severity, 'medium');
  }
}

test('a range of days in a person\'s record is one date finding over the whole range', () => {
  const cases: [string, string][] = [
    ['He was absent Nov 3–7 and again Nov 17–21, and nobody rang home.', 'Nov 3–7'],
    ['She was off school 9–13 February with what her nan called flu.', '9–13 February'],
    ['He was in hospital from 4 to 11 August after the fall.', '4 to 11 August'],
    ['She stayed on the ward from July 2 to July 9.', 'July 2 to July 9'],
    ['She was off sick between 3 and 7 March.', 'between 3 and 7 March'],
    ['| Week | Absent |\n|---|---|\n| 2 | Nov 3–7 |\n| 4 | Nov 17–21 |', 'Nov 17–21'],
    ['Dates absent: 3/11–7/11 and 17/11–21/11.', '3/11–7/11'],
    ['Rua was away from Monday 3 November to Friday 7 November.', 'Monday 3 November to Friday 7 November'],
  ];
  expectPersonDates(cases);
  // The calendar's own ranges and the blogger's own leave are not a person's record.
  for (const body of [
    'The book fair runs 3–7 March every year.',
    'Half term is 27–31 October.',
    'I was off sick 3–7 March and the inbox did not forgive me.',
    'Absence rates from 3 to 7 March were 12% across the county.',
    'Hospital admissions rose on 3 March 2025 across the region.',
  ]) assert.equal(reported(body, 'date'), [], body);
});

test('a weekday with an ordinal day is a date when someone\'s event is beside it', () => {
  assert.equal(reported('Last Tuesday the 14th he was arrested outside the shop.', 'date'), ['Tuesday the 14th']);
  assert.equal(reported('On Friday the 3rd she rang me crying from the bus station.', 'date'), ['Friday the 3rd']);
  assert.equal(reported('We meet on Tuesday the 3rd of each month in the library.', 'date'), []);
  assert.equal(reported('Friday the 13th always brings the full-moon crowd to A&E, she says.', 'date'), []);
  assert.equal(reported('On the 9th of September 2025 she fell on the stairs.', 'date'), ['the 9th of September 2025']);
  assert.equal(reported('On Sunday 14th she was admitted again.', 'date'), ['Sunday 14th']);
  assert.equal(reported('On the sixth of October she was taken into care.', 'date'), ['the sixth of October']);
  assert.equal(reported('He died on March the twenty-first, 2025, at home.', 'date'), ['March the twenty-first, 2025']);
  assert.equal(reported('The first of May is a bank holiday.', 'date'), []);
});

test('shorthand days of case notes are dates: weekday with day/month, day-month-year, a Date column', () => {
  assert.equal(reported('Tues 4/3 she rang the duty line crying.', 'date'), ['Tues 4/3']);
  assert.equal(reported('He was seen on 06-Oct-2025 by the GP.', 'date'), ['06-Oct-2025']);
  const notes = '| Date | Contact |\n|---|---|\n| 03/11 | Home visit, mum not in |\n| 06/11 | School meeting about his attendance |';
  assert.equal(reported(notes, 'date'), ['03/11', '06/11']);
  // Scores under a Date heading are not dates unless they sit in the Date column; the blogger's own day is theirs.
  assert.equal(reported('| Session | Date | Score |\n|---|---|---|\n| 1 | 4/3 | 7/10 |\n\nI ran this group for staff.', 'date'), []);
  assert.equal(reported('Tues 4/3 I cleared my inbox.', 'date'), []);
  // Days and months without a year, right after what happened on them.
  assert.equal(reported('Attendance: absent 13/10, 14/10 and 20/10.', 'date'), ['13/10', '14/10', '20/10']);
  assert.equal(reported('Admitted 3/3, discharged 9/3, home by tea.', 'date'), ['3/3', '9/3']);
  assert.equal(reported('She scored 3/4 on the quiz and 7/10 on the essay.', 'date'), []);
});

test('a full date told of someone\'s life is theirs whatever the verb, but not a gathering or the blogger\'s own', () => {
  assert.equal(reported('On the 4th of March 2025 she got her first proper wheelchair, after two years of applications.', 'date'), ['the 4th of March 2025']);
  assert.equal(reported('On 12 June 2024, Mr Adeyemi finally got the keys, once the council data came through.', 'date'), ['12 June 2024']);
  assert.equal(reported('The boy started at his new school on 3 February 2025, after a long wait for a place.', 'date'), ['3 February 2025']);
  assert.equal(reported('On 2 April 2025 her son finally got a place, after the council data came through.', 'date'), ['2 April 2025']);
  assert.equal(reported('On 3 May 2025 she spoke at the conference in town.', 'date'), []);
  assert.equal(reported('On 2 April 2025 our team launched the new service.', 'date'), []);
  assert.equal(reported('On 3 February 2025 I started my new job. My first patient had been admitted overnight.', 'date'), []);
  assert.equal(reported('On 1 July 2025 Parliament passed the bill, after the consultation.', 'date'), []);
  assert.equal(reported('Applications for the bursary close on 30 September 2026.', 'date'), []);
});

test('the blogger\'s day spent on one client\'s event is that client\'s day', () => {
  const discharge = 'By 9am on Friday 15 May I had rung the ward, booked transport and chased the pharmacy. She was ready by ten.';
  assert.equal(reported(discharge, 'date', { frontMatter: 'title: "Getting Nell home: a discharge"\ndate: 2026-10-01' }), ['Friday 15 May']);
  assert.equal(reported(`## The funeral\n\nOn Tuesday 3 June I made the calls nobody else would. His brother came in the end.`, 'date'), ['Tuesday 3 June']);
  // The paragraph before and a list of what was done after tell whose day it was.
  assert.equal(reported('Mrs Adeyemi had been on the ward for eleven weeks and was finally going home.\n\nBy 9am on Friday 15 May I had:\n\n- rung the ward\n- booked transport\n- chased the pharmacy', 'date'), ['Friday 15 May']);
  // Without a client's event around it, the blogger's own day stays theirs.
  assert.equal(reported(discharge, 'date', { frontMatter: 'title: "A good week"\ndate: 2026-10-01' }), []);
  assert.equal(reported('On Friday 15 May I went to the training day. Later she was discharged.', 'date'), []);
});

test('every range in a list or a table row of someone\'s absences is found, not just the first', () => {
  assert.equal(reported('| Name | Weeks off |\n|---|---|\n| Jo | Oct 6–10, Oct 20–24 |', 'date'), ['Oct 6–10', 'Oct 20–24']);
  assert.equal(reported('| Name | Weeks off |\n|---|---|\n| Jo | Oct 6–10 / Oct 20–24 |', 'date'), ['Oct 6–10', 'Oct 20–24']);
  assert.equal(reported('He was absent Oct 6–10 and 20–24.', 'date'), ['Oct 6–10', '20–24']);
  assert.equal(reported('He was absent 6–10 and 20–24 October.', 'date'), ['6–10', '20–24 October']);
  assert.equal(reported('| Pupil | Absent | Again |\n|---|---|---|\n| J | Oct 6–10 | 20–24 |', 'date'), ['Oct 6–10', '20–24']);
  // A count after a range of days is not another range of the same month.
  assert.equal(reported('He was off Oct 6–10 and 14–16 years ago.', 'date'), ['Oct 6–10']);
});

test('a birth year told of a client, however it is written, gives away an exact age', () => {
  assert.equal(reported('She was born in 1931 and still walks to the shop each morning.', 'age'), ['1931']);
  assert.equal(reported("He's a 1934 baby and proud of it.", 'age'), ['1934']);
  assert.equal(reported("She was born in '33, the winter the river froze.", 'age'), ["'33"]);
  assert.is(findingOf('She was born in 1931 and still walks to the shop each morning.', '1931')?.severity, 'high');
  // The blogger's own year is only noted; a building's year is no one's age.
  assert.equal(reported("I was born in '79, so I remember the strikes.", 'age'), []);
  assert.equal(reported('The day centre was built in 1931.', 'age'), []);
});

test('a national day of remembrance by its date is the calendar\'s, unless someone\'s event falls on it', () => {
  assert.equal(reported('On 16 June we remember the students who marched. Youth Day still matters to the young people I see.', 'date'), []);
  assert.equal(reported('Every 11 November the veterans in the day room wear their medals for the two minutes\' silence.', 'date'), []);
  assert.equal(reported('On 25 April the residents go down to the dawn service together.', 'date'), []);
  // The same day told as a client's admission is still theirs.
  assert.equal(reported('She was admitted on 16 June, the day of the Youth Day parade.', 'date'), ['16 June']);
});

test("a child's school year said of them is reported like an age; a year group, a class or an age already given is not", () => {
  const body = (sentence: string) => `She goes to Kilbride Academy. ${sentence}`;
  assert.equal(reported(body('Orla is in Year 9 and hates PE.'), 'age'), ['Year 9']);
  assert.equal(reported(body("Her brother, a P7, walks her to the gate."), 'age'), ['P7']);
  assert.equal(reported(body("He's in Grade 10 and plays in the band."), 'age'), ['Grade 10']);
  assert.equal(reported(body('Her daughter started Year 7 in September.'), 'age'), ['Year 7']);
  const finding = findingsIn(body('Orla is in Year 9 and hates PE.')).find((f) => f.rule === 'school-year')!;
  assert.match(finding.message, /school year/);
  assert.match(finding.hint!, /secondary school/);
  // Year groups, a teacher's classes and grades of other things are no child's.
  assert.equal(reported(body('Our Year 9s had a workshop on consent.'), 'age'), []);
  assert.equal(reported(body('I teach Year 9 on Tuesdays and she helps.'), 'age'), []);
  assert.equal(reported(body('Year 9 pupils choose their options in spring.'), 'age'), []);
  assert.equal(reported(body("The scan showed it's a grade 3 tear."), 'age'), []);
  // "Our Grade 11 girl" is one child; "the Year 9 girls" are a year group.
  assert.equal(reported(body('Tayo, our Grade 11 girl, has been missing lessons.'), 'age'), ['Grade 11']);
  assert.equal(reported(body('The Year 9 girls were loud in assembly.'), 'age', { low: true }), []);
  // With the exact age already in the post, the age is the finding.
  assert.equal(reported(body("Orla is fourteen and she's in Year 9."), 'age'), ['fourteen']);
});

test('ages in a comparison or a long life in general are no one\'s; an ordinal year of a long life is', () => {
  assert.equal(reported('An eighty-year-old would score lower on that test than a forty-year-old.', 'age'), []);
  assert.equal(reported("Most of us won't be living to a hundred years old, she joked.", 'age'), []);
  assert.equal(reported('The nurse said a ninety-year-old tends to bruise easily.', 'age'), []);
  assert.equal(reported("Living to a hundred years old isn't the point.", 'age'), []);
  assert.equal(reported('She lived to a hundred years old and never left the island.', 'age'), ['a hundred years old']);
  assert.equal(reported('Nell is in her 94th year in the care home and still sharp.', 'age'), ['in her 94th year']);
  assert.equal(reported("She's in her 20th year at the firm.", 'age'), []);
  assert.equal(reported('We were thirteen round the table, she and I included.', 'age'), []);
  assert.equal(reported('She is the youngest of five, aged just six.', 'age'), ['six']);
});

test('a holiday or a bare day that dates someone\'s incident is reported; a holiday\'s own date is the calendar\'s', () => {
  assert.equal(reported("On St Stephen's Day we were called out to the farm.", 'date'), ["St Stephen's Day"]);
  assert.equal(reported('He went missing on Saint Andrew\'s Day.', 'date'), ["Saint Andrew's Day"]);
  assert.equal(reported('She was admitted on Thanksgiving Monday.', 'date'), ['Thanksgiving Monday']);
  assert.equal(reported('The police came round on the 2nd and took him away.', 'date'), ['the 2nd']);
  assert.equal(reported('Last Good Friday he tried to end it.', 'date'), ['Good Friday']);
  assert.equal(reported('By the 21st she had been discharged.', 'date'), ['the 21st']);
  assert.equal(reported('On Remembrance Sunday he punched a steward.', 'date'), ['Remembrance Sunday']);
  assert.equal(reported('We had a lovely Halloween party at the centre for the kids.', 'date'), []);
  assert.equal(reported("Every year on the 23rd of April, St George's Day, her school holds a concert.", 'date'), []);
  assert.equal(reported('Burns Night is on the 25th of January, and the centre holds a supper for her.', 'date'), []);
});

test('a birthday said by its ordinal alone, and an age word between commas after a name, are ages', () => {
  assert.equal(reported("We iced a cake for Winnie's 101st last Sunday.", 'age'), ['101st']);
  assert.equal(reported('The whole floor sang for his 92nd and he wept.', 'age'), ['92nd']);
  assert.equal(reported('Kiri, eight, wants to be a vet.', 'age'), ['eight']);
  assert.equal(reported('Our longest-staying resident\'s 103rd fell on a Sunday.', 'age'), ['103rd']);
  assert.equal(reported("It was my nan's 90th, so I took the day off.", 'age'), []);
  assert.equal(reported('Honestly, ten, maybe eleven, of us turned up.', 'age'), []);
  assert.equal(reported('The sisters, six and eight, share a bunk bed.', 'age'), ['six', 'eight']);
  assert.equal(reported('Our eldest resident, at 98, still reads the paper to the others.', 'age'), ['98']);
  assert.equal(reported('The kids, at nine, were sent up to bed.', 'age'), []);
  assert.equal(reported("She's coming up to 90 and still walks to the post office.", 'age'), ['90']);
  assert.equal(reported('Arthur is three weeks shy of 100, and nervous about the fuss.', 'age'), ['100']);
  assert.equal(reported("The club's 100th and last season ended.", 'age'), []);
});

test('a child of some age in a paragraph about the work in general is noted, not counted', () => {
  const general = 'That novel stayed with me. So often this job is sitting with a fourteen-year-old who has been let down by every adult and finding nothing to say.';
  assert.equal(reported(general, 'age'), []);
  assert.equal(reported(general, 'age', { low: true }), ['fourteen-year-old']);
  assert.equal(reported('Today I sat with a fourteen-year-old who had been excluded. The novel I was reading did not help.', 'age'), ['fourteen-year-old']);
  assert.equal(reported('So often the job is a fourteen-year-old like her, and she has nobody.', 'age'), ['fourteen-year-old']);
  assert.equal(reported('In her memoir the author describes sitting with a thirteen-year-old who has stopped eating.', 'age'), []);
  assert.equal(reported('Some days you are sitting with a 16-year-old who has lost everything, and you have nothing to offer.', 'age'), []);
  assert.equal(reported('This term I have mostly been sitting with a thirteen-year-old who will not speak.', 'age'), ['thirteen-year-old']);
});

test('a part of a month tied to someone\'s event is a date; the blogger\'s own or a season\'s is not', () => {
  assert.equal(reported('His sister was admitted in early February and is still on the ward.', 'date'), ['early February']);
  assert.equal(reported('Dad moved out mid-August without a word.', 'date'), ['mid-August']);
  assert.equal(reported('In late November she was discharged to a hostel.', 'date'), ['late November']);
  assert.equal(reported('I moved flat in mid-June and lost half my books.', 'date'), []);
  assert.equal(reported('The roses in her garden are best in late June.', 'date'), []);
  assert.equal(reported('The training in early March was about sepsis.', 'date'), []);
  assert.equal(reported('He lost his flat in late January and has been sofa-surfing since.', 'date'), ['late January']);
  assert.equal(reported('I started this blog in early January.', 'date'), []);
  assert.equal(reported('Her brother was sectioned the third week of August.', 'date'), ['the third week of August']);
  assert.equal(reported('He went missing the weekend of the 12th and turned up in a squat.', 'date'), ['the weekend of the 12th']);
});

/** Each body reports nothing in `category` (medium or high; with `low`, nothing at all). */
function noneReported(category: string, bodies: string[], options: { low?: boolean } = {}): void {
  for (const body of bodies) assert.equal(reported(body, category, options), [], body);
}

/** Each body's one age is noted as low, never counted. */
function notedOnly(bodies: string[]): void {
  for (const body of bodies) {
    assert.equal(reported(body, 'age'), [], body);
    assert.equal(reported(body, 'age', { low: true }).length, 1, body);
  }
}

test('an age in a question, advice, a comparison, a story\'s character or a thing\'s age is no client\'s', () => {
  notedOnly([
    'She is managing the pump now. Try explaining basal rates to a nine-year-old and you learn what matters.',
    'How do you tell a six-year-old that her grandad has died?',
    'Imagine being a ten-year-old in that waiting room.',
    'If you have ever tried to get a three-year-old into a car seat, you will understand her mornings.',
    'Even a four-year-old knows when the adults are lying.',
    'She talks like a forty-year-old.',
    'Being a seventeen-year-old carer is exhausting.',
    'We watched a film in form time. The hero is a twelve-year-old who runs off to sea.',
    'In the book, the girl is nine when her mother leaves.',
  ]);
  noneReported('age', [
    'To a six-year-old, a week is forever.',
    'The chapel is a hundred years old and cold as a fridge.',
    'The tree in her garden is a hundred years old.',
    'Our charity turned 50 this year, and the school turns 100 next month.',
    'Her car is 20 years old and still runs.',
  ], { low: true });
  // A told story keeps the age a client's, even asked as a question.
  assert.equal(reported('Explaining the plan to a nine-year-old was the hardest part of Tuesday.', 'age'), ['nine-year-old']);
  assert.equal(reported('Why did a 15-year-old end up in a cell last night?', 'age'), ['15-year-old']);
  assert.equal(reported('I met a fifteen-year-old in custody last week.', 'age'), ['fifteen-year-old']);
  assert.equal(reported('Her nan turned 90 this year.', 'age'), ['90']);
  assert.equal(reported('The old man is ninety years old and lives alone.', 'age'), ['ninety years old']);
});

test('a baby\'s age in months between commas is an age; a threshold said with "who is" is not; a junior or senior beside a high school is a school year', () => {
  assert.equal(reported('Her son, three months, slept through the whole visit.', 'age'), ['three']);
  assert.equal(reported('The falls clinic sees everyone who is 75 or older.', 'age'), []);
  assert.equal(reported('She is 75 or older, I would guess.', 'age'), ['75']);
  const school = (sentence: string) => `Her school is Larchfield High School. ${sentence}`;
  assert.equal(reported(school('Jordan is a junior at the county high school and plays football.'), 'age'), ['junior']);
  assert.equal(reported(school("She's a senior in high school now."), 'age'), ['senior']);
  assert.equal(reported(school('He is a junior doctor at the hospital, and she was a senior at the firm.'), 'age', { low: true }), []);
});

test('an exam timetable, a holiday\'s own date and a nation\'s history are the calendar\'s; a client\'s bare day or table row is theirs', () => {
  noneReported('date', [
    'He has his exams soon: maths on 14 May, English on 19 May.',
    'Results day is Thursday 20 August, and he is terrified.',
    'She is revising hard. The first paper is on Wednesday 10 June.',
    'Remembrance Sunday is on 9 November this year; her grandson is marching.',
    'On 21 March 1960 police fired on a crowd, and we talked about it in class with him.',
    // What a parliament, a court or a prime minister did is public however recent.
    'On the 26th of May 1997 the Bringing Them Home report was tabled in federal parliament.',
    'In April 2023 the government announced that implementation was delayed.',
    'It took until the 13th of February 2008 for the Prime Minister to say sorry in parliament.',
    '| Name | Score |\n|---|---|\n| Kai | 3/10 |\n| Shannon | 7/10 |',
  ]);
  assert.equal(reported('On 12 June 1965 she married a farmer from the next valley.', 'date'), ['12 June 1965']);
  assert.equal(reported('Her appeal reached the Supreme Court on 3 May 2019 and she lost.', 'date'), ['3 May 2019']);
  assert.equal(reported('The bailiffs came on the 2nd and took the telly.', 'date'), ['the 2nd']);
  assert.equal(reported('I saw her on the 5th and she was fine.', 'date'), ['the 5th']);
  assert.equal(reported('His court date is the 8th.', 'date'), ['the 8th']);
  assert.equal(reported('The bins go out on the 3rd.', 'date'), []);
  const table = '| Pupil | Seen | Note |\n|---|---|---|\n| Kai M. | 03/03 | late again |\n| Shannon P. | 14/02 | quiet |';
  assert.equal(reported(table, 'date'), ['03/03', '14/02']);
  assert.equal(reported('| Name | Date | Note |\n|---|---|---|\n| Kai M. | 03/03/2025 | late again |', 'date'), ['03/03/2025']);
  assert.equal(reported('| Date | Speaker | Topic |\n|---|---|---|\n| 14/02/2025 | Dr Amy Lee | Sleep |', 'date'), []);
  assert.equal(reported('| Pupil | Year | Seen | Note |\n|---|---|---|---|\n| Shannon P. | Year 9 | 14/02 | missed review |', 'date'), ['14/02']);
  assert.equal(reported('| Date | Speaker | Topic |\n|---|---|---|\n| 14/02 | Dr Amy Lee | Sleep |\n| 21/02 | Tom Reid | Grief |', 'date'), []);
});

test('an age opening a statement about anyone, a share of a group, a comparison or the age of a body or an organisation is no client\'s', () => {
  noneReported('age', [
    "She's a carer now. At fourteen, you shouldn't be the one doing the meds.",
    'At 85, falls are the biggest risk.',
    'When a baby is six weeks old, the first jabs are due.',
    'Some of my clients are 90 and still driving.',
    "He acts like he's five.",
    'My knees are eighty years old.',
    'The NHS is 76 years old this year.',
    'No child of nine should be caring for a parent.',
  ]);
  assert.equal(reported('At 15, already pregnant, she left home.', 'age'), ['15']);
  assert.equal(reported('At 87, Mum still drives.', 'age'), ['87']);
  assert.equal(reported('At 15, you could see she was scared.', 'age'), ['15']);
  assert.equal(reported('Our oldest resident is 103 and sharp as a tack.', 'age'), ['103']);
});

test('ages said with a spaced hyphen, an adjective, "shy of", a baby\'s weeks after "at" or a birthday with "a" are reported', () => {
  const cases: [string, string][] = [
    ['Edna - 91 - came to the lunch club.', '91'],
    ["She's a sprightly ninety-one.", 'ninety-one'],
    ['The lad is just shy of sixteen.', 'sixteen'],
    ['The baby, at four weeks, was tiny.', 'four'],
    ['A toddler of two came in with her mum.', 'two'],
    ['We threw a 91st birthday party for Edna.', '91st'],
  ];
  for (const [body, age] of cases) assert.equal(reported(body, 'age'), [age], body);
  assert.equal(reported('The first birthday after a death is hard.', 'age', { low: true }), []);
  assert.equal(reported('How do you plan a 90th birthday party?', 'age'), []);
  assert.equal(reported("He's the wrong side of eighty.", 'age'), []);
});

test('a short weekday with an ordinal day, and "the night of the 3rd", date a client\'s day', () => {
  assert.equal(reported('She rang on Thurs 9th in tears.', 'date'), ['Thurs 9th']);
  assert.equal(reported('He went missing the night of the 3rd.', 'date'), ['the 3rd']);
  assert.equal(reported('The shop is open Sat 3rd.', 'date'), []);
});

test('an age from which a stage starts, a show\'s character and the age of a building, a vehicle or a guideline are no client\'s', () => {
  noneReported('age', [
    'From two years old, toddlers need fewer naps.',
    'Her favourite show is about a twelve-year-old detective.',
    'Her flat was in a 60-year-old tower block.',
    'We use a 20-year-old minibus for trips.',
    "The guidance dates from 2010, so it's fifteen years old.",
    'The home opened in 1925, so it turns 100 this year.',
    'A 40-year-old guideline still shapes practice.',
    'Her only company is a 14-year-old collie called Bess.',
  ]);
  assert.equal(reported('Her son is two years old and not yet talking.', 'age'), ['two years old']);
});

test('a national record, the blogger\'s own family and what is true of anyone that age are not a client\'s age', () => {
  assert.equal(reported('The oldest woman in Britain is 114.', 'age'), []);
  assert.equal(reported('I sat with a woman who reminded me of my gran, who died at 96.', 'age'), []);
  assert.equal(reported('I sat with a woman who reminded me of my gran, who died at 96.', 'age', { low: true }), ['96']);
  assert.equal(reported("A ninety-year-old's skin tears like paper.", 'age'), []);
  assert.equal(reported('Her husband would have been 100 today.', 'age'), ['100']);
  assert.equal(reported('Mr Reid, who died at 96, left the ward his radio.', 'age'), ['96']);
});

test('the age of someone imagined to make a point, or of the reader put in their place, is noted, not counted', () => {
  notedOnly([
    "You're 16, your mum has just died, and the council says you're intentionally homeless.",
    'Suppose a resident is 92 and refuses to eat.',
    "Let's say she is 16 and pregnant. Who do you call?",
    'Think of a girl of twelve who has never had her own bed.',
    'For example, a client aged 80 may be entitled to attendance allowance.',
  ]);
  assert.equal(reported('Ann is 84 and lives alone.', 'age'), ['84']);
  assert.equal(reported('Imagine my surprise when she said she was 92.', 'age'), ['92']);
  assert.equal(reported('Say hello to Doris, who is 94.', 'age'), ['94']);
});

test('a day that comes round again, the school calendar, the clocks and a march in history are the calendar\'s', () => {
  noneReported('date', [
    'Every year on 11 November he wears his grandad\'s medals.',
    'He always struggles around 5 November because of the fireworks.',
    'Boxing Day is always quiet on the ward.',
    "Payday is the 28th, so he's broke by the 20th.",
    'The clocks go back on 27 October, and he always gets confused.',
    'School holidays start on 20 July; his mum is worried about childcare.',
    'The strike on 14 November closed her school.',
    'On 16 June 1976 students marched through the township; she told the class her gran was there.',
  ]);
  assert.equal(reported('Every year on 14 March, the day her son died, she lights a candle.', 'date'), ['14 March']);
});

test('"94 y.o." and "she celebrates 94 years" are ages; a business\'s years are not', () => {
  assert.equal(reported('94 y.o. female, fall at home.', 'age'), ['94 y.o.']);
  assert.equal(reported('She celebrates 94 years this week.', 'age'), ['94']);
  assert.equal(reported('The cafe celebrates 40 years this week.', 'age'), []);
  assert.equal(reported('They celebrate 40 years of marriage.', 'age'), []);
});

test('"set for the 21st" and "the week before Christmas" date a client\'s event', () => {
  assert.equal(reported('Her hearing is set for the 21st.', 'date'), ['the 21st']);
  assert.equal(reported('The week before Christmas she was evicted.', 'date'), ['The week before Christmas']);
  assert.equal(reported('He was evicted the week after Easter.', 'date'), ['the week after Easter']);
  assert.equal(reported('The week before Christmas is always busy.', 'date'), []);
});

test('milestones of babies in general, the checks named by an age and when a service starts are no one\'s age', () => {
  noneReported('age', [
    'By one year old, most babies have tripled their birth weight.',
    'We talk about the two-year-old check and the six-week check.',
    'Free childcare starts at age three.',
    'Most babies sit up by six months, and he is getting there.',
  ]);
  assert.equal(reported('Her mum was worried. Most babies roll by six months, and he is only five months.', 'age'), ['five months']);
  assert.equal(reported('She left school at age 15.', 'age'), ['15']);
});

test('the blogger\'s own son or mum, turning an age in general and "the body of a 30-year-old" are not a client\'s age', () => {
  noneReported('age', [
    'I have a son who is 12.',
    'My own mum is 84 and lives alone, so this post is personal.',
    'Turning 18 in care is a cliff edge.',
    "He reckons he's got the body of a 30-year-old.",
  ]);
  assert.equal(reported('I have a client who is 12.', 'age'), ['12']);
  assert.equal(reported('Turning 100 on the ward was her dream.', 'age'), ['100']);
});

test('a day a whole school or town shares is the calendar\'s; a wedding, a funeral or a collapse on it is someone\'s', () => {
  noneReported('date', [
    'Sports day is on 19 June and she has been practising.',
    'The Christmas concert on 18 December was her first solo.',
    "Parents' evening is on 12 March; her dad says he'll come.",
    'Storm Arwen on 26 November 2021 cut her power for a week.',
  ]);
  assert.equal(reported('Her wedding is on 14 May.', 'date'), ['14 May']);
  assert.equal(reported('She collapsed in the heatwave on 19 July 2022.', 'date'), ['19 July 2022']);
});

test('the reader\'s child in advice to parents, and the blogger\'s own child, are not a client\'s age', () => {
  notedOnly([
    'Your nine-year-old is not being manipulative; she is scared.',
    'Your teenager is 16 and wants to leave home. What now?',
    'As a mum of a 10-year-old, I get it.',
  ]);
  assert.equal(reported('Her 15-year-old will not talk to her.', 'age'), ['15-year-old']);
});


test('bare ages of a client after an adverb or an initial are reported; a poem and a public surname are not', () => {
  const cases: [string, string[]][] = [
    ['Even at sixteen she was the one holding the family together.', ['sixteen']],
    ['Wee C has been on the order since spring. C\'s 19 now and has not missed a session.', ['19']],
    ['He left school at fifteen and went straight onto the boats.', ['fifteen']],
    ['In the poem the speaker is sixteen and in love.', []],
    ['We read Seamus Heaney in class. Heaney was fourteen when his brother died.', []],
    // A letter that labels a thing has no age.
    ['Plan B is 20 minutes longer on the bus.', []],
    // A teen age in words after "at", or opening a fragment, with someone in the sentence.
    ['He was flown to the mainland at fifteen, alone, with a burst appendix.', ['fifteen']],
    ['Sixteen, and already caring for her gran.', ['Sixteen']],
    ['Nineteen. On an order. Diagnosed at school and never treated, he told me.', ['Nineteen']],
    // A clock, a count, or nobody in particular.
    ['The minibus left at fifteen, so we were late.', []],
    ['Sixteen of us made the trip, and she drove.', []],
    ['Fourteen. That is how many calls came in before she got home.', []],
    // A head count after "they were" is no age; two ages of two children still are.
    ['They were four, all boys, and she was on her own.', []],
    ['Her children are four and six.', ['four', 'six']],
  ];
  for (const [body, expected] of cases) assert.equal(reported(body, 'age'), expected, body);
});

test('the full stop of "Mr." or "Co." does not cut a date off from the person it belongs to', () => {
  expectPersonDates([
    ['Mrs Adeyemi gave birth at home in Tuam, Co. Galway on the 9th of April, before the midwife arrived.', 'the 9th of April'],
    ['The call about Mr. Haldane came on 14 February, from the flat below.', '14 February'],
  ]);
});

test('an age after a name set off by commas, every age of a list, and "your" age in a letter to one person', () => {
  assert.ok(reported('Her youngest, Idris, is three and sleeps in the damp room.', 'age').includes('three'));
  assert.ok(reported('Dobbs, as he makes everyone call him, is 66 and a retired plasterer.', 'age').includes('66'));
  assert.equal(reported('The girls are 9 and 6, and share a bunk bed.', 'age'), ['9', '6']);
  // "two years out of college" goes on about time, not a second age.
  assert.equal(reported('Summer, 26, two years out of college, rang the line.', 'age'), ['26']);
  const letter = findingsIn('You told me you did not need a chaplain. You were in your 94th year.', 'title: "A letter to Wendell"\ndate: 2026-10-01');
  assert.ok(letter.some((f) => f.category === 'age' && f.severity === 'high'));
  const guide = findingsIn('When you are in your 60th year, the pension forms multiply.', 'title: "Planning for retirement"\ndate: 2026-10-01');
  assert.equal(guide.filter((f) => f.category === 'age'), []);
});

test('a weekday with its date, a day named by its place in the month, and a fight or a death in the sentence tie a date', () => {
  expectPersonDates([
    ['It was Tuesday 14 October, just after nine. I was on call. The neighbour rang about Mrs Achterberg, who had not been seen.', 'Tuesday 14 October'],
    ['He died the second Sunday in May, in the room he liked.', 'the second Sunday in May'],
    ['On 9 June, a fight broke out at the skate park between two older boys.', '9 June'],
    ['Her daughter rang on 2 April to say she had gone in her sleep.', '2 April'],
  ]);
  noneReported('date', [
    'Memorial Day falls on the last Monday in May.',
    'Our team meets the first Tuesday of every month.',
  ]);
});

test('the age of a titled work, and of anyone that age by what is usually true of them, is no client\'s', () => {
  noneReported('age', [
    'We start with an old favourite. *The Secret of Clover Street* is thirty years old now and still honest.',
    'A seven-year-old who wets the bed is usually frightened, not lazy.',
  ]);
  assert.ok(reported('*Skye* is nine now and still wets the bed.', 'age').includes('nine'));
  assert.ok(reported('We met a seven-year-old who is often left alone.', 'age').includes('seven-year-old'));
});

test('a holiday that fell on the blogger\'s shift, and a thing reported lost in a year, date no one', () => {
  noneReported('date', [
    'This year Easter Sunday fell on my night shift, and the ward was quiet.',
    'A colleague found a tympanic thermometer she had reported lost in 2021.',
  ]);
  assert.ok(reported('Mr Haddad lost his wife in 2019 and stopped cooking.', 'date').includes('2019'));
});

test('a moveable festival said to fall on a date this year dates no one', () => {
  noneReported('date', ['Diwali falls on Friday the 1st of November this year, and the ward will mark it with the families who have lost someone.']);
});

test('a family\'s ages listed after "aged" are each a child\'s, months included; an age rule is not', () => {
  assert.equal(reported('Two parents, kids aged 12, 8, 5 and 18 months, in one hotel room.', 'age'), ['12', '8', '5', '18 months']);
  noneReported('age', ['Children aged 5 and over must wear a seatbelt.']);
});

test('a baby\'s age told as time since the birth, corrected, or at an event counts; babies in general do not', () => {
  const cases: [string, string][] = [
    ['Baby Noor was born on 9 May, eleven weeks ago now, and she is feeding well.', 'eleven weeks ago'],
    ['He is four months old (two weeks corrected), so the milestones are a muddle.', 'two weeks corrected'],
    ['Her cleft was repaired at 10 months, and she has been chattering since.', '10 months'],
    ['June was nine months when her mum first brought her in.', 'nine months'],
    ['At 15 months, he still was not crawling, and his mum was worried.', '15 months'],
    ['Her corrected age is 6 weeks, and the physio is pleased.', '6 weeks'],
    ['Age at first contact: 14. She came with her aunt.', '14'],
    ['| Item | Detail |\n|---|---|\n| Age at referral | 2 years 7 months |\n| School | nursery |\n\nHe was a lovely boy.', '2 years 7 months'],
  ];
  expectReported(cases, 'age');
  noneReported('age', [
    'The project was born out of a chat two years ago.',
    'Most babies walk at twelve months, and hers did too.',
    'She was induced at 38 weeks and he came fast.',
    'At 6 weeks, the health visitor does a check.',
    'Corrected age matters: a baby born at 30 weeks is about ten weeks corrected at three months.',
  ]);
});

test('an age set beside what someone was doing, or after an elderly parent, counts', () => {
  const cases: [string, string][] = [
    ['You came to me in 2018, fifty-three and stacking shelves at night.', 'fifty-three'],
    ['Mrs Tran, 64 when we started and 68 now, still comes every week.', '64'],
    ["He's in Year 12, seventeen, and has never missed a session.", 'seventeen'],
    ['My mother is 81 and has lived alone since my father died.', '81'],
  ];
  expectReported(cases, 'age');
  // The blogger as the subject keeps it their own, a note.
  assert.equal(reported('I came to this job in 2019, thirty-one and working weekends, and she was my first.', 'age'), []);
});

test('a clock after "at", the ages a caseload spans and a topic heading are no one\'s age', () => {
  noneReported('age', [
    'She died at twenty to midnight, with her daughter beside her.',
    'He passed away at ten past four on the Sunday.',
    'She was expelled at ten past two, straight after lunch.',
    'My patients are 80, 90, nearly 100, and she is one of them.',
  ]);
  assert.equal(reported('She died at 90 after a fall.', 'age'), ['90']);
  assert.equal(reported('The boys are 8, 10 and 12.', 'age'), ['8', '10', '12']);
  const topic = 'title: "Kinship care at seventy"\ndate: 2026-10-01';
  assert.equal(reported('She never expected to raise a child again.', 'age', { frontMatter: topic }), []);
  const person = 'title: "Still dancing at ninety-three"\ndate: 2026-10-01';
  assert.equal(reported('She never misses a class.', 'age', { frontMatter: person }), ['ninety-three']);
});

test('a date alone in a row of a client\'s case timeline is that client\'s day; a training timetable is not', () => {
  const timeline = 'His dad kept every letter, so here is how long it took.\n\n| Step | Weeks | Date |\n|---|---|---|\n| Referral received | | 4 March 2025 |\n| Needs assessment agreed | 6 | 15/04/25 |\n| Final plan issued | 20 | 2 December 2025 |';
  assert.equal(reported(timeline, 'date'), ['4 March 2025', '15/04/25', '2 December 2025']);
  assert.equal(reported('Her mum chased it every week.\n\n| Step | Date |\n|---|---|\n| Appeal lodged | 9 June 2025 (by post) |', 'date'), ['9 June 2025']);
  const training = 'Dates for the team this year.\n\n| Course | Date |\n|---|---|\n| Safeguarding refresher | 4 March 2025 |\n| Manual handling | 2 December 2025 |';
  assert.equal(reported(training, 'date'), []);
});

test('a month someone moved, or the month the work with a client ended, is their date', () => {
  assert.equal(reported('Her family moved up last August from the coast.', 'date'), ['last August']);
  assert.equal(reported('I worked with Tamsin for three years. We ended in June 2021, when she left for college.', 'date'), ['June 2021']);
  assert.equal(reported('Last August we ran the summer scheme again.', 'date'), []);
  // The team's own start is no client's date.
  assert.equal(reported('We started on 3 March 2025 with a new rota. The clients liked it.', 'date'), []);
  // Starting school in September is a day every child in the class shares.
  assert.equal(reported('She started nursery last September and loves the sand tray.', 'date'), []);
});

test('the founding of a public body decades ago is history, not a client\'s date', () => {
  assert.equal(reported('The NHS began on 5th July 1948 at a hospital in Trafford.', 'date'), []);
  assert.equal(reported('Her grandmother began work at the mill on 5th July 1948.', 'date'), ['5th July 1948']);
});

test('a holiday on the ward in general is the calendar\'s; a client admitted that day is theirs', () => {
  assert.equal(reported('On Christmas Day the ward is quiet, and the staff wear paper hats.', 'date'), []);
  assert.equal(reported('On Boxing Day she was admitted to the ward.', 'date'), ['Boxing Day']);
});

test('a share of someone\'s own measure beside a date is no statistic; a share of a population is', () => {
  assert.equal(reported('Ama had her daughter Efua on 9 March, and by the first visit she had lost 9% of her birth weight.', 'date'), ['9 March']);
  assert.equal(reported('On 9 March the figures showed 9% of births in the region were early.', 'date'), []);
});

test('an age closing a case-study label line, or said of a regular, counts; a curfew or an old cake does not', () => {
  assert.equal(reported('**Client:** Thu Ha Pham ("Tina"), 34\n**Referral:** from her GP', 'age'), ['34']);
  assert.equal(reported('One of our longest regulars is 61 and lives above the bakery.', 'age'), ['61']);
  assert.equal(reported('Curfew is eleven. By ten to eleven the path is busy.', 'age'), []);
  assert.equal(reported('The kitchen had a thirty-year-old cake tin and one good knife.', 'age'), []);
});

test('a date in a row led by a full name is that person\'s, whatever the text before the table says', () => {
  const sheet = 'I have changed it for the blog, mostly:\n\n| Patient | Dose | Started |\n|---|---|---|\n| Owain Pritchard | buprenorphine | 03/05/2019 |';
  assert.equal(reported(sheet, 'date'), ['03/05/2019']);
  assert.equal(reported('Dates for the blog:\n\n| Course | Date |\n|---|---|\n| Manual Handling | 4 March 2025 |', 'date'), []);
});

test('an Age column is read past rows whose cell is no age', () => {
  assert.equal(reported('| Name | Age | Notes |\n|---|---|---|\n| Auntie Pearl | kinship carer | lives next door |\n| Tamsin | 9 | quiet |\n| Oakley | 4 | loud |', 'age'), ['9', '4']);
});

test('a day told with what happened to someone, a hearing moved, a test or a homecoming is theirs', () => {
  expectReported([
    ['On the 9th of March she had a bad seizure in the middle of the school fair.', 'the 9th of March'],
    ['The hearing was set for June 3. Then it was set for July 8 and adjourned again.', 'July 8'],
    ['Latest clozapine level 0.4 on 11 April.', '11 April'],
    ['Home since 03/05/26 with a new stoma.', '03/05/26'],
  ], 'date');
});

test('a weekday and its date that open a story belong to the people in the blocks after it', () => {
  expectReported([
    ['At half six on Thursday the 9th my work phone went:\n\n> hiya its Precious, the bailiffs are here', 'Thursday the 9th'],
  ], 'date');
  assert.equal(reported('On Wednesday the 12th I had my appraisal and it went fine.\n\nThe holidays started the week after.', 'date'), []);
});

test('births of many on a day are no one\'s birthday', () => {
  assert.equal(reported('Most of the children who arrive without papers end up registered as born on 1 January.', 'date'), []);
  assert.equal(reported('Babies born on New Year\'s Day get a knitted hat from the volunteers.', 'date'), []);
  expectReported([['Her youngest was born on 1 January 2020, in the car park.', '1 January 2020']], 'date');
});

test('an age in brackets after a full name whose family name is also a word is still an age', () => {
  expectReported([['- **Megan Price (13)**: back from contact at six, quiet at tea.', '13']], 'age');
});

test('feeling or looking an age is no age', () => {
  assert.equal(reported('The new starter had never seen the film, which made all of us feel about a hundred years old.', 'age'), []);
  expectReported([['Mr Quinlan is a hundred years old on Sunday.', 'a hundred years old']], 'age');
});

test('what happened to a group at an age is no one\'s age', () => {
  assert.equal(reported('Plenty of kids who were expelled at fifteen go on to do brilliantly.', 'age'), []);
  expectReported([['Kacey was expelled at fifteen and never went back.', 'fifteen']], 'age');
});

test('an age opening a note under the person it is about is their age', () => {
  const notes = '**1. Mrs Pryor, Oak Street**\n- 84, lives with her son.\n\n**2. Mr Achebe, Flat 2**\n- Ninety-one. Proud of it.\n- Only 67, but frail.';
  assert.equal(reported(notes, 'age'), ['84', 'Ninety-one', '67']);
  // Under a topic, a number opening an item is a count.
  assert.equal(reported('**What the audit found**\n- 84, mostly in the winter.\n- Twelve. That was the night shift.', 'age'), []);
});

test('in a letter to one person, the age they are now is theirs; the age they will be is not yet', () => {
  const letter = (body: string) => reported(body, 'age', { frontMatter: 'title: "A letter I will not send"\ndate: 2026-06-09' });
  assert.equal(letter('Dear Declan,\n\nYou used to say you would be dead by forty. You\'re forty-one now.'), ['forty-one']);
  assert.equal(letter('Dear Kes,\n\nI don\'t know where you\'ll be when you\'re twenty.'), []);
});

test('a date in the cell after a "DOB" label is a date of birth', () => {
  const form = '| Field | Entry |\n|---|---|\n| DOB | 02/11/1968 |\n| Last address | a flat in town |';
  assert.equal(reported(form, 'date'), ['02/11/1968']);
  assert.is(findingOf(form, '02/11/1968')?.severity, 'high');
});

test('a day and month right after an arrival, an admission or a birth is that person\'s date', () => {
  expectPersonDates([['She arrived 7/4 with her mum and the baby.', '7/4'], ['He was admitted 12/3 and home by Friday.', '12/3']]);
  assert.equal(reported('Scores went from 3/10 to 7/10 over the term.', 'date'), []);
});

test('in notes typed in lower case, a day and a month written small is still a date', () => {
  expectPersonDates([['she came out of prison on the 28th of july and came straight here.', 'the 28th of july'], ['he was admitted 3 june with his chest.', '3 june']]);
  assert.equal(reported('the june bank holiday is on the 2nd. in july we all go away.', 'date'), []);
});

test('every date down a date-of-birth column is a date of birth', () => {
  const table = '| Client | DOB | Notes |\n|---|---|---|\n| J.M. | 07/22/1991 | weekly |\n| T.O. | 11/02/2004 | sleep |';
  assert.equal(reported(table, 'date'), ['07/22/1991', '11/02/2004']);
  assert.is(findingOf(table, '11/02/2004')?.severity, 'high');
});

test('a birth date after a nickname "to everyone" is one woman\'s, not the births of many', () => {
  assert.equal(reported('Susanna van Heerden, Ouma Sannie to everyone, was born on 14 June 1926 on a sheep farm.', 'date'), ['14 June 1926']);
  assert.equal(reported('Babies born on Christmas Day get a knitted hat from the ward.', 'date'), []);
});

test('"the younger one, Tobi, is four": an age after a name set beside who they are in the family', () => {
  assert.equal(reported('The younger one, Tobi, is four and has asthma.', 'age'), ['four']);
  assert.equal(reported('Her little one, Maisie, is two.', 'age'), ['two']);
  assert.equal(reported('The younger one is always the loudest, in my experience.', 'age'), []);
});

test('how early a particular baby came is an age: "born at 29+4", "stillborn at 37 weeks", "Boy, 39+2" in a handover row', () => {
  assert.equal(reported('Hazel and Wade arrived by emergency section on Sunday, at 29+4.', 'age'), ['29+4']);
  assert.equal(reported('Their daughter was stillborn on 3rd October at 37 weeks.', 'age'), ['37 weeks']);
  assert.equal(reported('She was induced at 39+2 for reduced movements.', 'age'), ['39+2']);
  assert.equal(reported('| Bed | Name | Baby |\n|---|---|---|\n| 1 | Kylie Matthews | Boy, 39+2 |', 'age'), ['39+2']);
  for (const general of ['Babies born at 24 weeks need months in the unit.', 'Most women go into labour by 40+3.', 'It does not say a baby is overdue at 40+1.']) {
    assert.equal(reported(general, 'age'), [], general);
  }
});

test('an age after a parent or partner named in apposition ("Their mom, Brittany, is 20")', () => {
  assert.equal(reported('Their mom, Brittany Caudill, is 20.', 'age'), ['20']);
  assert.equal(reported('Her partner, Dean, is 34 and works nights.', 'age'), ['34']);
});

test('notes that set a name beside a relation without "her" or "the" ("Big brother, Odhrán, is four") give the age', () => {
  assert.equal(reported('Big brother, Odhrán, is four.', 'age'), ['four']);
});

test('a date in a year before anyone alive was born is history, and a holiday on its day stays the calendar\'s', () => {
  const body = 'Every year in the week before Waitangi Day our team reads together. The English text and the Māori text signed at Waitangi on 6 February 1840 say different things about sovereignty.';
  assert.equal(reported(body, 'date'), []);
});

test('a date that opens the story of someone told by their age, or the day "we began" treating someone named before, is theirs', () => {
  assert.equal(reported('On November 18th, in a storm that grounded every plane, an aide called about a 4-year-old girl with a fever.', 'date'), ['November 18th']);
  assert.equal(reported('On the 17th of December, a little after seven, I was called to a house near the south end. A 39-year-old woman had sudden, severe pain.', 'date'), ['the 17th of December']);
  assert.equal(reported('I started DOT for an elder, Annie Kaludjak, 71, with active TB. We began on January 9, 2026.', 'date'), ['January 9, 2026']);
  assert.equal(reported('Most 4-year-old children start school on 1 September.', 'date'), []);
});

test('"in your second year with us" in a letter is time with a service, not an age; "in your 94th year" is', () => {
  assert.equal(reported('Dear Aoife,\n\nYou told me, in your second year with us, that you did not want to be that girl.', 'age'), []);
  assert.equal(reported('Dear Bridie,\n\nYou were in your 94th year when we met.', 'age'), ['in your 94th year']);
});

test("a disaster known by its name, its date and its place are the public's, not a client's", () => {
  const post = 'Today is the anniversary of Piper Alpha. On 6 July 1988, the platform exploded and 167 men died. '
    + 'Aberfan, where the tip slid onto the school in 1966, taught the country what complacency costs. '
    + 'The Zeebrugge ferry, the Marchioness: every one of them left a trace in how we work.';
  assert.equal(reported(post, 'date'), []);
  assert.equal(reported(post, 'name'), []);
  assert.equal(reported(post, 'location'), []);
  // Someone who lives there is still placed by it, and a client's own date is still theirs.
  assert.equal(reported('After the Omagh bombing the town changed. My client lives in Omagh with her mum.', 'location'), ['Omagh', 'Omagh']);
  assert.equal(reported('Today is the anniversary of Aberfan. She was admitted on 3 March 2025 after a fall.', 'date'), ['3 March 2025']);
});

test('the age of the young person the post is about, and the birthday a letter is written for, are ages', () => {
  assert.equal(reported("The girl I'm writing about is fourteen. She has been in care since spring.", 'age'), ['fourteen']);
  assert.equal(reported('The young person we support is 17, and doing well.', 'age'), ['17']);
  assert.equal(reported('Dear Dara, on your eighteenth I want to say thank you. I hope you know how proud we are of you.', 'age'), ['eighteenth']);
  // A book someone writes about, a first day: no one's age.
  assert.equal(reported("On your first day you will get a badge. The topic I'm writing about is ten minutes long.", 'age'), []);
});

test('the years of a life, and a date beside a whole village that is only a zone, are still someone\'s', () => {
  assert.equal(reported('Martin had been inside for twenty-six of his sixty-one years.', 'age'), ['sixty-one']);
  assert.equal(reported('Ten of her thirty years in nursing were nights.', 'age'), []);
  assert.equal(reported('Lorraine, assaulted on 20 August 2022; her exclusion zone covers the whole village.', 'date'), ['20 August 2022']);
});

test('scandals and inquiries known by an institution, a judge by office and a programme in italics are public', () => {
  const post = 'Zahid Mubarek was murdered by his cellmate at Feltham in 2000. The public inquiry, chaired by Mr Justice Keith, made 88 recommendations. '
    + 'In the Northern Territory, *Four Corners* broadcast footage from Don Dale in 2016. Kalief Browder was held on Rikers Island for three years.';
  assert.equal(reported(post, 'name').filter((n) => n !== 'Zahid Mubarek' && n !== 'Kalief Browder'), []);
  assert.equal(reported(post, 'location'), []);
});

test("ages listed after a family's children, and a client kept to an initial, are ages", () => {
  assert.equal(reported('They have three kids: 9, 6 and 2.', 'age'), ['9', '6', '2']);
  assert.equal(reported('Mrs K. is ninety-one this year.', 'age'), ['ninety-one']);
  assert.equal(reported('There are 30 children: 12, 10 and 8 of them boys.', 'age'), []);
});

test("an observance's rule of the calendar is no one's date; a death on such a day is", () => {
  assert.equal(reported('Today is R U OK? Day, the second Thursday of September, and my inbox is full.', 'date'), []);
  assert.equal(reported('She died the last Sunday in June, at home, with the window open.', 'date'), ['the last Sunday in June']);
});

test("a name set off by commas before its age, and a dated step in a list of someone's case, are theirs", () => {
  assert.equal(reported("One of the boys involved, Mateo, is 12, and he's the kid who sits at the front.", 'age'), ['12']);
  assert.equal(reported('Tomasz joined us in Year 2. He was diagnosed in the summer.\n\n- First request for assessment: refused.\n- Appeal lodged, tribunal listed for 14 April 2026.', 'date'), ['14 April 2026']);
  assert.equal(reported('Our school year, month by month:\n\n- **Late October:** report card stress, Halloween costumes, the first real cold.', 'date'), []);
});

test.run();
