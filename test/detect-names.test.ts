import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import type { Finding } from '../src/types.js';
import { post } from './helpers/fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const TITLE = 'title: "Notes from the week"';

function check(body: string, frontMatter = TITLE, options: DiscreetOptions = {}): Finding[] {
  return checkPost('post.md', post(frontMatter, body), { config: parseConfig(options), now: NOW }).report.findings;
}

/** Texts of name findings that would count (medium or high, not suppressed). */
function names(body: string, frontMatter = TITLE, options: DiscreetOptions = {}): string[] {
  return check(body, frontMatter, options).filter((f) => f.category === 'name' && f.severity !== 'low' && !f.suppressed).map((f) => f.text);
}

function expectNames(cases: [string, string][]): void {
  for (const [body, name] of cases) {
    const found = names(body);
    assert.ok(found.includes(name), `expected "${name}" in: ${body}\n  found ${JSON.stringify(found)}`);
  }
}

function expectNone(bodies: string[], frontMatter = TITLE, options: DiscreetOptions = {}): void {
  for (const body of bodies) assert.equal(names(body, frontMatter, options), [], body);
}

// ---------- names of private people ----------

test('given and family names of many origins are found, with or without context', () => {
  expectNames([
    ['I met Oksana at the food bank on a wet morning.', 'Oksana'],
    ['Our new student, Ilse Vandermeer, ran the group.', 'Ilse Vandermeer'],
    ['Sione Taufa was the first to arrive.', 'Sione Taufa'],
    ['Harpreet Kaur Gill wrote to me after the funeral.', 'Harpreet Kaur Gill'],
    ['Her grandson Tamati drove her to clinic.', 'Tamati'],
    ['Siddharth was discharged on Friday.', 'Siddharth'],
    ['Abdirahman has been on my caseload since March.', 'Abdirahman'],
    ['- Ruairí, our night porter, who found the spare blanket.', 'Ruairí'],
    ['![Portrait of Esperanza in the garden](/img/e.jpg)', 'Esperanza'],
    ['Shout-out to Gwenllian on reception.', 'Gwenllian'],
    ['Both Kaito and his sister were in the room.', 'Kaito'],
    ['That afternoon Rhys and Ffion built a den.', 'Ffion'],
    ['Her mum (Shonelle) picked up.', 'Shonelle'],
    ['Later, Wirihana from the youth service rang to say he had been at basketball.', 'Wirihana'],
    ['Tavita missed three weeks of school in March.', 'Tavita'],
  ]);
});

test('a finding names the person, not the title or possessive, and blocks the post', () => {
  const [finding] = check("Maria's mum answered the door.").filter((f) => f.rule === 'person-name');
  assert.is(finding.text, 'Maria');
  assert.is(finding.severity, 'high');
  assert.match(finding.message, /name/);
  assert.match(finding.hint ?? '', /pseudonyms/);
  assert.match(finding.hint ?? '', /publicNames/);
  const report = checkPost('post.md', post(TITLE, 'Yesenia slept in the recliner.'), { config: parseConfig({}), now: NOW }).report;
  assert.is(report.status, 'blocked');
});

test('titles, kin titles, initials, particles, hyphens and Mc/O\' names stay whole', () => {
  expectNames([
    ['Mrs Brown said the kettle was broken.', 'Mrs Brown'],
    ['Dr. Aguilar signed the discharge letter.', 'Dr. Aguilar'],
    ["Mrs. Patel's husband brought her in.", 'Mrs. Patel'],
    ['Auntie Precious brought jollof rice for everyone.', 'Auntie Precious'],
    ['Nana Ruth wanted her wedding photo by the bed.', 'Nana Ruth'],
    ['The file said T. J. Abernathy and nothing else.', 'T. J. Abernathy'],
    ['The drawing was signed JONAH B. in green.', 'JONAH B.'],
    ['Her file header just says R.T.K. and a list of dates.', 'R.T.K.'],
    ["Deirdre O'Sullivan-Hart was waiting in reception.", "Deirdre O'Sullivan-Hart"],
    ['Mateo Fuentes-García, 12, started at the unit in May.', 'Mateo Fuentes-García'],
    ['Our charge nurse, Fionnuala Ní Dhomhnaill, found a bed.', 'Fionnuala Ní Dhomhnaill'],
    ['Lotte van der Meer is seven and loves horses.', 'Lotte van der Meer'],
    ['Ahmed bin Rashid brought his youngest along.', 'Ahmed bin Rashid'],
    ['The coach, Fergal McGonigle, lets him keep stats.', 'Fergal McGonigle'],
    ['Rogelio Jr. drove up from the coast.', 'Rogelio Jr.'],
    ['Jane Hill came in with her son.', 'Jane Hill'],
  ]);
});

test('nicknames: prefixes, "everyone calls him", brackets after the full name', () => {
  expectNames([
    ['Little Kenny was the first to volunteer.', 'Little Kenny'],
    ['What Big Dougie said at the urn stayed with me.', 'Big Dougie'],
    ['Everyone on the ward calls him Smudge.', 'Smudge'],
    ['Wiktoria Zielińska (Wiki to her friends) is in Year 10.', 'Wiki'],
    ['A pharmacist named Ifeoma sorted the blister packs.', 'Ifeoma'],
  ]);
});

test('names that are words are found where grammar makes them people', () => {
  expectNames([
    ['Grace told me she was scared of the dark.', 'Grace'],
    ['Her daughter Hope rang on Sunday.', 'Hope'],
    ['Will asked me whether he could come back next week.', 'Will'],
    ['Our new student, May Lindqvist, ran the group.', 'May Lindqvist'],
    ['Mark Delaney, her stepdad, picked her up.', 'Mark Delaney'],
    ['Joy, who runs the foster carers group, cried.', 'Joy'],
    ['I asked Art whether he wanted tea.', 'Art'],
    ['Bill Hardcastle was the caretaker at the flats.', 'Bill Hardcastle'],
    ["Destiny's foster carer rang me at six.", 'Destiny'],
    ['Her brother, Chance, was in the car.', 'Chance'],
    ["I've been seeing Grace for a year now.", 'Grace'],
    ['Paris, her youngest, is four.', 'Paris'],
  ]);
});

test('capitalised common words and names-that-are-words without a person are not names', () => {
  expectNone([
    'I hope you are well and that May brings sunshine.',
    'We sat in the Rose garden after the session.',
    'By the grace of God we got through the winter.',
    'Mark the date in your diary: the training is on Tuesday.',
    'Will it get easier? Probably not, but it gets lighter.',
    'Hope is a discipline, not a feeling.',
    'The bill came to forty pounds.',
    'Faith, hope and love: the greatest of these is love.',
    'It was a Sunny afternoon and the kids were outside.',
    'Art therapy helped more than talking did.',
    'In June we start the new group. Christmas Eve on the ward is always strange.',
    'Honestly? It was a good day. Young carers are everywhere. Big changes are coming.',
    'Foster parents who support reunification matter. Real kids rarely have the words.',
    'Points are not a person. Small towns can be hard places to be private.',
    'Doctor Who was on in the day room. The Good Samaritan story came up in group.',
    'A peer-support program called Hope Works ran the session. He talked about a horse called Willow.',
  ]);
});

