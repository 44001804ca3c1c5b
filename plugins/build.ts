/**
 * One Eleventy build as the plugin sees it: created fresh at `eleventy.before`, so nothing carries
 * over from one build to the next (watch and serve mode included) except the output record on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type DiscreetConfig, type DiscreetOptions } from '../src/config.js';
import { InputError } from '../src/errors.js';
import { parseIsoDate } from '../src/frontmatter.js';
import { findNames } from '../src/normalize.js';
import { describeLeaks, maskName, scanOutput, scanText } from '../src/output-scan.js';
import { collectPosts } from '../src/files.js';
import { declaredMaps, nameForms, replaceInValue, replaceNames, type NameForm } from '../src/pseudonymize.js';
import { formatStylish } from '../src/report/stylish.js';
import { buildReport, checkMany, defaultCacheDir, readOnce, type CheckedPost, type CheckManyOptions } from '../src/run.js';
import { defaultOutput, MANIFEST_FILE, projectPath, readManifest, removeOutputs, writeManifest } from '../src/stale.js';
import { failsBuild } from '../src/status.js';
import { stripSuppressionComments } from '../src/allow-comment.js';
import { isTrackedByGit } from '../src/tracked.js';
import { loadWatchlist } from '../src/watchlist.js';

/** `DISCREET_NOW` (ISO date) replaces the clock, so scheduled rebuilds and tests are deterministic. */
export const NOW_ENV = 'DISCREET_NOW';

export interface BuildDirectories {
  input: string;
  output: string;
  data?: string;
  includes?: string;
  layouts?: string;
}

/** One entry of Eleventy's `eleventy.after` results. */
export interface BuildResult {
  inputPath?: string;
  outputPath?: string | false;
  url?: string | false;
  content?: unknown;
}

/** What Eleventy is told about a post it must not use: no tags, no collection, no page. */
const HELD_BACK_DATA = { tags: [], eleventyExcludeFromCollections: true, permalink: false };

/** Front-matter keys that are settings, not text: never rewritten by pseudonym replacement. */
const SETTINGS = new Set(['pseudonyms', 'discreet', 'date', 'publishAfter', 'draft', 'layout', 'eleventyExcludeFromCollections']);

/** Outputs where `<` and `&` are markup; elsewhere (JSON, text) names are matched as plain text. */
const MARKUP_OUTPUT = /\.(?:html?|xml|svg|rss|atom|xhtml)$/i;

export class SiteBuild {
  readonly root = process.cwd();
  readonly config: DiscreetConfig;
  readonly now: Date;
  /** The private watch-list, config `watch`, and (once prepared) the real names of every pseudonym map in the site. */
  watched: string[];
  readonly warnings: string[] = [];
  private readonly inputDir: string;
  private readonly outputDir: string;
  private readonly manifestFile: string;
  /** Every template checked in this build, by project-relative input path. */
  private readonly checks = new Map<string, CheckedPost>();
  /** Every page of the input folder, checked at once before Eleventy reads any (see `prepare`). */
  private readonly prechecked = new Map<string, CheckedPost>();
  private readonly removed: string[] = [];
  /** Folders of layouts, includes and data: read by Eleventy but not pages of their own. */
  private readonly supportFolders: string[];
  /** Every pseudonym map in the input folder, so all real names are known even to a partial rebuild. */
  private siteMaps: Map<string, string>[] = [];
  /** Project-relative keys of the paths Eleventy hands over, worked out once per path. */
  private readonly keys = new Map<string, string>();
  private heldBack = false;

  constructor({ directories, options, env }: { directories: BuildDirectories; options: DiscreetOptions; env: NodeJS.ProcessEnv }) {
    this.inputDir = directories.input;
    this.outputDir = directories.output;
    const configFile = path.resolve(this.root, directories.data ?? '_data', 'discreet.json');
    this.config = loadConfig(this.root, options, configFile);
    this.now = clock(env);
    this.watched = loadWatchlist(this.root, this.config, env);
    this.manifestFile = path.resolve(this.root, this.config.stateDir, MANIFEST_FILE);
    this.supportFolders = [directories.includes, directories.layouts, directories.data]
      .filter((d): d is string => Boolean(d))
      .map((d) => path.resolve(this.root, d) + path.sep);
    const watchlist = path.resolve(this.root, this.config.watchlistPath);
    if (isTrackedByGit(watchlist)) {
      this.warnings.push(`\n!!! eleventy-plugin-discreet: ${this.config.watchlistPath} is committed to git. It holds real client names and will be published with the repository.\n!!! Remove it from git now (git rm --cached ${this.config.watchlistPath}), add it to .gitignore, and rewrite the history if it was ever pushed.\n`);
    }
  }

