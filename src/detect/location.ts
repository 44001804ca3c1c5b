/**
 * Places that point at a person: small towns and villages, streets, schools, wards and rooms, care
 * homes and hospitals, workplaces and clubs. Big cities (and the blogger's `allowedPlaces`) are only
 * noted; countries, states and regions are not reported; public venues are not a person's location.
 *
 * Proper-noun phrases are classified by their head word ("... Primary", "... Street", "... Hospice"),
 * by the gazetteer (population decides the risk), and by what stands before them ("lives in",
 * "moved to", "works nights at"), so an unknown village is caught and a capitalised common word is not.
 */
import nlp from '../nlp.js';
import { dataSet } from '../data.js';
import { CITY_POPULATION, isBroadRegion, isCountry, populationIn, populationOf } from '../places.js';
import { isDisaster } from '../names/disasters.js';
import { charactersOf } from '../names/characters.js';
import type { Candidate, DetectContext, Recognizer, TermTagger } from './types.js';
import { ORDINARY_OPENERS } from './tags.js';
import { aboutPublicFigure } from './public-subject.js';
import { addressesOnePerson } from './addressee.js';
import { publicNames } from '../names/public.js';
import { cellsBesideLabel, columnCells, escapeRegExp, lineOf, matchesOf, mentionsOf } from './util.js';
import { tablesOfPeople } from './name-column.js';
import { FULL_STOP_MARKS, paragraphAround, sentenceByMarks } from '../sentence.js';
import { CLOSE_FAMILY, PEOPLE, THIRD_PERSON, words } from '../names/person-words.js';

const WORD = String.raw`(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}+)*`;
// Gaelic, Welsh and Māori names join their words with small ones too: "Gaelscoil na Ríthe", "Ysgol y Graig".
const JOINER = String.raw`[ \u00a0](?:(?:of|upon|on-the|de|del|la|le|du|van|der|von|&|na|nan|nam|a'|a’|y|yr|agus|o)[ \u00a0])?`;
const PROPER = new RegExp(String.raw`(?<![\p{L}\p{N}'’.])(?:${WORD})(?:${JOINER}(?:${WORD}))*`, 'gu');

/** Words that start a capitalised run without being part of a name. */
const LEADING = new Set('the a an this that these those my our your his her their its in at on from to and but or so if when then she he they we i it most some every one after before since while last next for with by of as up down out over back near outside'.split(' '));

type Kind = 'school' | 'facility' | 'street' | 'workplace' | 'club' | 'landmark' | 'town' | 'unit' | 'estate' | 'worship' | 'pub' | 'vessel' | 'route' | 'water' | 'home' | 'burial';

/**
 * Words that close an independent shop's name, often after a local feature: "Fernhollow Pharmacy" is
 * caught by its head, and so is "Pine Hollow Drug", "Foxglove Market", "Cedar Creek Feed & Seed".
 */
const SHOP_WORDS = 'Drug|Drug Store|Drugstore|Apothecary|Grocery|Groceries|Grocers|General Store|Market|Feed & Seed|Deli|Laundromat|Mercantile|Trading Post|Variety|Nails|Spa|Florist|Florists|Takeaway';
/** Words that only close a firm's name ("Harbour Fish Co", "Cassidy & Sons"): see `plainTradeName` for shops named in plain words. */
const TRADE_WORDS = `Co-op|Co-Op|Coop|Co-operative|Cooperative|Creamery|Mart|Supplies|Supply|Co|Company|Ltd|Limited|Merchants|Wholesale|Wholesalers|Fisheries|Seafoods|Produce|Nurseries|Packers|Contractors|Joinery|Timber|Feeds|Machinery|Roofing|Removals|Couriers|Kennels|Sons|Bros|Brothers|${SHOP_WORDS}`;