test('places, organisations and institutions are not people', () => {
  expectNone([
    'We drove to Manchester and then on to Leeds.',
    'The Jubilee Library is open late on Thursdays.',
    "I work at St Columba's Hospice three days a week.",
    'The kickoff is at the Hilton on the main square.',
    'Ofsted came in November. Samaritans are there around the clock.',
    'Our Lady of Lourdes parish runs a food bank.',
    'Alcoholics Anonymous and Al-Anon both meet here.',
    'She lives in Florence now.',
    'Our Year 10s went to Alton Towers. The Children Act 1989 sits on my desk.',
    'Roughly one in five Australians aged 16 to 85 had a disorder. What I would tell other OTs.',
    '"People looked at me like, here we go again. Ye just put the kettle on."',
    'Postnatal visits here are as much about logistics as stitches. Screenshots saved, with her permission.',
    'Matariki was a public holiday. Matariki gave us a way to talk about loss.',
    'Naloxone reverses an opioid overdose. We hand out naloxone kits every day.',
    'The march went from Te Hāpua to Wellington. Families have had contact with Oranga Tamariki.',
    'It is St Andrew\'s Day, the Baby Box is twenty years old. The nurses know him by his NHI.',
    'A speech pathologist working with a Filipino family.',
    'Carter, Cooper, Mason, Taylor: half the surnames in the phone book were once jobs.',
    'The shelters could not handle dialysis.',
  ]);
});

// ---------- spreading: one name found, every appearance found ----------

test('a name found once is found everywhere, in any case, with names listed beside it', () => {
  const body = [
    'Her daughter Jazmyn came to the meeting.',
    '',
    'jazmyn: cant come thurs',
    '',
    'My own two, Oisin and Caoimhe, play in the same club, and Oisin came home outraged.',
  ].join('\n');
  const found = names(body);
  assert.ok(found.includes('Jazmyn'), JSON.stringify(found));
  assert.ok(found.includes('jazmyn'), JSON.stringify(found));
  assert.ok(found.includes('Caoimhe'), JSON.stringify(found));
  // A name that is also a word spreads to a sentence it opens as a subject, never to the word.
  const hope = names('Her daughter Hope rang on Sunday. Hope rang again on Monday. I hope she is well. Hope is a discipline.');
  assert.equal(hope, ['Hope', 'Hope']);
});

test('chat logs: speaker labels and sign-offs', () => {
  const body = '> **zuzu:** did u see it\n> **kerrigan:** ya. ok see u tmrw - kerrigan';
  const found = names(body);
  assert.ok(found.includes('zuzu'), JSON.stringify(found));
  assert.ok(found.includes('kerrigan'), JSON.stringify(found));
  expectNone(['Note: the group is cancelled this week.']);
});

test('a field label in capitals before a number is not a speaker; a nickname in capitals still is', () => {
  expectNone(['MRN: 00571934 was on the wristband.', 'CRN: 4471 went on the letter.']);
  assert.ok(names('DJ: on the bus now').includes('DJ'));
  assert.ok(names('KEIRA: 5 mins away').includes('KEIRA'));
});

test('names in titles, alt text, HTML comments, tables and headings', () => {
  const frontMatter = 'title: "What Ignatius taught me"\ndescription: "A week with Teodora"';
  const body = [
    '## Sitting with Bartholomew',
    '',
    '![A drawing signed by Marisela Ortega](/img/a.jpg)',
    '',
    '<!-- ask Lowanna before publishing -->',
    '',
    '| Day | Who |',
    '|---|---|',
    '| Monday | Kwabena Mensah |',
  ].join('\n');
  const found = names(body, frontMatter);
  for (const name of ['Ignatius', 'Teodora', 'Bartholomew', 'Marisela Ortega', 'Lowanna', 'Kwabena Mensah']) assert.ok(found.includes(name), `${name}: ${JSON.stringify(found)}`);
});

// ---------- handles ----------

test('usernames, handles and gamer tags are names', () => {
  expectNames([
    ['Her username was jessie_rae_04 on every app.', 'jessie_rae_04'],
    ['She follows @marcusdoesmaths on everything.', '@marcusdoesmaths'],
    ['His gamertag is xXDarkWolfXx and he plays every night.', 'xXDarkWolfXx'],
    ['The texts were signed brandon2011 every time.', 'brandon2011'],
    ['Her story was screenshotted from @hollyberry_12 by lunch.', '@hollyberry_12'],
    ['Snapchat: kiki.bee', 'kiki.bee'],
  ]);
  const rules = check('She follows @marcusdoesmaths on everything.').map((f) => f.rule);
  assert.ok(rules.includes('handle'), JSON.stringify(rules));
});

test('codes, products, file names and e-mail addresses are not handles', () => {
  const found = check('He takes B12 and covid19 boosters, saved my_notes.txt and plays FIFA23 on the PS5. Mail me at ruth.ames@example.org.')
    .filter((f) => f.rule === 'handle');
  assert.equal(found.map((f) => f.text), []);
});

// ---------- public figures, the author, aliases ----------

test('public figures and cited authors are not flagged', () => {
  expectNone([
    'I reread Carl Rogers on the train home. Rogers wrote about regard as if it were simple.',
    'As Brené Brown argues, vulnerability is not weakness.',
    'Bowlby (1969) described attachment as a lasting bond.',
    "Irvin Yalom's book Love's Executioner is on my shelf.",
    'Senator Harriet Okoro spoke at the rally.',
    'The keynote by Professor Lindqvist at the university was excellent.',
    'Next up is Walking Through Fire by Imelda Crowther, picked by the group.',
    'Ngaire Whetu coined the term "kitchen-table care" in 2003.',
    'Ngaire Whetu called grief that nobody sees "quiet grief".',
    "I'd recommend Imelda Crowther's work on multilingual therapy as a starting point.",
    'A while ago the U.S. Surgeon General, Dr. Ravi Anand, issued an advisory.',
    'Playing and Reality by D. W. Winnicott is on the shelf. Winnicott gave us "good enough".',
    'Jesus wept, what a day.',
  ]);
  // A one-word public name is still a client's name behind a relation.
  assert.ok(names('Her son Jesus came to every session.').includes('Jesus'));
});

test('the site\'s publicNames and author are never flagged, other names still are', () => {
  const body = 'Olwen Barraclough spoke at the conference. Later Thaddeus rang me.';
  const found = names(body, TITLE, { publicNames: ['Olwen Barraclough'], author: 'Thaddeus Moorcroft' });
  assert.equal(found, []);
  assert.ok(names(body).includes('Olwen Barraclough'));
});

test('declared aliases, their parts and possessives are never flagged', () => {
  expectNone([
    "Auntie Zinnia said yes before I'd finished. Zinnia's kitchen always had bannock.",
  ], 'title: "Kinship"\npseudonyms: ["Auntie Zinnia"]');
  expectNone([
    'This is about a woman I\'ll call Bernadette. Bernadette is in her eighties.',
    'Sam (not his real name) is in his forties.',
    'A.J. is an alias I use for a teenager.',
  ]);
});

test('a title with an initial is a name unless declared an alias; a single initial alone is not', () => {
  expectNone(['Ms. B reached out in August. J. has a lot of anxiety. Mr K brought biscuits.'], 'title: "Notes"\npseudonyms: ["Ms. B", "Mr K"]');
  assert.ok(names('Mr N (that is what the nurses called him) liked the radio.').includes('Mr N'));
  expectNone(['J. has a lot of anxiety, and R. got up to save his seat.']);
});

