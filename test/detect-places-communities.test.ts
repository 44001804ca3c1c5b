import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { post } from './helpers/fixtures.js';
import { findingsIn, reported } from './helpers/findings.js';

const NOW = new Date('2026-11-25T12:00:00Z');

function findings(body: string) {
  return checkPost('post.md', post('title: "Notes from the week"\ndate: 2026-02-10', body), { config: parseConfig({}), now: NOW }).report.findings;
}

/** Location texts reported at medium or high: what blocks a post or counts towards its mosaic. */
function places(body: string): string[] {
  return findings(body).filter((f) => f.rule === 'location' && f.severity !== 'low').map((f) => f.text);
}

test('an independent shop named after a local feature, and its town, are each reported', () => {
  assert.equal(places('She gets her tablets at Larchford Drug in Penwick every Friday.'), ['Larchford Drug', 'Penwick']);
  assert.equal(places('Her brother stacks shelves at Quillan Market in Penwick.'), ['Quillan Market', 'Penwick']);
  assert.equal(places('His dad runs Otterburn Feed & Seed in Penwick.'), ['Otterburn Feed & Seed', 'Penwick']);
  assert.equal(places('She fills her scripts at Larchford pharmacy in Penwick.'), ['Larchford pharmacy', 'Penwick']);
  assert.equal(places('Larchford Pharmacy in Penwick closes at six, which is hard for a mum who works till five.'), ['Larchford Pharmacy', 'Penwick']);
  // A chain's shop on an errand is one of thousands.
  assert.equal(places('She gets her tablets at Boots pharmacy on the way home.'), []);
  // A service named in plain words is not a shop: "HSE Drugs and Alcohol Helpline".
  assert.equal(places('The HSE Drugs and Alcohol Helpline is free to call.'), []);
});

test('a town that is also a first name is a place where a home or a shop frames it, a person where it does not', () => {
  assert.equal(places('Her grandmother lives out past Ainsley, on a gravel road.'), ['Ainsley']);
  assert.equal(places('She collects his prescription from the pharmacy in Ainsley.'), ['Ainsley']);
  assert.equal(places('Her son works at a pharmacy in Ainsley on weekends.'), ['Ainsley']);
  assert.equal(places('Her kids go to school in Ainsley.'), ['Ainsley']);
  assert.ok(!places('Her grandmother lives with Ainsley and the dog.').includes('Ainsley'));
  // A first name that is also a word ("Hazel", "Faith") is a town when a farm or a home frames it.
  assert.equal(places('His gran has a farm outside Hazel, two hours from anywhere.'), ['Hazel']);
  assert.equal(places('He believes in Hope more than anything.'), []);
  assert.equal(places('He lives near Grace now, his older sister.'), []);
});

test('a community no gazetteer holds is a place after a placement, a move or a flight', () => {
  assert.equal(places('We flew her out of Tuktavik on the medevac plane at dawn.'), ['Tuktavik']);
  assert.equal(places('The boys were placed with an aunt in Qamaniq after the fire.'), ['Qamaniq']);
  assert.equal(places('He was sent back to Ikpiarjuk to live with his grandfather.'), ['Ikpiarjuk']);
  // A ward, a drug, a way of care or a public agency after the same verbs is no community.
  assert.equal(places('She was moved to Cardiology overnight and placed on Methadone after detox.'), []);
  assert.equal(places('The family was moved to Kāinga Ora housing last year.'), []);
  assert.equal(places('He was transferred to High Dependency after the fall.'), []);
  // A northern region holds many communities: it says no more than a province.
  assert.equal(places('We flew her out of Nunavik and she was placed with a family in Arnhem Land.'), []);
  // Plain words before a landmark word are a community's name after the same verbs.
  assert.equal(places('She was taken out of Willow Hill on the Tuesday plane.'), ['Willow Hill']);
});

