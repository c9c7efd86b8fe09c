import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import {
  DATA_FILES,
  dataFile,
  fillSharedDataFiles,
  reserveSharedDataFiles,
  shareDataFiles,
  tableAt,
  type SharedDataFiles,
} from './data-files.js';

describe('tableAt', () => {
  const bytes = new Uint8Array(16).map((_, index) => index);

  it('views aligned bytes in place', () => {
    const table = tableAt(Int16Array, bytes, 4, 3);
    assert.equal(table.buffer, bytes.buffer);
    assert.deepEqual([...table], [0x0504, 0x0706, 0x0908]);
    const words = tableAt(Int32Array, bytes, 8, 2);
    assert.equal(words.buffer, bytes.buffer);
    assert.deepEqual([...words], [0x0b0a0908, 0x0f0e0d0c]);
  });

  it('copies unaligned bytes into fresh memory with the same values', () => {
    const table = tableAt(Int16Array, bytes, 3, 2);
    assert.notEqual(table.buffer, bytes.buffer);
    assert.deepEqual([...table], [0x0403, 0x0605]);
    // an offset that is a multiple of 4 in a view starting at byte 1 is not aligned in memory
    const shifted = tableAt(Int32Array, bytes.subarray(1), 4, 1);
    assert.notEqual(shifted.buffer, bytes.buffer);
    assert.deepEqual([...shifted], [0x08070605]);
  });

  it('refuses a table that runs past the end of the file', () => {
    assert.throws(() => tableAt(Int32Array, bytes, 8, 3), /shorter than its header says/);
  });
});

describe('data files', () => {
  it('the shared copies hold the same bytes as the files this thread reads', () => {
    const shared = shareDataFiles();
    for (const name of DATA_FILES) {
      const own = dataFile(name);
      const copy = shared.files[name];
      assert.ok(own !== null && copy !== undefined, `${name} is present`);
      assert.ok(Buffer.from(copy).equals(own), name);
      assert.equal(dataFile(name), own, `${name} is read once`);
    }
  });
});

/** `dataFile(name)` in a fresh worker thread given `shared`: the bytes it got, and whether they are the shared copy. */
function readInWorker(
  shared: SharedDataFiles,
  name: string,
): Promise<{ bytes: Uint8Array; isShared: boolean }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const files = await import(workerData.module);
      files.useSharedDataFiles(workerData.shared);
      const bytes = files.dataFile(workerData.name);
      parentPort.postMessage({ bytes: new Uint8Array(bytes), isShared: bytes.buffer instanceof SharedArrayBuffer });
    })();
  `;
  const worker = new Worker(code, {
    eval: true,
    workerData: { shared, name, module: new URL('./data-files.js', import.meta.url).href },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { bytes: Uint8Array; isShared: boolean }) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('shared data files read while the threads start', () => {
  const name = 'models/times/timex.bin';

  it('a thread that asks before the file is read waits for it and gets the shared copy', async () => {
    const reserved = reserveSharedDataFiles();
    const answer = readInWorker(reserved, name);
    await new Promise((resolve) => setTimeout(resolve, 50));
    fillSharedDataFiles(reserved);
    const { bytes, isShared } = await answer;
    assert.ok(isShared);
    assert.ok(Buffer.from(bytes).equals(dataFile(name) as Buffer));
  });

  it('a file the main thread could not read is read by the thread itself', async () => {
    const reserved = reserveSharedDataFiles();
    const index = DATA_FILES.indexOf(name);
    Atomics.store(reserved.ready, index, 2);
    const { bytes, isShared } = await readInWorker(reserved, name);
    assert.ok(!isShared);
    assert.ok(Buffer.from(bytes).equals(dataFile(name) as Buffer));
  });
});