// ---------- pseudonym maps ----------

test('pseudonym-map names are replaced at render time, so they are not findings in the text', () => {
  const frontMatter = 'title: "A hard week"\npseudonyms: { "Marisela Ortega": "Client A" }';
  const found = names("Marisela Ortega came in. Marisela cried. Ortega's sister waited. Later Bronagh rang.", frontMatter);
  assert.equal(found, ['Bronagh']);
  const titled = 'title: "Essays"\npseudonyms: { "Tobenna Okafor-Reid": "Student T", "Mrs. Okafor-Reid": "his mother" }';
  assert.equal(names('Mrs. Okafor-Reid came to every meeting. Tobenna Okafor-Reid wrote the essay.', titled), []);
});

test('short forms of a pseudonym-map name are findings: the map replaces only the forms it lists', () => {
  const frontMatter = 'title: "Times tables"\npseudonyms: { "Oluwadamilare Bankole": "D.", "Oluwadamilare": "D." }';
  const found = names('Oluwadamilare Bankole came in. His teacher wrote: "Dami is the best at times tables." Later Lare laughed.', frontMatter);
  assert.ok(found.includes('Dami'), JSON.stringify(found));
  assert.ok(found.includes('Lare'), JSON.stringify(found));
  assert.not.ok(found.includes('Oluwadamilare Bankole'));
});

test('pseudonym-map names in a link or the permalink are findings: paths cannot be rewritten', () => {
  const frontMatter = 'title: "A hard week"\npermalink: "/posts/marisela-story/"\npseudonyms: { "Marisela Ortega": "Client A" }';
  const findings = check('See [the drawing](/img/marisela-ortega.jpg) from last week.', frontMatter).filter((f) => f.category === 'name');
  const texts = findings.map((f) => f.text);
  assert.ok(texts.some((t) => /marisela/.test(t)), JSON.stringify(texts));
  assert.ok(findings.some((f) => f.line === 3), 'the permalink is reported where it stands');
});

test('a name watched for the site (another post maps it as real) is an alias where a post declares it one', () => {
  const watchedIn = (frontMatter: string) => checkPost('post.md', post(frontMatter, 'Tomasina came back to group.'), { config: parseConfig({}), now: NOW, watched: ['Tomasina'] })
    .report.findings.filter((f) => f.rule === 'watched-name').map((f) => f.text);
  assert.equal(watchedIn('title: "Group"\npseudonyms: [Tomasina]'), []);
  assert.equal(watchedIn(TITLE), ['Tomasina']);
});

test('a name in a link slug is found: a given name followed by a family name', () => {
  const texts = names('Read [the story](https://example.org/2026/ferdinand-kowalczyk-at-home).');
  assert.ok(texts.some((t) => /ferdinand-kowalczyk/.test(t)), JSON.stringify(texts));
});

// ---------- classes seen on independently written posts ----------

test('a verb or adverb opening a sentence is not part of the name after it', () => {
  expectNone([
    'Channelling Rogers, I just listened and said nothing clever.',
    'Rewatching Bowlby videos with the students is always humbling.',
    'Re-reading Winnicott over the holidays, I kept underlining.',
    'Co-leading Tuesday group with a new facilitator went well.',
  ]);
  // The name after such a word is still a name when it is a private person's.
  expectNames([['Rewatching Yesenia\'s first drawings, I saw how far she has come.', 'Yesenia']]);
});

test('once a person is public in a post, their surname alone is public too', () => {
  expectNone([
    'I went back to Ottoline Brackenridge this month. Brackenridge insists that the child sits inside the family.',
    'Brackenridge argues that supervision holds the worker. Everyone should read Ottoline Brackenridge on this.',
    'The poet Hemi Tawhirangi wrote about the river. Tawhirangi says that a river is an ancestor.',
  ]);
  // A surname said of a private person ("Smith says he...") is still that person.
  expectNames([
    ['I met Jaxon Pettigrew in custody. Pettigrew says he wants to go home.', 'Pettigrew'],
    ['I supervised Ottoline Brackenridge for a year. Brackenridge called me on Friday.', 'Brackenridge'],
  ]);
});

test('public figures made clear by what the post says of them, even when not on the list', () => {
  expectNone([
    'The suffragist Eleanor Pinkerton-Vale is on the ten-dollar note.',
    'Ngaire Whetumarama, who led the campaign for free school lunches, died last year.',
    'Every year we remember Odalys Ferreira-Quist, whose first shoes were taken at the gate, and who turned that story into a day the whole country keeps.',
    'The statue of Marguerite Okonkwo-Bell stands near the station.',
    "Eleanor Pinkerton-Vale's face is on the ten-dollar note.",
    'We read the work of Mihaela Prodanova, whose ideas shaped early-childhood curricula.',
    'Tiriana Wehipeihana won gold at the Commonwealth Games and the whole town came out.',
    'Our ward is in the wing named after Adaeze Morrowfield, and the Adaeze Morrowfield Lecture is next week.',
  ]);
  expectNames([
    ['Kayden won gold at the school athletics day.', 'Kayden'],
    ['My client, a poet, Mereana wrote me a letter.', 'Mereana'],
    ['Rangimarie, who started the group chat, told me everything.', 'Rangimarie'],
    ['Kasimira, whose grandfather won gold at the Olympics, came in today.', 'Kasimira'],
  ]);
});

test('titles used alone, and peoples in the plural, name nobody', () => {
  expectNone([
    'An Elder opened the circle with a prayer.',
    'The Elders asked us to slow down.',
    'The Aunties cooked for the whole marae.',
    'Whaea told me to take my shoes off.',
    'Kaumātua welcomed the manuhiri.',
    'Matron walked the ward at seven every morning.',
    'Young Australians are waiting longer for housing.',
    'Older Samoans told the inquiry about overcrowding.',
    'Working-class Dubliners die younger than their neighbours.',
  ]);
  // One person agrees with a singular verb; two named people are each a name.
  expectNames([
    ['Jess lives with her nan.', 'Jess'],
    ['Marcus and Priya are both on my caseload.', 'Priya'],
  ]);
  expectNames([
    ['Whaea Roimata led the karakia.', 'Whaea Roimata'],
    ['Matron Okwuosa walked the ward at seven.', 'Matron Okwuosa'],
  ]);
});

test('an unfamiliar name in a person\'s slot, and a credit for a private person\'s work, are names', () => {
  expectNames([
    ['We visited Chidubem at home after the hearing.', 'Chidubem'],
    ['Kasimira, whose grandfather was a miner, came in today.', 'Kasimira'],
    ['Poems by Eluned Pryce were displayed in the corridor all week.', 'Eluned Pryce'],
    ['Ozioma slammed the door and walked out.', 'Ozioma'],
    ['Jaswinder wouldn\'t talk to me at first.', 'Jaswinder'],
    ['Gruffydd hasn\'t been in school since half term.', 'Gruffydd'],
    ['Tamahau is the youngest of six.', 'Tamahau'],
    ['Sukhmani has two older sisters.', 'Sukhmani'],
    ['Ekenedilichukwu\'s foster placement ended in June.', 'Ekenedilichukwu'],
    ['It was Llinos who found the note.', 'Llinos'],
    ['Tawhirimatea got his learner licence!', 'Tawhirimatea'],
    ['The girls, Adaugo and Nneka, share a room.', 'Adaugo'],
  ]);
  // Places and organisations have things too, but not a family or a body.
  expectNone([
    'Rotorua has two hospitals and a lake.',
    'Whakatāne hasn\'t changed much.',
    // Medicines and agencies act on people: that does not make them people.
    'Naloxone brought him back within a minute.',
    'Quetiapine gave her terrible dreams.',
    'Whānau wouldn\'t leave her side.',
    'Kōhanga is a place for children and their parents.',
    'Hope is a friend to the weary.',
    'Grace has a way of arriving late.',
  ]);
  expectNames([['Grace has two older sisters.', 'Grace'], ['Hope is the eldest of four.', 'Hope']]);
  // A title in italics, then "by", is still a published work's author.
  expectNone(['We read *The Salt Road* by Ottoline Brackenridge in book club.']);
});