test('a First Nation named in full is one span, with its "First Nation" or "Cree Nation"', () => {
  assert.equal(places('Muskeg Point Cree Nation has no pharmacy, so she drives two hours for her insulin.'), ['Muskeg Point Cree Nation']);
  assert.equal(places('The nurse at Tamarack Lake First Nation called me about her son.'), ['Tamarack Lake First Nation']);
  assert.equal(places('Her family is from Tamarack Lake FN.'), ['Tamarack Lake FN']);
  assert.equal(places('Her mother grew up on the Kaskitew Nation of the Thames.'), ['Kaskitew Nation of the Thames']);
  // The people's name alone is a nation of many thousands, and general talk names no one.
  assert.equal(places('We read about the Cree Nation and its treaty history in class.'), []);
  assert.equal(places('Many First Nations in the north still have boil-water advisories.'), []);
  assert.equal(places('She talks about how Canada\'s First Nations were treated, and her own family\'s story.'), []);
});

test('a shop on a street named without its type is one workplace; a day of the week is no street', () => {
  assert.equal(places('Her aunt does nails at Silver Orchid Nails on Brennerton, six days a week.'), ['Silver Orchid Nails on Brennerton']);
  assert.equal(places('His uncle cooks at the Jade Garden on Halvorsen.'), ['Jade Garden on Halvorsen']);
  assert.equal(places('Her cousin washes up at the Lucky Lantern off Brennerton.'), ['Lucky Lantern off Brennerton']);
  assert.equal(places('Silver Orchid Nails on Brennerton is where Thuy has worked for years.'), ['Silver Orchid Nails on Brennerton']);
  assert.equal(places('She sees her counsellor at the Quarry Centre on Tuesdays.').filter((t) => t.includes(' on ')), []);
  // A chain is a branch only with a street after "on": a day, a wage or a benefit is no street.
  assert.equal(places('She met her worker at Costa on Saturday morning.'), []);
  assert.equal(places('He started at Greggs on Minimum Wage and hated it.'), []);
  assert.equal(places('He was at Quarrymoor House on Suboxone for a year.').filter((t) => t.includes(' on ')), []);
});

test('a section of a township is one place with its township', () => {
  assert.equal(places('She lives in Section F, Kwanomzamo, in a shack her uncle built.'), ['Section F, Kwanomzamo']);
  assert.equal(places('The family rents a backyard room in Extension 12, Ntabazwe.'), ['Extension 12, Ntabazwe']);
  assert.equal(places('Her mother stays in Kwanomzamo, Section F, near the taxi rank.'), ['Kwanomzamo, Section F']);
  assert.equal(places('He grew up in Ntabazwe Extension 12.'), ['Ntabazwe Extension 12']);
  assert.equal(places('He was removed under Section 47, Children Act, after the second visit.'), []);
});

test('an island reached by a bridge, a causeway or a ferry is a place even when no list has it', () => {
  assert.equal(places('Her dad drives over the causeway to Fhlodaigh every morning.'), ['Fhlodaigh']);
  assert.equal(places('They crossed the bridge to Sgeirnis to see his mother.'), ['Sgeirnis']);
  assert.equal(places('Her family lives on Gull, a ferry ride from the mainland.'), ['Gull']);
  assert.equal(places('She takes the little ferry over to Skerrabost for school.'), ['Skerrabost']);
});

test('a room where someone lives, and a rooming house or residential hotel used as a home, are places', () => {
  assert.equal(places('He has lived in room 311 at the Carrick Rooms since the spring.'), ['room 311 at the Carrick Rooms']);
  assert.equal(places('Her room at the Larkmoor Lodge SRO has no window.'), ['Larkmoor Lodge SRO']);
  assert.equal(places('He stays at the Dunmere, a rooming house near the docks.'), ['Dunmere']);
  assert.equal(places('He lives at the Ardvane, one of the old SRO hotels downtown.'), ['Ardvane']);
  assert.equal(places('He rents a room at the Penhallow Hotel, a residential hotel by the station.'), ['Penhallow Hotel']);
  // A holiday or a conference hotel is no one's home.
  assert.equal(places('We stayed at the Larkmoor Lodge on holiday and loved it.'), []);
  assert.equal(places('The conference was at the Penhallow Hotel, and the coffee was good.'), []);
  assert.equal(places('The training was in the function room at the Penhallow Hotel, and she came along.'), []);
});

