/**
 * Everything a reader of the rendered post can see, with positions in the raw file:
 * front-matter fields that layouts render and the Markdown body through markdown-it tokens.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Token } from 'markdown-it';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import type { Post } from './post.js';
import { SourceAligner, TITLE_CASE, VisibleTextBuilder, type VisibleText, type TableCell, type BlockKind } from './text.js';

/** Front-matter keys that hold settings rather than text a reader sees. */
const SETTINGS_KEYS = new Set(['layout', 'date', 'publishAfter', 'draft', 'pseudonyms', 'discreet', 'eleventyExcludeFromCollections', 'templateEngineOverride', 'eleventyComputed', 'eleventyImport', 'eleventyDataSchema']);

const markdown = new MarkdownIt({ html: true }).use(footnote);

export function visibleText(post: Post, isMarkdown = true): VisibleText {
  const out = new VisibleTextBuilder();
  addFrontMatter(post, out);
  if (isMarkdown) addMarkdown(post, out);
  else addTemplate(post, out);
  return out.build();
}

function addFrontMatter(post: Post, out: VisibleTextBuilder): void {
  const root = post.yaml?.contents;
  if (!isMap(root)) return;
  for (const pair of root.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (SETTINGS_KEYS.has(key)) continue;
    addScalars(post, pair.value as YamlNode | null, key, out);
  }
}

function addScalars(post: Post, node: YamlNode | null, kind: string, out: VisibleTextBuilder): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value !== 'string' || !node.range) return;
    const [start, end] = node.range;
    const aligner = new SourceAligner(post.raw, post.yamlOffset + start, post.yamlOffset + end);
    out.begin(kind);
    out.push(node.value, aligner.take(node.value));
  } else if (isSeq(node)) for (const item of node.items) addScalars(post, item as YamlNode, kind, out);
  else if (isMap(node)) for (const pair of node.items as Pair[]) addScalars(post, pair.value as YamlNode, kind, out);
}

/** Offsets of the start of each body line, so token line maps become raw offsets. */
function bodyLineStarts(post: Post): number[] {
  const starts = [post.bodyOffset];
  for (let i = post.bodyOffset; i < post.raw.length; i++) if (post.raw.charCodeAt(i) === 10) starts.push(i + 1);
  starts.push(post.raw.length);
  return starts;
}

function addMarkdown(post: Post, out: VisibleTextBuilder): void {
  const tokens = markdown.parse(post.body, {});
  const lines = bodyLineStarts(post);
  const regionOf = (token: Token): [number, number] =>
    token.map ? [lines[Math.min(token.map[0], lines.length - 1)], lines[Math.min(token.map[1], lines.length - 1)]] : [post.bodyOffset, post.raw.length];
  let region: [number, number] = [post.bodyOffset, post.raw.length];
  // Where a table cell stands, so a column can be read down its rows (see `columnCells`).
  let row = -1;
  let column = -1;
  // Open list items and an open heading, so notes can be read under whom they are about.
  let items = 0;
  let heading = false;
  for (const token of tokens) {
    if (token.map) region = regionOf(token);
    if (token.type === 'list_item_open') items++;
    else if (token.type === 'list_item_close') items--;
    else if (token.type === 'heading_open' || token.type === 'heading_close') heading = token.type === 'heading_open';
    if (token.type === 'tr_open') [row, column] = [token.map?.[0] ?? row + 1, -1];
    else if (token.type === 'th_open' || token.type === 'td_open') column++;
    else if (token.type === 'tr_close') row = -1;
    const aligner = new SourceAligner(post.raw, region[0], region[1]);
    if (token.type === 'inline') addInline(token.children ?? [], aligner, out, row >= 0 ? { row, column } : undefined, heading ? 'heading' : items > 0 ? 'item' : undefined);
    else if (token.type === 'fence' || token.type === 'code_block') {
      out.begin('code');
      out.push(token.content, aligner.take(token.content));
    } else if (token.type === 'html_block') addHtml(token.content, aligner, out, 'html');
  }
}