test('given names of origins the generated lists are thin on are known names, alone in a sentence', () => {
  expectNames([
    ['Rhodri was late again and nobody minded.', 'Rhodri'],
    ['I drove Jaswinder home after group.', 'Jaswinder'],
    ['Aroha was in good spirits on Monday.', 'Aroha'],
    ['Hodan asked for the form in large print.', 'Hodan'],
    ['Afterwards Chinedu was quiet for a long time.', 'Chinedu'],
    ['Eilidh wanted the window open.', 'Eilidh'],
  ]);
});

test('an unfamiliar name owning something of a life is a person; what only places, firms or eponyms own is not', () => {
  expectNames([
    ['We planned for Tregenna\'s first week back at school.', 'Tregenna'],
    ['## Penwarden\'s new placement', 'Penwarden'],
    ['Most of the meeting was about Quillfeather\'s exclusion.', 'Quillfeather'],
  ]);
  // In the description, which feeds listings and previews.
  assert.ok(names('A quiet week.', 'title: "Notes"\ndescription: "On Trewhella\'s first week back"').includes('Trewhella'));
  expectNone([
    'We met in Brackwater\'s car park because the cafe was shut.',
    'Farnsby\'s new website finally lists the opening hours.',
    'His tremor turned out to be Huntington\'s disease, caught early.',
    'Pennal\'s food bank now opens on Saturdays too.',
    'Pennal\'s bus service stops at six, which strands the estate.',
    'Pennal\'s young people have nowhere to go after school.',
  ]);
});

test('time spent "with" someone names a companion; apps and charities are not companions', () => {
  expectNames([
    ['# Tuesdays with Gwenllian', 'Gwenllian'],
    ['Walks with Trevanion were the best part of my week.', 'Trevanion'],
    ['Lunch with Adewunmi ran long again.', 'Adewunmi'],
  ]);
  expectNone([
    'Mornings with Zoom are no substitute for a home visit.',
    'Evenings with Mind volunteers have kept the group going.',
    'Afternoons with Duolingo kept his Spanish going.',
    'Canva\'s templates made the leaflet look professional.',
    'A Barnardo\'s worker sat in on the review.',
  ]);
});

test('a heading or sentence that opens with an -ing verb before a cited surname names nobody private', () => {
  const about = 'title: "Supervision notes"\ndescription: "On Donald Winnicott and Abraham Maslow"';
  expectNone(['## Rereading Winnicott\n\nThe holding environment still lands.', 'Revisiting Maslow this spring made me rethink the pyramid.', '## Reading Winnicott again'], about);
  // The -ing word is left out; a private name after it is still found.
  expectNames([['Reading Oksana\'s letter again, I cried.', 'Oksana']]);
});

test('a quality named like a person is the quality when the post speaks of it as one', () => {
  expectNone([
    'Hope is not the same as optimism.\n\nHope says things matter even when they seem not to.',
    'Patience is a discipline, not a mood. Patience asks nothing of us but time.',
    'Wisdom tells us to wait before we write the referral.',
  ]);
  // A person named Hope is still found: a relation, or telling the writer something.
  expectNames([
    ['We nearly lost hope in March. Her daughter Hope came to the review.', 'Hope'],
    ['Some clients lose hope. Hope told me she is moving to the coast.', 'Hope'],
    ['No joy on the phone to housing. Joy was discharged on Friday.', 'Joy'],
    ['We talked about finding hope. Hope says she wants to stay with her nan.', 'Hope'],
  ]);
});

test('a figure from history taught as a lesson\'s topic is public; a private person as a topic is not', () => {
  expectNone([
    'A pupil asked who the man on the old stamp was. That became a lesson on Apirana Ngata and the parliament of his day.',
    'We spent the morning learning about Olaudah Equiano and the abolition of the slave trade.',
  ]);
  expectNames([['We spent the morning learning about Oksana Petrenko and her new flat.', 'Oksana Petrenko']]);
});

test('a credit for the blogger\'s own pupil or client is a name, a published author\'s is not', () => {
  expectNames([
    ['Here is the poem Wiremu wrote in group this week, [The Kingfisher by Wiremu Tautahi](/poems/kingfisher).', 'Wiremu Tautahi'],
    ['Here is the poem Wiremu wrote in group this week.', 'Wiremu'],
    ['We hung a painting by Ngaio Parata (Year 4) in the corridor.', 'Ngaio Parata'],
    ['The best story this term was "The Long Swim" by Dorcas Ebuka, one of my Year 6s.', 'Dorcas Ebuka'],
    ['A pupil in my class wrote this. "Night Bus" by Lowri Bevan.', 'Lowri Bevan'],
    ['Our favourite piece was "Salt" by Grzegorz Malek, aged ten.', 'Grzegorz Malek'],
    ['"Gale" by Brodie Mackintosh, 10.', 'Brodie Mackintosh'],
    ['My favourite this term: "Bus Stop" by Kaito Mori in Room 4.', 'Kaito Mori'],
    ['My student Hemi wrote a poem. "Awa" by Hemi Walker is below.', 'Hemi Walker'],
    ['Here is a poem by Tamsin Oakes, who is in my Year 8 English set.', 'Tamsin Oakes'],
  ]);
  expectNone([
    'We read *The Salt Road* by Ottoline Brackenridge in book club.',
    'Every spring I read "The Salt Road" by Ottoline Brackenridge to my Year 5 class.',
    'We studied *The Salt Road* by Ottoline Brackenridge in Year 9 this term.',
  ]);
});

