/**
 * `discreet next [paths]`: when the next scheduled post becomes due, as one ISO line, so a scheduled
 * rebuild knows when to run. Drafts never become due on their own and are not counted.
 */
import { parseArgs } from 'node:util';
import { checkSite, loadSite, SITE_OPTIONS, UsageError, type CliIO } from './context.js';

export const NOTHING_SCHEDULED = 'nothing is scheduled';

export async function next(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, format: { type: 'string', default: 'text' } },
  });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown --format "${values.format}" (use text or json)`);
  const site = loadSite(values, io);
  const report = await checkSite(positionals, site, io);
  const due = report.files
    .filter((f) => f.status === 'scheduled' && f.publishAt)
    .map((f) => Date.parse(f.publishAt!))
    .sort((a, b) => a - b)[0];
  const at = due === undefined ? null : new Date(due).toISOString();
  if (values.format === 'json') io.stdout(JSON.stringify({ now: report.now, next: at }) + '\n');
  else io.stdout(`${at ?? NOTHING_SCHEDULED}\n`);
  return 0;
}
