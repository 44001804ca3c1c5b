/** The `discreet` command line: a thin adapter over the engine that only dispatches to one file per command. */
import { InputError } from '../errors.js';
import { approve } from './approve.js';
import { check } from './check.js';
import { UsageError, type CliIO } from './context.js';
import { init } from './init.js';
import { next } from './next.js';
import { review } from './review.js';
import { status } from './status.js';

export { UsageError, type CliIO } from './context.js';

const USAGE = `Usage: discreet <command> [options]

  check <file-or-folder>... [--format stylish|json|sarif] [--now ISO-8601] [--root DIR]
      Check posts for details that could identify a client.
  status [paths] [--now ISO-8601] [--format text|json]
      List every post with its status and when it publishes.
  next [paths] [--now ISO-8601]
      Print when the next scheduled post becomes due (for a scheduled rebuild).
  approve <post> --by "Reviewer Name"
      Record a second reader's sign-off, bound to the post's current text.
  review [paths] [--port N]
      Open a private page on this computer listing every post with its findings highlighted.
  init [dir]
      Add the plugin to an existing Eleventy site.

Exit codes: 0 nothing due is blocked, 1 something due is blocked or could not be checked, 2 usage error.`;

type Command = (args: string[], io: CliIO) => number | Promise<number>;

const COMMANDS: Record<string, Command> = { check, status, next, approve, review, init };

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') { io.stdout(USAGE + '\n'); return command ? 0 : 2; }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, io);
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