test('characters of a book or film the post discusses are not names; the blogger\'s own people in the same post are', () => {
  expectNone([
    'We finished *The Long Field* in book club. The novel\'s narrator, Ifemelu, tells it all from a bus seat. Her sister Obiageli never writes back. Ifemelu keeps going anyway.',
    'I watched it twice. In the film, Noor and her mother move to a flat above a laundrette. Noor hates it. The movie is slow but lovely.',
    'The book follows Tavish, a boy who lives on a boat. I read it in one sitting; the book is short.',
    // A name that is the whole italicised title, a section headed "The book", a character who recurs.
    'Ottoline Brackenridge took *Oliver Twist* and moved it to a caravan park. The novel is angry and funny.\n\n## The book\n\nA farm run by Mr. Tolland, a summer with Coach Dibbert, the friendship with Oswin.',
    'Every year I read *Boatboy* by Ottoline Brackenridge to my class. Later the book turns on how everyone treats Tavish. By then my class adores Tavish, and Mrs Pemberly, Tavish\'s teacher, too.',
  ]);
  // A real child in the same post is still a name: made the blogger's own, or a reader of the book.
  const mixed = '## The book\n\n*The Long Field* follows a girl who walks to school every day. Her friend Yusra carries the water.\n\n## Why it matters to me\n\nYusra reminded me of a girl on my caseload. Her name is Teodora Vasquez and she walks an hour to school.';
  assert.equal(names(mixed), ['Teodora Vasquez']);
  expectNames([
    ['I\'ve been reading *Riverboy* with my group. In the book, Callum runs away. One of my lads, Jaxon Pryde, said Callum was just like him.', 'Jaxon Pryde'],
    ['My pupil Kezia loved the book. The protagonist, Tavish, lives on a boat, and the book follows him for a year.', 'Kezia'],
    ['Kezia read the book twice. The protagonist, Tavish, lives on a boat, and the novel is short.', 'Kezia'],
    ['My review of a new film. The film is about grief. Afterwards, I rang Tegan, who lost her dad this year.', 'Tegan'],
    ['Reading the novel on the ward. The novel is long. Siobhan Carrick, the nurse on nights, lent me her copy.', 'Siobhan Carrick'],
  ]);
  expectNames([
    ['My client brought in the book her daughter Maisie had been reading. The story was about a dragon, and the chapter she loved was the last one.', 'Maisie'],
    ['The book is about loss. The novel\'s narrator, Perpetua, loses her brother. My client Jonah Whitlock cried at the end.', 'Jonah Whitlock'],
  ]);
  expectNone([
    'The book is about loss. The book follows a girl in a care home. Her nan is called Blodwen.',
    'A story about a girl called Matilda who loves books: "Matilda" still works on my Year 3s.',
    'My book club picked *The Lovely Bones*. Susie narrates from heaven; Mr. Harvey is terrifying.',
    'In the book, Mia and her mother run a motel. Mia is ten.',
  ]);
  // A section headed by the work's own title is about the work.
  assert.equal(names('Three books I read with my Year 8s this year, and what the characters taught us.\n\n## *Holes*\n\nStanley Yelnats is sent to a camp in the desert. Zero cannot read. Mr. Sir is cruel.\n\n## Why they matter\n\nOne of my lads, Kobe Ashworth, read all three.'), ['Kobe Ashworth']);
  // A paragraph led by the work's title in bold, as in a list of books, is about the work; one led by a label is not.
  const list = 'The books that always work on the ward, and why.\n\n**Charlotte\'s Web.** E. B. White wrote the gentlest book about death. Charlotte tells Wilbur the truth.\n\n**Matilda.** Miss Trunchbull gets booed every time, and Miss Honey gets a cheer.';
  assert.equal(names(list), []);
  assert.equal(names('I read the book to the ward and the book is short.\n\n**Update:** Kayden Moss went home on Friday.'), ['Kayden Moss']);
  // A client's story and play therapy are not works with characters.
  expectNames([
    ['She told me the story of her brother Kyle. The story stayed with me all week.', 'Kyle'],
    ['We did play therapy with the sand tray. The play therapy room was cold, and Kyle Ambrose cried.', 'Kyle Ambrose'],
  ]);
  // A class reading aloud mentions a narrator, but names no character.
  expectNames([['Her English teacher, Mr. Adeyemi, says she used to fight for the part of the narrator.', 'Mr. Adeyemi']]);
  // Outside a post about a work, the same sentences name people.
  expectNames([['Her sister Obiageli never writes back.', 'Obiageli']]);
});

test('actors and the characters of a show the post watches are not names; the blogger\'s own people beside them are', () => {
  expectNone([
    // Casting: who plays whom, and the characters spoken of again by first name.
    'In the drama, Priscilla Warbeck plays Dr Godfrey Tallis, a GP who has stopped listening. Godfrey is never in when a patient needs him.',
    'Godfrey, played by Priscilla Warbeck, is a GP who has stopped listening. Godfrey drinks at lunch.',
    'Fenwick Dale and Ianthe Morrow play the two detectives. Fenwick is better than Ianthe in the third episode.',
    'The series stars Priscilla Warbeck and Fenwick Dale. Priscilla is wonderful.',
    'Priscilla Warbeck is superb as Dr Godfrey Tallis in the new drama. Godfrey drinks.',
    'The film, starring Priscilla Warbeck as a GP who has given up, is on the telly tonight.',
    'Fenwick Dale plays Callum, a care leaver, and Ianthe Morrow plays his social worker, Janine. Callum is angry. Janine is tired.',
    'The cast is led by Priscilla Warbeck as Nurse Joy. Joy is tired all the time.',
    // A paragraph about the show lists its characters with their traits, kin titles too.
    'We binged the whole box set over the holidays. Pudding, who is kind and doomed. Fitchett, who is terrifying. Grandpa Amos is every grandfather in the valley.',
    'Has anyone else been watching *The Annexe*? Dr Okonjo-Reid is what every junior doctor wants to be, and Nurse Betts is what every nurse actually is.',
    'The new drama on BBC One is about a children\'s home. Kezia, the youngest, is brilliant. Her keyworker Dom is a cliché.',
    'In the soap, Auntie Pearl runs the launderette. Pearl knows everyone\'s business.',
    'The film follows Ayodeji, a boy in foster care, and his carer Pauline. Ayodeji never speaks in the first hour.',
    'Season two of *Dockside* is out. Jonno and Shaz are back, and Shaz has finally left him. Mel, who runs the cafe, is still the best thing in it.',
    '*Saltmarsh General* got one thing right.\n\nSister Winifred would never pass an inspection, and Nurse Quill\'s rounds are a fantasy. The show is still the best thing on the telly.',
    // A title judged, as a review opens, with no other talk of the screen.
    '*Saltmarsh General* got one thing right. Sister Winifred would never pass an inspection, and Nurse Quill\'s rounds are a fantasy.',
    // A title that is itself a name does not make the name a client's.
    '*Bramwell\'s Ward* is back for a second series. Bramwell is a surgeon who never sleeps, and the episodes are daft.',
  ]);
  // A viewer is a person; the character of the title she watches is not.
  assert.equal(names('Ruby, who is nine, watches *Bramwell\'s Ward* with her mum. Bramwell is her hero.'), ['Ruby']);
  // A character named in the post's title, in a post about the show.
  assert.equal(names('I have been rewatching *Saltmarsh General* on the telly. Nurse Quill is what every student thinks a nurse is.', 'title: "Nurse Quill, the telly and what students need"'), []);
  // The blogger's own people in the same post are still found.
  expectNames([
    ['I rewatched *Saltmarsh General* last night, the whole box set. A boy I work with, Declan, reminds me of Gristle.', 'Declan'],
    ['We have been watching the show since series one. Ruby, who is nine, loves *Bluey*. She watches it every morning.', 'Ruby'],
    ['We have been bingeing a box set about a farm. Pudding, who is kind and doomed.\n\nTasha, a girl I support, told me Pudding is her favourite.', 'Tasha'],
    ['My Year 6s are putting on a show. Maya and Leo play the two wolves. It will be on the telly next week.', 'Maya'],
    // A school's own production is cast with pupils.
    ['Our nativity was a triumph. Kayla Brennan plays Mary and Leo Hart plays Joseph. Kayla cried at the end.', 'Kayla Brennan'],
    ['The school play is next week. Maya Pratt plays the lead, and Leo Hart is brilliant as the wolf.', 'Leo Hart'],
    ['Kai plays the guitar in the episode I showed my group on the telly. Kai is 14.', 'Kai'],
    // The telly as a thing in a home, and episodes of illness, make no show.
    ['The telly is on all day at Nan\'s. Jayden watches TV from breakfast to bed. His little brother Kobe hides in the kitchen.', 'Kobe'],
    ['The telly is on all day at Nan\'s. Jayden watches TV from breakfast to bed. His little brother Kobe hides in the kitchen.', 'Jayden'],
    ['Marcus has had two episodes since March. The TV was on in the lounge when episode two started. Marcus sat in front of the TV for an hour.', 'Marcus'],
    ['We put *Strictly* on in the lounge after tea. Arthur Penhale sings along to every song.', 'Arthur Penhale'],
    // A child told in the past under a judged title is a reader or a viewer.
    ['*The Gruffalo* got one thing right. Kayden was terrified of it.', 'Kayden'],
    // Viewers of a show, and what they say of it, are people.
    ['The family watch *Albert Square* together every night. Aaliyah knows every character. Her brother Zain pretends not to care.', 'Zain'],
    ['The family watch *Albert Square* together every night. Aaliyah knows every character. Her brother Zain pretends not to care.', 'Aaliyah'],
    ['The series is set in a care home. Residents Edna and Walter run the place. In our home, Margaret Hughes says the show is too soft.', 'Margaret Hughes'],
    // Residents watching the telly are the blogger's day, not the show's cast.
    ['We watched telly in the lounge after tea. Mrs Evans loved the episode. Arthur Penhale sang the theme tune.', 'Mrs Evans'],
    ['We watched telly in the lounge after tea. Mrs Evans loved the episode. Arthur Penhale sang the theme tune.', 'Arthur Penhale'],
  ]);
});

