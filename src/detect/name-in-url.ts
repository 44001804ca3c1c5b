/**
 * Web addresses that carry a person's name in their path: a school magazine's page for a pupil's
 * story ("/2026/tomasz-wilk-the-heron"), a staff or member page ("/people/ana-beltran"), a news item
 * about someone. Whatever the site, a given name and a surname side by side in a slug name the person
 * as plainly as the text would, and the link leads readers to them.
 *
 * In a link's target the person-name rule already reports a name it knows in the slug, so there this
 * rule marks only the name, and where both find it one finding remains; it adds the pairs that rule
 * misses ("jack-okafor"). An address written out in the text is reported whole.
 *
 * Not reported: public figures and the blogger (the public-names list), aliases the author chose,
 * encyclopedias and citation services, and eponyms ("/ronald-mcdonald-house", "/florence-nightingale-
 * foundation"), where the name stands for an institution.
 */
import type { Candidate, DetectContext, Recognizer } from './types.js';
import { classify, isAnyEnglishWord } from '../names/lexicon.js';
import { publicNames } from '../names/public.js';
import { matchesOf } from './util.js';

/** An address with a scheme or "www.", or a bare host followed by a path. */
const URL = /(?:\bhttps?:\/\/|\bwww\.|(?<![\w@.\/-])(?=[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/))[^\s)\]>"'<]*[^\s)\]>"'<.,;:!?]/gi;
/** Segments holding a link's target or the post's own address rather than text a reader sees as text. */
const LINK_KINDS = new Set(['url', 'permalink']);
/** Sites whose pages about people are about notable people, or are citations. */
const REFERENCE_HOSTS = /(?:^|\.)(?:wikipedia\.org|wikimedia\.org|wikiquote\.org|wikidata\.org|britannica\.com|imdb\.com|doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|scholar\.google\.[a-z.]+|goodreads\.com|gutenberg\.org|poetryfoundation\.org|nobelprize\.org)$/i;
/** Words after a name that make it an institution, an award or a method named after someone. */
const EPONYM_NEXT = new Set(('house hospital hospice centre center foundation trust school college university institute ' +
  'library park street road avenue lane ward unit award awards prize lecture memorial fund clinic hall building bridge ' +
  'society method syndrome disease scale test model theory museum gallery stadium airport station church academy ' +
  'fellowship scholarship programme program medal').split(' '));

/** Words that are surnames too ("Hill", "Day") but after a given name in a slug more often make a place or a day ("alice-springs"). */
const PLACE_OR_TIME = new Set(('springs spring park hill hills green day days house bridge bridges bay beach falls island river lake ' +
  'valley point heights town city village grove garden gardens wood woods field fields port mount street road lane way ' +
  'christmas eve easter may march story stories art reading reads poem poems love rose roses lily star stars moon sun ' +
  'rock rocks stone hall church well wells ford water land bank banks cross gate').split(' '));

export const nameInUrl: Recognizer = {
  id: 'name-in-url',
  category: 'contact',
  description: "Web addresses whose path carries a person's given name and surname",
  detect(context) {
    const found: Candidate[] = [];
    for (const m of matchesOf(context.text, URL)) {
      const name = nameInPath(context, m[0]);
      if (!name) continue;
      // In a link's target only the name is marked, so where the person-name rule reports the same
      // slug, one finding remains; an address written out in the text is reported whole.
      if (LINK_KINDS.has(context.segmentAt(m.index)?.kind ?? '')) found.push(nameUrlCandidate(m.index + name.start, m.index + name.end, m[0], name.text));
      else found.push(nameUrlCandidate(m.index, m.index + m[0].length, m[0], name.text));
    }
    return found;
  },
};

interface SlugName { start: number; end: number; text: string }

/** The first given name + surname pair in the address's path ("tomasz-wilk"), with its place in `url`. */
function nameInPath(context: DetectContext, url: string): SlugName | undefined {
  const [, scheme = '', host = '', path = ''] = /^((?:https?:\/\/)?)([^\/?#]+)([^?#]*)/i.exec(url) ?? [];
  if (REFERENCE_HOSTS.test(host.replace(/^www\./i, ''))) return undefined;
  let offset = scheme.length + host.length;
  for (const segment of path.split('/')) {
    const words = [...segment.replace(/\.[a-z]{2,5}$/i, '').matchAll(/[^\-_+.%\s]+/g)].map((w) => ({ text: w[0], start: offset + w.index! }));
    offset += segment.length + 1;
    for (let i = 0; i + 1 < words.length; i++) {
      const slug = words.slice(i, i + 4).map((w) => w.text);
      // "john-smith" ends the slug; "sophie-will-be-fine" reads on as a sentence.
      const last = slug.length === 2 || /^\d+$/.test(slug[2]);
      if (!isPersonPair(slug[0], slug[1], last)) continue;
      if (isKnownOrChosen(context, slug)) { i++; continue; }
      if (EPONYM_NEXT.has(slug[2]?.toLowerCase() ?? '')) continue;
      const end = words[i + 1].start + slug[1].length;
      return { start: words[i].start, end, text: url.slice(words[i].start, end) };
    }
  }
  return undefined;
}

/**
 * A given name followed by a surname, a second given name or an unfamiliar non-English word; a surname
 * that is also a word ("smith", "wood") only where it ends the slug.
 */
function isPersonPair(first: string, second: string, last: boolean): boolean {
  if (!/^\p{L}{2,}$/u.test(first) || !/^\p{L}{2,}$/u.test(second)) return false;
  const [a, b] = [classify(first), classify(second)];
  if (a === 'given') {
    return b === 'surname' || b === 'given' || (b === 'unknown' && second.length >= 3 && !isAnyEnglishWord(second)) ||
      (b === 'ambiguous' && last && second.length >= 3 && !PLACE_OR_TIME.has(second.toLowerCase()));
  }
  // "jack-okafor": a name that is also a word counts before a surname that is not one.
  return a === 'ambiguous' && b === 'surname';
}

/** A public figure, the blogger, or an alias the author chose, in the first two to four words of `slug`. */
function isKnownOrChosen(context: DetectContext, slug: string[]): boolean {
  const names = publicNames(context.config);
  for (let length = 2; length <= slug.length; length++) {
    const run = slug.slice(0, length).join(' ');
    if (names.has(run) || context.aliases.has(run.toLowerCase())) return true;
  }
  return false;
}

function nameUrlCandidate(start: number, end: number, shown: string, name: string): Candidate {
  return {
    start, end, category: 'contact', severity: 'high',
    message: `A web address carrying a person's name ("${name}" in "${shown}") names them and leads readers to them`,
    hint: 'Remove the link, or describe the page ("a story she wrote for the school magazine") without pointing to it.',
  };
}