  /**
   * Checks every page of the input folder in one go, at `eleventy.before`: unchanged pages come from
   * the cache under the state folder, without even loading the detectors; the others are checked on
   * worker threads when there are many.
   */
  async prepare(): Promise<void> {
    const output = path.resolve(this.root, this.outputDir) + path.sep;
    const pages = collectPosts([path.resolve(this.root, this.inputDir)]).filter((f) => this.isPage(f) && !f.startsWith(output));
    // Each page is read once: the same bytes give its pseudonym map and its check (and are hashed once).
    const read = readOnce();
    this.siteMaps = await declaredMaps(pages, this.cacheDir(), read);
    // A real name from any post's map is forbidden in every other post (each post's own map still applies to it).
    this.watched = [...new Set([...this.watched, ...this.siteMaps.flatMap((map) => [...map.keys()])])];
    const checks = await checkMany(pages, { ...this.checkOptions(), read });
    pages.forEach((file, i) => this.prechecked.set(this.key(file), checks[i]));
  }

  /** The check of a page `prepare` saw, counted in this build once Eleventy uses the page. */
  check(file: string): CheckedPost | undefined {
    const key = this.key(file);
    const check = this.checks.get(key) ?? this.prechecked.get(key);
    if (check) this.checks.set(key, check);
    return check;
  }

  /** Checks a page `prepare` did not see (a template format it does not know). */
  private async checkLate(file: string): Promise<CheckedPost> {
    const [check] = await checkMany([file], { ...this.checkOptions(), workers: 0 });
    this.checks.set(this.key(file), check);
    return check;
  }

  /** The project-relative key of a path as Eleventy gives it ("./posts/a.md" -> "posts/a.md"). */
  private key(file: string): string {
    let key = this.keys.get(file);
    if (key === undefined) this.keys.set(file, (key = projectPath(file, this.root)));
    return key;
  }

  private checkOptions(): CheckManyOptions {
    return { config: this.config, now: this.now, watched: this.watched, cache: this.cacheDir(), displayPath: (file) => this.key(file) };
  }

  private cacheDir(): string {
    return defaultCacheDir(this.root, this.config);
  }

  /**
   * The preprocessor: checks the template's file and decides whether Eleventy may use it at all.
   * Returning false drops it before collections are built, so it is in no list, tag page or feed.
   */
  async gate(data: any, content: string): Promise<string | false | undefined> {
    const inputPath: string | undefined = data?.page?.inputPath;
    if (!inputPath) return undefined;
    const file = path.resolve(this.root, inputPath);
    // Templates added by code (virtual templates) have no file to check; their output is still scanned.
    const check = this.check(file) ?? (fs.existsSync(file) ? await this.checkLate(file) : undefined);
    if (!check) return undefined;
    if (check.report.status !== 'cleared') return false;
    // JavaScript templates hand over a module, not text: leave it; the transform and the scan cover its output.
    if (typeof content !== 'string') return undefined;
    // Render exactly the body that was checked, whatever Eleventy may have cached.
    const body = stripSuppressionComments(check.body);
    const forms = nameForms(check.pseudonyms.realToAlias, { parts: true });
    if (!forms.length) return body;
    Object.assign(data, this.pseudonymizeFields(data, check));
    this.renameOutput(data, forms);
    return replaceNames(body, forms, { markup: true });
  }

  /**
   * Front matter with every real name of the post's pseudonym map replaced (title, description, tags,
   * custom fields). Done as Eleventy reads the front matter, so collections, tag pages and URLs are
   * built from the aliases; the map itself is reduced to its aliases so no template can print it.
   */
  pseudonymizeFields(data: Record<string, unknown>, check: CheckedPost): Record<string, unknown> {
    const forms = nameForms(check.pseudonyms.realToAlias, { parts: true });
    if (!forms.length) return data;
    const replace = (text: string) => replaceNames(text, forms, { markup: true });
    const out: Record<string, unknown> = { ...data, pseudonyms: check.pseudonyms.aliases };
    for (const field of Object.keys(check.data ?? {})) {
      if (!SETTINGS.has(field) && field in data) out[field] = replaceInValue(data[field], replace);
    }
    return out;
  }

