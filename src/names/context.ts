/**
 * The grammar around a name: words that make a capitalised word a person (titles, family and work
 * relations, verbs of speech), and words that make it a place, an organisation or a public figure.
 */

import { dataLines } from '../data.js';

export const set = (words: string) => new Set(words.trim().split(/\s+/));

/**
 * Given names that are also the name of a quality (Hope, Grace, Wisdom): the ones a post may speak of
 * as the quality, even capitalised as the subject of a sentence ("Hope says things matter").
 */
export const VIRTUE_NAMES = set(`
  hope faith grace joy charity mercy patience prudence constance verity honor honour liberty justice
  harmony serenity destiny wisdom trinity felicity temperance unity peace love bliss glory amity
  clemency modesty purity fortune truth valor valour courage compassion kindness charity`);

/** Titles that make the next capitalised word a person's name: "Mrs Brown" even though brown is a word. */
export const HONORIFICS = set('mr mrs ms miss mx dr master');

/** Family and community titles before a given name ("Auntie Rose", "Bà Mai", "Coach Ricky"). */
export const KIN_TITLES = set(`
  auntie aunty aunt uncle nana nan nanna gran granny grandma grandpa grandad granddad nonna nonno
  abuela abuelo tía tío tia tio bà ông baba mama papa pop poppa father fr sister brother pastor rev
  reverend imam rabbi coach nurse señor señora senor senora doña madame mme monsieur herr frau cousin
  elder kuia koro kaumātua kaumatua whaea matua matron friar`);

// Titles for elders in other languages ("Abuela", "Bubbe", "Ouma"); those that are common given names
// too (marked "~": "Lola", "Oma") are titles only where the post uses them as one (src/names/everyday.ts).
for (const title of dataLines('names/elder-titles.txt').flatMap((line) => line.split(/\s+/))) {
  if (!title.startsWith('~')) KIN_TITLES.add(title.normalize('NFC').toLowerCase());
}

/** Public roles: the person after them is named in a public capacity ("Senator Warren"). */
export const PUBLIC_ROLES = set(`
  senator sen president governor gov mayor congressman congresswoman congressperson representative rep
  mp msp mla td minister premier chancellor secretary judge justice king queen prince princess pope
  saint lord lady sir dame archbishop bishop cardinal commissioner professor prof prophet guru taoiseach
  tánaiste tanaiste councillor councilor cllr alderman alderwoman`);

/**
 * Roles and bodies people speak of by the role, capitalised out of respect or habit ("Council said
 * no", "Leader: me", "Regulars turned up"): alone they name a position, not a person.
 */
export const ROLE_WORDS = set(`
  leader leaders council councils board staff warden boss sheriff deputy officer management admin
  committee panel trustees governors elders coach captain matron sarge guv chair chairperson manager
  mayor constable security reception housing probation regulars newbies volunteers members`);

/** Nickname prefixes that belong to the name ("Big Stevie", "Wee Davie"). */
export const NICKNAME_PREFIXES = set('big little lil wee young old');

/** Lower-case particles inside family names ("van der Berg", "Ní Bhriain", "bin Rashid"). */
export const PARTICLES = set("van von der den de del della di da du le la ter ten bin binti bint al el ibn ní nic ó ua mac y dos das do d'");

/** Name suffixes that stay with the name ("Alfredo Jr."). */
export const SUFFIXES = set('jr jr. sr sr. ii iii iv');

