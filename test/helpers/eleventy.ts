/**
 * Builds a small fixture site with the real Eleventy and this plugin, in-process, and reads back
 * everything it wrote. The site's folder becomes the working directory for the build, as it would be
 * for `npx @11ty/eleventy` run in that site.
 */
import fs from 'node:fs';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { decodeHTML } from 'entities';
import discreet from '../../plugins/eleventy.js';
import type { DiscreetOptions } from '../../src/config.js';
import { listFiles } from '../../src/output-scan.js';

export interface SiteBuildResult {
  ok: boolean;
  /** The build error's message (empty when the build succeeded). */
  error: string;
  /** Everything Eleventy and the plugin printed. */
  log: string;
  /** Output files (relative to `_site/`) and their contents. */
  files: Record<string, string>;
}

export interface BuildOptions {
  options?: DiscreetOptions;
  env?: Record<string, string>;
  /** Extra configuration of the fixture site (filters, collections...). */
  configure?: (eleventyConfig: any) => void;
  /** Reuse one Eleventy instance for several builds, as watch mode does. */
  instance?: { current?: any };
  /** Rebuild only what depends on this input file, as `--incremental` watch mode does. */
  incrementalFile?: string;
  /** Render to JSON (`--to=json`) instead of writing files. */
  toJSON?: boolean;
}

const LAYOUT = `<!doctype html><html><head><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>`;

/** A layout and a post list, so a fixture only needs its posts. */
export const SITE_BASICS: Record<string, string> = {
  'content/_includes/base.njk': LAYOUT,
  'content/posts/posts.11tydata.json': JSON.stringify({ layout: 'base.njk', tags: ['posts'] }),
  'content/index.njk': `---\ntitle: Home\n---\n<ul>{% for p in collections.posts %}<li><a href="{{ p.url }}">{{ p.data.title }}</a> {{ p.data.description }}</li>{% endfor %}</ul>`,
  'content/feed.njk': `---\npermalink: /feed.xml\neleventyExcludeFromCollections: true\n---\n<feed>{% for p in collections.posts %}<entry><title>{{ p.data.title }}</title><link href="{{ p.url }}"/><content type="html">{{ p.content }}</content></entry>{% endfor %}</feed>`,
  'content/tags.njk': `---\npagination:\n  data: collections\n  size: 1\n  alias: tag\n  filter: [all, posts]\npermalink: "/tags/{{ tag | slugify }}/"\n---\n<h1>{{ tag }}</h1>{% for p in collections[tag] %}<a href="{{ p.url }}">{{ p.data.title }}</a>{% endfor %}`,
};

export async function buildSite(dir: string, build: BuildOptions = {}): Promise<SiteBuildResult> {
  const previousCwd = process.cwd();
  const previousEnv = { ...process.env };
  const logged: string[] = [];
  const consoleMethods = ['log', 'warn', 'error', 'info'] as const;
  const originals = consoleMethods.map((m) => console[m]);
  consoleMethods.forEach((m) => { console[m] = (...args: unknown[]) => { logged.push(args.map(String).join(' ')); }; });
  Object.assign(process.env, { DISCREET_WATCHLIST: '', DISCREET_NOW: '2026-11-25T12:00:00Z' }, build.env ?? {});
  process.chdir(dir);
  let error = '';
  try {
    let eleventy = build.instance?.current;
    if (!eleventy) {
      eleventy = new Eleventy('content', '_site', {
        quietMode: true,
        configPath: false,
        config(eleventyConfig: any) {
          eleventyConfig.addPlugin(discreet, build.options ?? {});
          build.configure?.(eleventyConfig);
        },
      });
      if (build.instance) build.instance.current = eleventy;
    }
    if (build.incrementalFile) eleventy.setIncrementalFile(build.incrementalFile);
    await (build.toJSON ? eleventy.toJSON() : eleventy.write());
  } catch (e) {
    error = messages(e);
  } finally {
    process.chdir(previousCwd);
    for (const key of Object.keys(process.env)) if (!(key in previousEnv)) delete process.env[key];
    Object.assign(process.env, previousEnv);
    consoleMethods.forEach((m, i) => { console[m] = originals[i]; });
  }
  return { ok: !error, error, log: logged.join('\n'), files: readOutput(path.join(dir, '_site')) };
}

/** The message of an error and every error it wraps (Eleventy nests them). */
function messages(error: unknown): string {
  const out: string[] = [];
  for (let e = error as any; e; e = e.originalError ?? e.cause) out.push(String(e.message ?? e));
  return out.join('\n');
}

export function readOutput(outputDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of listFiles(outputDir)) files[path.relative(outputDir, file).split(path.sep).join('/')] = fs.readFileSync(file, 'utf8');
  return files;
}

/** What a reader of the output sees: entities decoded (twice, for HTML inside feeds) and tags removed. */
export function readerText(content: string): string {
  return decodeHTML(decodeHTML(content)).replace(/<[^>]*>/g, '');
}

/** Output files (path or visible text) that contain `name`, case-insensitively. */
export function filesMentioning(files: Record<string, string>, name: string): string[] {
  const needle = name.toLowerCase();
  const slug = needle.replace(/\s+/g, '-');
  return Object.entries(files)
    .filter(([file, content]) => file.toLowerCase().includes(slug) || readerText(content).toLowerCase().includes(needle))
    .map(([file]) => file);
}
