import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { shareDataFiles } from '../nlp/data-files.js';
import { extractSettings } from './arguments.js';
import type { FileOutcome } from './process-file.js';
import { processFiles, processInputs } from './process-file.js';
import { processInPool, splitIntoBatches } from './worker-pool.js';

const SETTINGS = extractSettings();

const TEXTS = [
  'The river authority closed the old bridge on Monday, its spokesman Tomas Weller said.',
  '“The repairs will take a year,” said Ines Carvalho, who runs the ferry company in Porto Lindo.',
  'Lighthouse keepers in Norland voted to strike after the pay talks failed, their union said on Friday.',
  'Mayor Edda Brandt denied that the council had sold the harbour land. “Nothing was sold,” she said.',
];

/**
 * Runs the pipeline on `text` in a fresh worker thread that reads the data files from `shared`
 * (as the pool's workers do), and reports which of the models' weight tables are views of
 * shared memory.
 */
function extractInSharedWorker(
  text: string,
): Promise<{ readonly outcome: FileOutcome; readonly sharedTables: Record<string, boolean> }> {
  const module = (path: string) => new URL(path, import.meta.url).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const files = await import(workerData.modules.files);
      files.useSharedDataFiles(workerData.shared);
      const { processInputs } = await import(workerData.modules.process);
      const [outcome] = processInputs(
        [() => ({ source: 'article.txt', bytes: Buffer.from(workerData.text) })],
        workerData.settings,
      );
      const shared = (table) => table.buffer instanceof SharedArrayBuffer;
      const { nerModel } = await import(workerData.modules.ner);
      const { syntaxWeights } = await import(workerData.modules.syntax);
      const { eventModel } = await import(workerData.modules.events);
      const { timexModel } = await import(workerData.modules.times);
      parentPort.postMessage({
        outcome,
        sharedTables: {
          ner: shared(nerModel().weights),
          syntaxTags: shared(syntaxWeights().tagWeights),
          syntaxTransitions: shared(syntaxWeights().parser.transitions),
          events: shared(eventModel().weights),
          times: shared(timexModel().weights),
        },
      });
    })();
  `;
  const worker = new Worker(code, {
    eval: true,
    workerData: {
      text,
      settings: SETTINGS,
      shared: shareDataFiles(),
      modules: {
        files: module('../nlp/data-files.js'),
        process: module('./process-file.js'),
        ner: module('../nlp/ner/model.js'),
        syntax: module('../nlp/syntax/model.js'),
        events: module('../nlp/events/recognise.js'),
        times: module('../nlp/times/recognise.js'),
      },
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('splitIntoBatches', () => {
  const sizes = (count: number, threads: number) =>
    splitIntoBatches(
      Array.from({ length: count }, (_, index) => index),
      threads,
    ).map((batch) => batch.length);

  for (const [count, threads, expected] of [
    [0, 2, []],
    [1, 2, [1]],
    [5, 2, [1, 1, 1, 1, 1]],
    [20, 2, [3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]],
    [100, 2, [8, 8, 8, 8, 8, 8, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]],
    [20, 1, [5, 4, 3, 2, 2, 1, 1, 1, 1]],
  ] as const) {
    it(`${count} files on ${threads} threads → ${expected.join(', ') || 'none'}`, () => {
      assert.deepEqual(sizes(count, threads), expected);
    });
  }

  it('keeps every file once, in order', () => {
    const files = Array.from({ length: 840 }, (_, index) => index);
    const batches = splitIntoBatches(files, 2);
    assert.deepEqual(batches.flat(), files);
    assert.ok(batches.every((batch) => batch.length >= 1 && batch.length <= 8));
  });
});

describe('worker threads', () => {
  it('read the weights from the main thread’s shared copy and give the same output', async () => {
    const text = TEXTS.join('\n\n');
    const { outcome, sharedTables } = await extractInSharedWorker(text);
    const [here] = processInputs([() => ({ source: 'article.txt', bytes: Buffer.from(text) })], SETTINGS);
    assert.equal(outcome.ok, true);
    assert.deepEqual(outcome, here);
    assert.deepEqual(sharedTables, {
      ner: true,
      syntaxTags: true,
      syntaxTransitions: true,
      events: true,
      times: true,
    });
  });

  describe('processInPool', () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimgraph-pool-'));
    after(() => rmSync(folder, { recursive: true, force: true }));
    const paths = Array.from({ length: 10 }, (_, index) => {
      const path = join(folder, `article-${index}.txt`);
      writeFileSync(path, TEXTS.slice(index % TEXTS.length).join('\n\n'));
      return path;
    });

    it('emits every file in the order given, as one thread does', async () => {
      const emitted: [string, FileOutcome][] = [];
      const withMissing = [...paths.slice(0, 3), join(folder, 'missing.txt'), ...paths.slice(3)];
      await processInPool(withMissing, SETTINGS, 2, async (path, outcome) => {
        emitted.push([path, outcome]);
      });
      assert.deepEqual(
        emitted.map(([path]) => path),
        withMissing,
      );
      const alone = processFiles(withMissing, SETTINGS);
      emitted.forEach(([, outcome], index) => assert.deepEqual(outcome, alone[index]));
      assert.equal(emitted[3]?.[1].ok, false);
    });
  });
});
