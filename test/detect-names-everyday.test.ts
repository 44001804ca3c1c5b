/**
 * Everyday words that look like names: elders' titles of many languages, loanwords of New Zealand and
 * South African English, pets' names, the words of a law's title, and names the pseudonym map replaces.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findingsIn, reported } from './helpers/findings.js';

const names = (body: string, frontMatter?: string) => reported(body, 'name', { frontMatter });

function expectNone(bodies: string[], frontMatter?: string): void {
  for (const body of bodies) assert.equal(names(body, frontMatter), [], body);
}

function expectName(body: string, name: string, frontMatter?: string): void {
  const found = names(body, frontMatter);
  assert.ok(found.includes(name), `expected "${name}" in: ${body}\n  found ${JSON.stringify(found)}`);
}

function expectNames(cases: [string, string][]): void {
  for (const [body, name] of cases) expectName(body, name);
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

test('a word-name that taught or told the writer something is a person, unless every word is capitalised', () => {
  expectName('## What Sunny taught me\n\nShe sat beside her mum and listened.', 'Sunny');
  expectName('Looking back, what Grace showed us that year was patience.', 'Grace');
  expectNone([
    '## What Hope Taught Me\n\nMore than any course did.',
    'Hope taught me more than any course did.',
    'Experience taught me the rest.',
  ]);
});

test('a given name and a family name joined by dots is an account name, even alone in a tag', () => {
  assert.equal(reported('We talked about boundaries.', 'name', { frontMatter: 'title: "Boundaries"\ntags:\n  - therapy\n  - "kayla.brightwater"' }), ['kayla.brightwater']);
  assert.equal(reported('Her friend amy.k added me last week.', 'name'), ['amy.k']);
  assert.equal(reported('I use node.js, read the notes (e.g. the index.html file) and sketched a rose.garden plan in report.final.docx.', 'name'), []);
});

test('a condition written in capitals is a diagnosis, not someone\'s initials', () => {
  assert.equal(names('The conditions that come up most are asthma, epilepsy and HIV.\n\n- **HIV**: treatment is free at every clinic.\n- **COPD**: inhalers.'), []);
  assert.equal(names('Her TB came back in March, and the CF clinic rang.'), []);
  assert.equal(names('JJ came to group on Tuesday.'), ['JJ']);
});

test('a cell under a Student or Name column is a name, even a word-name; the next table\'s header is not', () => {
  const body = '| Student | Age | Why referred |\n|---|---|---|\n| Hope | 10 | quiet at recess |\n| Tomas R. | 9 | new to the district |\n| None | - | - |\n\n| Session | Theme |\n|---|---|\n| Week One | Joining in |';
  const found = findingsIn(body).filter((f) => f.category === 'name').map((f) => f.text);
  assert.ok(found.includes('Hope'), 'the word-name in the column');
  assert.ok(found.includes('Tomas R.'));
  for (const word of ['None', 'Session', 'Week One']) assert.not.ok(found.includes(word), word);
});

test('the name column is read in its own column of each row, whatever the names look like', () => {
  // The header row is four cells wide: "Plan" in the third is no name, and rows are read across all four.
  const body = '| Student | Grade | Plan | Medication |\n|---|---|---|---|\n| Hope Oyelaran | 4 | insulin | pump |\n| Will Tran-Delgado | K | allergy | pen |\n| Nguyen Van Phuoc | 2 | reading | none |\n| Yusuf Abdikadir, DOB 03/14/2017 | 3 | seizures | log |';
  const found = findingsIn(body).filter((f) => f.category === 'name').map((f) => f.text);
  for (const name of ['Hope Oyelaran', 'Will Tran-Delgado', 'Nguyen Van Phuoc', 'Yusuf Abdikadir']) assert.ok(found.includes(name), name);
  assert.not.ok(found.includes('Plan'));
  // A real name the pseudonym map replaces is not reported in the column; the rows are still about people.
  const mapped = '| Resident | Falls | Injury |\n|---|---|---|\n| Aurelia Penhaligon | 1 | None |';
  const map = 'title: "Notes"\npseudonyms: { "Aurelia Penhaligon": "Mrs P." }';
  assert.equal(findingsIn(mapped, map).filter((f) => f.rule === 'name-column').map((f) => f.text), []);
});

test('a nickname in quotes inside a full name is a name wherever it stands; a first name that is a word spreads from the full name', () => {
  const peg = names('Margaret "Peg" Vandermeer has kept horses all her life. Peg agreed, then forgot. I met with Peg and her son. Hang the lead rope on the peg.');
  assert.ok(peg.includes('Margaret "Peg" Vandermeer'), JSON.stringify(peg));
  assert.equal(peg.filter((n) => n === 'Peg').length, 2);
  // The family name keeps its particle: the span is the whole name, not one cut at "Ní".
  expectName('We visit Siobhán "Shiv" Ní Dhubhghaill on Tuesdays.', 'Siobhán "Shiv" Ní Dhubhghaill');
  // Neither name in any list: the quoted nickname between them is how people are named.
  expectName('- **Name:** Perpetua "Pet" Ozoemena-Quaye', 'Perpetua "Pet" Ozoemena-Quaye');
  assert.not.ok(peg.includes('peg'));
  // The family name is part of the one name, not left for a reader to join up.
  for (const body of ['Tobenna "Toby" Nwachukwu came to group. Toby stayed late.', 'Rose "Bunny" Green sat by the window. Bunny came back on Friday.']) {
    const found = names(body);
    const full = body.slice(0, body.indexOf(' ', body.indexOf('" ') + 2));
    assert.ok(found.includes(full), `${body}\n  found ${JSON.stringify(found)}`);
    assert.equal(found.length, 2, JSON.stringify(found));
  }
  const faith = names('Faith Ogle is twenty-three. Faith\'s own history is long. Faith didn\'t cry in court.');
  assert.equal(faith.filter((n) => n === 'Faith').length, 2);
  // Without a full name of that first name in the post, the word keeps its meaning.
  expectNone(['Faith is important to many people in recovery. Faith\'s role in recovery is often debated.']);
});

test('a given name typed in lower case in a chat is a name when the person does something', () => {
  const chat = 'From the family group chat:\n\n> ngaire said she would bring the kids. wiremu\'s picking up the chairs';
  const found = names(chat);
  assert.ok(found.includes('ngaire') && found.includes('wiremu'), JSON.stringify(found));
  expectName('i asked twice and hemi said no', 'hemi');
  // Lower-case words of another language used as nouns, and names that are English words, stay words.
  expectNone(['She texted me after. the kai was amazing and so much aroha was shown.', 'In the group chat someone said the kids were fine and grace said thanks.']);
});

test('a texter saying who they are in lower case names themselves', () => {
  expectName('> "molo sisi. its lindiwe. the injection was fine."', 'lindiwe');
  expectName('> hi miss it\'s tyler. cant come tuesday', 'tyler');
  expectNone(['> honestly its fine. im done. its over.']);
});

test('the staff on shift and a dog described after its name are no one', () => {
  expectNone([
    'Staff told me she had started calling the activities kitchen her kitchen.',
    'Grace, our principal\'s old golden retriever, greeted me in the car park.',
  ]);
  expectName('Grace, our principal\'s new deputy, greeted me.', 'Grace');
});

test('a school named the Irish, Gaelic or Welsh way is a place, not a person', () => {
  const body = 'Our youngest started at Bunscoil Mhuire in September and her brother goes to Ysgol Glan Conwy.';
  assert.equal(names(body), []);
  assert.equal(reported(body, 'location'), ['Bunscoil Mhuire', 'Ysgol Glan Conwy']);
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
  expectNames([
    ['Nomvula hid in the library at lunch.', 'Nomvula'],
    ['At break Lwazi kicked a ball against the wall.', 'Lwazi'],
    ['Palesa drew a map of her street.', 'Palesa'],
    ['Keahi built a tower and Kalani swam two lengths.', 'Kalani'],
    ['Yindi found a lizard under the steps.', 'Yindi'],
    ['Yesterday Kalinda organised the games.', 'Kalinda'],
  ]);
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

test('faiths, origins and letter compounds are not people; a boy called Christian is', () => {
  expectNone([
    'A Christian charity runs the lunch club, and Muslim families come on Fridays.',
    'Hindu, Christian and Sikh chaplains took turns on the ward.',
    'She goes to a Baptist church; she is a devout Christian and her faith matters.',
    'Being Christian matters to her. Christian or not, everyone sang at the vigil.',
    'Most of the families on the site are Irish Traveller or British Pakistani.',
    'Her Afro-Caribbean nan and an Anglo-Irish family; Christian Aid sent a lorry and Florence-style wards are gone.',
    'Her mum is Romany-speaking, the aunt is Jordan-born and the interpreter is Florence-raised.',
    'The GP stopped her Z-drugs. X-rays showed nothing, and the C-section scar had healed.',
  ]);
  expectNone(['The Prophet Muhammad taught that kindness is faith, and Guru Nanak taught service.']);
  expectName('Christian came to the lunch club and told me about his week.', 'Christian');
  expectName('My client Christian is seventeen and sleeps on a friend\'s sofa.', 'Christian');
});

test('a month, an island, a river or a town where a date or a place stands is not the person of the same name', () => {
  const month = names('Her son August is two. In August the nursery closes, and since August she has been alone.');
  assert.equal(month, ['August'], JSON.stringify(month));
  const river = names('Her brother Tay said nothing on the walk. Afterwards we sat down by the Tay.');
  assert.equal(river, ['Tay'], JSON.stringify(river));
  const town = names('Her son Derry is ten. She grew up in Derry and moved back to Derry last spring. She is Derry born and bred.');
  assert.equal(town, ['Derry'], JSON.stringify(town));
  assert.equal(names('Her daughter Sydney is three. They emigrated to Sydney when she was born.'), ['Sydney']);
  expectNone([
    'She lives on Lewis with her gran. Lewis is very quiet in winter.',
    'Up on Skye the wind never stops. The round on Arran takes all day.',
  ]);
  assert.equal(names('His brother Dean rang twice. The Dean of the faculty signed the form.'), ['Dean']);
  assert.equal(names('Her son Clyde is eight. The Clyde was flooded, so we went across to Bute.'), ['Clyde']);
  assert.equal(names('Her daughter Iona is nine. Iona Abbey was on the school trip.'), ['Iona']);
  assert.equal(names('Her son Harris is seven. The Harris boy next door is his best friend.'), ['Harris', 'Harris']);
  // A name after "in" that reaches into a person stays a name.
  expectName('Her son Derry has changed. I noticed a change in Derry after the move.', 'Derry');
});

test('a possessive opening the title of a show is the title\'s, not a client\'s', () => {
  expectNone([
    'We watched *Carter\'s Ward* together and she laughed for the first time.',
    'She has been rewatching "Lawson\'s Creek" all week. Her mum loves Lawson\'s Creek too.',
    'She watches *Dr Carter\'s Casebook* every Sunday.',
  ]);
  const found = names('Her boyfriend Carter rang at nine. She watches *Carter\'s Ward* every night.');
  assert.equal(found, ['Carter'], JSON.stringify(found));
  expectName('Carter\'s Mum rang me after the review.', 'Carter');
});

test('family words for grandparents are titles alone; a name after one is still found', () => {
  expectNone([
    'Grampy came too, and Nana was there in her wheelchair.',
    'Bampy picked her up from school, and Nain made soup for everyone.',
    'Mammy rang the school. Granda was in hospital, so Pops stayed in the car.',
  ]);
  expectName('Grampy Joss brought biscuits for everyone.', 'Grampy Joss');
});

test('two capitals a young person goes by are a name where the sentence makes them a person', () => {
  expectName('JJ turned up late to group again.', 'JJ');
  expectName('DJ and his mum came to the drop-in on Friday.', 'DJ');
  expectName('TJ\'s probation officer rang me at lunch.', 'TJ');
  expectName('Sometimes PJ wouldn\'t talk at all.', 'PJ');
  assert.equal(names('Rhys and JJ built a den, and Ana and the OT cleared up.'), ['Rhys', 'JJ', 'Ana']);
  expectNone([
    'The OT said the rail should go by the bath, and TA said he had been fine.',
    'The DJ played until ten. MS flared again and PE was cancelled.',
  ]);
});

test('a word-name is a person where the grammar shows one, even in a post that uses the word as a word', () => {
  const cases: Array<[string, string[]]> = [
    ['Joy, the youngest, hid behind the sofa. There was no joy in that flat. Joy woke at four.', ['Joy', 'Joy']],
    ['Joy (her youngest) was asleep when I arrived.', ['Joy']],
    ['She brought little Joy to the clinic.', ['Joy']],
    ['Her two girls, Joy and Faith, share a bed.', ['Joy', 'Faith']],
    ['Wade, her partner, said he would move out. Wade kept his word for once.', ['Wade', 'Wade']],
    ['We met at the cafe. Wade seemed tired and kept checking his phone.', ['Wade']],
    ['Wade was late. Wade wants to be a mechanic. Wade hates the job centre.', ['Wade', 'Wade', 'Wade']],
    ['Wade reckoned the flat was damp.', ['Wade']],
    ['I think Wade knows more than he lets on.', ['Wade']],
    ['Honey, his little sister, was asleep on the sofa.', ['Honey']],
    ['Her middle one, Blaze, is in foster care.', ['Blaze']],
    ['Her brother-in-law Rusty drives the van.', ['Rusty']],
  ];
  for (const [body, expected] of cases) assert.equal(names(body), expected, body);
  // The word as a word stays a word.
  expectNone([
    '## Hope\n\nHope is a discipline, not a feeling. We lose hope when we stop looking.',
    'Wade through the forms one page at a time.',
    'Honestly, my mum, bless her, was no help.',
  ]);
});

test('a voice assistant asked to play music is a device; a girl called Alexa is a person', () => {
  expectNone(['She asked Alexa to play music at bedtime. Siri didn\'t understand her accent.']);
  expectName('I asked Alexa to play nicely with her brother.', 'Alexa');
  expectName('My client Alexa played football on Saturday.', 'Alexa');
});

test('what others call her is her real name; only the blogger choosing a name makes an alias', () => {
  expectName('Ana-Lucía Ferreira (she hates it when the supply teachers call her Ana-Lucía) sits at the back.', 'Ana-Lucía');
  expectNone(['A woman, call her Bernadette, came to the drop-in.', "I'll call her Bernadette. She came to the drop-in."]);
});

test('a gem, colour or flower name that refuses or fails to do what people do is a person', () => {
  expectName("Jade hadn't left the flat in nine days when I first went round.", 'Jade');
  expectName("Amber didn't want to phone anyone, so we texted.", 'Amber');
  expectNone(["Hope didn't last long that winter.", "Will didn't come into it."]);
});

test("a chat sign-off that is a handle is the sender's; slang for a friend is no one's name", () => {
  expectName('> took the tablet. dont feel different yet - roxy.m', 'roxy.m');
  expectNone(['His cousin told me, "Bro doesn\'t talk. Bro makes beats."']);
});

test('a big city after "a" describes what follows, not a person', () => {
  expectNone(['A Glasgow children and families social worker writes about kinship care.', 'She trained as a Manchester midwife.']);
});

test('parliaments, seats of government and languages are not people', () => {
  expectNone([
    'The money was voted through at Westminster and never reached us. Stormont has not sat for months.',
    'Holyrood debated it, the Dáil passed its own version, and Whitehall wrote another report.',
    'Nothing moves on Capitol Hill in an election year.',
    'She answered in Yolŋu Matha, then switched to Kriol so I could follow.',
    'Her Gàidhlig came back at the end of her life, and the carers learned a few words of it.',
  ]);
  // A client who shares a surname with a building is still found by the grammar around her.
  expectName('My client Dana Whitehall rang twice about the letter.', 'Dana Whitehall');
});

test('a model or idea named in te reo is no one, though "Te" opens given names too', () => {
  expectNone([
    'Ubuntu says I am because we are.',
    'Tino rangatiratanga was the phrase on the banner.',
    'We talked through Te Whare Tapa Whā as a model of health.',
    'The service works under Te Tiriti and says so on every form.',
  ]);
  expectName('Te Rangi Paewai told me he had not slept.', 'Te Rangi Paewai');
  expectName('Aroha says she is fine, and her brother agrees.', 'Aroha');
});

test('a small island named as a given name is the island where the sentence travels there or speaks of its weather', () => {
  expectNone([
    'Visiting Iona means the early ferry and a long walk from the pier.',
    'We took the boat to Arran and the kids ran on the beach.',
    'Skye in winter is another thing altogether.',
    "Iona's abbey was full of pilgrims, and I covered the whole of Lewis and Harris that fortnight.",
  ]);
  expectName("Isla's mum rang about the ferry times.", 'Isla');
  expectName('I checked on Iona before I left; she was asleep.', 'Iona');
  expectName('Visiting Isla at home is easier now her mum has a car.', 'Isla');
});

test("a maker's or a shop's name before what it sells is a brand; a given name owns things", () => {
  expectNone([
    "We had Tunnock's teacakes and Kellogg's cornflakes in, and the Sainsbury's own-brand biscuits.",
    "Somebody brought McDonald's fries to the review meeting.",
    'Heinz beans and toast was all he would eat that month.',
    "Brockley's own-brand crisps were the only thing in the cupboard.",
    "Farrelly's crisps and Tunnock's teacakes, every single day.",
    "Kellogg's cereal bars went in the lunchboxes.",
  ]);
  expectName("Brockley's mum rang twice about the crisps.", 'Brockley');
  expectName("Tamsin's biscuits were gone before the meeting started.", 'Tamsin');
  expectName("Tamsin's fries went cold while she talked.", 'Tamsin');
  // A brand that is a title and a name is the brand only before what it sells.
  expectNone(["Mr Kipling's cakes went first, then the Aunt Bessie's yorkshires."]);
  expectName('Mr Kipling rang about his son.', 'Mr Kipling');
  expectName("Aunt Bessie's house was cold all winter.", 'Aunt Bessie');
});

test('words of Irish, Gaelic, Welsh or te reo quoted in a post about language are not names; a speaker\'s own name is', () => {
  expectNone([
    'Her nain used to sing "Ar Hyd y Nos" and say "Nos da, cariad" every night.',
    'We sang "Calon Lân" at the end of the service.',
    'In te reo, "Ko Hikurangi te maunga" opens a pepeha.',
    'She would say "Chan eil mi sgìth" when she was exhausted.',
  ]);
  expectName('"Tá sé fuar, Siobhán," her gran said.', 'Siobhán');
  expectName('"Is mise Niamh," she said, and sat down.', 'Niamh');
  expectName('He stood and said "Ko Tama tōku ingoa" to the group.', 'Tama');
});

test('a word-name is a person where it does what only a person does, in any tense', () => {
  expectNames([
    ['Faith had moved rooms by the time I got there.', 'Faith'],
    ["Star hadn't slept, and the night staff had noticed.", 'Star'],
    ['Bliss had her baby on Tuesday, three weeks early.', 'Bliss'],
    ['Chance turned up at the drop-in with a black eye.', 'Chance'],
    ['Precious was tearful again in group.', 'Precious'],
    ['Mercy was quiet in group and left early.', 'Mercy'],
  ]);
  expectNone([
    'Summer had packed up early that year, and autumn moved in.',
    'Joy was absent from the room. Hope had gone.',
    "Faith hadn't eaten away at my doubts. The talk on Joy was tearful in places.",
  ]);
});

test("a word-name owning a client's things, or taken and met somewhere, is a person", () => {
  expectNames([
    ["Wade's placement broke down in March.", 'Wade'],
    ["Precious's school called about her attendance.", 'Precious'],
    ['I drove Faith to the clinic and waited outside.', 'Faith'],
    ['We met Wade at the youth centre on Friday.', 'Wade'],
  ]);
  expectNone([
    'The talk brought hope to the room, and faith in the process.',
    'I was out on Achill on Tuesday and across to Inis Mór on Thursday.',
  ]);
});

test('a word-name speaking a quotation, or missing school, is a person', () => {
  expectName('"I\'m not going back," said Faith.', 'Faith');
  expectName("Joy hasn't been in school since Easter.", 'Joy');
  expectNone(['"Keep going," said the sign, and hope did the rest.']);
});

test('a word-name greeted in a letter, seen doing something, or cared for as one of two children, is a person', () => {
  expectNames([
    ['Dear Bliss,\n\nYou left the unit a year ago today.', 'Bliss'],
    ['Hi Grace - the new flat sounds lovely.', 'Grace'],
    ['Did anyone else notice Hope being picked last again?', 'Hope'],
    ['I caught Will sneaking out of the fire door.', 'Will'],
    ['Most days he walks Ivy and Holly, the twins, to nursery.', 'Ivy'],
    ['Most days he walks Ivy and Holly, the twins, to nursery.', 'Holly'],
    ['She has to get Sky and Rose dressed before six.', 'Sky'],
  ]);
  expectName('I still think about you.', 'Bliss', 'title: "Dear Bliss, two winters on"');
  expectNone([
    'Dear Reader, this one is long.',
    'Dear Colleagues,\n\nThe rota is below.',
    'Faith and hope are what keep us going.',
    'In assembly we talked about Faith and Hope as values worth holding.',
  ]);
});

test('a sender label in a chat with the blogger, and a heading or tag of a given name and an unlisted surname, name someone', () => {
  expectName('> **Sky:** who took my charger\n> **Me:** not me', 'Sky');
  expectName('## Faith Ní Bhriain and the day it came out\n\nShe told her nan first.', 'Faith Ní Bhriain');
  expectName('She was quiet all term.', 'Hope Tuhiwai', 'title: "Term three"\ntags:\n  - Hope Tuhiwai\n  - reflection');
  expectNone([
    '## Hope Springs Eternal\n\nA reflection on the year.',
    '## Rose Ngāti Porou\n\nNotes from the hui.',
    '## Summer Tauranga\n\nA season by the harbour.',
    'Goal: sleep through\nPlan: review in May',
  ]);
});

test('a nickname the text introduces is a name there and at every later bare use', () => {
  const found = names('Tomasz Wierzbicki, known to all his mates as Digger, came to group in March. Digger was back the next week.');
  assert.equal(found.filter((n) => n === 'Digger').length, 2, JSON.stringify(found));
  expectNames([
    ['Kaylee, Pickle to her family, started at the new school.', 'Pickle'],
    ['Her brother is known round here as Spud.', 'Spud'],
    ['He has gone by Tink since Year 2.', 'Tink'],
  ]);
  expectNone(['We went to a café known locally as the Hut.']);
});

test('a given name labelling a message, in an exchange of paragraphs or after "she texted:", is the sender', () => {
  expectName('**Me:** how are you?\n\n**Grace:** fine. ish.\n\n**Me:** ok', 'Grace');
  expectName('She texted at midnight:\n\n> **Sunny:** cant sleep again\n\nI rang her in the morning.', 'Sunny');
  expectName('**Interviewer:** how did it start?\n**Joy:** with a text.', 'Joy');
  expectName('Hey Joy! Long time no see, she shouted across the car park.', 'Joy');
  expectNone([
    '**Hope:** it came back slowly.\n\n**Fear:** it never left.',
    '## Hello Summer!\n\nThe garden is finally warm.',
    'Hello May, goodbye April. The ward feels lighter.',
  ]);
});

test('a message signed with a given name and a family name is the sender\'s, with nothing around it', () => {
  expectName('## Monday\n\n> **Sky Tohill:** running late, Kai had a bad night.\n\nI kept an eye on him.', 'Sky Tohill');
  expectNone(['## Monday\n\n> **Grace Period:** the fees can wait a month.\n\nGood news for families.']);
});

test('a word-name made, let or watched to do what people do, or taken out as one of two children, is a person', () => {
  expectNames([
    ['That film made Joy cry in the back row.', 'Joy'],
    ['Has anyone noticed Sky is always on her own at break?', 'Sky'],
    ['We let Hope sit with the staff at lunch.', 'Hope'],
    ['She took Faith and Hope to the park after school.', 'Faith'],
    ['He bathes Rose and Ivy (the twins) every night.', 'Ivy'],
    ['His nickname was Dally. Dally was always late.', 'Dally'],
  ]);
  expectNone([
    'It made hope feel possible again.',
    'Notes from a school nurse, Ireland. The rain never stops.',
  ]);
});

test('a role or a body spoken of by its role is no one\'s name, unless someone is called it', () => {
  expectNone([
    'Warden said we could keep the room. Council said no to the grant. Regulars turned up anyway.',
    '- Leader: rotating\n- Regulars: 8\n- Committee: paid for the room',
  ]);
  expectName('Everyone calls him Captain. Captain came back on Tuesday.', 'Captain');
  expectName('Mr Leader rang about his son.', 'Mr Leader');
});

test('a word the post\'s own table of people gives as a name is a name in its prose too', () => {
  const body = '| Who | Age |\n|---|---|\n| Summer | 7 |\n\nSummer\'s Medicare number is in the blue folder if the clinic asks.';
  // Both mentions: the cell, and the same word in the prose.
  assert.equal(findingsIn(body).filter((f) => f.category === 'name' && f.text === 'Summer').length, 2);
});

test('a given name typed in lower case in a chat, or a fragment of a mapped name signing a text, is a name', () => {
  expectName('Late on Friday:\n\n> ok its me\n\nty texted me again at midnight.', 'ty');
  expectName('> ta for today. could not have done it without you. bern x', 'bern', 'title: "A long day"\npseudonyms: { "Bernadette Quinn": "Ms B" }');
});

test('animals named by what the text says they are, landmarks named with "the ... of", and makes of medicine are no one', () => {
  expectNone([
    'Their sheepdogs were called Rex, Bess and Floss. On the next farm both were called Sam.',
    'I spent ten minutes thinking Duke was her brother before realising Duke was the old collie.',
    'We walked out to the Old Man of Hoy on my day off.',
    'The Omnipod beeped twice in assembly.',
    'Nutrizym and Pancrex are the alternatives if the pharmacy has no stock.',
  ]);
});

test('a device by its make and model is no one, and a word-name the post gives in full is a name in its chats', () => {
  expectNone(['She wears a Libre 3 on her arm now, and the Omnipod 5 on her tummy.', 'By October she had a Dexcom G7 and a new pump.']);
  expectName('Grace Amponsah started at the club in May.\n\n> "hi its mum. grace says the coach is the best"', 'grace');
});

test('a navigation device, the parties of a cited case and a month the post speaks of as a month are no one', () => {
  expectNone([
    'Satnav has no idea about farm tracks. Satnav once sent me into a river at night.',
    'Since *R v Ewanchuk*, consent has meant something specific. What Ewanchuk asks of a jury is simple.',
    'November is always a hard month on the ward. What November asks of us is patience.',
    'Every April we plant the garden. April reminds me why I do this.',
  ]);
  expectName('Every April we plant the garden, and my client April helps.', 'April');
});

test('a Māori given name written with its macrons is a name; a short word of te reo with one is not', () => {
  expectName('Dear Tāmati,\n\nI think of you every time the ward goes quiet.', 'Tāmati');
  expectNone(['Ngā mihi nui to everyone who came to the hui.']);
});

test('exam boards, school roles and a titled character in the plural are no one', () => {
  expectNone([
    'We use AQA\u2019s grade boundaries from last summer, and Eduqas for the Welsh set.',
    'The ALNCo, who was brilliant, arranged a separate lunch room.',
    'Every class has its Sheilas and its Erics, and the room splits between the Eric types and the Mr Birlings.',
  ]);
});

test('letters run into digits are a code, not an initial', () => {
  expectNone(['- Treat T1D like what it is: a serious condition.', '- Check B12 levels before the clinic, and ask about the G7 sensor.']);
});

test('a town after "from" is where someone is from, whatever verb follows', () => {
  expectNone(['The diabetes nurse from Dargaville agreed to come out to the house on Fridays.']);
});

test('the short forms older people go by are given names: a handover line "Dot Spilsbury, unit 4" names her', () => {
  expectNames([
    ['**3. Dot Spilsbury, Kimberley Lodge unit 4**\n- Palliative; syringe driver check.', 'Dot Spilsbury'],
    ['Bev rang to say the district nurse had been.', 'Bev'],
    // A handover's instructions open with a verb, which is no part of the name after it.
    ['See Mr Dunstan before ten.', 'Mr Dunstan'],
    ['Phone Dot Spilsbury first.', 'Dot Spilsbury'],
  ]);
  expectNone(['Dot points are fine for a handover.', 'We breached CQC Reg 12 last year.']);
});

test('a number in brackets after a name is about the person, not a year of publication', () => {
  expectName('<!-- note: check with Brodie Callaghan-Reid (4127 60938 2) before this goes up -->', 'Brodie Callaghan-Reid');
  expectNone(['As Bowlby (1969) argued, attachment is a bond.', 'Attachment, as Ainsworth, 1978, showed, is observable.']);
});

test('a town after "in", in a list of places or opening a longer name is the place, whatever verb follows', () => {
  expectNone([
    'A nurse consultant in Tucson walks through a medication review.',
    'Every spring some politician in Victoria or Ottawa announces a reset.',
    'She came down to Perth Children\'s Hospital on the Monday.',
    'The nephrologist in Winnipeg said it was time.',
  ]);
  // A given name that is also a town is still a person when the sentence says so.
  expectName('Marion came in with her mum on Tuesday.', 'Marion');
});

test('a word-name greeted with a comma or closing a greeting with a full stop is the one greeted', () => {
  expectNames([['She reads this blog. Hello, Pat.', 'Pat'], ['Hi, Will, if you are reading.', 'Will']]);
  expectNone(['Hello, May. Hello, summer.']);
});

test('a phrase of another language in italics opens with a capital, and is no name', () => {
  expectNone(['His last message to his wife, *Noli timere*, is quoted everywhere.', 'The motto over the door, *Labor omnia vincit*, is faded now.']);
  expectName('We read *Matilda* and then Tavita sang for us.', 'Tavita');
});

test('languages, peoples and calendars are no one: Spanish, Rohingya, Gregorian', () => {
  expectNone([
    'Venezuelan Spanish is not Mexican Spanish is not Ecuadorian Spanish. It takes years.',
    'Rohingya families in the camp were the first to be moved.',
    'The Gregorian calendar puts it in March this year.',
  ]);
});

test('the last of a list of places after "in" is a place, known to the gazetteer or not', () => {
  expectNone(['Three people from the same area, now in Germany, Sweden and Stoke, who knew the family.']);
  expectName('She stayed with friends in Leeds and Tavita stayed with us.', 'Tavita');
});

test('in notes typed in lower case, the short forms people go by, doing something or told something, are names', () => {
  const board = '## the whiteboard\n\n- "big al owes mags a fiver (mags wrote this)"\n- "if anyone sees dunc tell him to ring his probation"\n\n## sunny\n\nsunny came out on the 28th and came straight here with her release bag.';
  assert.equal(names(board), ['al', 'mags', 'mags', 'dunc', 'sunny']);
  expectNone(['## the whiteboard\n\n- "someone else said she would bring the mats back"', '## the whiteboard\n\n- "ok — the rota is on the fridge"']);
  // A note opened by whom it is for.
  assert.equal(names('## the whiteboard\n\n- "kez — ur charger is behind the counter"'), ['kez']);
});

test('words in British, Canadian and Australian spelling are words, not unfamiliar names', () => {
  expectNone(['## Honourable mentions\n\n- A book I loved.', 'Colour matters to him. Behaviour is communication.', 'Organise the room first.']);
  // A country's own word that is also a given name stays a name.
  expectName('Kylie rang me at nine.', 'Kylie');
});

test('a name that is the whole of an italic title, in a sentence about a book or a show, is the title', () => {
  expectNone(['I went to a touring production of *Les Misérables* last night.', 'We read *Holes* and then *Esperanza Rising* in class.']);
  expectName('Then *Jayden* read his poem to the class.', 'Jayden');
});

test('a phone number given right after a name makes it someone\'s; after a label or an acronym it does not', () => {
  expectName('Her sister calls from Houston. Yusmary, (713) 555-0193. She will sponsor.', 'Yusmary');
  expectNone(['Case CP-NT, 0412 555 019, was closed.', 'UC, 0800 328 5644, rang back.']);
});

test('a part of a building and its letter is no surname and initial', () => {
  expectNone(['| Block C, flat 4 | bloods Monday |', 'The lads on Wing B were quiet tonight.']);
  expectName('Mrs Block came in with her son.', 'Mrs Block');
});

test('what follows an aside in brackets, a name in brackets after initials, and a lower-case name given an age are people', () => {
  expectNames([
    ['Summer Kovačević ("Sum" to everyone but her mum) turned sixteen in February.', 'Summer Kovačević'],
    ['| J.M. (Joy) | PTSD; fortnightly |', 'Joy'],
    ['## What Tama drew on the whiteboard\n\nHe drew a waka.', 'Tama'],
    ['ten things clients said\n\ngethin, a 34-year-old postie, in our first session. he was sad.', 'gethin'],
  ]);
  expectNone(['Summer (the season, not the girl) is always quiet here.']);
});

test('a name given to a toy or a figure in play is the toy\'s wherever it recurs', () => {
  expectNone(['In the sand tray he placed a grumpy T. rex called Bill and a tiny triceratops called Grace. Bill is shouting. Grace is hiding. Then Bill fell over.']);
  expectName('In the sand tray he placed a T. rex called Bill. Later his brother Kobe came in and took over.', 'Kobe');
});

test('a calling used to address someone is no name', () => {
  expectNone(['## "Teacher, you are speaking too British"\n\nFair. We now have a list on the board called "Teacher\'s strange words".', '"Nurse, can I have some water?" he asked.']);
  expectName('Nurse Ratchett came in at six.', 'Nurse Ratchett');
});

test('names given to rooms or animals ("three side rooms ... call them Hope, Faith and Joy") are theirs wherever they recur; twins so called are people', () => {
  expectNone(['The hall has three side rooms, and somebody decided to call them Hope, Faith and Joy. Hope has the only radiator. Faith is the clothes bank.', 'Michael Bond said he was thinking of the Kindertransport.']);
  expectName('Our twins are a handful; we call them Hope and Faith. Hope rang me today.', 'Hope');
});

test('two words run together under one capital are a make ("GeneXpert"); names with short prefixes or two names joined are people', () => {
  expectNone(['Her GeneXpert came back rifampicin-resistant.', 'He kept the slides on PowerPoint for the team.']);
  expectNames([
    ['DeShawn told me he was moving out.', 'DeShawn'],
    ['MacKenzie came in late again.', 'MacKenzie'],
    ['I saw MaryAnn on Tuesday; she was low.', 'MaryAnn'],
  ]);
});

test('a hospital unit\'s letters, a day in a timetable and a case code are no names', () => {
  expectNone([
    'They shared a cot at the NICU in Zanesville for the first week.',
    '| Day | What |\n|---|---|\n| Mon | Family time |\n| Thu | Parenting class |',
    'Case KY-DCBS-26-041873. She has no car.',
  ]);
});

test('a first name joined to a full name that both then act under is a sibling or partner ("Hope and Will Caudill were born")', () => {
  expectNames([
    ['Hope and Will Caudill were born on March 2 at 34 weeks.', 'Hope'],
    ['Hazel and Wade Brennan-Okoro arrived by emergency section.', 'Hazel'],
  ]);
  expectNone(['Tuesday and Thursday Morning were busy.']);
});

test('"In May, our doctor referred Delbert Two Crows, 54": the month is a month, the man is a man; a team in a city is no one', () => {
  assert.equal(names('In May, our doctor referred Delbert Two Crows, 54, to cardiology.'), ['Delbert']);
  expectNone(['The register team in Darwin rang me last month.']);
  expectNames([['May, our cook, has been with us for years.', 'May']]);
});

test('where a plane or a ferry runs from, or a bearing from a town, is a place, not a person', () => {
  expectNone([
    'The mailboat runs when the sea lets it, and the little plane from Tingwall comes in when the wind allows.',
    'On November 18th, a storm grounded everything west of Bethel.',
  ]);
});

test('a name given with its birth date in a list of children ("- Mason, born 03/04/19") is a child\'s', () => {
  expectNames([['The children:\n\n- Mason, born 03/04/19\n- Ellis, born 17/11/21', 'Mason']]);
  expectNone(['Derry, born and bred, is a city that talks.']);
});

test('a first name no list holds, before a double-barrelled surname, is a name even in a tag', () => {
  expectNames([['Notes on Rangimārie Tūhoe-Walker and the first months.', 'Rangimārie Tūhoe-Walker']]);
  expectName('Nothing else here.', 'Rangimārie Tūhoe-Walker', 'title: "A note"\ntags:\n  - "peer-support"\n  - "Rangimārie Tūhoe-Walker"');
  expectNone(['We drove through Wilkes-Barre on the way home.']);
});

test('a body named for the nation it serves is no person; a given name before the nation may be', () => {
  expectNone([
    'Care Inspectorate Wales visited in the spring and liked the quiet lounge.',
    'Voices from Care Cymru and Cafcass Cymru both came to the launch.',
    '- Local food banks and FareShare Cymru, who kept the kitchen going.',
    'We marched with Pride Cymru in June.',
  ]);
  expectName('Morgan Wales was discharged on Friday.', 'Morgan Wales');
});

test('people at work called by the plural of their calling are no family name; pets called something are no one', () => {
  expectNone([
    'Crews joked about it. I joked about it. We had a nickname for his street.',
    "I've seen a teenager talk for an hour to a pair of guinea pigs called Salt and Vinegar.",
  ]);
  expectName('Mr Crews joked about it when I visited.', 'Mr Crews');
});

test('words made with a combining form, services people are referred to and churches by their denomination are no person', () => {
  expectNone([
    'Telehealth needs a signal, and the signal at home is "sometimes, on the hill."',
    'Neurodiversity training is booked for May.',
    '- Llamau and Platfform, who we refer to when a conversation turns into something bigger.',
    'Tuesdays we park behind Hope Baptist.',
  ]);
});

test('a family called by its name and how many children ("the Mensah-Byrne four") is a name', () => {
  expectName('I have had the Mensah-Byrne four since March.', 'Mensah-Byrne');
});

test("a name the tagger knows as a man's or a woman's, whose word sense is rare, is a name mid-sentence or before a verb", () => {
  expectName('I visited Maria on Friday.', 'Maria');
  expectName('Maria is tired today. She slept badly.', 'Maria');
  expectName('After the review, Peter rang me.', 'Peter');
  expectNone(['Iris and Heather in the far border came back.', 'The Roman baths were closed for the winter.', 'Sandy beaches and Heather moorland greet visitors.']);
});

test('a name that is also a word is a name when the sentence says how its bearer felt', () => {
  for (const name of ['Rose', 'Grace', 'Hope', 'Pat', 'Lee', 'Ruby', 'Bill']) expectName(`I visited ${name} on Friday. ${name} was tired, so we talked about sleep.`, name);
  expectNone(['May in Dublin is beautiful; June is tired.', 'Hope is important in this work.']);
});

test("words of a title set in italics before the kind of work it is, and a contraction after \"tag\", are no one's name", () => {
  expectNone([
    "- The Waitangi Tribunal's *Tū Mai te Rangi!* report (2017) found the Crown had breached the Treaty.",
    "The tag couldn't reach the base unit through the van's metal.",
  ]);
});

test('a given name the tagger reads as an adjective by its ending ("Hamish") is a name before a verb or a preposition', () => {
  expectName('Hamish is home since Friday.', 'Hamish');
  expectName('2. **Hamish** at the farm cottage. Home since the 28th of November after his hip replacement.', 'Hamish');
  expectNone(['- Buzzy vibrating bee on the thigh.', 'The Scottish team won on Saturday.']);
});

test('names of many origins, and names that are also cities, are names where only a person could be', () => {
  for (const name of ['Mykola', 'Oksana', 'Thandiwe', 'Maricel', 'Abdi']) expectName(`${name} is doing well at school this term.`, name);
  for (const name of ['Sofia', 'Tyler', 'Madison']) expectName(`I visited ${name} at home on Friday.`, name);
  expectNone(['Care at home here means something different.', 'Hope is doing well as a charity.']);
});

test('a word-name in mid-sentence that cries or sits, as only a person does, is a name; one that runs a workshop is not', () => {
  expectName('On Friday Grace cried in group.', 'Grace');
  expectName('At lunch Ruby sat by the window and ate nothing.', 'Ruby');
  expectNone(["The Children's Aid Society of Toronto ran a workshop on kinship care."]);
});

test('an area a service covers is no person, even when named like one ("the whole of Angus")', () => {
  expectNone(['Our team in Dundee covers the whole of Angus.', 'I work across Tayside and Lochaber.']);
  expectName('We saw Angus at the clinic on Friday.', 'Angus');
});

test('a language that is also a given name, a name someone is called by and a name on a bed are names', () => {
  expectName('Mum, Shona, phoned at eleven and I said someone would call her back.', 'Shona');
  expectName('Deccy, as everyone calls him, turned fourteen in January.', 'Deccy');
  expectName('**Bed 11, "Tam".** Back from ground leave thirty minutes late.', 'Tam');
  expectNone(['She speaks Shona at home.', 'A lot of my children are growing up with Irish at home.', 'Hope, as we all call it, is a verb.']);
});

test('one initial with its stop, speaking or acting, is a client kept to a letter', () => {
  expectName('J. told me he wanted to stop.', 'J.');
  expectNone(['A. told me nothing new.', 'See figure B. Came from the survey.']);
});

test.run();
