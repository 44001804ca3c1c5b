import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { post } from './helpers/fixtures.js';
import { findingsIn } from './helpers/findings.js';

const NOW = new Date('2026-11-25T12:00:00Z');

/** Texts of name findings that would count (medium or high, not suppressed). */
function names(body: string, frontMatter = 'title: "Reading notes"'): string[] {
  return checkPost('post.md', post(frontMatter, body), { config: parseConfig({}), now: NOW }).report.findings
    .filter((f) => f.category === 'name' && f.severity !== 'low' && !f.suppressed).map((f) => f.text);
}

function expectNone(bodies: string[]): void {
  for (const body of bodies) assert.equal(names(body), [], body);
}

function expectNames(cases: [string, string][]): void {
  for (const [body, name] of cases) {
    const found = names(body);
    assert.ok(found.includes(name), `expected "${name}" in: ${body}\n  found ${JSON.stringify(found)}`);
  }
}

// ---------- the shipped list ----------

test('well-known people a practitioner cites are on the shipped list', () => {
  expectNone([
    'Lemn Sissay wrote about growing up in care, and Urie Bronfenbrenner gave us the ecological model.',
    'Mo Mowlam once walked into the Maze; Helen Suzman sat alone in parliament for years.',
    'Chimamanda Adichie, Shirley Hughes and Judith Kerr were on the reading list.',
    'Eglantyne Jebb wrote the first declaration of the rights of the child.',
    'Jacinda Ardern and Helen Clark both spoke about child poverty.',
    'Cicely Saunders and Balfour Mount built the hospice movement.',
    'Restorative practice owes a lot to Howard Zehr.',
    'BF Skinner would have loved the token board.',
  ]);
});

test('a listed surname alone is public only where the post names the person in full', () => {
  expectNone(['Howard Zehr changed how I think about harm. Zehr asks who has been hurt.']);
  expectNames([['Zehr came back to group on Tuesday and cried.', 'Zehr']]);
  // A client who shares a listed name is still a client.
  expectNames([['My client Helen Clark came to group.', 'Helen Clark'], ['Helen Clark, 15, came to group.', 'Helen Clark']]);
  assert.equal(names('My client Helen Clark came to group.', 'title: "Notes"\npseudonyms: { "Helen Clark": "H." }'), []);
  // A middle name is dropped only before a rare surname: "Margaret Brown" is anyone's name.
  expectNone(['I reread Chimamanda Adichie on the train.']);
  expectNames([['Margaret Brown came to group on Tuesday and cried.', 'Margaret Brown']]);
});

// ---------- cited by the grammar of the sentence ----------

test('people cited for their work, talks or offices are public even when not on the list', () => {
  expectNone([
    'Desistance work by Tamsin Achterberg and colleagues shows that a new identity comes first.',
    'There is good research from people like Corvina Halloway and Desmond Achterberg on this.',
    'Corvina Halloway and colleagues found that early help pays for itself.',
    'Restorative circles cut repeat harm (Halloway & Achterberg, 2019).',
    "Corvina Halloway's The Long Road Back changed how I run groups.",
    "Corvina Halloway's TED talk did the rounds of the team chat.",
    "Corvina Halloway's 2019 book is still the one I lend out.",
    'Corvina Halloway gave the keynote on the second morning.',
    'Corvina Halloway got a standing ovation at the conference.',
    'I once heard Bartholomew Quist say that supervision is a room to think in.',
    'Years ago I heard Bartholomew Quist speak at a conference in Leeds.',
    "I'd read anything by Ruthanne Oyelaran.",
    'We watched a speech by Ruthanne Oyelaran at the rally.',
    'Senators Hollis Reedy and Marguerite Dunleavy co-sponsored the act.',
    'MPs Hollis Reedy, Marguerite Dunleavy and Ansel Prewitt wrote to the minister.',
    'The scholarship is named after Marguerite Dunleavy, who died in 2004.',
    'Dr Corvina Halloway gave the keynote at the conference.',
  ]);
});

