/** `discreet approve <post> --by "Name"`: a second reader's sign-off, written into the post's front matter. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkPost, relativePath } from '../check.js';
import { buildReport } from '../run.js';
import { formatStylish } from '../report/stylish.js';
import { contentHash, reviewState, withSignOff, REVIEW_RULE } from '../review.js';
import { loadSite, SITE_OPTIONS, UsageError, type CliIO } from './context.js';

export function approve(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, strict: true,
    options: { ...SITE_OPTIONS, by: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one post to sign off, e.g. discreet approve content/posts/my-post.md --by "Sam Reviewer"');
  const by = values.by?.trim();
  if (!by) throw new UsageError('say who read the post: --by "Reviewer Name"');
  const file = path.resolve(io.cwd, positionals[0]);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`no such post: ${positionals[0]}`);
  const site = loadSite(values, io);
  const shown = relativePath(file, io.cwd);
  const check = checkPost(file, fs.readFileSync(file), { config: site.config, now: site.now, watched: site.watched, displayPath: shown });
  const blocking = check.report.findings.filter((f) => f.severity === 'high' && !f.suppressed && f.rule !== REVIEW_RULE);
  const post = check.post;
  if (blocking.length || !post) {
    const report = buildReport([{ ...check, report: { ...check.report, status: post ? 'blocked' : 'error', findings: blocking } }], site.now);
    io.stdout(formatStylish(report, { source: () => post?.raw }));
    io.stderr(`discreet: ${shown} still has ${blocking.length} high finding${blocking.length === 1 ? '' : 's'}; fix or allow them before signing it off (a change afterwards would void the sign-off anyway).\n`);
    return 1;
  }

  const state = reviewState(post);
  if (state.state === 'valid' && state.review.by === by) {
    io.stdout(`${shown} is already signed off by ${by} (${state.review.at}); nothing changed.\n`);
    return 0;
  }
  const hash = contentHash(post);
  const updated = withSignOff(post, { by, hash, at: site.now.toISOString() });
  writeAtomically(file, updated);
  io.stdout(`Signed off ${shown} for ${by} (content ${hash.slice(0, 12)}). Any later edit to the text or front matter voids this sign-off.\n`);
  return 0;
}

/** A crash mid-write must not leave a half-written post. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.discreet-${process.pid}.tmp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}
