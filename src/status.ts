/** The one place that decides a post's status (DESIGN.md: draft, scheduled, blocked, error, cleared). */
import type { DiscreetConfig } from './config.js';
import type { FrontMatter } from './frontmatter.js';
import type { Finding, Status } from './types.js';

const DAY_MS = 86_400_000;

/** Effective publish time: the latest of `publishAfter` and `date` + holdDays; null when due at once. */
export function publishTime(data: FrontMatter, config: DiscreetConfig): Date | null {
  const times: number[] = [];
  if (data.publishAfter instanceof Date) times.push(data.publishAfter.getTime());
  if (data.date instanceof Date && config.holdDays > 0) times.push(data.date.getTime() + config.holdDays * DAY_MS);
  return times.length ? new Date(Math.max(...times)) : null;
}

export interface StatusDecision {
  status: Status;
  publishAt: Date | null;
  /** Why a post that is not rendered is held back, when the status alone does not say. */
  reason?: 'retracted';
}

export function decideStatus(data: FrontMatter, findings: readonly Finding[], now: Date, config: DiscreetConfig): StatusDecision {
  const publishAt = publishTime(data, config);
  if (data.discreet?.retracted) return { status: 'draft', publishAt, reason: 'retracted' };
  if (data.draft === true) return { status: 'draft', publishAt };
  if (publishAt && now.getTime() < publishAt.getTime()) return { status: 'scheduled', publishAt };
  const blocking = findings.some((f) => f.severity === 'high' && !f.suppressed);
  return { status: blocking ? 'blocked' : 'cleared', publishAt };
}

/** True when a post with this status must fail the build (or make the CLI exit 1). */
export function failsBuild(status: Status): boolean {
  return status === 'blocked' || status === 'error';
}