test('the authors of a published scale, model or study are cited, and so are their surnames and headings', () => {
  expectNone([
    'The Wexcombe Scale was published in 1981 by Osric Pennant and Lavinia Strode, two surgeons at a teaching hospital.',
    'The tool was developed by Nkechi Obiora and colleagues, and it takes five minutes.',
    'The model was first described by Marguerite Fenwick in 1994.',
    'The Fenwick framework, developed by Marguerite Fenwick at a Welsh university, has four stages.',
    'If you haven\'t read Jolene Pardew\'s work on the STEP programme, do. Pardew spent ten years with families.',
    'Sir Tamati Rewiti\'s model of family health has four walls. Rewiti drew it as a house.',
    "Hemi Waldgrave's framework asks three questions. Waldgrave says the first is the hardest.",
    'I read a paper by Ruth Kamau and Ali Osei-Bonsu last month. Kamau and Osei-Bonsu followed 40 young carers for five years.',
    "Dr Ingrid Maalouf's 2015 study followed 300 nurses. Maalouf found that supervision cut sickness.",
    'The theory comes from Ingrid Maalouf and Pedro Ruiz, who tested it with 300 nurses.',
    'The approach, which Ingrid Maalouf developed in the nineties, is now everywhere.',
    // A heading naming in full someone the post cites by surname.
    '## Jolene Pardew was right\n\nI went back to Pardew\'s study this week. Her trial followed 200 families.',
  ]);
  assert.equal(names('If you haven\'t read Jolene Pardew\'s work on the STEP programme, do.', 'title: "Jolene Pardew was right"'), []);
  // Made by the blogger's own people: still names.
  expectNames([
    ['The STEP programme was created by Dara Quilty, a boy in my group, for his project.', 'Dara Quilty'],
    ['A poster designed by Aroha hangs on the wall of my classroom.', 'Aroha'],
    ['The idea came from Kayla Brennan, a girl in my group.', 'Kayla Brennan'],
    ['The model that Kayla Brennan designed in art was a castle.', 'Kayla Brennan'],
    ["Kayla's 2021 review went well.", 'Kayla'],
  ]);
});

test('a public calling, office or appearance in the media makes a person public', () => {
  expectNone([
    'Then Minister for Children Tomás Ó Riordáin announced the review.',
    'Former Chief Social Worker Annika Strand said the system was stretched.',
    'Researcher Imelda Brandt found that most carers burn out.',
    'Comedian Imelda Brandt has spoken about her depression.',
    'Olympic champion Imelda Brandt visited the school.',
    "Imelda Brandt, the Children's Commissioner, said the figures were shocking.",
    'Imelda Brandt, a professor at the University of Leeds, found the same.',
    'Imelda Brandt, author of The Quiet Room, spoke at the launch.',
    'Imelda Brandt MP asked the question in parliament.',
    'Imelda Brandt told BBC News that the cuts would cost lives.',
    'Imelda Brandt, writing in the BMJ, argued for change.',
    'Imelda Brandt said in an interview with the Times that she still feels the loss.',
    'Imelda Brandt, who has spoken publicly about her own diagnosis, opened the day.',
    'As Imelda Brandt reminds us, nobody is unreachable.',
    "I've been reading Imelda Brandt all summer.",
    "Imelda Brandt's famous line about kindness is on the staffroom wall.",
    'The review, led by Baroness Imelda Brandt, recommended a national framework.',
    'There is a documentary about Imelda Brandt that every student should watch.',
    'Imelda Brandt, then Health Secretary, promised more nurses.',
    'Imelda Brandt, Professor of Social Work at Ulster, led the study.',
    'Author and activist Imelda Brandt spoke at the rally.',
    'BBC presenter Imelda Brandt has talked about her grief.',
    'This week mental health campaigner Imelda Brandt wrote to the minister.',
    "Brandt's (2019) model of carer strain is useful.",
    "Imelda Brandt and Corvina Halloway's book on grief is on my desk.",
  ]);
  // Colleagues and clients hold callings too: "our psychologist", a workplace role, a client word.
  expectNames([
    ['Our psychologist Imelda Brandt came to the review.', 'Imelda Brandt'],
    ['I met with psychologist Imelda Brandt about the assessment.', 'Imelda Brandt'],
    ['Imelda Brandt, the director of our service, signed it off.', 'Imelda Brandt'],
    ['Imelda Brandt, a researcher at the hospice, helped.', 'Imelda Brandt'],
    ['Spelling Bee champion Kayla read the poem.', 'Kayla'],
    ['Imelda Brandt has spoken openly about her drinking in group.', 'Imelda Brandt'],
    ['My client Imelda Brandt told the inquiry what happened.', 'Imelda Brandt'],
    ['Imelda Brandt, 15, told the BBC about the bullying.', 'Imelda Brandt'],
    ['Her mum, Imelda Brandt, told the Guardian everything.', 'Imelda Brandt'],
    ['I spoke to a local activist, Kayla, about the park.', 'Kayla'],
    ['Our young climate activist Kayla wrote to the council.', 'Kayla'],
  ]);
});

