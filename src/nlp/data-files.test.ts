import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATA_FILES, dataFile, shareDataFiles, tableAt } from './data-files.js';

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
      const copy = shared[name];
      assert.ok(own !== null && copy !== undefined, `${name} is present`);
      assert.ok(Buffer.from(copy).equals(own), name);
      assert.equal(dataFile(name), own, `${name} is read once`);
    }
  });
});