test('a word-name the post shows is a person is found where it opens the title or a sentence', () => {
  assert.equal(names('Summer is 17 and has been in care since she was nine. Summer made breakfast for everyone on Sunday. This summer we went to the coast.'), ['Summer', 'Summer']);
  assert.equal(names('Pat rang me at six. Pat was crying. In the summer holidays it was worse.', 'title: "Pat and the long winter"'), ['Pat', 'Pat', 'Pat']);
  // The word as a compound, a verb or a quality stays the word.
  assert.equal(names('Summer is 17 and lives in a flat. Summer holidays are the hardest time for her.'), ['Summer']);
  assert.equal(names('Will is 19 and rang me twice. Will you ring him too? I said I would.'), ['Will']);
  assert.equal(names('Sunny is 15. Sunny spells are forecast all week.'), ['Sunny']);
  // Never established as a person: nothing spreads.
  assert.equal(names('Summer came round again. Summer is my favourite season.', 'title: "Summer notes"'), []);
});

test('a credit for a work the post calls a client\'s own, shared with their leave, is a private name', () => {
  assert.equal(names('One of his poems was picked for an anthology of writing from people in prison. He said I could share it: [read "Low Tide" by Colm Breen](https://example.org/low-tide).'), ['Colm Breen']);
  assert.equal(names('Her story made it into the hospice newsletter and she was happy for me to share it: "Small Hours" by Ines Darragh.'), ['Ines Darragh']);
  // Shared with a pupil's or a parent's permission, or put up on the class blog: the blogger's own pupil.
  assert.equal(names('With her permission and her dad\'s, it\'s up on the class blog: [read "Rain" by Kezia Brennan](https://example.org/rain).'), ['Kezia Brennan']);
  assert.equal(names('My favourite this year: [read "Digging" by Seamus Heaney](https://example.org/digging).'), []);
  assert.equal(names('She gave me permission to post this: "Nine Doors" by Ines Darragh.'), ['Ines Darragh']);
  // A published author the blogger admires, a book a client's story recalls, or a class text, stays public.
  expectNone([
    'I love "Wild Geese" by Mary Oliver. She said it better than I ever could.',
    'Her story reminded me of *Educated* by Tara Westover.',
    'We read "Salt" by Tessa Morrow in class. One of her poems is about the sea.',
  ]);
});

test('a full name thanked with a private description is a private person, even when its words are everyday words', () => {
  assert.equal(names('Thanks to Rose Baker in Ballyvourney, who read this draft.'), ['Rose Baker']);
  assert.equal(names('Thanks also to Mark Bishop, a family friend, who checked the facts.'), ['Mark Bishop']);
  assert.equal(names('With thanks to my neighbour Sandy Brook.'), ['Sandy Brook']);
  // Thanks to an author for their ideas is a citation, not a helper.
  expectNone(['Thanks to Rose Baker for the framework, and to Mark Bishop whose book on grief I lean on.']);
});

test('a pasted group chat: every speaker label is a name, even an everyday word, with its kinship word', () => {
  const body = [
    'Her mum forwarded the family chat so I could see how evenings go.',
    '',
    '> nanny pat: running late x',
    '> sky t.: who took my charger',
    '> guy m - lol',
    '> pop wade: ok',
  ].join('\n');
  const found = names(body);
  for (const name of ['nanny pat', 'sky t.', 'guy m', 'pop wade']) assert.ok(found.includes(name), `${name}: ${JSON.stringify(found)}`);
  // A form's fields and a week's timetable are not speakers, nor are "me" and "mum".
  expectNone([
    'Goal: fewer missed appointments\nPlan: weekly check-in calls\nReview: after six weeks',
    'Monday: swimming\nTuesday: football\nWednesday: rest',
    'me: are you coming\nmum: yes 5 mins',
  ]);
});

test('well-known characters of books and films are public; their first names too where the work is named', () => {
  expectNone([
    'This term my Year 5s read *Matilda*. Matilda Wormwood is braver than any adult in it, and Miss Honey is the teacher we all wanted.',
    'We started Harry Potter. Hermione Granger was the favourite; Hermione always has the answer.',
    'Atticus Finch still comes up whenever we talk about fairness.',
  ]);
  // A client cue makes the first name a real child's.
  assert.ok(names('We started Harry Potter. Hermione Granger was the favourite.\n\nMy pupil Hermione asked to skip it.').includes('Hermione'));
  // Without the work or the full character, the first name is anyone's.
  assert.ok(names('Hermione came to group again today.').includes('Hermione'));
});

test('advice that opens with a verb before an author is not a given name', () => {
  expectNone(['Read Gaskin on birth before your placement.', 'Try Winnicott first if you are new to this.', 'Revisit Maslow when the plan stalls.']);
  // A name after the verb is still a name when it is not a public author's.
  assert.ok(names('Try Oluwaseun Adebayo-Quist first if you are new to this.').includes('Oluwaseun Adebayo-Quist'));
});

test('days, festive figures, services, campaigns and the blogger\'s own nickname are not client names', () => {
  expectNone([
    'Thu was a long shift.',
    'Group moved to Thu 3pm.',
    'Mon, Wed and Thu are clinic days.',
    'In June the ward was short-staffed, and June was wet besides.',
    'Santa came to the ward on Christmas Eve.',
    'Throughcare starts at sixteen; our Aftercare team met today.',
    'R U OK? Day is next week.',
    'Nurse Sunshine, they call me, because I hum on nights.',
    'The kids call me Miss Sparkle.',
  ]);
  // The same word as someone's name is still a name.
  assert.ok(names('Her neighbour Thu sat with her on Sunday.').includes('Thu'));
  assert.ok(names('Thu came to group for the first time.').includes('Thu'));
});