  /** Whether a file is a page of the site rather than a layout, include or data file. */
  isPage(file: string): boolean {
    const full = path.resolve(this.root, file);
    return !this.supportFolders.some((folder) => full.startsWith(folder));
  }

  /** The front-matter hook: held-back posts become invisible, cleared ones lose their real names. */
  frontMatter(file: string | undefined, parse: () => unknown): unknown {
    // Only pages `prepare` saw have a check here; any other file (a layout, a page it did not see) is
    // left to the preprocessor, which holds it back if it must.
    const check = file ? this.check(file) : undefined;
    if (!check) return parse();
    if (check.report.status !== 'cleared') return { ...HELD_BACK_DATA };
    const data = parse();
    return data && typeof data === 'object' && !Array.isArray(data) ? this.pseudonymizeFields(data as Record<string, unknown>, check) : data;
  }

  /** A file named after a client ("visit-with-maria.md") gets an output path with the alias instead. */
  private renameOutput(data: any, forms: readonly NameForm[]): void {
    const stem: string | undefined = data.page?.filePathStem;
    if (data.permalink !== undefined || typeof stem !== 'string' || !findNames(stem, forms.map((f) => f.real)).length) return;
    const renamed = replaceNames(stem, forms);
    data.permalink = data.page.fileSlug === 'index' ? `${renamed}.html` : `${renamed}/index.html`;
  }

  /** Posts that are not cleared: their old pages go now; blocked or unreadable ones fail the build. */
  holdBack(): string | undefined {
    this.heldBack = true;
    const held = [...this.checks].filter(([, c]) => c.report.status !== 'cleared');
    const manifest = readManifest(this.manifestFile);
    const stale = held.flatMap(([input, check]) => [
      ...(manifest.outputs[input] ?? []),
      defaultOutput(input, this.inputDir, this.outputDir, this.root),
      ...permalinkOutput(check.data?.permalink, this.outputDir, this.root),
    ]);
    this.removed.push(...removeOutputs(stale, this.outputDir, this.root));
    const failing = held.filter(([, c]) => failsBuild(c.report.status)).map(([, c]) => c);
    if (!failing.length) return undefined;
    const report = formatStylish(buildReport(failing, this.now), { source: (p) => failing.find((c) => c.report.path === p)?.source });
    const count = failing.length === 1 ? 'One post cannot' : `${failing.length} posts cannot`;
    return `eleventy-plugin-discreet: ${count} be published, so the site was not built.\n\n${report}\nNo page was written. Fix each finding above (or allow it in the front matter with a reason), then build again.`;
  }

  /** The transform: aliases in every output, for names that reached it through layouts, lists and feeds. */
  replaceInOutput(inputPath: string | undefined, outputPath: string | false | undefined, content: string): string {
    const own = inputPath ? this.checks.get(this.key(inputPath)) : undefined;
    const forms = [
      ...(own?.report.status === 'cleared' ? nameForms(own.pseudonyms.realToAlias, { parts: true }) : []),
      ...this.siteForms(),
    ];
    return replaceNames(content, forms, { markup: typeof outputPath !== 'string' || MARKUP_OUTPUT.test(outputPath) });
  }

  private siteForms(): NameForm[] {
    return this.siteMaps.flatMap((map) => nameForms(map));
  }

  /** After writing: record outputs, remove stale ones, then search everything written for real names. */
  finish(results: readonly BuildResult[], { writesFiles, incremental }: { writesFiles: boolean; incremental: boolean }): string | undefined {
    if (!this.heldBack) {
      const failure = this.holdBack();
      if (failure) return failure;
    }
    if (!writesFiles) return this.scanResults(results);
    const written = new Map<string, string[]>();
    for (const r of results) {
      if (!r.inputPath || typeof r.outputPath !== 'string') continue;
      const input = this.key(r.inputPath);
      written.set(input, [...(written.get(input) ?? []), projectPath(r.outputPath, this.root)]);
    }
    const previous = readManifest(this.manifestFile);
    const outputs: Record<string, string[]> = incremental ? { ...previous.outputs } : {};
    for (const [input, files] of written) outputs[input] = files;
    for (const [input, check] of this.checks) if (check.report.status !== 'cleared') delete outputs[input];
    if (!incremental) {
      const current = new Set(Object.values(outputs).flat());
      this.removed.push(...removeOutputs(Object.values(previous.outputs).flat().filter((f) => !current.has(f)), this.outputDir, this.root));
    }
    writeManifest(this.manifestFile, { version: 1, outputs });
    return this.scan(outputs);
  }

