/**
 * Human-readable report in the manner of ESLint's stylish formatter: grouped by post, each finding
 * with its position, severity, message and rule, the offending source line with a marker under the
 * span, and what to write instead. Quiet about clean posts; one summary line at the end.
 */
import pc from 'picocolors';
import { failsBuild } from '../status.js';
import type { FileReport, Finding, Report, Severity } from '../types.js';

export interface StylishOptions {
  color?: boolean;
  /** The raw text of a reported path, to quote the offending line (omitted when unavailable). */
  source?: (path: string) => string | undefined;
}

/** Long Markdown paragraphs are one line; only this much of it is quoted around a finding. */
const QUOTE_WIDTH = 96;
const QUOTE_LEAD = 32;

type Colors = ReturnType<typeof pc.createColors>;

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const out: string[] = [];
  for (const file of report.files) {
    const shown = file.findings.filter((f) => !f.suppressed);
    if (!shown.length && !failsBuild(file.status)) continue;
    out.push('', `${c.underline(file.path)}  ${statusLabel(file, c)}`);
    const lines = sourceLines(options.source?.(file.path));
    const width = Math.max(...shown.map((f) => `${f.line}:${f.column}`.length));
    for (const f of shown) out.push(...formatFinding(f, width, lines, c));
  }
  out.push('', ...summaryLines(report, c));
  return out.join('\n').replace(/^\n/, '') + '\n';
}

function formatFinding(f: Finding, width: number, lines: string[] | undefined, c: Colors): string[] {
  const pad = ' '.repeat(width + 2);
  // A long message (a list of front-matter problems) keeps the rule on its first line and the rest under it.
  const [first, ...more] = f.message.split('\n');
  const head = `  ${`${f.line}:${f.column}`.padEnd(width)}  ${severityLabel(f.severity, c)}  ${first}  ${c.dim(f.rule)}`;
  const continued = more.map((line) => `${pad}          ${line.trimStart()}`);
  const quote = f.length > 0 && lines ? quoteSpan(lines[f.line - 1], f) : undefined;
  const body = quote ? [`${pad}  ${quote.text}`, `${pad}  ${' '.repeat(quote.markerAt)}${c.red('^'.repeat(quote.markerLength))}`] : [];
  return [head, ...continued, ...body, ...(f.hint ? [`${pad}  ${c.green('fix:')} ${f.hint}`] : [])];
}

function severityLabel(severity: Severity, c: Colors): string {
  const paint = { high: c.red, medium: c.yellow, low: c.dim }[severity];
  return paint(severity.padEnd(6));
}

function sourceLines(raw: string | undefined): string[] | undefined {
  return raw?.split(/\r?\n/);
}

/** The part of the line around the finding, tabs as spaces, and where the `^^^` marker goes under it. */
function quoteSpan(line: string | undefined, f: Finding): { text: string; markerAt: number; markerLength: number } | undefined {
  if (line === undefined) return undefined;
  const start = f.column - 1;
  const end = f.endLine === f.line ? Math.max(start + 1, f.endColumn - 1) : line.length;
  if (start >= line.length) return undefined;
  const cut = line.length <= QUOTE_WIDTH ? 0 : Math.max(0, Math.min(start - QUOTE_LEAD, line.length - QUOTE_WIDTH));
  const from = cut > 0 ? wordStartAfter(line, cut, start) : 0;
  const to = Math.min(line.length, from + QUOTE_WIDTH);
  const lead = from > 0 ? '…' : '';
  const tail = to < line.length ? '…' : '';
  const text = lead + line.slice(from, to).replace(/\t/g, ' ') + tail;
  const markerAt = lead.length + start - from;
  return { text, markerAt, markerLength: Math.max(1, Math.min(end, to) - start) };
}

/** A cut quote starts at a word, unless that would hide the start of the span. */
function wordStartAfter(line: string, cut: number, limit: number): number {
  const space = line.slice(cut, limit).search(/\s/);
  return space >= 0 && space < 16 ? cut + space + 1 : cut;
}

function statusLabel(file: FileReport, c: Colors): string {
  switch (file.status) {
    case 'blocked': return c.red(c.bold('blocked'));
    case 'error': return c.red(c.bold('error: not checked'));
    case 'scheduled': return c.cyan(`scheduled, publishes ${file.publishAt}`);
    case 'draft': return c.dim('draft');
    default: return c.green('cleared');
  }
}

function summaryLines(report: Report, c: Colors): string[] {
  const open = report.files.flatMap((f) => f.findings.filter((x) => !x.suppressed));
  const suppressed = report.files.reduce((n, f) => n + f.findings.filter((x) => x.suppressed).length, 0);
  const s = report.summary;
  const byStatus = (['cleared', 'blocked', 'error', 'scheduled', 'draft'] as const)
    .filter((k) => s[k] > 0)
    .map((k) => `${s[k]} ${k}`);
  const posts = `${s.files} post${s.files === 1 ? '' : 's'}${byStatus.length ? `: ${byStatus.join(', ')}` : ''}`;
  const lines: string[] = [];
  if (open.length) {
    const counts = (['high', 'medium', 'low'] as const)
      .map((sev) => [sev, open.filter((f) => f.severity === sev).length] as const)
      .filter(([, n]) => n > 0)
      .map(([sev, n]) => `${n} ${sev}`);
    const line = `${open.length} finding${open.length === 1 ? '' : 's'} (${counts.join(', ')})${suppressed ? `, ${suppressed} allowed with a reason` : ''}`;
    lines.push(s.blocked + s.error > 0 ? c.red(c.bold(`✖ ${line}`)) : c.yellow(line));
  }
  const held = [
    s.blocked ? 'Blocked posts are not published until every high finding is fixed or allowed with a reason.' : '',
    s.error ? 'Posts that could not be read are not published until the problem named is fixed.' : '',
  ].filter(Boolean);
  lines.push([`${posts}${held.length ? '.' : ''}`, ...held].join(' '));
  return lines;
}
