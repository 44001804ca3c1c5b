/** Shared vocabulary of the engine: the shapes every module and every report agree on. */

export const CATEGORIES = ['name', 'contact', 'id', 'location', 'date', 'age', 'health', 'mosaic', 'gender', 'family', 'input', 'review', 'suppression'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = ['draft', 'scheduled', 'blocked', 'error', 'cleared'] as const;
export type Status = (typeof STATUSES)[number];

/** A finding as reported: positions are UTF-16 offsets into the raw file, lines and columns 1-based. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  length: number;
  suppressed: boolean;
  /** What to write instead. Not part of the JSON contract's required keys, but always present. */
  hint?: string;
  /** Why the finding was suppressed, when it was. */
  suppressedBy?: string;
}

export interface FileReport {
  path: string;
  status: Status;
  publishAt: string | null;
  findings: Finding[];
}

export interface Summary {
  files: number;
  cleared: number;
  blocked: number;
  scheduled: number;
  draft: number;
  error: number;
}

export interface Report {
  version: 1;
  now: string;
  files: FileReport[];
  summary: Summary;
}