test('a person in a story from decades ago, told in public, is a public figure', () => {
  expectNone([
    'Oriel Bastable was nine when she was sent to the mission school in 1958; she has told that story in schools ever since.',
    'Wenona Strickland was taken from her family in 1962. She testified before the inquiry many years later.',
  ]);
  // A resident remembering her childhood is a client, not a public story.
  expectNames([['Edna Pruitt was nine when she was evacuated in 1940; she still talks about it.', 'Edna Pruitt']]);
});

test('the age of a person the sentence cites is no client\'s age; a client\'s age still counts', () => {
  const counted = (body: string) => checkPost('post.md', post('title: "Notes"', body), { config: parseConfig({}), now: NOW }).report.findings
    .filter((f) => f.severity !== 'low' && !f.suppressed).map((f) => `${f.category}:${f.text}`);
  assert.equal(counted('Psychologist Imelda Brandt, now 80, still teaches.'), []);
  assert.equal(counted('Oriel Bastable was nine when she was sent to the mission school in 1958; she has told that story in schools ever since.'), []);
  assert.equal(counted('Corvina Halloway was 34 when she published her first novel.'), []);
  assert.ok(counted('Edna Pruitt, now 80, still teaches piano to the children on her street.').includes('age:80'));
  assert.ok(counted('Kayla wrote her first book in Year 2.').includes('name:Kayla'));
});

test('a client cue beside the name wins over the grammar of citation', () => {
  expectNames([
    ['My client Corvina Halloway gave the keynote at her school.', 'Corvina Halloway'],
    ['Corvina Halloway, 14, gave the keynote at the youth summit.', 'Corvina Halloway'],
    ['Kayden got a standing ovation at the talent show.', 'Kayden'],
    ['I heard Jayden say he was hungry.', 'Jayden'],
    ['I once heard Kayla say she hated school.', 'Kayla'],
    ['I first heard Kayla say a full sentence in March.', 'Kayla'],
    ['Kayla, whose mum published her first novel, came in.', 'Kayla'],
    ["Kayla's 2021 review went well.", 'Kayla'],
    ['The book by my client and Tomasz was lovely.', 'Tomasz'],
    ['Dr Okafor on the ward gave me the handover.', 'Dr Okafor'],
    ["Hollis Reedy's mum gave the keynote at the conference.", 'Hollis Reedy'],
  ]);
  // A name from the pseudonym map is replaced at render time whatever the sentence says of it.
  assert.equal(names('Work by Ansel Prewitt and colleagues.', 'title: "Notes"\npseudonyms: { "Ansel Prewitt": "A." }'), []);
});

test('an office is no one, and whoever holds it is named in a public capacity', () => {
  expectNone([
    'The deputy First Minister, Aoife Carr-Dunne, announced the funding on Tuesday.',
    'The Taoiseach spoke about housing and the Health Secretary promised a review.',
    'The Prime Minister visited a school nowhere near us.',
  ]);
  expectNames([['The First Minister thanked our team, and my client Ruairi Dunphy met her.', 'Ruairi Dunphy']]);
});

test('people named at a commemoration of a public event are history\'s, even without its year', () => {
  expectNone([
    'At the commemoration we read the names of the hunger strikers, and someone spoke about Francis Hughes and Kieran Doherty.',
    'For the centenary of the Rising the class made a timeline. We talked about Seán Heuston and Con Colbert.',
  ]);
  // A client's memorial is no public event; one's own family at a commemoration is still private.
  expectNames([
    ["On the anniversary of Jade Morrow's death we held a memorial at the centre.", 'Jade Morrow'],
    ['At the commemoration of the rising my grandad, Dessie Logue, laid the wreath.', 'Dessie Logue'],
  ]);
});

test('a player of a country or a senior club, or of a goal in a final, is public; a young player with family beside him is not', () => {
  expectNone([
    'Watching Kieran Tierney play for Scotland, the boys in my group forgot to be angry.',
    'The lads talked of nothing but the match. Aidan Doherty scored for Derry City in the last minute.',
    "Callum Breslin's late goal in the final kept three of them up past midnight.",
  ]);
  expectNames([
    ['Callum Breslin plays for Scotland under-16s and his mum drives him to every session.', 'Callum Breslin'],
    ['Callum Breslin plays for Cork City now, and his mum still drives him to the match.', 'Callum Breslin'],
  ]);
});

