/**
 * Names that are not a client's: storms forecasters name, legal tests and rights named after a
 * person, titles and characters of TV shows, medical adjectives opening a sentence, and famous people
 * or scientists talked about.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNoneReported as expectNone, expectReported as expectNames, findingsIn } from './helpers/findings.js';

test('a named storm, and the storm called by its name alone later, is weather', () => {
  expectNone([
    'After Storm Corrin the ward flooded and the generator failed.',
    'Hurricane Delphine took the roof off the clinic. When Delphine hit, we were in the church hall.',
    'Cyclone Marisol cut the road for weeks. Marisol left the whole valley without power.',
    'Storm Corrin took down the fence. Corrin was the third storm this winter.',
    'Since Storm Aoibhe, the estate has been without heat. Aoibhe was the worst in years.',
  ]);
  // "Storm" is a given name too; and a relative who shares the storm's name is still someone.
  expectNames([
    ['Storm Ellison came in with his mum on Tuesday.', 'Storm Ellison'],
    ['Storm Corrin brought gales all night. Her daughter Corrin came round after.', 'Corrin'],
  ]);
});

test('a storm remembered by its name alone is weather where the post talks of storms and of it as an event', () => {
  expectNone([
    'Hurricane season again. I was here for Katrina, and after Katrina nobody trusted the levees.',
    'Every cyclone season I think of Yasi. Since Yasi the clinic keeps a generator.',
  ]);
  // A child called by the same name is still a child, and without storm talk the name is a person's.
  expectNames([
    ['Hurricane season again. Katrina, 8, stayed at the shelter with her mum.', 'Katrina'],
    ['After Katrina left the group, the room was quieter.', 'Katrina'],
  ]);
});

test('an author a group or the blogger reads, with a title in italics right after, is public, in the title too', () => {
  expectNone([
    'This month I am reading Tsitsi Dangarembga. *Nervous Conditions* stayed with me for weeks.',
  ]);
  const post = findingsIn('Our book group picked Orlaith Brannigan again this autumn. *The Long Field* this time.', 'title: "Harvest, Orlaith Brannigan and rain"');
  assert.equal(post.filter((f) => f.category === 'name').map((f) => f.text), []);
  // Going back to someone is a visit, whatever book is on the desk.
  expectNames([['I went back to Maria Lopez after lunch. *Wonder* was on her desk.', 'Maria Lopez']]);
});

test('police forces and days joined by hyphens are not people', () => {
  expectNone([
    'Both boys were referred by the same Garda juvenile liaison officer.',
    'Here is my Tuesday-Thursday-Saturday morning shift.',
  ]);
});

test('a legal test, right or law named after a person is the law, and so is the name alone later', () => {
  expectNone([
    'She was read her Miranda rights before anyone explained them.',
    'Under Megan\'s Law parents can ask the police about a neighbour.',
    'The Jordan ruling set a ceiling on delay. Since Jordan, the Crown has had to move fast.',
    'We went through the Gillick test and the Fraser guidelines together.',
  ]);
  expectNames([
    ['The Jordan ruling set a ceiling. My client Jordan waited two years anyway.', 'Jordan'],
    ['Miranda came in with her mum after school.', 'Miranda'],
  ]);
});

test('a medical adjective opening a sentence is jargon, not a surname', () => {
  expectNone([
    'Dichorionic twins need more scans than people think.',
    'Periventricular bleeds are common in very early babies.',
  ]);
  expectNames([['Anibal came in late again.', 'Anibal']]);
});

test('a show whose title starts with a name, and its characters called by a title, are the show\'s', () => {
  expectNone([
    'The residents love Derry Girls, and they quote it at breakfast.',
    'Half the ward has been watching Derry Girls. Sister Michael is everyone\'s favourite.',
    'We watched the whole cast of Derry Girls on the chat show.',
    'My mum still quotes Father Ted, and Mrs Doyle and her tea are a family joke.',
    'My nan watched Coronation Street every night; Rita and Norris were family to her.',
  ]);
  // Without the show, a title and a common name are someone's; a client who watched it is still named.
  expectNames([
    ['Mrs Doyle from next door brought the post round.', 'Mrs Doyle'],
    ['Our group watched Derry Girls. Kaelan said Sister Michael was like his head teacher.', 'Kaelan'],
    ['Kezia Thorne came in with her mum.', 'Kezia Thorne'],
  ]);
});

test('famous people named as examples or known for a condition, and discoverers of a treatment, are public', () => {
  expectNone([
    'Nick Jonas has T1D, and the teens find that reassuring.',
    'Banting and Best worked on insulin in Toronto; Charles Best\'s notes are in a museum now.',
    'Celebrities like Dara Kinsella and Tomas Rourke talk openly about diabetes.',
    'Role models such as Ife Bello make the clinic feel less lonely.',
    'The pop star Lila Fenwick has spoken about her type 1 diabetes.',
  ]);
  // A client in the sentence, or a later mention in the blogger's own day, keeps the name private.
  expectNames([
    ['My client Kaelan Kelly, like celebrities such as Dara Kinsella, hides it.', 'Dara Kinsella'],
    ['Celebrities like Dara Kinsella get help fast. Dara Kinsella told me she waited a year.', 'Dara Kinsella'],
  ]);
});

test('those who sign a peace agreement or address a president\'s visit in a paragraph of recent history are public', () => {
  expectNone([
    'In 1998 the peace agreement was signed. Declan Moran and Seamus Tierney shook hands on the steps.',
    'When the president visited in 1995, Aidan Costello spoke to the crowd and the whole town turned out.',
  ]);
  expectNames([
    ['Back in 1998, the year of the peace agreement, Declan Moran came to my office about his son.', 'Declan Moran'],
    ['In 1998, the year of the peace agreement, Ciara Dunne was born in the Royal.', 'Ciara Dunne'],
    ['Amira Haddad fled the war in 1996 and came here with nothing.', 'Amira Haddad'],
  ]);
});

test('a pupil with a double-barrelled surname doing what a class does at a commemoration is still named', () => {
  expectNames([
    ['On the anniversary of the uprising, Kaelan Ashworth-Dunne read a poem to the assembly.', 'Kaelan Ashworth-Dunne'],
    ['For the centenary of the Rising the class made a timeline. Tayla Fairweather-Doyle drew the march.', 'Tayla Fairweather-Doyle'],
  ]);
  // Those the class reads about are still history's.
  expectNone(['For the centenary of the Rising the class made a timeline. We talked about Seán Heuston and Con Colbert.']);
});

test('the discoverers of a treatment or a syndrome long ago are public; a client or relative who found something is not', () => {
  expectNone([
    'Odhran Keogh and Lasse Brandt discovered the hormone in 1921.',
    'Marta Oyelaran first described the syndrome in 1866.',
  ]);
  expectNames([
    ['My client Joe Kelly discovered the virus in 1983 in his lab, he says.', 'Joe Kelly'],
    ['Her dad Joe Kelly developed the drug in 1990.', 'Joe Kelly'],
    ['Brodie Kelly discovered he was diabetic in 2019.', 'Brodie Kelly'],
  ]);
});

test.run();
