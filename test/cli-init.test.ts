import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config.js';
import { runCli } from './helpers/cli.js';
import { writeTree } from './helpers/fixtures.js';

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

/** The edited config must still parse as the same kind of module. */
function assertParses(dir: string, file: string): void {
  const result = spawnSync(process.execPath, ['--check', path.join(dir, file)], { encoding: 'utf8' });
  assert.is(result.status, 0, result.stderr);
}

test('adds the import and addPlugin to an ESM config, creates the config data and ignores .discreet/', async () => {
  const dir = writeTree({
    'eleventy.config.mjs': 'import markdownIt from "markdown-it";\n\nexport default function (eleventyConfig) {\n  eleventyConfig.addPassthroughCopy("img");\n}\n',
    '.gitignore': 'node_modules\n_site',
  });
  const result = await runCli(['init'], { cwd: dir });
  assert.is(result.code, 0, result.stdout + result.stderr);
  const config = read(dir, 'eleventy.config.mjs');
  assert.is(config, 'import discreet from "eleventy-plugin-discreet";\nimport markdownIt from "markdown-it";\n\nexport default function (eleventyConfig) {\n  eleventyConfig.addPlugin(discreet);\n  eleventyConfig.addPassthroughCopy("img");\n}\n');
  assertParses(dir, 'eleventy.config.mjs');
  assert.match(result.stdout, /added eleventy-plugin-discreet to eleventy\.config\.mjs/);
  const data = JSON.parse(read(dir, '_data/discreet.json'));
  assert.ok(parseConfig(data), 'the defaults are a valid configuration');
  assert.is(read(dir, '.gitignore'), 'node_modules\n_site\n# eleventy-plugin-discreet: private watch-list and cache\n.discreet/\n');
  assert.ok(fs.existsSync(path.join(dir, '.discreet/watchlist.txt')));
  assert.match(result.stdout, /created _data\/discreet\.json/);
});

test('running init again changes nothing', async () => {
  const dir = writeTree({ 'eleventy.config.js': 'export default async (config) => {\n  config.setQuietMode(true);\n};\n', 'package.json': '{"type":"module"}' });
  await runCli(['init'], { cwd: dir });
  const snapshot = ['eleventy.config.js', '_data/discreet.json', '.gitignore'].map((f) => read(dir, f));
  const again = await runCli(['init'], { cwd: dir });
  assert.is(again.code, 0);
  assert.equal(['eleventy.config.js', '_data/discreet.json', '.gitignore'].map((f) => read(dir, f)), snapshot);
  assert.match(again.stdout, /already loads eleventy-plugin-discreet/);
  assert.match(again.stdout, /already exists/);
  assert.match(again.stdout, /already ignores/);
  assert.match(snapshot[0], /config\.addPlugin\(discreet\);/, 'uses the parameter name the author chose');
  assertParses(dir, 'eleventy.config.js');
});

test('a CommonJS config loads the plugin with import() inside an async config function', async () => {
  const dir = writeTree({ '.eleventy.js': 'const path = require("node:path");\n\nmodule.exports = function(eleventyConfig) {\n  return { dir: { input: "src" } };\n};\n' });
  const result = await runCli(['init'], { cwd: dir });
  assert.is(result.code, 0, result.stdout);
  const config = read(dir, '.eleventy.js');
  assert.match(config, /module\.exports = async function\(eleventyConfig\) \{\n {2}const \{ default: discreet \} = await import\("eleventy-plugin-discreet"\);\n {2}eleventyConfig\.addPlugin\(discreet\);\n {2}return/);
  assertParses(dir, '.eleventy.js');
  assert.ok(fs.existsSync(path.join(dir, 'src/_data/discreet.json')), 'the data folder inside the input folder');
});

test('an existing name "discreet" is not shadowed', async () => {
  const dir = writeTree({ 'eleventy.config.mjs': 'const discreet = true;\nexport default function (eleventyConfig) {\n  if (discreet) eleventyConfig.setQuietMode(true);\n}\n' });
  await runCli(['init'], { cwd: dir });
  const config = read(dir, 'eleventy.config.mjs');
  assert.match(config, /import discreetPlugin from "eleventy-plugin-discreet";/);
  assert.match(config, /eleventyConfig\.addPlugin\(discreetPlugin\);/);
  assertParses(dir, 'eleventy.config.mjs');
});

test('a config it cannot edit safely is left alone and the two lines to paste are printed', async () => {
  const source = 'import { helper } from "./helper.js";\nconst setup = (eleventyConfig) => { helper(eleventyConfig); };\nexport default setup;\n';
  const dir = writeTree({ 'eleventy.config.mjs': source });
  const result = await runCli(['init'], { cwd: dir });
  assert.is(result.code, 1);
  assert.is(read(dir, 'eleventy.config.mjs'), source);
  assert.match(result.stdout, /import discreet from "eleventy-plugin-discreet";/);
  assert.match(result.stdout, /eleventyConfig\.addPlugin\(discreet\);/);
  assert.ok(fs.existsSync(path.join(dir, '_data/discreet.json')), 'the other steps still happen');
});

test('without any Eleventy config, one is created with the plugin', async () => {
  const dir = writeTree({ 'index.md': '# Hello\n' });
  const result = await runCli(['init'], { cwd: dir });
  assert.is(result.code, 0);
  assert.match(read(dir, 'eleventy.config.mjs'), /addPlugin\(discreet\)/);
  assertParses(dir, 'eleventy.config.mjs');
});

test('init leaves no probe file behind and rejects a missing folder', async () => {
  const dir = writeTree({ 'eleventy.config.mjs': 'export default function (c) {\n}\n' });
  await runCli(['init', '.'], { cwd: dir });
  assert.equal(fs.readdirSync(dir).filter((f) => f.includes('discreet-init')), []);
  assert.is((await runCli(['init', 'nowhere'], { cwd: dir })).code, 2);
});

test.run();
