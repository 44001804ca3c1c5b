/** `discreet review [paths] [--port N]`: the private review page on 127.0.0.1, until interrupted. */
import { parseArgs } from 'node:util';
import { startReviewServer } from '../review-page.js';
import { checkSite, loadSite, parseNow, SITE_OPTIONS, UsageError, reportedSource, type CliIO } from './context.js';

export const DEFAULT_REVIEW_PORT = 4311;

export async function review(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, port: { type: 'string' } },
  });
  const port = values.port === undefined ? DEFAULT_REVIEW_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const site = loadSite(values, io);
  await checkSite(positionals, site, io);
  const server = await startReviewServer({
    port,
    // Each request checks the posts afresh (and at the current time unless --now fixes it).
    load: async () => ({
      report: await checkSite(positionals, { ...site, now: parseNow(values.now) }, io),
      source: reportedSource,
    }),
  }).catch((error: NodeJS.ErrnoException) => {
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
