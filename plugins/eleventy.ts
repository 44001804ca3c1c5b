/**
 * The Eleventy adapter. Every template is checked by the engine before Eleventy renders it:
 * drafts, scheduled and retracted posts are dropped (no page, no collection, no feed entry), blocked
 * or unreadable posts fail the build with one report, pseudonym maps are applied to the post's data,
 * body and every output, stale pages from earlier builds are removed, and after writing, the whole
 * output folder is searched for real names. Nothing here is kept between builds except the output
 * record under the state folder.
 *
 *   import discreet from 'eleventy-plugin-discreet';
 *   export default (eleventyConfig) => { eleventyConfig.addPlugin(discreet, { holdDays: 7 }); };
 */
import { parseConfig, type DiscreetOptions } from '../src/config.js';
import { InputError } from '../src/errors.js';
import { SiteBuild, type BuildDirectories, type BuildResult } from './build.js';
import type { ReviewServer } from '../src/review-page.js';

export type { DiscreetOptions } from '../src/config.js';

/** The part of Eleventy's configuration API this plugin uses. */
export interface EleventyConfigApi {
  addPreprocessor(name: string, extensions: string, callback: (data: any, content: string) => unknown): void;
  addTransform(name: string, callback: (this: { page?: { inputPath?: string; outputPath?: string | false } }, content: unknown) => unknown): void;
  on(event: string, callback: (...args: any[]) => unknown): void;
  setUseTemplateCache?(enabled: boolean): void;
  frontMatterParsingOptions?: { engines?: Record<string, unknown> };
}

/**
 * A build failure that is the user's to fix, not a crash: Eleventy prints the message alone,
 * without a stack trace.
 */
export class DiscreetBuildError extends Error {
  readonly skipOriginalStack = true;
  constructor(message: string) {
    super(message);
    this.name = 'DiscreetBuildError';
  }
}

/** Runs `step`, turning problems the user can fix into a plain build error. */
function userFacing<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof InputError) throw new DiscreetBuildError(error.message);
    throw error;
  }
}

type YamlEngine = (text: string, options?: { filePath?: string }) => unknown;

/**
 * Wraps the site's YAML front-matter parser (whatever it is) so held-back posts are excluded from
 * collections, and pseudonyms applied to the data, before Eleventy builds collections and URLs.
 * The preprocessor remains the gate that drops the post.
 */
function holdBackInFrontMatter(eleventyConfig: EleventyConfigApi, build: () => SiteBuild | undefined): void {
  const engines = eleventyConfig.frontMatterParsingOptions?.engines;
  const parse = engines?.yaml;
  if (!engines || typeof parse !== 'function') return;
  engines.yaml = (text: string, options?: { filePath?: string }) => {
    const read = () => (parse as YamlEngine)(text, options);
    const current = build();
    return current ? current.frontMatter(options?.filePath, read) : read();
  };
}

export default function discreet(eleventyConfig: EleventyConfigApi, options: DiscreetOptions = {}): void {
  userFacing(() => parseConfig(options, 'eleventy-plugin-discreet options'));
  let build: SiteBuild | undefined;
  const current = (): SiteBuild => {
    if (!build) throw new DiscreetBuildError('eleventy-plugin-discreet: a template was rendered before the build started; the post was not checked, so the build stops.');
    return build;
  };

  let review: Promise<ReviewServer | undefined> | undefined;
  eleventyConfig.on('eleventy.before', async ({ directories, runMode }: { directories: BuildDirectories; runMode?: string }) => {
    build = undefined;
    build = userFacing(() => new SiteBuild({ directories, options, env: process.env }));
    for (const warning of build.warnings) console.warn(warning);
    // Check every page now, in parallel and through the cache, rather than one by one as Eleventy reads them.
    await build.prepare();
    if (runMode === 'serve') review ??= openReviewPage(directories.input, current);
  });

  // Eleventy keeps what it read and compiled in memory for the life of the process. In watch and
  // serve mode that could outlive an edit, so files are read afresh on every build there. A one-off
  // build reads each file once anyway, and the cache spares compiling the layout again for every
  // page (a sixth of a build). Either way the gate renders exactly the body that was checked.
  if (process.env.ELEVENTY_RUN_MODE !== 'build') eleventyConfig.setUseTemplateCache?.(false);
  holdBackInFrontMatter(eleventyConfig, () => build);
  eleventyConfig.addPreprocessor('discreet', '*', (data, content) => current().gate(data, content));

  // Every template has been read and gated, nothing has been written yet: the moment to stop.
  eleventyConfig.on('eleventy.contentMap', () => {
    const failure = current().holdBack();
    if (failure) throw new DiscreetBuildError(failure);
  });

  eleventyConfig.addTransform('discreet-pseudonyms', function (content) {
    return typeof content === 'string' ? current().replaceInOutput(this.page?.inputPath, this.page?.outputPath, content) : content;
  });

  eleventyConfig.on('eleventy.after', ({ results, outputMode, incremental }: { results?: BuildResult[]; outputMode?: string; incremental?: boolean }) => {
    const failure = current().finish(results ?? [], { writesFiles: (outputMode ?? 'fs') === 'fs', incremental: Boolean(incremental) });
    console.log(current().summaryLine());
    if (failure) throw new DiscreetBuildError(failure);
  });
}

/**
 * Beside `eleventy --serve`, the private review page (every post with its findings marked), on
 * 127.0.0.1 only and never in the output folder. It judges posts by the latest build's settings
 * and clock; it is started once and does not keep the process alive by itself.
 */
function openReviewPage(input: string, latest: () => SiteBuild): Promise<ReviewServer | undefined> {
  // Loaded here, not at the top: only `--serve` needs a web server.
  const start = async (port?: number) => {
    const { reviewSite } = await import('../src/review-page.js');
    const { config, watched, root } = latest();
    return reviewSite({ paths: [input], config, watched, root, now: () => latest().now, port, keepAlive: false });
  };
  return start()
    .catch(() => start(0))
    .then(
      (server) => { console.log(`[discreet] review page (private to this computer): ${server.url}`); return server; },
      (error: Error) => { console.warn(`[discreet] the review page could not start: ${error.message}`); return undefined; },
    );
}
