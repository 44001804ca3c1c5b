/** The per-post front matter this project reads, validated at the boundary. */
import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO date or date-time; a bare date means midnight UTC, as Eleventy reads it. */
export function parseIsoDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' || !ISO_DATE.test(value.trim())) return null;
  const text = value.trim().replace(' ', 'T');
  const date = new Date(/T/.test(text) && !/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? `${text}Z` : text);
  if (Number.isNaN(date.getTime())) return null;
  // Reject impossible calendar dates such as 2026-02-31, which Date would roll over.
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() + 1 !== m || date.getUTCDate() !== d) return null;
  return date;
}

const isoDate = (what: string, keywords: readonly string[] = []) =>
  z.unknown().transform((value, ctx) => {
    if (typeof value === 'string' && keywords.includes(value)) return value;
    const date = parseIsoDate(value);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${what} must be an ISO date such as 2026-03-01 or 2026-03-01T09:00:00Z, not "${String(value)}"` });
      return z.NEVER;
    }
    return date;
  });

const allowEntry = z.union([
  z.strictObject({ text: z.string().min(1), reason: z.string().optional() }),
  z.string().min(1).transform((text) => ({ text, reason: undefined as string | undefined })),
]);

export const reviewSchema = z.strictObject({
  by: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{16,64}$/, 'must be the hash written by `discreet approve`'),
  at: z.string(),
});

export const discreetKeys = ['allow', 'review', 'retracted'] as const;

export const discreetSchema = z.strictObject({
  /** Text the author vouches for, each with a reason. */
  allow: z.array(allowEntry).default([]),
  /** Second-reader sign-off, written by `discreet approve`. */
  review: reviewSchema.optional(),
  /** Take the post down: never rendered, its old output removed. */
  retracted: z.boolean().default(false),
});

const alias = z.string().trim().min(1, 'an alias cannot be empty');

export const pseudonymsSchema = z
  .union([z.array(alias), z.record(z.string().trim().min(2, 'a real name needs at least two letters'), alias)], {
    error: 'pseudonyms must be a list of aliases ([Sam, "Ms. B"]) or a map of real name to alias ("Maria Lopez": Client A)',
  })
  .superRefine((value, ctx) => {
    if (Array.isArray(value)) return;
    const seen = new Map<string, string>();
    for (const [real, name] of Object.entries(value)) {
      const key = name.toLowerCase();
      // "Callum Fraser: C." with "Callum: C." is one person written two ways; two people need two aliases.
      const other = seen.get(key);
      if (other !== undefined && !samePerson(other, real)) ctx.addIssue({ code: 'custom', message: `"${other}" and "${real}" are both mapped to the alias "${name}"; give each person their own alias` });
      seen.set(key, real);
      if (real.toLowerCase() === key) ctx.addIssue({ code: 'custom', message: `"${real}" is mapped to itself; the alias must differ from the real name` });
    }
  });

/** True when one name's words are all words of the other ("Callum" and "Callum Fraser"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sr|fr|auntie|aunty|uncle|nana|gran|granny|grandma|grandpa)\.?$/;

/**
 * Whether two real names mapped to one alias can be one person written two ways: a first name or
 * nickname ("Sid", "Gosia") or a title and surname ("Mrs Ogunleye") beside the full name. Only two
 * different full names ("Delores Whitaker", "Harold Whitaker") are surely two people.
 */
function samePerson(a: string, b: string): boolean {
  const words = (name: string) => name.toLowerCase().split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
  const [x, y] = [words(a), words(b)];
  if (x.length < 2 || y.length < 2) return true;
  return x[0] === y[0] && x[x.length - 1] === y[y.length - 1];
}

export const frontMatterSchema = z
  .looseObject({
    title: z.unknown().optional(),
    // Eleventy also accepts these keywords for `date`; they are resolved by Eleventy, not a schedule.
    date: isoDate('date', ['Last Modified', 'git Last Modified', 'Created', 'git Created']).optional(),
    publishAfter: isoDate('publishAfter').optional(),
    draft: z.boolean({ message: 'draft must be true or false' }).optional(),
    pseudonyms: pseudonymsSchema.optional(),
    discreet: discreetSchema.optional(),
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type AllowEntry = { text: string; reason?: string };
export type Review = z.infer<typeof reviewSchema>;

/** Aliases the author chose and, for maps, the real names they stand for. */
export interface Pseudonyms {
  aliases: string[];
  realToAlias: Map<string, string>;
}

export function pseudonymsOf(data: FrontMatter): Pseudonyms {
  const value = data.pseudonyms;
  if (!value) return { aliases: [], realToAlias: new Map() };
  if (Array.isArray(value)) return { aliases: value, realToAlias: new Map() };
  return { aliases: Object.values(value), realToAlias: new Map(Object.entries(value)) };
}