test('a big city by its Indigenous or new official name, or its main hospital named as a service, is only noted', () => {
  assert.equal(places('Her family moved to Tāmaki Makaurau when she was small.'), []);
  assert.equal(places('He grew up in Tkaronto and came back after his divorce.'), []);
  // A city by its new official name, which the gazetteer files under the old one.
  assert.equal(places('Her grandson drove up from Gqeberha with a cake.'), []);
  assert.equal(places('She was taken to Royal Melbourne Hospital by ambulance.'), []);
  assert.equal(places('He was sent to St Paul\'s Hospital in Vancouver for his heart.'), []);
  // A London or metropolitan borough holds a city's worth of people; a school in it is still one school.
  assert.equal(places('The case was transferred to Kirklees after the family moved to a flat in Southwark.'), []);
  assert.equal(places('Her son goes to Harrow School.'), ['Harrow School']);
  // A county's hospital is not a city's.
  assert.equal(places('He came home from Mayo University Hospital last week.'), ['Mayo University Hospital']);
});

test('a school someone left is named like one they attend', () => {
  assert.ok(places('She was nineteen and had just left Tarrant High.').includes('Tarrant High'));
  assert.ok(places('After leaving Kelso Grammar he worked on the boats.').includes('Kelso Grammar'));
});

test('pupils from English-speaking homes come from no named school or home', () => {
  assert.equal(places('Most of our pupils come from English-speaking homes.'), []);
  assert.ok(places('Most of our pupils come from Hollinwood Primary.').includes('Hollinwood Primary'));
});

test('"brought in" a signing system introduces a thing, not a community someone was brought to', () => {
  assert.equal(places('We brought in Lámh signs and a simple picture board.'), []);
  assert.ok(places('She was placed with a foster family up in Moosonee.').includes('Moosonee'));
});


test('a village of a few hundred people is known by name, and a resident of a place lives there', () => {
  // Villages under 1000 in the countries our users write from are in the gazetteer.
  assert.equal(places('Everyone in Yoxford knows the family.'), ['Yoxford']);
  assert.equal(places('Everyone in Quarnbrook knows the family.'), []);
  // A village that shares a city's name does not make the city read as a village.
  assert.equal(places('Her son lives in Boston and rings on Sundays.'), []);
  assert.equal(places('She is the oldest resident of Quarnbrook and still does the crossword.'), ['Quarnbrook']);
  assert.equal(places('Residents of Flint waited years for clean water.'), []);
});

test('a named centre, hostel or club written with a plain noun is a place its regulars know', () => {
  assert.equal(places('I run a drop-in for teens at the Corranmore Park community centre.'), ['Corranmore Park community centre']);
  assert.equal(places('Back to the Brú Aisling hostel for his bed at night.'), ['Brú Aisling hostel']);
  assert.equal(places('The lifesavers from the Quindalup surf club did CPR for six minutes.'), ['Quindalup surf club']);
  assert.equal(places('She was born at the Willowmere Birth Centre.'), ['Willowmere Birth Centre']);
  // A chain's, a kind's or a big city's is one of many.
  assert.equal(places('She stays at the Salvation Army hostel.'), []);
  assert.equal(places('We volunteer at the Glasgow food bank.'), []);
});

test('whose child a public figure was is biography: their home town is history, a client\'s son\'s town is not', () => {
  assert.equal(places('Aneurin Bevan came from Tredegar, the son of a miner, and built a health service on need.'), []);
  assert.equal(places('My client\'s son lives in Tredegar now.'), ['Tredegar']);
});

