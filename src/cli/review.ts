/** `discreet review [paths] [--port N]`: the private review page on 127.0.0.1, until interrupted. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REVIEW_PORT, reviewSite } from '../review-page.js';
import { checkSite, loadSite, parseNow, SITE_OPTIONS, UsageError, type CliIO } from './context.js';

export async function review(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, port: { type: 'string' } },
  });
  const port = values.port === undefined ? DEFAULT_REVIEW_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const site = loadSite(values, io);
  // A first check up front, so a missing path is a usage error rather than a broken page.
  await checkSite(positionals, site, io);
  const paths = (positionals.length ? positionals : ['.']).map((p) => path.resolve(io.cwd, p));
  const server = await reviewSite({ paths, config: site.config, watched: site.watched, root: site.root, now: () => parseNow(values.now), port })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; choose another with --port`);
      throw error;
    });
  io.stdout(`Review page: ${server.url}\nOnly this computer can open it. Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}