/** People a person is somebody's: "her daughter Orlaith", "our registrar, Dr. Qureshi", "Dayo's mam". */
export const RELATIONS = set(`
  mum mom mam mummy mommy mother ma dad da daddy father papa pa parent parents sister brother sibling
  daughter son child kid kids wife husband partner fiancé fiancée fiance fiancee girlfriend boyfriend
  spouse ex aunt auntie aunty uncle cousin niece nephew grandmother grandfather grandma grandpa granny
  gran nan nana grandson granddaughter grandchild grandkid stepmum stepmom stepdad stepmother stepfather
  stepson stepdaughter stepsister stepbrother godmother godfather guardian carer caregiver friend mate
  pal bestie neighbour neighbor flatmate roommate housemate colleague coworker co-worker supervisor
  manager boss teacher tutor counsellor counselor therapist nurse doctor gp consultant registrar
  psychiatrist psychologist worker keyworker caseworker coach principal headteacher deputy assistant
  aide senco student pupil client patient resident mentee classmate baby toddler twin widow widower en
  rn hca grad intern trainee officer volunteer relative landlord landlady employer foreman receptionist
  chaplain midwife paramedic pharmacist dentist surgeon cardiologist oncologist paediatrician
  pediatrician physio physiotherapist ot interpreter advocate solicitor lawyer attorney
  guardian mentor sponsor caretaker cleaner driver cook chef owner youngest eldest oldest firstborn
  boy girl lad lass teen teenager youngster`);

/** Verbs that take a person as subject: "Bronka told me", "Tuan went quiet". */
export const PERSON_VERBS = set(`
  said says told tells asked asks replied answered laughed laughs cried cries smiled smiles grinned
  shrugged nodded sighed whispered shouted yelled screamed texted texts emailed e-mailed messaged rang
  phoned called wrote writes explained admitted insisted agreed refused promised joked complained wanted
  wants hated hates loved loves decided realised realized remembered forgot knew thinks thought felt
  feels came comes went goes arrived left walked ran showed brought sat stood slept ate drank died
  passed missed started stopped managed tried got gets lives lived works worked spent signs signed
  looked looks hugged thanked apologised apologized worried panicked stayed spoke speaks sings sang
  danced played plays turned needed needs liked likes teaches taught visited visits lost won gave
  gives took takes asked begged admitted confided disclosed struggled struggles coped refused swore
  whispered muttered winked waved blinked glared stared frowned gasped giggled sobbed wept`);

/** Verbs only a living being does: enough for an unfamiliar word ("Quyen came", but not "Matariki gave us"). */
export const ANIMATE_VERBS = set(`
  said says told tells asked asks replied answered laughed laughs cried cries smiled smiles grinned
  shrugged nodded sighed whispered shouted yelled screamed texted texts emailed e-mailed messaged rang
  phoned wrote explained admitted insisted agreed refused promised joked complained wanted wants hated
  hates loved loves decided realised realized remembered forgot knew thinks thought felt feels came
  comes went goes arrived walked ran sat stood slept ate drank died hugged thanked apologised
  apologized worried panicked spoke speaks sings sang danced liked likes begged confided disclosed
  swore muttered winked waved blinked glared stared frowned gasped giggled sobbed wept missed lives lived
  works worked spent played plays brought stayed needed needs tried managed coped struggled struggles
  looked looks spends kicked punched slammed stormed sulked grabbed hid hides sleeps eats walks talks
  cries laughs smiles shouts screams refuses refused wears wore`);

/** Family a person has: "Harjeet has two younger brothers". */
export const FAMILY = set(`
  mum mom mam mother dad father parent sister brother sibling daughter son child kid wife husband
  partner girlfriend boyfriend fiancé fiancée fiance fiancee twin baby grandchild grandkid grandson
  granddaughter stepmum stepmom stepdad stepsister stepbrother stepson stepdaughter niece nephew
  aunt auntie aunty uncle cousin nan nana gran granny grandma grandpa`);

/** Verbs of handling one's own things: "Tipene got his licence", "Thandiwe kept her coat on". */
export const OWN_THINGS_VERBS = set(`
  got get gets kept keep keeps lost lose packed pack grabbed brushed dyed finished left forgot brought
  showed hid wore wears put shook lifted folded hung raised bowed covered crossed closed opened rolled
  scratched rubbed held clenched threw dropped slammed tucked pulled bit hugged wrapped twisted pushed
  washed sold spent missed had has passed failed started quit`);

