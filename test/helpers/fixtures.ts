/** Temporary folders with posts written by a test; removed at exit. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];
process.on('exit', () => { for (const dir of made) fs.rmSync(dir, { recursive: true, force: true }); });

export function tempDir(prefix = 'discreet-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes files (path -> content) under a new temporary folder and returns it. */
export function writeTree(files: Record<string, string | Uint8Array>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A post with front matter built from an object (YAML written by hand, so tests show what users write). */
export function post(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body.trim()}\n`;
}
