/** The sentence around a find, as each kind of rule reads it: the differences between styles are deliberate. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  CREDIT_SENTENCE, DATE_SENTENCE, FULL_STOP_MARKS, STORY_SENTENCE,
  citationSentenceAround, sentenceAround, sentenceBefore, sentenceBounds, sentenceByMarks,
} from '../src/sentence.js';

const at = (text: string, part: string) => [text.indexOf(part), text.indexOf(part) + part.length] as const;

test('plain marks cut at a line break, ". ", "! " and "? "; the place style reads on through questions', () => {
  const text = 'We met on Tuesday. Did she grow up in Wirra? She says so!\nNext line.';
  const [start, end] = at(text, 'Wirra');
  assert.is(sentenceByMarks(text, start, end), ' Did she grow up in Wirra');
  assert.is(sentenceByMarks(text, start, end, FULL_STOP_MARKS), ' Did she grow up in Wirra? She says so!');
});

test('a date sentence does not end at an abbreviation, and a date opening its sentence is read with the one before', () => {
  const text = 'Her son was admitted at 3 p.m. on a Sunday. 4 March was the worst day. Then it rained.';
  const [start, end] = at(text, '4 March');
  const { before, after } = sentenceAround(text, start, end, DATE_SENTENCE);
  assert.is(before, 'Her son was admitted at 3 p.m. on a Sunday. ');
  assert.is(after, ' was the worst day');
  const [sunday] = at(text, 'Sunday');
  assert.is(sentenceBefore(text, sunday, DATE_SENTENCE), 'Her son was admitted at 3 p.m. on a ');
});

test('a story sentence sees the break right before a name, breaks before capitals of any script, and keeps its stop', () => {
  const text = 'We read it in class. Ōma lived by the sea. Tama never writes back. the end';
  const [start, end] = at(text, 'Tama');
  const bounds = sentenceBounds(text, start, end, STORY_SENTENCE);
  assert.is(text.slice(bounds.start, bounds.end), 'Tama never writes back.');
  const [oma] = at(text, 'lived');
  assert.is(sentenceBefore(text, oma, STORY_SENTENCE), 'Ōma ');
});

test('a credit sentence ends at any stop, whatever follows', () => {
  const text = 'A drawing by my pupil. lovely colours by Aroha Tane (Year 3). more below';
  const [start] = at(text, 'Aroha');
  assert.is(sentenceBefore(text, start, CREDIT_SENTENCE), 'lovely colours by ');
});

test('a citation sentence passes over "et al." and titles', () => {
  const text = 'Dr. Hale said so. As Okafor found, Smith et al. were right. Next.';
  const [start, end] = at(text, 'Smith');
  assert.equal(citationSentenceAround(text, start, end), { before: 'As Okafor found, ', after: ' et al. were right.' });
});

test.run();