test('a town with only one school or shop is small, and a tag that is a small town says where the post happens', () => {
  assert.equal(places("Answers from a counsellor at Quarnbrook's only high school."), ['Quarnbrook']);
  assert.equal(places("Maria's only doctor retired in the spring."), []);
  assert.equal(places("Ireland's only children's hospital is in Dublin."), []);
  const tagged = findingsIn('We played a tune together on Tuesday.', 'title: "Notes"\ntags:\n  - "fiddle"\n  - "Yoxford"\n  - "Belfast"\n  - "Grace"\n  - "Ohio"')
    .filter((f) => f.rule === 'location' && f.severity !== 'low').map((f) => f.text);
  assert.equal(tagged, ['Yoxford']);
});

test('the place column of a table of people gives each person\'s town; a table of things gives no one\'s', () => {
  const caseload = '| Client | Age | Where |\n|---|---|---|\n| D.K. | 34 | haul truck driver, Quarnbrook pit |\n| Mrs R. Nguyen | 41 | camp cook, Yoxford |\n| Shay Whitlock | 16 | Glasgow |';
  assert.equal(places(caseload), ['Quarnbrook pit', 'Yoxford']);
  assert.equal(places('| Session | Where |\n|---|---|\n| Week One | Yoxford |'), []);
});

test('a housing estate is named with "the", and a patient back from theatre is no venue', () => {
  assert.equal(places('A lad from the Corrowby Estate came in at two.\n\nHe went back to theatre at six.'), ['Corrowby Estate']);
  assert.equal(places('A speaker from the Crown Estate came to the meeting.'), []);
});

test('a village right after a full name is where that person lives, whatever the surname', () => {
  // The surname is in no list and compromise tags it only as a proper noun: the given name before it decides.
  assert.equal(places('A special thanks to Wade Brackley in Rochfort Bridge, who read the draft.'), ['Rochfort Bridge']);
});

test('a Welsh, Irish or Gaelic school is named by its first word, wherever it stands in the sentence', () => {
  assert.equal(places('Ysgol Gynradd Llanfyrnach rang me on Monday about his attendance.'), ['Ysgol Gynradd Llanfyrnach']);
  assert.equal(places('Coláiste Bhríde has a good pastoral team, and she trusts them.'), ['Coláiste Bhríde']);
  assert.equal(places('Bunscoil an Chnoic and Gaelscoil na Mara both sent referrals about the boys.'), ['Bunscoil an Chnoic', 'Gaelscoil na Mara']);
  assert.equal(places('Her brother moved up to Sgoil Bhreascleit last spring.'), ['Sgoil Bhreascleit']);
  // The words for "primary school" or "Welsh-medium school" alone name none.
  assert.equal(places('She wants him in an Ysgol Gymraeg, like his cousins.'), []);
});

test('a "Home" or "Address" row of a table about a client names places, villages too small for any list included', () => {
  const table = '| Detail | Notes |\n|---|---|\n| Age | 14 |\n| Home | Cefn-bryn Isaf, near Llanybydder |\n| School | year 9 |';
  assert.equal(places(table), ['Cefn-bryn Isaf', 'Llanybydder']);
  assert.equal(places('**Home:** Bryncir, near Garndolbenmaen\n\n**Age:** 15'), ['Bryncir', 'Garndolbenmaen']);
  assert.equal(places('- Lives: Cwm-y-glo, with Nan\n- School: year 10'), ['Cwm-y-glo']);
  // The same words in another row say nothing about where anyone lives.
  assert.equal(places('| Detail | Notes |\n|---|---|\n| Support | Family Group Conference |'), []);
});

test('a town and the acronym of its club or youth centre are one place', () => {
  assert.equal(places('He plays basketball at Cessnock PCYC on Tuesdays.'), ['Cessnock PCYC']);
  assert.equal(places('Her grandad drinks at the Moree RSL most nights.'), ['Moree RSL']);
  const tagged = checkPost('post.md', post('title: "Hoops night"\ntags: [youth work, Cessnock PCYC]', 'He turned up again, and stayed till close.'), { config: parseConfig({}), now: NOW }).report.findings;
  assert.ok(tagged.some((f) => f.rule === 'location' && f.text === 'Cessnock PCYC' && f.severity === 'medium'));
});

