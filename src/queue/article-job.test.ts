import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { jobIdOf, readArticleJob } from './article-job.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

describe('jobIdOf', () => {
  it('makes a UUID (version 8, RFC variant) from the content hash, the same for the same hash', () => {
    for (const text of ['The ferry line in Velmar closed.', '', 'Asha Lind said so.']) {
      const id = jobIdOf(hashOf(text));
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(jobIdOf(hashOf(text)), id);
    }
    assert.notEqual(jobIdOf(hashOf('one article')), jobIdOf(hashOf('another article')));
  });

  it('refuses what is not a hexadecimal hash', () => {
    assert.throws(() => jobIdOf('not-a-hash'), /hexadecimal/);
  });
});

describe('readArticleJob', () => {
  const job = {
    source: 'articles/velmar.txt',
    hash: hashOf('The ferry line in Velmar closed.'),
    content: Buffer.from('The ferry line in Velmar closed.').toString('base64'),
    settings: {
      format: 'auto',
      clean: true,
      published: null,
      maxBytes: 1000,
      maxElements: 100,
      maxDepth: 10,
    },
  };
  const cases: [string, unknown, boolean][] = [
    ['an article job', job, true],
    ['with a reference date', { ...job, settings: { ...job.settings, published: '2025-04-09' } }, true],
    ['no content', { ...job, content: undefined }, false],
    ['a short hash', { ...job, hash: 'abc' }, false],
    ['an unknown format', { ...job, settings: { ...job.settings, format: 'pdf' } }, false],
    ['another kind of job', { task: 'resize-image' }, false],
    ['null', null, false],
  ];
  for (const [name, data, ok] of cases) {
    it(`${name}: ${ok ? 'read' : 'refused'}`, () => {
      assert.equal(readArticleJob(data) !== null, ok);
    });
  }
});
