import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TermMatcher } from '../src/detect/terms.js';

const found = (matcher: TermMatcher, text: string) => [...matcher.matches(text)].map((m) => `${m.index}:${m.text}`);

test('spaces and hyphens inside a term are written any way people type them', () => {
  const matcher = new TermMatcher(['Guillain-Barre syndrome']);
  assert.equal(found(matcher, 'She had guillain barre syndrome.'), ['8:guillain barre syndrome']);
  assert.equal(found(matcher, 'GuillainBarre-syndrome again'), ['0:GuillainBarre-syndrome']);
  assert.equal(found(matcher, 'Guillain\u00a0Barre syndrome'), ['0:Guillain\u00a0Barre syndrome']);
});

test('an apostrophe may be straight, curly or left out', () => {
  const matcher = new TermMatcher(["Parkinson's"]);
  assert.equal(found(matcher, "Parkinson's, Parkinson’s and Parkinsons"), ["0:Parkinson's", '13:Parkinson’s', '29:Parkinsons']);
});

test('a term never starts or ends inside a word', () => {
  const matcher = new TermMatcher(['lupus', 'gout']);
  assert.equal(found(matcher, 'lupusoid, antigout and gout2 but not lupus-like gout.'), ['37:lupus', '48:gout']);
});

test('where terms overlap, the one listed first wins and the search goes on after it', () => {
  const matcher = new TermMatcher(['type 1 diabetes', 'diabetes', 'type 1']);
  assert.equal(found(matcher, 'type 1 diabetes and diabetes'), ['0:type 1 diabetes', '20:diabetes']);
  assert.equal(found(new TermMatcher(['type 1', 'type 1 diabetes']), 'type 1 diabetes'), ['0:type 1']);
});

test('a case-sensitive matcher keeps capital-only terms apart from ordinary words', () => {
  const matcher = new TermMatcher(['MS', 'ADHD'], true);
  assert.equal(found(matcher, 'ms and MS; adhd and ADHD'), ['7:MS', '20:ADHD']);
  assert.equal(found(new TermMatcher(['MS']), 'ms'), ['0:ms']);
});

test.run();
