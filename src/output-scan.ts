/**
 * The last gate: after a build, every file in the output folder (pages, feeds, sitemaps, JSON, text)
 * and every output path is searched for the real names that must never be published. Whatever
 * rendered the file, a hit means the site is not safe to upload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findNames, unwrapEncodings } from './normalize.js';
import { FileFacts } from './cache.js';

export interface Leak {
  /** Output file, relative to the output folder, with forward slashes. */
  file: string;
  /** The real name found (keep it out of logs: show `maskName(name)`). */
  name: string;
  /** 0 when the name is in the file's path. */
  line: number;
}

export interface ScanTargets {
  /** Names that must not appear in any output file. */
  everywhere: readonly string[];
  /** Extra names for particular files (relative paths), e.g. a first name alone on its own post's page. */
  perFile?: ReadonlyMap<string, readonly string[]>;
}

/** Files larger than this are media, not pages; their paths are still checked. */
const MAX_SCANNED_BYTES = 32 * 1024 * 1024;

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (folder: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(folder, { withFileTypes: true }); } catch { return; }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  visit(dir);
  return out.sort();
}

function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Names in a file's text, read twice: as a reader sees it (tags removed, so a name split by markup is
 * whole) and literally (so attribute values such as alt text and links are read too).
 */
export function scanText(text: string, names: readonly string[]): { name: string; line: number }[] {
  const plain = unwrapEncodings(text);
  const lineOf = (offset: number) => plain.slice(0, offset).split('\n').length;
  const hits = [...findNames(plain, names, { markup: true }), ...findNames(plain, names)];
  const seen = new Set<string>();
  return hits
    .map((m) => ({ name: m.name, line: lineOf(m.start) }))
    .filter((h) => !seen.has(`${h.line}:${h.name}`) && Boolean(seen.add(`${h.line}:${h.name}`)));
}

export function scanOutput(outputDir: string, targets: ScanTargets, cacheDir?: string): Leak[] {
  // Folding every character of every page is the costliest part of a build where nothing changed:
  // a page found clean before, with the same bytes and the same names, is not searched again.
  const clean = cacheDir ? new FileFacts(cacheDir, 'clean-outputs', (v): v is true => v === true) : undefined;
  const leaks: Leak[] = [];
  // Most files are searched for the site-wide names alone: that list and its key are made once.
  const everywhere = withKey(targets.everywhere);
  for (const full of listFiles(outputDir)) {
    const file = path.relative(outputDir, full).split(path.sep).join('/');
    const own = targets.perFile?.get(file);
    const { names, context } = own?.length ? withKey([...everywhere.names, ...own]) : everywhere;
    if (!names.length) continue;
    for (const m of findNames(unwrapEncodings(file), names)) leaks.push({ file, name: m.name, line: 0 });
    const size = fs.statSync(full).size;
    if (size > MAX_SCANNED_BYTES) continue;
    const bytes = fs.readFileSync(full);
    if (isBinary(bytes)) continue;
    if (clean?.get(bytes, context)) continue;
    const hits = scanText(bytes.toString('utf8'), names);
    for (const hit of hits) leaks.push({ file, ...hit });
    if (!hits.length) clean?.set(bytes, true, context);
  }
  clean?.save();
  return leaks;
}

/** Names to search for, with the key the clean-output cache files them under. */
function withKey(names: readonly string[]): { names: readonly string[]; context: string } {
  return { names, context: JSON.stringify([...new Set(names)].sort()) };
}

/** A name shown in a build log without publishing it: first and last letter of each word. */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      const letters = [...word];
      return letters.length <= 2 ? `${letters[0]}…` : `${letters[0]}${'•'.repeat(letters.length - 2)}${letters[letters.length - 1]}`;
    })
    .join(' ');
}

/** One line per leak, for the build error. */
export function describeLeaks(leaks: readonly Leak[], outputDir: string): string {
  return leaks
    .map((l) => `  ${path.join(outputDir, l.file)}${l.line ? `:${l.line}` : ' (in the file name)'}  real name "${maskName(l.name)}"`)
    .join('\n');
}
