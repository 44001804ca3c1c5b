/**
 * No stale output: a record of what each post wrote (`.discreet/outputs.json`), so that a page from an
 * earlier build is removed once its post is blocked, scheduled, drafted, retracted, renamed or deleted.
 * Where no record exists (first build with this plugin, state folder deleted) the default location
 * Eleventy would have used is removed instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  version: z.literal(1),
  /** Input path -> output files it wrote, both relative to the project root with forward slashes. */
  outputs: z.record(z.string(), z.array(z.string())),
});

export type Manifest = z.infer<typeof manifestSchema>;

export const MANIFEST_FILE = 'outputs.json';

const slash = (p: string) => p.split(path.sep).join('/');

/** A project-relative key for any input or output path Eleventy reports ("./content/a.md" -> "content/a.md"). */
export function projectPath(p: string, root: string): string {
  // Eleventy hands over thousands of paths a build, nearly all plainly under the root: those need no resolving.
  const under = p.startsWith(root + path.sep) ? p.slice(root.length + 1) : p.startsWith('./') ? p.slice(2) : undefined;
  if (under && !UNUSUAL_SEGMENT.test(under)) return slash(under);
  return slash(path.relative(root, path.resolve(root, p)));
}

/** A "." or ".." segment, an empty one or a trailing separator: left to `path` to resolve. */
const UNUSUAL_SEGMENT = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/](?:[\\/]|$)/;

export function readManifest(file: string): Manifest {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No record yet, or an unreadable one: start again; default locations still cover old pages.
  }
  return { version: 1, outputs: {} };
}

export function writeManifest(file: string, manifest: Manifest): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * Where Eleventy writes a template without a permalink: `posts/a.md` -> `posts/a/index.html`,
 * `posts/index.md` -> `posts/index.html`.
 */
export function defaultOutput(inputPath: string, inputDir: string, outputDir: string, root: string): string {
  const relative = path.relative(path.resolve(root, inputDir), path.resolve(root, inputPath));
  const stem = relative.replace(/\.11ty\.[cm]?js$/i, '').replace(/\.[^./\\]+$/, '');
  const page = path.basename(stem) === 'index' ? `${stem}.html` : path.join(stem, 'index.html');
  return projectPath(path.join(outputDir, page), root);
}

/** Deletes the given project-relative files, but only inside the output folder; returns what was removed. */
export function removeOutputs(files: Iterable<string>, outputDir: string, root: string): string[] {
  const out = path.resolve(root, outputDir);
  const removed: string[] = [];
  for (const file of new Set(files)) {
    const full = path.resolve(root, file);
    if (!full.startsWith(out + path.sep) || !fs.existsSync(full)) continue;
    fs.rmSync(full, { force: true });
    removed.push(file);
    pruneEmptyFolders(path.dirname(full), out);
  }
  return removed;
}

function pruneEmptyFolders(folder: string, stop: string): void {
  for (let dir = folder; dir.startsWith(stop + path.sep); dir = path.dirname(dir)) {
    try {
      if (fs.readdirSync(dir).length) return;
      fs.rmdirSync(dir);
    } catch {
      return;
    }
  }
}
