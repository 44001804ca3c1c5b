/**
 * The one configuration schema, shared by the CLI and the Eleventy plugin.
 * Sources, later ones winning: defaults, `_data/discreet.json`, plugin options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SEVERITIES } from './types.js';
import { InputError } from './errors.js';
import { describeZodIssues } from './validate.js';

export const PRESETS = ['practitioner', 'strict', 'hipaa-safe-harbor'] as const;
export type Preset = (typeof PRESETS)[number];

const severityOrOff = z.enum([...SEVERITIES, 'off']);

export const configSchema = z.strictObject({
  /** Waiting period: a post is not published before `date` + holdDays. */
  holdDays: z.number().int().min(0).max(3650).default(0),
  /** Rule preset: which recognizers run and how strict they are. */
  preset: z.enum(PRESETS).default('practitioner'),
  /** Per-rule severity overrides, e.g. { "person-name": "medium", "age": "off" }. */
  rules: z.record(z.string(), severityOrOff).default({}),
  /** Extra real names that must never appear anywhere on the site. */
  watch: z.array(z.string().min(2)).default([]),
  /** Public figures and cited authors that may be named (added to the shipped defaults). */
  publicNames: z.array(z.string().min(2)).default([]),
  /** The blogger's own name(s): never flagged. */
  author: z.union([z.string(), z.array(z.string())]).default([]),
  /** Places the blogger may name freely, e.g. their own large city. */
  allowedPlaces: z.array(z.string()).default([]),
  /** A due post needs a valid second-reader sign-off before it is published. */
  requireReview: z.boolean().default(false),
  /** The private watch-list: one real name per line, kept out of git. */
  watchlistPath: z.string().default('.discreet/watchlist.txt'),
  /** Where local state such as the cache lives. */
  stateDir: z.string().default('.discreet'),
});

export type DiscreetConfig = z.infer<typeof configSchema>;
export type DiscreetOptions = z.input<typeof configSchema>;

/** Validates options from any source; the error names the source and each bad key. */
export function parseConfig(input: unknown, source = 'discreet options'): DiscreetConfig {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) throw new InputError(`${source}: invalid configuration\n${describeZodIssues(result.error.issues, Object.keys(configSchema.shape))}`, { file: source });
  return result.data;
}

export const CONFIG_FILE = path.join('_data', 'discreet.json');

/**
 * Reads `_data/discreet.json` under `root` (or `file`, for a site whose data folder is elsewhere),
 * if present, and merges `overrides` on top.
 */
export function loadConfig(root: string, overrides: DiscreetOptions = {}, file = path.join(root, CONFIG_FILE)): DiscreetConfig {
  let fromFile: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    const raw = fs.readFileSync(file, 'utf8');
    try {
      fromFile = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${file}: the configuration is not valid JSON (${(error as Error).message})`, { file });
    }
    parseConfig(fromFile, file);
  }
  return parseConfig({ ...fromFile, ...overrides }, fs.existsSync(file) ? `${file} + plugin options` : 'plugin options');
}

export function authorNames(config: DiscreetConfig): string[] {
  return Array.isArray(config.author) ? config.author : config.author ? [config.author] : [];
}
