/**
 * The private review page: every post by status, each finding highlighted in the post's raw text
 * with its message and fix. It shows unpublished client material, so it is only ever served from
 * memory on 127.0.0.1 (never written to the site), escapes everything, and runs no script at all.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DiscreetConfig } from './config.js';
import { checkPathsAsync } from './run.js';
import type { FileReport, Finding, Report, Severity, Status } from './types.js';

/** Where attention is needed first. */
const STATUS_ORDER: readonly Status[] = ['blocked', 'error', 'scheduled', 'draft', 'cleared'];
const STATUS_TITLE: Record<Status, string> = {
  blocked: 'Blocked: not published until fixed',
  error: 'Could not be checked: not published',
  scheduled: 'Scheduled: not yet due',
  draft: 'Drafts and retracted posts: never published',
  cleared: 'Cleared: published',
};
const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderReviewPage(report: Report, source: (path: string) => string | undefined): string {
  const sections = STATUS_ORDER.map((status) => {
    const files = report.files.map((file, index) => ({ file, index })).filter(({ file }) => file.status === status);
    if (!files.length) return '';
    return `<section class="status-${status}"><h2>${escapeHtml(STATUS_TITLE[status])} (${files.length})</h2>\n${files.map(({ file, index }) => renderPost(file, index, source)).join('\n')}</section>`;
  }).join('\n');
  const s = report.summary;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>discreet review: ${s.files} posts</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Review before publishing</h1>
<p class="summary">${s.files} posts: ${s.blocked} blocked, ${s.error} could not be checked, ${s.scheduled} scheduled, ${s.draft} draft, ${s.cleared} cleared. Checked at ${escapeHtml(report.now)}. Reload the page after editing a post.</p>
<p class="private">This page is private to this computer. It is never part of the published site.</p></header>
<main>
${sections}
</main>
</body>
</html>
`;
}

function renderPost(file: FileReport, index: number, source: (path: string) => string | undefined): string {
  const raw = file.findings.length ? source(file.path) : undefined;
  const when = file.publishAt ? ` <span class="when">publishes ${escapeHtml(file.publishAt)}</span>` : '';
  const findings = file.findings.length
    ? `<ol class="findings">${file.findings.map((f, i) => renderFinding(f, `${index}-${i}`, raw !== undefined)).join('')}</ol>`
    : '';
  const text = raw !== undefined ? `<pre class="source">${highlight(raw, file.findings, index)}</pre>` : '';
  return `<article class="post" id="post-${index}"><h3><span class="path">${escapeHtml(file.path)}</span> <span class="badge ${file.status}">${file.status}</span>${when}</h3>${findings}${text}</article>`;
}

function renderFinding(f: Finding, id: string, linked: boolean): string {
  const where = `${f.line}:${f.column}`;
  const position = linked && f.length > 0 ? `<a href="#m-${id}">${where}</a>` : where;
  const allowed = f.suppressed ? ` <span class="allowed">allowed: ${escapeHtml(f.suppressedBy ?? '')}</span>` : '';
  const hint = f.hint ? `<div class="hint">Fix: ${escapeHtml(f.hint)}</div>` : '';
  return `<li id="f-${id}" class="finding sev-${f.severity}${f.suppressed ? ' suppressed' : ''}" data-rule="${escapeHtml(f.rule)}">`
    + `<span class="pos">${position}</span> <span class="sev">${f.severity}</span> <span class="message">${escapeHtml(f.message)}</span> `
    + `<code class="rule">${escapeHtml(f.rule)}</code>${f.text ? ` <q class="found">${escapeHtml(f.text)}</q>` : ''}${allowed}${hint}</li>`;
}

/**
 * The raw text with a <mark> over every finding. Spans may overlap (a mosaic finding covers a
 * detail that is also reported alone), so the text is cut at every span edge and each piece is
 * marked with all the findings covering it, coloured by the most severe.
 */
export function highlight(raw: string, findings: readonly Finding[], postIndex: number): string {
  const spans = findings
    .map((f, i) => ({ f, i, start: f.offset, end: Math.min(raw.length, f.offset + f.length) }))
    .filter((s) => s.end > s.start);
  const edges = [...new Set([0, raw.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const anchored = new Set<number>();
  let html = '';
  for (let k = 0; k + 1 < edges.length; k++) {
    const [from, to] = [edges[k], edges[k + 1]];
    const piece = escapeHtml(raw.slice(from, to));
    const covering = spans.filter((s) => s.start <= from && to <= s.end);
    if (!covering.length) { html += piece; continue; }
    const worst = covering.reduce((a, b) => (RANK[b.f.severity] > RANK[a.f.severity] ? b : a)).f;
    // Every finding gets an anchor where it starts, for the link from its message.
    const starting = covering.filter((s) => !anchored.has(s.i));
    for (const s of starting) anchored.add(s.i);
    const id = starting.length ? ` id="m-${postIndex}-${starting[0].i}"` : '';
    html += starting.slice(1).map((s) => `<span id="m-${postIndex}-${s.i}"></span>`).join('');
    const title = covering.map((s) => `${s.f.severity}: ${s.f.message}`).join('\n');
    const suppressed = covering.every((s) => s.f.suppressed) ? ' suppressed' : '';
    html += `<mark${id} class="sev-${worst.severity}${suppressed}" data-rules="${escapeHtml(covering.map((s) => s.f.rule).join(' '))}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header,main{max-width:60rem;margin:0 auto;padding:0 1rem}
.private{color:#6b3a00;background:#fff4e0;padding:.4rem .6rem;border-radius:4px}
h2{border-bottom:2px solid #ddd;margin-top:2rem}
.post{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.badge{font-size:.8em;padding:.1rem .4rem;border-radius:3px;background:#eee}
.badge.blocked,.badge.error{background:#ffd7d5;color:#8a1f11}.badge.scheduled{background:#dcecff}
.badge.cleared{background:#dff5e1}.when{font-weight:normal;font-size:.85em;color:#555}
.findings{padding-left:1.2rem}.finding{margin:.3rem 0}.suppressed{opacity:.65}
.sev{font-weight:bold}.sev-high .sev{color:#b3261e}.sev-medium .sev{color:#8a5a00}.sev-low .sev{color:#666}
.hint{color:#205d2b}.rule{color:#666;font-size:.85em}
pre.source{white-space:pre-wrap;word-wrap:break-word;background:#f6f6f6;padding:.6rem;border-radius:4px;font-size:.9em}
mark.sev-high{background:#ffc9c4}mark.sev-medium{background:#ffe8a3}mark.sev-low{background:#e8e8e8}
mark.suppressed{background:#d9ead3}mark:target{outline:2px solid #1a5fb4}
`;

export interface ReviewData {
  report: Report;
  /** The raw text of a reported path. */
  source: (path: string) => string | undefined;
}

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the page on 127.0.0.1 only, rebuilt on every request so a reload shows the author's
 * latest edits. Requests naming another host are refused (a web page cannot rebind a name to
 * this port and read client material), and the page may load nothing and run nothing.
 */
export function startReviewServer(options: { port?: number; load: () => Promise<ReviewData> | ReviewData; keepAlive?: boolean }): Promise<ReviewServer> {
  const server = http.createServer(async (request, response) => {
    const port = (server.address() as AddressInfo).port;
    const host = request.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(response, 421, 'text/plain', 'This page is served to 127.0.0.1 only.\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed\n');
    if ((request.url ?? '/').split('?')[0] !== '/') return send(response, 404, 'text/plain', 'Not found\n');
    try {
      const { report, source } = await options.load();
      send(response, 200, 'text/html; charset=utf-8', renderReviewPage(report, source), request.method === 'HEAD');
    } catch (error) {
      send(response, 500, 'text/plain; charset=utf-8', `Could not check the posts: ${(error as Error).message}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      // Beside a dev server the page must not keep the process alive on its own.
      if (options.keepAlive === false) server.unref();
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string, headOnly = false): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  response.end(headOnly ? undefined : body);
}

export const DEFAULT_REVIEW_PORT = 4311;

/** The raw text of a post as a report names it (reports name files relative to the current folder). */
export function readReportedFile(reported: string): string | undefined {
  try { return fs.readFileSync(path.resolve(reported), 'utf8'); } catch { return undefined; }
}

export interface ReviewSiteOptions {
  /** Files and folders to list (absolute, or relative to the root). */
  paths: readonly string[];
  config: DiscreetConfig;
  watched: readonly string[];
  /** Project root (for the check cache). */
  root: string;
  /** The moment posts are judged at, asked anew on every request. */
  now: () => Date;
  port?: number;
  keepAlive?: boolean;
}

/**
 * The review page over a site's posts, checked afresh (through the cache) on every request.
 * Used by `discreet review` and by the Eleventy plugin in serve mode.
 */
export function reviewSite(options: ReviewSiteOptions): Promise<ReviewServer> {
  const paths = options.paths.map((p) => path.resolve(options.root, p));
  return startReviewServer({
    port: options.port ?? DEFAULT_REVIEW_PORT,
    keepAlive: options.keepAlive,
    load: async () => ({
      report: await checkPathsAsync(paths, { config: options.config, now: options.now(), watched: options.watched, root: options.root }),
      source: readReportedFile,
    }),
  });
}
