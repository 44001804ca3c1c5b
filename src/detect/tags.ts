/**
 * compromise's part-of-speech tags for the words rules ask about, tagged only where they ask.
 *
 * Tagging is most of the cost of checking a post, yet rules only ask about words near a capitalised
 * word (a name, a place, a title). So, on the first question, the sentences holding a capitalised
 * word other than an ordinary sentence opener are tagged together in one call, and any other
 * sentence alone if it is asked about. compromise tags each sentence on its own, so these are the
 * tags a parse of the whole text gives (a sentence inside a quotation can differ: tagged alone,
 * "Play it anyway." reads as a verb, not as a name).
 */
// The tagger alone: compromise's third layer (phrase chunks, views) tags nothing differently and costs a fifth more.
import nlp from '../nlp.js';

export type TermTags = ReadonlySet<string>;

/** Words that open sentences and that compromise never tags as a name: a sentence opening with one needs no tagging for it. */
export const ORDINARY_OPENERS = new Set(
  ("a an the this that these those there here what when where why how who whom which whose it its i i'm i've i'd i'll it's that's there's what's " +
    "he she we they you he's she's we're they're you're we've they've you've he'd she'd we'd they'd " +
    'and but or so if as at by for from in into of on to with without about after before during since until while because although though ' +
    'nobody somebody everybody nothing something everything no not some most mostly many much more less few all both each every either neither ' +
    'other another such then now today yesterday tomorrow tonight still just even also only yet again once sometimes often never always maybe perhaps ' +
    'yes our my your his her their us them me him one two three four five six seven eight nine ten').split(' '),
);

const WORD = /[\p{L}'’]+/gu;

interface Sentence {
  start: number;
  end: number;
  tagged: boolean;
}

export class SentenceTags {
  private readonly tags = new Map<number, TermTags>();
  private sentences?: Sentence[];
  private sentenceStarts: number[] = [];

  constructor(private readonly text: string) {}

  /** compromise's tags of the term starting at `offset`, if a term starts there. */
  get(offset: number): TermTags | undefined {
    if (!this.sentences) {
      this.sentences = splitSentences(this.text);
      this.sentenceStarts = this.sentences.map((s) => s.start);
      this.tag(this.sentences.filter((s) => mayBeAskedAbout(this.text.slice(s.start, s.end))));
    }
    const sentence = this.sentences[lastAtOrBefore(this.sentenceStarts, offset)];
    if (sentence && offset < sentence.end && !sentence.tagged) this.tag([sentence]);
    return this.tags.get(offset);
  }

  /** Tags sentences in one call, joined as separate paragraphs, and files each term under its offset in the text. */
  private tag(sentences: Sentence[]): void {
    if (!sentences.length) return;
    const starts: number[] = [];
    let joined = '';
    for (const s of sentences) {
      s.tagged = true;
      if (joined) joined += '\n\n';
      starts.push(joined.length);
      joined += this.text.slice(s.start, s.end);
    }
    for (const sentence of tagged(joined).json({ offset: true }) as ParsedSentence[]) {
      for (const term of sentence.terms) {
        const piece = lastAtOrBefore(starts, term.offset.start);
        this.tags.set(sentences[piece].start + term.offset.start - starts[piece], new Set(term.tags));
      }
    }
  }
}

/**
 * compromise's parse without its last step, the post-tagger: a sweep of over a thousand phrase
 * patterns that refines tags the lexicon and the pre-tagger already set. It costs about two thirds
 * of tagging and a fifth of checking a post, while the rules here ask only about tags those earlier
 * steps give (Verb, Person, Place, ProperNoun...). Measured on 17 annotated sets (about 600 posts),
 * leaving it out changed 3 findings. The hooks are swapped for the one synchronous call only.
 */
export function tagged(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const all = world.hooks;
  world.hooks = all.filter((hook) => hook !== 'postTagger');
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

interface ParsedSentence {
  offset: { start: number; length: number };
  terms: { offset: { start: number }; tags: string[] }[];
}

/**
 * compromise's own sentence split, without tokenizing the words (a thirtieth of the cost). Its pieces
 * are the text in order, whitespace and all, so each is found from where the last one ended.
 */
function splitSentences(text: string): Sentence[] {
  const { splitSentences: split } = (nlp.methods() as { one: { tokenize: { splitSentences(text: string, world: object): string[] } } }).one.tokenize;
  const sentences: Sentence[] = [];
  let at = 0;
  for (const piece of split(text, nlp.world())) {
    const body = piece.trim();
    const start = body ? text.indexOf(body, at) : -1;
    if (start < 0) continue;
    sentences.push({ start, end: start + body.length, tagged: false });
    at = start + body.length;
  }
  return sentences;
}

/** A capitalised word past the first, or a first word that is not an ordinary opener. */
function mayBeAskedAbout(sentence: string): boolean {
  let first = true;
  for (const [word] of sentence.matchAll(WORD)) {
    const capitalised = /^\p{Lu}/u.test(word);
    if (first) {
      if (capitalised && !ORDINARY_OPENERS.has(word.toLowerCase().replace('’', "'"))) return true;
      first = false;
    } else if (capitalised && word !== 'I' && !/^I['’]/.test(word)) {
      return true;
    }
  }
  return false;
}

/** Index of the last value <= `target` in ascending `values` (0 when none is). */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
