/** The JSON report of the CLI contract: exactly one document. */
import type { Report } from '../types.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
