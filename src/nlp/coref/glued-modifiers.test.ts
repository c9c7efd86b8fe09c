import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWithoutGluedModifiers, withoutGluedModifier } from './glued-modifiers.js';

/** Every sentence below is invented for these tests. */

describe('glued modifiers', () => {
  const text = 'The Ohio-based company said it would hire forty people.';
  const start = text.indexOf('-based');
  const end = text.indexOf(' said');
  it('starts a description after the rest of a hyphenated modifier', () => {
    const mention = withoutGluedModifier(text, { start, end, kind: 'nominal' });
    assert.equal(text.slice(mention.start, mention.end), 'company');
  });
  it('leaves a description that starts at a word', () => {
    const at = text.indexOf('company');
    assert.deepEqual(withoutGluedModifier(text, { start: at, end, kind: 'nominal' }), {
      start: at,
      end,
      kind: 'nominal',
    });
  });
  it('renames the entity', () => {
    const entity = entityWithoutGluedModifiers(text, {
      id: 'e1',
      type: 'ORG',
      name: '-based company',
      mentions: [{ start, end, kind: 'nominal' }],
    });
    assert.equal(entity.name, 'company');
    assert.equal(text.slice(entity.mentions[0]!.start, entity.mentions[0]!.end), 'company');
  });
});
