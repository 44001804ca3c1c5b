/** Evasion-proof name matching, render-time replacement and the output scan, without Eleventy. */
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findNames } from '../src/normalize.js';
import { nameForms, replaceNames } from '../src/pseudonymize.js';
import { maskName, scanOutput } from '../src/output-scan.js';
import { tempDir, writeTree } from './helpers/fixtures.js';

const NAME = ['Margaret Qwillan'];
const found = (text: string, names = NAME) => findNames(text, names, { markup: true }).map((m) => text.slice(m.start, m.end));

test('a name is found however it is disguised', () => {
  const disguises = [
    'MARGARET QWILLAN', 'margaret qwillan', 'Mаrgаrеt Qwillan' /* Cyrillic а, е */, 'Ｍａｒｇａｒｅｔ Qwillan' /* full width */,
    'Marga\u200bret Qwillan' /* zero-width space */, 'Marga\u00adret Qwillan' /* soft hyphen */, 'Márgaret Qwíllan',
    'M<strong>arg</strong>aret Qwillan', 'M<em>argaret</em> Qwi<span class="x">llan</span>', 'M&#97;rgaret Q&#x77;illan', 'Margaret&nbsp;Qwillan',
    'Margaret\n   Qwillan', 'Margaret Qwil-\nlan', 'margaret-qwillan', 'Margaret_Qwillan',
  ];
  for (const text of disguises) assert.equal(found(`Met ${text} today.`).length, 1, text);
});

test('names are matched as whole words and not inside other words', () => {
  assert.equal(found('Ali said it', ['Ali']), ['Ali']);
  assert.equal(found("Ali's coat", ['Ali']), ['Ali']);
  for (const text of ['all of us', 'Alison came', 'Natalie', 'a l i']) assert.equal(found(text, ['Ali']), [], text);
  assert.equal(found('<p>Margaret</p><p>Qwillan</p>').length, 1, 'block tags separate words but the name still reads as a name');
});

test('replacement covers full name, first and last alone, possessives, capitals and slugs', () => {
  const forms = nameForms(new Map([['Tobias Wrenfield', 'Sam Hart']]), { parts: true });
  const out = replaceNames("Tobias Wrenfield came. Tobias's coat. Mr Wrenfield left. TOBIAS WRENFIELD. /tobias-wrenfield/ T<em>obias</em>", forms, { markup: true });
  assert.is(out, "Sam Hart came. Sam's coat. Mr Hart left. SAM HART. /sam-hart/ Sam<em></em>");
  assert.is(replaceNames('<img alt="Tobias at the bus stop" src="x.png">', forms, { markup: true }), '<img alt="Sam at the bus stop" src="x.png">');
});

test('a first name shared by two people with different aliases is not guessed', () => {
  const forms = nameForms(new Map([['Maria Qwillan', 'Ana'], ['Maria Brookfield', 'Eva']]), { parts: true });
  assert.ok(!forms.some((f) => f.real === 'Maria'));
  assert.is(replaceNames('Maria Brookfield and Qwillan', forms), 'Eva and Ana');
});

test('the output scan reads every file and path, through entities, percent- and JSON-encoding', () => {
  const dir = writeTree({
    'a/index.html': '<p>Nothing here.</p>',
    'feed.xml': '<content type="html">&lt;p&gt;M&amp;#97;rgaret Qwillan&lt;/p&gt;</content>',
    'search.json': '{"t":"\\u004dargaret Qwillan"}',
    'notes.txt': 'fine',
    'margaret-qwillan/index.html': 'fine',
    'links.html': '<a href="/p/Margaret%20Qwillan/">x</a>',
  });
  const leaks = scanOutput(dir, { everywhere: NAME });
  assert.equal([...new Set(leaks.map((l) => l.file))].sort(), ['feed.xml', 'links.html', 'margaret-qwillan/index.html', 'search.json']);
  assert.ok(leaks.find((l) => l.file === 'margaret-qwillan/index.html')!.line === 0);
  assert.equal(scanOutput(tempDir(), { everywhere: NAME }), []);
  assert.is(maskName('Margaret Qwillan'), 'M••••••t Q•••••n');
  assert.not.ok(fs.existsSync(path.join(dir, 'missing')));
});

test('per-file names: a first name alone is a leak only on its own post\'s page', () => {
  const dir = writeTree({ 'posts/a/index.html': '<p>Tobias waved.</p>', 'posts/b/index.html': '<p>Tobias waved.</p>' });
  const leaks = scanOutput(dir, { everywhere: ['Tobias Wrenfield'], perFile: new Map([['posts/a/index.html', ['Tobias']]]) });
  assert.equal(leaks.map((l) => l.file), ['posts/a/index.html']);
});

test.run();
