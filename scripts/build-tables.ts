/**
 * Tables the build makes from installed packages, so that no process decodes them at start-up
 * (run by `npm run build` and `prepare`, after tsc; no network):
 * - dist/src/nlp/coref/first-name-genders.txt: the first-name lists of `gender-detection-from-name`
 *   as one sorted table (src/nlp/coref/first-name-table.ts).
 */
import { FIRST_NAME_TABLE_FILE, writeFirstNameTable } from '../src/nlp/coref/first-name-table.js';

writeFirstNameTable();
console.log(`build-tables: wrote ${FIRST_NAME_TABLE_FILE}`);