/** Base forms of verbs only a person does, after a negation: "Ravinder wouldn't talk". */
export const ANIMATE_BASE = set(`
  say tell ask reply answer laugh cry smile talk speak want like love hate decide remember forget know
  think feel come go arrive walk run sit stand sleep eat drink hug thank apologise apologize worry
  sing dance beg confide disclose swear wave look stay try manage cope trust listen wake shower wash
  dress engage attend settle leave admit agree believe understand read write play share open cooperate`);

/** Things of the body and the bed: "Catriona's hands", "Hope's bedroom". */
export const BODY_AND_BED = set(`
  face hair hands hand eyes eye voice smile body arm arms leg legs feet foot teeth mouth head skin
  shoulders back knees wrist wrists scars tears laugh bedroom bed cot pillow`);

/** What a client has: "Ifeanyi's foster placement", "Tipene's diagnosis". */
export const CLIENT_THINGS = set(`
  placement placements diagnosis diagnoses medication medications meds seizures seizure behaviour
  behavior birthday funeral grave ashes caseworker keyworker file referral discharge admission
  sentencing parole bail tag coat shoes bike phone school teacher class homework drawing drawings
  poem poems handwriting mood moods nightmares tantrums weight`);

/**
 * What only a place or an organisation has ("Tesco's car park", "Leeds's population"), and what is
 * named after a scientist ("Parkinson's disease", "Hick's law"). Any other noun
 * owned by an unfamiliar name ("X's first week back", "X's exclusion") is a person's life.
 */
export const PLACE_OR_ORG_THINGS = set(`
  car park parking branch branches website site app platform headquarters hq offices office premises
  high street streets roads town centre city centre population residents economy council mayor
  history skyline suburbs outskirts harbour harbor port airport station stations beaches beach river
  rivers coast coastline hills museum museums market markets shops stores store outlets outlet chain
  menu brand logo products product share shares stock profits profit revenue customers clients staff
  employees workforce shareholders board ceo founder founders policy policies terms guidelines
  services service funding budget contract contracts team squad stadium ground fans club league
  catchment district districts region borough county villages neighbourhoods neighborhoods landmarks
  cathedral churches schools hospitals hospital university campus library libraries parks park
  pubs restaurants cafes hotels weather climate football rugby cricket
  disease syndrome palsy law laws principle principles theorem hierarchy theory model scale test sign
  triad paradox rule razor effect method stages
  bank banks surgery surgeries farmers farms bypass show shows supply building buildings estate estates
  people youth community housing transport buses bus trains trams traffic mp mps councillors police
  pub lighthouse pier promenade festival carnival fair bridge bridges roundabout square mosque temple
  synagogue church chapel cemetery quay docks factory factories mill mills mine mines industry
  industries unemployment crime street lanes annual hall halls centre center clubs`);

/**
 * Time spent with someone, in the plural or as a meal: "Tuesdays with X", "Walks with X",
 * "Lunch with X". The word after "with" is then a companion's name.
 */
export const TIME_WITH = /(?:^|[^\p{L}])(?:mornings|afternoons|evenings|nights|weekends|days|weeks|months|years|summers|winters|holidays|hours|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|walks|lunches|lunch|dinners|dinner|breakfasts|breakfast|suppers|supper|teas|tea|coffees|coffee|chats|conversations|visits|afternoon teas|road trips|drives|rides|swims|sessions|evenings out|nights in)\s+with\s+$/iu;

/** The narrow set for a name that is also a word ("Hope told me" but not "Hope came back"). */
export const SPEECH_VERBS = set(`
  said says told tells asked asks replied answered laughed cried smiled grinned shrugged nodded sighed
  whispered shouted yelled texted emailed messaged rang phoned wrote explained admitted insisted joked
  complained thanked hugged waved winked giggled sobbed wept muttered`);

/** Verbs whose object is a person: "I rang Quyen", "Bronka told Kirsty". */
export const VERBS_TO_A_PERSON = set(`
  told asked thanked hugged phoned rang texted emailed messaged reassured warned reminded introduced
  paged tell ask thank phone ring text email message call called calls met meet saw see seeing`);

