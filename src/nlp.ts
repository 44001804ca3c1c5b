/**
 * compromise's tagger (its second layer), loaded from the package's single-file build. Importing the
 * package as ES modules loads and compiles several hundred source files, which cost about as much as
 * the tagger's own start-up; the bundled build is the same code in one file. It is reached through
 * `require`, the package's documented entry for that build.
 */
import { createRequire } from 'node:module';
import type compromiseTwo from 'compromise/two';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromiseTwo;

export default nlp;
