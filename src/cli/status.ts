/** `discreet status [paths]`: every post with its status and when it publishes. */
import { failsBuild } from '../status.js';
import type { FileReport } from '../types.js';
import { checkForSchedule, type CliIO } from './context.js';

export async function status(args: string[], io: CliIO): Promise<number> {
  const { report, site, json } = await checkForSchedule(args, io);
  if (json) {
    const posts = report.files.map(({ path, status, publishAt }) => ({ path, status, publishAt }));
    io.stdout(JSON.stringify({ now: report.now, posts }, null, 2) + '\n');
  } else io.stdout(statusTable(report.files, site.now));
  return report.files.some((f) => failsBuild(f.status)) ? 1 : 0;
}

function statusTable(files: readonly FileReport[], now: Date): string {
  if (!files.length) return 'No posts found.\n';
  const rows = files.map((f) => [f.status, publishes(f, now), f.path, note(f)]);
  const header = ['STATUS', 'PUBLISHES', 'POST', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function publishes(f: FileReport, now: Date): string {
  if (f.status === 'draft') return 'never (draft)';
  if (!f.publishAt) return 'now';
  return Date.parse(f.publishAt) <= now.getTime() ? `since ${f.publishAt}` : f.publishAt;
}

/** Why a post is held, in a few words; details come from `discreet check`. */
function note(f: FileReport): string {
  const open = f.findings.filter((x) => !x.suppressed && x.severity === 'high').length;
  if (f.status === 'error') return 'could not be read: run discreet check';
  if (open) return `${open} high finding${open === 1 ? '' : 's'}: run discreet check`;
  return '';
}