/** Verbs by which public writers are cited: "Rogers argues that...". */
export const CITATION_VERBS = set(`
  argues argued contends contended posits posited coined theorised theorized describes described
  defines defined suggests suggested observes observed proposed proposes famously`);

/**
 * Published works: "a book by X", "X's novel". Not poems, essays, drawings or songs: clients make those
 * too ("Kwame's poem").
 */
export const WORKS = set(`
  book books novel novels memoir memoirs paper papers article articles study studies research theory
  model talk talks keynote lecture lectures podcast podcasts framework classic bestseller`);

/** Capitalised words that never start a person's name in running text ("Staff told me": the people on shift). */
export const NEVER_NAMES = set(`
  the a an and or but nor so yet if then than that this these those there here where when while why
  how what which who whom whose i i'm i've i'd i'll me my mine we our ours us you your yours he him his
  she her hers they them their theirs it its one in on at to of for from by with without about after
  before during since until into onto over under between among through across behind beyond near
  ye yous youse thee thou y'all
  not no yes ok okay oh hi hello dear thanks thank please sorry well also just still even only every
  each all some any most many much more less few both either neither another other such own same
  is are was were be been being am do does did done have has had having can could would shall should
  might must
  bro bruv bredrin fam sis cuz mam mom mum
  staff`);

/** Calendar words: never a name ("Tuesday", "Christmas Eve")... */
export const CALENDAR = set(`
  january february march july september october november december feb mar apr jul aug sep sept
  oct nov dec monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
  thursdays fridays saturdays sundays christmas easter eid diwali ramadan hanukkah passover thanksgiving
  halloween hallowe'en hallowe’en matariki waitangi anzac naidoc juneteenth hogmanay samhain kwanzaa purim pesach shavuot
  nowruz vaisakhi navratri holi lent advent pentecost epiphany whitsun`);

/**
 * ...except months that are also given names, which need a person's context ("May told me", "her
 * husband, Jun, caught him"), abbreviations included ("Jan" and "Jun" are common given names).
 */
export const NAME_MONTHS = set('april may june august jan jun');

/** Words that make a capitalised phrase a place or an organisation ("Willow Bank", "Ballymore Gaels"). */
export const PLACE_WORDS = set(`
  street st road rd avenue ave lane ln drive way close court ct crescent place square terrace grove
  gardens garden park hill hills heights view vale valley falls lake river creek bay beach mountain
  mountains mount mt point port harbour harbor bridge cross green common field fields wood woods forest
  farm estate village town city county shire district borough parish ward unit wing centre center
  clinic hospital hospice surgery practice pharmacy school primary elementary middle high secondary
  academy college collegiate university uni institute campus library church chapel mosque temple
  synagogue cathedral abbey hall house home homes lodge manor tower towers station airport mall plaza
  market store shop cafe café restaurant bar pub inn hotel motel club gym stadium arena team united
  rovers rangers athletic wanderers celtic gaels harps trust council foundation society association
  group network services service project programme program partnership agency authority department
  ministry office bureau board commission committee prison jail tribunal police brigade nhs health
  care medical community express inc ltd llc co corp company bank motors foods press books publishing
  media news times post radio tv day week month year awards award prize act law syndrome disease
  disorder scale inventory test questionnaire method model theory approach therapy technique protocol
  plan framework curriculum cup league festival conference summit forum lecture memorial museum
  gallery theatre theater cinema zoo reserve island islands isle coast north south east west northern
  southern eastern western upper lower central fort glen ridge springs wells cove junction crossing
  corner row mews walk parade rise hollow meadow meadows orchard acres downs moor heath marsh end
  quarter avenue boulevard blvd highway hwy motorway freeway route trail circle loop baptist methodist
  presbyterian lutheran pentecostal episcopal wesleyan adventist tabernacle fellowship assembly`);

