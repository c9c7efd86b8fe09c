import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { goldenDocument, GOLDEN_REFERENCE_DATE } from './golden.js';

function repositoryRoot(): string {
  const here = fileURLToPath(import.meta.url);
  return here.includes('/dist/')
    ? here.slice(0, here.indexOf('/dist/'))
    : here.slice(0, here.indexOf('/src/'));
}

const root = repositoryRoot();
const articles = join(root, 'fixtures', 'articles');

describe('golden documents (regenerate with `npm run golden`, review the diff)', () => {
  const names = readdirSync(articles).sort();
  it('has fixtures to compare', () => assert.ok(names.length > 0));
  for (const name of names) {
    it(name, () => {
      const actual = JSON.parse(
        JSON.stringify(goldenDocument(name, readFileSync(join(articles, name)), GOLDEN_REFERENCE_DATE)),
      );
      const expected = JSON.parse(readFileSync(join(root, 'fixtures', 'golden', `${name}.json`), 'utf8'));
      assert.deepEqual(actual, expected);
    });
  }
});