test('someone named after a political office they hold is public, whatever the office', () => {
  expectNone([
    'Councillor Pat Brennock has been fighting the closure for a year.',
    'Our local MSP, Fiona Drummond-Kerr, wrote back at last.',
    'When the Minister for Children, Orla Feeney, came to the unit the young people asked her hard questions.',
    'The leader of the opposition, Tom Haskett, called it a scandal.',
    'The council leader Brendan Roache said no.',
  ]);
  expectNames([['Our team leader, Bronwen Askew, covered the late shift.', 'Bronwen Askew']]);
});

test('a player talked about, idolised or scoring in a match the group watched is public', () => {
  expectNone([
    "Ryan McGarrity's hat-trick on Saturday was all anyone talked about.",
    'We watched the final on the big screen. When Orla Tierney scored the winner, the whole room erupted.',
    'He supports Celtic and worships Callum McGregor.',
  ]);
  expectNames([
    ["Ryan McGarrity's mum rang about the hat-trick he scored for the school.", 'Ryan McGarrity'],
    ['Aidan Kerr scored twice for the school team on Saturday.', 'Aidan Kerr'],
  ]);
});

test('names read at a named commemoration or from a memorial are history\'s, even when the class reads them', () => {
  expectNone([
    'On Remembrance Sunday the Year 6s read out the names from the village memorial: Albert Trewin and Walter Pascoe.',
    'We marked the anniversary of the Clydebank Blitz. Mary Gallacher lost her whole family that night.',
    'At the Bloody Sunday commemoration the names were read: Jackie Duddy, Michael Kelly and the rest.',
  ]);
  expectNames([
    ["We went to Mum's anniversary mass. Jade Morrow's sister came too.", 'Jade Morrow'],
    ['At the Remembrance Sunday service my client Albert Pascoe laid a wreath for his brother.', 'Albert Pascoe'],
  ]);
});

test('artists and writers cited for their work are public, and so is the short form of a cited full name', () => {
  expectNone([
    'In art we looked at Faith Ringgold\'s story quilts and then studied the woodcuts of Käthe Kollwitz.',
    'Over the term we explored the work of El Anatsui and made our own bottle-top hangings.',
    'We painted in the style of Hundertwasser, all spirals and no straight lines.',
    'New parents: read Penelope Leach too. Penelope Leach is calm where the forums are not.',
    '## Sheila Kitzinger and Mary Ann Cahill\n\nTwo writers I lend out: Sheila Kitzinger\'s memoir and Mary Ann Cahill\'s handbook. Mary Ann is brisk.',
  ]);
  expectNames([
    ['We looked at Kiri Tane\'s drawings together in session.', 'Kiri Tane'],
    ['Aroha Tane\'s paintings hung in the hall all week.', 'Aroha Tane'],
    ['I read Mereana Ruri the letter from her mum.', 'Mereana Ruri'],
    ['One of my Year 3s, Aroha Tane, made sculptures out of bottle tops. Aroha Tane\'s sculptures are still on the shelf.', 'Aroha Tane'],
  ]);
});

test('historical household names and advice-giving hosts are public, by title and surname too', () => {
  expectNone([
    'My nan swore by Mrs Beeton for everything, even gravy.',
    'Isabella Beeton wrote the book of household management at twenty-five.',
    'He quotes Joe Rogan at me every session and I let him.',
  ]);
});

test('a public figure\'s first name alone is theirs where the post names them in full, unless someone is made the blogger\'s own', () => {
  expectNone([
    '## Henrietta\n\nHenrietta Lacks never agreed to her cells being taken, and students still ask me about it.',
  ]);
  assert.ok(names('My client Henrietta asked about Henrietta Lacks after the documentary.').includes('Henrietta'));
});

test('a public figure\u2019s family named in their story are part of it; a client\u2019s are not', () => {
  expectNone(['Seamus Heaney wrote the poem about the death of his four-year-old brother, Christopher, on the road by the farm.']);
  assert.ok(names('My client Jodie talked about her little brother, Christopher, who died.').includes('Christopher'));
});