/** First words of place names ("San Isidro", "Port Lincoln", "St Columba's"). */
// With the words that open a school's name in Irish, Scottish Gaelic, Welsh and te reo ("Bunscoil Mhuire", "Ysgol y Graig"): the place rule reports those.
export const PLACE_PREFIXES = set('san santa santo são sao st st. saint sainte ste los las port fort mount mt lake glen new north south east west upper lower greater inis inish oileán oilean ynys isle scoil bunscoil meánscoil gaelscoil gaelcholáiste coláiste sgoil bun-sgoil àrd-sgoil ysgol coleg wharekura kura');

/** Prepositions that put a capitalised word in a place ("lives in Galway"). */
export const PLACE_PREPOSITIONS = set('in at from near outside into towards toward around across through via past beyond inside');

/** Declarations that a name is an alias: "whom I'll call Big Stevie", "Sam (not his real name)". */
/** "I'll call her X", "(call her X)": the blogger choosing a name; "the subs call her X" is what others call her, a real name. */
export const ALIAS_BEFORE = /(?:\b(?:i['’]ll|i will|i['’]m going to|let['’]s|we['’]ll|i['’]m|i am)\s+call(?:ing)?(?:\s+(?:him|her|them))?|(?:^|[(\[—–,;:]|[.!?]\s)\s*(?:call|calling) (?:him|her|them)|\bpseudonym|\balias)[\s,:"“]*$/i;
export const ALIAS_AFTER = /^['’]?s?(?:[\s,]*\(|\s+(?:is|was)\s+)(?:not (?:his|her|their) real name|an? (?:alias|pseudonym|made-up name)|a name I (?:use|chose|picked)|name changed|names? changed|not (?:his|her|their) name)/i;

/** Things that are named too: "a program called Hope Works", "a horse called Canela". */
export const NAMED_THINGS = /\b(?:program|programme|project|group|charity|organi[sz]ation|company|business|app|book|novel|song|film|movie|show|series|podcast|place|pub|cafe|café|shop|store|restaurant|school|scheme|service|initiative|campaign|team|club|band|game|town|village|city|street|road|house|farm|boat|car|ward|unit|clinic|centre|center|course|class|event|festival|conference|workshop|session|model|approach|technique|method|tool|exercise|game|horse|dog|cat|pet|puppy|kitten|pony|rabbit|bunny|hamster|gerbil|mouse|mice|rat|ferret|pig|piglet|goat|lamb|sheep|cow|calf|donkey|hen|chicken|duck|budgie|bird|parrot|goldfish|fish|axolotl|gecko|tortoise|turtle|lizard|snake|spider|toy|teddy|bear|doll|puppet|figure|figurine|dinosaur|rex|triceratops|dragon|unicorn|monster|robot|creature|animal|character|avatar)s?\s+(?:\w+\s+){0,3}?(?:was\s+|is\s+)?(?:called|named|nicknamed|known as)[\s,:"“]*$/i;

/** Words that name a person outright: "a shift manager named Charmaine", "everyone calls her Roz". */
export const NAMED_BEFORE = /(?:\b(?:named|called|nicknamed|known(?:\s+(?:to|by|among|around|round|on)(?:\s+[\p{L}'’-]+){1,3}?|\s+(?:locally|simply|universally|only|just|here|round\s+here|to\s+all))?\s+as|goes by|went by|gone by|go by|going by|answers (?:only )?to|calls (?:him|her|them|me)|call (?:him|her|them)|called (?:him|her|them)|(?:nick)?name is|(?:nick)?name was|(?:nick)?name's))[\s,:"“]*$/iu;

/** Number words an age in apposition starts with ("Dayo, nine,", "Ann, seventy-nine,"). */
export const NUMBER_WORD_SOURCE = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
export const NUMBER_WORDS = new RegExp(`^(?:${NUMBER_WORD_SOURCE})\\b`, 'i');

/** Callings that make the person after them a public figure: "the suffragist X", "the Irish poet X". */
const PUBLIC_CALLINGS = String.raw`suffragist|suffragette|activist|campaigner|abolitionist|reformer|revolutionary|poet|novelist|playwright|author|writer|philosopher|theorist|theologian|composer|painter|sculptor|explorer|aviator|aviatrix|astronaut|olympian|sprinter|swimmer|cyclist|rower|athlete|paralympian|tennis player|golfer|racing driver|pop star|popstar|rock star|film star|movie star|tv star|reality star|footballer|cricketer|boxer|singer|songwriter|rapper|actor|actress|comedian|broadcaster|journalist|economist|historian|physicist|chemist|mathematician|inventor|psychoanalyst|anthropologist|sociologist|philanthropist|prophet|emperor|empress|pharaoh|statesman|stateswoman|politician|civil rights leader|war hero|tycoon|billionaire|magnate|mogul`;
export const PUBLIC_CALLING_BEFORE = new RegExp(String.raw`(?:^\s*|[^\p{L}]the\s+)(?:(?:late|great|famous|celebrated|renowned|legendary|pioneering|[\p{L}-]+(?:an|ish|ese|ch|i))\s+)?(?:${PUBLIC_CALLINGS})\s*,?\s*$`, 'u');
/**
 * The same calling in apposition after the name, perhaps with where or what it is of: "X, the Irish poet,",
 * "X, the Tennessee basketball coach,". Group 1 is a capitalised word before the calling, for the caller to weigh.
 */
export const PUBLIC_CALLING_AFTER = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:(?:late|great|famous|celebrated|renowned|legendary|pioneering|former|then|long-serving|[\p{L}-]+(?:an|ish|ese|ch|i))\s+)*(?:(\p{Lu}[\p{L}'’-]*)\s+)?(?:[\p{Ll}-]+\s+)?(?:(${PUBLIC_CALLINGS})|(coach|manager|captain|presenter|senator|governor|congressman|congresswoman|premier|prime\s+minister|president))\b|^,\s+the\s+\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)?\s+((?:co-?)?founder)\b`, 'u');

/** Memorials and honours before a name: "the statue of X", "a blue plaque for X". */
export const MEMORIAL_BEFORE = /\b(?:statue|statues|monument|bust|plaque|portrait on the|likeness) (?:of|to|for|honouring|honoring)\s+$/;

/** Deeds after a name that only a public figure does, in the same sentence. */
export const PUBLIC_DEED_AFTER = new RegExp(String.raw`^(?:['’]s?)?(?:\s*,\s*(?:whose\b[^.!?;]*?\band\s+)?who\b[^.!?;]*?|\s*,\s*whose\s+|\s+(?:(?:famously|later|once|had|has|also|then|went on to|who)\s+)*)\b(?:` + [
  // "who led the land march", "founded the movement"
  String.raw`(?:led|founded|co-founded|started|launched|championed|pioneered|organi[sz]ed|spearheaded)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:campaign|march|movement|strike|protest|struggle|revolution|boycott|petition|hīkoi|hikoi|occupation|uprising|expedition|resistance|crusade)`,
  // "won gold at", "won the Nobel"
  String.raw`won\s+(?:(?:an?|the|two|three|four|her|his|their|olympic|world|commonwealth|paralympic)\s+)*(?:(?:gold|silver|bronze|medals?)\b[^.!?;]*?\b(?:olympics?|olympic games|paralympics?|commonwealth games|world championships?|world cup)|nobel|pulitzer|booker|oscars?|grammys?|emmys?|world cups?|world titles?|general elections?|presidency|premiership)`,
  // "is on the ten-dollar note"
  String.raw`(?:(?:face|portrait|image|likeness|head)\s+)?(?:is|was|appears|appeared|features|featured)\s+on\s+(?:the|our|their|a|every)\s+(?:[\p{L}\d$£€-]+\s+){0,2}?(?:note|notes|bill|bills|banknote|banknotes|stamp|stamps|coin|coins)`,
  // "turned that story into a day the whole country marks"
  String.raw`(?:turned|made)\s+[^.!?]{0,40}?\binto\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:day|movement|holiday|law)\b`,
  // "whose ideas shaped early-childhood curricula"
  String.raw`(?:ideas|work|theories|theory|writing|writings|research|books)\s+(?:have\s+|has\s+)?(?:shaped|influenced|inspired|transformed|underpin|underpins|underpinned)\b`,
  String.raw`(?:was|is|were)\s+(?:later\s+)?(?:knighted|canonised|canonized|beatified|assassinated|inaugurated|martyred)`,
].join('|') + ')', 'iu');

/** A surname cited in the literary present: "Bronfenbrenner insists that", "Brack calls it". */
export const LITERARY_PRESENT = /^\s+(?:(?:also|famously|rightly|memorably)\s+)?(?:(?:argues|contends|posits|maintains|proposes|theori[sz]es|defines|calls it|calls this|puts it|reminds us|reminds readers)\b|(?:insists|says|writes|notes|suggests|warns|believes|describes|explains|claims|observes|shows|asks)\s+(?:that\b|[:“"]))/i;

/** Public things named after a person: "the Mary Seacole Lecture", "the Okafor Building". */
/** One name before a scholarship or a lecture, written plain: "the Avery scholarship", "the Rhodes scholarship". */
export const EPONYM_ONE = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+(?:[Ss]cholarships?|[Bb]ursar(?:y|ies)|[Ll]ectures?|[Oo]ration|[Ff]ellowships?)\b/gu;
export const EPONYM = /((?:\p{Lu}[\p{L}'’-]+\s+){1,3}?\p{Lu}[\p{L}'’-]+)\s+(?:Memorial\s+)?(?:Lecture|Lectures|Oration|Award|Awards|Prize|Medal|Scholarship|Scholarships|Fellowship|Building|Wing|Institute|Foundation|Library)\b/gu;

/** A name as the topic of teaching: "an afternoon on X", "a lesson about X", "learning about X", "the story of X". */
export const TOPIC_BEFORE = /\b(?:(?:an?|the|our|my|whole)\s+(?:[\p{L}-]+\s+)?(?:afternoon|morning|day|week|lesson|lessons|talk|unit|project|assembly|session|class|topic|module|study|display|reading|discussion|deep dive|rabbit hole)\s+(?:on|about)|learn(?:ing|ed|t)?\s+about|read(?:ing)?\s+about|taught\s+(?:them|us|the class)\s+about|teaching\s+(?:them|the class)\s+about|(?:the\s+)?(?:life|story|stories|legacy|biography)\s+of)\s+$/iu;

/** A sentence that speaks of history: a year long past, a vote won, a first, a war, a reign. */
export const HISTORY_WORDS = /\b(?:1[5-8]\d\d|19[0-6]\d)\b|\b(?:won|win|winning|got|gained)\s+(?:women\s+)?the\s+vote\b|\b(?:suffrage|suffragists?|suffragettes?|the first (?:country|nation|woman|women|person|man)|history|historical|centuries? ago|in the \d{2}(?:th|st|nd|rd) century|world war|civil rights|treaty|colonial|settlers|reign|abolition|petition to parliament|parliament|independence)\b/i;

/** The blogger's own pupils and clients: "my Year 9s", "one of my", "a student", "in group". */
export const OWN_PEOPLE = /\b(?:(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:class|group|pupils?|students?|clients?|residents?|kids|children|young\s+people|patients?|learners?|tutees?|mentees?|caseload|service\s+users?|year\s*\d{1,2}s?)\b|one\s+of\s+(?:my|our)\b|(?:year|grade)\s*\d{1,2}s?\b|(?:a|another)\s+(?:student|pupil|client|resident|patient|learner|young\s+person)\b|wrote\s+(?:(?:it|this|that)\s+)?for\s+(?:me|us|the\s+class|the\s+group)\b|in\s+(?:(?:our|my|the|this\s+week['’]s|today['’]s|last\s+week['’]s)\s+)?(?:group|session|class|lesson|circle\s+time)\b)/iu;
