/** Checks a post body through the whole engine and returns what one category or rule reported. */
import * as assert from 'uvu/assert';
import { checkPost } from '../../src/check.js';
import { parseConfig } from '../../src/config.js';
import type { Finding } from '../../src/types.js';
import { post } from './fixtures.js';

const NOW = new Date('2026-11-25T12:00:00Z');

export function findingsIn(body: string, frontMatter = 'title: "Notes from the week"\ndate: 2026-10-01'): Finding[] {
  return checkPost('post.md', post(frontMatter, body), { config: parseConfig({}), now: NOW }).report.findings;
}

/** The texts reported in one category (medium or high unless `low` is asked for). */
export function reported(body: string, category: string, options: { low?: boolean; frontMatter?: string } = {}): string[] {
  return findingsIn(body, options.frontMatter)
    .filter((f) => f.category === category && (options.low || f.severity !== 'low'))
    .map((f) => f.text);
}

export function findingOf(body: string, text: string): Finding | undefined {
  return findingsIn(body).find((f) => f.text === text);
}

/** Fails unless none of `bodies` reports anything in `category`. */
export function expectNoneReported(bodies: string[], category = 'name'): void {
  for (const body of bodies) assert.equal(reported(body, category), [], body);
}

/** Fails unless each body reports its text in `category`. */
export function expectReported(cases: [body: string, text: string][], category = 'name'): void {
  for (const [body, text] of cases) {
    const found = reported(body, category);
    assert.ok(found.includes(text), `expected "${text}" in: ${body}\n  found ${JSON.stringify(found)}`);
  }
}
