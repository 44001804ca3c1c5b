/** Runs the CLI in-process, capturing its output and exit code. */
import { main } from '../../src/cli/main.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean; isErrTTY?: boolean } = {}): Promise<CliResult> {
  let stdout = '', stderr = '';
  const code = await main(args, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    env: options.env ?? { DISCREET_WATCHLIST: '' },
    isTTY: options.isTTY ?? false,
    isErrTTY: options.isErrTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
