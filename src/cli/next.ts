/**
 * `discreet next [paths]`: when the next scheduled post becomes due, as one ISO line, so a scheduled
 * rebuild knows when to run. Drafts never become due on their own and are not counted.
 */
import { checkForSchedule, type CliIO } from './context.js';

const NOTHING_SCHEDULED = 'nothing is scheduled';

export async function next(args: string[], io: CliIO): Promise<number> {
  const { report, json } = await checkForSchedule(args, io);
  const due = report.files
    .filter((f) => f.status === 'scheduled' && f.publishAt)
    .map((f) => Date.parse(f.publishAt!))
    .sort((a, b) => a - b)[0];
  const at = due === undefined ? null : new Date(due).toISOString();
  if (json) io.stdout(JSON.stringify({ now: report.now, next: at }) + '\n');
  else io.stdout(`${at ?? NOTHING_SCHEDULED}\n`);
  return 0;
}
