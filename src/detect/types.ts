/** The one interface every recognizer implements (one recognizer per file in this folder). */
import type { Category, Severity } from '../types.js';
import type { DiscreetConfig, Preset } from '../config.js';
import type { Segment, TextSpan } from '../text.js';

/** A span a recognizer found, in coordinates of the visible text. */
export interface Candidate {
  start: number;
  end: number;
  category: Category;
  severity: Severity;
  /** Rule id; defaults to the recognizer's id. */
  rule?: string;
  /** What was found and why it identifies someone. */
  message: string;
  /** What to write instead. */
  hint: string;
  /** A quasi-identifier: harmless alone, identifying in combination (counts towards mosaic risk). */
  quasi?: boolean;
}

export interface DetectContext {
  /** Everything a reader sees, fields and blocks separated by blank lines. */
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Emphasised stretches of `text` (*italics*), where titles of works stand. */
  readonly emphasis?: readonly TextSpan[];
  readonly config: DiscreetConfig;
  readonly preset: Preset;
  /** Lower-cased aliases the author declared, which are never flagged. */
  readonly aliases: ReadonlySet<string>;
  /** Real names that must never appear (pseudonym-map keys, config, private watch-list). */
  readonly watched: readonly string[];
  /** Real name -> alias from a pseudonym map: replaced at render time, so not flagged where replaced. */
  readonly realNames: ReadonlyMap<string, string>;
  /** compromise's tags of each term, by the term's start offset in `text`, from one parse shared by every recognizer (parsing is the costly part). */
  termTags(): TermTagger;
  /** The segment containing a text offset (for rules that depend on where text stands). */
  segmentAt(offset: number): Segment | undefined;
}

/** compromise's tags of the term starting at an offset of `text` (none where no term starts). */
export interface TermTagger {
  get(offset: number): ReadonlySet<string> | undefined;
}

export interface Recognizer {
  /** Rule id, kebab-case; also the default `rule` of its candidates. */
  readonly id: string;
  readonly category: Category;
  readonly description: string;
  /** Presets that run this recognizer; all presets when absent. */
  readonly presets?: readonly Preset[];
  detect(context: DetectContext): Candidate[];
}