test('matey forms of given names are names: Dazza, Shazza, Robbo, Johnno', () => {
  expectNames([
    ['Dazza came in for his dose.', 'Dazza'],
    ['Shazza rang about her script.', 'Shazza'],
    ['Robbo was in good spirits.', 'Robbo'],
    ['Johnno was in good spirits.', 'Johnno'],
    ['Dear Declan, or Decko, as you told me on day one.', 'Decko'],
  ]);
  expectNone(['The lotto was drawn on Saturday.', 'A gecko lives behind the fridge.']);
});

test('the saint of a day the post names is no client where it stands for the saint; a client sharing the name still is', () => {
  expectNone([
    "For St Brigid's Day the juniors made Brigid's crosses out of rushes, and we read the legend of Brigid.",
    "Whether it's Columba, St Andrew or Halloween, the kids love a reason to dress up. St Columba's Day fell on a Monday.",
  ]);
  // A name that acts in the post is a person, saint's day or not, and other mentions do not make the day a name.
  assert.equal(names("St Kevin's Day came round again. Kevin turned up early and stacked the chairs."), ['Kevin']);
});

test('languages, dialects and the regions named after a language are not people', () => {
  expectNone([
    'One lad wrote a poem in Scots and his pal answered in Doric.',
    'Her gran only speaks Gàidhlig at home, and the summer course runs in Lallans and Shetlandic.',
  ]);
});

test('people in a paragraph about a public event long past are history; a client met elsewhere in the post is not', () => {
  expectNone([
    'In 1913 the strikers marched on the docks. The famous photograph shows Bridget Kearns at the front, her brother Eamon beside her.',
  ]);
  // The same paragraph, with the name met again outside it, is a client sharing the name.
  assert.equal(names('In 1913 the strikers marched on the docks. The famous photograph shows Bridget Kearns at the front.\n\nBridget came to group on Tuesday.'), ['Bridget Kearns', 'Bridget']);
  // A client's life story has years but no public event.
  assert.equal(names('My client Nomvula came over in 1979 with her brother Sizwe.'), ['Nomvula', 'Sizwe']);
});

test('a sports star a group talks about is no client; a client talked about, or met in the group, is', () => {
  expectNone(['The cup final was on in the lounge. Somebody brought up Declan Rourke at tea and the room split down the middle.']);
  // No sport or fame around: someone the residents know.
  assert.equal(names('Somebody brought up Declan Rourke at tea and the room went quiet.'), ['Declan Rourke']);
  // The same name met again in the group is a client.
  assert.equal(names('The lads were arguing about Declan Rourke and the final. Declan Rourke is in my group.'), ['Declan Rourke', 'Declan Rourke']);
});

test('a work named by its maker in plain text makes its people characters; one likened to them is real', () => {
  expectNone([
    "In Nadia Okoro's novel the two sisters stop speaking for a decade, and Tomasz never explains why.",
    'Like Tomasz in the Ken Loach film, she had done everything the forms asked of her.',
    'There is a bit in the Aardman film where Wallace forgets the cheese, and the kids howled.',
  ]);
  expectNames([
    ['Kerry-Ann was like Zuri in the Pixar film, holding everything in.', 'Kerry-Ann'],
    ['Tomasz reminded me of the boy in the Ken Loach film.', 'Tomasz'],
    // A client's own book, play or film night is theirs.
    ["Jordan's book bag was soaked again, and Kayla Dunne's play was cancelled.", 'Kayla Dunne'],
    ['The Hendry film night was a hit. Callum Hendry brought popcorn.', 'Callum Hendry'],
    ['Fans of Kayden will know he never stops talking.', 'Kayden'],
  ]);
  expectNone(["In Roddy Doyle's book, Paula Spencer tells her own story of a violent marriage."]);
});

test('a character is public where the post names the author or studio, or gives the full name', () => {
  expectNone([
    "When Atticus tells Scout to climb into someone's skin, Harper Lee was writing a manual for social work.",
    'Rocky Balboa running up the steps is still the picture in my head when a client trains for something.',
    'Riley in the Pixar film could not name her sadness either.',
  ]);
  // Without the work or its maker, the first name alone is anyone's.
  expectNames([['Atticus told me he was tired of school.', 'Atticus']]);
});

test('a family title before a lower-case given name in chats and family speech is a name', () => {
  expectNames([
    ['she said nanny pat was picking her up after school', 'nanny pat'],
    ['fine, pop wade drove us and aunty bev brought cake', 'pop wade'],
    ['fine, pop wade drove us and aunty bev brought cake', 'aunty bev'],
    ['We went with nanny pat to the shops.', 'nanny pat'],
    ['her nan sue passed last year', 'nan sue'],
    ['Nanny pat and the boys came to the review.', 'Nanny pat'],
  ]);
  // The title alone, or before a word doing a verb's work, names no one.
  expectNone([
    'Her aunt rose to her feet and clapped.',
    'My uncle will be there, my nan will cook and aunty made tea.',
    "She said she'd nan pat the dog later.",
    'My gran sang in the choir for forty years.',
    "I'll pop round later. She said to pop ruby's coat on the hook.",
    'The pop star was on the telly all night; her favourite pop song came on twice.',
  ]);
});

test('a chat line labelled with a pronoun is no one\'s name', () => {
  assert.equal(names('Chat log:\n\n> me: how did it go\n> her: fine, we got the bus'), []);
});

test('double-barrelled family names in tables and registers are found whole, in either order', () => {
  expectNames([
    ['| Name | Age |\n|---|---|\n| Rose Baker-Hill | 14 |', 'Rose Baker-Hill'],
    ['| Summer Lane-Fox | Year 9 | exclusion |', 'Summer Lane-Fox'],
    ['| Shannon Pryce\u2011Whitlow | 15 | respite |', 'Shannon Pryce\u2011Whitlow'],
    ['| Pryce-Whitlow, Shannon | missed two sessions |', 'Pryce-Whitlow, Shannon'],
    ['- Okafor, Tayo: discharged on Friday', 'Okafor, Tayo'],
  ]);
  expectNone([
    '| Ennis, Clare | two visits |',
    'The Anglo-Irish agreement came up in the history group.',
    'Yes, the Half-Term Club runs again.',
  ]);
});

test('a character\'s family in a post about the work, and the people of a film its maker made "about" someone, are characters', () => {
  expectNone([
    'There is a scene in Billy Elliot where his dad crosses the picket line. Jackie Elliot does it for his son.',
    'Ken Loach made a film about a carpenter fighting the benefits system. Tomasz Wren dies before his appeal.',
  ]);
  expectNames([['Like Eeyore, Dermot always expected the worst. Dermot is 15 and lives with his nan.', 'Dermot']]);
});

test('a title in plain text, told by how a show is spoken of, makes its people characters', () => {
  expectNone([
    'Fans of Derry Girls will remember Sister Michael rolling her eyes.',
    'Anyone who watched Line of Duty knows Ted Hastings says "mother of God".',
    'On the show, Dr Marcus Pell tells every patient the truth, which no real consultant would.',
    'The Channel 4 drama follows a social worker called Tess Arkwright through one awful week.',
  ]);
  expectNames([['Anyone who watched Line of Duty with Tess Arkwright, my client, would know she cried.', 'Tess Arkwright']]);
});

