import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expectNoneReported, expectReported, findingOf, findingsIn, reported } from './helpers/findings.js';
import { isValidAuMedicare, isValidNhsNumber, isValidPps, isValidSaId, isValidSsn, passesLuhn } from '../src/detect/checksums.js';

// ---------- phone numbers ----------

test('phone numbers in each national style are contact details that block', () => {
  const cases = [
    'I called his mom at (312) 555-0147 after school.',
    'Her cell is 312-555-0147, she said.',
    'I rang her on 07700 900 271 that evening.',
    'Her mobile, 07700 900271, is on the form.',
    'The surgery line is 0161 496 0732.',
    'Ring her daughter on 086 214 7730 if she does not answer.',
    'Dad is on 0413 227 908 most evenings.',
    'Call the house on (03) 9555 0123 first.',
    'His brother in Leeds: +44 7700 900 612.',
    'She is in Toronto now, +1 416 555 0143.',
  ];
  for (const body of cases) {
    const found = reported(body, 'contact');
    assert.is(found.length, 1, `${body} -> ${JSON.stringify(found)}`);
    assert.ok(/\d{3}/.test(found[0]), body);
    const finding = findingOf(body, found[0])!;
    assert.is(finding.severity, 'high');
    assert.is(finding.rule, 'phone-number');
    assert.match(finding.hint ?? '', /Remove the number/);
  }
});

test('a phone number in a tel: link is found; digits in a web address are not a phone', () => {
  assert.equal(reported('You can [ring her](tel:+447700900123) any time.', 'contact'), ['+447700900123']);
  assert.equal(reported('See [the notes](https://example.org/notes?id=07700900123&page=2).', 'contact'), []);
});

test('a seven- or eight-digit local number counts only when the sentence says it is a phone', () => {
  assert.equal(reported('You can call her on 555-0183 after six.', 'contact'), ['555-0183']);
  assert.equal(reported('The form took 555-0183 attempts.', 'contact'), []);
  assert.equal(reported('Her landline is 9876 5432, and she picks up after tea.', 'contact'), ['9876 5432']);
  assert.equal(reported('Between 2019 and 2022 the centre saw 1450 2200 visits.', 'contact'), []);
});

test('case numbers, identifiers and other digit runs are not phone numbers', () => {
  const notPhones = [
    'There is an open case: 2025-04417.',
    'Her NHS number 943 476 5919 was on the letter.',
    'The ISBN is 978-0-14-312755-0 if you want the book.',
    'The grant was $1,250.00 and it took until 10:45 to file.',
    'We saw 1,200 families in 2019 and 1,450 in 2020.',
    'Lifeline is 13 11 14 and the crisis line is 1-800-273-8255.',
    'The Samaritans are on 116 123, day or night.',
    'Between 2019 2020 and 2021 we moved twice.',
    'Her Medicare card, 3712 05493 1, was in her purse.',
  ];
  for (const body of notPhones) assert.equal(reported(body, 'contact'), [], body);
});

// ---------- e-mail, addresses, postcodes, profile links ----------

test('personal e-mail addresses are reported', () => {
  assert.equal(reported('She wrote from dana.okoro77@gmail.com that night.', 'contact'), ['dana.okoro77@gmail.com']);
});

test('spelled-out addresses count; a role address blocks too but says how to allow a public one', () => {
  assert.equal(reported('Write to jo.bird at gmail dot com if you knew him.', 'contact'), ['jo.bird at gmail dot com']);
  assert.equal(reported('She signs off as tam dot reilly at outlook dot com.', 'contact'), ['tam dot reilly at outlook dot com']);
  // The mail service alone, the ".com" left out; a person "at Google" is at work.
  assert.equal(reported('She e-mailed me from niamh.k88 at gmail last month.', 'contact'), ['niamh.k88 at gmail']);
  assert.equal(reported('Her brother works at Google now.', 'contact'), []);
  const role = findingOf('Referrals go to intake@harbourfamily.org.', 'intake@harbourfamily.org');
  assert.is(role?.severity, 'high');
  assert.match(role?.hint ?? '', /allow/);
});