test('a pass, or a valley said to be small, where someone lives is a community', () => {
  assert.equal(places('She is the only trans teenager in the Kicking Horse Pass, and everyone knows it.'), ['Kicking Horse Pass']);
  assert.equal(places('His family moved out to the Ravenscrag Valley, a remote spot with one shop.'), ['Ravenscrag Valley']);
  assert.equal(places('His mum moved out to the Tuchodi last year.'), ['Tuchodi']);
});

test('a group home or hostel named after its street is a place, and so is the town after it', () => {
  assert.equal(places('He lives in a five-bed group home, Banksia Road Lodge, in Kingsford.'), ['Banksia Road Lodge', 'Kingsford']);
  assert.equal(places('She stays at the Mill Lane group home at weekends.'), ['Mill Lane group home']);
});

test('a town under a hundred thousand people, given as a client\'s home or discharge, is reported', () => {
  assert.equal(places('She and her baby have a one-bedroom apartment on Birch Avenue in Eagan.'), ['Birch Avenue', 'Eagan']);
  assert.equal(places('He lives in Mott Haven with his grandmother.'), ['Mott Haven']);
  assert.equal(places('She was raised in Bloomington by her aunt.'), ['Bloomington']);
  // The same town named with no one living there is a city's worth of people.
  assert.equal(places('Eagan has a new library.'), []);
});

test('a hospital named by its short name after a client\'s clinician is reported', () => {
  assert.equal(places('I rang the paediatrician at Pinderfold about her son.'), ['Pinderfold']);
});

test('place spans never swallow the writer, a code or a historical fact', () => {
  assert.ok(!places('Her mum had a stall in Tralee I think, years ago.').some((p) => /\bI$/.test(p)));
  assert.equal(places('We met in room S14 for supervision, and S14 was cold.'), []);
  assert.equal(places('The NHS began in Tredegar, which every Welsh nurse learns.'), []);
  assert.equal(places('The Welsh language revival started in Aberystwyth, historians say.'), []);
  assert.equal(places('We bought cheese at the English Market before the training day.'), []);
  assert.equal(places('The Royal Children\'s Hospital has a good guide on fevers for parents.'), []);
  assert.equal(places('The Royal Children\'s Hospital has kept her in for a week.'), ["Royal Children's Hospital"]);
  assert.equal(places('He is in P5 at school now and she is proud of him.'), []);
});

test('a local court named by its place is a location when someone\'s case is heard there', () => {
  assert.equal(places('His bail hearing is at Fernley Magistrates\' Court on Thursday.'), ['Fernley Magistrates\' Court']);
  assert.equal(places('She was sentenced at Corrow Vale Youth Court last spring.'), ['Corrow Vale Youth Court']);
  // A kind of court, or a court in the news with no one's case, points at no one.
  assert.equal(places('He is terrified of the Crown Court and what it means.'), []);
  assert.equal(places('Staff shortages at Fernley Magistrates\' Court were in the paper again.'), []);
});

test('an island named in full, in a sentence about someone, is a place whatever the verb', () => {
  assert.equal(places('Great Tarrow Island was where she spent every winter as a girl.'), ['Great Tarrow Island']);
  assert.equal(places('Kelvara Island was home to him and his brothers.'), ['Kelvara Island']);
  assert.equal(places('We read about Ellis Island in history; millions passed through it in 1900.'), []);
});

test('a town\'s pub-hotel, an employer named with its town and a workplace by a landmark are one person\'s places', () => {
  assert.equal(places('Her dad drinks at the Warrenby Hotel most nights and rings her after.'), ['Warrenby Hotel']);
  assert.equal(places('He worked at the Carsdale assembly plant until it shut, and his son still misses it.'), ['Carsdale assembly plant']);
  assert.equal(places('These days she works at the fish market on the quay.'), ['fish market on the quay']);
  // A hotel on a trip or at a conference, or the blogger's own pint, is no one's local.
  assert.equal(places('We stayed at the Warrenby Hotel for the conference and she drank too much.'), []);
  assert.equal(places('I had a pint at the Railway Hotel on my way home.'), []);
});

