/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that fired with their
 * descriptions, and one result per finding with a relative location, a stable fingerprint and,
 * for findings the author allowed with a reason, an in-source suppression carrying that reason.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArtifactLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { ruleCatalog } from '../rules.js';
import type { Finding, Report, Severity } from '../types.js';

export interface SarifOptions {
  /** Folder that artifact URIs are relative to (the repository root in CI). */
  baseDir: string;
  /** Folder the report's paths are relative to. */
  cwd?: string;
}

const TOOL_NAME = 'discreet';
const HELP_URI = 'https://www.npmjs.com/package/eleventy-plugin-discreet#checking-from-the-command-line';
const LEVEL: Record<Severity, Result.level> = { high: 'error', medium: 'warning', low: 'note' };

export function formatSarif(report: Report, options: SarifOptions): string {
  const catalog = ruleCatalog();
  const findings = report.files.flatMap((file) => file.findings.map((finding) => ({ file: file.path, finding })));
  const ruleIds = [...new Set(findings.map(({ finding }) => finding.rule))].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const example = findings.find(({ finding }) => finding.rule === id)!.finding;
    return {
      id,
      shortDescription: { text: catalog.get(id)?.description ?? example.message },
      helpUri: HELP_URI,
      defaultConfiguration: { level: LEVEL[example.severity] },
      properties: { category: catalog.get(id)?.category ?? example.category },
    };
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: TOOL_NAME, informationUri: HELP_URI, version: packageVersion(), rules } },
      columnKind: 'utf16CodeUnits',
      originalUriBaseIds: { SRCROOT: { uri: pathToUri(options.baseDir, true) } },
      results: findings.map(({ file, finding }) => toResult(artifactLocation(file, options), finding, ruleIds.indexOf(finding.rule))),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toResult(artifact: ArtifactLocation, f: Finding, ruleIndex: number): Result {
  const result: Result = {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.hint ? `${f.message}. Fix: ${f.hint}` : f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact,
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      },
    }],
    partialFingerprints: { 'discreetFinding/v1': fingerprint(artifact.uri!, f) },
  };
  if (f.suppressed) result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: f.suppressedBy ?? '' }];
  return result;
}

/** Survives edits elsewhere in the post: the rule, the file and the flagged text, not its line. */
function fingerprint(uri: string, f: Finding): string {
  return createHash('sha256').update(`${f.rule}\0${uri}\0${f.text.toLowerCase()}`).digest('hex').slice(0, 32);
}

/** A URI relative to the base folder, `/`-separated, when the file is under it; an absolute file: URI otherwise. */
function artifactLocation(reported: string, options: SarifOptions): ArtifactLocation {
  const absolute = path.resolve(options.cwd ?? options.baseDir, reported);
  const relative = path.relative(options.baseDir, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToUri(absolute, false) };
}

function pathToUri(absolute: string, folder: boolean): string {
  const encoded = absolute.split(path.sep).map(encodeURIComponent).join('/');
  return `file://${encoded.startsWith('/') ? '' : '/'}${encoded}${folder && !encoded.endsWith('/') ? '/' : ''}`;
}

/** This package's version, from the nearest package.json above this module (source or compiled). */
function packageVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return String(JSON.parse(fs.readFileSync(file, 'utf8')).version ?? '0.0.0');
  }
  return '0.0.0';
}
