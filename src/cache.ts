/**
 * A content-hash cache of what checking a post found, so an unchanged post is not checked again.
 *
 * What is cached is everything that does not depend on the clock: the findings and the front matter
 * the status is decided from. The status itself is always decided fresh (a scheduled post becomes
 * due without being edited). An entry is keyed by the post's bytes, its path, the configuration,
 * the watched names and a fingerprint of the engine, its data files and its dependencies, so any
 * change to one of them is a miss. A cache file that is unreadable, malformed or written by another
 * engine is ignored and rebuilt; an entry that does not look exactly like a check result is a miss.
 *
 * This module must stay light: a build where nothing changed loads only it, never the detectors.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrontMatter } from './frontmatter.js';
import { SEVERITIES, type Finding } from './types.js';

const FORMAT = 'eleventy-plugin-discreet/cache';
const FORMAT_VERSION = 1;
/** However few files one run touched, this many recent entries are kept (a single-file check must not evict a site). */
const MIN_KEPT_ENTRIES = 5000;

export interface CachedCheck {
  /** The findings exactly as the check reported them. */
  findings: Finding[];
  /** The validated front matter, or null when the post could not be read (its status is `error`). */
  data: FrontMatter | null;
  /** Where the body starts in the decoded text (what Eleventy renders is the rest). */
  bodyOffset: number;
}

interface StoredFile {
  format: string;
  version: number;
  engine: string;
  generation: number;
  /** Key -> [value, generation of the run that last used it]. */
  entries: Record<string, [unknown, number]>;
}

/**
 * One JSON file of values keyed by content hashes, written atomically, pruned to what recent runs
 * used. A file that is unreadable, malformed or written by another engine is treated as empty, and a
 * value that fails `isValue` as missing.
 */
class ContentStore<V> {
  private readonly entries: Map<string, [unknown, number]>;
  private readonly generation: number;
  private used = 0;
  /** Whether a value was added: a run that only read from the store leaves the file as it was. */
  private dirty = false;

