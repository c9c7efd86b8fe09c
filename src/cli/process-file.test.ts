import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { processFile, processFiles } from './process-file.js';
import { extractSettings } from './arguments.js';

const SETTINGS = extractSettings();

const TEXTS = [
  'The river authority closed the old bridge on Monday, its spokesman Tomas Weller said.',
  '“The repairs will take a year,” said Ines Carvalho, who runs the ferry company.',
  'Lighthouse keepers in Norland voted to strike after the pay talks failed.',
];

describe('processFiles', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-batch-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const paths = TEXTS.map((text, index) => {
    const path = join(folder, `article-${index}.txt`);
    writeFileSync(path, text);
    return path;
  });

  it('gives each file the same output as processing it alone, in order', () => {
    const batch = processFiles(paths, SETTINGS);
    assert.equal(batch.length, paths.length);
    paths.forEach((path, index) => assert.deepEqual(batch[index], processFile(path, SETTINGS)));
    assert.ok(batch.every((outcome) => outcome.ok));
  });

  it('keeps a failure with its own file', () => {
    const missing = join(folder, 'missing.txt');
    const batch = processFiles([paths[0] as string, missing, paths[1] as string], SETTINGS);
    assert.equal(batch[0]?.ok, true);
    assert.equal(batch[1]?.ok, false);
    assert.equal(batch[2]?.ok, true);
    assert.deepEqual(batch[2], processFile(paths[1] as string, SETTINGS));
  });

  it('stops after cleaning with cleanOnly', () => {
    const [outcome] = processFiles([paths[0] as string], { ...SETTINGS, cleanOnly: true });
    assert.ok(outcome?.ok);
    const doc = JSON.parse(outcome.json) as { entities: unknown[] };
    assert.deepEqual(doc.entities, []);
  });
});
