/**
 * `npm run bench`: what the plugin costs on top of a plain Eleventy build, and how fast `discreet
 * check` is with one and two workers. Builds a deterministic synthetic blog of 1,000 and 4,000
 * posts under bench/.out/ (git-ignored), then runs every build in its own child process (wall time
 * and peak RSS) from the compiled package, as users run it.
 *
 *   npm run bench                      both sizes
 *   BENCH_SIZES=1000 npm run bench     one size
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateBlog, type GeneratedBlog } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', '.out');
const ELEVENTY = path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
/** A private copy of the package, compiled once: edits to the working tree during a run change nothing. */
const PACKAGE = path.join(OUT, 'package');
const CLI = path.join(PACKAGE, 'bin', 'discreet.js');
const PLUGIN = path.join(PACKAGE, 'dist', 'plugins', 'eleventy.js');
const PACKAGE_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'plugins', 'types', 'data', 'bin'];
const RSS_HOOK = path.join(OUT, 'rss-hook.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '1000,4000').split(',').map(Number).filter((n) => n > 0);
/** A fixed clock: the blog's schedules and the cache must not depend on the day the bench runs. */
const NOW = '2026-11-25T12:00:00Z';
const WATCHLIST = 'Ottoline Marchbanks\nPerpetua Vasquez-Hale\nGideon Farrowby';

interface Run { ms: number; cpuMs: number; rssMb: number; ok: boolean }

function main(): void {
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(RSS_HOOK, "import fs from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify([u.maxRSS, (u.userCPUTime + u.systemCPUTime) / 1000])); });\n");
  const loadBefore = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  compile();
  const rows: string[][] = [];
  let largest: GeneratedBlog | undefined;
  for (const size of SIZES) {
    const blog = generateBlog(path.join(OUT, `blog-${size}`), size);
    writeConfigs(blog.dir);
    largest = blog;
    log(`\n${size} posts, ${(blog.bytes / 1048576).toFixed(1)} MB of Markdown`);
    const heldBack = draftBlockedPosts(blog.dir);
    if (heldBack) log(`  ${heldBack} posts the detectors block were made drafts, so the site builds`);
    const plain = best(3, () => eleventy(blog.dir, 'eleventy.plain.mjs'));
    const clear = () => fs.rmSync(path.join(blog.dir, '.discreet'), { recursive: true, force: true });
    clear();
    const cold = eleventy(blog.dir, 'eleventy.discreet.mjs');
    const warm = best(3, () => eleventy(blog.dir, 'eleventy.discreet.mjs'));
    const edited = best(2, (i) => withEditedPost(blog.dir, i, () => eleventy(blog.dir, 'eleventy.discreet.mjs')));
    for (const [label, run] of [['plain Eleventy', plain], ['with plugin, cold (no cache)', cold], ['with plugin, nothing changed', warm], ['with plugin, one post edited', edited]] as const) {
      rows.push([String(size), label, seconds(run), (run.ms / plain.ms).toFixed(2) + 'x', `${(run.cpuMs / 1000).toFixed(2)} s`, (run.cpuMs / plain.cpuMs).toFixed(2) + 'x', `${run.rssMb.toFixed(0)} MB`, (run.rssMb / plain.rssMb).toFixed(2) + 'x', run.ok ? '' : 'FAILED']);
    }
  }
  const throughput: string[][] = [];
  if (largest) {
    for (const workers of [1, 2]) {
      fs.rmSync(path.join(largest.dir, '.discreet'), { recursive: true, force: true });
      const run = child(process.execPath, [CLI, 'check', 'posts', '--format', 'json', '--now', NOW], largest.dir, { DISCREET_WORKERS: String(workers) });
      throughput.push([String(workers), String(largest.posts), seconds(run), `${(largest.bytes / 1048576 / (run.ms / 1000)).toFixed(2)} MB/s`, `${(run.cpuMs / 1000).toFixed(2)} s`, `${run.rssMb.toFixed(0)} MB`]);
    }
  }
  const report = [
    `Machine: ${machine()}; load average before / after: ${loadBefore} / ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    '',
    'Wall time is the best of several runs; CPU time (user + system, all threads) is less sensitive to other load on the machine.',
    '',
    table(['posts', 'build', 'wall time', 'vs plain', 'CPU time', 'vs plain', 'peak RSS', 'vs plain', ''], rows),
    '',
    '`discreet check` on the largest blog (cache emptied first):',
    '',
    table(['workers', 'posts', 'wall time', 'throughput', 'CPU time', 'peak RSS'], throughput),
  ].join('\n');
  fs.writeFileSync(path.join(OUT, 'results.md'), report + '\n');
  console.log('\n' + report);
}

function compile(): void {
  log(`compiling a copy of the package into ${path.relative(ROOT, PACKAGE)}...`);
  fs.rmSync(PACKAGE, { recursive: true, force: true });
  for (const name of PACKAGE_FILES) fs.cpSync(path.join(ROOT, name), path.join(PACKAGE, name), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(PACKAGE, 'node_modules'));
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: PACKAGE, encoding: 'utf8' });
  if (!fs.existsSync(PLUGIN)) throw new Error(`the plugin did not compile:\n${result.stdout}${result.stderr}`);
  if (result.status !== 0) log('(the type check reported errors; the emitted JavaScript is used anyway)');
}

function writeConfigs(dir: string): void {
  fs.writeFileSync(path.join(dir, 'eleventy.plain.mjs'), `export default function (eleventyConfig) {
  eleventyConfig.setQuietMode(true);
  return { dir: { input: '.', output: '_site' }, markdownTemplateEngine: false };
}
`);
  fs.writeFileSync(path.join(dir, 'eleventy.discreet.mjs'), `import discreet from ${JSON.stringify(PLUGIN)};
import plain from './eleventy.plain.mjs';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(discreet);
  return plain(eleventyConfig);
}
`);
}

/**
 * A blocked post stops the build before anything is written, which would make the plugin look
 * fast: posts the current detectors block become drafts (still checked, never rendered).
 */
function draftBlockedPosts(dir: string): number {
  const result = spawnSync(process.execPath, [CLI, 'check', 'posts', '--format', 'json', '--now', NOW], {
    cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1048576, env: { ...process.env, DISCREET_WATCHLIST: WATCHLIST },
  });
  const report = JSON.parse(result.stdout) as { files: { path: string; status: string }[] };
  const blocked = report.files.filter((f) => f.status === 'blocked' || f.status === 'error');
  for (const { path: file } of blocked) {
    const full = path.join(dir, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  }
  fs.rmSync(path.join(dir, '.discreet'), { recursive: true, force: true });
  return blocked.length;
}

function eleventy(dir: string, config: string): Run {
  return child(process.execPath, [ELEVENTY, `--config=${config}`], dir, {});
}

/** Runs a command in a child process: wall time, and peak RSS as the child itself reports it at exit. */
function child(command: string, args: string[], cwd: string, env: Record<string, string>): Run {
  const rssFile = path.join(OUT, `rss-${process.pid}.txt`);
  fs.rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(command, ['--import', RSS_HOOK, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 256 * 1048576,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, DISCREET_NOW: NOW, DISCREET_WATCHLIST: WATCHLIST, NO_COLOR: '1', ...env },
  });
  const ms = performance.now() - started;
  const [rssKb, cpuMs] = fs.existsSync(rssFile) ? (JSON.parse(fs.readFileSync(rssFile, 'utf8')) as [number, number]) : [NaN, NaN];
  const ok = result.status === 0 || (args.includes('check') && result.status === 1);
  if (!ok) log(`  ${path.basename(args[args.length - 1])} exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 2000)}`);
  log(`  ${args.slice(1).join(' ')} ${env.DISCREET_WORKERS ? `(workers ${env.DISCREET_WORKERS})` : ''}: ${(ms / 1000).toFixed(2)} s, CPU ${(cpuMs / 1000).toFixed(2)} s, ${(rssKb / 1024).toFixed(0)} MB`);
  return { ms, cpuMs, rssMb: rssKb / 1024, ok };
}

/** The fastest of `n` runs (the least disturbed by the rest of the machine), with the highest peak memory. */
function best(n: number, run: (i: number) => Run): Run {
  const runs = Array.from({ length: n }, (_, i) => run(i));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ms: fastest.ms, cpuMs: Math.min(...runs.map((r) => r.cpuMs)), rssMb: Math.max(...runs.map((r) => r.rssMb)), ok: runs.every((r) => r.ok) };
}

/** Edits one post (a different one each time), runs, and puts it back. */
function withEditedPost(dir: string, i: number, run: () => Run): Run {
  const posts = fs.readdirSync(path.join(dir, 'posts')).filter((f) => f.endsWith('.md')).sort();
  const file = path.join(dir, 'posts', posts[Math.floor(posts.length / 2) + i]);
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, `${original}\nEdited for the benchmark: one more sentence about supervision on a Tuesday.\n`);
  try {
    return run();
  } finally {
    fs.writeFileSync(file, original);
  }
}

function seconds(run: Run): string {
  return `${(run.ms / 1000).toFixed(2)} s`;
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} CPUs (${cpu}), ${(os.totalmem() / 1073741824).toFixed(0)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function log(message: string): void {
  process.stderr.write(message + '\n');
}

main();
