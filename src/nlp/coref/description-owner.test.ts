import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusOf } from '../../store/corpus.js';
import { corpusArticle } from '../../store/test-articles.js';
import { sameOwner } from './description-owner.js';

/** Every sentence below is invented for these tests (Norvala, Kestria and Tavon are no real places). */

/** The owner attribute of each description headed by `head` in an article. */
function owners(body: string, head: string): (string | undefined)[] {
  return corpusArticle('a.txt', body)
    .entities.filter((entity) => entity.attributes?.nominal_head === head)
    .map((entity) => entity.attributes?.owner as string | undefined);
}

/** Whether the corpus of the articles puts the descriptions headed by `head` of two articles in one entity. */
function joined(bodies: readonly string[], head: string): boolean {
  const documents = bodies.map((body, at) => corpusArticle(`${at}.txt`, body));
  const corpus = corpusOf(documents);
  const ids = documents.map(
    (document) => document.entities.find((entity) => entity.attributes?.nominal_head === head)?.id,
  );
  return corpus.entities.some(
    (cluster) =>
      cluster.members.some((member) => member.doc === 0 && member.entity === ids[0]) &&
      cluster.members.some((member) => member.doc === 1 && member.entity === ids[1]),
  );
}

const NORVALA = `Floods hit Norvala and Kestria

Heavy rain flooded villages along the river between Norvala and Kestria on Friday, Norvala's interior ministry said.

The ministry said hundreds of families had left their homes.`;
const KESTRIA = `Kestria says floods were worse than reported

Kestria's interior ministry said on Saturday that the river had flooded villages between Norvala and Kestria.

The ministry said thousands of families had left their homes.`;

describe('descriptionOwner (who the parse says an organisation description belongs to)', () => {
  it('reads a possessor, a nationality word and an "of" phrase', () => {
    assert.deepEqual(owners(NORVALA, 'ministry'), ['Norvala']);
    assert.deepEqual(owners(KESTRIA, 'ministry'), ['Kestria']);
    assert.deepEqual(
      owners(
        'Talks between Norvala and Tavon ended. The interior ministry of Tavon said the talks had failed.',
        'ministry',
      ),
      ['Tavon'],
    );
  });
  it('states no owner when the text gives none', () => {
    assert.deepEqual(owners('Rain flooded villages on Friday, the interior ministry said.', 'ministry'), [
      undefined,
    ]);
  });
});

describe('sameOwner', () => {
  it('joins a place and its nationality word, and two names of one country', () => {
    assert.ok(sameOwner('Norvala', 'Norvalan'));
    assert.ok(sameOwner('Tavon', 'Tavoni'));
    assert.ok(sameOwner('UK', 'British'));
    assert.ok(sameOwner('Norvala Party', 'the Norvala party'));
    assert.ok(sameOwner('Senate', 'Tavon Senate'));
    assert.ok(!sameOwner('Norvala', 'Kestria'));
    assert.ok(!sameOwner('Norvalan', 'Kestrian'));
  });
});

describe('corpus: organisation descriptions of different owners across articles', () => {
  it("keeps Norvala's and Kestria's interior ministries apart", () => {
    assert.equal(joined([NORVALA, KESTRIA], 'ministry'), false);
  });
  it('still joins them when both articles name the same owner, or one names none', () => {
    const other = KESTRIA.replace("Kestria's interior ministry", "Norvala's interior ministry");
    assert.equal(joined([NORVALA, other], 'ministry'), true);
    const none = KESTRIA.replace("Kestria's interior ministry", 'The interior ministry');
    assert.equal(joined([NORVALA, none], 'ministry'), true);
  });
});
