/** `discreet check`: the CLI contract of DESIGN.md (exit 0 clean, 1 something due is blocked, 2 usage). */
import { parseArgs } from 'node:util';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { failsBuild } from '../status.js';
import { readReportedFile } from '../review-page.js';
import { checkSite, loadSite, SITE_OPTIONS, UsageError, type CliIO } from './context.js';
import { progressLine } from './progress.js';

const FORMATS = ['stylish', 'json', 'sarif'] as const;

export async function check(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, format: { type: 'string', default: 'stylish' }, color: { type: 'boolean' } },
  });
  if (!positionals.length) throw new UsageError('name at least one file or folder to check');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${format}" (use ${FORMATS.join(', ')})`);
  const site = loadSite(values, io);
  const progress = format === 'stylish' && io.isErrTTY ? progressLine(io.stderr) : undefined;
  const report = await checkSite(positionals, site, io, progress?.update);
  progress?.done();
  if (format === 'json') io.stdout(formatJson(report));
  else if (format === 'sarif') io.stdout(formatSarif(report, { baseDir: io.cwd, cwd: process.cwd() }));
  else {
    const color = values.color ?? (io.isTTY && !io.env.NO_COLOR);
    io.stdout(formatStylish(report, { color, source: readReportedFile }));
  }
  return report.files.some((f) => failsBuild(f.status)) ? 1 : 0;
}
