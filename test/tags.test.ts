import { test } from 'uvu';
import * as assert from 'uvu/assert';
import nlp from '../src/nlp.js';
import { SentenceTags, tagged } from '../src/detect/tags.js';

const TEXT = [
  'A quiet week on the ward',
  'Mostly it rained. Nobody came to the Thursday group, which happens in March.',
  'Tomasz Wilk told me he moved to Ballinrobe last spring; his sister visits on Sundays.',
  'What do you say to that? I said nothing and made tea.',
  'Reading Winnicott again, I kept thinking of the Hendersons and their dog.',
].join('\n\n');

function wholeTextTags(text: string): Map<number, string> {
  const tags = new Map<number, string>();
  for (const s of tagged(text).json({ offset: true }) as { terms: { offset: { start: number }; tags: string[] }[] }[]) {
    for (const term of s.terms) tags.set(term.offset.start, [...term.tags].sort().join(','));
  }
  return tags;
}

test('every word gets the tags a parse of the whole text gives it, whichever sentence is asked first', () => {
  const expected = wholeTextTags(TEXT);
  const offsets = [...expected.keys()];
  for (const order of [offsets, [...offsets].reverse()]) {
    const tags = new SentenceTags(TEXT);
    for (const offset of order) assert.is([...(tags.get(offset) ?? [])].sort().join(','), expected.get(offset), `at ${offset}: ${TEXT.slice(offset, offset + 12)}`);
  }
});

test('tagging leaves compromise as it was for any other caller', () => {
  const hooks = [...nlp.hooks()];
  new SentenceTags(TEXT).get(0);
  assert.equal(nlp.hooks(), hooks);
  assert.ok(hooks.includes('postTagger'));
});

test('no tags where no word starts', () => {
  const tags = new SentenceTags(TEXT);
  assert.is(tags.get(TEXT.indexOf('\n\n')), undefined);
  assert.is(tags.get(TEXT.length + 5), undefined);
  assert.ok(tags.get(TEXT.indexOf('Ballinrobe'))?.size);
});

test.run();