test('a public calling in apposition after the name makes them public; a club\'s coach is not', () => {
  expectNone([
    'Marguerite Ashdown, the Canadian novelist, wrote about her mother\'s dementia.',
    'Dale Brennigan, the Ohio basketball coach, announced his diagnosis at 61.',
    'Ruth Okonjo, the former senator, spoke at the launch.',
  ]);
  expectNames([['Tom Ashby, the Ballyhale hurling coach, picked him for the team.', 'Tom Ashby']]);
});

test('one name before a scholarship or a lecture, written plain, is the name of the scholarship', () => {
  expectNone(['She is thriving at school (see: Queen\'s Academy, Avery scholarship).', 'The Halloran lecture this year was on grief.']);
  expectNames([['Jayden won a scholarship to the academy.', 'Jayden']]);
});

test('a name in a list of four or more, most of them famous, is famous too; a short list may add a pupil', () => {
  expectNone([
    'You know the poster: Albert Einstein, Madeleine Albright, Freddie Mercury, Rita Ora, M.I.A., Mo Farah.',
    'A talk on Terry Pratchett, Glen Campbell, Pat Summitt and Bruce Willis, and what their diagnoses did.',
  ]);
  expectNames([['Ben Okri, Chinua Achebe and Tavita Leota read poems in assembly.', 'Tavita Leota'], ['Jo Bellamy, Mo Farah and me went running.', 'Jo Bellamy']]);
});

test('a person a talk or a text makes reference to is cited', () => {
  expectNone(['The keynote made a lot of reference to Dorota Wieczorek and her model of outreach.']);
  expectNames([['I made a referral to Dorota Wieczorek at the clinic.', 'Dorota Wieczorek']]);
});

test('a case or a character under a public figure\'s name is theirs; a client with the name is still a client', () => {
  expectNone(['We read Irvin Yalom on the train. Yalom\'s Thelma opens the book, and Thelma is unforgettable.']);
  expectNames([['We read Irvin Yalom on the train. My client Thelma laughed at that.', 'Thelma']]);
});

test('the architect of a national policy who has said things about it is public; a client who led a group is not', () => {
  expectNone(['Someone always brings up Portugal. Duarte Vilaça, who designed much of it, has said many times that decriminalisation mattered least.']);
  expectNames([['Mariam Okafor, who led the group, has said she will not come back.', 'Mariam Okafor']]);
});

test('characters of classic novels and musicals are public where the work is named', () => {
  expectNone(['We saw *Les Misérables* on tour. Jean Valjean\'s candlesticks say more about regard than any textbook.']);
});

test('the subject of a published book or film, in a story dated long ago, is history; a client of the same name is not', () => {
  expectNone(['I always come back to Doris Pilkington Garimara\'s book about her mother, Molly Craig, who in 1931 walked her sister home. Molly was fourteen.']);
  expectNames([['I read a book about grief with my client, Molly Craig, who was born in 1931.', 'Molly Craig'], ['We read work by Jane Ashworth. Jane came to group on Monday.', 'Jane']]);
});

test('initials beside the full name of a public figure are that figure\'s, later in the post too; a client\'s initials far from it are not', () => {
  expectNone(['Known for most of his life only as "H.M.", Henry Molaison had surgery in 1953.\n\nToday we would worry about the detail. H.M. was protected in life.']);
  expectNames([['We discussed Henry Molaison in training last year, years ago, and I still think about it in my own practice and when I teach students about memory and consent. Then H.M. came to see me about her son.', 'H.M.']]);
});

test('a fictional family named in the plural ("the Dursleys") names their work, so its characters\' first names are theirs', () => {
  expectNone(['## The Dursleys\' cupboard under the stairs\n\nNot a bedroom. Harry needs his own space, a desk and natural light.']);
  expectNames([['The Smiths came in. Harry needs his own space.', 'Harry']]);
});

test('a doctor or professor by the surname of a figure the post names in full is that figure; a client\'s doctor is not', () => {
  expectNone(["## Dr Spock's first line\n\nBenjamin Spock opened *Baby and Child Care* in 1946."]);
  expectNames([['Dr Williams saw her on Tuesday about the rash.', 'Dr Williams']]);
});

test("a public figure's illness told beside their own family is theirs, not a client's", () => {
  const body = 'When Serena Williams wrote about nearly dying after the birth of her daughter, describing how she had to push staff to take her symptoms of a pulmonary embolism seriously, women started asking me about it.';
  assert.equal(findingsIn(body).filter((f) => f.category === 'health' && f.severity !== 'low').map((f) => f.text), []);
  expectNone(['When Chrissy Teigen shared photographs after the loss of her son, some people were uncomfortable.']);
});

