/**
 * The published package works from a plain-JavaScript Eleventy site with no TypeScript loader:
 * the compiled `dist/` (what `exports` points at) is built, the site links this package into its
 * node_modules, and Eleventy runs in a separate plain `node` process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { post, writeTree } from './helpers/fixtures.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eleventyCli = path.join(repo, 'node_modules/@11ty/eleventy/cmd.cjs');

const CONFIG = `import discreet from 'eleventy-plugin-discreet';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(discreet, { holdDays: 7 });
}
export const config = { dir: { input: 'src', output: '_site' } };
`;

function buildDist(): void {
  const tsc = spawnSync(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repo, encoding: 'utf8' });
  assert.ok(fs.existsSync(path.join(repo, 'dist/plugins/eleventy.js')), `dist built: ${tsc.stdout}${tsc.stderr}`);
}

function site(files: Record<string, string>): string {
  const dir = writeTree({ 'eleventy.config.js': CONFIG, 'package.json': '{ "type": "module" }', ...files });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(repo, path.join(dir, 'node_modules/eleventy-plugin-discreet'), 'dir');
  return dir;
}

function eleventy(dir: string) {
  return spawnSync(process.execPath, [eleventyCli], { cwd: dir, encoding: 'utf8', env: { ...process.env, DISCREET_NOW: '2026-11-25T12:00:00Z', DISCREET_WATCHLIST: '', NODE_OPTIONS: '' } });
}

test('a plain-JS site builds with the compiled plugin: cleared posts render, held ones do not', () => {
  buildDist();
  const dir = site({
    'src/posts/open.md': post('title: "Open"\ndate: 2026-10-01', 'It rained all week and the team was tired.'),
    'src/posts/fresh.md': post('title: "Fresh"\ndate: 2026-11-24', 'Too recent to publish under a seven-day hold.'),
    'src/_data/discreet.json': JSON.stringify({ holdDays: 7 }),
  });
  const result = eleventy(dir);
  assert.is(result.status, 0, result.stderr + result.stdout);
  assert.ok(fs.existsSync(path.join(dir, '_site/posts/open/index.html')));
  assert.not.ok(fs.existsSync(path.join(dir, '_site/posts/fresh/index.html')));
  assert.match(result.stdout, /1 scheduled/);

  // The engine entry point resolves from the same install, without TypeScript.
  const engine = spawnSync(process.execPath, ['--input-type=module', '-e', "const e = await import('eleventy-plugin-discreet/engine'); console.log(typeof e.checkPost, typeof e.loadConfig)"], { cwd: dir, encoding: 'utf8' });
  assert.is(engine.stdout.trim(), 'function function', engine.stderr);
});

test('a plain-JS site with a blocked post exits non-zero with a readable report and no stack trace', () => {
  const dir = site({ 'src/posts/calls.md': post('title: "Calls"\ndate: 2026-10-01', 'She rang from 0412 558 903 at midnight.') });
  const result = eleventy(dir);
  assert.is.not(result.status, 0);
  const output = result.stdout + result.stderr;
  assert.match(output, /src\/posts\/calls\.md\s+blocked/);
  assert.not.match(output, /Original error stack trace/);
  assert.not.ok(fs.existsSync(path.join(dir, '_site/posts/calls/index.html')));
});

test.run();
