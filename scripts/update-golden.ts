/**
 * Regenerates the golden documents: every article in fixtures/articles/ is run through the whole
 * `extract` pipeline and its contract JSON written to fixtures/golden/<name>.json. Review the diff
 * (`git diff fixtures/golden`) before committing: a change there is a change in behaviour.
 *
 *   npm run golden
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './eval/lib/data.js';
import { goldenDocument, GOLDEN_REFERENCE_DATE } from '../src/pipeline/golden.js';

const articles = join(REPOSITORY_ROOT, 'fixtures', 'articles');
const golden = join(REPOSITORY_ROOT, 'fixtures', 'golden');
for (const name of readdirSync(articles).sort()) {
  const json = goldenDocument(name, readFileSync(join(articles, name)), GOLDEN_REFERENCE_DATE);
  writeFileSync(join(golden, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`fixtures/golden/${name}.json`);
}
