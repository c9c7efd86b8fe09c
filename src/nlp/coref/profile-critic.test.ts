import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, entityWithMention } from './test-helpers.js';

/** Every text below is invented for these tests. */

function nameOf(marked: string, surface: string, occurrence: number): string | undefined {
  const { text, entities } = entitiesOf(marked);
  return entityWithMention(text, entities, surface, occurrence)?.name;
}

describe("a profile's subject after a critic's quotation (resolve-references.ts)", () => {
  it('"He later …" after a critic first named at his quotation is the profile\'s subject', () => {
    const marked =
      '[Carl Moser|PERSON], the new harbour master, grew up in [Hull|LOC]. His mother kept a small inn. ' +
      '"He never took advice from anyone," said [Ivan Petrie|PERSON], who sailed with him for years. ' +
      'He later bought a trawler and lost it in a storm.';
    assert.equal(nameOf(marked, 'He', 1), 'Carl Moser');
  });

  it('must not change: with no one the narration was about before, "He" is the speaker', () => {
    const marked =
      'The harbour reopened on Monday. "We have waited a long time," said skipper [Ivan Petrie|PERSON]. ' +
      'He has fished from the port for thirty years.';
    assert.equal(nameOf(marked, 'He', 0), 'Ivan Petrie');
  });
});
