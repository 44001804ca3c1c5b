/** Finding the posts under the paths a user names. */
import fs from 'node:fs';
import path from 'node:path';

/** Template formats that become pages; each is checked (non-Markdown ones as text with markup masked). */
export const POST_EXTENSIONS = /\.(md|markdown|njk|liquid|html|hbs|mustache|ejs|11ty\.js|11ty\.cjs|11ty\.mjs)$/i;
const SKIP_DIRS = new Set(['node_modules', '_site', '_includes', '_layouts', '_data', '.git', '.discreet', 'dist']);

export function collectPosts(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visitFolder = (folder: string) => {
    // Entries come with their types, so a site of thousands of posts costs one call per folder, not one per file.
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(folder, entry.name);
      const kind = entry.isSymbolicLink() ? kindOf(full) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : undefined;
      if (kind === 'folder' && !SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) visitFolder(full);
      else if (kind === 'file' && POST_EXTENSIONS.test(entry.name)) out.push(full);
    }
  };
  for (const p of paths) {
    const kind = kindOf(p);
    if (!kind) throw new Error(`no such file or folder: ${p}`);
    if (kind === 'folder') visitFolder(p);
    else out.push(p);
  }
  return [...new Set(out)];
}

/** What a path is once links are followed: undefined when it does not exist (or is a broken link). */
function kindOf(p: string): 'folder' | 'file' | undefined {
  try {
    return fs.statSync(p).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** The path shown in reports: relative to the working folder when inside it, with forward slashes. */
export function relativePath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}
