/** Finding the posts under the paths a user names. */
import fs from 'node:fs';
import path from 'node:path';

/** Template formats that become pages; each is checked (non-Markdown ones as text with markup masked). */
export const POST_EXTENSIONS = /\.(md|markdown|njk|liquid|html|hbs|mustache|ejs|11ty\.js|11ty\.cjs|11ty\.mjs)$/i;
const SKIP_DIRS = new Set(['node_modules', '_site', '_includes', '_layouts', '_data', '.git', '.discreet', 'dist']);

export function collectPosts(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (p: string, named: boolean) => {
    let stat: fs.Stats;
    try { stat = fs.statSync(p); } catch { if (named) throw new Error(`no such file or folder: ${p}`); return; }
    if (stat.isDirectory()) {
      if (!named && (SKIP_DIRS.has(path.basename(p)) || path.basename(p).startsWith('.'))) return;
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry), false);
    } else if (named || POST_EXTENSIONS.test(p)) out.push(p);
  };
  for (const p of paths) visit(p, true);
  return [...new Set(out)];
}

/** The path shown in reports: relative to the working folder when inside it, with forward slashes. */
export function relativePath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}
