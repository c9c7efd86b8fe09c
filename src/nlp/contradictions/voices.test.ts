import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spokespersonVoices, type VoicedEntity } from './voices.js';

describe('spokespersonVoices', () => {
  const ministry: VoicedEntity = {
    id: 'e1',
    type: 'ORG',
    name: 'the interior ministry',
    attributes: { nominal_head: 'ministry' },
  };
  const kremlin: VoicedEntity = { id: 'e2', type: 'ORG', name: 'Kremlin' };
  it('gives a spokesperson of a named organisation its voice', () => {
    const voices = spokespersonVoices([
      ministry,
      kremlin,
      {
        id: 'e3',
        type: 'PERSON',
        name: 'Karel Voss',
        attributes: { role: ['ministry spokesman', 'Colonel'] },
      },
      { id: 'e4', type: 'PERSON', name: 'Ana Pell', attributes: { role: 'Kremlin spokeswoman' } },
    ]);
    assert.deepEqual(
      [...voices],
      [
        ['e3', 'e1'],
        ['e4', 'e2'],
      ],
    );
  });
  it('leaves other roles, bare spokespeople and organisations the article does not name', () => {
    const voices = spokespersonVoices([
      ministry,
      { id: 'e3', type: 'PERSON', name: 'Karel Voss', attributes: { role: 'ministry adviser' } },
      { id: 'e4', type: 'PERSON', name: 'Ana Pell', attributes: { role: 'spokeswoman' } },
      { id: 'e5', type: 'PERSON', name: 'Ivo Brand', attributes: { role: 'union spokesman' } },
    ]);
    assert.equal(voices.size, 0);
  });
});