const HEADS: [Kind, RegExp][] = [
  ['school', /^(?:ELC|Early Learning Centre|Early Learning Center|Childcare Centre|Childcare Center|Child Care Centre|Child Care Center|Daycare|Day Nursery|Elementary|Primary|Middle|Middle School|High School|High|Secondary|Secondary School|Secondary College|College|Collegiate|Academy|School|Grammar|Grammar School|Junior School|Infant School|Infants|Montessori|Kindergarten|Kindy|Comp|Juniors|Intermediate|Creche|Crèche|Playgroup|Preschool|Pre-School|Nursery|Gaelscoil|Comprehensive|Community School|National School|NS|Prep)$/],
  ['facility', /^(?:Accommodation Centre|Accommodation Center|Reception Centre|Reception Center|Direct Provision Centre|Removal Centre|Immigration Removal Centre|Night Shelter|Hospital|University Hospital|General Hospital|General|Memorial|Hospice|Infirmary|Care Home|Nursing Home|Rest Home|Medical Centre|Medical Center|Health Centre|Health Center|Birth Centre|Birth Center|Birthing Centre|Birthing Center|Family Centre|Clinic|Surgery|Rehab|Rehabilitation Centre|Treatment Centre|Refuge|Shelter|Hostel|Detention Centre|Detention Center|Correctional Facility|Correctional Institute|Correctional Institution|Correctional Center|Correctional Centre|Correctional Complex|State Prison|Penitentiary|Remand Centre|Young Offender Institution|Regional|Regional Hospital|Regional Medical Center|Regional Medical Centre|Medical Center|Prison|Jail|Unit|Residential)$/],
  ['street', /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Crescent|Cres|Way|Terrace|Boulevard|Blvd|Row|Parade|Highway|Hwy|Pike|Mews|Wynd|Estate|Place|Court)$/],
  ['workplace', new RegExp(String.raw`^(?:Leisure Centre|Leisure Center|Sports Centre|Sports Center|Community Centre|Community Center|Day Centre|Day Center|Garden Centre|Resource Centre|Youth Centre|Family Centre|Children's Centre|Children’s Centre|Tire & Lube|Auto Repair|Auto Repairs|Autos|Automotive|Auto|Body Shop|Tyres|Tires|Salon|Barbers|Plumbing|Electrical|Construction|Builders|Landscaping|Haulage|Transport|Taxis|Cabs|Motors|Garage|Engineering|Manufacturing|Foods|Logistics|Farms?|Dairy|Mills?|Works|Steelworks|Bakery|Butchers|Pharmacy|Chemist|Chemists|Stores?|Supermarket|Superstore|Hardware|Diner|Cafe|Café|Restaurant|Tavern|Arms|Inn|Express|Extra|Depot|Warehouse|Quarry|Colliery|Plant|Factory|Meatworks|Abattoir|Cannery|Shipyard|${TRADE_WORDS})$`)],
  // "Maitland PCYC", "Dubbo RSL", "Ashby YMCA": a town's branch of a club or a youth centre.
  ['club', /^(?:PCYC|RSL|RSA|YMCA|YWCA|YHA|CWA|SLSC|RUFC|RLFC|ARLFC|JRLFC|JFC|GFC|LTC|Community Garden|Community Gardens|Allotments|Allotment Gardens|Men's Shed|Men’s Shed|Club|Gaels|GAA|GAC|FC|AFC|RFC|Rovers|Athletic|Wanderers|Boxing Club|Youth Club|Scouts|Guides|Brigade|Lodge|House|Manor|Grange|Gardens|View|Grove)$/],
  // Where one person's funeral or burial was: only with the funeral in the sentence (see BURIAL_TOLD).
  ['burial', /^(?:Crematorium|Cemetery|Memorial Park|Funeral Home|Chapel of Rest)$/],
  // Where someone worships or meets: a named congregation or hall is a small community.
  ['worship', /^(?:AME|A\.M\.E\.|AME Zion|CME|COGIC|Church|Chapel|Parish Church|Parish|Mosque|Masjid|Temple|Gurdwara|Mandir|Synagogue|Shul|Kingdom Hall|Meeting House|Meetinghouse|Tabernacle|Baptist|Methodist|Presbyterian|Lutheran|Pentecostal|Episcopal|Wesleyan|Adventist|Mission|Marae|Community Hall|Village Hall|Church Hall|Parish Hall|Scout Hall|Memorial Hall|Miners' Hall|Hall)$/],
  ['landmark', /^(?:First Nation|Nation|Pueblo|Rancheria|Indian Reserve|Island|Isle|Falls|Mountain|Valley|Bay|Creek|River|Lake|Lakes|Cove|Sound|Rapids|Bluff|Ford|Wells|Springs|Heights|Hills?|Point|Harbour|Harbor|Beach|Glen|Crossing|Junction|Ridge|Forks|Landing|Flats|Reserve|Reservation|Township|Village|Estate|Gap|Pass|Gorge|Canyon|Notch|Hollow|Bend|Corner|Corners|Quay|Narrows|Inlet|Hamlet|Settlement|Siding)$/],
];

/** Prisons named kind-first: "HMP Dartmoor", "HMYOI Feltham". */
const FACILITY_PREFIX = /^(?:HMP|HMYOI|HMPYOI|HMIRC|HMP\/YOI)$/;
/** First words of place names that are also people's names: "Port Isaac", "Mount Barker", "Fort William", and the Gaelic and Welsh words for an island ("Eilean Shona", "Ynys Enlli"). */
const PLACE_PREFIX = /^(?:Port|Mount|Mt|Fort|Lake|Glen|Cape|Eilean|Ynys|Inis|Upper|Lower|Great|Little|North|South|East|West|Castle|Kirk|Bally|Kil|Saint|St)\.?$/;
/** French place names are hyphened after a saint, a bay or a point: "Saint-Élie-de-Caxton", "Baie-Sainte-Anne". */
const HYPHENED_PLACE = /^(?:Saint|Sainte|St|Ste|Notre|Mont|Port|Fort|Baie|Lac|Cap|Pointe|Île|Ile|Rivière|Riviere|Val|Grand|Grande|Petit|Petite|Bois|Anse|Havre|Côte|Cote)-\p{Lu}/u;
/**
 * Welsh, Irish and Scottish place names are built from a handful of elements ("Llan-" church, "Aber-"
 * river mouth, "Cwm" valley, "Bally-" townland, "Drum-" ridge, "Inver-"), and English ones join their
 * words with small ones ("Betws-y-Coed", "Stratford-upon-Avon"): such a word is a place where the
 * parser takes it for a person's name.
 */
const CELTIC_ELEMENT = /^(?:Llan|Aber|Cwm|Pont|Pen|Caer|Nant|Betws|Ystrad|Ysbyty|Rhos|Maes|Porth|Tre[fv]?|Bally|Kil|Drum|Clon|Knock|Inver|Auchter|Strath|Dun|Ard|Carrick|Tulla|Letter|Gort)\p{Ll}{3,}/u;
const JOINED_PLACE = /^\p{Lu}\p{Ll}+-(?:y|yr|ym|ar|upon|on|under|in|le|by|en|next|on-the|under-the|in-the|by-the|next-the)-\p{Lu}/u;

function placeNameShape(word: string): boolean {
  return JOINED_PLACE.test(word) || (CELTIC_ELEMENT.test(word) && !isGivenName(word) && !isGivenName(word.split('-')[0]));
}

const SCHOOL_PREFIX = /^(?:Scoil|Bunscoil|Meánscoil|Meanscoil|Pobalscoil|Gairmscoil|Naíscoil|Naiscoil|Coláiste|Colaiste|Gaelscoil|Gaelcholáiste|Gaelcholaiste|Sgoil|Bun-sgoil|Bun-Sgoil|Àrd-sgoil|Ard-sgoil|Àrd-Sgoil|Ysgol|Coleg|École|Ecole|Lycée|Lycee|Collège|Colegio|Escuela|Escola|Scuola|Kura|Kura Kaupapa|Te Kura|Wharekura|Kōhanga|Kohanga)$/;

/** Heads that are ordinary words too ("Lodge", "House", "Grove"): only with a place context before them. */
const WEAK_HEADS = new Set(['Middle', 'General', 'Memorial', 'Nation', 'Lodge', 'House', 'Manor', 'Grange', 'Gardens', 'View', 'Grove', 'Place', 'Court', 'Way', 'High', 'Estate', 'Unit', 'Residential', 'Express', 'Extra', 'Arms', 'Point', 'Landing', 'Prep', 'NS', 'Plant', 'Regional', 'Community Centre', 'Community Center', 'Sports Centre', 'Sports Center', 'Garden Centre', 'Supply', 'Company', 'Limited', 'Produce', 'Timber', 'Feeds', 'Machinery', 'Removals', 'Wholesale', 'Brothers', 'Market', 'Variety', 'Spa', 'Nails', 'Drug', 'Deli']);

/** Lower-case home nouns after a proper name: "the Bellfield estate", "the Riverside caravan park". */
const HOME_AFTER = /^[ \u00a0](estate|housing estate|council estate|scheme|flats|tower block|caravan park|trailer park|mobile home park|halting site|apartment complex|housing complex|complex|apartments)\b/;

/** Lower-case workplace nouns after a proper name: "the Scunthorpe steelworks", "the Hendry garage". */
/** Lower-case names of where people meet after a proper name: "the Ashgrove allotments", "the Brandwell youth club". */
const CLUB_AFTER = /^[ \u00a0](allotments?|community gardens?|youth club|youth centre|youth center|men['’]s shed|boxing club|community hall|drop-in)\b/;

const WORKPLACE_AFTER = /^[ \u00a0]((?:assembly|car|truck|steel|paper|glass|cement|tyre|tire|engine|parts|motor|auto|packing|processing|bottling|canning|freezing|meat|fish|poultry|chicken|dairy|sugar|timber|printing|textile|cotton|wool|shoe|furniture|distribution|sorting|mail)[ \u00a0](?:plant|factory|mill|works|depot|warehouse|centre|center)|steelworks|works|mill|sawmill|factory|plant|mine|pit|colliery|quarry|refinery|depot|warehouse|distribution centre|call centre|abattoir|meatworks|cannery|shipyard|docks|garage|bakery|dairy|farm|chippy|chip shop|pub|surgery|practice|pharmacy|chemist|drugstore|drug store|grocery(?: store)?|general store|hardware store|diner|salon|laundromat|deli|mart|store|branch|site|distillery|brewery|winery|creamery|saleyards?|sale ?yards|stockyards|(?:livestock|cattle|stock) (?:exchange|market|mart|sales)|(?:stock and station|real estate|estate|travel|employment|insurance|stock) agency|co-?op|packhouse|packing shed|boatyard|hatchery|feedlot|piggery|fish market|fish factory|timber yard|scrapyard)\b/;
/** Lower-case words for a school after a proper name: "Tinahely national school", "the Coolah school". */
const SCHOOL_AFTER_NAME = /^[ \u00a0]((?:national|primary|public|high|secondary|area|district|community|central)[ \u00a0]+school|school|primary|kindergarten|kindy|preschool|playgroup)\b(?![ \u00a0]+of\b)/;
/** Lower-case words for a place of care after a proper name: "the Mokoro clinic", "the Kabwe Road health post". */
const CARE_AFTER_NAME = /^[ \u00a0](clinic|health (?:post|centre|center|clinic|station|hut)|nursing station|dispensary|(?:cottage |district |base )?hospital|medical (?:centre|center)|maternity (?:unit|home|ward)|hospice|care home|nursing home|rest home)\b/;


let chains: ReadonlySet<string> | undefined;

let venues: ReadonlySet<string> | undefined;

/** Stadiums, grounds and arenas a whole country knows (data/venues.txt): crowds of thousands, no one's home. */
function isFamousVenue(lower: string): boolean {
  venues ??= dataSet('venues.txt');
  return venues.has(lower.replace(/['’]/g, "'")) || venues.has(`the ${lower}`);
}

/** "at Croke Park", "to Murrayfield": whichever rule found it, a famous ground is only noted. */
function famousVenues(ctx: DetectContext, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (c.severity === 'low' || !isFamousVenue(text.toLowerCase())) return c;
    return note({ start: c.start, end: c.end, text, words: [] }, `"${text}" is a stadium or venue that crowds of thousands go to: it says where an event was, not where anyone lives or works`, NO_CLIENT_HINT);
  });
}

/**
 * "the Red Cross", "Salvation Army": a national organisation (data/names/not-people.txt), not a place.
 * A town of one word that shares its name with a people on that list ("Lakota") is still a town.
 */
function isOrganisation(name: string): boolean {
  return dataSet('names/not-people.txt').has(name.toLowerCase()) && (/\s/.test(name) || populationOf(name) === undefined);
}

/** Chains (data/chains.txt): the brand alone says little, a branch ("the Tesco on Quarry Lane") says a lot. */
function isChain(lower: string): boolean {
  chains ??= dataSet('chains.txt');
  return chains.has(lower.replace(/['’]/g, "'"));
}

/**
 * Public venues and well-known streets: naming them says where an event was, not where a person lives.
 * A patient goes "to theatre" or comes "back from theatre" without an article: that is surgery, no venue.
 */
const VENUE_WORDS = /\b(?:[Cc]onferences?|[Cc]onvention|[Cc]ongress|keynote|[Ss]ummit|[Ee]xpo|[Ee]xhibition|[Ff]estival|[Ss]ymposium|webinar|lanyard|delegates?|plenary|concert|gig|tourists?|[Mm]useum|[Gg]allery|[Cc]athedral|[Ss]tadium|[Aa]rena|(?<!\b(?:from|to|in|into|back\s+to|back\s+from|operating|return(?:ed)?\s+to)\s)[Tt]heatre|(?<!\b(?:from|to|in|into|operating)\s)[Tt]heater|rally|protest|[Ww]orkshop|[Ss]eminar|study day|training day|advocacy day|kick-?off|launch|fundraiser|gala|ceremony|[Hh]otel|[Cc]ampus)\b/;
/** Hotel chains: a place people meet, not where a client lives or works. */
const HOTELS = /\b(?:Hilton|Marriott|Hyatt|Sheraton|Holiday Inn|Radisson|Westin|Novotat|Novotel|Premier Inn|Travelodge|Crowne Plaza|Ramada|Best Western|Doubletree|DoubleTree|Intercontinental|InterContinental|Fairmont|Four Seasons|Ritz)\b/;
/** Days, months and holidays are capitalised but are not places. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Xmas|Easter|Halloween|Hallowe'en|Thanksgiving|Hanukkah|Chanukah|Diwali|Eid|Ramadan|Lent|Advent|Passover|Pentecost|Whitsun|Boxing Day|New Year|Midsummer|Samhain|Lunar New Year|Term|Year|Grade|Level|Stage|Key Stage|Week|Day|Class|Group|Step|Phase|Module|Unit)\b/;
/** People's kin titles and courtesy titles: "at Auntie Rose's" is someone's home, named by a person. */
const PERSON_TITLES = /^(?:Auntie|Aunty|Aunt|Uncle|Nana|Nan|Nanna|Granny|Gran|Grandma|Grandpa|Grandad|Granddad|Pop|Poppa|Mum|Mom|Dad|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Father|Sister|Brother|Pastor|Rev|Reverend|Coach|Officer|Judge|Auntie's)\.?\b/;
/** Abbreviations that name services, not places ("the GP surgery", "the NHS"). */
const SERVICES = /^(?:Canva|Zoom|Teams|Slack|Excel|Outlook|Gmail|Instagram|Snapchat|Facebook|Discord|Roblox|Minecraft|Fortnite|Duolingo|Spotify|Netflix|Messenger|Google|Seesaw|Tapestry|ClassDojo|Moodle|Kahoot|GP|NHS|A&E|ER|ED|ICU|HSE|CAMHS|DSS|DWP|CPS|DCFS|DHS|VA|YMCA|YWCA|AA|NA|Al-Anon|SMART|CBT|DBT|PE|RE|IT|HR|Samaritans|Barnardos|Barnardo's|Barnardo’s|Childline|Lifeline|Beyond Blue|Beyondblue|Headspace|Kids Helpline|Papyrus|Pieta|Jigsaw|Relate|Cruse|Mencap|Tusla|Centrelink|Jobcentre|Jobcentre Plus|Kāinga Ora|Kainga Ora|Oranga Tamariki|Whaikaha|Te Whatu Ora|Work and Income|WINZ|Plunket)$/;
const PUBLIC_STREETS = new Set(['great ormond street', 'wall street', 'downing street', 'sesame street', 'coronation street', 'fleet street', 'harley street', 'baker street', 'abbey road', 'penny lane', 'fifth avenue', 'madison avenue', 'pennsylvania avenue', 'park lane', 'oxford street', 'bourbon street', 'easy street', 'carnaby street', 'electric avenue', 'main street usa', 'grafton street', "o'connell street", 'princes street', 'george street', 'high street', 'queen street', 'king street', 'market street', 'church street', 'station road', 'broad street']);
/**
 * Streets famous for their history, music or sights: "the blues were born on Beale Street". Talked about
 * with no one in the sentence they are history; "her dad lived on Vilakazi Street" is still someone's home.
 */
const FAMOUS_STREETS = new Set(['beale street', 'auburn avenue', 'vilakazi street', 'lombard street', 'haight street', 'sunset boulevard', 'hollywood boulevard', 'rodeo drive', 'lenox avenue', 'bleecker street', 'canal street', 'michigan avenue', 'savile row', 'bond street', 'portobello road', 'brick lane', 'mathew street', 'lime street', 'shankill road', 'falls road', 'sauchiehall street', 'lygon street', 'royal mile', 'bay street', 'yonge street', 'sweet auburn', 'music row', 'tin pan alley', 'route 66']);
const VENUES = /\b(?:Convention|Conference|Exhibition|Hotel|Airport|Stadium|Arena|Museum|Gallery|Theatre|Theater|Cathedral|Parliament|Capitol|White House)\b/;
const PUBLIC_PLACES = /\b(?:University|Parliament|Congress|Senate|Capitol|White House|Supreme Court|United Nations|Department|Ministry|Council|Society|Association|Institute|Foundation|Trust|Board|Commission|Agency|Royal College|College of|Service|NHS|Press|Books|Publishing|Times|Post|News|Radio|Television|TV|Church of|Museum|Gallery|Library|Theatre|Theater|Cathedral|Stadium|Arena|Convention|Conference|Exhibition|Hotel|Airport|Station|Centre for|Center for|Works|Anonymous|Party|Church|Network|Alliance|Coalition|Union|Federation|Partnership|Project|Initiative|Campaign|Charity|Group)\b/;

/** A funeral, a burial or a cremation told in the sentence: "the funeral was at Thornhill Crematorium". */
const BURIAL_TOLD = /\b(?:funerals?|buried|burial|cremated|cremation|laid\s+to\s+rest|ashes|grave|headstone|committal|interred)\b/i;
/** Someone belongs to a congregation: "a member of", "the imam at". */
const WORSHIP_BEFORE = /\b(?:member|members|congregation|pastor|imam|priest|minister|vicar|rabbi|granthi|youth group|choir|worships?|worshipped|prays?|prayed|services?|mass|fellowship)\b[^.!?\n]{0,20}\b(?:of|at|in)[ \u00a0]+(?:the[ \u00a0]+)?$/i;
/** Bodies and cathedrals: a denomination or a landmark, not one small congregation. */
const PUBLIC_WORSHIP = /\b(?:Church of|Cathedral|Basilica|Abbey|Minster|Council|Union|Conference|Synod|Diocese|Archdiocese|Society|Association|Town Hall|City Hall|Carnegie Hall|Albert Hall|Festival Hall|Music Hall|Concert Hall|Hall of Fame|Dance Hall)\b/;

/** A person lives, comes from or is found there. */
const STRONG_BEFORE = /(?:\b(?:lives?|living|lived|moved|moving|move|grew up|raised|born|based|settled|treated|admitted|discharged|detained|sectioned|rushed|relocated|stays?|staying|stayed|home|house|flat|farm|property|cottage|caravan|trailer|village|town|townland|hamlet|parish|suburb|estate|reserve|community|croft|station|outport|settlement|township|rancheria|pueblo|homestead|ranch|smallholding|bungalow|cabin|bach|shack|(?:[a-z]+['’]s|own|little|small|family|their|his|her) place|rehomed|placed|found|walked|drove|driving|commute[sd]?|visit|visits|visiting|visited|girl|boy|man|woman|family|lad|lass|kid|child|teenager|resident|residents|crofter|crofters|crofting|fisherman|fishermen|farmer|shepherd|islander|islanders)\b[^.!?\n]{0,30}?\b(?:in|to|from|outside|near|on|of|at|past|into)\s+|\bthe only [a-z]+(?: [a-z]+)? (?:in|on|at)\s+|\b(?:just|right|(?:a|an)\s+(?:bit|little|few\s+(?:miles|kilometres|kilometers|km|k))|(?:\w+|\d+)\s+(?:miles|kilometres|kilometers|km|minutes|mins|hours?))\s+out\s+of\s+|\b(?:just|right|(?:a|an)\s+(?:bit|little|mile|few\s+(?:miles|kilometres|kilometers|km|k))|(?:\w+|\d+)\s+(?:miles|kilometres|kilometers|km|minutes|mins))\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+|\b(?:the\s+)?(?:far|other|top|bottom|north|south|east|west|northern|southern)\s+(?:end|tip|side)\s+of\s+(?:the\s+)?|\b(?:outside|near|above|up above|high above|below|down below|out past|past|beyond|out beyond|out by|over by|up by|down by|out in|up in|down in|over in|back in|back to|from|out at|up at|down at|out near|up near|down near)\s+|\b(?:road|roads|track|lane|bus|ferry|ferries|boat|boats|crossing|causeway|turn-?off|turning|way|drive|miles)\s+(?:to|from|into|out of|out to|past|toward|towards|outside|beyond|between)\s+|\b(?:bridge|causeway|ferry|ferries|boat|boats|launch|water[ \u00a0]taxi|mail[ \u00a0]boat|rows?|rowed|rowing|sails?|sailed|paddles?|paddled|cross(?:es|ed|ing)?(?:[ \u00a0]+the[ \u00a0]+(?:bridge|causeway|sound|strait|water|bar|ford))?)\s+(?:across|over|out|back)?\s*(?:to|into|onto)\s+|\b(?:sheep|cattle|cows|goats|ponies|crofts?)\s+on\s+|\b(?:fish(?:es|ed|ing)?|lobster(?:s|ed|ing)?|creel(?:s|ed|ing)?)\s+(?:off|out of|from|around)\s+|\b(?:works?|worked|working|sails?|sailed|operates?|operated|based|drives?|drove|trucks?|trucking)\s+out\s+of\s+|\b(?:the|a|an|her|his|their)\s+(?:(?:only|local|little|one)\s+)?(?:clinic|surgery|practice|pub|shop|school|store|church|chapel|hall|pharmacy|chemist|drugstore|drug store|grocery(?: store)?|corner store|feed store|hardware store|diner|salon|bakery|laundromat|deli|post office|garage|mart|cemetery|graveyard|library|marae|mosque|nursery|creche|crèche|kindergarten|pool|rink|petrol station|gas station|fire station|police station|community centre|community center)\s+(?:in|at|outside|near)\s+)$/i;
/** "Fernhollow Pharmacy in Tillbury", "the Millrace Drug Store outside Ashby": a local shop, then the town it serves. */
const SHOP_IN_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}'’-]*[ \u00a0](?:${SHOP_WORDS}|Drugs|Pharmacy|Chemists?|Stores?|Bakery|Diner|Caf[eé]|Salon|Barbers|Hardware|Garage|Mart|Motors|Supplies|Feeds|Butchers)[ \u00a0]+(?:in|outside|near|out[ \u00a0]+past)[ \u00a0]+$`, 'u');
/** "her aunt in Dunkineely", "his cousins up in": a relative or friend, then where they live. */
const RELATIVE_IN = /\b(?:aunt|auntie|aunty|uncles?|cousins?|nan|nana|nanna|gran|granny|grandma|grandmother|grandfather|grandad|granddad|grandparents|sisters?|brothers?|mum|mom|mam|dad|mother|father|parents|stepdad|stepmum|stepmom|sons?|daughters?|nieces?|nephews?|in-laws|relatives|rellies|friends?|neighbours?|neighbors?|ex|boyfriend|girlfriend|husband|wife|partner|godmother|godfather)(?:['’]s)?[ \u00a0]+(?:(?:up|down|out|over|back)[ \u00a0]+)?(?:in|from|near|outside)[ \u00a0]+$/i;
/** A capitalised word or two, then "in" or "from": "Tom Breen in Ballyvourney", "thanks to Aoife from". */
const NAME_IN = /(?<![\p{L}'’])(?:(\p{Lu}[\p{L}'’-]+)[ \u00a0]+)?(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(?:in|from|near|outside)[ \u00a0]+$/u;

/** "She left Inishbofin at sixteen", "he left Kilkee for good": the place someone grew up and left. */
function leftHome(ctx: DetectContext, phrase: Phrase, before: string): boolean {
  const { text } = ctx;
  if (!/\b(?:left|leaving|leaves|leave)[ \u00a0]+$/i.test(before)) return false;
  const sentence = sentenceOf(text, phrase.start);
  // "You weren't going to leave Ōpōtiki to die in a city": the town someone will not leave is home.
  if (REFUSED_TO_LEAVE.test(before)) return SOMEONE.test(sentence) || (/\b[Yy]ou\b/.test(sentence) && addressesOnePerson(ctx));
  return /^[ \u00a0]+(?:at[ \u00a0]+(?:\d|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)|aged|when[ \u00a0]+(?:she|he|they)|for[ \u00a0]+good|behind|as[ \u00a0]+a[ \u00a0]+(?:girl|boy|child|teenager))\b/i.test(text.slice(phrase.end, phrase.end + 30))
    && SOMEONE.test(sentence);
}

const REFUSED_TO_LEAVE = /(?:\bnever|\bnot|n['’]t|\brefused[ \u00a0]+to|\brefusing[ \u00a0]+to)[ \u00a0]+(?:(?:going|want|wanting|willing|about|ready)[ \u00a0]+to[ \u00a0]+)?(?:leave|left)[ \u00a0]+$/i;

/** A private person named just before: the place is where that person lives, as surely as "lives in". */
function personLivesThere(text: string, at: number, tags: TermTags): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (RELATIVE_IN.test(before)) return true;
  const name = NAME_IN.exec(before);
  if (!name) return false;
  const [, first, last] = name;
  const lastTags = tags.get(at - before.length + name.index + name[0].lastIndexOf(last));
  if (LEADING.has(last.toLowerCase()) || PERSON_TITLES.test(last)) return false;
  if (lastTags?.has('Person')) return true;
  // "Wade Cardinal in": an unknown surname is a person's when a given name comes before it.
  const firstTags = first ? tags.get(at - before.length + name.index) : undefined;
  const givenFirst = !!first && (firstTags?.has('FirstName') || isGivenName(first)) && !LEADING.has(first.toLowerCase()) && !PERSON_TITLES.test(first);
  return (isGivenName(last) || givenFirst) && !lastTags?.has('Place');
}

/**
 * "Our station serves Arviat", "the clinic covers Naujaat and two outstations", "the plane flies into
 * Kugaaruk": a remote community named as the one a service looks after, and so where its clients live.
 * Later names in the same list count too ("serves Arviat, Whale Cove and ...").
 */
const SERVED_BEFORE = new RegExp(String.raw`\b(?:[Cc]linic|[Ss]tation|[Ss]ervice|[Tt]eam|[Pp]ractice|[Ss]urgery|[Nn]urses?|[Dd]octors?|GPs?|[Ww]e|[Oo]ur|I|[Hh]ospital|ambulance|planes?|flights?|helicopter|ferry|bus|round|patch|run|route|school|outreach|office|centre|center|post|mission|pharmacy|police|detachment|unit|crew|program|programme|midwives)\b[^.!?\n]{0,40}?\b(?:serves?|serving|served|covers?|covering|covered|(?:flies|fly|flew|flying|flown)[ \u00a0]+(?:in(?:to)?|out[ \u00a0]+to)|(?:runs?|ran|running|based|works?|working|operates?|operating)[ \u00a0]+out[ \u00a0]+of)[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:communit(?:y|ies)|settlements?|villages?|towns?|hamlets?|outstations?|reserves?)[ \u00a0]+of[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*)*(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+))*$`, 'u');

function communityServed(text: string, phrase: Phrase): boolean {
  // A regional town a plane flies into serves a whole district; only a small place is the community itself.
  return SERVED_BEFORE.test(text.slice(Math.max(0, phrase.start - 120), phrase.start)) && (populationOf(phrase.text) ?? 0) < HOSPITAL_TOWN;
}

/** Someone works, studies or trains there. */
const WORK_BEFORE = /\b(?:attends|attended|attending|joined|expelled from|excluded from)\s+$|\b(?:works?|working|worked|job|jobs|shifts?|nights|days|weekends|employed|apprentice(?:ship)?|placement|volunteers?|volunteering|trains|training|plays|enrolled|pupil|student|grader|year \d+|grade \d+|class|back|started|starting|attends?|attending|goes|went|transferred|run|runs|ran|owns?|owned|manages?|managed|drives? for|cleans?|cleaner)\b[^.!?\n]{0,25}?\b(?:at|for|in|to|with|on)\s+(?:the\s+)?$/i;
const LEFT_SCHOOL_BEFORE = /\b(?:left|leaving|leaves|graduated\s+from|dropped\s+out\s+of|finished\s+at)\s+$/i;
/** Any preposition of place right before the name. */
const WEAK_BEFORE = /\b(?:in|at|to|from|near|outside|past|into|around|towards?|round|via|on)\s+(?:the\s+)?$/i;

interface Phrase { start: number; end: number; text: string; words: string[] }

export const location: Recognizer = {
  id: 'location',
  category: 'location',
  description: 'Small towns, streets, schools, wards, care homes, hospitals and workplaces that point at a person',
  detect(ctx) {
    const known = ctx.termTags();
    const out: Candidate[] = [];
    for (const phrase of properPhrases(ctx.text, known)) {
      const found = classify(ctx, phrase, known);
      if (found) out.push(found);
    }
    return mentionedAgain(ctx, famousVenues(ctx, publicTalk(ctx, dedupe(withTheirTowns(ctx, [...saints(ctx), ...townsByTheirAmenities(ctx), ...localEvents(ctx), ...wardsAndRooms(ctx), ...unitsAtHospitals(ctx), ...workplacesAfterName(ctx), ...plantsByProduct(ctx, out.some((c) => c.severity === 'medium')), ...pubs(ctx), ...pubsByName(ctx), ...pubsByOwner(ctx), ...schoolsAndHomesByContext(ctx), ...vessels(ctx), ...busRoutes(ctx), ...watersNearHome(ctx), ...namedHouses(ctx), ...namedSettlements(ctx), ...firstNations(ctx), ...shopsOnStreets(ctx), ...settlementSections(ctx), ...lodgings(ctx), ...congregationsByNoun(ctx), ...facilitiesByNoun(ctx), ...placesWithOnlyOne(ctx), ...townTags(ctx), ...placesInPeopleTables(ctx), ...housingBlocks(ctx), ...pastoralStations(ctx), ...localTeams(ctx), ...out, ...neighbourhoodsByDwelling(ctx), ...schoolsNamedKindFirst(ctx), ...placesInRowLabels(ctx), ...namedCourts(ctx), ...localHotels(ctx), ...pinnedWorkplaces(ctx), ...numberedBranches(ctx), ...homesByStreet(ctx)])))));
  },
};

/**
 * "She lives at Kestrel Court. ... the drying room of Kestrel Court is locked": once a post ties a
 * place to someone, every mention of it points at them, though the later ones say nothing of her.
 */
function mentionedAgain(ctx: DetectContext, candidates: Candidate[]): Candidate[] {
  const out = [...candidates];
  const named = new Map<string, Candidate>();
  for (const c of candidates) {
    const text = ctx.text.slice(c.start, c.end);
    if (c.severity !== 'low' && /^\p{Lu}/u.test(text) && !named.has(text)) named.set(text, c);
  }
  for (const [text, first] of named) {
    for (const m of mentionsOf(ctx.text, text)) {
      const end = m.index + m[0].length;
      // "the episode where Connell talks to the counsellor": a name that talks is a person there, whatever the place.
      if (out.some((c) => c.start < end && m.index < c.end) || partOfLongerName(ctx.text, m.index, end) || PERSON_ACTS_AFTER.test(ctx.text.slice(end, end + 20))) continue;
      out.push({ ...first, start: m.index, end });
    }
  }
  return out;
}

const PERSON_ACTS_AFTER = /^[ \u00a0]+(?:talks|talked|says|said|tells|told|asks|asked|cries|cried|laughs|laughed|smiles|smiled|wants|wanted|thinks|thought|feels|felt|knows|knew)\b/;

/** "Perth and Kinross", "Kinross Road": the name inside a longer one is another place. */
function partOfLongerName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30));
  return [before, after].some((m) => m !== null && !LEADING.has(m[1].toLowerCase()) && !/^I(?:['’]|$)/.test(m[1]));
}

/** Lower-cased words that compromise knows as names of people, dates or ordinary vocabulary. */

/** compromise's tags by term start offset, shared with the other rules through the context. */
type TermTags = TermTagger;

function* properPhrases(text: string, tags: TermTags): Generator<Phrase> {
  for (const m of matchesOf(text, PROPER)) {
    let start = m.index;
    let words = m[0].split(/[ \u00a0]+/);
    // Drop function words and a sentence-initial ordinary word ("Most", "Walking") from the front.
    while (words.length && (LEADING.has(words[0].toLowerCase()) || (words.length > 0 && atSentenceStart(text, start) && (ORDINARY_OPENERS.has(words[0].toLowerCase().replace('’', "'")) || isOrdinaryWord(tags.get(start))) && !townNotWord(words[0]) && !describedAsPlace(text, words, m.index + m[0].length) && !coinedNameBeforeHead(words) && !prefixedIsland(words)))) {
      start += words[0].length + 1;
      words = words.slice(1);
    }
    // "as a midwife in Sheffield I see ...": the pronoun after a place is the writer, not part of its name.
    let end = m.index + m[0].length;
    while (words.length > 1 && /^I(?:['’]\p{L}+)?$/u.test(words[words.length - 1])) end -= words.pop()!.length + 1;
    // "in P5": one capital letter is a code, never a place.
    if (!words.length || (words.length === 1 && words[0].length === 1)) continue;
    yield { start, end, text: text.slice(start, end), words };
  }
  // "on 82nd Avenue", "under the 5th Street bridge": American streets are numbered, not named.
  for (const m of matchesOf(text, NUMBERED_STREET)) yield { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/[ \u00a0]+/) };
}

const NUMBERED_STREET = /(?<![\p{L}\p{N}.,])\d{1,3}(?:st|nd|rd|th)[ \u00a0](?:Street|Avenue|Road|Place|Terrace|Way|Drive|Lane|Boulevard|(?:Ave|St|Rd|Blvd)(?!\p{L}))/gu;

/** "Great Mercury Island was home": a place prefix opening a sentence belongs to the island's name. */
function prefixedIsland(words: string[]): boolean {
  return words.length > 2 && PLACE_PREFIX.test(words[0]) && ISLAND_HEAD.test(words[words.length - 1]);
}

/** "Fernhollow Pharmacy in Tillbury closes at six": a word no dictionary knows, opening a sentence before a place's head word, is its name. */
function coinedNameBeforeHead(words: string[]): boolean {
  return words.length > 1 && !allDictionaryWords([words[0]]) && !inLexicon(words[0]) && headKind(words) !== undefined;
}

/** "Carrowbeg, a village of 300, ...": one word no dictionary knows, described as a place right after. */
function describedAsPlace(text: string, words: string[], end: number): boolean {
  dictionary ??= dataSet('words/english.txt');
  return words.length === 1 && !dictionary.has(words[0].toLowerCase()) && !inLexicon(words[0]) && APPOSITION_AFTER.test(text.slice(end, end + 50));
}

/** "Ellesmere, a village of ...": a town's name opening a sentence, which no dictionary knows as a word. */
function townNotWord(word: string): boolean {
  dictionary ??= dataSet('words/english.txt');
  return populationOf(word) !== undefined && !dictionary.has(word.toLowerCase()) && !inLexicon(word);
}

function atSentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:"“”(\n#*>|-])\s*$/.test(before);
}

function isOrdinaryWord(tags: ReadonlySet<string> | undefined): boolean {
  if (!tags) return false;
  return !tags.has('ProperNoun') || ['Verb', 'Adjective', 'Adverb', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Date', 'Value', 'QuestionWord', 'Expression'].some((t) => tags.has(t));
}

function isPersonOrDate(tags: ReadonlySet<string> | undefined): boolean {
  return !!tags && ['Person', 'FirstName', 'LastName', 'Honorific', 'Date', 'Month', 'WeekDay', 'Pronoun', 'Value', 'Organization'].some((t) => tags.has(t));
}

/** Afrikaans, Dutch and German write the kind into one word: "the Volkskool", "the Grootkerk", "die Hoërskool". */
const COMPOUND_HEAD = /^\p{Lu}\p{Ll}{2,}(skool|kerk|kirche|schule|school)$/u;

function headKind(words: string[]): { kind: Kind; head: string } | undefined {
  const compound = words.length === 1 ? COMPOUND_HEAD.exec(words[0]) : null;
  if (compound) return { kind: /^k/.test(compound[1]) ? 'worship' : 'school', head: compound[1] };
  for (const span of [3, 2, 1]) {
    if (words.length <= span - 1) continue;
    const head = words.slice(-span).join(' ');
    // A head alone ("Street", "College", "the Community Garden") is not a name.
    if (words.length === span) continue;
    for (const [kind, re] of HEADS) if (re.test(head)) return { kind, head };
  }
  return undefined;
}

/** The population of the big city a compass word qualifies ("South Auckland", "North East Glasgow"). */
function cityQuarter(phrase: Phrase): number | undefined {
  const compass = /^(?:(?:North|South|East|West|Central|Inner|Outer|Greater)[ \u00a0-]+){1,2}/.exec(phrase.text);
  // A town named with the compass word ("North Berwick", "West Kirby") is its own place.
  if (!compass || populationOf(phrase.text) !== undefined) return undefined;
  const population = populationOf(phrase.text.slice(compass[0].length));
  return population !== undefined && population >= CITY_POPULATION ? population : undefined;
}

/** Street names found in most towns: a named building on one ("the primary school on Church Street") is one place. */
const COMMON_STREETS = new Set(['high street', 'queen street', 'king street', 'market street', 'church street', 'station road', 'broad street', 'george street', 'mill lane', 'park lane']);
const BUILDING_ON = /\bthe[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:school|house|flat|flats|home|shop|chemist|pharmacy|pub|church|chapel|mosque|masjid|temple|gurdwara|mandir|synagogue|shul|marae|kingdom[ \u00a0]+hall|meeting[ \u00a0]+house|surgery|clinic|bungalow|cottage|caf[eé]|garage|bakery|hostel|nursery|library|practice)[ \u00a0]+(?:on|in|off|along)[ \u00a0]+$/i;

function buildingOnCommonStreet(lower: string, before: string): boolean {
  return COMMON_STREETS.has(lower) && BUILDING_ON.test(before);
}

/**
 * "Mount Zion Free Methodist Church runs the pantry she relies on", "Elm Park Middle has called his
 * mum in": a congregation or a school named in full, as the subject of a sentence about someone.
 * One-word names before a plain head ("Stuart Hall") stay with the general rule.
 */
function namedBesideSomeone(text: string, phrase: Phrase, head: { kind: Kind; head: string }): boolean {
  const nameWords = phrase.words.length - head.head.split(' ').length;
  const full = head.kind === 'worship' ? (head.head === 'Hall' ? nameWords >= 2 : nameWords >= 1 && phrase.words.length >= 3)
    : head.kind === 'school' && nameWords >= 2;
  return full && SOMEONE.test(sentenceOf(text, phrase.start));
}

const HOME_VERB_BEFORE = /\b(?:lives?|living|lived|grew[ \u00a0]+up|raised|born|moved)[ \u00a0]+(?:(?:out|up|down|over|back)[ \u00a0]+)?(?:in|at|to|near|outside)[ \u00a0]+$/i;

/** A patient arrives or lies somewhere: what follows is a hospital or unit, whether or not it says so. */
const PATIENT_BEFORE = /\b(?:admitted|born|delivered|transferred|blue-?lighted|airlifted|rushed|discharged)[ \u00a0]+(?:(?:back|straight|over|across|up|down)[ \u00a0]+)?(?:to|at|into|in|from)[ \u00a0]+$|\b(?:she|he|they|baby|mum|dad)(?:['’]s|['’]re|[ \u00a0]+(?:is|was|are|were))[ \u00a0]+(?:still[ \u00a0]+|now[ \u00a0]+|back[ \u00a0]+)?in[ \u00a0]+$/i;

/** A clinician named by role, then "at": what follows is where they treat someone. */
const CLINICIAN_AT = /\b(?:the|her|his|their|baby['’]s)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:paediatrician|pediatrician|consultant|registrar|surgeon|obstetrician|oncologist|cardiologist|neurologist|psychiatrist|specialist|midwives|physios?|dietitian|neonatologist|haematologist|hematologist|endocrinologist|gastroenterologist|rheumatologist)s?[ \u00a0]+(?:at|from)[ \u00a0]+$/i;

/** Street words a house takes its name from: "Wattle Street House", "Mill Road Lodge". */
const HOUSE_STREET = /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Crescent|Terrace|Close|Way|Grove|Place|Parade)$/;
const HOUSE_KIND = /^(?:House|Lodge|Court|Cottage|Cottages|Villa|Villas|Hostel|Home)$/;

function houseNamedForStreet(words: string[]): boolean {
  const n = words.length;
  return n >= 3 && HOUSE_KIND.test(words[n - 1]) && HOUSE_STREET.test(words[n - 2]) && !GENERIC.test(words[n - 3]);
}

/** At or below this many people a town named as a client's home narrows them down, even where the town is called a city. */
const HOME_TOWN_POPULATION = 100_000;
/** A client's home, a discharge or a move: "an apartment on X Avenue in", "discharged from the hospital in", "moved to". */
const CLIENT_HOME_BEFORE = /\b(?:lives?|living|lived|grew[ \u00a0]+up|raised|brought[ \u00a0]+up|born|moved|moving|relocated|rehoused|discharged|house|home|flat|apartment|bedsit|unit|trailer|farm|ranch|croft|address|rents?|rented|renting)\b[^.!?\n]{0,40}?\b(?:in|to|from|at|near|outside)[ \u00a0]+$/i;

function homeTown(phrase: Phrase, population: number): Candidate {
  return { ...town(phrase, undefined), message: `"${phrase.text}" is a town of about ${round(population)} people, named as where someone lives: with another detail it narrows them down` };
}

/** "the NHS began in", "the union was founded in": a public body's or event's history, not a person's. */
const HISTORY_BEFORE = /\b(?:began|begun|founded|started|originated|invented|opened|signed|fought|took[ \u00a0]+place|happened)[ \u00a0]+(?:(?:here|there)[ \u00a0]+)?(?:in|at)[ \u00a0]+$/i;
const HISTORY_SUBJECT = /(?:\b[A-Z]{2,6}|\b(?:[Mm]ovement|[Ss]ervice|[Ss]trike|[Uu]nion|[Rr]iots?|[Rr]evolution|[Ww]ar|[Bb]attle|[Tt]reaty|[Uu]prising|[Rr]ising|[Ff]amine|[Mm]assacre|[Ff]estival|[Tt]radition|[Rr]evival|[Cc]ampaign|[Pp]rotests?|[Mm]arch|[Ll]eague|[Rr]ailway|[Ss]cheme|[Cc]ompany|[Ii]ndustry|[Ww]elfare[ \u00a0]+[Ss]tate|[Cc]harity|[Ss]ociety|[Pp]arty)|\b(?:[Ii]t|[Ii]t all))[ \u00a0]+(?:(?:was|were|first|all)[ \u00a0]+)?$/;

function historicalFact(text: string, phrase: Phrase, before: string): boolean {
  const verb = HISTORY_BEFORE.exec(before);
  if (!verb) return false;
  const clause = clauseBefore(text, phrase.start);
  const subject = clause.slice(0, clause.length - verb[0].length);
  return HISTORY_SUBJECT.test(subject) && !PERSON_IN_STORY.test(sentenceOf(text, phrase.start));
}

/** Someone the blogger works with, or their family, in a sentence. */
const PERSON_IN_STORY = new RegExp(String.raw`\b(?:${words(THIRD_PERSON, CLOSE_FAMILY)}|client|clients|patient|patients|family|child|kid|teenager|my[ \u00a0]+\w+)\b`, 'i');

const SMALL_COMMUNITY = /\b(?:only|tiny|small|little|remote|isolated|everyone knows|everybody knows|handful|few hundred|couple of hundred|one shop|one school)\b/i;

/** "the only young person in the Crowsnest Pass", "she grew up in the Elk Valley": a valley's community, as someone's home. */
function livesInValley(text: string, phrase: Phrase, before: string): boolean {
  const bare = before.replace(/\bthe[ \u00a0]+$/i, '');
  const onlyOne = /\bthe[ \u00a0]+only[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:in|on|at)[ \u00a0]+$/i.test(bare);
  // A valley of many towns ("lives in the Hunter Valley") is a region; one said to be small or remote is a community.
  return (onlyOne || (HOME_VERB_BEFORE.test(bare) && SMALL_COMMUNITY.test(paragraphAround(text, phrase.start))))
    && !/^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Great|Inner|Outer)$/.test(phrase.words[0])
    && !authorsOwn(text, phrase.start);
}

function classify(ctx: DetectContext, phrase: Phrase, tags: TermTags): Candidate | undefined {
  const { text } = ctx;
  const lower = phrase.text.toLowerCase();
  if (ctx.aliases.has(lower) || ctx.config.allowedPlaces.some((p) => p.toLowerCase() === lower)) return undefined;
  const before = text.slice(Math.max(0, phrase.start - 60), phrase.start);
  const strong = STRONG_BEFORE.test(before) || SHOP_IN_BEFORE.test(before) || leftHome(ctx, phrase, before) || SETTLEMENT_SERVICE_BEFORE.test(before) || personLivesThere(text, phrase.start, tags) || communityServed(text, phrase) || incidentThere(text, phrase, before) || APPOSITION_BEFORE.test(before) || APPOSITION_AFTER.test(text.slice(phrase.end, phrase.end + 50)) || LIVED_THERE_AFTER.test(text.slice(phrase.end, phrase.end + 50));
  // "lives on the Carrow Creek Reservation": an article is fine before a named kind of place, not before a bare name.
  const strongThe = strong || STRONG_BEFORE.test(before.replace(/\bthe\s+$/i, ''));
  const work = WORK_BEFORE.test(before);
  // "The book is set in Narnia", "filmed in Wicklow": a story's setting, not where anyone lives.
  if (/\b(?:set|filmed|shot|takes place)[ \u00a0]+in[ \u00a0]+$/i.test(before)) return undefined;
  // "every year To Kill a Mockingbird is on the list": a capitalised "To" mid-sentence opens a title, not a journey.
  if (/\S[ \u00a0]+To[ \u00a0]+$/u.test(before) && !/[.!?:]["”’)]?[ \u00a0]+To[ \u00a0]+$/u.test(before)) return undefined;
  if (ownHoliday(sentenceOf(text, phrase.start))) return ownPlace(phrase);
  // "walked out of Crown Court", "the Family Court": a kind of court, with no place in its name.
  if (KIND_OF_COURT.test(phrase.text)) return undefined;
  const weak = WEAK_BEFORE.test(before);
  const venue = nearVenue(text, phrase);
  const firstTags = tags.get(phrase.start);

  // Schools named the Irish, Welsh or French way put the kind first: "Scoil Mhuire", "Ysgol Glan Conwy".
  if (SCHOOL_PREFIX.test(phrase.words[0]) && phrase.words.length > 1 && !venue) return onlyKindOfSchool(phrase.words) ? undefined : place(phrase, 'school');
  if (FACILITY_PREFIX.test(phrase.words[0]) && phrase.words.length > 1) return place(phrase, 'facility');
  if (islandNamedKindFirst(phrase)) return isBroadRegion(phrase.text) || !(strongThe || work) ? undefined : place(phrase, 'landmark');
  if (namedRegion(phrase, before)) return livesInValley(text, phrase, before) ? place(phrase, 'landmark') : region(phrase);
  if (organisationOfACountry(phrase)) return undefined;
  // "Greater Mount Calvary Church of God in Christ": a congregation named before its denomination.
  const congregation = NAMED_BEFORE_DENOMINATION.exec(phrase.text);
  if (congregation && !congregation[1].split(' ').every((w) => GENERIC.test(w)) && (SOMEONE.test(sentenceOf(text, phrase.start)) || WORSHIP_BEFORE.test(before) || work)) {
    const more = /^[ \u00a0]+in[ \u00a0]+Christ\b/.exec(text.slice(phrase.end, phrase.end + 12));
    const end = phrase.end + (more ? more[0].length : 0);
    return place({ ...phrase, end, text: text.slice(phrase.start, end) }, 'worship');
  }
  // "Wattle Street House", "Kings Road Lodge": a group home or hostel named after its street.
  if (houseNamedForStreet(phrase.words)) return place(phrase, 'home');
  const head = headKind(phrase.words);
  // "the English Market", "the Italian Market": a market a whole city or its visitors go to.
  if (head && /^(?:Market|Markets|Quarter|Arcade|Bazaar)$/.test(head.head) && phrase.words.length === 2 && isBroadRegion(phrase.words[0])) {
    return note(phrase, `"${phrase.text}" is a public market or quarter that crowds visit: it says where an errand was, not where anyone lives`, NO_CLIENT_HINT);
  }
  // "the NHS began in Tredegar": a town named for what happened there in history, with no client in the sentence.
  if (historicalFact(text, phrase, before)) return note(phrase, `"${phrase.text}" is named for its history, with no client in the sentence: it points at no one you work with`, NO_CLIENT_HINT);
  if (professionalSide(text, phrase)) return note(phrase, `"${phrase.text}" is a city's or a county's side, followed by thousands: supporting it does not point at anyone`, 'Fine to keep; leave out a junior team or the local club someone plays for.');
  // "a job at the Meatworks", "laid off from the Mill": a kind of workplace, capitalised the way locals say it.
  if (phrase.words.length === 1 && HEADS.some(([kind, re]) => kind === 'workplace' && re.test(phrase.text))) return undefined;
  // "Hope Street Café" with "Hope" dropped at the sentence start: what is left is no name.
  if (phrase.words.length > 1 && HEADS.some(([kind, re]) => kind === 'street' && re.test(phrase.words[0]))) return undefined;
  // "I keep coming back to Yalom", "a model from Pennebaker": a cited author or thinker, not a place.
  // "faith in Christ", "in Heaven now": the divine and the hereafter are no one's address.
  if (publicNames(ctx.config).has(phrase.text) || citedAuthor(text, phrase) || DIVINE.test(phrase.text) || (isOrganisation(phrase.text) && !isChain(lower))) return undefined;
  if (CALENDAR.test(phrase.text) || HOLIDAY_END.test(phrase.text) || PERSON_TITLES.test(phrase.text) || SERVICES.test(phrase.text) || HOTELS.test(phrase.text) || isWatched(ctx, phrase.text)) return undefined;
  // "back at J.T. Hargreaves": initials and a surname after a school or work context name a school, not a person.
  if ((work || strong) && /^(?:\p{Lu}\.){1,3}[ \u00a0]?\p{Lu}\p{Ll}+$/u.test(phrase.text)) return place(phrase, 'school');
  // Before the head words: "Tesco Express" ends in one, yet is a brand with thousands of branches.
  if (isChain(lower)) {
    const next = /^[ \u00a0]+(on|in|by|at|near|off)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*)*)([ \u00a0]+\d)?/u.exec(text.slice(phrase.end, phrase.end + 40));
    // "the Tesco on Mill Road", "the Walgreens on Westheimer", "the Walmart on Route 9"; "Greggs on Minimum Wage",
    // "Costa on Saturday" name no branch.
    const branch = !!next && (next[1] !== 'on' || !!next[3] || headKind(next[2].split(/[ \u00a0]+/))?.kind === 'street' || bareStreetName(next[2]));
    // "works at Amazon" names one of a million jobs; "the Tesco on Quarry Lane" names one shop.
    // "I bought nappies at the Walmart on Route 9": an errand of the blogger's names no one's shop.
    return branch && (SOMEONE.test(sentenceOf(text, phrase.start)) || work) ? place(phrase, 'workplace') : undefined;
  }

  if (head && !(head.kind === 'club' || head.kind === 'workplace' ? PUBLIC_PLACES : head.kind === 'worship' ? PUBLIC_WORSHIP : VENUES).test(phrase.text) && !venue) {
    if (head.kind === 'street' && FAMOUS_STREETS.has(lower) && noClientIn(sentenceOf(text, phrase.start))) return note(phrase, `"${phrase.text}" is a famous street, talked about with no client in the sentence: it points at no one you work with`, NO_CLIENT_HINT);
    // "a lad from the Aylesham Estate": a housing estate is named with "the", like a reservation.
    const estate = head.head === 'Estate' && phrase.words.length > 1 && strongThe && !/^(?:Crown|National|Royal|Duchy|Industrial|Business|Trading|Retail)$/.test(phrase.words[0]);
    if (head.kind === 'street' && ((PUBLIC_STREETS.has(lower) && !buildingOnCommonStreet(lower, before)) || !streetContext(text, phrase, strong || work || estate))) return undefined;
    if (isBroadRegion(phrase.text) || HOTELS.test(phrase.text)) return undefined;
    // "the Cape Flats", "Palm Heights" the city: a landmark word in the name of a place of a city's size.
    const whole = head.kind === 'landmark' ? populationOf(phrase.text) : undefined;
    if (whole !== undefined && whole >= CITY_POPULATION) return town(phrase, whole);
    // "after leaving Tarrant High": a school someone left is as much theirs as one they attend.
    const leftSchool = head.kind === 'school' && LEFT_SCHOOL_BEFORE.test(before);
    if (head.kind === 'burial' && !BURIAL_TOLD.test(sentenceOf(text, phrase.start))) return undefined;
    if ((WEAK_HEADS.has(head.head) || head.kind === 'worship') && !(strong || work || weak || leftSchool || WORSHIP_BEFORE.test(before) || namedBesideSomeone(text, phrase, head) || WHERE_SOMEONE_AFTER.test(text.slice(phrase.end, phrase.end + 60)))) return undefined;
    // "Stuart Hall", "Charlotte Church", "Shirley Temple": a first name before a one-word head is a person,
    // unless the sentence says people worship there ("sings in the choir at Ebenezer Chapel").
    if (head.kind === 'worship' && phrase.words.length === 2 && !head.head.includes(' ') && isPersonOrDate(firstTags) && !WORSHIP_BEFORE.test(before)) return undefined;
    if (head.kind !== 'street' && isGenericName(phrase.words, head.head)) return undefined;
    if (head.kind === 'workplace' && plainTradeName(text, phrase, head.head) && !work) return undefined;
    if (head.kind === 'landmark' && !(strongThe || work || PERSON_FROM.test(before) || RELOCATED_BEFORE.test(before) || aboutSomeonesHome(text, phrase, before) || islandOfSomeone(text, phrase, head.head)) && populationOf(phrase.text) === undefined) return undefined;
    if (head.kind === 'landmark' && authorsOwn(text, phrase.start)) return workPlace(text, phrase, populationOf(phrase.text));
    if (head.kind === 'facility' && (cityHospital(phrase, head.head) || hospitalInCity(text, phrase, head.head))) return cityFacility(phrase);
    if (head.kind === 'facility' && HOSPITAL_HEAD.test(head.head) && hospitalAsService(text, phrase)) return note(phrase, `"${phrase.text}" is named as a hospital's service to everyone, with no one in particular in the sentence: it points at no one you work with`, NO_CLIENT_HINT);
    // "I trained at Westmead Hospital": where the blogger trained or worked, in a hospital of many staff.
    if (head.kind === 'facility' && HOSPITAL_HEAD.test(head.head) && (authorsOwn(text, phrase.start) || OUR_SERVICE.test(clauseBefore(text, phrase.start)))) return ownPlace(phrase);
    const shelter = head.kind === 'street' ? SHELTER_UNDER_STREET.exec(text.slice(phrase.end, phrase.end + 20)) : null;
    if (shelter) return place({ ...phrase, end: phrase.end + shelter[0].length, text: phrase.text + shelter[0] }, head.kind);
    return place(phrase, head.kind);
  }

  // "South Auckland", "East London": a part of a big city is still a big city's worth of people.
  const cityPart = cityQuarter(phrase);
  if (cityPart !== undefined) return town(phrase, cityPart);
  if (COUNTY.test(phrase.text)) return county(phrase);
  if (namedRegion(phrase, before)) return region(phrase);
  // "a ranch outside of Jordan, Montana": a name that is also a country or a person's, placed in a state, is a town.
  // "Jordan, Victoria and Sam" is a list of people: the state must close the list.
  const inState = /^,[ \u00a0]+(\p{Lu}\p{L}*(?:[ \u00a0]\p{Lu}\p{L}*)?)(?![ \u00a0]*(?:,|and\b|&|or\b))/u.exec(text.slice(phrase.end, phrase.end + 30));
  if (inState && (strong || work || weak) && isBroadRegion(inState[1]) && !isCountry(inState[1]) && !isBroadRegion(`${phrase.text} ${inState[1]}`) && (isBroadRegion(phrase.text) || isGivenName(phrase.words[0])) && !SOMEONE_NAMED_BEFORE.test(before)) {
    return town(phrase, populationHere(text, phrase.text));
  }
  // "Church Stretton", "Chapel St Leonards": a town the gazetteer knows, whatever word it starts with.
  // "Wirrilla Downs, a cattle station": a name shaped like a landscape ("the Darling Downs"), said to be one holding.
  const oneHolding = phrase.words.length > 1 && APPOSITION_AFTER.test(text.slice(phrase.end, phrase.end + 50)) && !isCountry(phrase.text);
  if ((isBroadRegion(phrase.text) && !oneHolding) || (PUBLIC_PLACES.test(phrase.text) && !(populationOf(phrase.text) !== undefined && !PUBLIC_PLACES.test(phrase.words[phrase.words.length - 1])))) return undefined;
  // Where someone lives or comes from, the namesake in the post's own country is the one meant.
  const population = strong ? populationHere(text, phrase.text) : populationOf(phrase.text);
  if (population !== undefined) {
    const single = phrase.words.length === 1;
    if (single && !(strong || work || weak || followedByRegion(text, phrase.end))) return undefined;
    if (single && !strong && (inLexicon(phrase.text) || looksLikeOrdinary(phrase, tags, text))) return undefined;
    if (single && isPersonOrDate(firstTags) && !strong) return undefined;
    // "trained at the Tavistock": a town's name with an article is an institution named after it.
    if (single && /\bthe[ \u00a0]+$/i.test(before)) return undefined;
    if (venue && population >= CITY_POPULATION) return undefined;
    // "I work out of Broome", "our team in Wick", "the hospital in Tralee takes our referrals": the blogger's
    // base, or the town a service is in, with no client in the sentence.
    if (population >= SMALL_PRACTICE_TOWN && !SOMEONE.test(sentenceOf(text, phrase.start))) {
      // "My colleague from Ballymena sent me this": a fellow professional's town, not a client's.
      if (COLLEAGUE_BEFORE.test(before)) return note(phrase, `"${phrase.text}" (about ${round(population)} people) reads as a colleague's town, with no client in the sentence`, 'Fine to keep; add it to `allowedPlaces` to silence this note.');
      if (OWN_BASE.test(clauseBefore(text, phrase.start)) && !OTHERS.test(clauseBefore(text, phrase.start))) return workPlace(text, phrase, population);
      if (SERVICE_IN_BEFORE.test(before)) return serviceTown(phrase, population);
      // "I caught the last ferry from Oban": the blogger's own journey to or from the town the service runs from.
      if (OWN_JOURNEY.test(clauseBefore(text, phrase.start))) return ownPlace(phrase);
    }
    // "We stopped in Gundagai for lunch", "my first placement was in Ballina": the blogger's own trip or past,
    // in a paragraph with no one else in it.
    if (bloggersOwnStory(text, phrase.start)) return ownPlace(phrase);
    // "I'm a nurse in Whitehorse": a regional centre where the blogger works has too many people to point at a client.
    if (population >= OWN_WORK_TOWN && OWN_WORK.test(clauseBefore(text, phrase.start)) && authorsOwn(text, phrase.start)) return ownPlace(phrase);
    if (byline(text, phrase.start)) return workPlace(text, phrase, population);
    if (serviceDestination(before) && !strong) return undefined;
    // "treated in Dumfries", "her scans are in Tralee": a hospital town serves a whole district.
    if (population >= HOSPITAL_TOWN && TREATED_BEFORE.test(before) && !LIVES_BEFORE.test(before)) return undefined;
    // "drove her to Dubbo for dialysis", "her oncologist is in Inverness": a regional town people are sent to.
    if (population >= HUB_POPULATION && careHub(text, phrase, before)) return hub(phrase, population);
    // "spent five weeks in Crumlin with a chest infection": a stay for an illness names the hospital's town.
    if (STAY_BEFORE.test(before) && ILLNESS_AFTER.test(text.slice(phrase.end, phrase.end + 40)) && !LIVES_BEFORE.test(before)) return undefined;
    // "a two-bedroom apartment on Cedar Avenue in Eagan": a town of tens of thousands, given as a client's home, narrows them down.
    if (population >= CITY_POPULATION && population < HOME_TOWN_POPULATION && CLIENT_HOME_BEFORE.test(before) && (SOMEONE.test(sentenceOf(text, phrase.start)) || /\bborn\b/i.test(before)) && !authorsOwn(text, phrase.start)) return homeTown(phrase, population);
    return town(phrase, population);
  }

  // Unknown to the gazetteer: a village, townland or estate is named only where a person lives or works
  // (or, for one word that is no ordinary word or name, right after "in": "a farmer in Kilmessan").
  // Internal capitals ("WhatsApp", "TikTok") mark a brand, not a village.
  // Plain words make a place name too ("Ten Sleep", "Seal Cove") when a person is said to be from there.
  const personFrom = phrase.words.length > 1 && PERSON_FROM.test(before) && !PUBLIC_PLACES.test(phrase.text) && !SERVICE_WORDS.test(phrase.text);
  const patientThere = PATIENT_BEFORE.test(before);
  // "born at South West Acute": plain words behind a compass word name a hospital when a birth or admission went there.
  const compassHospital = patientThere && phrase.words.length > 1 && /^(?:North|South|East|West)$/.test(phrase.words[0]) && !PUBLIC_PLACES.test(phrase.text) && !SERVICE_WORDS.test(phrase.text);
  // "grew up in Bolt Head": plain words right after a home verb are a place's name when they are no kind of service.
  const homeNamed = phrase.words.length > 1 && HOME_VERB_BEFORE.test(before) && !SERVICE_WORDS.test(phrase.text) && !phrase.words.every((w) => GENERIC.test(w) || CARE_KIND.test(w));
  // "lives out past Ainsley", "the pharmacy in Delia": a first name framed as somewhere someone lives or shops is a town;
  // "lives on Muck, a ferry ride from the mainland": a word described by the crossing to it is an island.
  const framedPlace = givenNameFramedAsTown(text, phrase, before) || (strong && ISLAND_AFTER.test(text.slice(phrase.end, phrase.end + 50)));
  const unknownPlace = !venue && !(phrase.words.length === 1 && careWord(phrase.text)) && !/\p{Ll}\p{Lu}/u.test(phrase.text) && !(phrase.words.length === 1 && inLexicon(phrase.text) && !framedPlace) && (personFrom || compassHospital || homeNamed || framedPlace || !allDictionaryWords(phrase.words)) && !(isPersonOrDate(firstTags) && !framedPlace && !homeNamed && !(phrase.words.length > 1 && PLACE_PREFIX.test(phrase.words[0])) && !HYPHENED_PLACE.test(phrase.words[0]) && !placeNameShape(phrase.words[0])) && !surnameInPost(text, phrase.text) && !looksLikeOrdinary(phrase, tags, ctx.text) && !/['’]s$/.test(phrase.text) && !verbalNoun(phrase.words) && !followedByNounOrNumber(text, phrase.end) && !describesPluralNoun(text, phrase.end, tags);
  // "we flew her out of Kangiqsujuaq", "she was moved to Pukatawagan": a community no gazetteer holds, where
  // someone was placed, sent or flown from, is small enough that its people know who.
  if (unknownPlace && phrase.words.length <= 2 && RELOCATED_BEFORE.test(before) && !INTRODUCED_BEFORE.test(before)) return town(phrase, undefined);
  // "admitted to Glangwili", "she's in Bronglais now": a hospital named without the word "Hospital".
  if (unknownPlace && patientThere && !authorsOwn(text, phrase.start)) return place(phrase, 'facility');
  // "moved out to the Kananaskis": a valley or range known by its name alone, as someone's home.
  if (unknownPlace && !strong && strongThe && phrase.words.length <= 2 && /\bthe[ \u00a0]+$/i.test(before) && ENDS_NAME.test(text.slice(phrase.end, phrase.end + 16)) && HOME_VERB_BEFORE.test(before.replace(/\bthe[ \u00a0]+$/i, '').replace(/[ \u00a0]+(?:to|in|into|near)[ \u00a0]+$/, ' in ')) && !authorsOwn(text, phrase.start)) return town(phrase, undefined);
  // "the paediatrician at Ashworth": a hospital named by its short name, after who treats someone there
  // (a surname there is the hospital's name, not a person's).
  const clinicianAt = CLINICIAN_AT.test(before) && phrase.words.length <= 3 && !venue && !isGivenName(phrase.words[0]) && !allDictionaryWords(phrase.words) && !/['’]s$/.test(phrase.text) && !SERVICE_WORDS.test(phrase.text) && !PUBLIC_PLACES.test(phrase.text);
  if (clinicianAt && SOMEONE.test(sentenceOf(text, phrase.start))) return place(phrase, 'facility');
  if (unknownPlace && (strong || work)) return authorsOwn(text, phrase.start) && !SETTLEMENT_SERVICE_BEFORE.test(before) ? workPlace(text, phrase, undefined) : town(phrase, undefined, work && !strong);
  // "Summers in Wirrinya were long", "Kilcrohane, where her father kept cattle": one word no dictionary or
  // list of first names knows, after a place preposition (or before "where"), in a sentence about someone's home.
  if (unknownPlace && phrase.words.length <= 3 && !(isGivenName(phrase.words[0]) && !PLACE_PREFIX.test(phrase.words[0])) && (aboutSomeonesHome(text, phrase, before) || WHERE_AFTER.test(text.slice(phrase.end, phrase.end + 40)))) {
    return authorsOwn(text, phrase.start) ? workPlace(text, phrase, undefined) : town(phrase, undefined);
  }
  if (unknownPlace && phrase.words.length === 1 && /\bin\s+$/.test(before) && /^[ \u00a0]*(?:[,.;:!?)"”\n]|$|[ \u00a0](?:who|where|and|with|for|since|until|to|in|on|at|but|village|town|townland|parish|area|estate|district|suburb)\b)/.test(text.slice(phrase.end, phrase.end + 12))) return town(phrase, undefined);
  // "an aide in Kwigillingok called about a girl": someone of a place, named by the place, then what they did.
  if (unknownPlace && phrase.words.length === 1 && PERSON_OF_PLACE_BEFORE.test(before) && /^[ \u00a0]+(?:\p{Ll}+ed|rang|said|told|wrote|sent|came|brought|took)\b/u.test(text.slice(phrase.end, phrase.end + 16))) return town(phrase, undefined);
  return undefined;
}

let medicines: ReadonlySet<string> | undefined;

/** "moved to Cardiology", "placed on Methadone", "moved to Telehealth": a department, a drug or a way of care, not a town. */
function careWord(word: string): boolean {
  medicines ??= dataSet('medications.txt');
  return medicines.has(word.toLowerCase()) || /(?:ology|iatry|iatrics|health|care|therapy|surgery|medicine|ics)$/i.test(word) || /^(?:Palliative|Oncology|Maternity|Paeds|Peds|Neuro|Rehab|Recovery|Resus|Theatre|Theatres|Juvie|Juvenile|Detox|Outpatients|Inpatients|Triage|Radiology|Cardio|Ortho|Haematology|Hematology)$/.test(word);
}

/** "lives on Muck, a ferry ride from the mainland": a place described by the crossing to it is an island, whatever its name means. */
const ISLAND_AFTER = /^,[ \u00a0]+(?:a|an|one|two|three|four|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:ferry|boat|crossing|sail|causeway|hours?[ \u00a0]+by[ \u00a0]+(?:boat|ferry|sea))\b/i;

/** "We brought in Lámh signs", "sent in Form C": the phrasal verb introduces or hands in a thing. */
const INTRODUCED_BEFORE = /\b(?:brought|brings|bring|sent|send|put)[ \u00a0]+in[ \u00a0]+$/i;
/** Someone placed, sent, flown or brought somewhere: "placed with a foster family up in", "flew him out of". */
const RELOCATED_BEFORE = /\b(?:placed|moved|relocated|sent|taken|brought|returned|shipped|flown|flew|fly|flies|flying|flights?|plane|medevac(?:k?ed)?|airlifted|evacuated|transferred|fostered|adopted)\b(?:[ \u00a0]+(?:her|him|them|the[ \u00a0]+(?:baby|kids|children|family|boy|girl)|the[ \u00a0]+\w+|us|me))?(?:[ \u00a0]+(?:with[ \u00a0]+(?:a|an|her|his|their)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}\w+))?[ \u00a0]+(?:(?:back|home|up|down|out|over|off|away|north|south)[ \u00a0]+)?(?:to|into|in[ \u00a0]+to|in|out[ \u00a0]+of|from|at)[ \u00a0]+$/i;

/**
 * A home, a farm or a local shop, then "in", "near", "outside" or "out past": what follows is a town even
 * where it is also a first name ("lives near Ainsley", "the pharmacy in Delia"). "lives with Ainsley" is not framed.
 */
const TOWN_FRAME_BEFORE = /\b(?:lives?|living|lived|grew[ \u00a0]+up|raised|born|farms?|ranch|house|home|place|property|trailer|cabin|school|church|works?|worked|job|shifts?|(?:the|a)[ \u00a0]+(?:pharmacy|chemist|drugstore|drug[ \u00a0]+store|clinic|store|shop|school|diner|salon|bakery|garage|post[ \u00a0]+office|church))\b[^.!?\n]{0,20}?(?:\b(?:in|near|outside)|\bout[ \u00a0]+(?:past|by|near)|\bpast)[ \u00a0]+$/i;

function givenNameFramedAsTown(text: string, phrase: Phrase, before: string): boolean {
  return phrase.words.length === 1 && isGivenName(phrase.text) && (TOWN_FRAME_BEFORE.test(before) || SHOP_IN_BEFORE.test(before))
    && ENDS_NAME.test(text.slice(phrase.end, phrase.end + 16)) && !RELATION_AFTER.test(text.slice(phrase.end, phrase.end + 40));
}

/** "lives near Grace, his sister": the name is introduced as a person. */
const RELATION_AFTER = /^,?[ \u00a0]+(?:now,?[ \u00a0]+)?(?:his|her|their|my|our|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:sister|brother|mum|mom|mother|dad|father|friend|aunt|uncle|cousin|nan|gran|grandmother|grandfather|daughter|son|partner|ex|girlfriend|boyfriend|neighbou?r|carer|worker|wife|husband)\b/i;

/**
 * Where a service is, not where the person is: "the nearest theatre was in Whakatane", "the flight to
 * Inverness". Hospitals and airports serve a whole region.
 */
function serviceDestination(before: string): boolean {
  return /\b(?:nearest|closest)\b[^.!?\n]{0,40}\b(?:is|was|are|were)[ \u00a0]+(?:in|at)[ \u00a0]+$/i.test(before)
    || /\b(?:flights?|flew|fly|flies|flying|flown|airlifted|airlift|helicopter|medevac|air ambulance|transferred|transfer)\b(?:[ \u00a0]+\w+){0,2}[ \u00a0]+(?:to|into)[ \u00a0]+$/i.test(before);
}

/** A town this size has a hospital that patients come to from far around. */
const HOSPITAL_TOWN = 10_000;
const TREATED_BEFORE = /\b(?:treated|admitted|operated on|scanned|seen|referred|sent|taken|rushed|hospitali[sz]ed|surgery|operation|appointments?|scans?|specialists?|consultants?|oncology|chemo|radiotherapy|dialysis|outpatients?|maternity)\b[^.!?\n]{0,25}\b(?:in|at|to|into)[ \u00a0]+$/i;
/** A town this size is a hub: people are sent there from a wide area for care, so it says little about where they live. */
const HUB_POPULATION = 30_000;
const CARE_WORDS = String.raw`(?:admitted|discharged|referred|transferred|surgery|operation|op|scans?|MRI|x-rays?|tests|bloods|appointments?|specialists?|oncologist|consultant|paediatrician|pediatrician|psychiatrist|cardiologist|neurologist|surgeon|obstetrician|hospital|clinic|ward|maternity|birth|the baby|treatment|chemo|chemotherapy|radiotherapy|radiation|dialysis|transplant|outpatients|rehab|physio|ICU|intensive care|A&E|ED|emergency department|delivery|induction|check-?ups?|review)`;
const CARE_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:(?:every|each|twice|once|three times|two|three|four|five|six|\w+ly)[^.!?\n]{0,20}[ \u00a0]+)?(?:for|to (?:see|have|get)|to)[ \u00a0]+(?:(?:a|an|the|his|her|their|more|another|regular|weekly|monthly)[ \u00a0]+)*(?:[\w-]+[ \u00a0]+)?${CARE_WORDS}\b`, 'i');
/** "a week in Dubbo hospital": the town names its hospital. */
const HOSPITAL_AFTER = /^[ \u00a0]+(?:base[ \u00a0]+)?(?:hospital|clinic|maternity|oncology|ICU)\b/i;
const CARE_BEFORE = new RegExp(String.raw`\b${CARE_WORDS}\b[^.!?\n]{0,30}$`, 'i');

function careHub(text: string, phrase: Phrase, before: string): boolean {
  if (LIVES_BEFORE.test(before)) return false;
  const after = text.slice(phrase.end, phrase.end + 70);
  return CARE_BEFORE.test(before) || CARE_AFTER.test(after) || HOSPITAL_AFTER.test(after);
}

function hub(phrase: Phrase, population: number): Candidate {
  return note(phrase, `"${phrase.text}" (about ${round(population)} people) is where someone was treated: a regional town serves a wide area, so it says little about where they live`, 'Fine to keep; say "the regional hospital" if the post also names their home town.');
}

const STAY_BEFORE = /\b(?:spent|stayed|kept|weeks|days|months|nights|fortnight)\b[^.!?\n]{0,25}\bin[ \u00a0]+$/i;
const ILLNESS_AFTER = /^[ \u00a0]+(?:with|for|after|having)[ \u00a0]+(?:(?:a|an|his|her|their|suspected|severe|bad|another)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+)?(?:infection|pneumonia|sepsis|fracture|surgery|operation|treatment|chemo|chemotherapy|radiotherapy|burns|bleed|seizures?|fever|transplant|tests|scans)\b/i;
const LIVES_BEFORE = /\b(?:lives?|living|lived|moved|grew up|raised|born|home|house|flat|farm)\b[^.!?\n]{0,30}$/i;

/** Words around a city's name in its hospital's: "Royal Melbourne Hospital", "Auckland City Hospital". */
const HOSPITAL_QUALIFIER = /^(?:Royal|City|Central|Metropolitan|University|Public|Base|District|Memorial|Children['’]s|Women['’]s)$/;

/** "Wellington Hospital", "Leeds General", "Royal Melbourne Hospital": a big city's hospital treats a whole region. */
function cityHospital(phrase: Phrase, head: string): boolean {
  if (!/^(?:Hospital|University Hospital|General Hospital|General|Infirmary|Regional|Regional Hospital|Clinic)$/.test(head)) return false;
  const city = phrase.words.slice(0, phrase.words.length - head.split(' ').length).filter((w) => !HOSPITAL_QUALIFIER.test(w)).join(' ');
  if (!city) return false;
  // "Waikato Hospital", "Manor Hospital": named after a whole region, or by one ordinary word, it is a
  // region's general hospital known by name, not a small place where someone lives.
  const generalHospital = head === 'Hospital' && (isBroadRegion(city) || (!city.includes(' ') && allDictionaryWords([city]) && !inLexicon(city)));
  return generalHospital || (populationOf(city) ?? 0) >= CITY_POPULATION;
}

/** "Our unit at", "my ward at": the blogger's own service in a hospital. */
const OUR_SERVICE = /\b(?:[Oo]ur|[Mm]y)[ \u00a0]+(?:unit|ward|team|department|service|clinic|floor|practice)[ \u00a0]+(?:at|in)[ \u00a0]+(?:the[ \u00a0]+)?$/;
const HOSPITAL_HEAD = /^(?:Clinic|Hospital|University Hospital|General Hospital|General|Infirmary|Regional|Regional Hospital|Regional Medical Center|Regional Medical Centre|Medical Center|Medical Centre)$/;

/** "Baragwanath Hospital in Soweto", "Westmead Hospital, Sydney": a hospital named with its big city. */
function hospitalInCity(text: string, phrase: Phrase, head: string): boolean {
  if (!HOSPITAL_HEAD.test(head)) return false;
  const city = /^,?[ \u00a0]+(?:in[ \u00a0]+)?(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)/u.exec(text.slice(phrase.end, phrase.end + 40));
  return !!city && (populationOf(city[1]) ?? 0) >= CITY_POPULATION;
}

/** What a hospital does for everyone: "takes referrals from the whole country", "has a good guide", "sees children from across the province". */
const SERVICE_TO_ALL = /^[ \u00a0]+(?:(?:takes?|runs?|has|have|offers?|provides?|publishes?|sees?|treats?|serves?)\b[^.!?\n]{0,60}?\b(?:referrals?|helpline|guide|website|leaflets?|factsheets?|information|advice|service|clinic|team|programme|program|from[ \u00a0]+(?:across|all[ \u00a0]+over|the[ \u00a0]+whole|around[ \u00a0]+the)|the[ \u00a0]+whole|every)\b|is[ \u00a0]+(?:the|one[ \u00a0]+of[ \u00a0]+the)[ \u00a0]+(?:biggest|largest|busiest|main|only|national|regional))/i;
const SOMEONE_PARTICULAR = new RegExp(String.raw`\b(?:${words(THIRD_PERSON, CLOSE_FAMILY)}|my[ \u00a0]+(?:client|patient)|the[ \u00a0]+(?:baby|boy|girl|child))\b`, 'i');

/** "The Royal Children's Hospital has a good guide on fevers": the hospital as the subject of what it does for all comers. */
function hospitalAsService(text: string, phrase: Phrase): boolean {
  const opens = atSentenceStart(text, phrase.start) || /(?:^|[.!?\n]\s*)[Tt]he[ \u00a0]+$/.test(text.slice(Math.max(0, phrase.start - 8), phrase.start));
  return opens && SERVICE_TO_ALL.test(text.slice(phrase.end, phrase.end + 120)) && !SOMEONE_PARTICULAR.test(sentenceOf(text, phrase.start));
}

function cityFacility(phrase: Phrase): Candidate {
  return note(phrase, `"${phrase.text}" is a big city's hospital: it serves a whole region, so alone it does not point at anyone`, 'Fine to keep, unless the post adds a ward, a room or a date of admission; say "the city hospital" to be safe.');
}

/** "thanks to", "spoke with": a person, not a place, follows. */
const SOMEONE_NAMED_BEFORE = /\b(?:to|with|by|and|thanks|met|called|named|asked|told)[ \u00a0]+$/i;

/** "Her village, Drumcarrow, ...": the person's own place named in apposition. */
const APPOSITION_BEFORE = /\b(?:her|his|their|the family's|my client's)[ \u00a0]+(?:home[ \u00a0]+|little[ \u00a0]+|tiny[ \u00a0]+|old[ \u00a0]+|family[ \u00a0]+)?(?:village|town|hometown|home town|townland|hamlet|island|estate|parish|suburb|neighbourhood|neighborhood|community|settlement|farm|station|property|ranch|croft|smallholding|homestead|run|block|care home|nursing home|school),[ \u00a0]+$/i;
/** "Ardcullen, a village of four hundred people, ...": a place described as small right after its name. */
const APPOSITION_AFTER = /^,?[ \u00a0]+\(?(?:pop(?:ulation|\.)?|population of)[ \u00a0:]+(?:\d|about|around|roughly|barely|under|just)|^,[ \u00a0]+(?:a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:village|town|hamlet|townland|island|estate|suburb|community|settlement|outport|crofting township|(?:cattle|sheep|pastoral|dairy)[ \u00a0]+(?:station|farm|property|run)|farm|ranch|homestead)\b/i;

/** "Builth Wells is where she grew up", "Kilbeg was home to his family": said to be someone's home right after the name. */
const LIVED_THERE_AFTER = /^[ \u00a0]+(?:is|was|has always been)[ \u00a0]+(?:where[ \u00a0]+(?:she|he|they|her|his|their|the family|my client)\b[^.!?\n]{0,20}?\b(?:lives?|lived|grew up|was born|was raised|comes? from|came from|farms?|farmed)|(?:home|home to)[ \u00a0]+(?:for[ \u00a0]+)?(?:her|his|their|the family)\b)/i;

/** ", where her father kept cattle": a place someone's life happened. */
/** "Zimbane Methodist, where Mama Joy runs the prayer group": a named person's part in the place. */
const WHERE_SOMEONE_AFTER = /^,[ \u00a0]+where[ \u00a0]+(?:\p{Lu}[\p{L}'’-]+[ \u00a0]+){1,2}(?:runs|ran|goes|went|works|worked|lives|lived|volunteers|volunteered|worships|sings|sang|attends|attended|leads|led|teaches|taught|helps|helped|cleans|prays|prayed|plays|played)\b/u;
const WHERE_AFTER = /^,[ \u00a0]+where[ \u00a0]+(?:she|he|they|her|his|their|the family|my client)\b/i;

/**
 * The name stands alone: punctuation or a little word follows, not a noun it describes ("the Tejano
 * station", "a Gaelic song"). With "the" before it a single word is a region or an institution.
 */
const ENDS_NAME = /^(?:[ \u00a0]*(?:[,.;:!?)"”\n]|$)|[ \u00a0]+(?:who|where|and|with|for|since|until|to|in|on|at|but|or|was|were|is|are|had|has|have|when|after|before|by|near|outside|every|each|last|as|from|again|now|then|anymore|for good)\b)/;

/** Where someone lives, grew up or comes from is what the sentence is about. */
const HOME_WORDS = /\b(?:lives?|lived|living|grew up|growing up|raised|born|home|homes|house|farm|farms|croft|station|ranch|property|moved|moving|family|families|parents|grandparents|nan|gran|granny|returned|went back|go back|goes back|comes? from|came from|hometown|village|town|hamlet|settlement|community|childhood|summers|winters|neighbours|neighbors|relatives|cousins|aunt|uncle|whānau|people)\b/i;
const SOMEONE = new RegExp(String.raw`\b(?:${words(THIRD_PERSON, CLOSE_FAMILY, PEOPLE)}|client|family|nan|gran|grandmother|grandfather|kid|child|teenager|baby|infant|newborn|toddler|[\w]+-(?:year|month|week)-old)\b`, 'i');

/** "Summers in Wirrinya were long, she said": a bare name after a place preposition, in a sentence about someone's home. */
function aboutSomeonesHome(text: string, phrase: Phrase, before: string): boolean {
  return WEAK_BEFORE.test(before) && !/\bthe[ \u00a0]+$/i.test(before) && ENDS_NAME.test(text.slice(phrase.end, phrase.end + 16)) && homeSentence(text, phrase);
}

function homeSentence(text: string, phrase: Phrase): boolean {
  const sentence = sentenceOf(text, phrase.start);
  return HOME_WORDS.test(sentence) && SOMEONE.test(sentence);
}

let givenNames: Set<string> | undefined;

/** "went back to Ciaran": a first name after a preposition is a person, not a village. */
function isGivenName(word: string): boolean {
  givenNames ??= new Set([...dataSet('names/given.txt'), ...dataSet('names/given-extra.txt')]);
  return givenNames.has(word.toLowerCase());
}

/** Someone described, then where they are from: "a 58-year-old rancher from", "a baby girl in". */
const PERSON_FROM = /\b(?:a|an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}(?:man|woman|girl|boy|baby|child|kid|teen|teenager|lad|lass|mother|father|mum|mom|dad|widow|widower|grandmother|grandfather|gran|grandad|pensioner|veteran|couple|family|resident|student|pupil|client|patient|shepherd|fisherman|stockman|herdsman|chef|cook|nurse|midwife|vet|mechanic|\w+er|\w+or|\w+ist|\w+ian)[ \u00a0]+(?:from|in|near|outside)[ \u00a0]+$/i;

/** "a woman from Victim Support", "a man from Housing Options": services named in plain words. */
const SERVICE_WORDS = /\b(?:Support|Options|Services?|Advice|Help|Care|Team|Office|Housing|Benefits?|Health|Aid|Action|Partnership|Line|Centre|Center|Hub|Outreach|Youth|Justice|Police|Council|Safeguarding|Protection|Education|Welfare|Family|Families|Children|Women|Recovery|Addiction|Mental|Crisis|Refuge|Home|Start|First|Together|Matters|Works|Link|Point|Access|Pathways?|Futures?)\b/;

/** "D. W. Winnicott" elsewhere in the post: the word is a person's surname, not a place. */
function surnameInPost(text: string, word: string): boolean {
  return new RegExp(String.raw`(?:\p{Lu}\.[ \u00a0]?){1,3}[ \u00a0]?${escapeRegExp(word)}(?![\p{L}])`, 'u').test(text);
}

/** A capitalised word the text also uses in lower case, or a word compromise knows as ordinary vocabulary. */
function looksLikeOrdinary(phrase: Phrase, tags: TermTags, text: string): boolean {
  let at = phrase.start;
  for (const word of phrase.words) {
    const t = tags.get(at);
    at += word.length + 1;
    if (t && ['Verb', 'Adjective', 'Adverb', 'Plural', 'Gerund', 'Acronym', 'Abbreviation', 'Possessive', 'Organization'].some((x) => t.has(x))) return true;
    if (phrase.words.length === 1 && new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word.toLowerCase())}(?![\p{L}])`, 'u').test(text)) return true;
  }
  return false;
}

/** "a Ziploc bag", "Level 1": a brand or a label, not a place. */
/** "Centrelink payments", "Pentecostal churches": a word used to describe the plural noun after it. */
function describesPluralNoun(text: string, end: number, tags: TermTags): boolean {
  const next = /^[ \u00a0]+(?=\p{Ll})/u.exec(text.slice(end, end + 4));
  const t = next ? tags.get(end + next[0].length) : undefined;
  return !!t && t.has('Plural') && !t.has('Verb') && !HOME_AFTER.test(text.slice(end, end + 30));
}

function followedByNounOrNumber(text: string, end: number): boolean {
  return /^[ \u00a0]+(?:\d|(?:bag|box|tin|jar|card|app|phone|account|programme|program|course|class|group|meeting|book|series|show|album|song|film|movie|game|cards?)\b)/.test(text.slice(end, end + 20));
}

/** A street names where someone lives or works, not a venue's address: "the bakery on Main Street". */
function streetContext(text: string, phrase: Phrase, personContext: boolean): boolean {
  if (personContext) return true;
  const before = text.slice(Math.max(0, phrase.start - 50), phrase.start);
  if (/\d+[A-Za-z]?,?[ \u00a0]+$/.test(before)) return true;
  if (/\b(?:house|home|flat|flats|apartment|bungalow|terrace|terraced|bakery|shop|pharmacy|chemist|pub|garage|cafe|café|store|surgery|school|church|corner|end|top|bottom|estate|lives?|living|lived|grew up|moved|address|door|doorway|sleeps?|sleeping|slept|begs|begging|tent|stop|shelter|bench|underpass|car park|centre|center|clinic|hall|library|gym|club|mosque|masjid|temple|gurdwara|mandir|synagogue|shul|marae|kingdom hall|chapel|launderette|laundrette|newsagent|bookies|off-licence|hostel|takeaway|chippy|diner|salon|barbers?)\b[^.!?\n]{0,20}\b(?:on|in|off|of|at|along|near)[ \u00a0]+(?:the[ \u00a0]+)?$/i.test(before)) return true;
  const chain = /(\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’&.-]*)*)[ \u00a0]+(?:on|off|near)[ \u00a0]+$/u.exec(before);
  if (chain && isChain(chain[1].toLowerCase().replace(/^the[ \u00a0]+/, ''))) return true;
  // "under the Division Street viaduct": a street's bridge or underpass is where someone sleeps.
  if (SHELTER_UNDER_STREET.test(text.slice(phrase.end, phrase.end + 20))) return true;
  // "Mill Street in Leeds" is someone's; "5th Avenue in New York" is any visitor's: every city numbers its streets.
  return !/^\d/.test(phrase.text) && /^,?[ \u00a0]+in[ \u00a0]+\p{Lu}/u.test(text.slice(phrase.end, phrase.end + 20));
}

/** Someone, or those who serve them, named by where they are: "an aide in", "the nurse in", "a family in". */
const PERSON_OF_PLACE_BEFORE = /\b(?:aide|nurse|worker|health[ \u00a0]worker|teacher|doctor|GP|midwife|officer|constable|cop|mum|mom|dad|family|client|patient|woman|man|girl|boy|elder|grandmother|grandfather|kid|kids|friend|cousin|aunt|aunty|auntie|uncle|nan)[ \u00a0]+in[ \u00a0]+$/i;
const SHELTER_UNDER_STREET = /^[ \u00a0]+(?:bridge|viaduct|underpass|overpass|flyover|subway|tunnel|car[ \u00a0]park|parking[ \u00a0](?:garage|lot)|arches|steps)\b/;

/** Qualifiers that make a kind, not a name: "Primary School", "the General Hospital", "Care Home". */
const GENERIC = /^(?:Baptist|Methodist|Presbyterian|Anglican|Lutheran|Pentecostal|Evangelical|Orthodox|Reformed|Free|United|Uniting|Congregational|Episcopal|Apostolic|Gospel|Christian|Islamic|Sikh|Hindu|Buddhist|Jewish|Salvation|Kingdom|Parish|Church|Village|Scout|Memorial|Primary|Secondary|High|Junior|Senior|Middle|Elementary|Community|General|Local|Children's|Children’s|District|County|Regional|Private|Public|Catholic|Special|Grammar|Infant|Infants|Nursery|Care|Nursing|Residential|Day|Village|Town|City|Teaching|Mental|Health|Medical|Family|Youth|Sports|Boxing|Football|Rugby|Memory|Falls|Pain|Sleep|Fertility|Diabetes|Eating|Disorders?|Gender|Fracture|Continence|Wound|Stroke|Cardiac|Renal|Cancer|Maternity|Antenatal|Postnatal|Sexual|Drug|Alcohol|Addiction|Methadone|Outpatients?|Walk-in|Urgent|Emergency|Psychiatric|Crisis|Eye|Dental|Hearing|Baby|Breast|Chest|Heart|Spinal|Burns|Neonatal|Paediatric|Pediatric|Geriatric|Respiratory|Epilepsy|Autism|ADHD|Bowls|Bowling|Golf|Tennis|Cricket|Sailing|Rowing|Swimming|Snooker|Bingo|Working|Men's|Men’s|Women's|Women’s|Workingmen's|Social|Country|Conservative|Labour|Liberal|Ex-Servicemen's|Servicemen's|Miners'|Miners’|Rotary|Probus|Lions)$/;

/** A firm named by one of its trade words: "Harbour Fish Co", "Kerrigan Agricultural Supplies". */
const TRADE_HEAD = new RegExp(String.raw`(?:^| )(?:${TRADE_WORDS})$`);

/**
 * "ordered paper from Office Supplies": a firm named only in plain words is a shop anyone can use,
 * unless the sentence is about someone else (whose employer it then is).
 */
function plainTradeName(text: string, phrase: Phrase, head: string): boolean {
  const rest = phrase.words.slice(0, phrase.words.length - head.split(' ').length);
  return TRADE_HEAD.test(head) && allDictionaryWords(rest) && !SOMEONE.test(sentenceOf(text, phrase.start));
}

function isGenericName(words: string[], head: string): boolean {
  const rest = words.slice(0, words.length - head.split(' ').length);
  return rest.length > 0 && rest.every((w) => GENERIC.test(w));
}

let dictionary: ReadonlySet<string> | undefined;

/** "Age Cymru", "Youth Link Scotland": everyday words before a country name a charity or a body, not a place. */
function organisationOfACountry(phrase: Phrase): boolean {
  const words = phrase.words;
  if (words.length < 2 || !isBroadRegion(words[words.length - 1]) || isBroadRegion(phrase.text)) return false;
  const head = words.slice(0, -1);
  return !head.some((w) => /^(?:north|south|east|west|central|mid|upper|lower|new|old|greater|inner|outer|county|co\.?)$/i.test(w)) && allDictionaryWords(head);
}

/** "the Ploughing", "the Shearing": an event called by what people do at it ("Woking" is a town: its stem is too short). */
function verbalNoun(words: string[]): boolean {
  dictionary ??= dataSet('words/english.txt');
  const stem = words.length === 1 ? /^(\p{L}{4,})ing$/u.exec(words[0].toLowerCase())?.[1] : undefined;
  return !!stem && (dictionary.has(stem) || dictionary.has(`${stem}e`));
}

/** "Sheltered Housing", "Reception", "Brownies": ordinary English words written with capitals. */
function allDictionaryWords(words: string[]): boolean {
  dictionary ??= dataSet('words/english.txt');
  return words.every((w) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    return dictionary!.has(lower) || (lower.endsWith('s') && dictionary!.has(lower.slice(0, -1))) || SCHOOL_WORDS.has(lower);
  });
}

const SCHOOL_WORDS = new Set(['maths', 'uni', 'pe', 're', 'ict', 'dt', 'pshe', 'sen', 'send', 'sixth', 'form', 'gcse', 'gcses', 'a-level', 'a-levels', 'sats', 'senco']);

/** "I work in Tower Hamlets", "we trained at ...": the blogger's own place, with no client in the clause. */
function authorsOwn(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  if (byline(text, at)) return true;
  // The rest of the sentence counts too: "I climbed to a flat in X to meet Ama and her son" is the client's place.
  const rest = text.slice(at, at + 160).split(/[.!?\n]/)[0] ?? '';
  return /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|we|We|we're|we’re|we've|we’ve)\b/.test(clause) && !OTHERS.test(clause)
    && !DWELLING_BEFORE.test(clause) && !/\bto\s+(?:meet|visit|see|collect|check\s+on)\s+\p{Lu}/u.test(rest);
}

/** Someone other than the blogger in the sentence. */
const OTHERS = new RegExp(String.raw`\b(?:${words(THIRD_PERSON, PEOPLE)}|client|clients|patient|patients|family|families|student|students|pupil|pupils|son|daughter|mum|dad|mother|father|child|children|kid|kids|teenager|teenagers|resident|residents|schoolers|toddlers|grandparents|tenants)\b`, 'i');
/** Where people live: "a tower block in X", "the flats at X" are someone's home, not the blogger's workplace. */
const DWELLING_BEFORE = /\b(?:tower\s+block|high-?rise|flats?|apartment|apartments|estate|council\s+house|bedsit|hostel|trailer|caravan|home\s+visit|house\s+call|community\s+room)\b[^.!?\n]{0,30}$/i;

/** A byline: "A district nurse in Angus on leg ulcers", "I'm a school nurse in rural Shetland". */
function byline(text: string, at: number): boolean {
  return BYLINE.test(clauseBefore(text, at));
}

const BYLINE = /^\s*["“]?(?:A|An|I'm a|I’m a|I'm an|I’m an|I am a|I am an|As a|As an)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}(?:nurse|worker|counsellor|counselor|teacher|therapist|midwife|psychotherapist|psychologist|psychiatrist|doctor|GP|paramedic|practitioner|visitor|coordinator|chaplain|educator|SENCO|SENCo|clinician|carer|officer|pharmacist|physio|physiotherapist|dietitian|principal|headteacher|librarian|volunteer)[ \u00a0]+(?:in|from|at|near)[ \u00a0]+(?:rural[ \u00a0]+|urban[ \u00a0]+|coastal[ \u00a0]+|north(?:ern)?[ \u00a0]+|south(?:ern)?[ \u00a0]+|east(?:ern)?[ \u00a0]+|west(?:ern)?[ \u00a0]+)?$/;

function ownPlace(phrase: Phrase): Candidate {
  return note(phrase, `"${phrase.text}" reads as your own place of work, study or home, not a client's`, 'Fine if it is yours; add it to `allowedPlaces` to silence this note.');
}

/** A town this big, named as where the blogger works, is a regional centre: noted, not reported. */
const OWN_WORK_TOWN = 20_000;
const OWN_WORK = /\b(?:work(?:s|ed|ing)?|based|job|post|employed|stationed|practi[cs](?:e|es|ed|ing)|teach(?:es|ing)?|nurse|nursing|counsellor|counselor|social\s+worker|youth\s+worker|support\s+worker|midwife|GP|doctor|teacher|therapist|paramedic|chaplain|psychologist)\b/i;

/**
 * Below this many people a town has few clients for each practitioner: naming where you work narrows them
 * down. A remote region's base town of a few thousand ("I work out of Broome") serves a district around it.
 */
const SMALL_PRACTICE_TOWN = 3_000;

/** The blogger's own base: "I work out of", "our team in", "my practice is in". */
const OWN_BASE = /\b(?:I|I'm|I’m|I've|I’ve|we|we're|we’re|we've|we’ve|our|my)\b[^.!?\n]{0,40}?\b(?:work(?:s|ed|ing)?|based|job|post|employed|stationed|team|service|clinic|practice|surgery|office|base|unit|station|patch|caseload)\b[^.!?\n]{0,25}\b(?:in|at|out[ \u00a0]+of|from)[ \u00a0]+$/i;
/** The blogger on the move: "I caught the last ferry from", "we drove back into", "my train to". */
const OWN_JOURNEY = /\b(?:I|I'd|I’d|we|my|our)\b[^.!?\n]{0,30}?\b(?:caught|catch|catching|missed|took|take|taking|got|drove|driving|flew|sailed|headed|head|came|got back|ferry|train|bus|flight|plane|boat|drive|commute)\b[^.!?\n]{0,30}?\b(?:from|to|into|out of|back to|through|via)[ \u00a0]+$/i;

/** The blogger's own trips and career: "we stopped in", "on my way to", "my first placement". */
const OWN_STORY = /\b(?:stopped|stopping|drove|driving|passed|passing|travelled|traveled|flew|trip|holiday|lunch|coffee|on (?:the|my|our) way|career|placement|first job|qualified|trained|training|studied|grew up|born|raised|I['’]m from|I am from|I come from|I came from|my home ?town)\b/i;

function bloggersOwnStory(text: string, at: number): boolean {
  const sentence = sentenceOf(text, at);
  return /\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|my|My|our|Our|me|us)\b/.test(sentence) && OWN_STORY.test(sentence) && !OTHERS.test(sentence) && !DWELLING_BEFORE.test(clauseBefore(text, at)) && !someoneInParagraph(text, at);
}

/** A congregation's own name, then its denomination: "Mount Calvary Church of God", "Bethel Temple of Christ". */
const NAMED_BEFORE_DENOMINATION = /^((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,4})(?:Church|Temple|Tabernacle|Assembly|Chapel|Cathedral)[ \u00a0]of[ \u00a0](?:God|Christ|the[ \u00a0]Nazarene|the[ \u00a0]Living[ \u00a0]God)$/u;
const DIVINE = /^(?:Christ|Jesus|Jesus Christ|God|the Lord|Lord|Allah|Buddha|Krishna|Shiva|Vishnu|Jehovah|Yahweh|Heaven|Hell|Paradise|Purgatory|Valhalla|Nirvana|Spirit|Holy Spirit|Holy Ghost)$/;

/** Reading and ideas: "a model from", "comfort in", "the idea comes from", "fell in love with". */
const IDEAS_TALK = /\b(?:model|models|theory|theories|idea|ideas|concept|framework|approach|book|books|read|reading|wrote|writes|writing|says|quote|quotes|line|lines|work of|coming back|go back|went back|inspired|influenced|according)\b/i;
let surnames: ReadonlySet<string> | undefined;

/** A surname no gazetteer knows, in a sentence about reading or ideas and not about anyone's home. */
function citedAuthor(text: string, phrase: Phrase): boolean {
  if (phrase.words.length !== 1 || populationOf(phrase.text) !== undefined) return false;
  surnames ??= dataSet('names/surnames.txt');
  const sentence = sentenceOf(text, phrase.start);
  return surnames.has(phrase.text.toLowerCase()) && IDEAS_TALK.test(sentence) && !HOME_WORDS.test(sentence);
}

/** A fellow professional, then their town: "a colleague from", "my supervisor in". */
const COLLEAGUE_BEFORE = /\b(?:colleagues?|manager|supervisor|mentor|team[ \u00a0]+leader|tutor|lecturer|trainer|peers?|fellow[ \u00a0]+\w+)[ \u00a0]+(?:(?:up|down|out|over|back)[ \u00a0]+)?(?:from|in|at|based[ \u00a0]+in)[ \u00a0]+$/i;
/** A service named by the town it is in: "the hospital in Tralee", "the nearest clinic in Kirkwall". */
const SERVICE_IN_BEFORE = /\bthe[ \u00a0]+(?:(?:nearest|closest|local|district|regional|main|new|big|general|children's|children’s|maternity|mental[ \u00a0]+health)[ \u00a0]+)*(?:hospital|clinic|surgery|practice|health[ \u00a0]+centre|health[ \u00a0]+center|medical[ \u00a0]+centre|medical[ \u00a0]+center|maternity[ \u00a0]+unit|A&E|ED|emergency[ \u00a0]+department|hospice|pharmacy|office|service|team|court|jobcentre|job[ \u00a0]+centre|library|college|leisure[ \u00a0]+centre|airport)[ \u00a0]+(?:in|at)[ \u00a0]+$/i;

function serviceTown(phrase: Phrase, population: number): Candidate {
  return note(phrase, `"${phrase.text}" (about ${round(population)} people) is named as where a service is: people come to it from all around, so alone it does not point at anyone`, 'Fine to keep; leave it out if the post ties a client to the town.');
}

/** The blogger's past or private life, not where they see clients: "I grew up in", "we live in", "we went on holiday to". */
const OWN_PAST = /\b(?:grew up|growing up|born|raised|trained|studied|qualified|holidays?|went to school|childhood|retired|honeymoon|live|lives|living|home(?![ \u00a0-]visit))\b/i;

/** "We talked about Dame Whina, who led it from X": a relative clause makes the place someone else's story. */
const ANOTHER_SUBJECT = /\b(?:who|whose|which)\b/i;

/**
 * Where the blogger works, sized: in a big town the blogger's own place hides its clients among many,
 * in a small town or a village no list knows the blogger's clients are few, so it counts like theirs.
 */
function workPlace(text: string, phrase: Phrase, population: number | undefined): Candidate {
  const clause = clauseBefore(text, phrase.start);
  if ((population !== undefined && population >= SMALL_PRACTICE_TOWN) || OWN_PAST.test(clause) || ANOTHER_SUBJECT.test(clause)) return ownPlace(phrase);
  const size = population ? `a small place (about ${round(population)} people)` : 'a small place (too small for our list of towns)';
  // Reported, but not counted towards a mosaic: the details beside it may be the blogger's own, not one client's.
  return { ...counted(phrase, `"${phrase.text}" reads as where you work, and it is ${size}: your clients there are few, so readers can work out who you mean`, 'Say "a small town in the north" or "a rural practice" instead; add it to `allowedPlaces` only if no client can be picked out there.'), quasi: false };
}

function clauseBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 80), at).split(/[.!?\n;:]/).pop() ?? '';
}

let lexicon: Record<string, unknown> | undefined;

/** A word compromise knows ("Hope", "Need", "Grace") other than as a place: a capitalised ordinary word or a name. */
function inLexicon(word: string): boolean {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags !== undefined && !/\b(?:City|Region|Place|Country)\b/.test(String(tags));
}

function isWatched(ctx: DetectContext, text: string): boolean {
  const lower = text.toLowerCase();
  return ctx.watched.some((w) => w.toLowerCase() === lower) || [...ctx.realNames.keys()].some((r) => r.toLowerCase().split(/\s+/).includes(lower) || r.toLowerCase() === lower);
}

function followedByRegion(text: string, end: number): boolean {
  const m = /^,[ \u00a0]+((?:\p{Lu}[\p{L}.]*[ \u00a0]?){1,3})/u.exec(text.slice(end, end + 40));
  return !!m && (isBroadRegion(m[1].trim()) || /^(?:Co\.?|County)[ \u00a0]/.test(m[1]) || /^[A-Z]{2}\b/.test(m[1]));
}

function nearVenue(text: string, phrase: Phrase): boolean {
  const window = text.slice(Math.max(0, phrase.start - 200), Math.min(text.length, phrase.end + 120));
  return VENUE_WORDS.test(window);
}

const ABOUT: Record<Kind, { what: string; hint: string }> = {
  school: { what: 'a named school', hint: 'say "a local primary school" or "her school"' },
  facility: { what: 'a named hospital, hospice, clinic, care home or centre where people are housed', hint: 'say "a local hospice" or "the ward"' },
  street: { what: 'a named street', hint: 'say "a quiet street" or leave it out' },
  workplace: { what: 'a named workplace or shop', hint: 'say "a local supermarket" or "a factory job"' },
  club: { what: 'a named club, home or venue', hint: 'say "a local club" or "a care home"' },
  landmark: { what: 'a named place', hint: 'say "a small island" or "a rural area"' },
  town: { what: 'a small town or village', hint: 'say "a small town in the north" or leave it out' },
  unit: { what: 'a named ward or room', hint: 'say "the ward" or "her classroom"' },
  estate: { what: 'a named housing estate or park', hint: 'say "a housing estate" or "a caravan park"' },
  worship: { what: 'a named church, mosque, temple or hall where someone worships or meets', hint: 'say "her church" or "a local mosque"' },
  pub: { what: 'a named pub or bar: its regulars and staff know each other by name', hint: 'say "the local pub" or "a pub near work"' },
  vessel: { what: 'a named boat or ferry: its crew and regular passengers are few', hint: 'say "the ferry" or "a fishing boat"' },
  route: { what: 'a numbered bus route: it runs past a handful of streets, so it says where someone lives or goes', hint: 'say "the bus" or "two buses across town"' },
  water: { what: 'a named river, beach, cove or park near someone\'s home: locals know who lives by it', hint: 'say "the river" or "a beach near home"' },
  home: { what: 'a named care home or house', hint: 'say "a care home" or "a house on the edge of town"' },
  burial: { what: 'a named cemetery or crematorium, with a funeral or a burial told: it points at one death and its date', hint: 'say "the crematorium" or "a cemetery near home"' },
};

/** The hint for a place talked about with no client near it. */
const NO_CLIENT_HINT = 'Fine to keep; leave it out if the post ties a client to it.';

/** A place that is reported but never counts: what it is, and why it is fine. */
function note(phrase: Phrase, message: string, hint: string): Candidate {
  return { start: phrase.start, end: phrase.end, category: 'location', severity: 'low', message, hint };
}

function place(phrase: Phrase, kind: Kind): Candidate {
  const about = ABOUT[kind];
  return {
    start: phrase.start, end: phrase.end, category: 'location', severity: 'medium', quasi: true,
    message: `"${phrase.text}" is ${about.what}: readers who know it can work out who you mean, especially with other details`,
    hint: `Name no place smaller than a big city: ${about.hint}.`,
  };
}

function town(phrase: Phrase, population: number | undefined, workplace = false): Candidate {
  // GeoNames gives 0 where it does not know the size ("Isle of Wight"): no "about 0 people".
  if (population === 0) return town(phrase, undefined, workplace);
  if (population !== undefined && population >= CITY_POPULATION) {
    return note(phrase, `"${phrase.text}" is a city (about ${round(population)} people): alone it does not point at anyone`, 'Fine to keep, unless the post adds a street, school or workplace; add it to `allowedPlaces` if it is your own city.');
  }
  const size = population === undefined ? (workplace ? 'a named workplace or school' : 'a village, townland or neighbourhood (too small for our list of towns)') : `a small town (about ${round(population)} people)`;
  return {
    start: phrase.start, end: phrase.end, category: 'location', severity: 'medium', quasi: true,
    message: `"${phrase.text}" is ${size}: together with an age, a family detail or a condition it points at one person`,
    hint: workplace ? 'Say "a local employer" or "her school" instead.' : 'Say "a small town in the north" or "a rural area" instead.',
  };
}

/** "Marion County", "County Clare", "Co. Mayo": bigger than a town, smaller than a state. */
const COUNTY = /^(?:(?:County|Co\.?)[ \u00a0]+\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?[ \u00a0]+(?:County|Parish|Borough))$/u;

/** Landscapes that hold many towns: "the Hunter Valley", "the Liverpool Plains", "the Mackenzie Country". */
const REGION_HEAD = /^(?:Valley|Valleys|Vale|Hills|Mountains|Ranges|Range|Plains|Plain|Downs|Moors|Moor|Fens|Wolds|Dales|Coast|Peninsula|District|Country|Basin|Delta|Highlands|Uplands|Tableland|Tablelands|Forest|Plateau|Heartland|Hinterland)$/;

/**
 * A region is named with "the" and a landscape word, and no gazetteer knows it as a town ("Happy Valley"
 * and "Spring Hills" are towns, and say so by going without the article).
 */
function namedRegion(phrase: Phrase, before: string): boolean {
  if (phrase.words.length < 2 || !REGION_HEAD.test(phrase.words[phrase.words.length - 1])) return false;
  // "California's Central Valley": a landscape owned by a state is part of that state.
  const owner = /^(.+)['’]s$/.exec(phrase.words[0]);
  if (owner && isBroadRegion(owner[1])) return namedRegion({ ...phrase, text: phrase.words.slice(1).join(' '), words: phrase.words.slice(1) }, 'the ');
  if (!/\bthe[ \u00a0]+$/i.test(before)) return false;
  // "the Central Valley" is a region even where a hamlet shares its name; "the Happy Valley" is not said.
  return populationOf(phrase.text) === undefined || /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Great|Inner|Outer)$/.test(phrase.words[0]);
}

function region(phrase: Phrase): Candidate {
  return note(phrase, `"${phrase.text}" is a region that holds many towns: alone it does not point at anyone`, 'Fine to keep; leave out the town or valley farm within it.');
}

/**
 * "the Isle of Skye", "the Island of Hoy": an island named kind-first. A small island is a small
 * community; the few large ones (the Isle of Wight) are in the regions list.
 */
const ISLAND_HEAD = /^(?:Island|Isle)$/;

const KIND_OF_COURT = /^(?:Crown|County|Family|Magistrates['’]?|Youth|High|Supreme|Sheriff|District|Circuit|Coroner['’]?s|Children['’]?s|Juvenile|Federal|Superior|Appeals?|Criminal|Civil|Drug|Housing|Small[ \u00a0]Claims)[ \u00a0]Courts?$/;
/** A court named by its place and its jurisdiction: "Highbury Magistrates' Court", "Thames Youth Court". */
const NAMED_COURT = /(?<![\p{L}'’])(?:\p{Lu}[\p{L}'’-]+[ \u00a0]+){1,3}(?:Magistrates['’]?|Youth|Family(?:[ \u00a0]+Proceedings)?|County|Crown|Sheriff|Children['’]?s|Coroner['’]?s|Juvenile|District|Local|Municipal|Circuit|Justice|Drug|Housing)[ \u00a0]+Courts?\b/gu;
/** Someone's own case there: "her case was heard at", "he's up at", "remanded by", "his hearing is at". */
const CASE_HEARD = /\b(?:case|hearing|trial|appear(?:s|ed|ing|ance)?|up[ \u00a0]+(?:at|in[ \u00a0]+front[ \u00a0]+of)|remanded|bailed|bail|sentenc\w*|convicted|charged|plea|pleaded|pled|fined|summons(?:ed)?|order|listed|adjourned|tag(?:ged)?|warrant)\b/i;
/** Court words that open the phrase but are not the court's own place: "The", "At", "Her". */
const COURT_OPENERS = /^(?:The|At|In|To|From|Her|His|Their|Our|My|A|An|Then|And|But|So)[ \u00a0]+/;

/**
 * A named local court where someone's case is heard is as telling as their town: it serves one
 * district and the hearing lists are public. A court talked about in general is left alone.
 */
function namedCourts(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, NAMED_COURT)) {
    const opener = COURT_OPENERS.exec(m[0]);
    const start = m.index + (opener ? opener[0].length : 0);
    const name = ctx.text.slice(start, m.index + m[0].length);
    // "Crown Court", "the Family Court": a kind of court with no place in its name.
    if (!/[ \u00a0]/.test(name.replace(/[ \u00a0]+Courts?$/, ''))) continue;
    const sentence = sentenceOf(ctx.text, start);
    // "There's a hearing at Enniskillen Family Proceedings Court on 12 May": the case of the family the paragraph is about.
    if (!CASE_HEARD.test(sentence) || !(SOMEONE.test(sentence) || SOMEONE.test(paragraphAround(ctx.text, start)))) continue;
    out.push({
      start, end: m.index + m[0].length, category: 'location', severity: 'medium', quasi: true,
      message: `"${name}" is the local court where someone's case is heard: it serves one district and its lists are public`,
      hint: 'Say "the magistrates\' court" or "the youth court" without its place.',
    });
  }
  return out;
}

/**
 * "Great Mercury Island was where she grew up": an island named in full, in a sentence about someone,
 * is a small community whatever the verb; a famous island told as history or a trip is not.
 */
function islandOfSomeone(text: string, phrase: Phrase, head: string): boolean {
  if (!ISLAND_HEAD.test(head) || isBroadRegion(phrase.text)) return false;
  const sentence = sentenceOf(text, phrase.start);
  return (phrase.words.length > 2 || SOMEONE.test(sentence)) && !VENUE_WORDS.test(sentence) && !historicalFact(text, phrase, text.slice(Math.max(0, phrase.start - 60), phrase.start));
}

function islandNamedKindFirst(phrase: Phrase): boolean {
  return phrase.words.length >= 3 && /^(?:Isle|Island)$/.test(phrase.words[0]) && phrase.words[1] === 'of';
}

/** Only noted in the practitioner preset; the hipaa-safe-harbor preset raises it (a county is smaller than a state). */
function county(phrase: Phrase): Candidate {
  return note(phrase, `"${phrase.text}" is a county: broad enough alone, though HIPAA counts it as an identifier`, 'Fine in most posts; say "the region" if the post must meet HIPAA Safe Harbor.');
}

function round(n: number): string {
  const digits = Math.max(0, String(n).length - 2);
  return (Math.round(n / 10 ** digits) * 10 ** digits).toLocaleString('en');
}

const UNIT = /\b(?:[Ww]ard|WARD|[Rr]oom|[Bb]ay|[Pp]od|[Ss]uite|[Cc]lassroom)[ \u00a0]+(\d{1,3}[A-Z]?|(?!I\b)[A-Z]\d{0,2})\b(?!['’])(?:[ \u00a0]+(?:at|in|of)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’]*(?:[ \u00a0]\p{Lu}[\p{L}'’]*)*)?/gu;

const BED_NUMBER = String.raw`(?:\d{1,2}[A-Z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
/** "Bed 7", "in bed four, by the window", "side room 3": a patient's bed on a ward (not "to bed 10 minutes later"). */
const BED = new RegExp(String.raw`(?<![\p{L}])(?<!\b(?:to|for|by|into|of)[ \u00a0])(?:[Bb]ed|BED|[Cc]ubicle|[Ss]ide[ \u00a0]room)[ \u00a0]+${BED_NUMBER}(?![\p{L}\p{N}])(?![ \u00a0]*(?:minutes?|mins?|hours?|hrs?|nights?|days?|weeks?|o['’]clock|[ap]\.?m\b|times|pm|am|and[ \u00a0]+breakfast))`, 'gu');
/**
 * "on Aspen Ward", "Rowan Unit", "the Florence Ward": a ward called by a name, which only one hospital
 * has. A ward called by what it treats ("the Stroke Unit", "Children's Ward") is every hospital's.
 */
const NAMED_WARD = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Ll}'’-]+[ \u00a0]){1,3})(Ward|Unit)(?![\p{L}])/gu;
const WARD_KIND_WORDS = new Set(('children childrens children\'s children’s maternity stroke cardiac cardiology surgical medical assessment acute admissions admission ' +
  'intensive care critical burns renal oncology cancer psychiatric mental health day discharge rehab rehabilitation eating disorder disorders ' +
  'mother baby neonatal labour labor delivery birth birthing emergency observation short stay high dependency coronary respiratory ' +
  'orthopaedic orthopedic trauma elderly older adult adults frailty dementia memory secure forensic low medium spinal injuries injury brain ' +
  'haematology hematology palliative hospice isolation transplant liver gastro neuro neurology neurosurgery urology gynaecology gynecology ' +
  'paediatric pediatric pediatrics paediatrics general private special research clinical decision investigation treatment minor major ' +
  'the a an our their his her my this that every each new old main north south east west first second third fourth fifth ground ' +
  'inpatient outpatient day-case recovery endoscopy dialysis infusion chemotherapy radiotherapy mental-health addiction addictions detox ' +
  'substance misuse alcohol drug drugs perinatal adolescent adolescents young people youth learning disability disabilities acquired ' +
  'post-natal postnatal antenatal ante-natal pre-natal prenatal ambulatory observation crisis place safety behaviour behavioural ' +
  'health-based based pupil referral support learning nurture inclusion sensory resource base hearing visual autism speech language ' +
  'communication specialist complex needs home student students family families police public protection abuse domestic offences ' +
  'sexual crime investigation intelligence safeguarding response liaison team services service child violence gang gangs custody ' +
  'court prison probation housing homeless homelessness welfare benefits finance business research teaching training').split(' '));

/** Articles and possessives that may open a ward's capitalised name ("The Aspen Ward"). */
const LEADING_DETERMINERS = new Set(['The', 'A', 'An', 'Our', 'Their', 'His', 'Her', 'My', 'This', 'That']);

/** The paragraph, or the text just before, is about a stay in hospital or a hospice: beds and wards there are patients'. */
function duringAStay(text: string, at: number, paragraph: string): boolean {
  return STAY_TALK.test(paragraph) || STAY_TALK.test(text.slice(Math.max(0, at - 600), at));
}

const STAY_TALK = /\b(?:ward|unit|hospital|hospice|ICU|HDU|admitted|admissions?|discharged?|nurses?|nursing|patients?|shift|obs|observations?|drip|line|PICC|cannula|consultant|theatre|bay|side[ \u00a0]room)\b/i;

/** A floor and a wing after "on" or "to": "on 4 West", "back to 7B"; not a street or a building ("6 North Street"). */
const COMPASS_WARD = /\b(?:on|onto|to|from|off|in|into|up[ \u00a0]+to|down[ \u00a0]+to|back[ \u00a0]+to)[ \u00a0]+(\d{1,2}[ \u00a0](?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)|\d{1,2}[A-Z])\b(?![ \u00a0]*\p{Lu})(?!['’\-])/gu;
/** A number and a letter alone ("on 4B") is a ward only where the sentence is about a stay in hospital. */
const WARD_TALK = /\b(?:ward|unit|step-?down|bed|beds|nurses?|admitted|transferred|discharged|moved|ICU|HDU|telemetry|obs|observations?|patients?|consultant|round|shift)\b/i;

/**
 * "the NICU at Holy Cross Regional", "the PICU at St Mary's", "the burns unit at Pinderfields": a unit
 * named with its hospital holds a few beds, so it says where one baby or patient was.
 */
const UNIT_AT_HOSPITAL = /\b(?:NICU|PICU|SCBU|SCN|NNU|CICU|ICU|HDU|CCU|[Nn]eonatal (?:intensive care )?unit|[Ss]pecial care (?:baby unit|nursery)|[Cc]hildren['’]s ward|[Mm]aternity ward|[Ll]abou?r ward|[Bb]urns unit|[Ss]troke unit|[Cc]ardiac unit|[Pp]sychiatric unit|[Mm]other and baby unit|[Ee]ating disorders? unit|[Oo]ncology ward|[Cc]ancer ward)[ \u00a0]+(?:at|in|of)[ \u00a0]+(?:the[ \u00a0]+)?((?:St\.?|Saint|\p{Lu}[\p{L}'’-]*)(?:[ \u00a0]+(?:(?:of|of the)[ \u00a0]+)?(?:St\.?|Saint|\p{Lu}[\p{L}'’-]*)){0,4})/gu;

function unitsAtHospitals(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, UNIT_AT_HOSPITAL)) {
    const hospital = m[1].replace(/[ \u00a0]+(?:St|Saint)\.?$/, '');
    // "the NICU in Leeds": a city has several; the unit is one of many until the hospital is named.
    if (notSmallPlace(ctx, hospital) && !/\b(?:Hospital|Infirmary|General|Royal|Memorial|Medical|Children['’]s)\b/.test(hospital)) continue;
    const end = m.index + m[0].length - m[1].length + hospital.length;
    const phrase = { start: m.index, end, text: ctx.text.slice(m.index, end), words: [] };
    // "I've worked on the NICU at the Royal for ten years": the blogger's own unit, with no patient in the sentence.
    out.push(authorsOwn(ctx.text, m.index) && !SOMEONE.test(sentenceOf(ctx.text, m.index)) ? ownPlace(phrase) : place(phrase, 'unit'));
  }
  return out;
}

/** "Ward 4C", "room 9", "Room 9 at Willow Bank", and the ward code alone once the post has named it. */
function wardsAndRooms(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const codes = new Set<string>();
  for (const m of matchesOf(ctx.text, UNIT)) {
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(' ') };
    // A conference hotel's room is no one's; "rents room 12 at the Empress Hotel" is someone's home.
    if (nearVenue(ctx.text, phrase) && !/ward/i.test(m[0]) && !LIVES_IN_ROOM.test(sentenceOf(ctx.text, m.index))) continue;
    if (classOrRoom(ctx.text, phrase)) { out.push(classroom(phrase)); continue; }
    out.push(place(phrase, 'unit'));
    // A ward's code recurs alone ("back on 4C"); a meeting room's code ("room S14") is no one's.
    if (/\d/.test(m[1]) && /[A-Z]/.test(m[1])) codes.add(m[1]);
  }
  for (const code of codes) {
    for (const m of matchesOf(ctx.text, new RegExp(String.raw`(?<![\p{L}\p{N}])${code}(?![\p{L}\p{N}])`, 'gu'))) {
      out.push(place({ start: m.index, end: m.index + code.length, text: code, words: [code] }, 'unit'));
    }
  }
  for (const m of matchesOf(ctx.text, NAMED_WARD)) {
    const words = m[1].trim().split(/[ \u00a0]+/);
    if (words.every((w) => WARD_KIND_WORDS.has(w.toLowerCase()))) continue;
    // "The Aspen Ward": the name starts after a leading article or possessive.
    const first = words.findIndex((w) => !LEADING_DETERMINERS.has(w));
    const lead = words.slice(0, first).join(' ');
    const start = m.index + (lead ? lead.length + 1 : 0);
    // Said among talk of a stay, not just of the unit itself.
    if (!duringAStay(ctx.text, m.index, paragraphAround(ctx.text, m.index).replace(m[0], ' ')) && ctx.segmentAt(m.index)?.kind !== 'tags') continue;
    out.push(place({ start, end: m.index + m[0].length, text: ctx.text.slice(start, m.index + m[0].length), words: words.slice(first) }, 'unit'));
  }
  for (const m of matchesOf(ctx.text, BED)) {
    // "if bed 12's obs tip into amber" is any patient's; "J.-P. in Bed 7", "you were in bed four" is one.
    // In a table the row is the sentence ("| Bed 7, J.-P. Arsenault, PICC day 12 |").
    const sentence = ctx.segmentAt(m.index)?.cell ? lineOf(ctx.text, m.index) : sentenceOf(ctx.text, m.index);
    const someone = SOMEONE.test(sentence) || /\b(?:you|your)\b/i.test(sentence) || /(?<![.!?]\s)\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}|\p{Lu}\.-?\p{Lu}?\.?\s+\p{Lu}\p{Ll}+|(?<=[a-z,]\s)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence);
    if (!someone) continue;
    if (duringAStay(ctx.text, m.index, paragraphAround(ctx.text, m.index))) out.push(place({ start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(' ') }, 'unit'));
  }
  // "ended up on 4 West", "transferred to 6 North": wards named by floor and wing, as staff say them.
  for (const m of matchesOf(ctx.text, COMPASS_WARD)) {
    const start = m.index + m[0].length - m[1].length;
    if (!/\d[A-Z]$/.test(m[1]) || WARD_TALK.test(sentenceOf(ctx.text, m.index))) out.push(place({ start, end: start + m[1].length, text: m[1], words: m[1].split(' ') }, 'unit'));
  }
  // "at the Royal": a hospital everyone local knows by its short name.
  for (const m of matchesOf(ctx.text, /\b(?:at|in|to|from|into|on)[ \u00a0]+the[ \u00a0]+(Royal|General|Infirmary|Royal Infirmary|Royal Free|Mater|Alfred)\b(?![ \u00a0]+\p{Lu})/gu)) {
    const start = m.index + m[0].length - m[1].length - 4;
    // Alone it is as often the blogger's own workplace as a patient's: noted, not counted ("Ward 4C at the General" is).
    out.push({ ...place({ start, end: m.index + m[0].length, text: ctx.text.slice(start, m.index + m[0].length), words: [] }, 'facility'), severity: 'low', quasi: false });
  }
  return out;
}

/**
 * "Room 9" alone is as often a school's class name ("my Room 9 class") as a resident's room: a room
 * points at someone only in a named unit or where a person sleeps or stays ("the bed in room 9").
 */
function classOrRoom(text: string, phrase: Phrase): boolean {
  if (!/^(?:[Rr]oom|[Cc]lassroom)[ \u00a0]+\S+$/.test(phrase.text)) return false;
  return !/\b(?:bed|beds|bedside|resident|residents|admitted|moved|lives|living|lived|rents|rented|renting|tenant|sleeps|slept|stays|stayed|staying|patient|isolation|discharged|found|fell|fall|door)\b/i.test(sentenceOf(text, phrase.start));
}

/** The sentence holding `at`, cut at full stops and line breaks only. */
function sentenceOf(text: string, at: number): string {
  return sentenceByMarks(text, at, at, FULL_STOP_MARKS);
}

function classroom(phrase: Phrase): Candidate {
  return note(phrase, `"${phrase.text}" reads as a class or room name: alone it does not say which school or home`, 'Fine alone; leave it out if the post also names the school, the home or the ward.');
}

const SAINT_SCHOOL_OR_CHURCH = 'Primary|Secondary|College|Hospital|School|Academy|High|Elementary|National School|Catholic School|Church|Chapel|Parish Church|Parish|Church Hall|Parish Hall|Hall|Mission';
/** Charities of the Church run shelters and day centres under their saint's name: "St Anne's Night Shelter". */
const SAINT_CARE = 'Hospice|Night Shelter|Shelter|Hostel|Refuge|Day Centre|Day Center|Drop-[Ii]n|Centre|Center|Care Home|Nursing Home|Home|House|Clinic|Ward|Unit|Nursery';
const SAINT_HEAD = new RegExp(String.raw`(?:${SAINT_SCHOOL_OR_CHURCH}|${SAINT_CARE})$`);
const SAINT_CARE_HEAD = new RegExp(String.raw`(?:${SAINT_CARE})$`);
/** "St Columba's", "St. Joseph's": a parish school, church or hospital, named the way locals say it. */
function saints(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(String.raw`\b(?:St\.?|Saint)[ \u00a0]+\p{Lu}\p{Ll}+(?:['’]s)?(?:[ \u00a0]+(?:${SAINT_SCHOOL_OR_CHURCH}|${SAINT_CARE}))?\b(?![ \u00a0]+(?:Day|Eve|Night|Cathedral|Basilica|Square|Green|Street|Road|Avenue|Lane|Parade|Festival|Week)\b)`, 'gu');
  for (const m of matchesOf(ctx.text, re)) {
    if (!/['’]s\b/.test(m[0]) && !SAINT_HEAD.test(m[0])) continue;
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/\s+/) };
    if (nearVenue(ctx.text, phrase)) continue;
    // "the flight to St. John's": a city named after a saint.
    if ((populationOf(m[0]) ?? 0) >= CITY_POPULATION) continue;
    // "St Paul's Hospital in Vancouver": a big city's hospital serves a whole region.
    if (/Hospital$/.test(m[0]) && hospitalInCity(ctx.text, phrase, 'Hospital')) { out.push(cityFacility(phrase)); continue; }
    // "We held the carol service at St Patrick's": a parish named in a paragraph with no one else in it.
    // A shelter or a home is where its people live, whoever the paragraph names.
    const care = SAINT_CARE_HEAD.test(m[0]);
    if (!care && !someoneInParagraph(ctx.text, m.index)) {
      out.push(note(phrase, `"${phrase.text}" is a parish church or school named after its saint, with no client in the paragraph: many places share the name`, NO_CLIENT_HINT));
      continue;
    }
    out.push(place(phrase, /(?:Church|Chapel|Parish|Hall|Mission)$/.test(m[0]) ? 'worship' : care ? 'facility' : 'school'));
  }
  return [...out, ...saintVillages(ctx)];
}

/** Anyone other than the blogger in the paragraph: a pronoun, a client or relative, or a first name ("Tomás started at ..."). */
function someoneInParagraph(text: string, at: number): boolean {
  const paragraph = paragraphAround(text, at);
  return SOMEONE.test(paragraph) || CARED_FOR.test(paragraph) || namesSomeone(paragraph);
}

/** A first name in the words, not a saint's, a sentence opener or a city's. */
function namesSomeone(words: string): boolean {
  // A saint's own name ("St Patrick's") is no one in the story.
  // "My", "Will" or "Sydney" open sentences and name cities as often as they name people.
  return [...words.matchAll(/(?<!\b(?:St\.?|Saint)[ \u00a0]+)(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}'’])/gu)]
    .some((w) => isGivenName(w[0]) && !LEADING.has(w[0].toLowerCase()) && !ORDINARY_OPENERS.has(w[0].toLowerCase()) && (populationOf(w[0]) ?? 0) < CITY_POPULATION);
}

/** "her cottage in St Keverne", "the chapel at St Ives-by-the-Lane": a village named after its saint. */
const SAINT_VILLAGE = /(?<=\b(?:in|at|near|outside|from|past|around|beyond|to|into|of)[ \u00a0]+)(?:St\.?|Saint)[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Ll}+(?:-\p{Ll}+)*-\p{Lu}\p{Ll}+)?(?![\p{L}'’-])(?![ \u00a0]+(?:\p{Lu}|(?:de|du|da|di|la|of)\b))/gu;
/** A saint prayed to, or a feast day, is a person of faith, not a village. */
const DEVOTION = /\b(?:pray|prays|prayed|praying|prayers?|devotion|devoted|medal|candle|candles|feast|novena|statue|relic|icon|patron)\b/i;

function saintVillages(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, SAINT_VILLAGE)) {
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/\s+/) };
    const sentence = sentenceOf(ctx.text, m.index);
    if (DEVOTION.test(sentence) || nearVenue(ctx.text, phrase) || ctx.aliases.has(m[0].toLowerCase())) continue;
    const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
    if (!(STRONG_BEFORE.test(before) || WORK_BEFORE.test(before) || SOMEONE.test(sentence))) continue;
    const population = populationOf(m[0]);
    if (population === undefined || population < CITY_POPULATION) out.push(town(phrase, population));
  }
  return out;
}

/**
 * "Glenvarra's one pub", "Kilbeg's main street": only a place has a single pub or a main street, so the
 * word before is a village whether or not any list knows it.
 */
const AMENITY_AFTER = /^[ \u00a0]+(?:(?:one|only|single|lone|little)[ \u00a0]+(?:pub|shop|store|school|church|chapel|garage|petrol station|gas station|bar|cafe|café|takeaway|doctor|GP|surgery|street|road|bus|bus stop|traffic light|set of traffic lights|hotel|motel|diner|supermarket|post office)|(?:main|high)[ \u00a0]+street)\b/i;

function townsByTheirAmenities(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, /(?<![\p{L}])(\p{Lu}[\p{Ll}]+(?:[ \u00a0]\p{Lu}[\p{Ll}]+)?)['’]s(?=[ \u00a0])/gu)) {
    const name = m[1];
    if (!AMENITY_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (LEADING.has(name.toLowerCase()) || isBroadRegion(name) || CALENDAR.test(name) || ctx.aliases.has(name.toLowerCase())) continue;
    if ((populationOf(name) ?? 0) >= CITY_POPULATION || inLexicon(name)) continue;
    out.push(town({ start: m.index, end: m.index + name.length, text: name, words: name.split(/[ \u00a0]/) }, populationOf(name)));
  }
  return out;
}

/**
 * "at the Coonamble campdraft", "the Kilbrack regatta": a small place's own show, rodeo or races. In a
 * story about someone, locals know who was thrown, hurt or crowned there.
 */
const EVENT_NOUNS = 'show|shows|show day|ag show|agricultural show|A&P show|campdraft|rodeo|stampede|races|picnic races|race day|race meeting|fair|regatta|gala|feis|eisteddfod|carnival|gymkhana|fete|fête|field days?|sheepdog trials|highland games|ploughing match|sports day|pow ?wow'
  // "the Kilbrack Regatta" as often as "the Kilbrack regatta": each word may take a capital.
  .replace(/\b([a-z])/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
const LOCAL_EVENT = new RegExp(String.raw`(?<![\p{L}'’])[Tt]he[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)[ \u00a0]+(?:${EVENT_NOUNS})(?![\p{L}])`, 'gu');
/** Words that make an event a big or general one, not one small place's: "the Royal show", "the County fair". */
const NOT_A_TOWN_EVENT = /^(?:Royal|State|County|National|World|International|Annual|Local|Spring|Summer|Autumn|Fall|Winter|Country|Village|School|Church|Town|City|Agricultural|Regional|Street|Easter|Christmas|Fun|Science|Book|Art|Craft|Trade|Job|Careers|Dog|Horse|Cattle)$/;

function localEvents(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, LOCAL_EVENT)) {
    const name = m[1];
    const words = name.split(/[ \u00a0]/);
    if (words.some((w) => NOT_A_TOWN_EVENT.test(w) || LEADING.has(w.toLowerCase())) || CALENDAR.test(name) || isBroadRegion(name) || PUBLIC_PLACES.test(name) || silenced(ctx, name)) continue;
    const country = postCountry(ctx.text);
    const population = country ? populationIn(name, country) : populationOf(name);
    if ((population ?? 0) >= CITY_POPULATION) continue;
    // A name no gazetteer knows must at least not be an ordinary word or someone's first name.
    if (population === undefined && (allDictionaryWords(words) || inLexicon(name) || isGivenName(words[0]))) continue;
    if (!SOMEONE.test(sentenceOf(ctx.text, m.index))) continue;
    const start = m.index + m[0].indexOf(name);
    const phrase = { start, end: start + name.length, text: name, words };
    out.push(counted(phrase, `"${name}" is a small place, named by its own show, races or rodeo: in a story about someone, locals know who was there`, 'Say "a local show" or "a country rodeo" instead.'));
  }
  return out;
}

/** Words that say which country a post is written from: its states or provinces, services and idiom. */
const COUNTRY_SIGNS: [string, RegExp][] = [
  ['AU', /\b(?:Australian?|NSW|New South Wales|Queensland|Tasmania|Northern Territory|South Australia|Western Australia|paddocks?|utes?|campdrafts?|arvo|servo|Centrelink|jackaroo|jillaroo)\b/g],
  ['NZ', /\b(?:New Zealand|Aotearoa|State Highway|whānau|Waikato|Otago|Taranaki|Northland|A&P show)\b/g],
  ['IE', /\b(?:Ireland|Irish|Gardaí|GAA|Leaving Cert|Junior Cert|Tusla|townland)\b/g],
  ['CA', /\b(?:Canada|Canadian|Ontario|Quebec|Manitoba|Saskatchewan|Alberta|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Nunavut|Yukon|RCMP)\b/g],
  ['GB', /\b(?:England|Scotland|Wales|NHS|GCSEs?|Ofsted|council estate|Yorkshire)\b/g],
  ['US', /\b(?:Texas|Oklahoma|Montana|Wyoming|Nebraska|Kansas|Iowa|Ohio|Kentucky|Tennessee|California|Arizona|Nevada|Oregon|Idaho|Utah|Colorado|New Mexico|Michigan|Wisconsin|Minnesota|Illinois|Indiana|Missouri|Arkansas|Louisiana|Mississippi|Alabama|Florida|North Carolina|South Carolina|Pennsylvania|New Jersey|Massachusetts|Vermont|Alaska|North Dakota|South Dakota|West Virginia|Appalachia|county fair|4-H|Medicaid|Walmart|food stamps|Section 8|GED|Head Start)\b/g],
];

/**
 * The size of the place of this name in the post's own country: "his family in Kerman" in a post about
 * California is a farm town of 14,000, not the Iranian city. Where the post gives no country, or its
 * country has no place of that name, the largest namesake anywhere.
 */
function populationHere(text: string, name: string): number | undefined {
  const country = postCountry(text);
  return (country ? populationIn(name, country) : undefined) ?? populationOf(name);
}

/** The last post's country: asked for every place named where someone lives, it is the same for the whole post. */
let lastCountry: { text: string; country: string | undefined } | undefined;

/** The country a post is plainly set in, where one country's signs outnumber every other's. */
function postCountry(text: string): string | undefined {
  if (lastCountry?.text !== text) {
    const counts = COUNTRY_SIGNS.map(([country, re]) => [country, text.match(re)?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
    lastCountry = { text, country: counts[0][1] > 0 && counts[0][1] > counts[1][1] ? counts[0][0] : undefined };
  }
  return lastCountry.country;
}

/** "the crash near X", "the fire out past X": where something happened to someone in a small place. */
const INCIDENT_BEFORE = /\b(?:crash|accident|rollover|smash|collision|fire|bushfire|wildfire|house fire|flood|floods|flooding|shooting|stabbing|drowning|explosion|landslide|avalanche|fall|attack|assault|overdose)\b[^.!?\n]{0,30}?\b(?:at|in|near|outside|past|beyond)[ \u00a0]+$/i;

function incidentThere(text: string, phrase: Phrase, before: string): boolean {
  return INCIDENT_BEFORE.test(before) && SOMEONE.test(sentenceOf(text, phrase.start));
}

/** Nicknames local clubs take: "the Mallee Bulldogs", "the Carnarvon Eagles". */
const TEAM_NICKNAMES = 'Eagles|Bulldogs|Hawks|Magpies|Tigers|Lions|Bears|Sharks|Saints|Swans|Cats|Dragons|Panthers|Falcons|Kangaroos|Roos|Roosters|Rams|Bulls|Wolves|Warriors|Raiders|Rangers|Stingrays|Seahawks|Kookaburras|Cougars|Demons|Blues|Giants|Storm|Thunder|Lightning|Hurricanes|Cobras|Vipers|Jets|Comets|Rockets|Pirates|Vikings|Knights|Spartans|Titans|Trojans|Crusaders|Chiefs|Braves|Mustangs|Broncos|Stallions|Colts|Chargers|Wildcats|Bobcats|Lynx|Foxes|Badgers|Owls|Ravens|Crows|Kestrels|Kites|Redbacks|Bombers|Blazers|Flames|Heat|Sting|Wolverines|Huskies|Grizzlies|Jaguars|Leopards|Pumas|Dolphins|Marlins|Mariners|Seagulls|Pelicans|Scorpions|Wasps|Hornets|Bees|Yellowjackets|Gators|Bearcats|Tornadoes|Cyclones';
const TEAM_NICKNAME = `(?:${TEAM_NICKNAMES})`;
/** A junior side, or someone playing for it: "the Mallee Bulldogs under-14s", "plays for the Carnarvon Eagles". */
const LOCAL_TEAM = new RegExp(String.raw`(?<![\p{L}'’])[Tt]he[ \u00a0]+((?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,2}${TEAM_NICKNAME})(?![\p{L}])`, 'gu');
/** Clubs named without "the", as Gaelic and village clubs are: "hurls with Ballyhale Shamrocks", "plays for Kilmacud Crokes". */
const CLUB_NICKNAMES = `${TEAM_NICKNAMES}|Shamrocks|Crokes|Harps|Emmets|Sarsfields|Gaels|Óg|Og|Rovers|United|Celtic|Athletic|Wanderers|Swifts|Hotspurs|Albion|Thistle|Juniors|Colts`;
const CLUB_NICKNAME = `(?:${CLUB_NICKNAMES})`;
const BARE_CLUB = new RegExp(String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,2}${CLUB_NICKNAME})(?![\p{L}])`, 'gu');
const CLUB_SPORT_BEFORE = /\b(?:plays?|played|playing|hurls?|hurled|hurling|camogie|football|footy|rugby|hockey|netball|soccer|signed|joined|trains?|trained|training|coach(?:es|ed|ing)?|captains?|captained|lines? out)\b[^.!?\n]{0,20}?\b(?:for|with|at)[ \u00a0]+$/i;

/** Last words of a sports club's name: "Dundee FC", "Wigan Athletic", "Cork GAA", "Dundee United". */
const SPORTS_HEAD = new RegExp(String.raw`^(?:FC|AFC|RFC|GAA|GAC|${CLUB_NICKNAMES})$`);

/** A club named after a city or a county ("Dundee FC", "Cork GAA") is a senior side, unless its junior team is meant. */
function professionalSide(text: string, phrase: Phrase): boolean {
  if (phrase.words.length < 2 || !SPORTS_HEAD.test(phrase.words[phrase.words.length - 1])) return false;
  const town = phrase.words.slice(0, -1).join(' ');
  if (!town || TEAM_AFTER.test(text.slice(phrase.end, phrase.end + 30))) return false;
  return (populationOf(town) ?? 0) >= CITY_POPULATION || isBroadRegion(town) || COUNTY.test(town);
}
const TEAM_AFTER = /^(?:['’]s?)?[ \u00a0]+(?:under[- \u00a0]?\d{1,2}s?|u[- ]?\d{1,2}s?|juniors?|seniors|minis|colts|reserves|youth|girls|boys|women['’]?s|ladies|netball|footy|squad|side|team|club|first team|second team|firsts|seconds)\b/i;
const TEAM_BEFORE = /\b(?:plays?|played|playing|signed|joined|trains?|trained|training|coach(?:es|ed|ing)?|captains?|captained|picked|selected|kicks?|kicked|scored|runs?|ran|bowls?|bowled|debut(?:ed)?|goalkeeper|keeper|striker|winger|forward|defender|netballer|footballer)\b[^.!?\n]{0,20}?\b(?:for|with|in|at|against|to)[ \u00a0]+$/i;

/**
 * A town's junior club is a small world: its coach, parents and players know who "the Carnarvon Eagles'
 * new striker with the broken arm" is. A city's name on the club ("the Brisbane Lions") is a professional side.
 */
function localTeams(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, LOCAL_TEAM)) {
    const name = m[1];
    const words = name.split(/[ \u00a0]/);
    const town = words.slice(0, -1).join(' ');
    if ((populationOf(town) ?? 0) >= CITY_POPULATION || PUBLIC_PLACES.test(town) || LEADING.has(words[0].toLowerCase())) continue;
    const start = m.index + m[0].length - name.length;
    // "the Mallee Bulldogs under-14s": a district's junior side is as small a world as a town's.
    const junior = TEAM_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (!junior && isBroadRegion(town)) continue;
    if (!(junior || TEAM_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 50), m.index)))) continue;
    out.push(place({ start, end: start + name.length, text: name, words }, 'club'));
  }
  for (const m of matchesOf(ctx.text, BARE_CLUB)) {
    const words = m[1].split(/[ \u00a0]/);
    const town = words.slice(0, -1).join(' ');
    if (!CLUB_SPORT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 50), m.index)) || LEADING.has(words[0].toLowerCase())) continue;
    // "plays for Dundee United": a city's or a county's club is a senior side, and "Celtic" alone is one.
    if (notSmallPlace(ctx, town) || COUNTY.test(town) || isGivenName(town) || allDictionaryWords(words.slice(0, -1))) continue;
    out.push(place({ start: m.index, end: m.index + m[1].length, text: m[1], words }, 'club'));
  }
  return out;
}

/**
 * "Legion Branch 133", "VFW Post 4412", "Masonic Lodge No. 27", "Teamsters Local 743": a numbered branch
 * of a veterans', fraternal or trade body meets in one hall, and its members know each other.
 */
const NUMBERED_BRANCH = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’.]*[ \u00a0]){1,3})(?:Branch|Post|Lodge|Chapter|Local|Aerie)[ \u00a0]+(?:No\.?[ \u00a0]*|#[ \u00a0]?)?\d{1,5}(?![\d\p{L}])/gu;

function numberedBranches(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, NUMBERED_BRANCH)) {
    const words = m[1].trim().split(/[ \u00a0]+/);
    if (LEADING.has(words[0].toLowerCase()) && words.length === 1) continue;
    if (!SOMEONE.test(paragraphAround(ctx.text, m.index))) continue;
    out.push(place({ start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/[ \u00a0]+/) }, 'club'));
  }
  return out;
}

/** "the Glenanne Road children's home": a home or service called by the street it stands on. */
const HOME_BY_STREET = /\bthe[ \u00a0]+((?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,2}(?:Road|Street|Lane|Avenue|Drive|Close|Crescent|Terrace|Grove|Place|Gardens))[ \u00a0]+(?:children['’]s[ \u00a0]+home|care[ \u00a0]+home|nursing[ \u00a0]+home|group[ \u00a0]+home|residential[ \u00a0]+(?:home|unit)|hostel|refuge|shelter|flats|house|home|unit|project|surgery|clinic|practice|centre|center)\b/gu;

function homesByStreet(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, HOME_BY_STREET)) {
    const street = m[1];
    if (PUBLIC_STREETS.has(street.toLowerCase()) || FAMOUS_STREETS.has(street.toLowerCase())) continue;
    const start = m.index + m[0].indexOf(street);
    out.push(place({ start, end: start + street.length, text: street, words: street.split(/[ \u00a0]+/) }, 'home'));
  }
  return out;
}

/** Shops a person uses or works in, named after a place or an owner: "Fernhollow pharmacy", "Doyle's chemist". */
const SHOP_NOUN = /^(?:pharmacy|chemist|drugstore|drug store|grocery(?: store)?|general store|hardware store|diner|salon|laundromat|deli|bakery|garage|store)$/;

/** "the Scunthorpe steelworks", "the Hendry farm": a named employer followed by a plain noun. */
function workplacesAfterName(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, PROPER)) {
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const care = CARE_AFTER_NAME.exec(after) ?? SCHOOL_AFTER_NAME.exec(after);
    const rest = WORKPLACE_AFTER.exec(after) ?? HOME_AFTER.exec(after) ?? CLUB_AFTER.exec(after) ?? care;
    if (!rest) continue;
    // "the Mokoro clinic"; a clinic or school also goes without the article: "weighed at Chisamba health post".
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    // "scripts at Fernhollow pharmacy", "works at Doyle's chemist": a shop named after a place or its owner goes without one too.
    const ownShop = rest !== care && SHOP_NOUN.test(rest[1]) && !isChain(m[0].toLowerCase()) && /\b(?:at|from|for|in)[ \u00a0]+$/i.test(before) && !allDictionaryWords(m[0].split(/[ \u00a0]+/)) && !CALENDAR.test(m[0]) && (populationOf(m[0]) ?? 0) < CITY_POPULATION;
    if (!/\bthe[ \u00a0]+$/i.test(before) && !ownShop && !(rest === care && /\b(?:at|to|in|into|from|attends?|attended|attending)[ \u00a0]+$/i.test(before))) continue;
    if (isBroadRegion(m[0]) || PUBLIC_PLACES.test(m[0]) || SERVICES.test(m[0])) continue;
    const end = m.index + m[0].length + rest[0].length;
    const phrase = { start: m.index, end, text: ctx.text.slice(m.index, end), words: m[0].split(/[ \u00a0]+/) };
    // "the Boots pharmacy": a chain's shop on an errand of the blogger's names no one's workplace.
    const someone = SOMEONE.test(sentenceOf(ctx.text, m.index));
    if (isChain(m[0].toLowerCase()) && !someone) continue;
    // "I trained at the Tavistock clinic": where the blogger learnt or works, with no client in the sentence.
    const own = authorsOwn(ctx.text, m.index) && !someone;
    if (rest !== care) out.push(own && OWN_PAST.test(clauseBefore(ctx.text, m.index)) ? ownPlace(phrase) : place(phrase, HOME_AFTER.test(after) ? 'estate' : CLUB_AFTER.test(after) ? 'club' : 'workplace'));
    else if (SCHOOL_AFTER_NAME.test(after)) {
      // "the Auckland kindergarten" is one of a city's many; "the Coolah school" is the village's only one.
      const population = populationHere(ctx.text, m[0]);
      if (careNamedByPlace(ctx, m[0]) && (population ?? 0) < CITY_POPULATION) out.push(own ? workPlace(ctx.text, phrase, population) : place(phrase, 'school'));
    } else if (careNamedByPlace(ctx, m[0])) out.push(careAfterName(ctx, phrase, m[0], care[1], own));
  }
  return out;
}

/**
 * "the Mokoro clinic", "the Kabwe Road health post": a clinic named after its settlement or road. Names
 * in plain words ("the Memory clinic", "the Rainbow clinic") say what the clinic does, not where it is.
 */
function careNamedByPlace(ctx: DetectContext, name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  return !words.every((w) => GENERIC.test(w) || KIND_OF_SCHOOLING.test(w)) && !allDictionaryWords(words) && !CALENDAR.test(name) && !PERSON_TITLES.test(name) && !HOLIDAY_END.test(name) && !silenced(ctx, name) && !/\p{Ll}\p{Lu}/u.test(name);
}

/** Kinds of school named after their founders or a day: "the Steiner school", "Sunday school". */
const KIND_OF_SCHOOLING = /^(?:Steiner|Montessori|Waldorf|Sunday|Saturday|Summer|Forest|Charter|Magnet|Hebrew|Quran|Koran|Bible|Gaelic|Irish|Welsh|Polish|Arabic|Chinese|English|Dance|Ballet|Music|Drama|Swim|Driving|Flight|Nursing|Medical|Law|Business|Art)$/;

/** A town's hospital serves a district, and a city's clinic is one of many: noted. A settlement's clinic is its people's. */
function careAfterName(ctx: DetectContext, phrase: Phrase, name: string, noun: string, own: boolean): Candidate {
  const known = populationHere(ctx.text, name);
  if (own) return workPlace(ctx.text, phrase, known);
  const population = known ?? 0;
  // "His mum works at the Gladstone hospital": a town's hospital as someone's workplace is one of its few employers.
  const staff = WORK_BEFORE.test(ctx.text.slice(Math.max(0, phrase.start - 60), phrase.start).replace(/\bthe[ \u00a0]+$/i, '')) && SOMEONE.test(sentenceOf(ctx.text, phrase.start));
  if (population >= CITY_POPULATION || (population >= HOSPITAL_TOWN && /hospital/.test(noun) && !staff)) {
    return note(phrase, `"${phrase.text}" is named after a town of about ${round(population)} people: it serves a whole district, so alone it does not point at anyone`, 'Fine to keep, unless the post adds a ward, a room or a date of admission; say "the local hospital" to be safe.');
  }
  return place(phrase, 'facility');
}

/**
 * "works shifts at the turkey plant", "a job at the salmon cannery": in a small place there is one of
 * each, so the product names the employer as surely as its name would.
 */
const PLANT = /\b(?:works?|working|worked|shifts?|job|jobs|employed|laid off|redundant|started|nights|days)\b[^.!?\n]{0,25}?\b(?:at|in|on|from)[ \u00a0]+(the[ \u00a0]+(?!(?:local|same|new|old|big|nearby|only|main|other|closest|nearest|processing|power|treatment|sewage|water|chemical|manufacturing|packing|distribution|recycling|nuclear|bottling)\b)[a-z]+[ \u00a0]+(?:plant|processing plant|factory|mill|meatworks|abattoir|cannery|packhouse|freezing works|mine|quarry|refinery|smelter|shipyard))\b/g;

/** "drinks at the Fox and Hounds", "the barmaid at the Red Lion": a pub is where locals are known by name. */
const PUB = /\b(?:drinks?|drank|drinking|pint|pints|regular|regulars|barman|barmaid|bar staff|landlord|landlady|pub|quiz|darts|pool team|behind the bar|bar work|glass collector)\b[^.!?\n]{0,20}?\b(?:at|in|from)[ \u00a0]+the[ \u00a0]+((?:\p{Lu}\p{Ll}+[ \u00a0]){0,2}\p{Lu}\p{Ll}+[ \u00a0](?:and|&)[ \u00a0](?:\p{Lu}\p{Ll}+[ \u00a0])?\p{Lu}\p{Ll}+|(?:Red|White|Black|Golden|Royal|Old|King's|Queen's|Kings|Queens|Green|Blue)[ \u00a0](?:Lion|Hart|Horse|Bull|Swan|Oak|Bear|Stag|Hind|Boar|Cow|Dragon|Star|Crown|Anchor|Lamb|Head))\b/gu;

function pubs(ctx: DetectContext): Candidate[] {
  return workplacesEndingMatches(ctx, PUB).filter((c) => !VENUES.test(ctx.text.slice(c.start, c.end)) && !PUBLIC_PLACES.test(ctx.text.slice(c.start, c.end)));
}

/** The workplace a pattern's last group names, where the match ends with it. */
function workplacesEndingMatches(ctx: DetectContext, re: RegExp): Candidate[] {
  return [...matchesOf(ctx.text, re)].map((m) => {
    const start = m.index + m[0].length - m[1].length;
    return place({ start, end: m.index + m[0].length, text: m[1], words: [] }, 'workplace');
  });
}

/**
 * "Her dad worked at the fish plant": unnamed, the plant is one of many such until the post names the
 * small place it stands in; "half the town worked at the fish plant" is general talk.
 */
function plantsByProduct(ctx: DetectContext, placeNamed: boolean): Candidate[] {
  return workplacesEndingMatches(ctx, PLANT).map((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (!SOMEONE.test(sentenceOf(ctx.text, c.start))) return note({ ...c, text, words: [] }, `"${text}" is a town's employer, talked about in general: it says where many people worked, not who`, 'Fine in general talk; say "the local factory" if the post is about one person who worked there.');
    if (!placeNamed) return note({ ...c, text, words: [] }, `"${text}" is a kind of workplace found in many towns: with no small place named in the post, it does not say which`, 'Fine alone; say "a factory job" if the post also names the town.');
    return c;
  });
}

/** ", Lurgan", " in Swanton Novers": the capitalised words right after a named home, school or hall, and nothing more. */
const TOWN_OF_PLACE = /^(?:,|[ \u00a0]+in)[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?)(?=[ \u00a0]*(?:$|[,.;:!?)\]\n]|[ \u00a0]+\p{Ll}))/u;
const PLACE_KINDS: ReadonlySet<Kind> = new Set(['school', 'facility', 'workplace', 'club', 'worship']);

/**
 * "Glenavon House, Lurgan", "Beechcroft Lodge in Swanton Novers": a care home, school or hall found as
 * someone's gives its town right after it, and the two together point at one building. The town is
 * named for that reason even when the gazetteer does not know it, unless it is a city or a region.
 */
function withTheirTowns(ctx: DetectContext, candidates: Candidate[]): Candidate[] {
  const towns: Candidate[] = [];
  for (const c of candidates) {
    if (c.severity === 'low' || c.rule !== undefined && c.rule !== 'location') continue;
    const head = headKind(ctx.text.slice(c.start, c.end).split(/[ \u00a0]+/));
    if (!head || !PLACE_KINDS.has(head.kind)) continue;
    const m = TOWN_OF_PLACE.exec(ctx.text.slice(c.end, c.end + 60));
    if (!m) continue;
    const name = m[1];
    const start = c.end + m[0].length - name.length;
    const nameWords = name.split(/[ \u00a0]+/);
    if (notSmallPlace(ctx, name) || isCountry(name) || CALENDAR.test(name) || allDictionaryWords(nameWords) || (populationOf(name) === undefined && isGivenName(nameWords[0]))) continue;
    towns.push(town({ start, end: start + name.length, text: name, words: nameWords }, populationOf(name)));
  }
  return [...candidates, ...towns];
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "a tower block in Moss Side", "the flats on Gorse Hill", "a council house in Harehills": a kind of
 * home, then where it is. The name is where someone lives even when its words are plain English,
 * which the general rule would not trust.
 */
const DWELLING_IN = /\b(?:tower[ \u00a0]blocks?|high[- \u00a0]rises?|blocks?[ \u00a0]of[ \u00a0]flats|flats|flat|council[ \u00a0](?:house|flat|estate|housing)|social[ \u00a0]housing|housing[ \u00a0](?:association|commission|project|projects|scheme)(?:[ \u00a0](?:house|flat|home))?|state[ \u00a0]house|the[ \u00a0]projects|maisonette|tenement|bedsit|trailer[ \u00a0]park|caravan[ \u00a0]park|mobile[ \u00a0]home[ \u00a0]park|halting[ \u00a0]site|trailer|caravan|apartment(?:[ \u00a0]block)?|terraced?[ \u00a0]house|semi|two-up[ \u00a0]two-down|estate)[ \u00a0]+(?:in|on|at|outside|near|off|behind|up|down)[ \u00a0]+(?:the[ \u00a0]+)?((?:\p{Lu}[\p{L}'’-]*)(?:[ \u00a0](?:of[ \u00a0])?\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’])/gu;

function neighbourhoodsByDwelling(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, DWELLING_IN)) {
    const name = m[1];
    if (silenced(ctx, name)) continue;
    // "a flat on Rightmove", "the trailer on YouTube": internal capitals mark a brand, not a neighbourhood.
    if (/\p{Ll}\p{Lu}/u.test(name) || isBroadRegion(name) || COUNTY.test(name) || CALENDAR.test(name) || PERSON_TITLES.test(name) || SERVICES.test(name) || PUBLIC_PLACES.test(name) || PUBLIC_WORSHIP.test(name) || VENUES.test(name) || HOTELS.test(name)) continue;
    const population = populationOf(name);
    if ((population ?? 0) >= CITY_POPULATION) continue;
    const start = m.index + m[0].length - name.length;
    const phrase = { start, end: start + name.length, text: name, words: name.split(/[ \u00a0]+/) };
    out.push(authorsOwn(ctx.text, start) ? ownPlace(phrase) : town(phrase, population));
  }
  return out;
}

/** Head words of a named block of flats or apartment complex. */
const HOUSING_HEAD = /^(?:Towers|Tower|Court|Courts|Heights|Gardens|Apartments|Apts|Flats|Mansions|Plaza|Lofts|Residences|Buildings|Block)$/;
/** Heads that only housing has: with any place preposition before, the name is a home. */
const HOUSING_ONLY = /^(?:Towers|Apartments|Apts|Flats|Mansions|Lofts|Residences)$/;
/** A day out: "went to Alton Towers for his birthday" is a theme park, not a block of flats. */
const DAY_OUT = /\b(?:birthday|holidays?|day out|day trip|trip|treat|rides?|rollercoasters?|roller coasters?|tickets?|queues?|theme park)\b/i;
/** Someone lives there: "lives in", "moved into", "a tenant at", "the lift at". */
const RESIDENT_BEFORE = /\b(?:lives?|living|lived|moved|moving|move|grew up|raised|rehoused|housed|placed|flat|apartment|bedsit|neighbours?|neighbors?|residents?|tenants?|caretaker|concierge|landlord|rents?|rented|renting|lift|stairwell|balcony)\b[^.!?\n]{0,30}?\b(?:in|at|into|to|from|of|on)[ \u00a0]+(?:the[ \u00a0]+)?$/i;
/** A club held where its members live: "the homework club at Cedar Towers", "the tenants' association of". */
const RESIDENTS_CLUB_BEFORE = /\b(?:homework|breakfast|after-?school|youth|kids['’]?|children['’]?s|tenants['’]?|residents['’]?|lunch|reading|coffee|parents['’]?|toddler|play)[ \u00a0-](?:club|group|session|morning|night|drop-in|café|cafe|association|meeting)s?\b[^.!?\n]{0,20}?\b(?:at|in|on|of)[ \u00a0]+(?:the[ \u00a0]+)?$/i;
/** "Cedar Towers, where she lives", "the Maple Court tenants": the people who live there follow the name. */
const RESIDENT_AFTER = /^(?:,?[ \u00a0]+where[ \u00a0]+(?:she|he|they|the family|her family|his family|my client)[ \u00a0]+(?:lives?|lived|grew up|stays?|stayed)|[ \u00a0]+(?:residents|tenants|tenants['’]|residents['’]|flats|block|estate|homework club|youth club))\b/i;
/** "Crown Court", "the Family Court": courts of law, and a hearing, are no one's home. */
const LAW_COURT = /\b(?:Crown|Magistrates['’]?|County|Family|High|Youth|Coroner['’]?s|Supreme|District|Circuit|Children['’]?s|Juvenile|Probate|Federal|Superior|Municipal|Drug|Sheriff|Appeal|Appeals|Housing)[ \u00a0]+Courts?\b|\b(?:hearing|judge|magistrates?|sentenc\w*|trial|jury|solicitor|barrister|lawyer|tribunal)\b/i;

/** "lives in Cedar Towers", "the homework club at Maple Court Apartments": a named block where people live. */
function housingBlocks(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, PROPER)) {
    let words = m[0].split(/[ \u00a0]+/);
    let start = m.index;
    while (words.length > 1 && LEADING.has(words[0].toLowerCase())) { start += words[0].length + 1; words = words.slice(1); }
    const head = words[words.length - 1];
    if (words.length < 2 || !HOUSING_HEAD.test(head)) continue;
    const phrase = { start, end: m.index + m[0].length, text: ctx.text.slice(start, m.index + m[0].length), words };
    const before = ctx.text.slice(Math.max(0, start - 60), start);
    const lived = RESIDENT_BEFORE.test(before) || RESIDENTS_CLUB_BEFORE.test(before) || (HOUSING_ONLY.test(head) && WEAK_BEFORE.test(before) && !DAY_OUT.test(sentenceOf(ctx.text, start))) || RESIDENT_AFTER.test(ctx.text.slice(phrase.end, phrase.end + 40));
    if (!lived || silenced(ctx, phrase.text)) continue;
    if (PUBLIC_PLACES.test(phrase.text) || VENUES.test(phrase.text) || HOTELS.test(phrase.text) || isBroadRegion(phrase.text) || (populationOf(phrase.text) ?? 0) >= CITY_POPULATION) continue;
    if (/^Courts?$/.test(head) && LAW_COURT.test(sentenceOf(ctx.text, start))) continue;
    out.push(authorsOwn(ctx.text, start) && !RESIDENTS_CLUB_BEFORE.test(before) ? ownPlace(phrase) : housingBlock(phrase));
  }
  return out;
}

function housingBlock(phrase: Phrase): Candidate {
  return counted(phrase, `"${phrase.text}" is a named block of flats or apartment complex: neighbours and local readers know who lives there`, 'Say "a block of flats across town" or "the estate where she lives" instead.');
}

/** A place that is reported and counts towards the post's mosaic of details. */
function counted(phrase: Phrase, message: string, hint: string): Candidate {
  return { start: phrase.start, end: phrase.end, category: 'location', severity: 'medium', quasi: true, message, hint };
}

/** A name the author declared as an alias or an allowed place, or a watched name (reported by its own rule). */
function silenced(ctx: DetectContext, name: string): boolean {
  const lower = name.toLowerCase();
  return ctx.aliases.has(lower) || ctx.config.allowedPlaces.some((p) => p.toLowerCase() === lower) || isWatched(ctx, name);
}

/**
 * "the nursing station in Kugluktuk", "the school at Kalumburu": a settlement too small for the
 * gazetteer has one of each, so even the blogger's own post there names the community its clients
 * live in.
 */
const SETTLEMENT_SERVICE_BEFORE = /\bthe[ \u00a0]+(?:only[ \u00a0]+)?(?:nursing[ \u00a0]station|health[ \u00a0](?:centre|center|clinic|post)|clinic|school|store|shop|post[ \u00a0]office|co-?op|band[ \u00a0]office|council[ \u00a0]office|police[ \u00a0]station|RCMP[ \u00a0]detachment|airstrip)[ \u00a0]+(?:in|at)[ \u00a0]+$/i;

/**
 * "runs cattle at Coolabah Downs", "grew up on Wandoo Station": a pastoral station is one family's
 * property. Without "the" before it, "X Downs" is such a station, not a region like "the Darling Downs".
 */
const STATION = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)[ \u00a0]+(Downs|Station)(?![\p{L}])/gu;
const STATION_LIFE_BEFORE = /\b(?:back|lives?|living|lived|grew up|growing up|raised|born|works?|working|worked|job|runs?|ran|running|cattle|sheep|stock|mustering|musters?|mustered|jackaroo\w*|jillaroo\w*|stockman|stockmen|ringer|governess|manager|managed|manages|owns?|owned|bought|sold|home|property|family|cook|station hand)\b[^.!?\n]{0,30}?\b(?:at|on|to|from|of|in|onto)[ \u00a0]+$/i;
const PASTORAL = /\b(?:cattle|sheep|stock|muster\w*|paddocks?|homestead|jackaroo\w*|jillaroo\w*|ringers?|governess|outback|acres|hectares|head of|drought|bores?|School of the Air|property|station hand|stockm[ae]n|wool|shearing|shearers?)\b/i;
const NOT_PASTORAL_STATION = /^(?:Police|Fire|Bus|Railway|Rail|Train|Tube|Petrol|Gas|Power|Radio|Central|Union|Space|Ambulance|Lifeboat|Coastguard|Research|Service|Filling|Pumping|Weather|Polling|Penn|Grand Central|Nursing|Lighthouse|Pilot|Relay|Tracking)$/;

function pastoralStations(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, STATION)) {
    const name = m[1];
    const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
    if (/\bthe[ \u00a0]+$/i.test(before) || LEADING.has(name.split(/[ \u00a0]/)[0].toLowerCase()) || !STATION_LIFE_BEFORE.test(before)) continue;
    const sentence = sentenceOf(ctx.text, m.index);
    // A town's railway or police station is a public place; a station as a property comes with its
    // stock, and people work "on" it, not "at" it.
    if (m[2] === 'Station' && (NOT_PASTORAL_STATION.test(name) || !PASTORAL.test(sentence) && !/\bon[ \u00a0]+$/i.test(before) && populationOf(name) !== undefined)) continue;
    if (silenced(ctx, m[0]) || isBroadRegion(name) || PUBLIC_PLACES.test(name)) continue;
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/[ \u00a0]+/) };
    out.push(counted(phrase, `"${phrase.text}" is a named station or farm: one family's property, so it says who lives and works there`, 'Say "a cattle station out west" or "a big property" instead.'));
  }
  return out;
}

/** People a practitioner looks after, or their family, named in a passage. */
const CARED_FOR = /\b(?:client|clients|patient|patients|pupil|pupils|student|students|resident|residents|family|families|son|daughter|nan|gran|husband|wife|boy|girl|kids?|child|children|teenager)\b/i;

/** Someone a practitioner looks after, in the sentence: then a place is theirs, whoever else is named. */
const CLIENT_WORDS = /\b(?:client|clients|patient|patients|pupil|pupils|student|students|resident|residents|family|families|mum|mom|dad|son|daughter|nan|gran|grandmother|grandfather|husband|wife|my|our)\b/i;

/**
 * "Gangs in Manenberg and Hanover Park recruit boys", "Schools in Moss Side have lost staff": a plural
 * or a kind of work, then the place, says what happens there to many, not to one.
 */
const GENERAL_BEFORE = /\b(\p{L}+(?:[ \u00a0]+work)?)[ \u00a0]+(?:in|across|throughout|around)[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*)*(?:,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+|[ \u00a0]+or[ \u00a0]+))*$/u;
const GENERAL_TOPICS = /^(?:social work|youth work|nursing|teaching|policing|poverty|unemployment|crime|housing|life|work)$/i;

/** The words before a place are a plural noun ("Gangs", "Schools") or a kind of work: talk about many. */
function generalBefore(ctx: DetectContext, at: number): boolean {
  const from = Math.max(0, at - 80);
  const m = GENERAL_BEFORE.exec(ctx.text.slice(from, at));
  if (!m) return false;
  if (GENERAL_TOPICS.test(m[1])) return true;
  const tags = ctx.termTags().get(from + m.index);
  return !!tags && tags.has('Plural') && !tags.has('Verb');
}
const CHARITY = /\b(?:fundraisers?|fundraising|charity|charities|appeal|raffle|bake sale|fun run|sponsored|donations?|donated|volunteers?|volunteering|food ?bank|op shop|charity shop|thrift store)\b/i;

/**
 * "Tourists queue on the famous bridge", "Mandela lived on Vilakazi Street": a place talked about as
 * history, a sight, or a public figure's life, with no client in the sentence, is only noted.
 */
/** Someone the blogger works with, by the noun for them: the sentence is about them, not a public event. */
const CLIENT_NOUN = /\b(?:client|patient|pupil|resident|student)s?\b/i;

function publicTalk(ctx: DetectContext, candidates: Candidate[]): Candidate[] {
  const emphasis = ctx.emphasis ?? [];
  // Read once for the post: which capitalised words are characters of a work it names.
  let isCharacter: ((name: string) => boolean) | undefined;
  return candidates.flatMap((c) => {
    // "starts in DMs", "TDCJ number 0198...": letters in the plural, or labelling a number, are no place.
    const shown = ctx.text.slice(c.start, c.end);
    if (/^[A-Z]{2,5}s$/.test(shown) || (/^[A-Z]{2,6}$/.test(shown) && /^[ \u00a0]+(?:number|no\.?|#|ID)(?![\p{L}])/u.test(ctx.text.slice(c.end, c.end + 10)))) return [];
    // "compared Macbeth to Walter White", "most of the way to Macbeth": a character of a work the post names.
    if (/^\p{Lu}/u.test(shown) && (isCharacter ??= charactersOf(ctx.text, emphasis))(shown)) return [];
    const said = sentenceOf(ctx.text, c.start);
    // "*Four Corners* broadcast footage": a title set in italics, with talk of a programme or a book.
    if (emphasis.some((e) => e.start === c.start && e.end === c.end) && (WORKS_OF_ART.test(said) || BROADCAST.test(said))) return [];
    if (c.severity !== 'medium') return [c];
    // "Bevan, a miner's son from Tredegar", "the daughter of a nurse": whose child a figure was is biography, not a client's family.
    const sentence = said.replace(/\b(?:the|a|an)[ \u00a0]+(?:[\p{L}-]+['’]s[ \u00a0]+)?(?:son|daughter|grandson|granddaughter)(?:[ \u00a0]+of)?\b/giu, '');
    // "The fundraiser for the hospice in Kirkby Stephen": the town a good cause is in, with no client there.
    if (CHARITY.test(sentence) && !CLIENT_WORDS.test(sentence) && !SOMEONE.test(sentence)) return { ...c, quasi: false };
    // "The Freedom Charter was signed in Kliptown in 1955": a year long past makes it history, but not
    // someone's birth ("she was born in 1926 on a farm outside Graaff-Reinet"): that is a life.
    const sight = (TOURISM.test(sentence) || (/\b(?:1[5-8]\d\d|19[0-8]\d)s?\b/.test(sentence) && !/\bborn\b/i.test(sentence))) && noClientIn(sentence);
    const figure = !sight && !CLIENT_WORDS.test(sentence) && (aboutPublicFigure(ctx, c.start) || creatorsHome(ctx.text, c.start));
    const general = !sight && !figure && generalBefore(ctx, c.start) && noClientIn(sentence);
    // "A study from Johns Hopkins Hospital found ...": where research or news came from. "After the floods in
    // Lismore, our referrals doubled": a disaster a whole town lived through, with no one person in it.
    const research = !sight && !figure && !general && !SOMEONE.test(sentence) && ((RESEARCH_TALK.test(sentence) && !CLIENT_WORDS.test(sentence)) || (PUBLIC_DISASTER.test(sentence) && !CLIENT_NOUN.test(sentence)));
    const text = ctx.text.slice(c.start, c.end);
    // "from Hillsborough to Manchester", "the Zeebrugge ferry": a disaster known by its place or vessel.
    const disaster = !sight && !figure && !general && !research && isDisaster(ctx.text, text) && !CLIENT_NOUN.test(sentence) && !/\bservice[ \u00a0]+users?\b/i.test(sentence);
    if (disaster) return note({ start: c.start, end: c.end, text, words: [] }, `"${text}" is named here as a public disaster, with no client in the sentence: it points at no one you work with`, NO_CLIENT_HINT);
    if (!sight && !figure && !general && !research) return c;
    const as = sight ? 'history or a sight' : figure ? 'part of a public figure\'s life' : research ? 'where research, news or a public disaster happened' : 'a place where many people live or work, in general';
    return note({ start: c.start, end: c.end, text, words: [] }, `"${text}" is talked about as ${as}, with no client in the sentence: it points at no one you work with`, NO_CLIENT_HINT);
  });
}

/** What writers, poets, singers and painters leave behind. */
const CREATORS_WORK = /\b(?:poems?|poetry|poets?|novels?|novelists?|short stories|songs?|songwriter|lyrics|albums?|paintings?|painters?|plays|playwright|memoir|verse|sculptures?|symphon\w+|essays?|biograph\w+)\b/i;
const SURNAME_SUBJECT = /^\s*["“]?(?:(\p{Lu}\p{Ll}+)[ \u00a0]+)?(\p{Lu}\p{Ll}+)(?:['’]s)?[ \u00a0]+(?:\w+[ \u00a0]+)?(?:was|were|grew|lived|came|moved|wrote|spent|is|had|left|returned|went|farmed|taught)\b/u;

const WHERE_SURNAME = /\b(?:where|when)[ \u00a0]+()(\p{Lu}\p{Ll}+)[ \u00a0]+(?:grew up|was born|was raised|lived|wrote|farmed|taught|is buried)\b/u;

/** A public career: prizes, publication, fame. */
const RENOWN = /\b(?:published|publishers?|Nobel|prizes?|awards?|award-winning|famous|renowned|celebrated|best-?sell\w*|collections?|laureate|exhibitions?|chart\w*)\b/i;

/**
 * "Heaney grew up in Bellaghy, and his poems are full of that farm": a writer or artist called by the
 * surname alone, in a paragraph about their work, is a public figure. Clients go by first names; a full
 * name counts only where the paragraph also tells of prizes or publication.
 */
function creatorsHome(text: string, at: number): boolean {
  const paragraph = paragraphAround(text, at);
  if (!CREATORS_WORK.test(paragraph)) return false;
  const sentence = sentenceOf(text, at);
  // "Heaney grew up in Bellaghy", or "Bellaghy, where Heaney grew up".
  const subject = SURNAME_SUBJECT.exec(sentence) ?? WHERE_SURNAME.exec(sentence);
  if (!subject) return false;
  const [, given, surname] = subject;
  if (given && (!isGivenName(given) || !RENOWN.test(paragraph))) return false;
  if (LEADING.has(surname.toLowerCase()) || ORDINARY_OPENERS.has(surname.toLowerCase()) || isGivenName(surname)) return false;
  surnames ??= dataSet('names/surnames.txt');
  return surnames.has(surname.toLowerCase());
}

/** Disasters and attacks a whole town lived through. */
const PUBLIC_DISASTER = /\b(?:floods?|flooding|bushfires?|wildfires?|fires|earthquakes?|quakes?|cyclones?|hurricanes?|tornado(?:e?s)?|landslides?|disasters?|massacres?|shootings?|bombings?|attacks|explosion|tragedy|closures?)\b/i;
/** No one in the sentence: no client, pupil or resident, and no one else the blogger writes about. */
function noClientIn(sentence: string): boolean {
  return !SOMEONE.test(sentence) && !CLIENT_WORDS.test(sentence);
}

/** Research and the news: "a study from", "researchers at", "published a trial" (not "how it looked on paper"). */
const RESEARCH_TALK = /\b(?:study|studies|research|researchers?|trials?|(?<!\bon\s)papers?|published|publishes|journal|survey|findings|found that|according to|guidelines?|evidence|headlines?|in the news|reported that|press release)\b/i;

/** "We took the kids to Bondi on holiday": the blogger's own trip, with no client in the sentence. */
function ownHoliday(sentence: string): boolean {
  return /\b(?:on holiday|on vacation|holidays?|vacation|sightseeing|day trip|honeymoon)\b/i.test(sentence) && /\b(?:I|we|We|my|My|our|Our)\b/.test(sentence)
    && !/\b(?:she|he|her|his|him|they|them|their|client|clients|patient|patients|family|families)\b/i.test(sentence);
}

/** Drop a leading function word ("At", "Her") from a matched name, as the proper-phrase scan does. */
function trimLeading(name: string, start: number): Phrase | undefined {
  let words = name.split(/[ \u00a0]+/);
  let at = start;
  while (words.length && LEADING.has(words[0].toLowerCase())) { at += words[0].length + 1; words = words.slice(1); }
  if (!words.length) return undefined;
  return { start: at, end: start + name.length, text: words.join(' '), words };
}

/** Names that are never a small place: months and holidays, titles, services, chains, venues, regions and countries, and big cities. */
function notSmallPlace(ctx: DetectContext, name: string): boolean {
  return CALENDAR.test(name) || HOLIDAY_END.test(name) || PERSON_TITLES.test(name) || SERVICES.test(name) || isChain(name.toLowerCase()) || isFamousVenue(name.toLowerCase()) || HOTELS.test(name)
    || VENUES.test(name) || PUBLIC_PLACES.test(name) || isBroadRegion(name) || silenced(ctx, name) || (populationOf(name) ?? 0) >= CITY_POPULATION;
}

/**
 * "Remembrance Sunday", "Heritage Day", "Pride Month": observances end in a word of the calendar; races,
 * rounds and parades ("the Galway Races", "the Anzac Round") are events a whole region turns out for.
 */
const HOLIDAY_END = /(?:^|[ \u00a0])(?:Day|Days|Sunday|Week|Month|Night|Eve|Weekend|Festival|Jubilee|Holiday|Holidays|Season|Fortnight|Races|Marathon|Half Marathon|Fun Run|Carnival|Cup|Games|Round|Derby|Parade|Regatta|Rodeo|Stampede|Tattoo|Championships?|Tournament|Finals?|Grand Prix|Fleadh|Feis|Eisteddfod|Mardi Gras|Olympics|Paralympics|Trophy|Shield)$/;

/** Words traditional pub names are made of: "the Plough", "the Anchor", "the Nag's Head", "the Royal Oak". */
const PUB_NAME = new RegExp(String.raw`^(?:Ye[ \u00a0]Olde[ \u00a0])?(?:\p{Lu}[\p{L}'’]*[ \u00a0])?(?:Plough|Anchor|Crown|Swan|Bell|Ship|Fox|George|Angel|Star|Feathers|Wheatsheaf|Harrow|Keys|Oak|Hart|Bull|Globe|Mitre|Lamb|Greyhound|Sun|Moon|Railway|Albion|Volunteer|Woolpack|Horseshoes?|Head|Lion|Horse|Grapes|Vine|Eagle|Falcon|Hare|Hound|Dolphin|Mermaid|Boot|Cock|Fleece|Wagon|Windmill|Farmer|Sailor|Ploughman|Shepherd|Cricketers|Bricklayers|Masons|Tap|Vaults|Stag|Boar|Bear|Dragon|Pheasant|Partridge|Britannia|Nelson|Beehive|Chequers|Compasses|Sawyers|Foresters|Oddfellows|Buffs|Harp|Shamrock|Thistle|Drovers|Billet|Ferryman|Legion|Welfare|Crane|Heron|Kestrel|Peacock|Pelican|Cat|Dog|Goat|Ram|Rose)s?(?:[ \u00a0](?:Inn|Arms|Tavern|Hotel|Bar))?$`, 'u');
/** Names only pubs have: "the Wheatsheaf", "the King's Arms", "the Nag's Head", "the Fox and Hounds". */
const PUB_ONLY = /^(?:(?:\p{Lu}[\p{L}'’]*[ \u00a0])?(?:Plough|Wheatsheaf|Woolpack|Feathers|Fleece|Harrow|Chequers|Mitre|Grapes|Compasses|Beehive|Foresters|Oddfellows|Cricketers|Bricklayers|Drovers|Ploughman|Vaults|Horseshoes?)|\p{Lu}[\p{L}'’]*[ \u00a0](?:Arms|Inn|Tavern)|\p{Lu}[\p{L}'’]*['’]s[ \u00a0]Head|.+[ \u00a0](?:and|&)[ \u00a0].+)$/u;
/** Drinking or a pub in the sentence: "the Anchor" there is a pub, not a metaphor or a newspaper. */
const PUB_DRINK = /\b(?:pubs?|pints?|drinks?|drank|drinking|beers?|lager|cider|quiz|darts|pool team|landlord|landlady|barman|barmaid|bar staff|behind the bar|regulars?|lock-?ins?|karaoke|bar work|glass collector|last orders|round)\b/i;
/** Going out: "we met in the Plough", "heads down the Anchor after work". */
const PUB_SOCIAL = /\b(?:met|meet|meets|meeting|heads?|headed|went|goes|go|going|nights? out|after work|Fridays?|Saturdays?|weekends?|evenings?|every night|most nights)\b/i;
const THE_NAME = /(?:\b(down|at|in|from|to|outside|behind|round|into|near|by|of|opposite)[ \u00a0]+the|(?<![\p{L}'’])The)[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:(?:and|&)[ \u00a0])?\p{Lu}[\p{L}'’-]*){0,3})(?![\p{L}])/gu;

/**
 * "we met in the Plough", "down the Anchor after work", "a pint at the Drovers": a pub is where locals
 * are known by name. A traditional pub name needs only going out in the sentence; any other name needs drink.
 */
function pubsByName(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, THE_NAME)) {
    const name = m[2];
    const sentence = sentenceOf(ctx.text, m.index);
    const traditional = PUB_NAME.test(name) || /[ \u00a0](?:and|&)[ \u00a0]/.test(name) && PUB_NAME.test(name.split(/[ \u00a0](?:and|&)[ \u00a0]/u).pop()!);
    // "The Plough is where he drinks": a name opening the sentence needs the drinking said, not only going out.
    // With someone in the sentence a name only pubs have is enough ("the Plough"); "the Black Dog" or "the North Star" is not.
    const besideSomeone = SOMEONE.test(sentence) && PUB_ONLY.test(name);
    if (!(PUB_DRINK.test(sentence) || (traditional && m[1] && (m[1] === 'down' || PUB_SOCIAL.test(sentence) || besideSomeone)))) continue;
    if (notSmallPlace(ctx, name) || PUBLIC_WORSHIP.test(name) || (!traditional && /[ \u00a0]/.test(name) === false && inLexicon(name) && !PUB_DRINK.test(ctx.text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    const start = m.index + m[0].length - name.length;
    out.push(place({ start, end: start + name.length, text: name, words: name.split(/[ \u00a0]+/) }, 'pub'));
  }
  return out;
}

/** A pupil's school, right before its name: "Year 8 at Westfield", "excluded from Oak Hill". */
const SCHOOL_CONTEXT = /\b(?:(?:year|yr|grade|class|form)[ \u00a0]+\d{1,2}|reception|sixth[ \u00a0]form|pupils?|students?|teachers?|head(?:teacher)?|principal|SENCO|SENCo|excluded|expelled|suspended|enrolled|enrolment|enrollment)\b[^.!?\n]{0,15}?\b(?:at|from)[ \u00a0]+$/i;
/** Someone moved into a home, right before its name: "moved into Laurel Bank", "placed at Birch View". */
const HOME_CONTEXT = /\b(?:moved|moving|placed|admitted|transferred|rehomed|rehoused)[ \u00a0]+(?:in[ \u00a0]*)?(?:to|at)[ \u00a0]+$|\b(?:lives|living|lived|resident|residents|staff|respite)[ \u00a0]+at[ \u00a0]+$/i;
/** Kinds of housing or care, not names: "Supported Living", "Sheltered Housing". */
const CARE_KIND = /^(?:Supported|Sheltered|Assisted|Independent|Residential|Respite|Foster|Kinship|Emergency|Temporary|Social|Council|Living|Housing|Accommodation|Care|Dependency|Observation|Isolation|Recovery|Intensive|Acute)$/;
const NAME_RUN = /^(?:\p{Lu}[\p{L}'’-]*)(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2}(?![\p{L}])/u;

/**
 * A school or a home named in plain words that the general rule would not trust: the context right
 * before it says which kind of place it is.
 */
function schoolsAndHomesByContext(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, /(?<=[ \u00a0])\p{Lu}/gu)) {
    const before = ctx.text.slice(Math.max(0, m.index - 60), m.index);
    const school = SCHOOL_CONTEXT.test(before);
    if (!school && !HOME_CONTEXT.test(before)) continue;
    const run = NAME_RUN.exec(ctx.text.slice(m.index, m.index + 60));
    if (!run) continue;
    const words = run[0].split(/[ \u00a0]+/);
    // "pupils from English-speaking homes": a language spoken there, not the name of a school or a home.
    if (/-speaking$/i.test(run[0])) continue;
    const phrase = { start: m.index, end: m.index + run[0].length, text: run[0], words };
    // Towns, compass quarters of a city and names with a kind word ("Auckland Hospital") are the general rule's to weigh.
    if (notSmallPlace(ctx, run[0]) || (!school && populationOf(run[0]) !== undefined) || cityQuarter(phrase) !== undefined || COUNTY.test(run[0]) || headKind(words) || SERVICE_WORDS.test(run[0]) || words.every((w) => GENERIC.test(w) || CARE_KIND.test(w))) continue;
    // "moved into Laurel Bank": a first name before a plain word is a house; alone, or before a surname, a person.
    if (isGivenName(words[0]) && !(words.length > 1 && allDictionaryWords(words.slice(-1)))) continue;
    // One plain word is a town or a word ("moved to Leeds", "students at Home"); a school is named in one only when no dictionary has it.
    if (words.length < 2 && (!school || allDictionaryWords(words) || inLexicon(words[0]) && populationOf(words[0]) === undefined)) continue;
    out.push(place(phrase, school ? 'school' : 'home'));
  }
  return out;
}

/** "drinks in Flanagan's", "a regular at O'Hare's": a pub named for its owner, with drinking in the sentence. */
const OWNERS_PUB = /\b(?:in|at|from|outside|behind)[ \u00a0]+((?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+['’]s)(?![\p{L}])/gu;

function pubsByOwner(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, OWNERS_PUB)) {
    const name = m[1];
    const stem = name.replace(/['’]s$/, '');
    // "at Tom's", "at Nan's": someone's home, named by a person, which the name rules weigh.
    // "drinks in Dunmarragh's one pub": a village's possessive, which the amenity rule reports.
    if (AMENITY_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    if (!PUB_DRINK.test(sentenceOf(ctx.text, m.index)) || isGivenName(stem) || PERSON_TITLES.test(stem) || isChain(name.toLowerCase()) || notSmallPlace(ctx, stem)) continue;
    const start = m.index + m[0].length - name.length;
    out.push(place({ start, end: start + name.length, text: name, words: [name] }, 'pub'));
  }
  return out;
}

/** Ship prefixes that are not also common abbreviations ("MS" is also multiple sclerosis). */
const SHIP_PREFIX = /^(?:MV|M\.V\.|MFV|FV|RMS|HMS|HMAS|HMNZS|HMCS|USS|USNS|FPV)$/;
const VESSEL = /(?<![\p{L}])(?:(MV|M\.V\.|MS|MFV|FV|RMS|SS|MT|HMS|HMAS|HMNZS|HMCS|USS|USNS|RV|FPV)[ \u00a0]+|\b(?:ferry|boat|trawler|vessel|ship|yacht|barge|tug|tugboat|dredger|tanker|freighter|steamer|schooner|ketch|cutter|longliner|crabber|seiner|catamaran|lifeboat)(?:,[ \u00a0]+the|[ \u00a0]+(?:called|named))?[ \u00a0]+["“‘]?)(\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:(?:of|the)[ \u00a0])?\p{Lu}[\p{L}'’-]*){0,3})/gu;
const BOAT_WORDS = /\b(?:ferry|ferries|boat|ship|sail\w*|crew|deck\w*|aboard|on board|harbou?r|port|skipper|voyage|crossing|fishing|trawler|vessel|quay|wharf|pier)\b/i;

/** "the MV Isle of Ronay", "the ferry Northern Star", "crews on the trawler Guiding Light": a boat's crew are few. */
function vessels(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, VESSEL)) {
    const [, prefix, name] = m;
    const sentence = sentenceOf(ctx.text, m.index);
    if (prefix ? !SHIP_PREFIX.test(prefix) && !BOAT_WORDS.test(sentence) : notSmallPlace(ctx, name) || (!/[ \u00a0]/.test(name) && isGivenName(name))) continue;
    if (CALENDAR.test(name) || PERSON_TITLES.test(name) || silenced(ctx, name)) continue;
    const start = prefix ? m.index : m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    out.push(place({ start, end, text: ctx.text.slice(start, end), words: name.split(/[ \u00a0]+/) }, 'vessel'));
  }
  // "He crews the *Northern Star* out of the harbour": boats' names are set in italics, like titles of works.
  for (const span of ctx.emphasis ?? []) {
    const name = ctx.text.slice(span.start, span.end);
    const sentence = sentenceOf(ctx.text, span.start);
    if (!/^\p{Lu}[\p{L}'’-]*(?:[ \u00a0](?:(?:of|the)[ \u00a0])?\p{Lu}[\p{L}'’-]*){0,3}$/u.test(name) || !BOAT_WORDS.test(sentence) || WORKS_OF_ART.test(sentence)) continue;
    if (!/\bthe[ \u00a0]+$/i.test(ctx.text.slice(Math.max(0, span.start - 5), span.start)) || notSmallPlace(ctx, name) || !SOMEONE.test(sentence)) continue;
    out.push(place({ start: span.start, end: span.end, text: name, words: name.split(/[ \u00a0]+/) }, 'vessel'));
  }
  return out;
}

/** "the 42 bus", "the number 9", "catches the X7": a bus route with someone on it says where they live or go. */
const BUS_ROUTE = /\b(?:[Tt]he|[Aa]n?|(?:[Bb]us|[Rr]oute)(?=[ \u00a0]+\d))[ \u00a0]+((?:number[ \u00a0]+|No\.?[ \u00a0]?)?(\d{1,3}[A-Z]?|[A-Z]{1,2}\d{1,3}[A-Z]?)(?:[ \u00a0]+(?:bus|buses|tram|route|service|night bus|minibus|coach|shuttle|stop))?)(?![\p{L}\p{N}])/gu;
const BUS_WORDS = /\b(?:bus|buses|tram|route|stop|shelter|coach|catch|catches|catching|caught|ride|rides|riding|rode|fare|driver|timetable|number)\b/i;

const BUS_BEFORE = /\b(?:catch(?:es|ing)?|caught|takes?|took|taking|gets?|got|getting|rides?|rode|riding|waits?[ \u00a0]+for|waiting[ \u00a0]+for|missed|misses|on|off)[ \u00a0]+(?:the|an?)[ \u00a0]+$/i;

function busRoutes(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, BUS_ROUTE)) {
    const sentence = sentenceOf(ctx.text, m.index);
    // "takes the X7 into town": a journey on a numbered thing is a bus, where no road prefix says otherwise.
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const trip = /^[ \u00a0]+(?:in(?:to)?[ \u00a0]+(?:town|the city)|to[ \u00a0]+(?:(?:the|her|his|their)[ \u00a0]+)?(?:town|school|college|work|hospital|clinic|shops|market|station|estate|flat|house|centre|center|jobcentre|mum's|dad's|nan's|gran's)|to[ \u00a0]+\p{Lu}|out[ \u00a0]+to|home|back)\b/u.test(after);
    // "a 15-minute ride", "the 3 of them", "a 12 hour shift": a number counting something is no route.
    const numberOnly = !/\b(?:bus|buses|tram|route|service|coach|shuttle|number|No|stop)\b/i.test(m[0]) && /^\d/.test(m[2]);
    if (/^(?:[-–%:/]|[.,]\d)/.test(after) || (numberOnly && /^[ \u00a0]+(?:of|or|and|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|miles?|km|stops?|times|people|pounds|dollars|percent|am|pm)\b/i.test(after))) continue;
    // A bare number is a route only where someone catches, takes or rides it.
    if (numberOnly && !BUS_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[1].length))) continue;
    if (!BUS_WORDS.test(m[1]) && !BUS_WORDS.test(sentence) && !trip) continue;
    // "the Walmart on Route 9" is a road; "rides Route 7 home" is a bus someone rides.
    if (/^[Rr]oute/.test(m[0]) && !/\b(?:bus|buses|rides?|rode|riding|catch(?:es|ing)?|caught|stop)\b/i.test(sentence)) continue;
    // "the A30", "the M6": a road's number, unless a bus is said.
    if (/^[ABMNIR]\d/.test(m[2]) && !/\b(?:bus|buses|tram|coach)\b/i.test(sentence)) continue;
    if (!SOMEONE.test(sentence)) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push(place({ start, end: start + m[1].length, text: m[1], words: [m[1]] }, 'route'));
  }
  return out;
}

/** Water, shore and open ground a family lives by or goes to: "Carrick beach", "down at Polgwyn cove". */
const SHORE_HEADS = 'beach|cove|bay|creek|river|burn|brook|beck|stream|loch|lough|lake|pond|reservoir|falls|woods|common|rec|playing fields|park|playground|harbour|harbor|pier|jetty|quay|slipway|bridge|estuary|inlet|headland|dunes|sands|marsh|billabong|waterhole|dam|weir|canal|lagoon|reef|rocks|cliffs|ferry|mail boat|causeway'
  .split('|').map((h) => `[${h[0]}${h[0].toUpperCase()}]${h.slice(1)}`).join('|');
const SHORE_AFTER = new RegExp(String.raw`(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2})[ \u00a0]+(?:${SHORE_HEADS})(?![\p{L}])`, 'gu');
/** "they live by the Wenning": a river named alone, with water in the sentence. */
const BY_THE_WATER = /\b(?:by|along|beside|across|over|near|on|in|into|off)[ \u00a0]+the[ \u00a0]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])(?=[^.!?\n]*\b(?:river|floods?|flooded|flooding|banks?|swim\w*|fishing|fished|drowned|water|bridge|towpath|tide)\b)/gu;
/** "the River Wenning", "Loch Tarsuinn": a water named kind-first. */
const WATER_FIRST = /(?<![\p{L}'’])(?:River|Loch|Lough|Afon|Llyn)[ \u00a0]+\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?/gu;
const TOURISM = /\b(?:holidays?|vacation|tourists?|tourism|sightseeing|day trip|honeymoon|postcard|history|historic|famous)\b/i;

function watersNearHome(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const found = [...matchesOf(ctx.text, SHORE_AFTER)].map((m) => ({ at: m.index, name: m[1], end: m.index + m[0].length, byWater: false }))
    .concat([...matchesOf(ctx.text, WATER_FIRST)].map((m) => ({ at: m.index, name: m[0], end: m.index + m[0].length, byWater: false })))
    // A capitalised word with water all around it is the river's name even where it is a word too ("the Lune").
    .concat([...matchesOf(ctx.text, BY_THE_WATER)].map((m) => ({ at: m.index + m[0].length - m[1].length, name: m[1], end: m.index + m[0].length, byWater: true })));
  for (const { at, name, end, byWater } of found) {
    const phrase = trimLeading(name, at);
    if (!phrase) continue;
    const sentence = sentenceOf(ctx.text, at);
    if (!SOMEONE.test(sentence) || TOURISM.test(sentence) || nearVenue(ctx.text, phrase) || notSmallPlace(ctx, phrase.text)) continue;
    // "the Lune" takes an article no first name takes, and water all around it: its words do not matter.
    if (!byWater && phrase.words.length === 1 && (allDictionaryWords(phrase.words) || (inLexicon(phrase.text) && populationOf(phrase.text) === undefined) || isGivenName(phrase.text))) continue;
    if (!byWater && phrase.words.every((w) => GENERIC.test(w) || allDictionaryWords([w])) && !/^(?:River|Loch|Lough|Afon|Llyn)$/.test(phrase.words[0])) continue;
    out.push(place({ ...phrase, end, text: ctx.text.slice(phrase.start, end) }, 'water'));
  }
  return out;
}

/** A house or care home named with a capital "The" mid-sentence: "she moved to The Laurels". */
const THE_HOUSE = /(?<![\p{L}'’])The[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])/gu;
const HOUSE_BEFORE = /\b(?:lives?|living|lived|moved|moving|move|went|gone|placed|admitted|transferred|rehoused|respite|residents?|staff|carers?|manager|visit\w*|stays?|stayed|staying|care home|nursing home|home|called|named)\b[^.!?\n]{0,30}?\b(?:at|in|into|to|from|called|named)?[ \u00a0]*$/i;
const HOUSE_AFTER = /^,?[ \u00a0]+(?:(?:is|was|has been)[ \u00a0]+)?where[ \u00a0]+(?:she|he|they|her|his|their|my client)\b[^.!?\n]{0,20}?\b(?:lives?|lived|living|stays?|stayed|staying|is|was|moved)\b/i;
const BROADCAST = /\b(?:broadcast|aired|documentar(?:y|ies)|programmes?|filmed|footage|investigation|published|report)\b/i;
const WORKS_OF_ART = /\b(?:book|novel|film|movie|show|series|album|song|band|podcast|episode|read|reading|watch\w*|newspaper|magazine|play|poem|article|column|paper)\b/i;

/** A care home's life in the sentence: "at The Laurels with the other residents". */
const CARE_HOME_TALK = /\b(?:residents?|carers?|care staff|care home|nursing home|nursing|dementia|respite|visiting|visits|matron|lounge|activities|the home|bed|room|keyworker|key worker)\b/i;
/** "Mum has been at The Willows since March": someone staying at a house-style name. */
const STAY_AT_BEFORE = /\b(?:has[ \u00a0]+been|had[ \u00a0]+been|is|was|are|were|now|still|spends?|spent)[ \u00a0]+(?:\w+[ \u00a0]+){0,2}?(?:at|in)[ \u00a0]+$/i;
const TEAM_NAME = new RegExp(String.raw`^${TEAM_NICKNAME}$`);

/**
 * "at The Laurels with the other residents", "Mum has been at The Willows since March": a house-style
 * name (a plural of trees or gables) is a care home where the sentence tells of care or of a stay.
 */
function careHomeStay(text: string, at: number, before: string, name: string): boolean {
  if (!/\b(?:at|in|into|to|from)[ \u00a0]+$/i.test(before)) return false;
  const sentence = sentenceOf(text, at);
  if (CARE_HOME_TALK.test(sentence) && SOMEONE.test(sentence)) return true;
  return /^\p{Lu}\p{Ll}+s$/u.test(name) && !TEAM_NAME.test(name) && allDictionaryWords([name]) && STAY_AT_BEFORE.test(before) && SOMEONE.test(sentence);
}

function namedHouses(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, THE_HOUSE)) {
    const name = m[1];
    const before = ctx.text.slice(Math.max(0, m.index - 60), m.index).replace(/["“‘'*_]+$/, '');
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 50).replace(/^["”’'*_]+/, '');
    // "moved to The Laurels" (a capital "The" mid-sentence), or "The Laurels is where she lives".
    const midSentence = !atSentenceStart(before, before.length) && /[\p{Ll},;)][ \u00a0]*$/u.test(before);
    const lived = (midSentence && (HOUSE_BEFORE.test(before) || careHomeStay(ctx.text, m.index, before, name))) || HOUSE_AFTER.test(after);
    if (!lived || WORKS_OF_ART.test(sentenceOf(ctx.text, m.index))) continue;
    if (notSmallPlace(ctx, name) || notSmallPlace(ctx, `The ${name}`) || SERVICE_WORDS.test(name)) continue;
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/[ \u00a0]+/) };
    out.push(authorsOwn(ctx.text, m.index) && !SOMEONE.test(sentenceOf(ctx.text, m.index)) ? ownPlace(phrase) : place(phrase, 'home'));
  }
  return out;
}

/** "KwaNdebele township", "Gurrumuru homeland", "the Wakpala district", then perhaps its section: "township, Lindelani". */
const SETTLEMENT_NAMED = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2})[ \u00a0]+(township|informal settlement|squatter camp|settlement|kampong|pueblo|rancheria|hamlet|village|homelands?|outstation|district|reserve|reservation|rez)(?:,[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?))?(?![\p{L}])/gu;

function namedSettlements(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, SETTLEMENT_NAMED)) {
    const sentence = sentenceOf(ctx.text, m.index);
    // "our doctor referred Delbert, 54, from the Wakpala district": a client named in the sentence counts too.
    if (!SOMEONE.test(sentence) && !STRONG_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 60), m.index)) && !namesSomeone(sentence)) continue;
    const phrase = trimLeading(m[1], m.index);
    // "lives on the Six Nations reserve": a reserve's name is often plain words, and it is a community all the same.
    const reserve = /^(?:reserve|reservation|rez)$/.test(m[2]) && /\bthe[ \u00a0]+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index));
    if (reserve && (!SOMEONE.test(sentence) || /^(?:Game|Nature|Wildlife|Bird|Marine|Forest|Scenic|Biosphere|Army|Naval|Federal|Cash|Strategic|Private|Reserve)$/.test(m[1]))) continue;
    if (phrase && !notSmallPlace(ctx, phrase.text) && (reserve || !phrase.words.every((w) => GENERIC.test(w) || allDictionaryWords([w]))) && !(phrase.words.length === 1 && isGivenName(phrase.text))) {
      out.push(town(phrase, populationOf(phrase.text)));
    }
    const section = m[3];
    if (section && !notSmallPlace(ctx, section) && !allDictionaryWords(section.split(/[ \u00a0]+/))) {
      const start = m.index + m[0].length - section.length;
      out.push(town({ start, end: start + section.length, text: section, words: section.split(/[ \u00a0]+/) }, populationOf(section)));
    }
  }
  return out;
}

/** "Te Rau marae", "the Riverside chapel", "Zion church": a named congregation written with a plain noun. */
const WORSHIP_NAMED = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3})[ \u00a0]+(?:church|chapel|mosque|masjid|temple|gurdwara|mandir|synagogue|shul|marae|kingdom hall|meeting house|mission hall|tabernacle)(?![\p{L}])/gu;

function congregationsByNoun(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, WORSHIP_NAMED)) {
    const phrase = trimLeading(m[1], m.index);
    if (!phrase || !SOMEONE.test(sentenceOf(ctx.text, m.index))) continue;
    // "the Baptist church", "a Polish church", "Sunday church": a kind of congregation, not one.
    if (phrase.words.every((w) => GENERIC.test(w) || isBroadRegion(w) || allDictionaryWords([w])) || notSmallPlace(ctx, phrase.text) || PUBLIC_WORSHIP.test(phrase.text)) continue;
    if (phrase.words.length === 1 && isGivenName(phrase.text)) continue;
    const end = m.index + m[0].length;
    out.push(place({ ...phrase, end, text: ctx.text.slice(phrase.start, end) }, 'worship'));
  }
  return out;
}

/**
 * "the Flemingdon Park community centre", "the Brú Catherine hostel", "the Tamarama surf club": a named
 * centre, hostel or club written with a plain noun, where its regulars, staff and members all know
 * each other.
 */
const FACILITY_NAMED = /(?<=(?:^|[^\p{L}])the[ \u00a0]+)(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,3})[ \u00a0]+(?:(?:community|youth|family|day|resource|drop-in|health|medical|birth|birthing|leisure|sports?)[ \u00a0]+(?:centre|center|club|hub)|hostel|night[ \u00a0]+shelter|shelter|refuge|food[ \u00a0]+bank|soup[ \u00a0]+kitchen|group[ \u00a0]+home|care[ \u00a0]+home|nursing[ \u00a0]+home|(?:surf|surf[ \u00a0]+life[ \u00a0]*saving|lifesaving|rugby|football|soccer|netball|hurling|boxing|bowls|golf|cricket|rowing|youth|men['’]s|women['’]s)[ \u00a0]+club)(?![\p{L}])/gu;

function facilitiesByNoun(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, FACILITY_NAMED)) {
    const phrase = trimLeading(m[1], m.index);
    if (!phrase) continue;
    // "the Marsh Lane group home": a house named after its street, however plain the street's words.
    const street = phrase.words.length >= 2 && HOUSE_STREET.test(phrase.words[phrase.words.length - 1]);
    // "the Salvation Army hostel", "the Glasgow food bank", "the Baptist youth club": a kind, a chain or a city's.
    if (!street && (phrase.words.every((w) => GENERIC.test(w) || isBroadRegion(w) || allDictionaryWords([w])) || notSmallPlace(ctx, phrase.text))) continue;
    if (phrase.words.length === 1 && isGivenName(phrase.text)) continue;
    const end = m.index + m[0].length;
    out.push(place({ ...phrase, end, text: ctx.text.slice(phrase.start, end) }, /(?:home|hostel|refuge|shelter)$/.test(m[0]) ? 'home' : 'workplace'));
  }
  return out;
}

/**
 * "a counselor at Tutwiler's only high school", "Quarnbrook's only pharmacy": a place with one school,
 * one surgery or one shop is small enough that its people know each other.
 */
const ONLY_ONE = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]\p{Lu}[\p{L}'’-]*){0,2})['’]s[ \u00a0]+only[ \u00a0]+(?:(?:[\p{Ll}-]+)[ \u00a0]+)?(?:high[ \u00a0]+school|school|primary|secondary|college|clinic|surgery|doctor|GP|pharmacy|chemist|drugstore|shop|store|pub|bar|church|chapel|garage|petrol[ \u00a0]+station|gas[ \u00a0]+station|supermarket|grocery|cafe|café|diner|bakery|hospital|nurse|dentist|vet|police[ \u00a0]+station|post[ \u00a0]+office|bank|library|motel|hotel)\b/gu;

function placesWithOnlyOne(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, ONLY_ONE)) {
    const phrase = trimLeading(m[1], m.index);
    if (!phrase || notSmallPlace(ctx, phrase.text)) continue;
    const population = populationOf(phrase.text);
    // "Maria's only doctor" is hers: a first name is a place only where the gazetteer says so.
    if (population === undefined && (isGivenName(phrase.words[0]) || allDictionaryWords(phrase.words))) continue;
    out.push(town(phrase, population));
  }
  return out;
}

/** A column of where the people in a table live or work. */
const WHERE_WORD = String.raw`(?:where|town|suburb|village|home|lives|lives\s+in|location|from|community|area|place|site|workplace|school)`;
/** One of those words, or two joined ("School / where", "Home and school"). */
const WHERE_HEADER = new RegExp(String.raw`^${WHERE_WORD}(?:\s*(?:\/|&|and|or)\s*${WHERE_WORD})?$`, 'i');
/** "Leonora", "camp cook, Leonora", "haul truck driver, Gwalia pit": the place is what is capitalised after any comma. */
const WHERE_CELL = /^(?:[^,]*,[ \u00a0]*)?(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*|pit|mine|farm|station|estate|village|reserve|camp))*)$/u;

/** "| Client | Age | Where |" over "| D.K. | 34 | haul truck driver, Gwalia pit |": each row's place is that person's. */
function placesInPeopleTables(ctx: DetectContext): Candidate[] {
  const people = tablesOfPeople(ctx);
  if (!people.length) return [];
  const out: Candidate[] = [];
  for (const { match, start } of columnCells(ctx.text, ctx.segments, WHERE_HEADER, WHERE_CELL)) {
    const name = match[1];
    const at = start + match[0].length - name.length;
    if (!people.some((t) => t.start <= at && at < t.end)) continue;
    const words = name.split(/[ \u00a0]+/);
    if (notSmallPlace(ctx, name)) continue;
    out.push(town({ start: at, end: at + name.length, text: name, words }, populationOf(name)));
  }
  return out;
}

/** "tags: [fiddle, Tutwiler]": a tag that is a small town says where the post happens. */
function townTags(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const segment of ctx.segments) {
    if (segment.kind !== 'tags') continue;
    const raw = ctx.text.slice(segment.start, segment.end);
    const name = raw.trim();
    if (!/^\p{Lu}[\p{L}'’ -]*$/u.test(name) || notSmallPlace(ctx, name)) continue;
    const words = name.split(/[ \u00a0]+/);
    const start = segment.start + raw.indexOf(name);
    // "tags: [Maitland PCYC]": a town's club or youth centre, by its acronym.
    if (words.length >= 2 && /^[A-Z]{2,6}$/.test(words[words.length - 1]) && headKind(words)?.kind === 'club' && !isGenericName(words, words[words.length - 1])) {
      out.push(place({ start, end: start + name.length, text: name, words }, 'club'));
      continue;
    }
    const population = populationOf(name);
    if (population === undefined || isGivenName(words[0]) || allDictionaryWords(words)) continue;
    out.push(town({ start, end: start + name.length, text: name, words }, population));
  }
  return out;
}

/** Peoples whose communities are named "<place> <people> Nation": "Carrot River Cree Nation", "Pine Creek Dakota Nation". */
const PEOPLES = "Cree|Dene|Ojibwe|Ojibway|Ojibwa|Anishinaabe|Anishinabe|Oji-Cree|Dakota|Lakota|Nakota|Saulteaux|Mohawk|Oneida|Mi'kmaq|Mi’kmaq|Maliseet|Wolastoqiyik|Innu|Stoney|Siksika|Blackfoot|Haida|Gitxsan|Nisga'a|Nisga’a|Tlingit|Salish|Sioux|Chippewa|Potawatomi|Algonquin|Abenaki|Wendat|Huron-Wendat|Tsimshian|Heiltsuk|Secwepemc|Nlaka'pamux|Tahltan|Kaska|Gwich'in|Gwich’in|Tlicho|Tłı̨chǫ|Métis|Metis";
const PEOPLE_NAME = new RegExp(`^(?:${PEOPLES}|Plains|Woodland|Swampy|Northern|Southern)$`);
/**
 * "Birch Lake First Nation", "Carrot River Cree Nation", "the Oneida Nation of the Thames", "Lower Nicola
 * Indian Band": a First Nation named in full is a community of a few hundred or a few thousand, whose
 * people know each other. The people's name alone ("the Cree Nation", "Navajo Nation") is a whole nation.
 */
const FIRST_NATION = new RegExp(String.raw`(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){0,4})(First[ \u00a0]Nation|FN|(?:${PEOPLES})[ \u00a0]Nation|Nation[ \u00a0]of[ \u00a0]the[ \u00a0]\p{Lu}[\p{L}'’-]+|Indian[ \u00a0]Band|Indian[ \u00a0]Reserve(?:[ \u00a0]No\.?[ \u00a0]?\d+)?)(?![\p{L}])`, 'gu');
/** Words that make "First Nations" a kind, not one community: "many First Nations", "Manitoba First Nations". */
const NATIONS_IN_GENERAL = /^(?:Many|Most|All|Other|Some|Several|Remote|Rural|Northern|Southern|Eastern|Western|Local|Urban|Canadian|Member|Participating|Neighbouring|Neighboring|Treaty|Federal|Indigenous|Aboriginal|Native|Status|Affiliated|Signatory|Sovereign|Assembly|Chiefs|Isolated|Fly-in|Both|Two|Three|Four|Five|Our|Their|The|A|An|Of|For|And)$/;

function firstNations(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, FIRST_NATION)) {
    let words = m[1].trim() ? m[1].trim().split(/[ \u00a0]+/) : [];
    let start = m.index;
    while (words.length && (LEADING.has(words[0].toLowerCase()) || NATIONS_IN_GENERAL.test(words[0]) || (ORDINARY_OPENERS.has(words[0].toLowerCase()) && atSentenceStart(ctx.text, start)))) { start += words[0].length + 1; words = words.slice(1); }
    // "the Oneida Nation of the Thames" names one community by its river; "the Cree Nation" names a people.
    if (!words.length) continue;
    const name = words.join(' ');
    // "Canada's First Nations", "Cree First Nations": a country's or a people's many communities, not one.
    if (isBroadRegion(name) || words.some((w) => (isBroadRegion(w) && !populationOf(w)) || /['’]s$/.test(w)) || words.every((w) => PEOPLE_NAME.test(w)) || silenced(ctx, name)) continue;
    const end = m.index + m[0].length;
    const phrase = { start, end, text: ctx.text.slice(start, end), words: [...words, ...m[2].split(/[ \u00a0]+/)] };
    const before = ctx.text.slice(Math.max(0, start - 60), start);
    if (!someoneInParagraph(ctx.text, start) && !STRONG_BEFORE.test(before) && !WORK_BEFORE.test(before)) {
      out.push(note(phrase, `"${phrase.text}" is a First Nation named with no client in the paragraph: it says where something happened, not who`, NO_CLIENT_HINT));
      continue;
    }
    out.push(authorsOwn(ctx.text, start) && !SOMEONE.test(sentenceOf(ctx.text, start)) ? workPlace(ctx.text, phrase, undefined) : counted(phrase, `"${phrase.text}" is a First Nation, a community of a few hundred or a few thousand people who know each other: with any other detail it points at one person`, 'Say "a First Nation in the north" or "her home community" instead.'));
  }
  return out;
}

/**
 * "Golden Nails on Westheimer", "the Pho Saigon off Kingsway": a shop placed on a street named without
 * its type, the way locals say it. Together they name one shop, and so where someone works or goes.
 */
const SHOP_ON_STREET = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’&-]*[ \u00a0]){0,3}\p{Lu}[\p{L}'’&-]*)(?:,?[ \u00a0]+(?:(?:over|down|up|out)[ \u00a0]+)?on|[ \u00a0]+off)[ \u00a0]+(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’])/gu;
/** Someone is at, works for or runs the shop: "does nails at", "cooks at the", "runs the". */
const AT_SHOP_BEFORE = /(?:\b(?:at|for|from|runs?|ran|running|owns?|owned|manages?|managed|opened)[ \u00a0]+(?:the[ \u00a0]+)?|\bthe[ \u00a0]+)$/i;
const WEEKDAYS = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?$/;
/** Plain words that name streets without their type all the same: "on Main", "on Broadway", "on Commercial". */
const BARE_STREET_WORDS = /^(?:Main|Broadway|Commercial|Front|Water|Bay|Queen|King|Church|Market|Mill|Bridge|Union|Grand|Elm|Oak|Pine|Maple|Cedar|Walnut|Chestnut|Spruce|Birch|Spring|Park|Lake|River|Hill|College|Division|Central|Ocean|Mission)$/;

/**
 * "Westheimer", "Kingsway", "Main": a street named without its type is a word no dictionary holds or
 * one of the plain words streets are named by; "on Monday", "on Zoom", "on Universal Credit" are no street.
 */
function bareStreetName(street: string): boolean {
  const words = street.split(/[ \u00a0]+/);
  // "on Suboxone", "on Kim's advice": a drug or a person's word is no street either.
  if (words.some((w) => CALENDAR.test(w) || WEEKDAYS.test(w) || HOLIDAY_END.test(w) || careWord(w) || /['’]s$/.test(w)) || SERVICES.test(street) || /\p{Ll}\p{Lu}/u.test(street) || isBroadRegion(street) || PERSON_TITLES.test(street)) return false;
  return words.every((w) => BARE_STREET_WORDS.test(w) || /^(?:North|South|East|West)$/.test(w) || !allDictionaryWords([w]));
}

function shopsOnStreets(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, SHOP_ON_STREET)) {
    const shop = trimLeading(m[1], m.index);
    const street = m[2];
    if (!shop) continue;
    const before = ctx.text.slice(Math.max(0, shop.start - 40), shop.start);
    const sentence = sentenceOf(ctx.text, m.index);
    // "at Golden Nails on Westheimer", or opening a sentence: "Golden Nails on Westheimer is where Linh works".
    const opening = atSentenceStart(ctx.text, shop.start) && !isPersonOrDate(ctx.termTags().get(shop.start));
    if (!(AT_SHOP_BEFORE.test(before) || opening) || !(SOMEONE.test(sentence) || WORK_BEFORE.test(before) || someoneInParagraph(ctx.text, m.index))) continue;
    // A street with its type ("Mill Road") is the general rule's; "on Monday", "on Zoom" are no street.
    const streetWords = street.split(/[ \u00a0]+/);
    if (HEADS.some(([kind, re]) => kind === 'street' && re.test(streetWords[streetWords.length - 1]))) continue;
    if (!bareStreetName(street) || silenced(ctx, street)) continue;
    // "Notes on Kieran Maguire": a given name and a family name are who the notes are on, not a street.
    if (streetWords.length >= 2 && isGivenName(streetWords[0])) continue;
    // The shop is a business, not a person or a public body: "with Tom on Fridays", "at the NHS on Monday".
    if ((shop.words.length === 1 && isGivenName(shop.text)) || PERSON_TITLES.test(shop.text) || SERVICES.test(shop.text) || PUBLIC_PLACES.test(shop.text) || VENUES.test(shop.text) || isBroadRegion(shop.text) || silenced(ctx, shop.text)) continue;
    if (nearVenue(ctx.text, shop)) continue;
    const end = m.index + m[0].length;
    out.push(place({ start: shop.start, end, text: ctx.text.slice(shop.start, end), words: [...shop.words, 'on', ...streetWords] }, 'workplace'));
  }
  return out;
}

/**
 * "Section D, Dunoon", "Site B, Mfuleni", "Extension 7, Tembisa": a lettered or numbered part of a
 * township or informal settlement holds a few thousand people, so the part and the township are one place.
 */
const SETTLEMENT_SECTION = /(?<![\p{L}'’])(?:Section|Site|Extension|Ext\.?|Zone|Phase|Block|Stand)[ \u00a0]+(?:\d{1,3}[A-Z]?|[A-Z]{1,2}\d{0,2})(?:,[ \u00a0]*|[ \u00a0]+in[ \u00a0]+)(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’])/gu;
/** The township first: "Dunoon, Section D", "Tembisa Extension 7", "Joe Slovo Park Phase 3". */
const TOWNSHIP_SECTION = /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2}),?[ \u00a0]+(?:Section|Site|Extension|Ext\.?|Zone|Phase|Block|Stand)[ \u00a0]+(?:\d{1,3}[A-Z]?|[A-Z]{1,2}\d{0,2})(?![\p{L}\p{N}])/gu;
/** "Section 47, Children Act": a clause of a law, not a part of a township. */
const LAW_WORDS = /\b(?:Act|Acts|Law|Code|Regulations?|Rules|Order|Bill|Directive|Policy|Guidance|Part|Schedule|Chapter|Article|Clause|Paragraph|Level|Stage|Step|Grade|Year|Room|Floor|Ward|Unit)\b/;

function settlementSections(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const sectionFirst = [...matchesOf(ctx.text, SETTLEMENT_SECTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, township: m[1] }));
  // With the township first, a leading "In" or "The" is no part of its name.
  const townshipFirst = [...matchesOf(ctx.text, TOWNSHIP_SECTION)].map((m) => ({ name: trimLeading(m[1], m.index), end: m.index + m[0].length }))
    .flatMap(({ name, end }) => (name ? [{ start: name.start, end, township: name.text }] : []));
  for (const { start, end, township } of [...sectionFirst, ...townshipFirst]) {
    if (LAW_WORDS.test(township) || CALENDAR.test(township) || SERVICES.test(township) || PUBLIC_PLACES.test(township) || isBroadRegion(township) || silenced(ctx, township)) continue;
    const before = ctx.text.slice(Math.max(0, start - 60), start);
    if (!/\b(?:in|at|to|from|near|of|into)[ \u00a0]+$/i.test(before) || !(SOMEONE.test(sentenceOf(ctx.text, start)) || STRONG_BEFORE.test(before))) continue;
    const text = ctx.text.slice(start, end);
    out.push(counted({ start, end, text, words: text.split(/[ \u00a0,]+/) }, `"${text}" is one section of a township or settlement, a few streets of neighbours: it says where someone lives`, 'Say "an informal settlement outside the city" instead.'));
  }
  return out;
}

/** Someone makes a home of a room: "rents room 12", "lived in room 204", "her SRO room". */
const LIVES_IN_ROOM = /\b(?:lives?|living|lived|rents?|rented|renting|moved|tenants?|evicted|SRO|residential hotel|rooming house|boarding house)\b/i;

/**
 * "her room at the Sunrise Lodge SRO", "he has lived at the Carlton Hotel, a residential hotel, for years":
 * a rooming house or a hotel let by the week is a home, and its few dozen tenants know each other.
 */
const LODGING = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,3}(?:Hotel|Lodge|Rooms|Inn|Motel|Residence|Rooming[ \u00a0]House|Boarding[ \u00a0]House|Guest[ \u00a0]?[Hh]ouse|Hostel|Arms|SRO)(?:[ \u00a0]+SRO)?)(?![\p{L}])/gu;
/** "the Balmoral, a rooming house on East Hastings": a one-word name the sentence calls a home for lodgers. */
const NAMED_AS_LODGING = /(?<=\bthe[ \u00a0]+)(\p{Lu}[\p{L}'’-]+)(?=,?[ \u00a0]+(?:an?|the|one[ \u00a0]+of[ \u00a0]+the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:residential[ \u00a0]hotel|rooming[ \u00a0]house|boarding[ \u00a0]house|SRO|welfare[ \u00a0]hotel|flophouse|halfway[ \u00a0]house)\b)/gu;
/** "at the Oakfield Hotel, two years after he was placed there": a hotel someone is housed in, told after its name. */
const LODGED_THERE_AFTER = /^[^.!?\n]{0,80}\b(?:placed|housed|rehoused|accommodated|put\s+up|living|lived|staying|stayed|moved)\s+(?:him|her|them\s+)?there\b/i;
const LODGER_BEFORE = /\b(?:lives?|living|lived|moved|moving|rents?|rented|renting|room|rooms|bedsit|housed|rehoused|placed|tenants?|residents?|evicted|address|home|SRO)\b[^.!?\n]{0,30}?\b(?:at|in|into|from|of)[ \u00a0]+(?:the[ \u00a0]+)?$/i;
const LODGING_AFTER = /^[ \u00a0]+SRO\b|^,?[ \u00a0]+(?:an?|the|one[ \u00a0]+of[ \u00a0]+the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}(?:residential[ \u00a0]hotel|rooming[ \u00a0]house|boarding[ \u00a0]house|SRO|single[- \u00a0]room[- \u00a0]occupancy|welfare[ \u00a0]hotel|flophouse|hostel)\b/i;
/** A stay away from home, or a room hired for an event: "we stayed at the Sunrise Lodge on holiday", "the function room at". */
const AWAY_STAY = /\b(?:holidays?|vacation|honeymoon|conference|wedding|weekend away|night away|trip|tourists?|booked|check-?in|checked in|breakfast buffet|meeting|function|training|course|dinner|lunch|party|reception|ceremony|funeral|wake|gala)\b/i;

/** Someone drinking or working there: "drinks at the", "a barmaid at the", "works weekends in the". */
const DRINKS_OR_WORKS_BEFORE = /\b(?:drinks?|drank|drinking|pints?|regulars?|barman|barmaid|bar[ \u00a0]+staff|landlord|landlady|behind[ \u00a0]+the[ \u00a0]+bar|bar[ \u00a0]+work|works?|worked|working|job|shifts?|cleans?|cleaned|cleaner|cook|chef|kitchen[ \u00a0]+hand|pot[ \u00a0]?wash(?:er|ing)?|night[ \u00a0]+porter|porter|employed)\b[^.!?\n]{0,25}?\b(?:at|in|from|for)[ \u00a0]+the[ \u00a0]+$/i;
/** A hotel or inn named after its town or street: "the Tottenham Hotel", "the Commercial Inn". */
const TOWN_HOTEL = /(?<=\bthe[ \u00a0]+)((?:\p{Lu}[\p{L}'’-]*[ \u00a0]){1,2}(?:Hotel|Inn|Tavern|Arms))(?![\p{L}])/gu;

/**
 * "He drinks at the Tottenham Hotel most nights": in a small town the pub-hotel is everyone's local, and
 * its regulars and staff are few; someone drinking or working there is found by it. A chain hotel, a
 * famous one, or a hotel on a trip or at a conference is no one's local.
 */
function localHotels(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, TOWN_HOTEL)) {
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(/[ \u00a0]+/) };
    const sentence = sentenceOf(ctx.text, m.index);
    if (!DRINKS_OR_WORKS_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 60), m.index)) || !SOMEONE.test(sentence) || AWAY_STAY.test(sentence)) continue;
    if (HOTELS.test(m[0]) || isFamousVenue(m[0].toLowerCase()) || isChain(m[0].toLowerCase()) || silenced(ctx, m[0])) continue;
    out.push(counted(phrase, `"${m[0]}" is someone's local or workplace: a town's pub-hotel has few regulars and staff, and they know each other`, 'Say "the local pub" or "a pub in town" instead.'));
  }
  return out;
}

/** A kind of workplace pinned to the one landmark it stands by: "the fish market on the pier". */
const PINNED_WORKPLACE = /\b(?:works?|worked|working|job|jobs|shifts?|employed|drinks?|drank|regular|gutting|selling|sells|sold|stall)\b[^.!?\n]{0,25}?\b(?:at|in|on|from)[ \u00a0]+the[ \u00a0]+((?:[a-z]+[ \u00a0]+)?(?:market|shop|caf[eé]|kiosk|stall|chippy|chip[ \u00a0]+shop|pub|bar|bakery|garage|store|factory|shed|yard|office|takeaway)[ \u00a0]+(?:on|at|by|beside|near|down[ \u00a0]+by|next[ \u00a0]+to)[ \u00a0]+the[ \u00a0]+(?:pier|wharf|quay|jetty|harbour|harbor|marina|slipway|square|green|crossroads|seafront|promenade|esplanade|docks|bridge|roundabout))\b/gu;

/**
 * "He works at the fish market on the pier": unnamed, yet there is one such place by that landmark in
 * a small town, and everyone there knows who works it.
 */
function pinnedWorkplaces(ctx: DetectContext): Candidate[] {
  return workplacesEndingMatches(ctx, PINNED_WORKPLACE).filter((c) => SOMEONE.test(sentenceOf(ctx.text, c.start)) && !authorsOwn(ctx.text, c.start));
}

function lodgings(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of [...matchesOf(ctx.text, LODGING), ...matchesOf(ctx.text, NAMED_AS_LODGING)]) {
    const phrase = trimLeading(m[1], m.index);
    if (!phrase || (phrase.words.length < 2 && !LODGING_AFTER.test(ctx.text.slice(phrase.end, phrase.end + 60)))) continue;
    const before = ctx.text.slice(Math.max(0, phrase.start - 60), phrase.start);
    const after = ctx.text.slice(phrase.end, phrase.end + 60);
    const sentence = sentenceOf(ctx.text, phrase.start);
    const lodger = / SRO$/.test(phrase.text) || LODGING_AFTER.test(after) || LODGED_THERE_AFTER.test(ctx.text.slice(phrase.end, phrase.end + 100)) || (LODGER_BEFORE.test(before) && !AWAY_STAY.test(sentence));
    if (!lodger || HOTELS.test(phrase.text) || isFamousVenue(phrase.text.toLowerCase()) || silenced(ctx, phrase.text)) continue;
    if (!SOMEONE.test(sentence) && authorsOwn(ctx.text, phrase.start)) { out.push(ownPlace(phrase)); continue; }
    out.push(counted(phrase, `"${phrase.text}" is a rooming house or a hotel let as a home: its few dozen tenants and staff know who lives there`, 'Say "a rooming house downtown" or "a room in a residential hotel" instead.'));
  }
  return out;
}

/**
 * "Ysgol Gynradd Aberdaron", "Bunscoil an Iúir", "Sgoil Bhàgh a' Chaisteil": a school named the Welsh,
 * Irish or Gaelic way puts the word for school first, so it is a school wherever it stands, opening a
 * sentence or not, and its name may join words with "an", "na" or "y".
 */
const SCHOOL_FIRST = new RegExp(String.raw`(?<![\p{L}'’])(?:${SCHOOL_PREFIX.source.slice(4, -2)})(?:[ \u00a0](?:(?:an|na|nan|nam|y|yr|a'|a’|agus|de|la|le|du|des|del)[ \u00a0])?\p{Lu}[\p{L}\p{M}'’-]*){1,4}`, 'gu');
/** Words for the kind of school, which alone name none: "Ysgol Gynradd" is "primary school". */
const SCHOOL_KIND_WORDS = /^(?:Gynradd|Uwchradd|Gyfun|Gymraeg|Feithrin|Gymunedol|Sul|Arbennig|Náisiúnta|Naisiunta|Pobail|Chuimsitheach|Gàidhlig|Gaidhlig|Àraich|Araich|Kaupapa|Māori|Maori)$/;

function onlyKindOfSchool(words: string[]): boolean {
  return words.slice(1).every((w) => SCHOOL_KIND_WORDS.test(w) || /^\p{Ll}/u.test(w));
}

function schoolsNamedKindFirst(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesOf(ctx.text, SCHOOL_FIRST)) {
    const words = m[0].split(/[ \u00a0]+/);
    const phrase = { start: m.index, end: m.index + m[0].length, text: m[0], words };
    // "a conference at the École Normale": a venue, as the general rule has it.
    if (onlyKindOfSchool(words) || ctx.aliases.has(m[0].toLowerCase()) || nearVenue(ctx.text, phrase)) continue;
    out.push(place(phrase, 'school'));
  }
  return out;
}

/** Row labels of a table about a client that give where they live: "| Home | Pentrefelin, near Porthmadog |". */
const HOME_ROW_LABEL = /^(?:home|home town|hometown|lives|lives in|lives at|living|address|home address|residence|resides|village|town|suburb)$/i;
/** Words inside such a cell that are not place names: "near", "just outside", "with Nan". */
const PLACE_RUN = /(?<![\p{L}'’])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0](?:(?:of|upon|on|y|yr|na|an|le|la)[ \u00a0])?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/** "Home: Pentrefelin, near Porthmadog", "- Lives: Cwm-y-glo, with Nan": the same label on a line of its own. */
const HOME_LINE = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:[-*•][ \t]+)?(?:${HOME_ROW_LABEL.source.slice(4, -2)})[ \t]*:[ \t]*([^\n]{1,80})`, 'gi');

/** Each place named beside a "Home" or "Address" label, in a table row or a line: villages too small for any list included. */
function placesInRowLabels(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const lines = [...matchesOf(ctx.text, HOME_LINE)].map((m) => ({ start: m.index + m[0].length - m[1].length, value: m[1] }));
  for (const { start, value } of [...cellsBesideLabel(ctx.text, ctx.segments, HOME_ROW_LABEL), ...lines]) {
    for (const m of matchesOf(value, PLACE_RUN)) {
      const name = m[0];
      if (notSmallPlace(ctx, name) || isGivenName(name) || PERSON_TITLES.test(name) || ctx.aliases.has(name.toLowerCase()) || allDictionaryWords(name.split(/[ \u00a0]+/))) continue;
      const at = start + m.index;
      out.push(town({ start: at, end: at + name.length, text: name, words: name.split(/[ \u00a0]+/) }, populationOf(name)));
    }
  }
  return out;
}
