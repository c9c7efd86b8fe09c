import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf } from './test-helpers.js';

/** Every sentence below is invented for these tests. */

/** The mention texts of the entity with a mention `name`. */
function mentionsOf(marked: string, name: string): string[] {
  const { text, entities } = entitiesOf(marked);
  const entity = entities.find((candidate) =>
    candidate.mentions.some((mention) => text.slice(mention.start, mention.end) === name),
  );
  assert.ok(entity, `no entity ${name}`);
  return entity.mentions.map((mention) => text.slice(mention.start, mention.end));
}

describe('titleDescription: a capitalised description taken for a name', () => {
  it('joins "the reigning National Player of the Year" to the player named before', () => {
    const marked =
      '[Dorran Quill|PERSON] scored 31 points on Saturday. The reigning [National Player of the Year|ORG] passed the old record midway through the first half.';
    assert.ok(
      mentionsOf(marked, 'Dorran Quill').some((text) => text.includes('National Player of the Year')),
    );
  });

  it('joins a capitalised "Perennial Party Girl" to the woman named before', () => {
    const marked =
      '[Mira Talbeck|PERSON] has checked into a clinic. Her agent confirmed the [Perennial Party Girl|ORG] had checked herself in.';
    assert.ok(mentionsOf(marked, 'Mira Talbeck').some((text) => text.includes('Perennial Party Girl')));
  });

  it('keeps a name with a given name in it ("Rose Actor") a name', () => {
    const marked = '[Mira Talbeck|PERSON] has checked into a clinic. [Rose Actor|PERSON] said she was fine.';
    assert.ok(!mentionsOf(marked, 'Mira Talbeck').includes('Rose Actor'));
  });

  it('keeps a title with no "the" a name ("produced Mr Velvet Man")', () => {
    const marked =
      '[Orrin Dask|PERSON] joined the label in 1965. He produced [Mr Velvet Man|PERSON] for the band, and [Orrin Dask|PERSON] later wrote songs.';
    assert.ok(!mentionsOf(marked, 'Orrin Dask').includes('Mr Velvet Man'));
  });

  it('keeps a name of words WordNet does not list ("Velkor Star") a name', () => {
    const marked =
      '[Mira Talbeck|PERSON] has checked into a clinic. The [Velkor Star|ORG] said she was fine.';
    assert.ok(!mentionsOf(marked, 'Mira Talbeck').some((text) => text.includes('Velkor Star')));
  });
});
