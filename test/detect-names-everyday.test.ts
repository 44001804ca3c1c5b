/**
 * Everyday words that look like names: elders' titles of many languages, loanwords of New Zealand and
 * South African English, pets' names, the words of a law's title, and names the pseudonym map replaces.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { reported } from './helpers/findings.js';

const names = (body: string, frontMatter?: string) => reported(body, 'name', { frontMatter });

function expectNone(bodies: string[], frontMatter?: string): void {
  for (const body of bodies) assert.equal(names(body, frontMatter), [], body);
}

function expectName(body: string, name: string, frontMatter?: string): void {
  const found = names(body, frontMatter);
  assert.ok(found.includes(name), `expected "${name}" in: ${body}\n  found ${JSON.stringify(found)}`);
}

test('titles for elders in other languages are titles, alone, after "my/her" or in a list', () => {
  expectNone([
    'Families use titles for elders: Abuela, Nana, Lola, Oma and Bubbe all mean grandmother somewhere.',
    'My Dadi and my Nani both lived with us when I was small.',
    'The kids called their grandmother Tita, and Ouma came on Sundays.',
    'Her Lola made rice for the whole street, and Lola still rings every night.',
    'Oma and Opa drove up from the coast for the meeting.',
    'When Kokum visited she brought bannock for everyone.',
    'She calls her grandmother Lola and her grandfather Lolo.',
  ]);
});

test('an elder title before a name is a title before a name, and a title that is a given name needs the title use', () => {
  assert.ok(names('Bubbe Miriam still lives in the flat above the shop.').some((n) => n.includes('Miriam')));
  // "Lola" is a given name too: with nothing that makes it a title, a girl called Lola is still found.
  expectName('Lola told me she had not slept since the move.', 'Lola');
});

test('loanwords of everyday New Zealand and South African English are words, not names', () => {
  expectNone([
    'We met at the marae and shared kai with the whānau before the hui.',
    'Kai was served in the wharekai after the pōwhiri.',
    'Whānau came from three iwi to the hui at Te Aroha Marae.',
    'We went to Ngāti Porou land for the tangi.',
    'We had a braai after the indaba. Ubuntu is the word for it.',
    'The kaumātua opened with a karakia. Aroha and Manaaki were the themes of the hui.',
    'Aroha was what we needed that week, more than funding.',
  ]);
  expectNone(['We shared food at the marae.'], 'title: "Kai, Kōrero and Whānau"');
  // Lower-case "kai" is food even where a boy called Kai is found.
  assert.equal(names('Kai told me he was hungry, so we shared kai at lunch.'), ['Kai']);
});

test('greetings and festival wishes in other languages, and italic words of a holiday, are not names', () => {
  expectNone([
    'We wished everyone Dydd Calan Hapus at the end of the session.',
    'The children made cards saying *Meri Kirihimete* and *Feliz Día* for the holiday.',
    '## Blwyddyn Newydd Dda\n\nA quiet start to the year on the ward.',
    'Nollaig Shona to all my readers, and thanks for another year.',
    'We ended group with a round of Eid Mubarak and far too many dates.',
    'For Diwali the kids drew *Shubh Deepavali* lamps and *Rangolika* patterns.',
  ]);
  // A person who shares a word of a greeting, or one italicised, is still a person.
  expectName('Shona Baird came to group on Tuesday. Nollaig Shona, she said.', 'Shona Baird');
  expectName('At Christmas *Ruby* cried in group.', 'Ruby');
});

test('pets\' names are not people; a person called the same is', () => {
  expectNone([
    'There is an old retriever called Biscuit who sleeps by the door.',
    'The foster family\'s labrador Murphy followed him everywhere.',
    'His dog, Tyson, was the only one he trusted.',
    'They brought their puppy Luna to the visit and Luna licked everyone.',
    "The dog's name was Rufus and he hated the hoover.",
    'Biscuit, our old retriever, sleeps by the door.',
  ]);
  expectName('A girl called Pickle told me about her week.', 'Pickle');
  expectName('I told Mia the cat had died.', 'Mia');
  expectName('The stray dog Jayden found was thin.', 'Jayden');
  expectName('Her dog Rolo sat with us while her son Tavita did his homework.', 'Tavita');
});

test('words inside the title of a law, bill, review or inquiry are not names', () => {
  expectNone([
    'The Children (Care and Justice) (Scotland) Act changed how we work with sixteen-year-olds.',
    'Under the Family Support and Hope Act, families can ask for a review.',
    'The Pat Martin Review found that nobody listened to parents.',
  ]);
  expectName('We are part of the Healthy Futures Programme, run by Sam Alder.', 'Sam Alder');
  expectName("Jayden's Annual Review is on Friday.", 'Jayden');
});

test('a lower-case name the pseudonym map declares is replaced, so it is no finding; one not in the map is', () => {
  const frontMatter = 'title: "Texts"\npseudonyms:\n  Tane: Bill\n  tane: bill';
  expectNone(['Tane sent me a message after the group.\n\n> ok - tane'], frontMatter);
  // Listed beside another name, or in brackets after one, the mapped name is still replaced.
  assert.equal(names("Tane and Mele came late. Mele Fifita (Tane's cousin) waited.", frontMatter), ['Mele', 'Mele Fifita']);
  expectName('Tane sent me a message, and so did his cousin.\n\n> ok - rawiri', 'rawiri', frontMatter);
});

test('names that are words are people when the sentence says so: an age, a full name acting, "she" or "he"', () => {
  expectName('Wade Cardinal was sixteen when I met him.', 'Wade Cardinal');
  expectName('Rose Hunter came to group on Tuesday.', 'Rose Hunter');
  expectName('Autumn walked in and sat down. She did not speak for ten minutes.', 'Autumn');
  expectName('I sat with Summer while she waited for the bus.', 'Summer');
  expectName('Wade hid under the table until his dad came.', 'Wade');
  expectName("Brook's flat was freezing when I visited.", 'Brook');
  expectName('Afterwards Sky and I walked to the bus stop.', 'Sky');
  expectNone([
    'Summer was hot and long this year, and the ward was full.',
    'Music stopped and she looked up.',
    'Spring arrived and he started walking again.',
  ]);
});

test('a nickname of a given name the pseudonym map holds is a finding, even one that is a word', () => {
  const map = (real: string) => `title: "Notes"\npseudonyms:\n  ${real}: Tom Byrne`;
  expectName('Raymond Kowalski came in on Monday. Later Ray was tired.', 'Ray', map('Raymond Kowalski'));
  expectName('Rob was quiet all afternoon.', 'Rob', map('Robert Mensah'));
  expectName('Sue brought a cake to the last session.', 'Sue', map('Susan Miles'));
  expectName('Dot sat by the window.', 'Dot', map('Dorothy Mills'));
  expectName('In the end Bill signed it.', 'Bill', map('William Ashby'));
  // The words themselves, and nicknames of names the map does not hold, are left alone.
  expectNone(['Will he come back? The Will to carry on is hard. A ray of light came in. We will sue nobody.'], map('William Ashby'));
  expectNone(['Sue brought a cake to the last session.'], map('Raymond Kowalski'));
});

test('a single given name of a less common origin is found as the subject of what a person does', () => {
  for (const [body, name] of [
    ['Nomvula hid in the library at lunch.', 'Nomvula'],
    ['At break Lwazi kicked a ball against the wall.', 'Lwazi'],
    ['Palesa drew a map of her street.', 'Palesa'],
    ['Keahi built a tower and Kalani swam two lengths.', 'Kalani'],
    ['Yindi found a lizard under the steps.', 'Yindi'],
    ['Yesterday Kalinda organised the games.', 'Kalinda'],
  ] as const) expectName(body, name);
  expectNone(['The Pacific swam with light at dusk.', 'Music stopped at nine.', 'Last year Ōtaki hosted the regional games.']);
});

test('gamer tags and accounts given as someone\'s are handles, and the word of a handle used later as a nickname', () => {
  const handles = (body: string) => reported(body, 'name');
  assert.ok(handles('He plays as xXmoonmothXx most nights.').includes('xXmoonmothXx'));
  assert.ok(handles('He added her as moonmoth.kerns on Snapchat.').includes('moonmoth.kerns'));
  assert.ok(handles('He added him on Xbox as NightOwlz.').includes('NightOwlz'));
  const later = handles('His gamertag was frostbyte_99. By spring Frostbyte barely logged on.');
  assert.ok(later.includes('frostbyte_99') && later.includes('Frostbyte'), JSON.stringify(later));
  expectNone(['She added me as a friend, then added him as Mum.', 'He streams as usual on Fridays.']);
});

test('a handle made of a mapped real name leaves the name itself to the map, which replaces it', () => {
  const frontMatter = 'pseudonyms: { "Tamsin Okonjo": "T.", "Tamsin": "T." }';
  const found = names('Tamsin Okonjo is in Year 9. Someone posted from his account, @tamsin.okonjo.07, and Tamsin stayed home.', frontMatter);
  assert.ok(found.includes('@tamsin.okonjo.07'), JSON.stringify(found));
  assert.not.ok(found.includes('Tamsin') || found.includes('Okonjo'), JSON.stringify(found));
});


test('a country after a preposition of place, and the eponym of a listed condition, are not people', () => {
  expectNone([
    'In Ireland, a young person leaving care is entitled to an aftercare plan.',
    'Most people at risk of Huntington\'s choose not to be tested.',
  ]);
  expectName('Ireland, my client, said she was tired.', 'Ireland');
  expectName('I rang Tom Parkinson\'s mother about the visit.', 'Tom Parkinson');
  expectName('Mr Parkinson\'s dog barked all through the visit.', 'Mr Parkinson');
});

test.run();
