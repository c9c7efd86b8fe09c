import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/segment.js';
import { typeByAppositionHeads } from './apposition-heads.js';
import type { NameMention } from './name-mention.js';
import { run } from './test-table.js';

/** Every sentence below is invented for these tests. */

const step = (text: string, names: readonly NameMention[]) =>
  typeByAppositionHeads(text, segment(text), names);

describe('typeByAppositionHeads', () => {
  it('an app in apposition: a product', () => {
    assert.deepEqual(
      run(step, 'Zentrix, the messaging app, was downloaded a million times.', [['Zentrix', 'LOC']]),
      ['Zentrix/MISC'],
    );
  });
  it('a novel in apposition: a work, and the other mentions with it', () => {
    assert.deepEqual(
      run(step, 'The award went to Kestrel Tide, the novel by Ann Weller. Kestrel Tide sold well.', [
        ['Kestrel Tide', 'PERSON'],
        ['Ann Weller', 'PERSON'],
        ['Kestrel Tide', 'PERSON'],
      ]),
      ['Kestrel Tide/MISC/WORK', 'Ann Weller/PERSON', 'Kestrel Tide/MISC/WORK'],
    );
  });
  it('a town in apposition: a place', () => {
    assert.deepEqual(run(step, 'Dunmere, a town of 4,000 people, was flooded.', [['Dunmere', 'ORG']]), [
      'Dunmere/LOC/GPE',
    ]);
  });
  // what must not change
  it('a person noun in apposition changes nothing', () => {
    assert.deepEqual(
      run(step, 'Harlan Vost, a lawyer from Leeds, said he would appeal.', [['Harlan Vost', 'PERSON']]),
      ['Harlan Vost/PERSON'],
    );
  });
  it('a noun after a comma that is no apposition changes nothing', () => {
    assert.deepEqual(run(step, 'They met Orlan Dace, and the town cheered.', [['Orlan Dace', 'PERSON']]), [
      'Orlan Dace/PERSON',
    ]);
  });
});
