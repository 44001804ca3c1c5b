/**
 * The engine as a library (`eleventy-plugin-discreet/engine`): check a post, read the settings and
 * the watch-list, format reports, and the name matching the plugin uses for outputs.
 */
export { checkPost, type CheckOptions, type PostCheck } from './check.js';
export { loadConfig, parseConfig, configSchema, type DiscreetConfig, type DiscreetOptions } from './config.js';
export { InputError } from './errors.js';
export { loadWatchlist, WATCHLIST_ENV } from './watchlist.js';
export { buildReport, summarize } from './run.js';
export { formatStylish } from './report/stylish.js';
export { formatJson } from './report/json.js';
export { failsBuild, publishTime } from './status.js';
export { findNames, fold, foldName } from './normalize.js';
export { nameForms, replaceNames } from './pseudonymize.js';
export { scanOutput, maskName } from './output-scan.js';
export type { Category, Finding, FileReport, Report, Severity, Status, Summary } from './types.js';
