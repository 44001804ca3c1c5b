/**
 * Reading one post: bytes to text, front matter to validated data with source positions.
 * Anything that cannot be read raises an InputError naming the file and line, so the post fails closed.
 */
import matter from 'gray-matter';
import { parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { InputError } from './errors.js';
import { frontMatterSchema, discreetKeys, type FrontMatter } from './frontmatter.js';
import { lineIndex } from './text.js';
import { describeZodIssues } from './validate.js';

/** A blog post is prose; anything this large is a mistake or not a post. */
export const MAX_POST_BYTES = 2 * 1024 * 1024;

export interface Post {
  path: string;
  /** The decoded file, exactly as on disk (a BOM, if any, kept as its own character). */
  raw: string;
  data: FrontMatter;
  /** Offset in `raw` where the YAML text starts, or -1 without front matter. */
  yamlOffset: number;
  yaml: Document | null;
  /** Offset in `raw` where the body starts. */
  bodyOffset: number;
  body: string;
}

export function decodePost(path: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_POST_BYTES) {
    throw new InputError(`${path}: the file is ${(bytes.length / 1048576).toFixed(1)} MB, larger than the ${MAX_POST_BYTES / 1048576} MB a post may be; it was not checked and will not be published. Split it, or move it out of the content folder.`, { file: path, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`${path}: this looks like a binary file, not a text post (a NUL byte at byte ${nul}); it was not checked and will not be published`, { file: path, line: 1, column: 1 });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).reduce((n, b) => n + (b === 10 ? 1 : 0), 1);
    throw new InputError(`${path}:${line}: the file is not valid UTF-8 text (bad byte at offset ${bad}); save it as UTF-8 and check again`, { file: path, line, column: 1 });
  }
}

/** Byte offset of the first invalid sequence: where lenient decoding first had to substitute U+FFFD. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = Buffer.from(bytes).toString('utf8');
  const at = lenient.indexOf('\uFFFD');
  return at < 0 ? 0 : Buffer.byteLength(lenient.slice(0, at), 'utf8');
}

export function parsePost(path: string, raw: string): Post {
  if (!raw.replace(/^\uFEFF/, '').trim()) throw new InputError(`${path}: the file is empty; there is nothing to publish. Write the post or delete the file.`, { file: path, line: 1, column: 1 });
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  // CRLF becomes " \n" for parsing only: same length, so every offset still points into `raw`.
  const text = raw.slice(bom).replace(/\r\n/g, ' \n');
  let yaml: Document | null = null;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        yaml: (source: string) => {
          yaml = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
          if (yaml.errors.length) throw yaml.errors[0];
          return (yaml.toJS() ?? {}) as object;
        },
      },
    });
  } catch (error) {
    throw yamlError(path, raw, bom, error);
  }
  const hasFrontMatter = parsed.matter !== undefined && /^---/.test(text);
  // gray-matter hands the engine everything after the opening '---', starting with its line break.
  const yamlOffset = hasFrontMatter ? bom + '---'.length : -1;
  const bodyOffset = raw.length - parsed.content.length;
  const data = validateFrontMatter(path, raw, parsed.data, yaml, yamlOffset);
  return { path, raw, data, yamlOffset, yaml: hasFrontMatter ? yaml : null, bodyOffset, body: raw.slice(bodyOffset) };
}

function yamlError(path: string, raw: string, bom: number, error: unknown): InputError {
  const e = error as { message?: string; linePos?: [{ line: number; col: number }]; mark?: { line: number; column: number } };
  const reason = (e.message ?? String(error)).split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  const pos = e.linePos?.[0];
  // The YAML text starts right after the opening '---' on line 1, so its line numbers are the file's.
  const line = pos ? pos.line : 1;
  const column = pos?.col ?? 1;
  return new InputError(`${path}:${line}:${column}: the front matter is not valid YAML: ${reason}. The post was not checked and will not be published.`, { file: path, line, column });
}

function validateFrontMatter(path: string, raw: string, data: unknown, yaml: Document | null, yamlOffset: number): FrontMatter {
  const result = frontMatterSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = yaml && yamlOffset >= 0 ? nodeOffset(yaml, issue.path) : -1;
  const { line, column } = at >= 0 ? lineIndex(raw)(yamlOffset + at) : { line: 1, column: 1 };
  return fail(`${path}:${line}:${column}: invalid front matter\n${describeZodIssues(result.error.issues, (at) => (at[0] === 'discreet' ? discreetKeys : []))}\nThe post was not checked and will not be published.`, path, line, column);
}

function fail(message: string, file: string, line: number, column: number): never {
  throw new InputError(message, { file, line, column });
}

/** The YAML source offset of the node at `path` (or its nearest existing parent). */
function nodeOffset(doc: Document, path: PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else break;
    offset = (node as YamlNode | null)?.range?.[0] ?? offset;
  }
  return offset;
}
