/** The `discreet` command line: a thin adapter over the engine. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { InputError } from '../errors.js';
import { checkPaths } from '../run.js';
import { loadWatchlist } from '../watchlist.js';
import { formatJson } from '../report/json.js';
import { formatStylish } from '../report/stylish.js';
import { failsBuild } from '../status.js';
import { parseIsoDate } from '../frontmatter.js';

const USAGE = `Usage: discreet check <file-or-folder>... [--format stylish|json] [--now ISO-8601] [--root DIR]

Checks blog posts for details that could identify a client.
Exit codes: 0 nothing due is blocked, 1 something due is blocked or could not be checked, 2 usage error.`;

export class UsageError extends Error {}

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  cwd: string;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') { io.stdout(USAGE + '\n'); return command ? 0 : 2; }
    if (command === 'check') return check(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`discreet: ${(error as Error).message}\n\n${USAGE}\n`);
    } else if (error instanceof InputError) {
      io.stderr(`discreet: ${error.message}\n`);
    } else {
      io.stderr(`discreet: internal error: ${(error as Error)?.stack ?? error}\n`);
    }
    return 2;
  }
}

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const now = parseIsoDate(value);
  if (!now) throw new UsageError(`--now must be an ISO-8601 date or date-time, not "${value}"`);
  return now;
}

function check(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { format: { type: 'string', default: 'stylish' }, now: { type: 'string' }, root: { type: 'string' }, color: { type: 'boolean' } },
  });
  if (!positionals.length) throw new UsageError('name at least one file or folder to check');
  const format = values.format!;
  if (!['stylish', 'json'].includes(format)) throw new UsageError(`unknown --format "${format}" (use stylish or json)`);
  const root = path.resolve(io.cwd, values.root ?? '.');
  const config = loadConfig(root);
  const now = parseNow(values.now);
  let report;
  try {
    report = checkPaths(positionals.map((p) => path.resolve(io.cwd, p)), { config, now, watched: loadWatchlist(root, config, io.env) });
  } catch (error) {
    if ((error as Error).message?.startsWith('no such file')) throw new UsageError((error as Error).message);
    throw error;
  }
  if (format === 'json') io.stdout(formatJson(report));
  else io.stdout(formatStylish(report, { color: values.color ?? (io.isTTY && !io.env.NO_COLOR) }));
  return report.files.some((f) => failsBuild(f.status)) ? 1 : 0;
}