test('a region\'s general hospital and a national charity are institutions, not a client\'s place; the prison someone is held in is theirs', () => {
  // However large, the prison narrows down where a client is (and a visit there is a day in their life).
  assert.equal(places('Her son has been in HMP Barlinnie since March.'), ['HMP Barlinnie']);
  assert.equal(places('A lad from Lakota came to the clinic on Friday.'), ['Lakota']);
  assert.equal(places('She was moved to Taranaki Hospital and then home.'), []);
  assert.equal(places('The Salvation Army parcel came on Friday and the Red Cross rang her.'), []);
  // A small hospital named after its village is still a place.
  assert.equal(places('She was admitted to Kelso Cottage Hospital, ten beds and a garden.'), ['Kelso Cottage Hospital']);
});

test('a numbered branch of a veterans\', fraternal or trade body is a hall its members share', () => {
  assert.equal(places('Every spring, Legion Branch 207 puts on a tea for him.'), ['Legion Branch 207']);
  assert.equal(places('Her dad drinks at VFW Post 5518 most nights.'), ['VFW Post 5518']);
  assert.equal(places('The union, Teamsters Local 91, won the vote last year.'), []);
  assert.equal(places('In Court 3 the judge was brisk with him.'), []);
});

test('Afrikaans, Dutch and German write the kind of place into one word: the Volkskool, the Grootkerk', () => {
  assert.equal(places('She taught at the Volkskool for thirty years.'), ['Volkskool']);
  assert.equal(places('She sang in the choir at the Moederkerk every Sunday.'), ['Moederkerk']);
  assert.equal(places('School was hard for her.'), []);
});

test('a named cemetery or crematorium where someone\'s funeral was points at one death; walked past, it does not', () => {
  assert.equal(places('The funeral was at Brynmawr Crematorium on the Wednesday after.'), ['Brynmawr Crematorium']);
  assert.equal(places('He was buried at Kilcrea Cemetery in the rain.'), ['Kilcrea Cemetery']);
  assert.equal(places('We walked past Highgate Cemetery on the way to the training.'), []);
});

test('a hotel or a centre where asylum seekers are housed is their home', () => {
  assert.equal(places('A visit to Mr Haile at the Fernbank Hotel, two years after he was placed there.'), ['Fernbank Hotel']);
  assert.equal(places('They arrived at the Millrace Accommodation Centre two years ago with her daughter.'), ['Millrace Accommodation Centre']);
  assert.equal(places('We stayed at the Fernbank Hotel for the conference.'), []);
});

test('a shop on a street named without its type is a workplace; notes on a person are not', () => {
  assert.equal(places('She works at Golden Nails on Westheimer most days.'), ['Golden Nails on Westheimer']);
  assert.equal(places('## Thoughts on Kieran Maguire\n\nHe came in at nine, soaked.'), []);
});

test("a shelter, hostel or day centre named after its saint is a place, whole, and never a feast day", () => {
  assert.equal(places("You left a note on my desk at St Finbarr's Night Shelter, then you were gone."), ["St Finbarr's Night Shelter"]);
  assert.equal(places("She stayed at St Anne's Hostel for a year."), ["St Anne's Hostel"]);
  assert.equal(places("You moved into St Columba's Hospice, and I visited on my days off."), ["St Columba's Hospice"]);
  assert.equal(places("He was moved to St Brigid's Day Centre in the spring."), ["St Brigid's Day Centre"]);
  assert.equal(findings("He was moved to St Brigid's Day Centre in the spring.").filter((f) => f.rule === 'date'), []);
});