test('a listed figure after the office they held, a report with a hyphened Māori title, peoples and their languages are no clients', () => {
  expectNone([
    'On 13 February 2008, Prime Minister Kevin Rudd stood up in Parliament and said sorry.',
    '## 4. Puao-te-Ata-tu\n\nThe 1988 report is still worth reading.',
    'Northern Sámi has a famously rich vocabulary for snow and reindeer.',
    '**Uncle Jack Charles.** For the aunties, and for anyone who needs to see that it is never too late.',
  ]);
});

test('campaign words, LGBTQ+ public figures and HIV activists, and the names of memorials are no clients', () => {
  expectNone([
    'An HIV nurse on the science of Undetectable = Untransmittable.',
    'Elliot Page and Hunter Schafer have both talked about hormones in public.',
    'Peter Staley, Vito Russo and Keith Haring all stood in that crowd.',
  ]);
  assert.equal(findingsIn('The AIDS Memorial Quilt now has tens of thousands of panels.').filter((f) => f.category === 'health' && f.severity !== 'low'), []);
  assert.equal(findingsIn('- **Sydney Gay and Lesbian Mardi Gras**, with the parade on the first Saturday in March. Our young people want to go every year.').filter((f) => f.category === 'date'), []);
});

test('the person a law is named after, a public figure\'s family told with "her", bills, campaign months and countries labelling laws are no clients', () => {
  expectNone([
    "## What Clare's Law does\n\nClare Wood was killed in Salford in 2009. Clare's father campaigned for years.",
    'The case I always talk about is Sally Challen, who killed her husband in 2010. Her conviction was quashed on appeal in 2019. Her son David campaigned for her throughout.',
    "And then there's Bill C-92, which since 2020 has affirmed Indigenous jurisdiction over child and family services.",
    '4. April is Child Abuse Prevention Month, but kids need you in October too.',
    '- **Scotland**: the Domestic Abuse (Scotland) Act 2018.\n- **Ireland**: the Domestic Violence Act 2018.',
  ]);
  assert.equal(findingsIn('The case I always talk about is Sally Challen, who killed her husband in 2010. Her conviction was quashed on appeal in 2019.').filter((f) => f.category === 'date'), []);
  expectNames([['Her son David rang me from the ward.', 'David']]);
});

test('singers of care-home music sessions, supervision authors, footballers, adoptees and story orphans are public', () => {
  expectNone([
    'Not everyone in their eighties likes Vera Lynn. We have a resident who only wants the Sex Pistols.',
    "Several people quoted Peter Hawkins and Robin Shohet's seven-eyed model.",
    "Half the lads wanted to talk about nothing but Louis Rees-Zammit's move to the NFL.",
    'The adults are either cartoonishly cruel (the Dursleys, Miss Hannigan, Mr Bumble) or a rescuing saint.',
    'Jamie Foxx, adopted and raised by his grandmother.',
  ]);
});

test("a public figure's grandparents named in their story, and a company's founder, are public; a local group's founder is not", () => {
  expectNone([
    'Simone Biles, raised by her grandparents Ron and Nellie after time in foster care.',
    "Dave Thomas, the Wendy's founder, started a foundation for adoption from foster care.",
  ]);
  expectNames([['Dave Kelly, the founder of our allotment group, told me about his diagnosis.', 'Dave Kelly']]);
});

test("founders of mental-health campaigns and psychiatry's discoverers are public", () => {
  expectNone(['Michael Landsberg founded Sick Not Weak. Gavin Larkin started R U OK? Day in 2009.', 'John Cade found lithium worked in 1949; Cade was a quiet man.']);
});

test('a book in italics and its authors, its characters, Olympians and a unit called something are no client', () => {
  expectNone([
    '- *The 13-Storey Treehouse* series by Andy Griffiths and Terry Denton',
    '- *Hope Jones Saves the World* by Josh Lacey',
    "We read *Wonder* by R. J. Palacio, and the class argued about whether Auggie's sister Via was a good sister.",
    'We did a project on Australian Olympians. The kids picked Ariarne Titmus and Kaylee McKeown.',
    'Our Year 3 wellbeing unit this term was called Will Power.',
  ]);
  expectNames([['We met Terry Denton, her stepdad, at the review.', 'Terry Denton']]);
});

test.run();
