/**
 * `discreet init [dir]`: adds the plugin to an existing Eleventy site. It edits the Eleventy config
 * only where the shape is unambiguous and the result still parses; otherwise it prints the two
 * lines to paste. Running it again changes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from './context.js';

const PACKAGE = 'eleventy-plugin-discreet';
const CONFIG_FILES = ['eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', '.eleventy.js'];

/** Written once to `_data/discreet.json`; every key is explained in the README. */
const DEFAULT_CONFIG = {
  holdDays: 7,
  preset: 'practitioner',
  requireReview: false,
  author: [],
  publicNames: [],
  allowedPlaces: [],
};

const WATCHLIST_HEADER = `# Real names that must never appear on the site, one per line.
# This file stays on this computer: it is git-ignored and never copied into the site.
`;

export function init(args: string[], io: CliIO): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: {} });
  if (positionals.length > 1) throw new UsageError('name at most one site folder');
  const dir = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`no such folder: ${positionals[0]}`);
  const say = (line: string) => io.stdout(line + '\n');

  const configName = CONFIG_FILES.find((f) => fs.existsSync(path.join(dir, f)));
  const configSource = configName ? fs.readFileSync(path.join(dir, configName), 'utf8') : undefined;
  const plugged = addPluginToConfig(dir, configName, configSource, say);
  createOnce(path.join(dir, dataDir(configSource ?? ''), 'discreet.json'), JSON.stringify(DEFAULT_CONFIG, null, 2) + '\n', dir, say);
  createOnce(path.join(dir, '.discreet', 'watchlist.txt'), WATCHLIST_HEADER, dir, say);
  ignoreStateFolder(dir, say);
  say(plugged
    ? 'Done. Check your posts with: npx discreet check .'
    : 'Almost done: add the two lines above to your Eleventy config, then check your posts with: npx discreet check .');
  return plugged ? 0 : 1;
}

type ModuleKind = 'esm' | 'cjs';

function addPluginToConfig(dir: string, name: string | undefined, source: string | undefined, say: (line: string) => void): boolean {
  if (!name || source === undefined) {
    const file = 'eleventy.config.mjs';
    fs.writeFileSync(path.join(dir, file), `import discreet from "${PACKAGE}";\n\nexport default function (eleventyConfig) {\n  eleventyConfig.addPlugin(discreet);\n}\n`);
    say(`created ${file} with the plugin (no Eleventy config was found)`);
    return true;
  }
  const file = path.join(dir, name);
  if (source.includes(PACKAGE)) {
    say(`${name} already loads ${PACKAGE}; left as it is`);
    return true;
  }
  const kind = moduleKind(name, source, dir);
  const edit = kind && insertPlugin(source, kind);
  if (edit && parses(file, edit)) {
    fs.writeFileSync(file, edit);
    say(`added ${PACKAGE} to ${name}`);
    return true;
  }
  const lines = kind === 'cjs'
    ? [`const { default: discreet } = await import("${PACKAGE}");   // first line inside your async config function`, 'eleventyConfig.addPlugin(discreet);']
    : [`import discreet from "${PACKAGE}";   // at the top of the file`, 'eleventyConfig.addPlugin(discreet);   // inside your config function'];
  say(`Could not add the plugin to ${name} safely (its shape is not one this command edits). Add these two lines yourself:\n\n  ${lines.join('\n  ')}\n`);
  return false;
}

function moduleKind(name: string, source: string, dir: string): ModuleKind | undefined {
  if (name.endsWith('.mjs')) return 'esm';
  if (name.endsWith('.cjs')) return 'cjs';
  if (/^\s*export\s+default\b/m.test(source)) return 'esm';
  if (/\bmodule\.exports\s*=/.test(source)) return 'cjs';
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).type === 'module' ? 'esm' : 'cjs';
  } catch {
    return undefined;
  }
}