function addInline(children: Token[], aligner: SourceAligner, out: VisibleTextBuilder, cell?: TableCell, block?: BlockKind): void {
  out.begin('text', cell, block);
  const urls: string[] = [];
  const emphasisStarts: number[] = [];
  const paragraphStart = out.size;
  let boldLead: string | undefined;
  for (const child of children) {
    switch (child.type) {
      case 'em_open':
        emphasisStarts.push(out.size);
        break;
      case 'em_close':
        out.emphasize(emphasisStarts.pop() ?? out.size, out.size);
        break;
      // Titles of books and films stand in italics, or in bold at the head of a paragraph in a list of them.
      case 'strong_open':
        if (out.size === paragraphStart) boldLead = '';
        break;
      case 'strong_close':
        if (boldLead !== undefined && TITLE_CASE.test(boldLead.trim())) out.emphasize(paragraphStart, out.size);
        boldLead = undefined;
        break;
      case 'text':
      case 'code_inline':
        if (boldLead !== undefined) boldLead += child.content;
        out.push(child.content, aligner.take(child.content));
        break;
      case 'softbreak':
      case 'hardbreak':
        out.push('\n', aligner.take('\n'));
        break;
      case 'image':
        out.push(child.content, aligner.take(child.content));
        urls.push(...[child.attrGet('src'), child.attrGet('title')].filter((v) => v !== null && v !== '').map(String));
        break;
      case 'link_open':
        if (child.markup !== 'autolink' && child.markup !== 'linkify') urls.push(String(child.attrGet('href') ?? ''));
        // A link's title shows as a tooltip.
        if (child.attrGet('title')) urls.push(String(child.attrGet('title')));
        break;
      case 'html_inline':
        addHtmlInline(child.content, aligner, out);
        break;
    }
  }
  for (const url of urls.filter(Boolean)) {
    out.begin('url');
    out.push(url, aligner.locateAnywhere(url));
  }
}

/** Tags are hidden from detection but their visible attributes (alt, title...) and comments are kept. */
const VISIBLE_ATTRIBUTES = /\b(?:alt|title|href|src|aria-label|content|placeholder|value)\s*=\s*("[^"]*"|'[^']*')/gi;

function maskHtml(html: string): string {
  return html
    .replace(/<!--|-->/g, (m) => ' '.repeat(m.length))
    .replace(/<\/?[a-zA-Z][^>]*>/g, (tag) => {
      const keep = new Array(tag.length).fill(false);
      for (const m of tag.matchAll(VISIBLE_ATTRIBUTES)) {
        const valueStart = (m.index ?? 0) + m[0].length - m[1].length + 1;
        for (let i = valueStart; i < valueStart + m[1].length - 2; i++) keep[i] = true;
      }
      return [...tag].map((c, i) => (keep[i] ? c : ' ')).join('');
    });
}

function addHtml(html: string, aligner: SourceAligner, out: VisibleTextBuilder, kind: string): void {
  out.begin(kind);
  addHtmlInline(html, aligner, out);
}

function addHtmlInline(html: string, aligner: SourceAligner, out: VisibleTextBuilder): void {
  pushJoined(html, maskHtml(html), aligner.take(html), out);
}

/** Tags that do not break a line of text: a word split by them (M<b>ari</b>a) reads as one word. */
const INLINE_TAG = /<\/?(?:abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^<>]*>/gi;

/**
 * Pushes masked markup, leaving out inline tags that carry nothing visible instead of blanking them,
 * so a name split by emphasis or a span is seen whole.
 */
function pushJoined(html: string, masked: string, offsets: number[], out: VisibleTextBuilder): void {
  const drop = new Uint8Array(html.length);
  for (const m of html.matchAll(INLINE_TAG)) {
    const end = m.index + m[0].length;
    if (!masked.slice(m.index, end).trim()) drop.fill(1, m.index, end);
  }
  if (!drop.includes(1)) { out.push(masked, offsets); return; }
  let text = '';
  const kept: number[] = [];
  for (let i = 0; i < masked.length; i++) if (!drop[i]) { text += masked[i]; kept.push(offsets[i]); }
  out.push(text, kept);
}

/** Non-Markdown templates: the body as written, tags and template syntax masked. */
function addTemplate(post: Post, out: VisibleTextBuilder): void {
  const aligner = new SourceAligner(post.raw, post.bodyOffset, post.raw.length);
  const masked = maskHtml(post.body).replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[\s\S]*?#\}/g, (m) => ' '.repeat(m.length));
  out.begin('template');
  pushJoined(post.body, masked, aligner.take(post.body), out);
}
