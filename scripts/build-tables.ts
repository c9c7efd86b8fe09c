/**
 * Tables the build makes from installed packages, so that no process decodes them at start-up
 * (run by `npm run build` and `prepare`, after tsc; no network):
 * - dist/src/nlp/coref/first-name-genders.txt: the first-name lists of `gender-detection-from-name`
 *   as one sorted table (src/nlp/coref/first-name-table.ts);
 * - dist/src/nlp/lexicon/place-sources.json: the fields of world-countries and city-timezones that
 *   the place tables read (src/nlp/lexicon/place-sources.ts).
 */
import { writeFirstNameTable } from '../src/nlp/coref/first-name-table.js';
import { writePlaceSources } from '../src/nlp/lexicon/place-sources.js';

writeFirstNameTable();
writePlaceSources();
