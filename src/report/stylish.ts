/** Human-readable report in the manner of ESLint's stylish formatter. */
import pc from 'picocolors';
import type { Finding, Report } from '../types.js';

export interface StylishOptions { color?: boolean }

const SEVERITY_COLOR = { high: pc.red, medium: pc.yellow, low: pc.dim } as const;

export function formatStylish(report: Report, options: StylishOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const paint = (sev: Finding['severity'], s: string) => (options.color ? SEVERITY_COLOR[sev](s) : s);
  const lines: string[] = [];
  for (const file of report.files) {
    const shown = file.findings.filter((f) => !f.suppressed);
    if (!shown.length && file.status === 'cleared') continue;
    lines.push('', `${c.underline(file.path)}  ${statusLabel(file.status, file.publishAt)}`);
    for (const f of shown) {
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${paint(f.severity, f.severity.padEnd(6))}  ${f.message}  ${c.dim(f.rule)}`);
      if (f.hint) lines.push(`  ${' '.repeat(8)} ${' '.repeat(6)}  ${c.dim('fix:')} ${f.hint}`);
    }
  }
  const s = report.summary;
  lines.push('', `${s.files} post${s.files === 1 ? '' : 's'}: ${s.cleared} cleared, ${s.blocked} blocked, ${s.error} error, ${s.scheduled} scheduled, ${s.draft} draft`);
  return lines.join('\n').replace(/^\n/, '') + '\n';
}

function statusLabel(status: string, publishAt: string | null): string {
  if (status === 'scheduled' && publishAt) return `scheduled (publishes after ${publishAt})`;
  return status;
}