test('a numbered street, or the bridge over it, where someone lives or sleeps is a place; a visit to one in a big city is not', () => {
  assert.equal(places('She lives on 82nd Avenue now.'), ['82nd Avenue']);
  assert.equal(places('He sleeps under the 82nd Avenue bridge most nights.'), ['82nd Avenue bridge']);
  assert.equal(places('Under the Division Street viaduct we found him and his dog.'), ['Division Street viaduct']);
  assert.equal(places('I walked down 5th Avenue in New York.'), []);
});

test('a small town someone will not leave is their home, in a letter to them too; the blogger\'s is not', () => {
  assert.equal(places("She wasn't going to leave Ōpōtiki to die in a city."), ['Ōpōtiki']);
  assert.equal(places("Dear Rāwiri,\n\nYou weren't going to leave Ōpōtiki to die in a city."), ['Ōpōtiki']);
  assert.equal(places("I never left Ōpōtiki, and I'm glad."), []);
});

test('a place tied to someone once is reported at every mention, but not inside a longer name', () => {
  assert.equal(places('She lives in Carrowbeg with her mum. Carrowbeg has one shop and a pub.'), ['Carrowbeg', 'Carrowbeg']);
  assert.equal(places('She lives in Carrowbeg with her mum. The council of Perth and Carrowbeg met on Monday.'), ['Carrowbeg']);
  assert.equal(places('She grew up in Carrowbeg with her mum. In the novel, Carrowbeg talks to the counsellor.'), ['Carrowbeg']);
});

test('the block or suburb of an address given in the post still points at that home when named again', () => {
  const body = 'She has lived at Flat 9, Kestrel Court, Seacroft since 2019. The drying room of Kestrel Court has been locked for years.';
  assert.equal(findings(body).filter((f) => f.category === 'location').map((f) => f.text), ['Kestrel Court']);
  assert.equal(findings('The drying room of Kestrel Court has been locked for years.').filter((f) => f.category === 'location' && f.severity !== 'low'), []);
});

test('a family proceedings court where a family\'s hearing is, and a named early learning centre, are places', () => {
  assert.equal(places("There's a hearing at Enniskillen Family Proceedings Court on 12 May. This household will hand over a baby who has only ever known their kitchen."), ['Enniskillen Family Proceedings Court']);
  assert.equal(places('What finally worked for Archie in the Possums room at Little Wattles ELC.'), ['Little Wattles ELC']);
  assert.equal(places('She goes to Acacia Early Learning Centre three days a week.'), ['Acacia Early Learning Centre']);
});

test("the blogger's own home town, a far-north county and a people named like a place are not a client's place", () => {
  assert.equal(places("I spent this winter with a community mental health team in Finnmark. I'm from Stornoway, so I thought I understood dark, cold and small places."), []);
  assert.equal(places('A bronze medal in Tokyo, and a lot of quiet work for Torres Strait Islander kids.'), []);
  assert.equal(places('She grew up in Stornoway with her nan.'), ['Stornoway']);
});

test('a homeland or a district named beside a client is where they live', () => {
  assert.equal(places("Her skin name is Ngarritj, and that's what everyone at Gurrumuru homeland calls her."), ['Gurrumuru']);
  assert.equal(places('Our doctor referred Delbert, 54, from the Wakpala district, to cardiology.'), ['Wakpala']);
  assert.equal(places('She grew up in the Peak District.'), []);
});

test('a kind of court with no place in its name is no place; a court named by its town, where someone\'s case is heard, is', () => {
  assert.equal(places("I've watched a woman walk out of Crown Court into the sunshine and burst out laughing."), []);
  assert.equal(places("Her case was heard at Highbury Magistrates' Court on Monday."), ["Highbury Magistrates' Court"]);
});

test('someone named by the place they are in, then what they did ("an aide in Kwigillingok called"), names the place', () => {
  assert.equal(places('That night an aide in Kwigillingok called about a 4-year-old girl with a fever.'), ['Kwigillingok']);
  assert.equal(places('The teacher in Reception called me over.'), []);
});

