import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePost } from '../src/post.js';
import { visibleText } from '../src/extract.js';
import { UNMAPPED } from '../src/text.js';

const SOURCE = `---
title: "Notes on Orla"
description: 'A week with "Sam"'
tags: [school, Orla Brennan]
permalink: /posts/orla-brennan/
mood: "Orla's custom field"
layout: post.njk
---

Hello **O**rla, see [her page](https://example.org/orla) and ![Orla at the fair](/img/o.jpg "Orla smiling").

<!-- Orla Brennan, 12 Elm Street -->

| Who | Where |
|---|---|
| Teodor Baran | Leeds |

A footnote.[^1]

[^1]: Told to me by Jane Quill.

<div title="Jane's box"><p>Jane and Tom</p></div>

- an item with Bob
  on a second line
`;

function segments(source: string) {
  const post = parsePost('x.md', source);
  const visible = visibleText(post);
  return visible.segments.map((s) => ({ kind: s.kind, text: visible.text.slice(s.start, s.end), map: Array.from(visible.map.slice(s.start, s.end)) }));
}

function assertMapsIntoSource(source: string, seg: { text: string; map: number[] }) {
  for (let i = 0; i < seg.text.length; i++) {
    const at = seg.map[i];
    if (at === UNMAPPED || seg.text[i] === ' ') continue;
    assert.is(source[at], seg.text[i], `"${seg.text}"[${i}] maps to "${source[at]}" at ${at}`);
  }
}

test('every field a reader sees is extracted, settings are not', () => {
  const kinds = segments(SOURCE);
  const all = kinds.map((s) => s.text).join('\n');
  for (const expected of ['Notes on Orla', 'A week with "Sam"', 'Orla Brennan', '/posts/orla-brennan/', "Orla's custom field", 'Hello Orla', 'https://example.org/orla', 'Orla at the fair', 'Orla smiling', 'Orla Brennan, 12 Elm Street', 'Teodor Baran', 'Told to me by Jane Quill', "Jane's box", 'Jane and Tom', 'an item with Bob\non a second line']) {
    assert.ok(all.includes(expected), `missing: ${expected}`);
  }
  assert.not.ok(all.includes('post.njk'), 'layout is a setting, not visible text');
  assert.not.ok(/<div|<p>|<!--/.test(all), 'markup is masked');
});

test('every extracted character maps back to the same character in the raw file', () => {
  for (const seg of segments(SOURCE)) assertMapsIntoSource(SOURCE, seg);
});

test('emphasis splitting a name still yields the whole name', () => {
  const body = segments(SOURCE).find((s) => s.text.startsWith('Hello'))!;
  assert.ok(body.text.startsWith('Hello Orla,'));
});

test('positions survive CRLF line endings and a byte-order mark', () => {
  const crlf = '\uFEFF' + SOURCE.replace(/\n/g, '\r\n');
  for (const seg of segments(crlf)) assertMapsIntoSource(crlf, seg);
  assert.ok(segments(crlf).some((s) => s.kind === 'tags' && s.text === 'Orla Brennan'));
});

test('non-Markdown templates are checked with template syntax masked', () => {
  const source = '---\ntitle: "A page"\n---\n<p>{{ site.name }} Visit from Orla Brennan {% if x %}today{% endif %}</p>\n';
  const post = parsePost('page.njk', source);
  const visible = visibleText(post, false);
  assert.ok(visible.text.includes('Visit from Orla Brennan'));
  assert.not.ok(visible.text.includes('site.name'));
});

test('italicised stretches are kept as emphasis, where titles of books and films stand', () => {
  const visible = visibleText(parsePost('x.md', '---\ntitle: "x"\n---\n\nWe read *The Salt Road* and _Boatboy_, **not bold**.\n'));
  assert.equal(visible.emphasis.map((e) => visible.text.slice(e.start, e.end)), ['The Salt Road', 'Boatboy']);
});

test.run();