test('street addresses in US, UK, Irish, Australian and Canadian styles are reported whole', () => {
  const cases: [string, string][] = [
    ['The family moved to 227 Larch Street last month.', '227 Larch Street'],
    ['He stays with his gran at 905 Tolliver Ave., Apt. 2C, most nights.', '905 Tolliver Ave., Apt. 2C'],
    ['The visit was at Flat 3, 41 Marsh Lane, Kirkstall, LS5 3AB on Monday.', 'Flat 3, 41 Marsh Lane, Kirkstall, LS5 3AB'],
    ['Home is 9 Páirc na Coille, Ballina, F26 W2H9 now.', '9 Páirc na Coille, Ballina, F26 W2H9'],
    ['She rents Unit 4/17 Banksia Cres in the east.', 'Unit 4/17 Banksia Cres'],
    ['They live at 58 North Maple Drive, Columbus, OH 43004-2218.', '58 North Maple Drive, Columbus, OH 43004-2218'],
    ['The shelter sent him to 310 Ellice Avenue for the night.', '310 Ellice Avenue'],
    ['Post goes to PO Box 4471 now.', 'PO Box 4471'],
    ['They are in Flat 2/1, 14 Crown St now.', 'Flat 2/1, 14 Crown St'],
    ['The letters went to Apt 4D, 530 East 116th Street.', 'Apt 4D, 530 East 116th Street'],
    ['Her nan lives at 12 Heather Road.', '12 Heather Road'],
    ['Home is 9 The Paddocks, Athy, these days.', '9 The Paddocks, Athy'],
    ['She moved to 41 Rue Sainte-Catherine last spring.', '41 Rue Sainte-Catherine'],
    ['We drove past number 22 on Hawthorn Lane.', 'number 22 on Hawthorn Lane'],
  ];
  for (const [body, address] of cases) {
    const found = reported(body, 'contact');
    assert.ok(found.includes(address), `${body} -> ${JSON.stringify(found)}`);
    assert.is(findingOf(body, address)?.severity, 'high');
  }
  // A bed number in one cell and a care home's name two cells on are no address.
  assert.equal(reported('| Bed | Patient | Plan |\n|---|---|---|\n| 7 | Losa Tuilagi | Rātā Grove placement pending |', 'contact'), []);
});

test('numbers before capitalised words are not addresses without a street type or postcode', () => {
  for (const body of [
    'In 2019 Church Road was closed for repairs.',
    'Chapter 7 The Orchard is the one I reread.',
    'We had 12 Year Nine pupils in the group.',
    'I read 3 Chapters of Hope before bed.',
    'It took 40 Minutes Flat to get there.',
    'The 10 Downing Street press release came out on time.',
  ]) assert.equal(reported(body, 'contact'), [], body);
});

test('postcodes precise enough to find a home are high; a bare ZIP after a state is medium', () => {
  assert.equal(reported('Her postcode is M14 5TQ, for the taxi.', 'contact'), ['M14 5TQ']);
  assert.equal(reported('The Eircode is A65 F4E2 if you get lost.', 'contact'), ['A65 F4E2']);
  assert.equal(reported('Their postal code is R2W 3K9 now.', 'contact'), ['R2W 3K9']);
  const zip = findingOf('They moved to Dayton, OH 45402 in spring.', '45402');
  assert.is(zip?.severity, 'medium');
  assert.is(zip?.category, 'contact');
  // Capital words that look like codes but are not valid ones stay quiet.
  assert.equal(reported('We used the A12 BCDE template and vitamin B12 daily.', 'contact'), []);
});

