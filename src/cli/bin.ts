/** Process entry of the CLI: wires `main` to the real process. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  isErrTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