test('a town someone lives just out of, or a few miles out of, is theirs', () => {
  assert.equal(places("She was living with her partner's family just out of Opotiki, and expecting twins."), ['Opotiki']);
  assert.equal(places('Their farm is a few miles out of Ballinrobe, down a lane with no signal.'), ['Ballinrobe']);
  // Out of a building or an institution is no town.
  assert.equal(places('He was just out of Hospital and still shaky.'), []);
});

test('a church named by its denomination is a place when someone goes there or serves in it', () => {
  assert.equal(places("I thought God minded that you'd stopped going to Trinity Lutheran after your wife died."), ['Trinity Lutheran']);
  assert.equal(places("- A strong support network through Zimbane Methodist, where Mama Joy runs the Thursday women's prayer group."), ['Zimbane Methodist']);
});

test('where on a road something happened, and a station named like a landscape, are places', () => {
  const findings = (body: string) => reported(body, 'location');
  assert.equal(findings('The job was on the northbound carriageway just past junction 38, with sleet coming sideways. The driver was trapped.'), ['junction 38']);
  assert.equal(findings('The crew found him in the cab of his pickup near mile marker 367 on I-90, blue and snoring.'), ['mile marker 367 on I-90']);
  assert.equal(findings('The police found her sitting in her car in the lay-by on the A5 just south of Newtownstewart.'), ['the lay-by on the A5', 'Newtownstewart']);
  assert.equal(findings('He arrested on the Glenthompson–Dunkeld road on a Sunday, and he is fine now.'), ['Glenthompson–Dunkeld road']);
  assert.equal(findings('Renee rang the clinic from Wirrilla Downs, a cattle station two hours out of town.'), ['Wirrilla Downs']);
  // A junction in talk about traffic, and a landscape, name no one.
  assert.equal(findings('Junction 10 of the M6 is always slow on a Friday.'), []);
  assert.equal(findings('Rain fell across the Darling Downs all week.'), []);
});

test("a home called by its street is a place; a family by its name and a number is a family", () => {
  assert.equal(places("A night care worker on a fortnight at the Glenanne Road children's home in Newry."), ['Glenanne Road', 'Newry']);
});

test("a prisoner's wing and cell, or landing, written out, are where he sleeps; a custody cell number is not", () => {
  const findings = (body: string) => reported(body, 'location');
  assert.equal(findings('On the wing today. Kyle was on C wing, cell 3-14, two weeks into his sentence. Martin was on the B2 landing.'), ['C wing, cell 3-14', 'the B2 landing']);
  assert.equal(findings('Custody was busy: go and check on cell 6 again before the prison van comes.'), []);
});

test('letters in the plural, or letters labelling a number, are no place', () => {
  assert.equal(places('- Exploitation often starts in DMs. Teach them how to lock accounts.'), []);
  assert.equal(places("He's on Unit 4 at the Ellis Unit, TDCJ number 01984432, and in my class.").includes('TDCJ'), false);
});

test('plain words after a home verb are a place even when the first is also a family name ("Moss Side")', () => {
  assert.equal(places('She lives in Moss Side with her nan.'), ['Moss Side']);
  assert.equal(places('He lives with Sarah Jones now.'), []);
});

test("a character of a play the post names is no place", () => {
  assert.equal(places('Teaching Macbeth to Year 10. - One group compared Macbeth to Walter White in *Breaking Bad*. That gets them most of the way to Macbeth.'), []);
});

test('the far end of a small island, where the blogger goes to see someone, is a place', () => {
  assert.equal(places('Twice a week I drive to the far end of Isle of Colonsay to see her.'), ['Isle of Colonsay']);
});

test('a table of people headed "Person" with a "Where" column places each of them', () => {
  assert.equal(places('| Day | Person | Where | Outcome |\n|---|---|---|---|\n| Mon | Gurpreet Sandhu, 44 | Snodland | informal admission |\n| Wed | K. Whitlock, 67 | Headcorn | home treatment |'), ['Snodland', 'Headcorn']);
});

test.run();