/** `export default function (cfg) {`, `export default async (cfg) => {`, and the `module.exports =` forms. */
const HEAD = {
  esm: /^([ \t]*export\s+default\s+)(async\s+)?(?:function\b\s*\w*\s*\(\s*(\w+)[^)]*\)|\(?\s*(\w+)\s*(?:,[^)]*)?\)?\s*=>)\s*\{/gm,
  cjs: /^([ \t]*module\.exports\s*=\s*)(async\s+)?(?:function\b\s*\w*\s*\(\s*(\w+)[^)]*\)|\(?\s*(\w+)\s*(?:,[^)]*)?\)?\s*=>)\s*\{/gm,
};

function insertPlugin(source: string, kind: ModuleKind): string | undefined {
  const heads = [...source.matchAll(HEAD[kind])];
  if (heads.length !== 1) return undefined;
  const head = heads[0];
  const param = head[3] ?? head[4];
  const binding = /\bdiscreet\b/.test(source) ? 'discreetPlugin' : 'discreet';
  const bodyStart = head.index! + head[0].length;
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  if (kind === 'esm') {
    const withCall = `${source.slice(0, bodyStart)}${eol}  ${param}.addPlugin(${binding});${source.slice(bodyStart)}`;
    const firstImport = /^import\b/m.exec(withCall);
    const at = firstImport ? firstImport.index : leadingCommentsEnd(withCall);
    return `${withCall.slice(0, at)}import ${binding} from "${PACKAGE}";${eol}${firstImport ? '' : eol}${withCall.slice(at)}`;
  }
  // A CommonJS config loads this ES module with import(), which needs an async config function.
  const prefix = head[1] + (head[2] ?? 'async ');
  const call = `${eol}  const { default: ${binding} } = await import("${PACKAGE}");${eol}  ${param}.addPlugin(${binding});`;
  return source.slice(0, head.index!) + prefix + head[0].slice(head[1].length + (head[2]?.length ?? 0)) + call + source.slice(bodyStart);
}

/** After a shebang and the opening comment block, where a new import reads naturally. */
function leadingCommentsEnd(source: string): number {
  const m = /^(?:#![^\n]*\n)?(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*\n/.exec(source);
  return m ? m[0].length : 0;
}

/** The edited config must still be valid JavaScript of the same module kind (checked by Node itself). */
function parses(file: string, text: string): boolean {
  const probe = path.join(path.dirname(file), `.discreet-init-check-${process.pid}${path.extname(file)}`);
  try {
    fs.writeFileSync(probe, text);
    return spawnSync(process.execPath, ['--check', probe], { stdio: 'ignore' }).status === 0;
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

/** Eleventy's data folder: `_data` inside the input folder unless the config names others. */
function dataDir(source: string): string {
  const input = /\binput\s*:\s*["'`]([^"'`]+)["'`]/.exec(source)?.[1] ?? '.';
  const data = /\bdata\s*:\s*["'`]([^"'`]+)["'`]/.exec(source)?.[1] ?? '_data';
  return path.join(input, data);
}

function createOnce(file: string, content: string, dir: string, say: (line: string) => void): void {
  const shown = path.relative(dir, file).split(path.sep).join('/');
  if (fs.existsSync(file)) { say(`${shown} already exists; left as it is`); return; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  say(`created ${shown}`);
}

function ignoreStateFolder(dir: string, say: (line: string) => void): void {
  const file = path.join(dir, '.gitignore');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current.split(/\r?\n/).some((line) => /^\/?\.discreet\/?(\*\*?)?$/.test(line.trim()))) {
    say('.gitignore already ignores .discreet/');
    return;
  }
  const separator = current && !current.endsWith('\n') ? '\n' : '';
  fs.writeFileSync(file, `${current}${separator}# eleventy-plugin-discreet: private watch-list and cache\n.discreet/\n`);
  say('added .discreet/ to .gitignore (the private watch-list and cache stay on this computer)');
}
