/**
 * The rule presets in one table: which severity each rule's findings take under each preset.
 * Recognizers report what they see at their own severity; a preset then raises, lowers or switches off
 * findings here, so no rule carries `if (preset === ...)` branches. `config.rules` overrides win over this.
 *
 * - practitioner (default): the rules as written. Family and gender details are `low`: shown and counted
 *   towards mosaic risk, never blocking alone.
 * - strict: family and gender details are reported as medium, and mid-sized towns are no longer waved through.
 * - hipaa-safe-harbor: the 18 identifiers of the HIPAA Safe Harbor method (45 CFR 164.514(b)(2)) block:
 *   every place smaller than a state (cities included), ZIP and postal codes, every date more specific
 *   than a year, ages over 89 (the age rule already marks those high), contact details, record, licence,
 *   device and vehicle numbers, URLs and IP addresses (already high in every preset).
 */
import type { DiscreetConfig, Preset } from './config.js';
import type { Severity } from './types.js';

type Adjustment = Partial<Record<Severity, Severity | 'off'>>;

export const PRESET_SEVERITIES: Record<Preset, Record<string, Adjustment>> = {
  practitioner: {},
  strict: {
    family: { low: 'medium' },
    gender: { low: 'medium' },
    location: { low: 'medium' },
  },
  'hipaa-safe-harbor': {
    location: { low: 'high', medium: 'high' },
    'postal-code': { medium: 'high', low: 'high' },
    'street-address': { medium: 'high', low: 'high' },
    date: { medium: 'high', low: 'high' },
  },
};

/** The severity a finding of `rule` takes under the configured preset and rule overrides ('off' drops it). */
export function effectiveSeverity(config: DiscreetConfig, rule: string, severity: Severity): Severity | 'off' {
  const override = config.rules[rule];
  if (override) return override;
  return PRESET_SEVERITIES[config.preset]?.[rule]?.[severity] ?? severity;
}