test('given names common in US records but missing from the locale lists are given names', () => {
  expectNames([
    ['We write letters to Latonya twice a year.', 'Latonya'],
    ['I sat with Janette while the forms printed.', 'Janette'],
  ]);
  // A family name that babies are also given, in a famous pairing, is not a client.
  expectNone(['She plays hymns and Gilbert and Sullivan with great precision.']);
});

test('programmes, laws and models named in title case are not people; a given name after an opener still is', () => {
  expectNone([
    'Housing First says you give people a home, then the support.',
    'The course is called Skills to Foster and lasts three days.',
    'Nobody had told him about Good Samaritan laws.',
  ]);
  expectNames([
    ['Yesterday Hope said she was fine.', 'Hope'],
    ['## What Stavros wanted\n\nHe wanted to go home.', 'Stavros'],
  ]);
});

test('a cited author\'s saying, a creator telling a source, a public voice quoted to politicians', () => {
  expectNone([
    'Ruth Whitcombe\'s line, "Eat real food," still fits on a sticky note.',
    'Winnie-the-Pooh began at a zoo. A. A. Milne based the bear on a real one his son loved.',
    'Dr. Theresa Tam said early on that this was about trust. I still quote her to politicians.',
  ]);
  expectNames([['Tomasz said he was fine. I still quote him to the team.', 'Tomasz']]);
});

test('"Jan" and "Jun" are given names beside a relation; a double-barrelled surname\'s initials keep their hyphen', () => {
  expectNames([
    ['Her husband, Jun, drove them to the hospital.', 'Jun'],
    ['I made up the blister pack for R. T-W. this morning.', 'R. T-W.'],
  ]);
  expectNone(['The clinic reopens on Jun 5 after the works.', 'See you in Jan when the rota changes.', 'I bought the A-Z. It was cheap.']);
});

test('Vietnamese family titles stand before a name like "Auntie"', () => {
  expectNames([
    ['We sat with Chú Minh for an hour after the clinic.', 'Chú Minh'],
    ['The clinic asked for an email. Cô Thảo didn\'t have one, so her son set one up.', 'Cô Thảo'],
  ]);
});

test('a toy or an imaginary creature called by a name is not a person', () => {
  expectNone(['He tells long stories about a dinosaur called Reginald.', 'She will not sleep without a teddy called Bernard.']);
  expectNames([['He tells long stories about his cousin called Reginald.', 'Reginald']]);
});

test('a national salute in another language is a greeting; the given name in it alone is still a name', () => {
  expectNone(['Heroiam Slava, and thank you for reading.']);
  expectNames([['Slava rang me on Tuesday about the flat.', 'Slava']]);
});

test('an alias for a couple ("Mr and Mrs K.") covers each of them', () => {
  const frontMatter = 'title: "Notes from the week"\npseudonyms: ["Mr and Mrs K."]';
  assert.equal(names('When the couple I will call Mr and Mrs K. got their card, Mrs K. held it with both hands. Mr K. laughed.', frontMatter), []);
  // Another initial is someone else.
  assert.equal(names('Mrs K. held the card. Mrs P. from next door laughed.', frontMatter), ['Mrs P.']);
});

test('a character asked about by a pupil, a character shortened to a first name and initial, and the author beside their book', () => {
  expectNone([
    'One of my students asked whether Miss Trunchbull was a real teacher.',
    '## A copy of *Junie B. Jones*\n\nFor the homesick ones. Junie B. has never failed me. Barbara Park knew how five-year-olds think.',
  ]);
  // Without the book, the same name is anyone's.
  expectNames([['Barbara Park rang me about her son.', 'Barbara Park']]);
});

test('"Hallowe\'en" spelled the old way is a holiday, not a name', () => {
  expectNone(["Hallowe'en at the youth club is chaos.", 'Hallowe’en night was quiet on the ward.']);
});

test('a pupil named in apposition after a year group is one of the blogger\'s own, even with a name that is a word', () => {
  expectNames([
    ['One of my Year 6 pupils, Maria, cried at the end of the book.', 'Maria'],
    ['One of my Year 9s, Rose, wrote a poem about her nan.', 'Rose'],
  ]);
});

test('acronyms as labels and a region named in full are not people', () => {
  expectNone([
    '**GDPR:** consent first, always.',
    '**UK GDPR** says consent must be freely given.',
    'UK GDPR: what we may keep\nPhotos: no faces\nNames: never',
    'A school nurse, Northern Ireland. Back home in Northern Ireland, my mum still laughs at my accent.',
    'Remote area midwife, Northern Territory, writing about long drives.',
  ]);
  expectNames([['JJ: u coming?\nme: yes\nJJ: ok', 'JJ']]);
});

test('characters of a play a class studies are not names; pupils who play them, and clients who share their names, are', () => {
  expectNone([
    'Year 10 are doing Romeo and Juliet. Mercutio wore a bin lid for the duel and Friar Laurence says far too much.',
    'We started Macbeth on Monday. Banquo\'s ghost was a boy in a bedsheet and Macduff got the biggest laugh.',
    'Year 11 are studying The Winter\'s Tale. Leontes loses it in Act 1, and in the trial scene Paulina finally speaks.',
  ]);
  expectNames([
    ['Year 11 are studying The Winter\'s Tale. In Act 2 Kayden forgot his lines and Leontes raged anyway.', 'Kayden'],
    ['Olivia was in tears at group today. Twelfth Night is on at the Lyric, but we did not go.', 'Olivia'],
    ['Rehearsals for the school play went well. In Act 2 Zubair forgot his lines.', 'Zubair'],
    ['Our chaplain, Friar Aidan, sat with her all night.', 'Friar Aidan'],
    ['Kayla got into the party scene at fifteen. In the opening scene of her story, Kayla is at a bus stop.', 'Kayla'],
  ]);
});

test('a name after "in group" or "in class" is someone there, not a place', () => {
  expectNames([
    ['Tonight in group Paulina talked about her dad.', 'Paulina'],
    ['Later in class Marisol said nothing at all.', 'Marisol'],
  ]);
  expectNone(['She grew up in rural Angus and trained in north Belfast.']);
});

test('a title and initial greeted in a message sent to the blogger is the blogger, noted low; anyone else so called stays a name', () => {
  const body = 'A dad wrote to me after sports day:\n\n> Hi Mr. D, thanks for keeping him going on the relay.\n\nI kept that one.';
  assert.equal(names(body), []);
  const note = check(body).find((f) => f.text === 'Mr. D');
  assert.is(note?.severity, 'low');
  assert.match(note?.message ?? '', /addressed/);
  expectNone([
    'A Year 6 left me a note on my desk: "Thank you Miss R for believing in me." I kept it.',
    'A text from a mum: "Hi Ms B, sorry he was late, car trouble."',
  ]);
  expectNames([
    ['Mr. D rang the office about his son again.', 'Mr. D'],
    ['Her mum forwarded me a text she had sent to the head: "Hi Mrs. K, he will not go in today."', 'Mrs. K'],
    ['> Hi Mr. D, can you ring me back about Kofi?', 'Mr. D'],
  ]);
});

test.run();