  /** `--to=json` / `--to=ndjson` write nothing: the rendered pages Eleventy hands back are searched instead. */
  private scanResults(results: readonly BuildResult[]): string | undefined {
    const names = [...this.watched, ...this.siteForms().map((f) => f.real)];
    const leaks = results.flatMap((r) => {
      const text = `${typeof r.url === 'string' ? r.url : ''}\n${typeof r.content === 'string' ? r.content : ''}`;
      return scanText(text, names).map((hit) => `  ${r.inputPath ?? '(unknown page)'} -> ${r.url || '(no URL)'}  real name "${maskName(hit.name)}"`);
    });
    return leaks.length ? `eleventy-plugin-discreet: a real name reached the rendered output, so the build failed.\n\n${[...new Set(leaks)].join('\n')}` : undefined;
  }

  private scan(outputs: Record<string, string[]>): string | undefined {
    const outputRoot = path.resolve(this.root, this.outputDir);
    const relative = (file: string) => path.relative(outputRoot, path.resolve(this.root, file)).split(path.sep).join('/');
    const perFile = new Map<string, string[]>();
    for (const [input, files] of Object.entries(outputs)) {
      const map = this.checks.get(input)?.pseudonyms.realToAlias;
      if (!map?.size) continue;
      const names = nameForms(map, { parts: true }).map((f) => f.real);
      for (const file of files) perFile.set(relative(file), names);
    }
    const everywhere = [...this.watched, ...this.siteForms().map((f) => f.real)];
    const leaks = scanOutput(outputRoot, { everywhere, perFile }, this.cacheDir());
    if (!leaks.length) return undefined;
    const files = [...new Set(leaks.map((l) => path.join(this.outputDir, l.file)))];
    removeOutputs(files.map((f) => projectPath(f, this.root)), this.outputDir, this.root);
    return `eleventy-plugin-discreet: a real name reached the output, so the build failed.\n\n${describeLeaks(leaks, this.outputDir)}\n\nThese files were deleted so they cannot be uploaded by mistake. Find where the name comes from (a layout, a data file, a post that spells it another way), replace it with an alias, and build again.`;
  }

  summaryLine(): string {
    const count = (status: string) => [...this.checks.values()].filter((c) => c.report.status === status).length;
    const retracted = [...this.checks.values()].filter((c) => c.reason === 'retracted').length;
    const parts = [`${count('cleared')} cleared`, `${count('scheduled')} scheduled`, `${count('draft') - retracted} draft`, `${retracted} retracted`]
      .filter((p) => !p.startsWith('0 '));
    const removed = this.removed.length ? `; removed ${this.removed.length} page${this.removed.length === 1 ? '' : 's'} left from an earlier build` : '';
    return `[discreet] ${this.checks.size} template${this.checks.size === 1 ? '' : 's'} checked: ${parts.join(', ') || 'nothing to publish'}${removed}`;
  }
}

/** Where a literal `permalink` (no template syntax) wrote the page, for removing it without a record. */
function permalinkOutput(permalink: unknown, outputDir: string, root: string): string[] {
  if (typeof permalink !== 'string' || /[{}%]/.test(permalink) || permalink.includes('..')) return [];
  const file = permalink.endsWith('/') ? `${permalink}index.html` : permalink;
  return [projectPath(path.join(outputDir, file), root)];
}

function clock(env: NodeJS.ProcessEnv): Date {
  const value = env[NOW_ENV];
  if (!value) return new Date();
  const now = parseIsoDate(value);
  if (!now) throw new InputError(`${NOW_ENV} must be an ISO date such as 2026-03-01 or 2026-03-01T09:00:00Z, not "${value}"`);
  return now;
}