test('links to a personal profile, fundraiser or personal page are reported; platform pages are not', () => {
  const personal = [
    'https://www.instagram.com/mara.kestrel.paints/',
    'https://www.facebook.com/jonah.feld.372',
    'https://www.tiktok.com/@lil.sprout22',
    'https://x.com/ravenwing_kd',
    'https://www.linkedin.com/in/tess-albright-4b2a91',
    'https://www.youtube.com/@OwenPlaysPiano',
    'https://www.gofundme.com/f/help-the-marlow-kids-rebuild',
    'https://noor-sketches.wordpress.com/about',
    'https://example.org/~jdelacroix/',
  ];
  for (const url of personal) {
    const body = `She asked me to share it: [her page](${url}). Go and say hello.`;
    assert.ok(reported(body, 'contact').some((t) => t.includes(url.replace(/^https:\/\//, '').replace(/\/$/, ''))), url);
  }
  for (const url of ['https://www.instagram.com/explore/tags/art/', 'https://www.facebook.com/help', 'https://www.nhs.uk/conditions/asthma/']) {
    assert.equal(reported(`Background reading: [link](${url}).`, 'contact'), [], url);
  }  // An own domain counts when the sentence says whose page it is; an organisation's site does not.
  assert.equal(reported('His blog is at www.rorymcbride.com and it is raw.', 'contact'), ['www.rorymcbride.com']);
  assert.equal(reported("Her mum's website, annesknits.ie, sells the jumpers.", 'contact'), ['annesknits.ie']);
  assert.equal(reported("The charity's website is www.mind.org.uk and worth a look.", 'contact'), []);
});

test('a blog or author page cited as reading or as the blogger\'s own is a note; someone else\'s own blog is reported', () => {
  const readings = [
    'I keep going back to [this piece](https://thequietward.blogspot.com/2023/05/on-handovers.html) about handovers.',
    'There is a plain-English guide at https://kinshipcarers.wordpress.com/guides/ for grandparents.',
    'I write longer notes on my Substack, https://slowcaseload.substack.com, most Sundays.',
    'Read [her essay on moral injury](https://medium.com/@pkhalsa/moral-injury-on-the-night-shift-7c1d) if you have not.',
    'Their training notes are at https://fosteringnet.org/author/r-okafor for anyone curious.',
  ];
  for (const body of readings) {
    assert.equal(reported(body, 'contact'), [], body);
    assert.equal(reported(body, 'contact', { low: true }).length, 1, body);
  }
  // A client's family member's own blog leads straight to them, whatever platform hosts it.
  assert.equal(reported("Her son's blog, tiernansroad.wordpress.com, tells the whole story.", 'contact'), ['tiernansroad.wordpress.com']);
  assert.equal(reported('He started a blog at https://mylongwalkback.substack.com after rehab.', 'contact'), ['https://mylongwalkback.substack.com']);
});

// ---------- identifying numbers ----------

test('check digits: valid numbers pass, one-digit changes fail', () => {
  assert.ok(isValidNhsNumber('943 476 5919'));
  assert.not.ok(isValidNhsNumber('943 476 5918'));
  assert.ok(isValidAuMedicare('3712 05493 1'));
  assert.not.ok(isValidAuMedicare('3712 05498 1'));
  assert.ok(isValidPps('8826431E'));
  assert.ok(isValidPps('8826431NA'));
  assert.not.ok(isValidPps('8826431K'));
  assert.ok(isValidSsn('412-55-7821'));
  for (const bad of ['000-55-7821', '666-55-7821', '901-55-7821', '412-00-7821', '412-55-0000']) assert.not.ok(isValidSsn(bad), bad);
  assert.ok(passesLuhn('046 454 286'));
  assert.not.ok(passesLuhn('046 454 287'));
});

test('national numbers are found by their own structure, look-alikes are not', () => {
  assert.equal(reported('Form reads 401 023 2137 at the top.', 'id'), ['401 023 2137']);
  assert.equal(reported('Form reads 401 023 2136 at the top.', 'id'), []);
  // Same shape with a trunk 0, or after "rang her on", is a phone.
  assert.equal(reported('I rang her daughter, who lives in Galway, on 087 339 1462.', 'id'), []);
  assert.equal(reported('I rang her daughter, who lives in Galway, on 087 339 1462.', 'contact'), ['087 339 1462']);
  assert.equal(reported('Typed 412-55-7821 into the portal.', 'id'), ['412-55-7821']);
  assert.equal(reported('Typed 666-55-7821 into the portal.', 'id'), []);
  assert.equal(reported('The card said 3KQ7-RT2-WX41 on the front.', 'id'), ['3KQ7-RT2-WX41']);
  assert.equal(reported('The card said 3KS7-RT2-WX41 on the front.', 'id'), []);
  assert.equal(reported('The card said 3712054931 on the front.', 'id'), ['3712054931']);
  assert.equal(reported('The card said 3712054981 on the front.', 'id'), []);
  assert.equal(reported('It was written as 8826431E on the sticky note.', 'id'), ['8826431E']);
  assert.equal(reported('It was written as 8826431K on the sticky note.', 'id'), []);
  assert.equal(reported('The form had 130 692 544 in the box.', 'id'), ['130 692 544']);
  assert.equal(reported('The form had 130 692 545 in the box.', 'id'), []);
  assert.equal(reported('The payslip showed JM 48 21 07 B at the bottom.', 'id'), ['JM 48 21 07 B']);
  assert.equal(reported('The payslip showed GB 48 21 07 B at the bottom.', 'id'), []);
  assert.equal(reported('Her card 4539 1488 0343 6467 was declined.', 'id'), ['4539 1488 0343 6467']);
  assert.equal(reported('Her card 4539 1488 0343 6468 was declined.', 'id'), []);
  // Ontario's health card: the version code marks it; without one, the Luhn check decides.
  assert.equal(reported('I read 6120 448 913 QR down the phone to them.', 'id'), ['6120 448 913 QR']);
  assert.equal(reported('I read 1234 567 897 down the phone to them.', 'id'), ['1234 567 897']);
  assert.equal(reported('I read 1234 567 898 down the phone to them.', 'id'), []);
  const ssn = findingOf('Typed 412-55-7821 into the portal.', '412-55-7821');
  assert.is(ssn?.severity, 'high');
  assert.match(ssn?.message ?? '', /Social Security/);
});

test('South African ID numbers: a valid birth date and Luhn digit are enough without a label', () => {
  assert.ok(isValidSaId('8503176124084'));
  assert.not.ok(isValidSaId('8503176124085'));
  assert.not.ok(isValidSaId('8513176124084'), 'month 13 is no birth date');
  assert.equal(reported('Typed 8503176124084 into the grant form.', 'id'), ['8503176124084']);
  assert.equal(reported('Her ID is 850317 6124 084, the clerk read it out.', 'id'), ['850317 6124 084']);
  assert.equal(reported('Typed 8503176124085 into the grant form.', 'id'), []);
  const sa = findingOf('Typed 8503176124084 into the grant form.', '8503176124084');
  assert.is(sa?.severity, 'high');
  assert.match(sa?.message ?? '', /South African ID/);
});

test('a label says what a number is, even when its check digit fails', () => {
  const cases: [string, string][] = [
    ['His NHS number (943 476 5918) was on the letter.', '943 476 5918'],
    ['Her PPS number, 8826431K, was on the fridge.', '8826431K'],
    ['Her chart (MRN 00518274) said comfort care.', '00518274'],
    ['The discharge letter (MRN KGH0071354) listed her meds.', 'KGH0071354'],
    ['I faxed her Medicaid number (611904387) to three clinics.', '611904387'],
    ['His PHIN (227 604 115) was fine; the address was wrong.', '227 604 115'],
    ['Case number 2023 JV 00412 came up at the hearing.', '2023 JV 00412'],
    ['Our reference is CFS-LT-2025-0093 for this one.', 'CFS-LT-2025-0093'],
    ['Youth court file YJ-25-04418 now has new conditions.', 'YJ-25-04418'],
    ['Inmate no. 5531902 is how the prison knows him.', '5531902'],
    ['His federal case 2:24-cr-00123 was continued again.', '2:24-cr-00123'],
    ['Her NI number QQ 48 21 07 is on the form.', 'QQ 48 21 07'],
    ['His car, reg KX21 ABC, was outside the flat.', 'KX21 ABC'],
    ['Case no. 55190 was adjourned again.', '55190'],
    ['Court file no. 2210/2024 was listed for March.', '2210/2024'],
    ['Her MRN: 00-51-7720.', '00-51-7720'],
    ['Her Rx #88213345 was ready at the chemist.', '88213345'],
  ];
  for (const [body, id] of cases) {
    const found = reported(body, 'id');
    assert.ok(found.includes(id), `${body} -> ${JSON.stringify(found)}`);
    assert.is(reported(body, 'contact').length, 0, `not a phone: ${body}`);
  }
});

test("any 'his ... number' or 'her NHI' is that person's identifier, whatever the scheme", () => {
  const cases: [string, string][] = [
    ['The form wanted his band membership number, 7730418825, twice.', '7730418825'],
    ['She reads out her Blue Badge number, BB 551 907, from memory.', 'BB 551 907'],
    ['The ward calls him by his NHI, MTR2290, more than by name.', 'MTR2290'],
    ['Their ID, HX-5512, was printed on the lanyard.', 'HX-5512'],
    ['His IRD number, 061-224-937, came up in the review.', '061-224-937'],
    ["The family's UCI, 12-3344-5566, was on every letter.", '12-3344-5566'],
    ['Her A-number is A-208 113 467.', 'A-208 113 467'],
    ['The CPS intake number 2025-66120 was her third.', '2025-66120'],
  ];
  for (const [body, id] of cases) {
    assert.ok(reported(body, 'id').includes(id), `${body} -> ${JSON.stringify(reported(body, 'id'))}`);
    assert.is(reported(body, 'contact').length, 0, `not a phone: ${body}`);
  }
  for (const body of [
    'Her room number, 214, is by the lift.',
    'His shirt number was 10 all season.',
    'Her PHQ-9 score was 21 in June.',
    "That's GBP 4000 a month for a placement.",
    'Between 2019-2021 the team doubled.',
  ]) assert.equal(reported(body, 'id'), [], body);
  // A phone number is still a phone, and still blocks.
  assert.equal(reported('I wrote down her mobile number, 087 661 2093, on a sticky note.', 'contact'), ['087 661 2093']);
  assert.equal(reported('His number is 086-123 4567 if the school needs it.', 'contact'), ['086-123 4567']);
});

test('a possessive carries the label of the sentence before it to the number', () => {
  const body = "The baby's NHS number came on day three. The mother's, 921 558 3307, was on the wrong list.";
  assert.equal(reported(body, 'id'), ['921 558 3307']);
  assert.equal(reported(body, 'contact'), []);
  // Talk of ringing makes the same shape a phone again; "in case" is no label.
  assert.equal(reported("The file was thick. Her dad's, 087 114 2290, went to voicemail when I rang.", 'contact'), ['087 114 2290']);
  assert.equal(reported('I wrote my number down in case she had questions; she gave me hers, (415) 555-0172, too.', 'contact'), ['(415) 555-0172']);
});

test('device and vehicle numbers are identifiers after their label', () => {
  assert.equal(reported('His hearing aid, serial 7731902, went missing again.', 'id'), ['7731902']);
  assert.equal(reported('The pump has IMEI 356938035643809 on the back.', 'id'), ['356938035643809']);
  assert.equal(reported('The serial killer documentary ran for 3 episodes.', 'id'), []);
});

test('a masked Social Security number still gives away its last four digits', () => {
  assert.equal(reported('The form had her SSN as xxx-xx-4417, which was enough for the bank.', 'id'), ['xxx-xx-4417']);
  assert.equal(reported('The form had his SSN as XXX-XX-0918 on it.', 'id'), ['XXX-XX-0918']);
});

test('a form in two columns: a label cell labels the number in the next cell', () => {
  const body = '| Field | Value |\n|---|---|\n| NDIS participant no. | 430 559 218 |\n| Plan review | in spring |';
  assert.equal(reported(body, 'id'), ['430 559 218']);
  assert.equal(reported('| Week | Sessions |\n|---|---|\n| Case load | 2025 |', 'id'), []);
});

test("a code in brackets right after someone's name is their number; years and references are not", () => {
  assert.equal(reported('<!-- check with Noor Saleem (KTB 448 2917) before this goes up -->', 'id'), ['KTB 448 2917']);
  // A hospital number of letters then digits, as a ward's handover table gives it.
  assert.equal(reported('| 3 | Hēmi Parata (QRT5521) | NOF fracture |', 'id'), ['QRT5521']);
  for (const body of ['We read Bowlby (1969) again.', 'The Marmot report (COVID19) was grim.', 'The Hartley review (2019-2021) was long.', 'The Lister survey (n = 1200) was small.']) {
    assert.equal(reported(body, 'id'), [], body);
  }
});

test('structured case codes are found without a label', () => {
  for (const code of ['CPS-2025-04417', 'HX/TR/2023/0611', '2021-CR-00784', 'FAM-09-22871', '5824-113-906-KT']) {
    assert.equal(reported(`It all went in under ${code} in the end.`, 'id'), [code], code);
  }
});

test('after a label, years, dates, amounts and short counts are not identifiers', () => {
  for (const body of [
    'The case in 2019 was different.',
    'The file from 12/03/2025 was missing.',
    'In case 3 of them turn up, save seats.',
    'The policy is 20 pages long.',
    'Codes like COVID-19, PHQ-9, GAD-7, ICD-10 and ISO-9001 are not about anyone.',
    'The referral took 14 days.',
  ]) assert.equal(reported(body, 'id'), [], body);
});

// ---------- a person's name in a web address ----------

test('a web address whose path carries a given name and surname is reported on any site', () => {
  for (const [body, url] of [
    ['Her poem is up at https://youthwriting.example.org/2026/tomasz-wilk-the-heron and she is so proud.', 'https://youthwriting.example.org/2026/tomasz-wilk-the-heron'],
    ['The club put a page about him at <https://harriers.example.net/news/ewan-mcgarrity-first-5k>.', 'https://harriers.example.net/news/ewan-mcgarrity-first-5k'],
    ['Look at www.example.org/stories/2025/ines-okonkwo, it says everything.', 'www.example.org/stories/2025/ines-okonkwo'],
    ['His tribute page is at https://remember.example.com/john-smith.', 'https://remember.example.com/john-smith'],
  ]) {
    const finding = findingOf(body, url);
    assert.ok(finding, `${body} -> ${JSON.stringify(reported(body, 'contact'))}`);
    assert.is(finding!.severity, 'high');
    assert.is(finding!.category, 'contact');
    assert.match(finding!.message, /name/);
  }
});

test('public figures, aliases, places, eponyms and encyclopedias in a web address are not a client', () => {
  for (const body of [
    'I reread https://example.com/carl-rogers-on-becoming-a-person last night.',
    'The old entry at https://en.wikipedia.org/wiki/Ines_Okonkwo was wrong.',
    'We raised money for https://example.org/ronald-mcdonald-house this year.',
    'Photos from https://example.com/alice-springs-trip are on the staff board.',
    'A lovely read: https://example.com/2024/03/hope-grace-and-a-wet-may',
    'The unit wrote it up at https://example.com/blog/sophie-will-be-fine-she-says.',
  ]) assert.equal(reported(body, 'contact'), [], body);
  // A link's target is read by the name rule, which reports the slug itself, once.
  const linked = findingsIn('Read [the story](https://example.org/2026/ferdinand-kowalczyk-at-home).').filter((f) => f.severity !== 'low');
  assert.equal(linked.map((f) => [f.category, f.text]), [['name', 'ferdinand-kowalczyk']]);
  // A name that is also a word before a surname, in a link's target, is this rule's to find.
  assert.equal(reported('The club [wrote him up](https://harriers.example.net/news/jack-okafor-first-5k).', 'contact'), ['jack-okafor']);
  const aliased = 'Read it at https://example.org/posts/tomasz-wilk.';
  assert.equal(reported(aliased, 'contact', { frontMatter: 'title: "T"\npseudonyms: ["Tomasz Wilk"]' }), []);
});

test('an ambulance report or dispatch number is one patient\'s record; a PCR test is not', () => {
  assert.equal(reported('I wrote it up under PCR 2026-0511-093 and the CAD number was 4471902.', 'id'), ['2026-0511-093', '4471902']);
  assert.equal(reported('Her PCR test came back negative in 2021, and the PRF was filed at 0300.', 'id'), []);
});



test("an identifier's own letters are not taken for its label, and a National Insurance number keeps its last letter", () => {
  assert.equal(reported('Her notes said KLM4821 on the front sheet.', 'id'), ['KLM4821']);
  assert.equal(reported('The NHI on his file was PQR7730, which I copied down.', 'id'), ['PQR7730']);
  assert.equal(reported('His NI number is JT 44 18 27 B and he read it out.', 'id'), ['JT 44 18 27 B']);
  assert.equal(reported('Her NI number is JT 44 18 27 and the rest was smudged.', 'id'), ['JT 44 18 27']);
});

// ---------- internet addresses ----------

test('a public internet address is an identifier; home-network, example and version numbers are not', () => {
  assert.equal(reported('The messages came from 81.2.69.142 every night.', 'id'), ['81.2.69.142']);
  assert.equal(reported('He kept logging in from 2a00:23c6:1234:5600::1 after the ban.', 'id'), ['2a00:23c6:1234:5600::1']);
  for (const body of [
    'Reset the router at 192.168.1.1 first, then call the helpline.',
    'The school network hands out 10.0.4.12 to every laptop.',
    'We met at 10:45 and left at 11:30.',
    'The app is on version 2.10.3.1 now.',
    'Read section 4.2.1.3 of the guidance.',
    'Documentation uses 203.0.113.7 as an example.',
  ]) assert.equal(reported(body, 'id'), [], body);
});

test('an Irish address closed by its county is one address, with or without a street type or Eircode', () => {
  assert.equal(reported('They moved to 22 Ard na Gréine, Tuam, Co. Galway last spring.', 'contact'), ['22 Ard na Gréine, Tuam, Co. Galway']);
  assert.equal(reported('Her home is 9 Cnoc an Óir, Athenry, Co. Galway, H65 X2T4.', 'contact'), ['9 Cnoc an Óir, Athenry, Co. Galway, H65 X2T4']);
  // A count before a place is no house number.
  assert.equal(reported('We had 3 Rivers, Co. Mayo on the list.', 'contact'), []);
});
test('a flat in a named block is an address without a house number; a room in a school block is not', () => {
  assert.equal(reported('They live in Flat 7, Heron Court, Armley, with mould in every room.', 'contact'), ['Flat 7, Heron Court, Armley']);
  assert.equal(reported('Her flat, Apt 12, Larch House, has no heating.', 'contact'), ['Apt 12, Larch House']);
  assert.equal(reported('Room 4, Science Block is where the group meets.', 'contact'), []);
});

test('a blog a young person has been keeping, linked in the paragraph, is their own page', () => {
  const body = 'His mum told me he has been keeping a blog of his comics for a year. With her permission, here it is: [comics by a boy I know](https://rafcomics2012.blogspot.com).';
  assert.equal(reported(body, 'contact'), ['https://rafcomics2012.blogspot.com']);
  assert.equal(reported('I liked this essay on burnout: [read it](https://someauthor.substack.com/p/burnout).', 'contact'), []);
});

test('rural roads of Canada and the prairies are addresses; a bare numbered line is not', () => {
  assert.equal(reported('She has lived on the same farm at 5821 Sixth Line, Belwood since she married.', 'contact'), ['5821 Sixth Line, Belwood']);
  assert.equal(reported('Their place is at 54012 Range Road 223.', 'contact'), ['54012 Range Road 223']);
  assert.equal(reported('The 3 Central Line stops were closed all week.', 'contact'), []);
});

test('rural New Zealand and Australian roads are addresses, with the town that closes them', () => {
  assert.equal(reported('The family moved to 907 Matai Track, Rerewhenua, last winter.', 'contact'), ['907 Matai Track, Rerewhenua']);
  assert.equal(reported('He rents the cottage at 16 Kereru Line, Ohaupo.', 'contact'), ['16 Kereru Line, Ohaupo']);
  assert.equal(reported('Her nan still lives at 52 Tawa Line.', 'contact'), ['52 Tawa Line']);
  assert.equal(reported('Mum drove out to 3 Quarry Settlement Road, Mangawhero.', 'contact'), ['3 Quarry Settlement Road, Mangawhero']);
  // A trail walked for fun and a train line are not homes.
  assert.equal(reported('We walked the 12 Mile Track with the youth group.', 'contact'), []);
  assert.equal(reported('The 4 Northern Line trains were late again.', 'contact'), []);
});

test('a label in words ("identity number", "ID book") marks a number even when its check digit fails', () => {
  assert.equal(reported('Identity number: 8503176124085', 'id'), ['8503176124085']);
  assert.equal(reported('The ID book number, 7702145023081, was on the copy.', 'id'), ['7702145023081']);
});


// ---------- prisons ----------

test('prison numbers count in a prison post, after a number word or in a number column; the same shape elsewhere does not', () => {
  expectReported([
    ['Healthcare hatch on D wing. R5530LM asked for his inhaler twice.', 'R5530LM'],
    ['He is still on the gym list, number T8812QW, whatever happens.', 'T8812QW'],
    ['| Initials | No. | Dose |\n|---|---|---|\n| P.K. | H2290DS | 30mg |', 'H2290DS'],
  ], 'id');
  assert.equal(findingOf('Healthcare hatch on D wing. R5530LM asked for his inhaler twice.', 'R5530LM')?.rule, 'record-number');
  expectNoneReported(['The kettle model K4401XR is on offer this week.'], 'id');
});

test('a wing-landing-cell reference in a prison post is a location; a section number in a manual is not', () => {
  expectReported([
    ['Unlock was late. He has been in cell F3-22 since the move.', 'F3-22'],
    ['Med round on the landing.\n\n| Initials | No. | Cell |\n|---|---|---|\n| P.K. | H2290DS | E1-09 |', 'E1-09'],
  ], 'location');
  expectNoneReported(['Read section C2-14 of the handbook before the course.', 'Our flat is in block F3-22 of the new estate.'], 'location');
});

test('a house number in an Irish-language estate is an address, not a name', () => {
  for (const [body, address] of [
    ['She is back at number six, Cnoc na Coille, with the kids.', 'number six, Cnoc na Coille'],
    ['Her brother has No. 31 Páirc an Easa now.', 'No. 31 Páirc an Easa'],
  ]) {
    assert.equal(reported(body, 'contact'), [address], body);
    assert.equal(reported(body, 'name'), [], body);
  }
  expectNoneReported(['That song was number one for weeks in Gort.'], 'contact');
});

test('every identifier down a column its header labels is someone\'s, after the scheme\'s name too', () => {
  const table = '| Client | Plan / member ID | Notes |\n|---|---|---|\n| J.M. | Regence RGN448120937 | weekly |\n| T.O. | OHP OR7731954 | fortnightly |\n| K.R. | self-pay | monthly |';
  assert.equal(reported(table, 'id'), ['RGN448120937', 'OR7731954']);
});

test('a reviewer\'s page and an insurance certificate number are someone\'s', () => {
  assert.equal(reported('It is [on her reviews page](https://www.google.com/maps/contrib/104471120937731954) if you look.', 'contact'), ['https://www.google.com/maps/contrib/104471120937731954']);
  assert.equal(reported('Directions are on [Google Maps](https://www.google.com/maps/place/Bristol).', 'contact'), []);
  assert.equal(reported('Billed to her plan, Blue Cross certificate SKB 44120873, four sessions.', 'id'), ['SKB 44120873']);
  assert.equal(reported('She got her certificate in 2019 and framed it.', 'id'), []);
});

test('a colon hands a number to the identifier named earlier in its sentence, not to a phone', () => {
  assert.equal(reported("You couldn't remember your PPS number and then rattled it off at the end: 6792314TA.", 'id'), ['6792314TA']);
  assert.equal(reported('We found his NHS number on an old letter: 943 476 5919.', 'id'), ['943 476 5919']);
  assert.equal(reported('Her NHS number was on the form; the ward phone: 0161 555 0123.', 'id'), []);
});

test('a number given after "it" that refers back to an ID number in the sentence before is that ID', () => {
  expectReported([
    ['At the unit, admin needed his ID number. He had it memorised, which tells you how often he gets asked for it: 0604215829083.', '0604215829083'],
  ], 'id');
  // Without the label, a long number is no one's ID.
  expectNoneReported(['He told me the tracking code twice. He had it memorised: 0604215829083.'], 'id');
});

test("a court's case number run together as letters and digits is an ID; a model number is not", () => {
  expectReported([['The final care order was made under CF24C00917 with a plan for long-term fostering.', 'CF24C00917']], 'id');
  expectNoneReported(['The unit runs on an RTX4090 and a Core i7.'], 'id');
});

test('a number in international form after a word for a phone is a phone, whatever label is near', () => {
  expectReported([['Her cell, for the file, is +27 73 418 2295. She answers on the first ring.', '+27 73 418 2295']], 'contact');
});

test("an agency's letters, then \"number\", label that agency's number for someone", () => {
  expectReported([["He's on Unit 4 at the Ellis Unit, TDCJ number 01984432, and he's been in my classroom for six years.", '01984432']], 'id');
  expectNoneReported(['The GP number is 0191 555 0100 if you need it.'], 'id');
});

test('an account introduced by its owner\'s name, and a name someone goes by online, are handles', () => {
  expectReported([
    ["Kareem's Snapchat is skyyy.b30, and it's where most of the trouble started.", 'skyyy.b30'],
    ['Her Instagram is jess.h_2009 and it is public.', 'jess.h_2009'],
    ["His best mate goes by sky online, all lower case. sky's Snapchat is where the trouble started.", 'sky'],
  ], 'name');
  expectNoneReported(['My Instagram is where I post cake, and the sky was grey all week.'], 'name');
});

test("a court's letters then a year and serial is a file number; a financial year after a label is not", () => {
  expectReported([['His matter is adjourned to 16 September, file CAI-YJ 2025/00418.', 'CAI-YJ 2025/00418']], 'id');
  expectNoneReported(['The NHS 2024/25 plan is out, and so is the 2023-24 report.'], 'id');
});

test('an ID with an ampersand in its letters is one token', () => {
  expectReported([['Her hospital number was H&C 4471-220-918.', 'H&C 4471-220-918']], 'id');
});

test.run();