  constructor(private readonly file: string, private readonly isValue: (value: unknown) => value is V) {
    const stored = readStoredFile(file);
    this.entries = new Map(Object.entries(stored?.entries ?? {}).filter(([, entry]) => Array.isArray(entry) && Number.isInteger(entry[1])));
    this.generation = (stored?.generation ?? 0) + 1;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || !this.isValue(entry[0])) return undefined;
    // Marked as used, but not worth a write of its own: a run with nothing new costs no more than reading.
    entry[1] = this.generation;
    this.used++;
    return entry[0];
  }

  set(key: string, value: V): void {
    this.entries.set(key, [value, this.generation]);
    this.used++;
    this.dirty = true;
  }

  /** A cache that cannot be written only costs speed, so errors are ignored. */
  save(): void {
    if (!this.dirty) return;
    const keep = Math.max(2 * this.used, MIN_KEPT_ENTRIES);
    const kept = [...this.entries].sort((a, b) => b[1][1] - a[1][1]).slice(0, keep);
    const stored: StoredFile = { format: FORMAT, version: FORMAT_VERSION, engine: engineFingerprint(), generation: this.generation, entries: Object.fromEntries(kept) };
    const temp = `${this.file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(temp, JSON.stringify(stored));
      fs.renameSync(temp, this.file);
      this.dirty = false;
    } catch {
      fs.rmSync(temp, { force: true });
    }
  }
}

/** A stored check: findings, front matter with dates tagged as { $date: ISO } (or null), body offset. */
interface StoredCheck {
  f: Finding[];
  d: unknown;
  b: number;
}

export interface CacheKeyContext {
  config: unknown;
  watched?: readonly string[];
}

/** What checking each post found, keyed by everything that shapes the findings. */
export class CheckCache {
  private readonly store: ContentStore<StoredCheck>;
  private readonly context: string;

  private constructor(dir: string, context: CacheKeyContext) {
    this.store = new ContentStore(path.join(dir, 'checks-v1.json'), isStoredCheck);
    // The watched names enter the key only through a hash: the cache never holds the private list.
    this.context = sha256(JSON.stringify([engineFingerprint(), context.config, [...new Set(context.watched ?? [])].sort()]));
  }

  /** Opens the cache in `dir` (e.g. `.discreet/cache`); an unusable file is treated as empty. */
  static open(dir: string, context: CacheKeyContext): CheckCache {
    return new CheckCache(dir, context);
  }

  /** The key of one post: its shown path (messages name it), its bytes and everything that shapes findings. */
  keyFor(displayPath: string, content: Uint8Array | string): string {
    return crypto.createHash('sha256').update(this.context).update('\0').update(displayPath).update('\0').update(digest(content)).digest('hex');
  }

  get(key: string): CachedCheck | undefined {
    const entry = this.store.get(key);
    return entry && { findings: entry.f, data: entry.d === null ? null : (reviveDates(entry.d) as FrontMatter), bodyOffset: entry.b };
  }

  set(key: string, value: CachedCheck): void {
    this.store.set(key, { f: value.findings, d: value.data === null ? null : tagDates(value.data), b: value.bodyOffset });
  }

  save(): void {
    this.store.save();
  }
}

/**
 * Something read from a file's content alone (such as the pseudonym map in its front matter, or
 * that a written page holds none of the watched names), remembered by the content's hash, the
 * engine and an optional context (hashed, never stored), so a build need not do it again.
 */
export class FileFacts<V> {
  private readonly store: ContentStore<V>;

  constructor(dir: string, name: string, isValue: (value: unknown) => value is V) {
    this.store = new ContentStore(path.join(dir, `${name}-v1.json`), isValue);
  }

  get(content: Uint8Array | string, context = ''): V | undefined {
    return this.store.get(this.keyFor(content, context));
  }

  set(content: Uint8Array | string, value: V, context = ''): void {
    this.store.set(this.keyFor(content, context), value);
  }

  save(): void {
    this.store.save();
  }

  private keyFor(content: Uint8Array | string, context: string): string {
    return crypto.createHash('sha256').update(engineFingerprint()).update('\0').update(context).update('\0').update(digest(content)).digest('hex');
  }
}

function readStoredFile(file: string): StoredFile | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const stored = parsed as Partial<StoredFile> | null;
  const usable = typeof stored === 'object' && stored !== null && stored.format === FORMAT && stored.version === FORMAT_VERSION
    && stored.engine === engineFingerprint() && Number.isInteger(stored.generation)
    && typeof stored.entries === 'object' && stored.entries !== null && !Array.isArray(stored.entries);
  return usable ? (stored as StoredFile) : null;
}

const SEVERITY_SET = new Set<string>(SEVERITIES);

function isStoredCheck(value: unknown): value is StoredCheck {
  const e = value as StoredCheck;
  return typeof e === 'object' && e !== null && Array.isArray(e.f) && e.f.every(isFinding) && Number.isInteger(e.b)
    && (e.d === null || (typeof e.d === 'object' && !Array.isArray(e.d)));
}

function isFinding(value: unknown): value is Finding {
  const f = value as Finding;
  return typeof f === 'object' && f !== null
    && typeof f.rule === 'string' && typeof f.category === 'string' && SEVERITY_SET.has(f.severity)
    && typeof f.message === 'string' && typeof f.text === 'string' && typeof f.suppressed === 'boolean'
    && [f.line, f.column, f.endLine, f.endColumn, f.offset, f.length].every(Number.isInteger)
    && (f.hint === undefined || typeof f.hint === 'string') && (f.suppressedBy === undefined || typeof f.suppressedBy === 'string');
}

/** JSON has no dates: front-matter dates are stored as { $date: ISO } and revived on the way out. */
function tagDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(tagDates);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tagDates(v)]));
  return value;
}

function reviveDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveDates);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$date' && typeof (value as { $date: unknown }).$date === 'string') return new Date((value as { $date: string }).$date);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveDates(v)]));
}

/** Content digests of byte buffers (never changed once read), so bytes read once for several caches are hashed once. */
const digests = new WeakMap<Uint8Array, string>();

/** The SHA-256 of a post's or page's content; keys are hashes over it, not over the content again. */
function digest(content: Uint8Array | string): string {
  if (typeof content === 'string') return sha256(content);
  let known = digests.get(content);
  if (known === undefined) digests.set(content, (known = sha256(content)));
  return known;
}

function sha256(text: string | Uint8Array): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

let fingerprint: string | undefined;

/**
 * What the engine is: its own code, the data files it ships and the installed versions of its
 * dependencies. Any edit to a detector or a lexicon, or an upgrade, changes it and so empties the cache.
 */
export function engineFingerprint(): string {
  if (fingerprint) return fingerprint;
  const engineDir = path.dirname(fileURLToPath(import.meta.url));
  const root = packageRoot(engineDir);
  const hash = crypto.createHash('sha256').update(FORMAT);
  const manifest = root ? readJson(path.join(root, 'package.json')) : undefined;
  hash.update(JSON.stringify([manifest?.version, manifest?.dependencies]));
  for (const file of filesUnder(engineDir)) hash.update(path.relative(engineDir, file)).update(fs.readFileSync(file));
  if (root) {
    for (const file of filesUnder(path.join(root, 'data'))) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
    for (const dep of Object.keys(manifest?.dependencies ?? {})) hash.update(`${dep}@${installedVersion(root, dep) ?? '?'}`);
  }
  return (fingerprint = hash.digest('hex'));
}

function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (readJson(path.join(dir, 'package.json'))?.name === 'eleventy-plugin-discreet') return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function installedVersion(root: string, dep: string): string | undefined {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const version = readJson(path.join(dir, 'node_modules', dep, 'package.json'))?.version;
    if (typeof version === 'string') return version;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readJson(file: string): Record<string, any> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []));
}
